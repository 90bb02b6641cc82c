"""What a question asks, read from the question alone."""

from __future__ import annotations

from index.expand import formal_terms
from service.understand import understand


def kinds(question: str) -> list[list[str]]:
    return [[t.name for t in p.types] for p in understand(question).asked]


def test_each_asked_part_has_its_own_fact_types():
    assert kinds("有效期是几年？到期复审要提前多久申请？") == [["duration", "years"], ["duration"]]
    assert kinds("会罚多少钱？以后还能再申请吗？") == [["amount", "penalty"], []]


def test_a_verb_of_paying_before_how_much_asks_a_sum_not_some_figure():
    # 补, 奖, 返 ask a grant or a reward; 赔, 退 a sum paid back (一座补多少 had been any figure: 五年内 answered it)
    assert kinds("改造的钱政府有补贴吗？一座补多少？")[-1] == ["reward"]
    assert kinds("能退多少？")[0][0] == "amount" and kinds("要赔多少？")[0][0] == "amount"
    assert kinds("补多少天的假？")[0] != ["reward"]  # a number of days, not a sum


def test_the_story_before_a_question_is_not_asked():
    frame = understand("我们是一家小公司，去年营收350万。能申请吗？")
    assert [p.text for p in frame.asked] == ["能申请吗?"]


def test_keywords_are_all_asked():
    assert kinds("印花税 税率 借款合同") == [["rate"]]


def test_years_are_asked_only_for_figures():
    assert understand("截至2023年底，甘肃省有多少家国家级孵化器？").years == ("2023",)
    assert understand("我们2022年做出的一项成果，能自己拿出来做吗？").years == ()


def test_where_the_asker_was_before_is_no_scope():
    assert [m.alias for m in understand("我之前在深圳待过一段时间，现在想找有大厂资源的孵化器").places] == []
    assert [m.alias for m in understand("我以前在杭州上班，现在在兰州创业，有什么补贴？").places] == ["兰州"]


def test_places_need_to_read_as_places():
    assert [m.alias for m in understand("我们在浦东，能申请吗").places] == ["浦东"]
    assert understand("大学孵化器一般由谁投资兴建？").places == ()
    assert understand("孵化时间超过5年了，可以延长吗？").places == ()


def test_a_follow_ups_context_is_scope_not_question():
    frame = understand("要是超期了没去办，会罚多少？（上文：公司刚拿到营业执照，多久之内要去办税务登记？）")
    assert understand("入驻京东云创空间（郫都区）").asked[0].text == "入驻京东云创空间(郫都区)"
    assert len(frame.asked) == 1 and {t.name for t in frame.types} == {"amount", "penalty"}


def test_a_kind_of_fact_is_asked_only_in_a_clause_that_asks():
    types = lambda q: {t.name for t in understand(q).types}
    assert types("万一被查到申请材料造假，会有什么后果？") == {"penalty"}  # the materials are the story
    assert "materials" in types("申请材料有哪些，去哪里交？")
    assert "materials" in types("申请省级孵化器 申请材料")  # keywords only: read whole


def test_a_figure_is_asked_by_its_own_quantity_word_and_not_in_a_question_of_whether():
    types = lambda q: [t.name for p in understand(q).asked for t in p.types]
    assert types("他最多能领多少个月失业金？") == ["duration"]  # 多少个月: a duration, not a sum
    assert types("If I leave, how much notice do I have to give?") == ["duration"]
    assert types("那技术作价占注册资本的比例有没有上限？") == []  # whether there is a cap, not its value
    assert types("技术作价占注册资本的比例最高是多少？") == ["rate"]
    assert types("这几年的创业业绩以后评职称能算数吗？") == []  # 这几年 counts, it does not ask
    assert types("What guarantee fee rate does the fund charge?") == ["rate"]


