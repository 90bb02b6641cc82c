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
from corpus.domain import KNOWLEDGE
from corpus.chunk import chunk_document
from corpus.models import Chunk, Document
from corpus.normalize import fold
from index.cache import BuildCache
from index.dense import describe, make_dense_index
from index.embed import Embedder
from index.errors import IndexBrokenError, IndexNotBuiltError
from index.segment import tokenize
from index.store import (BM25_DIR, CHUNKS, DOCUMENTS, FORMAT_VERSION, MANIFEST, VECTORS, Manifest,
                         cleanup_stale, new_version_dir, publish, read_manifest, write_jsonl)

# Bumped whenever cleaning, chunking or tokenising changes what an index holds.
PIPELINE_VERSION = "3"

Progress = Callable[[str, int, int], None]
def _tokens_namespace() -> str:
    """Tokens depend on jieba's dictionary and stopwords, which ship with the code."""
    h = hashlib.sha256(PIPELINE_VERSION.encode())
    for name in ("userdict.txt", "stopwords.txt"):
        h.update((KNOWLEDGE / name).read_bytes())
    return f"jieba|{h.hexdigest()[:16]}"


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
                progress: Progress | None = None, cache_dir: Path | None = None,
                ann_min_chunks: int = 0) -> BuildResult:
    """(Re)builds the index at `out` from `folders`; returns early when nothing changed.

    With `cache_dir`, a chunk's vector and tokens are taken from the build cache when they were made
    before (index/cache.py): only new chunks are cut and embedded. From `ann_min_chunks` chunks on
    (0: never) the dense index is approximate (index/dense.py).
    """
    folders = [Path(f) for f in folders]
    started = time.perf_counter()
    fp = fingerprint(folders, f"{embedder.passage_namespace}|ann {ann_min_chunks}")
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
    cache = BuildCache.open(cache_dir) if cache_dir else None
    tmp = new_version_dir(out)
    try:
        _write_bm25(tmp, _tokens(texts, cache))
        vectors = _embed(embedder, texts, progress, cache)
        index = make_dense_index(vectors, ann_min_chunks=ann_min_chunks)
        faiss.write_index(index, str(tmp / VECTORS))
        write_jsonl(tmp / CHUNKS, [c.to_dict() for c in chunks])
        write_jsonl(tmp / DOCUMENTS, [d.to_dict() for d in docs])
        manifest = Manifest(
            format_version=FORMAT_VERSION, model_id=embedder.model_id, dim=int(vectors.shape[1]),
            fingerprint=fp, chunk_count=len(chunks), doc_count=len(docs), dense=describe(index),
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
    finally:
        if cache:
            cache.close()
    cleanup_stale(out)
    return BuildResult(out, manifest, skipped, True)


def _tokens(texts: list[str], cache: BuildCache | None) -> list[list[str]]:
    """BM25 tokens of each text, cut once per distinct text (and once ever, with a cache)."""
    if cache is None:
        return [tokenize(t) for t in texts]
    found, keys = cache.tokens(_tokens_namespace(), texts)
    missing = [i for i, t in enumerate(found) if t is None]
    cut = [tokenize(texts[i]) for i in missing]
    cache.put_tokens([keys[i] for i in missing], cut)
    for i, toks in zip(missing, cut):
        found[i] = toks
    return found  # type: ignore[return-value]


def _write_bm25(folder: Path, corpus_tokens: list[list[str]]) -> None:
    retriever = bm25s.BM25()
    retriever.index(corpus_tokens, show_progress=False)
    retriever.save(str(folder / BM25_DIR), show_progress=False)


def _embed(embedder: Embedder, texts: list[str], progress: Progress | None, cache: BuildCache | None) -> np.ndarray:
    """Vectors of the texts; with a cache only the ones never embedded before go to the model."""
    batch = 128
    found: list[np.ndarray | None] = [None] * len(texts)
    keys: list[bytes] = []
    if cache is not None:
        found, keys = cache.vectors(embedder.passage_namespace, texts)
    found = [v if v is not None and v.shape == (embedder.dim,) else None for v in found]  # a short blob: remake
    missing = [i for i, v in enumerate(found) if v is None]
    unique = list(dict.fromkeys(texts[i] for i in missing))  # identical articles of two versions: once
    made: dict[str, np.ndarray] = {}
    for i in range(0, len(unique), batch):
        part = unique[i:i + batch]
        vectors = embedder.passages(part)
        made.update(zip(part, vectors))
        if cache is not None:
            cache.put_vectors([cache.key(embedder.passage_namespace, t) for t in part], vectors)
        if progress:
            progress("embed", min(i + batch, len(unique)), len(unique))
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    for i, text in enumerate(texts):
        v = found[i]
        out[i] = v if v is not None else made[text]
    return out
