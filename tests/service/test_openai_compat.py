"""The OpenAI-compatible endpoints, driven by the official `openai` client against the app on loopback."""

from __future__ import annotations

import httpx
import openai
import pytest

from service.app import create_app
from service.settings import Settings
from tests.service.live import live_server

QUESTION = "众创空间的基本类型有哪些？"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, assistant):
    settings = Settings(home=tmp_path_factory.mktemp("openai-home"))
    with live_server(create_app(settings, assistant=assistant)) as url:
        yield url


@pytest.fixture(scope="module")
def client(base_url):
    return openai.OpenAI(base_url=f"{base_url}/v1", api_key="not-needed", max_retries=0, timeout=30)


def test_models(client):
    assert [m.id for m in client.models.list()] == ["policyqa"]
    assert client.models.retrieve("policyqa").owned_by == "policyqa"


def test_completion_carries_marks_sources_and_citations(client):
    done = client.chat.completions.create(model="policyqa", messages=[{"role": "user", "content": QUESTION}])
    content = done.choices[0].message.content
    assert done.choices[0].finish_reason == "stop" and done.object == "chat.completion"
    citations = done.model_extra["citations"]
    assert citations and citations[0]["n"] == 1 and citations[0]["text"]
    assert "来源：" in content and "[1] " + citations[0]["title"] in content
    assert done.usage.total_tokens > 0


def test_stream_matches_the_plain_completion(client):
    messages = [{"role": "system", "content": "你是助手"}, {"role": "user", "content": QUESTION}]
    plain = client.chat.completions.create(model="policyqa", messages=messages).choices[0].message.content
    chunks = list(client.chat.completions.create(model="policyqa", messages=messages, stream=True,
                                                 stream_options={"include_usage": True}, temperature=0.2))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == plain and len(chunks) > 3
    last = [c for c in chunks if c.choices][-1]
    assert last.choices[0].finish_reason == "stop" and last.model_extra["citations"]
    assert chunks[-1].usage is not None


def test_messages_are_the_history(client):
    messages = [{"role": "user", "content": "从国家级孵化器毕业需要满足什么条件？"},
                {"role": "assistant", "content": "……"},
                {"role": "user", "content": [{"type": "text", "text": "那省级的呢？"}]}]
    done = client.chat.completions.create(model="policyqa", messages=messages)
    assert done.choices[0].message.content and "rewritten" in done.model_extra


def test_errors_are_openai_shaped_and_chinese(client, base_url):
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="policyqa", messages=[{"role": "user", "content": "政" * 501}])
    assert "500" in err.value.message and err.value.status_code == 400
    with pytest.raises(openai.BadRequestError) as err:
        client.chat.completions.create(model="policyqa", messages=[{"role": "assistant", "content": "hi"}])
    assert "user" in err.value.message
    r = httpx.post(f"{base_url}/v1/chat/completions", json={"messages": [{"role": "user", "content": "x"}], "bogus": 1})
    assert r.status_code == 422 and "bogus" in r.json()["error"]["message"]
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-4")
