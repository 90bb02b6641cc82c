"""Answers a founder can trust: whole lists, both levels when unspecified, follow-ups, refusals, scripts."""

from __future__ import annotations

import re

import pytest

from corpus.errors import BadQuestionError
from corpus.normalize import fold, is_traditional
from tests.conftest import LAWS, corpus_assistant

NATIONAL = ["超过500万元", "1000万元", "经国家备案通过的高新技术企业", "挂牌、上市"]
PROVINCIAL = ["省级科技创新型企业", "超过100万元", "上年营业总收入超过300万元"]


def _numbers_come_from_citations(answer) -> None:
    source = fold(" ".join(c.text for c in answer.citations))
    for number in re.findall(r"\d+(?:\.\d+)?", re.sub(r"\[\d+\]", "", fold(answer.text))):
        assert number in source, number


def test_list_question_gets_the_whole_list_with_its_mark(assistant):
    answer = assistant.answer("从国家级孵化器毕业需要满足什么条件？")
    assert not answer.refused
    assert answer.text.startswith("根据《甘肃省科技企业孵化器及众创空间资料汇编》")
    assert all(item in answer.text for item in NATIONAL)
    assert "[1]" in answer.text and "省级科技创新型企业" not in answer.text
    assert "企业从国家级科技企业孵化器毕业" in answer.citations[0].section
    _numbers_come_from_citations(answer)


def test_a_list_headed_for_another_level_comes_after_the_one_for_the_level_asked(assistant):
    # the national list's item (3) 运营时间满18个月 holds the asked words better than the provincial one's 实际运营12个月
    answer = assistant.answer("省级众创空间呢？", ["申请国家备案众创空间，运营时间要满多久？"])
    assert "省级众创空间" in answer.citations[0].text and "12个月" in answer.text
    english = assistant.answer("Our startup is based in a national-level tech incubator. What must we reach to graduate?")
    assert "国家级" in english.citations[0].section


def test_headed_elsewhere_reads_the_section_path_for_a_level_not_the_one_asked():
    from service.support import headed_elsewhere
    from service.understand import understand

    national = understand("国家级孵化器的在孵企业要满足什么条件？")
    assert headed_elsewhere(national, "二、（四）省级科技企业孵化器认定标准 > 2.在孵企业条件")
    assert not headed_elsewhere(national, "二、（三）国家级科技企业孵化器认定标准 > 2.在孵企业条件")
    assert not headed_elsewhere(understand("孵化器的在孵企业要满足什么条件？"), "二、（四）省级科技企业孵化器认定标准")


def test_follow_up_swaps_the_level(assistant):
    answer = assistant.answer("那省级的呢？", ["从国家级孵化器毕业需要满足什么条件？"])
    assert "省级" in answer.rewritten and "毕业" in answer.rewritten
    assert all(item in answer.text for item in PROVINCIAL)
    english = assistant.answer("what about provincial ones?",
                               ["What are the graduation criteria for national-level incubators?"])
    assert "provincial" in english.rewritten.lower()
    assert any("省级" in c.section for c in english.citations[:2])


def test_unspecified_level_shows_both_lists_labelled(assistant):
    answer = assistant.answer("孵化器的企业要毕业需要满足什么条件？")
    assert all(item in answer.text for item in NATIONAL[:2] + PROVINCIAL[:2])
    assert "国家级科技企业孵化器毕业" in answer.text and "省级科技企业孵化器毕业" in answer.text
    _numbers_come_from_citations(answer)


def test_single_item_answer_carries_its_heading_and_highlight(assistant):
    answer = assistant.answer("申请国家备案众创空间需要运营多久？")
    assert "18个月" in answer.text and "国家备案众创空间" in answer.text
    c = answer.citations[0]
    doc = assistant.index.documents[c.doc_id].text
    assert doc[c.start:c.end] == c.text
    assert c.start <= c.highlight_start < c.highlight_end <= c.end
    assert "18个月" in doc[c.highlight_start:c.highlight_end]


@pytest.mark.parametrize("question", ["孵化器的企业所得税能减免多少比例？", "明天兰州天气怎么样？",
                                      "深圳的创业补贴一般能拿多少钱？", "市级孵化器的毕业条件是什么？",
                                      "市州级孵化器的毕业条件是什么？"])
def test_unsupported_questions_are_refused_with_topics_offered(assistant, question):
    answer = assistant.answer(question)
    assert answer.refused
    assert answer.text.startswith("抱歉，现有政策文档中没有")
    assert answer.suggestions
    # The questions offered are ones the documents answer, asked on their own.
    assert all(s.endswith("？") and not assistant.answer(s).refused for s in answer.suggestions)
    # Either the topics the documents do cover, or the nearest passage, labelled and cited.
    assert "相关主题" in answer.text or ("仅供参考" in answer.text and re.search(r"\[\d\]", answer.text))


