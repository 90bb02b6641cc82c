"""The penalty for a duty: the article of the same law that cites the duty's article (违反本条例第十五条…的，处…罚款).

A question of what happens when a duty is broken (没办会怎么处罚？) finds the duty's own article first: it shares the
question's words, while the article that sets the penalty names the act only by its number. When the best passage is
such a duty and its law has an article citing it with a sanction, that article is what answers, and it comes first.
"""

from __future__ import annotations

import re

from corpus.chunk import ARTICLE, ARTICLE_NUMBER
from corpus.domain import cited_duties, condition_words
from corpus.normalize import fold
from index.search import Hit, Index
from service.compose import Unit, make_unit
from service.understand import Frame
from service.words import topic_words, weight

_ARTICLE_AT = re.compile(rf"(?m)^\s*{ARTICLE_NUMBER}")
_W = condition_words()
_SANCTION = _W["penalty"]


def penalty_first(index: Index, units: list[Unit], frame: Frame, question: str, k: int | None = None) -> list[Unit]:
    """The units with the article that sets the penalty for the best unit's duty first, when a penalty is asked and
    the best unit is an article that sets none (the first k of them; all when k is None)."""
    if not units or not any(t.name == "penalty" for t in frame.types):
        return units
    top = units[0]
    start = _penalty_of(top, question)
    if start is None:
        return units
    held = next((u for u in units if u.start <= start < u.end), None)
    if held is None:
        chunk = next((c for c in index.doc_chunks(top.doc.doc_id) if c.start >= start), None)
        if chunk is None:
            return units
        held = make_unit(index, Hit(chunk, top.hit.score, top.hit.dense, 0.0, 0, 0))
    return [held, *(u for u in units if u is not held)][:k]


def duty_and_penalty(index: Index, duty: Hit, question: str) -> list[Hit]:
    """The article that sets the penalty for breaking a duty's article, then the duty: a follow-up asking what happens
    when it is broken (没批就装上去的话罚多少？) is answered by them, its earlier turn having found the duty. None when
    the duty's law has no article citing it with a sanction."""
    unit = make_unit(index, duty)
    start = _penalty_of(unit, question)
    chunk = None if start is None else next(
        (c for c in index.doc_chunks(unit.doc.doc_id) if c.start <= start < c.end or c.start >= start), None)
    return [] if chunk is None else [Hit(chunk, duty.score, duty.dense, 0.0, 0, 0), duty]


def _penalty_of(unit: Unit, question: str) -> int | None:
    """Where the article of the unit's law that sets a sanction for breaking the unit's article starts (of several, the
    one sharing most of the question's words, then the first); None when the unit is no article, sets a sanction
    itself, or no article cites it."""
    text = unit.doc.text[unit.start:unit.end].strip()
    own = ARTICLE.match(text)
    if not own or _SANCTION.search(text):
        return None
    words = [(w, weight(w)) for w in topic_words(question) if weight(w) > 0]
    cited = [(start, body) for start, body in _articles(unit.doc.text)
             if not body.startswith(own.group()) and _cites(body, own.group())]
    if not cited:
        return None
    start, _ = max(cited, key=lambda a: (sum(wt for w, wt in words if w in fold(a[1])), -a[0]))
    return start


def _articles(text: str) -> list[tuple[int, str]]:
    """A law's articles: where each starts, and its text."""
    starts = [m.start() + len(m.group()) - len(m.group().lstrip()) for m in _ARTICLE_AT.finditer(text)]
    return [(s, text[s:e]) for s, e in zip(starts, [*starts[1:], len(text)])]


def _cites(body: str, article: str) -> bool:
    """Whether an article sets a sanction for breaking the given article of its law."""
    if not _SANCTION.search(body):
        return False
    return article in cited_duties(body)
