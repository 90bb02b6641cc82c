"""The build cache: unchanged chunks are never embedded twice; a new file costs only its own chunks."""

from __future__ import annotations

import shutil

import numpy as np

from index.build import build_index
from index.cache import BuildCache
from index.store import VECTORS
from tests.conftest import LAWS


class CountingEmbedder:
    """The real embedder, counting the passages that reach the model."""

    def __init__(self, embedder) -> None:
        self.inner = embedder
        self.embedded = 0

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def passages(self, texts):
        self.embedded += len(texts)
        return self.inner.passages(texts)


def test_a_rebuild_and_an_added_file_embed_only_what_is_new(tmp_path, corpus_copy, embedder):
    cache = tmp_path / "cache"
    counting = CountingEmbedder(embedder)
    first = build_index([corpus_copy], tmp_path / "index", counting, cache_dir=cache)
    cold = counting.embedded
    assert cold > 0 and cold <= first.manifest.chunk_count
    counting.embedded = 0
    build_index([corpus_copy], tmp_path / "index", counting, force=True, cache_dir=cache)
    assert counting.embedded == 0  # a rebuild takes every vector from the cache
    shutil.copy(LAWS / "经济法/契税法(2020-08-11).md", corpus_copy / "deed-tax.md")
    added = build_index([corpus_copy], tmp_path / "index", counting, cache_dir=cache)
    assert 0 < counting.embedded == added.manifest.chunk_count - first.manifest.chunk_count


def test_cached_vectors_are_the_model_s(tmp_path, embedder):
    cache = BuildCache(tmp_path)
    texts = ["孵化器的毕业条件", "众创空间的类型"]
    vectors = embedder.passages(texts)
    keys = [cache.key(embedder.passage_namespace, t) for t in texts]
    cache.put_vectors(keys, vectors)
    found, _ = cache.vectors(embedder.passage_namespace, texts + ["没见过的段落"])
    assert np.allclose(found[0], vectors[0]) and np.allclose(found[1], vectors[1]) and found[2] is None
    cache.close()


def test_int8_passages_stay_close_to_the_fp32_model(embedder):
    from index.embed import Embedder

    torch_only = Embedder(embedder.model_dir)
    texts = ["申请国家级科技企业孵化器应具备以下条件：孵化场地面积不低于10000平方米。", "第四条 契税的计税依据"]
    cosine = (torch_only.passages(texts) * embedder.passages(texts)).sum(axis=1)
    assert embedder.passage_backend == "onnx" and cosine.min() >= 0.99


def test_a_damaged_cache_is_set_aside_and_the_build_is_right(tmp_path, corpus_copy, embedder):
    reference = build_index([corpus_copy], tmp_path / "plain", embedder)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "build-cache.sqlite3").write_bytes(b"not a database at all" * 100)
    result = build_index([corpus_copy], tmp_path / "index", embedder, cache_dir=cache)
    assert result.manifest.chunk_count == reference.manifest.chunk_count
    assert list(cache.glob("build-cache.sqlite3.broken-*"))  # kept for a look, not trusted
    assert BuildCache.open(cache) is not None  # and a new, working cache took its place


def test_a_truncated_vector_in_the_cache_is_made_again(tmp_path, embedder):
    import faiss

    cache = BuildCache(tmp_path / "cache")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text("# 办法\n\n第一条 孵化器应当为在孵企业提供场地。\n", encoding="utf-8")
    first = build_index([folder], tmp_path / "index", embedder, cache_dir=tmp_path / "cache")
    a = faiss.read_index(str(first.path / VECTORS))
    cache._db.execute("UPDATE vectors SET vec = substr(vec, 1, 8)")
    cache._db.commit()
    cache.close()
    again = build_index([folder], tmp_path / "index", embedder, force=True, cache_dir=tmp_path / "cache")
    b = faiss.read_index(str(again.path / VECTORS))
    assert a.ntotal == b.ntotal and np.allclose(a.reconstruct_n(0, a.ntotal), b.reconstruct_n(0, b.ntotal), atol=1e-5)


class DyingEmbedder(CountingEmbedder):
    """Stops the build (as a kill would) after `batches` batches reached the model."""

    def __init__(self, embedder, batches: int) -> None:
        super().__init__(embedder)
        self.batches = batches

    def passages(self, texts):
        if self.batches == 0:
            raise KeyboardInterrupt
        self.batches -= 1
        return super().passages(texts)


def test_a_build_stopped_midway_resumes_where_it_stopped(tmp_path, corpus_copy, embedder):
    import pytest

    cache = tmp_path / "cache"
    dying = DyingEmbedder(embedder, batches=1)
    with pytest.raises(KeyboardInterrupt):
        build_index([corpus_copy], tmp_path / "index", dying, cache_dir=cache)
    assert dying.embedded == 128  # one batch finished before the stop
    resumed = CountingEmbedder(embedder)
    result = build_index([corpus_copy], tmp_path / "index", resumed, cache_dir=cache)
    assert resumed.embedded > 0 and resumed.embedded + dying.embedded <= result.manifest.chunk_count
