"""Builds the index folder from corpus folders: chunks, BM25, FAISS, manifest; skips unchanged work."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from corpus.catalog import Skipped, Source, load_sources, scan
from corpus.domain import KNOWLEDGE
from corpus.chunk import chunk_document
from corpus.models import Chunk, Document
from corpus.normalize import fold
from index.cache import BuildCache
from index.dense import describe, extend_dense_index, make_dense_index
from index.embed import Embedder
from index.errors import IndexBrokenError, IndexNotBuiltError
from index.lexical import TermCounts
from index.lexicon import Lexicon, candidate_words, sample_vectors, setup as lexicon_setup
from index.segment import tokenize
from index.store import (CHUNKS, DOCUMENTS, FORMAT_VERSION, MANIFEST, VECTORS, Manifest, cleanup_stale,
                         done_with, new_version_dir, publish, read_documents, read_manifest, write_jsonl)

# Bumped whenever cleaning, chunking or tokenising changes what an index holds.
PIPELINE_VERSION = "5"  # 5: a dateline (2016年3月1日 施行) is no heading; 4: control characters removed in cleaning

Progress = Callable[[str, int, int], None]
# New chunks to embed from which an add is first published for keyword search (see build_index)
KEYWORD_FIRST = 64
# New lexicon words to embed from which an add's vectors are published before its lexicon (see build_index)
WORDS_AFTER = 64


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
    embedded: int = 0  # chunks sent to the model (not found in the previous index or the cache)
    reused: int = 0  # chunks taken over from the previous index


def setup_hash(model_id: str) -> str:
    """Hash of what every chunk of an index depends on besides its document: format, pipeline, model."""
    return hashlib.sha256(f"{FORMAT_VERSION}|{PIPELINE_VERSION}|{model_id}".encode()).hexdigest()


def fingerprint(sources: list[tuple[Path, Source]], setup: str) -> str:
    """Hash of everything an index depends on: files, metadata, pipeline and model."""
    h = hashlib.sha256(setup.encode())
    for _, src in sources:
        h.update(f"{src.folder}|{src.path}|{src.sha}|{src.meta}\0".encode())
    return h.hexdigest()


def chunk_corpus(docs: list[Document]) -> list[Chunk]:
    chunks: list[Chunk] = []
    for doc in docs:
        chunks.extend(chunk_document(doc, first_id=len(chunks)))
    return chunks


@dataclass
class _Previous:
    """The published index a build starts from: what it holds is reused for unchanged documents."""

    path: Path
    manifest: Manifest
    documents: dict[str, Document]

    @classmethod
    def open(cls, out: Path, setup: str) -> "_Previous | None":
        try:
            manifest = read_manifest(out)
        except (IndexNotBuiltError, IndexBrokenError):
            return None
        if manifest.format_version != FORMAT_VERSION or manifest.setup != setup or not manifest.sources:
            return None
        real = out.resolve()
        try:
            return cls(real, manifest, read_documents(real))
        except (OSError, ValueError, TypeError):
            return None

    def ranges(self) -> dict[str, tuple[int, int]]:
        """Each document's run of chunk ids; documents still without vectors (pending) are not reusable."""
        pending = self.manifest.pending
        return {d["doc_id"]: tuple(d["chunks"]) for d in self.manifest.documents if "chunks" in d
                and not any(a < d["chunks"][0] + d["chunks"][1] and d["chunks"][0] < a + n for a, n in pending)}


def known_ids(index: Path) -> list[dict]:
    """The published index's files with their doc ids (its manifest's sources), so that ids outlive
    rebuilds, forced ones and model changes included; [] when there is no readable index."""
    try:
        return read_manifest(index).sources or []
    except (IndexNotBuiltError, IndexBrokenError, OSError, ValueError, TypeError):
        return []


