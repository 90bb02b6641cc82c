"""Questions go through the int8 ONNX copy of the model: same directions as torch, in order, under load."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from index.embed import Embedder
from index.onnx_query import query_model_path, read_record, write_record

# Not the export's probes: other wordings, scripts, lengths and oddities.
QUESTIONS = [
    "省级众创空间认定需要多少平方米的场地？",
    "孵化器毕业企业要满足哪些条件",
    "在孵企业从事研发的人员占比",
    "國家備案眾創空間的申報條件有哪些？",
    "Which incubators can apply for VAT exemption?",
    "免税",
    "我想开一家咖啡店，可以进孵化器吗？如果可以的话租金能减免吗，需要交什么材料，大概多久能批下来？" * 3,
    "🚀 创业团队入驻孵化器 👍",
    "",
    "孵化器 " * 400,  # past 512 tokens: truncated like sentence-transformers does
]


@pytest.fixture(scope="module")
def onnx_dir(embedder) -> Path:
    from service.settings import Settings

    return Settings().onnx_dir


def test_default_model_questions_use_the_accepted_int8_copy(embedder, onnx_dir):
    assert embedder.query_backend == "onnx"
    record = read_record(query_model_path(onnx_dir, embedder.model_id))
    assert record["accepted"] and record["min_cosine"] >= 0.98


def test_int8_vectors_point_where_the_torch_model_points(embedder):
    texts = [embedder.query_prompt + q for q in QUESTIONS]
    expected = embedder.model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
    got = np.stack([embedder.query(q) for q in QUESTIONS])
    assert got.shape == expected.shape and got.dtype == np.float32
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-4)
    cosines = np.sum(got * expected, axis=1)
    assert cosines.min() >= 0.97, dict(zip(QUESTIONS, cosines.round(4)))


def test_a_question_gets_the_same_vector_alone_or_in_a_crowd(embedder, onnx_dir):
    """Many threads asking at once must each get exactly the vector their question gets alone."""
    questions = [f"{q} 第{i}问" for i in range(6) for q in QUESTIONS[:8]]
    quiet = Embedder(embedder.model_dir)
    assert quiet.use_onnx_queries(onnx_dir)
    alone = {q: quiet.query(q) for q in questions}
    results: dict[str, np.ndarray] = {}
    lock = threading.Lock()

    def ask(chunk: list[str]) -> None:
        for q in chunk:
            v = embedder.query(q)
            with lock:
                results[q] = v

    threads = [threading.Thread(target=ask, args=(questions[i::8],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(results) == set(questions)
    for q in questions:
        assert np.allclose(alone[q], results[q], atol=1e-6), q


def test_unexportable_model_stays_on_torch_and_says_why(embedder, tmp_path):
    """A model whose pooling the export cannot reproduce keeps answering through torch."""
    model_dir = _model_copy(embedder.model_dir, tmp_path / "max-pooled")
    config = model_dir / "1_Pooling" / "config.json"
    config.write_text(json.dumps({**json.loads(config.read_text()), "pooling_mode": "max"}))
    other = Embedder(model_dir)
    assert other.use_onnx_queries(tmp_path / "onnx") is False
    assert other.query_backend == "torch"
    record = read_record(query_model_path(tmp_path / "onnx", other.model_id))
    assert record["accepted"] is False and "pooling" in record["reason"]
    assert other.query("孵化器").shape == (other.dim,)


def test_accepted_record_without_its_file_falls_back_to_torch(embedder, tmp_path):
    path = query_model_path(tmp_path, embedder.model_id)
    write_record(path, {"accepted": True, "min_cosine": 0.99, "max_length": 512})
    other = Embedder(embedder.model_dir)
    assert other.use_onnx_queries(tmp_path) is False and other.query_backend == "torch"


def test_torch_model_loads_only_when_passages_need_it(embedder, onnx_dir):
    """A service answering questions through ONNX never pays for the torch model (about 0.5 GB)."""
    fresh = Embedder(embedder.model_dir)
    assert fresh.use_onnx_queries(onnx_dir)
    assert fresh.query("孵化器的毕业条件").shape == (fresh.dim,)
    assert fresh._model is None
    assert fresh.passages(["孵化器的毕业条件"]).shape == (1, fresh.dim)
    assert fresh._model is not None


def _model_copy(source: Path, target: Path) -> Path:
    """A model folder whose big files are links to the real one's."""
    target.mkdir(parents=True)
    for item in source.iterdir():
        if item.name.startswith("."):
            continue
        if item.is_dir():
            shutil.copytree(item, target / item.name)
        elif item.stat().st_size > 1_000_000:
            (target / item.name).symlink_to(item)
        else:
            shutil.copy(item, target / item.name)
    return target
