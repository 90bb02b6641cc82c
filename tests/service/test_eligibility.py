"""The founder's own figures against a list of conditions: thresholds, figures, verdicts (no model)."""

from __future__ import annotations

import pytest

from corpus.normalize import fold
from service.compose import compose_checks
from service.eligibility import _without_echoes, asks_whether, check, combine_rule, conditions, defined_items, figures, thresholds
from service.quantities import clock_span, dated_by_weekday, elapsed, english_clock_span, english_quantities, parse_number, quantities

PROVINCIAL_GRADUATION = ["（1）经国家备案通过的高新技术企业。", "（2）认定为省级科技创新型企业。",
                         "（3）累计获得天使投资或风险投资超过100万元。",
                         "（4）连续2年营业收入累计超过500万元或上年营业总收入超过300万元。",
                         "（5）被兼并、收购或在国内外资本市场挂牌、上市。"]
HEADING = "3.企业从省级科技企业孵化器毕业应至少符合下列条件中的一项"


@pytest.mark.parametrize("text, value", [("350", 350), ("1.5万", 15000), ("四百八十万", 4_800_000), ("9百万", 9_000_000),
                                         ("十八", 18), ("一百八十三", 183), ("两千", 2000), ("俩", 2), ("仨", 3),
                                         ("二亿五千万", 250_000_000), ("一亿二千三百万", 123_000_000), ("一万亿", 10**12),
                                         # digits between multipliers, and the colloquial last digit (一万八 is 18000)
                                         ("4万8千", 48_000), ("1亿2千万", 120_000_000), ("3万5000", 35_000),
                                         ("4万8", 48_000), ("一万八", 18_000), ("两千五", 2500), ("一百零五", 105)])
def test_numbers_in_digits_and_chinese(text, value):
    assert parse_number(text) == value


def test_quantities_are_normalised_and_dates_left_out():
    found = {(q.raw, q.dimension, q.value) for q in quantities("去年营收350万，场地1.5万平方米，两年半，38岁，2022年1月注册，3月10日决定")}
    assert found == {("350万", "money", 350), ("1.5万平方米", "area", 15000), ("两年半", "months", 30), ("38岁", "age", 38)}
    # shares as people say them: 占八成 is 80%; 一成不变, 八成新 are no shares
    assert [(q.raw, q.value) for q in quantities("能支配的面积大概占八成，设备八成新，一成不变")] == [("八成", 80.0)]
    # 块 counts things as well as yuan: 一块LED大屏, 两块地 are no sums; 罚了800块, 两块钱 are
    assert not quantities("想在路边装一块led电子大屏，再租两块地")
    assert [q.raw for q in quantities("罚了800块，停车费两块钱")] == ["800块", "两块钱"]
    # a word that opens with a unit's character is no unit: 400万周转 is a sum, not 400万 weeks
    assert [(q.raw, q.dimension) for q in quantities("跟朋友借400万周转，300万年底到账")] == [("400万", "money"), ("300万", "money")]


def test_a_figure_said_with_digits_between_multipliers_is_read_whole():
    # 4万8千平米 is 48,000 square metres (not 8千平米 beside a sum of 4万); 1万2 a month is 12,000 yuan; a year
    # written straight after a sum is no digit of it
    assert [(q.raw, q.dimension, q.value) for q in quantities("规划建设用地面积4万8千平米，月薪1万2，融资1亿2千万元")] == \
        [("4万8千平米", "area", 48_000), ("1万2", "money", 1.2), ("1亿2千万元", "money", 12_000)]
    assert [q.raw for q in quantities("营收1万2023年注册")] == ["1万"]


def test_thresholds_read_their_comparison():
    [t] = thresholds("（7）孵化器累计毕业企业应达到20家以上。")
    assert (t.op, t.value, t.dimension) == (">=", 20, "count")
    low, high = thresholds("超过三十五周岁不满四十五周岁的个人")
    assert (low.op, low.value, high.op, high.value) == (">", 35, "<", 45)
    [t] = thresholds("综合性众创空间面积原则上可自主支配面积不得低于500平方米")
    assert (t.op, t.value) == (">=", 500)
    [t] = thresholds("经营增值电信业务的，其注册资本最低限额为100万元人民币")  # the least allowed, said with 为
    assert (t.op, t.value, t.dimension) == (">=", 100, "money")
    [t] = thresholds("未造成人员伤亡，直接经济损失在一百万元以下（不含）的一般事故")  # the figure itself excluded
    assert (t.op, t.value) == ("<", 100)  # in 万元
    [t] = thresholds("导致二人以下（含）重伤的一般事故")
    assert (t.op, t.value) == ("<=", 2)
    over, _ = thresholds("从业人员超过三百人（含）的，应当配备不少于两名的注册安全工程师")  # 超过…（含）: 300 itself counts
    assert (over.op, over.value) == (">=", 300)


def test_alternatives_joined_by_or_make_one_condition():
    [c] = conditions(["（4）连续2年营业收入累计超过500万元或上年营业总收入超过300万元。"])
    assert c.either and len(c.thresholds) == 2


def test_the_clauses_of_one_case_hold_together_and_parallel_cases_stay_alternatives():
    items = ["（一）非法经营数额在二十万元以上或者违法所得数额在十万元以上的；",
             "（二）给专利权人造成直接经济损失五十万元以上的；",
             "（三）假冒两项以上他人专利，非法经营数额在十万元以上或者违法所得数额在五万元以上的；",
             "（四）其他情节严重的情形。"]
    checks = check(items, "具有下列情形之一的", ["对方假冒了我们两项专利，够不够情节严重？经营额还没查清"], citation=1)
    [two] = [c for c in checks.conditions if "两项" in c.text]
    assert two.text == "假冒两项以上他人专利，非法经营数额在十万元以上或者违法所得数额在五万元以上的"
    assert two.verdict == "unknown" and checks.verdict == "unknown"  # two patents alone are not the case
    marks = ["（二）伪造、擅自制造两种以上注册商标标识数量在一万件以上，或者非法经营数额在三万元以上的；"]
    [kinds] = check(marks, "具有下列情形之一的", ["对方印了我们的商标标识1.5万件"], citation=1).conditions
    assert kinds.verdict == "unknown"  # 1.5万件 are pieces, not kinds of marks
    either = conditions(["（三）女满四十周岁以上、男满五十周岁以上的；"])
    assert len(either) == 2 and not any(c.joint for c in either)  # 、 sets parallel cases apart
    [c] = conditions(["（4）连续2年营业收入累计超过500万元或上年营业总收入超过300万元。"])
    assert "或" in c.contract(1)["required"]  # alternatives read as such


def test_months_against_working_days_and_a_window_before_a_date_read_either_way():
    review = ["第十二条 主管部门收到申请后，应当自收到申请之日起30个工作日内作出批准或者不批准的决定。"]
    verdict = lambda items, q: [c.verdict for c in check(items, "", [q], citation=1, default_rule="any").conditions]
    assert verdict(review, "申请交上去一个多月了还没有决定，是不是超期了？") == ["unknown"]  # 20 to 44 working days
    assert verdict(review, "申请交上去两个月了还没有决定，是不是超期了？") == ["not_met"]  # at least 40
    assert verdict(review, "申请交上去一个月了还没有决定，是不是超期了？") == ["met"]  # at most 23
    [floor, ceiling] = thresholds("应当在有效期届满前90个工作日至30个工作日期间提出延续申请")
    assert {(floor.op, floor.value), (ceiling.op, ceiling.value)} == {("<=", 90), (">=", 30)}  # 30 to 90
    renewal = ["第十六条 许可证有效期届满需要延续的，企业应当在有效期届满前90个工作日至30个工作日期间提出延续申请。"]
    assert verdict(renewal, "许可证离到期还有60个工作日，现在提延续申请行不行？") == ["met"]
    assert verdict(renewal, "许可证还有20个工作日就到期了，现在提延续申请还来得及吗？") == ["not_met"]


def test_the_issues_example():
    checks = check(PROVINCIAL_GRADUATION, HEADING, ["我们公司去年营收350万，前年营收100万，没融资，也不是高企，在省级孵化器，能毕业吗？"],
                   citation=1)
    assert checks.rule == "any" and checks.verdict == "met"
    verdicts = [c.verdict for c in checks.conditions]
    assert verdicts == ["not_met", "unknown", "not_met", "met", "unknown"]
    assert "350万" in checks.conditions[3].given


def test_boundaries_sums_and_figures_never_guessed():
    at_line = check(PROVINCIAL_GRADUATION, HEADING, ["前年营收150万，去年正好300万，融资正好100万"], citation=1)
    assert [c.verdict for c in at_line.conditions][2:4] == ["not_met", "not_met"]  # 超过 excludes the line itself
    assert at_line.verdict == "unknown"  # statuses not stated: never guessed
    summed = check(PROVINCIAL_GRADUATION, HEADING, ["前年营收280万，去年230万"], citation=1)
    assert summed.conditions[3].verdict == "met" and summed.verdict == "met"  # 510万 over two years


def test_a_figure_goes_to_the_condition_that_measures_it():
    items = ["运营主体成立并实际运营12个月以上，入驻的小微企业不少于10个或入驻的创业团队不少于15个。"]
    [run, firms] = check(items, "应同时具备以下条件", ["运营14个月了。入驻小微企业8个，创业团队正好15个。"], citation=1).conditions
    assert run.verdict == "met" and firms.verdict == "met"


def test_statuses_and_their_negations():
    checks = check(PROVINCIAL_GRADUATION, HEADING, ["还没评上高新技术企业，也没被兼并收购，没挂牌上市"], citation=1)
    assert [checks.conditions[i].verdict for i in (0, 4)] == ["not_met", "not_met"]
    english = check(PROVINCIAL_GRADUATION, HEADING, ["We're not a high-tech enterprise and haven't been acquired."],
                    citation=1, english=True)
    assert english.conditions[0].verdict == "not_met"


def test_founders_say_gaoxin_for_the_status_but_a_gaoxin_zone_is_a_place():
    checks = check(PROVINCIAL_GRADUATION, HEADING, ["没评上高新，也没被收购"], citation=1)
    assert checks.conditions[0].verdict == "not_met"
    assert check(PROVINCIAL_GRADUATION, HEADING, ["我们在郑州高新区，毕业要什么条件？"], citation=1) is None
    placed = check(PROVINCIAL_GRADUATION, HEADING, ["我们在高新技术产业开发区，也没被收购"], citation=1)
    assert placed.conditions[0].verdict == "unknown"


def test_a_status_word_across_two_words_of_the_asker_is_not_said():
    """评上|市级 holds 上市 only as characters: no listing is said, so nothing of theirs is checked (what would settle
    the list is all an asker who asks whether they may is told); 上市公司 says it."""
    unsaid = check(PROVINCIAL_GRADUATION, HEADING, ["我们还没评上市级孵化器，能直接报省级的吗？"], citation=1)
    assert unsaid is None or not unsaid.bearing and all(c.verdict == "unknown" for c in unsaid.conditions)
    listed = check(PROVINCIAL_GRADUATION, HEADING, ["我们已经是上市公司了"], citation=1)
    assert listed.conditions[4].verdict == "met"


def test_nothing_stated_means_no_check():
    assert check(PROVINCIAL_GRADUATION, HEADING, ["毕业需要什么条件？"], citation=1) is None
    assert figures(["35岁以下才算青年吗"]) == []  # the asker quoting a rule


def test_a_condition_for_another_kind_does_not_bind_the_asker():
    items = ["运营主体成立并实际运营12个月以上。",
             "综合性众创空间面积原则上可自主支配面积不得低于500平方米，",
             "专业化众创空间可自主支配面积原则上不低于1000平方米。"]
    ours = check(items, "应同时具备以下条件", ["我们是综合性的众创空间，运营14个月了，自主支配面积600平"], citation=1)
    assert [c.text[:3] for c in ours.conditions] == ["运营主", "综合性"] and ours.verdict == "met"
    other = check(items, "应同时具备以下条件", ["我们是专业化的众创空间，运营14个月了，自主支配面积600平"], citation=1)
    assert other.verdict == "not_met" and other.conditions[-1].text.startswith("专业化")
    unsaid = check(items, "应同时具备以下条件", ["我们运营14个月了，自主支配面积600平"], citation=1)
    assert len(unsaid.conditions) == 3  # the asker did not say which kind: every condition stays
    # …and one for a kind they may not be does not fail them: it depends on which kind theirs is
    assert [c.verdict for c in unsaid.conditions] == ["met", "met", "unknown"] and unsaid.verdict == "unknown"
    assert unsaid.conditions[-1].kind_unsaid and "哪一类" in compose_checks(unsaid, "zh")
    # levels are not kinds: 国家备案 and 省级 in one list both bind a founder in a provincial incubator
    provincial = check(PROVINCIAL_GRADUATION, HEADING, ["我们在省级孵化器，不是高企，去年营收350万"], citation=1)
    assert len(provincial.conditions) == 5 and provincial.verdict == "met"


def test_a_whole_list_keeps_its_items_that_no_figure_can_settle():
    items = ["（1）运营时间满18个月。", "（2）具有完善的财务管理、日常管理服务等规章制度。"]
    met_so_far = check(items, "应同时具备下列条件", ["我们运营了20个月"], citation=1, whole=True)
    assert [c.verdict for c in met_so_far.conditions] == ["met", "unknown"] and met_so_far.verdict == "unknown"
    # a paragraph's sentences are not a list: its other sentences are not conditions
    sentences = ["运营时间满18个月。", "具有完善的财务管理、日常管理服务等规章制度。"]
    partial = check(sentences, "应同时具备下列条件", ["我们运营了20个月"], citation=1)
    assert [c.verdict for c in partial.conditions] == ["met"]


def test_an_english_age_needs_no_years_old():
    from service.quantities import english_quantities

    ages = lambda t: [q.value for q in english_quantities(t) if q.dimension == "age"]
    assert ages("I'm 42 and just registered a startup") == [42] and ages("a 38-year-old founder") == [38]
    assert ages("I'm 35 years old") == [35] and ages("Revenue was RMB 2.8 million") == []


def test_parts_of_a_year_add_up_to_the_years_figure():
    rule = ["年应征增值税销售额未超过五百万元的，为小规模纳税人。"]
    over = check(rule, "", ["今年上半年卖了300万，下半年250万，还能当小规模纳税人吗？"], citation=1)
    assert over.conditions[0].given == "300万+250万" and over.verdict == "not_met"
    whole = check(rule, "", ["去年一季度卖了100万，二季度120万，三季度90万，四季度110万，算小规模纳税人吗？"], citation=1)
    assert whole.verdict == "met"
    # half a year under the maximum says nothing yet; half a year over it already breaks it
    half = check(rule, "", ["今年一季度卖了100万，二季度120万，算小规模纳税人吗？"], citation=1)
    assert half is None or (half.verdict == "unknown" and not half.bearing)
    assert check(rule, "", ["今年一季度卖了300万，二季度320万，还算小规模纳税人吗？"], citation=1).verdict == "not_met"


def test_calendar_months_in_a_range_are_not_durations():
    found = [(q.raw, q.dimension) for q in quantities("今年3到5月在深圳待了90天，9月至11月又待了80天，运营了18个月")]
    assert found == [("90天", "days"), ("80天", "days"), ("18个月", "months")]


def test_provisions_that_define_categories_are_checked_for_the_category_asked():
    items = ["在中国境内有住所，或者无住所而一个纳税年度内在中国境内居住累计满一百八十三天的个人，为居民个人。",
             "在中国境内无住所又不居住，或者无住所而一个纳税年度内在中国境内居住累计不满一百八十三天的个人，为非居民个人。"]
    stay = "我在国内没住所，今年3到5月在深圳待了90天，9到11月又待了80天，"
    resident = check(items, "", [stay + "算居民个人吗？"], citation=1, default_rule="any")
    assert resident.verdict == "not_met" and resident.conditions[0].given == "90天+80天"
    non_resident = check(items, "", [stay + "算非居民个人吗？"], citation=1, default_rule="any")
    assert non_resident.verdict == "met" and len(non_resident.conditions) == 1


def test_a_share_is_read_with_its_base_and_computed_from_two_figures():
    [t] = thresholds("公共办公场所面积原则上不低于众创空间总面积的15%")
    assert (t.op, t.value, t.dimension, t.base) == (">=", 15, "percent", "众创空间总面积")
    stated = check(["公共办公场所面积原则上不低于众创空间总面积的15%。"], "", ["我们的公共办公区占总面积20%"], citation=1)
    assert stated.verdict == "met" and stated.conditions[0].given == "20%"
    rule = ["捐赠额未超过纳税人申报的应纳税所得额百分之三十的部分，可以从其应纳税所得额中扣除。"]
    said = "去年我申报的应纳税所得额是50万。我给山区学校捐了20万，这20万能全部扣掉吗？"  # 这20万: said before
    computed = check(rule, "", [said], citation=1)
    assert computed.verdict == "not_met" and computed.conditions[0].given == "20万/50万=40%"
    # the base is named in its own figure's clause, not lent to the next figure of the sentence
    one_sentence = "去年我申报的应纳税所得额是50万，给扶贫基金会捐了20万，这20万能全部扣掉吗？"
    assert check(rule, "", [one_sentence], citation=1).conditions[0].given == "20万/50万=40%"
    # two sums of one kind: the share is the margin by which one exceeds the other, not their ratio (108%)
    redo = ["初步设计提交的投资概算超过经核定的可行性研究报告提出的投资估算百分之十的，应当重新报送可行性研究报告。"]
    over = check(redo, "", ["可研批复的总投资8000万元，初步设计概算8600万元，要重新报批可研吗？"], citation=1)
    assert over.verdict == "not_met" and over.conditions[0].given == "(8600万元-8000万元)/8000万元=7.5%"


@pytest.mark.parametrize("question, english, whether", [
    ("我们去年营收350万，能毕业吗？", False, True),
    ("场地300平，工位30个，这几条过线没", False, True),
    ("我38岁，算不算青年？", False, True),
    ("是否满足从省级孵化器毕业的条件？", False, True),
    ("我出了50万，另外两人各出了20万，利润法律上应该怎么分？", False, False),
    ("年销售额2000万左右，这个产业园是按什么原则招企业的？", False, False),
    ("留学回国人员在山东创办企业，能享受哪些扶持？", False, False),
    ("这是什么？", False, False),
    ("We made 3.5 million last year. Can we graduate?", True, True),
    ("Does the youth regulation apply to me? I'm 38.", True, True),
    ("What do we need to hit to graduate?", True, False),
    ("We were set up 18 months ago. We want an office in Shanghai now — do we meet the registration requirements?",
     True, True),
    ("We have 20 staff; does that meet the conditions?", True, True),
    ("How long must we keep the records?", True, False),
    ("到现在整整6个月，会不会被吊销营业执照？", False, True),
    ("每个月租金正好4000块，是减800还是减20%？", False, True),  # which provision is the asker's
    ("LP有52个，再加1个GP，合伙人数上有没有问题？", False, True),
    ("名字起好了，办公室也有了，这样就能设立了吧？", False, True),
    ("已经孵了50个月了，还能继续算在孵企业马？", False, True),
    ("上年营业总收如刚好300万，前年150万，能毕业码？", False, True),  # 吗 typed by its sound
    ("运营快三年了，场地三千二百平米，这能评上省级孵化器麻", False, True),
    ("我们公司的统一社会信用代码", False, False),
    ("场地1.2万平方米，在孵企业62家。请帮我对照一下，哪些条件已经够了，哪些还需要补材料？", False, True),
    ("申请国家级孵化器，哪些材料要准备？", False, False),
])
def test_a_check_is_for_questions_that_ask_whether(question, english, whether):
    assert asks_whether(question, english) is whether


def test_a_figure_without_its_noun_takes_it_from_its_sentence_or_the_turn_before():
    said = figures(["我们公司在国家级孵化器里，前年营收450万。", "去年做到了600万，营收这条够毕业了吗？"])
    assert [f.quantity.raw for f in said] == ["450万", "600万"] and all("营收" in f.context for f in said)
    checks = check(["连续2年营业收入累计超过1000万元。"], "企业从国家级科技企业孵化器毕业应至少符合下列条件中的一项",
                   ["我们公司在国家级孵化器里，前年营收450万。", "去年做到了600万，营收这条够毕业了吗？"], citation=1)
    assert checks is not None and checks.verdict == "met" and checks.conditions[0].given == "450万+600万"


def test_an_items_rule_for_a_category_binds_askers_of_that_category_and_the_general_rule_the_others():
    limit = ["（3）孵化时限原则上不超过48个月。技术领域为生物医药、现代农业、集成电路的企业，孵化时限不超过60个月。"]
    heading = "在孵企业应具备以下条件"
    assert check(limit, heading, ["我们做生物医药的，在孵整5年了，还算在孵企业吗？"], citation=1).verdict == "met"
    assert check(limit, heading, ["我们做软件的，在孵整5年了，还算在孵企业吗？"], citation=1).verdict == "not_met"
    count = ["（4）在孵企业总数不少于20家（专业孵化器的在孵企业不少于15家）。"]
    assert check(count, heading, ["我们是专业孵化器，在孵企业18家，够吗？"], citation=1).verdict == "met"
    assert check(count, heading, ["我们是综合孵化器，在孵企业18家，够吗？"], citation=1).verdict == "not_met"


def test_figures_listed_with_a_slight_pause_keep_their_own_nouns():
    said = figures(["入驻小微企业12个、创业团队15个，够吗？"])
    assert [f.context for f in said] == ["入驻小微企业12个", "创业团队15个"]


def test_a_window_in_which_something_was_not_done_is_met_once_it_has_passed():
    lapse = ["第二十八条 个人独资企业解散后，原投资人对个人独资企业存续期间的债务仍应承担偿还责任，但债权人在五年内未向债务人提出偿债请求的，该责任消灭。"]
    said = "我的个人独资企业已经解散注销{}年了，供应商这些年从来没提过，现在找我要货款，我还要还吗？"
    assert check(lapse, "", [said.format(6)], citation=1, default_rule="any").verdict == "met"
    assert check(lapse, "", [said.format(3)], citation=1, default_rule="any").verdict == "not_met"


def test_english_figures_with_thousands_separators_and_counted_things():
    said = figures(["We control 12,000 m² of space, run a fund of RMB 8 million and host 45 incubated companies."],
                   english=True)
    assert [(f.quantity.dimension, f.quantity.value) for f in said] == [("area", 12000.0), ("money", 800.0),
                                                                        ("count", 45.0)]
    shares = figures(["8% of our companies got funding; the investor would hold 50 percent."], english=True)
    assert [(f.quantity.dimension, f.quantity.value) for f in shares] == [("percent", 8.0), ("percent", 50.0)]


def test_a_range_binds_both_ends_and_dates_are_no_range():
    rate = ["第三条 契税税率为百分之三至百分之五。"]
    assert [(t.op, t.value) for t in thresholds(rate[0])] == [(">=", 3), ("<=", 5)]
    assert check(rate, "", ["我们省要把契税税率定到百分之六，这在允许的范围内吗？"], citation=1, default_rule="any").verdict == "not_met"
    assert check(rate, "", ["定到百分之四可以吗？"], citation=1, default_rule="any").verdict == "met"
    # (a span of calendar days is one of days of the year, not a range of numbers of days)
    assert [(t.op, t.value, t.dimension) for t in thresholds("应当于每年1月1日至6月30日报送年度报告")] \
        == [(">=", 101, "yearday"), ("<=", 630, "yearday")]


def test_notice_given_ahead_in_weeks_against_days():
    notice = ["合伙人在不给合伙企业事务执行造成不利影响的情况下，可以退伙，但应当提前三十日通知其他合伙人。"]
    ask = "我打算提前{}通知其他合伙人，这样行吗？"
    assert check(notice, "", [ask.format("两个星期")], citation=1, default_rule="any").verdict == "not_met"
    assert check(notice, "", [ask.format("五周")], citation=1, default_rule="any").verdict == "met"


def test_in_a_whole_list_a_figure_answers_the_items_that_name_its_kind_not_every_item_of_its_unit():
    items = ["（2）可自主支配的孵化场地面积不低于10000平方米。其中，在孵企业使用面积（含公共服务面积）占75%以上。",
             "（4）专业孵化服务人员占机构总人数80%以上。",
             "（6）孵化器在孵企业不少于50家。", "（7）孵化器累计毕业企业应达到20家以上。"]
    said = ["场地1万平方米，其中在孵企业使用面积占78%，现有在孵企业52家，够国家级吗？"]
    checks = check(items, "申请国家级科技企业孵化器应具备以下条件", said, citation=1, whole=True)
    verdicts = {c.text[:6]: c.verdict for c in checks.conditions}
    assert verdicts["在孵企业使用"] == "met" and verdicts["孵化器在孵企"] == "met"
    assert verdicts["专业孵化服务"] == "unknown"  # 78% is the space's share, not the staff's
    assert verdicts["孵化器累计毕"] == "unknown"  # 52 in incubation are no graduates
    assert checks.verdict == "unknown"


def test_being_laid_off_and_registering_as_unemployed_are_statuses():
    items = ["（一）失业前用人单位和本人已经缴纳失业保险费满一年的；", "（二）非因本人意愿中断就业的；",
             "（三）已经进行失业登记，并有求职要求的。"]
    heading = "失业人员符合下列条件的，从失业保险基金中领取失业保险金："
    said = "公司上个月把我们全部裁了（不是我自己要走的），我交了两年失业保险，也做了失业登记，能领失业保险金吗？"
    checks = check(items, heading, [said], citation=1, whole=True)
    assert [c.verdict for c in checks.conditions] == ["met", "met", "met"] and checks.verdict == "met"
    quit_ = "我是自己辞职的，交了两年失业保险，还没做失业登记，能领失业保险金吗？"
    quitted = check(items, heading, [quit_], citation=1, whole=True)
    assert [c.verdict for c in quitted.conditions] == ["met", "not_met", "not_met"] and quitted.verdict == "not_met"


def test_a_years_figure_is_its_own_even_without_a_pause_before_it():
    said = figures(["前年营收150万去年220万，能毕业吗？"])
    assert [(f.quantity.raw, f.year_before, f.last_year) for f in said] == [("150万", True, False), ("220万", False, True)]
    checks = check(PROVINCIAL_GRADUATION[3:4], HEADING, ["前年营收150万去年220万，能毕业吗？"], citation=1)
    assert checks.verdict == "not_met"


PROBATION = ["第十九条 劳动合同期限三个月以上不满一年的，试用期不得超过一个月；劳动合同期限一年以上不满三年的，试用期不得超过二个月；"
             "三年以上固定期限和无固定期限的劳动合同，试用期不得超过六个月。"]


def test_a_rule_for_a_case_binds_only_askers_in_that_case():
    checks = check(PROBATION, "", ["招了个运营，签了2年劳动合同，试用期约定的3个月，这样合法吗？"], citation=1, default_rule="any")
    [c] = checks.conditions  # the other cases are not the asker's
    assert c.text.startswith("劳动合同期限一年以上不满三年的") and c.verdict == "not_met" and c.given == "3个月"
    assert check(PROBATION, "", ["签了5年合同，试用期4个月，可以吗？"], citation=1, default_rule="any").verdict == "met"
    unsaid = check(PROBATION, "", ["试用期约定3个月，合法吗？"], citation=1, default_rule="any")
    assert unsaid is None or unsaid.verdict == "unknown"  # which case is the asker's is not said


def test_a_list_of_two_requirements_is_no_case_and_its_rule():
    [staff, mentors] = conditions(["（8）具备职业孵化服务队伍，至少3名具备专业服务能力的专职人员，聘请至少3名专兼职导师，形成规范化服务流程。"])
    assert staff.case is None and mentors.case is None


def test_the_other_branch_of_a_threshold_is_not_another_way_to_qualify():
    pension = ["第十六条 参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。",
               "参加基本养老保险的个人，达到法定退休年龄时累计缴费不足十五年的，可以缴费至满十五年，按月领取基本养老金；"
               "也可以转入新型农村社会养老保险或者城镇居民社会养老保险，按照国务院规定享受相应的养老保险待遇。"]
    checks = check(pension, "", ["马上退休了，养老保险累计缴费13年，退休后能按月领养老金吗？"], citation=1, default_rule="any")
    assert checks.verdict == "not_met" and [c.verdict for c in checks.conditions] == ["not_met"]


def test_a_month_of_the_calendar_is_no_duration():
    assert [q.raw for q in quantities("2016年5月入职，到今年5月刚好8年，6月底到期")] == ["8年"]


def test_a_status_denied_after_it_and_a_slip_for_ma():
    said = "公司还没评上高新技术企业，省级科技创新型企业也没认定下来，融资80万，能毕业吗？"
    checks = check(PROVINCIAL_GRADUATION, HEADING, [said], citation=1)
    assert [c.verdict for c in checks.conditions[:3]] == ["not_met", "not_met", "not_met"]
    assert asks_whether("已经孵了50个月了，还能继续算在孵企业马？")


NATIONAL_COUNT = ["（7）孵化器在孵企业不少于50家且每千平方米平均在孵企业不少于3家。"]


def test_a_figure_per_thousand_square_metres_is_the_askers_count_over_their_area():
    count, density = check(NATIONAL_COUNT, "", ["场地2万平，在孵企业55家，行不行？"], citation=1).conditions
    assert count.verdict == "met" and density.verdict == "not_met" and density.given == "55家/2万平"  # 2.75 < 3
    assert check(NATIONAL_COUNT, "", ["场地1.2万平方米，在孵企业60家，够吗？"], citation=1).verdict == "met"
    alone = check(NATIONAL_COUNT, "", ["在孵企业60家，够吗？"], citation=1)
    assert alone.conditions[1].verdict == "unknown" and alone.verdict == "unknown"  # 60 is no density


def test_sums_named_one_by_one_add_up_against_a_cumulative_threshold():
    checks = check(PROVINCIAL_GRADUATION[2:3], HEADING, ["天使轮拿了50万，后面pre-A又拿了80万投资，够毕业吗？"], citation=1)
    assert checks.verdict == "met" and checks.conditions[0].given == "50万+80万"


def test_after_a_duration_de_names_who_has_it_not_what_is_measured():
    items = ["（二）距法定退休年龄十年以内的登记失业人员；", "（三）连续失业一年以上的登记失业人员；"]
    checks = check(items, "就业困难人员是指：", ["我28岁。办了失业登记，到现在连续失业10个月，算就业困难人员吗？"],
                   citation=1, whole=True)
    assert [c.verdict for c in checks.conditions] == ["unknown", "not_met"]


def test_a_duration_told_in_two_units_is_one_duration():
    assert [(q.raw, q.value) for q in quantities("查处机关收到控告到现在两个月零10天了，干了3年零6个月")] == \
        [("两个月零10天", 2 + 10 / 30), ("3年零6个月", 42)]
    assert [q.raw for q in quantities("停业一年多了，缓8个月")] == ["一年多", "8个月"]
    assert [(q.raw, q.dimension) for q in quantities("提前了一个多星期通知，开了一个半小时")] == [
        ("一个多星期", "days"), ("一个半小时", "hours")]


def test_a_time_counted_from_one_event_does_not_take_a_figure_counted_from_another():
    items = ["街道、乡镇公共就业服务机构应当自受理就业困难人员认定申请之日起5个工作日内完成审查认定。",
             "申请人对认定结果有异议的，可以自收到认定结果之日起15个工作日内向作出认定结果的公共就业服务机构申请复核。"]
    checks = check(items, "", ["受理到现在已经7个工作日了还没结果，他们超时了吗？"], citation=1, default_rule="any")
    assert [c.verdict for c in checks.conditions] == ["not_met", "unknown"]  # 7 days since 受理, not since the result
    lasting = check(items, "", ["北京的，男，35岁，失业10个月，能认定就业困难人员吗"], citation=1, default_rule="any")
    assert lasting is None or all(c.given is None for c in lasting.conditions)  # how long unemployed, no time since 受理


def test_a_time_goes_to_the_event_the_asker_names_most_fully():
    """检测结果收到已经7个工作日 is time since 收到检测结果, not since 收到复检样品, though both begin with 收到."""
    items = ["农产品生产经营者对监督抽查检测结果有异议的，可以自收到检测结果之日起五个工作日内，向实施农产品质量安全监督抽查的"
             "农业农村主管部门或者其上一级农业农村主管部门申请复检。",
             "复检机构应当自收到复检样品之日起七个工作日内出具检测报告。"]
    checks = check(items, "", ["草莓被抽检说农残超标，检测结果收到已经7个工作日了，现在申请复检还行不？"], citation=1,
                   default_rule="any")
    assert [c.verdict for c in checks.conditions] == ["not_met", "unknown"] and checks.verdict == "not_met"


def test_a_status_not_obtained_is_denied():
    said = "高新技术企业没申请下来，天使轮拿了80万，能毕业吗？"
    assert check(PROVINCIAL_GRADUATION, HEADING, [said], citation=1).conditions[0].verdict == "not_met"
    failed = "高新技术企业我们申报过一次没通过，天使轮拿了80万，能毕业吗？"  # the denial ten characters after
    assert check(PROVINCIAL_GRADUATION, HEADING, [failed], citation=1).conditions[0].verdict == "not_met"


def test_none_of_a_sum_and_a_status_ruled_out_are_read_in_a_long_story():
    said = ("前年营业收入正好200万，去年正好300万。没拿过任何天使投资或者风投，还不是高新技术企业，"
            "也没被认定为省级科技创新型企业，更谈不上被收购或者上市。按毕业条件我们算达标了吗？")
    checks = check(PROVINCIAL_GRADUATION, HEADING, [said], citation=1)
    assert [c.verdict for c in checks.conditions] == ["not_met"] * 5 and checks.verdict == "not_met"
    # 没拿过天使或者风投: the one word (天使) for angel investment, the other after 或者
    national = ["（1）经国家备案通过的高新技术企业；", "（2）累计获得天使投资或风险投资超过500万元；",
                "（3）连续2年营业收入累计超过1000万元；", "（4）被兼并、收购或在国内外资本市场挂牌、上市。"]
    shorter = "两年营收加起来800万，没拿过天使或者风投，不是高企，也没上市，能毕业吗？"
    found = check(national, "企业从国家级科技企业孵化器毕业应至少符合以下条件之一", [shorter], citation=1, whole=True)
    assert (found.conditions[1].verdict, found.conditions[1].given) == ("not_met", "没拿过天使或者风投")
    assert found.verdict == "not_met"


def test_so_many_days_before_is_a_lead_time_the_asker_must_leave():
    [t] = thresholds("人才流动机构举办区域性大型人才交流活动，应当自举办之日十五日前报上一级人事行政部门核准。")
    assert (t.op, t.value, t.dimension) == (">=", 15, "days")
    [c] = check(["人才流动机构举办区域性大型人才交流活动，应当自举办之日十五日前报上一级人事行政部门核准。"], "",
                ["打算10天后办一场大型交流会，现在才去报核准，来得及吗"], citation=1).conditions
    assert c.verdict == "not_met"


def test_two_measures_stated_with_and_are_checked_each_and_held_together_as_an_alternative():
    item = "（5）孵化器在孵企业不少于50家且每千平方米平均在孵企业不少于3家。"
    first, second = conditions([item])
    assert first.text == "孵化器在孵企业不少于50家" and second.text == "每千平方米平均在孵企业不少于3家" and second.joint
    asker = ["场地2万平方米，在孵企业50家，够条件吗？"]
    every = check([item], "申请国家级科技企业孵化器应具备以下条件", asker, citation=1)
    assert [c.verdict for c in every.conditions] == ["met", "not_met"] and every.verdict == "not_met"  # 2.5 per 1000
    # in a list where one item is enough, the two stay one alternative: 50家 alone does not make it
    either = check([item, "（6）累计毕业企业应达到20家以上。"], "应至少符合下列条件中的一项", asker, citation=1)
    assert len(either.conditions) == 2 and either.conditions[0].verdict == "not_met" and either.verdict != "met"


def test_weeks_as_people_say_them_and_the_days_between_two_calendar_days():
    [weeks] = quantities("清算两个礼拜前刚结束")
    assert (weeks.dimension, weeks.value) == ("days", 14.0)
    span = elapsed("新员工3月1号入职，我们4月5号才去给他办参保")
    assert (span.dimension, span.value) == ("days", 35.0)
    assert elapsed("12月20日签的合同，1月5日才备案").value == 16.0  # into the next year
    assert elapsed("今天3月1日") is None and elapsed("2月30日到3月2日") is None
    # the later day named first, the other said to be this year's: one year, not the next
    assert elapsed("采暖期自11月15日开始，我们打算今年8月1日提出申请").value == 106.0
    assert elapsed("去年12月20日签的合同，1月5日才备案").value == 16.0
    rule = ["用人单位新招用职工的，应当自招用之日起三十日内为其办理基本养老保险参保手续。"]
    late = check(rule, "", ["新员工3月1号入职，我们4月5号才去给他办养老保险参保，这算晚了吗？"], citation=1)
    assert late.verdict == "not_met" and "3月1号到4月5号" in late.conditions[0].given
    # one day in the turn before, the other in the question
    early = check(rule, "", ["新员工3月1号入职。", "今天3月20号，现在去给他办养老保险参保还来得及吗？"], citation=1)
    assert early.verdict == "met" and "3月1号到3月20号" in early.conditions[0].given
    assert [f.quantity.value for f in figures(["3月1号入职。", "今天是3月20号，还来得及吗？"])] == [19.0]
    assert figures(["去年入职的。", "今天3月20号，还来得及吗？"]) == []  # one day only


def test_the_window_of_an_average_is_no_time_of_the_askers():
    rule = ["劳动者工作不满12个月的，按照实际工作的月数计算平均工资。"]
    window = check(rule, "", ["员工离职前12个月平均工资2000块，是按2000算吗？"], citation=1)
    assert window.verdict == "unknown" and not window.bearing  # 2000块 bears on no condition; 12个月 is none
    assert check(rule, "", ["员工在我们这干了12个月，是按实际月数算吗？"], citation=1).verdict == "not_met"


def test_a_currency_between_the_comparison_and_the_sum():
    [t] = thresholds("（二）注册资本不低于人民币2000万元，且为实缴货币资本；")
    assert (t.op, t.value, t.dimension) == (">=", 2000.0, "money")
    short = check(["（二）注册资本不低于人民币2000万元，且为实缴货币资本；"], "", ["注册资本1500万元，够吗？"], citation=1)
    assert short.verdict == "not_met"


