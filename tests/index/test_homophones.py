"""Homophone slips of corpus terms (what a pinyin input method produces) are put right, nothing else."""

from __future__ import annotations

from index.homophones import Homophones

TERMS = ["众创空间", "菁蓉镇", "孵化器", "天使投资", "企业所得税", "入驻", "创业", "加速器", "科技园", "技术"]


def test_slips_of_corpus_terms_are_replaced():
    h = Homophones(TERMS)
    assert h.correct("重创空间入住手续是不是很麻烦") == "众创空间入住手续是不是很麻烦"
    assert h.correct("京蓉镇获得过哪些荣誉称号") == "菁蓉镇获得过哪些荣誉称号"
    assert h.correct("省级孵化期场地要多少平米") == "省级孵化器场地要多少平米"
    assert h.correct("拿到多少天始投资可以毕业") == "拿到多少天使投资可以毕业"
    assert h.correct("个人独资企业要交企业所得睡吗") == "个人独资企业要交企业所得税吗"


def test_traditional_questions_get_the_term_in_traditional():
    assert Homophones(TERMS).correct("重創空間有哪些類型") == "眾創空間有哪些類型"


def test_correct_text_and_short_words_are_left_alone():
    h = Homophones(TERMS)
    for text in ["众创空间入驻手续", "孵化器免征哪些税？", "What taxes are incubators exempt from?", "", "   ",
                 "2022年总收入", "入住手续", "技巧", "我是做餐饮的，可以申请吗"]:
        assert h.correct(text) == text


def test_a_sound_shared_by_two_terms_is_not_guessed():
    h = Homophones(["众创空间", "重创空间"])  # both in the corpus: neither is a slip, and 中创空间 could be either
    assert h.correct("中创空间的类型") == "中创空间的类型"
    assert h.correct("重创空间的类型") == "重创空间的类型"


def test_terms_outside_three_to_six_han_characters_are_ignored():
    h = Homophones(["技术", "abc孵化器", "国家级科技企业孵化器"])
    assert h.terms == set()
    assert h.correct("鸡术") == "鸡术"


def test_a_function_word_the_asker_typed_is_no_half_of_a_slip():
    h = Homophones([*TERMS, "市政府"])
    assert h.correct("如果是政府出资办的担保公司，还要做什么？") == "如果是政府出资办的担保公司，还要做什么？"
    assert h.correct("重创空间在哪") == "众创空间在哪"
    assert Homophones([*TERMS, "在孵企业"]).correct("在符企业有多少家") == "在孵企业有多少家"
    # a negation the asker typed (不 + 如实) is no half of a slip for 哺乳室; a term that starts with it still is
    assert Homophones([*TERMS, "哺乳室"]).correct("单位不如实记载要罚款吗") == "单位不如实记载要罚款吗"
    assert Homophones([*TERMS, "不动产"]).correct("补动产登记要多久") == "不动产登记要多久"


def test_a_common_word_the_asker_typed_is_not_taken_for_a_slip():
    # 未制定 sounds like the corpus's 未指定, but 制定 is a word as common as any: the asker meant it
    h = Homophones([*TERMS, "未指定"])
    assert h.correct("应急预案未制定会罚款吗") == "应急预案未制定会罚款吗"
    assert h.correct("重创空间入住手续") == "众创空间入住手续"  # 重创 is a word, but a rare one: still a slip


def test_a_two_character_slip_jieba_cuts_into_its_characters_is_offered_as_the_term():
    """够成 is no word jieba knows here: it cuts 够 + 成, which together sound like the corpus's 构成."""
    h = Homophones([*TERMS, "构成", "资金"])
    assert h.pair_slips("由哪几块资金够成？") == {"够成": "构成"}
    assert h.pair_slips("由哪几块资金构成？") == {}
    assert Homophones([*TERMS, "再修"]).pair_slips("在修管道") == {}  # a function word is no half of one


def test_a_two_character_slip_is_taken_for_the_far_commoner_of_two_terms_of_its_sound():
    held = {"处罚": 1361, "出发": 2, "登记": 2701, "等级": 197, "权利": 400, "权力": 300}
    h = Homophones([*TERMS, *held], frequency=lambda w: held.get(w, 0))
    assert h.pair_slips("会被处发多少钱？") == {"处发": "处罚"}
    assert h.pair_slips("还没去办登纪，转让生效了吗？") == {"登纪": "登记"}
    assert h.pair_slips("会被处发多少钱？".replace("处发", "全立")) == {}  # 权利 and 权力: neither far commoner
    assert Homophones([*TERMS, *held]).pair_slips("会被处发多少钱？") == {}  # no counts: no guess
