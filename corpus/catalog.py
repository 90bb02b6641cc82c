"""Finds the policy files in corpus folders and turns each into a clean Document."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from corpus.clean import clean_text
from corpus.errors import BadDocumentError, EmptyCorpusError
from corpus.loaders import SUFFIXES, read_file
from corpus.messages import message
from corpus.models import Document

METADATA_FILE = "metadata.json"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Skipped:
    path: Path
    reason: str


def find_files(folders: list[Path]) -> list[Path]:
    """Policy files below the folders, sorted; hidden files and the metadata file left out."""
    files: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            raise EmptyCorpusError(message("corpus_folder_missing", path=folder))
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if any(part.startswith((".", "_")) for part in rel.parts) or path.is_symlink():
                continue
            if path.is_file() and path.suffix.lower() in SUFFIXES:
                files.append(path)
    return files


def load_metadata(folder: Path) -> dict[str, dict]:
    path = folder / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def doc_id_for(path: Path, taken: set[str]) -> str:
    """A short, URL-safe id from the file name, unique among `taken`."""
    base = re.sub(r"[^\w.-]+", "_", path.stem, flags=re.UNICODE).strip("._") or "doc"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def assign_ids(files: list[tuple[Path, int, str]], known: list[dict] | None = None) -> list[str]:
    """doc ids for (path, folder index, relative path) entries, in order. A file an index already knew
    keeps its id (records of `known` carry folder, path and doc_id), so a new file whose name makes the
    same id gets a suffix instead of taking the id, and old links and citations keep their document."""
    kept = {(r["folder"], r["path"]): r["doc_id"] for r in known or [] if r.get("doc_id")}
    present = {(folder, rel) for _, folder, rel in files}
    taken = {doc_id for key, doc_id in kept.items() if key in present}
    return [kept.get((folder, rel)) or doc_id_for(path, taken) for path, folder, rel in files]


def _fallback_title(text: str, declared: str, path: Path) -> str:
    if declared:
        return declared
    for line in text.split("\n")[:5]:
        line = line.strip().lstrip("#").strip()
        if 4 <= len(line) <= 40:
            return line
    return path.stem


def load_document(path: Path, *, doc_id: str, meta: dict | None = None) -> Document:
    """One file as a Document; raises BadDocumentError when it cannot be read."""
    raw, declared = read_file(path)
    text = clean_text(raw)
    if not text.strip():
        raise BadDocumentError(message("no_text_after_cleaning", name=path.name))
    if not any(ch.isalpha() for ch in text):  # e.g. control bytes or symbols that happen to be valid UTF-8
        raise BadDocumentError(message("no_readable_text", name=path.name))
    meta = meta or {}
    return Document(
        doc_id=doc_id,
        title=str(meta.get("title") or _fallback_title(text, declared, path)),
        text=text,
        source=path.name,
        date=str(meta.get("date") or _file_date(path)),
        region=str(meta.get("region", "")),
        kind=str(meta.get("kind", "")),
    )


_FILE_DATE = re.compile(r"[（(]((?:19|20)\d\d-\d\d-\d\d)[）)]")


def _file_date(path: Path) -> str:
    """The date a file name carries, as cn-laws names versions: 北京市优化营商环境条例(2024-11-29).md."""
    m = _FILE_DATE.search(path.stem)
    return m.group(1) if m else ""


def base_title(title: str) -> str:
    """A title without the version date added to it (北京市优化营商环境条例（2024-11-29） -> 北京市优化营商环境条例)."""
    return re.sub(r"（(?:19|20)\d\d-\d\d-\d\d）$", "", title)


def name_versions(docs: list[Document]) -> list[Document]:
    """Several documents with one title are versions: each title gets its date, so a citation names it."""
    by_title: dict[str, list[Document]] = {}
    for d in docs:
        by_title.setdefault(d.title, []).append(d)
    out = []
    for d in docs:
        if len(by_title[d.title]) > 1 and d.date:
            d = dataclasses.replace(d, title=f"{d.title}（{d.date}）")
        out.append(d)
    return out


@dataclass(frozen=True, slots=True)
class Source:
    """A policy file as an index records it: its place, and hashes of its bytes and its metadata entry."""

    folder: int  # position among the corpus folders
    path: str  # relative to that folder
    sha: str
    meta: str  # hash of its metadata.json entry ("" without one)


def scan(folders: list[Path]) -> list[tuple[Path, Source]]:
    """Every policy file of the folders, with what tells whether it changed since an index was built."""
    out: list[tuple[Path, Source]] = []
    for i, folder in enumerate(folders):
        metadata = load_metadata(folder)
        for path in find_files([folder]):
            rel = path.relative_to(folder).as_posix()
            entry = metadata.get(rel)
            meta = hashlib.sha256(json.dumps(entry, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16] \
                if entry is not None else ""
            out.append((path, Source(i, rel, hashlib.sha256(path.read_bytes()).hexdigest(), meta)))
    return out


@dataclass
class Loaded:
    documents: list[Document]
    skipped: list[Skipped]
    # one per file: its Source's fields, its doc_id and title before versions were named, or why it was skipped
    records: list[dict]


def load_sources(folders: list[Path], sources: list[tuple[Path, Source]], *, previous: list[dict] | None = None,
                 previous_docs: dict[str, Document] | None = None, ids: list[dict] | None = None) -> Loaded:
    """Documents of the scanned files. A file whose record in `previous` has the same bytes, metadata
    and doc_id is not read again: its document comes from `previous_docs` (or it stays skipped).
    Files keep the doc ids of the records in `ids` (default `previous`): see `assign_ids`."""
    known = {(r["folder"], r["path"]): r for r in previous or []}
    previous_docs = previous_docs or {}
    metadata = [load_metadata(f) for f in folders]
    docs: list[Document] = []
    skipped: list[Skipped] = []
    records: list[dict] = []
    doc_ids = assign_ids([(path, src.folder, src.path) for path, src in sources], ids if ids is not None else previous)
    for (path, src), doc_id in zip(sources, doc_ids):
        record = {**dataclasses.asdict(src), "doc_id": "", "title": "", "skipped": ""}
        old = known.get((src.folder, src.path))
        same = old is not None and (old["sha"], old["meta"]) == (src.sha, src.meta)
        if same and old["skipped"]:
            skipped.append(Skipped(path, old["skipped"]))
            records.append({**record, "skipped": old["skipped"]})
            continue
        doc = previous_docs.get(doc_id) if same and old["doc_id"] == doc_id else None
        if doc is not None:
            doc = dataclasses.replace(doc, title=old["title"])
        else:
            try:
                doc = load_document(path, doc_id=doc_id, meta=metadata[src.folder].get(src.path))
            except BadDocumentError as exc:
                reason = str(exc)
            except (OSError, ValueError, RuntimeError) as exc:  # a loader library failing on odd input
                reason = f"{path.name}: {exc}"
            if doc is None:
                skipped.append(Skipped(path, reason))
                records.append({**record, "skipped": reason})
                continue
        docs.append(doc)
        records.append({**record, "doc_id": doc_id, "title": doc.title})
    if not docs:
        raise EmptyCorpusError(message("corpus_empty", paths=", ".join(str(f) for f in folders)))
    return Loaded(name_versions(docs), skipped, records)


def load_corpus(folders: list[Path]) -> tuple[list[Document], list[Skipped]]:
    """Every readable document in the folders, and the files skipped with the reason."""
    loaded = load_sources(folders, scan(folders))
    return loaded.documents, loaded.skipped
