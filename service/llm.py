"""Optional LLM answer writer (OpenAI-compatible endpoint via langchain), checked against its passages."""

from __future__ import annotations

import concurrent.futures
import logging
import re

from corpus.messages import prompt_file
from corpus.normalize import fold
from service.answer import Citation

log = logging.getLogger(__name__)
_MARK = re.compile(r"\[(\d{1,2})\]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_LANGUAGE = {"zh-Hans": "简体中文", "zh-Hant": "繁體中文", "en": "English"}


class LLMWriter:
    """Writes an answer from the retrieved passages only; returns None whenever it cannot be trusted."""

    def __init__(self, *, base_url: str, model: str, api_key: str | None, timeout: float = 8.0) -> None:
        from langchain_openai import ChatOpenAI

        self.timeout = timeout
        self._chat = ChatOpenAI(base_url=base_url, model=model, api_key=api_key or "not-needed",
                                timeout=timeout, max_retries=0, temperature=0)
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="llm")

    def write(self, question: str, citations: list[Citation], *, language: str = "zh-Hans") -> str | None:
        if not citations:
            return None
        passages = "\n\n".join(f"[{c.n}] 《{c.title}》{c.section}\n{c.text}" for c in citations)
        prompt = prompt_file("llm_answer.txt").format(question=question, passages=passages,
                                                      language=_LANGUAGE.get(language, "简体中文"))
        future = self._pool.submit(self._chat.invoke, prompt)
        try:
            reply = future.result(timeout=self.timeout)
        except Exception as exc:  # timeout, connection refused, HTTP errors: the extractive answer stands
            log.warning("LLM answer failed: %s", exc)
            return None
        text = reply.content if isinstance(reply.content, str) else ""
        return text.strip() if checked(text, citations, question) else None


def checked(text: str, citations: list[Citation], question: str) -> bool:
    """Every [n] points at a passage, at least one does, and every number appears in the cited passages."""
    marks = [int(m) for m in _MARK.findall(text)]
    valid = {c.n for c in citations}
    if not marks or any(m not in valid for m in marks):
        return False
    source = fold(" ".join(c.text for c in citations if c.n in marks) + " " + question)
    body = _MARK.sub("", text)
    return all(n in source for n in _NUMBER.findall(fold(body)))
