"""Callback bodies in: size cap, XML safety, signatures, decryption and parsing, all through wechatpy."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import xmltodict
from fastapi import Request
from wechatpy.crypto import WeChatCrypto
from wechatpy.enterprise.crypto import WeChatCrypto as WeComCrypto
from wechatpy.exceptions import InvalidAppIdException, InvalidSignatureException
from wechatpy.enterprise.exceptions import InvalidCorpIdException
from wechatpy.messages import BaseMessage

MAX_BODY = 64 * 1024  # bytes; WeChat's messages are a few hundred
# Outside comments and CDATA sections (where a user's text may hold anything), "<!" starts a DOCTYPE, ENTITY or
# other declaration. Read left to right, as the parser reads: a "<![CDATA[" inside a comment opens nothing, and
# a "<!--" inside CDATA is text. An unterminated comment or section leaves a bare "<!", refused as well.
_MARKUP = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<!", re.S)
_ENCODING = re.compile(r"<\?xml[^>]*encoding\s*=\s*[\"']([^\"']*)[\"']", re.I)


class BadCallback(Exception):
    """The request is not a well-formed WeChat callback (HTTP 400)."""


class Forbidden(Exception):
    """The request is not signed by WeChat with this channel's token and key (HTTP 403)."""


@dataclass(frozen=True, slots=True)
class Incoming:
    """The fields of a WeChat message the channels use, checked."""

    kind: str  # text, image, voice, event, ... ("unknown" when wechatpy does not know it)
    user: str  # FromUserName: the OpenID or the WeCom UserID
    own: str  # ToUserName: the account or corp the message was sent to
    key: str  # identifies the message across WeChat's retries
    content: str = ""  # text messages
    event: str = ""  # events: subscribe, unsubscribe, click, ...
    agent: int = 0  # WeCom: the AgentID of the app the message was sent to


async def read_body(request: Request, *, limit: int = MAX_BODY) -> str:
    """The body as UTF-8 text, refused when larger than `limit` bytes (read no further than that)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BadCallback(f"body larger than {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise BadCallback(f"body larger than {limit} bytes")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadCallback("body is not UTF-8") from exc


def check_xml(text: str) -> str:
    """`text` when it is safe to hand to an XML parser: no DOCTYPE/ENTITY declarations, UTF-8 only."""
    if any(m.group() == "<!" for m in _MARKUP.finditer(text)):
        raise BadCallback("XML declarations (DOCTYPE, ENTITY) are not accepted")
    encoding = _ENCODING.search(text)
    if encoding and encoding.group(1).lower().replace("-", "") != "utf8":
        raise BadCallback("only UTF-8 XML is accepted")
    return text


def parse_xml(text: str) -> dict:
    """The <xml> root of a checked document as a dict of its child elements."""
    try:
        root = xmltodict.parse(check_xml(text), encoding="utf-8", disable_entities=True)
    except BadCallback:
        raise
    except Exception as exc:  # expat raises several kinds for malformed input
        raise BadCallback(f"malformed XML: {exc}") from exc
    fields = root.get("xml") if isinstance(root, dict) else None
    if not isinstance(fields, dict):
        raise BadCallback("the root element must be <xml> with child elements")
    return fields


def decrypt(crypto: WeChatCrypto | WeComCrypto, envelope: dict, *, signature: str, timestamp: str,
            nonce: str) -> str:
    """The plaintext XML inside a safe-mode envelope, after checking `msg_signature` over it."""
    if not isinstance(envelope.get("Encrypt"), str):
        raise BadCallback("no Encrypt element")
    try:
        return crypto.decrypt_message(envelope, signature, timestamp, nonce)
    except (InvalidSignatureException, InvalidAppIdException, InvalidCorpIdException) as exc:
        raise Forbidden(type(exc).__name__) from exc
    except Exception as exc:  # bad base64, padding or length: signed but not decryptable
        raise BadCallback(f"cannot decrypt the message: {type(exc).__name__}") from exc


def verify_echo(crypto: WeComCrypto, *, signature: str, timestamp: str, nonce: str, echostr: str) -> str:
    """WeCom's URL check: the decrypted `echostr`, once `msg_signature` is right."""
    try:
        return crypto.check_signature(signature, timestamp, nonce, echostr)
    except (InvalidSignatureException, InvalidCorpIdException) as exc:
        raise Forbidden(type(exc).__name__) from exc
    except Exception as exc:
        raise BadCallback(f"cannot decrypt echostr: {type(exc).__name__}") from exc


def parse_message(text: str, parse: Callable[[str], BaseMessage]) -> Incoming:
    """A checked message, parsed by wechatpy's `parse` (the Official Account's or WeCom's)."""
    check_xml(text)
    try:
        msg = parse(text)
        # An event wechatpy has no class for still is an event (never "please send text").
        kind = "event" if str(msg._data.get("MsgType", "")).lower() == "event" else msg.type
        user, own = msg.source, msg.target
        msg_id, created, agent = msg.id, msg.time, getattr(msg, "agent", 0) or 0
        content = getattr(msg, "content", "") if kind == "text" else ""
        event = getattr(msg, "event", "") if kind == "event" else ""
    except Exception as exc:  # expat errors, a missing MsgType, a MsgId that is not a number, ...
        raise BadCallback(f"not a WeChat message: {type(exc).__name__}") from exc
    if not all(isinstance(v, str) for v in (kind, user, own, content or "", event or "")) or not user:
        raise BadCallback("FromUserName, ToUserName, MsgType, Content and Event must each appear once")
    key = f"{user}:{msg_id}" if msg_id else f"{user}:{created}:{kind}:{event}"
    return Incoming(kind=kind, user=user, own=own, key=key, content=content or "", event=(event or "").lower(),
                    agent=agent)