def test_a_figure_asked_by_how_it_is_reckoned_asks_its_basis_not_its_value():
    types = lambda q: [t.name for p in understand(q).asked for t in p.types]
    assert types("机器送去境外修理后再运回来，关税的完税价格要怎么算？") == []  # 以…为完税价格: said in words
    assert types("这个转贷资金利息怎么算，要收多少服务费啊？") == ["amount", "fee"]  # 多少 asks a value too (a fee: no fine gives it)
    assert "amount" in types("完税价格是多少？")


def test_a_fee_or_a_sum_in_hundreds_of_millions_asks_for_an_amount():
    types = lambda q: [t.name for p in understand(q).asked for t in p.types]
    assert types("新建研发楼，城市建设配套费能减免多少？") == ["amount"]
    assert types("创业风险投资引导基金 规模 多少亿") == ["amount"]
    assert types("菁蓉镇建立了多大规模的创客导师团？") == []  # a size, not a sum


def test_a_cantonese_question_is_read_in_the_mandarin_words_of_the_documents():
    from index.expand import mandarin

    assert mandarin("我哋喺深圳開咗間公司，產假有幾多日？") == "我们在深圳開了間公司，產假有多少日？"
    types = lambda q: [t.name for p in understand(mandarin(q)).asked for t in p.types]
    assert types("請問產假有幾多日？") == ["days"]
    assert mandarin("体系和系统") == "体系和系统"  # Mandarin is left alone


def test_some_figure_is_asked_where_no_other_kind_is_and_an_article_number_is_none():
    from corpus.domain import answer_types

    types = lambda q: [t.name for p in understand(q).asked for t in p.types]
    assert types("速算扣除数是多少？") == ["figure"]
    assert types("居住证积分能直接给多少分？") == ["figure"]
    assert types("手里有几项自己的专利，能不能拿专利顶注册资本？") == []  # 几 that counts, not asks
    assert types("补贴是多少？") == ["reward"]  # a named kind first (a subsidy: the kind a fine does not give)
    assert types("众创空间一般分为哪几种类型？") == []  # 哪几种 asks which, not how many
    figure = next(t for t in answer_types() if t.name == "figure")
    assert not figure.held.search("第十二条 纳税人应当按照规定办理")
    assert figure.held.search("每年不超过两次") and figure.held.search("建成创客公寓500套")


def test_how_long_how_often_and_which_year_are_asked_in_their_own_clause():
    assert kinds("实行备案管理的项目，备案后超过多长时间未开工建设的，备案即失效？") == [["duration"]]
    assert kinds("同一企业每年最多可以检查几次？一共几个人？") == [["count"], ["count"]]
    assert kinds("海创汇是哪一年创建的？") == [["year"]]


def test_a_number_of_days_or_years_asks_for_that_unit():
    assert kinds("带薪年假有几天？档案要保存多少年？") == [["days"], ["duration", "years"]]
    assert kinds("税款晚缴了几天，滞纳金怎么算？") == [[]]
    assert kinds("拿到多少天使投资可以毕业？") == [["figure"]]  # not a number of days
    assert kinds("加班费按平时工资的几倍给？") == [["multiple"]]


def test_a_penalty_asked_is_searched_for_in_the_texts_words_unless_the_question_names_one():
    from service.understand import sought_words

    assert "罚款" in sought_words(understand("要是忘了报会怎么样？（上文：公司年报每年什么时候报？）"))
    assert sought_words(understand("招牌名字不一样，会被罚款吗？")) == ""
    assert sought_words(understand("有效期是几年？")) == ""


def test_how_a_breach_is_handled_asks_a_penalty_but_how_a_thing_or_a_case_is_handled_does_not():
    assert kinds("要是公司没按时办，会怎么处理？") == [["penalty"]]
    assert kinds("私自出借资质这种事被查到会怎么处理？") == [["penalty"]]
    assert kinds("他本人会被怎么处理啊？") == [["penalty"]]
    assert kinds("一共只有2家投标，这个标接下来会怎么处理？") == [[]]


