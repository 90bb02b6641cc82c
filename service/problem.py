"""The one shape of an error body: {"error": "<中文说明>"}, or under /v1 the OpenAI shape its clients parse."""

from __future__ import annotations

import json


def error_body(path: str, text: str, code: int) -> dict:
    if path.startswith("/v1/"):
        kind = "invalid_request_error" if code < 500 else "server_error"
        return {"error": {"message": text, "type": kind, "param": None, "code": str(code)}}
    return {"error": text}


async def send_error(scope, send, text: str, status: int, *, headers: dict[str, str] | None = None,
                     close: bool = False) -> None:
    """The error as a whole ASGI response, from a middleware (before any route runs); `close` when the request
    body was not read, so the connection can't carry another request."""
    body = json.dumps(error_body(scope["path"], text, status), ensure_ascii=False).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    if close:
        raw.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
