"""Questions to offer: after a refusal, the nearest passages' headings put as questions; after an answer,
the headings that follow the cited passage in its document (what a reader turns to next).

The assistant keeps only those the documents answer (it asks them itself), so a founder who clicks one
gets an answer, not a refusal.
"""

from __future__ import annotations

from corpus.messages import message
from index.search import Index
from service.compose import Unit, strip_numbering

MIN_TOPIC, MAX_TOPIC = 4, 24  # characters: shorter headings (总述, 附则) say nothing; longer ones are sentences


def as_question(heading: str, title: str) -> str:
    """A heading put as a question; a heading that says nothing on its own gives the document's."""
    label = heading.strip().rstrip("：:")
    if label.endswith(("？", "?")):
        return label
    for marker in ("以下", "下列"):  # 申请…应具备以下条件 -> 申请…应具备哪些条件？
        if marker in label:
            return label.replace(marker, "哪些", 1) + "？"
    if MIN_TOPIC <= len(label) <= MAX_TOPIC:
        return message("suggest_heading", heading=label)
    return message("suggest_document", title=title)


def candidates(units: list[Unit], limit: int = 4) -> list[str]:
    """Up to `limit` distinct questions from the units' headings, or their documents' titles."""
    out: list[str] = []
    for u in units:
        question = as_question(u.label, u.doc.title)
        if question not in out:
            out.append(question)
        if len(out) == limit:
            break
    return out


def next_headings(index: Index, doc_id: str, position: int, limit: int = 6) -> list[str]:
    """The questions of the headings after `position` in the document, nearest first."""
    out: list[str] = []
    doc = index.documents.get(doc_id)
    for c in index.doc_chunks(doc_id):
        if c.is_heading and c.start > position:
            label = strip_numbering(c.text).strip()
            if MIN_TOPIC <= len(label) and (q := as_question(label, doc.title if doc else "")) not in out:
                out.append(q)
            if len(out) == limit:
                break
    return out


def fallback() -> list[str]:
    """The welcome page's example questions."""
    return [message(f"web_example_{i}") for i in range(1, 5)]