def test_who_sets_a_figure_asks_for_a_body_and_several_is_no_question_of_how_many():
    assert kinds("那它们的收费标准是谁来定的？") == [["organisation"]]
    assert kinds("补贴标准是多少，由哪个部门发？") == [["reward", "organisation"]]
    assert kinds("那我们几家关联公司能不能挂在同一个地址注册？") == [[]]


def test_a_county_short_name_inside_a_brand_is_no_place():
    places = lambda q: [m.alias for m in understand(q).places]
    assert places("通过京东云创空间对接京东商城的话，能用上京东哪些资源？") == []
    assert places("我们公司在杭州滨江，能申请吗？") == ["杭州", "滨江"]
    assert places("我在商城县开店") == ["商城县"]


def test_a_term_that_two_words_straddle_is_not_named():
    # 相关|税收优惠 holds the characters of 关税 and 哪个|税务局 those of 个税: neither tax is asked about
    assert [m.alias for m in understand("被取消认定资格后，相关税收优惠何时停止享受？").terms if m.alias == "关税"] == []
    assert [m.alias for m in understand("我该去哪个税务局申报？").terms if m.alias == "个税"] == []
    # a word that holds a whole term keeps it, and so does a term after a word that ends at its start
    assert {"国家级", "增值税"} <= {m.alias for m in understand("国家级孵化器免征增值税吗？").terms}
    assert "个税" in [m.alias for m in understand("发了年终奖要交个税吗？").terms]


def test_english_asks_for_the_size_of_a_fine_the_notice_given_and_not_for_how_a_price_is_set():
    types = lambda q: {t.name for p in understand(q).asked for t in p.types}
    assert "amount" in types("If we start building without approval, how big is the fine?") and \
        "area" not in types("If we start building without approval, how big is the fine?")
    assert "amount" in types("How large a fine can the regulator impose?")
    assert "area" not in types("If the authority catches us, how big could the fine be?")
    # "when" opening a clause before the question says when it holds; alone, or with its auxiliary, it asks a date
    assert "date" not in types("When we apply for provincial status, can shared areas be counted as incubation space?")
    # a date asks when a text takes effect; when a thing was begun once, a year or a day (founded)
    assert "date" in types("When does the VAT law take effect?") and "founded" in types("When did the scheme begin, and who runs it?")
    assert types("How big is the incubator's floor space?") == {"area"}
    assert "duration" in types("How much advance notice must they give bidders?")
    assert types("How much maternity leave is she entitled to?") == {"duration"}
    assert "price" not in types("Is that allowed, and how do the parties set the price of a technology deal?")
    assert "price" in types("What is the price of a desk per month?")


def test_who_pays_or_bears_asks_for_a_party_who_approves_for_an_office():
    types = lambda q: {t.name for p in understand(q).asked for t in p.types}
    assert types("来回运费谁出啊？") == {"party"} and types("举证责任由谁承担？") == {"party"}
    assert types("审批找谁？") == {"organisation"}
    assert "party" in types("Who pays the return shipping?")


def test_english_who_and_process_ask_only_as_question_words():
    names = lambda q: {t.name for t in understand(q).types}
    assert "organisation" not in names("We have users who are 13 years old. Can we process their data like adults'?")
    assert "procedure" not in names("We have users who are 13 years old. Can we process their data like adults'?")
    assert "organisation" in names("Who approves a new trademark?")
    assert "organisation" in names("We hired a designer, and who owns the logo?")
    assert "procedure" in names("What is the process to register a trademark?")


def test_english_paperwork_an_act_forges_is_no_materials_asked_and_what_happens_to_it_asks_a_penalty():
    names = lambda q: {t.name for t in understand(q).types}  # noqa: E731
    forged = names("If a company fakes paperwork to get R&D grants, what happens to it?")
    assert "materials" not in forged and "penalty" in forged
    assert "materials" in names("What paperwork do we need to register a partnership?")
    assert "materials" in names("Do we need any paperwork to hire a foreigner?")


