"""The published test vectors of WeChat's and WeCom's message encryption, checked directly and via the service.

Sources: the official WXBizMsgCrypt sample code (WeCom: token "QDG6eK", CorpID "wx5823bf96d3bd56c7"; Official
Account: token "spamtest", AppID "wx2c2769f8efd9abc2"; the Java sample's fixed-random encryption vector).
"""

from __future__ import annotations

import base64

import httpx
import xmltodict
from wechatpy.crypto import PrpCrypto, WeChatCrypto
from wechatpy.enterprise.crypto import WeChatCrypto as WeComCrypto

from service.app import create_app
from service.settings import Settings
from tests.service.test_wechat_support import live_server, open_encrypted, sign

WECOM = dict(token="QDG6eK", corp_id="wx5823bf96d3bd56c7", aes_key="jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C")
WECOM_VERIFY = dict(msg_signature="5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", timestamp="1409659589",
                    nonce="263014780",
                    echostr="P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==")
WECOM_ECHO = "1616140317555161061"
WECOM_POST = dict(msg_signature="477715d11cdb4164915debcba66cb864d751f3e6", timestamp="1409659813", nonce="1372623149")
WECOM_ENCRYPT = (
    "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3T"
    "UUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gs"
    "ijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQU"
    "ax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyP"
    "IGHBZZIs2pDBS8R07+qN+E7Q==")
WECOM_BODY = (f"<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[{WECOM_ENCRYPT}]]>"
              "</Encrypt><AgentID><![CDATA[218]]></AgentID></xml>")

OA = dict(token="spamtest", app_id="wx2c2769f8efd9abc2", aes_key="abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")
OA_POST = dict(msg_signature="5d197aaffba7e9b25a30732f161a50dee96bd5fa", timestamp="1409735669", nonce="1320562132")
OA_ENCRYPT = (
    "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXp"
    "bUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjl"
    "pKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1"
    "BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=")
# Compatible mode: the plaintext fields and the encrypted copy side by side.
OA_BODY = ("<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>"
           "<FromUserName><![CDATA[oyORnuP8q7ou2gfYjqLzSIWZf0rs]]></FromUserName><CreateTime>1409735668</CreateTime>"
           "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[abcdteT]]></Content>"
           f"<MsgId>6054768590064713728</MsgId><Encrypt><![CDATA[{OA_ENCRYPT}]]></Encrypt></xml>")


def test_the_signatures_match_the_published_ones():
    assert sign(WECOM["token"], WECOM_VERIFY["timestamp"], WECOM_VERIFY["nonce"], WECOM_VERIFY["echostr"]) \
        == WECOM_VERIFY["msg_signature"]
    assert sign(WECOM["token"], WECOM_POST["timestamp"], WECOM_POST["nonce"], WECOM_ENCRYPT) \
        == WECOM_POST["msg_signature"]
    assert sign(OA["token"], OA_POST["timestamp"], OA_POST["nonce"], OA_ENCRYPT) == OA_POST["msg_signature"]


def test_wechatpy_decrypts_the_published_messages():
    wecom = WeComCrypto(WECOM["token"], WECOM["aes_key"], WECOM["corp_id"])
    v = WECOM_VERIFY
    assert wecom.check_signature(v["msg_signature"], v["timestamp"], v["nonce"], v["echostr"]) == WECOM_ECHO
    msg = xmltodict.parse(wecom.decrypt_message(WECOM_BODY, WECOM_POST["msg_signature"], WECOM_POST["timestamp"],
                                                WECOM_POST["nonce"]))["xml"]
    assert (msg["FromUserName"], msg["Content"], msg["MsgId"], msg["AgentID"]) == \
        ("mycreate", "hello", "4561255354251345929", "218")
    oa = WeChatCrypto(OA["token"], OA["aes_key"], OA["app_id"])
    msg = xmltodict.parse(oa.decrypt_message(OA_BODY, OA_POST["msg_signature"], OA_POST["timestamp"],
                                             OA_POST["nonce"]))["xml"]
    assert (msg["FromUserName"], msg["Content"], msg["MsgId"]) == \
        ("oyORnuP8q7ou2gfYjqLzSIWZf0rs", "abcdteT", "6054768590064713728")


def test_wechatpy_encrypts_like_the_published_sample(monkeypatch):
    monkeypatch.setattr(PrpCrypto, "get_random_string", lambda self: "aaaabbbbccccdddd")
    key = base64.b64decode("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG=")
    assert PrpCrypto(key).encrypt("我是中文abcd123", "wxb11529c136998cb6").decode() == (
        "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==")


def test_the_service_accepts_the_published_wecom_callbacks(assistant):
    settings = Settings(wecom_token=WECOM["token"], wecom_corp_id=WECOM["corp_id"], wecom_aes_key=WECOM["aes_key"],
                        wechat_timestamp_window=0)  # the published vectors were signed in 2014
    with live_server(create_app(settings, assistant=assistant)) as url:
        verified = httpx.get(f"{url}/wecom", params=WECOM_VERIFY)
        assert verified.status_code == 200 and verified.text == WECOM_ECHO
        response = httpx.post(f"{url}/wecom", params=WECOM_POST, content=WECOM_BODY, timeout=30)
    crypto = WeComCrypto(WECOM["token"], WECOM["aes_key"], WECOM["corp_id"])
    reply = open_encrypted(response, token=WECOM["token"], crypto=crypto)
    assert (reply["ToUserName"], reply["FromUserName"], reply["AgentID"], reply["MsgType"]) == \
        ("mycreate", "wx5823bf96d3bd56c7", "218", "text")
    assert reply["Content"]


def test_the_service_accepts_the_published_official_account_callback(assistant):
    settings = Settings(wechat_token=OA["token"], wechat_app_id=OA["app_id"], wechat_aes_key=OA["aes_key"],
                        wechat_timestamp_window=0)
    params = {**OA_POST, "encrypt_type": "aes", "signature": sign(OA["token"], OA_POST["timestamp"], OA_POST["nonce"]),
              "openid": "oyORnuP8q7ou2gfYjqLzSIWZf0rs"}
    with live_server(create_app(settings, assistant=assistant)) as url:
        response = httpx.post(f"{url}/wechat", params=params, content=OA_BODY, timeout=30)
        tampered = httpx.post(f"{url}/wechat", params={**params, "msg_signature": "0" * 40}, content=OA_BODY)
    reply = open_encrypted(response, token=OA["token"], crypto=WeChatCrypto(OA["token"], OA["aes_key"], OA["app_id"]))
    assert (reply["ToUserName"], reply["FromUserName"], reply["MsgType"]) == \
        ("oyORnuP8q7ou2gfYjqLzSIWZf0rs", "gh_10f6c3c3ac5a", "text")
    assert reply["Content"] and tampered.status_code == 403