PARTNERSHIP = ["（一）有二个以上合伙人。合伙人为自然人的，应当具有完全民事行为能力；", "（二）有书面合伙协议；",
               "（三）有合伙人认缴或者实际缴付的出资；", "（四）有合伙企业的名称和生产经营场所；", "（五）法律、行政法规规定的其他条件。"]


def test_a_condition_of_having_something_is_read_from_what_the_asker_has_and_a_catch_all_is_no_condition():
    said = "我们三个人，已签订书面合伙协议，各认缴出资50万元，企业名称已确定，生产经营场所已租赁，符合设立条件吗？"
    checks = check(PARTNERSHIP, "设立合伙企业，应当具备下列条件", [said], citation=1, whole=True)
    assert [c.verdict for c in checks.conditions] == ["met", "met", "met", "met"] and checks.verdict == "met"
    assert checks.conditions[1].given == "有合伙协议"
    unsigned = check(PARTNERSHIP, "设立合伙企业，应当具备下列条件", ["我们3个人想开合伙企业，协议还没签，可以吗？"],
                     citation=1, whole=True)
    assert unsigned.conditions[1].verdict == "not_met" and unsigned.verdict == "not_met"
    # an item that merely names a thing (有关部门, 有效期) is no condition of having it
    assert not any(c.statuses for c in conditions(["（一）有关部门应当对名称和场所作出说明。"], whole=True))


def test_a_time_before_an_event_named_between_the_comparison_and_the_number():
    [t] = thresholds("修改内容应当至少在实施前七日予以公示。")
    assert (t.op, t.value, t.dimension) == (">=", 7.0, "days")
    rule = ["修改内容应当至少在实施前七日予以公示。"]
    assert check(rule, "", ["计划于修改内容实施前恰好7日在首页公示，是否符合？"], citation=1).verdict == "met"
    assert check(rule, "", ["计划实施前5天公示，可以吗？"], citation=1).verdict == "not_met"


def test_a_share_given_as_a_part_of_a_whole():
    staff = ["（8）专业孵化服务人员（指具有创业、投融资、企业管理等经验的孵化器专职工作人员）占机构总人数80%以上。",
             "（4）在孵企业使用面积（含公共服务面积）占75%以上。", "（6）获得投融资的在孵企业占比不低于10%。"]
    said = "我们孵化器一共20个员工，其中专业孵化服务的15个；场地一共12000平，其中给在孵企业用的8000平。够吗？"
    people, area, funded = check(staff, "申请国家级科技企业孵化器应具备以下条件", [said], citation=1, whole=True).conditions
    assert (people.verdict, people.given) == ("not_met", "15个/20个=75%")
    assert (area.verdict, area.given) == ("not_met", "8000平/12000平=66.7%")  # a share of area from areas only
    assert funded.verdict == "unknown"  # no part of the companies is said to be funded
    named = check(["（9）在孵企业中已申请专利的企业占在孵企业总数比例不低于50%。"], "", [
        "在孵企业70家，其中获得投融资的8家；在孵企业中已申请专利的30家，够吗？"], citation=1)
    assert named.conditions[0].given == "30家/70家=42.9%" and named.verdict == "not_met"


def test_a_count_of_another_kind_of_thing_is_not_taken():
    items = ["（7）孵化器在孵企业不少于50家。", "（8）孵化器累计毕业企业应达到20家以上。", "（3）专职人员不少于3名。"]
    checks = check(items, "申请应具备以下条件", ["我们孵化器一共20个员工，想申请国家级孵化器，够吗？"], citation=1, whole=True)
    companies, graduated, staff = checks.conditions
    assert companies.verdict == graduated.verdict == "unknown"  # 20个员工 counts no companies
    assert (staff.verdict, staff.given) == ("met", "20个")


def test_figures_of_other_things_leave_every_measurable_condition_unknown():
    rule = ["职工方和企业方均可以提出工资集体协商要约，被要约方应当自收到要约书之日起十个工作日内给予答复。"]
    found = check(rule, "", ["工会发了要约书，要求今年工资涨8%，老板觉得太高了，能不能先不答复？"], citation=2)
    assert found.verdict == "unknown" and not found.bearing and found.citation == 2
    assert [c.verdict for c in found.conditions] == ["unknown"] and "十个工作日内" in found.conditions[0].text
    from service.compose import compose_checks
    assert "对不上" in compose_checks(found, "zh-Hans")  # the figures given are of other things, and it says so


def test_the_askers_own_when_bears_on_a_time_limit_only():
    rule = ["招标人和中标人应当自中标通知书发出之日起三十日内，按照招标文件和中标人的投标文件订立书面合同。"]
    late = check(rule, "", ["中標通知書是上個月發出的，我們打算下週才簽書面合同，會不會超過法定期限？"], citation=1)
    assert late.verdict == "unknown" and "三十日内" in late.conditions[0].text
    fine = ["违反本法规定的，处一万元以上五万元以下的罚款。"]
    assert check(fine, "", ["我们上个月被罚了，合理吗？"], citation=1) is None  # no time limit to tell
    assert check(rule, "", ["中标通知书发出后多久要签合同？"], citation=1) is None  # nothing of the asker's own


def test_floors_listed_with_a_pause_are_separate_conditions_each_with_its_own_figure():
    item = ["1.独立的运营机构。运营主体成立并实际运营12个月以上。入驻的小微企业不少于10个、入驻的创业团队不少于15个。"]
    found = check(item, "申请认定省级众创空间的单位，应同时具备以下条件", ["入驻小微企业11家，团队15个，能申报吗"],
                  citation=1, whole=True)
    by_text = {c.text: (c.verdict, c.given) for c in found.conditions}
    assert by_text["入驻的小微企业不少于10个"] == ("met", "11家")
    assert by_text["入驻的创业团队不少于15个"] == ("met", "15个")
    # a floor and a ceiling still make one range: 超过三十五周岁不满四十五周岁
    [range_] = conditions(["超过三十五周岁不满四十五周岁的个人"])
    assert len(range_.thresholds) == 2


def test_a_condition_for_one_sex_binds_that_sex_only():
    items = ["（一）女满四十周岁以上、男满五十周岁以上的；", "（二）连续失业一年以上的；"]
    ask = lambda q: {c.text: c.verdict for c in check(items, "具体范围包括", [q], citation=1, whole=True,
                                                        default_rule="any").conditions}
    assert ask("我们准备招的一个北京男的，46岁，失业8个月，算就业困难人员吗？")["女满四十周岁以上"] == "not_met"
    assert ask("我想招一位本地的大姐，43岁，她算不算就业困难人员？")["女满四十周岁以上"] == "met"
    assert ask("一个43岁的人算就业困难人员吗？")["女满四十周岁以上"] == "unknown"  # which sex is not said


def test_past_a_time_and_not_done_is_the_case_itself_not_a_prohibition():
    rule = ["职务科技成果完成单位无正当理由超过一年未组织实施转化的，科技成果完成人可以自行投资实施转化。"]
    exactly = check(rule, "", ["职务成果在学校登记到现在正好一年，学校一直没组织转化，我能自己拿去转化吗？"], citation=1)
    assert exactly.verdict == "not_met"  # one year is not past one year
    assert check(rule, "", ["登记到现在一年半了，学校一直没组织转化，我能自己拿去转化吗？"], citation=1).verdict == "met"
    window = ["放弃减税、免税的，在三十六个月内不得享受该项税收优惠。"]  # inside the window is what is forbidden
    assert check(window, "", ["我们两年前放弃了免税，现在能重新享受吗？"], citation=1).verdict == "not_met"


def test_windows_a_rule_forbids_something_in_are_the_forbidden_time():
    # the prohibition follows the last of a list of windows: each one is time in which the work is forbidden
    roads = ["新建、改建、扩建的道路交付使用后五年内、大修的城市道路竣工后三年内，不得再进行地下管线建设，"
             "确需挖掘的，应当经县级以上人民政府批准后实施。"]
    inside = check(roads, "", ["这条路是2022年5月大修完工的，我们计划2024年3月动工埋管线，可以吗？"], citation=1)
    assert inside.verdict == "not_met" and "not_met" in [c.verdict for c in inside.conditions]
    past = check(roads, "", ["这条新路2017年3月交付使用，一直没大修过，2023年6月开挖埋燃气管线，可以吗？"], citation=1)
    assert past.verdict == "met"


def test_months_between_two_months_of_years_the_asker_names():
    span = elapsed("有个商标，2022年3月注册公告的，对方一直没用，我现在（2024年10月）能申请撤销吗？")
    assert (span.value, span.dimension) == (31, "months")
    assert elapsed("2019年5月申请、2021年9月授权，到现在（2024年6月）") is None  # three: which two is not said
    rule = ["以无正当理由连续3年不使用为由申请撤销注册商标的，应当自该注册商标注册公告之日起满3年后提出申请。"]
    found = check(rule, "", ["有个商标，2022年3月注册公告的，对方一直没用，我现在（2024年10月）能申请撤销吗？"], citation=1)
    assert found.verdict == "not_met" and "2022年3月到2024年10月" in found.conditions[0].given


def test_a_whole_list_the_askers_figures_do_not_bear_on_is_no_check():
    # 8项专利 measures nothing of the graduation list: a table of five unknowns would say nothing
    assert check(PROVINCIAL_GRADUATION, HEADING, ["我们公司有8项专利，能毕业吗？"], citation=1) is None
    # nor is a one-limit rule of something the asker does not speak of (工资涨8% beside 入驻时限)
    unrelated = ["众创空间主要服务于大众创新创业者。入驻时限一般不超过24个月。"]
    assert check(unrelated, "服务对象及时限应满足下列要求", ["工会要求今年工资涨8%，能不能先不答复？"], citation=1) is None


def test_rounds_of_investment_add_up_whatever_year_they_came_in():
    graduation = ["（1）经国家备案通过的高新技术企业。", "（2）累计获得天使投资或风险投资超过500万元。",
                  "（3）连续2年营业收入累计超过1000万元。"]
    found = check(graduation, "企业从国家级科技企业孵化器毕业应至少符合下列条件中的一项",
                  ["天使轮拿了200万，后来又拿了150万，去年又进来一笔180万的风投，够不够毕业？"], citation=1, whole=True)
    assert found.verdict == "met" and found.conditions[1].given == "200万+150万+180万"


def test_a_list_of_what_is_forbidden_is_broken_by_any_one_item():
    forbidden = ["（一）所设奖的种类、兑奖条件、奖金金额或者奖品等有奖销售信息不明确，影响兑奖；",
                 "（二）采用谎称有奖或者故意让内定人员中奖的欺骗方式进行有奖销售；", "（三）抽奖式的有奖销售，最高奖的金额超过五万元。"]
    found = check(forbidden, "第十条 经营者进行有奖销售不得存在下列情形", ["我们店庆抽奖，最高奖是一台8.8万的汽车，这样合法吗？"],
                  citation=1, whole=True)
    assert found.rule == "any" and found.verdict == "met"  # the prize over 五万元 is one of the forbidden cases


def test_a_category_is_named_in_the_askers_own_words():
    rule = ["（3）在孵时限一般不超过48个月；技术领域为生物医药、现代农业、集成电路的企业，孵化时限不超过60个月。"]
    drug = check(rule, "国家级科技企业孵化器的在孵企业应当具备以下条件", ["我们做创新药，已经孵化了52个月，还算在孵企业吗？"],
                 citation=1, whole=True)
    assert [(c.verdict, c.given) for c in drug.conditions] == [("met", "52个月")]  # 创新药 is 生物医药: 60个月 binds
    other = check(rule, "国家级科技企业孵化器的在孵企业应当具备以下条件", ["我们做软件，已经孵化了52个月，还算在孵企业吗？"],
                  citation=1, whole=True)
    assert [c.verdict for c in other.conditions] == ["not_met"]  # the general 48个月


def test_a_word_that_begins_with_a_units_character_is_no_unit():
    assert [(q.raw, q.dimension) for q in quantities("今年我们又拿了150万天使投资")] == [("150万", "money")]
    found = check(PROVINCIAL_GRADUATION, HEADING, ["今年我们又拿了150万天使投资，那现在能毕业了吗？"], citation=1)
    assert found.verdict == "met" and found.conditions[2].given == "150万"


def test_a_multiple_of_a_base_is_checked_as_a_share_of_it():
    rule = ["第十五条 融资担保公司的担保责任余额不得超过其净资产的10倍。"]
    under = check(rule, "", ["我们净资产3亿。", "现在担保责任余额做到28亿了，有没有超过上限？"], citation=1)
    assert under.verdict == "met" and under.conditions[0].given.startswith("28亿/3亿")
    assert check(rule, "", ["我们净资产3亿，担保责任余额32亿了，超没超上限？"], citation=1).verdict == "not_met"


def test_two_days_with_their_years_are_apart_whichever_is_named_first():
    span = elapsed("有效期至2026年5月10日届满。今天是2025年3月1日，现在能否办理续展？")
    assert span.value == 435 and span.raw == "2025年3月1日到2026年5月10日"
    rule = ["注册商标有效期满，需要继续使用的，商标注册人应当在期满前十二个月内按照规定办理续展手续。"]
    assert check(rule, "", ["我公司注册商标的有效期至2026年5月10日届满。今天是2025年3月1日，现在能否办理续展手续？"],
                 citation=1).verdict == "not_met"  # 14 months before: not yet inside the twelve
    assert elapsed("12月20日签的，1月5日才交") is not None  # without years, the second falls in the next year


def test_a_part_of_a_month_is_a_day_of_it():
    span = elapsed("我们今年3月10号展出了新设备，准备11月中旬再申请发明专利")
    assert span.value == 250 and span.raw == "今年3月10号到11月中旬"
    rule = ["申请专利的发明创造在申请日以前六个月内，在中国政府主办或者承认的国际展览会上首次展出的，不丧失新颖性。"]
    assert check(rule, "", ["我们今年3月10号在国际展览会上首次展出，准备11月中旬再申请，会不会影响新颖性？"],
                 citation=1).verdict == "not_met"


def test_asking_what_falls_short_or_whether_after_a_clause_asks_whether():
    assert asks_whether("场地1.2万平方米，在孵企业45家，运营5年了。差在哪？")
    assert asks_whether("申请国家备案众创空间有没有哪一条卡住？")
    assert asks_whether("打算在20度左右的缓坡上种核桃树，这个开发方式有没有被禁止？")  # whether a ban reaches them
    assert not asks_whether("四荒开发禁止哪些行为？")
    assert asks_whether("If we now file the same mark in China, can we claim priority?", english=True)
    assert not asks_whether("What are the conditions, and how long does it take?", english=True)
    rule = ["劳动者工作不满12个月的，按照实际工作的月数计算平均工资。"]  # an English average's window is no time of theirs
    assert check(rule, "", ["He earns RMB 45,000 a month (average over the last 12 months). Does the cap apply to him?"],
                 citation=1, english=True) is None


def test_fractions_volumes_and_a_trailing_bu_ask_and_measure():
    assert [(q.raw, round(q.value, 1)) for q in quantities("三分之二以上，二分之一")] == [("三分之二", 66.7), ("二分之一", 50.0)]
    assert [(q.raw, q.dimension) for q in quantities("排量正好150毫升的摩托车")] == [("150毫升", "volume")]
    assert asks_whether("前年营收420万，去年610万，能毕业不？") and asks_whether("能让他当会计主管不")
    dominance = ["（一）一个经营者在相关市场的市场份额达到二分之一的；", "（二）两个经营者在相关市场的市场份额合计达到三分之二的；"]
    found = check(dominance, "有下列情形之一的，可以推定经营者具有市场支配地位", ["我们公司在相关市场的份额正好50%，会被推定有市场支配地位吗？"],
                  citation=1, whole=True)
    assert found.verdict == "met" and found.conditions[0].verdict == "met"
    motorbike = ["第一条 在中华人民共和国境内购置排气量超过一百五十毫升的摩托车的单位和个人，为车辆购置税的纳税人。"]
    assert check(motorbike, "", ["给送货员买了一辆排量正好150毫升的摩托车，要交车辆购置税吗？"], citation=1).verdict == "not_met"


def test_a_ladder_of_cases_measures_what_its_first_rung_names():
    ladder = ["第二十一条 劳动合同期限不满六个月的，不得设试用期；满六个月不满一年的，试用期不得超过一个月；满一年不满三年的，"
              "试用期不得超过三个月；满三年的，试用期不得超过六个月。"]
    two_years = check(ladder, "", ["跟新员工签了两年的劳动合同，试用期约定了4个月，有问题吗？"], citation=1)
    assert [(c.text, c.verdict) for c in two_years.conditions] == [("满一年不满三年的，试用期不得超过三个月", "not_met")]
    one_year = check(ladder, "", ["签一年整的劳动合同，约定三个月试用期，符合规定吗？"], citation=1)
    assert one_year.verdict == "met"  # 满一年 is the rung; 不满六个月的 (no figure of its own rule) is not the asker's
    five_years = check(ladder, "", ["签了5年合同，试用期5个月，行吗？"], citation=1)
    assert [(c.text, c.verdict) for c in five_years.conditions] == [("满三年的，试用期不得超过六个月", "met")]


def test_a_ceiling_on_a_case_is_no_window_of_what_is_not_done():
    renew = ["用人单位自劳动合同期满之日起超过一个月未满一年未与劳动者续订劳动合同的，应当向劳动者每月支付二倍的工资。"]
    late = check(renew, "", ["员工的合同去年12月31号就到期了，我们拖到今年2月20号还没续签，要付双倍工资吗？"], citation=1)
    assert late.verdict == "met"  # 51 days: past one month, short of a year
    lapse = ["个人独资企业解散后，原投资人对个人独资企业存续期间的债务仍应承担偿还责任，但债权人在五年内未向债务人提出偿债请求的，"
             "该责任消灭。"]
    assert check(lapse, "", ["企业解散注销6年了，供应商这6年从来没提过，现在来要货款，我还要还吗？"], citation=1).verdict == "met"


def test_units_of_length_weight_concentration_and_class_hours_and_pay_without_a_unit():
    found = {(q.raw, q.dimension, round(q.value, 4)) for q in quantities(
        "今年只学了80学时，图样12厘米，排放浓度60mg/m3，月薪8000，30多人，150来号人，第50天")}
    assert found == {("80学时", "class hours", 80), ("12厘米", "length", 0.12), ("60mg/m3", "air concentration", 60),
                     ("8000", "money", 0.8), ("30多人", "count", 30.01), ("150来号人", "count", 150), ("50天", "days", 50)}
    # labels are no quantities: 第一年…第二年, 第十二条; 2023年份 is a date
    assert [q.raw for q in quantities("第一年学了60学时，第二年100学时，按第十二条，2023年份")] == ["60学时", "100学时"]
    hours = ["专业技术人员每年参加继续教育的学习时间不少于90学时。"]
    assert check(hours, "", ["我今年只学了80学时，达标吗？"], citation=1, default_rule="any").verdict == "not_met"
    assert check(hours, "", ["我今年学了96学时，达标吗？"], citation=1, default_rule="any").verdict == "met"


def test_a_fine_is_checked_against_the_range_for_the_askers_own_case():
    items = ["（一）违反本条例第十六条规定，未经批准设立人才中介服务组织或从事人才交流活动的，由县级以上人事行政部门依法予以"
             "取缔，没收违法所得，并可以根据情节轻重处以一千元以上五千元以下罚款。",
             "（二）违反本条例第十三条规定，未经核准擅自举办大型人才交流活动的，由县级以上人事行政部门责令其停止活动，没收违法"
             "所得，并可根据情节轻重处以二千元以上一万元以下罚款。"]
    head = "对违反本条例的下列行为，按照以下规定予以处罚："
    ask = "我们没经核准办了个大型人才交流活动，被罚了{}，罚款在规定范围内吗？"
    within = check(items, head, [ask.format("8000块")], citation=1, whole=True)
    assert within.verdict == "met" and [c.given for c in within.conditions] == ["8000块"]  # item (二) only
    assert check(items, head, [ask.format("1.5万")], citation=1, whole=True).verdict == "not_met"


def test_a_fine_within_one_provisions_range_and_outside_anothers_depends_on_which_applies():
    # two provisions for different acts or outcomes; the asker does not say which is theirs: legal under one only
    rule = ["未造成严重后果的，由文物行政部门责令改正，处五千元以上五万元以下罚款；",
            "造成严重后果的，处五万元以上五十万元以下罚款。"]
    ask = "我们改了老房子的立面，被文物局罚了{}，这个数额合法吗？"
    between = check(rule, "", [ask.format("8万")], citation=1, default_rule="any")
    assert between.verdict == "unknown" and between.which
    assert [c.verdict for c in between.conditions] == ["not_met", "met"]
    assert "适用哪一项" in compose_checks(between, "zh") and "which one applies" in compose_checks(between, "en")
    assert not check(rule, "", [ask.format("60万")], citation=1, default_rule="any").which  # outside both
    assert check(rule, "", [ask.format("60万")], citation=1, default_rule="any").verdict == "not_met"
    # a fine's lower bound alone is a case (the fines that give a right to a hearing), not a range to be within
    hearing = ["对个人处以二千元以上罚款的；", "对单位处以一万元以上罚款的。"]
    assert not check(hearing, "", ["民警说拟对我个人罚款2000元，我能要求听证吗？"], citation=1, default_rule="any").which


def test_installments_of_a_whole_are_summed_unless_the_rule_bounds_each():
    fund = ["孵化器配备自有种子资金或合作的孵化资金规模不低于500万元人民币。"]
    ask = "目前自有种子资金分两期到位，第一期200万元、第二期350万元，符合条件吗？"
    whole = check(fund, "", [ask], citation=1)
    assert whole.verdict == "met" and whole.conditions[0].given == "200万元+350万元"
    # …not against a bound on one installment
    first = ["首期出资额不得低于300万元。"]
    assert check(first, "", ["我们分两期出资，首期出资200万元，二期出资400万元，可以吗？"], citation=1).verdict == "not_met"


def test_a_share_reckoned_by_a_named_sum_takes_that_sum_as_its_base():
    # 按照项目投资总额的百分之三十以上投入: 1.2亿 invested of a 5亿 project is 24%
    [t] = thresholds("港口岸线使用人应当按照项目投资总额的百分之三十以上投入建设港口等设施。")
    assert t.base == "项目投资总额"
    share = check(["港口岸线使用人应当按照项目投资总额的百分之三十以上投入建设港口等设施。"], "",
                  ["我们的码头项目总投资5亿，目前累计投入1.2亿，达到最低投资要求了吗？"], citation=1)
    assert share.verdict == "not_met" and share.conditions[0].given == "1.2亿/5亿=24%"


def test_days_said_with_their_weekday_count_working_days():
    import datetime
    today = datetime.date(2026, 12, 6)
    # 3月4日 fell on a Monday in 2024 (and in 2019, further from now); a day that never falls so stays as said
    assert dated_by_weekday("3月4日（周一）收到，3月20日(星期三)反馈", today) == "2024年3月4日（周一）收到，2024年3月20日(星期三)反馈"
    assert dated_by_weekday("2月30日（周一）", today) == "2月30日（周一）"
    rule = ["代表收到建议、批评和意见办理情况的答复，应当在十个工作日内，通过网上处理系统向承办单位反馈意见。"]
    ask = "我3月4日（周一）收到了书面答复，打算3月20日（周三）再通过网上处理系统反馈意见，中间没有节假日，来得及吗？"
    late = check(rule, "", [ask], citation=1)  # twelve working days
    assert late.verdict == "not_met"
    assert check(rule, "", [ask.replace("（周一）", "").replace("（周三）", "")], citation=1).verdict == "unknown"


def test_an_area_per_so_many_households_needs_the_household_count():
    rule = ["城镇新建生活区应当按照每百户不少于二十平方米的标准配套建设社区居家养老服务用房。"]
    ask = "我们新楼盘{}规划配了150平米的社区居家养老服务用房，够标准吗？"
    assert check(rule, "", [ask.format("")], citation=1).verdict == "unknown"  # 150平米 is no area per hundred households
    few = check(rule, "", [ask.format("一共600户，")], citation=1)
    assert few.verdict == "met" and few.conditions[0].given == "150平米/(600户/100)"
    assert check(rule, "", [ask.format("一共800户，")], citation=1).verdict == "not_met"  # 18.75 per hundred


def test_one_span_against_time_limits_of_different_acts_is_judged_by_the_askers_act():
    # the office's 40 days from the application and the applicant's 30 days from the notice: the asker says they got
    # the notice, so 3月2日 to 4月5日 (34 days) is past their limit; the office's is no limit of theirs
    rule = ["登记管理机关应当自收到申请之日起40日内，作出准予登记或者不予登记的决定，并通知采矿权申请人。",
            "准予登记的，采矿权申请人应当自收到通知之日起30日内，依照本办法第九条的规定缴纳采矿权使用费，办理登记手续。"]
    late = check(rule, "", ["我们3月2日收到了登记管理机关准予登记的通知，打算4月5日再去交采矿权使用费、办登记，会不会太晚了？"],
                 citation=1, default_rule="any")
    assert late.verdict == "not_met" and [c.text[:6] for c in late.conditions] == ["采矿权申请人"]
    # two acts counted from one notice: the asker's words name theirs (办理登记); when they name neither, both stay
    acts = ["自收到通知之日起十日内缴纳费用。", "自收到通知之日起三十日内办理登记。"]
    named = check(acts, "", ["3月1日收到通知，3月20日去办理登记，来得及吗？"], citation=1, default_rule="any")
    assert named.verdict == "met" and [c.text for c in named.conditions] == ["自收到通知之日起三十日内办理登记"]
    assert len(check(acts, "", ["3月1日收到通知，3月20日去办，来得及吗？"], citation=1, default_rule="any").conditions) == 2


def test_an_asker_who_does_not_know_the_deciding_figure_is_told_which_limit_settles_it():
    rule = ["临街和广场周边的经营者不得擅自超出经营场地的门、窗、外墙进行店外经营、作业或者展示商品。",
            "国家机关、车站、医院、学校和幼儿园门口二百米以内不得摆摊设点。"]
    unsure = check(rule, "", ["想在市人民医院那条街上摆个水果摊，具体离医院门口多远没量过，这样可以吗？"], citation=1,
                   default_rule="any")
    assert unsure is not None and unsure.verdict == "unknown" and not unsure.bearing
    assert [c.text for c in unsure.conditions] == [rule[1].rstrip("。")]
    # nothing of their own said, and nothing said unknown: no check, the provision answers
    assert check(rule, "", ["想在市人民医院那条街上摆个水果摊，这样可以吗？"], citation=1, default_rule="any") is None


def test_a_list_of_cases_that_each_bar_the_act_is_met_only_out_of_every_case():
    head = "第三十七条 有下列情形之一的，休闲船舶不得出海航行："
    cases = ["（一）能见度低于一千米；", "（二）海上风力达到五级以上；", "（三）其他严重影响船舶航行安全的恶劣天气或者海况。"]
    fog = check(cases, head, ["今天早上海上有雾，能见度大概800米，能出海吗？"], citation=1, whole=True)
    assert fog.verdict == "not_met" and fog.barring and fog.conditions[0].verdict == "not_met"
    assert fog.conditions[0].contract(1)["bars"] is True
    text = compose_checks(fog, "zh")
    assert "属于其中任何一种情形即不可以" in text and "能见度低于一千米 —— 属于这种情形（您：800米）" in text
    clear = check(cases, head, ["天气预报说能见度5公里，能出海吗？"], citation=1, whole=True)
    assert clear.conditions[0].verdict == "met" and "不属于这种情形（您：5公里）" in compose_checks(clear, "zh")
    assert clear.verdict == "unknown"  # the wind is not said
    # cases that spare the one in them (不予处罚) bar nothing
    spared = check(["（一）违法行为轻微并及时改正，没有造成危害后果的；", "（二）不满十四周岁的未成年人有违法行为的。"],
                   "有下列情形之一的，不予行政处罚：", ["我儿子13岁，在店里闯了祸，会被罚吗？"], citation=1, whole=True)
    assert spared is None or not spared.barring


def test_a_grade_of_wind_is_a_quantity_and_a_rank_is_not():
    assert [(q.raw, q.dimension, q.value) for q in quantities("今天风力正好4级，明天六级大风")] == [
        ("4级", "wind force", 4.0), ("六级", "wind force", 6.0)]
    assert not quantities("一级保护区里，专业技术十二级，抗风浪等级6级")  # ranks and a ship's rating
    [t] = thresholds("风速达到四级以上时，从事土石方作业")
    assert (t.op, t.value, t.dimension) == (">=", 4.0, "wind force")
    # acts forbidden (禁止下列行为): the asker doing one is barred
    acts = ["（一）现场搅拌混凝土、配置砂浆；", "（三）风速达到四级以上时，从事土石方作业、建筑物拆除以及其他可能产生扬尘污染的施工。"]
    head = "第二十条 在城市建成区内，施工单位禁止下列行为："
    windy = check(acts, head, ["今天风力正好4级，我们的工地能继续做土石方作业吗？"], citation=1, whole=True)
    assert windy.barring and windy.verdict == "not_met"
    calm = check(acts, head, ["今天风力3级，我们的工地能继续做土石方作业吗？"], citation=1, whole=True)
    assert [c.verdict for c in calm.conditions if c.given] == ["met"]


def test_the_case_of_a_duty_the_asker_would_rather_not_do_is_what_bars_them():
    item = ["第二十一条 从业人员一百人以上的高危生产经营单位和从业人员三百人以上的其他生产经营单位，应当依法设置安全总监。"]
    skip = check(item, "", ["我开了家建筑施工公司，从业人员120人，安全总监这个岗位可以先不设吗？"], citation=1,
                 default_rule="any")
    assert skip.barring and skip.verdict == "not_met" and "属于这种情形（您：120人）" in compose_checks(skip, "zh")
    # a plain question (能不能…, 需要…吗) is no wish to be spared: in the case is met, as before
    for plain in ("我们公司120人，能不能设安全总监？", "我们公司120人，需要设安全总监吗？"):
        asked = check(item, "", [plain], citation=1, default_rule="any")
        assert not asked.barring and asked.verdict == "met"
    # a limit inside the duty (应当自进境之日起6个月内复运出境) is no case of it
    limit = ["暂时进境的货物，应当自进境之日起6个月内复运出境。"]
    late = check(limit, "", ["样机进境7个月了还没运出去，还能暂不缴关税吗？"], citation=1, default_rule="any")
    assert late is None or not late.barring


def test_the_duty_of_a_case_may_be_borne_by_a_long_named_body():
    """…索赔金额一万元以上（不含一万元）的，医疗纠纷人民调解委员会应当通知保险机构参加: 可以不通知保险公司吗 with a claim of
    exactly 1万 is outside the case (met); with 3万 inside it, barred from skipping the duty."""
    item = ["患方对参加医疗责任保险的医疗机构索赔金额一万元以上（不含一万元）的，医疗纠纷人民调解委员会应当通知保险机构参加。"]
    ask = "患者家属索赔金额{}，我们想自己跟患方协商解决，可以不通知保险公司吗？"
    exact = check(item, "", [ask.format("刚好1万元整")], citation=1, default_rule="any")
    assert exact.barring and exact.verdict == "met"
    above = check(item, "", [ask.format("3万元")], citation=1, default_rule="any")
    assert above.barring and above.verdict == "not_met"


def test_a_zone_a_rule_forbids_building_in_bars_an_asker_inside_it():
    rule = ["第二十五条 在距离航路边界30公里以内的地带，禁止修建影响飞行安全的射击靶场和其他设施。"]
    ask = "我想开个户外实弹射击靶场，选的地方离航路边界大概{}公里，这个位置可以建吗？"
    assert check(rule, "", [ask.format(25)], citation=1, default_rule="any").verdict == "not_met"
    assert check(rule, "", [ask.format(35)], citation=1, default_rule="any").verdict == "met"


def test_bans_of_one_paragraph_each_bind_and_a_ban_of_two_measures_needs_both():
    """Two zones' bans (二十米以内 any building; 五十米以内 a foundation deeper than 二米): 30米 is clear of the first and
    inside the second, which bars only a foundation deeper than 二米, a depth not said: not yet known, not "met any"."""
    rule = ["第三十二条 在七十二名泉泉池周围二十米以内，禁止新建、扩建任何与名泉保护无关的建（构）筑物；"
            "泉池周围五十米以内禁止新建、扩建工程地基基础深度超过二米的建（构）筑物。"]
    ask = "离七十二名泉泉池{}米的地方，我们想新建一个两层的茶馆，{}，能批吗？"
    assert check(rule, "", [ask.format(30, "地基打多深还没定")], citation=1, default_rule="any").verdict == "unknown"
    assert check(rule, "", [ask.format(15, "地基打多深还没定")], citation=1, default_rule="any").verdict == "not_met"
    assert check(rule, "", [ask.format(60, "地基打多深还没定")], citation=1, default_rule="any").verdict == "met"


def test_a_list_of_ways_to_one_end_needs_one_way():
    """代表候选人按下列办法提名: a party's share of nominees binds parties; ten voters together are one way that is met."""
    items = ["（一）各政党、各人民团体，可以联合或者单独推荐代表候选人。各政党、各人民团体联合或者单独推荐的代表候选人的总人数，"
             "一般不超过本级人民代表大会应选代表名额总数的百分之二十；", "（二）选民十人以上联名，可以推荐代表候选人。"]
    heading = "第二十九条 代表候选人按下列办法提名："
    assert combine_rule(heading, "all") == "any"
    ask = "我们小区有{}个选民想一起联名推荐一位企业家当区人大代表候选人，人数够吗？"
    assert check(items, heading, [ask.format(10)], citation=1).verdict == "met"
    assert check(items, heading, [ask.format(8)], citation=1).verdict != "met"


def test_a_vote_or_a_quorum_is_a_share_of_the_askers_counts():
    assert [(q.raw, q.value) for q in quantities("经全体职工过半数同意")] == [("半数", 50.0)]
    [t] = thresholds("并经全体职工过半数同意。")
    assert (t.op, t.value, t.dimension) == (">", 50.0, "percent")
    rule = ["未建立工会的企业，由职工民主推举产生协商代表，并经全体职工过半数同意。"]
    ask = "我们公司还没建工会，一共80个职工，投票时{}人同意，这算通过了吗？"
    assert check(rule, "", [ask.format("正好40")], citation=1, default_rule="any").verdict == "not_met"  # half is not more
    assert check(rule, "", [ask.format("41")], citation=1, default_rule="any").verdict == "met"
    board = ["评审委员会评审确认企业商号为浙江省知名商号，须经其全体组成人员三分之二以上通过。"]
    voted = check(board, "", ["评审委员会17个人无记名投票，我们拿到了11票赞成，能算通过吗？"], citation=1, default_rule="any")
    assert voted.verdict == "not_met" and voted.conditions[0].given == "11票/17个人=64.7%"
    # a percent the asker gives of something else (工资涨8%) is no share of a vote
    assert check(rule, "", ["工会要求今年工资涨8%，能不能先不答复？"], citation=1, default_rule="any") is None
    both = ["讨论草案，应当有三分之二以上职工代表出席，并经全体代表过半数同意通过。"]
    quorum = check(both, "", ["职工代表60名，实到38名，赞成32票，草案通过了吗？"], citation=1, default_rule="any")
    assert quorum.verdict == "not_met"  # 38 of 60 is under two thirds present, though 32 of 60 agreed


def test_a_time_limit_that_may_be_extended_settles_nothing_between_the_limit_and_its_extension():
    from service.compose import compose_checks

    rule = ["第八十二条 提供单位应当自受理修复申请之日起三个工作日内作出处理。确有特殊情况需要延长处理时限的，经主要负责人"
            "批准后，可以延长三个工作日。"]
    ask = "提供单位受理都{}了还没出结果，{}是不是超时了？"
    pending = check(rule, "", [ask.format("5个工作日", "")], citation=1, default_rule="any")
    assert pending.verdict == "unknown" and pending.conditions[0].given == "5个工作日"
    assert "是否延长" in compose_checks(pending, "zh-Hans")  # says what settles it, not 您没有提到
    assert check(rule, "", [ask.format("5个工作日", "说是延长了处理时限，")], citation=1, default_rule="any").verdict == "met"
    assert check(rule, "", [ask.format("7个工作日", "")], citation=1, default_rule="any").verdict == "not_met"
    assert check(rule, "", [ask.format("2个工作日", "")], citation=1, default_rule="any").verdict == "met"
    # the extension's own ceiling (延长期限最长不得超过二个月) is no condition of its own
    months = conditions(["应当在受理之日起四个月内作出处理决定。因特殊情况需要延长的，延长期限最长不得超过二个月。"])
    assert [(t.value, t.extension) for c in months for t in c.thresholds] == [(4.0, 2.0)]


def test_a_time_limit_extended_by_approval_of_no_bound_or_not_counting_some_time_is_past_only_unknown():
    from service.compose import compose_checks

    rule = ["人民法院执行生效法律文书，一般应当在立案之日起六个月内执行结案，但中止执行的期间应当扣除。确有特殊情况需要延长的，"
            "由本院院长批准。"]
    past = check(rule, "", ["我们申请执行立案到现在已经7个月了，法院是不是超期了？"], citation=1, default_rule="any")
    assert past.verdict == "unknown" and past.conditions[0].given == "7个月" and past.conditions[0].open_ended
    assert "不计入期限的时间" in compose_checks(past, "zh-Hans")
    assert check(rule, "", ["立案到现在5个月了，法院是不是超期了？"], citation=1, default_rule="any").verdict == "met"
    said_not = "立案到现在已经7个月了，法院也没告知经院长批准延长，是不是超期了？"  # not extended: past it is past it
    assert check(rule, "", [said_not], citation=1, default_rule="any").verdict == "not_met"
    unsure = "立案到现在已经7个月了，也不知道有没有延长，是不是超期了？"
    assert check(rule, "", [unsure], citation=1, default_rule="any").verdict == "unknown"
    for bounded in ("经院长批准，可以延长三个月。", ""):  # a bound said, or none at all: past it is past it
        limit = ["人民法院一般应当在立案之日起六个月内执行结案。" + bounded]
        assert check(limit, "", ["立案到现在已经10个月了，法院是不是超期了？"], citation=1,
                     default_rule="any").verdict == "not_met"
    # a time the limit does not count makes the asker past it unknown only when they speak of such a time
    seized = ["查封、扣押的期限不得超过三十日，但按规定检验的期间不计算在内。"]
    ask = "我们一批货被查封扣押40天了，{}这个扣押期限超了没有？"
    assert check(seized, "", [ask.format("中间拿去送检了一段时间，")], citation=1, default_rule="any").verdict == "unknown"
    assert check(seized, "", [ask.format("")], citation=1, default_rule="any").verdict == "not_met"


