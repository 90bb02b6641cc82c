"""Adds the Chinese terms of a domain glossary to English questions (the corpus is mostly Chinese)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from corpus.domain import KNOWLEDGE as DATA
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


@functools.cache
def _glossary() -> list[tuple[re.Pattern[str], str]]:
    rows = []  # the domain's own glossary, then general law and business vocabulary
    lines = [line for name in ("glossary_en.tsv", "glossary_en_law.tsv")
             for line in (DATA / name).read_text(encoding="utf-8").splitlines()]
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        english, chinese = line.split("\t")
        rows.append((re.compile(rf"\b(?:{english})\b", re.IGNORECASE), chinese.strip()))
    return rows


def is_english(question: str) -> bool:
    """Mostly Latin letters and (almost) no Chinese characters."""
    return len(_LATIN.findall(question)) >= 3 * max(1, len(_CJK.findall(question)))


def glossary_spans(question: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, Chinese terms) for each glossary phrase found in an English question, in the glossary's order; a
    phrase inside a longer one found is that one's word, not a term of its own (space of maker space: 众创空间, not
    面积 or 场地)."""
    found = [(m.start(), m.end(), chinese.split()) for pattern, chinese in _glossary() for m in pattern.finditer(question)]
    return [(a, b, terms) for a, b, terms in found
            if not any(c <= a and b <= d and d - c > b - a for c, d, _ in found)]


@functools.lru_cache(maxsize=4096)
def expand(question: str) -> str:
    """The question, followed by the Chinese terms its English words map to."""
    if not is_english(question):
        return question
    terms: list[str] = []
    for _, _, chinese in glossary_spans(question):
        terms.extend(t for t in chinese if t not in terms)
    return f"{question} {' '.join(terms)}" if terms else question


@functools.cache
def _dialect() -> list[tuple[str, str]]:
    rows = []
    for line in (DATA / "dialect.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            said, mandarin = line.split("\t")
            rows.append((said.strip(), mandarin.strip()))
    return sorted(rows, key=lambda r: -len(r[0]))


@functools.lru_cache(maxsize=4096)
def mandarin(question: str) -> str:
    """A question typed in Cantonese (產假有幾多日, 我哋喺深圳開咗間公司) in the Mandarin words the documents and
    the question reader know (corpus/knowledge/dialect.tsv); any other question unchanged."""
    for said, written in _dialect():
        if said in question:
            question = question.replace(said, written)
    return question


@functools.cache
def _synonyms() -> list[tuple[str, list[str]]]:
    rows = []
    for line in (DATA / "synonyms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        said, written = line.split("\t")
        rows.append((said.strip(), written.split()))
    return sorted(rows, key=lambda r: -len(r[0]))


@functools.lru_cache(maxsize=4096)
def formal_terms(question: str) -> tuple[str, ...]:
    """The policy texts' words for a Chinese question's colloquial ones (社保 -> 社会保险), not already in it."""
    out: list[str] = []
    for said, written in _synonyms():
        if said in question:
            out.extend(w for w in written if w not in question and w not in out)
    return tuple(out)
