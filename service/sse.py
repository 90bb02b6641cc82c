"""Server-Sent Events framing and the split of an answer into the pieces that are streamed."""

from __future__ import annotations

import json
import re

_MARK = re.compile(r"\[\d+\]")
_BREAKS = set("，。；：！？、,.;:!?\n")
PIECE_CHARS = 12
# One event of a stream, as the OpenAPI schema describes it: an optional name and a line of JSON as its data.
SSE_EVENT = {"type": "object", "properties": {"event": {"type": "string"}, "data": {"type": "string"}},
             "required": ["data"]}


def event(name: str | None, data: object) -> str:
    """One SSE frame; `data` is sent as JSON on one line."""
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {json.dumps(data, ensure_ascii=False)}\n\n"


def pieces(text: str) -> list[str]:
    """The answer text as short pieces that join back to exactly `text`; a mark like [12] is never split."""
    out: list[str] = []
    buf, i = "", 0
    while i < len(text):
        mark = _MARK.match(text, i)
        if mark:
            out.extend([buf, mark.group()] if buf else [mark.group()])
            buf, i = "", mark.end()
            continue
        buf += text[i]
        i += 1
        if text[i - 1] in _BREAKS or len(buf) >= PIECE_CHARS:
            out.append(buf)
            buf = ""
    if buf:
        out.append(buf)
    return out
