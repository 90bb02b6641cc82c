"""The optional LLM writer against a small OpenAI-compatible server on loopback (no LLM runs here)."""

from __future__ import annotations

import socket
import threading
import time

import pytest
import uvicorn
from fastapi import FastAPI, Request

from service.assistant import Assistant
from service.llm import LLMWriter

REPLY: dict = {"content": "", "delay": 0.0, "status": 200}
SEEN: list[dict] = []


def _fake_openai() -> FastAPI:
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def completions(request: Request):
        body = await request.json()
        SEEN.append(body)
        if REPLY["delay"]:
            import asyncio

            await asyncio.sleep(REPLY["delay"])
        if REPLY["status"] != 200:
            from fastapi.responses import JSONResponse

            return JSONResponse({"error": {"message": "boom", "type": "server_error"}}, status_code=REPLY["status"])
        return {"id": "chatcmpl-1", "object": "chat.completion", "created": int(time.time()), "model": body["model"],
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": REPLY["content"]}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}

    return app


@pytest.fixture(scope="module")
def llm_url():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(_fake_openai(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/v1"
    server.should_exit = True
    thread.join(5)


@pytest.fixture
def llm_assistant(assistant, llm_url):
    writer = LLMWriter(base_url=llm_url, model="qwen-test", api_key="sk-test", timeout=1.5)
    return Assistant(assistant.index, fusion=assistant.fusion, top_k=assistant.top_k, llm=writer)


QUESTION = "申请国家备案众创空间需要运营多久？"


def _reply(content: str, *, delay: float = 0.0, status: int = 200) -> None:
    REPLY.update(content=content, delay=delay, status=status)


def test_a_checked_llm_answer_is_used_and_the_prompt_carries_the_passages(llm_assistant):
    _reply("国家备案众创空间要求运营时间满18个月 [1]。")
    SEEN.clear()
    answer = llm_assistant.answer(QUESTION)
    assert answer.text == "国家备案众创空间要求运营时间满18个月 [1]。"
    prompt = SEEN[-1]["messages"][-1]["content"]
    assert "运营时间满18个月" in prompt and "[1]" in prompt and SEEN[-1]["model"] == "qwen-test"


@pytest.mark.parametrize("content", ["运营时间满18个月。", "运营时间满18个月 [9]。", "运营时间满24个月 [1]。"])
def test_unchecked_answers_fall_back_to_the_extractive_one(llm_assistant, content):
    _reply(content)
    answer = llm_assistant.answer(QUESTION)
    assert answer.text.startswith("根据《") and "18个月" in answer.text


def test_timeout_and_server_errors_fall_back_in_time(llm_assistant):
    _reply("运营时间满18个月 [1]。", delay=5)
    started = time.perf_counter()
    answer = llm_assistant.answer(QUESTION)
    assert answer.text.startswith("根据《") and time.perf_counter() - started < 4
    _reply("x", status=500)
    assert llm_assistant.answer(QUESTION).text.startswith("根据《")


def test_unreachable_endpoint_falls_back(assistant):
    writer = LLMWriter(base_url="http://127.0.0.1:9/v1", model="m", api_key=None, timeout=1)
    answer = Assistant(assistant.index, llm=writer).answer(QUESTION)
    assert answer.text.startswith("根据《")


def test_refusals_never_reach_the_llm(llm_assistant):
    SEEN.clear()
    assert llm_assistant.answer("明天兰州天气怎么样？").refused
    assert not SEEN
