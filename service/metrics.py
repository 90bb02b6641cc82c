"""Prometheus metrics of one app (its own registry) and the ASGI middleware that times every request."""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics
from starlette.types import ASGIApp, Message, Receive, Scope, Send

disable_created_metrics()  # the *_created series only double the output
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    """The counters the service exports at /metrics; one registry per app, so tests can build many apps."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("policyqa_http_requests", "HTTP requests by route and status.",
                                ["method", "route", "status"], registry=r)
        self.latency = Histogram("policyqa_http_request_seconds", "Time to the last byte of the response.",
                                 ["route"], buckets=LATENCY_BUCKETS, registry=r)
        self.answers = Counter("policyqa_answers", "Questions answered, by channel and refusal.",
                               ["channel", "refused"], registry=r)
        self.refusals = Counter("policyqa_refusals", "Questions the assistant declined to answer.",
                                ["channel"], registry=r)
        self.feedback = Counter("policyqa_feedback", "Thumbs up / down received.", ["rating"], registry=r)
        self.reindexes = Counter("policyqa_reindex", "Background re-index runs by result.", ["result"], registry=r)
        self.index_chunks = Gauge("policyqa_index_chunks", "Chunks in the index being served.", registry=r)
        self.index_documents = Gauge("policyqa_index_documents", "Documents in the index being served.", registry=r)

    def answered(self, *, channel: str, refused: bool) -> None:
        self.answers.labels(channel, "true" if refused else "false").inc()
        if refused:
            self.refusals.labels(channel).inc()

    def serving(self, *, chunks: int, documents: int) -> None:
        self.index_chunks.set(chunks)
        self.index_documents.set(documents)


def route_label(scope: Scope) -> str:
    """The matched route's template (/api/documents/{doc_id}), prefixes of included routers included."""
    effective = scope.get("fastapi", {}).get("effective_route_context")  # FastAPI's nested-router view
    path = getattr(effective, "path_format", None) or getattr(scope.get("route"), "path", None)
    return path or "unmatched"


class MetricsMiddleware:
    """Counts and times HTTP requests, labelled by route template (not raw path, so labels stay few)."""

    def __init__(self, app: ASGIApp, *, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def timed_send(msg: Message) -> None:
            nonlocal status
            if msg["type"] == "http.response.start":
                status = msg["status"]
            await send(msg)

        try:
            await self.app(scope, receive, timed_send)
        finally:
            route = route_label(scope)
            self.metrics.requests.labels(scope["method"], route, str(status)).inc()
            self.metrics.latency.labels(route).observe(time.perf_counter() - started)