def test_which_office_approves_asks_the_approver_not_any_office():
    names = lambda q: {t.name for t in understand(q).types}  # noqa: E731
    assert names("北京开采基岩水要哪个部门批准？") == {"approver"}
    assert names("设立城镇集体企业得找哪个部门批啊？") == {"approver"}
    assert names("被罚了不服，该找哪个部门投诉？") == {"organisation"}


def test_a_choice_between_two_asks_which_not_a_figure():
    assert [t.name for p in understand("营利性学校的收费标准是学校自己定还是要政府批？").asked for t in p.types] == []
    assert "amount" in [t.name for p in understand("收费标准是多少？按年还是按月收？").asked for t in p.types]


def test_a_figures_own_noun_as_the_last_keyword_asks_that_figure():
    assert [t.name for p in understand("青岛 发明专利 申请资助 每件 金额").asked for t in p.types] == ["amount"]
    assert [t.name for p in understand("资助金额 发放 时间").asked for t in p.types] == []
    # a keyword of its own anywhere in the list, and a noun whose keyword stands apart from it
    assert [t.name for p in understand("上海 科技创新券 每家企业 额度 申领").asked for t in p.types] == ["amount"]
    assert [t.name for p in understand("废旧家电拆解企业 增值税 即征即退 比例").asked for t in p.types] == ["rate"]
    assert [t.name for p in understand("住房公积金 单位缴存比例 上下限").asked for t in p.types] == ["rate"]
    assert [t.name for p in understand("营业执照 有效期").asked for t in p.types] == ["duration"]
    assert [t.name for p in understand("出资比例调整 通知").asked for t in p.types] == []  # inside a word: not its own


def test_a_rate_in_ten_thousandths_or_its_highest_share_is_a_rate_asked():
    assert kinds("滞纳金是按每天万分之几算的？") == [["rate"]]
    assert kinds("浙江 招标 投标保证金 最高比例") == [["rate"]]
    assert kinds("技术出资 比例上限") == [["rate"]]
    assert kinds("那技术作价占注册资本的比例有没有上限？") == [[]]  # whether there is a cap, not its value


def test_the_askers_own_years_are_not_searched_but_asked_years_are():
    from service.understand import searched_text, understand

    own = understand("我们公司2022年营业收入520万元，2023年营业收入500万元，能从国家级孵化器毕业吗？")
    assert "2022" not in searched_text(own) and "2023" not in searched_text(own) and "营业收入520万元" in searched_text(own)
    asked = understand("截至2022年底全省有多少家国家级孵化器？")
    assert "2022" in searched_text(asked)


def test_english_asks_for_a_least_or_most_figure_a_rate_or_how_often():
    def asked(q):
        return [t.name for p in understand(q).asked for t in p.types]
    assert asked("What's the minimum housing provident fund contribution rate for a small company?") == ["rate"]
    assert asked("What is the current monthly minimum wage in Zhejiang?") == ["figure"]
    assert asked("What's the duty-free allowance in yuan for personal-use items?") == ["figure"]
    assert asked("How often does a company have to run a compliance audit?") == ["duration"]
    assert asked("What is the maximum validity of the work permits?") == ["duration"]
    assert asked("Can a foreign engineer work for us in Jinan?") == []


def test_an_approximate_number_asks_nothing_and_days_ahead_are_asked():
    assert kinds("我做彩带编织十几年了，能不能申请当传承人？") == [[]]
    assert kinds("要提前几天报？") == [["days"]]


def test_a_county_short_name_jieba_knows_only_as_a_rare_name_is_the_place():
    places = lambda q: [m.alias for m in understand(q).places]
    assert places("我们在萧山开了家厂，能享受吗？") == ["萧山"]
    assert places("我们是香港的团队，想去景宁拍摄") == ["香港", "景宁"]
    assert places("期限可以延长吗？") == []


