"""Builds the index folder from corpus folders: chunks, BM25, FAISS, manifest; skips unchanged work."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import bm25s
import faiss
import numpy as np

from corpus.catalog import METADATA_FILE, Skipped, find_files, load_corpus
from corpus.chunk import chunk_document
from corpus.models import Chunk, Document
from corpus.normalize import fold
from index.embed import Embedder
from index.errors import IndexBrokenError, IndexNotBuiltError
from index.segment import tokenize
from index.store import (BM25_DIR, CHUNKS, DOCUMENTS, FORMAT_VERSION, MANIFEST, VECTORS, Manifest,
                         cleanup_stale, new_version_dir, publish, read_manifest, write_jsonl)

# Bumped whenever cleaning, chunking or tokenising changes what an index holds.
PIPELINE_VERSION = "3"

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildResult:
    path: Path
    manifest: Manifest
    skipped: list[Skipped]
    rebuilt: bool


def fingerprint(folders: list[Path], model_id: str) -> str:
    """Hash of everything an index depends on: files, metadata, pipeline and model."""
    h = hashlib.sha256(f"{FORMAT_VERSION}|{PIPELINE_VERSION}|{model_id}".encode())
    for folder in folders:
        meta = folder / METADATA_FILE
        if meta.is_file():
            h.update(meta.read_bytes())
        for path in find_files([folder]):
            h.update(path.relative_to(folder).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def chunk_corpus(docs: list[Document]) -> list[Chunk]:
    chunks: list[Chunk] = []
    for doc in docs:
        chunks.extend(chunk_document(doc, first_id=len(chunks)))
    return chunks


def build_index(folders: list[Path], out: Path, embedder: Embedder, *, force: bool = False,
                progress: Progress | None = None) -> BuildResult:
    """(Re)builds the index at `out` from `folders`; returns early when nothing changed."""
    folders = [Path(f) for f in folders]
    started = time.perf_counter()
    fp = fingerprint(folders, embedder.model_id)
    if not force:
        try:
            current = read_manifest(out)
            if current.fingerprint == fp and current.format_version == FORMAT_VERSION:
                return BuildResult(out, current, [Skipped(Path(s["path"]), s["reason"]) for s in current.skipped], False)
        except (IndexNotBuiltError, IndexBrokenError):
            pass
    docs, skipped = load_corpus(folders)
    chunks = chunk_corpus(docs)
    texts = [fold(c.index_text()) for c in chunks]
    tmp = new_version_dir(out)
    try:
        _write_bm25(tmp, texts)
        vectors = _embed(embedder, texts, progress)
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(vectors)
        faiss.write_index(index, str(tmp / VECTORS))
        write_jsonl(tmp / CHUNKS, [c.to_dict() for c in chunks])
        write_jsonl(tmp / DOCUMENTS, [d.to_dict() for d in docs])
        manifest = Manifest(
            format_version=FORMAT_VERSION, model_id=embedder.model_id, dim=int(vectors.shape[1]),
            fingerprint=fp, chunk_count=len(chunks), doc_count=len(docs),
            built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"), build_seconds=round(time.perf_counter() - started, 2),
            corpus_dirs=[str(f) for f in folders],
            documents=[{"doc_id": d.doc_id, "title": d.title, "source": d.source, "date": d.date,
                        "region": d.region, "kind": d.kind, "chars": len(d.text)} for d in docs],
            skipped=[{"path": str(s.path), "reason": s.reason} for s in skipped],
        )
        # The manifest is written last: a folder without one is never a valid index.
        (tmp / MANIFEST).write_text(json.dumps(manifest.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
        publish(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    cleanup_stale(out)
    return BuildResult(out, manifest, skipped, True)


def _write_bm25(folder: Path, texts: list[str]) -> None:
    corpus_tokens = [tokenize(t) for t in texts]
    retriever = bm25s.BM25()
    retriever.index(corpus_tokens, show_progress=False)
    retriever.save(str(folder / BM25_DIR), show_progress=False)


def _embed(embedder: Embedder, texts: list[str], progress: Progress | None) -> np.ndarray:
    batch = 128
    parts: list[np.ndarray] = []
    for i in range(0, len(texts), batch):
        parts.append(embedder.passages(texts[i:i + batch]))
        if progress:
            progress("embed", min(i + batch, len(texts)), len(texts))
    return np.vstack(parts) if parts else np.zeros((0, embedder.dim), dtype=np.float32)
