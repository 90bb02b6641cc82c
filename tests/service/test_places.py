"""A question about a place the documents never name, while they name others, is refused, not answered."""

from __future__ import annotations


def test_a_place_the_documents_do_not_cover_is_refused(assistant):
    answer = assistant.answer("杭州有什么孵化器政策")
    assert answer.refused and "杭州" in answer.text


def test_a_place_the_documents_cover_is_answered(assistant):
    answer = assistant.answer("甘肃有多少国家级孵化器")
    assert not answer.refused and "14" in answer.text


def test_a_follow_up_can_swap_the_place(assistant):
    answer = assistant.answer("那四川呢？", ["甘肃有多少国家级孵化器"])
    assert "四川" in answer.rewritten and "国家级孵化器" in answer.rewritten
    assert answer.refused
