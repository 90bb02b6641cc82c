"""The FastAPI application factory; it builds the app and nothing else."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from corpus.errors import BadDocumentError, BadQuestionError, PolicyQAError
from corpus.messages import message
from index.errors import IndexBrokenError, IndexNotBuiltError
from service.assistant import Assistant
from service.guard import StaffGuardMiddleware
from service.limits import BodyLimitMiddleware
from service.metrics import Metrics, MetricsMiddleware
from service.problem import error_body
from service.sessions import SessionStore
from service.settings import Settings

log = logging.getLogger(__name__)
UPLOAD_PATHS = ("/staff/api/documents",)


def create_app(settings: Settings | None = None, *, assistant: Assistant | None = None) -> FastAPI:
    """The app; with no assistant given, the index is loaded (built first when missing) at start-up."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.sessions = SessionStore(settings.db_path)
        if app.state.assistant is None:
            # Loaded (built first when missing) beside the running server: /healthz answers at once,
            # /readyz and the question routes say "loading" (503) until the index is in.
            threading.Thread(target=_load, args=(app, settings), name="policyqa-load", daemon=True).start()
        else:
            _serve(app, app.state.assistant)
        yield
        if app.state.reindexer is not None:
            app.state.reindexer.wait(timeout=60)
        app.state.sessions.close()

    app = FastAPI(title="policyqa", lifespan=lifespan)
    app.state.settings = settings
    app.state.assistant = assistant
    app.state.reindexer = None
    app.state.load_error = None
    app.state.metrics = Metrics()
    # Enough answers at once for the query embedder to batch them (index.embed.QueryBatcher).
    app.state.answer_slots = threading.BoundedSemaphore(8 * max(1, os.cpu_count() or 1))

    from service.routers import admin, api, openai_compat, probes, web, wechat, wecom

    for module in (probes, api, openai_compat, web, admin, wechat, wecom):
        app.include_router(module.router)
    from service.routers.errors import declare_errors

    declare_errors(app)
    app.add_middleware(BodyLimitMiddleware, upload_paths=UPLOAD_PATHS, upload_mb=settings.upload_max_mb,
                       body_seconds=settings.body_seconds, upload_seconds=10 * settings.body_seconds)
    app.add_middleware(StaffGuardMiddleware, settings=settings)  # outermost: no body is read for a wrong token
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)
    _add_error_handlers(app)
    return app


def _load(app: FastAPI, settings: Settings) -> None:
    from service import runtime

    try:
        embedder = runtime.load_embedder(settings)
        runtime.build(settings, embedder=embedder)
        assistant = runtime.load_assistant(settings, embedder=embedder)
        runtime.warm_up(assistant)
    except Exception as exc:  # reported by /readyz and the log; the process stays up to say so
        log.exception("loading the index failed")
        app.state.load_error = str(exc)
        return
    _serve(app, assistant)


def _serve(app: FastAPI, assistant: Assistant) -> None:
    """Starts answering from `assistant`, with a re-indexer that swaps in new assistants."""
    from service.reindex import Reindexer

    def publish(new: Assistant) -> None:
        app.state.assistant = new  # one assignment: a request sees the old assistant or the new one

    def finished(ok: bool) -> None:
        app.state.metrics.reindexes.labels("ok" if ok else "failed").inc()

    app.state.reindexer = Reindexer(settings=app.state.settings, embedder=assistant.index.embedder,
                                    publish=publish, on_finished=finished)
    app.state.assistant = assistant


def _add_error_handlers(app: FastAPI) -> None:
    """Domain errors become HTTP statuses here, and only here; every error body is {"error": "<中文说明>"}."""
    status = {BadQuestionError: 400, BadDocumentError: 400, IndexNotBuiltError: 503, IndexBrokenError: 503}

    @app.exception_handler(PolicyQAError)
    async def domain_error(request: Request, exc: PolicyQAError) -> JSONResponse:
        code = getattr(exc, "status", None) or next((c for t, c in status.items() if isinstance(exc, t)), 500)
        return _error(request, str(exc), code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        from service.routers.errors import describe_validation_error

        if not _is_json(request) and any(tuple(e.get("loc", ())) == ("body",) for e in exc.errors()):
            return _error(request, message("request_not_json"), 422)  # a form, text or no Content-Type at all
        return _error(request, describe_validation_error(exc), 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        known = {404: message("not_found", path=request.url.path),
                 405: message("method_not_allowed", method=request.method)}
        if exc.status_code == 405:  # every method the path has, not only the first route's
            headers = {**(exc.headers or {}), "Allow": ", ".join(_allowed(request))}
            return _error(request, known[405], 405, headers=headers)
        text = known.get(exc.status_code) or message("http_error", status=exc.status_code, detail=exc.detail)
        if exc.status_code in (408, 413):
            text = str(exc.detail)
        if exc.status_code == 400 and exc.detail == "There was an error parsing the body":
            # FastAPI's English 400 for a JSON body it cannot decode: bytes that are not UTF-8, nesting too deep
            cause = exc.__cause__
            key = ("request_not_utf8" if isinstance(cause, UnicodeDecodeError)
                   else "request_json_too_deep" if isinstance(cause, RecursionError) else "request_json_invalid")
            return _error(request, message(key), 422)
        return _error(request, text, exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path, exc_info=exc)
        return _error(request, message("server_error"), 500)


def _allowed(request: Request) -> list[str]:
    from starlette.routing import Match

    methods: set[str] = set()
    for route in request.app.routes:
        if getattr(route, "methods", None) and route.matches(request.scope)[0] != Match.NONE:
            methods |= route.methods
    return sorted(methods)


def _is_json(request: Request) -> bool:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


def _error(request: Request, text: str, code: int, *, headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(request.url.path, text, code), status_code=code, headers=headers or None)
