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
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from corpus.messages import message
from index.errors import ModelNotReadyError

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Embedder:
    """Wraps a local sentence-transformers folder; prompts come from its config unless given.

    The torch model loads on first use: a service whose questions go through the int8 ONNX copy
    (use_onnx_queries) loads it only when it must embed passages (a re-index).
    """

    def __init__(self, model_dir: Path, *, query_prompt: str | None = None, passage_prompt: str | None = None,
                 batch_size: int = 32) -> None:
        if not (model_dir / "modules.json").is_file():
            raise ModelNotReadyError(message("model_missing", path=model_dir))
        prompts = describe(model_dir).get("prompts") or {}
        self.query_prompt = prompts.get("query", "") if query_prompt is None else query_prompt
        self.passage_prompt = prompts.get("passage", "") if passage_prompt is None else passage_prompt
        self.batch_size = batch_size
        self.model_dir = model_dir
        self.model_id = model_identity(model_dir)
        # where `policyqa model` keeps what is made from the model once (the English sample's vectors), if known:
        # a build given no other place looks there
        self.sample_dir: Path | None = None
        self.query_backend = "torch"
        self.passage_backend = "torch"
        self._onnx_passages = None  # (encoder, pool) once use_onnx_passages() accepted the int8 copy
        self._onnx_sessions: dict[Path, object] = {}
        self._model = None
        self._model_lock = threading.Lock()
        self._set_query_encoder(QueryBatcher(lambda texts: self._encode(texts, self.query_prompt)).embed)

    @property
    def model(self):
        """The sentence-transformers model, loaded once."""
        with self._model_lock:
            if self._model is None:
                import torch
                import transformers
                from sentence_transformers import SentenceTransformer

                transformers.logging.disable_progress_bar()
                transformers.logging.set_verbosity_error()
                torch.set_num_threads(max(1, os.cpu_count() or 1))
                self._model = SentenceTransformer(str(self.model_dir), device="cpu", local_files_only=True)
            return self._model

    @functools.cached_property
    def dim(self) -> int:
        return int(self.model.get_embedding_dimension())

    def _onnx_encoder(self, cache_dir: Path):
        """The int8 ONNX copy of the model (made on first use), one session shared by questions and
        passages; None when it cannot be made or was rejected."""
        from index.onnx_query import OnnxQueryEncoder, query_model_path, read_record

        path = query_model_path(cache_dir, self.model_id)
        with self._model_lock:
            cached = self._onnx_sessions.get(path)
        if cached is not None:
            return cached
        record = read_record(path)
        if record is None:
            from index.onnx_export import export_query_model

            export_query_model(self.model, self.model_dir, path)
            record = read_record(path)
        if not (record and record.get("accepted") and path.is_file()):
            return None
        encoder = OnnxQueryEncoder(path, self.model_dir, max_length=int(record.get("max_length") or 512))
        with self._model_lock:
            return self._onnx_sessions.setdefault(path, encoder)

    def use_onnx_queries(self, cache_dir: Path, *, lanes: int = 0) -> bool:
        """Encode questions with the int8 ONNX copy of the model (made on first use); False if it cannot be made.

        Each question is its own pass (no batching: see OnnxQueryEncoder.encode); `lanes` passes run at
        once, each on one core (0: one per core).
        """
        encoder = self._onnx_encoder(cache_dir)
        if encoder is None:
            return False
        prompt = self.query_prompt
        # Lanes are threads that do nothing else; handing them the work beats letting every request thread
        # run the model behind a semaphore (measured: ~5% more answers/s, p99 65 ms instead of 85 ms).
        lanes_pool = ThreadPoolExecutor(max_workers=lanes or os.cpu_count() or 1, thread_name_prefix="query-onnx")

        def encode(text: str) -> np.ndarray:
            return lanes_pool.submit(encoder.encode, [prompt + text]).result()[0]

        self.dim = encoder.dim
        self._set_query_encoder(encode)
        self.query_backend = "onnx"
        return True

    def use_onnx_passages(self, cache_dir: Path, *, lanes: int = 0) -> bool:
        """Embed passages with the int8 ONNX copy too (the questions' session, no second copy in memory),
        one passage per pass on `lanes` threads (one per core): about 4.6 times torch's fp32 batches here,
        cosine >= 0.995 to them (README, Performance). False when the copy cannot be made or was rejected."""
        encoder = self._onnx_encoder(cache_dir)
        if encoder is None:
            return False
        # Its own threads: a re-index must not queue behind or in front of the questions' lanes.
        pool = ThreadPoolExecutor(max_workers=lanes or os.cpu_count() or 1, thread_name_prefix="passage-onnx")
        self._onnx_passages = (encoder, pool)
        self.passage_backend = "onnx"
        self.dim = encoder.dim
        return True

    @property
    def passage_namespace(self) -> str:
        """What a passage vector depends on besides its text: the cache key's prefix."""
        return f"{self.passage_backend}|{self.model_id}|{self.passage_prompt}"

    def _encode(self, texts: list[str], prompt: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(list(texts), prompt=prompt, batch_size=self.batch_size,
                                    normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def passages(self, texts: list[str]) -> np.ndarray:
        return self._by_passage_encoder(texts, self.passage_prompt)

    def _by_passage_encoder(self, texts: list[str], prompt: str) -> np.ndarray:
        """Texts through the passages' encoder: the int8 copy's lanes (one text per pass) when accepted, else torch."""
        if self._onnx_passages is None:
            return self._encode(texts, prompt)
        encoder, pool = self._onnx_passages
        lanes = pool._max_workers
        parts = [texts[i::lanes] for i in range(lanes)]
        results = list(pool.map(lambda part: encoder.encode([prompt + t for t in part]), parts))
        out = np.zeros((len(texts), encoder.dim), dtype=np.float32)
        for i, vectors in enumerate(results):
            if len(vectors):
                out[i::lanes] = vectors
        return out

    @property
    def words_namespace(self) -> str:
        """What a word's vector (embedded as a question is: index/lexicon.py) depends on besides its text."""
        return f"{self.passage_backend}|{self.model_id}|{self.query_prompt}|word"

    def words(self, texts: list[str]) -> np.ndarray:
        """Words or short phrases embedded as questions are, by the passages' encoder (the int8 copy's lanes
        when accepted): the cross-lingual lexicon's vectors."""
        return self._by_passage_encoder(texts, self.query_prompt)

    def query(self, text: str) -> np.ndarray:
        return self._cached_query(text).copy()

    def clear_cache(self) -> None:
        self._cached_query.cache_clear()

    def _set_query_encoder(self, encode: Callable[[str], np.ndarray]) -> None:
        """Questions go to `encode`, through a cache of this embedder's own (a repeated question skips the model)."""
        self._cached_query = functools.lru_cache(maxsize=4096)(encode)


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
