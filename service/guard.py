"""Staff requests are checked from their headers before any body is read: a client without the token can't
make the service take in a 20 MB upload, or anything else, only to be told 401 at the end."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from corpus.errors import PolicyQAError
from service.deps import check_staff
from service.problem import error_body
from service.settings import Settings

STAFF_API = "/staff/api/"


class StaffGuardMiddleware:
    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(STAFF_API):
            try:
                check_staff(Request(scope), self.settings)  # the same check the routes' dependency makes
            except PolicyQAError as exc:
                await _refuse(scope, send, exc)
                return
        await self.app(scope, receive, send)


async def _refuse(scope: Scope, send: Send, exc: PolicyQAError) -> None:
    status = getattr(exc, "status", 400)
    body = json.dumps(error_body(scope["path"], str(exc), status), ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in (getattr(exc, "headers", None) or {}).items()]
    if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
        headers.append((b"connection", b"close"))  # the unread body can't be skipped on this connection
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