def test_a_not_a_questions_english_sums_after_the_currency_and_figures_the_asker_is_under():
    assert asks_whether("现在又准备找朋友借280万，这笔要不要备案？") and asks_whether("需不需要备案？")
    assert not asks_whether("利润怎么分？")
    en = {(q.raw, q.dimension, q.value) for q in english_quantities(
        "Our CTO earns RMB 45,000 a month; we raised RMB 6 million; the board has 7 members.")}
    assert en == {("RMB 45,000", "money", 4.5), ("6 million", "money", 600.0), ("7 members", "count", 7.0)}
    [under] = figures(["余额也没到一千万"])
    assert under.quantity.raw == "没到一千万" and under.quantity.value < 1000
    rule = ["（二）借款余额一千万元以上的；"]
    assert check(rule, "", ["借款余额没到一千万，需不需要备案？"], citation=1, default_rule="any").verdict == "not_met"


def test_a_fine_set_as_a_multiple_of_the_illegal_gains_is_checked_from_the_askers_two_sums():
    rule = ["第二十五条 在技术交易活动中，提供虚假技术和技术信息的，由市场监督管理部门没收违法所得，并可处以违法所得一倍以上"
            "五倍以下的罚款。"]
    ask = "违法所得10万，市场监管局罚了{}，这个罚款是不是超出条例规定的幅度了？"
    over = check(rule, "", [ask.format("60万")], citation=1, default_rule="any")
    assert over.verdict == "not_met" and over.conditions[0].given == "60万/10万=6.0倍"
    assert check(rule, "", [ask.format("30万")], citation=1, default_rule="any").verdict == "met"


def test_a_multiple_of_a_count_is_checked_from_the_askers_two_counts():
    # the count multiplied is the one said with its words (啃坏了: 毁坏株数), the other is the asker's own
    rule = ["（二）在柽柳林内放牧的，责令停止违法行为，限期在原地或者异地补种毁坏株数二倍以上三倍以下的树木；造成损失的，依法赔偿。"]
    enough = check(rule, "", ["羊啃坏了40株小柽柳，被要求补种，我们补了80株，这个数量达标么？"], citation=1, default_rule="any")
    assert enough.verdict == "met" and enough.conditions[0].given == "80株/40株=2.0倍"
    short = check(rule, "", ["毁了60棵，让我们补种，我打算补种100棵，够了吧？"], citation=1, default_rule="any")
    assert short.verdict == "not_met"


def test_densities_are_no_weights_and_an_extension_the_asker_does_not_know_of_settles_nothing():
    # a density is measured per its base unit (立方米); one per no unit known (立方厘米) is left out
    assert [(q.raw, q.dimension) for q in quantities("密度0.93克每立方厘米，硫化氢含量在每立方米三十克以上")] \
        == [("三十克", "weight/立方米")]
    assert [q.dimension for q in quantities("检测是30克/立方米，净重30克")] == ["weight/立方米", "weight"]
    assert [q.raw for q in quantities("重量不得超过15公斤")] == ["15公斤"]
    rule = ["第三十条 应当在六十个工作日内完成调查；情况复杂的，经负责人批准，可以延长三十个工作日。"]
    ask = "立案到现在已经75个工作日了还没调查完，{}，这个超期了吗？"
    assert check(rule, "", [ask.format("也不知道有没有批准延长")], citation=1, default_rule="any").verdict == "unknown"
    assert check(rule, "", [ask.format("说是批准延长了")], citation=1, default_rule="any").verdict == "met"
    # the rule's own words in a question (招用未满十六周岁的) are no figure of the asker's below sixteen
    assert [f.quantity.raw for f in figures(["这算不算招用未满十六周岁的未成年人？"])] == ["十六周岁"]


def test_a_sanctions_range_takes_only_a_fine_and_the_askers_case_carries_its_sanction():
    rule = ["第四十七条 从事数据交易中介服务的机构未履行本法第三十三条规定的义务的，由有关主管部门责令改正，没收违法所得，处违法所得"
            "一倍以上十倍以下罚款，没有违法所得或者违法所得不足十万元的，处十万元以上一百万元以下罚款；对直接负责的主管人员和其他"
            "直接责任人员处一万元以上十万元以下罚款。"]
    found = check(rule, "", ["经核定违法所得为6万元，罚款适用哪个档次？"], citation=1, default_rule="any")
    verdicts = {c.text: (c.verdict, c.given) for c in found.conditions}
    assert verdicts["没有违法所得或者违法所得不足十万元的，处十万元以上一百万元以下罚款"] == ("met", "6万元")
    # 6万 of illegal gains is no fine: the managers' fine range is not settled by it
    assert verdicts["对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款"] == ("unknown", None)
    # a branch for each side of a sum, each with its own fine: both stay, the asker's case picks one
    branches = ["违法经营额五万元以上的，可以并处违法经营额五倍以下的罚款；",
                "没有违法经营额或者违法经营额不足五万元的，可以并处二十五万元以下的罚款。"]
    mine = check(branches, "", ["违法经营额为4.8万元，罚款怎么算？"], citation=1, default_rule="any")
    assert [(c.text, c.verdict) for c in mine.conditions] == [(branches[1].rstrip("。"), "met")]


def test_a_range_a_rule_forbids_and_a_window_after_an_article_number():
    barred = check(["第十六条 专利代理师不得同时在两个以上专利代理机构从事专利代理业务。"], "",
                   ["我想同时在两家机构执业，是否允许？"], citation=1, default_rule="any")
    assert barred.verdict == "not_met" and barred.conditions[0].given == "两家"
    # …不得…向未满十四周岁的: the age names whom the rule protects (a user of 14 is not one), not a range it forbids
    minors = check(["第三十条 数据处理者不得基于用户画像向未满十四周岁的未成年人推荐个性化产品或者服务。"], "",
                   ["有个用户上个月刚满14周岁，能给他推个性化商品吗？"], citation=1, default_rule="any")
    assert minors.verdict == "not_met" and minors.conditions[0].given == "14周岁"
    # 在2年内未被…发现的，不再查处: the window must have passed; the article number is no part of what it measures
    window = ["第二十条 违反劳动保障法律、法规或者规章的行为在2年内未被劳动保障行政部门发现，也未被举报、投诉的，劳动保障行政部门"
              "不再查处。"]
    assert check(window, "", ["员工入职一年半了没签合同，会不会被查处？"], citation=1, default_rule="any").verdict == "not_met"
    assert check(window, "", ["员工入职三年了没签合同，会不会被查处？"], citation=1, default_rule="any").verdict == "met"


def test_parallel_provisions_of_one_measure_bind_the_one_the_asker_names():
    rule = ["第十一条 被授予专利权的单位，应当自专利权公告之日起九十日内发给发明人或者设计人奖金。一项发明专利的奖金最低不少于"
            "二千元；一项实用新型专利或者外观设计专利的奖金最低不少于五百元。"]
    found = check(rule, "", ["员工的一项发明专利刚授权，老板发1500块奖金，够不够？"], citation=1, default_rule="any")
    assert [(c.text, c.verdict) for c in found.conditions if c.given] == [("一项发明专利的奖金最低不少于二千元", "not_met")]
    layoff = ["用人单位实施裁员方案，应当提前三十日通知工会和劳动者本人。",
              "用人单位依据本条规定裁减人员，在六个月内录用人员的，应当优先录用被裁减的人员。"]
    early = check(layoff, "", ["我们要裁员，打算提前两周通知工会和员工，合规吗？"], citation=1, default_rule="any")
    assert early.verdict == "not_met" and len(early.conditions) == 1
    # the same words for two subjects (…30日内支付款项; …60日内支付款项) are told apart by nothing the asker says
    pay = ["机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，"
           "但付款期限最长不得超过60日。",
           "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项。"]
    late = check(pay, "", ["交付后第50天把钱付了，这算按时付款吗？付款期限是多久？"], citation=1, default_rule="any")
    assert len([c for c in late.conditions if "支付款项" in c.text]) == 2


def test_a_share_of_an_area_is_never_made_of_counts():
    rule = ["公共办公场所面积原则上不低于众创空间总面积的15%；"]
    found = check(rule, "", ["我们众创空间有8个创业导师，去年办了20场路演活动，够吗？"], citation=1, default_rule="any")
    assert found is None or all(c.given is None for c in found.conditions)
    area = check(rule, "", ["众创空间面积600平，其中公共办公场所90平，够吗？"], citation=1, default_rule="any")
    assert area.verdict == "met"


def test_a_figure_goes_to_the_item_its_own_clause_names_not_to_one_another_figure_of_the_sentence_names():
    items = ["（一）城镇零就业家庭的成员；", "（二）连续失业一年以上的登记失业人员；", "（三）距法定退休年龄十年以内的登记失业人员；"]
    asked = "我今年28岁，去年公司倒闭了，我办了失业登记，到现在连续失业10个月。能按就业困难人员享受扶持吗？"
    found = check(items, "就业困难人员包括：", [asked], citation=1, default_rule="any", whole=True)
    verdicts = {c.text: (c.verdict, c.given) for c in found.conditions}
    assert verdicts["连续失业一年以上的登记失业人员"] == ("not_met", "10个月")
    assert verdicts["距法定退休年龄十年以内的登记失业人员"][1] != "10个月"


def test_a_brackets_rule_for_a_category_is_no_part_of_what_the_general_threshold_measures():
    item = "（4）在孵企业总数不少于20家（专业孵化器的在孵企业不少于15家）；"
    [general, *_] = thresholds(item)
    assert "专业孵化器" not in general.noun
    asked = "团队一共10个人，其中6个是专业孵化服务人员；在孵企业22家，够吗？"
    found = check([item], "申请省级科技企业孵化器应具备以下条件", [asked], citation=1, whole=True)
    assert [(c.verdict, c.given) for c in found.conditions][0] == ("met", "22家")


def test_sides_measured_together_each_hold_and_a_ceiling_and_floor_after_a_comma_are_one_range():
    rule = ["商标图样应当清晰，便于粘贴，长和宽应当不大于10厘米，不小于5厘米。"]
    [range_] = check(rule, "", ["商标图样长8厘米、宽6厘米，可以吗？"], citation=1, default_rule="any").conditions
    assert range_.text == "长和宽应当不大于10厘米，不小于5厘米" and range_.verdict == "met"
    too_long = check(rule, "", ["商标图样我们做的是12厘米长、8厘米宽的，这个尺寸可以吗？"], citation=1, default_rule="any")
    assert too_long.verdict == "not_met" and too_long.conditions[0].given == "12厘米"


def test_a_window_in_which_a_body_is_not_supported_again_must_have_passed():
    # …三年内对该单位不再予以资助: the object of the bar may stand between the window and the bar
    rule = ["第九条 项目承担单位弄虚作假骗取资金的，由有关部门收回资金，五年内对该单位不再予以资助。"]
    assert check(rule, "", ["我们2018年3月被收回过资金，现在是2024年5月，还能申请资助吗？"], citation=1,
                 default_rule="any").verdict == "met"
    assert check(rule, "", ["我们2022年3月被收回过资金，现在是2024年5月，还能申请资助吗？"], citation=1,
                 default_rule="any").verdict == "not_met"


def test_how_long_a_limit_was_extended_by_is_held_to_the_extension_not_to_the_limit():
    rule = ["复议机关应当自受理申请之日起六十日内作出决定；情况复杂的，经负责人批准，可以适当延长，但是延长期限最多不超过三十日。"]
    over = check(rule, "", ["复议机关说情况复杂，把期限延长了40日，这样合规吗？"], citation=1, default_rule="any")
    assert over.verdict == "not_met" and over.conditions[0].given == "40日"
    within = check(rule, "", ["复议机关说情况复杂，把期限延长了20日，这样合规吗？"], citation=1, default_rule="any")
    assert within.verdict == "met"


def test_a_condition_without_a_figure_is_met_by_the_askers_own_statement_of_it():
    items = ["（一）有开展业务所需的信息系统和内部管理制度；", "（二）有健全的财务会计制度；", "（三）注册资本不少于五十万元。"]
    said = "我们注册资本80万，财务会计制度也都建好了，条件够吗？"
    found = check(items, "设立服务机构应当具备下列条件：", [said], citation=1, whole=True)
    verdicts = {c.text.rstrip("；。"): c.verdict for c in found.conditions}
    assert verdicts["有健全的财务会计制度"] == "met" and verdicts["注册资本不少于五十万元"] == "met"
    assert verdicts["有开展业务所需的信息系统和内部管理制度"] == "unknown"  # 会计制度 is another condition's own
    # the asker's denial is a not met; a denial the condition shares (无…记录 against 无…记录) agrees with it
    denied = check(items, "设立服务机构应当具备下列条件：", ["注册资本80万，但还没有财务会计制度，行吗？"], citation=1, whole=True)
    assert {c.text.rstrip("；"): c.verdict for c in denied.conditions}["有健全的财务会计制度"] == "not_met"
    clean = ["（一）股东信誉良好，最近三年无重大违法违规记录；"]
    agree = check(clean, "应当具备下列条件：", ["股东信誉良好，近三年都无违法违规记录，注册资本3000万，行吗？"], citation=1,
                  whole=True)
    assert agree.conditions[0].verdict == "met"
    # a clause that asks (有没有财务会计制度的要求？) states nothing of the asker's
    asked = check(items, "设立服务机构应当具备下列条件：", ["注册资本80万，要有财务会计制度吗？"], citation=1, whole=True)
    assert {c.text.rstrip("；"): c.verdict for c in asked.conditions}["有健全的财务会计制度"] == "unknown"


def test_half_and_more_than_a_number_of_months_or_years():
    found = [(q.raw, q.dimension, round(q.value, 2)) for q in quantities("怀孕6个半月，一个多月，一年多，十多天，干了一年多少钱")]
    assert found == [("6个半月", "months", 6.5), ("一个多月", "months", 1.01), ("一年多", "months", 12.12),
                     ("十多天", "days", 10.01), ("一年", "months", 12)]
    night = ["对怀孕7个月以上的女职工，用人单位不得延长劳动时间或者安排夜班劳动。"]
    assert check(night, "", ["女员工怀孕6个半月了，能排夜班吗？"], citation=1, default_rule="any").verdict == "not_met"
    pause = ["中止协商的期限最长不得超过三十日。"]
    assert check(pause, "", ["协商中止了一个多月，有没有违规？"], citation=1, default_rule="any").verdict == "not_met"


def test_months_against_a_limit_in_days_that_so_many_months_may_or_may_not_reach_cannot_tell():
    rule = ["人事争议仲裁机构应当自受理申请之日起六十日内作出裁决。"]
    close = check(rule, "", ["受理后过了两个月才出裁决，这算超期吗？"], citation=1, default_rule="any")
    assert close.verdict == "unknown" and close.conditions[0].close and close.conditions[0].given == "两个月"
    assert "太接近" in compose_checks(close, "zh")
    assert check(rule, "", ["受理后过了50天才出裁决，超期吗？"], citation=1, default_rule="any").verdict == "met"
    assert check(rule, "", ["受理后过了三个月才出裁决，超期吗？"], citation=1, default_rule="any").verdict == "not_met"


def test_calendar_days_against_a_limit_in_working_days_count_as_the_working_days_they_hold():
    rule = ["通过单一窗口办理工作许可和居留许可的，应当在七个工作日内一次办结。"]
    ask = "申请已经过去{}了还没办完，是不是超出时限了？".format
    close = check(rule, "", [ask("10天")], citation=1, default_rule="any")  # 6 to 8 working days
    assert close.verdict == "unknown" and close.conditions[0].close and close.conditions[0].given == "10天"
    assert check(rule, "", [ask("5天")], citation=1, default_rule="any").verdict == "met"
    assert check(rule, "", [ask("15天")], citation=1, default_rule="any").verdict == "not_met"  # 10 or 11
    assert check(rule, "", [ask("8个工作日")], citation=1, default_rule="any").verdict == "not_met"
    fifteen = ["应当自收到需求之日起十五个工作日内完成确认。"]
    assert check(fifteen, "", [ask("正好三周")], citation=1, default_rule="any").verdict == "met"  # 15 exactly
    edge = check(fifteen, "", [ask("20天")], citation=1, default_rule="any")  # 14 or 15: the counting decides
    assert edge.verdict == "unknown" and edge.conditions[0].close


def test_a_figure_said_as_more_than_a_round_one_cannot_tell_a_limit_within_its_reach():
    people = ["参加协商的职工代表不少于35人。"]
    ask = "我们来了{}，够吗？".format
    close = check(people, "", [ask("30多人")], citation=1, default_rule="any")  # 31 to 39
    assert close.verdict == "unknown" and close.conditions[0].close
    assert check(people, "", [ask("40多人")], citation=1, default_rule="any").verdict == "met"
    assert check(people, "", [ask("20多人")], citation=1, default_rule="any").verdict == "not_met"
    years = ["机构实际注册并运营满3年。"]
    assert check(years, "", ["我们运营两年多了，满足吗？"], citation=1, default_rule="any").verdict == "not_met"
    budget = ["项目预算超过批复概算百分之十以上的，建设单位应当重新编制初步设计和概算。"]
    share = check(budget, "", ["批复概算1.2亿，预算估计要比概算多出一千多万。要重新编制吗？"], citation=1, default_rule="any")
    assert share.verdict == "unknown" and share.conditions[0].close  # 1000万 to 2000万 of 1.2亿: 8% to 17%


def test_a_range_the_asker_gives_tells_a_limit_only_when_both_ends_are_on_one_side():
    rule = ["离开预备役登记地一个月以上的，应当向其预备役登记的兵役机关报告。"]
    ask = "公司派我去外地驻场，时间说是{}，还没定。要报告吗？".format
    straddles = check(rule, "", [ask("三到五周")], citation=1, default_rule="any")  # 21 to 35 days
    assert straddles.verdict == "unknown" and straddles.conditions[0].close
    assert straddles.conditions[0].given == "三到五周"
    assert check(rule, "", [ask("5到8周")], citation=1, default_rule="any").verdict == "met"
    assert check(rule, "", [ask("1-3周")], citation=1, default_rule="any").verdict == "not_met"


def test_a_time_before_an_event_takes_only_a_figure_said_ahead_of_one():
    rule = ["由于特殊原因需要延长有效期的，应当在期满三十日前向原审批机关提出申请。经批准后，有效期可以延长，但延长的期限不得超过半年。"]
    longer = check(rule, "", ["我们想申请把有效期延长8个月，可以吗？"], citation=1, default_rule="any")
    assert [(c.verdict, c.given) for c in longer.conditions] == [("unknown", None), ("not_met", "8个月")]
    ahead = check(rule, "", ["有效期下个月到期，我们提前20天提出延期申请，来得及吗？"], citation=1, default_rule="any")
    assert ahead.conditions[0].verdict == "not_met" and ahead.conditions[0].given == "20天"
    soon = check(["举办大型人才交流会，应当在举办三十日前报上一级人事部门核准。"], "",
                 ["打算10天后办交流会，现在才去报核准，来得及吗？"], citation=1, default_rule="any")
    assert soon.verdict == "not_met"


def test_an_aside_in_brackets_says_nothing_of_the_figure_before_it():
    said = ("Last year our total revenue was RMB 3.2 million (the year before it was only about RMB 1 million). "
            "We are not a recognised high-tech enterprise yet. Can we graduate?")
    found = check(PROVINCIAL_GRADUATION, HEADING, [said], citation=1, english=True)
    assert (found.conditions[3].verdict, found.conditions[3].given) == ("met", "3.2 million") and found.verdict == "met"


def test_a_status_named_in_a_provision_is_a_condition_only_where_the_provision_requires_it():
    said = ["我们还不是高新技术企业，去年营收1.2亿，能享受吗？"]
    ask = lambda text: check([text], "", said, citation=1, default_rule="any")
    assert ask("高等院校、科研机构以及企事业单位的科技人员可以依法采取创办、联办高新技术企业等方式，转化高新技术成果。") is None
    assert ask("高新技术企业实行申请认定制度。高新技术企业认定和复审按照国家有关规定执行。") is None
    assert ask("国家需要重点扶持的高新技术企业，减按百分之十五的税率征收企业所得税。").verdict == "not_met"
    assert ask("（1）经国家备案通过的高新技术企业。").verdict == "not_met"


def test_once_is_how_often_and_a_figure_said_twice_is_one_figure():
    rule = ["职工(代表)大会依照企业章程规定定期召开，但每年不得少于两次。"]
    said = "我们集体企业章程写的是职工代表大会每年开一次，去年也就开了一次，这样行吗？"
    found = check(rule, "", [said], citation=1, default_rule="any")
    assert found.verdict == "not_met" and found.conditions[0].given == "一次"
    assert [q.raw for q in quantities("我们一次性补贴了")] == ["一次"]  # …but 一次性 is no count: the check drops it
    assert check(rule, "", ["我们一次性开完了，行吗？"], citation=1, default_rule="any") is None


def test_the_days_between_two_dates_said_in_english():
    from service.quantities import english_elapsed
    assert english_elapsed("We handed everything in on 1 February 2023; today is 20 March 2023.").value == 47
    assert english_elapsed("signed on March 20 and plan to file on April 10. Are we late?").value == 21
    assert english_elapsed("We were fined in February, May and October. I may go.") is None
    months = english_elapsed("It passed completion acceptance in March 2023 and it's now June 2024.")
    assert (months.value, months.dimension) == (15, "months")
    rule = ["消费者自付款之日起七日内请求经营者返还预付款本金的，人民法院应予支持。"]
    said = "I prepaid 8,000 yuan for a coding bootcamp on April 1 and today is April 15. Can I still get it back?"
    found = check(rule, "", [said], citation=1, english=True, default_rule="any")
    assert found.verdict == "not_met" and found.conditions[0].given == "April 1 to April 15"


def test_an_english_figure_is_read_with_the_corpus_words_for_the_words_around_it():
    items = ["商标注册申请人自其商标在外国第一次提出商标注册申请之日起六个月内，又在中国就相同商品以同一商标提出商标注册申请的，可以享有优先权。",
             "申请人应当在提出商标注册申请的时候提出书面声明，并且在三个月内提交第一次提出的商标注册申请文件的副本。"]
    said = "We first filed our trademark application in the US 7 months ago. Can we still claim priority in China?"
    assert check(items, "", [said], citation=1, english=True, default_rule="any") is None  # no word in common
    gloss = lambda text: ("第一次", "商标", "申请") if "filed" in text else ()
    found = check(items, "", [said], citation=1, english=True, default_rule="any", gloss=gloss)
    assert found.verdict == "not_met" and found.conditions[0].given == "7 months"


def test_days_between_two_dates_against_years_count_by_the_calendar():
    from service.quantities import calendar_months
    assert calendar_months("2022年5月10号到2024年5月10号") == 24
    assert 23 < calendar_months("2022年5月10号到2024年5月9号") < 24  # a day short of the second anniversary
    rule = ["当事人未约定工程质量保证金返还期限的，自建设工程通过竣工验收之日起满二年，承包人可以请求发包人返还。"]
    ask = "工程是2022年5月10号竣工验收合格的，今天{}，能要求退质保金吗？".format
    assert check(rule, "", [ask("2024年5月9号")], citation=1, default_rule="any").verdict == "not_met"
    assert check(rule, "", [ask("2024年5月10号")], citation=1, default_rule="any").verdict == "met"


def test_a_figure_said_per_so_much_area_is_a_density_and_no_count_of_the_whole():
    items = ["（1）可自主支配的孵化场地面积不低于10000平方米；", "（2）孵化器在孵企业不少于50家且每千平方米平均在孵企业不少于3家；",
             "（3）孵化器累计毕业企业应达到20家以上。"]
    said = "可自主支配孵化场地面积10000平方米；在孵企业52家，每千平方米平均5.2家；累计毕业企业20家。请问是否符合？"
    found = check(items, "申请国家级科技企业孵化器应具备以下条件：", [said], citation=1, whole=True)
    assert [(c.verdict, c.given) for c in found.conditions] == [
        ("met", "10000平方米"), ("met", "52家"), ("met", "5.2家"), ("met", "20家")]


def test_a_count_of_people_is_never_a_count_of_firms():
    items = ["（1）专业孵化服务人员占机构总人数80%以上；", "（2）孵化器在孵企业不少于50家；", "（3）累计毕业企业应达到20家以上。"]
    said = "累计毕业企业20家；机构共有工作人员10名，其中专业孵化服务人员8名。这两项够吗？"
    found = check(items, "申请国家级科技企业孵化器应具备以下条件：", [said], citation=1, whole=True)
    verdicts = {c.text.rstrip("；。"): (c.verdict, c.given) for c in found.conditions}
    assert verdicts["孵化器在孵企业不少于50家"][0] == "unknown"
    assert verdicts["累计毕业企业应达到20家以上"] == ("met", "20家")


def test_days_and_months_said_relative_to_now_are_apart():
    assert elapsed("去年6月进口的设备，今年3月想申请退税").value == 9  # months
    assert elapsed("去年12月20日签的，今年1月5日才交").value == 16
    span = elapsed("驳回通知是今年1月15号收到的。今天4月10号，还来得及吗？")
    assert span.value == 85 and span.raw == "今年1月15号到4月10号"  # the year said once holds for both
    assert elapsed("2024年1月1日入职，去年3月5日离职") is None  # which year now is is not said
    span = elapsed("检验结果是本月3号收到的，今天20号了")  # two days of this month, the month unsaid
    assert span.value == 17 and span.unit == "天"
    assert elapsed("我住3号楼，今天20号") is None
    rule = ["对检验结果有异议的，可以自收到检验结果之日起十五日内申请复检。"]
    assert check(rule, "", ["我们厂的产品抽检不合格，检验结果是本月3号收到的，今天20号了，还来得及申请复检吗？"],
                 citation=1).verdict == "not_met"


def test_an_a_not_a_question_typed_with_a_homophone_or_asking_if_a_limit_was_passed_asks_whether():
    assert asks_whether("省级孵化起毕业条件我们够不购啊？去年营收320万，融资还没拿倒")  # 够不购: 够不够 mistyped
    assert not asks_whether("买不卖都行，先问下流程")  # 买/卖: another tone, another word
    assert asks_whether("一季度3月31日期满，4月12日申报，有没有超期？")
    assert not asks_whether("申报期限有没有规定")


def test_of_a_list_of_definitions_only_the_term_the_asker_names_is_checked():
    lead = "第十六条 本法下列用语的含义是："
    items = ["（一）低丰度油气田，包括陆上低丰度油田、陆上低丰度气田。陆上低丰度油田是指每平方公里原油可开采储量丰度低于二十五万立方米的油田；",
             "（二）高含硫天然气，是指硫化氢含量在每立方米三十克以上的天然气。",
             "（四）深水油气田，是指水深超过三百米的油气田。"]
    ask = ["我们开采的天然气，硫化氢含量经检测是每立方米{}克，算不算高含硫天然气？"]
    named = defined_items(lead, items, [ask[0].format(30)])
    assert named == [items[1]]
    assert check(named, lead, [ask[0].format(30)], citation=1, default_rule="any").verdict == "met"
    assert check(named, lead, [ask[0].format(20)], citation=1, default_rule="any").verdict == "not_met"
    assert defined_items(lead, items, ["水深两百米算深水吗？"]) == []  # no term named: no list to check
    assert defined_items("有下列情形之一的，减征资源税：", items, ask) is None


def test_a_wait_after_an_event_is_the_least_time_that_must_pass():
    rule = ["工程完工且未拖欠农民工工资的，施工总承包单位公示30日后，可以申请注销农民工工资专用账户。"]
    ask = "工程已竣工，未拖欠农民工工资，已公示{}日，现可否申请注销农民工工资专用账户？"
    assert check(rule, "", [ask.format(20)], citation=1, default_rule="any").verdict == "not_met"
    assert check(rule, "", [ask.format(35)], citation=1, default_rule="any").verdict == "met"
    assert [t.op for t in thresholds("合同期满后，双方可以续签")] == []  # no figure: nothing to measure


def test_units_of_area_temperature_and_pressure_in_the_rules_of_natural_resources():
    assert [(q.raw, q.dimension, q.value) for q in quantities("占地3公顷，凝固点高于四十摄氏度")] == \
        [("3公顷", "area", 30000.0), ("四十摄氏度", "temperature", 40.0)]
    [rate] = quantities("每平方公里天然气可开采储量丰度低于二亿五千万立方米")
    assert rate.dimension == "volume/平方公里" and rate.value == 250_000_000 * 1_000_000


def test_a_reward_for_one_kind_of_patent_does_not_bind_another():
    rule = ["第九十三条 被授予专利权的单位未与发明人、设计人约定奖励的，应当自公告授予专利权之日起3个月内发给发明人或者设计人奖金。"
            "一项发明专利的奖金最低不少于4000元；一项实用新型专利或者外观设计专利的奖金最低不少于1500元。"]
    util = check(rule, "", ["一项实用新型专利授权了，打算发1500元奖金给发明人，符合最低标准吗？"], citation=1, default_rule="any")
    assert util.verdict == "met" and all("4000" not in t.raw for c in util.conditions for t in c.thresholds)
    invention = check(rule, "", ["一项发明专利授权了，老板说发1500块奖金，够不够？"], citation=1, default_rule="any")
    assert "met" not in {c.verdict for c in invention.conditions}  # 1500 is no reward for an invention
    lists = ["一项发明专利的奖金不少于二千元", "一项实用新型专利或者外观设计专利的奖金不少于五百元"]
    assert [c.verdict for c in check(lists, "", ["发明专利发了1500块奖金，够不够？"], citation=1,
                                      default_rule="any").conditions] == ["not_met"]


def test_a_span_to_the_end_or_start_of_a_year_and_a_least_time_after_an_event():
    span = elapsed("有一批证书2020年6月就失效了，打算2024年底把相关认证信息都删掉")
    assert span is not None and span.value == 54 and span.dimension == "months"
    assert elapsed("2023年初成立，到2024年底") .value == 23
    [t] = thresholds("信息保存期限至少为电子签名认证证书失效后五年。")
    assert (t.op, t.value) == (">=", 60.0)
    rule = ["电子认证服务提供者应当妥善保存与认证相关的信息，信息保存期限至少为电子签名认证证书失效后五年。"]
    ask = "证书2020年6月就失效了，打算{}把相关认证信息都删掉，可以吗？"
    assert check(rule, "", [ask.format("2024年底")], citation=1, default_rule="any").verdict == "not_met"
    assert check(rule, "", [ask.format("2025年底")], citation=1, default_rule="any").verdict == "met"


def test_a_bound_set_by_another_amount_is_checked_with_the_askers_two_figures():
    rule = ["（一）为提前放行货物提供的担保，担保金额不得超过可能承担的最高税款总额；"]
    ask = "海关算下来可能承担的最高税款是120万，却要我们交{}万的担保，这合规吗？"
    over = check(rule, "", [ask.format(150)], citation=1, default_rule="any")
    assert over.verdict == "not_met" and over.conditions[0].given == "150万/120万"
    assert check(rule, "", [ask.format(100)], citation=1, default_rule="any").verdict == "met"
    # one figure only: the other amount is not said, so nothing is checked
    assert check(rule, "", ["要我们交150万的担保，这合规吗？"], citation=1, default_rule="any") is None or \
        check(rule, "", ["要我们交150万的担保，这合规吗？"], citation=1, default_rule="any").verdict == "unknown"


def test_the_askers_parts_of_a_cumulative_sum_in_words_of_their_own_add_up():
    rule = ["从事生产、经营的纳税人外出经营，在同一地累计超过180天的，应当在营业地办理税务登记手续。"]
    ask = "上半年在那边干了100天，下半年又去了{}天，都是同一个地方。需要在营业地办税务登记吗？"
    met = check(rule, "", [ask.format(85)], citation=1, default_rule="any")
    assert met.verdict == "met" and met.conditions[0].given == "100天+85天"
    assert check(rule, "", [ask.format(70)], citation=1, default_rule="any").verdict == "not_met"


def test_what_must_not_happen_inside_a_window_may_follow_its_own_subject():
    rule = ["自书面通知送达之日起3个月内，当事人无正当理由未办理退还手续的，主管部门应当发布公告。"]
    [t] = thresholds(rule[0])
    assert "未办理" in t.noun
    ask = "通知{}前就送达了，我们一直没去办退还手续，会被公告吗？"
    assert check(rule, "", [ask.format("4个月")], citation=1, default_rule="any").verdict == "met"
    assert check(rule, "", [ask.format("2个月")], citation=1, default_rule="any").verdict == "not_met"
    # a decision the office makes inside its window (…作出核准或者不予核准的决定) is no such case
    [office] = thresholds("登记机关应当在受理申请后30日内，作出核准登记或者不予核准登记的决定。")
    assert "不予" not in office.noun


def test_the_askers_agreeing_count_may_be_named_a_few_words_before_it():
    rule = ["区域性工资集体协议草案提交区域职工代表大会，经全体代表半数以上同意通过。"]
    ask = "区域职工代表大会全体代表120名，投票同意的正好{}人，算通过了吗？"
    assert check(rule, "", [ask.format(60)], citation=1, default_rule="any").verdict == "met"
    assert check(rule, "", [ask.format(50)], citation=1, default_rule="any").verdict == "not_met"


def test_a_time_in_operation_in_the_askers_word_for_it():
    rule = ["（1）运营时间满18个月。", "（2）年协议入驻创业团队和企业不低于20家。"]
    found = check(rule, "", ["我們的眾創空間營運了15個月，一年簽約入駐的團隊有28家，能申請嗎？"], citation=1)
    assert [c.verdict for c in found.conditions] == ["not_met", "met"]


PENSION_BASE = ["职工本人工资低于当地上年度在岗职工月平均工资百分之六十的，按当地上年度在岗职工月平均工资的百分之六十计征"
                "基本养老保险费；职工本人工资高于当地上年度在岗职工月平均工资百分之三百的，按当地上年度在岗职工月平均工资的"
                "百分之三百计征基本养老保险费。"]


def test_an_asker_in_none_of_a_rules_cases_is_told_so():
    found = check(PENSION_BASE, "", ["我月薪2万，当地上年度在岗职工月平均工资按7000算，是不是有一部分不用计入缴费基数？"],
                  citation=1, default_rule="any")
    assert found.verdict == "not_met" and [c.verdict for c in found.conditions] == ["not_met", "not_met"]


def test_the_base_of_a_share_is_the_figure_said_of_it_far_more_surely_than_another():
    # both figures say 工资; only one says 在岗职工月平均工资. The asker's 60% names the rule's figure, not theirs.
    turns = ["当地上年度在岗职工月平均工资我查了大概是7000块。", "那我们员工工资定的3500，是不是就得按社平工资的60%那个标准来交？"]
    found = check(PENSION_BASE, "", turns, citation=1, default_rule="any")
    assert found.verdict == "met" and found.conditions[0].given == "3500/7000块=50%"


def test_an_english_ordinal_day_is_time_gone_by():
    got = [(q.raw, q.value) for q in english_quantities("They replied on the 10th working day, within 5 business days")]
    assert got == [("10th working day", 10.0), ("5 business days", 5.0)]


def test_numbers_in_english_words_and_singular_units():
    got = [(q.raw, q.value, q.dimension) for q in english_quantities("We paid it two years ago, kept logs for one year and "
                                                                       "waited twenty-five days; a six-month probation")]
    assert got == [("two years", 24.0, "months"), ("one year", 12.0, "months"), ("twenty-five days", 25.0, "days"),
                   ("six-month", 6.0, "months")]


def test_one_person_who_came_alone_is_a_count_even_mistyped():
    rule = ["监督检查人员不得少于二人，并应当出示执法证件。"]
    for said in ("只来了一个人", "只来了一各人", "他们只派了一个人来"):
        found = check(rule, "", [f"统计局来检查{said}，这样合规吗？"], citation=1, default_rule="any")
        assert found is not None and found.verdict == "not_met", said


def test_a_share_from_a_part_and_the_whole_the_asker_says_is_all_there_are():
    rule = ["区域、行业内五分之一以上企业工会向区域、行业工会提出书面建议的，区域、行业工会应当向企业方提出协商要求。"]
    ask = "我们区域里一共40家企业工会，现在有{}家联名向区域工会提建议，够不够？"
    met = check(rule, "", [ask.format(9)], citation=1, default_rule="any")
    assert met.verdict == "met" and met.conditions[0].given == "9家/40家=22.5%"
    assert check(rule, "", [ask.format(7)], citation=1, default_rule="any").verdict == "not_met"
    # those present are no part a share of proposers is of
    present = check(["应当有三分之一以上的职工代表联名提议。"], "", ["职代会代表一共60名，今天实到42人，够吗？"], citation=1,
                    default_rule="any")
    assert present is None or present.verdict == "unknown"


def test_a_count_said_to_be_added_adds_to_the_earlier_one():
    rule = ["从业人员超过一百人的，应当设置安全生产管理机构或者配备专职安全生产管理人员。"]
    turns = ["我们是一家食品加工厂，现在正式员工95人。", "今年又招了{}个，那现在是不是必须设安全生产管理机构了？"]
    met = check(rule, "", [turns[0], turns[1].format(8)], citation=1, default_rule="any")
    assert met.verdict == "met" and met.conditions[0].given == "95人+8个"
    assert check(rule, "", [turns[0], turns[1].format(3)], citation=1, default_rule="any").verdict == "not_met"


def test_the_span_of_a_sum_is_no_time_and_a_bare_figure_takes_the_earlier_turns_noun():
    turns = ["我们在省级孵化器，前年营收260万。", "那去年我们做了{}万，两年加起来能从省级孵化器毕业了吧？"]
    assert [f.quantity.raw for f in figures([turns[0], turns[1].format(280)])] == ["260万", "280万"]
    for last, verdict in ((280, "met"), (200, "not_met")):
        found = check(PROVINCIAL_GRADUATION, HEADING, [turns[0], turns[1].format(last)], citation=1)
        revenue = [c for c in found.conditions if "营业收入" in c.text]
        assert revenue and revenue[0].verdict == verdict, (last, found)


