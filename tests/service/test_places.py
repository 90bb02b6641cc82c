"""A question about a place the documents never name, while they name others, is refused, not answered."""

from __future__ import annotations

import pytest

from tests.conftest import LAWS, corpus_assistant

PUBLIC_ORDER = "行政法/治安管理处罚法(2012-10-26).md"  # national: the 旅馆 registration penalty (第五十六条)
# local rules: 民宿, unregistered lodgers, customers without identity papers
JIAOZUO_TOURISM = "DLC/河南地方法规/地方性法规/河南/焦作市全域旅游促进条例(2020-11-05).md"
HENAN_RESIDENTS = "DLC/河南地方法规/地方性法规/河南/河南省暂住人口管理条例(2010-07-30).md"
WENZHOU_HOUSEHOLD = "DLC/浙江地方法规/地方性法规/浙江/温州市家政服务条例(2021-04-07).md"


@pytest.fixture(scope="module")
def lodging(tmp_path_factory, embedder):
    files = {"public-order.md": PUBLIC_ORDER, "jiaozuo.md": JIAOZUO_TOURISM, "henan.md": HENAN_RESIDENTS,
             "wenzhou.md": WENZHOU_HOUSEHOLD}
    return corpus_assistant(tmp_path_factory, embedder, "lodging", {name: LAWS / rel for name, rel in files.items()})


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


def test_a_citys_question_is_labelled_with_its_province_not_a_zone_the_passage_names():
    from corpus.models import Chunk, Document
    from index.search import Hit
    from service.compose import Unit, _place_label

    text = "第四十九条 省人民政府应当推动长三角区域协同创新，县级以上人民政府可以发放科技创新券。"
    doc = Document(doc_id="zj", title="浙江省数字经济促进条例", text=text, source="zj.md", region="浙江省")
    chunk = Chunk(chunk_id=0, doc_id="zj", title=doc.title, section=(), text=text, start=0, end=len(text))
    unit = Unit(Hit(chunk, 1.0, 0.9, 1.0, 1, 1), doc, [chunk], None, False, 0, len(text))
    assert _place_label("杭州的初创公司能领科技创新券吗？", unit) == "（浙江省的规定）"
    assert _place_label("浙江的初创公司能领科技创新券吗？", unit) == ""  # the asker named the province itself


def test_the_askers_place_said_in_an_earlier_turn_stays_theirs(assistant):
    answer = assistant.answer("孵化器有哪些税收优惠？", ["我们公司在杭州，做企业软件的。"])
    assert "杭州" in answer.rewritten and "杭州" in answer.text
    # a question naming its own place keeps it; English questions are read as asked
    assert "杭州" not in assistant.answer("甘肃有多少国家级孵化器", ["我们公司在杭州。"]).rewritten


def test_an_asker_placed_where_no_local_rule_is_answered_by_the_national_law(lodging):
    """我们在成都开了家小民宿: 成都 is where the asker is. Other places' 民宿 rules match best, but a national law binds an
    asker anywhere: searched among the national and 成都's own rules, it answers. A question about the place itself
    (成都的…规定) or a follow-up that swaps the place keeps the refusal that says whose rules there are."""
    q = "我们在成都开了家小民宿，有时候客人嫌麻烦不给身份证，前台就没登记，这样被查到会怎么罚啊？"
    answer = lodging.answer(q)
    assert not answer.refused and "二百元以上五百元以下" in answer.text
    assert lodging.index.documents[answer.citations[0].doc_id].title.startswith("中华人民共和国治安管理处罚法")
    follow = lodging.answer("那成都呢？", ["焦作的民宿要符合什么条件？"])
    assert follow.refused


JINING_CIVILITY = "DLC/山东地方法规/地方性法规/山东/济宁市文明行为促进条例(2019-07-29).md"  # 第九条: 经营管理单位…罚款
DONGGUAN_CIVILITY = "DLC/广东地方法规/地方性法规/广东/东莞市文明行为促进条例(2023-02-23).md"
HEBI_CIVILITY = "DLC/河南地方法规/地方性法规/河南/鹤壁市文明行为促进条例(2019-10-28).md"
HUZHOU_CIVILITY = "DLC/浙江地方法规/地方性法规/浙江/湖州市文明行为促进条例(2018-09-05).md"
MEDICAL_DEVICES = "部门规章/市场监督管理总局/医疗器械经营监督管理办法(2022-03-10).md"


@pytest.fixture(scope="module")
def smoking(tmp_path_factory, embedder):
    files = {"jining.md": JINING_CIVILITY, "dongguan.md": DONGGUAN_CIVILITY, "hebi.md": HEBI_CIVILITY,
             "huzhou.md": HUZHOU_CIVILITY, "devices.md": MEDICAL_DEVICES}
    return corpus_assistant(tmp_path_factory, embedder, "smoking", {name: LAWS / rel for name, rel in files.items()})


def test_a_penalty_asked_where_the_asker_is_is_found_from_their_own_rules_words_for_the_act(smoking):
    """我在济宁开了家火锅店…客人在包间里抽烟…会不会被罚: other cities' sanctions for smoking match best. Among 济宁's own and
    the national rules, the asker's words for the act find 济宁's duty (不在室内公共场所…吸烟), whose own article fines the
    place that does not stop it; the words any sanction has (罚款, 责令改正) would find a national sanction for anything."""
    answer = smoking.answer("我在济宁开了家火锅店，老有客人在包间里抽烟，我们店里要是不管，会不会被罚啊？罚多少？")
    assert not answer.refused and "五百元以上三千元以下" in answer.text
    assert smoking.index.documents[answer.citations[0].doc_id].title == "济宁市文明行为促进条例"
