"""Staff requests are checked from their headers before any body is read: a client without the token can't
make the service take in a 20 MB upload, or anything else, only to be told 401 at the end."""

from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from corpus.errors import PolicyQAError
from service.deps import check_staff
from service.problem import send_error
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
                # the unread body can't be skipped on this connection
                await send_error(scope, send, str(exc), getattr(exc, "status", 400),
                                 headers=getattr(exc, "headers", None),
                                 close=scope["method"] not in ("GET", "HEAD", "OPTIONS"))
                return
        await self.app(scope, receive, send)
