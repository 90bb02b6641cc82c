"""Follow-up rewriting without an LLM."""

from service.followup import asked_part, is_followup, rewrite


def test_contrast_swaps():
    assert rewrite("那省级的呢？", ["企业从国家级孵化器毕业需要满足什么条件？"]) == "企业从省级孵化器毕业需要满足什么条件？"
    assert rewrite("那众创空间呢", ["省级孵化器可以免哪些税？"]) == "省级众创空间可以免哪些税？"
    assert rewrite("那现代农业的呢", ["在国家级孵化器里，生物医药企业能孵化多久？"]) == "在国家级孵化器里，现代农业企业能孵化多久？"


def test_carries_the_subject_into_pronouns_and_bare_nouns():
    assert "海创汇" in rewrite("它搭建了哪些平台", ["海创汇是什么？"])
    assert rewrite("在孵企业呢？", ["申请国家级孵化器需要哪些条件？"]) == "申请国家级孵化器的在孵企业需要哪些条件？"
    assert "国家备案众创空间" in rewrite("场地有什么要求", ["申请国家备案众创空间需要运营多久？"])


def test_self_contained_questions_are_kept():
    q = "甘肃省2022年底有多少家省级及以上众创空间？"
    assert not is_followup(q) and rewrite(q, ["国家级孵化器至少要多少家在孵企业？"]) == q
    assert rewrite("那省级的呢？", []) == "那省级的呢？"


def test_english_follow_up():
    out = rewrite("what about provincial ones?", ["What are the graduation criteria for national-level incubators?"])
    assert out == "What are the graduation criteria for provincial incubators?"


def test_swaps_places_and_years_too():
    assert rewrite("那江苏省呢？", ["山东省对青年人才有哪些扶持措施？"]) == "江苏省对青年人才有哪些扶持措施？"
    assert rewrite("那2023年底呢？", ["截至2022年底，甘肃省有多少家国家级孵化器？"]) == "截至2023年底，甘肃省有多少家国家级孵化器？"
    assert rewrite("那房产税呢？也能申请减免吗？", ["青岛的科技型中小企业交城镇土地使用税有困难，能减免吗？"]) == \
        "青岛的科技型中小企业交房产税有困难，能减免吗？"


def test_a_follow_up_that_asks_something_new_keeps_the_earlier_turn_as_context():
    out = rewrite("要是忘了报会怎么样？", ["公司年报每年什么时候报？"])
    assert out == "要是忘了报会怎么样？（上文：公司年报每年什么时候报？）"
    assert asked_part(out) == ("要是忘了报会怎么样？", "公司年报每年什么时候报？")
    assert rewrite("那有限合伙人呢？", ["普通合伙企业的合伙人对企业的债务要承担什么责任？"]).startswith("普通合伙企业的有限合伙人")


def test_a_question_that_names_no_thing_of_its_own_leans_on_the_earlier_one():
    from service.followup import is_followup, rewrite

    assert is_followup("最长能延多久？要谁批准？")
    assert is_followup("在杭州领的，拿到温州去用行不行？")  # places only: the thing is the earlier turn's
    assert not is_followup("众创空间有哪些税收优惠？")
    assert "（上文：公司资金周转困难，这个月的税款交不上，可以申请延期缴纳吗？）" in \
        rewrite("最长能延多久？要谁批准？", ["公司资金周转困难，这个月的税款交不上，可以申请延期缴纳吗？"])
