"""What a hostile or clumsy client sends, over a live server on loopback: each gets a clear 4xx in Chinese (the
OpenAI shape under /v1), and nothing is lost."""

from __future__ import annotations

import io
import json
import socket
import time
from urllib.parse import urlsplit

import httpx
import pytest

from tests.corpus.test_loaders import zip_bomb
from tests.service.live import live_server, private_app

TOKEN = "hostile-test-token"
STAFF = {"authorization": f"Bearer {TOKEN}"}
V1 = {"model": "policyqa", "messages": [{"role": "user", "content": "孵化器"}]}


@pytest.fixture(scope="module")
def env(tmp_path_factory, seed_index, embedder):
    app, settings = private_app(tmp_path_factory.mktemp("hostile"), seed_index, embedder, admin_token=TOKEN,
                                upload_max_mb=2, body_seconds=1.5)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as client:
        yield app, settings, client


def chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def raw(url: str, head: bytes, *, wait: float = 10.0) -> bytes:
    """Sends `head` (request line, headers and part of a body) on a raw socket; what comes back before close."""
    where = urlsplit(url)
    with socket.create_connection((where.hostname, where.port), timeout=wait) as sock:
        sock.sendall(head)
        out = b""
        try:
            while chunk := sock.recv(65536):
                out += chunk
        except (TimeoutError, socket.timeout):
            pass
    return out


@pytest.mark.parametrize("body, needle", [
    (b'{"question": "\xff\xfe\xfd"}', "UTF-8"),
    (b'{"question": "a", "x": ' + b"[" * 10_000 + b"]" * 10_000 + b"}", "嵌套"),
    (b"[" * 100_000, "嵌套"),
    (b'{"question": ', "JSON"),
])
def test_bodies_that_are_not_json_get_a_chinese_422(env, body, needle):
    _, _, client = env
    for path in ("/api/ask", "/api/chat", "/v1/chat/completions"):
        r = client.post(path, content=body, headers={"content-type": "application/json"})
        assert r.status_code == 422, (path, r.status_code, r.text)
        error = r.json()["error"]
        text = error["message"] if path.startswith("/v1/") else error
        assert needle in text and chinese(text)
        if path.startswith("/v1/"):
            assert error["type"] == "invalid_request_error" and error["code"] == "422"


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_a_body_sent_without_the_json_content_type_is_told_so(env, content_type):
    _, _, client = env
    headers = {"content-type": content_type} if content_type else {}
    r = client.post("/api/ask", content=json.dumps({"question": "孵化器"}).encode(), headers=headers)
    assert r.status_code == 422 and "Content-Type: application/json" in r.json()["error"]


def test_v1_gets_the_openai_shape_when_refused_by_content_length(env):
    _, _, client = env
    r = client.post("/v1/chat/completions", content=b"x" * 300_000, headers={"content-type": "application/json"})
    assert r.status_code == 413
    error = r.json()["error"]
    assert error["type"] == "invalid_request_error" and error["code"] == "413" and "上限" in error["message"]


def test_session_ids_are_issued_by_the_service_and_others_are_refused(env):
    _, _, client = env
    r = client.post("/api/ask", json={"question": "孵化器有哪些类型？", "session_id": "shared1"})
    assert r.status_code == 404 and "session_id" in r.json()["error"] and chinese(r.json()["error"])
    r = client.post("/api/chat", json={"question": "孵化器有哪些类型？", "session_id": "shared1"})
    assert r.status_code == 404
    issued = client.post("/api/ask", json={"question": "孵化器有哪些类型？"}).json()["session_id"]
    assert len(issued) == 32 and issued != "shared1"
    follow = client.post("/api/ask", json={"question": "那众创空间呢？", "session_id": issued})
    assert follow.status_code == 200 and follow.json()["session_id"] == issued
    web = client.post("/api/chat", json={"question": "众创空间有哪些类型？"}).text
    session = json.loads(web.split("event: done\ndata: ", 1)[1].split("\n", 1)[0])["session_id"]
    assert client.delete(f"/api/sessions/{session}").status_code == 200
    r = client.post("/api/chat", json={"question": "那孵化器呢？", "session_id": session})
    assert r.status_code == 404  # a deleted conversation can't be continued (or read) by its old id


def test_staff_auth_is_checked_before_the_body_is_read(env):
    _, _, client = env
    # 2 MB announced, none of it sent: the answer comes at once, from the headers alone
    head = (b"POST /staff/api/documents HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            b"Content-Length: 2000000\r\nAuthorization: Bearer wrong\r\n\r\n")
    reply = raw(str(client.base_url), head, wait=5)
    assert reply.startswith(b"HTTP/1.1 401") and "POLICYQA_ADMIN_TOKEN".encode() in reply
    assert b"connection: close" in reply.lower()


def test_a_body_that_stops_arriving_gets_408_and_the_connection_is_closed(env):
    _, settings, client = env
    head = (b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
            b'{"question": "')
    reply = raw(str(client.base_url), head, wait=settings.body_seconds + 20)
    assert reply.startswith(b"HTTP/1.1 408"), reply[:200]
    assert "秒内发送完".encode() in reply
    assert client.get("/healthz").status_code == 200  # the service is fine


def test_a_zip_bomb_upload_is_refused_and_the_folder_is_unchanged(env):
    _, settings, client = env
    before = sorted(p.name for p in settings.corpus_dirs[0].iterdir())
    r = client.post("/staff/api/documents", headers=STAFF,
                    files={"file": ("bomb.docx", io.BytesIO(zip_bomb(150)), "application/octet-stream")})
    assert r.status_code == 422 and "解压后" in r.json()["error"]
    assert sorted(p.name for p in settings.corpus_dirs[0].iterdir()) == before


def test_an_upload_cannot_take_over_an_existing_documents_id(env):
    app, settings, client = env
    old = client.get("/api/documents/000_456d9856f935013a").json()
    r = client.post("/staff/api/documents", headers=STAFF,
                    files={"file": ("000 456d9856f935013a.txt", "# 接管测试\n\n第一条 本文件用于测试文档编号。\n".encode())})
    assert r.status_code == 202 and r.json()["doc_id"] == "000_456d9856f935013a-2"
    deadline = time.monotonic() + 120
    while client.get("/staff/api/reindex", headers=STAFF).json()["state"] not in ("idle", "done", "failed"):
        assert time.monotonic() < deadline
        time.sleep(0.2)
    same = client.get("/api/documents/000_456d9856f935013a").json()
    assert same["title"] == old["title"] and same["text"] == old["text"]
    assert "接管测试" in client.get("/api/documents/000_456d9856f935013a-2").json()["title"]
    gone = client.delete("/staff/api/documents/000_456d9856f935013a-2", headers=STAFF)
    assert gone.status_code == 202
    assert (settings.corpus_dirs[0] / "000_456d9856f935013a.txt").exists()


def test_a_lone_surrogate_in_a_staff_question_is_a_clear_400(env):
    _, _, client = env
    r = client.post("/staff/api/ask", content=json.dumps({"question": "孵化器\ud800"}),
                    headers={**STAFF, "content-type": "application/json"})
    assert r.status_code == 400 and "无法识别的字符" in r.json()["error"]