def build_index(folders: list[Path], out: Path, embedder: Embedder, *, force: bool = False,
                progress: Progress | None = None, cache_dir: Path | None = None,
                ann_min_chunks: int = 0, on_keywords: Callable[[BuildResult], None] | None = None,
                on_vectors: Callable[[BuildResult], None] | None = None,
                model_cache: Path | None = None) -> BuildResult:
    """(Re)builds the index at `out` from `folders`; returns early when nothing changed.

    The build starts from the published index (unless `force`): a document whose file, metadata and
    title did not change keeps its chunks, vectors and term counts, so adding or deleting one document
    costs that document, not the corpus. With `cache_dir`, a new chunk's vector and tokens are taken
    from the build cache when they were made before (index/cache.py). From `ann_min_chunks` chunks on
    (0: never) the dense index is approximate (index/dense.py). `model_cache`: where `policyqa model` keeps what
    is made from the model once (the lexicon's English sample vectors); by default the embedder's `sample_dir`.

    An add of many new chunks is published up to three times, each version complete and served in turn: by
    keywords before the model runs (`on_keywords`), with its vectors before the English lexicon takes its new
    words (`on_vectors`: the previous version's lexicon serves meanwhile), then whole. A kill in between
    leaves the last one published, and the next build completes it.
    """
    folders = [Path(f) for f in folders]
    started = time.perf_counter()
    # tokens too: a kept chunk's BM25 terms must be cut by the dictionary the questions are cut by
    setup = setup_hash(f"{embedder.passage_namespace}|ann {ann_min_chunks}|{_tokens_namespace()}|{lexicon_setup()}")
    cleanup_stale(out)  # what killed builds left, before this one adds its own folder
    sources = scan(folders)
    fp = fingerprint(sources, setup)
    previous = None if force else _Previous.open(out, setup)
    if previous is not None and previous.manifest.fingerprint == fp:
        m = previous.manifest
        return BuildResult(out, m, [Skipped(Path(s["path"]), s["reason"]) for s in m.skipped], False)
    loaded = load_sources(folders, sources, previous=previous.manifest.sources if previous else None,
                          previous_docs=previous.documents if previous else None, ids=known_ids(out))
    docs = loaded.documents
    # Reused documents first (their chunks keep their order), then the new or changed ones.
    ranges = previous.ranges() if previous else {}
    same = {d.doc_id for d in docs if d.doc_id in ranges and previous.documents.get(d.doc_id) == d}
    reused = [d for d in docs if d.doc_id in same]
    fresh = [d for d in docs if d.doc_id not in same]
    kept = np.concatenate([np.arange(ranges[d.doc_id][0], sum(ranges[d.doc_id]), dtype=np.int64)
                           for d in reused]) if reused else np.zeros(0, dtype=np.int64)
    new_chunks: list[Chunk] = []
    for doc in fresh:
        new_chunks.extend(chunk_document(doc, first_id=len(kept) + len(new_chunks)))
    texts = [fold(c.index_text()) for c in new_chunks]
    cache = BuildCache.open(cache_dir) if cache_dir else None
    order = reused + fresh
    new_counts = Counter(c.doc_id for c in new_chunks)
    first, documents = 0, []
    for d in order:
        count = ranges[d.doc_id][1] if d.doc_id in same else new_counts[d.doc_id]
        documents.append({"doc_id": d.doc_id, "title": d.title, "source": d.source, "date": d.date,
                          "region": d.region, "kind": d.kind, "chars": len(d.text), "chunks": [first, count]})
        first += count
    version = _Version(out=out, previous=previous, kept=kept, new_chunks=new_chunks, order=order,
                       documents=documents, ann_min_chunks=ann_min_chunks)
    try:
        counts = TermCounts.from_tokens(_tokens(texts, cache))
        if previous is not None and len(kept):
            before = TermCounts.load(previous.path)
            whole = len(kept) == before.matrix.shape[0] and np.array_equal(kept, np.arange(len(kept)))
            counts = TermCounts.stack([before if whole else before.rows(kept), counts])
        found = _cached_vectors(embedder, texts, cache)
        to_embed = sum(v is None for v in found)
        if on_keywords is not None and len(kept) and to_embed >= KEYWORD_FIRST:
            # Served by keywords first: the new chunks get placeholder vectors, marked pending, and the
            # version is published before the model runs; the complete one replaces it below.
            placeholder = np.zeros((len(texts), embedder.dim), dtype=np.float32)
            # Its fingerprint is never the corpus's: a build killed before the complete version is a rerun.
            keywords = version.write(counts, placeholder, _manifest(embedder, f"{fp}:keywords", folders, docs, loaded,
                                                                    setup, started, pending=[[len(kept), len(texts)]]),
                                     Lexicon.load(previous.path) if previous is not None else None)
            # The complete version starts from this one (publishing it removed the previous folder).
            version.previous = _Previous(out.resolve(), keywords, {})
            version.kept = np.arange(len(kept), dtype=np.int64)
            on_keywords(BuildResult(out, keywords, loaded.skipped, True, embedded=0, reused=len(kept)))
        vectors = _embed(embedder, texts, progress, cache, found)
        df = np.bincount(counts.matrix.indices, minlength=len(counts.vocab))
        words = candidate_words(list(counts.vocab), df)
        known = Lexicon.load(version.previous.path) if version.previous is not None else None
        if on_vectors is not None and known is not None and _unmade_words(embedder, words, known, cache) >= WORDS_AFTER:
            # Served with its vectors while the lexicon's new words are embedded: the previous lexicon still bridges
            # English to every word it knew. Its fingerprint is never the corpus's: a kill before the end is a rerun.
            early = version.write(counts, vectors, _manifest(embedder, f"{fp}:vectors", folders, docs, loaded, setup,
                                                             started), known)
            # The complete version starts from this one: every chunk and vector kept, only the lexicon new.
            version.previous = _Previous(out.resolve(), early, {})
            version.kept, version.new_chunks = np.arange(early.chunk_count, dtype=np.int64), []
            vectors = np.zeros((0, embedder.dim), dtype=np.float32)
            on_vectors(BuildResult(out, early, loaded.skipped, True, embedded=len(new_chunks), reused=len(kept)))
        embed_words = lambda some: _embed_words(embedder, some, cache, progress)  # noqa: E731
        sample_dir = model_cache if model_cache is not None else getattr(embedder, "sample_dir", None)
        lexicon = Lexicon.build(words, embed_words, known,
                                lambda: sample_vectors(embed_words, sample_dir, embedder.words_namespace))
        manifest = version.write(counts, vectors, _manifest(embedder, fp, folders, docs, loaded, setup, started),
                                 lexicon)
    finally:
        if cache:
            cache.close()
    return BuildResult(out, manifest, loaded.skipped, True, embedded=len(new_chunks), reused=len(kept))


