"""The question sets stay valid: evidence verbatim in its document, no reserved document used."""

from __future__ import annotations

import pytest

from eval.corpora import SETS, law_files
from eval.run import QUESTION_SETS
from eval.validate import check_set, reserved_files


@pytest.mark.parametrize("qs", [q for q in QUESTION_SETS if (SETS / q.file).is_file()], ids=lambda q: q.name)
def test_question_set_is_valid(qs):
    assert check_set(SETS / qs.file, qs.corpus) == []


def test_no_reserved_document_is_indexed_for_tuning():
    assert not set(law_files()) & reserved_files()
    assert reserved_files(), "../shared/notes/reserved-documents.md lists the reserved files"


def test_the_glossaries_can_be_switched_off_for_an_eval(monkeypatch):
    import index.expand
    from eval.run import without_glossaries

    question = "Which taxes is a technology business incubator exempt from?"
    assert index.expand.expand(question) != question  # the glossary adds 孵化器 …
    monkeypatch.setattr(index.expand, "_glossary", index.expand._glossary)  # restored after the test
    without_glossaries()
    assert index.expand.expand(question) == question
    index.expand.expand.cache_clear()


def test_an_answer_with_every_fact_that_notes_a_kind_missing_is_counted(assistant):
    from eval.run import score_set

    # the incubation limit is given (5年); the fine asked is not: a note, on an answer short of a fact
    items = [{"id": "q1", "question": "省级孵化器在孵企业最多能孵化多久？超期了罚多少钱？", "answerable": True,
              "evidence": ["在孵时限一般不超过5年"], "facts": ["5年"]},
             {"id": "q2", "question": "省级孵化器在孵企业最多能孵化多久？超期了罚多少钱？", "answerable": True,
              "evidence": ["在孵时限一般不超过5年"], "facts": ["5年", "罚款一万元"]}]
    figures, records = score_set(assistant, items)
    assert [r["noted"] for r in records] == [True, True]
    assert figures["false notes"] == 1  # the first: every expected fact found, yet a kind noted missing
