"""The Official Account callback, called as WeChat calls it, over HTTP on loopback."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
from wechatpy.crypto import WeChatCrypto

from corpus.messages import message, prompt_file
from service.app import create_app
from service.settings import Settings
from service.wechat.format import LIMIT, plain
from tests.service.test_wechat_support import (
    AES_KEY, APP_ID, APP_SECRET, OPENID, TOKEN, Calls, OfficialAccount, live_server, nonce, oa_settings,
    reply_fields, sign, text_xml, typed_xml, wechat_api,  # noqa: F401 (fixture)
)

QUESTION = "申请国家级科技企业孵化器需要满足哪些条件？"
SOURCE = "甘肃省科技企业孵化器及众创空间资料汇编"


@pytest.fixture
def account(assistant):
    with live_server(create_app(oa_settings(), assistant=assistant)) as url:
        yield OfficialAccount(url)


def test_channel_is_off_without_a_token(assistant):
    with live_server(create_app(Settings(), assistant=assistant)) as url:
        assert httpx.get(f"{url}/wechat", params={"echostr": "x"}).status_code == 404
        assert httpx.post(f"{url}/wechat", content=text_xml("你好", msg_id=1)).status_code == 404


def test_server_verification_echoes_only_with_the_right_signature(account):
    ts, n = str(int(time.time())), "nonce123"
    ok = httpx.get(account.url, params={"signature": sign(TOKEN, ts, n), "timestamp": ts, "nonce": n, "echostr": "e42"})
    assert ok.status_code == 200 and ok.text == "e42"
    bad = httpx.get(account.url, params={"signature": sign("x", ts, n), "timestamp": ts, "nonce": n, "echostr": "e"})
    assert bad.status_code == 403


def test_text_message_gets_the_answer_with_numbered_sources(account, assistant):
    expected = assistant.answer(QUESTION)
    content = account.ask(QUESTION, msg_id=1001)
    assert plain(expected.text)[:40] in content
    body, sources = content.split("\n\n" + message("wechat_sources_heading") + "\n")
    lines = sources.splitlines()
    assert lines and all(line.startswith("[") for line in lines)
    assert lines[0].startswith("[1]") and SOURCE in lines[0] and " · " in lines[0]
    assert len(content.encode()) <= LIMIT
    assert "**" not in content and "](" not in content and "\n#" not in content


def test_safe_mode_is_answered_encrypted(account, assistant):
    content = account.ask(QUESTION, msg_id=1002, safe=True)
    assert plain(assistant.answer(QUESTION).text)[:40] in content and SOURCE in content


def test_wrong_signatures_are_refused_without_answering(account, assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant)
    plain_bad = account.post(text_xml(QUESTION, msg_id=1), signature=sign("wrong", "1", "2"))
    assert plain_bad.status_code == 403
    ts, n = str(int(time.time())), nonce()
    encrypted = account.crypto.encrypt_message(text_xml(QUESTION, msg_id=2), n, ts)
    safe_bad = account.http.post(account.url, content=encrypted, params={
        "signature": sign(TOKEN, ts, n), "timestamp": ts, "nonce": n, "encrypt_type": "aes",
        "msg_signature": "0" * 40})
    assert safe_bad.status_code == 403
    other_app = WeChatCrypto(TOKEN, AES_KEY, "wxAnotherApp")  # signed right, but sealed for another AppID
    encrypted = other_app.encrypt_message(text_xml(QUESTION, msg_id=3), n, ts)
    outer = encrypted.split("<Encrypt><![CDATA[")[1].split("]]>")[0]
    other = account.http.post(account.url, content=encrypted, params={
        "signature": sign(TOKEN, ts, n), "timestamp": ts, "nonce": n, "encrypt_type": "aes",
        "msg_signature": sign(TOKEN, ts, n, outer)})
    assert other.status_code == 403
    assert calls.count == 0


def test_the_same_msgid_three_times_is_answered_once(account, assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant)
    replies = [account.ask(QUESTION, msg_id=2001) for _ in range(3)]
    assert calls.count == 1
    assert replies[0] == replies[1] == replies[2]  # a retry means WeChat lost the reply: it gets the same one


def test_retries_of_an_in_flight_question_share_one_answer(account, assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant, delay=1.0)
    replies: list[str] = []
    threads = [threading.Thread(target=lambda: replies.append(account.ask(QUESTION, msg_id=2002)))
               for _ in range(3)]
    for t in threads:
        t.start()
        time.sleep(0.1)
    for t in threads:
        t.join()
    assert calls.count == 1 and len(replies) == 3 and len(set(replies)) == 1


def test_a_slow_answer_replies_success_then_pushes_once(assistant, monkeypatch, wechat_api):
    calls = Calls(monkeypatch, assistant, delay=1.5)
    app = create_app(oa_settings(wechat_app_secret=APP_SECRET, wechat_api_base=wechat_api.base,
                              wechat_reply_seconds=0.4), assistant=assistant)
    with live_server(app) as url:
        account = OfficialAccount(url)
        started = time.monotonic()
        first = account.post(text_xml(QUESTION, msg_id=3001))
        assert first.status_code == 200 and first.text == "success"
        assert time.monotonic() - started < 1.2
        for _ in range(2):  # WeChat's retries while the answer is still being written
            assert account.post(text_xml(QUESTION, msg_id=3001)).text == "success"
        sends = wechat_api.wait_for_sends(1)
        time.sleep(0.3)
        assert account.post(text_xml(QUESTION, msg_id=3001)).text == "success"  # a late retry: already pushed
    assert calls.count == 1 and len(wechat_api.sends) == 1
    send = sends[0]
    assert send["path"] == "/cgi-bin/message/custom/send" and send["query"]["access_token"] == "TOKEN-1"
    assert send["json"]["touser"] == OPENID and send["json"]["msgtype"] == "text"
    assert SOURCE in send["json"]["text"]["content"] and "[1]" in send["json"]["text"]["content"]
    assert SOURCE.encode("utf-8") in send["raw"]  # UTF-8 on the wire, not \u escapes
    assert wechat_api.token_calls == [{"path": "/cgi-bin/token", "grant_type": "client_credential",
                                       "appid": APP_ID, "secret": APP_SECRET}]


def test_the_access_token_is_cached_across_pushes(assistant, monkeypatch, wechat_api):
    Calls(monkeypatch, assistant, delay=0.5)
    app = create_app(oa_settings(wechat_app_secret=APP_SECRET, wechat_api_base=wechat_api.base,
                              wechat_reply_seconds=0.05), assistant=assistant)
    with live_server(app) as url:
        account = OfficialAccount(url)
        for i in range(3):
            assert account.post(text_xml(QUESTION, msg_id=3100 + i)).text == "success"
        wechat_api.wait_for_sends(3)
    assert len(wechat_api.sends) == 3 and len(wechat_api.token_calls) == 1


def test_subscribe_gets_the_welcome(account):
    fields = reply_fields(account.post(typed_xml("event", "<Event><![CDATA[subscribe]]></Event>")))
    assert fields["Content"] == prompt_file("wechat_welcome.txt").strip()


def test_images_voice_and_others_get_a_polite_text(account, assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant)
    for kind, fields in [("image", "<PicUrl>http://x/1.jpg</PicUrl><MediaId>m</MediaId>"),
                         ("voice", "<MediaId>m</MediaId><Format>amr</Format>"),
                         ("location", "<Location_X>30.7</Location_X><Location_Y>103.9</Location_Y>"),
                         ("miniprogrampage", "<Title>t</Title>")]:
        reply = reply_fields(account.post(typed_xml(kind, fields, msg_id=4000 + len(kind))))
        assert reply["Content"] == message("wechat_unsupported")
    sticker = account.post(text_xml("【收到不支持的消息类型，暂无法显示】", msg_id=4100))  # WeChat's stand-in
    assert reply_fields(sticker)["Content"] == message("wechat_unsupported")
    for event in ("unsubscribe", "CLICK", "TEMPLATESENDJOBFINISH"):  # events need no reply
        assert account.post(typed_xml("event", f"<Event><![CDATA[{event}]]></Event>")).text == "success"
    assert calls.count == 0


def test_the_rate_limit_answers_kindly(assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant)
    with live_server(create_app(oa_settings(wechat_rate_limit=2), assistant=assistant)) as url:
        account = OfficialAccount(url)
        assert SOURCE in account.ask(QUESTION, msg_id=5001)
        assert SOURCE in account.ask(QUESTION, msg_id=5002)
        limited = message("wechat_rate_limited", limit=2)
        assert account.ask(QUESTION, msg_id=5003) == limited
        assert account.ask(QUESTION, msg_id=5003) == limited  # its retry is not counted again
        assert SOURCE in account.ask(QUESTION, msg_id=5004, user="oAnotherUser")
    assert calls.count == 3


def test_follow_ups_by_the_same_openid_carry_the_history(account, assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant)
    account.ask(QUESTION, msg_id=6001)
    account.ask("在孵企业数量有什么要求？", msg_id=6002)
    account.ask("众创空间是什么？", msg_id=6003, user="oSomeoneElse")
    assert calls.histories == [[], [QUESTION], []]


def _long(answer):
    clause = "孵化器应当具备完善的创业服务体系、专业的管理团队和可自主支配的场地。" * 3
    answer.text = "\n\n".join(f"**第{i}条** {clause}[1]" for i in range(1, 16))
    return answer


def test_a_long_answer_is_shortened_when_it_cannot_be_pushed(assistant, monkeypatch, account):
    Calls(monkeypatch, assistant, transform=_long)
    content = account.ask(QUESTION, msg_id=7001)
    assert len(content.encode()) <= LIMIT
    assert message("wechat_shortened") in content and SOURCE in content and "**" not in content


def test_a_long_answer_is_pushed_in_parts_when_it_can_be(assistant, monkeypatch, wechat_api):
    Calls(monkeypatch, assistant, transform=_long)
    app = create_app(oa_settings(wechat_app_secret=APP_SECRET, wechat_api_base=wechat_api.base), assistant=assistant)
    with live_server(app) as url:
        assert OfficialAccount(url).post(text_xml(QUESTION, msg_id=7002)).text == "success"
        time.sleep(0.5)
        sends = wechat_api.wait_for_sends(2)
    parts = [s["json"]["text"]["content"] for s in sends]
    assert len(parts) >= 2 and all(len(p.encode()) <= LIMIT for p in parts)
    assert parts[0].startswith(message("wechat_part", n=1, total=len(parts)))
    assert SOURCE in parts[-1] and "第15条" in "".join(parts)


@pytest.mark.parametrize("stamp, status", [("1", 403), ("9999999999", 403), ("abc", 400), ("", 400)])
def test_a_signed_callback_outside_the_time_window_is_refused(account, stamp, status):
    n = nonce()
    params = {"signature": sign(TOKEN, stamp, n), "timestamp": stamp, "nonce": n, "openid": OPENID}
    r = account.http.post(account.url, params=params, content=text_xml("孵化器", msg_id=7001).encode())
    assert r.status_code == status, r.text
    r = httpx.get(account.url, params={**params, "echostr": "e"})
    assert r.status_code == status and r.text != "e"


def test_a_captured_signature_cannot_carry_another_body_even_after_a_restart(assistant, tmp_path):
    settings = oa_settings(home=tmp_path / "home")
    victim = "o_victim_openid"
    with live_server(create_app(settings, assistant=assistant)) as url:
        account = OfficialAccount(url)
        params = account.params()
        body = text_xml("孵化器有哪些类型？", msg_id=7101).encode()
        first = account.http.post(account.url, params=params, content=body)
        assert first.status_code == 200 and "孵化器" in reply_fields(first)["Content"]
        # WeChat retrying the same message (the same bytes: its CreateTime too) with the same signature gets the
        # same reply; building the body again could cross a second and make it another body
        retry = account.http.post(account.url, params=params, content=body)
        assert retry.status_code == 200 and reply_fields(retry)["Content"] == reply_fields(first)["Content"]
        forged = account.http.post(account.url, params=params,
                                   content=text_xml("众创空间是什么？", msg_id=7102, user=victim).encode())
        assert forged.status_code == 403
    with live_server(create_app(settings, assistant=assistant)) as url:  # a restarted (or another) process
        forged = httpx.post(f"{url}/wechat", params=params,
                            content=text_xml("众创空间是什么？", msg_id=7103, user=victim).encode())
        assert forged.status_code == 403
    from service.sessions import SessionStore

    store = SessionStore(settings.db_path)
    try:
        assert store.history(f"wechat:{victim}") == [] and store.history(f"wechat:{OPENID}")
    finally:
        store.close()
