"""Liveness and readiness probes."""

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

router = APIRouter()


@router.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz")
def readyz(request: Request) -> JSONResponse:
    assistant = getattr(request.app.state, "assistant", None)
    if assistant is None:
        return JSONResponse({"status": "loading"}, status_code=503)
    m = assistant.index.manifest
    return JSONResponse({"status": "ready", "chunks": m.chunk_count, "documents": m.doc_count})
