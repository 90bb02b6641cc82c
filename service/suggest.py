"""Questions to offer after a refusal: the nearest passages' headings put as questions.

The assistant keeps only those the documents answer (it asks them itself), so a founder who clicks one
gets an answer, not a second refusal.
"""

from __future__ import annotations

from corpus.messages import message
from service.compose import Unit

MIN_TOPIC, MAX_TOPIC = 4, 24  # characters: shorter headings (总述, 附则) say nothing; longer ones are sentences


def candidates(units: list[Unit], limit: int = 4) -> list[str]:
    """Up to `limit` distinct questions from the units' headings, or their documents' titles."""
    out: list[str] = []
    for u in units:
        label = u.label.strip().rstrip("：:")
        if label.endswith(("？", "?")):
            question = label
        elif "以下" in label:  # 申请…应具备以下条件 -> 申请…应具备哪些条件？
            question = label.replace("以下", "哪些", 1) + "？"
        elif MIN_TOPIC <= len(label) <= MAX_TOPIC:
            question = message("suggest_heading", heading=label)
        else:
            question = message("suggest_document", title=u.doc.title)
        if question not in out:
            out.append(question)
        if len(out) == limit:
            break
    return out


def fallback() -> list[str]:
    """The welcome page's example questions."""
    return [message(f"web_example_{i}") for i in range(1, 5)]
