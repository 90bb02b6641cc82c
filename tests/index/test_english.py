"""English questions reach Chinese passages through the dictionary, kept to the corpus's own words."""

from __future__ import annotations

from index.english import Bridge

VOCAB = {"专利": 5, "贷款": 9, "银行": 4, "罚款": 3, "滞纳金": 2, "合伙人": 6, "有效期": 1}


def test_english_words_map_to_the_corpus_words_only():
    bridge = Bridge(lambda w: VOCAB.get(w, 0))
    terms = bridge.terms("Can banks give us loans against our patents? What is the penalty, a fine or a late fee?")
    assert {"银行", "贷款", "专利", "罚款"} <= set(terms)
    assert all(t in VOCAB for t in terms)


def test_plurals_and_phrases_are_looked_up_in_their_dictionary_form():
    bridge = Bridge(lambda w: VOCAB.get(w, 0))
    assert "合伙人" in bridge.terms("Two partners of the firm")
    assert "有效期" in bridge.terms("what is the period of validity")
    assert bridge.terms("the of and") == ()

