"""One turn of a founder's conversation: history from the session store, the answer, the turn recorded."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass

from service.answer import Answer, Citation
from service.assistant import Assistant
from service.metrics import Metrics
from service.sessions import SessionStore


@dataclass(frozen=True, slots=True)
class Turn:
    answer: Answer
    session_id: str
    answer_id: str

    def contract(self) -> dict:
        """The CLI's JSON contract plus the ids a client needs to follow up and to vote."""
        return {**self.answer.contract(), "session_id": self.session_id, "answer_id": self.answer_id}


def take_turn(question: object, *, session_id: str | None, assistant: Assistant, sessions: SessionStore,
              metrics: Metrics, slots: AbstractContextManager, channel: str, turns: int,
              history: list[str] | None = None, record: bool = True) -> Turn:
    """Answers `question` in context and records the turn (with `record=False`, `record_turn` does it later:
    a streamed answer is recorded only once it has all been sent, so a stopped one never joins the history).

    The context is `history` when the client sends it (OpenAI-style), else the session's earlier questions.
    `slots` bounds how many answers are computed at once (one per core: more only adds memory and waiting).
    """
    if history is None:
        history = sessions.history(session_id, turns=turns) if session_id else []
    session_id = session_id or sessions.new_session_id()
    with slots:
        answer = assistant.answer(question, history)
    metrics.answered(channel=channel, refused=answer.refused)
    turn = Turn(answer, session_id, "")
    return record_turn(turn, sessions, channel=channel) if record else turn


def record_turn(turn: Turn, sessions: SessionStore, *, channel: str) -> Turn:
    """The turn stored as its session's next one, with its answer_id."""
    return Turn(turn.answer, turn.session_id, sessions.record(turn.session_id, turn.answer.full(), channel=channel))


def public_citation(c: Citation) -> dict:
    """A citation as the web page shows it: the contract fields, its [n] and the sentence to highlight."""
    return {**c.contract(), "n": c.n, "highlight_start": c.highlight_start, "highlight_end": c.highlight_end}
