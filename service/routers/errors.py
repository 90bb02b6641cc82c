"""Errors of the HTTP layer (each carries its status) and the one-sentence Chinese validation message."""

from __future__ import annotations

from fastapi.exceptions import RequestValidationError

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