def test_a_list_of_means_the_rule_forbids_combines_as_any():
    from service.eligibility import combine_rule
    assert combine_rule("经营者在生产销售中不得在商品或者其包装上采用下列手段，对商品质量作诱人误解的虚假表示：") == "any"
    assert combine_rule("申请设立应当具备下列条件：") == "all"


SAFETY_STAFF = ["前款规定以外的其他生产经营单位，从业人员超过一百人的，应当设置安全生产管理机构或者配备专职安全生产管理人员；"
                "从业人员在一百人以下的，应当配备专职或者兼职的安全生产管理人员。"]


def test_of_two_branching_cases_the_one_whose_consequence_is_asked_about_is_checked():
    must = check(SAFETY_STAFF, "", ["我们公司员工正好100人，必须设安全生产管理机构吗？"], citation=1, default_rule="any")
    assert must.verdict == "not_met" and [c.text for c in must.conditions] == ["从业人员超过一百人的"]
    part_time = check(SAFETY_STAFF, "", ["我们一共才30个人，安全生产管理人员能不能找个兼职的？"], citation=1, default_rule="any")
    assert part_time.verdict == "met" and [c.text for c in part_time.conditions] == ["从业人员在一百人以下的"]
    leave = ["女职工怀孕未满4个月流产的，享受15天产假；怀孕满4个月流产的，享受42天产假。"]
    both = check(leave, "", ["女员工怀孕刚好满4个月的时候流产了，该给她15天还是42天产假？"], citation=1, default_rule="any")
    assert both.verdict == "met"
    # two sides of one share, neither's consequence named more: the asker's one percent is read against the rule's own
    # case (…达到…以上的，应当供热), not its other side (未达到…的，协商供热)
    heat = ["城市供热管网覆盖范围内具备供热条件的新建住宅小区，热用户达到百分之四十八以上的，供热企业应当供热；"
            "热用户未达到百分之四十八的，由房地产开发建设单位与供热企业协商供热。"]
    short = check(heat, "", ["我们是新建小区，在供热管网覆盖范围内，现在申请用热的住户才占45%，热力公司说不够比例不给供，"
                             "他们是不是必须得供？"], citation=1, default_rule="any")
    assert short.verdict == "not_met" and [(c.text, c.given) for c in short.conditions] == [("热用户达到百分之四十八以上的", "45%")]


def test_opening_for_business_in_the_askers_words():
    rule = ["企业法人领取《企业法人营业执照》后，满6个月尚未开展经营活动或者停止经营活动满1年的，视同歇业。"]
    found = check(rule, "", ["营业执照领了8个月了，因为资金没到位一直没开张，会不会有问题？"], citation=1, default_rule="any")
    assert found.verdict == "met"


def test_more_than_so_many_wan_and_whether_it_breaks_a_rule():
    assert [(q.raw, q.value) for q in quantities("营收3000多万，融资20余万元")] == [("3000多万", 3000.01), ("20余万", 20.01)]
    assert asks_whether("中止了一个多月，中止期限有没有违规？")


def test_half_a_year_and_a_period_said_with_every():
    assert [(q.raw, q.value) for q in quantities("去年我大概有半年时间待在国内，隔半个月去")] == [("半年", 6.0), ("半个月", 0.5)]
    assert quantities("上半年营收，半年度报告") == []
    rule = ["人工费用拨付周期不得超过1个月。"]
    found = check(rule, "", ["想把人工费用约定成每两个月拨付一次，可以吗？"], citation=1, default_rule="any")
    assert found.verdict == "not_met" and found.conditions[0].given == "两个月"
    assert [q.raw for q in quantities("每10家在孵企业")] == []  # the base of a rate stays none


def test_these_few_months_are_a_time_of_the_askers_not_a_figure_named_again():
    assert [f.quantity.raw for f in figures(["公司连续亏了两年了，这4个月连职工最低生活费都发不出来"])] == ["两年", "4个月"]
    assert [f.quantity.raw for f in figures(["融资了20万，这20万能全部扣除吗"])] == ["20万"]


def test_a_list_of_acts_an_office_punishes_combines_as_any():
    acts = ["（一）未取得许可从事经营的；", "（二）出租给未满十八周岁的未成年人的；", "（三）其他违反规定的行为。"]
    found = check(acts, "市场监督管理部门依法查处下列行为：", ["我们把场地租给了一个17岁的学生，会被查处吗？"],
                  citation=1)
    assert found.rule == "any" and found.verdict == "met"
    assert combine_rule("有下列情形的，不予登记：") == "any"
    assert combine_rule("同时具有下列情形的，从重处罚：") == "all"


def test_a_window_after_which_something_not_done_triggers_the_rule():
    rule = ["自申请受理之日起三十个工作日内双方未能达成和解协议的，终止和解程序。"]
    found = check(rule, "", ["申请受理以后已经过了35个工作日，双方还没谈拢，会终止吗？"], citation=1, default_rule="any")
    assert found.verdict == "met"
    early = check(rule, "", ["申请受理以后才过了20个工作日，双方还没谈拢，会终止吗？"], citation=1, default_rule="any")
    assert early.verdict == "not_met"


def test_who_did_something_to_a_count_does_not_make_it_a_count_of_them():
    rule = ["用户处理者存储500万人以上个人数据的，应当设立数据保护负责人。"]
    found = check(rule, "", ["我们平台存储了800万人的个人数据，要设负责人吗？"], citation=1, default_rule="any")
    assert found.verdict == "met" and found.conditions[0].given == "800万人"


def test_time_since_opening_is_time_in_operation():
    rule = ["（1）运营时间满12个月。", "（2）拥有不低于300平方米的场地。"]
    found = check(rule, "应具备以下条件：", ["我们开张到现在8个月，场地350平，能申请吗？"], citation=1)
    assert found.verdict == "not_met" and found.conditions[0].given == "8个月"


def test_a_vote_among_those_present_counts_them_as_its_base():
    rule = ["出席会议的股东过半数同意，并且其所持股份占全部股份的三分之二以上的，决议通过。"]
    found = check(rule, "", ["出席会议的股东一共20位，同意决议的有11位，他们持股占75%，决议通过了吗？"], citation=1,
                  default_rule="any")
    assert found.verdict == "met" and found.conditions[0].given.startswith("11位/20位")
    assert "且并且" not in found.conditions[0].text


def test_a_share_prescribed_as_pay_is_the_least_the_payer_may_pay():
    rule = ["对职工应休未休的带薪假天数，单位应当按照该职工日工资收入的250%支付报酬。"]
    less = check(rule, "", ["我们打算按员工日工资收入的150%支付未休假的报酬，可以吗？"], citation=1, default_rule="any")
    assert less.verdict == "not_met" and less.conditions[0].given == "150%"
    more = check(rule, "", ["我们打算按员工日工资收入的300%支付未休假的报酬，可以吗？"], citation=1, default_rule="any")
    assert more.verdict == "met"


def test_a_share_with_a_long_base_between_comparison_and_number():
    [t] = thresholds("按照不低于劳动合同约定的劳动者本人日或者小时工资标准的150%支付工资")
    assert (t.op, t.value, t.base) == (">=", 150.0, "劳动合同约定的劳动者本人日或者小时工资标准")


def test_hours_said_after_ge_are_hours():
    assert [(q.raw, q.dimension) for q in quantities("每周干了26个小时")] == [("26个小时", "hours")]
    rule = ["非全日制用工，每周工作时间累计超过二十四小时的，应当依法支付加班工资。"]
    found = check(rule, "", ["我们的小时工每周干26个小时，要付加班工资吗？"], citation=1, default_rule="any")
    assert found.verdict == "met" and found.conditions[0].given == "26个小时"


def test_a_babys_age_in_months_against_a_rule_in_years():
    rule = ["对哺乳未满1周岁婴儿的女职工，用人单位不得安排夜班劳动。"]
    older = check(rule, "", ["女员工的宝宝已经14个月了，可以安排她上夜班吗？"], citation=1, default_rule="any")
    assert older.verdict == "not_met" and older.conditions[0].given == "14个月"
    younger = check(rule, "", ["女员工的孩子才8个月大，可以安排她上夜班吗？"], citation=1, default_rule="any")
    assert younger.verdict == "met"


def test_whether_a_figure_reaches_a_rule_is_a_question_of_whether():
    assert asks_whether("我们安排了3名残疾人，有没有达到规定的比例？")
    assert not asks_whether("规定的比例是多少？")


def test_of_brackets_the_one_whose_figure_the_asker_names_is_checked_and_a_range_keeps_its_noun():
    [low, high] = thresholds("净重超过500吨但不超过5000吨的，每吨8元")
    assert (low.op, high.op) == (">", "<=") and high.noun.startswith("净重")
    brackets = ["净重不超过500吨的，每吨6元；", "净重超过500吨但不超过5000吨的，每吨8元；",
                "净重超过5000吨但不超过20000吨的，每吨10元；", "净重超过20000吨的，每吨12元。"]
    asked = check(brackets, "", ["我们的船净重正好5000吨，是不是该按每吨10元交？"], citation=1, default_rule="any")
    assert asked.verdict == "not_met" and [c.text for c in asked.conditions] == ["净重超过5000吨但不超过20000吨的"]
    own = check(brackets, "", ["我们的船净重3000吨，是不是按每吨8元交？"], citation=1, default_rule="any")
    assert own.verdict == "met"


def test_provisions_in_the_same_words_are_told_apart_by_the_scope_the_asker_names():
    # one minimum per scope of business: the asker's scope decides which binds them, never all four at once
    items = ["(一)经营全国的或者跨省、自治区、直辖市范围的基础电信业务的，其注册资本最低限额为10亿元人民币；经营增值电信业务的，"
             "其注册资本最低限额为1000万元人民币；",
             "(二)经营省、自治区、直辖市范围内的基础电信业务的，其注册资本最低限额为1亿元人民币；经营增值电信业务的，"
             "其注册资本最低限额为100万元人民币。"]
    heading = "外商投资电信企业的注册资本应当符合下列规定："
    local = check(items, heading, ["外资合营，只在本省范围内做增值电信，注册资本100万整，达到最低要求没？"], citation=1, whole=True)
    assert local.verdict == "met" and [c.thresholds[0].value for c in local.conditions] == [100]
    national = check(items, heading, ["我们准备做跨省的增值电信业务，注册资本打算800万，够不够？"], citation=1, whole=True)
    assert national.verdict == "not_met" and [c.thresholds[0].value for c in national.conditions] == [1000]
    unsaid = check(items, heading, ["注册资本500万够吗？"], citation=1, whole=True)
    assert len(unsaid.conditions) == 4  # no scope named: every minimum is shown


def test_calendar_days_of_a_year_said_count_their_working_days_against_a_limit_in_working_days():
    from service.quantities import working_days_between

    assert working_days_between("2025年5月7日送去备案，5月12日发出") == 3  # Thursday, Friday, Monday
    assert working_days_between("5月7日到5月12日") is None  # no year: which weekdays is not known
    rule = ["招标人应当在发出招标文件五个工作日前将招标文件送有关行政监督部门备案。"]
    said = "我们是招标人，2025年5月7日（周三）把招标文件送去备案，打算5月12日（周一）就发出招标文件，时间够吗？"
    assert check(rule, "", [said], citation=1).verdict == "not_met"  # 5 calendar days, 3 working days


def test_a_lease_the_asker_signed_is_the_lease_term_a_rule_asks_for():
    items = ["1.运营主体成立并实际运营12个月以上，入驻的小微企业不少于10个或入驻的创业团队不少于15个。",
             "2.固定的办公场所。综合性众创空间面积原则上可自主支配面积不得低于500平方米。属租赁场地的，租期应在5年以上。"]
    heading = "申请认定省级众创空间的单位，应同时具备以下条件"
    leased = check(items, heading, ["场地是租的，合同签了3年，申报省级众创空间有问题吗？"], citation=1)
    assert leased.verdict == "not_met" and [c.given for c in leased.conditions if c.given] == ["3年"]
    founded = check(items, heading, ["公司成立3年，场地是租的，申报省级众创空间有问题吗？"], citation=1)
    assert [(c.given, c.verdict) for c in founded.conditions if c.given] == [("3年", "met")]  # 成立: the running time


def test_a_status_still_being_prepared_is_not_held():
    said = "前年营收180万，去年营收正好300万。高新技术企业今年还在准备材料，没备案下来；融资只拿过80万。能毕业吗？"
    graduation = check(PROVINCIAL_GRADUATION, HEADING, [said], citation=1)
    assert graduation.conditions[0].verdict == "not_met"  # not met: an application under way is no status yet
    formal = "高新技术企业认定尚在申报中，累计获得风险投资500万元整。请问是否符合毕业条件？"
    assert check(PROVINCIAL_GRADUATION, HEADING, [formal], citation=1).conditions[0].verdict == "not_met"
    english = "We raised RMB 0.8 million. Our high-tech enterprise application is still pending. Can we graduate?"
    assert check(PROVINCIAL_GRADUATION, HEADING, [english], citation=1, english=True).conditions[0].verdict == "not_met"
    granted = "We raised RMB 0.8 million and we are a high-tech enterprise since May. Can we graduate?"
    assert check(PROVINCIAL_GRADUATION, HEADING, [granted], citation=1, english=True).conditions[0].verdict == "met"


def test_a_case_the_asker_says_theirs_does_not_involve_is_not_met():
    from corpus.normalize import fold
    from service.eligibility import _claimed

    said = fold("本人被处以罚款人民币3000元，该决定并非当场作出，亦不涉及政府信息公开。请问本案能否适用简易程序？")
    assert _claimed("属于政府信息公开案件", said, "") == (False, "政府信息公开")
    assert _claimed("被申请行政复议的行政行为是当场作出", said, "") == (False, "当场作出")
    assert _claimed("属于政府信息公开案件", fold("本案涉及政府信息公开。能否适用简易程序？"), "") == (True, "政府信息公开")


def test_a_sum_named_as_another_kind_of_money_is_not_the_thresholds():
    rule = ["被授予专利权的国有企业事业单位应当自专利权公告之日起三个月内发给发明人奖金。一项发明专利的奖金最低不少于三千元。",
            "转让其专利的，应当自收到转让费后三十日内，提取不低于转让费纳税后的百分之三十作为报酬支付发明人。"]
    said = "我们是国有企业，把一项发明专利转让出去了，转让费纳税后80万，准备给发明人20万报酬，够不够？"
    got = {c.text[:9]: (c.given, c.verdict) for c in check(rule, "", [said], citation=1).conditions}
    assert got["一项发明专利的奖金"] == (None, "unknown")  # 80万 is a 转让费 and 20万 a 报酬: neither is the 奖金
    assert got["提取不低于转让费纳"] == ("20万/80万=25%", "not_met")


def test_a_sum_added_on_top_of_an_earlier_one_counts_with_it():
    rule = ["调整后总投资一亿元以上的重大项目，市人民政府应当编制调整方案，提请市人民代表大会常务委员会审查批准。"]
    turns = ["我们是洛阳市本级的一个政府投资项目，原来批的总投资8000万。", "今年这个项目追加了2000万投资，调整后要报人大常委会审批吗？"]
    got = check(rule, "", turns, citation=1)
    assert got.verdict == "met" and got.conditions[0].given == "8000万+2000万"


def test_figures_of_named_calendar_years_make_a_sum_over_consecutive_years():
    # 2022年 and 2023年 are the two years of 连续2年…累计, as 前年 and 去年 would be; two years apart they are not
    items = ["（1）经国家备案通过的高新技术企业。", "（3）连续2年营业收入累计超过1000万元。"]
    heading = "企业从国家级科技企业孵化器毕业应至少符合下列条件中的一项"
    got = check(items, heading, ["我们2022年营业收入520万元，2023年营业收入500万元，能毕业吗？"], citation=1)
    assert got.conditions[1].verdict == "met" and got.conditions[1].given == "520万元+500万元"
    got = check(items, heading, ["我们2021年营业收入520万元，2023年营业收入500万元，能毕业吗？"], citation=1)
    assert [c.verdict for c in got.conditions if "营业收入" in c.text] == ["unknown"]


def test_a_share_taken_out_of_a_sum_is_a_share_of_that_sum():
    rule = ["经认定登记的技术合同，属于职务技术成果的，卖方应当从技术交易的净收入中提取不低于20％的比例，奖励直接参加技术研究的人员。"]
    got = check(rule, "", ["技术交易净收入500万，打算拿80万奖励课题组成员，这个比例合规吗？"], citation=1)
    assert got.verdict == "not_met" and got.conditions[0].given == "80万/500万=16%"
    [t] = thresholds(rule[0])
    assert t.base == "技术交易的净收入"


def test_not_yet_past_a_time_is_at_most_that_time():
    [t] = thresholds("自被撤销、吊销或者责令关闭之日起未逾5年的")  # 未逾: not past, never 逾 (past)
    assert (t.op, t.value, t.dimension) == ("<=", 60, "months")
    got = check(["有下列情形之一的，不得担任首席代表：", "（一）因损害社会公共利益，被判处刑罚的；",
                 "（二）因从事损害社会公共利益的违法活动，依法被撤销设立登记、吊销登记证或者被有关部门依法责令关闭的代表机构"
                 "的首席代表，自被撤销、吊销或者责令关闭之日起未逾5年的；"], "",
                ["我之前当首席代表的代表处被吊销了登记证，到现在3年了，我还能当首席代表吗？"], citation=1)
    assert [(c.given, c.verdict) for c in got.conditions if c.given] == [("3年", "met")]


def test_the_word_after_a_share_decides_over_one_a_base_away():
    [t] = thresholds("中方主要投资者，是指在全体中方投资者中出资数额最多且占中方全体投资者出资总额的30%以上的出资者。")
    assert (t.op, t.value) == (">=", 30)  # 最多 (the largest) is no comparison of the share; 以上 is


def test_a_later_day_named_first_is_the_same_years_unless_the_second_comes_soon_after_new_year():
    assert elapsed("市场只能在6月30日终止营业。我们4月15日开了商户大会通知大家").value == 76  # not 289 days on
    assert elapsed("12月20日签合同，1月5日交货").value == 16  # the next year's


def test_a_least_number_with_the_act_it_bounds_between_is_a_threshold_of_that_act():
    [t] = thresholds("管理服务单位每年至少开展两次应急演练。")
    assert (t.op, t.value, t.dimension) == (">=", 2, "count") and "开展" in t.noun and "应急演练" in t.noun
    got = check(["管理服务单位每年至少开展两次应急演练。"], "", ["我们今年只搞了一次应急演练，够不够？"], citation=1)
    assert got.verdict == "not_met" and got.conditions[0].given == "一次"
    # a ratio of a base named before it (每10家…至少配备1名) is no count one figure settles (its base is read with it,
    # test_a_count_per_so_many_of_another); nor is a frequency a count
    [t] = thresholds("每10家在孵企业至少配备1名专业孵化服务人员")
    assert t.noun.startswith("每10家在孵企业")
    got = check(["每10家在孵企业至少配备1名专业孵化服务人员"], "", ["我们有5名专业孵化服务人员，够吗？"], citation=1)
    assert got.conditions[0].verdict == "unknown"
    assert thresholds("应当至少每一个月对高毒作业场所进行一次职业中毒危害因素检测") == []
    assert [(t.op, t.value) for t in thresholds("修改内容应当至少在实施前七日予以公示")] == [(">=", 7)]


def test_of_separate_provisions_those_the_figures_settle_decide_unless_another_is_a_way_to_the_same_measure():
    award = ["被授予专利权的单位未与发明人或者设计人约定奖金支付方式和数额的，应当自被授予专利权之日起三个月内，发给发明人或者设计人奖金。",
             "一项发明专利的奖金不少于四千元，一项实用新型专利或者外观设计专利的奖金不少于一千元。"]
    got = check(award, "", ["今年有一项发明专利授权了，我们给发明人发了3000元奖金，这样合规吗？"], citation=1, default_rule="any")
    assert got.verdict == "not_met"  # the three months is another provision, not a way around the sum
    closing = ["劳动保障行政部门对违法行为的查处，应当自立案之日起三十日内结案。",
               "情况复杂确实需要延长的，经负责人批准，可以延长，但延长时间最多不得超过三十日。"]
    got = check(closing, "", ["立案查处已经50天了还没结案，是不是已经超过法定期限了？"], citation=1, default_rule="any")
    assert got.verdict == "unknown"  # past thirty days, but the extension may have been granted
    fines = ["对出具虚假检索报告的，处以五千元以上二万元以下罚款。", "有违法所得的，并处违法所得一倍以上三倍以下罚款。"]
    got = check(fines, "", ["我们因为出具了虚假专利检索报告，被罚了3万，这个金额超标了吗？"], citation=1, default_rule="any")
    assert got.verdict == "unknown"  # another sanction may be theirs


def test_a_share_of_a_named_total_from_the_askers_two_counts():
    rule = ["具备供热条件的既有住宅小区，申请安装供热设施户数达到总户数50%以上的，供热企业应当安装供热设施并供热。"]
    met = check(rule, "", ["我们小区总共600户，已经有320户签了申请安装供热设施，供热企业必须给装吗？"], citation=1,
                default_rule="any", whole=True)
    assert met.verdict == "met" and "320户/600户" in met.conditions[0].given
    short = check(rule, "", ["我们小区一共有500户，申请安装供热设施的才210户，供热企业必须给装吗？"], citation=1,
                  default_rule="any", whole=True)
    assert short.verdict == "not_met"
    # 7个(人) against 30人: 个 counts anything, so the two counts are of one kind
    rule = ["县级以上地方各级人民代表大会常务委员会五分之一以上的组成人员书面联名，可以向常务委员会提出撤职案。"]
    turns = ["我们县人大常委会组成人员一共30人。", "我们有7个人想书面联名提撤职案，人数够吗？"]
    found = check(rule, "", turns, citation=1, default_rule="any")
    assert found.verdict == "met" and found.conditions[0].given == "7个人/30人=23.3%"


def test_a_provision_of_many_limits_tells_the_one_the_askers_act_is_bound_by():
    rule = ["举办单位应当自取得展会备案回执之日起30日内报送安全保卫方案，并在开幕10日前公布展位价格。",
            "变更展期的，应当在15日前向社会公告；取消展会的，应当在20日前向社会公告并报原备案机关。"]
    asked = "展会备案回执刚拿到，我们估计下个月底才能报送安全保卫方案，来得及吗？"
    found = check(rule, "", [asked], citation=1, default_rule="any")
    assert found is not None and not found.bearing and found.verdict == "unknown"
    assert [c.text for c in found.conditions] and all("安全保卫方案" in c.text for c in found.conditions)


def test_a_requirement_for_the_other_sex_is_not_the_askers():
    rules = ["（一）男性年龄在六十周岁以下，女性年龄在五十五周岁以下，身体健康；", "（二）有三年以上驾龄；"]
    found = check(rules, "具备下列条件的，方可申请从业资格证：", ["我男的，今年58岁，驾龄5年，能申请吗？"], citation=1,
                  whole=True)
    assert found.rule == "all" and "not_met" not in [c.verdict for c in found.conditions]
    assert not any("女性" in c.text for c in found.conditions)
    woman = check(rules, "具备下列条件的，方可申请从业资格证：", ["我是女的，今年58岁，驾龄5年，能申请吗？"], citation=1,
                  whole=True)
    assert woman.verdict == "not_met"


def test_not_a_penny_raised_is_nothing_raised():
    [zero] = [f for f in figures(["到现在一分钱外部投资都没融过，全靠自己"]) if f.quantity.dimension == "money"]
    assert zero.quantity.value == 0.0
    rule = ["累计获得天使投资或风险投资超过100万元"]
    found = check(rule, "", ["我们一分钱的投资也没拿到过，这条够不够？"], citation=1)
    assert found.verdict == "not_met"
    for said in ("一分钱投资没拿过，这条够不够？", "一直没拿到过融资，这条够不够？"):
        assert check(rule, "", [said], citation=1).verdict == "not_met"


def test_an_extension_capped_in_all_carries_the_cap():
    rule = ["复核机构应当自受理复核申请之日起十个工作日内作出决定；情况复杂的，经负责人批准，可以适当延长，但累计不得超过三十个工作日。"]
    assert [c.thresholds[0].extension for c in conditions(rule)] == [20.0]  # the cap is no condition of its own
    late = check(rule, "", ["复核申请受理到现在已经35个工作日了还没决定，他们说情况复杂延期了，这合规吗？"], citation=1,
                 default_rule="any")
    assert late.verdict == "not_met"
    extended = check(rule, "", ["复核申请受理到现在已经25个工作日了还没决定，他们说情况复杂延期了，这合规吗？"], citation=1,
                     default_rule="any")
    assert extended.verdict == "met"


def test_open_for_months_is_operating_time():
    rules = ["（一）运营时间满18个月；", "（二）拥有不低于500平方米的服务场地；"]
    found = check(rules, "众创空间应具备以下条件：", ["我们众创空间开了16个月，场地600平，能申请吗？"], citation=1,
                  whole=True)
    assert found.verdict == "not_met" and found.conditions[0].given == "16个月"


def test_a_case_the_rule_bars_decides_against_what_else_it_allows():
    article = ("第十七条 在表示支持申请或者反对申请的国内产业中，支持者的产量占支持者和反对者的总产量的50%以上的，应当认定申请是由"
               "国内产业或者代表国内产业提出，可以启动反倾销调查；但是，表示支持申请的国内生产者的产量不足国内同类产品总产量的"
               "25%的，不得启动反倾销调查。")
    said = "支持申请的企业产量占支持者和反对者总产量的70%，但支持企业的产量只占全国同类产品总产量的22%，能启动调查吗？"
    checks = check([article], "", [said], citation=1, default_rule="any")
    assert checks.verdict == "not_met" and [c.verdict for c in checks.conditions] == ["met", "not_met"]
    said = "支持申请的企业产量占支持者和反对者总产量的70%，支持企业的产量占全国同类产品总产量的40%，能启动调查吗？"
    assert check([article], "", [said], citation=1, default_rule="any").verdict == "met"


def test_a_bound_said_with_a_modal_is_the_bound_not_its_opposite():
    assert [(t.op, t.value) for t in thresholds("企业税后利润，留给企业的部分不应低于60%")] == [(">=", 60.0)]
    assert [(t.op, t.value) for t in thresholds("每月加班不宜超过三十六小时")] == [("<=", 36.0)]
    assert [(t.op, t.value) for t in thresholds("低于60%的")] == [("<", 60.0)]
    kept = check(["企业税后利润，留给企业的部分不应低于60%。"], "", ["税后利润留给企业的只有45%，这合理吗？"], citation=1)
    assert kept.verdict == "not_met"


def test_the_figure_the_asker_measures_theirs_against_is_not_theirs():
    said = "去年税后利润200万，交给村委会5万，加起来够不够税后利润的百分之三？"
    assert [f.quantity.raw for f in figures([said])] == ["200万", "5万"]


def test_the_kind_the_asker_names_picks_which_limit_their_figure_is_for():
    terms = ["户外广告设施设置期限一般不超过三年；电子显示装置和其他造价较高的户外广告设施的设置期限不超过六年。"]
    led = check(terms, "", ["我们公司想在主干道边上装一块LED电子大屏做广告，想一次批8年，可以吗？"], citation=1)
    [screen] = [c for c in led.conditions if "电子显示装置" in c.text]
    assert screen.verdict == "not_met" and screen.given == "8年"


def test_an_age_said_without_its_unit_is_held_against_every_age_limit():
    assert [(q.raw, q.dimension) for q in quantities("我是女的，今年56，开车20年了")] == [("56", "age"), ("20年", "months")]
    assert [q.dimension for q in quantities("今年56万营收")] == ["money"]
    rules = ["男性年龄在六十周岁以下，女性年龄在五十五周岁以下。", "有机动车驾驶证并有三年以上驾龄。"]
    woman = check(rules, "具备下列条件的，方可申请：", ["我是女的，今年56，开车20年了，能办吗？"], citation=1)
    assert woman.verdict == "not_met"
    assert [(c.text, c.given) for c in woman.conditions if c.verdict == "not_met"] == [("女性年龄在五十五周岁以下", "56")]


def test_a_span_between_two_years_is_known_to_a_year():
    assert elapsed("我们公司2022年因为转移财产被法院处罚了,现在2025年,能申请信用修复了吗?").raw == "2022年到2025年"
    assert elapsed("2022年营收300万,2023年营收500万") is None  # years of figures, none of them now
    rule = ["信用主体因转移财产等行为严重妨害破产程序，受到人民法院处罚的，相关信用信息三年后方可进行信用修复。"]
    close = check(rule, "", ["我们公司2022年被法院处罚了，现在2025年，能申请信用修复了吗？"], citation=1)
    assert close.verdict == "unknown" and close.conditions[0].given == "2022年到2025年"
    assert check(rule, "", ["我们公司2020年被法院处罚了，现在2025年，能申请信用修复了吗？"], citation=1).verdict == "met"


def test_a_duration_in_two_units_and_days_against_hours():
    # 两个月零五天 is one duration, not 两个月 and a date's day: past 六十日内 whatever months they were
    assert [(q.raw, q.dimension) for q in quantities("至今已逾两个月零五天，法院仍未作出裁定")] == [("两个月零五天", "months")]
    rule = ["执行法院应当自收到书面申请之日起六十日内作出裁定。"]
    [c] = check(rule, "", ["我们提交书面申请至今已逾两个月零五天，法院仍未作出裁定，是否超过期限？"], citation=1).conditions
    assert (c.verdict, c.given) == ("not_met", "两个月零五天")
    # 提前3天 is 72 hours: ahead of 提前四十八小时
    notice = ["燃气经营企业需要暂停供气的，应当提前四十八小时将作业时间和影响区域予以公告。"]
    [c] = check(notice, "", ["燃气公司提前3天贴了公告，这符合规定吗？"], citation=1).conditions
    assert c.verdict == "met"
    [c] = check(notice, "", ["燃气公司提前1天贴了公告，这符合规定吗？"], citation=1).conditions
    assert c.verdict == "not_met"
    # where the asker counts hours, their days are days worked, not hours to add up
    week = ["非全日制用工，是指劳动者在同一用人单位一般平均每日工作时间不超过四小时，每周工作时间累计不超过二十四小时的用工形式。"]
    checks = check(week, "", ["小时工每天干4个小时，一周干6天，这算非全日制用工吗？"], citation=1)
    assert all("+" not in (c.given or "") for c in checks.conditions)


def test_a_vote_with_those_against_named_and_a_share_of_a_group():
    rule = ["审查意见应当经审查小组四分之三以上成员签字同意。"]
    [c] = check(rule, "", ["最后有9个人在审查意见上签字同意，另外3个人拒签了，这个审查意见算成立吗？"], citation=1).conditions
    assert (c.verdict, c.given) == ("met", "9个人/(9个人+3个人)=75%")
    [c] = check(rule, "", ["有8个人签字同意，另外4个人拒签了，这个审查意见算成立吗？"], citation=1).conditions
    assert c.verdict == "not_met"
    # the share's part is the count its own clause names (专家), not one whose context repeats 专家
    group = ["参加审查小组的专家不少于五名，且专家人数不得少于审查小组总人数的二分之一。"]
    checks = check(group, "", ["审查小组10个人，专家正好5个，其他5个是部门代表，这样的组成够不够规定？"], citation=1)
    assert [c.verdict for c in checks.conditions] == ["met", "met"] and checks.verdict == "met"


def test_a_count_per_so_many_of_another():
    rule = ["教育督导机构应当按照每五所学校至少一名的比例配置责任督学。"]
    [c] = check(rule, "", ["我们区一共有23所中小学和幼儿园，只配了4名责任督学，这个比例达标吗？"], citation=1).conditions
    assert (c.verdict, c.given) == ("not_met", "4名/(23所/5)")
    [c] = check(rule, "", ["我们区一共有23所中小学，配了5名责任督学，达标吗？"], citation=1).conditions
    assert c.verdict == "met"
    [c] = check(rule, "", ["我们区配了5名责任督学，达标吗？"], citation=1).conditions
    assert c.verdict == "unknown"  # no count of schools: no ratio
    # two counts per the same base, each named: both must hold; a count of neither (团队20个人) is neither's
    staff = ["（6）每10家在孵企业至少配备1名专业孵化服务人员和1名创业导师。"]
    [c] = check(staff, "", ["在孵企业30家，专职做孵化服务的5个，签了3个创业导师，达标吗？"], citation=1).conditions
    assert c.verdict == "met" and len(c.thresholds) == 2
    [c] = check(staff, "", ["在孵企业30家，专业孵化服务人员5个，签了2个创业导师，达标吗？"], citation=1).conditions
    assert (c.verdict, c.given) == ("not_met", "2个/(30家/10)")
    [c] = check(staff, "", ["团队20个人，专职做孵化服务的有12个，在孵企业25家，其中8家有专利，达标吗？"], citation=1).conditions
    assert c.verdict == "unknown"  # mentors not said; 8家 are firms, 20个人 no mentors


def test_two_sides_make_an_area_and_the_longest_is_any_side():
    rule = ["是指任意边长大于等于四米", "或者面积大于等于十平方米的牌匾标识"]
    [t] = thresholds(rule[0])
    assert (t.op, t.value) == (">=", 4)  # 大于等于 is 不低于
    got = check(rule, "", ["门头牌匾做的是3.8米长、2.5米高，算不算大型固定式牌匾标识？"], citation=1, default_rule="any")
    assert [(c.verdict, c.given) for c in got.conditions] == [("not_met", "3.8米"), ("not_met", "3.8米×2.5米")]
    assert got.verdict == "not_met"
    # in English: centimetres are lengths, and 4 m by 3 m is 12 square metres
    assert [(q.value, q.dimension) for q in english_quantities("400 cm wide and 300 cm tall")] == [(4, "length"), (3, "length")]
    got = check(["（一）任一边长大于四米；", "（二）单面面积大于十平方米。"], "",
                ["Our billboard is 400 cm wide and 300 cm tall. Is it a large one?"], citation=1, english=True,
                default_rule="any")
    assert [c.verdict for c in got.conditions] == ["not_met", "met"] and got.verdict == "met"


def test_a_list_of_duties_judges_what_the_asker_did_by_the_duties_it_bears_on():
    duties = ["（一）执行国家和本市对燃气设施运行、维护和抢修的有关规定；", "（二）建立员工岗位培训制度；",
              "（三）因施工、检修等原因需要暂停供气的，应当提前四十八小时将作业时间和影响区域予以公告。"]
    question = ["燃气公司要检修暂停供气，提前3天贴了公告，这符合规定吗？"]
    got = check(duties, "燃气经营企业应当遵守下列规定：", question, citation=1, whole=True)
    assert got.verdict == "met"  # the duties it did not speak of do not leave it unknown
    assert check(duties, "燃气经营企业应当遵守下列规定：", ["燃气公司要检修暂停供气，提前1天贴了公告，合规吗？"],
                 citation=1, whole=True).verdict == "not_met"
    # conditions all to be met (应当具备下列条件) still wait for every one
    assert check(duties, "燃气经营企业应当具备下列条件：", question, citation=1, whole=True).verdict == "unknown"


def test_a_clause_with_no_words_of_its_own_measures_what_the_clause_before_names():
    [t] = thresholds("外商投资电信企业的外方投资者在企业中的出资比例，最终不得超过49%。")
    assert "出资比例" in t.noun
    # a range's second bound keeps its own (empty) words: 长和宽应当不大于10厘米，不小于5厘米
    low = thresholds("商标图样长和宽应当不大于10厘米，不小于5厘米。")[1]
    assert (low.op, low.value) == (">=", 0.05) and not low.noun.strip()


def test_english_counts_name_what_they_count_and_a_rules_name_is_no_figure():
    found = english_quantities("We have exactly 2 licensed brokers, and 6 management and service staff. Article 3 says so.")
    assert [(q.value, q.dimension, q.unit) for q in found] == [(2, "count", "brokers"), (6, "count", "staff")]
    assert [q.value for q in english_quantities("a one-person inspection")] == [1]
    # a year is no count (In 2023 companies like ours…; since 2021 our founders…)
    assert [q.value for q in english_quantities("In 2023 companies like ours had 40 employees")] == [40]
    assert not english_quantities("Since 2021 our founders have kept the books")
    # the seven-day rule is the rule's name; April 1 to April 15 is the asker's figure
    assert not english_quantities("Can I still ask for the principal back under the seven-day rule?")
    rule = ["消费者自付款之日起七日内请求经营者返还预付款本金的，人民法院应予支持。"]
    got = check(rule, "", ["I prepaid 8,000 yuan on April 1 and today is April 15. Can I get it back under the seven-day rule?"],
                citation=1, english=True)
    assert got.conditions[0].verdict == "not_met" and "April" in got.conditions[0].given
    # a count of people is no count of firms
    firms = ["（一）孵化器在孵企业不少于50家。"]
    got = check(firms, "", ["We have 60 employees. Do we qualify?"], citation=1, english=True)
    assert got is None or got.conditions[0].verdict == "unknown"
    assert check(firms, "", ["We have 60 incubated companies. Do we qualify?"], citation=1, english=True).verdict == "met"


def test_a_least_said_with_its_measure_between_and_a_case_of_two_amounts():
    [t] = thresholds("在正常使用条件下，装饰装修工程的最低保修期限为二年。")
    assert (t.op, t.value) == (">=", 24) and "保修期限" in t.noun  # 最低保修期限为: the words between are measured
    assert not thresholds("累计缴费十年以上的，领取失业保险金的期限最长为二十四个月")[1:]  # 最长为: the case's consequence
    # the asker in a case the rule describes by two of their amounts (多于…的), with the texts' words for theirs (年假)
    rule = ["第七条 职工享受寒暑假天数多于其年休假天数的，不享受当年的年休假。"]
    got = check(rule, "", ["老师每年寒暑假一共放10天，按工龄他们年假也是10天，还要另外安排年假吗？"], citation=1)
    assert (got.conditions[0].verdict, got.conditions[0].given) == ("not_met", "10天/10天")
    got = check(rule, "", ["老师每年寒暑假一共放20天，按工龄他们年假是10天，还要另外安排年假吗？"], citation=1)
    assert got.conditions[0].verdict == "met"
    # 七天无理由 names the rule: no time of the asker's
    assert not figures(["能按七天无理由要回本金吗"])


