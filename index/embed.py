"""Sentence-transformers embeddings (normalised), with the model's own query/passage prompts."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import numpy as np

from corpus.messages import message
from index.errors import ModelNotReadyError

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Embedder:
    """Wraps a local sentence-transformers folder; prompts come from its config unless given."""

    def __init__(self, model_dir: Path, *, query_prompt: str | None = None, passage_prompt: str | None = None,
                 batch_size: int = 32) -> None:
        if not (model_dir / "modules.json").is_file():
            raise ModelNotReadyError(message("model_missing", path=model_dir))
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.logging.disable_progress_bar()
        transformers.logging.set_verbosity_error()

        torch.set_num_threads(max(1, os.cpu_count() or 1))
        self.model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
        prompts = getattr(self.model, "prompts", {}) or {}
        self.query_prompt = prompts.get("query", "") if query_prompt is None else query_prompt
        self.passage_prompt = prompts.get("passage", "") if passage_prompt is None else passage_prompt
        self.batch_size = batch_size
        self.dim = int(self.model.get_embedding_dimension())
        self.model_id = model_identity(model_dir)
        self._batcher = QueryBatcher(lambda texts: self._encode(texts, self.query_prompt))

    def _encode(self, texts: list[str], prompt: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(list(texts), prompt=prompt, batch_size=self.batch_size,
                                    normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, self.passage_prompt)

    def query(self, text: str) -> np.ndarray:
        return self._cached_query(text).copy()

    @functools.lru_cache(maxsize=1024)
    def _cached_query(self, text: str) -> np.ndarray:
        return self._batcher.embed(text)


class QueryBatcher:
    """Runs concurrent query embeddings as one batch on one thread.

    A batch of 8 short queries costs about 2.5x one query, so a busy service answers far more
    questions per second; a lone query waits only `linger` for company.
    """

    def __init__(self, encode: Callable[[list[str]], np.ndarray], *, max_batch: int = 16,
                 linger: float = 0.002) -> None:
        self._encode = encode
        self._linger = linger  # seconds a batch waits for company: callers whose batch just ended rejoin
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue[tuple[str, Future]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def embed(self, text: str) -> np.ndarray:
        future: Future = Future()
        self._queue.put((text, future))
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="query-embedder", daemon=True)
                self._thread.start()
        return future.result()

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            deadline = time.monotonic() + self._linger
            while len(batch) < self._max_batch:
                try:
                    batch.append(self._queue.get(timeout=max(0.0, deadline - time.monotonic())))
                except queue.Empty:
                    break
            try:
                vectors = self._encode([text for text, _ in batch])
            except BaseException as exc:  # every waiter gets the error, the thread lives on
                for _, future in batch:
                    future.set_exception(exc)
                continue
            for (_, future), vector in zip(batch, vectors):
                future.set_result(vector)


def model_identity(model_dir: Path) -> str:
    """A stable id for a model folder: its name and a hash of its config and weights' size."""
    h = hashlib.sha256()
    for name in ("config.json", "modules.json", "config_sentence_transformers.json", "tokenizer.json"):
        p = model_dir / name
        if p.is_file():
            h.update(p.read_bytes() if p.stat().st_size < 1_000_000 else str(p.stat().st_size).encode())
    for p in sorted(model_dir.glob("*.safetensors")) + sorted(model_dir.glob("*.bin")):
        h.update(f"{p.name}:{p.stat().st_size}".encode())
    return f"{model_dir.name}@{h.hexdigest()[:12]}"


def describe(model_dir: Path) -> dict:
    cfg = model_dir / "config_sentence_transformers.json"
    return json.loads(cfg.read_text()) if cfg.is_file() else {}
