"""Turns request validation errors into one clear Chinese sentence."""

from fastapi.exceptions import RequestValidationError

from corpus.messages import message


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