def _manifest(embedder: Embedder, fp: str, folders: list[Path], docs: list[Document], loaded, setup: str,
              started: float, *, pending: list[list[int]] | None = None) -> Manifest:
    """The manifest of a version; its chunk count, dense description and documents are filled in by
    _Version.write."""
    return Manifest(
        format_version=FORMAT_VERSION, model_id=embedder.model_id, dim=embedder.dim, fingerprint=fp,
        chunk_count=0, doc_count=len(docs), built_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        build_seconds=round(time.perf_counter() - started, 2), corpus_dirs=[str(f) for f in folders],
        skipped=[{"path": str(s.path), "reason": s.reason} for s in loaded.skipped], setup=setup,
        sources=loaded.records, pending=pending or [])


@dataclass
class _Version:
    """Writes and publishes one complete index version: kept chunks of the previous one, then new ones."""

    out: Path
    previous: _Previous | None
    kept: np.ndarray
    new_chunks: list[Chunk]
    order: list[Document]
    documents: list[dict]
    ann_min_chunks: int

    def write(self, counts: TermCounts, vectors: np.ndarray, manifest: Manifest, lexicon: Lexicon | None) -> Manifest:
        tmp = new_version_dir(self.out)
        try:
            if self.previous is not None and len(self.kept):
                old = faiss.read_index(str(self.previous.path / VECTORS))
                index = extend_dense_index(old, self.kept, vectors, ann_min_chunks=self.ann_min_chunks)
                del old
            else:
                index = make_dense_index(vectors, ann_min_chunks=self.ann_min_chunks)
            faiss.write_index(index, str(tmp / VECTORS))
            counts.save(tmp)
            if lexicon is not None:
                lexicon.save(tmp)
            _write_chunks(tmp / CHUNKS, self.previous.path / CHUNKS if self.previous else None, self.kept,
                          self.new_chunks)
            write_jsonl(tmp / DOCUMENTS, [d.to_dict() for d in self.order])
            manifest.chunk_count, manifest.dim, manifest.dense = int(index.ntotal), int(index.d), describe(index)
            manifest.documents = self.documents
            # The manifest is written last: a folder without one is never a valid index.
            (tmp / MANIFEST).write_text(json.dumps(manifest.to_dict(), ensure_ascii=False, indent=1),
                                        encoding="utf-8")
            publish(tmp, self.out)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        finally:
            done_with(tmp)
        cleanup_stale(self.out)
        return manifest


