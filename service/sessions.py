"""SQLite store of conversations (a session's earlier questions) and answers (for feedback)."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL,
    answer_id TEXT NOT NULL UNIQUE,
    question TEXT NOT NULL,
    rewritten TEXT NOT NULL,
    answer TEXT NOT NULL,      -- the Answer.full() JSON
    channel TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS turns_session ON turns(session_id, id);
CREATE TABLE IF NOT EXISTS sessions (      -- the ids this service issued; a client can't choose its own
    session_id TEXT PRIMARY KEY,
    created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    answer_id TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL
);
"""


class SessionStore:
    """Thread-safe; every value goes in through parameters, so nothing a user types can alter the SQL."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        # WAL + NORMAL: a crash of the process loses nothing, a power cut at most the last turns; FULL
        # would fsync every turn (about 6 ms, under the lock) and cap the service near 160 answers/s.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        # conversations stored before ids were issued stay usable
        self._db.execute("INSERT OR IGNORE INTO sessions SELECT session_id, MIN(created) FROM turns GROUP BY session_id")
        self._lock = threading.Lock()

    def new_session_id(self) -> str:
        """A fresh, unguessable id, remembered as issued."""
        session_id = uuid.uuid4().hex
        with self._lock:
            self._db.execute("INSERT INTO sessions (session_id, created) VALUES (?, ?)", (session_id, time.time()))
        return session_id

    def issued(self, session_id: str) -> bool:
        """Whether this service issued `session_id` (and it was not deleted since)."""
        with self._lock:
            return self._db.execute("SELECT 1 FROM sessions WHERE session_id = ?", (session_id,)).fetchone() is not None

    def history(self, session_id: str, *, turns: int = 6) -> list[str]:
        """The session's last questions, oldest first (rewritten, so each stands alone)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT rewritten FROM turns WHERE session_id = ? ORDER BY id DESC LIMIT ?", (session_id, turns)
            ).fetchall()
        return [r[0] for r in reversed(rows)]

    def record(self, session_id: str, answer: dict, *, channel: str) -> str:
        """Stores an answer (Answer.full()) as the session's next turn; returns its answer_id."""
        answer_id = uuid.uuid4().hex
        row = (session_id, answer_id, answer["question"], answer.get("rewritten") or answer["question"],
               json.dumps(answer, ensure_ascii=False), channel, time.time())
        with self._lock:
            self._db.execute(
                "INSERT INTO turns (session_id, answer_id, question, rewritten, answer, channel, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", row)
        return answer_id

    def conversation(self, session_id: str, *, channel: str) -> list[dict]:
        """The session's turns on `channel`, oldest first: each answer (Answer.full()) with its answer_id."""
        with self._lock:
            rows = self._db.execute("SELECT answer_id, answer FROM turns WHERE session_id = ? AND channel = ? "
                                    "ORDER BY id", (session_id, channel)).fetchall()
        return [{**json.loads(answer), "answer_id": answer_id} for answer_id, answer in rows]

    def forget(self, session_id: str, *, channel: str) -> int:
        """Deletes the session's turns on `channel` and the feedback on them; returns how many turns."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM feedback WHERE answer_id IN (SELECT answer_id FROM turns "
                                 "WHERE session_id = ? AND channel = ?)", (session_id, channel))
                n = self._db.execute("DELETE FROM turns WHERE session_id = ? AND channel = ?",
                                     (session_id, channel)).rowcount
                if n and not self._db.execute("SELECT 1 FROM turns WHERE session_id = ?", (session_id,)).fetchone():
                    self._db.execute("DELETE FROM sessions WHERE session_id = ?", (session_id,))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        return n

    def answer(self, answer_id: str) -> dict | None:
        with self._lock:
            row = self._db.execute("SELECT answer FROM turns WHERE answer_id = ?", (answer_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def add_feedback(self, answer_id: str, rating: str, comment: str = "") -> None:
        """One vote per answer: a later one replaces it (a changed mind, or a reason added to a thumbs-down);
        a vote without a reason keeps the reason already given for the same rating."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                old = self._db.execute("SELECT rating, comment FROM feedback WHERE answer_id = ?",
                                       (answer_id,)).fetchone()
                if old and not comment and old[0] == rating:
                    comment = old[1]
                self._db.execute("DELETE FROM feedback WHERE answer_id = ?", (answer_id,))
                self._db.execute("INSERT INTO feedback (answer_id, rating, comment, created) VALUES (?, ?, ?, ?)",
                                 (answer_id, rating, comment, time.time()))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def feedback(self, *, limit: int = 200) -> list[dict]:
        """Feedback with the question, answer and citations it was about, newest first."""
        with self._lock:
            rows = self._db.execute(
                "SELECT f.answer_id, f.rating, f.comment, f.created, t.answer FROM feedback f"
                " JOIN turns t ON t.answer_id = f.answer_id ORDER BY f.id DESC LIMIT ?", (limit,)
            ).fetchall()
        out = []
        for answer_id, rating, comment, created, answer in rows:
            a = json.loads(answer)
            out.append({"answer_id": answer_id, "rating": rating, "comment": comment, "created": created,
                        "question": a["question"], "answer": a["answer"], "citations": a["citations"]})
        return out

    def log(self, *, refused: bool | None = None, rating: str | None = None, channel: str | None = None,
            doc_id: str | None = None, since: float | None = None, until: float | None = None,
            limit: int = 200) -> list[dict]:
        """Every question asked, newest first, with its answer and its vote; each filter narrows it.
        `rating` is "up", "down" or "none" (not voted)."""
        where, args = [], []
        if refused is not None:
            where.append("json_extract(t.answer, '$.refused') = ?")
            args.append(1 if refused else 0)
        if rating in ("up", "down"):
            where.append("f.rating = ?")
            args.append(rating)
        elif rating == "none":
            where.append("f.rating IS NULL")
        if channel:
            where.append("t.channel = ?")
            args.append(channel)
        if doc_id:
            where.append("EXISTS (SELECT 1 FROM json_each(t.answer, '$.citations') c "
                         "WHERE json_extract(c.value, '$.doc_id') = ?)")
            args.append(doc_id)
        if since is not None:
            where.append("t.created >= ?")
            args.append(since)
        if until is not None:
            where.append("t.created < ?")
            args.append(until)
        sql = ("SELECT t.answer_id, t.channel, t.created, t.answer, f.rating, f.comment FROM turns t "
               "LEFT JOIN feedback f ON f.answer_id = t.answer_id"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY t.id DESC LIMIT ?")
        with self._lock:
            rows = self._db.execute(sql, (*args, limit)).fetchall()
        out = []
        for answer_id, channel_, created, answer, rating_, comment in rows:
            a = json.loads(answer)
            out.append({"answer_id": answer_id, "channel": channel_, "created": created, "question": a["question"],
                        "answer": a["answer"], "refused": bool(a.get("refused")),
                        # a refusal's first line says what is missing, in the asker's language
                        "why": a["answer"].split("\n", 1)[0] if a.get("refused") else "",
                        "documents": list(dict.fromkeys(c["title"] for c in a.get("citations", []))),
                        "rating": rating_ or "", "comment": comment or ""})
        return out

    def close(self) -> None:
        with self._lock:
            self._db.close()
