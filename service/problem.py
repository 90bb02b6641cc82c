"""The one shape of an error body: {"error": "<中文说明>"}, or under /v1 the OpenAI shape its clients parse."""

from __future__ import annotations


def error_body(path: str, text: str, code: int) -> dict:
    if path.startswith("/v1/"):
        kind = "invalid_request_error" if code < 500 else "server_error"
        return {"error": {"message": text, "type": kind, "param": None, "code": str(code)}}
    return {"error": text}
