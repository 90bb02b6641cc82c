"""Per-user rate limit: at most N questions in any sliding minute."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

MAX_USERS = 100_000  # users tracked at once; the idlest are forgotten past this


class RateLimiter:
    """Thread-safe sliding-window counter; a limit of 0 or less means no limit."""

    def __init__(self, limit: int, *, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, user: str) -> bool:
        """Counts one question for `user` and says whether it is within the limit."""
        if self.limit <= 0:
            return True
        now = self._clock()
        with self._lock:
            times = self._seen.pop(user, None) or deque()
            while times and times[0] <= now - self.window:
                times.popleft()
            allowed = len(times) < self.limit
            if allowed:
                times.append(now)
            self._seen[user] = times  # re-inserted last: dict order is least recently active first
            if len(self._seen) > MAX_USERS:
                self._forget(now)
            return allowed

    def _forget(self, now: float) -> None:
        for user in [u for u, t in self._seen.items() if not t or t[-1] <= now - self.window]:
            del self._seen[user]
        while len(self._seen) > MAX_USERS:
            del self._seen[next(iter(self._seen))]
