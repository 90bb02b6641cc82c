"""Answers and citations: the result types every channel renders."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(slots=True)
class Citation:
    n: int  # the [n] mark in the answer text
    doc_id: str
    title: str
    section: str
    text: str  # the passage as the source writes it
    start: int  # span of `text` in the document's clean text
    end: int
    score: float
    dense: float = 0.0
    bm25: float = 0.0
    # Span (inside the document) of the sentence that carries the answer, for highlighting.
    highlight_start: int = 0
    highlight_end: int = 0

    def contract(self) -> dict:
        """The fields of the public JSON contract."""
        return {"doc_id": self.doc_id, "title": self.title, "section": self.section, "text": self.text,
                "start": self.start, "end": self.end, "score": round(self.score, 4)}

    def full(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class Answer:
    question: str
    text: str
    refused: bool
    citations: list[Citation] = field(default_factory=list)
    rewritten: str = ""
    language: str = "zh-Hans"  # zh-Hans, zh-Hant or en
    suggestions: list[str] = field(default_factory=list)  # topics offered on refusal
    confidence: float = 0.0
    reason: str = ""  # why it was refused or how it was composed, for staff
    checks: dict | None = None  # the founder's figures against a cited list (service/eligibility.py)

    def contract(self) -> dict:
        """The JSON object `policyqa ask --json` prints, one per question."""
        return {"question": self.question, "answer": self.text, "refused": self.refused,
                "rewritten": self.rewritten or self.question,
                "citations": [c.contract() for c in self.citations], "checks": self.checks}

    def full(self) -> dict:
        d = self.contract()
        d.update(citations=[c.full() for c in self.citations], language=self.language,
                 suggestions=self.suggestions, confidence=round(self.confidence, 4), reason=self.reason)
        return d
