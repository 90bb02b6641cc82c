"""One job per incoming message (keyed on MsgId), so WeChat's retries never answer a question twice."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from service.wechat.format import Rendered

KEEP_SECONDS = 600.0  # WeChat retries within ~15 s; a job is remembered well past that
MAX_JOBS = 10_000


@dataclass(frozen=True, slots=True)
class Decision:
    """What a callback replies: `text` passively, or "success" (text None); `push` is to be sent now."""

    text: str | None = None
    push: list[str] | None = None


class Job:
    """An answer on its way, delivered exactly once: one passive reply (repeatable) or one push.

    A passive reply may be repeated to a retry of the same message, because WeChat only retries when it
    did not receive the earlier reply; a push is never repeated and never follows a passive reply.
    """

    def __init__(self) -> None:
        self.ready: Future[None] = Future()
        self.rendered: Rendered | None = None
        self.delivery: str | None = None  # None, "passive" or "push"
        self.deferred = False  # a callback gave up waiting and replied "success": push when done
        self._lock = threading.Lock()

    def finish(self, rendered: Rendered) -> list[str] | None:
        """Stores the answer; returns the messages to push when a callback already deferred it."""
        with self._lock:
            self.rendered = rendered
            push = self.deferred and self.delivery is None
            if push:
                self.delivery = "push"
        self.ready.set_result(None)
        return rendered.parts if push else None

    def decide(self, *, can_push: bool) -> Decision:
        """What the callback that waited for this job replies now."""
        with self._lock:
            if self.rendered is None:
                self.deferred = self.deferred or can_push
                return Decision()
            if self.delivery == "push":
                return Decision()
            if self.delivery is None and can_push and len(self.rendered.parts) > 1:
                self.delivery = "push"  # too long for one message: send it whole, in parts
                return Decision(push=self.rendered.parts)
            self.delivery = "passive"
            return Decision(text=self.rendered.single)


class JobBoard:
    """Jobs by message key, forgotten after `keep` seconds (and beyond `limit` jobs, oldest first)."""

    def __init__(self, *, keep: float = KEEP_SECONDS, limit: int = MAX_JOBS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.keep = keep
        self.limit = limit
        self._clock = clock
        self._jobs: dict[str, tuple[float, Job]] = {}
        self._lock = threading.Lock()

    def open(self, key: str) -> tuple[Job, bool]:
        """The job for `key` and whether it was created by this call."""
        now = self._clock()
        with self._lock:
            self._expire(now)
            if key in self._jobs:
                return self._jobs[key][1], False
            job = Job()
            self._jobs[key] = (now, job)
            return job, True

    def __len__(self) -> int:
        with self._lock:
            return len(self._jobs)

    def _expire(self, now: float) -> None:
        for key, (created, _) in list(self._jobs.items()):
            if created > now - self.keep and len(self._jobs) < self.limit:
                break  # insertion order is age order
            del self._jobs[key]
