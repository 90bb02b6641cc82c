"""Caps request bodies before they are read: uploads get the configured size, everything else a small one."""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from corpus.messages import message

JSON_BODY_LIMIT = 256 * 1024  # questions are <= 500 characters; OpenAI-style histories stay far below this
MULTIPART_OVERHEAD = 64 * 1024


class _TooLarge(Exception):
    pass


class BodyLimitMiddleware:
    """413 with a Chinese message when Content-Length, or the bytes actually received, pass the limit."""

    def __init__(self, app: ASGIApp, *, upload_paths: tuple[str, ...], upload_bytes: int) -> None:
        self.app = app
        self.upload_paths = upload_paths
        self.upload_bytes = upload_bytes

    def limit_for(self, path: str) -> int:
        return self.upload_bytes + MULTIPART_OVERHEAD if path in self.upload_paths else JSON_BODY_LIMIT

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _reject(send, limit)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return msg

        async def tracked_send(msg: Message) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except _TooLarge:
            if not started:
                await _reject(send, limit)


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", ()):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _reject(send: Send, limit: int) -> None:
    body = json.dumps({"error": message("request_too_large", limit_mb=round(limit / 1024 / 1024, 2))},
                      ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
