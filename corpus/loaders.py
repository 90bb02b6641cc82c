"""Reads txt, md, html, pdf and docx files into plain text, detecting the encoding of text files."""

from __future__ import annotations

import io
import re
from pathlib import Path

from corpus.errors import BadDocumentError
from corpus.messages import message

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
MAX_FILE_BYTES = 50 * 1024 * 1024

# Encodings a Chinese policy file is written in, after UTF-8.
_CANDIDATES = ["gb18030", "big5", "utf_16"]


def decode(data: bytes, *, name: str = "") -> str:
    """Bytes of a text file to str: UTF-8 first, then the best of GB18030 / Big5 / UTF-16."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:  # valid UTF-8 or not, a text file holds no NUL
        raise BadDocumentError(message("binary_file", name=name or "file"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = _best_cjk_decoding(data)
    if best is None:
        raise BadDocumentError(message("unknown_encoding", name=name or "file"))
    return best


def _best_cjk_decoding(data: bytes) -> str | None:
    """Among the strict decodings that succeed, prefer the one with the most common CJK characters."""
    from charset_normalizer import from_bytes

    decoded: dict[str, str] = {}
    for enc in ("gb18030", "big5"):
        try:
            decoded[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    if len(decoded) == 1:
        return next(iter(decoded.values()))
    if len(decoded) == 2:
        return max(decoded.values(), key=_cjk_plausibility)
    match = from_bytes(data, cp_isolation=_CANDIDATES).best()
    return str(match) if match is not None else None


# The most frequent characters of Chinese policy text, in both scripts; a wrong decoding scatters
# bytes over rare characters and hits few of these.
_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质信单导济制报权织维极养教研际类讨越系族运指专消价院团难图办建满确术商务参运历思业适导省营铁产委资术厅科技孵化器众创空间企业创新创业税收优惠认定标准条件毕业")


def _cjk_plausibility(text: str) -> float:
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    from corpus.normalize import to_simplified

    folded = to_simplified("".join(cjk))
    return sum(c in _COMMON for c in folded) / len(cjk)


def read_file(path: Path) -> tuple[str, str]:
    """A file's plain text and the title it declares ("" when none)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise BadDocumentError(message("unsupported_type", name=path.name, suffix=suffix))
    size = path.stat().st_size
    if size == 0:
        raise BadDocumentError(message("empty_file", name=path.name))
    if size > MAX_FILE_BYTES:
        raise BadDocumentError(message("file_too_large", name=path.name, limit_mb=MAX_FILE_BYTES // 1024 // 1024))
    data = path.read_bytes()
    return read_bytes(data, suffix=suffix, name=path.name)


def read_bytes(data: bytes, *, suffix: str, name: str) -> tuple[str, str]:
    """Bytes of a file with the given suffix to (text, declared title)."""
    if suffix in (".txt", ".md", ".markdown"):
        text = decode(data, name=name)
        m = re.search(r"^#\s+(.+)$", text, re.MULTILINE) if suffix != ".txt" else None
        return text, (m.group(1).strip() if m else "")
    if suffix in (".html", ".htm"):
        return _read_html(decode(data, name=name), name=name)
    if suffix == ".pdf":
        return _read_pdf(data, name=name)
    if suffix == ".docx":
        return _read_docx(data, name=name)
    raise BadDocumentError(message("unsupported_type", name=name, suffix=suffix))


def _read_html(html: str, *, name: str) -> tuple[str, str]:
    import trafilatura

    text = trafilatura.extract(html, output_format="markdown", include_comments=False,
                               include_tables=True, include_images=False, favor_recall=True)
    if not text:
        raise BadDocumentError(message("html_no_text", name=name))
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else "") or ""
    return text, title.strip()


_SENTENCE_END = re.compile(r"[。！？；：!?;:」”』）)]$")


def _read_pdf(data: bytes, *, name: str) -> tuple[str, str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise BadDocumentError(message("pdf_encrypted", name=name))
        pages = [page.extract_text() or "" for page in reader.pages]
        title = str((reader.metadata or {}).get("/Title") or "")
    except BadDocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise BadDocumentError(message("pdf_broken", name=name, detail=exc)) from exc
    text = _reflow("\n".join(pages))
    if not text.strip():
        raise BadDocumentError(message("pdf_no_text", name=name))
    return text, title.strip()


def _reflow(text: str) -> str:
    """Joins the hard-wrapped lines of PDF text back into paragraphs."""
    from corpus.chunk import heading_marker

    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        joinable = out and out[-1] and not _SENTENCE_END.search(out[-1]) and not heading_marker(line)
        if joinable:
            out[-1] += line
        else:
            out.append(line)
    return "\n".join(out)


# What a zip-based file may inflate to, read from its directory before anything is decompressed.
# Real policy files stay far below: text XML inflates about 10 times, images barely at all.
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200  # a member above 1 MB that inflates more than this is built to, not written
MAX_MEMBERS = 10_000


def check_zip(data: bytes, *, name: str) -> None:
    """Refuses a zip bomb from its central directory (declared sizes bound what zipfile will inflate)."""
    import zipfile

    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise BadDocumentError(message("docx_broken", name=name, detail=exc)) from exc
    total = sum(m.file_size for m in members)
    packed = max(1, len(data))
    bomb = next((m for m in members if m.file_size > 1024 * 1024
                 and m.file_size > MAX_RATIO * max(1, m.compress_size)), None)
    if len(members) > MAX_MEMBERS or total > MAX_UNZIPPED_BYTES or bomb is not None:
        raise BadDocumentError(message("zip_too_large", name=name, size=f"{total / 1024 / 1024:.0f} MB",
                                       packed=f"{packed / 1024 / 1024:.1f} MB",
                                       limit=f"{MAX_UNZIPPED_BYTES // 1024 // 1024} MB"))


def _read_docx(data: bytes, *, name: str) -> tuple[str, str]:
    import docx

    check_zip(data, name=name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # BadZipFile, PackageNotFoundError and lxml errors share no base
        raise BadDocumentError(message("docx_broken", name=name, detail=exc)) from exc
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = docx.text.paragraph.Paragraph(block, document)
            text = para.text.strip()
            if not text:
                continue
            style = (para.style.name if para.style is not None else "") or ""
            level = re.match(r"(?:Heading|标题)\s*(\d)", style)
            if style == "Title":
                lines.append(f"# {text}")
            elif level:
                lines.append("#" * (int(level.group(1)) + 1) + f" {text}")
            else:
                lines.append(text)
        elif tag == "tbl":
            table = docx.table.Table(block, document)
            for row in table.rows:
                cells = [c.text.strip() for c in row.cells]
                if any(cells):
                    lines.append(" | ".join(cells))
    title = (document.core_properties.title or "").strip()
    if not lines:
        raise BadDocumentError(message("docx_empty", name=name))
    return "\n\n".join(lines), title
