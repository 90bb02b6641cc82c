"""Which script or language a question is in, and the answer text converted to match it."""

from __future__ import annotations

from corpus.messages import message
from corpus.normalize import is_traditional, to_traditional
from index.expand import is_english


def detect(question: str) -> str:
    """"en", "zh-Hant" or "zh-Hans"."""
    if is_english(question):
        return "en"
    return "zh-Hant" if is_traditional(question) else "zh-Hans"


def localize(text: str, language: str, *, refused: bool = False) -> str:
    """Traditional questions get Traditional text; English ones an English lead before the Chinese passages."""
    if language == "zh-Hant":
        return to_traditional(text)
    if language == "en" and not refused:
        return f"{message('english_lead')}\n{text}"
    return text
