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