def test_a_neighbour_is_quoted_and_labelled_when_the_asked_thing_is_missing(assistant):
    """2023 figures asked, only 2022 held: refused, saying so, with the 2022 passage cited."""
    answer = assistant.answer("那2023年底呢？", ["截至2022年底，甘肃省有多少家国家级孵化器？"])
    assert "2023" in answer.rewritten and answer.refused
    assert "2023年" in answer.text and "2022年" in answer.text and "14家" in answer.text
    assert re.search(r"\[\d\]", answer.text)


def test_a_city_inside_the_documents_province_is_not_out_of_scope(assistant):
    answer = assistant.answer("我们公司在兰州，从省级孵化器毕业需要满足什么条件？")
    assert not answer.refused and "300万元" in answer.text
    other = assistant.answer("杭州的省级孵化器认定条件是什么？")
    assert other.refused and "杭州" in other.text and "甘肃" in other.text


def test_english_refusal_is_in_english(assistant):
    answer = assistant.answer("How do I register a startup company in Hong Kong?")
    assert answer.refused and answer.text.startswith("Sorry")
    assert not re.match(r"Sorry, [A-Z]", answer.text)  # each gap is a sentence of its own: "Sorry. The documents …"


def test_traditional_question_gets_traditional_answer(assistant):
    answer = assistant.answer("國家備案眾創空間要運營多久才能申請？")
    assert not answer.refused and is_traditional(answer.text) and "18個月" in answer.text
    c = answer.citations[0]
    assert assistant.index.documents[c.doc_id].text[c.start:c.end] == c.text  # citations keep the source


def test_english_question_gets_an_english_lead_and_chinese_passages(assistant):
    answer = assistant.answer("Which taxes are incubators exempt from?")
    assert answer.text.startswith("The documents say:")
    assert "免征" in answer.text and not answer.refused


@pytest.mark.parametrize("history", ["not a list", [1, 2], ["ok", None], ["孵" * 2001]])
def test_bad_history_is_a_clear_error(assistant, history):
    with pytest.raises(BadQuestionError):
        assistant.answer("那省级的呢？", history)


@pytest.mark.parametrize("question", ["", "   ", None, 42, "孵" * 501])
def test_bad_questions_are_clear_errors(assistant, question):
    with pytest.raises(BadQuestionError):
        assistant.answer(question)


def test_hostile_text_is_just_a_question(assistant):
    answer = assistant.answer("'); DROP TABLE turns; -- <script>alert(1)</script> 孵化器免征哪些税")
    assert answer.citations


@pytest.mark.parametrize("question", ["京东云创空间入驻一个工位要交多少租金？", "被认定为省级孵化器以后，政府一次性奖励多少资金？",
                                      "今年申请国家备案众创空间的截止日期是哪天？"])
def test_asking_for_a_fact_the_passages_lack_is_refused(assistant, question):
    assert assistant.answer(question).refused


def test_asking_for_an_amount_the_passages_hold_is_answered(assistant):
    answer = assistant.answer("拿到多少天使投资可以从省级孵化器毕业？")
    assert not answer.refused and "100万元" in answer.text


def test_a_refusal_says_who_can_help_when_staff_set_a_contact(assistant):
    from service.assistant import Assistant

    helped = Assistant(assistant.index, contact="孵化器服务台 0931-1234567")
    refused = helped.answer("明天兰州天气怎么样？")
    assert refused.refused and refused.text.rstrip().endswith("如需人工帮助，请联系：孵化器服务台 0931-1234567")
    assert "0931" not in helped.answer("众创空间有哪些基本类型？").text
    assert "0931" not in assistant.answer("明天兰州天气怎么样？").text  # no contact set, none said


def test_a_licence_the_documents_never_name_is_refused_by_its_name(assistant):
    """The seeds speak of maker spaces and incubators, never of an ICP licence: the question is not answered from a
    neighbour that shares its other words, and the refusal names the missing thing as the asker wrote it."""
    assert assistant.index.names(["国家", "备案"]) and assistant.index.names(["众创空间"])
    assert assistant.index.names(["icp", "许可证"]) is False
    answer = assistant.answer("我们团队在众创空间里做一个社交App，上线前是不是得办ICP许可证？一般多久能批下来？")
    assert answer.refused and "ICP许可证" in answer.text and "仅供参考" in answer.text
    assert answer.reason == "refused: missing name ICP许可证"
    assert not assistant.answer("国家备案众创空间要运营多久才能申请？").refused


def test_a_name_may_leave_out_a_word_the_documents_put_between_its_words(assistant):
    """An asker shortens a name by a word (烟草零售许可证 for 烟草专卖零售许可证): the documents' 众创空间服务标准 names
    a 众创空间标准; a word of one character is still read next to the others, and a missing word still rules out."""
    assert assistant.index.names(["众创空间", "标准"])
    assert assistant.index.names(["icp", "许可证"]) is False
    assert assistant.index.names(["孵化器", "国家级"]) is False


