"""Answers as WeChat plain text: no Markdown, [n] marks kept, numbered source lines, 2048-byte messages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.messages import message
from service.answer import Answer, Citation

LIMIT = 2048  # bytes of UTF-8 that WeChat and WeCom accept in one text message
MAX_PARTS = 3  # a pushed answer is split into at most this many messages
TITLE_CHARS = 24
SECTION_CHARS = 24
SOURCES_SHARE = 0.4  # the part of a single message the source lines may take when shortening

_MARK = re.compile(r"\[(\d+)\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_MARKDOWN = [  # (pattern, replacement), applied in order
    (re.compile(r"^\s*```[^\n]*$", re.M), ""),  # code fences
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), ""),  # images
    (re.compile(r"\[([^\]\n]+)\]\((?:[^)\n]*)\)"), r"\1"),  # links keep their text
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # block quotes
    (re.compile(r"^\s*(?:[-*_]\s*){3,}$", re.M), ""),  # horizontal rules
    (re.compile(r"^(\s*)[-*+]\s+", re.M), r"\1· "),  # bullets
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![A-Za-z0-9*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![A-Za-z0-9*])"), r"\1"),  # italics
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code
    (re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$", re.M), ""),  # table rules
]
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])")


@dataclass(frozen=True, slots=True)
class Rendered:
    """One answer ready to send: `single` for a passive reply, `parts` for pushing."""

    single: str
    parts: list[str]

    @classmethod
    def text(cls, text: str) -> Rendered:
        short = fit(text)
        return cls(single=short, parts=[short])


def size(text: str) -> int:
    return len(text.encode("utf-8"))


def plain(text: str) -> str:
    """Markdown reduced to plain text; the [n] citation marks stay."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def cut(text: str, limit: int) -> str:
    """The longest prefix of `text` within `limit` bytes, never splitting a character."""
    return text.encode("utf-8")[: max(limit, 0)].decode("utf-8", "ignore")


def fit(text: str, *, limit: int = LIMIT) -> str:
    """`text` itself when it fits, else shortened at a sentence end with a note that it was."""
    if size(text) <= limit:
        return text
    return shorten(text, limit - size(message("wechat_shortened"))) + message("wechat_shortened")


def shorten(text: str, limit: int) -> str:
    """The text cut to `limit` bytes, at the last sentence end when one is not too far back."""
    head = cut(text, limit)
    ends = [m.start() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= len(head) // 2:
        head = head[: ends[-1]]
    return head.rstrip()


def split(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` bytes, broken at paragraph ends, then sentence ends, then anywhere."""
    units: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        while size(sentence) > limit:
            head = cut(sentence, limit)
            units.append(head)
            sentence = sentence[len(head):]
        if sentence:
            units.append(sentence)
    parts: list[str] = []
    current = ""
    for unit in units:
        if current and size(current + unit) > limit:
            parts.append(current)
            current = ""
        current += unit
    if current:
        parts.append(current)
    return [p.strip() for p in parts if p.strip()]


def _short(text: str, chars: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= chars else text[: chars - 1] + "…"


def source_label(c: Citation) -> str:
    """"title · section", each short; the section is its last heading, and left out when it is the title."""
    title = _short(c.title, TITLE_CHARS)
    section = (c.section or "").split(">")[-1].strip()
    if not section or section == c.title.strip():
        return title
    return f"{title} · {_short(section, SECTION_CHARS)}"


def source_lines(answer: Answer, text: str) -> list[str]:
    """One line per source, "[1] title · section"; citations with the same label share its line."""
    cited = {int(n) for n in _MARK.findall(text)}
    citations = [c for c in answer.citations if c.n in cited] if cited else list(answer.citations)
    marks: dict[str, str] = {}  # label -> "[1][3]", in order of first appearance
    for c in citations:
        label = source_label(c)
        marks[label] = marks.get(label, "") + f"[{c.n}]"
    return [f"{m} {label}" for label, m in marks.items()]


def _body(answer: Answer) -> str:
    text = plain(answer.text)
    if answer.refused:
        text = text or message("wechat_no_answer")
        if answer.suggestions:
            text += "\n\n" + message("wechat_suggestions") + "\n" + "\n".join(f"· {s}" for s in answer.suggestions)
    return text or message("wechat_no_answer")


def _sources_block(answer: Answer, body: str) -> str:
    lines = source_lines(answer, body)
    return message("wechat_sources_heading") + "\n" + "\n".join(lines) if lines else ""


def render(answer: Answer, *, limit: int = LIMIT, max_parts: int = MAX_PARTS) -> Rendered:
    """The answer as one shortened message and as up to `max_parts` whole messages, each within `limit`."""
    body = _body(answer)
    sources = _sources_block(answer, body)
    full = f"{body}\n\n{sources}" if sources else body
    if size(full) <= limit:
        return Rendered(single=full, parts=[full])
    return Rendered(single=_single(body, sources, limit), parts=_parts(body, sources, limit, max_parts))


def _single(body: str, sources: str, limit: int) -> str:
    note = message("wechat_shortened")
    if sources and size(sources) > limit * SOURCES_SHARE:
        sources = shorten(sources, int(limit * SOURCES_SHARE))
    tail = f"\n\n{sources}" if sources else ""
    return shorten(body, limit - size(note) - size(tail)) + note + tail


def _parts(body: str, sources: str, limit: int, max_parts: int) -> list[str]:
    counter = size(message("wechat_part", n=max_parts, total=max_parts))
    room = limit - counter
    tail = f"\n\n{sources}" if sources else ""
    parts = split(body + tail, room)
    if len(parts) > max_parts:  # too long even split: shorten the body to what the parts can hold
        note = message("wechat_shortened")
        budget = room * max_parts - size(tail) - size(note) - 16 * max_parts  # slack for uneven breaks
        while len(parts) > max_parts and budget > 0:
            parts = split(shorten(body, budget) + note + tail, room)
            budget -= room // 4
        parts = parts[:max_parts]
    return [message("wechat_part", n=i, total=len(parts)) + p for i, p in enumerate(parts, 1)]
