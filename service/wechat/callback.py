"""What the /wechat and /wecom routers share: the channel's lifespan, HTTP statuses and text replies."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import PlainTextResponse, Response
from wechatpy.replies import BaseReply

from service.settings import Settings
from service.wechat.channel import Channel
from service.wechat.envelope import BadCallback, Forbidden, Incoming
from service.wechat.freshness import Stale

log = logging.getLogger(__name__)


def lifespan(name: str, *, token: Callable[[Settings], str | None],
             make: Callable[[Settings], Channel]) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """A router lifespan that opens the channel `name` on app.state when its token is set, and closes it."""

    @asynccontextmanager
    async def run(app: FastAPI) -> AsyncIterator[None]:
        settings: Settings = app.state.settings
        channel = make(settings) if token(settings) else None
        setattr(app.state, name, channel)
        try:
            yield
        finally:
            if channel is not None:
                await asyncio.to_thread(channel.close)

    return run


def channel_of(request: Request, name: str, token: str | None) -> Channel:
    """The open channel; 404 when its token is not set (the channel is off), 503 before start-up."""
    if not token:
        raise HTTPException(404)
    channel = getattr(request.app.state, name, None)
    if channel is None:
        raise HTTPException(503, "the channel is starting")
    return channel


@contextmanager
def statuses() -> Iterator[None]:
    """Callback errors as HTTP statuses: 400 for a malformed request, 403 for a wrong signature."""
    try:
        yield
    except BadCallback as exc:
        raise HTTPException(400, str(exc)) from exc
    except Stale as exc:
        raise HTTPException(403, str(exc)) from exc
    except Forbidden as exc:
        raise HTTPException(403, "invalid signature") from exc


def crypto_or_503(make: Callable[[], object], setting: str) -> object:
    """The channel's wechatpy crypto, or 503 saying which setting is wrong (a deployment error: the channel is
    unavailable until it is fixed)."""
    try:
        return make()
    except Exception as exc:
        log.error("%s must be the 43-character EncodingAESKey shown in the WeChat console: %s", setting, exc)
        raise HTTPException(503, f"{setting} is missing or invalid") from exc


def text_reply(reply: type[BaseReply], msg: Incoming, text: str, **fields: object) -> str:
    """The passive text reply's XML; "]]>" in the text is split so it cannot close the CDATA section."""
    content = text.replace("]]>", "]]]]><![CDATA[>")
    return reply(source=msg.own, target=msg.user, content=content, **fields).render()


def success() -> Response:
    """WeChat's "received, no reply" answer (also when the reply will be pushed later)."""
    return PlainTextResponse("success")


def xml(body: str) -> Response:
    return Response(body, media_type="application/xml")
