"""The WeCom app callback, called as WeCom calls it: always encrypted, over HTTP on loopback."""

from __future__ import annotations

import time

import httpx
import pytest
from wechatpy.enterprise.crypto import PrpCrypto, WeChatCrypto as WeComCrypto

from corpus.messages import message
from service.app import create_app
from service.settings import Settings
from service.wechat.format import plain
from tests.service.test_wechat_support import (
    AES_KEY, CORP_SECRET, TOKEN, Calls, WeComApp, live_server, nonce, open_encrypted, sign, text_xml, typed_xml,
    wecom_settings, wechat_api,  # noqa: F401 (fixture)
)

QUESTION = "众创空间服务规范对服务内容有什么要求？"


@pytest.fixture
def wecom(assistant):
    with live_server(create_app(wecom_settings(), assistant=assistant)) as url:
        yield WeComApp(url)


def test_channel_is_off_without_a_token(assistant):
    with live_server(create_app(Settings(wechat_token=TOKEN), assistant=assistant)) as url:
        assert httpx.get(f"{url}/wecom", params={"echostr": "x"}).status_code == 404
        assert httpx.post(f"{url}/wecom", content="<xml/>").status_code == 404


def test_url_verification_decrypts_echostr(wecom):
    ts, n = str(int(time.time())), "n1"
    sealed = PrpCrypto(wecom.crypto.key).encrypt("8364715392057", wecom.crypto.corp_id).decode()
    ok = httpx.get(wecom.url, params={"msg_signature": sign(TOKEN, ts, n, sealed), "timestamp": ts, "nonce": n,
                                      "echostr": sealed})
    assert ok.status_code == 200 and ok.text == "8364715392057"
    bad = httpx.get(wecom.url, params={"msg_signature": sign(TOKEN, ts, n, "other"), "timestamp": ts, "nonce": n,
                                       "echostr": sealed})
    assert bad.status_code == 403


def test_text_message_gets_an_encrypted_answer_with_sources(wecom, assistant):
    content = wecom.ask(QUESTION, msg_id=1)
    expected = assistant.answer(QUESTION)
    assert plain(expected.text)[:30] in content
    assert message("wechat_sources_heading") in content and expected.citations[0].title[:10] in content


def test_wrong_signature_or_corp_is_refused(wecom, assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant)
    assert wecom.post(text_xml(QUESTION, msg_id=2), signature="0" * 40).status_code == 403
    other_corp = WeComCrypto(TOKEN, AES_KEY, "wwSomeOtherCorp")
    assert wecom.post(text_xml(QUESTION, msg_id=3), crypto=other_corp).status_code == 403
    assert calls.count == 0


def test_a_stale_or_future_timestamp_is_refused_before_anything_is_answered(wecom, assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant)
    for i, shift in enumerate((-3600, 3600)):  # signed correctly, an hour off
        response = wecom.post(text_xml(QUESTION, msg_id=20 + i), ts=str(int(time.time()) + shift))
        assert response.status_code == 403
    assert calls.count == 0


def test_plaintext_posts_are_refused(wecom):
    ts, n = str(int(time.time())), nonce()
    response = wecom.http.post(wecom.url, params={"msg_signature": sign(TOKEN, ts, n), "timestamp": ts, "nonce": n},
                               content=text_xml(QUESTION, msg_id=4))
    assert response.status_code == 400


def test_the_same_msgid_three_times_is_answered_once(wecom, assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant)
    replies = {wecom.ask(QUESTION, msg_id=5) for _ in range(3)}
    assert calls.count == 1 and len(replies) == 1


def test_follow_ups_by_the_same_user_carry_the_history(wecom, assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant)
    wecom.ask(QUESTION, msg_id=6)
    wecom.ask("那孵化器呢？", msg_id=7)
    assert calls.histories == [[], [QUESTION]]


def test_subscribe_welcomes_and_images_get_a_polite_text(wecom):
    welcome = open_encrypted(wecom.post(typed_xml("event", "<Event><![CDATA[subscribe]]></Event>")),
                             token=TOKEN, crypto=wecom.crypto)
    assert "孵化器" in welcome["Content"]
    image = open_encrypted(wecom.post(typed_xml("image", "<PicUrl>u</PicUrl><MediaId>m</MediaId>", msg_id=8)),
                           token=TOKEN, crypto=wecom.crypto)
    assert image["Content"] == message("wechat_unsupported")
    assert wecom.post(typed_xml("event", "<Event><![CDATA[enter_agent]]></Event>")).text == "success"


def test_a_slow_answer_replies_success_then_pushes_once(assistant, monkeypatch, wechat_api):
    calls = Calls(monkeypatch, assistant, delay=1.2)
    app = create_app(wecom_settings(wecom_secret=CORP_SECRET, wecom_api_base=wechat_api.base,
                                    wechat_reply_seconds=0.3), assistant=assistant)
    with live_server(app) as url:
        wecom = WeComApp(url)
        xml = text_xml(QUESTION, msg_id=9, user="lisi", agent="1000002")
        assert [wecom.post(xml).text for _ in range(3)] == ["success"] * 3
        sends = wechat_api.wait_for_sends(1)
        time.sleep(0.3)
    assert calls.count == 1 and len(sends) == 1
    assert sends[0]["path"] == "/cgi-bin/message/send"
    assert sends[0]["json"]["touser"] == "lisi" and sends[0]["json"]["agentid"] == 1000002
    assert message("wechat_sources_heading") in sends[0]["json"]["text"]["content"]
    assert [c["path"] for c in wechat_api.token_calls] == ["/cgi-bin/gettoken"]
