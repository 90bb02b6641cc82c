"""One Milvus collection per index folder, kept in step with the published version document by document.

When an assistant opens the store of a newly published version, the documents whose chunks changed are
compared by signature (the file's hash, its metadata, title, chunk count and the index setup): removed and
changed documents are deleted, added and changed ones inserted from the folder (their vectors and term
counts, never embedded again), the rest stay as they are. An add or delete thus costs its own document in
Milvus too, not the corpus. The ids Milvus gives a document's chunks need not be the folder's: an Index maps
them through the recorded first id of each document (index/search.py). A version still answering while the
store is brought to the next one sees its removed documents go and ignores the added ones' rows.

A kill mid-sync leaves rows no record covers (or records without their rows); the chunk count then differs
from the manifest's, and the next open loads the whole version again. One process syncs at a time (a lock
file beside the index).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from pymilvus import MilvusClient

from index.milvus_store import DOCS_SUFFIX, TERMS_SUFFIX, MilvusStore
from index.store import Manifest, read_manifest

FULL_RELOAD_SHARE = 0.5  # when more than this share of the documents changed, loading all again is quicker


def collection_prefix(prefix: str, index: Path) -> str:
    """`prefix` and a hash of the index folder's path: several index folders can share one Milvus."""
    return f"{prefix}_{hashlib.sha256(str(Path(index).absolute()).encode()).hexdigest()[:8]}"


def collection_name(prefix: str, index: Path) -> str:
    return collection_prefix(prefix, index)


def signatures(manifest: Manifest) -> dict[str, str]:
    """doc_id -> what its chunks in this version were made from; equal signatures, equal rows."""
    sources = {r["doc_id"]: r for r in manifest.sources or [] if r.get("doc_id")}
    out = {}
    for d in manifest.documents:
        src = sources.get(d["doc_id"], {})
        key = [manifest.model_id, manifest.setup, src.get("sha"), src.get("meta"), d["title"], d.get("date"),
               d.get("region"), d.get("kind"), d["chunks"][1]]
        out[d["doc_id"]] = hashlib.sha256(json.dumps(key, ensure_ascii=False).encode()).hexdigest()[:32]
    return out


def open_store(uri: str, token: str, prefix: str, index: Path, *, reweigh_drift: float = 0.0) -> MilvusStore:
    """The store of the index folder, brought in step with the version published at `index`."""
    with _lock(Path(index)):
        store = MilvusStore(uri, token, collection_name(prefix, index), reweigh_drift=reweigh_drift)
        drop_others(store.client, prefix, index)
        sync(store, Path(index).resolve())
    return store


def sync(store: MilvusStore, folder: Path) -> dict[str, int]:
    """Adds and deletes what differs between the store and the version in `folder`; returns how many
    documents were added and deleted, and whether all was loaded again (`reloaded`: 1)."""
    manifest = read_manifest(folder)
    want = signatures(manifest)
    ranges = {d["doc_id"]: tuple(d["chunks"]) for d in manifest.documents}
    have = store.documents() if store.exists() else {}
    gone = [d for d, (sig, _, _) in have.items() if want.get(d) != sig]
    new = [d for d in want if d not in have or have[d][0] != want[d]]
    if not have or len(new) > FULL_RELOAD_SHARE * max(1, len(want)):
        return _reload(store, folder, want, ranges)
    if gone:
        store.forget_documents(gone)  # records go first, rows after: a kill in between leaves rows, not records
        store.delete_documents(gone, reweigh=not new)
    if new:
        ids = store.add_documents(folder, new)
        firsts, at, added = {}, 0, set(new)
        for d in manifest.documents:  # rows_of gives the documents' chunks in the folder's order
            if d["doc_id"] in added:
                firsts[d["doc_id"]] = ids[at]
                at += d["chunks"][1]
        store.record_documents({d: (want[d], firsts[d], ranges[d][1]) for d in new})
    if store.count() != manifest.chunk_count:  # a sync cut short before, or another writer
        return _reload(store, folder, want, ranges)
    return {"added": len(new), "deleted": len(gone), "reloaded": 0}


def _reload(store: MilvusStore, folder: Path, want: dict[str, str], ranges: dict[str, tuple[int, int]]
            ) -> dict[str, int]:
    store.load_index(folder)  # ids are the folder's positions
    store.record_documents({d: (want[d], first, count) for d, (first, count) in ranges.items()})
    store.reweigh_if_drifted()
    return {"added": len(want), "deleted": 0, "reloaded": 1}


def drop_others(client: MilvusClient, prefix: str, index: Path) -> list[str]:
    """Drops this index folder's collections of an earlier layout (one per version); returns their names."""
    name = collection_name(prefix, index)
    keep = {name, name + TERMS_SUFFIX, name + DOCS_SUFFIX}
    dropped = [n for n in client.list_collections() if n.startswith(name + "_") and n not in keep]
    for n in dropped:
        client.drop_collection(n)
    return dropped


@contextlib.contextmanager
def _lock(index: Path) -> Iterator[None]:
    """One sync at a time across the processes that share the index folder."""
    path = index.parent / f".{index.name}.milvus.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
