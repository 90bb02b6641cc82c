"""The on-disk index folder: its files, its manifest, and the atomic swap that publishes a new one."""

from __future__ import annotations

import functools
import json
import mmap
import os
import secrets
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from corpus.messages import message
from corpus.models import Chunk, Document
from index.errors import IndexBrokenError, IndexNotBuiltError

FORMAT_VERSION = 2  # 2: term counts (index/lexical.py) instead of a bm25s folder; sources
MANIFEST = "manifest.json"
CHUNKS = "chunks.jsonl"
DOCUMENTS = "documents.jsonl"
VECTORS = "dense.faiss"


@dataclass
class Manifest:
    format_version: int
    model_id: str
    dim: int
    fingerprint: str
    chunk_count: int
    doc_count: int
    built_at: str
    build_seconds: float
    corpus_dirs: list[str] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    dense: str = "flat"  # or "ivf <nlist> lists, <nprobe> probed" (index/dense.py)
    setup: str = ""  # index.build.setup_hash: an index with another setup is never built upon
    sources: list[dict] = field(default_factory=list)  # per file: hashes, doc_id (corpus.catalog.load_sources)
    # [first, count] runs of chunks served by keywords only: their vectors are being made (index.build)
    pending: list[list[int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def read_manifest(path: Path) -> Manifest:
    target = path / MANIFEST
    if not target.is_file():
        if path.exists() or path.is_symlink():
            raise IndexBrokenError(message("index_broken", path=path, detail="manifest.json missing"))
        raise IndexNotBuiltError(message("index_missing", path=path))
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
        return Manifest(**data)
    except (ValueError, TypeError) as exc:
        raise IndexBrokenError(message("index_broken", path=path, detail=exc)) from exc


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


class ChunkTable(Sequence):
    """chunks.jsonl as a sequence of Chunks, each parsed when first asked for.

    At 340,000 chunks, parsing them all costs seconds at every load and hundreds of MB of Python
    objects, while a question reads a few dozen. The file is memory-mapped; only line offsets are kept.
    """

    def __init__(self, path: Path, cached: int = 65536) -> None:
        with open(path / CHUNKS, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            self._data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        ends = np.flatnonzero(np.frombuffer(self._data, dtype=np.uint8) == ord("\n"))
        if size and (not len(ends) or ends[-1] != size - 1):
            ends = np.append(ends, size)  # a last line without its newline
        self._ends = ends
        self._starts = np.concatenate([[0], ends[:-1] + 1]) if len(ends) else ends
        self._get = functools.lru_cache(maxsize=cached)(self._read)

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._get(j) for j in range(*i.indices(len(self)))]
        i = int(i)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._get(i)

    def _read(self, i: int) -> Chunk:
        return Chunk.from_dict(json.loads(self._data[int(self._starts[i]):int(self._ends[i])]))


def read_documents(path: Path) -> dict[str, Document]:
    with open(path / DOCUMENTS, encoding="utf-8") as fh:
        docs = [Document(**json.loads(line)) for line in fh if line.strip()]
    return {d.doc_id: d for d in docs}


_ACTIVE: set[Path] = set()  # folders this process's builds are writing or publishing right now


def new_version_dir(path: Path) -> Path:
    """A fresh sibling folder to write a new index version into."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # a token too: with the build cache, two builds can start within one second
    stamp = f"{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(3)}"
    tmp = path.parent / f".{path.name}.{stamp}.{os.getpid()}.partial"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    _ACTIVE.add(tmp)
    return tmp


def done_with(tmp: Path) -> None:
    """The build writing `tmp` ended (published or failed): a cleanup may remove what is left of it."""
    _ACTIVE.discard(tmp)


def publish(tmp: Path, path: Path) -> None:
    """Makes `tmp` the index at `path` in one atomic step: `path` is a symlink to the current version.

    Readers that resolve `path` see either the old version or the new one, never a mixture; a
    build killed before this point leaves the previous version untouched.
    """
    final = tmp.with_name(tmp.name.removesuffix(".partial").lstrip(".") + ".v")
    _fsync_tree(tmp)
    _ACTIVE.add(final)
    os.rename(tmp, final)
    link_tmp = path.with_name(f".{path.name}.link.{os.getpid()}")
    if link_tmp.is_symlink() or link_tmp.exists():
        link_tmp.unlink()
    os.symlink(final.name, link_tmp)
    previous = path.resolve() if path.is_symlink() else None
    if path.exists() and not path.is_symlink():  # an index folder from before versioning
        aside = path.with_name(f".{path.name}.replaced.{os.getpid()}")
        os.rename(path, aside)
        previous = aside
    os.replace(link_tmp, path)
    _ACTIVE.discard(final)
    _ACTIVE.discard(tmp)
    _fsync_dir(path.parent)
    if previous is not None and previous != final.resolve() and previous.exists():
        shutil.rmtree(previous, ignore_errors=True)
    cleanup_stale(path)


def cleanup_stale(path: Path) -> None:
    """Removes partial builds and unreferenced versions left by builds that died (killed, out of memory,
    a power cut). A build still running (in another live process, or in this one) keeps its folders."""
    if not path.parent.is_dir():
        return
    # compared resolved: the state folder itself may sit behind a symlink (a worktree's .state, /var/lib -> /data)
    current = path.resolve() if path.is_symlink() else None
    for p in [*path.parent.glob(f".{path.name}.*.partial"), *path.parent.glob(f"{path.name}.*.v")]:
        if p.resolve() == current or p in _ACTIVE:
            continue
        pid = p.name.rsplit(".", 2)[-2]
        if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)):
            continue
        shutil.rmtree(p, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def _fsync_tree(folder: Path) -> None:
    for p in folder.rglob("*"):
        if p.is_file():
            with open(p, "rb") as fh:
                os.fsync(fh.fileno())
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
