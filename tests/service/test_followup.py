"""Follow-up rewriting without an LLM."""

from corpus.models import Chunk
from index.search import Hit
from service.assistant import _naming_first
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
    # a sibling of the earlier question's inner place stands in for it, not beside its province or city
    assert rewrite("东城区的呢？", ["在北京海淀区建厂要占用耕地，耕地占用税一平方米多少钱？"]) == \
        "在北京东城区建厂要占用耕地，耕地占用税一平方米多少钱？"
    assert rewrite("那青岛呢？", ["在山东济南开公司有什么补贴？"]) == "在山东青岛开公司有什么补贴？"


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


def test_only_a_bare_thing_stands_in_the_earlier_question_and_a_place_named_again_stays():
    # a phrase with a verb of its own is a question of its own: asked with the earlier turn as context
    assert rewrite("那个体户也适用吗？", ["郑州那个非公有制企业权益保障条例，都保护哪些企业？"]).startswith("那个体户也适用吗？")
    assert rewrite("最后一步是干嘛的？", ["京东云创空间的孵化模式分哪几步？"]).startswith("最后一步是干嘛的？")
    assert "上文" not in rewrite("那做出口为主的企业呢？", ["高新技术企业能享受哪些优惠？"])  # a thing, after 的
    assert rewrite("省级的呢？", ["国家级孵化器的在孵企业最多能孵化多久？"]) == "省级孵化器的在孵企业最多能孵化多久？"
    # 北京 named again is still the place; 香港 and 台湾 say who invests, not where
    hk = rewrite("那香港、台湾的投资者在北京投资，也适用这个条例吗？", ["外国股东从北京的外资公司分到的利润，能不能自由汇出境外？"])
    assert "外国股东从北京" in hk
    # a place inside the earlier one (历城 in 济南) or around it (长三角) does not replace it
    assert "在济南开公司" in rewrite("那以后要是想把公司从历城迁到别的区，会不会被设卡？", ["在济南开公司，社保登记能跟营业执照一起办吗？"])
    assert rewrite("宁波呢？", ["杭州能免哪些税？"]) == "宁波能免哪些税？"


def test_a_case_or_a_sequel_of_what_was_said_leans_on_it():
    for q in ("快到期的话，最早什么时候可以提出续签？", "举报之后，多长时间内得拿出处理决定？",
              "如果情节严重被吊销了营业执照，我这个法人代表个人还会受什么影响？", "我们公司是今年8月份才拿到执照的，今年也得报吗？",
              "我们厂还没建工会，那职工这边的代表要怎么产生？"):
        assert is_followup(q), q
        assert "上文" in rewrite(q, ["杭州的工资专项集体合同一般签多长时间？"])
    # people a question names itself (工商的人…他们) are its own
    assert not is_followup("上海这边工商的人来我们店里查不正当竞争，他们不亮证件，我们可以不配合吗？")


def test_keywords_and_long_english_questions_name_their_own_things():
    assert not is_followup("会计年度 起止日期") and not is_followup("浙江 职代会 每年召开几次")
    assert is_followup("省级的呢？") and is_followup("And for provincial level?")
    long_en = "Our startup in Jinan got government money for a talent project and they now want it back, can they do that?"
    assert not is_followup(long_en)
    assert is_followup("Is it taxed too?")


def test_a_bare_thing_of_the_earlier_things_kind_takes_its_place_the_same_in_every_process():
    import subprocess
    import sys

    # 国有控股公司 begins and ends as 国有独资公司 does: it stands in its place, not beside 国有 or 公司
    assert rewrite("那国有控股公司的呢？", ["山东的国有独资公司，法定代表人由谁来定？"]) == "山东的国有控股公司，法定代表人由谁来定？"
    assert rewrite("有限合伙人呢？", ["合伙人要交个税吗？"]) == "有限合伙人要交个税吗？"
    # words of one length are tried in an order of their own, never a set's (which changes with the hash seed)
    code = "from service.followup import rewrite; print(rewrite('那国有控股公司的呢？', ['山东的国有独资公司，法定代表人由谁来定？']))"
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(seen) == 1


def test_this_or_that_before_a_measure_word_names_no_tax():
    # 这个税 is "this tax": its 个税 is no 个人所得税 to swap for the earlier turn's 车船税
    out = rewrite("那这个税是一年交一次，还是可以按月分期交？", ["公司车的车船税是不是买交强险的时候由保险公司代收？"])
    assert out.endswith("（上文：公司车的车船税是不是买交强险的时候由保险公司代收？）")
    assert rewrite("那个税呢？", ["增值税怎么交？"]) == "个税怎么交？"  # 那 leads; 个税 is named


