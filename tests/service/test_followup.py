"""Follow-up rewriting without an LLM."""

from service.followup import is_followup, rewrite


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
