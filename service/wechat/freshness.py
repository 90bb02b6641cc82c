"""Callbacks must be fresh: a timestamp within a window of now, and a signed (timestamp, nonce) pair used for
one body only. The pairs are rows in the state folder's SQLite database, so they survive a restart and every
process of the service sees them; a captured signature can't be replayed with another body, or later."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path

from service.wechat.envelope import BadCallback, Forbidden
from service.wechat.shared_db import SharedDB


class Stale(Forbidden):
    """A signed request outside the time window, or a replayed signature with a different body (HTTP 403)."""


class Freshness:
    def __init__(self, path: Path | None = None, *, scope: str, window: float,
                 clock: Callable[[], float] = time.time) -> None:
        self.scope = scope
        self.window = window  # seconds either side of now; 0 turns both checks off
        self._clock = clock
        self._shared = SharedDB(path, "CREATE TABLE IF NOT EXISTS callback_nonces (scope TEXT NOT NULL, "
                                      "stamp INTEGER NOT NULL, nonce TEXT NOT NULL, body TEXT NOT NULL, seen REAL NOT NULL, "
                                      "PRIMARY KEY (scope, stamp, nonce));"
                                      "CREATE INDEX IF NOT EXISTS callback_nonces_seen ON callback_nonces (seen);")

    def check_time(self, timestamp: str) -> int:
        """The timestamp as Unix seconds; 400 when it is not a number, 403 when it is outside the window."""
        try:
            stamp = int(timestamp)
        except ValueError:
            raise BadCallback("timestamp must be Unix seconds") from None
        if self.window and abs(self._clock() - stamp) > self.window:
            raise Stale(f"timestamp outside the {self.window:.0f} s window")
        return stamp

    def remember(self, timestamp: str, nonce: str, body: bytes) -> None:
        """Records the signed pair with its body; a repeat with the same body is WeChat retrying (allowed, the
        job board answers it once), a repeat with another body is a replay (403)."""
        if not self.window:
            return
        stamp, digest, now = self.check_time(timestamp), hashlib.sha256(body).hexdigest(), self._clock()
        with self._shared.transaction() as db:
            db.execute("DELETE FROM callback_nonces WHERE seen < ?", (now - 2 * self.window,))
            row = db.execute("SELECT body FROM callback_nonces WHERE scope = ? AND stamp = ? AND nonce = ?",
                             (self.scope, stamp, nonce)).fetchone()
            if row is None:
                db.execute("INSERT INTO callback_nonces VALUES (?, ?, ?, ?, ?)", (self.scope, stamp, nonce, digest, now))
            elif row[0] != digest:
                raise Stale("signature replayed with another body")

    def close(self) -> None:
        self._shared.close()