def test_a_county_named_by_a_common_word_is_a_place_only_where_the_asker_puts_it_as_one():
    places = lambda q: [m.alias for m in understand(q).places]
    assert places("我公司拟新建一座建筑面积2.5万平方米的生产厂房，要配套再生水设施吗？") == []  # 新建区 of 南昌
    assert places("旧面包车在城区道路公共停车泊位上停了25天了，会被移走吗？") == []  # 城区 of 阳泉, 晋城
    assert places("我们在城区开店，要办什么证？") == []
    assert places("我们在新建区开了个厂") == ["新建区"]
    assert places("我们公司在江北，能享受吗？") == ["江北"]
    assert places("阳泉城区的店能享受吗？") == ["阳泉", "城区"]
    assert places("重庆江北的公司能享受吗？") == ["重庆", "江北"]


def test_a_sentence_closed_by_a_full_stop_says_how_many_with_ji_it_does_not_ask():
    """创始团队几个人都当了爸妈。 tells; the question after it asks (and asks no count)."""
    q = "创始团队几个人都当了爸妈，想每年拿出一部分利润捐给家庭教育基金会。财务问我，这笔捐款能不能在税前扣掉？"
    assert [p.text for p in understand(q).asked] == ["财务问我,这笔捐款能不能在税前扣掉?"]
    assert kinds(q) == [[]]
    assert kinds("团队几个人可以申请？") == [["count"]]  # asked: no full stop closes it
    assert kinds("请问在孵企业最少要几家。") == [["count"]]  # the only sentence: what it asks is asked


def test_a_time_after_an_event_answers_when():
    from corpus.domain import answer_types

    date = next(t for t in answer_types() if t.name == "date")
    assert date.held.search("处罚决定作出满三年后可以申请信用修复")


def test_an_english_question_after_a_sentence_of_story_asks_each_of_its_parts():
    """The story's full stop ends a sentence: "How long…, and when…?" after it asks a duration and a date."""
    q = ("A chemical plant next door contaminated the soil under our warehouse. How long do we have to file a "
         "lawsuit for environmental damages, and when does that period start running?")
    assert kinds(q) == [["duration"], ["date"]]
    assert len(understand("Is a U.S. company allowed to open a branch here?").asked) == 1  # no sentence ends at U.S.


def test_an_english_question_without_a_question_mark_asks_what_it_asks_not_its_story():
    """No piece ends in ? or opens with a question word: the pieces that ask a kind of fact are asked, the story is not;
    whether… and tell me what… ask inside a sentence."""
    frame = understand("We are a startup in Ningbo. I want to know how long the approval takes.")
    assert [(p.text, [t.name for t in p.types]) for p in frame.asked] == [
        ("i want to know how long the approval takes.", ["duration"])]
    frame = understand("We run a bakery in Hangzhou. Please tell me whether we need a food permit and what the fine is.")
    assert [p.text for p in frame.asked] == ["please tell me whether we need a food permit", "what the fine is."]
    assert [p.text for p in understand("印花税 税率 借款合同").asked] == ["印花税 税率 借款合同"]  # keywords: all asked


def test_at_the_latest_how_long_asks_a_time_not_a_day():
    """最晚多久要通知家属 asks how long; 最晚什么时候, 最迟几号 ask a day."""
    types = lambda q: {t.name for p in understand(q).asked for t in p.types}
    assert types("按规定公安最晚多久要通知家属啊？") == {"duration"}
    assert "date" in types("规定最晚什么时候要把股款交足？") and "date" in types("最迟几号报税？")


def test_a_few_said_with_ji_is_no_count_asked():
    """几 after 的/这/那/好/前 is "a few" (楼上可能的几家都得分摊): no count is asked; 有几家 is a question."""
    assert "count" not in sum(kinds("物业说楼上可能的几家都得分摊，我们也要掏钱吗？"), [])
    assert "count" in sum(kinds("园区里有几家国家级孵化器？"), [])