def test_a_name_whose_words_too_many_passages_hold_is_not_ruled_out(assistant, monkeypatch):
    """Words so common that reading every passage holding them all would be slow: the index cannot say the name is
    missing (None), and nothing is refused for it; a word no passage holds still rules the name out."""
    import index.search

    assert assistant.index.names(["孵化器", "国家级"]) is False  # both in many passages, never in that order
    monkeypatch.setattr(index.search, "NAMES_SCAN", 0)
    assert assistant.index.names(["孵化器", "国家级"]) is None
    assert assistant.index.names(["icp", "许可证"]) is False
    assert assistant.index.names(["国家级", "孵化器"]) is None  # held, but no passage may be read to see it


def test_a_slip_in_the_askers_words_does_not_hide_their_figure_from_the_check(assistant):
    answer = assistant.answer("我们在国家级孵化器孵化，连续两年营收加起来900万，还没评上高心技术企业，这样能毕页吗")
    [firm] = [c for c in answer.checks["conditions"] if "高新技术企业" in c["text"]]
    assert firm["verdict"] == "not_met"  # 高心技术企业 is 高新技术企业
    answer = assistant.answer("我们众创空间运营刚好满18个月，提供了30个创业工为，能申请国家备案众创空间吗")
    [new_firms] = [c for c in answer.checks["conditions"] if "新企业数" in c["text"]]
    assert new_firms["verdict"] == "unknown"  # 30个创业工为 are work places (工位), not new firms


def test_a_cantonese_askers_figures_are_checked(assistant):
    """我哋…夠唔夠資格畢業: the check reads the question in Mandarin words (index/expand.py mandarin), as retrieval does."""
    answer = assistant.answer("我哋公司喺省級孵化器，去年營收350萬，前年100萬，冇融資，夠唔夠資格畢業？")
    assert answer.checks is not None and answer.checks["verdict"] == "met"
    assert any("300万元" in c["text"] and c["verdict"] == "met" for c in answer.checks["conditions"])


KTV = "行政法规/娱乐场所管理条例(2020-11-29).md"


@pytest.fixture(scope="module")
def ktv_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "ktv", {"ktv.md": LAWS / KTV})


def test_each_part_of_a_two_part_question_gets_its_passage(ktv_assistant):
    """监控录像 is 第十五条's (30日); 营业日志…留存60日 is the second paragraph of 第二十五条, which the whole question's
    search puts below articles that only name 营业日志: searched alone, that part finds the passage giving its days."""
    answer = ktv_assistant.answer("KTV的监控录像要保存多久？营业日志又要留几天？")
    assert not answer.refused, answer.reason
    assert "30日" in answer.text and "60日" in answer.text
    assert answer.citations[0].text.startswith("第十五条")


def test_a_part_no_passage_among_the_first_names_is_searched_alone(ktv_assistant):
    """With only 第十五条 and an unrelated article among the first two, the part on 营业日志 is searched alone in the law:
    its passage giving the days (留存60日) takes the second place; the first stays first."""
    from service.compose import units_from_hits
    from service.understand import understand

    question = "KTV的监控录像要保存多久？营业日志又要留几天？"
    units = units_from_hits(ktv_assistant.index, ktv_assistant.retrieve("闭路电视监控录像资料留存", k=5), 5)
    first = next(u for u in units if "监控录像资料留存30日" in u.doc.text[u.start:u.end])
    other = next(u for u in units if "营业日志" not in u.doc.text[u.start:u.end] and u is not first)
    out = ktv_assistant._every_part(understand(question), [first, other], 2)
    assert out[0] is first
    assert "留存60日" in out[1].doc.text[out[1].start:out[1].end]
    assert ktv_assistant._every_part(understand("KTV的监控录像要保存多久？"), [first, other], 2) == [first, other]


NOTARY = "行政法/公证法(2017-09-01).md"


@pytest.fixture(scope="module")
def notary_assistant(tmp_path_factory, embedder):
    return corpus_assistant(tmp_path_factory, embedder, "notary", {"notary.md": LAWS / NOTARY})


def test_a_part_asking_who_is_answered_by_the_sentence_that_names_who_does_it(notary_assistant):
    """公证收费标准由哪些部门制定？ is 第四十六条's (价格主管部门会同…司法行政部门制定), not a list of 公证机构's wrongs whose
    items hold 收费标准 in one and 司法行政部门 in another, nor 第三十四条's 公证机构 beside 公证费."""
    answer = notary_assistant.answer("公证收费标准由哪些部门制定？对于符合法律援助条件的申请人，公证机构是否应当减免费用？")
    assert not answer.refused, answer.reason
    assert "减免公证费" in answer.text and "价格主管部门" in answer.text
    assert "争揽公证业务" not in answer.text
