"""The WeCom app callback: GET /wecom verifies the URL, POST /wecom answers (always encrypted) messages."""

from __future__ import annotations

import time

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response
from wechatpy.enterprise import parse_message as parse_wecom
from wechatpy.enterprise.crypto import WeChatCrypto as WeComCrypto
from wechatpy.enterprise.replies import TextReply

from service.settings import Settings
from service.wechat import callback
from service.wechat.channel import Channel
from service.wechat.freshness import Freshness
from service.wechat.jobs import JobBoard
from service.wechat.envelope import decrypt, parse_message, parse_xml, read_body, verify_echo
from service.wechat.push import wecom_pusher

NAME = "wecom"


def _channel(settings: Settings) -> Channel:
    return Channel(NAME, reply_seconds=settings.wechat_reply_seconds, rate_limit=settings.wechat_rate_limit,
                   pusher=wecom_pusher(settings), history_turns=settings.session_turns,
                   jobs=JobBoard(settings.db_path, scope=NAME),  # shared by the service's processes
                   freshness=Freshness(settings.db_path, scope=NAME, window=settings.wechat_timestamp_window))


router = APIRouter(lifespan=callback.lifespan(NAME, token=lambda s: s.wecom_token, make=_channel))


def _crypto(settings: Settings) -> WeComCrypto:
    return callback.crypto_or_503(
        lambda: WeComCrypto(settings.wecom_token, settings.wecom_aes_key, settings.wecom_corp_id or ""),
        "POLICYQA_WECOM_AES_KEY")


@router.get("/wecom", response_class=PlainTextResponse)
def verify(request: Request, msg_signature: str = "", timestamp: str = "", nonce: str = "",
           echostr: str = "") -> PlainTextResponse:
    """URL verification: the decrypted `echostr`, if `msg_signature` is right."""
    settings: Settings = request.app.state.settings
    channel = callback.channel_of(request, NAME, settings.wecom_token)
    crypto = _crypto(settings)
    with callback.statuses():
        channel.freshness.check_time(timestamp)
        return PlainTextResponse(verify_echo(crypto, signature=msg_signature, timestamp=timestamp, nonce=nonce,
                                             echostr=echostr))


@router.post("/wecom")
async def receive(request: Request, msg_signature: str = "", timestamp: str = "", nonce: str = "") -> Response:
    """An encrypted message or event; the passive reply is encrypted too."""
    started = time.monotonic()
    settings: Settings = request.app.state.settings
    channel = callback.channel_of(request, NAME, settings.wecom_token)
    crypto = _crypto(settings)
    with callback.statuses():
        channel.freshness.check_time(timestamp)
        body = await read_body(request)
        envelope = parse_xml(body)
        msg = parse_message(decrypt(crypto, envelope, signature=msg_signature, timestamp=timestamp, nonce=nonce),
                            parse_wecom)
        channel.freshness.remember(timestamp, nonce, body.encode("utf-8"))
    text = await channel.respond(msg, assistant=request.app.state.assistant, sessions=request.app.state.sessions,
                                 started=started)
    if text is None:
        return callback.success()
    return callback.xml(crypto.encrypt_message(callback.text_reply(TextReply, msg, text, agent=msg.agent), nonce))
