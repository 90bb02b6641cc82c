"""The founder API: ask, chat (streamed as Server-Sent Events), feedback, and the documents behind citations."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated, Literal

from fastapi import APIRouter, Path
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from corpus.messages import message
from service.conversation import Turn, public_citation, record_turn, take_turn
from service.deps import AssistantDep, MetricsDep, SessionsDep, SettingsDep, SlotsDep
from service.routers.errors import NotFoundError
from service.sessions import SessionStore
from service.sse import SSE_EVENT, event, pieces

router = APIRouter(prefix="/api", tags=["founders"])

ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
STREAM_PACE = 0.012  # seconds between streamed pieces, so a reader sees the answer arrive


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str  # length and emptiness are checked by Assistant.check, with its own messages
    session_id: str | None = Field(default=None, pattern=ID_PATTERN)


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answer_id: str = Field(pattern=ID_PATTERN)
    rating: Literal["up", "down"]
    comment: str = Field(default="", max_length=1000)


@router.post("/ask")
def ask(req: AskRequest, assistant: AssistantDep, sessions: SessionsDep, metrics: MetricsDep,
        settings: SettingsDep, slots: SlotsDep) -> dict:
    """The answer JSON of the CLI contract, plus session_id (send it back for follow-ups) and answer_id."""
    _known(req.session_id, sessions)
    turn = take_turn(req.question, session_id=req.session_id, assistant=assistant, sessions=sessions,
                     metrics=metrics, slots=slots, channel="api", turns=settings.session_turns)
    return turn.contract()


@router.post("/chat", response_class=StreamingResponse,
             responses={200: {"description": "Server-sent events: text, citations, done",
                              "content": {"text/event-stream": {"schema": SSE_EVENT}}}})
def chat(req: AskRequest, assistant: AssistantDep, sessions: SessionsDep, metrics: MetricsDep,
         settings: SettingsDep, slots: SlotsDep) -> StreamingResponse:
    """The same answer as SSE: `text` events (pieces), one `citations` event, then `done` with the ids."""
    _known(req.session_id, sessions)
    turn = take_turn(req.question, session_id=req.session_id, assistant=assistant, sessions=sessions,
                     metrics=metrics, slots=slots, channel="web", turns=settings.session_turns, record=False)
    return StreamingResponse(_events(turn, sessions), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


def _known(session_id: str | None, sessions: SessionStore) -> None:
    """A follow-up names a conversation the service started; any other id is refused, so clients that pick the
    same id never read each other's history."""
    if session_id is not None and not sessions.issued(session_id):
        raise NotFoundError(message("session_unknown"))


async def _events(turn: Turn, sessions: SessionStore) -> AsyncIterator[str]:
    """The answer in pieces; a client that stops reading (the stop button) ends it, and then the turn is
    never recorded: a stopped question does not become the history of the next one."""
    a = turn.answer
    for piece in pieces(a.text):
        yield event("text", {"text": piece})
        await asyncio.sleep(STREAM_PACE)
    yield event("citations", {"citations": [public_citation(c) for c in a.citations]})
    turn = record_turn(turn, sessions, channel="web")
    yield event("done", {"session_id": turn.session_id, "answer_id": turn.answer_id, "refused": a.refused,
                         "question": a.question, "rewritten": a.rewritten or a.question, "answer": a.text,
                         "suggestions": a.suggestions, "checks": a.checks})


@router.get("/sessions/{session_id}")
def conversation(session_id: Annotated[str, Path(pattern=ID_PATTERN)], sessions: SessionsDep) -> dict:
    """A web chat conversation, to show it again (a reload, another tab): its turns, oldest first."""
    turns = sessions.conversation(session_id, channel="web")
    if not turns:
        raise NotFoundError(message("session_not_found"))
    return {"session_id": session_id, "turns": [
        {"answer_id": t["answer_id"], "question": t["question"], "answer": t["answer"], "refused": t["refused"],
         "rewritten": t.get("rewritten", ""), "suggestions": t.get("suggestions", []), "checks": t.get("checks"),
         "citations": [{k: c[k] for k in ("n", "doc_id", "title", "section", "text", "start", "end", "score",
                                         "highlight_start", "highlight_end") if k in c} for c in t["citations"]]}
        for t in turns]}


@router.delete("/sessions/{session_id}")
def forget(session_id: Annotated[str, Path(pattern=ID_PATTERN)], sessions: SessionsDep) -> dict:
    """Deletes a web chat conversation and the votes on it."""
    if not sessions.forget(session_id, channel="web"):
        raise NotFoundError(message("session_not_found"))
    return {"ok": True, "session_id": session_id}


@router.get("/followups/{answer_id}")
def followups(answer_id: Annotated[str, Path(pattern=ID_PATTERN)], assistant: AssistantDep, sessions: SessionsDep,
              slots: SlotsDep) -> dict:
    """Questions to ask next about an answer, each checked to be answered; asked for once the answer is shown,
    so the answer itself never waits for them."""
    answer = sessions.answer(answer_id)
    if answer is None:
        raise NotFoundError(message("answer_not_found"))
    with slots:
        return {"answer_id": answer_id, "questions": assistant.followups(answer)}


@router.post("/feedback")
def feedback(req: FeedbackRequest, sessions: SessionsDep, metrics: MetricsDep) -> dict:
    if sessions.answer(req.answer_id) is None:
        raise NotFoundError(message("answer_not_found"))
    sessions.add_feedback(req.answer_id, req.rating, req.comment.strip())
    metrics.feedback.labels(req.rating).inc()
    return {"ok": True, "answer_id": req.answer_id, "rating": req.rating}


@router.get("/documents")
def documents(assistant: AssistantDep) -> dict:
    docs = assistant.index.manifest.documents
    return {"count": len(docs), "documents": docs}


@router.get("/documents/{doc_id}")
def document(doc_id: str, assistant: AssistantDep) -> dict:
    """The document's whole clean text: citation offsets (start, end, highlight_*) index into `text`."""
    doc = assistant.index.documents.get(doc_id)
    if doc is None:
        raise NotFoundError(message("document_not_found", doc_id=doc_id))
    return doc.to_dict()
