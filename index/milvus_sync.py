"""One Milvus collection per published index version, so a re-index never empties what is being searched.

The collection of a version is named after the index folder and the version's fingerprint. An assistant
over a version opens (and if need be loads) its collection; the build that publishes a new version drops
every collection of that folder except the new version's and the one still serving. Loading copies the
folder's chunks, vectors and term counts (index/milvus_store.py), so both stores hold the same index.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pymilvus import MilvusClient

from index.milvus_store import TERMS_SUFFIX, MilvusStore
from index.store import read_manifest


def collection_prefix(prefix: str, index: Path) -> str:
    """`prefix` and a hash of the index folder's path: several index folders can share one Milvus."""
    return f"{prefix}_{hashlib.sha256(str(Path(index).absolute()).encode()).hexdigest()[:8]}_"


def collection_name(prefix: str, index: Path, fingerprint: str) -> str:
    return collection_prefix(prefix, index) + fingerprint[:16]


def open_store(uri: str, token: str, prefix: str, index: Path) -> MilvusStore:
    """The store of the version published at `index`, loaded from the folder when Milvus lacks it (or holds
    only part of it: a load that was cut short)."""
    manifest = read_manifest(index)
    store = MilvusStore(uri, token, collection_name(prefix, index, manifest.fingerprint))
    if not store.exists() or store.count() != manifest.chunk_count:
        store.load_index(Path(index).resolve())
    return store


def drop_stale(uri: str, token: str, prefix: str, index: Path, keep: set[str]) -> list[str]:
    """Drops the collections of `index`'s versions whose fingerprints are not in `keep`; returns their names."""
    client = MilvusClient(uri=uri, token=token)
    try:
        start = collection_prefix(prefix, index)
        wanted = {collection_name(prefix, index, fp) for fp in keep}
        dropped = [name for name in client.list_collections()
                   if name.startswith(start) and name.removesuffix(TERMS_SUFFIX) not in wanted]
        for name in dropped:
            client.drop_collection(name)
        return dropped
    finally:
        client.close()
