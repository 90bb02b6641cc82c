"""The penalty for a duty: the article of the same law citing the duty's article comes first (service/penalty.py)."""

from __future__ import annotations

import pytest

from tests.conftest import LAWS, corpus_assistant

SAFETY = "DLC/浙江地方法规/地方性法规/浙江/宁波市生产经营单位安全生产主体责任规定(2021-04-02).md"


@pytest.fixture(scope="module")
def safety_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "safety", {"safety.md": LAWS / SAFETY})


def test_the_article_setting_the_penalty_for_the_duty_asked_about_comes_first(safety_assistant):
    """第九条 names the detectors the question names; 第二十九条 only cites 第九条 and sets the fine."""
    answer = safety_assistant.answer("宁波的生产经营单位在易燃易爆危险化学品场所没装可燃有毒气体检测报警系统，会怎么处罚？")
    assert not answer.refused
    first = answer.citations[0].text
    assert first.startswith("第二十九条") and "违反本规定第九条" in first and "罚款" in first
    assert any(c.text.startswith("第九条") for c in answer.citations[1:])


def test_a_question_asking_no_penalty_keeps_the_duty_first(safety_assistant):
    answer = safety_assistant.answer("宁波的生产经营单位在易燃易爆危险化学品场所要装什么检测报警系统？")
    assert not answer.refused and answer.citations[0].text.startswith("第九条")


FIRE = "DLC/广东地方法规/地方性法规/广东/汕头经济特区消防条例(2022-12-30).md"


@pytest.fixture(scope="module")
def fire_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "fire", {"fire.md": LAWS / FIRE})


def test_a_follow_up_asking_the_penalty_gets_the_article_punishing_the_duty_the_earlier_turn_found(fire_assistant):
    """The follow-up's own words (许可, 营业, 罚) match many penalty articles; 第六十六条 names the act only as breaking
    第三十八条, the duty the earlier turn asked about."""
    answer = fire_assistant.answer("如果没等消防许可下来就先开门营业了，会罚多少？",
                                   ["在汕头开一家800平米的KTV，开业前要做消防安全检查吗？"])
    assert not answer.refused
    first = answer.citations[0].text
    assert first.startswith("第六十六条") and "违反本条例第三十八条" in first
    assert any(c.text.startswith("第三十八条") for c in answer.citations[1:])


WATER = "DLC/山东地方法规/地方性法规/山东/枣庄市饮用水水源保护条例(2018-12-04).md"
CONSUMER = "部门规章/市场监督管理总局/侵害消费者权益行为处罚办法(2015-01-05).md"


@pytest.fixture(scope="module")
def water_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "water", {"water.md": LAWS / WATER, "consumer.md": LAWS / CONSUMER})


def test_a_first_question_asking_the_penalty_of_a_duty_is_answered_by_the_article_the_search_did_not_find(water_assistant):
    """第十六条 (what 准保护区 forbids) is found, 第四十一条 (违反本条例第十六条…的，…罚款) is not among the passages: read
    first, it gives the penalty asked, so the question is not refused as if no passage gave one."""
    answer = water_assistant.answer("枣庄 饮用水 准保护区 化工原料 贮存场所 罚款")
    assert not answer.refused, answer.reason
    first = answer.citations[0].text
    assert first.startswith("第四十一条") and "违反本条例第十六条" in first
    assert any(c.text.startswith("第十六条") for c in answer.citations[1:])
