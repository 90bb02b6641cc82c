"""Early publishing of an add: the document is served by BM25 while its vectors are made, then with its vectors
while the English lexicon takes its new words, then the complete version replaces it; a build killed in between
leaves a served index and a rerun completes it."""

from __future__ import annotations

import shutil

import pytest

from corpus.messages import message
from index.build import KEYWORD_FIRST, WORDS_AFTER, build_index
from index.lexicon import Lexicon
from index.search import Fusion, Index
from index.store import read_manifest
from service.pages import SCRIPT_KEYS
from tests.conftest import LAWS
from tests.index.test_cache import CountingEmbedder
from tests.index.test_incremental import QUESTIONS, ranked

DEED_TAX = LAWS / "经济法/契税法(2020-08-11).md"  # 39 chunks: one publish
LABOUR = LAWS / "社会法/劳动合同法(2012-12-28).md"  # about 100 chunks


class Killed(Exception):
    pass


def test_an_added_document_is_found_by_keywords_before_its_vectors_exist(tmp_path, corpus_copy, embedder):
    counting = CountingEmbedder(embedder)
    out = tmp_path / "index"
    first = build_index([corpus_copy], out, counting)
    shutil.copy(LABOUR, corpus_copy / "labour.md")
    counting.embedded = 0
    seen = {}

    def on_keywords(result):
        seen["embedded_before"] = counting.embedded
        seen["manifest"] = read_manifest(out)
        index = Index(out, embedder)
        for method in ("weighted", "rrf"):
            hits = index.search("劳动合同 试用期 最长", k=3, fusion=Fusion(method=method))
            seen[method] = [(h.chunk.doc_id, h.pending) for h in hits]
        seen["old"] = ranked(index, QUESTIONS[0])  # questions on the old documents: still answered

    added = build_index([corpus_copy], out, counting, on_keywords=on_keywords)
    new = added.manifest.chunk_count - first.manifest.chunk_count
    assert new >= KEYWORD_FIRST
    assert seen["embedded_before"] == 0  # published before the model ran
    assert seen["manifest"].pending == [[first.manifest.chunk_count, new]]
    for method in ("weighted", "rrf"):
        assert seen[method][0] == ("labour", True)
    assert seen["old"] and seen["old"][0][0] != "labour"
    # The complete version: no pending chunks, vectors made once, ranking as a cold build's.
    assert added.manifest.pending == [] and counting.embedded == new
    cold = build_index([corpus_copy], tmp_path / "cold", embedder, force=True)
    incremental, fresh = Index(out, embedder), Index(cold.path, embedder)
    assert not incremental.pending.any()
    for question in (*QUESTIONS, "劳动合同 试用期 最长"):
        assert ranked(incremental, question) == ranked(fresh, question)


def _killed_during_an_add(tmp_path, corpus_copy, embedder, stage: str):
    """The index folder after an add of LABOUR killed when its `stage` ("keywords", "vectors") version was published."""
    out = tmp_path / "index"
    build_index([corpus_copy], out, embedder)
    shutil.copy(LABOUR, corpus_copy / "labour.md")

    def killed(result):
        raise Killed

    with pytest.raises(Killed):
        build_index([corpus_copy], out, embedder, **{f"on_{stage}": killed})
    return out


def test_a_build_killed_after_the_keyword_version_is_completed_by_the_next_one(tmp_path, corpus_copy, embedder):
    out = _killed_during_an_add(tmp_path, corpus_copy, embedder, "keywords")
    served = read_manifest(out)
    assert served.pending  # the keyword version serves
    assert Index(out, embedder).search("劳动合同 试用期 最长", k=1)[0].chunk.doc_id == "labour"
    again = build_index([corpus_copy], out, embedder)  # not "unchanged": the vectors are still to make
    assert again.rebuilt and again.manifest.pending == []
    cold = build_index([corpus_copy], tmp_path / "cold", embedder, force=True)
    for question in (*QUESTIONS, "劳动合同 试用期 最长"):
        assert ranked(Index(out, embedder), question) == ranked(Index(cold.path, embedder), question)


