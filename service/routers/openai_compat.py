"""OpenAI-compatible chat completions and models, so ChatBox, NextChat, Open WebUI and `openai` work unchanged."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from corpus.messages import message
from service.answer import Answer
from service.conversation import public_citation, take_turn
from service.deps import AssistantDep, MetricsDep, SessionsDep, SettingsDep, SlotsDep
from service.routers.errors import HTTPError, NotFoundError
from service.sse import SSE_EVENT, event, pieces

router = APIRouter(prefix="/v1", tags=["openai"])

MODEL_ID = "policyqa"
CREATED = 1735689600  # fixed "created" of the one model (2025-01-01)
STREAM_PACE = 0.01


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")  # name, tool_call_id, ...: carried by clients, unused here

    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(str(p.get("text", "")) for p in self.content if p.get("type") in ("text", "input_text"))
        return self.content or ""


class ChatCompletionRequest(BaseModel):
    """The OpenAI request body; the sampling and tool options are accepted and ignored (answers are extractive)."""

    model_config = ConfigDict(extra="forbid")

    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(min_length=1, max_length=400)
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    temperature: Any = None
    top_p: Any = None
    n: Any = None
    stop: Any = None
    max_tokens: Any = None
    max_completion_tokens: Any = None
    presence_penalty: Any = None
    frequency_penalty: Any = None
    logit_bias: Any = None
    logprobs: Any = None
    top_logprobs: Any = None
    user: Any = None
    seed: Any = None
    response_format: Any = None
    tools: Any = None
    tool_choice: Any = None
    parallel_tool_calls: Any = None
    functions: Any = None
    function_call: Any = None
    metadata: Any = None
    store: Any = None
    reasoning_effort: Any = None
    service_tier: Any = None
    modalities: Any = None
    verbosity: Any = None
    prompt_cache_key: Any = None
    safety_identifier: Any = None


class BadMessagesError(HTTPError):
    status = 400


def split_messages(messages: list[ChatMessage], *, turns: int, max_chars: int) -> tuple[str, list[str]]:
    """The last user message is the question; the user messages before it are the history."""
    users = [m.text() for m in messages if m.role == "user"]
    if not users or messages[-1].role != "user":
        raise BadMessagesError(message("openai_last_not_user"))
    history = [h.strip()[:max_chars] for h in users[:-1] if h.strip()]
    return users[-1], history[-turns:] if turns else []


def content_with_sources(answer: Answer) -> str:
    """The answer text (with its [n] marks) followed by the numbered sources they refer to."""
    if not answer.citations:
        return answer.text
    lines = [f"[{c.n}] {c.title}" + (f" · {c.section}" if c.section else "") for c in answer.citations]
    return f"{answer.text}\n\n{message('openai_sources_heading')}\n" + "\n".join(lines)


@router.get("/models")
def models() -> dict:
    return {"object": "list", "data": [_model()]}


@router.get("/models/{model_id}")
def model(model_id: str) -> dict:
    if model_id != MODEL_ID:
        raise NotFoundError(message("openai_model_not_found", model=model_id, known=MODEL_ID))
    return _model()


def _model() -> dict:
    return {"id": MODEL_ID, "object": "model", "created": CREATED, "owned_by": "policyqa"}


@router.post("/chat/completions", response_model=None,
             responses={200: {"description": "A chat completion, or with stream=true its chunks as server-sent events",
                              "content": {"application/json": {"schema": {"type": "object"}},
                                          "text/event-stream": {"schema": SSE_EVENT}}}})
def chat_completions(req: ChatCompletionRequest, assistant: AssistantDep, sessions: SessionsDep,
                     metrics: MetricsDep, settings: SettingsDep, slots: SlotsDep) -> dict | StreamingResponse:
    question, history = split_messages(req.messages, turns=settings.session_turns,
                                       max_chars=settings.max_question_chars)
    # The client owns the conversation (its messages are the history); each completion is recorded alone.
    turn = take_turn(question, session_id=None, history=history, assistant=assistant, sessions=sessions,
                     metrics=metrics, slots=slots, channel="openai", turns=settings.session_turns)
    a = turn.answer
    base = {"id": f"chatcmpl-{uuid.uuid4().hex}", "created": int(time.time()), "model": MODEL_ID,
            "system_fingerprint": assistant.index.manifest.fingerprint[:16]}
    extra = {"citations": [public_citation(c) for c in a.citations], "refused": a.refused,
             "rewritten": a.rewritten or a.question, "answer_id": turn.answer_id}
    content = content_with_sources(a)
    usage = {"prompt_tokens": len(question) + sum(map(len, history)), "completion_tokens": len(content)}
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    if not req.stream:
        choice = {"index": 0, "message": {"role": "assistant", "content": content, "refusal": None},
                  "finish_reason": "stop", "logprobs": None}
        return {**base, "object": "chat.completion", "choices": [choice], "usage": usage, **extra}
    include_usage = bool((req.stream_options or {}).get("include_usage"))
    return StreamingResponse(_chunks(base, content, extra, usage if include_usage else None),
                             media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


async def _chunks(base: dict, content: str, extra: dict, usage: dict | None) -> AsyncIterator[str]:
    def chunk(delta: dict, finish: str | None = None, **more: Any) -> str:
        body = {**base, "object": "chat.completion.chunk",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}], **more}
        return event(None, body)

    yield chunk({"role": "assistant", "content": ""})
    for piece in pieces(content):
        yield chunk({"content": piece})
        await asyncio.sleep(STREAM_PACE)
    yield chunk({}, "stop", **extra)
    if usage is not None:
        yield event(None, {**base, "object": "chat.completion.chunk", "choices": [], "usage": usage})
    yield "data: [DONE]\n\n"