def test_hours_per_the_rules_period_from_hours_a_day_and_days_in_it():
    hours = ["（一）每日不得超过八小时；", "（二）每周不得超过四十小时。"]
    got = check(hours, "", ["每天要干9个小时，一周上5天班，这样合规吗？"], citation=1)
    assert [(c.verdict, c.given) for c in got.conditions] == [("not_met", "9个小时"), ("not_met", "9个小时×5天")]
    got = check(hours, "", ["每天干8个小时，一周上5天班，这样合规吗？"], citation=1)
    assert got.verdict == "met"
    part_time = ["非全日制用工，是指劳动者在同一用人单位一般平均每日工作时间不超过四小时，每周工作时间累计不超过二十四小时的用工形式。"]
    got = check(part_time, "", ["小时工每天干4个小时，一周干6天，这算不算非全日制用工？"], citation=1)
    assert got.verdict == "met" and got.conditions[-1].given == "4个小时×6天"
    # 每日…，但是每月…: both limits hold, one condition
    overtime = ["延长工作时间每日不得超过三小时，但是每月不得超过三十六小时。"]
    got = check(overtime, "", ["每天下班后加班2个小时，这个月一共加了22天，合法吗？"], citation=1, default_rule="any")
    assert got.verdict == "not_met" and len(got.conditions) == 1
    # …but an extension after 但 is no second limit (…三十日内结案，但延长时间最多不得超过三十日)
    case = ["应当自立案之日起三十日内结案，但延长时间最多不得超过三十日。"]
    got = check(case, "", ["立案查处已经50天了还没结案，超过期限了吗？"], citation=1, default_rule="any")
    assert got.verdict == "unknown"  # past 三十日, within what it may be extended to: whether it was is not said


def test_two_times_of_day_span_the_hours_between():
    from service.quantities import clock_span

    assert clock_span("头天晚上8点才书面通知，第二天早上8点就停了").value == 12
    assert clock_span("上午9点半到下午5点").value == 7.5
    assert clock_span("8点开会") is None and clock_span("3点到5点") is None  # no day or part of the day: no reading
    rule = ["有关部门采取停止供电措施，除有危及生产安全的紧急情形外，应当提前二十四小时通知生产经营单位。"]
    got = check(rule, "", ["要给我们停电，头天晚上8点才书面通知，第二天早上8点就停了，这提前量合规吗？"], citation=1)
    assert (got.conditions[0].verdict, got.conditions[0].given) == ("not_met", "头天晚上8点到第二天早上8点")


def test_days_of_the_week_before_times_of_day_count_the_days_between():
    from service.quantities import clock_span

    assert clock_span("周一上午9点接到通知，周二上午11点才补装好").value == 26
    assert clock_span("星期五下午5点报的，下星期一上午9点修好").value == 64  # Friday to Monday: the next week's
    assert clock_span("周一上午9点到下午3点").value == 6  # one day named: the other time is on it
    rule = ["发现井盖丢失的，应当立即设立警示标志，并在二十四小时内补装、更换或者正位。"]
    got = check(rule, "", ["井盖丢了，周一上午9点接到通知的，周二上午11点才补装好，有没有超时？"], citation=1)
    assert (got.conditions[0].verdict, got.conditions[0].given) == ("not_met", "周一上午9点到周二上午11点")


def test_foreign_currencies_are_measures_of_their_own():
    # 1.25万美元 is no 1.25万元, and USD 5 billion no 5 billion yuan: dollars compare with dollars only
    assert [(q.raw, q.dimension, q.value) for q in quantities("货值1.25万美元，另付运费3000元")] == \
        [("1.25万美元", "usd", 1.25), ("3000元", "money", 0.3)]
    assert [q.dimension for q in english_quantities("total assets of USD 5 billion and RMB 2.8 million")] == ["usd", "money"]
    assert [q.dimension for q in english_quantities("we owe 3 million US dollars")] == ["usd"]
    small = ["下列货物可由企业指派专人携带或自行运输：（一）价值1万美元及以下的小额物品；"]
    assert check(small, "", ["货值正好1万美元，想让员工自己带出区，可以吗？"], citation=1).verdict == "met"
    assert check(small, "", ["货值1.25万美元，想让员工自己带出区，可以吗？"], citation=1).verdict == "not_met"
    yuan = check(small, "", ["货值8000元，想让员工自己带出区，可以吗？"], citation=1)
    assert yuan is None or yuan.verdict == "unknown"  # yuan say nothing of a limit in dollars


def test_half_price_after_an_age_is_no_half_year():
    assert [t.value for t in thresholds("不满七十周岁半价购买门票")] == [70]
    assert [q.value for q in quantities("他今年两岁半")] == [2.5]


def test_an_articles_lead_naming_the_subjects_set_apart_does_not_hide_them():
    # 中小学、幼儿园应当…: the lead names both subjects; the asker's 幼儿园 still tells which provision is theirs
    items = ["中小学的家长学校每学期应当开展两次以上家庭教育活动。幼儿园的家长学校每学期应当开展三次以上家庭教育活动。"]
    heading = "重庆市家庭教育促进条例 > 第三章 学校指导 > 第二十二条 中小学、幼儿园应当定期开展家庭教育指导与交流活动"
    got = check(items, heading, ["我办了一家民办幼儿园，家长学校这学期搞了2次家庭教育活动，够不够？"], citation=1,
                default_rule="any")
    assert [c.text for c in got.conditions] == ["幼儿园的家长学校每学期应当开展三次以上家庭教育活动"]
    assert got.verdict == "not_met"


def test_a_list_of_kinds_the_rule_applies_to_is_met_by_any_one():
    assert combine_rule("第十六条 下列建设工程项目的施工准备阶段、施工阶段必须实行监理") == "any"
    assert combine_rule("下列货物经主管海关查验后，可由企业指派专人携带或自行运输") == "any"
    assert combine_rule("具备下列条件的企业，可以申请认定") == "all"  # conditions stay conditions
    # a heading and its repeated lead: no kind across the space (履行下列职责 第五条 生产经营单位…应当)
    assert combine_rule("第五条 负责人应当全面负责，履行下列职责 第五条 生产经营单位主要负责人应当", "all") == "all"
    works = ["（一）国家、省、地级以上市的重点建设工程；",
             "（二）建筑安排工程总造价在八百万元以上的工业、交通、水利、市政公用基础设施等建设工程；",
             "（三）总建筑面积在二万平方米以上的住宅小区建设工程，单体建筑面积在三千平方米以上的一般工业与民用建筑工程；"]
    got = check(works, "第十六条 下列建设工程项目的施工准备阶段、施工阶段必须实行监理", ["小区总建筑面积大概2.3万平方米，单栋都不到3000平，一定要请监理吗？"],
                citation=1, whole=True)
    assert got.rule == "any" and got.verdict == "met"


def test_an_area_bound_by_another_area_the_asker_gives_both_of():
    rule = ["第三十九条 养老服务设施建设用地使用权不得分割转让和转租。",
            "养老服务设施因城市建设需要依法拆迁时，优先安排不少于原用地面积的建设用地。"]
    short = check(rule, "", ["要拆迁，原来养老服务设施用地3000平方米，政府安排的新用地只有2600平，这符合规定吗？"], citation=1,
                  default_rule="any")
    assert (short.verdict, short.conditions[-1].given) == ("not_met", "2600平/3000平方米")
    more = check(rule, "", ["要拆迁，原来养老服务设施用地3000平方米，政府安排的新用地有3200平，这符合规定吗？"], citation=1,
                 default_rule="any")
    assert more.verdict == "met"


def test_a_cases_sanction_after_and_is_the_cases_rule():
    # …不足1万元的，并处1万元以上5万元以下罚款；…1万元以上的，并处货值金额1倍以上5倍以下罚款: which fine is the asker's
    # case's, not both together
    item = ["违法销售出库的粮食货值金额不足1万元的，并处1万元以上5万元以下罚款；货值金额1万元以上的，并处货值金额1倍以上5倍以下罚款："]
    got = check(item, "", ["我们把霉变稻谷当食用粮卖出去了，货值0.8万元，会按货值的1到5倍罚款吗？"], citation=1, default_rule="any")
    assert [(c.verdict, c.text) for c in got.conditions] == \
        [("met", "违法销售出库的粮食货值金额不足1万元的，并处1万元以上5万元以下罚款")]


def test_days_named_from_today_are_days_apart_and_no_funding_said_split():
    from service.quantities import day_span

    assert day_span("明天就换人，今天才通知监理单位").value == 1
    assert day_span("昨天交的材料，后天开会").raw == "昨天到后天"
    assert day_span("今天通知，今天就换") is None and day_span("明天再说") is None
    notice = ["需要更换常驻代表的，应当提前三日通知监理单位。"]
    got = check(notice, "", ["想更换常驻代表，明天就换人，今天才通知监理单位，这样可以吗？"], citation=1)
    assert (got.verdict, got.conditions[0].given) == ("not_met", "今天到明天")
    # 一直没融过资: no funding at all, in the split form (融…资)
    got = check(PROVINCIAL_GRADUATION, HEADING, ["我们不是高企，一直没融过资，前年营收180万，去年正好300万"], citation=1, whole=True)
    assert got.conditions[2].verdict == "not_met"


def test_not_reached_is_below():
    assert [(t.op, t.value) for t in thresholds("申请用热户数未达到总户数50%的")] == [("<", 50)]
    assert [(t.op, t.value) for t in thresholds("申请用热户数达到总户数50%以上的")] == [(">=", 50)]
    assert [(t.op, t.value) for t in thresholds("转让价格达不到交易时市场交易价百分之七十的")] == [("<", 70)]


def test_a_range_after_a_pause_with_no_words_of_its_own_and_degrees_said_plainly():
    got = conditions(["（一）用户室内温度高于或者等于十六摄氏度、低于十八摄氏度的，退还不合格天数收费额的30%。"], whole=True)
    assert [[(t.op, t.value) for t in c.thresholds] for c in got] == [[(">=", 16), ("<", 18)]]
    # …but parallel cases with words of their own stay apart (女满四十周岁以上、男满五十周岁以上)
    assert len(conditions(["（三）女满四十周岁以上、男满五十周岁以上的；"], whole=True)[0].thresholds) == 1
    assert [(q.value, q.dimension) for q in quantities("卧室测温只有15.5度")] == [(15.5, "temperature")]
    assert quantities("我们一度停业") == []


def test_a_share_of_this_time_takes_this_times_figure_and_a_sums_share_the_sum():
    rule = ["储备基金的提取比例不得低于税后利润的10%，当累计提取金额达到注册资本的50%时，可以不再提取。"]
    got = check(rule, "", ["今年税后利润800万，打算提60万进储备基金。注册资本2000万，以前累计才提了200万储备基金。这样提够不够？"],
                citation=1, default_rule="any")
    assert [c.given for c in got.conditions] == ["60万/800万=7.5%", "200万/2000万=10%"] and got.verdict == "not_met"


def test_a_span_is_of_the_time_limit_whose_duty_the_asker_names():
    from service.eligibility import _one_figure_one_condition

    items = ["在建的建设工程因故中止施工的，建设单位应当自中止施工之日起一个月内，向发证机关报告，并按照规定做好维护管理工作。",
             "建设工程恢复施工时，建设单位应当向发证机关报告；中止施工满一年的，应当报发证机关核验施工许可证。"]
    said = "工地3月1号停工的，一直拖到4月20号才去发证机关报告，这算不算违规了？"
    conds = conditions(items)
    givens = _one_figure_one_condition(conds, figures([said]), False, False, said, items)
    assert list(givens) == [(0, 0)] and givens[(0, 0)][1] == "3月1号到4月20号"


def test_a_time_limit_of_another_duty_the_asker_does_not_speak_of_does_not_hold_the_verdict():
    items = ["合同签订后三十日内，发包单位、委托单位应当向建设行政管理部门报送合同信息。",
             "合同发生变更的，发包单位、委托单位应当于变更事项发生后十五日内报送变更信息。"]
    got = check(items, "", ["施工合同签订已满35天，尚未向建设行政管理部门报送合同信息，是否违反规定？"], citation=1,
                default_rule="any")
    assert got.verdict == "not_met"
    # …but a limit of the same duty that may still be theirs keeps it open (最长不得超过九十日 beside 六十日内)
    same = ["应当在六十日内作出决定；情况复杂的，最长不得超过九十日。"]
    assert check(same, "", ["申请递交已经70天了还没决定，超期了吗？"], citation=1, default_rule="any").verdict != "not_met"


def test_an_alternative_of_another_duty_the_asker_does_not_speak_of_does_not_keep_the_verdict_open():
    items = ["学生顶岗实习期间，工作时间每日不得超过八小时，每周不得超过四十小时。",
             "专业课教师到企业或者生产服务岗位实践每两年不少于两个月。"]
    got = check(items, "", ["我在一家厂里顶岗实习，每天要干9个小时，一周上5天班，这样合规吗？"], citation=1, default_rule="any")
    assert got.verdict == "not_met"


def test_a_status_a_measured_condition_names_must_be_said_too():
    item = ["（五）具有本省户籍的八十周岁以上老年人，享受高龄津贴；"]
    assert check(item, "", ["养老院住着一位85岁的老人，能帮她申请山东的高龄津贴吗？"], citation=1).verdict == "unknown"
    assert check(item, "", ["我妈85岁，山东户口，能领高龄津贴吗？"], citation=1).verdict == "met"
    assert check(item, "", ["我妈85岁，户口不在山东，能领高龄津贴吗？"], citation=1).verdict == "not_met"


def test_a_question_about_one_condition_of_a_list_is_answered_by_that_condition():
    items = ["（1）主要从事新技术、新产品的研发、生产和服务，应满足科技型中小企业相关要求。",
             "（2）企业注册地和主要研发、办公场所须在本孵化器场地内，入驻时成立时间不超过24个月。",
             "（3）孵化时限原则上不超过48个月。技术领域为生物医药、现代农业、集成电路的企业，孵化时限不超过60个月。"]
    heading = "2.国家级科技企业孵化器的在孵企业应当具备以下条件"
    got = check(items, heading, ["我们是做集成电路设计的，已经孵化52个月了，会不会超了孵化时限？"], citation=1, whole=True)
    assert got.verdict == "met" and [c.given for c in got.conditions] == ["52个月"]
    # …the whole list when the last thing asked is the whole (孵化时限够吗？整体上我们算在孵企业吗？)
    whole = check(items, heading, ["我们是做集成电路设计的，已经孵化52个月了，孵化时限够吗？整体上我们算合格的在孵企业吗？"],
                  citation=1, whole=True)
    assert whole.verdict == "unknown" and len(whole.conditions) == 3


def test_the_answer_to_one_condition_asked_says_only_that_one_is_met():
    items = ["（1）主要从事新技术、新产品的研发、生产和服务，应满足科技型中小企业相关要求。",
             "（3）孵化时限原则上不超过48个月。技术领域为生物医药、现代农业、集成电路的企业，孵化时限不超过60个月。"]
    got = check(items, "2.国家级科技企业孵化器的在孵企业应当具备以下条件",
                ["我们是做集成电路设计的，已经孵化52个月了，会不会超了孵化时限？"], citation=1, whole=True)
    text = compose_checks(got, "zh")
    assert got.asked_one and "您问的这一项满足" in text and "符合这份清单" not in text
    assert "condition you asked about is met" in compose_checks(got, "en")


def test_asking_which_tier_the_asker_falls_in_asks_whether_they_meet_its_case():
    """罚款是哪一档: the asker's figure picks the case whose sanction is theirs."""
    question = "我们仓库建筑面积1.2万平方米，要是逾期没改完，罚款是哪一档？"
    assert asks_whether(question)
    assert asks_whether("Our warehouse is 12,000 square metres: which bracket of fine applies?", english=True)
    assert not asks_whether("罚款标准是什么？")
    tiers = ["（一）建筑面积不超过一万平方米的，处一万元以上二万元以下罚款。",
             "（二）建筑面积超过一万平方米的，处二万元以上五万元以下罚款。"]
    found = check(tiers, "", [question], citation=1, default_rule="any")
    assert found.verdict == "met" and [c.given for c in found.conditions if c.verdict == "met"] == ["1.2万平方米"]


def test_a_head_count_of_all_staff_bounds_a_count_of_qualified_people_from_above_only():
    """一共5个员工 may or may not hold 3名以上专职演出经纪人员: unknown, and said why; 2 in all cannot; 5 专职 ones do."""
    items = ["（一）有3名以上专职演出经纪人员；", "（二）有与其业务相适应的资金。"]
    lead = "申请从事演出经纪活动，应当具备下列条件："
    verdict = lambda q: [(c.verdict, c.given, c.everyone) for c in check(items, lead, [q], citation=1, whole=True).conditions][0]
    assert verdict("公司现在一共5个员工，注册资本100万，符合条件吗？") == ("unknown", "5个", True)
    assert verdict("我们公司一共2个员工，符合条件吗？")[0] == "not_met"
    assert verdict("我们公司一共5个人，符合条件吗？")[0] == "unknown"
    staff = [c.verdict for c in check(["（8）至少3名具备专业服务能力的专职人员。"], "", ["专职3个人、导师5个，够吗？"],
                                      citation=1, whole=True).conditions]
    assert staff == ["met"]  # a capability (具备专业服务能力的) names no profession
    assert verdict("我们公司有5名专职演出经纪人员，符合条件吗？")[0] == "met"
    brokers = [c.verdict for c in check(["（二）还应当有五名以上与其经营范围相适应的执业经纪人。"], "", [
        "我们现在有6个员工都在跑业务，人数条件够吗？"], citation=1, whole=True).conditions]
    assert brokers == ["unknown"]  # 执业经纪人: a profession, and 6 staff need not all hold it
    from service.compose import compose_checks
    found = check(items, lead, ["公司现在一共5个员工，符合条件吗？"], citation=1, whole=True)
    assert "这是全部人数" in compose_checks(found, "zh-Hans") and "that is everyone" in compose_checks(found, "en")


def test_a_zone_by_its_width_holds_whatever_lies_that_near():
    """两岸各二百米范围内, 每侧不少于一百米的区域: a distance within the width is in the zone; past a least width it may be
    too (the published bounds decide); a ban inside the zone bars an asker in it."""
    [t] = thresholds("水库、湖泊兴利水位线外二百米范围内")
    assert (t.op, t.value, t.dimension) == ("<=", 200, "length")
    zone = ["嵊州市南津桥到曹娥江大闸的曹娥江干流及其堤岸每侧一般不少于一百米的区域，为曹娥江流域水环境重点保护区。"]
    ask = lambda q: check(zone, "曹娥江流域水环境保护条例", [q], citation=1, default_rule="any")
    near = ask("我们印染厂在曹娥江干流边上，厂房离堤岸大概70米，是不是在重点保护区里？")
    assert (near.verdict, near.conditions[0].given) == ("met", "70米")
    far = ask("我们厂在曹娥江干流边上，离堤岸150米，算不算在重点保护区？")
    assert (far.verdict, far.conditions[0].unsettled) == ("unknown", "wider")
    assert "至少这么宽" in compose_checks(far, "zh-Hans") and "at least this wide" in compose_checks(far, "en")
    ban = ["未划定的，中小学校、幼儿园周边一百米范围内禁止食品摊贩经营。"]
    stall = check(ban, "", ["我在一所小学旁边摆摊卖烤肠，离校门口大概80米，这样可以吗？"], citation=1, default_rule="any")
    assert stall.verdict == "not_met"


def test_a_sum_may_name_its_currency_before_its_comparison():
    [t] = thresholds("施工单项合同估算价在一百万元人民币以上的")
    assert (t.op, t.value, t.dimension) == (">=", 100, "money")
    # 每侧: each of two sides, no unit a rate is measured per
    assert [(q.raw, q.dimension) for q in quantities("堤岸每侧一般不少于一百米")] == [("一百米", "length")]


def test_a_figure_whose_words_are_not_the_rules_is_told_by_the_characters_it_shares():
    """留给企业的部分不应低于60% against 交55%给村集体，企业自己只留45%: the 45% is what the firm keeps."""
    items = ["第三十二条 企业税后利润，留给企业的部分不应低于60%，由企业自主安排，主要用作增加生产发展基金。"]
    found = check(items, "乡村集体所有制企业条例", ["我们是村办企业，村委会要求税后利润交55%给村集体，企业自己只留45%，这合理吗？"],
                  citation=1, default_rule="any")
    assert (found.verdict, found.conditions[0].given) == ("not_met", "45%")
    # two figures nothing tells apart: neither is taken
    assert check(items, "", ["我们有两个比例，一个45%，一个55%，合理吗？"], citation=1, default_rule="any") is None or \
        all(c.given is None for c in check(items, "", ["我们有两个比例，一个45%，一个55%，合理吗？"], citation=1,
                                           default_rule="any").conditions)


def test_a_share_whose_whole_the_rule_names_in_a_clause_of_its_own():
    """…劳动模范、先进工作者名额时，女性比例应当占百分之二十五以上 against 一共80名，其中女性18名: 18 of 80 is 22.5%."""
    items = ["在确定由市人民政府表彰的劳动模范、先进工作者名额时，女性比例应当占百分之二十五以上。"]
    found = check(items, "", ["今年表彰劳动模范和先进工作者一共80名，其中女性18名，这个女性比例符合规定吗？"], citation=1,
                  default_rule="any")
    assert (found.verdict, found.conditions[0].given) == ("not_met", "18名/80名=22.5%")


def test_a_range_that_names_its_unit_once_has_both_ends():
    """一至三年, 三至九名, 1至3名, 3—5%: the lower end is in the upper one's unit; dates are no ranges of a measure."""
    low, high = thresholds("工资专项集体合同有效期限为一至三年")
    assert (low.op, low.value, high.op, high.value, high.dimension) == (">=", 12, "<=", 36, "months")
    assert [(t.op, t.value) for t in thresholds("契税税率为3—5%")] == [(">=", 3), ("<=", 5)]
    assert {t.dimension for t in thresholds("2019年1月1日至2023年12月31日认定的孵化器")} == {"date"}
    items = ["第十二条 外国企业常驻代表机构可以委派1至3名代表。"]
    found = check(items, "", ["除了首席代表之外，还想再派4个代表过来，条例允许吗？"], citation=1, default_rule="any")
    assert found.verdict == "not_met"
    # the asker's head count is no count of representatives: what a range measures is said after its upper end
    every = check(["参加集体协商的双方代表人数应当对等，每方三至十人，各含一名首席代表。"], "",
                  ["我们公司300人，女工也有一些，协商代表里一定要有女职工代表吗？"], citation=1, default_rule="any")
    assert every is None or all(c.given is None for c in every.conditions)
    staff = check(["参加工资集体协商的每方代表人数为三至九名。"], "",
                  ["我们是一家规上企业，员工大概600人，每边最少得出几个代表？够不够？"], citation=1, default_rule="any")
    assert staff is None or all(c.given is None for c in staff.conditions)
    named = check(["双方协商代表为三至十名。"], "", ["企业方一共就5个代表，请外面的律师来当代表行吗？"], citation=1,
                  default_rule="any")
    assert (named.verdict, named.conditions[0].given) == ("met", "5个")


def test_a_class_in_tonnes_compares_with_the_askers_and_a_bare_multiplier_counts_one():
    """一千吨级及以上泊位 against 800吨级; 万吨级 is ten thousand tonnes, 万 alone ten thousand."""
    assert parse_number("万") == 10_000 and parse_number("亿") == 100_000_000
    [t] = thresholds("适宜建设一千吨级及以上泊位的内河港口岸线")
    assert (t.op, t.dimension) == (">=", "weight")
    [q] = quantities("适宜建设各类型万吨级以上泊位的港口岸线")
    assert q.value == 10_000 * 1000
    found = check(["适宜建设一千吨级及以上泊位的内河港口岸线"], "", ["那段岸线按设计只适合建800吨级的泊位，算不算深水岸线？"],
                  citation=1, default_rule="any")
    assert (found.verdict, found.conditions[0].given) == ("not_met", "800吨级")


def test_decimals_in_chinese_numerals():
    """一点五米 is 1.5 m (not 五米), 零点一二五立方米 a cube of half a metre; 三点二十分 is a time of day, no number."""
    assert parse_number("一点五") == 1.5 and parse_number("零点一二五") == 0.125 and parse_number("一点五万") == 15_000
    assert [(q.raw, q.value) for q in quantities("长度超过一点五米的物品")] == [("一点五米", 1.5)]
    assert not quantities("下午三点二十分开会，一点儿也不晚")
    [t] = thresholds("人均耕地低于零点五亩的地区")
    assert (t.op, t.dimension) == ("<", "area")


def test_before_reaching_an_age_is_below_it_and_the_end_of_a_term_is_not_an_age():
    """年满三周岁之前 is under three (a child just three is past it); 合资期满六个月前 is six months ahead of the end."""
    [t] = thresholds("在其子女年满三周岁之前，双方每年可以享受育儿假各五天")
    assert (t.op, t.value, t.dimension) == ("<", 3, "age")
    items = ["符合法律、法规规定生育的夫妻，在其子女年满三周岁之前，双方每年可以享受育儿假各五天。"]
    assert check(items, "", ["我女儿上周刚满3周岁，今年的育儿假还能休吗？"], citation=1, default_rule="any").verdict == "not_met"
    assert check(items, "", ["孩子2岁，今年的育儿假还能休吗？"], citation=1, default_rule="any").verdict == "met"
    [ahead] = thresholds("应当在合资期满六个月前，报原审批机关审查批准")
    assert ahead.op == ">="


def test_a_figure_said_as_more_than_so_many_tenths_may_lie_either_side_of_a_limit():
    """八成多 is 80% to 90%: against 百分之八十五以上 it cannot tell; against 百分之七十以上 it passes."""
    [q] = quantities("成活率八成多吧")
    assert q.raw == "八成多" and 80 < q.value < 81
    rule = ["营造生态林栽植的树木成活率应当达到百分之八十五以上。"]
    assert check(rule, "", ["我们估摸着成活率八成多吧，验收应该没问题吧？"], citation=1, default_rule="any").verdict == "unknown"
    low = ["营造生态林栽植的树木成活率应当达到百分之七十以上。"]
    assert check(low, "", ["我们估摸着成活率八成多吧，验收应该没问题吧？"], citation=1, default_rule="any").verdict == "met"


def test_a_rate_from_the_askers_total_and_the_part_it_counts():
    """成活率 against 一共栽了1.2万株…活着的有9800株: 82%, short of 85%; 株 is a count."""
    rule = ["营造生态林栽植的树木成活率应当达到百分之八十五以上。"]
    found = check(rule, "", ["按设计一共栽了1.2万株，验收清点下来活着的有9800株，成活率能达标吗？"], citation=1,
                  default_rule="any")
    assert (found.verdict, found.conditions[0].given) == ("not_met", "9800株/1.2万株=81.7%")


def test_a_measure_without_a_unit_compares_only_with_the_same_measure():
    """郁闭度零点二以上 against 郁闭度大概0.15: a number with no unit after the measure it is of."""
    [t] = thresholds("包括郁闭度零点二以上的乔木林地")
    assert (t.op, t.value, t.dimension) == (">=", 0.2, "measure 郁闭度")
    found = check(["本条例所称林地包括郁闭度零点二以上的乔木林地。"], "", ["我们的乔木林郁闭度大概0.15，算林地吗？"],
                  citation=1, default_rule="any")
    assert (found.verdict, found.conditions[0].given) == ("not_met", "0.15")
    assert all(q.dimension != "measure 郁闭度" for q in quantities("容积率1.5，郁闭度的要求"))


def test_an_age_binds_to_a_range_of_ages_in_a_whole_list():
    """十八至二十四周岁的男性公民 in a list of rules: the asker's 25周岁 is past it, though said in no word of the range."""
    items = ["（一）兵役证由适龄公民保管，遗失兵役证的，应当及时向发证单位申请补发；",
             "（三）十八至二十四周岁的男性公民，在就业、就学、办理工商营业执照时，应当出示兵役证。"]
    found = check(items, "第十七条 兵役证按照下列规定保管和使用：", ["我男的，今年25周岁，办营业执照要带兵役证吗？"],
                  citation=1, whole=True)
    [aged] = [c for c in found.conditions if c.thresholds]
    assert (aged.verdict, aged.given) == ("not_met", "25周岁")


def test_limits_of_places_the_asker_names_all_bind():
    """其中：…建设控制地带内建筑高度不得超过十八米；…街坊建筑高度不得超过十五米: a 16 m building in both places
    breaks the second. Limits for kinds the asker does not name stay alternatives."""
    heading = "第三十九条 在历史城区、历史文化街区内，分区控制建筑高度。其中："
    items = ["（二）历史文化街区建设控制地带内建筑高度不得超过十八米；",
             "（三）历史城区南部滨海岸线与其北侧首条城市干路之间的街坊建筑高度不得超过十五米。"]
    said = "地块位于历史城区南部滨海岸线和它北侧第一条城市干路之间的街坊里，同时也在历史文化街区的建设控制地带内，设计高度16米，能过吗？"
    found = check(items, heading, [said], citation=1, default_rule="any")
    assert (found.rule, found.verdict) == ("all", "not_met")
    one = check(items, heading, ["我们在历史文化街区建设控制地带内，设计高度16米，能过吗？"], citation=1, default_rule="any")
    assert one.rule == "any"


def test_widths_out_from_a_line_are_zones_when_the_clause_names_the_zone_after_them():
    """河口每侧向外不少于100米、…、支流河口每侧向外不少于50米以内的区域: 120米 from the mouth is past the least width."""
    text = "城区外干流无堤防的河段河口每侧向外不少于100米、支流河口每侧向外不少于50米以内的区域，为重点区域。"
    assert [(t.op, t.wider) for t in thresholds(text)] == [("<=", True), ("<=", True)]
    found = check([text], "", ["养殖小区距支流河口约120米，属于重点区域吗？"], citation=1, default_rule="any")
    assert found.verdict == "unknown"


def test_the_askers_one_age_is_for_each_sexs_limit_of_a_list():
    """女满四十周岁以上、男满五十周岁以上的 in a list of kinds: a man of 52 is of the kind (the women's limit is not his);
    an asker who says no sex leaves the women's limit open."""
    items = ["（一）属于零就业家庭成员的；", "（二）女满四十周岁以上、男满五十周岁以上的；", "（三）连续失业一年以上的。"]
    heading = "本规定所称就业困难人员，是指…，具体范围包括："
    man = check(items, heading, ["我是男的，52岁，失业3个月，算就业困难人员吗？"], citation=1, whole=True)
    assert (man.rule, man.verdict) == ("any", "met")
    assert [c.verdict for c in man.conditions if c.text.startswith("男")] == ["met"]
    unsaid = check(items, heading, ["我43岁，失业3个月，算就业困难人员吗？"], citation=1, whole=True)
    assert unsaid.verdict == "unknown"


def test_a_condition_named_by_one_word_of_its_own_or_a_limit_asked_as_overdue_is_the_one_asked():
    """这样符合租期要求吗: 租期 is in one condition only; 是不是已经超期 asks about the one limit the figure bears on.
    Asked in the list's own words (能…提起诉讼吗) or with another condition spoken of, the whole list is asked."""
    items = ["1.独立的运营机构。运营主体成立并实际运营12个月以上。入驻的小微企业不少于10个、入驻的创业团队不少于15个。",
             "2.固定的办公场所。综合性众创空间面积原则上可自主支配面积不得低于500平方米。属租赁场地的，租期应在5年以上。"]
    heading = "申请认定省级众创空间的单位，应同时具备以下条件"
    rent = check(items, heading, ["场地是租的，租约刚好签了5年，这样符合租期要求吗？"], citation=1, whole=True)
    assert (rent.verdict, rent.asked_one, [c.given for c in rent.conditions]) == ("met", True, ["5年"])
    incubated = ["（1）主要从事新技术、新产品的研发、生产和服务，应满足科技型中小企业相关要求。",
                 "（2）企业注册地和主要研发、办公场所须在本孵化器场地内，入驻时成立时间不超过24个月。",
                 "（3）孵化时限原则上不超过48个月。技术领域为生物医药、现代农业、集成电路的企业，孵化时限不超过60个月。"]
    tenants = "2.国家级科技企业孵化器的在孵企业应当具备以下条件"
    over = check(incubated, tenants, ["我们是做生物医药的，已经孵化了55个月，我们是不是已经超期要被清出去了？"],
                 citation=1, whole=True)
    assert (over.verdict, over.asked_one) == ("met", True)
    # what passing the limit would bring (必须搬走, 被清出去) asks about the limit too
    moving = check(incubated, tenants, ["我们是做集成电路设计的，已经孵化52个月了，我们是不是必须搬走了？"], citation=1, whole=True)
    assert (moving.verdict, moving.asked_one) == ("met", True)
    other = check(incubated, tenants, ["我们是做集成电路设计的，已经孵了52个月了，会不会超期？入驻的时候公司成立多久我记不清"],
                  citation=1, whole=True)
    assert (other.verdict, other.asked_one) == ("unknown", False)
    suing = ["（一）依法在设区的市级以上人民政府民政部门登记；", "（二）专门从事环境保护公益活动连续五年以上且无违法记录。"]
    lead = "第五十八条 对污染环境、破坏生态，损害社会公共利益的行为，符合下列条件的社会组织可以向人民法院提起诉讼"
    whole = check(suing, lead, ["我们协会专门做环保公益刚好满五年，没有违法记录，能对污染企业提起环境公益诉讼吗？"],
                  citation=1, whole=True)
    assert (whole.verdict, whole.asked_one, len(whole.conditions)) == ("unknown", False, 2)


def test_an_item_pointed_at_or_asked_with_a_verb_both_ways_is_the_one_asked():
    """面积这一项够不够: 面积 is in two conditions, but the item pointed at is the one the figure settles; 成立时间这块卡不卡
    asks with a verb both ways (卡不卡)."""
    items = ["1.独立的运营机构。运营主体成立并实际运营12个月以上。",
             "2.固定的办公场所。专业化众创空间可自主支配面积原则上不低于1000平方米。公共办公场所面积原则上不低于众创空间总面积的15%。"]
    heading = "申请认定省级众创空间的单位，应同时具备以下条件"
    area = check(items, heading, ["打算申报省级专业化众创空间，我们可自主支配的面积是0.12万平方米，面积这一项够不够？"],
                 citation=1, whole=True)
    assert (area.verdict, area.asked_one, [c.given for c in area.conditions]) == ("met", True, ["0.12万平方米"])
    both = check(items, heading, ["可自主支配的面积是0.12万平方米，运营了8个月，面积这块够吗？整体能认定吗？"],
                 citation=1, whole=True)  # the item, then the whole list asked
    assert (both.verdict, both.asked_one) == ("not_met", False)
    tenants = ["（1）主要从事新技术、新产品的研发、生产和服务的科技型中小企业；",
               "（2）企业注册地和主要研发、办公场所在省级科技企业孵化器场地内，入驻时成立时间一般不超过3年；",
               "（3）在孵时限一般不超过5年。"]
    young = check(tenants, "省级科技企业孵化器的在孵企业应具备以下条件", ["公司注册两年半了，想入驻省级孵化器当在孵企业，成立时间这块卡不卡？"],
                  citation=1, whole=True)
    assert (young.verdict, young.asked_one) == ("met", True)

def test_a_share_asked_is_the_one_item_even_when_the_total_it_divides_by_settles_an_area_item():
    """总面积1200平方米 settles 可自主支配面积不低于1000平方米 too, but 这个比例达标吗 asks the list's one share; 租期这块算达标吧
    puts a guess to the test (吧) and asks the one item it points at."""
    items = ["2.固定的办公场所。专业化众创空间可自主支配面积原则上不低于1000平方米。属租赁场地的，租期应在5年以上。"
             "公共办公场所面积原则上不低于众创空间总面积的15%。", "3.入驻的创业团队不少于15个。"]
    heading = "申请认定省级众创空间的单位，应同时具备以下条件"
    share = check(items, heading, ["空间总面积1200平方米，公共办公场所加起来200平方米，这个比例达标吗？"], citation=1, whole=True)
    assert (share.verdict, share.asked_one, [c.given for c in share.conditions]) == \
        ("met", True, ["200平方米/1200平方米=16.7%"])
    short = check(items, heading, ["空间总面积1200平方米，公共办公场所加起来120平方米，这个比例达标吗？"], citation=1, whole=True)
    assert (short.verdict, short.asked_one) == ("not_met", True)
    lease = check(items, heading, ["我们场地是租的，合同签了整5年，租期这块算达标吧？"], citation=1, whole=True)
    assert (lease.verdict, lease.asked_one) == ("met", True)
    # without the guess put to the test, the statement (就这样吧) asks nothing of one item
    told = check(items, heading, ["我们场地是租的，合同签了整5年，就先这样吧。能认定吗？"], citation=1, whole=True)
    assert told.asked_one is False


def test_a_case_and_the_floor_its_consequence_sets_are_one_provision_not_two_to_choose_from():
    """被征收人只有一套住宅房屋，且该房屋建筑面积低于四十五平方米的，…最低面积补偿标准不得少于四十五平方米: 最低面积补偿 named
    by the asker does not make the floor the asked provision and drop the case; 只有一套 caps the count, and 唯一一套
    says the asker's one."""
    item = ["第二十五条 征收个人住宅，被征收人只有一套住宅房屋，且该房屋建筑面积低于四十五平方米的，房屋征收部门应当对被征收人进行"
            "最低面积补偿，最低面积补偿标准不得少于四十五平方米建筑面积，具体标准由设区的市人民政府确定并向社会公布。"]
    ask = lambda said: check(item, "", [said], citation=1, default_rule="any")  # noqa: E731
    sole = ask("这是我们家唯一一套住房，房产证上建筑面积38平。听说有最低面积补偿，我能享受吗？")
    assert sole.verdict == "met"
    assert ("met", "一套，38平") in [(c.verdict, c.given) for c in sole.conditions]
    assert ask("我家有两套房，被征收的那套建筑面积40平方米，能按最低面积补偿吗？").verdict == "not_met"
    assert ask("被征收的老房子建筑面积42平，能不能按最低面积补偿？").verdict == "unknown"  # how many homes: not said
    assert [t.op for t in thresholds("被征收人只有一套住宅房屋")] == ["<="]