def test_a_small_addition_is_published_once(tmp_path, corpus_copy, embedder):
    out = tmp_path / "index"
    build_index([corpus_copy], out, embedder)
    shutil.copy(DEED_TAX, corpus_copy / "deed-tax.md")
    calls = []
    result = build_index([corpus_copy], out, embedder, on_keywords=calls.append)
    assert calls == [] and result.manifest.pending == []


class WordCountingEmbedder(CountingEmbedder):
    """Counts the lexicon's words that reach the model, besides the passages."""

    def __init__(self, embedder) -> None:
        super().__init__(embedder)
        self.words_made = 0

    def words(self, texts):
        self.words_made += len(texts)
        return self.inner.words(texts)


def test_an_added_document_is_served_with_its_vectors_before_the_lexicon_takes_its_words(
        tmp_path, corpus_copy, embedder):
    counting = WordCountingEmbedder(embedder)
    out = tmp_path / "index"
    first = build_index([corpus_copy], out, counting)
    before = Lexicon.load(out.resolve())
    shutil.copy(LABOUR, corpus_copy / "labour.md")
    counting.embedded = counting.words_made = 0
    seen = {}

    def on_vectors(result):
        seen["words_before"] = counting.words_made
        seen["passages_before"] = counting.embedded
        seen["manifest"] = read_manifest(out)
        seen["lexicon"] = Lexicon.load(out.resolve()).words
        hits = Index(out, embedder).search("劳动合同 试用期 最长", k=3)
        seen["hits"] = [(h.chunk.doc_id, h.pending) for h in hits]

    stages = set()
    added = build_index([corpus_copy], out, counting, on_vectors=on_vectors,
                        progress=lambda stage, done, total: stages.add(stage))
    new = added.manifest.chunk_count - first.manifest.chunk_count
    assert seen["words_before"] == 0 and seen["passages_before"] == new  # its vectors made, no word yet
    # every stage the staff box and `policyqa build` show has its label, sent to the staff page
    assert stages == {"embed", "words"}
    assert all(f"staff_stage_{stage}" in SCRIPT_KEYS["staff.html"] and message(f"staff_stage_{stage}") for stage in stages)
    assert seen["manifest"].pending == [] and seen["manifest"].chunk_count == added.manifest.chunk_count
    assert seen["lexicon"] == before.words  # the previous lexicon bridges English meanwhile
    assert seen["hits"][0] == ("labour", False)
    # The complete version: the new words embedded once, everything as a cold build's.
    complete = Lexicon.load(out.resolve())
    assert counting.words_made >= WORDS_AFTER and counting.embedded == new
    assert len(complete.words) > len(before.words)
    cold = build_index([corpus_copy], tmp_path / "cold", embedder, force=True)
    assert complete.words == Lexicon.load(cold.path.resolve()).words
    incremental, fresh = Index(out, embedder), Index(cold.path, embedder)
    for question in (*QUESTIONS, "劳动合同 试用期 最长", "How long can a probation period last?"):
        assert ranked(incremental, question) == ranked(fresh, question)


def test_a_build_killed_after_the_vectors_version_is_completed_by_the_next_one(tmp_path, corpus_copy, embedder):
    out = _killed_during_an_add(tmp_path, corpus_copy, embedder, "vectors")
    served = read_manifest(out)
    assert not served.pending and served.fingerprint.endswith(":vectors")
    assert Index(out, embedder).search("劳动合同 试用期 最长", k=1)[0].chunk.doc_id == "labour"
    counting = WordCountingEmbedder(embedder)
    again = build_index([corpus_copy], out, counting)  # not "unchanged": the lexicon is still to make
    assert again.rebuilt and counting.embedded == 0 and counting.words_made >= WORDS_AFTER
    cold = build_index([corpus_copy], tmp_path / "cold", embedder, force=True)
    assert Lexicon.load(out.resolve()).words == Lexicon.load(cold.path.resolve()).words
    for question in (*QUESTIONS, "劳动合同 试用期 最长", "How long can a probation period last?"):
        assert ranked(Index(out, embedder), question) == ranked(Index(cold.path, embedder), question)
