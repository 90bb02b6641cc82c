"""The FastAPI application factory; it builds the app and nothing else."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from corpus.errors import BadDocumentError, BadQuestionError, PolicyQAError
from index.errors import IndexBrokenError, IndexNotBuiltError
from service.assistant import Assistant
from service.sessions import SessionStore
from service.settings import Settings


def create_app(settings: Settings | None = None, *, assistant: Assistant | None = None) -> FastAPI:
    """The app; with no assistant given, the index is loaded (built first when missing) at start-up."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.sessions = SessionStore(settings.db_path)
        if app.state.assistant is None:
            from service import runtime

            embedder = runtime.load_embedder(settings)
            runtime.build(settings, embedder=embedder)
            app.state.assistant = runtime.load_assistant(settings, embedder=embedder)
        yield
        app.state.sessions.close()

    app = FastAPI(title="policyqa", lifespan=lifespan)
    app.state.settings = settings
    app.state.assistant = assistant

    from service.routers import admin, api, openai_compat, probes, web, wechat, wecom

    for module in (probes, api, openai_compat, web, admin, wechat, wecom):
        app.include_router(module.router)
    _add_error_handlers(app)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    """Domain errors become HTTP statuses here, and only here."""
    status = {BadQuestionError: 400, BadDocumentError: 400, IndexNotBuiltError: 503, IndexBrokenError: 503}

    @app.exception_handler(PolicyQAError)
    async def domain_error(_: Request, exc: PolicyQAError) -> JSONResponse:
        code = next((c for t, c in status.items() if isinstance(exc, t)), 500)
        return JSONResponse({"error": str(exc)}, status_code=code)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        from service.routers.errors import describe_validation_error

        return JSONResponse({"error": describe_validation_error(exc)}, status_code=422)
