"""The assistant: validates a question, rewrites follow-ups, retrieves, and composes a cited answer."""

from __future__ import annotations

from collections.abc import Sequence

from corpus.errors import BadQuestionError
from corpus.messages import message
from index.search import Fusion, Hit, Index
from service.answer import Answer, Citation

MAX_HISTORY_ITEM = 2000


class Assistant:
    """Everything a channel needs to answer; holds no HTTP and no settings object."""

    def __init__(self, index: Index, *, fusion: Fusion = Fusion(), top_k: int = 5,
                 max_question_chars: int = 500, max_history: int = 20) -> None:
        self.index = index
        self.fusion = fusion
        self.top_k = top_k
        self.max_question_chars = max_question_chars
        self.max_history = max_history

    def check(self, question: object, history: object = ()) -> tuple[str, list[str]]:
        """The question stripped and the history as a list, or BadQuestionError saying what is wrong."""
        if not isinstance(question, str) or not question.strip():
            raise BadQuestionError(message("question_empty"))
        question = question.strip()
        if len(question) > self.max_question_chars:
            raise BadQuestionError(message("question_too_long", length=len(question), limit=self.max_question_chars))
        if history is None:
            history = []
        if not isinstance(history, (list, tuple)) or not all(isinstance(h, str) for h in history):
            raise BadQuestionError(message("history_invalid"))
        if len(history) > self.max_history:
            raise BadQuestionError(message("history_too_long", count=len(history), limit=self.max_history))
        if any(len(h) > MAX_HISTORY_ITEM for h in history):
            raise BadQuestionError(message("history_item_too_long", limit=MAX_HISTORY_ITEM))
        return question, [h.strip() for h in history if h.strip()]

    def rewrite(self, question: str, history: list[str]) -> str:
        """A follow-up made standalone from the earlier turns."""
        return question

    def retrieve(self, question: str, *, k: int | None = None, doc_ids: list[str] | None = None) -> list[Hit]:
        return self.index.search(question, k=k or self.top_k, fusion=self.fusion, doc_ids=doc_ids)

    def answer(self, question: object, history: Sequence[str] = (), *, k: int | None = None,
               doc_ids: list[str] | None = None) -> Answer:
        question, history = self.check(question, list(history) if isinstance(history, (list, tuple)) else history)
        rewritten = self.rewrite(question, history)
        hits = self.retrieve(rewritten, k=k, doc_ids=doc_ids)
        citations = [citation(i + 1, h) for i, h in enumerate(hits)]
        text = citations[0].text if citations else ""
        return Answer(question=question, text=text, refused=not citations, citations=citations,
                      rewritten=rewritten)


def citation(n: int, hit: Hit) -> Citation:
    c = hit.chunk
    return Citation(n=n, doc_id=c.doc_id, title=c.title, section=c.section_path, text=c.text, start=c.start,
                    end=c.end, score=hit.score, dense=hit.dense, bm25=hit.bm25,
                    highlight_start=c.start, highlight_end=c.end)
