"""Questions with a homophone slip of a corpus term, and price questions the documents cannot answer."""

from __future__ import annotations


def test_the_assistant_answers_a_slip_as_the_term(assistant):
    answer = assistant.answer("媒体办的重创空间属于什么类型")
    assert not answer.refused
    assert "众创空间" in answer.rewritten
    assert "媒体延伸型" in answer.text


def test_a_price_question_is_refused_when_no_passage_gives_a_price(assistant):
    """A sum of money elsewhere in the passages (funding, revenue) is not the price of a desk."""
    for question in ["重创空间的工位一般多少钱一个月", "众创空间的办公场地多少钱一个月"]:
        answer = assistant.answer(question)
        assert answer.refused, (question, answer.text)
    assert not assistant.answer("京东众筹上到底有多少企业发过项目，一共筹了多少钱？").refused
