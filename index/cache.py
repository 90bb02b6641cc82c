"""Content-addressed caches for builds: a passage's vector and its BM25 tokens, keyed by what makes them.

A vector is a function of (encoder, model, prompt, text) and tokens of (tokenizer dictionary, text), so an
unchanged chunk is never embedded or cut twice: not on a rebuild, not on a re-index after an upload, not
for the identical articles that versions of one regulation share. One SQLite file per cache folder
(`POLICYQA_CACHE_DIR`); a build with an empty folder is a cold build. SQLite keeps it safe for several
processes and for a build killed mid-write (a write is a transaction).
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import time
import threading
from collections.abc import Iterable
from pathlib import Path

import numpy as np

CHUNK = 500  # keys per query (SQLite's variable limit is 999)
log = logging.getLogger(__name__)


class BuildCache:
    """Vectors and token lists by content hash, in `folder/build-cache.sqlite3`."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "build-cache.sqlite3"
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), timeout=60, check_same_thread=False)
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vec BLOB NOT NULL)")
            self._db.execute("CREATE TABLE IF NOT EXISTS tokens (key BLOB PRIMARY KEY, toks TEXT NOT NULL)")
            self._db.execute("SELECT count(*) FROM (SELECT 1 FROM vectors LIMIT 1)").fetchone()
            self._db.commit()
        except sqlite3.Error:
            self._db.close()
            raise

    @classmethod
    def open(cls, folder: Path) -> BuildCache | None:
        """The cache in `folder`; a file that is not a readable cache is moved aside and a new one started.
        None when no cache can be had (the build then embeds everything: slower, never wrong)."""
        try:
            return cls(folder)
        except sqlite3.DatabaseError as exc:
            broken = folder / f"build-cache.sqlite3.broken-{time.strftime('%Y%m%d%H%M%S')}"
            log.warning("build cache %s unreadable (%s); moved to %s, starting a new one", folder, exc, broken)
            try:
                (folder / "build-cache.sqlite3").replace(broken)
                for suffix in ("-wal", "-shm"):
                    (folder / f"build-cache.sqlite3{suffix}").unlink(missing_ok=True)
                return cls(folder)
            except (OSError, sqlite3.Error) as again:
                log.warning("no build cache this time (%s)", again)
        except (OSError, sqlite3.Error) as exc:
            log.warning("no build cache this time (%s)", exc)
        return None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @staticmethod
    def key(namespace: str, text: str) -> bytes:
        return hashlib.sha256(f"{namespace}\0{text}".encode()).digest()[:20]

    def _get(self, table: str, column: str, keys: list[bytes]) -> dict[bytes, object]:
        found: dict[bytes, object] = {}
        with self._lock:
            try:
                for i in range(0, len(keys), CHUNK):
                    part = keys[i:i + CHUNK]
                    rows = self._db.execute(
                        f"SELECT key, {column} FROM {table} WHERE key IN ({','.join('?' * len(part))})", part).fetchall()
                    found.update(rows)
            except sqlite3.Error as exc:  # a damaged page: what was read so far, the rest is made anew
                log.warning("build cache read failed (%s); those entries are made anew", exc)
        return found

    def _put(self, table: str, rows: Iterable[tuple[bytes, object]]) -> None:
        with self._lock:
            try:
                self._db.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", list(rows))
                self._db.commit()
            except sqlite3.Error as exc:  # a full disk or a damaged file costs speed next time, not this build
                log.warning("build cache write failed (%s)", exc)
                try:
                    self._db.rollback()
                except sqlite3.Error:
                    pass

    def vectors(self, namespace: str, texts: list[str]) -> tuple[list[np.ndarray | None], list[bytes]]:
        """The cached vector of each text (None when missing), and the texts' keys."""
        keys = [self.key(namespace, t) for t in texts]
        found = self._get("vectors", "vec", list(dict.fromkeys(keys)))
        return [np.frombuffer(found[k], dtype=np.float32) if k in found else None for k in keys], keys

    def put_vectors(self, keys: list[bytes], vectors: np.ndarray) -> None:
        self._put("vectors", ((k, np.ascontiguousarray(v, dtype=np.float32).tobytes()) for k, v in zip(keys, vectors)))

    def tokens(self, namespace: str, texts: list[str]) -> tuple[list[list[str] | None], list[bytes]]:
        keys = [self.key(namespace, t) for t in texts]
        found = self._get("tokens", "toks", list(dict.fromkeys(keys)))
        return [found[k].split("\t") if k in found and found[k] else [] if k in found else None
                for k in keys], keys

    def put_tokens(self, keys: list[bytes], tokens: list[list[str]]) -> None:
        self._put("tokens", ((k, "\t".join(t)) for k, t in zip(keys, tokens)))
