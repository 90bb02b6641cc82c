"""Adding and removing policy files in the managed corpus folder, validated before anything is indexed."""

from __future__ import annotations

import json
import os
import re
import shutil
import unicodedata
import uuid
from pathlib import Path
from typing import BinaryIO

from corpus.catalog import METADATA_FILE, assign_ids, find_files, load_document
from corpus.errors import BadDocumentError
from corpus.messages import message
from index.build import known_ids
from service.routers.errors import (ConflictError, NotFoundError, TooLargeError, UnprocessableError,
                                    UnsupportedTypeError)

ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
MAX_NAME_BYTES = 180  # under the 255-byte limit, with room for the staging copy's prefix and suffix
MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^\w.\-()（）【】《》 ]+", flags=re.UNICODE)


def safe_name(raw: str | None) -> str:
    """The file name to store: no folders, no hidden or control characters, an allowed suffix."""
    raw = raw or ""
    shown = raw[:80]
    name = unicodedata.normalize("NFC", raw.replace("\\", "/").rsplit("/", 1)[-1])
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).strip(" ._-")  # a leading "." or "_" would hide the file from the catalog
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem.strip(" ._-"):
        if not name or "." + name.lower() in ALLOWED_SUFFIXES or (dot and "." + suffix.lower() in ALLOWED_SUFFIXES):
            raise UnprocessableError(message("upload_bad_name", name=shown))
        raise UnsupportedTypeError(message("unsupported_type", name=shown, suffix="." + suffix if dot else ""))
    if "." + suffix.lower() not in ALLOWED_SUFFIXES:
        raise UnsupportedTypeError(message("unsupported_type", name=shown, suffix="." + suffix))
    stem = stem[: MAX_NAME_CHARS - len(suffix) - 1].rstrip(" .")
    # file systems count bytes (255 at most), and a Chinese character is 3 of them in UTF-8
    while len(f"{stem}.{suffix}".encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1].rstrip(" .")
    return f"{stem}.{suffix.lower()}"


def store_upload(stream: BinaryIO, *, raw_name: str | None, folder: Path, staging: Path, max_bytes: int) -> Path:
    """Copies the upload to a staging folder, checks it parses, then moves it into `folder` atomically.

    A file that fails any check is deleted and never reaches `folder`, so a re-index can't half-see it.
    """
    name = safe_name(raw_name)
    target = folder / name
    if target.exists():
        raise ConflictError(message("upload_exists", name=name))
    work = staging / uuid.uuid4().hex
    work.mkdir(parents=True)
    try:
        staged = work / name
        size = 0
        with open(staged, "wb") as out:
            while chunk := stream.read(1024 * 1024):
                size += len(chunk)
                if size > max_bytes:
                    raise TooLargeError(message("file_too_large", name=name, limit_mb=max_bytes // 1024 // 1024))
                out.write(chunk)
        if size == 0:
            raise UnprocessableError(message("empty_file", name=name))
        try:
            load_document(staged, doc_id="upload")
        except BadDocumentError as exc:
            raise UnprocessableError(message("upload_unreadable", name=name, detail=str(exc))) from exc
        except (OSError, ValueError, RuntimeError, KeyError) as exc:  # a loader library failing on odd input
            raise UnprocessableError(message("upload_unreadable", name=name, detail=f"{type(exc).__name__}: {exc}")) from exc
        # Copy under a hidden name (skipped by the catalog), then rename: the folder never shows a partial file.
        hidden = folder / f".{uuid.uuid4().hex}.partial"
        shutil.copyfile(staged, hidden)
        if target.exists():
            hidden.unlink()
            raise ConflictError(message("upload_exists", name=name))
        os.replace(hidden, target)
        return target
    finally:
        shutil.rmtree(work, ignore_errors=True)


def corpus_files(folders: list[Path], index: Path) -> dict[str, Path]:
    """doc_id -> file, assigned exactly as a build of `index` from `folders` assigns them: files the
    index knows keep their ids (corpus.catalog.assign_ids)."""
    files = [(path, i, path.relative_to(folder).as_posix())
             for i, folder in enumerate(folders) if folder.is_dir() for path in find_files([folder])]
    return dict(zip(assign_ids(files, known_ids(index)), (path for path, _, _ in files)))


def delete_document(doc_id: str, *, folders: list[Path], index: Path) -> Path:
    """Removes the file of `doc_id` from the managed folder (folders[0]) and its metadata entry."""
    managed = folders[0]
    path = corpus_files(folders, index).get(doc_id)
    if path is None:
        raise NotFoundError(message("document_not_found", doc_id=doc_id))
    if managed.resolve() not in path.resolve().parents:
        raise ConflictError(message("document_readonly", doc_id=doc_id, folder=managed))
    path.unlink()
    _drop_metadata(managed, path.relative_to(managed).as_posix())
    return path


def _drop_metadata(folder: Path, rel: str) -> None:
    meta = folder / METADATA_FILE
    if not meta.is_file():
        return
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except ValueError:
        return
    if isinstance(data, dict) and data.pop(rel, None) is not None:
        tmp = meta.with_name(f".{METADATA_FILE}.{uuid.uuid4().hex}")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, meta)
