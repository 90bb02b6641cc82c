"""Background re-index: rebuilds the index folder, then hands a new Assistant to the app in one assignment."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

from corpus.errors import PolicyQAError
from index.embed import Embedder
from service import runtime
from service.assistant import Assistant
from service.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class ReindexStatus:
    state: str = "idle"  # idle, running, done, failed
    stage: str = ""  # queued, building, embed, loading, swapped
    done: int = 0
    total: int = 0
    runs: int = 0  # finished runs, successful or not
    error: str = ""
    started: float = 0.0
    finished: float = 0.0
    reason: str = ""  # what asked for the run (file uploaded or deleted)

    def to_dict(self) -> dict:
        return asdict(self)


class Reindexer:
    """One worker thread at a time; a request during a run queues exactly one more run after it.

    The old Assistant keeps answering until the new one is fully loaded: the index folder is
    published by a symlink swap (index.store.publish) and `publish` below is a single assignment.
    """

    def __init__(self, *, settings: Settings, embedder: Embedder, publish: Callable[[Assistant], None],
                 on_finished: Callable[[bool], None] = lambda ok: None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.publish = publish
        self.on_finished = on_finished
        self._lock = threading.Lock()
        self._pending = False
        self._thread: threading.Thread | None = None
        self.status = ReindexStatus()

    def request(self, *, reason: str) -> ReindexStatus:
        """Starts a run, or queues one if a run is going on; returns the status right after."""
        with self._lock:
            self._pending = True
            self.status.reason = reason
            if self._thread is None or not self._thread.is_alive():
                self.status = ReindexStatus(state="running", stage="queued", runs=self.status.runs,
                                            started=time.time(), reason=reason)
                self._thread = threading.Thread(target=self._work, name="policyqa-reindex", daemon=True)
                self._thread.start()
            return ReindexStatus(**self.status.to_dict())

    def wait(self, timeout: float | None = None) -> bool:
        """Blocks until no run is going on (tests, shutdown); True when idle."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.status.stage, self.status.done, self.status.total = stage, done, total

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._pending:
                    return
                self._pending = False
                self.status.state, self.status.stage, self.status.error = "running", "building", ""
            try:
                self._run_once()
            except (PolicyQAError, OSError, ValueError, RuntimeError) as exc:
                log.exception("re-index failed")
                with self._lock:
                    if self._pending:  # the corpus changed under the build; the queued run retries
                        continue
                    self.status.state, self.status.error = "failed", str(exc)
                    self.status.runs += 1
                    self.status.finished = time.time()
                    self.on_finished(False)
                continue
            with self._lock:
                if not self._pending:
                    self.status.state, self.status.stage = "done", "swapped"
                    self.status.runs += 1
                    self.status.finished = time.time()
                    self.on_finished(True)

    def _early_ready(self, result) -> None:
        """A version an add publishes before its complete one (by keywords until its vectors come; with its vectors
        until the English lexicon has its new words): served at once."""
        self.publish(runtime.load_assistant(self.settings, index=result.path, embedder=self.embedder))

    def _run_once(self) -> None:
        result = runtime.build(self.settings, embedder=self.embedder, progress=self._progress,
                               on_keywords=self._early_ready, on_vectors=self._early_ready)
        self.status.stage = "loading"
        assistant = runtime.load_assistant(self.settings, index=result.path, embedder=self.embedder)
        self.publish(assistant)