def test_a_term_of_the_rule_in_quotes_asks_nothing():
    """这算“造成特别严重后果”吗: the quoted words name the rule's category, they ask no consequence; 会有什么后果 does."""
    assert not understand("损失正好250万，这算“造成特别严重后果”吗？").asked[0].types
    assert "penalty" in [t.name for t in understand("损失正好250万，会有什么后果？").asked[0].types]


def test_a_few_before_a_question_of_whether_asks_no_figure():
    types = lambda q: {t.name for t in understand(q).types}
    # 几 of "a few" in the story (干几天就跑, 跟几家厂商一起) before 行不行 / 允许吗: whether is asked, no count or days
    assert not types("有客户怕阿姨干几天就跑，想让我们先扣着阿姨的身份证，这样做行不行啊？") & {"days", "duration"}
    assert "count" not in types("想设个小厂房，或者跟几家厂商一起规划个工业园区，法规上允许吗？")
    # asked at the clause's end (要几天，), it is a question of its own
    assert "days" in types("审批要几天啊，能加急吗？")


def test_how_much_of_a_material_asks_a_measure_not_money():
    types = lambda q: {t.name for p in understand(q).asked for t in p.types}
    assert types("Is there a cap on how much gold I can bring into China?") == {"figure"}
    assert "amount" in types("How much is the fine?")


def test_how_much_of_what_was_done_before_the_question_reports_a_figure():
    types = lambda q: {t.name for p in understand(q).asked for t in p.types}
    # 列了…多少钱, 赚了多少钱: a figure the story reports, before the clause that asks (按…还是…算, 可以当证据吗)
    assert "amount" not in types("合同里也单独列了增值税多少钱，那印花税是按含税的总额算还是不含税的算啊？")
    assert "amount" not in types("要证明对方侵权赚了多少钱，电商平台统计的销售数据可以当证据吗？")
    assert "amount" in types("会罚多少，能分期交吗？")  # asked, not reported


def test_a_share_asked_of_a_figure_asks_the_share_not_the_figure():
    """面积的几成, 工资的百分之几: the noun before a share's quantity word is its base; only the share is asked."""
    assert kinds("绿化遮荫的面积至少要占停车场面积的几成？") == [["rate"]]
    assert kinds("工资的百分之几要交公积金？") == [["rate"]]
    assert kinds("绿化面积至少要多少平方米？") == [["area"]]


def test_points_asked_of_a_contribution_ask_a_rate():
    assert kinds("那工伤保险单位要交几个点？") == [["rate"]]
    assert kinds("失业保险公司这边按几个点交？员工个人又扣几个点？") == [["rate"], ["rate"]]
    assert kinds("下午几个点开门？") == [[]]


def test_a_fines_sum_asked_in_any_words_asks_an_amount_beside_the_penalty():
    """罚款的具体数额标准是多少, 罚款具体金额 (keywords only): the sum of the fine is asked, not only that there is one."""
    assert kinds("口岸动植物检疫机关所处罚款的具体数额标准是多少？") == [["amount", "penalty"]]
    assert kinds("金银首饰加工 无证经营 罚款具体金额") == [["amount", "penalty"]]
    assert kinds("逾期未办理的，罚款标准是什么？") == [["amount", "penalty"]]
    # a kind read the same way as one asked adds nothing (最高比例 of 投资补助 asks the rate, not the subsidy's sum)
    assert kinds("政府投资 投资补助 最高比例") == [["rate"]]


def test_which_month_what_hour_and_how_many_boxes_ask_figures_of_their_own():
    assert kinds("北京每年的无偿献血宣传月是哪个月？") == [["month"]]
    assert kinds("那个夜间具体是指晚上几点到早上几点啊？") == [["clock"]]
    assert kinds("最晚几点前必须派人到？") == [["date"]]  # a deadline: a time limit answers it
    assert kinds("上海 药店 含麻黄碱感冒药 每人每次 限购几盒") == [["count"]]
    assert kinds("Can we get part of it back, and from which month?") == [[], ["month"]]