def _write_chunks(path: Path, old: Path | None, kept: np.ndarray, new_chunks: list[Chunk]) -> None:
    """chunks.jsonl: the kept lines of the old file, renumbered, then the new chunks."""
    with open(path, "w", encoding="utf-8") as fh:
        if old is not None and len(kept):
            with open(old, encoding="utf-8") as src:
                lines = src.readlines()
            for new_id, old_id in enumerate(kept.tolist()):
                line = lines[old_id]  # '{"chunk_id": 12, "doc_id": ...': chunk_id is the first field
                fh.write(f'{{"chunk_id": {new_id}{line[line.index(","):]}')
        for c in new_chunks:
            fh.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")


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


def _cached_vectors(embedder: Embedder, texts: list[str], cache: BuildCache | None,
                    namespace: str | None = None) -> list[np.ndarray | None]:
    """Each text's vector from the build cache (passages', or `namespace`'s), None where it was never made (or its
    blob is short)."""
    if cache is None:
        return [None] * len(texts)
    found, _ = cache.vectors(namespace or embedder.passage_namespace, texts)
    return [v if v is not None and v.shape == (embedder.dim,) else None for v in found]


def _unmade_words(embedder: Embedder, words: list[str], known: Lexicon, cache: BuildCache | None) -> int:
    """How many of the words the lexicon `known` lacks have no vector in the build cache either."""
    have = set(known.words)
    new = [w for w in words if w not in have]
    return sum(v is None for v in _cached_vectors(embedder, new, cache, embedder.words_namespace))


def _embed_words(embedder: Embedder, words: list[str], cache: BuildCache | None,
                 progress: Progress | None = None) -> np.ndarray:
    """Words embedded as questions are (index/lexicon.py), from the build cache where they were made before."""
    found = _cached_vectors(embedder, words, cache, embedder.words_namespace)
    missing = [i for i, v in enumerate(found) if v is None]
    out = np.zeros((len(words), embedder.dim), dtype=np.float32)
    for i, v in enumerate(found):
        if v is not None:
            out[i] = v
    for start in range(0, len(missing), 512):
        part = missing[start:start + 512]
        out[part] = embedder.words([words[i] for i in part])
        if cache is not None:
            cache.put_vectors([cache.key(embedder.words_namespace, words[i]) for i in part], out[part])
        if progress:
            progress("words", start + len(part), len(missing))
    return out


def _embed(embedder: Embedder, texts: list[str], progress: Progress | None, cache: BuildCache | None,
           found: list[np.ndarray | None]) -> np.ndarray:
    """Vectors of the texts: `found` (from the cache) where given, the model's for the others."""
    batch = 128
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
