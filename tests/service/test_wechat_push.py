"""The push clients against a local fake of the WeChat and WeCom APIs."""

from __future__ import annotations

import logging

import pytest

from service.settings import Settings
from service.wechat.push import PushError, official_account_pusher, wecom_pusher
from tests.service.test_wechat_support import (
    AGENT_ID, APP_ID, APP_SECRET, CORP_ID, CORP_SECRET, fake_wechat_api, wechat_api,  # noqa: F401 (fixture)
)


def test_no_credentials_means_no_pusher():
    assert official_account_pusher(Settings()) is None
    assert official_account_pusher(Settings(wechat_app_id=APP_ID)) is None
    assert wecom_pusher(Settings(wecom_corp_id=CORP_ID, wecom_secret=CORP_SECRET)) is None


def test_custom_send_fetches_the_token_once_and_sends_utf8_json(wechat_api):
    pusher = official_account_pusher(Settings(wechat_app_id=APP_ID, wechat_app_secret=APP_SECRET,
                                              wechat_api_base=wechat_api.base + "/"))
    pusher.send_text("oUser", "第一条回答[1]")
    pusher.send_text("oUser", "第二条")
    pusher.close()
    assert len(wechat_api.token_calls) == 1
    first = wechat_api.sends[0]
    assert first["json"] == {"touser": "oUser", "msgtype": "text", "text": {"content": "第一条回答[1]"}}
    assert "第一条回答".encode() in first["raw"]


def test_wecom_send_carries_the_agent_id():
    with fake_wechat_api() as (api, base):
        pusher = wecom_pusher(Settings(wecom_corp_id=CORP_ID, wecom_secret=CORP_SECRET, wecom_agent_id=AGENT_ID,
                                       wecom_api_base=base))
        pusher.send_text("zhangsan", "回答")
        pusher.close()
    assert api.token_calls == [{"path": "/cgi-bin/gettoken", "corpid": CORP_ID, "corpsecret": CORP_SECRET}]
    assert api.sends[0]["path"] == "/cgi-bin/message/send"
    assert api.sends[0]["json"] == {"touser": "zhangsan", "msgtype": "text", "agentid": 1000002,
                                    "text": {"content": "回答"}, "safe": 0}


def test_an_expired_token_is_renewed_once():
    with fake_wechat_api(fail_first_send=42001) as (api, base):
        pusher = official_account_pusher(Settings(wechat_app_id=APP_ID, wechat_app_secret=APP_SECRET,
                                                  wechat_api_base=base))
        pusher.send_text("oUser", "回答")
        pusher.close()
    assert len(api.token_calls) == 2 and len(api.sends) == 1 and api.sends[0]["query"]["access_token"] == "TOKEN-2"


def test_errors_say_which_call_failed(wechat_api):
    pusher = official_account_pusher(Settings(wechat_app_id=APP_ID, wechat_app_secret=APP_SECRET,
                                              wechat_api_base=wechat_api.base + "/nowhere"))
    with pytest.raises(PushError, match="token: no access_token"):
        pusher.send_text("oUser", "回答")
    unreachable = official_account_pusher(Settings(wechat_app_id=APP_ID, wechat_app_secret=APP_SECRET,
                                                   wechat_api_base="http://127.0.0.1:9"))
    with pytest.raises(PushError, match="token: ConnectError"):
        unreachable.send_text("oUser", "回答")


def test_secrets_and_tokens_never_reach_the_log(wechat_api, caplog):
    pusher = official_account_pusher(Settings(wechat_app_id=APP_ID, wechat_app_secret=APP_SECRET,
                                              wechat_api_base=wechat_api.base))
    with caplog.at_level(logging.INFO, logger="httpx"):
        pusher.send_text("oUser", "回答")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "cgi-bin/token" in logged and "custom/send" in logged
    assert APP_SECRET not in logged and "TOKEN-1" not in logged and "secret=***" in logged
