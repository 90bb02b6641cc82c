"""The founder API, probes, metrics, pages and request limits, in process against the real seed index."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings

QUESTION = "从国家级孵化器毕业需要满足什么条件？"


@pytest.fixture(scope="module")
def client(tmp_path_factory, assistant):
    settings = Settings(home=tmp_path_factory.mktemp("api-home"), admin_token=None)
    with TestClient(create_app(settings, assistant=assistant)) as c:
        yield c


def sse(text: str) -> list[tuple[str, dict]]:
    events = []
    for frame in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in frame.split("\n"))
        events.append((lines.get("event", "message"), json.loads(lines["data"])))
    return events


def test_probes(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready" and ready["documents"] == 5 and ready["chunks"] > 100


def test_ask_returns_the_contract_with_ids(client):
    r = client.post("/api/ask", json={"question": QUESTION})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"question", "answer", "refused", "rewritten", "citations", "checks", "session_id", "answer_id"}
    assert body["question"] == QUESTION and not body["refused"] and body["answer"]
    c = body["citations"][0]
    assert set(c) == {"doc_id", "title", "section", "text", "start", "end", "score"}
    assert any("毕业" in x["text"] + x["section"] for x in body["citations"])


def test_follow_up_uses_the_session_history(client):
    first = client.post("/api/ask", json={"question": QUESTION}).json()
    second = client.post("/api/ask", json={"question": "那省级的呢？", "session_id": first["session_id"]})
    assert second.status_code == 200
    assert second.json()["session_id"] == first["session_id"]
    sessions = client.app.state.sessions
    assert sessions.history(first["session_id"])[0] == first["rewritten"]
    assert len(sessions.history(first["session_id"])) == 2


def test_chat_streams_text_then_citations_then_done(client):
    r = client.post("/api/chat", json={"question": QUESTION})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
    events = sse(r.text)
    names = [n for n, _ in events]
    assert names[-2:] == ["citations", "done"] and set(names[:-2]) == {"text"} and len(names) > 3
    done = events[-1][1]
    text = "".join(d["text"] for n, d in events if n == "text")
    assert text == done["answer"]
    cites = events[-2][1]["citations"]
    assert cites and {"n", "highlight_start", "highlight_end", "doc_id", "start", "end"} <= set(cites[0])
    ask = client.post("/api/ask", json={"question": QUESTION}).json()
    assert done["answer"] == ask["answer"] and [c["text"] for c in cites] == [c["text"] for c in ask["citations"]]
    stored = client.app.state.sessions.answer(done["answer_id"])
    assert stored["question"] == QUESTION


def test_feedback_is_stored_with_the_answer(client):
    ask = client.post("/api/ask", json={"question": QUESTION}).json()
    r = client.post("/api/feedback", json={"answer_id": ask["answer_id"], "rating": "down", "comment": "不够具体"})
    assert r.status_code == 200 and r.json()["ok"]
    item = client.app.state.sessions.feedback()[0]
    assert item["rating"] == "down" and item["comment"] == "不够具体"
    assert item["question"] == QUESTION and item["citations"]


def test_a_changed_vote_replaces_the_first_and_a_reason_is_kept(client):
    ask = client.post("/api/ask", json={"question": "众创空间有哪些基本类型？"}).json()
    votes = lambda: [f for f in client.app.state.sessions.feedback() if f["answer_id"] == ask["answer_id"]]
    client.post("/api/feedback", json={"answer_id": ask["answer_id"], "rating": "up"})
    client.post("/api/feedback", json={"answer_id": ask["answer_id"], "rating": "down"})
    client.post("/api/feedback", json={"answer_id": ask["answer_id"], "rating": "down", "comment": "信息过时"})
    client.post("/api/feedback", json={"answer_id": ask["answer_id"], "rating": "down"})  # a repeat click
    assert [(f["rating"], f["comment"]) for f in votes()] == [("down", "信息过时")]


def test_a_web_conversation_can_be_read_back_and_deleted(client):
    def chat(question, session_id=None):
        body = {"question": question, **({"session_id": session_id} if session_id else {})}
        text = client.post("/api/chat", json=body).text
        done = text.split("event: done\ndata: ", 1)[1].split("\n", 1)[0]
        return json.loads(done)

    first = chat("众创空间有哪些基本类型？")
    chat("那孵化器呢？", first["session_id"])

    session = first["session_id"]
    r = client.get(f"/api/sessions/{session}")
    assert r.status_code == 200
    turns = r.json()["turns"]
    assert [t["question"] for t in turns] == ["众创空间有哪些基本类型？", "那孵化器呢？"]
    assert turns[0]["answer"] == first["answer"] and turns[0]["citations"][0]["highlight_end"] > 0
    assert "dense" not in turns[0]["citations"][0]  # what the page shows, not the staff's scores
    api_only = client.post("/api/ask", json={"question": "孵化器"}).json()["session_id"]
    assert client.get(f"/api/sessions/{api_only}").status_code == 404  # only the web chat's conversations
    assert client.get("/api/sessions/bad:id").status_code == 422
    assert client.delete(f"/api/sessions/{session}").json()["ok"]
    r = client.get(f"/api/sessions/{session}")
    assert r.status_code == 404 and "找不到这段对话" in r.text
    assert client.delete(f"/api/sessions/{session}").status_code == 404


def test_followups_are_questions_the_documents_answer(client):
    answer = client.post("/api/ask", json={"question": "从国家级孵化器毕业需要满足什么条件？"}).json()
    questions = client.get(f"/api/followups/{answer['answer_id']}").json()["questions"]
    assert 1 <= len(questions) <= 3 and answer["question"] not in questions
    for q in questions:
        assert not client.post("/api/ask", json={"question": q}).json()["refused"]
    refused = client.post("/api/ask", json={"question": "明天兰州天气怎么样？"}).json()
    assert client.get(f"/api/followups/{refused['answer_id']}").json()["questions"] == []
    assert client.get(f"/api/followups/{'0' * 32}").status_code == 404


def test_a_lone_surrogate_is_a_clear_400_on_every_question_route(client):
    bad = "abc\ud800def"
    for path, body in (("/api/ask", {"question": bad}), ("/api/chat", {"question": bad}),
                       ("/v1/chat/completions", {"model": "policyqa", "messages": [{"role": "user", "content": bad}]}),
                       ("/api/ask", {"question": "孵化器", "session_id": None})):
        r = client.post(path, content=json.dumps(body), headers={"Content-Type": "application/json"})
        if body.get("question") == "孵化器":
            assert r.status_code == 200
            continue
        assert r.status_code == 400, (path, r.status_code, r.text)  # as any other unusable question
        assert "无法识别的字符" in r.text


@pytest.mark.parametrize("question", ["???", "！！！", "😀😀😀", "1234567890", ".", "\u200b\u200b", "\x07\x08"])
def test_a_question_without_words_is_called_unclear_with_an_example(client, question):
    r = client.post("/api/ask", json={"question": question})
    assert r.status_code == 400 and "没看懂这个问题" in r.text and "例如" in r.text


def test_feedback_errors_are_clear(client):
    r = client.post("/api/feedback", json={"answer_id": "0" * 32, "rating": "up"})
    assert r.status_code == 404 and "answer_id" in r.json()["error"]
    r = client.post("/api/feedback", json={"answer_id": "abc", "rating": "meh"})
    assert r.status_code == 422 and "rating" in r.json()["error"]


def test_documents_and_citation_spans(client):
    docs = client.get("/api/documents").json()
    assert docs["count"] == 5 and {"doc_id", "title", "source"} <= set(docs["documents"][0])
    cite = client.post("/api/ask", json={"question": QUESTION}).json()["citations"][0]
    doc = client.get(f"/api/documents/{cite['doc_id']}").json()
    assert doc["text"][cite["start"]:cite["end"]] == cite["text"]
    r = client.get("/api/documents/nope")
    assert r.status_code == 404 and "nope" in r.json()["error"]


@pytest.mark.parametrize("body, status, needle", [
    ('{"question": ', 422, "JSON"),
    ('{"question": ""}', 400, "不能为空"),
    ('{"question": "   "}', 400, "不能为空"),
    (json.dumps({"question": "政" * 501}), 400, "500"),
    ('{"question": "孵化器", "extra": 1}', 422, "extra"),
    ('{}', 422, "question"),
    ('{"question": 12}', 422, "question"),
    ('{"question": "孵化器", "session_id": "../x"}', 422, "session_id"),
    ('[1, 2]', 422, ""),
])
def test_bad_requests_get_a_chinese_message(client, body, status, needle):
    r = client.post("/api/ask", content=body, headers={"content-type": "application/json"})
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert needle in error and any("\u4e00" <= ch <= "\u9fff" for ch in error)


def test_oversized_body_is_refused_before_reading(client):
    r = client.post("/api/ask", content=b'{"question": "' + b"a" * 300_000 + b'"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 413 and "上限" in r.json()["error"]


def test_unknown_paths_and_methods(client):
    r = client.get("/api/nothing")
    assert r.status_code == 404 and "/api/nothing" in r.json()["error"]
    r = client.get("/api/ask")
    assert r.status_code == 405 and "GET" in r.json()["error"]


def test_pages_and_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and "孵化器·众创空间政策助手" in page.text and "{{" not in page.text
    assert "window.UI = {" in page.text
    assert client.get("/doc/003_230c66471026e967").status_code == 200
    js = client.get("/static/chat.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert client.get("/static/..%2Fapp.py").status_code == 404
    assert client.get("/static/index.html").status_code == 404


def test_staff_routes_are_off_without_a_token(client):
    page = client.get("/staff")
    assert page.status_code == 404 and "POLICYQA_ADMIN_TOKEN" in page.text
    r = client.post("/staff/api/ask", json={"question": QUESTION}, headers={"authorization": "Bearer x"})
    assert r.status_code == 404 and "POLICYQA_ADMIN_TOKEN" in r.json()["error"]


def test_metrics_count_requests_latency_and_refusals(client):
    client.post("/api/ask", json={"question": QUESTION})
    text = client.get("/metrics").text
    assert 'policyqa_http_requests_total{method="POST",route="/api/ask",status="200"}' in text
    assert 'policyqa_http_request_seconds_bucket{le="0.05",route="/api/ask"}' in text
    assert 'policyqa_answers_total{channel="api",refused="false"}' in text
    assert "policyqa_refusals_total" in text and "policyqa_index_chunks" in text


def test_own_figures_come_back_as_checks(client):
    body = client.post("/api/ask", json={"question": "我们公司去年营收350万，前年100万，没融资，也不是高企，能从省级孵化器毕业吗？"}).json()
    checks = body["checks"]
    assert checks["rule"] == "any" and checks["verdict"] == "met"
    assert {"text", "required", "given", "verdict", "citation"} <= set(checks["conditions"][0])
    assert "逐项核对" in body["answer"]
    plain = client.post("/api/ask", json={"question": "从省级孵化器毕业需要什么条件？"}).json()
    assert plain["checks"] is None
    # figures told as the story of a question that asks what, not whether: no check
    story = client.post("/api/ask", json={"question": "我们公司去年营收350万，在省级孵化器，毕业的条件有哪些？"}).json()
    assert story["checks"] is None and "逐项核对" not in story["answer"]