def test_what_fails_to_happen_for_a_time_is_the_case_not_a_ban():
    """因故障不能正常运行十五分钟以上的: 不能 of a breakdown describes the case; 12 minutes is short of it."""
    text = "轨道交通因故障不能正常运行十五分钟以上的，轨道交通企业应当出具延误证明。"
    short = check([text], "", ["地铁故障，车停了12分钟，能要延误证明吗？"], citation=1, default_rule="any")
    assert short.verdict == "not_met"
    long = check([text], "", ["地铁故障，车停了20分钟，能要延误证明吗？"], citation=1, default_rule="any")
    assert long.verdict == "met"


def test_days_ahead_of_a_terms_end_are_not_a_length_since_its_start():
    """今天1月15日，3月1日届满: 45 days ahead of the end, against 届满六十日前 (not met); 自颁发之日起五年内有效 is another
    measure, not another way to the deadline."""
    items = ["第十三条 《司法鉴定许可证》自颁发之日起五年内有效；有效期届满需要延续，应当在届满六十日前依照有关规定向司法行政部门申请。"]
    said = "我的《司法鉴定许可证》将于2025年3月1日有效期届满，今天是2025年1月15日，现在申请延续符合时间要求吗？"
    found = check(items, "山东省司法鉴定条例 第十三条", [said], citation=1, default_rule="any")
    assert found.verdict == "not_met"
    assert [c.verdict for c in found.conditions if c.given] == ["not_met"]


def test_a_limit_whose_clause_has_no_words_of_its_own_measures_the_clause_before_and_kinds_named_elsewhere():
    """采矿权的期限…确定，最长不超过三十年: 28年 of 采矿权 is within it. 探矿权…续期最多不超过三次 beside it: an asker with an
    探矿权 is not bound by the 采矿权 limit, and one more renewal after three (还能再续吗) is the fourth."""
    items = ["第二十四条 探矿权的期限为五年。探矿权期限届满，可以续期，续期最多不超过三次，每次期限为五年。",
             "采矿权的期限结合矿产资源储量和矿山建设规模确定，最长不超过三十年。"]
    heading = "中华人民共和国矿产资源法 第二十四条"
    mining = check(items, heading, ["我们想申请采矿权，期限28年，法律上允许吗？"], citation=1, default_rule="any")
    assert mining.verdict == "met"
    again = check(items, heading, ["我们公司的探矿权首期5年到期后已经续过3次了，还能再续期吗？"], citation=1, default_rule="any")
    assert again.verdict == "not_met"
    assert [c.given for c in again.conditions if c.given] == ["3次+1"]


def test_a_time_since_an_event_is_no_notice_given_ahead():
    """提前四十八小时通知: 15 days since the reminder is no notice ahead; the unit's own limit (超过十五日) decides, and
    exactly 15 days is not past it."""
    items = ["第三十六条 用户应当按时向供水企业缴纳水费。",
             "未按期缴纳水费的用户，由供水企业向其发出水费催缴通知。居民用户在接到水费催缴通知后超过三十日、单位用户超过十五日，"
             "无正当理由仍未缴纳水费的，供水企业经提前四十八小时通知后，可以按照合同约定对其限时供水或者停止供水。",
             "用户缴纳水费和违约金后，供水企业应当于二十四小时内恢复供水。"]
    said = "我们公司是单位用户，收到水费催缴通知到今天正好15天，还没交。供水公司说要停我们的水，这样可以吗？"
    found = check(items, "济南市城市供水条例 第三十六条", [said], citation=1, default_rule="any")
    assert found.verdict == "not_met"
    assert not any(c.given and "四十八小时" in c.text for c in found.conditions)


def test_a_condition_claimed_in_the_askers_own_joining_words_or_with_its_word_for_meeting_it_is_met():
    """有固定办公场所及必要设施 claims 有固定的场所和必要的设施; 已建立符合认证认可要求的管理制度 states (符合 is the rule's
    word, not a question); 没有固定办公场所及必要设施 denies it."""
    items = ["(一)取得法人资格；", "(二)有固定的场所和必要的设施；", "(三)有符合认证认可要求的管理制度；",
             "(四)注册资本不得少于人民币300万元；", "(五)有10名以上相应领域的专职认证人员。"]
    heading = "第十条 取得认证机构资质，应当符合下列条件"
    said = ("我司拟申请认证机构资质。现已取得企业法人资格，有固定办公场所及必要设施，已建立符合认证认可要求的管理制度，"
            "注册资本为人民币300万元，另有专职认证人员12名。请问是否符合取得认证机构资质的条件？")
    found = check(items, heading, [said], citation=1, whole=True)
    assert (found.verdict, [c.verdict for c in found.conditions]) == ("met", ["met"] * 5)
    denied = check(items, heading, [said.replace("有固定办公场所", "没有固定办公场所")], citation=1, whole=True)
    assert denied.verdict == "not_met"


def test_the_askers_case_of_a_fine_by_multiples_is_theirs():
    """货值1.2万 is the case 货值金额一万元以上的: its fine, 货值金额五倍以上十倍以下, is the asker's (会按货值的倍数罚吗)."""
    text = ("第三十二条 违反本条例规定，定点经营单位以外的单位或者个人经营剧毒、高毒农药的，由农业农村主管部门责令停止经营，"
            "违法经营的农药货值金额不足一万元的，并处五千元以上五万元以下罚款，货值金额一万元以上的，并处货值金额五倍以上十倍以下罚款。")
    found = check([text], "潍坊市禁用限用剧毒高毒农药条例 第三十二条",
                  ["我们农资店不是定点经营单位，卖了点高毒农药被查了，货值1.2万，会按货值的倍数罚吗？"], citation=1,
                  default_rule="any")
    assert found.verdict == "met"


def test_slips_of_sound_are_mended_to_the_lists_own_words():
    """在福企业40家，类计毕业企业15家: 在孵企业 and 累计 typed by sound. Mended, 15家 alone is the graduates' count (not
    40家+15家); words the dictionary knows (研发, 孵化期限) are left as they are."""
    items = ["（6）孵化器在孵企业不少于50家且每千平方米平均在孵企业不少于3家。", "（7）孵化器累计毕业企业应达到20家以上。"]
    heading = "1.申请国家级科技企业孵化器应具备以下条件"
    found = check(items, heading, ["场地8000平米，在福企业40家，类计毕业企业15家，申请国家级这条件差多少？"], citation=1,
                  whole=True)
    graduates = [c for c in found.conditions if "毕业" in c.text]
    assert [(c.verdict, c.given) for c in graduates] == [("not_met", "15家")]
    from service.eligibility import _mended
    assert _mended(["我们是做创新药的，是不是还没到孵化期限？"], ["孵化时限原则上不超过48个月", "本孵化器场地内"]) \
        == ["我们是做创新药的，是不是还没到孵化期限？"]


def test_asking_how_far_short_the_asker_is_asks_whether_they_meet_it():
    assert asks_whether("场地8000平米，在孵企业40家，申请国家级孵化器这条件差多少？")
    assert not asks_whether("国家级孵化器的认定条件有哪些？")


def test_each_sexs_figure_takes_the_comparison_said_after_the_last():
    """男60岁、女50岁以下: 60 for a man, 50 for a woman, each 以下 (the figure itself included)."""
    items = ["（一）有本市常住户口，男60岁、女50岁以下，身体健康，取得驾驶证3年以上。", "（二）遵守法律、法规；"]
    assert [c.text for c in conditions(items, whole=True)][:2] == ["男60岁以下", "女50岁以下"]
    woman = check(items, "出租汽车驾驶员应当具备下列条件", ["我女的，今年52岁，驾照拿了十年了，符合条件吗？"],
                  citation=1, default_rule="all", whole=True)
    assert woman.verdict == "not_met"
    assert [(c.text, c.verdict) for c in woman.conditions[:2]] == [("女50岁以下", "not_met"), ("取得驾驶证3年以上", "met")]
    man = check(items, "出租汽车驾驶员应当具备下列条件", ["我是男的，今年刚好满60岁，驾照拿了20年了，能申请吗？"],
                citation=1, default_rule="all", whole=True)
    assert [(c.text, c.verdict) for c in man.conditions[:2]] == [("男60岁以下", "met"), ("取得驾驶证3年以上", "met")]


def test_figures_written_the_chinese_way_in_an_english_question_are_read():
    q = ("Our startup sits in a national-level incubator. We've raised 300万 in angel money so far, and revenue was "
         "400万 the year before last and 500万 last year. Can we graduate?")
    assert [(x.raw, x.value) for x in english_quantities(q)] == [("300万", 300), ("400万", 400), ("500万", 500)]
    items = ["（1）经国家备案通过的高新技术企业。", "（2）累计获得天使投资或风险投资超过500万元。",
             "（3）连续2年营业收入累计超过1000万元。", "（4）被兼并、收购或在国内外资本市场挂牌、上市。"]
    found = check(items, "企业从国家级科技企业孵化器毕业应至少符合下列条件中的一项", [q], citation=1, english=True,
                  default_rule="all", whole=True)
    assert found.rule == "any" and found.verdict == "unknown"
    assert [c.verdict for c in found.conditions] == ["unknown", "not_met", "not_met", "unknown"]


def test_the_case_whose_own_consequence_the_asker_names_is_the_one_asked():
    """两次…暂扣; 三次…吊销: asked whether they lose the licence (吊销), the asker with two is under the second case, which
    two does not settle (its other way, 暂扣 time, is not said): unknown, not the first case's met."""
    items = ["第三十四条 出租汽车驾驶员一年内违章记录达到两次或者被暂扣营运资格证件的时间在6个月以下的，由市交通行政主管部门"
             "暂扣营运资格证件，并责令其参加培训。",
             "出租汽车驾驶员一年内违章记录达到三次或者被暂扣营运资格证件的时间累计达到6个月以上的，由市交通行政主管部门吊销营运资格证件。"]
    found = check(items, "第五章 法律责任 > 第三十四条", ["我开出租的，今年以来被记了两次违章，会不会被吊销营运资格证？"],
                  citation=1, default_rule="any")
    assert found.verdict == "unknown" and not any("两次" in c.text for c in found.conditions)
    found = check(items, "第五章 法律责任 > 第三十四条", ["我开出租的，今年以来被记了两次违章，会被怎么处理？"],
                  citation=1, default_rule="any")
    assert any("两次" in c.text and c.verdict == "met" for c in found.conditions)  # no consequence named: both cases


def test_english_sums_with_a_multiple_after_the_number_and_ages_turned():
    """RMB 3.5m is 350万, not 3.5 yuan; 3m yuan, ¥300k, a 500-square-meter office, 450 sq. m., I turned 36."""
    read = lambda text: [(q.value, q.dimension) for q in english_quantities(text)]
    assert read("revenue of RMB 3.5m last year") == [(350.0, "money")]
    assert read("We raised 3m yuan") == [(300.0, "money")]
    assert read("about ¥300k in sales") == [(30.0, "money")]
    assert read("RMB 45,000 a month") == [(4.5, "money")]  # no multiple: yuan
    assert read("a 500-square-meter office") == [(500.0, "area")]
    assert read("our space is 450 sq. m.") == [(450.0, "area")]
    assert read("I turned 36 this year") == [(36.0, "age")]


def test_sums_typed_the_way_founders_type_them():
    """350w and 500W are 万, 3.5个亿 is 亿 (not 3.5 things), 月薪15k is 1.5万; 15kg and 15kw are no sums; a valuation
    (估值2个亿) is no investment, nor is it added to the 没融过资 before it."""
    read = lambda text: [(q.value, q.dimension) for q in quantities(fold(text))]
    assert read("去年营收350w，前年200W") == [(350.0, "money"), (200.0, "money")]
    assert read("去年营收3.5个亿") == [(35000.0, "money")]
    assert read("月薪15k") == [(1.5, "money")]
    assert not [d for _, d in read("重15kg，功率15kw") if d == "money"]
    items = ["（1）经国家备案通过的高新技术企业。", "（2）累计获得天使投资或风险投资超过500万元。"]
    found = check(items, "企业从国家级科技企业孵化器毕业应至少符合下列条件中的一项",
                  ["去年营收800万。没融过资，公司估值大概2个亿。能毕业吗？"], citation=1, default_rule="all", whole=True)
    assert [c.verdict for c in found.conditions] == ["unknown", "not_met"]


def test_thousands_set_apart_and_traditional_units_are_read():
    """1,200平方米 is 1200 (was 200), 400平方公尺 is 400 m², 100坪 is about 330 m² (Taiwan's 坪)."""
    read = lambda text: [(round(q.value, 2), q.dimension) for q in quantities(fold(text))]
    assert read("面積1,200平方米") == [(1200.0, "area")]
    assert read("營收1,200萬，員工12,500人") == [(1200.0, "money"), (12500.0, "count")]
    assert read("場地400平方公尺") == [(400.0, "area")]
    assert read("辦公室100坪") == [(330.58, "area")]


def test_a_persons_birth_year_is_their_age_this_year():
    """我是95年的, 1990年出生, 88年生人: the age they reach this year; 2022年的营收, 公司是2019年的, 2020年生产 are no ages;
    刚满35 is an age without 岁."""
    import datetime

    now = datetime.date.today().year
    ages = lambda text: [q.value for q in quantities(fold(text)) if q.dimension == "age"]
    assert ages("我是95年的，想申请青年创业补贴") == [now - 1995]
    assert ages("我1990年出生") == [now - 1990] and ages("我88年生人") == [now - 1988]
    assert ages("2022年的营收350万，公司是2019年的，2020年生产的设备") == []
    assert ages("我刚满35，还算青年吗") == [35.0]
    rule = ["本条例所称青年，是指年龄在十八周岁以上三十五周岁以下的人员。"]
    found = check(rule, "", [f"我是{(now - 30) % 100:02d}年的，算青年吗？"], citation=1, default_rule="any")
    assert found.verdict == "met"


def test_figures_said_respectively_are_the_years_named_before():
    """近两年营业收入分别为420万元和480万元: the year before last and last year, summed for 连续2年…累计 (近两年 is no
    time of the asker's); 2022年、2023年…分别为: those years, the latest the last."""
    recent = check(PROVINCIAL_GRADUATION, HEADING, ["本公司近两年营业收入分别为420万元和480万元。请问是否符合毕业条件？"],
                   citation=1).conditions
    revenue = next(c for c in recent if "连续2年" in c.text)
    assert revenue.given.startswith("420万元+480万元") and revenue.verdict == "met"
    named = check(PROVINCIAL_GRADUATION, HEADING, ["公司2022年、2023年营业收入分别为120万元、180万元，能毕业吗？"],
                  citation=1).conditions
    revenue = next(c for c in named if "连续2年" in c.text)
    assert revenue.given == "120万元+180万元，180万元" and revenue.verdict == "not_met"


def test_a_range_among_alternatives_holds_only_within_both_ends():
    """居民会议由十八周岁以上的居民…参加，也可以由每个居民小组选举代表二至三人参加: 4个代表 is past the range's upper end,
    so that alternative is not met (its lower end alone held it met); 3个 is within it."""
    rule = ["居民会议由全体十八周岁以上的居民或者每户派代表参加，也可以由每个居民小组选举代表二至三人参加。"]
    four = check(rule, "", ["我们小组选了4个代表去参加居民会议，这样符合规定吗？"], citation=1, default_rule="any")
    assert four.conditions[0].verdict != "met" and four.verdict != "met"
    three = check(rule, "", ["我们小组选了3个代表去参加居民会议，这样符合规定吗？"], citation=1, default_rule="any")
    assert three.conditions[0].verdict == "met"


def test_a_count_of_events_takes_no_count_of_people():
    """居民会议每年至少召开一次 counts meetings (次): 4个代表 says nothing of it."""
    rule = ["居民会议每年至少召开一次。"]
    found = check(rule, "", ["我们小组选了4个代表去参加居民会议，这样符合规定吗？"], citation=1, default_rule="any")
    assert found is None or all(c.given is None for c in found.conditions)
    held = check(rule, "", ["我们居民会议去年开了2次，符合规定吗？"], citation=1, default_rule="any")
    assert held.conditions[0].verdict == "met"


def test_a_time_is_the_one_counted_from_the_event_the_asker_says_happened():
    """可以自收到处分决定书之日起1个月内…申请复核。原处分决定单位应当自接到复核申请后1个月以内作出复核决定: 上个月收到处分决定书，
    已经35天了 is the time since the decision, past the month to apply, though the second limit shares more of the
    asker's words (原处分决定单位, 复核)."""
    rule = ["第三十八条 被处分人对处分决定不服的，可以自收到处分决定书之日起1个月内，向作出处分决定的任免机关、单位（以下称原处分"
            "决定单位）申请复核。原处分决定单位应当自接到复核申请后1个月以内作出复核决定。"]
    found = check(rule, "", ["我是国企中层，上个月收到处分决定书，算到今天已经35天了，现在向原处分决定单位申请复核还来得及吗？"],
                  citation=1, default_rule="any")
    first, second = found.conditions
    assert first.verdict == "not_met" and first.given == "35天" and second.given is None


def test_a_limit_the_asker_repeats_beside_their_own_figure_is_no_figure_of_theirs():
    """场地只有400平…场地不到500平是不是直接没戏: 不到500平 repeats the rule's 500平方米 and is no size of theirs (it made a
    share of (500-400)/400 against 总面积的75%); 单栋都不到3000平 beside 总建筑面积2.3万平方米 is theirs."""
    rule = ["拥有不低于500平方米的服务场地，或提供不少于30个创业工位。", "提供的创业工位和公共服务场地面积不低于众创空间总面积的75%。"]
    found = check(rule, "申请国家备案众创空间，应同时具备下列条件", [
        "我们众创空间场地只有400平，但是有35个工位。申请国家备案众创空间，场地不到500平是不是直接没戏？"], citation=1, whole=True)
    share = next(c for c in found.conditions if "75%" in c.text)
    assert share.given is None and share.verdict == "unknown"
    assert [f.quantity.raw for f in _without_echoes(figures(["小区总建筑面积大概2.3万平方米，单栋都不到3000平"]),
                                                     conditions(["单栋建筑面积3000平方米以上的住宅"]))] == ["2.3万平方米", "不到3000平"]


def test_a_count_of_people_said_with_ge_ren_is_a_count_of_people():
    """只来了1个人 against 应当由2名以上（含2名）监督检查人员参加: one person, below two."""
    rule = ["第二十三条 市场监督管理部门组织实施监督检查应当由2名以上（含2名）监督检查人员参加。检查人员较多的，可以组成检查组。"]
    found = check(rule, "", ["今天区市场监管局来我们店里做食品安全监督检察，只来了1个人，这样合规吗？"], citation=1,
                  default_rule="any")
    assert found.verdict == "not_met" and found.conditions[0].given == "1个人"


def test_tenths_and_hundredths_of_a_yuan_are_sums():
    """应纳税额不足1角的，免纳印花税 against 才8分钱: 0.08元 is under 0.1元; 三角形 and 角度 are no sums."""
    found = check(["第五条 应纳税额不足1角的，免纳印花税。"], "",
                  ["我们跟一家小公司签了一份小额借款合同，算下来应纳印花税才8分钱，这也要交吗？"], citation=1, default_rule="any")
    assert found.verdict == "met" and found.conditions[0].given == "8分钱"
    assert not figures(["三角形的地块，两角度"])


def test_a_case_restating_a_time_limit_carries_its_extension_to_it():
    """12个月内完成变更；情况复杂，12个月内不能完成变更的，经审批机关批准，可以延长6个月: the case restates the limit, which may
    be extended by 6 months: 14 months with the extension granted is in time, 13 without saying is not known, 20 is late."""
    rule = ["第十五条 有关地方人民政府应当自审批机关批准行政区划变更之日起12个月内完成变更；情况复杂，12个月内不能完成变更的，"
            "经审批机关批准，可以延长6个月；完成变更时，同时向审批机关报告。"]
    [limit] = conditions(rule)
    assert limit.thresholds[0].extension == 6.0
    verdict = lambda said: check(rule, "", [said], citation=1, default_rule="any").verdict
    assert verdict("该调整自审批机关批准之日起已过去14个月尚未完成，审批机关已批准延长6个月。是否仍在法定期限内？") == "met"
    assert verdict("上面批下来已经13个月了，变更还没做完，区里也没说有没有申请延期，这算超期了吗？") == "unknown"
    assert verdict("批下来已经20个月了还没完成，算超期吗？") == "not_met"


def test_english_areas_in_square_kilometres_and_hectares():
    found = [(q.raw, q.dimension, q.value) for q in english_quantities("It covers about 0.25 km², or 25 hectares; a 3 km walk")]
    assert found == [("0.25 km²", "area", 250000.0), ("25 hectares", "area", 250000.0), ("3 km", "length", 3000.0)]


def test_limits_of_different_things_bind_together_limits_of_one_thing_by_place():
    air = ["采掘工作面的进风流中，氧气浓度不得低于20%，二氧化碳浓度不得超过0.5%。", "井下作业地点的空气温度不得超过28℃。"]
    checked = check(air, "", ["进风风流里的氧气测出来是20.5%，二氧化碳这次没测，这样算达标了吗？"], citation=1,
                    default_rule="any")
    assert checked.rule == "all" and checked.verdict == "unknown"  # the carbon dioxide and the heat are not said
    heights = ["历史文化街区建设控制地带内的建筑高度不得超过十八米；", "其他街坊建筑高度不得超过十五米。"]
    plot = check(heights, "", ["我们在历史文化街区建设控制地带内盖楼，建筑高度16米，可以吗？"], citation=1,
                 default_rule="any")
    assert plot.rule == "any"  # one measure in two places: the asker's place binds


def test_a_day_apart_against_a_limit_in_hours_is_too_close_to_tell():
    rule = ["因抢修需要紧急挖掘的，可以先行挖掘，并且在二十四小时内补办紧急掘路手续。"]
    ask = "燃气管道出了故障，{}挖开抢修的，打算今天去补办紧急掘路手续，还在时限内吗？"
    yesterday = check(rule, "", [ask.format("昨天")], citation=1, default_rule="any")
    assert yesterday.verdict == "unknown" and yesterday.conditions[0].close
    assert check(rule, "", [ask.format("前天")], citation=1, default_rule="any").verdict == "not_met"  # over a day


def test_share_given_as_a_part_said_among_a_count_before_it_and_asked_alone():
    # the rule counts its part after the figure (…百分之六十以上(含百分之六十)为城镇待业人员); the asker says the part is
    # among the count before it (招30个人，其中18个是持待业证明的) and asks about the share only
    items = ["(一)劳动就业服务企业开办时，从业人员中百分之六十以上(含百分之六十)为城镇待业人员；",
             "(二)劳动就业服务企业存续期间，根据当地就业安置任务和企业常年生产经营情况按一定比例安置城镇待业人员。",
             "本规定所称城镇待业人员，是指城镇居民中持有待业证明的未就过业的人员和曾就过业又失业的人员。"]
    heading = "前款所称承担安置城镇待业人员任务，是指："
    [share] = thresholds(items[0])
    assert share.raw.endswith("(含百分之六十)") and "城镇待业人员" in share.noun
    checks = check(items, heading, ["我们街道准备牵头开一家劳动就业服务企业，第一批招30个人，其中18个是持待业证明的，这个占比够不够？"],
                   citation=1)
    assert checks.verdict == "met" and checks.conditions[0].given == "18个/30个人=60%"
    short = check(items, heading, ["第一批招30个人，其中15个是持待业证明的，这个占比够不够？"], citation=1)
    assert short.verdict == "not_met"
    # a part not said to be what the rule counts after its figure is no share of it
    other = check(items, heading, ["第一批招30个人，其中18个是大学生，这个占比够不够？"], citation=1)
    assert other is None or other.conditions[0].given is None


def test_each_sexs_age_limit_is_read_for_the_askers_kin_and_not_chosen_by_a_shared_tail():
    # 且无养老金、退休金收入 is said once after the women's limit but binds both; 我爸 is a man, 我妈 a woman
    items = ["对男满六十周岁、女满五十周岁且无养老金、退休金收入，或者孤寡残疾、患有重大疾病的归侨，当地人民政府应当给予生活困难补助。"]
    father = check(items, "", ["我爸是归侨，今年62岁，没有养老金也没有退休金，他能申请生活困难补助吗？"], citation=1, default_rule="any")
    assert father.verdict == "met" and [c.verdict for c in father.conditions] == ["met", "not_met"]
    mother = check(items, "", ["我妈是归侨，今年55岁，没有养老金也没有退休金，她能申请生活困难补助吗？"], citation=1, default_rule="any")
    assert mother.verdict == "met" and [c.verdict for c in mother.conditions] == ["not_met", "met"]
    younger = check(items, "", ["我爸是归侨，今年55岁，没有养老金，他能申请吗？"], citation=1, default_rule="any")
    assert younger.verdict == "not_met"
    # another's wife (他老婆) says nothing of the sex of the one whose age is given
    limits = ["（一）属于零就业家庭成员的；", "（二）女满四十周岁以上、男满五十周岁以上的；", "（三）连续失业一年以上的；"]
    man = check(limits, "有下列情形之一的", ["准备招的一个北京男的，46岁，他老婆在上班，这种算吗？"], citation=1)
    women = next(c for c in man.conditions if c.text.startswith("女"))
    assert women.verdict == "not_met" and women.other_person


def test_a_bound_the_asker_puts_on_a_figure_they_also_give_exactly_is_not_their_figure():
    said = ["全厂员工850人，安全总监已经设了。老板觉得我们不到一千人就不用建安全生产委员会了，对吧？"]
    assert [f.quantity.raw for f in figures(said)] == ["850人"]
    assert [f.quantity.raw for f in figures(["我们不到一千人，不用建吧？"])] == ["不到一千人"]  # the bound alone is kept


def test_calendar_days_a_rule_bounds_are_checked_against_the_askers_day():
    # a written year makes a date (on or after, between two), none a day of every year (每年…前)
    after = ["对2025年1月1日以后登记的小型微利企业，自登记之日次月起减半征收。"]
    ask = "我们公司是{}登记的小型微利企业，能减半征收吗？"
    assert check(after, "", [ask.format("2025年2月20日")], citation=1, default_rule="any").verdict == "met"
    assert check(after, "", [ask.format("2024年12月3日")], citation=1, default_rule="any").verdict == "not_met"
    between = ["2020年1月1日至2022年12月31日备案的众创空间，免征房产税。"]
    assert check(between, "", ["我们众创空间2021年备案的，能免房产税吗？"], citation=1, default_rule="any").verdict == "met"
    # a month of a year with the bound inside it cannot tell which side it is
    assert check(between, "", ["我们众创空间是2022年12月备案的，能免吗？"], citation=1, default_rule="any").verdict == "met"
    edge = ["2020年1月1日至2022年12月15日备案的众创空间，免征房产税。"]
    assert check(edge, "", ["我们众创空间是2022年12月备案的，能免吗？"], citation=1, default_rule="any").verdict == "unknown"
    yearly = ["社会组织应当于每年5月31日前向登记管理机关报送上一年度工作报告。"]
    ask = "我们协会打算{}再报送上一年度工作报告，来得及吗？"
    assert check(yearly, "", [ask.format("6月10号")], citation=1, default_rule="any").verdict == "not_met"
    assert check(yearly, "", [ask.format("5月20日")], citation=1, default_rule="any").verdict == "met"
    # a day a text comes into force bounds nothing; a day the asker names only against a rule's day
    assert thresholds("本办法自2021年3月1日起施行。") == []
    assert figures(["我们2024年5月6日收到通知，能晚点交吗？"]) == []
    assert [f.quantity.dimension for f in figures(["我们2024年5月6日收到通知"], days=True)] == ["yearday", "date"]


def test_periods_apart_are_alternatives_and_a_day_another_measure_is_of_bounds_nothing():
    # cohorts by the day they were recognised: no day is in two of them, so being in one is enough
    cohorts = ["（三）2015年12月31日以前备案的众创空间，以及2016年1月1日至2020年12月31日备案的众创空间，自2021年1月1日起继续减征；"
               "2021年1月1日以后备案的众创空间，自备案之日次月起减征。"]
    (one,) = conditions(cohorts)
    assert one.either and [t.op for t in one.thresholds] == ["<=", ">=", "<=", ">="]  # 自2021年1月1日起: no bound
    for year, verdict in (("2014年", "met"), ("2018年", "met"), ("2022年3月", "met")):
        ask = f"我们众创空间是{year}备案的，能减征吗？"
        assert check(cohorts, "", [ask], citation=1, default_rule="any").verdict == verdict
    # the day an age or a span is reckoned to is no bound on a day of the asker's
    assert [t.dimension for t in thresholds("是指当年十二月三十一日以前年满十八至二十二岁的男性公民")] == ["age", "age"]
    assert [t.dimension for t in thresholds("2000年1月1日后中断使用3年以上的")] == ["months"]
    # a list of favours (享受下列优惠): each item its own provision, the one the asker's day bears on decides
    favours = ["（一）自用房产免征房产税；", "（二）应当单独核算孵化服务收入；", "（三）2024年1月1日以后认定的孵化器，自认定之日次月起享受。"]
    ask = ["我们孵化器2024年5月8日认定的，能享受吗？"]
    assert check(favours, "孵化器享受哪些政策优惠", ask, citation=1, whole=True).verdict == "met"
    assert check(favours, "孵化器应具备以下条件", ask, citation=1, whole=True).verdict == "unknown"


def test_english_hours_a_count_of_those_counted_and_the_one_limit_of_its_kind():
    assert [(q.raw, q.value) for q in english_quantities("the flight is now exactly one hour late")] == [("one hour", 1.0)]
    said = english_quantities("We have 120 registered voters and exactly 60 of them turned out to vote.")
    assert [(q.raw, q.value, q.unit) for q in said] == [("120 registered voters", 120, "voters"), ("60 of them", 60, "voters")]
    assert english_clock_span("We got the result at 2 pm and it's about 5 pm now").value == 3
    assert english_clock_span("from 11 p.m. to 1 a.m.").value == 2
    # four hours beside five working days: the asker's one span in hours is for the limit in hours
    rule = ["对检测结果有异议的，可以自收到检测结果之日起五个工作日内申请复检；采用快速检测方法的，可以自收到检测结果时起四小时内申请复检。"]
    ask = "The rapid test result came at {} and it's {} now. Can we still ask for a re-test?"
    assert check(rule, "", [ask.format("9 am", "noon, 12 pm")], citation=1, english=True, default_rule="any").verdict == "met"
    assert check(rule, "", [ask.format("9 am", "3 pm")], citation=1, english=True, default_rule="any").verdict == "not_met"


def test_a_case_the_asker_says_they_do_not_know_they_are_in_stays_unknown():
    rule = ["第十八条 保护区分为核心区、缓冲区和实验区。", "禁止在缓冲区开展旅游和生产经营活动。"]
    ask = "我们的地块在保护区里面，但管理处还没告诉我们是缓冲区还是实验区，能搞露营旅游吗？"
    found = check(rule, "", [ask], citation=1, default_rule="any")
    (c,) = found.conditions
    assert found.verdict == "unknown" and found.bearing and c.unsure and "缓冲区还是实验区" in c.given
    assert "您说还不清楚" in compose_checks(found, "zh")
    # …said after what is unknown too (有没有被判过刑我不太清楚); a polite 不知道能不能 is no doubt of a case
    cases = ["有下列情形之一的，不得担任法定代表人：", "（一）曾被判处有期徒刑以上刑罚的；", "（二）因犯罪曾被剥夺政治权利的。"]
    doubt = check(cases[1:], cases[0], ["他以前有没有被判过刑我不太清楚，能让他当法人吗？"], citation=1, whole=True)
    assert doubt.verdict == "unknown" and doubt.conditions[0].unsure
    assert check(rule, "", ["不知道我们能不能在实验区开展旅游？"], citation=1, default_rule="any") is None


def test_a_year_named_from_now_is_when_to_a_year_and_alone_is_one():
    rule = ["确认申请一般应当自行为发生之日起二年内提出。"]
    # 前年 with no month: 13 to 35 months ago, either side of two years
    assert check(rule, "", ["前年帮人追回了被抢的包，具体几月记不清了，现在还能申请确认吗？"], citation=1,
                 default_rule="any").verdict == "unknown"
    assert check(["企业成立满三年的，可以申请。"], "", ["我们公司去年成立的，可以申请吗？"], citation=1,
                 default_rule="any").verdict == "not_met"
    assert [f.quantity.raw for f in figures(["我们去年营收300万，前年200万"])] == ["300万", "200万"]  # no span beside figures
    # 自己一个人: one, not "a"
    assert check(["执法人员执行公务时，不得少于两人。"], "", ["我打算自己一个人去抽查，可以吗？"], citation=1,
                 default_rule="any").verdict == "not_met"


def test_a_most_before_the_act_it_bounds():
    assert [(t.op, t.value) for t in thresholds("每年最多可以续期两次")] == [("<=", 2)]
    assert thresholds("每一选民只能在一个选区登记") == []  # 只能在: where, no most
    assert thresholds("应当依照《浙江省保障“最多跑一次”改革规定》") == []  # a name in quotes
    rule = ["月度货物运输合同只能变更一次。"]
    again = check(rule, "", ["合同上个月已经变更过一次了，还能再变更一次吗？"], citation=1, default_rule="any")
    assert again.verdict == "not_met"


def test_a_notice_ahead_of_an_event_is_at_least_that_long_before_it():
    assert [(t.op, t.value) for t in thresholds("应当在出售前三个月通知承租人")] == [(">=", 3)]
    assert [(t.op, t.value) for t in thresholds("应当于会议召开15日以前通知全体业主")] == [(">=", 15)]
    assert [(t.op, t.value) for t in thresholds("应当在有效期届满前三十日内向原发证机关申请延续")] == [("<=", 30)]  # a window
    assert thresholds("企业前三年营业收入") == []
    rule = ["出租人出售租赁房屋的，应当在出售前三个月通知承租人。"]
    assert check(rule, "", ["我打算卖掉出租的房子，提前两个月通知租户，可以吗？"], citation=1, default_rule="any").verdict == "not_met"
    assert check(rule, "", ["我打算卖掉出租的房子，提前4个月通知租户，可以吗？"], citation=1, default_rule="any").verdict == "met"


def test_windows_of_the_day_a_rule_bans_or_allows():
    # a banned window: the asker's time outside it meets the rule; one wrapping round midnight too
    banned = ["每日十二时至十四时、二十一时至次日七时，禁止在居民楼内进行产生噪声的装修作业。"]
    ask = "我们想{}在家里装修砸墙，可以吗？"
    verdict = lambda when: check(banned, "", [ask.format(when)], citation=1, default_rule="any").verdict  # noqa: E731
    assert verdict("下午3点到6点") == "met"
    assert verdict("上午9点") == "met"
    assert verdict("中午1点") == "not_met"
    assert verdict("晚上10点到凌晨1点") == "not_met"
    assert verdict("早上六点半") == "not_met"
    assert verdict("晚上8点半") == "met"
    assert verdict("早上7点整") == "met"  # the last hour of a banned span: it is over
    assert verdict("晚上9点整") == "not_met"  # its first hour: it has begun
    # an allowed window: inside it meets the rule (晚上12点半 is past 24时)
    allowed = ["歌舞娱乐场所每日营业时间限于9时至24时。"]
    ask = "我们KTV想{}，行不行？"
    assert check(allowed, "", [ask.format("营业到晚上11点半")], citation=1, default_rule="any").verdict == "met"
    assert check(allowed, "", [ask.format("营业到晚上12点半")], citation=1, default_rule="any").verdict == "not_met"
    # English times of day
    english = check(banned, "", ["Can the workers start drilling at 7:30 every morning?"], citation=1,
                    default_rule="any", english=True)
    assert english.verdict == "met"
    # a window neither allowed nor banned in its sentence bounds nothing
    assert thresholds("会议于每日九时至十一时举行。") == []


def test_windows_of_the_year_a_rule_bans_wrapping_round_the_new_year():
    season = ["每年11月15日至次年3月15日为本县禁渔期，在此期间禁止在水库捕捞。"]
    ask = "我们渔业合作社想{}在水库下网捕鱼，可以吗？"
    verdict = lambda when, **kw: check(season, "", [ask.format(when)], citation=1, default_rule="any", **kw).verdict  # noqa: E731
    assert verdict("1月份") == "not_met"
    assert verdict("4月中旬") == "met"
    assert verdict("3月20号") == "met"
    assert verdict("3月份") == "unknown"  # which day of March is not said: the window ends on the 15th
    assert check(season, "", ["Can our co-op fish in the reservoir on December 2nd?"], citation=1, default_rule="any",
                 english=True).verdict == "not_met"
    # a month-only window of every year, and a dated one is no window of every year
    assert [t.op for t in thresholds("每年6月至8月为伏季休渔期。")] == ["<", ">"]
    assert [t for t in thresholds("2019年10月至2020年3月为试点期。") if t.dimension == "yearday"] == []


def test_a_list_of_things_a_rule_bans_and_the_askers_kind_among_cases_of_one_measure():
    # 禁止下列车辆…: a vehicle in none of the cases may go; one in a case may not
    banned = ["（一）设计最高时速低于六十公里的机动车；", "（二）总质量超过十吨的货车。"]
    lead = "禁止下列车辆进入城市高架道路："
    ask = "我的面包车设计最高时速{}，总质量2吨，能上高架吗？"
    assert check(banned, lead, [ask.format("80公里")], citation=1, whole=True).verdict == "met"
    assert check(banned, lead, [ask.format("50公里")], citation=1, whole=True).verdict == "not_met"
    # items of one list each a case of one measure for another kind: the asker's kind is the one checked
    kinds = ["（一）填海造地项目用海五公顷以上不满三十公顷的；", "（二）养殖、旅游等开放式项目用海一百公顷以上不满四百公顷的。"]
    lead = "下列项目用海，由市人民政府审批："
    got = check(kinds, lead, ["我们搞开放式的养殖，用海120公顷，归市里批吗？"], citation=1, whole=True)
    assert got.verdict == "met" and [c.item for c in got.conditions] == [1]
    # requirements of one measure are all checked
    both = ["（一）在孵企业不少于30家；", "（二）累计毕业企业不少于10家。"]
    got = check(both, "应当同时具备下列条件：", ["我们在孵企业有35家，能认定吗？"], citation=1, whole=True)
    assert len(got.conditions) == 2 and got.verdict == "unknown"


def test_a_sum_of_two_things_the_asker_names_each():
    rule = ["原住房面积与增加面积之和不足五十平方米的，按照五十平方米安置。"]
    got = check(rule, "", ["我家原住房42平，安置时增加面积给了12平，能按50平安置吗？"], citation=1, default_rule="any")
    assert got.conditions[0].given == "42平+12平" and got.verdict == "not_met"


