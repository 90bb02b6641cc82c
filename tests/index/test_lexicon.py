"""English words reach a new document's Chinese terms through the model's own lexicon (real model, real builds)."""

from __future__ import annotations

import numpy as np
import pytest

ADS = ("# 某市户外广告设施管理条例\n\n"
       "第十条 设置户外广告设施，应当向城市管理部门申请许可。户外广告设施的设置期限最长不超过三年。\n\n"
       "第十一条 户外广告设施应当每年进行一次安全检测，检测报告应当在十日内报送城市管理部门。\n\n"
       "第十二条 擅自设置户外广告设施的，由城市管理部门责令限期拆除，处五千元以上三万元以下罚款。\n")
STATS = ("# 某市统计管理条例\n\n"
         "第五条 统计调查对象应当按照规定报送统计资料，不得迟报、拒报统计资料。\n\n"
         "第六条 统计机构对统计调查中获得的统计资料负有保密义务。\n")


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "户外广告.md").write_text(ADS, encoding="utf-8")
    return folder


def _plain_bridge(monkeypatch):
    """No glossary and no dictionary: only the lexicon can carry English to Chinese."""
    import index.expand as expand
    from index.english import Bridge

    monkeypatch.setattr(expand, "_glossary", lambda: [])
    expand.expand.cache_clear()
    monkeypatch.setattr(Bridge, "terms", lambda self, question: ())


def test_an_english_phrase_finds_its_chinese_term_in_a_document_no_dictionary_knows(corpus, tmp_path, embedder,
                                                                                    monkeypatch, build_cache):
    from index.build import build_index
    from index.lexicon import LEXICON
    from index.search import Index

    build_index([corpus], tmp_path / "index", embedder, cache_dir=build_cache)
    assert (tmp_path / "index" / LEXICON).is_file()
    _plain_bridge(monkeypatch)
    index = Index(tmp_path / "index", embedder)
    question = "Do we need a permit for outdoor advertising, and what is the fine if we put one up without it?"
    assert "户外广告" in index.lexicon_terms(question)
    assert "户外广告" in index.english_terms(question)
    without = Index(tmp_path / "index", embedder)
    without._lexicon = None  # as an index built before the lexicon: the question still goes through, unbridged
    assert "户外广告" not in without.english_terms(question)


def test_adding_a_document_embeds_only_its_new_words(corpus, tmp_path, embedder, build_cache, monkeypatch):
    from index.build import build_index
    from index.lexicon import Lexicon

    build_index([corpus], tmp_path / "index", embedder, cache_dir=build_cache)
    before = Lexicon.load(tmp_path / "index")
    assert before is not None and "户外广告" in before.words
    asked: list[list[str]] = []
    real = embedder.words
    monkeypatch.setattr(embedder, "words", lambda texts: asked.append(list(texts)) or real(texts))
    (corpus / "统计.md").write_text(STATS, encoding="utf-8")
    build_index([corpus], tmp_path / "index", embedder, cache_dir=build_cache)
    after = Lexicon.load(tmp_path / "index")
    assert "统计资料" in after.words and "户外广告" in after.words
    embedded = {w for batch in asked for w in batch}
    assert "户外广告" not in embedded  # the previous version's words keep their vectors
    i, j = before.words.index("户外广告"), after.words.index("户外广告")
    assert np.allclose(before.vectors[i], after.vectors[j]) and before.hubs[i] == after.hubs[j]


def test_the_english_sample_kept_with_the_model_is_never_embedded_by_a_build(corpus, tmp_path, embedder,
                                                                            monkeypatch):
    """`policyqa model` keeps the sample's vectors (save_sample): a cold build (empty build cache) embeds the
    index's words only, and its lexicon is the one a build making the sample itself gets."""
    from index.build import build_index
    from index.lexicon import Lexicon, english_sample, save_sample

    kept = tmp_path / "model-cache"
    save_sample(embedder.words, kept, embedder.words_namespace)
    asked: list[str] = []
    real = embedder.words
    monkeypatch.setattr(embedder, "words", lambda texts: asked.extend(texts) or real(texts))
    build_index([corpus], tmp_path / "with", embedder, cache_dir=tmp_path / "cold-a", model_cache=kept)
    assert asked and not set(english_sample()) & set(asked)
    build_index([corpus], tmp_path / "without", embedder, cache_dir=tmp_path / "cold-b", model_cache=tmp_path / "none")
    assert set(english_sample()) <= set(asked)  # no kept sample: the build makes it
    a, b = Lexicon.load(tmp_path / "with"), Lexicon.load(tmp_path / "without")
    assert a.words == b.words and np.allclose(a.hubs, b.hubs, atol=1e-6)


def test_a_build_given_no_place_finds_the_sample_where_the_embedder_was_loaded_from(corpus, tmp_path, embedder,
                                                                                  monkeypatch):
    """An embedder loaded from the settings knows where `policyqa model` keeps the sample (its `sample_dir`): a build
    not told where (tests, scripts) takes the sample from there instead of embedding it again."""
    from index.build import build_index
    from index.lexicon import english_sample, save_sample

    assert embedder.sample_dir is not None
    kept = tmp_path / "model-cache"
    save_sample(embedder.words, kept, embedder.words_namespace)
    monkeypatch.setattr(embedder, "sample_dir", kept)
    asked: list[str] = []
    real = embedder.words
    monkeypatch.setattr(embedder, "words", lambda texts: asked.extend(texts) or real(texts))
    build_index([corpus], tmp_path / "index", embedder, cache_dir=tmp_path / "cold")
    assert asked and not set(english_sample()) & set(asked)


def test_a_torn_or_foreign_sample_file_is_made_again_not_trusted(tmp_path, embedder):
    from index.lexicon import _sample_path, english_sample, sample_vectors

    folder = tmp_path / "model-cache"
    folder.mkdir()
    path = _sample_path(folder, embedder.words_namespace, english_sample())
    path.write_bytes(b"\x93NUMPY torn")
    made = sample_vectors(embedder.words, folder, embedder.words_namespace)
    assert made.shape == (len(english_sample()), embedder.dim)
    np.save(path, np.zeros((3, embedder.dim), dtype=np.float32))  # another sample's length
    assert np.allclose(sample_vectors(embedder.words, folder, embedder.words_namespace), made, atol=1e-6)
