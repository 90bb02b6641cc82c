"""One job per incoming message (keyed on MsgId), so WeChat's retries never answer a question twice, whichever
process of the service they reach (the jobs are rows in the state folder's SQLite database)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from service.wechat.format import Rendered
from service.wechat.shared_db import SharedDB

KEEP_SECONDS = 600.0  # WeChat retries within ~15 s; a job is remembered well past that
MAX_JOBS = 10_000
POLL_SECONDS = 0.1  # how often a callback in another process looks for the answer


@dataclass(frozen=True, slots=True)
class Decision:
    """What a callback replies: `text` passively, or "success" (text None); `push` is to be sent now."""

    text: str | None = None
    push: list[str] | None = None


class Job:
    """An answer on its way, delivered exactly once: one passive reply (repeatable) or one push.

    A passive reply may be repeated to a retry of the same message, because WeChat only retries when it
    did not receive the earlier reply; a push is never repeated and never follows a passive reply.
    The job's state is a row of the board's SQLite table, so a retry that reaches another process of the
    service finds the same job; `ready` is set in the process that answers it, the others poll the row.
    """

    def __init__(self, board: "JobBoard", key: str, *, local: bool) -> None:
        self.board = board
        self.key = key
        self.ready: Future[None] = Future()  # set when this process finishes the job
        self.local = local  # this process answers it (it created the row)

    def finish(self, rendered: Rendered) -> list[str] | None:
        """Stores the answer; returns the messages to push when a callback already deferred it."""
        with self.board.transaction() as db:
            db.execute("UPDATE jobs SET rendered = ? WHERE key = ?",
                       (json.dumps({"single": rendered.single, "parts": rendered.parts}, ensure_ascii=False),
                        self.key))
            row = db.execute("SELECT deferred, delivery FROM jobs WHERE key = ?", (self.key,)).fetchone()
            push = row is not None and bool(row[0]) and row[1] is None
            if push:
                db.execute("UPDATE jobs SET delivery = 'push' WHERE key = ?", (self.key,))
        if not self.ready.done():
            self.ready.set_result(None)
        return rendered.parts if push else None

    def done(self) -> bool:
        if self.ready.done():
            return True
        return self.board.rendered(self.key) is not None

    async def wait(self, timeout: float) -> None:
        """Until the answer is stored or `timeout` seconds pass; never cancels anything."""
        if self.local:
            await _wait(self.ready, timeout)
            return
        deadline = time.monotonic() + timeout
        while not self.done() and time.monotonic() < deadline:
            await asyncio.sleep(min(POLL_SECONDS, max(0.0, deadline - time.monotonic())))

    def decide(self, *, can_push: bool) -> Decision:
        """What the callback that waited for this job replies now."""
        with self.board.transaction() as db:
            row = db.execute("SELECT rendered, delivery, deferred FROM jobs WHERE key = ?", (self.key,)).fetchone()
            if row is None:  # forgotten (expired): nothing more to deliver
                return Decision()
            rendered_json, delivery, deferred = row
            if rendered_json is None:
                if can_push and not deferred:
                    db.execute("UPDATE jobs SET deferred = 1 WHERE key = ?", (self.key,))
                return Decision()
            if delivery == "push":
                return Decision()
            rendered = Rendered(**json.loads(rendered_json))
            if delivery is None and can_push and len(rendered.parts) > 1:
                db.execute("UPDATE jobs SET delivery = 'push' WHERE key = ?", (self.key,))
                return Decision(push=rendered.parts)  # too long for one message: send it whole, in parts
            db.execute("UPDATE jobs SET delivery = 'passive' WHERE key = ?", (self.key,))
            return Decision(text=rendered.single)


class JobBoard:
    """Jobs by message key, forgotten after `keep` seconds (and beyond `limit` jobs, oldest first).

    Kept in SQLite: at `path`, every process of the service that shares the state folder shares the jobs
    (WeChat may deliver a retry to another process); without one, in this process's memory only.
    """

    def __init__(self, path: Path | None = None, *, scope: str = "", keep: float = KEEP_SECONDS,
                 limit: int = MAX_JOBS, clock: Callable[[], float] = time.time) -> None:
        self.keep = keep
        self.limit = limit
        self.scope = scope
        self._clock = clock
        self._local: dict[str, tuple[float, Job]] = {}  # jobs seen here, so a retry here gets the same object
        self._shared = SharedDB(path, "CREATE TABLE IF NOT EXISTS jobs (key TEXT PRIMARY KEY, created REAL NOT NULL, "
                                      "rendered TEXT, delivery TEXT, deferred INTEGER NOT NULL DEFAULT 0);"
                                      "CREATE INDEX IF NOT EXISTS jobs_created ON jobs (created);")
        self._lock, self._db = self._shared.lock, self._shared.db
        self.transaction = self._shared.transaction  # one read-modify-write, exclusive across threads and processes

    def open(self, key: str) -> tuple[Job, bool]:
        """The job for `key` and whether it was created by this call."""
        key = f"{self.scope}|{key}"
        now = self._clock()
        with self.transaction() as db:
            self._expire(db, now)
            created = db.execute("INSERT OR IGNORE INTO jobs (key, created) VALUES (?, ?)", (key, now)).rowcount == 1
        with self._lock:
            seen = self._local.get(key)
            if created or seen is None:
                seen = (now, Job(self, key, local=created))
                self._local[key] = seen
        return seen[1], created

    def rendered(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT rendered FROM jobs WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM jobs").fetchone()[0])

    def close(self) -> None:
        self._shared.close()

    def _expire(self, db: sqlite3.Connection, now: float) -> None:
        db.execute("DELETE FROM jobs WHERE created <= ?", (now - self.keep,))
        over = db.execute("SELECT count(*) FROM jobs").fetchone()[0] - self.limit + 1
        if over > 0:
            db.execute("DELETE FROM jobs WHERE key IN (SELECT key FROM jobs ORDER BY created, rowid LIMIT ?)", (over,))
        for k, (created, _) in list(self._local.items()):  # insertion order is age order
            if created > now - self.keep and len(self._local) < self.limit:
                break
            del self._local[k]


async def _wait(future: Future, timeout: float) -> None:
    """Waits up to `timeout` for a thread's future without ever cancelling it (other callbacks wait too)."""
    loop = asyncio.get_running_loop()
    woken = asyncio.Event()

    def wake(_: Future) -> None:
        try:
            loop.call_soon_threadsafe(woken.set)
        except RuntimeError:  # the loop has closed; nobody is waiting any more
            pass

    future.add_done_callback(wake)
    try:
        await asyncio.wait_for(woken.wait(), timeout)
    except TimeoutError:
        pass
