"""Caps request bodies before they are read: uploads get the configured size, everything else a small one;
and the time to send them, so a client that stops sending mid-body does not hold a connection forever."""

from __future__ import annotations

import asyncio
import time

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from corpus.messages import message
from service.problem import send_error

MB = 1024 * 1024
JSON_BODY_LIMIT = 256 * 1024  # questions are <= 500 characters; OpenAI-style histories stay far below this
MULTIPART_OVERHEAD = 64 * 1024  # form boundaries and headers around the file


class BodyTooLarge(HTTPException):
    """Raised while the body is read; FastAPI lets HTTPExceptions through to the app's handler."""

    def __init__(self, text: str) -> None:
        super().__init__(status_code=413, detail=text)


class BodyTimeout(HTTPException):
    """The body did not arrive in time (HTTP 408); the connection is closed after the reply."""

    def __init__(self, text: str) -> None:
        super().__init__(status_code=408, detail=text, headers={"Connection": "close"})


class BodyLimitMiddleware:
    """413 with a Chinese message when Content-Length, or the bytes actually received, pass the limit;
    408 when the whole body has not arrived within the path's time (a slow or stalled client)."""

    def __init__(self, app: ASGIApp, *, upload_paths: tuple[str, ...], upload_mb: int,
                 body_seconds: float = 30.0, upload_seconds: float = 300.0) -> None:
        self.app = app
        self.upload_paths = upload_paths
        self.upload_mb = upload_mb
        self.body_seconds = body_seconds
        self.upload_seconds = upload_seconds

    def limit_for(self, path: str) -> tuple[int, str]:
        """Bytes allowed for a path, and the message that says so."""
        if path in self.upload_paths:
            return self.upload_mb * MB + MULTIPART_OVERHEAD, message("request_too_large", limit=f"{self.upload_mb} MB")
        return JSON_BODY_LIMIT, message("request_too_large", limit=f"{JSON_BODY_LIMIT // 1024} KB")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit, text = self.limit_for(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await send_error(scope, send, text, 413, close=True)
            return
        received = 0
        started = False
        seconds = self.upload_seconds if scope["path"] in self.upload_paths else self.body_seconds
        deadline = time.monotonic() + seconds
        complete = False

        async def counted_receive() -> Message:
            nonlocal received, complete
            if complete:  # after the body, receive() only waits for a disconnect: no deadline then
                return await receive()
            try:
                msg = await asyncio.wait_for(receive(), timeout=max(0.0, deadline - time.monotonic()))
            except asyncio.TimeoutError:
                raise BodyTimeout(message("request_too_slow", seconds=f"{seconds:.0f}")) from None
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(text)
                complete = not msg.get("more_body", False)
            return msg

        async def tracked_send(msg: Message) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except BodyTooLarge:
            if not started:
                await send_error(scope, send, text, 413, close=True)
        except BodyTimeout as exc:
            if not started:
                await send_error(scope, send, str(exc.detail), 408, close=True)


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", ()):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