def test_an_extension_said_as_its_time_a_month_to_a_year_and_two_bare_days_of_a_month():
    # 延长时间不得超过…: the limit may come to that much more, when the asker says it was extended
    rule = ["承办单位应当自交办之日起两个月内答复。情况复杂的，经批准可以延期，延长时间不得超过两个月。"]
    ask = "我们2月1日收到交办，{}，打算5月20日答复，行吗？"
    assert check(rule, "", [ask.format("已经批准延期了")], citation=1, default_rule="any").verdict == "met"
    # from a month of one year to a year the asker calls now: as many months as the now year's months may make
    ban = ["被吊销许可证的，其负责人自被吊销之日起三年内不得担任同类企业的负责人。"]
    ask = "我的店{}被吊销了许可证，现在2025年我能再当负责人吗？"
    assert check(ban, "", [ask.format("2021年5月")], citation=1, default_rule="any").verdict == "met"
    assert check(ban, "", [ask.format("2022年5月")], citation=1, default_rule="any").verdict == "unknown"
    assert check(ban, "", [ask.format("2023年5月")], citation=1, default_rule="any").verdict == "not_met"
    # two days of a month said without the month: the days between them, whichever is said first
    notice = ["图书馆因维修需要暂停开放的，应当提前十日向社会公告。"]
    ask = "我们图书馆打算{}，这样行吗？"
    assert check(notice, "", [ask.format("20号开始闭馆，5号就贴了公告")], citation=1, default_rule="any").verdict == "met"
    assert check(notice, "", [ask.format("12号闭馆，8号贴公告")], citation=1, default_rule="any").verdict == "not_met"
    assert elapsed("我们住3号楼，离1号线不远") is None


def test_a_speed_is_a_length_per_hour_and_a_weight_the_only_one_of_its_kind():
    limit = ["载货汽车在城市道路上行驶的最高时速不得超过60公里。"]
    assert [t.dimension for t in thresholds(limit[0])] == ["length/小时"]
    assert check(limit, "", ["我们货车在市区开到了每小时70公里，违规吗？"], citation=1, default_rule="any").verdict == "not_met"
    assert check(limit, "", ["我们的车时速55公里，跑了3万公里，行吗？"], citation=1, default_rule="any").verdict == "met"
    # a barred case by either of two measures: the asker's one weight is for its one weight limit
    banned = ["（一）长度超过二米或者重量超过二十五公斤的物品；", "（二）易燃易爆物品。"]
    got = check(banned, "禁止携带下列物品乘车：", ["箱子长1.2米，称了一下28公斤，能带上车吗？"], citation=1, whole=True)
    assert got.verdict == "not_met"


def test_a_formal_question_about_the_one_item_it_names_and_costs_of_one_kind():
    criteria = ["1.运营机构成立并实际运营12个月以上。",
                "2.综合性众创空间可自主支配面积不得低于500平方米。",
                "3.应提供会议室等公共办公场所。公共办公场所面积不低于众创空间总面积的15%。",
                "4.提供开放共享式办公场地、公共软件等基础服务。"]
    got = check(criteria, "申请省级众创空间应当具备下列条件：",
                ["我们众创空间总面积800平方米，其中公共办公场所合计150平方米，请问公共办公场所面积比例是否符合要求？"],
                citation=1, whole=True)
    assert got.asked_one and got.verdict == "met" and len(got.conditions) == 1
    # 救治费用 and 医疗费用 are costs both: the asker's sum is the one the rule bounds
    rule = ["医疗机构垫付医疗费用超过二十万元的，由县级人民政府财政暂付。"]
    got = check(rule, "", ["我们医院垫付了抢救费用共计18万元，能否由县财政暂付？"], citation=1, default_rule="any")
    assert got.conditions[0].given == "18万元" and got.verdict == "not_met"


def test_asking_whether_one_may_go_on_asks_about_the_one_limit_the_figure_settles():
    rule = ["（1）主要从事新技术研发。", "（2）入驻时成立时间不超过24个月。",
            "（3）孵化时限原则上不超过48个月。技术领域为生物医药的企业，孵化时限不超过60个月。"]
    got = check(rule, "在孵企业应当具备以下条件", ["我们做生物医药，已经孵了52个月，还能继续待吗？"], citation=1, whole=True)
    assert got.asked_one and got.verdict == "met"


def test_an_age_about_to_be_reached_is_just_under_it():
    youth = ["本条例所称青年创业者，是指不满三十五周岁的创业者。"]
    ask = lambda q: check(youth, "", [q], citation=1, default_rule="any").verdict  # noqa: E731
    assert ask("我下个月满35岁，还算青年创业者吗？") == "met"
    assert ask("我上个月刚满35岁，还算青年创业者吗？") == "not_met"
    adult = ["年满十八周岁的公民，可以登记为志愿者。"]
    ask = "我儿子5月20日满18周岁，志愿者登记日定在{}，他能登记吗？"
    assert check(adult, "", [ask.format("5月10日")], citation=1, default_rule="any").verdict == "not_met"
    assert check(adult, "", [ask.format("5月25日")], citation=1, default_rule="any").verdict == "met"


def test_an_english_ordinal_day_is_the_days_gone_by():
    refund = ["因设备故障未完成运输服务的，乘客可以在七日内办理退票手续。"]
    ask = "The train broke down on my trip. Today is the {} day since then. Can I still get a refund?"
    assert check(refund, "", [ask.format("sixth")], citation=1, default_rule="any", english=True).verdict == "met"
    assert check(refund, "", [ask.format("ninth")], citation=1, default_rule="any", english=True).verdict == "not_met"


def test_a_definition_of_night_and_a_question_whether_the_rule_requires_something():
    # the clause before the window names what it is (夜间，是指…): a banned time
    night = ["（三）夜间，是指晚上十点至次日早晨六点之间的期间，市人民政府可以另行规定夜间的起止时间；"]
    assert check(night, "", ["我们想每天干到晚上11点半"], citation=1, default_rule="any").verdict == "not_met"
    # asking whether a rule requires an item the asker says nothing of is no claim to meet it
    criteria = ["1.具有独立法人资格。", "2.运营时间满18个月。", "3.服务场地不低于500平方米。"]
    got = check(criteria, "申请国家备案众创空间应具备以下条件", ["我们场地600平，是否必须具备独立法人资格？"],
                citation=1, whole=True)
    assert not got.asked_one
    # the time since a past month is no time ahead of an expiry
    renew = ["权利人可以在备案有效期届满前6个月内申请续展备案。"]
    got = check(renew, "", ["我们2016年6月备案的，现在已经2026年了，能续展吗？"], citation=1, default_rule="any")
    assert got.verdict == "unknown" and not got.bearing
    # a status named in a question about the rule is not said of the asker's own
    got = check(criteria, "申请国家备案众创空间应具备以下条件", ["运营机构是否必须具备独立法人资格？"], citation=1, whole=True)
    assert not got or not got.bearing
    # …nor is a status a question asks the rule to require, in any words (要满足…的要求吗; 判断商标是否近似)
    incubatee = ["（1）主要从事新技术研发，应满足科技型中小企业相关要求。", "（2）入驻时成立时间不超过24个月。"]
    assert check(incubatee, "在孵企业应当具备以下条件", ["在孵企业要满足科技型中小企业的要求吗？"], citation=1, whole=True) is None
    similar = ["判断商标是否近似，应当考虑请求保护注册商标的显著性和知名度。"]
    assert check(similar, "", ["法院判断两个商标是否相同或者近似时，遵循哪些比对原则？"], citation=1, default_rule="any") is None


def test_a_share_named_by_an_act_from_the_count_that_did_it_among_the_whole():
    rule = ["旧住房成套改造和拆除重建的，签约比例达到百分之九十五以上的，协议方可生效。"]
    among = check(rule, "", ["我们是公房拆除重建项目的产权单位，200户承租人里已经签了188户，协议可以生效了吗？"], citation=1,
                  default_rule="any")
    assert among is not None and among.verdict == "not_met" and among.conditions[0].given == "188户/200户=94%"
    total = check(rule, "", ["调整协议一共40户，已经签了38户，协议能生效了吧？"], citation=1, default_rule="any")
    assert total is not None and total.verdict == "met" and total.conditions[0].given == "38户/40户=95%"
    # a count of another act is no part of the signing share
    other = check(rule, "", ["一共40户，已经搬走了38户，协议能生效了吧？"], citation=1, default_rule="any")
    assert other is None or other.verdict == "unknown"


def test_a_bound_set_by_another_amount_the_asker_gives_after_a_comma():
    # 人均年收入，不低于上一年度…平均工资: the asker's pay against the average they give, in Chinese and in English
    pay = ["县级以上人民政府应当采取措施，逐步改善和提高幼儿园劳动合同制教师、保育员的工资待遇。"
           "幼儿园劳动合同制教师人均年收入，不低于上一年度所在地全社会单位在岗职工年平均工资。"]
    low = check(pay, "", ["我们幼儿园合同制老师人均年收入7.8万，当地去年在岗职工年平均工资8.2万，达标吗？"], citation=1,
                default_rule="any")
    assert low is not None and low.verdict == "not_met" and low.conditions[0].given == "7.8万/8.2万"
    high = check(pay, "", ["我们幼儿园合同制老师人均年收入9万，当地去年在岗职工年平均工资8.2万，达标吗？"], citation=1,
                 default_rule="any")
    assert high is not None and high.verdict == "met"


def test_a_notice_ahead_of_an_event_to_be_done_at_an_office_and_english_dates_between():
    renew = ["安全生产许可证有效期满需要延期的，企业应当于期满前3个月向原安全生产许可证颁发管理机关办理延期手续。"]
    late = check(renew, "", ["我们的安全生产许可证2025年3月31日到期，打算2025年2月15日申请延期，来得及吗？"], citation=1,
                 default_rule="any")
    assert late is not None and late.verdict == "not_met"
    early = check(renew, "", ["我们的安全生产许可证2025年3月31日到期，打算2024年12月15日申请延期，来得及吗？"], citation=1,
                  default_rule="any")
    assert early is not None and early.verdict == "met"
    english = check(renew, "", ["Our work safety licence expires on 31 March 2025. We plan to file for the extension on "
                                "15 February 2025. Is that in time?"], citation=1, default_rule="any", english=True)
    assert english is not None and english.verdict == "not_met"
    report = ["建筑垃圾消纳场达到设计容量的，运营单位应当在停止消纳三十日前书面报告所在地县级人民政府建筑垃圾主管部门。"]
    on_time = check(report, "", ["We will stop accepting waste on 15 October, and we gave the county a written report on "
                                 "10 September. Were we early enough?"], citation=1, default_rule="any", english=True)
    assert on_time is not None and on_time.verdict == "met"
    assert asks_whether("We reported on 1 October. Was that early enough?", True)


def test_an_english_share_from_a_part_said_of_its_whole():
    vote = ["选区全体选民的过半数参加投票，选举有效。"]
    half = check(vote, "", ["We have 120 registered voters and exactly 60 of them turned out to vote. Is the election valid?"],
                 citation=1, default_rule="any", english=True)
    assert half is not None and half.verdict == "not_met" and "=50%" in half.conditions[0].given
    staff = ["劳动就业服务企业开办时，从业人员中百分之六十以上(含百分之六十)为城镇待业人员"]
    of_our = check(staff, "", ["Of our 50 founding staff, 25 hold certificates showing they are registered as job-waiting. "
                               "Does that meet the share?"], citation=1, default_rule="any", english=True)
    assert of_our is not None and of_our.verdict == "not_met"
    out_of = check(staff, "", ["35 out of our 50 staff are registered job-waiting. Does that meet the share?"],
                   citation=1, default_rule="any", english=True)
    assert out_of is not None and out_of.verdict == "met" and "=70%" in out_of.conditions[0].given
    # several shares in one list: the English words cannot say which one the part is of
    criteria = ["（1）在孵企业使用面积占场地总面积的70%以上。", "（2）专利企业占在孵企业总数的50%以上。"]
    many = check(criteria, "应具备以下条件", ["22 firms are incubated and 8 of them have filed patents. Do we qualify?"],
                 citation=1, whole=True, english=True)
    assert many is None or all(c.given is None for c in many.conditions if "面积" in c.text)


def test_days_of_the_month_and_times_of_day_said_from_today_in_english_and_chinese():
    fund = ["单位应当于每月发放职工工资之日起5日内将单位缴存的住房公积金汇缴到住房公积金专户内。"]
    got = check(fund, "", ["Payday is the 10th of each month, and we transfer the housing fund contributions on the 14th. "
                           "Are we within the deadline?"], citation=1, default_rule="any", english=True)
    assert got is not None and got.verdict == "met" and got.conditions[0].given == "the 10th to the 14th"
    report = ["危险货物港口作业的经营人应当在作业开始二十四小时前，将作业时间等事项向所在地港口行政管理部门报告。"]
    english = check(report, "", ["Loading is scheduled to start tomorrow at 9:00 a.m., and we filed the report today at "
                                 "10:00 a.m. Did we report early enough?"], citation=1, default_rule="any", english=True)
    assert english is not None and english.verdict == "not_met"
    assert english.conditions[0].given == "tomorrow 9:00 a.m. to today 10:00 a.m."
    late = check(report, "", ["危险货物装卸作业定在明天上午9点开始，我们今天上午10点报告了，来得及吗？"], citation=1,
                 default_rule="any")
    assert late is not None and late.verdict == "not_met"
    early = check(report, "", ["作业定在明天上午9点开始，我们昨天下午3点就报告了，来得及吗？"], citation=1, default_rule="any")
    assert early is not None and early.verdict == "met"
    assert english_clock_span("We got the result at 2 pm and it is about 5 pm now.").value == 3.0


def test_a_rules_one_limit_in_days_takes_the_askers_one_figure_in_days():
    metro = ["轨道交通经营单位对冒用他人优惠乘车证件乘车的，可以加收线网最高票价五倍的票款。",
             "轨道交通经营单位因故障、意外事件等原因未完成运输服务的，乘客可以在七日内办理退票手续。"]
    got = check(metro, "", ["青岛地铁出故障我没坐完，已经过了6天了，还能退票吗？"], citation=1, default_rule="any")
    assert got is not None and got.verdict == "met"
    assert next(c for c in got.conditions if "七日" in c.text).given == "6天"


def test_a_case_above_a_multiple_of_another_amount_the_asker_gives():
    # 月工资高于…月平均工资三倍的: the asker's pay (月薪, in their own word) against three times the average they give
    cap = ["劳动者月工资高于用人单位所在直辖市、设区的市级人民政府公布的本地区上年度职工月平均工资三倍的，"
           "向其支付经济补偿的标准按职工月平均工资三倍的数额支付。"]
    above = check(cap, "", ["我们CTO月薪4.5万，本市去年职工月平均工资1.2万，辞退他补偿要按三倍封顶吗？"], citation=1,
                  default_rule="any")
    assert above is not None and above.verdict == "met" and above.conditions[0].given == "4.5万/(1.2万×三倍)"
    below = check(cap, "", ["我们CTO月薪3万，本市去年职工月平均工资1.2万，辞退他补偿要按三倍封顶吗？"], citation=1,
                  default_rule="any")
    assert below is not None and below.verdict == "not_met"


def test_a_time_of_day_said_with_its_day_in_one_word():
    assert clock_span(fold("计划明天早上6点驶入保护水域，今晚8点才向海事报告")).value == 10.0
    assert clock_span(fold("今晚8点到明早6点施工")).value == 10.0
    assert clock_span(fold("头天晚上8点才通知，第二天早上8点就停了")).value == 12.0


def test_a_duty_done_once_in_every_so_long_bounds_the_time_since_the_last():
    report = ["单采血浆站应当每半年向所在地的县级人民政府卫生行政部门报告有关原料血浆采集情况。"]
    due = check(report, "", ["我们上一次向县卫生局报告原料血浆采集情况是去年11月，现在是今年4月，还没到下次必须报告的时候吧？"],
                citation=1, default_rule="any")
    assert due is not None and due.verdict == "met" and due.conditions[0].given == "去年11月到今年4月"
    late = check(report, "", ["我们上一次报告是去年8月，现在是今年4月，还没到下次必须报告的时候吧？"], citation=1,
                 default_rule="any")
    assert late is not None and late.verdict == "not_met"
    # a date of every year is no interval (每年3月31日前报送)
    assert not [t for t in thresholds("每年3月31日前报送上一年度的统计报表") if t.op == "<=" and t.dimension == "months"]


def test_months_said_later_first_and_a_share_to_be_handed_over():
    # 明年6月到期，现在是今年11月: seven months ahead of the expiry, later month said first
    renew = ["企业应当在生产许可证有效期届满6个月前，向原发证机关提出换证申请。"]
    ahead = check(renew, "", ["生产许可证明年6月到期，现在是今年11月，现在去提换证申请还算按时吗？"], citation=1,
                  default_rule="any")
    assert ahead is not None and ahead.verdict == "met" and ahead.conditions[0].given == "今年11月到明年6月"
    late = check(renew, "", ["生产许可证明年3月到期，现在是今年11月，现在去提换证申请还算按时吗？"], citation=1,
                 default_rule="any")
    assert late is not None and late.verdict == "not_met"
    # 按照…的2%拨交: the least the payer hands over, shown to a decimal where rounding would hide the side
    dues = ["外商投资企业应当每月按照企业职工实发工资总额的2%拨交工会经费。"]
    short = check(dues, "", ["我们每月职工实发工资总额120万，现在每月给工会拨1.8万，合规吗？"], citation=1, default_rule="any")
    assert short is not None and short.verdict == "not_met" and short.conditions[0].given == "1.8万/120万=1.5%"
    enough = check(dues, "", ["我们每月职工实发工资总额120万，现在每月给工会拨2.5万，合规吗？"], citation=1, default_rule="any")
    assert enough is not None and enough.verdict == "met"


def test_a_whole_then_the_part_it_has_and_a_share_of_the_whole_named_after_zhan():
    heat = ["申请用热户数达到总户数百分之五十以上的，供热企业应当供热。"]
    got = check(heat, "", ["供热公司说人数不够不给供，我们小区120户有60户申请用热，他们是不是必须供？"], citation=1,
                default_rule="any")
    assert got is not None and got.verdict == "met" and got.conditions[0].given == "60户/120户=50%"
    forest = ["林业用地面积占土地总面积百分之五十以上的县，为林区县。"]
    assert thresholds(forest[0])[0].base == "土地总面积"
    area = check(forest, "", ["我們縣土地總面積1800平方公里，林業用地有920平方公里，夠不夠劃成林區縣？"], citation=1,
                 default_rule="any")
    assert area is not None and area.verdict == "met" and area.conditions[0].given == "920平方公里/1800平方公里=51.1%"


def test_a_time_said_before_the_event_and_a_month_against_a_day_of_a_written_year():
    filing = ["应当制定土壤污染防治工作方案，并在拆除活动十五个工作日前报所在地人民政府生态环境主管部门备案。"]
    short = check(filing, "", ["工作方案拟于拆除活动开始前8个工作日报生态环境部门备案，是否符合规定？"], citation=1,
                  default_rule="any")
    assert short is not None and short.verdict == "not_met" and short.conditions[0].given == "8个工作日"
    renew = ["土地使用权期间届满，土地使用者需要继续使用土地的，应当至迟于届满前一年申请续期。"]
    late = check(renew, "", ["土地使用年限将于2026年6月30日届满，公司拟于2026年1月提出续期申请，时间上符合要求吗？"],
                 citation=1, default_rule="any")
    assert late is not None and late.verdict == "not_met" and late.conditions[0].given == "2026年1月到2026年6月30日"
    early = check(renew, "", ["土地使用年限将于2026年6月30日届满，公司拟于2025年3月提出续期申请，时间上符合要求吗？"],
                  citation=1, default_rule="any")
    assert early is not None and early.verdict == "met"


def test_a_zone_named_before_its_ban_bars_whatever_lies_that_near():
    road = ["在大中型公路桥梁和渡口周围二百米、公路隧道上方和洞口外一百米范围内，以及在公路两侧一定距离内，不得挖砂、采石、"
            "取土、倾倒废弃物，不得进行爆破作业及其他危及公路、公路桥梁、公路隧道、公路渡口安全的活动。"]
    inside = check(road, "", ["我们工地在高速公路隧道洞口外大概80米的位置，要做一次爆破作业，这样合法吗？"], citation=1,
                   default_rule="any")
    assert inside is not None and inside.verdict == "not_met"
    outside = check(road, "", ["我们工地在高速公路隧道洞口外大概150米的位置，要做一次爆破作业，这样合法吗？"], citation=1,
                    default_rule="any")
    assert outside is not None and outside.verdict == "met"


def test_a_thing_not_done_within_its_window_lapses_past_it():
    permit = ["取得建设工程规划许可证之日起二年内未依法进行施工建设，且未经批准延期的，建设工程规划许可证失效。"]
    lapsed = check(permit, "", ["我们公司2022年6月10日拿到了建设工程规划许可证，一直没动工，打算2024年7月开工，这个证还有效吗？"],
                   citation=1, default_rule="any")
    assert lapsed is not None and lapsed.verdict == "not_met" and lapsed.conditions[0].given == "2022年6月10日到2024年7月"
    valid = check(permit, "", ["我们公司2022年6月10日拿到了建设工程规划许可证，一直没动工，打算2023年7月开工，这个证还有效吗？"],
                  citation=1, default_rule="any")
    assert valid is not None and valid.verdict == "met"


def test_a_count_right_after_a_whole_of_another_kind_is_no_part_of_it():
    staff = ["专业孵化服务人员占机构总人数的50%以上。"]
    got = check(staff, "", ["我们员工45人，有8项发明专利，够吗？"], citation=1, default_rule="any")
    assert got is None or all("8项/45人" not in (c.given or "") for c in got.conditions)


def test_english_sums_with_the_currency_after_and_a_part_out_of_a_whole_with_words_between():
    assert [(q.raw, q.value) for q in english_quantities("we were fined 30,000 RMB")] == [("30,000 RMB", 3.0)]
    staff = ["劳动就业服务企业开办时，从业人员中百分之六十以上(含百分之六十)为城镇待业人员"]
    got = check(staff, "", ["25 people out of 50 employees are registered job-waiting. Does that meet the share?"],
                citation=1, default_rule="any", english=True)
    assert got is not None and got.verdict == "not_met" and got.conditions[0].given == "25 people/50 employees=50%"


def test_a_time_limit_is_told_an_asker_who_names_the_act_done_in_it_without_a_date():
    recheck = ["对检验结果有异议的，可以自接到检验结果之日起十五日内，向实施监督抽查的质量技术监督部门申请复检。"]
    got = check(recheck, "", ["质监部门上个月抽检说我们产品不合格，我们不服想申请复检，现在还来得及吗？"], citation=1,
                default_rule="any")
    assert got is not None and got.verdict == "unknown" and not got.bearing
    assert "十五日内" in got.conditions[0].text


def test_grades_of_a_named_scale_and_star_ratings_are_quantities():
    assert [(q.raw, q.dimension) for q in quantities(fold("森林火险等级在三级以下"))] == [("三级", "grade")]
    assert [(q.raw, q.dimension) for q in quantities(fold("二星级以上绿色建筑"))] == [("二星级", "stars")]
    assert quantities(fold("一级保护区")) == [] and quantities(fold("专业技术十二级")) == []
    fire = ["森林防火期内，因特殊情况需要野外用火的，应当经县级人民政府批准；森林火险等级在三级以下，方可用火。"]
    low = check(fire, "", ["已经拿到用火许可，当天火险等级三级，有专人看护，可以用火吗？"], citation=1, default_rule="any")
    assert low is not None and low.verdict == "met"
    high = check(fire, "", ["已经拿到用火许可，当天火险等级四级，有专人看护，可以用火吗？"], citation=1, default_rule="any")
    assert high is not None and high.verdict == "not_met"
    # a building's storeys, half a storey too (两层半 against 二层及二层以上)
    storeys = ["农村村民建设二层及二层以上楼房住宅的，应当委托具有相应资质的设计单位设计。"]
    got = check(storeys, "", ["我想在老家村里盖一栋两层半的自住楼房，能不能不找有资质的设计单位，自己画图纸就盖？"],
                citation=1, default_rule="any")
    assert got is not None and got.verdict == "not_met" and got.conditions[0].given == "两层半"


def test_a_registered_capital_said_to_be_a_sum_is_the_least_one():
    capital = ["金融资产管理公司的注册资本为人民币100亿元，由财政部核拨。"]
    assert [(t.op, t.value) for t in thresholds(capital[0])] == [(">=", 1000000.0)]
    short = check(capital, "", ["要设一家金融资产管理公司，注册资本打算先放80亿，够不够？"], citation=1, default_rule="any")
    assert short is not None and short.verdict == "not_met"


def test_a_limit_that_may_be_extended_to_a_total_is_unknown_between():
    hold = ["暂扣的期限不得超过七日；情况复杂的，经本机关负责人批准，可以延长到三十日。"]
    between = check(hold, "", ["林业站把木材暂扣了，到今天已经12天了，也没跟我们说有没有批准延长。这合法吗？"], citation=1,
                    default_rule="any")
    assert between is not None and between.verdict == "unknown"
    past = check(hold, "", ["林业站把木材暂扣了，到今天已经35天了，这合法吗？"], citation=1, default_rule="any")
    assert past is not None and past.verdict == "not_met"


def test_a_figure_said_as_two_neighbouring_digits_is_either():
    sign = ["施工单位应当在距来车方向不少于八十米的地点设置施工或者警示标志。"]
    either = check(sign, "", ["我们夜里施工，警示标志放在来车方向七八十米的位置，够不够？"], citation=1, default_rule="any")
    assert either is not None and either.verdict == "unknown"
    both = check(sign, "", ["我们夜里施工，警示标志放在来车方向八九十米的位置，够不够？"], citation=1, default_rule="any")
    assert both is not None and both.verdict == "met"
    fine = ["拒不改正的，处二百元以下罚款。"]  # 两三百块: 200 or 300 (两 for 二)
    assert check(fine, "", ["我装了地锁没改，说要罚我两三百块，这个数额合规吗"], citation=1).verdict == "unknown"


def test_a_guess_that_is_the_limit_itself_is_unknown():
    mark = ["禁止在航标周围二十米的范围内设置妨碍航标功能的设施。"]
    guess = check(mark, "", ["我们想在航标旁边立一块指示牌，离航标大概二十米左右吧，没量过，这样可以吗？"], citation=1,
                  default_rule="any")
    assert guess is not None and guess.verdict == "unknown"
    said = check(mark, "", ["我们想在航标旁边立一块指示牌，离航标二十米，这样可以吗？"], citation=1, default_rule="any")
    assert said is not None and said.verdict == "not_met"


def test_a_day_of_last_month_to_a_day_of_this_one():
    review = ["公民、法人或者其他组织认为具体行政行为侵犯其合法权益的，可以自知道该具体行政行为之日起六十日内提出行政复议申请。"]
    got = check(review, "", ["处罚决定是上个月1号收到的，今天是这个月25号，现在申请复议还来得及吗？"], citation=1,
                default_rule="any")
    assert got is not None and got.verdict == "met" and got.conditions[0].given == "上个月1号到今天是这个月25号"


def test_an_english_sum_said_two_years_ago_is_that_years_and_no_time_of_the_askers():
    graduate = ["（1）经国家备案通过的高新技术企业；", "（2）累计获得天使投资或风险投资超过500万元；",
                "（3）连续2年营业收入累计超过1000万元；", "（4）被兼并、收购或在国内外资本市场挂牌、上市。"]
    asked = ("We're a startup in a national-level tech incubator in Gansu. Our revenue was RMB 4.5 million two years ago "
             "and RMB 6 million last year. Do we qualify to graduate from the national incubator?")
    assert [f.quantity.raw for f in figures([asked], True)] == ["4.5 million", "6 million"]
    got = check(graduate, "企业从国家级科技企业孵化器毕业应至少符合下列条件中的一项", [asked], citation=1, english=True,
                whole=True, gloss=lambda words: ("营业收入",) if "revenue" in words.lower() else ())
    assert got is not None and got.verdict == "met"
    assert next(c for c in got.conditions if "营业收入" in c.text).given == "4.5 million+6 million"
    # over the last two years adds up to: the span of a sum, which the sum's own words say it is
    summed = ("We have raised RMB 4.5 million of angel money so far, and our revenue over the last two years adds up to "
              "about RMB 9 million. Do we meet the criteria to graduate?")
    [angel, revenue] = figures([summed], True)
    assert (angel.quantity.raw, revenue.quantity.raw, revenue.cumulative) == ("4.5 million", "9 million", True)


def test_an_english_time_between_two_days_is_for_a_limit_its_words_name():
    items = ["众创空间主要服务于大众创新创业者，其中主要包括以技术创新、商业模式创新为特征的创业团队。入驻时限一般不超过24个月。"]
    said = "We got our permit on 1 October and filed on 10 October. Was that early enough?"
    gloss = lambda text: ("许可证", "申报") if "permit" in text else ()
    found = check(items, "", [said], citation=1, english=True, gloss=gloss)
    assert found is None or all(c.given is None for c in found.conditions)  # two events of theirs, no stay of the rule's
    stay = "We moved into the maker space on 1 October 2023 and are still there on 10 October 2024. Is that within the limit?"
    found = check(items, "", [stay], citation=1, english=True, gloss=lambda text: ("入驻", "众创空间") if "moved" in text else ())
    assert found.verdict == "met" and found.conditions[0].given


def test_wei_typed_for_its_sound_after_a_number_counts_people():
    from service.quantities import quantities
    assert [(q.raw, q.dimension, q.value) for q in quantities("开会期间我们12为代表联名")] == [("12为", "count", 12.0)]
    assert [q.raw for q in quantities("以三年为一个周期")] == ["三年", "一个"]  # 为 of a sentence stays
    joint = check(["省人民代表大会举行会议的时候，代表十人以上联名，可以书面提出对省人民政府及其所属部门的质询案。"], "",
                  ["开会期间我们12为代表联名，想书面提出质询案，人数符合要球吗？"], citation=1)
    assert joint.verdict == "met" and joint.conditions[0].given == "12为"


def test_a_bound_after_a_pause_mark_takes_none_of_the_next_bounds_words():
    items = ["（二）内河准七级航道，是指通航船舶不超过五十吨级，航道水深不小于一点五米、底宽不小于十二米，桥梁等跨航道建筑物净空高度不小于三点五米的内河航道。"]
    said = "我们县里这条内河航道，通航的船最大40吨级，常年水深1.6米，但底宽只有10米左右，能算准七级航道吗？"
    found = {c.text: c.given for c in check(items, "", [said], citation=1, default_rule="any").conditions}
    assert found["航道水深不小于一点五米"] == "1.6米" and found["底宽不小于十二米"] == "10米"  # not 10米 for 水深


def test_a_word_typed_for_a_list_word_of_its_sound_is_mended_where_the_list_goes_on_as_the_asker_does():
    items = ["运营主体成立并实际运营12个月以上。入驻的小微企业不少于10个、入驻的创业团队不少于15个。"]
    said = "我们是专业化众创空间，运营14个月，入住小微企业12个、创业团对18个，能申报吗？"
    found = {c.text: c.given for c in check(items, "", [said], citation=1, default_rule="all").conditions}
    assert found["入驻的小微企业不少于10个"] == "12个"  # 入住 (a word) for 入驻, confirmed by 小微企业 after both
    rooms = "我们酒店入住率80%，能申报吗？"  # 入住 of a hotel: nothing after it the list has after 入驻
    from service.eligibility import _mended
    assert _mended([rooms], items) == [rooms]


def test_of_a_list_of_duties_only_those_the_askers_facts_bear_on_are_shown():
    items = ["（一）按照规定设置电梯安全管理机构或者配备安全管理人员；", "（二）建立安全管理制度和安全技术档案；",
             "（八）对公众聚集场所、住宅小区使用的电梯进行实时监控，监控数据保存不少于三十日；",
             "（九）发生电梯困人故障时，立即通知电梯维护保养单位，并配合实施救援工作；"]
    heading = "第十二条 电梯管理责任人应当对电梯日常使用安全负责，履行下列义务："
    found = check(items, heading, ["电梯里的监控录像硬盘只够存15天就覆盖了，这样合规吗？"], citation=1)
    assert found.verdict == "not_met" and [(c.text, c.given) for c in found.conditions] == [("监控数据保存不少于三十日", "15天")]


def test_an_english_figure_goes_to_bands_of_one_measure_named_alike_in_each():
    from service.quantities import english_quantities
    assert [(q.raw, q.value) for q in english_quantities("Our foundation pit will be 12 m deep.")] == [("12 m", 12.0)]
    assert english_quantities("revenue of 5m last year") == []  # m is metres only before a word of extent
    assert [(q.raw, q.dimension) for q in english_quantities("a 3,000-tonne wharf")] == [("3,000-tonne", "weight")]
    items = ["在地面沉降易发区内进行基坑开挖深度七米以上的建设工程，应当将地面沉降危险性评估作为主要内容。",
             "基坑开挖深度七米以上不足十五米的，可以直接采用分区地面沉降危险性评估报告。基坑开挖深度十五米以上的，应当委托评估单位进行评估。"]
    said = "Our foundation pit in the subsidence-prone area will be 12 m deep. Can we simply use the district report?"
    found = check(items, "", [said], citation=1, english=True, default_rule="any")
    assert found.verdict == "met" and "基坑开挖深度七米以上不足十五米的" in [c.text for c in found.conditions if c.given == "12 m"]


def test_a_time_counted_from_the_event_the_asker_names_is_theirs_in_an_item_of_two():
    # one item holds two limits (使用登记 三十日, 变更登记 十日); the asker's change of 使用单位 is counted by the second
    duties = ["电梯使用单位应当履行下列义务：",
              "（一）建立电梯安全管理制度和安全技术档案；",
              "（二）在电梯投入使用前或者投入使用后三十日内向特种设备安全监督管理部门办理使用登记。电梯使用单位变更的，"
              "自变更之日起十日内办理变更登记；"]
    turns = ["我们物业公司2023年5月8日接手了一个小区，电梯的使用单位从开发商变成了我们。",
             "我们是5月25号去特种设备部门办的变更登记，这个时间合规吗？"]
    got = check(duties[1:], duties[0], turns, citation=1, whole=True)
    assert [(c.text, c.verdict) for c in got.conditions if c.given] == [("自变更之日起十日内办理变更登记", "not_met")]


def test_a_vague_round_amount_is_no_figure():
    # 几千块 says no amount: against 五百元以上三千元以下 it settles nothing, and the limits are what to tell the asker
    assert quantities("罚几千块，二十几个人") and all(q.raw != "千块" for q in quantities("罚几千块，二十几个人"))
    rule = ["前款规定的公共场所的经营管理单位对违反规定的吸烟行为不予劝阻、制止的，由卫生健康主管部门予以警告，"
            "处五百元以上三千元以下罚款。"]
    got = check(rule, "", ["上周有顾客在包间里抽烟，服务员没去劝阻。", "卫健部门说还要罚几千块，这个罚款在规定范围内吗？"],
                citation=1)
    assert got.verdict == "unknown" and got.conditions[0].given is None


def test_people_counted_with_ge_ren_are_no_share_of_patents():
    # 35个人 counts people: 8项 patents are no share of it
    assert [(q.raw, q.unit) for q in quantities("团队35个人，手上有8项发明专利")] == [("35个人", "个人"), ("8项", "项")]
    staff = ["专业孵化服务人员占机构总人数80%以上；"]
    got = check(staff, "", ["我们团队35个人，手上有8项发明专利，够吗？"], citation=1)
    assert got is None or all(c.given is None for c in got.conditions)


def test_the_askers_one_age_is_for_every_band_of_age_of_a_list():
    # 七十周岁以上的 shares no word with 上个月刚满70岁, but another band of the list took the age: it is theirs too
    items = ["（一）已满十四周岁不满十六周岁的；", "（三）七十周岁以上的；", "（四）孕妇或者正在哺乳自己婴儿的妇女。"]
    got = check(items, "有下列情形之一的，不执行行政拘留：", ["我父亲上个月刚满70岁，会不会不执行拘留？"], citation=1, whole=True)
    assert [(c.given, c.verdict) for c in got.conditions][:2] == [("70岁", "not_met"), ("70岁", "met")]
    assert got.verdict == "met"


def test_two_days_of_the_week_span_the_days_between():
    from service.quantities import weekday_span

    assert weekday_span("上周一我投诉了，周三就打电话说转过去了").value == 2
    assert weekday_span("周五报的，周一才回").value == 3  # the next week's
    assert weekday_span("上周五申请，这周二受理").value == 4
    assert weekday_span("每周一次，周三开会") is None and weekday_span("三周一次，周五开会") is None
    rule = ["旅游行政管理部门应当在五个工作日内转交有关部门处理。"]
    got = check(rule, "", ["上周一我投诉了一家民宿，周三旅游局就说已经转过去了。这个转交速度合规吗？"], citation=1)
    assert (got.conditions[0].given, got.verdict) == ("上周一到周三", "met")


def test_a_fine_set_as_a_share_of_the_construction_cost_is_checked_as_a_share():
    rule = ["（二）影响村镇规划，尚可采取改正措施的，责令限期改正，可并处以土建工程造价百分之二至百分之四的罚款。"]
    got = check(rule, "", ["厂房没按规划审批就盖了，土建工程造价200万，结果罚了10万，这罚款是不是超标了？"], citation=1)
    assert got.verdict == "not_met" and got.conditions[0].given == "10万/200万=5%"
    got = check(rule, "", ["厂房没按规划审批就盖了，土建工程造价200万，结果罚了6万，这罚款是不是超标了？"], citation=1)
    assert got.verdict == "met"


def test_a_share_in_thousandths_is_a_share():
    assert [(q.raw, round(q.value, 2), q.dimension) for q in quantities("千分之二的比例")] == [("千分之二", 0.2, "percent")]
    rule = ["用于职工教育的经费不得低于工资总额的千分之五。"]
    assert check(rule, "", ["我们工资总额1000万，职工教育经费只提了3万，达标吗？"], citation=1).verdict == "not_met"


