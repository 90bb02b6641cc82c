"""The Official Account callback: GET /wechat verifies the server, POST /wechat answers messages."""

from __future__ import annotations

import time

import wechatpy
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import PlainTextResponse, Response
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidSignatureException
from wechatpy.replies import TextReply
from wechatpy.utils import check_signature

from service.settings import Settings
from service.wechat import callback
from service.wechat.channel import Channel
from service.wechat.freshness import Freshness
from service.wechat.jobs import JobBoard
from service.wechat.envelope import decrypt, parse_message, parse_xml, read_body
from service.wechat.push import official_account_pusher

NAME = "wechat"


def _channel(settings: Settings) -> Channel:
    return Channel(NAME, reply_seconds=settings.wechat_reply_seconds, rate_limit=settings.wechat_rate_limit,
                   pusher=official_account_pusher(settings), history_turns=settings.session_turns,
                   jobs=JobBoard(settings.db_path, scope=NAME),  # shared by the service's processes
                   freshness=Freshness(settings.db_path, scope=NAME, window=settings.wechat_timestamp_window))


router = APIRouter(lifespan=callback.lifespan(NAME, token=lambda s: s.wechat_token, make=_channel))


def _check(token: str, signature: str, timestamp: str, nonce: str) -> None:
    try:
        check_signature(token, signature, timestamp, nonce)
    except InvalidSignatureException as exc:
        raise HTTPException(403, "invalid signature") from exc


@router.get("/wechat", response_class=PlainTextResponse)
def verify(request: Request, signature: str = "", timestamp: str = "", nonce: str = "",
           echostr: str = "") -> PlainTextResponse:
    """Server verification when the URL is saved in the console: echo `echostr` if the signature is right."""
    settings: Settings = request.app.state.settings
    channel = callback.channel_of(request, NAME, settings.wechat_token)
    _check(settings.wechat_token, signature, timestamp, nonce)
    with callback.statuses():
        channel.freshness.check_time(timestamp)
    return PlainTextResponse(echostr)


@router.post("/wechat")
async def receive(request: Request, signature: str = "", timestamp: str = "", nonce: str = "",
                  encrypt_type: str = "", msg_signature: str = "") -> Response:
    """A message or event, in plaintext or safe mode (encrypt_type=aes); the reply uses the same mode."""
    started = time.monotonic()
    settings: Settings = request.app.state.settings
    channel = callback.channel_of(request, NAME, settings.wechat_token)
    _check(settings.wechat_token, signature, timestamp, nonce)
    safe = encrypt_type.lower() == "aes"
    crypto = callback.crypto_or_503(
        lambda: WeChatCrypto(settings.wechat_token, settings.wechat_aes_key, settings.wechat_app_id or ""),
        "POLICYQA_WECHAT_AES_KEY") if safe else None
    with callback.statuses():
        channel.freshness.check_time(timestamp)
        body = await read_body(request)
        # plaintext mode signs only (timestamp, nonce): the pair may carry this one body and no other
        channel.freshness.remember(timestamp, nonce, body.encode("utf-8"))
        envelope = parse_xml(body)
        if crypto is not None:
            body = decrypt(crypto, envelope, signature=msg_signature, timestamp=timestamp, nonce=nonce)
        msg = parse_message(body, wechatpy.parse_message)
    text = await channel.respond(msg, assistant=request.app.state.assistant, sessions=request.app.state.sessions,
                                 started=started)
    if text is None:
        return callback.success()
    reply = callback.text_reply(TextReply, msg, text)
    return callback.xml(crypto.encrypt_message(reply, nonce) if crypto is not None else reply)
