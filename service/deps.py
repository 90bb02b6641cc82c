"""FastAPI dependencies as Annotated aliases: settings, the assistant being served, sessions, staff auth.

They are `async def` because they only read app state: FastAPI would run plain functions on a worker thread.
"""

from __future__ import annotations

import base64
import binascii
import hmac
from contextlib import AbstractContextManager
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Depends, Request

from corpus.messages import message
from service.assistant import Assistant
from service.metrics import Metrics
from service.reindex import Reindexer
from service.routers.errors import ForbiddenError, NotReadyError, StaffAuthError, StaffDisabledError
from service.sessions import SessionStore
from service.settings import Settings


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_assistant(request: Request) -> Assistant:
    """The assistant at the moment the request arrives; a re-index swapping it later does not affect this request."""
    assistant = request.app.state.assistant
    if assistant is None:
        error = request.app.state.load_error
        raise NotReadyError(message("index_load_failed", detail=error) if error else message("index_loading"))
    return assistant


async def get_sessions(request: Request) -> SessionStore:
    return request.app.state.sessions


async def get_metrics(request: Request) -> Metrics:
    return request.app.state.metrics


async def get_slots(request: Request) -> AbstractContextManager:
    """Bounds the answers computed at once (see service.conversation.take_turn)."""
    return request.app.state.answer_slots


async def get_reindexer(request: Request) -> Reindexer:
    reindexer = request.app.state.reindexer
    if reindexer is None:
        raise NotReadyError(message("index_loading"))
    return reindexer


SettingsDep = Annotated[Settings, Depends(get_settings)]
AssistantDep = Annotated[Assistant, Depends(get_assistant)]
SessionsDep = Annotated[SessionStore, Depends(get_sessions)]
MetricsDep = Annotated[Metrics, Depends(get_metrics)]
ReindexerDep = Annotated[Reindexer, Depends(get_reindexer)]
SlotsDep = Annotated[AbstractContextManager, Depends(get_slots)]


def presented_token(request: Request) -> str | None:
    """The token from `Authorization: Bearer T`, or the password of HTTP Basic (what a browser prompt sends)."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer":
        return value.strip()
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return decoded.partition(":")[2]
    return None


async def require_staff(request: Request, settings: SettingsDep) -> None:
    check_staff(request, settings)


def check_staff(request: Request, settings: Settings) -> None:
    """Staff routes: off (404, saying how to enable) without POLICYQA_ADMIN_TOKEN; 401 on a wrong token."""
    if not settings.admin_token:
        raise StaffDisabledError(message("staff_disabled"))
    token = presented_token(request)
    if token is None or not hmac.compare_digest(token.encode(), settings.admin_token.encode()):
        raise StaffAuthError(message("staff_unauthorized"))
    if request.method not in ("GET", "HEAD") and cross_site(request):
        # A browser sends cached Basic credentials with a form posted from any site; refuse those.
        raise ForbiddenError(message("staff_cross_site"))


def cross_site(request: Request) -> bool:
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return True
    origin = request.headers.get("origin")
    return bool(origin) and urlsplit(origin).netloc != request.headers.get("host")


StaffDep = Annotated[None, Depends(require_staff)]