def test_a_limit_each_of_several_things_must_keep_is_decided_by_the_one_nearest_failing():
    rule = ["新建住宅小区应当按照单处面积不少于三十平方米的标准建设居家养老服务用房。"]
    got = check(rule, "", ["小区总建筑面积10万平方米，规划养老服务用房两处，套内建筑面积分别为150平方米和25平方米，符合吗？"],
                citation=1)
    assert (got.conditions[0].given, got.verdict) == ("25平方米", "not_met")  # not the 10万平方米 of the whole
    got = check(rule, "", ["规划养老服务用房两处，面积分别为40平方米和35平方米，符合吗？"], citation=1)
    assert (got.conditions[0].given, got.verdict) == ("35平方米", "met")


def test_every_year_of_consecutive_years_must_pass_unless_the_rule_sums_them():
    rule = ["（一）连续两年用能超过标准约束值百分之八十的；"]
    said = "2023年度用能超过标准约束值百分之九十，2024年度超过标准约束值百分之{}。属于吗？"
    got = check(rule, "", [said.format("七十五")], citation=1)
    assert (got.conditions[0].given, got.verdict) == ("百分之七十五", "not_met")  # the second year falls short
    assert check(rule, "", [said.format("八十五")], citation=1).verdict == "met"
    summed = ["连续2年营业收入累计超过500万元"]
    assert check(summed, "", ["前年营收260万，去年250万，能毕业吗？"], citation=1).conditions[0].given == "260万+250万"


def test_a_count_of_other_things_after_a_bare_ge_is_no_count_of_people():
    rule = ["集中式饮用水水源地，是指通过输配水管网集中提供饮用水，且供水人口在一千人以上的在用、备用和规划水源地。"]
    villages = check(rule, "", ["这个水源给附近三个村供水，算集中式还是分散式？"], citation=1, default_rule="any")
    assert villages is None or villages.verdict == "unknown"  # three villages say nothing of a thousand people
    people = check(rule, "", ["这个水源给附近800个人供水，算集中式吗？"], citation=1, default_rule="any")
    assert people.verdict == "not_met"


def test_a_distance_from_another_place_than_the_rules_is_none_of_its_distance():
    rule = ["不得在中小学校园周边200米内开设互联网服务营业场所、电子游戏营业场所。"]
    nursery = check(rule, "", ["想开一家网吧，铺面离一个幼儿园只有120米，离最近的中小学多远还没量，会不会被卡？"],
                    citation=1, default_rule="any")
    assert nursery is None or nursery.verdict == "unknown"
    school = check(rule, "", ["想开一家网吧，铺面离一所小学只有120米，会不会被卡？"], citation=1, default_rule="any")
    assert school.verdict == "not_met"  # 小学 is of 中小学


def test_limits_of_one_measure_for_several_owners_bind_the_owner_named():
    rule = ["（一）市公共图书馆的建筑面积应当达到20000平方米以上，阅览座位应当达到1200席以上；",
            "（二）区公共图书馆的建筑面积应当达到5000平方米以上，阅览座位应当达到500席以上，县公共图书馆的建筑面积应当达到"
            "3000平方米以上，阅览座位应当达到300席以上；",
            "（三）街道、乡镇公共图书馆（室）的建筑面积应当达到100平方米以上，阅览座位应当达到30席以上。"]
    heading = "第十七条 新建、改建、扩建公共图书馆应当符合下列标准"
    ask = "我们中标了一个街道图书馆的新建项目，建筑面积120平方米，阅览座位{}个，符合北京的要求吗？"
    met = check(rule, heading, [ask.format(32)], citation=1)
    assert met.verdict == "met" and len(met.conditions) == 2  # 街道's area and its seats (30席), none of the city's
    assert check(rule, heading, [ask.format(25)], citation=1).verdict == "not_met"
    unsaid = check(rule, heading, ["要给一个乡镇改建图书室，面积能做到150平方米，座位数还没定，这样达标吗？"], citation=1)
    assert unsaid.verdict == "unknown"
    # an owner named by no word of its own (市 of 北京市 is one character): every limit stays
    assert len(check(rule, heading, ["北京市图书馆面积120平方米，够吗？"], citation=1).conditions) == 8


def test_a_time_counted_from_an_event_said_between_the_comparison_and_the_number():
    item = "完成受托事项的期限，送达文书最迟不得超过自收到委托书之日起两个月，调取证据最迟不得超过自收到委托书之日起三个月。"
    [a, b] = thresholds(item)
    assert (a.op, a.value, a.dimension) == ("<=", 2.0, "months") and (b.op, b.value) == ("<=", 3.0)
    late = check([item], "", ["澳门法院收到委托书已经10周了，还没送达，超过规定期限了吗？"], citation=1, default_rule="any")
    assert late.verdict == "not_met"
    # counted from sending, the time since receipt is shorter: past the limit it cannot tell, within it it can
    sent = check([item], "", ["我们申请委托澳门调取证据，法院寄出委托书已经95天了，超期没有？"], citation=1, default_rule="any")
    assert sent.verdict == "unknown" and sent.conditions[0].unsettled == "sent"
    assert "要看对方哪天收到" in compose_checks(sent, "zh-Hans")
    early = check([item], "", ["我们申请委托澳门调取证据，法院寄出委托书已经45天了，超期没有？"], citation=1, default_rule="any")
    assert early.verdict == "met"


def test_ages_for_different_vehicles_bind_the_vehicle_the_asker_rides():
    rule = ["第二十二条 驾驶自行车、人力三轮车必须年满十二周岁；驾驶电动自行车和残疾人机动轮椅车必须年满十六周岁。"]
    ask = lambda q: check(rule, "", [q], citation=1, default_rule="any")  # noqa: E731
    # 自行车 is named only inside 电动自行车: the electric bike's limit is the asker's
    assert ask("我15岁，骑电动自行车上路合规吗？").verdict == "not_met"
    assert ask("我儿子15岁半，想骑电动车去上学，可以吗？").verdict == "not_met"  # 电动 of 电动自行车
    assert ask("我儿子15岁半，想骑自行车去上学，可以吗？").verdict == "met"
    # in the same words but what is counted (在孵企业 beside 毕业企业): requirements, not owners
    from service.eligibility import _asked_owner

    both = conditions(["（一）在孵企业不少于50家；", "（二）毕业企业不少于10家。"])
    assert len(_asked_owner(both, "我们在孵企业60家")) == 2


def test_an_asker_asking_whether_they_may_with_no_figure_is_told_the_limit_that_settles_it():
    rule = ["第四十四条 列入常务委员会会议议程的地方性法规案，应当将地方性法规草案向社会公布，征求意见，"
            "向社会公布征求意见的时间一般不少于三十日。"]
    own = check(rule, "", ["我们看到一个法规草案在征求意见，截止时间我没注意看，这个征求意见期是不是太短了，符合规定吗？"],
                citation=1, default_rule="any")
    assert own is not None and own.verdict == "unknown" and not own.bearing and not own.told
    assert "不少于三十日" in own.conditions[0].text
    assert compose_checks(own, "zh-Hans").startswith("要判断您的情况是否符合 [1] 中的规定")
    # a question of what the rule is, with no case of the asker's own, gets the rule alone
    assert check(rule, "", ["法规草案征求意见的时间要满足规定吗？"], citation=1, default_rule="any") is None


def test_lifts_and_seats_are_counted():
    assert [(q.raw, q.dimension) for q in quantities("一共32部电梯，阅览座位30席")] == [("32部", "count"), ("30席", "count")]
    assert not quantities("两部门联合，由三部分组成")  # 部门, 部分 are words, no unit
    lifts = check(["使用单位应当配备电梯安全管理人员，每名安全管理人员负责管理的电梯数量不超过三十部。"], "",
                  ["我们一共32部电梯，只配了一名电梯安全管理员，他一个人管32部，符合规定吗？"], citation=1, default_rule="any")
    assert lifts.verdict == "not_met"


def test_a_case_whose_duty_has_its_bearer_before_it_is_barred_to_an_asker_who_would_skip_it():
    """…占地二万平方米以上的大型基本建设工程…，建设单位应当依法报请…考古调查: 3公顷 is in the case, so the duty binds an
    asker who would rather not report; 1公顷 is outside it. 但应当… after an allowance (可以不设…，但应当推选…) is no duty of
    the case, nor one offering a way the asker takes (应当配备专职或者兼职的)."""
    rule = ["第二十一条 进行占地二万平方米以上的大型基本建设工程，建设单位应当依法报请省文物行政部门组织考古调查、勘探。"]
    ask = "我们公司要建一个新厂区，用地大概{}，老板想能不能不报省文物部门做考古调查，直接开工？"
    assert check(rule, "", [ask.format("3公顷")], citation=1).verdict == "not_met"
    assert check(rule, "", [ask.format("1公顷")], citation=1).verdict == "met"
    union = ["基层工会会员不足二十五人的，可以不设工会劳动法律监督委员会，但应当在工会会员中推选产生工会劳动法律监督员。"]
    assert check(union, "", ["我们公司工会会员正好25个人，是不是可以不设工会劳动法律监督委员会？"], citation=1).verdict == "not_met"
    staff = ["从业人员超过一百人的，应当配备专职安全生产管理人员；从业人员在一百人以下的，应当配备专职或者兼职的安全生产管理人员。"]
    assert check(staff, "", ["我们员工正好100人，能不能只配一个兼职的安全生产管理人员？不用专职吧"],
                 citation=1, default_rule="any").verdict == "met"


def test_a_comparison_of_two_counts_that_brings_a_duty_is_barring_for_an_asker_who_would_skip_it():
    rule = ["第十四条 菜市场经营者的确定，应当遵循公平、公开、公正的要求，申请商位的经营者数量超过市场商位实际数量的，"
            "应当采用公平竞争的方式确定。"]
    ask = "我们菜市场有120个商位，报名申请的经营户是{}户，能不能直接按报名顺序分配商位，不搞竞争性招租？"
    fewer = check(rule, "", [ask.format(118)], citation=1)
    assert fewer.verdict == "met" and fewer.conditions[0].given == "118户/120个"
    assert check(rule, "", [ask.format(130)], citation=1).verdict == "not_met"


def test_a_definition_with_no_figure_is_no_condition():
    terms = ["第三条 本条例下列用语的含义：", "（一）场内经营者，是指在菜市场内从事食用农产品零售经营为主的自然人、法人和非法人组织；",
             "（二）社区菜店，是指利用居住小区配套建设的商业用房，以销售蔬菜、水产、肉类等食用农产品为主的经营场所。"]
    assert check(terms, "", ["我们在小区底商开了家社区菜店，不在菜市场里面，条例对我们有什么要求？"], citation=1) is None
    youth = ["本条例所称青年创业者，是指十八周岁以上三十五周岁以下的创业人员。"]  # a definition with a figure bounds it
    assert check(youth, "", ["我38岁，还算青年创业者吗？"], citation=1).verdict == "not_met"


def test_places_are_counted():
    assert [(q.raw, q.dimension) for q in quantities("规划配置物业服务用房3处")] == [("3处", "count")]
    assert [q.raw for q in quantities("3日内处理，处5万元罚款")] == ["3日", "5万元"]  # 处理, 处 before a sum: no unit
    rule = ["物业管理区域建筑物总面积在十五万平方米以下的，物业服务用房不得超过两处；建筑物总面积超过十五万平方米的，物业服务用房不得超过三处。"]
    found = check(rule, "", ["我们小区建筑物总面积15万平方米，规划了物业服务用房3处，符合规定吗？"], citation=1)
    assert found.verdict == "not_met"


def test_a_range_of_shares_in_chinese_decimals_is_a_share_of_the_sum_it_names():
    assert [q.value for q in quantities("百分之一点五至百分之二点五")] == [1.5, 2.5]
    rule = ["企业应当根据国家有关规定，按照职工工资总额的百分之一点五至百分之二点五足额提取职工教育经费。"]
    ask = "我们公司去年职工工资总额800万，提了{}万职工教育经费，符合规定吗？"
    enough = check(rule, "", [ask.format(16)], citation=1)
    assert enough.verdict == "met" and enough.conditions[0].given == "16万/800万=2%"
    assert check(rule, "", [ask.format(8)], citation=1).verdict == "not_met"


def test_an_item_of_a_required_list_the_asker_does_not_speak_of_leaves_the_verdict_open():
    """符合下列条件的…: all are required. A figure that meets one item settles nothing while an item with no figure goes
    unsaid (words shared with the lead, 炮制…中药饮片, say nothing of it); said, it no longer holds the verdict open."""
    rule = ["第四十三条 符合下列条件的医疗机构，可以在本医疗机构内炮制市场上没有供应的中药饮片，并向市市场监管部门备案：",
            "（一）具备炮制中药饮片的条件、设施；", "（二）具有三年以上炮制经验的中药学专业技术人员；",
            "（三）具有炮制相关中药饮片的质检制度。"]
    ask = "本院想炮制市场上没有供应的中药饮片，已具备炮制场地和设施，一名中药学专业技术人员有三年半炮制经验{}。符合备案条件吗？"
    open_ = check(rule, "", [ask.format("")], citation=1)
    assert open_.verdict == "unknown"
    assert [c.verdict for c in open_.conditions] == ["met", "unknown"] and "质检制度" in open_.conditions[1].text
    assert "质检制度" in compose_checks(open_, "zh-Hans").splitlines()[-1]
    assert check(rule, "", [ask.format("，也建了饮片质检制度")], citation=1).verdict == "met"


def test_a_list_of_cases_punished_by_prison_bars_an_asker_in_any_of_them():
    """具有下列情形之一的，依照刑法…处五年以下有期徒刑或者拘役: in a case is what the asker fears (not met); outside them all,
    met."""
    lead = ("第十一条 走私国家禁止进出口的货物、物品，具有下列情形之一的，依照刑法第一百五十一条第三款的规定处五年以下有期徒刑"
            "或者拘役，并处或者单处罚金：")
    items = ["（四）走私禁止进出口的有毒物质一吨以上不满五吨，或者数额在二万元以上不满十万元的；",
             "（五）走私木炭、硅砂等妨害环境、资源保护的货物、物品十吨以上不满五十吨，或者数额在十万元以上不满五十万元的；"]
    ask = "我们没办出口许可，换了个品名把硅砂报关出去了，货值{}。会不会达到走私国家禁止进出口货物罪的定罪标准？"
    found = check(items, lead, [ask.format("12万元")], citation=1)
    # past the upper end of 二万元以上不满十万元 is out of that case (its tonnage unsaid); inside 十万元以上不满五十万元
    assert found.verdict == "not_met" and [c.verdict for c in found.conditions] == ["unknown", "not_met"]


def test_which_time_is_no_count_nor_a_term_that_begins_with_one():
    """上一次健康检查 says which time, 二次供水 names a kind of supply: neither counts times; 4口人 counts people, 52分贝
    is a loudness compared only with another."""
    found = {(q.raw, q.dimension) for q in quantities("上一次健康检查是去年做的，二次供水水箱，做过两次，我家4口人，噪音52分贝")}
    assert found == {("两次", "count"), ("4口人", "count"), ("52分贝", "loudness")}


def test_a_zone_that_needs_an_office_s_leave_is_met_by_an_asker_outside_it():
    """在距电力设施周围五百米范围内…进行爆破作业，应当…经…批准: 600 metres away needs no leave (met); 300 metres does."""
    item = "第四十四条 在距电力设施周围五百米范围内（指水平距离）进行爆破作业，应当制定安全措施并经电力行政主管部门批准。"
    far = check([item], item, ["工地要爆破，离最近的变电站水平距离大概600米，需要电力部门批准吗？"], citation=1)
    near = check([item], item, ["工地要爆破，离最近的变电站水平距离大概300米，需要电力部门批准吗？"], citation=1)
    assert far.verdict == "met" and near.verdict == "not_met"


def test_a_list_of_acts_that_need_leave_is_met_by_an_asker_in_none():
    lead = "第四十三条 单位和个人从事下列活动，应当制定安全措施并经县级以上人民政府电力行政主管部门同意："
    items = ["（二）与架空电力导线的垂直距离小于国家规定安全距离的或者超过四米高度的运输机械及装载物通过架空电力线路保护区。"]
    low = check(items, lead, ["车装完货总高3.8米，要从电线下面过，需要先找电力部门同意吗？"], citation=1)
    high = check(items, lead, ["车装完货总高4.5米，要从电线下面过，需要先找电力部门同意吗？"], citation=1)
    assert low.conditions[0].verdict == "met" and high.conditions[0].verdict == "not_met"


def test_one_cumulative_word_before_a_list_of_rounds_sums_them():
    """累计拿过天使轮80万、Pre-A轮50万: 130万 against 累计获得天使投资或风险投资超过100万元."""
    items = ["（3）累计获得天使投资或风险投资超过100万元。"]
    found = check(items, "企业从省级科技企业孵化器毕业应至少符合下列条件中的一项：",
                  ["公司累计拿过天使轮80万、Pre-A轮50万，能毕业吗？"], citation=1)
    assert found.conditions[0].verdict == "met" and found.conditions[0].given == "80万+50万"


def test_a_per_head_bound_takes_the_askers_sum_over_their_head_count():
    """原人均面积在十八至四十平方米的 against 我家4口人，老房子150平: 37.5 per head."""
    item = "（三）四人以上户，原人均面积在十八至四十平方米的，按照原面积安置。"
    found = check([item], item, ["我家4口人，老房子建筑面积150平，能按原面积安置吗？"], citation=1)
    per_head = [c for c in found.conditions if "人均" in c.text]
    assert per_head and per_head[0].verdict == "met" and per_head[0].given == "150平÷4口人"


def test_hours_of_a_service_kept_up_with_no_comparison_are_a_floor():
    """实行24小时应急值班 against 每日共16小时: not met; 平方 is 平方米 said short (多出来4.5平方 within 五平方米以内)."""
    item = "危险化学品等危险物品的生产、经营、储存、运输单位应当成立应急处置技术组，实行24小时应急值班。"
    found = check([item], item, ["我们是危化品储存企业，应急值班每日共16小时，夜间无人值守，符合规定吗？"], citation=1)
    assert found.verdict == "not_met" and found.conditions[0].given == "16小时"
    item = "安置用房因自然间不可分割而使总安置面积增加在五平方米以内的部分，按照房屋成本价结算。"
    found = check([item], item, ["总安置面积多出来4.5平方，这部分是按房屋成本价结算吧？"], citation=1)
    assert found.verdict == "met" and found.conditions[0].given == "4.5平方"


def test_a_rumour_put_as_a_question_asks_whether():
    assert asks_whether("在国家级孵化器已经孵化52个月了，听说超过48个月就得走？")
    assert not asks_whether("听说有补贴，能补多少？")


def test_of_separate_provisions_the_one_the_asking_clause_names_decides():
    """暂停了两年半 bears on another paragraph too, but 这个延长的时间合规吗 names only the extension's limit: 14个月 past
    最长不超过十二个月 is the answer."""
    lead = "第七条 城乡规划主管部门核定用地范围后，市国土资源管理部门应当将征地范围公告并通知有关部门在征地范围内暂停办理下列事宜："
    items = ["暂停办理有关事宜的期限为三十个月。因特殊情况需要延长暂停办理有关事宜期限的，应当在期满前一个月报经市国土资源管理部门批准，"
             "可以适当延长，但延长时间最长不超过十二个月。",
             "暂停期满或者实行暂停措施后一年内征地房屋补偿实施方案未获得批准的，市国土资源管理部门应当通知有关部门恢复办理第一款规定的事宜。"]
    found = check(items, lead, ["我们村被划进征地范围，公告后派出所暂停办理分户，已经暂停了两年半。",
                                "现在说要再延长14个月，这个延长的时间合规吗？"], citation=1, default_rule="any")
    assert found.verdict == "not_met" and [c.given for c in found.conditions] == ["14个月"]


def test_a_bound_set_by_the_amount_before_a_change_reads_the_askers_then_and_now():
    """重新确定的…预留地不得少于原有面积: 原预留地20亩 is the former, 新选址1.2万平方米 the new one (smaller: not met)."""
    item = "重新确定的公共文化体育设施建设预留地不得少于原有面积。"
    said = "县政府拟调整一处公共文化体育设施建设预留地，原预留地面积{}，新选址地块面积为{}。请问是否符合条例要求？"
    assert check([item], item, [said.format("20亩", "1.2万平方米")], citation=1).verdict == "not_met"
    assert check([item], item, [said.format("15亩", "1.2万平方米")], citation=1).verdict == "met"


def test_a_rumour_about_one_condition_of_a_list_asks_about_that_one():
    """听说超过48个月就得走？ of a 集成电路 company 52 months in: the time limit (60 months for its field) is met, and
    it is what is asked, not the whole list."""
    lead = "国家级科技企业孵化器的在孵企业应当具备以下条件："
    items = ["（1）企业注册地和主要研发、办公场所须在本孵化器场地内，入驻时成立时间不超过24个月。",
             "（3）孵化时限原则上不超过48个月。技术领域为生物医药、现代农业、集成电路的企业，孵化时限不超过60个月。"]
    found = check(items, lead, ["我们做集成电路设计的，在国家级孵化器已经孵化52个月了，听说超过48个月就得走？"],
                  citation=1, whole=True)
    assert found.verdict == "met" and found.asked_one


def test_a_bare_figure_after_a_clause_naming_another_thing_is_of_that_thing():
    """去年550万；拿过一轮天使，300万: the 300万 is the angel round (not a third year's revenue to add up)."""
    items = ["（3）累计获得天使投资或风险投资超过500万元。"]
    said = ("想问问能不能毕业。前年营收450万，去年550万；拿过一轮天使，300万；高新技术企业还在申报，没批下来；"
            "也没被兼并收购，更没挂牌上市。")
    found = check(items, "企业从国家级科技企业孵化器毕业应至少符合下列条件中的一项：", [said], citation=1)
    assert [(c.given, c.verdict) for c in found.conditions] == [("300万", "not_met")]


def test_a_share_of_a_total_named_before_it_takes_that_total_as_its_base():
    # 已完成…投资总额的百分之二十五以上: 4800万 done of a 2亿 project is 24%
    item = "出让人已完成房地产开发项目投资总额的百分之二十五以上；"
    [t] = thresholds(item)
    assert t.base.endswith("投资总额") and "完成" not in t.base
    found = check([item], "", ["项目投资总额2亿元，目前已完成投资4800万元，能转让吗？"], citation=1)
    assert found.verdict == "not_met" and found.conditions[0].given == "4800万元/2亿元=24%"


def test_a_status_applied_for_and_not_yet_granted_is_not_held():
    items = ["（1）经国家备案通过的高新技术企业。", "（2）认定为省级科技创新型企业。"]
    said = "高新技术企业今年刚提交，还没出结果；省级科技创新型企业没申过。能毕业吗？"
    found = check(items, "企业毕业应至少符合下列条件中的一项：", [said], citation=1)
    assert [c.verdict for c in found.conditions] == ["not_met", "not_met"]


def test_the_floor_a_room_is_on_said_with_lou_is_a_storey():
    item = "没有配置电梯的物业，物业服务用房所在楼层不得高于三层。"
    for floor, verdict in (("4楼", "not_met"), ("3楼", "met")):
        found = check([item], "", [f"项目没装电梯，我们打算在{floor}配一套80平方米的物业服务用房，这样合规吗？"], citation=1)
        assert found.verdict == verdict and found.conditions[0].given == floor


def test_a_time_ahead_said_with_zhengzheng_is_ahead_of_the_event():
    item = "土壤污染重点监管单位拆除设施的，应当制定、实施土壤污染防治工作方案，并在拆除活动十五个工作日前报所在地人民政府生态环境、工业和信息化部门备案。"
    said = "我们拟拆除一处储罐区，已于拆除活动开始前整整15个工作日向生态环境部门报送方案备案。备案时间是否符合规定？"
    found = check([item], "", [said], citation=1)
    assert found.verdict == "met" and found.conditions[0].given == "15个工作日"


def test_the_time_the_asker_was_told_is_the_rules_not_their_own():
    # 通知我两天内去…，我第3天才去: 两天 repeats the rule's 二日内; the asker's own time is the third day
    item = "被扣押的物品易腐烂、变质的，城管执法部门应当通知当事人在二日内到指定地点接受处理；逾期不接受处理的，可以拍卖、变卖。"
    said = "我摆摊卖荔枝被城管扣了，他们通知我两天内去指定地点处理，我第3天才去，东西还能拿回来吗？"
    found = check([item], "", [said], citation=1)
    assert found.verdict == "not_met" and found.conditions[0].given == "3天"
    # told nothing else, the one time stays the asker's
    found = check([item], "", ["城管扣了我的荔枝，我两天内去处理了，能拿回来吗？"], citation=1)
    assert found.conditions[0].given == "两天"


def test_a_shares_base_said_alike_of_two_figures_is_the_one_naming_its_last_word():
    # 经营收入的百分之三十: 广告收入20万 is the income (收入), 6万作为经营管理支出 the part
    item = "其中前期物业服务人代为经营管理的支出不得超过经营收入的百分之三十。"
    said = "我们是前期物业，代为经营电梯广告位，去年广告收入20万，我们扣了6万作为经营管理支出，剩下14万归业主，这个比例合规吗？"
    found = check([item], "", [said], citation=1)
    assert found.verdict == "met" and found.conditions[0].given == "6万/20万=30%"


def test_asking_whether_a_limit_was_passed_with_meiyou_or_huifou_asks_whether():
    for question in ("这个扣押期限超了没有？", "委托书寄出95天了，超期没有？", "请问届时登记机关会否不予登记？"):
        assert asks_whether(question), question
    assert not asks_whether("国家备案众创空间的入驻时限到底多长？")


def test_an_age_from_a_birth_year_alone_is_this_year_or_the_last_and_the_askers_today_counts():
    rule = ["本法所称老年人是指六十周岁以上的公民。"]
    # 1965年生 in the asker's 2025: 59 or 60, whether the birthday has passed decides
    found = check(rule, "", ["我妈是1965年生的，几月几号记不清了，今天是2025年6月1日，她算老年人吗？"], citation=1)
    assert found.verdict == "unknown" and found.conditions[0].close
    found = check(rule, "", ["我妈是1960年生的，今天是2025年6月1日，她算老年人吗？"], citation=1)
    assert found.verdict == "met"  # 64 or 65: either way


def test_an_english_persons_age_said_with_is():
    assert [q.value for q in english_quantities("My grandmother is 82 and on a low income.") if q.dimension == "age"] == [82]
    assert [q.dimension for q in english_quantities("The warehouse is 82 square meters.")] != ["age"]


def test_never_having_done_a_kind_of_work_is_no_time_at_it():
    items = ["（一）户籍在本村并且在本村居住的村民；",
             "（二）户籍不在本村，在本村居住一年以上或者在本村从事村务工作一年以上，本人申请参加选举的公民。"]
    said = "我户口不在本村，在村里住了10个月，也没在村里干过村务工作。我能登记成选民吗？"
    found = check(items, "村民委员会选举前，应当对下列人员进行登记，列入选民名单：", [said], citation=1, whole=True)
    assert found.rule == "any" and found.verdict == "not_met"
    assert "没在村里干过村务工作" in found.conditions[-1].given


def test_a_list_of_kinds_favoured_is_any_and_a_list_of_contents_binds_by_what_is_said():
    assert combine_rule("各级人民政府应当扶持帮助下列企业发展生产，解决困难：") == "any"
    assert combine_rule("申请人应当具备下列条件：") == "all"
    items = ["（一）特许经营内容、区域及期限；", "（二）履约担保；",
             "管道燃气特许经营的期限应当根据项目的经营规模等因素确定，但最长不得超过三十年。"]
    found = check(items, "管道燃气特许经营协议一般应当包括下列内容：", ["县政府给我们的特许经营协议期限写的是25年，这个合规吗？"],
                  citation=1, whole=True)
    assert found.verdict == "met" and [c.given for c in found.conditions] == ["25年"]


def test_requirements_no_figure_settles_are_each_the_askers_to_confirm():
    items = ["（一）有稳定的、符合国家和省有关标准的燃气气源；", "（二）有与经营规模相适应的管理、技术人员；",
             "（三）有完善的安全管理制度。", "从事瓶装燃气充装的，还应当依法取得气瓶充装许可证。"]
    said = "我们有2个持证的技术员，仓库200平方米，够办瓶装燃气经营许可证吗？"
    found = check(items, "从事瓶装燃气经营的单位和个人，应当具备下列条件：", [said], citation=1, whole=True)
    assert found.verdict == "unknown" and found.unmeasured and not found.bearing
    assert len(found.conditions) == 3 and [c.unmeasured for c in found.conditions] == [False, True, False]
    text = compose_checks(found, "zh")
    assert "需要您对照确认" in text and "逐一确认" in text
    # a list that does not say all must hold, or one a figure measures, is no such list
    assert check(items, "下列单位应当配备：", [said], citation=1, whole=True) is None or \
        not check(items, "下列单位应当配备：", [said], citation=1, whole=True).unmeasured


def test_time_since_a_window_opened_against_its_least_length_is_within_only_while_short_of_it():
    item = ["地方性法规草案应当向社会公布，征求意见。向社会公布征求意见的时间一般不少于二十日。"]
    found = check(item, "", ["草案公布到今天是第18天，现在提意见还在征求期内吗？"], citation=1)
    assert found.verdict == "met" and found.conditions[0].given == "18天"
    found = check(item, "", ["草案是5月10日公布的，现在6月2日了，我们还能提意见吗？"], citation=1)
    assert found.verdict == "unknown" and found.conditions[0].past_floor
    assert "实际期限可能更长" in compose_checks(found, "zh")
    # the window's own length said, asked whether it is enough: the floor bounds it as any limit
    found = check(item, "", ["这次征求意见期只给了15天，合规吗？"], citation=1)
    assert found.verdict == "not_met"


def test_a_figure_in_another_unit_equal_to_the_limit_is_at_the_limit():
    """0.24亩 is 160平方米 exactly (亩 is 2000/3 平方米): within 最高不得超过一百六十平方米, whatever the product's last bit."""
    item = ["山区有条件利用荒地、荒坡的，最高不得超过一百六十平方米。"]
    found = check(item, "", ["我们家在丽水山区，打算利用村里的荒坡建房，宅基地面积是0.24亩，这个面积超标吗？"], citation=1,
                  default_rule="any")
    assert found.verdict == "met"


def test_the_item_pointed_at_is_asked_though_the_list_is_named_beside_it():
    """申请省级众创空间时运营时间这一条算达标吗: the list's own words say which list; 这一条 asks the one item."""
    items = ["（1）运营主体成立并实际运营12个月以上；", "（2）入驻的小微企业不少于10个；", "（3）入驻的创业团队不少于15个；"]
    found = check(items, "申请省级众创空间，应同时具备下列条件：",
                  ["运营主体从成立到实际运营刚好满12个月，申请省级众创空间时运营时间这一条算达标吗？"], citation=1, whole=True)
    assert found.verdict == "met" and [c.given for c in found.conditions] == ["12个月"]


def test_a_time_counted_from_an_event_said_with_its_verbs_last_character_takes_the_askers_span():
    """申诉应当自快件交寄之日起六个月内提出: 寄的快件 says 快件交寄; the asker's span is for it, not for the office's
    fifteen days to answer, which their words (邮政管理局, 申诉) also name."""
    items = ["寄件人、收件人对快递服务质量不满意的，可以向快递经营企业投诉，快递经营企业应当自接到投诉之日起七日内予以处理并告知投诉人。",
             "寄件人、收件人对快递服务质量不满意或者对快递经营企业的处理有异议的，可以向邮政管理机构申诉；申诉应当自快件交寄之日起六个月内提出。",
             "邮政管理机构应当自接到申诉之日起十五日内按照有关规定作出答复。"]
    said = "我去年11月20号寄的快件丢了，快递公司的处理结果我不认可，今年5月10号还能去邮政管理局申诉吗？"
    found = check(items, "", [said], citation=1, default_rule="any")
    assert found.verdict == "met"
    assert [c.text for c in found.conditions] == ["申诉应当自快件交寄之日起六个月内提出"]


def test_width_and_height_said_in_one_character_are_the_rules_widths_and_heights():
    items = ["（一）采用统一规范的封闭厢体，整车总长度不超过三米，总宽度不超过一米，从地面起总高度不超过一点六米；"]
    said = "厂家给的参数是：整车长2.9米，宽1.05米，高1.5米。这车能按浙江的快递专用电动三轮车标准上牌吗？"
    found = check(items, "其企业标准应当明确承诺符合下列规定条件：", [said], citation=1, whole=True)
    assert found.verdict == "not_met"
    assert [(c.verdict, c.given) for c in found.conditions] == [("met", "2.9米"), ("not_met", "1.05米"), ("met", "1.5米")]


def test_a_span_too_close_to_the_askers_own_limit_is_not_settled_by_another_acts_limit():
    """两周多 since the notice, against 收到处罚通知之日起十五日内 (the asker's to apply): too close to tell; the office's
    thirty days to decide, which 两周多 is within, are no limit of theirs."""
    items = ["第三十二条 被处罚的单位和个人对处罚决定不服的，可以在收到处罚通知之日起十五日内，向上一级物价检查机构申请复议。"
             "上一级物价检查机构应当在收到复议申请之日起三十日内作出复议决定。复议期间，原处罚决定照常执行。申诉人对复议决定不服的，"
             "可以在收到复议通知之日起十五日内，向人民法院起诉。"]
    said = "物价检查机构给我们开了罚单，处罚通知收到已经两周多了，我们不服，现在还能向上一级物价检查机构申请复议吗？"
    found = check(items, "", [said], citation=1, default_rule="any")
    assert found.verdict == "unknown"
    assert [c.text for c in found.conditions] == ["可以在收到处罚通知之日起十五日内"]


def test_how_often_a_duty_is_done_is_said_by_each_period_and_only_how_often_the_asker_does_it_settles_it():
    """每季度报: at most three months apart; 每半年报一次 is too seldom, 每个月报一次 often enough. A notice ahead of an
    event (提前3天通知) or the years a firm has been at it say nothing of how often; 每年都报 is no period either."""
    items = ["重大事故隐患排查治理情况的书面报告经煤矿企业负责人签字后，每季度报县级以上地方人民政府负有煤矿安全生产监督管理职责的部门和所在地矿山安全监察机构。"]
    said = "我们煤矿重大事故隐患排查治理的书面报告，负责人签字以后打算每半年报一次给监管部门，行不行？"
    found = check(items, "", [said], citation=1, default_rule="any")
    assert (found.verdict, found.conditions[0].given) == ("not_met", "半年")
    found = check(items, "", ["我们煤矿的隐患排查书面报告每个月报一次，合规吗？"], citation=1, default_rule="any")
    assert (found.verdict, found.conditions[0].given) == ("met", "个月")
    found = check(items, "", ["我们煤矿开了两年了，停产检修都提前3天通知，隐患报告符合要求吗？"], citation=1, default_rule="any")
    assert found is None or found.conditions[0].given is None
    assert not [q for q in quantities("每年都报统计数据") if q.dimension == "months"]


def test_a_childs_age_in_months_against_a_range_of_years_said_with_both_ends_and_in_traditional_characters():
    """18個月的寶寶 against 两周岁至三周岁: one range (its unit at each end), 1.5 years below it; 寶寶 is 宝宝, no slip
    of 保育 however it sounds."""
    items = ["以开设托班形式招收两周岁至三周岁的幼儿实施保育和教育的，参照适用本条例。"]
    found = check(items, "", ["我想在深圳開個托班，主要收18個月左右的寶寶，這樣收符合條例嗎？"], citation=1, default_rule="any")
    assert (found.verdict, found.conditions[0].given) == ("not_met", "18个月")


def test_a_count_of_things_of_either_name_takes_the_askers_figures_for_each_name_together():
    """五年以上幼儿园教师或者幼儿园管理工作经历: 3年 as a teacher and 2年 in management are five years of either; 两个以上
    历史文化街区或者传统风貌区: one of each is two."""
    items = ["幼儿园园长应当具有本科以上学历、五年以上幼儿园教师或者幼儿园管理工作经历。"]
    found = check(items, "", ["之前在幼儿园当了3年老师，后来又在另一家幼儿园做了2年园务管理，够年限吗？"], citation=1, default_rule="any")
    assert [(c.verdict, c.given) for c in found.conditions if c.given] == [("met", "3年+2年")]
    items = ["（五）历史文化名城在其申报的保护范围内还应当有两个以上历史文化街区或者传统风貌区。"]
    found = check(items, "", ["我们县在申报范围里有1个历史文化街区、1个传统风貌区，想申报历史文化名城，够吗？"], citation=1)
    assert [(c.verdict, c.given) for c in found.conditions] == [("met", "1个+1个")]
    found = check(items, "", ["我们县在申报范围里只有1个历史文化街区，想申报历史文化名城，够吗？"], citation=1)
    assert [(c.verdict, c.given) for c in found.conditions] == [("not_met", "1个")]


def test_once_in_a_clause_that_asks_how_often_is_the_question_not_the_askers_figure():
    items = ["第三十四条 乡、民族乡、镇人民代表大会主席团每个季度至少召开一次会议。主席团会议必须有全体成员的过半数出席，始得举行。"]
    assert check(items, "", ["重庆镇人大主席团至少多久要召开一次会意？"], citation=1, default_rule="any") is None
    assert [f.quantity.raw for f in figures(["我们主席团去年只开了一次会，多久要开一次？"])] == ["一次"]


def test_a_count_within_a_window_takes_the_time_between_the_askers_dates_and_a_list_of_closing_cases_bars():
    """3个月内2次…发现有重大事故隐患仍然进行生产的, under 存在下列情形之一的，应当提请…予以关闭: 3月2日 and 4月20日 are
    within three months, so the mine is in the case (not_met); 1月5日 and 4月28号 are not."""
    heading = "第七十条 煤矿企业存在下列情形之一的，应当提请县级以上地方人民政府予以关闭："
    items = ["（二）3个月内2次或者2次以上发现有重大事故隐患仍然进行生产的；"]
    said = "今年3月2日和4月20日先后两次被检查发现重大事故隐患，两次发现时均仍在生产。请问是否属于应当提请关闭的情形？"
    found = check(items, heading, [said], citation=1, whole=True)
    assert found.verdict == "not_met" and found.conditions[0].given == "今年3月2日到4月20日"
    said = "今年1月5日和4月28日各被查出一次重大事故隐患，都是边生产边整改。会被提请关闭吗？"
    found = check(items, heading, [said], citation=1, whole=True)
    assert found.conditions[0].verdict == "met" and found.conditions[0].given == "今年1月5日到4月28日"
