"""Removes web debris (image links, page furniture, share prompts) from extracted text."""

from __future__ import annotations

import re

_IMAGE_LINK = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_DEBRIS_LINES = re.compile(
    r"""^(
        top\ of\ page | bottom\ of\ page | back\ to\ top |
        [點点][擊击]展[開开]全文 | 展[開开]全文 | [閱阅][讀读]全文 | [阅閱][读讀]原文 |
        (GIF|JPG|PNG)/\d+K |
        [·•]?\s*END\s*[·•]? |
        [當当]前位置[:：]? |
        (首[頁页]|首页)\s*[>＞].* |
        TAG[:：].* |
        .*(分享出去|分享到|[轉转][發发]到|[讀读]更多來自|[读讀]更多来自|[繼继][續续][閱阅][讀读]更多).* |
        .*[點点][擊击]「.*」[瀏浏][覽览].* |
        \*+ | [-_=~]{3,} | \|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s* | <!--.*-->
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
# Control characters (C0 but tab and newline, DEL, C1): a page break or a vertical tab ends a line,
# the rest (NUL and friends from broken exports) are dropped.
_BREAKS = re.compile(r"[\x0b\x0c\x1c-\x1e\x85]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x9f]")
_EMPHASIS_LINE = re.compile(r"^(\*{1,3})(.+?)\1$")
_INLINE_BOLD = re.compile(r"\*\*(.+?)\*\*")


def clean_text(text: str) -> str:
    """Clean text: one paragraph per line, debris removed, blank runs collapsed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    text = _CONTROL.sub("", _BREAKS.sub("\n", text))
    out: list[str] = []
    for raw in text.split("\n"):
        line = _IMAGE_LINK.sub("", raw).strip(" \t\u3000")
        if _DEBRIS_LINES.match(line):
            continue
        m = _EMPHASIS_LINE.match(line)
        if m:
            line = m.group(2).strip()
        line = _INLINE_BOLD.sub(r"\1", line)
        if not line.strip("*"):
            line = ""
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")
