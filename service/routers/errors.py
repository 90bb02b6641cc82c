"""Errors of the HTTP layer (each carries its status) and the one-sentence Chinese validation message."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel

from corpus.errors import PolicyQAError
from corpus.messages import message


class HTTPError(PolicyQAError):
    """A request the service refuses; `status` is the HTTP status the app's handler sends."""

    status = 400
    headers: dict[str, str] = {}


class NotFoundError(HTTPError):
    status = 404


class StaffDisabledError(HTTPError):
    """The staff routes are off because no admin token is configured."""

    status = 404


class StaffAuthError(HTTPError):
    status = 401
    headers = {"WWW-Authenticate": 'Basic realm="policyqa staff", charset="UTF-8"'}


class ForbiddenError(HTTPError):
    status = 403


class ConflictError(HTTPError):
    status = 409


class TooLargeError(HTTPError):
    status = 413


class UnsupportedTypeError(HTTPError):
    status = 415


class UnprocessableError(HTTPError):
    status = 422


class NotReadyError(HTTPError):
    status = 503


def describe_validation_error(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body"
        kind = e.get("type", "")
        if kind == "json_invalid":
            return message("request_json_invalid")
        if kind == "extra_forbidden":
            parts.append(message("request_unknown_field", field=where))
        elif kind == "missing":
            parts.append(message("request_missing_field", field=where))
        else:
            parts.append(message("request_bad_field", field=where, detail=e.get("msg", "")))
    return "；".join(parts) or message("request_json_invalid")


class ErrorBody(BaseModel):
    """Every error outside /v1: one Chinese sentence (with the English gist in brackets)."""

    error: str


class OpenAIErrorDetail(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str


class OpenAIErrorBody(BaseModel):
    """Errors under /v1, in the shape OpenAI's clients parse."""

    error: OpenAIErrorDetail


# What each part of the API can answer besides success, by path prefix; body-carrying methods add 408 (the body
# did not arrive in time) and 413 (too large), which the middleware sends before any route runs.
ERRORS_BY_PREFIX = (
    ("/api/", (400, 404, 422, 503)),
    ("/v1/", (400, 404, 422, 503)),
    ("/staff/api/", (400, 401, 403, 404, 409, 415, 422, 503)),
    ("/wechat", (400, 403, 404, 422, 503)),
    ("/wecom", (400, 403, 404, 422, 503)),
)
BODY_ERRORS = (408, 413)
DESCRIPTIONS = {400: "Unusable request or question", 401: "Staff token missing or wrong", 403: "Refused",
                404: "Not found, or the feature is off", 408: "Request body not received in time",
                409: "Conflict with the current documents", 413: "Request body too large",
                415: "Unsupported file type", 422: "Invalid request", 503: "Index loading or channel unavailable"}


def declare_errors(app: FastAPI) -> None:
    """The app's OpenAPI schema lists every error status each route can send, with the body it really has
    (FastAPI's default 422 body is not the one this service sends)."""
    plain = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        spec = plain()
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        for model in (ErrorBody, OpenAIErrorBody):
            shape = model.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas.update(shape.pop("$defs", {}))
            schemas[model.__name__] = shape
        for path, operations in spec.get("paths", {}).items():
            codes = set(next((c for prefix, c in ERRORS_BY_PREFIX if path.startswith(prefix)), ()))
            ref = {"$ref": "#/components/schemas/" + ("OpenAIErrorBody" if path.startswith("/v1/") else "ErrorBody")}
            for method, operation in operations.items():
                responses = operation.setdefault("responses", {})
                here = codes | (set(BODY_ERRORS) if method.upper() not in ("GET", "HEAD", "OPTIONS") else set())
                if "422" in responses:
                    here.add(422)
                for code in sorted(here):
                    responses[str(code)] = {"description": DESCRIPTIONS[code],
                                            "content": {"application/json": {"schema": ref}}}
        return spec

    app.openapi = openapi
