"""Caps request bodies before they are read: uploads get the configured size, everything else a small one."""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from corpus.messages import message
from service.problem import error_body

MB = 1024 * 1024
JSON_BODY_LIMIT = 256 * 1024  # questions are <= 500 characters; OpenAI-style histories stay far below this
MULTIPART_OVERHEAD = 64 * 1024  # form boundaries and headers around the file


class BodyTooLarge(HTTPException):
    """Raised while the body is read; FastAPI lets HTTPExceptions through to the app's handler."""

    def __init__(self, text: str) -> None:
        super().__init__(status_code=413, detail=text)


class BodyLimitMiddleware:
    """413 with a Chinese message when Content-Length, or the bytes actually received, pass the limit."""

    def __init__(self, app: ASGIApp, *, upload_paths: tuple[str, ...], upload_mb: int) -> None:
        self.app = app
        self.upload_paths = upload_paths
        self.upload_mb = upload_mb

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
            await _reject(scope, send, text)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(text)
            return msg

        async def tracked_send(msg: Message) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except BodyTooLarge:
            if not started:
                await _reject(scope, send, text)


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", ()):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _reject(scope: Scope, send: Send, text: str) -> None:
    body = json.dumps(error_body(scope["path"], text, 413), ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