def test_how_soon_asks_a_time_limit():
    assert kinds("How soon does the department have to reply to our suggestion?") == [["duration"]]


def test_a_rent_subsidy_asks_no_price_and_a_factorys_rent_holds_no_house_rent():
    assert kinds("能不能让有关部门帮我们公司把厂房租金补贴的事给解决了啊？") == [[]]
    assert kinds("厂房租金多少钱一平？") == [["amount", "price"]]
    assert kinds("房租贵不贵？") == [["price"]]


def test_venues_said_the_way_founders_say_them_are_searched_in_the_texts_words():
    assert "游艺娱乐场所" in formal_terms("那电玩城呢？小孩能玩里面的游戏机吗？")
    assert "歌舞娱乐场所" in formal_terms("ktv能不能让未成年人进？")
    assert "燃气" in formal_terms("瓦斯公司停气要提前多久通知？")


def test_everyday_words_for_acts_people_and_things_are_searched_in_the_texts_words():
    assert {"散发", "宣传品"} <= set(formal_terms("找几个兼职在地铁站发传单会被罚吗？"))
    assert {"燃放", "烟花爆竹"} <= set(formal_terms("新人想在酒店门口放炮，能帮着安排吗？"))
    assert "务工" in formal_terms("有个15岁半的初中生想来打工，能招吗？")
    assert {"饲养", "犬只"} <= set(formal_terms("公司养狗要满足哪些条件？"))
    assert "出租人" in formal_terms("燃气管线旧了，是房东负责还是我负责？")
    assert "台湾同胞" in formal_terms("我是台湾人，用香港公司去重庆投资，受保护吗？")
    assert "吸烟" in formal_terms("客人在店里抽烟劝不听怎么办？")
    assert "停止供水" in formal_terms("自来水公司要停水，要提前多久通知？")
    assert "供水企业" in formal_terms("水费账单不对，多久内要跟自来水公司提出来？")
    assert "教育行政部门" in formal_terms("开培训学校是找教育局批还是找人社局批？")
    assert "学历证书" in formal_terms("老师傅没有大学文凭能来带学生吗？")
    assert "电信网络诈骗" in formal_terms("电诈 判过刑 限制出境")
    assert "土地使用权出让" in formal_terms("在浦东拿地建厂，比例能自己定吗？")
    assert "互联网上网服务营业场所" in formal_terms("开一家网咖，离校门150米能开吗？")
    # a word the texts use themselves (装修, 电动车 for a prize) gets no line: it would pull other rules
    assert formal_terms("抽奖头奖送一辆电动车合规吗？") == ()


def test_an_english_fee_with_words_before_it_asks_an_amount():
    assert kinds("What's the annual sea-area use fee per hectare in Shandong for shellfish farming?") == [["amount"]]


def test_a_place_name_read_across_two_words_is_no_place():
    """白天门口 is 白天 + 门口 (not 天门, a city of 湖北); 我在天门开店 names it."""
    assert understand("白天门口测过噪音52分贝，会不会超标？").places == ()
    assert [m.alias for m in understand("我在天门开店").places] == ["天门"]
    assert [m.alias for m in understand("我们在浙江杭州开公司").places] == ["浙江", "杭州"]


def test_a_conjunction_and_a_level_after_another_level_is_no_county():
    """乡镇人民政府和县农业行政主管部门: 和 + 县 (a level of government), not 和县 of 安徽; 我在和县开店 names it."""
    asked = "调整方案已报乡镇人民政府和县农业行政主管部门，均已批准。请问此调整是否合法有效？"
    assert understand(asked).places == ()
    assert understand("材料要报市和县两级政府吗？").places == ()
    assert [m.alias for m in understand("我在和县开了家店，能申请补贴吗？").places] == ["和县"]
