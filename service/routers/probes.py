"""Liveness and readiness probes, and the Prometheus metrics (async: they never wait for a worker thread)."""

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from service.deps import MetricsDep

router = APIRouter(tags=["probes"])


@router.get("/healthz")
async def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "Index still loading, or loading failed",
                                        "content": {"application/json": {"schema": {"type": "object"}}}}})
async def readyz(request: Request) -> JSONResponse:
    assistant = getattr(request.app.state, "assistant", None)
    if assistant is None:
        error = getattr(request.app.state, "load_error", None)
        body = {"status": "failed", "error": error} if error else {"status": "loading"}
        return JSONResponse(body, status_code=503)
    m = assistant.index.manifest
    return JSONResponse({"status": "ready", "chunks": m.chunk_count, "documents": m.doc_count,
                         "built_at": m.built_at})


@router.get("/metrics", response_class=Response,
            responses={200: {"content": {CONTENT_TYPE_LATEST.split(";")[0]: {"schema": {"type": "string"}}},
                             "description": "Prometheus text format"}})
async def metrics(request: Request, metrics: MetricsDep) -> Response:
    assistant = getattr(request.app.state, "assistant", None)
    if assistant is not None:
        metrics.serving(chunks=assistant.index.manifest.chunk_count, documents=assistant.index.manifest.doc_count)
    return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)
