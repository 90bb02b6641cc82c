"""Hostile and malformed callback bodies are refused with 400 before any XML parser can act on them."""

from __future__ import annotations

import time

import pytest

from service.app import create_app
from service.wechat.envelope import MAX_BODY, BadCallback, check_xml, parse_xml
from tests.service.test_wechat_support import (
    OPENID, Calls, OfficialAccount, live_server, oa_settings, text_xml, wechat_api,  # noqa: F401 (fixture)
)

HEAD = f"<ToUserName>gh_policyqa</ToUserName><FromUserName>{OPENID}</FromUserName><CreateTime>1</CreateTime>"
XXE = ('<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       f"<xml>{HEAD}<MsgType>text</MsgType><Content>&xxe;</Content><MsgId>1</MsgId></xml>")
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                    for i in range(1, 10))
          + f"]><xml>{HEAD}<MsgType>text</MsgType><Content>&lol9;</Content><MsgId>2</MsgId></xml>")


@pytest.fixture
def account(assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant)
    with live_server(create_app(oa_settings(), assistant=assistant)) as url:
        yield OfficialAccount(url)
    assert calls.count == 0, "a refused body must never reach the assistant"


@pytest.mark.parametrize("body", [
    pytest.param(XXE, id="xxe-file"),
    pytest.param(LAUGHS, id="billion-laughs"),
    pytest.param(f'<!DOCTYPE xml SYSTEM "http://127.0.0.1:9/evil.dtd"><xml>{HEAD}</xml>', id="external-dtd"),
    pytest.param(f"<!doctype xml><xml>{HEAD}</xml>", id="lowercase-doctype"),
    pytest.param("<!-- <![CDATA[ -->" + LAUGHS + "<!-- ]]> -->", id="doctype-behind-a-comment"),
    pytest.param(f"<!-- never closed <xml>{HEAD}</xml>", id="unclosed-comment"),
    pytest.param(f'<?xml version="1.0" encoding="UTF-7"?><xml>{HEAD}</xml>', id="utf-7"),
    pytest.param(f"<xml>{HEAD}<MsgType>text</MsgType><Content>问题", id="unclosed"),
    pytest.param("just text", id="not-xml"),
    pytest.param("", id="empty"),
    pytest.param("<xml/>", id="empty-root"),
    pytest.param(f"<message>{HEAD}</message>", id="wrong-root"),
    pytest.param(f"<xml>{HEAD}</xml>", id="no-msgtype"),
    pytest.param(f"<xml>{HEAD}<MsgType>text</MsgType><Content>a</Content><MsgId>x1</MsgId></xml>", id="bad-msgid"),
    pytest.param(f"<xml>{HEAD}<MsgType>text</MsgType><Content>a</Content><Content>b</Content></xml>",
                 id="two-contents"),
])
def test_bad_bodies_get_400(account, body):
    started = time.monotonic()
    response = account.post(body)
    assert response.status_code == 400
    assert "root:" not in response.text and "lollol" not in response.text
    assert time.monotonic() - started < 2


def test_no_external_entity_or_dtd_is_ever_fetched(account, wechat_api):
    body = f'<!DOCTYPE xml SYSTEM "{wechat_api.base}/evil.dtd"><xml>{HEAD}</xml>'
    assert account.post(body).status_code == 400
    time.sleep(0.2)
    assert wechat_api.paths == []


def test_a_hostile_body_inside_a_signed_encrypted_envelope_gets_400(account):
    assert account.post(XXE, safe=True).status_code == 400
    assert account.post(LAUGHS, safe=True).status_code == 400


def test_bodies_over_the_cap_get_400_without_being_read_whole(account):
    big = text_xml("问" * (MAX_BODY // 3 + 10), msg_id=3)
    assert account.post(big).status_code == 400

    def chunks():  # no Content-Length: the cap applies to the bytes as they arrive
        yield big.encode()[:1000]
        yield big.encode()[1000:]

    assert account.http.post(account.url, params=account.params(), content=chunks()).status_code == 400


def test_a_question_quoting_a_doctype_is_just_text(assistant, monkeypatch):
    calls = Calls(monkeypatch, assistant)
    with live_server(create_app(oa_settings(), assistant=assistant)) as url:
        reply = OfficialAccount(url).ask("<!DOCTYPE html> 这段代码和孵化器申请有关吗？", msg_id=5)
    assert reply and calls.count == 1


def test_a_body_that_is_not_utf8_gets_400(account):
    response = account.http.post(account.url, params=account.params(),
                                 content=text_xml("孵化器", msg_id=4).encode("gbk"))
    assert response.status_code == 400


def test_check_and_parse_directly():
    for body in (XXE, LAUGHS, "<!ENTITY x 'y'><xml/>", '<?xml version="1.0" encoding="ISO-8859-1"?><xml/>'):
        with pytest.raises(BadCallback):
            check_xml(body)
    assert check_xml("<xml><A><![CDATA[<!DOCTYPE is just text here]]></A><!-- note --></xml>")
    with pytest.raises(BadCallback):
        check_xml("<![CDATA[x]]><!DOCTYPE a><xml/>")
    with pytest.raises(BadCallback):  # the CDATA opener sits inside a comment, so the DOCTYPE is live
        check_xml('<!-- <![CDATA[ --><!DOCTYPE x [<!ENTITY a "b">]><xml><A>&a;</A></xml><!-- ]]> -->')
    assert check_xml("<xml><A><![CDATA[<!-- not a comment ]]></A><!-- <!DOCTYPE in a comment --></xml>")
    assert parse_xml('<?xml version="1.0" encoding="utf-8"?><xml><A>1</A></xml>') == {"A": "1"}
