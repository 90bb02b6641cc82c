"""Splits a document's clean text into paragraph and list-item chunks that carry their heading ladder."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Chunk, Document

MAX_CHUNK = 320  # characters; longer paragraphs are split at sentence ends
TARGET_PIECE = 220
MAX_HEADING = 40  # a marked line longer than this (or ending a sentence) is content, not a heading
ARTICLE_LEAD = 30  # characters of an article's opening that label its later paragraphs
PLAIN_HEADING = 24  # an unmarked line this short, without inner punctuation, is a heading

_NUM = "一二三四五六七八九十百千零〇两"
# Order matters only for matching; depth is decided by the order in which marker kinds appear.
ARTICLE_NUMBER = rf"第[{_NUM}\d]+条"  # 第十七条: the number of an article of a law
ARTICLE = re.compile(rf"^{ARTICLE_NUMBER}")
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("md", re.compile(r"^(#{1,6})\s+")),
    ("bian", re.compile(rf"^第[{_NUM}\d]+编")),
    ("zhang", re.compile(rf"^第[{_NUM}\d]+章")),
    ("jie", re.compile(rf"^第[{_NUM}\d]+节")),
    ("tiao", ARTICLE),
    ("cn", re.compile(rf"^[{_NUM}]+[、．.]")),
    ("cn_paren", re.compile(rf"^[（(][{_NUM}]+[）)]")),
    ("num", re.compile(r"^\d{1,2}[、．.](?!\d)")),
    ("num_paren", re.compile(r"^[（(]\d{1,2}[）)]")),
    ("circled", re.compile(r"^[①-⑳]")),
]
_SENTENCE_PUNCT = re.compile(r"[。；;！!?？|]|[:：](?=.)|\.$")
_SENTENCE_SPLIT = re.compile(r"(?<=[。！？；!?;])")
# A line opening with a full date (2016年3月1日 施行) is a law's dateline: content, never a heading over its articles.
_DATELINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月")


def heading_marker(line: str) -> str | None:
    """The kind of numbering a line starts with (一、 （一） 1. （1） 第X条 # ...), or None."""
    for kind, pattern in _MARKERS:
        if pattern.match(line):
            return kind
    return None


@dataclass
class _Heading:
    kind: str
    label: str
    node: int
    md_level: int = 0


def _is_heading(line: str, kind: str | None) -> bool:
    if kind == "md":
        return True
    if kind is None:
        return len(line) <= PLAIN_HEADING and not _SENTENCE_PUNCT.search(line) and not _DATELINE.match(line)
    if kind == "tiao":
        return len(line) <= MAX_HEADING and line.endswith(("：", ":"))
    body = line.rstrip("：:？?")
    return len(body) <= MAX_HEADING and not body.endswith(("。", "；", ";", ".")) and "。" not in body


def _is_lead(line: str) -> bool:
    """An unnumbered line that introduces a list, such as 应同时具备以下条件："""
    return len(line) <= MAX_HEADING and line.endswith(("：", ":")) and "。" not in line


def _label(line: str, kind: str | None) -> str:
    if kind == "md":
        line = line.lstrip("#").strip()
    return line.rstrip("：:").strip()


def _article_label(number: str, line: str) -> str:
    """第X条 and the article's opening words, up to its first sentence end or ARTICLE_LEAD characters."""
    body = line[len(number):].strip()
    lead = re.split(r"[。；;：:]", body, maxsplit=1)[0]
    if len(lead) > ARTICLE_LEAD:
        lead = lead[:ARTICLE_LEAD].rsplit("，", 1)[0] if "，" in lead[:ARTICLE_LEAD] else lead[:ARTICLE_LEAD]
    return f"{number} {lead}".strip()


def _split_long(text: str) -> list[tuple[int, int]]:
    """Offsets of pieces of a long paragraph, cut at sentence ends, each at most MAX_CHUNK long."""
    if len(text) <= MAX_CHUNK:
        return [(0, len(text))]
    sentences = [s for s in _SENTENCE_SPLIT.split(text) if s]
    pieces: list[tuple[int, int]] = []
    start = pos = 0
    for sentence in sentences:
        end = pos + len(sentence)
        if pos > start and end - start > TARGET_PIECE:
            pieces.append((start, pos))
            start = pos
        pos = end
    pieces.append((start, pos))
    out: list[tuple[int, int]] = []
    for a, b in pieces:  # a single sentence longer than the limit is cut at commas, then hard
        while b - a > MAX_CHUNK:
            cut = max(text.rfind("，", a, a + MAX_CHUNK), text.rfind(",", a, a + MAX_CHUNK))
            cut = cut + 1 if cut > a + MAX_CHUNK // 3 else a + MAX_CHUNK
            out.append((a, cut))
            a = cut
        out.append((a, b))
    return out


def chunk_document(doc: Document, *, first_id: int = 0) -> list[Chunk]:
    """Chunks of one document, numbered from first_id, in reading order."""
    chunks: list[Chunk] = []
    stack: list[_Heading] = []
    nodes = 0
    offset = 0
    for raw in doc.text.split("\n"):
        line_start = offset
        offset += len(raw) + 1
        line = raw.strip()
        if not line:
            continue
        start = line_start + (len(raw) - len(raw.lstrip()))
        kind = heading_marker(line)
        heading = _is_heading(line, kind)
        if kind is None and not heading and _is_lead(line):
            kind, heading = "lead", True
        # Unnumbered headings never contain numbered ones: the next heading closes them.
        if heading:
            while stack and stack[-1].kind in ("plain", "lead"):
                stack.pop()
        if kind == "md":
            level = len(line) - len(line.lstrip("#"))
            while stack and not (stack[-1].kind == "md" and stack[-1].md_level < level):
                stack.pop()
        elif kind is not None and any(h.kind == kind for h in stack):
            while stack:
                if stack.pop().kind == kind:
                    break
        if heading:
            label = _label(line, kind)
            if not label:
                continue
            stack.append(_Heading(kind or "plain", label, nodes, md_level=len(line) - len(line.lstrip("#")) if kind == "md" else 0))
            nodes += 1
            section = tuple(h.label for h in stack)
            if len(label) >= 6 and kind != "md":
                body_start = start + line.find(label)
                chunks.append(Chunk(first_id + len(chunks), doc.doc_id, doc.title, section, label,
                                    body_start, body_start + len(label), parent=stack[-1].node, is_heading=True))
            continue
        if kind == "tiao":
            # An article is content, and the container of the paragraphs and items that follow it.
            article = ARTICLE.match(line).group(0)
            # Its later paragraphs carry the article's opening words, as items carry their list's heading:
            # 担保机构为科技型中小企业提供担保的… is found through 第二十六条 鼓励担保机构…
            stack.append(_Heading("tiao", _article_label(article, line), nodes))
            nodes += 1
            section = tuple(h.label for h in stack[:-1])
            parent = stack[-1].node
        else:
            section = tuple(h.label for h in stack)
            parent = stack[-1].node if stack else -1
        for a, b in _split_long(line):
            piece = line[a:b].strip()
            if not piece:
                continue
            s = start + a + (len(line[a:b]) - len(line[a:b].lstrip()))
            chunks.append(Chunk(first_id + len(chunks), doc.doc_id, doc.title, section, piece,
                                s, s + len(piece), parent=parent))
    return chunks
