"""Test helpers for the WeChat and WeCom channels: WeChat's side of the wire, a fake API, a live server."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import uvicorn
import xmltodict
from wechatpy.crypto import WeChatCrypto
from wechatpy.enterprise.crypto import WeChatCrypto as WeComCrypto

from service.settings import Settings

TOKEN = "policyqaToken2024"
APP_ID = "wx0123456789abcdef"
APP_SECRET = "app-secret-never-logged"
AES_KEY = base64.b64encode(bytes(range(32))).decode().rstrip("=")  # 43 characters, as the console shows
CORP_ID = "ww0123456789abcdef"
CORP_SECRET = "corp-secret-never-logged"
AGENT_ID = "1000002"
OPENID = "oUser-openid-0001"
ACCOUNT = "gh_policyqa"


def sign(*parts: str) -> str:
    """WeChat's signature, computed here independently of wechatpy: sha1 of the sorted parts joined."""
    return hashlib.sha1("".join(sorted(parts)).encode("utf-8")).hexdigest()


def text_xml(content: str, *, msg_id: int, user: str = OPENID, to: str = ACCOUNT, agent: str | None = None) -> str:
    extra = f"<AgentID>{agent}</AgentID>" if agent else ""
    return (f"<xml><ToUserName><![CDATA[{to}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            f"<Content><![CDATA[{content}]]></Content><MsgId>{msg_id}</MsgId>{extra}</xml>")


def typed_xml(kind: str, fields: str, *, msg_id: int = 0, user: str = OPENID, to: str = ACCOUNT) -> str:
    ident = f"<MsgId>{msg_id}</MsgId>" if msg_id else ""
    return (f"<xml><ToUserName><![CDATA[{to}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[{kind}]]></MsgType>{fields}{ident}</xml>")


def reply_fields(response: httpx.Response) -> dict:
    """The <xml> fields of a plaintext passive reply."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/xml")
    return xmltodict.parse(response.text)["xml"]


def open_encrypted(response: httpx.Response, *, token: str, crypto) -> dict:
    """A safe-mode reply: its MsgSignature checked independently, then decrypted with wechatpy."""
    assert response.status_code == 200, response.text
    outer = xmltodict.parse(response.text)["xml"]
    assert outer["MsgSignature"] == sign(token, outer["TimeStamp"], outer["Nonce"], outer["Encrypt"])
    inner = crypto.decrypt_message(response.text, outer["MsgSignature"], outer["TimeStamp"], outer["Nonce"])
    return xmltodict.parse(inner)["xml"]


@dataclass
class FakeWeChatAPI:
    """A real HTTP server on 127.0.0.1 answering like api.weixin.qq.com and qyapi.weixin.qq.com."""

    fail_first_send: int = 0  # errcode of the first send (42001: token expired), 0 for none
    token_calls: list[dict] = field(default_factory=list)
    sends: list[dict] = field(default_factory=list)  # path, query, raw body, parsed JSON
    paths: list[str] = field(default_factory=list)  # every request, whatever it asked for
    _issued: int = 0

    def handle(self, method: str, path: str, query: dict, raw: bytes) -> dict:
        self.paths.append(path)
        if method == "GET" and path in ("/cgi-bin/token", "/cgi-bin/gettoken"):
            self.token_calls.append({"path": path, **query})
            self._issued += 1
            return {"access_token": f"TOKEN-{self._issued}", "expires_in": 7200, "errcode": 0, "errmsg": "ok"}
        if method == "POST" and path in ("/cgi-bin/message/custom/send", "/cgi-bin/message/send"):
            if query.get("access_token") != f"TOKEN-{self._issued}":
                return {"errcode": 40001, "errmsg": "invalid credential"}
            if self.fail_first_send:
                code, self.fail_first_send = self.fail_first_send, 0
                return {"errcode": code, "errmsg": "access_token expired"}
            self.sends.append({"path": path, "query": query, "raw": raw, "json": json.loads(raw.decode("utf-8"))})
            return {"errcode": 0, "errmsg": "ok"}
        return {"errcode": 404, "errmsg": "unknown call"}

    def wait_for_sends(self, count: int, *, timeout: float = 10.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while len(self.sends) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        return self.sends


@contextmanager
def fake_wechat_api(**options) -> Iterator[tuple[FakeWeChatAPI, str]]:
    api = FakeWeChatAPI(**options)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, method: str) -> None:
            url = urlsplit(self.path)
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            with lock:
                data = api.handle(method, url.path, {k: v[0] for k, v in parse_qs(url.query).items()}, raw)
            body = json.dumps(data).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield api, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def live_server(app) -> Iterator[str]:
    """The app under uvicorn on a free loopback port, for as long as the block runs."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


class OfficialAccount:
    """WeChat's side of the callback: signs (and in safe mode encrypts) each request like WeChat does."""

    def __init__(self, url: str, *, token: str = TOKEN) -> None:
        self.url = f"{url}/wechat"
        self.token = token
        self.crypto = WeChatCrypto(token, AES_KEY, APP_ID)
        self.http = httpx.Client(timeout=30)

    def params(self, *, signature: str | None = None) -> dict[str, str]:
        ts, n = str(int(time.time())), nonce()
        return {"signature": signature or sign(self.token, ts, n), "timestamp": ts, "nonce": n, "openid": OPENID}

    def post(self, xml: str, *, safe: bool = False, signature: str | None = None) -> httpx.Response:
        params = self.params(signature=signature)
        ts, n = params["timestamp"], params["nonce"]
        if safe:
            outer = self.crypto.encrypt_message(xml, n, ts).split("<Encrypt><![CDATA[")[1].split("]]>")[0]
            params.update(encrypt_type="aes", msg_signature=sign(self.token, ts, n, outer))
            xml = f"<xml><ToUserName><![CDATA[gh_policyqa]]></ToUserName><Encrypt><![CDATA[{outer}]]></Encrypt></xml>"
        return self.http.post(self.url, params=params, content=xml.encode("utf-8"))

    def ask(self, question: str, *, msg_id: int, safe: bool = False, user: str = OPENID) -> str:
        response = self.post(text_xml(question, msg_id=msg_id, user=user), safe=safe)
        fields = open_encrypted(response, token=self.token, crypto=self.crypto) if safe else reply_fields(response)
        assert fields["ToUserName"] == user and fields["FromUserName"] == "gh_policyqa"
        assert fields["MsgType"] == "text"
        return fields["Content"]


def oa_settings(**overrides) -> Settings:
    # the answer in the callback itself, however busy the machine: a test of deferring sets its own short wait
    values = dict(wechat_token=TOKEN, wechat_app_id=APP_ID, wechat_aes_key=AES_KEY, wechat_reply_seconds=20.0)
    return Settings(**{**values, **overrides})


class WeComApp:
    """WeCom's side of the callback: every message encrypted for the corp and signed with msg_signature."""

    def __init__(self, url: str, *, token: str = TOKEN, aes_key: str = AES_KEY, corp_id: str = CORP_ID) -> None:
        self.url = f"{url}/wecom"
        self.token = token
        self.crypto = WeComCrypto(token, aes_key, corp_id)
        self.http = httpx.Client(timeout=30)

    def post(self, xml: str, *, crypto: WeComCrypto | None = None, signature: str | None = None,
             ts: str | None = None) -> httpx.Response:
        ts, n = ts or str(int(time.time())), nonce()
        outer = (crypto or self.crypto).encrypt_message(xml, n, ts).split("<Encrypt><![CDATA[")[1].split("]]>")[0]
        body = (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><AgentID><![CDATA[{AGENT_ID}]]></AgentID>"
                f"<Encrypt><![CDATA[{outer}]]></Encrypt></xml>")
        params = {"msg_signature": signature or sign(self.token, ts, n, outer), "timestamp": ts, "nonce": n}
        return self.http.post(self.url, params=params, content=body.encode("utf-8"))

    def ask(self, question: str, *, msg_id: int, user: str = "zhangsan") -> str:
        xml = text_xml(question, msg_id=msg_id, user=user, to=CORP_ID, agent=AGENT_ID)
        fields = open_encrypted(self.post(xml), token=self.token, crypto=self.crypto)
        assert fields["ToUserName"] == user and fields["FromUserName"] == CORP_ID
        assert fields["MsgType"] == "text" and fields["AgentID"] == AGENT_ID
        return fields["Content"]


def wecom_settings(**overrides) -> Settings:
    values = dict(wecom_token=TOKEN, wecom_corp_id=CORP_ID, wecom_aes_key=AES_KEY, wecom_agent_id=AGENT_ID)
    return Settings(**{**values, **overrides})


class Calls:
    """Counts (and can slow down) the real assistant's answers; the history each call was given."""

    def __init__(self, monkeypatch, assistant, *, delay: float = 0.0, transform=None) -> None:
        self.questions: list[str] = []
        self.histories: list[list[str]] = []
        real = assistant.answer

        def answer(question, history=(), **kw):
            self.questions.append(question)
            self.histories.append(list(history))
            if delay:
                time.sleep(delay)
            result = real(question, history, **kw)
            return transform(result) if transform else result

        # An instance attribute that shadows the method, removed again after the test.
        monkeypatch.setitem(vars(assistant), "answer", answer)

    @property
    def count(self) -> int:
        return len(self.questions)


@pytest.fixture
def wechat_api():
    with fake_wechat_api() as (api, base):
        api.base = base
        yield api


def nonce() -> str:
    return os.urandom(6).hex()