def test_a_turn_to_the_other_side_and_a_short_what_about_first_lean_on_the_earlier_turn():
    """反过来，要是…呢？ turns the earlier case around; 男员工的陪产假呢？有几天？ asks "what about" before its own question:
    both carry the earlier question as context."""
    earlier = "我们和一位老人签了遗赠扶养协议，老人没有正当理由不履行导致协议解除，供养费能要回来吗？"
    q = "反过来，要是协议是因为我们公司这边没履行才解除的呢？"
    assert is_followup(q) and "遗赠扶养协议" in rewrite(q, [earlier])
    q = "男员工的陪产假呢？有几天？"
    assert is_followup(q) and "产假" in rewrite(q, ["女员工生孩子，产假最少要给多少天？"]).split("（")[1]
    assert not is_followup("陪产假有几天？男员工能休吗？")


def test_a_follow_up_naming_a_new_thing_reads_first_the_passage_that_names_all_of_it():
    """那湿地保护小区呢？ after 省级湿地公园…: both turns' words find the earlier turn's article first; the article that
    names all the follow-up brings anew comes before it, unless the best already names it all."""
    def hit(i: int, text: str) -> Hit:
        return Hit(Chunk(i, "d", "浙江省湿地保护条例", ("浙江省湿地保护条例", "第三章 保护方式"), text, 0, len(text)),
                   1.0, 0.9, 1.0, i + 1, i + 1)

    park = hit(0, "第二十条 面积在二十公顷以上，并具备下列条件之一的湿地，可以设立省级湿地公园")
    small = hit(1, "第二十五条 面积在八公顷以上，并具备下列条件之一的湿地，可以设立湿地保护小区")
    earlier = "浙江省设立省级湿地公园在面积和生态条件方面有何要求？"
    assert _naming_first([park, small], "那湿地保护小区呢？", earlier) == [small, park]
    assert _naming_first([small, park], "那湿地保护小区呢？", earlier) == [small, park]
    assert _naming_first([park, small], "那面积呢？", earlier) == [park, small]  # nothing new


def test_a_bare_follow_up_asks_the_kind_of_fact_its_earlier_turn_asked():
    from service.understand import carried_types

    earlier = "内地法院请澳门法院代为送达诉讼文书，受托法院最迟应在多长时间内办完？"
    asked = rewrite("那调取证据呢？", [earlier])
    assert [t.name for t in carried_types(asked)] == ["duration"]
    assert not carried_types("调取证据要多久？")  # no earlier turn
    # of the passages naming what it brings anew (调取证据), the one holding a time comes first
    def hit(i: int, text: str) -> Hit:
        return Hit(Chunk(i, "d", "澳门送达安排", ("澳门送达安排",), text, 0, len(text)), 1.0, 0.9, 1.0, i + 1, i + 1)

    scope = hit(0, "第十六条 委托方法院请求调取的证据只能是用于与诉讼有关的证据。")
    limit = hit(1, "第六条 完成受托事项的期限，送达文书最迟不得超过自收到委托书之日起两个月，调取证据最迟不得超过自收到委托书之日起三个月。")
    assert _naming_first([scope, limit], "那调取证据呢？", earlier, carried_types(asked)) == [limit, scope]
    assert _naming_first([scope, limit], "那调取证据呢？", earlier) == [scope, limit]


def test_an_earlier_turn_that_only_tells_the_askers_case_goes_with_the_next_question():
    told = "我们是一个5个人的创业团队，入驻一家国家备案众创空间已经30个月了。"
    out = rewrite("按规定的入驻时限，我们还能继续待下去吗？", [told])
    assert out.startswith("按规定的入驻时限") and asked_part(out) == ("按规定的入驻时限，我们还能继续待下去吗？", told.rstrip("。"))
    # a question naming its own place asks of that place, not of the one told
    assert rewrite("甘肃有多少国家级孵化器", ["我们公司在杭州。"]) == "甘肃有多少国家级孵化器"
    # an earlier question is no case told: a question of its own stays as it is
    q = "甘肃省2022年底有多少家省级及以上众创空间？"
    assert rewrite(q, ["国家级孵化器至少要多少家在孵企业？"]) == q
