"""Refusal from what the question asks and what the passages hold (no model: passages are written here)."""

from __future__ import annotations

import pytest

from corpus.domain import answer_types, delegation
from service.support import Passage, _unnamed, judge, only_dates, present
from service.understand import understand

GANSU = "甘肃省科技企业孵化器及众创空间资料汇编"
TAX = Passage("对国家级、省级科技企业孵化器自用的房产、土地，免征房产税和城镇土地使用税；对其提供孵化服务取得的收入，免征增值税。",
              "四、享受哪些政策优惠", GANSU, "甘肃省")
CRITERIA = Passage("（3）在孵时限一般不超过5年，特殊情况下可适当延长。", "省级科技企业孵化器在孵企业应当具备以下条件", GANSU, "甘肃省")
STATS = Passage("截至2022年底，全省共有省级及以上孵化器59家，其中国家级孵化器14家。", "总述", GANSU, "甘肃省")
STAMP = Passage("第一条 在中华人民共和国境内书立应税凭证、进行证券交易的单位和个人，为印花税的纳税人。", "中华人民共和国印花税法",
                "中华人民共和国印花税法")


def verdict(question: str, *passages: Passage):
    return judge(understand(question), list(passages))


def test_a_sibling_term_the_passages_lack_is_a_labelled_gap():
    v = verdict("孵化器的企业所得税能免吗？", TAX, CRITERIA)
    assert v.refused and v.gaps[0].kind == "term" and v.gaps[0].asked == "企业所得税"
    assert "房产税" in v.gaps[0].held
    assert not verdict("孵化器能免房产税吗？", TAX, CRITERIA).refused


def test_a_kind_of_leave_the_passages_do_not_name_is_a_gap_and_its_other_names_are_held():
    henan = Passage("第二十七条 符合法律、法规规定生育子女的，除国家规定的产假外，增加产假三个月，给予其配偶护理假一个月。",
                    "河南省人口与计划生育条例", "河南省人口与计划生育条例", "河南省")
    v = verdict("河南这边公司的员工有没有育儿假啊？每年能休几天？", henan)
    assert v.refused and v.gaps[0].kind == "term" and v.gaps[0].asked == "育儿假"
    # 陪产假 is the text's 护理假: no neighbour's term
    assert not any(g.kind == "term" for g in verdict("河南男员工老婆生孩子，能休几天陪产假？", henan).gaps)


def test_a_place_is_a_scope_only_against_other_places_rules():
    assert not verdict("我们在兰州，省级孵化器在孵时限多久？", CRITERIA, TAX).refused
    v = verdict("杭州的省级孵化器在孵时限多久？", CRITERIA, STATS)
    assert v.refused and v.gaps[0].kind == "place" and v.gaps[0].held == "甘肃省"
    assert not verdict("我们在杭州，孵化器能免哪些税？", TAX, CRITERIA).refused  # a national rule holds everywhere
    assert not verdict("我们在杭州，合同要交印花税吗？", STAMP).refused


def test_a_year_the_first_passage_lacks_is_a_gap():
    v = verdict("截至2023年底，甘肃省有多少家国家级孵化器？", STATS)
    assert v.refused and v.gaps[0].kind == "year" and v.gaps[0].held == "2022年"
    assert not verdict("截至2022年底，甘肃省有多少家国家级孵化器？", STATS).refused


def test_a_kind_of_fact_no_passage_gives_is_refused_and_one_that_is_given_is_answered():
    assert not verdict("省级孵化器在孵企业最多能孵化多久？", CRITERIA).refused
    v = verdict("被认定为省级孵化器以后，政府一次性奖励多少资金？", CRITERIA, TAX)
    assert v.refused and v.gaps[0].kind == "type"


def test_a_part_answered_keeps_the_answer_and_names_the_missing_part():
    v = verdict("省级孵化器在孵企业最多能孵化多久？超期了罚多少钱？", CRITERIA)
    assert not v.refused and [g.asked for g in v.gaps] == ["missing_amount", "missing_penalty"]


def test_a_procedure_the_patterns_do_not_see_refuses_nothing():
    rail = Passage("第二十条 在铁路线路安全保护区内设置广告牌的，应当征得铁路运输企业同意并签订安全管理协议。",
                   "重庆市铁路安全管理条例", "重庆市铁路安全管理条例", "重庆市")
    assert not verdict("我们想在铁路边的安全保护区里立个广告大屏，要走什么程序？", rail).refused
    # a kind whose absence the patterns tell still refuses: a sum no passage gives
    assert verdict("我们想在铁路边的安全保护区里立个广告大屏，要交多少钱？", rail).refused


def test_a_laws_dateline_answers_only_when_the_question_asks_when():
    dateline = "2014年5月1日 施行"
    header = "2013年12月31日 市十二届人民代表大会常务委员会第十六次会议通过\n\n2014年4月11日 杭州市人民代表大会常务委员会第25号公布"
    assert only_dates(dateline, understand("营业执照是3月10日核准登记的，打算9月1号开始卖储值卡，可以吗？"))
    assert only_dates(header, understand("3月1号开展业务，3月20号再去备案，晚了吗？"))
    assert not only_dates(dateline, understand("这个条例什么时候开始施行？"))
    assert not only_dates(dateline, understand("When did the regulation take effect?"))
    # an article that only says when the text takes effect dates it, and answers nothing else
    assert only_dates("第十条 本条例自2014年5月1日起施行。", understand("3月1号开展业务，3月20号再去备案，晚了吗？"))
    assert not only_dates("第十条 本条例自2014年5月1日起施行。1998年发布的办法同时废止。", understand("3月1号开展业务，可以吗？"))


def test_nothing_close_is_refused():
    v = judge(understand("明天天气怎么样？"), [STATS], dense=0.8)
    assert v.refused and "nothing close" in v.reason


def test_a_rare_word_no_passage_of_the_corpus_has_does_not_rule_out_the_passage_that_answers():
    late = Passage("第六十条 纳税人未按照规定的期限申报办理税务登记的，由税务机关责令限期改正，可以处二千元以下的罚款。",
                   "中华人民共和国税收征收管理法", "中华人民共和国税收征收管理法")
    corpus = {"税务登记": 5.0, "罚款": 3.0, "期限": 2.0, "逾期": 5.0}  # the corpus's words: 超期 is the asker's own
    question = "办税务登记超期了，会罚多少？"
    assert not judge(understand(question), [late], corpus.get).refused
    # nor when some other passage of the corpus has it: the best passage speaks of the subject in its own words
    assert not judge(understand(question), [late], {**corpus, "超期": 6.0}.get).refused


def test_the_best_passage_answers_in_its_own_words_but_another_must_hold_the_askers_specialised_term():
    """停气 is a word of the corpus (another city's 停气公告), not of this article's 暂停供气: the best passage gives the
    hours all the same; a passage below a best one without a figure, lacking the term, gives no figure for it."""
    title = "北京市燃气管理条例"
    notice = Passage("第二十二条 燃气供应企业应当建立和完善各项安全保障制度，并遵守下列规定：\n（五）建立员工岗位培训制度；\n"
                     "（六）因例行检修、更换设施等情况，需要临时调整供气量或者暂停供气时，应当提前四十八小时将作业时间和影响区域予以公告；",
                     title, title, "北京市")
    idf = lambda w: 9.0 if w == "停气" else 5.0 if w in notice.text else None  # noqa: E731
    question = "北京 燃气公司 检修停气 提前多久公告"
    v = judge(understand(question), [notice], idf, idf_max=9.5)
    assert not v.refused, v.reason
    duty = Passage("第二十条 燃气供应企业应当对燃气设施进行检修，保障安全供气，并向社会公告服务标准。", title, title, "北京市")
    v = judge(understand(question), [duty, notice], idf, idf_max=9.5)
    assert v.refused and v.gaps[0].kind == "type", v.reason

def test_pronouns_never_say_what_a_question_is_about_but_how_often_does():
    from service.support import focus_words

    words = lambda q: {w for w, _ in focus_words(q, understand(q), None)}
    assert "自己" not in words("听说得自己做年度汇算，请问什么时间段办？") and "汇算" in words("听说得自己做年度汇算")
    assert "每年" in words("国家级孵化器每年要向科技部缴纳多少管理费？")


def test_a_particle_is_no_word_of_what_is_asked_but_a_place_ending_in_it_is():
    from service.support import focus_words

    words = lambda q: {w for w, _ in focus_words(q, understand(q), None)}
    assert "网吧" in words("我们想在商丘开个网吧，要办哪些证？") and "酒吧" in words("开酒吧要什么手续？")
    assert not {"对吧", "好吧"} & words("备案是在市场监管局办，对吧？好吧，那要多久？")


def test_an_asking_clause_that_names_nothing_takes_its_subject_from_the_clause_before():
    from service.support import _nearest_said

    q = "听说得自己做年度汇算，请问什么时间段办？"
    frame = understand(q)
    assert [w for w, _ in _nearest_said(frame.asked[0], frame, None)][:1] == ["汇算"]
    # the asker's judgement of their case (这样合规吗) is no subject of the figure asked after it: what they did is
    judged = understand("电梯里的监控录像硬盘只够存15天就覆盖了，这样合规吗？规定要存多久？")
    said = [w for w, _ in _nearest_said(judged.asked[-1], judged, None)]
    assert "合规" not in said and "监控" in said


def test_the_passage_that_states_the_asked_kind_of_fact_is_cited_first_when_close():
    general = Passage("第二条 纳税人应当依法办理税务登记。", "中华人民共和国税收征收管理法", "中华人民共和国税收征收管理法", score=1.0)
    penalty = Passage("第六十条 纳税人未按照规定的期限申报办理税务登记的，由税务机关责令限期改正，可以处二千元以下的罚款。",
                      "中华人民共和国税收征收管理法", "中华人民共和国税收征收管理法", score=0.9)
    far = Passage(penalty.text, penalty.section, penalty.title, score=0.5)
    assert verdict("没按期办税务登记会被罚款吗？", general, penalty).order[0] == 1
    assert verdict("没按期办税务登记会被罚款吗？", general, far).order[0] == 0  # not close enough to move up
    assert verdict("税务登记是什么？", general, penalty).order[0] == 0  # no kind of fact asked


LOAN = Passage("第十条 在本市创办小企业，符合本市促进就业等规定的，可以向所在地的区开业指导服务部门申请一定额度的开业贷款担保和贴息。",
               "上海市促进中小企业发展条例", "上海市促进中小企业发展条例", "上海市")
FEE = Passage("第四十四条 本市设立中小微企业政策性融资担保基金，担保费率不超过百分之一。", "上海市推进科技创新中心建设条例",
              "上海市推进科技创新中心建设条例", "上海市")


def test_a_figures_noun_near_a_quantity_word_asks_for_that_figure():
    # a subsidy is asked as a sum and as a reward (which a fine's sum does not give)
    assert [t.name for t in understand("政府补助金额大概是多少？").asked[0].types] == ["amount", "reward"]
    v = verdict("上海开业贷款担保的额度大概是多少？", LOAN)
    assert v.refused and v.gaps[0].asked == "missing_amount"
    assert verdict("上海 开业贷款担保 额度上限", LOAN).refused  # keywords: the noun with 上限 asks the figure
    assert not verdict("上海 开业贷款担保 贴息 申请", LOAN).refused  # keywords naming no figure ask none


RESERVES = Passage("第十六条 陆上低丰度气田是指每平方公里天然气可开采储量丰度低于二亿五千万立方米的气田。", "资源税法", "资源税法", "")


def test_ten_thousand_cubic_metres_are_no_sum_of_money():
    v = verdict("低丰度气田的资源税每立方米收多少钱？", RESERVES)
    assert v.refused and v.gaps[0].asked == "missing_amount"


def test_a_fee_rate_is_answered_by_a_rate_a_sum_by_a_sum_and_a_phone_number_by_a_number():
    assert not verdict("融资担保基金的担保费率是多少？", FEE).refused  # reads as a fee and as a rate: either answers
    assert verdict("开业指导服务部门的电话号码是多少？", LOAN).refused


def test_a_colloquial_word_is_held_by_the_texts_own_word_for_it():
    dividend = Passage("第三条 利息、股息、红利所得，财产租赁所得，财产转让所得和偶然所得，适用比例税率，税率为百分之二十。",
                       "中华人民共和国个人所得税法", "中华人民共和国个人所得税法")
    assert not verdict("股东分红 个人所得税 税率", dividend).refused  # 分红: 股息, 红利 (synonyms.tsv)


def test_the_best_passage_holding_most_of_the_subject_may_lack_one_specialised_word():
    donation = Passage("第九条 企业发生的公益性捐赠支出，在年度利润总额百分之十二以内的部分，准予在计算应纳税所得额时扣除。",
                       "中华人民共和国企业所得税法", "中华人民共和国企业所得税法")
    assert not verdict("企业公益性捐赠支出在多大比例内可以税前扣除？", donation).refused  # 税前: not the law's word


def test_a_whether_part_beside_a_missing_figure_answers_only_when_the_passages_speak_of_it():
    # a second part with its own subject the passages lack, or with none at all, leans on the missing figure
    v = verdict("被认定为省级孵化器以后，政府一次性奖励多少资金？博士和硕士的标准一样吗？", CRITERIA, TAX)
    assert v.refused and [g.asked for g in v.gaps] == ["missing_amount"]
    assert verdict("被认定为省级孵化器以后，政府一次性奖励多少资金？我们用不用交？", CRITERIA, TAX).refused
    # one the passages speak of, or one that points back at what the asker said, is answered
    assert not verdict("被认定为省级孵化器以后，政府一次性奖励多少资金？房产税和城镇土地使用税免征吗？", CRITERIA, TAX).refused
    assert not verdict("被认定为省级孵化器以后，政府一次性奖励多少资金？这种做法算数吗？", CRITERIA, TAX).refused


def test_a_short_article_that_names_the_asked_noun_gives_its_figure_in_the_next_sentence():
    pension = Passage("第十八条 用人单位和个人应当按照国家规定，向社会保险经办机构提出领取基本养老金的申请。"
                      "社会保险经办机构应当自收到申请之日起20个工作日内办理完毕。", "社会保险经办条例 > 第三章", "社会保险经办条例")
    idf = lambda w: 6.0 if w in pension.text else None  # 养老金 is a term few passages name: the fact must be where it is
    v = judge(understand("去社保经办机构申请领养老金，一般多少个工作日能办下来？"), [pension], idf)
    assert not v.refused, v.reason


def test_a_figure_in_another_documents_passage_that_speaks_of_the_subject_no_better_is_a_neighbours():
    leave = Passage("第四条 员工连续工作一年以上的，享受带薪年休假。单位应当保证员工享受年休假。", "职工带薪年休假条例",
                    "职工带薪年休假条例")
    elsewhere = Passage("第五条 员工在单位工作满十年的，每年可享受带薪探亲假20天。", "某省职工待遇办法", "某省职工待遇办法")
    own = Passage("第三条 员工累计工作已满一年不满十年的，带薪年休假5天。", "职工带薪年休假条例", "职工带薪年休假条例")

    def verdict_with_idf(question: str, *passages: Passage):
        idf = lambda w: 5.0 if any(w in p.text for p in passages) else None  # noqa: E731
        return judge(understand(question), list(passages), idf)
    question = "员工在我们这干满一年了，带薪年假得给他几天啊？"
    # the best passage speaks of paid leave without a number of days; the other document's days are not its
    assert verdict_with_idf(question, leave, elsewhere).refused
    # the same kind of figure in the best passage's own document answers
    assert not verdict_with_idf(question, leave, own).refused


def test_another_documents_passage_holding_more_of_the_question_is_no_neighbour():
    general = Passage("第三十条 财政部门、审计机关、监察机关及其他有关机关应当加强配合，对不属于其职权范围的事项，应当依法移送。",
                      "财政违法行为处罚处分条例", "财政违法行为处罚处分条例")
    asked = Passage("第三十五条 任何单位和个人有权举报政府非税收入执收中的违法行为。财政部门应当受理举报；认为举报的事项不属于"
                    "本部门管辖的，应当在五个工作日内移送有权处理的部门。", "浙江省政府非税收入管理条例", "浙江省政府非税收入管理条例")

    def verdict_with_idf(question: str, *passages: Passage):
        idf = lambda w: 5.0 if any(w in p.text for p in passages) else None  # noqa: E731
        return judge(understand(question), list(passages), idf)
    question = "向财政部门举报执收单位违规收费，若该部门认为举报事项不属于其管辖，应当在多长时间内移送？"
    # both name 移送; the second holds the asker's 举报, 管辖 too: its five working days answer
    assert not verdict_with_idf(question, general, asked).refused


def test_words_every_passage_has_say_little_about_which_one_speaks_of_the_subject():
    inquiry = Passage("第十七条 劳动保障行政部门对违反劳动保障法律、法规或者规章的行为的调查，应当自立案之日起60个工作日内完成；"
                      "对情况复杂的，经劳动保障行政部门负责人批准，可以延长30个工作日。", "劳动保障监察条例 > 第三章", "劳动保障监察条例")
    filing = Passage("第十四条 劳动保障行政部门认为用人单位有违反劳动保障法律、法规或者规章的行为，需要进行调查处理的，应当及时立案。",
                     "劳动保障监察条例 > 第三章", "劳动保障监察条例")
    question = "劳动保障行政部门对违法行为立案调查的法定期限是多久？"
    # 法定期限 is named by a few passages of the index (idf 7 of at most 9.5), 劳动 or 行政部门 by most of them
    idf = lambda w: {"法定期限": 7.0, "违法行为": 4.3, "立案": 6.7}.get(w, 2.0)  # noqa: E731
    answered = judge(understand(question), [inquiry, filing], idf, idf_max=9.5)
    assert not answered.refused, answered.reason


def test_the_places_a_place_gap_names_are_the_same_in_every_process():
    import os
    import subprocess
    import sys
    script = ("from service.support import Passage, judge\n"
              "from service.understand import understand\n"
              "p = Passage('推动长三角科技创新共同体建设，支持孵化器跨区域合作。', '上海市推进科技创新中心建设条例',"
              " '上海市推进科技创新中心建设条例', '上海市')\n"
              "print(judge(understand('深圳的孵化器有什么支持？'), [p, p, p]).gaps[0].held)\n")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    said = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=root,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip() for seed in range(4)}
    assert said == {"上海市"}  # 上海市 and 长三角 are both three characters: sorted order decides, not hashing


def test_a_sum_given_as_a_share_of_wages_or_a_multiple_answers_how_much():
    probation = Passage("第二十条 劳动者在试用期的工资不得低于本单位相同岗位最低档工资或者劳动合同约定工资的百分之八十，并不得低于"
                        "用人单位所在地的最低工资标准。", "第三章 劳动合同的履行和变更", "中华人民共和国劳动合同法")
    assert not verdict("新招的运营岗月薪6000元，试用期工资最低能发多少？", probation).refused
    severance = Passage("第四十七条 经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。",
                        "第四章 劳动合同的解除和终止", "中华人民共和国劳动合同法")
    assert not verdict("员工干了3年4个月，经济补偿要给多少钱？", severance).refused
    share = Passage("（2）在孵企业使用面积占75%以上。", "申请国家级科技企业孵化器应具备以下条件", GANSU, "甘肃省")
    assert verdict("國家級孵化器每年要向科技部繳納多少管理費？", share).refused  # a share of floor area is no sum
    non_compete = Passage("第十四条 竞业限制期间，企业应当按年支付补偿费，年补偿费不得低于该员工离职前一年从该企业获得的年报酬总额的"
                          "二分之一。", "第三章 竞业限制", "宁波市企业技术秘密保护条例")
    assert not verdict("竞业限制期间企业给员工的补偿最少要给多少？", non_compete).refused
    fare = Passage("第三十条 乘客应当持有效车票乘车，乘客越站乘车的，应当补交超过部分的票款。\n\n乘客无车票或者持无效车票乘车的，"
                   "轨道交通企业可以按照轨道交通网络单程最高票价补收票款，并可加收五倍票款。市交通行政管理部门应当加强对轨道交通企业"
                   "加收票款的监督。", "第三章 运营服务", "上海市轨道交通管理条例", "上海市")
    assert not verdict("乘客无车票乘车的，要补交多少钱？", fare).refused  # a multiple of the fare is a sum


def test_a_whether_part_beside_a_missing_figure_needs_the_specialised_term_it_asks_about():
    pledge = Passage("第十二条 鼓励金融机构开展知识产权质押融资业务，为企业提供专利权质押贷款服务。", "第三章 知识产权运用",
                     "上海市浦东新区建立高水平知识产权保护制度若干规定")
    v = verdict("我们在浦东拿专利去银行做质押贷款，政府给不给贴息？贴息比例是多少？", pledge)
    assert v.refused  # no passage speaks of 贴息: neither part is answered
    subsidy = Passage("第十二条 鼓励金融机构开展专利权质押贷款服务，区人民政府对符合条件的企业给予贷款贴息。", "第三章 知识产权运用",
                      "上海市浦东新区建立高水平知识产权保护制度若干规定")
    v = verdict("我们在浦东拿专利去银行做质押贷款，政府给不给贴息？贴息比例是多少？", subsidy)
    assert not v.refused and "missing_rate" in {g.asked for g in v.gaps}  # whether is answered, the rate is not


def test_a_close_rule_of_the_askers_own_place_comes_before_a_national_one():
    national = Passage("第二十五条 受理投诉部门应当自正式受理之日起10个工作日内，按程序将投诉转交有关部门。", "第四章 监督管理",
                       "保障中小企业款项支付条例", score=1.0)
    beijing = Passage("第二十九条 有关部门应当自收到投诉之日起十五日内作出处理，并将处理结果告知投诉人。", "第五章 权益保护",
                      "北京市促进私营个体经济发展条例", "北京市", score=0.9)
    assert verdict("我们在北京被乱收费，投诉以后他们多久得给处理结果？", national, beijing).order[0] == 1
    assert verdict("被乱收费，投诉以后他们多久得给处理结果？", national, beijing).order[0] == 0  # no place named
    far = Passage(beijing.text, beijing.section, beijing.title, beijing.region, score=0.6)
    assert verdict("我们在北京被乱收费，投诉以后他们多久得给处理结果？", national, far).order[0] == 0  # not close
    provincial = Passage("（3）在孵时限一般不超过5年。", "省级科技企业孵化器在孵企业应当具备以下条件", GANSU, "甘肃省", score=0.95)
    national_list = Passage("对国家级科技企业孵化器的在孵企业，在孵时限一般不超过48个月。", "国家级科技企业孵化器的在孵企业应当具备以下条件",
                            GANSU, "甘肃省", score=1.0)
    # the asker names 国家级, which the Gansu rule lacks: the national rule stays first
    assert verdict("我们在兰州，国家级孵化器的在孵时限多久？", national_list, provincial).order[0] == 0


def test_who_pays_is_answered_by_a_party_of_the_rule_and_a_tax_rate_answers_how_much_tax():
    returns = Passage("第二十五条 经营者采用网络方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由。退回商品的运费由"
                      "消费者承担；经营者和消费者另有约定的，按照约定。", "第二章 消费者的权利", "山东省消费者权益保护条例", "山东省")
    assert not verdict("我们在济南开网店，七天无理由还得给退吗？来回运费谁出啊？", returns).refused
    office = Passage("第十条 市场监督管理部门负责消费者权益保护工作。", "第一章 总则", "山东省消费者权益保护条例", "山东省")
    assert not verdict("消费纠纷找谁投诉？", office).refused
    vehicle = Passage("第四条 车辆购置税的税率为百分之十。", "中华人民共和国车辆购置税法", "中华人民共和国车辆购置税法")
    assert not verdict("我们买了一辆货车，价税合计22.6万元，车辆购置税要交多少？", vehicle).refused
    taxed = Passage("第一条 在中华人民共和国境内购置汽车、排气量超过一百五十毫升的摩托车的单位和个人，为车辆购置税的纳税人。",
                    "中华人民共和国车辆购置税法", "中华人民共和国车辆购置税法")
    assert not verdict("车辆购置税 摩托车 排气量 多少以上", taxed).refused  # a volume is a figure


def test_a_figure_the_passages_only_leave_to_another_rule_is_missing():
    complaint = Passage("第二十六条 投诉工作机构接到投诉后，应当在五个工作日内决定是否受理。投诉工作机构应当在受理投诉之日起二十个"
                        "工作日内办结受理的投诉事项；事项复杂确需延期的，可以依照国家规定适当延长。", "广东省外商投资权益保护条例",
                        "广东省外商投资权益保护条例", "广东省")
    v = verdict("投诉受理后事情复杂要延期，最多可以延长多少个工作日？", complaint)
    assert v.refused and v.gaps[0].asked == "missing_duration"
    assert not verdict("投诉受理以后，办结要多少个工作日？", complaint).refused  # the time limit itself is given
    moving = Passage("第二十三条 被补偿人搬家时，由补偿人按户发给搬家补贴费。搬家补贴费、临时过渡费的标准和计发办法，由市人民政府"
                     "规定。", "杭州市征收集体所有土地房屋补偿条例", "杭州市征收集体所有土地房屋补偿条例", "杭州市")
    v = verdict("杭州征地拆迁，搬家补贴费每户具体给多少钱？", moving)
    assert v.refused and v.gaps[0].asked == "missing_amount"


@pytest.mark.parametrize("sentence, leaves", [
    ("门票价格依照有关法律、法规的规定执行", True),
    ("具体补偿标准和补偿办法按照省和绍兴市有关规定执行", True),
    ("具体按照省人民政府有关规定执行", True),
    ("矿业权出让收益征收办法由国务院财政部门会同国务院自然资源主管部门、国务院税务主管部门制定", True),
    ("适用听证的罚款数额按照地方规定执行", True),
    ("事项复杂确需延期的，可以依照国家规定适当延长", True),
    ("搬家补贴费、临时过渡费的标准和计发办法，由市人民政府规定", True),  # a standard left to another body
    ("前期物业服务实行指导价的，按国家、省有关规定执行", True),
    ("收费标准由双方协商，报价格主管部门备案", False),  # no body left to set it
    ("城市维护建设税计征的具体办法，由国务院依据本法和有关税收法律、行政法规规定", False),  # a way of levying, no figure
    ("按照本条例规定执行", False),  # this text's own rule: the figure is here
    ("依照有关法律、法规的规定处罚", False),  # a penalty left to other laws is no figure left open
])
def test_the_words_that_leave_a_figure_to_another_rule(sentence, leaves):
    assert bool(delegation().search(sentence)) == leaves


def test_what_is_left_of_the_asked_figure_is_no_word_of_the_subject():
    complaint = Passage("投诉工作机构应当在受理投诉之日起二十个工作日内办结受理的投诉事项。", "广东省外商投资权益保护条例",
                        "广东省外商投资权益保护条例", "广东省")
    # 多少个工作日内要办结: without 多少个工作日, 内要 is no word the passage must hold
    assert not verdict("投诉受理后多少个工作日内要办结？", complaint).refused


def test_modal_words_say_nothing_of_the_subject_and_the_asked_figures_within_is_no_head():
    from service.support import focus_words, head_word

    q = "公司被列进严重违法企业名单之后，要过多少年才能被移出来？"
    assert "才能" not in {w for w, _ in focus_words(q, understand(q), None)}
    q = "运输工具申报进境，我们最晚要在多少天内向海关申报？"
    frame = understand(q)
    assert all(head_word(q, t, frame, None) != "内向" for t in frame.types)
    customs = Passage("第二十九条 进口货物的纳税义务人应当自运输工具申报进境之日起14日内，向货物的进境地海关申报。",
                      "中华人民共和国进出口关税条例", "中华人民共和国进出口关税条例")
    corpus = {"海关": 3.0, "申报": 2.0, "进境": 4.0, "内向": 8.0}  # 内向 held by a few chunks (境内向…)
    assert not judge(frame, [customs], corpus.get).refused


def test_a_day_named_by_its_event_is_a_date():
    works = Passage("第二十七条 利息从应付工程价款之日开始计付。当事人对付款时间没有约定或者约定不明的，下列时间视为应付款时间："
                    "（一）建设工程已实际交付的，为交付之日；", "建设工程施工合同解释", "建设工程施工合同解释")
    asked = "合同里没约定付款时间，欠款利息从什么时候开始算？"
    assert not judge(understand(asked), [works], {"利息": 6.0, "付款": 4.0, "欠款": 5.0}.get).refused


def test_who_catches_the_asker_is_not_what_the_fine_is_of():
    ships = Passage("第三十四条 从事水路运输经营的船舶未随船携带船舶营运证件的，责令改正，可以处1000元以下的罚款。",
                    "国内水路运输管理条例", "国内水路运输管理条例")
    asked = "我们的货船出去跑的时候船员忘带船舶营运证了，被海事查到会罚多少啊？"
    corpus = {"海事": 9.0, "船舶营运证": 8.0, "货船": 6.0, "船员": 5.0}  # 海事 rare: a scarce head would be looked for
    assert not judge(understand(asked), [ships], corpus.get).refused


def test_minutes_are_a_time_limit_and_a_tax_the_asker_abbreviates_is_the_texts_tax():
    power = Passage("第二十条 供电企业接到报修后，中心城区九十分钟内、其他地区二小时内到达现场。", "开封市优化营商环境条例",
                    "开封市优化营商环境条例")
    asked = "供电那边两个多小时才来人，按规定他们多久必须到现场？"
    assert not judge(understand(asked), [power], {"现场": 3.0, "到达": 2.0}.get).refused
    rate = Passage("第四条 城市维护建设税税率如下：（一）纳税人所在地在市区的，税率为百分之七；", "中华人民共和国城市维护建设税法",
                   "中华人民共和国城市维护建设税法")
    asked = "我们在杭州市区开了家贸易公司，没有消费税，城建税按多少税率算？"
    corpus = {"城市维护建设税": 4.0, "税率": 2.0, "消费税": 3.0, "市区": 3.0}
    assert not judge(understand(asked), [rate], corpus.get).refused


def test_a_count_of_people_given_as_their_share_and_a_sum_as_a_share_of_the_fee():
    recall = Passage("第二十五条 罢免职工董事、职工监事，应当有三分之一以上的职工代表或者十分之一以上职工联名提议。",
                     "浙江省企业民主管理条例", "浙江省企业民主管理条例")
    asked = "员工想罢免公司的职工董事，要多少人联名才能提？"
    assert not judge(understand(asked), [recall], {"联名": 6.0, "罢免": 6.0, "董事": 4.0}.get).refused
    share = Passage("第十二条 许可他人实施专利的，应当从收取的使用费中提取不低于百分之二十，作为报酬支付发明人。",
                    "宁波市专利管理条例", "宁波市专利管理条例")
    asked = "我们把专利许可给别的厂用，收来的许可费要分多少给当初搞出这个专利的员工啊？"
    corpus = {"许可": 3.0, "专利": 1.0, "员工": 3.0, "当初": 6.0, "使用费": 4.0}
    assert not judge(understand(asked), [share], corpus.get).refused


def test_a_reward_or_subsidy_is_not_given_by_the_sum_of_a_fine_or_of_money_taken_back():
    law = "浙江省高新技术促进条例"
    fine = Passage("第二十七条 企业采取欺骗手段骗取高新技术企业认定证书的，由负责认定的部门取消其资格，并可以处五万元以上"
                   "二十万元以下的罚款。", law, law, "浙江省")
    award = Passage("第十五条 对首次认定的高新技术企业，给予一次性奖励二十万元。", law, law, "浙江省")
    asked = "首次认定的高新技术企业有一次性奖励，奖励金额是多少？"
    v = verdict(asked, fine)
    assert v.refused and v.gaps[0].kind == "type"
    assert not verdict(asked, award, fine).refused
    assert not verdict("骗取高新技术企业认定证书的，罚款金额是多少？", fine).refused  # a fine's sum answers a fine


def test_a_price_written_in_chinese_numerals_is_a_price():
    rule = Passage("朝阳区、海淀区为每平方米四十五元；延庆区为每平方米三十五元。", "北京市耕地占用税适用税额",
                   "北京市耕地占用税适用税额的决定", "北京市")
    assert not verdict("延庆区耕地占用税每平方米多少钱？", rule).refused


def test_a_bound_set_by_another_amount_answers_how_much_at_most():
    rule = Passage("第十六条 企业发行企业债券的总面额不得大于该企业的自有资产净值。", "企业债券管理条例", "企业债券管理条例")
    assert not verdict("我们想发企业债券，最多能发多少面额？", rule).refused
    other = Passage("第五条 企业发行企业债券应当按照本条例的规定进行审批。", "企业债券管理条例", "企业债券管理条例")
    assert verdict("我们想发企业债券，最多能发多少面额？", other).refused


def test_a_sum_bounded_by_another_sum_answers_how_much_at_most():
    rule = Passage("第十四条 担保金额按照下列标准确定：（一）为提前放行货物提供的担保，担保金额不得超过可能承担的最高税款总额；",
                   "中华人民共和国海关事务担保条例", "中华人民共和国海关事务担保条例")
    assert not verdict("为了让货提前放行交的担保，金额最多能要多少？", rule).refused
    other = Passage("第十三条 当事人以保函向海关提供担保的，保函应当载明担保金额。", "中华人民共和国海关事务担保条例",
                    "中华人民共和国海关事务担保条例")
    assert verdict("为了让货提前放行交的担保，金额最多能要多少？", other).refused


def test_an_elliptical_question_takes_its_subject_from_the_question_before_not_from_the_story():
    from service.support import _nearest_said

    frame = understand("在山东被抽查时拿走的样品，检验完了能不能返还给我们？多久之内还？")
    assert "检验" in [w for w, _ in _nearest_said(frame.asked[-1], frame, None)]
    story = understand("执法人员说算不出违法所得。这种情况罚款范围是多少？")
    assert "执法人员" not in [w for w, _ in _nearest_said(story.asked[-1], story, None)]


def test_how_often_is_answered_by_a_frequency_said_with_every():
    duties = Passage("（八）每月至少组织研究一次安全生产工作；每季度至少组织落实一次安全生产工作全面检查；",
                     "宁波市生产经营单位安全生产主体责任规定 > 第五条 生产经营单位主要负责人应当履行下列职责",
                     "宁波市生产经营单位安全生产主体责任规定", "宁波市")
    assert not verdict("老板多久要组织一次安全生产全面检查？", duties).refused


def test_the_article_that_punishes_a_breach_of_the_best_passage_speaks_of_its_subject():
    title = "外商投资电信企业管理规定"
    rule = Passage("第十七条 外商投资电信企业经营跨境电信业务，必须经国务院工业和信息化主管部门批准，并通过国际电信出入口局进行。",
                   title, title)
    other = Passage("第十二条 设立外商投资电信企业，由中方主要投资者向主管部门提出申请。", title, title)
    fine = Passage("第十九条 违反本规定第十七条规定的，由国务院工业和信息化主管部门责令限期改正，并处20万元以上100万元以下的罚款。",
                   title, title)
    assert not verdict("外资电信公司私自做跨境电信业务，没走国际出入口局，罚宽是多少？", rule, other, fine).refused
    unrelated = Passage("第十九条 违反本规定第十五条规定的，由主管部门责令限期改正，并处罚款。", title, title)
    assert verdict("外资电信公司私自做跨境电信业务，没走国际出入口局，罚宽是多少？", rule, other, unrelated).refused


def test_the_office_that_acts_is_not_what_the_asked_figure_is_of():
    fine = Passage("第三十六条 有著作权法所列侵权行为，同时损害社会公共利益，非法经营额5万元以上的，著作权行政管理部门可处非法经营额"
                   "1倍以上5倍以下的罚款。", "中华人民共和国著作权法实施条例", "中华人民共和国著作权法实施条例")
    idf = lambda w: 9.7 if w == "版权局" else 3.0  # 版权局 is in some other passage of the corpus
    v = judge(understand("有公司盗印我们的插画卖，非法经营额大概3万元，版权局最多能罚他们多少？"), [fine], idf, idf_max=9.7)
    assert not v.refused


def test_a_rule_of_another_place_than_the_askers_is_elsewhere():
    from service.support import elsewhere
    beijing = Passage("第十五条 信息化工程的保修期自工程竣工验收合格之日起不得少于两年。", "北京市信息化促进条例", "北京市信息化促进条例",
                      "北京市")
    assert elsewhere(understand("我们在山东济南，合同写保修两年合规吗？"), beijing)
    assert not elsewhere(understand("我们在海淀，合同写保修两年合规吗？"), beijing)  # 海淀 is in 北京
    assert not elsewhere(understand("合同写保修两年合规吗？"), beijing)  # no place said
    assert not elsewhere(understand("我们在济南，合同要交印花税吗？"), STAMP)  # a national rule holds everywhere


def test_a_national_law_holds_everywhere_whatever_places_it_names():
    """国徽法 names 天安门 in 北京 as a place to hang the emblem: its rules are not Beijing's, and an asker in 郑州 is
    answered from them."""
    from service.support import elsewhere, jurisdiction
    emblem = Passage("第五条 下列场所应当悬挂国徽：（一）北京天安门城楼、人民大会堂；（三）各级人民法院和专门人民法院的审判庭；",
                     "中华人民共和国国徽法", "中华人民共和国国徽法")
    assert jurisdiction(emblem) is None
    assert not elsewhere(understand("我们在郑州接了个法院装修项目，审判庭要挂国徽吗？"), emblem)
    local = Passage("第五条 北京天安门地区的管理，由市人民政府负责。", "北京市天安门地区管理规定", "北京市天安门地区管理规定")
    assert elsewhere(understand("我们在郑州，广场管理归谁？"), local)


def test_a_place_the_asker_names_that_a_documents_title_names_is_held():
    """白河 is a county's short name and a river's: a regulation titled with the asker's 白河 speaks of it, whichever
    it is, and is not another place's rule."""
    from service.support import elsewhere
    river = Passage("第三十六条 任何单位发生事故，造成或者可能造成水污染的，应当立即采取应急措施。", "南阳市白河水系水环境保护条例",
                    "南阳市白河水系水环境保护条例")
    question = "企业发生可能造成白河水系水污染的事故时，应当履行哪些应急处置义务？"
    assert understand(question).places and not elsewhere(understand(question), river)
    assert elsewhere(understand("我们在郑州，企业发生水污染事故要履行哪些义务？"), river)


def test_the_act_a_penalty_is_for_may_be_said_in_the_askers_own_words():
    title = "外国企业常驻代表机构登记管理条例"
    fine = Passage("第三十五条 未经登记，擅自设立代表机构或者从事代表机构业务活动的，由登记机关责令停止活动，处以5万元以上20万元"
                   "以下的罚款。", title, title)
    idf = lambda w: 7.6 if w == "开展业务" else 3.0  # 开展业务 is said by a few other passages of the corpus
    assert not judge(understand("代表处 未登记 擅自开展业务 罚款"), [fine], idf, idf_max=12.0).refused


def test_when_a_thing_takes_effect_is_answered_by_the_event_it_follows():
    title = "青岛市专利保护规定"
    mediation = Passage("第十八条 经调解达成协议的,调解协议经双方当事人签字或者盖章后生效。", title, title, "青岛市")
    assert not verdict("专利纠纷调解达成了协议，协议什么时候生效？", mediation).refused


def test_a_shortened_word_of_the_question_is_found_spelled_out_in_the_passage():
    licence = Passage("第九条 国务院专利行政部门应当自受理申请之日起20日内作出是否颁发专利代理机构执业许可证的决定。",
                      "专利代理条例", "专利代理条例", "")
    assert not verdict("专利代理机构申请执业许可，部门应在多长期限内作出是否颁证的决定？", licence).refused
    assert present("营收", "上年营业收入超过300万元", {})
    assert not present("颁证", "颁发奖金。许可证另行办理", {})  # not within one clause
    assert not present("气税", "契税的税率为百分之三", {})


def test_price_as_the_topic_of_a_rule_is_no_price_asked():
    ledger = Passage("第十四条 价格监测定点单位应当按照价格监测台账管理办法设立价格监测台账，其保存期限不少于两年。",
                     "青岛市价格监测条例", "青岛市价格监测条例", "")
    assert not verdict("按青岛的规定，价格监测台账得保存至少几年？", ledger).refused
    v = verdict("孵化器的工位价格是多少？", CRITERIA)
    assert v.refused and {g.asked for g in v.gaps} & {"missing_price", "missing_amount"}


def test_a_count_asked_with_its_measure_word_is_stated_only_by_a_number_with_that_word():
    sizes = Passage("第二十七条 （一）100人以下的集体企业，建立职工大会制度；（二）300人以上的集体企业建立职工代表大会制度。",
                    "城镇集体所有制企业条例", "城镇集体所有制企业条例", score=1.0)
    meetings = Passage("第二十九条 职工(代表)大会依照企业章程规定定期召开，但每年不得少于两次。",
                       "城镇集体所有制企业条例", "城镇集体所有制企业条例", score=0.9)
    assert verdict("集体企业的职工大会一年最少要开几次？", sizes, meetings).order[0] == 1
    assert verdict("集体企业多少人以下只建职工大会？", sizes, meetings).order[0] == 0


def test_a_thing_asked_about_by_name_that_no_passage_of_the_corpus_names_is_refused():
    corpus = [TAX.text, CRITERIA.text, STAMP.text, "第九条 安全生产许可证的有效期为3年。", "国家备案的众创空间"]
    names = lambda words: any("".join(words) in text for text in corpus)  # what Index.names says of these texts
    v = judge(understand("我开了家奶茶店，食品经营许可证一般多久能批下来？要准备啥材料？"), [CRITERIA], names=names)
    assert v.refused and [(g.kind, g.asked) for g in v.gaps] == [("name", "食品经营许可证")]
    v = judge(understand("我们天使轮融资，投资人要签对赌协议，这种对赌条款在法律上有效吗？"), [STAMP], names=names)
    assert v.refused and v.gaps[0].asked == "对赌条款"  # a word jieba does not know keeps its characters
    # an asking clause that points back (这种条款) asks about what the question named before it, wherever jieba cuts
    # the act from the name (签对|赌|协议)
    v = judge(understand("投资人要我们签对赌协议，三年业绩不达标就要创始人回购股份，这种条款在法律上有效吗？"), [STAMP], names=names)
    assert v.refused and [(g.kind, g.asked) for g in v.gaps] == [("name", "对赌协议")]
    v = judge(understand("我们跟投资人签了对赌协议，业绩不到就由创始人回购股份，这种条款有法律效力吗？"), [STAMP], names=names)
    assert v.refused and [(g.kind, g.asked) for g in v.gaps] == [("name", "对赌协议")]  # 法律效力 judges, names nothing
    assert not judge(understand("我们有食品经营许可证，这个孵化器在孵时限多久？"), [CRITERIA], names=names).refused
    assert judge(understand("要不要申请ICP备案？"), [STAMP], names=names).gaps[0].asked == "ICP备案"  # as written
    # named by the corpus; the story before the question; an office, a verb or a modifier before or after
    # (refused for its period, which 在孵时限 is not: no name is missing)
    assert not any(g.kind == "name" for g in judge(understand("安全生产许可证的有效期是几年？"), [CRITERIA], names=names).gaps)
    assert not judge(understand("我们有食品经营许可证，孵化器在孵时限多久？"), [CRITERIA], names=names).refused
    for question in ("还能申报国家备案吗？", "商标是在海关总署备案的，要交印花税吗？", "有建筑资质的企业要交印花税吗？",
                     "应在多长时间内备案？"):
        assert not _unnamed(understand(question), names, None), question
    # another part of the question that names its own subject is still answered
    assert not judge(understand("食品经营许可证要多久？孵化器在孵时限多久？"), [CRITERIA], names=names).refused
    # an index that cannot tell (keywords in the store) refuses nothing for it
    assert not judge(understand("食品经营许可证要多久？"), [CRITERIA], names=lambda words: None).refused


def test_in_english_an_acronym_named_as_the_thing_asked_about_that_no_passage_holds_is_refused():
    names = lambda words: any(w.lower() == "cnas" for w in words)  # Index.names folds the words
    v = judge(understand("Do we need an ICP filing for our app, and how long does it take?"), [STAMP], names=names)
    assert v.refused and [(g.kind, g.asked) for g in v.gaps] == [("name", "ICP filing")]
    assert not _unnamed(understand("Can we keep the US filing date as our priority date?"), names, None)  # a place
    assert not _unnamed(understand("How long does CNAS certification take?"), names, None)  # the corpus names it
    assert not _unnamed(understand("We got our ICP licence last year. How is stamp tax paid?"), names, None)  # story


def test_the_verb_that_asks_for_a_figure_is_the_askers_way_of_asking_not_a_term_of_the_subject():
    fine = Passage("第四十三条 违反本条例规定无销售额、违法所得，或者销售额、违法所得无法计算的，可根据情节轻重处以五万元以下的罚款。",
                   "重庆市计量监督管理条例 > 第八章 法律责任", "重庆市计量监督管理条例", "重庆市")
    q = "违法行为无销售额、违法所得，或者违法所得无法计算的，可处多少罚款？"
    corpus = {"可处": 9.0, "罚款": 1.5, "违法所得": 3.0, "销售额": 4.0, "计算": 2.0, "违法行为": 3.0}
    assert not judge(understand(q), [fine], corpus.get).refused  # 可处 is how the asker asks; the text says 处以


def test_a_part_that_only_points_back_at_the_askers_story_needs_no_rule_to_tell_the_story():
    market = Passage("第三十三条 场内经营者违反本条例第二十八条规定，经营涉及人体健康、生命安全的商品未建立购销台账或者索取供货方合格证明的，"
                     "由市场监督管理部门责令改正，并可处一千元以上五千元以下的罚款。", "上海市商品交易市场管理条例 > 第五章 法律责任",
                     "上海市商品交易市场管理条例", "上海市")
    q = "我在上海一个建材市场有个摊位，主要卖漏电保护器、接线板和穿线管。市场监管说我们没建购销台账。这种情况会罚多少钱？"
    idf = {"建材市场": 9.0, "接线板": 10.0, "穿线管": 10.0, "市场监管": 5.0, "台账": 6.0, "保护器": 9.0, "漏电": 9.0,
           "摊位": 7.0, "购销": 6.0, "罚款": 2.0, "上海": 3.0}
    # 接线板 and 穿线管 are what the asker sells, not words a rule on their omission would say
    assert not judge(understand(q), [market], idf.get, idf_max=10.0).refused


def test_the_sentence_dating_when_a_text_takes_effect_answers_only_when_it_is_asked():
    law = "重庆市统计管理条例"
    last = Passage("第四十七条 本条例自2013年5月1日起施行。", f"{law} > 第七章 附则", law, "重庆市")
    idf = {"统计": 3.0, "月报": None}.get  # 月报: a word no passage of the index holds
    ask = lambda q: judge(understand(q), [last], lambda w: idf(w, 2.0), {}, idf_max=10.0)
    assert ask("重庆的企业统计月报，每个月最晚几号前要报上去？").refused
    assert not ask("重庆市统计管理条例是从哪天开始施行的？").refused
    assert not ask("When did the Chongqing statistics regulation take effect?").refused


def test_far_passages_must_hold_the_specialised_things_asked_about():
    law = "上海市优化营商环境条例"
    p = Passage("第三十一条 本市推行企业开办全流程一表申请、一窗领取。申请企业等经营主体设立、变更登记的，可以通过一网通办平台办理。",
                f"{law} > 第三章", law, "上海市")
    ask = lambda q, dense: judge(understand(q), [p], lambda w: 2.0, {}, dense=dense, idf_max=10.0)
    v = ask("专精特新小巨人企业能不能一表申请？", 0.88)  # far, and no passage names 专精特新
    assert v.refused and v.gaps[0].kind == "unheld" and v.gaps[0].asked == "专精特新小巨人企业"  # the asker's name for it
    assert not ask("专精特新小巨人企业能不能一表申请？", 0.92).refused  # close enough: judged by what it asks
    assert not ask("企业开办可以一窗领取吗？", 0.88).refused  # far, but what it names is there


def test_an_article_of_a_few_sentences_is_read_whole_for_the_fact_asked():
    law = "安全生产许可证条例"
    text = ("第七条 企业进行生产前，应当依照本条例的规定向安全生产许可证颁发管理机关申请领取安全生产许可证，并提供本条例第六条规定的相关文件、资料。"
            "颁发管理机关应当自收到申请之日起45日内审查完毕，经审查符合本条例规定的安全生产条件的，颁发安全生产许可证；不符合本条例规定的"
            "安全生产条件的，不予颁发安全生产许可证，书面通知企业并说明理由。煤矿企业应当以矿（井）为单位，依照本条例的规定取得安全生产许可证。"
            "非煤矿矿山企业、危险化学品、烟花爆竹生产企业和建筑施工企业，应当依照本条例的规定，在规定的期限内向颁发管理机关提出申请，并提交有关"
            "文件和资料，颁发管理机关应当依法受理和审查，对不符合条件的企业责令限期整改，整改后仍不符合条件的，不予颁发。")
    assert 300 < len(text) <= 450
    v = judge(understand("我们烟花厂递了安全生产许可证的申请，审批一般要等多久啊？"), [Passage(text, law, law, "")],
              lambda w: 2.0, {}, idf_max=10.0)
    assert not v.refused  # 45日内 is in a sentence that does not say 审批 (its word is 审查)


def test_what_a_figure_leads_to_is_not_what_it_is_of():
    dumping = Passage("第十七条 在表示支持申请或者反对申请的国内产业中，支持者的产量占支持者和反对者的总产量的50%以上的，应当认定申请"
                      "是由国内产业或者代表国内产业提出，可以启动反倾销调查。", "中华人民共和国反倾销条例", "中华人民共和国反倾销条例")
    asked = "想牵头申请反倾销调查，同行里支持的要到多少才能立案啊？"
    corpus = {"立案": 6.0, "反倾销": 9.0, "申请": 2.0, "同行": 5.0, "支持": 3.0}
    assert not judge(understand(asked), [dumping], corpus.get).refused


def test_a_figure_asked_in_a_unit_of_measure_is_answered_only_in_that_unit():
    relics = Passage("第六十六条 在文物保护单位的建设控制地带内进行建设工程，未经批准的，处五万元以上五十万元以下的罚款。",
                     "中华人民共和国文物保护法", "中华人民共和国文物保护法")
    asked = "文物保护单位的建设控制地带是周边多少米以内？"
    corpus = {"建设控制地带": 9.0, "文物保护单位": 7.0, "周边": 3.0}
    assert judge(understand(asked), [relics], corpus.get).refused
    river = Passage("第十二条 文物保护单位的建设控制地带为保护范围外五十米以内的区域。", "某市文物保护条例", "某市文物保护条例")
    assert not judge(understand(asked), [river], corpus.get).refused


def test_where_a_time_asked_ends_in_the_askers_words_is_not_what_the_passages_must_hold():
    start = Passage("第十八条 商务部决定立案调查的，应当予以公告，并通知申请人、已知的出口经营者和进口经营者。", "中华人民共和国反倾销条例",
                    "中华人民共和国反倾销条例")
    limit = Passage("第二十六条 反倾销调查，应当自立案调查决定公告之日起12个月内结束；特殊情况下可以延长，但延长期不得超过6个月。",
                    "中华人民共和国反倾销条例", "中华人民共和国反倾销条例")
    asked = "这个产品被商务部立案搞反倾销调查了，下游客户都在观望。想问下这种调查一般要多久才有结果？最长能拖多久？"
    assert not judge(understand(asked), [start, limit]).refused  # 想问下 says nothing of the subject
    corpus = {"调查": 2.0, "立案": 3.0, "结果": 2.5, "反倾销": 8.0, "商务部": 5.0}
    assert not judge(understand(asked), [start, limit], corpus.get, idf_max=9.0).refused  # nor does 才有结果


def test_whether_there_is_a_thing_is_not_answered_by_passages_that_never_name_it_when_its_figure_is_missing_too():
    insurance = Passage("第十条 鼓励矿山、建筑施工、危险化学品等生产经营单位投保安全生产责任保险。", "宁波市安全生产条例",
                        "宁波市安全生产条例")
    asked = "我们工厂投保了安全生产责任保险，政府有没有补贴？一般给多少钱？"
    assert judge(understand(asked), [insurance]).refused  # 鼓励投保 says nothing of a subsidy
    fined = Passage("第二十条 参展商转售展位的，由市场监管部门处五千元以上二万元以下罚款。", "潍坊市会展业促进条例",
                    "潍坊市会展业促进条例")
    assert not judge(understand("参展商私下转卖展位会被罚款吗？一般罚多少？"), [fined]).refused


def test_a_word_for_time_itself_is_no_head_of_the_time_asked():
    from service.support import head_word

    # 最短时间是多久 asks the time limit itself: no noun the passage must name beside its figure (短时间 is a rare word)
    q = "政府采购中货物或服务采用招标方式的，从发出招标文件到投标截止，法律规定的最短时间是多久？"
    frame = understand(q)
    rare = {"短时间": 8.8, "时间": 2.0}.get
    assert [head_word(q, t, frame, rare) for t in frame.types] == [""] * len(frame.types)
    q = "商标注册的有效期是几年？"  # a noun of its own still is one
    frame = understand(q)
    assert "有效期" in [head_word(q, t, frame, {"有效期": 6.0}.get) for t in frame.types]


def test_a_figure_asked_in_a_unit_and_a_month_asked_need_them_held():
    """几千吨 asks a figure in tonnes, 几月到几月 asks months: a passage that only says a rule exists (仓储条件,
    规定禁采期) answers neither, one that gives them answers."""
    store = Passage("第十三条 粮食收购者使用的仓储设施，应当具有与储存品种、规模、周期等相适应的仓储条件。", "粮食流通管理条例",
                    "粮食流通管理条例")
    v = verdict("做粮食收购的仓库最少要多大容量，比如几千吨？", store)
    assert v.refused and v.gaps[0].asked == "missing_figure"
    sized = Passage("第十三条 做粮食收购的仓库，容量最少不得少于5000吨。", "粮食流通管理条例", "粮食流通管理条例")
    assert not verdict("做粮食收购的仓库最少要多大容量，比如几千吨？", sized).refused
    sand = Passage("第二十五条 水行政主管部门负责河道管理，制定采砂规划，划定禁采区和规定禁采期。", "某市河道管理条例", "某市河道管理条例")
    v = verdict("河道 采砂 禁采期 几月到几月", sand)
    assert v.refused and v.gaps[0].asked == "missing_date"
    dated = Passage("第二十五条 每年3月1日至6月30日为河道采砂禁采期。", "某市河道管理条例", "某市河道管理条例")
    assert not verdict("河道 采砂 禁采期 几月到几月", dated).refused


def test_another_places_rule_gives_no_fact_for_the_askers_place():
    """An asker in 宁波: the province's rule comes first and has no number; 台州's rule beside it has one, but 台州's
    numbers are not 宁波's, so the question is refused rather than answered from it."""
    province = Passage("第二十一条 承办单位应当认真办理代表建议，并在规定期限内答复代表。", "浙江省人民代表大会代表建议办理的规定",
                       "浙江省人民代表大会代表建议办理的规定", score=1.0)
    taizhou = Passage("第十条 市人民代表大会代表十人以上联名，可以向市人民代表大会提出地方性法规案。", "台州市制定地方性法规条例",
                      "台州市制定地方性法规条例", score=0.95)
    question = "宁波市人大代表联名提出地方性法规案，需要多少名代表联名？"
    assert verdict(question, province, taizhou).refused
    assert not verdict(question.replace("宁波", "台州"), taizhou, province).refused


def test_without_a_licence_is_said_in_the_texts_own_words():
    """无证 (the asker's word) is 未经许可, 未取得 or 未经批准 in a rule (synonyms.tsv)."""
    assert present("无证", "未经批准或者不按照采砂许可规定的区域进行采砂的", {})
    assert present("无证", "未取得生产许可证而擅自生产的", {})
    assert not present("无证", "取得采砂许可证后方可采砂", {})


def test_a_fee_is_not_answered_by_the_sum_of_a_fine():
    """水资源费 asked: the article fining whoever takes water without a permit gives a fine's sum, not the fee."""
    assert [t.name for t in understand("取用地下水的水资源费一方收多少钱？").asked[0].types] == ["amount", "fee"]
    assert [t.name for t in understand("收来的许可费要分多少给员工？").asked[0].types] == ["amount"]  # a share of it
    fine = Passage("第四十三条 未经批准在地下水限制开采区内取用地下水的，处以二万元以上八万元以下罚款。",
                   "河南省实施《中华人民共和国水法》办法", "河南省实施《中华人民共和国水法》办法")
    v = verdict("河南取用地下水的水资源费一方收多少钱？", fine)
    assert v.refused and v.gaps[0].asked == "missing_amount"
    fee = Passage("第二十条 取用地下水的，水资源费按每立方米0.5元征收。", "河南省水资源费征收办法", "河南省水资源费征收办法")
    assert not verdict("河南取用地下水的水资源费一方收多少钱？", fee).refused


def test_the_lead_of_a_list_of_cases_gives_its_fine_to_the_item_that_names_the_act():
    """有下列行为之一的，…处5000元以上2万元以下的罚款：…（二）未…设置淋浴间、更衣室…: the item names the act, its lead
    the fine, and a rare word of the question (淋浴间) must be where the fine is said."""
    article = Passage("第六十九条 用人单位违反本条例的规定，有下列行为之一的，由卫生行政部门给予警告，责令限期改正，处5000元以上"
                      "2万元以下的罚款；逾期不改正的，责令停止使用有毒物品作业：（一）未按照规定配备或者聘请职业卫生医师和护士的；"
                      "（二）未为从事使用高毒物品作业的劳动者设置淋浴间、更衣室的；（三）未安排劳动者进行上岗前职业健康检查的。",
                      "使用有毒物品作业场所劳动保护条例 > 第七章 罚则", "使用有毒物品作业场所劳动保护条例")
    corpus = {"高毒": 9.5, "淋浴间": 15.5, "更衣室": 12.9, "作业": 4.8, "罚款": 3.0}
    verdict = judge(understand("高毒作业 没设淋浴间 更衣室 罚款多少"), [article], corpus.get)
    assert not verdict.refused


def test_a_national_rule_naming_a_suburb_is_no_other_places_rule():
    """铁路安全管理条例's 城市郊区 and 会同县级以上 name no place: an asker in 河北 is answered from it."""
    rail = Passage("第二十七条 铁路线路安全保护区的范围，从铁路线路路堤坡脚外侧起向外的距离分别为：（二）城市郊区居民居住区为12米；"
                   "（三）村镇居民居住区高速铁路为15米，其他铁路为12米。由铁路监督管理机构会同县级以上地方人民政府划定。",
                   "铁路安全管理条例", "铁路安全管理条例")
    v = verdict("我们在河北一个村镇有块地，挨着普通铁路，村镇居民区这种地方保护区是多少米？", rail)
    assert not v.refused and not v.gaps


def test_the_unit_of_the_figure_asked_and_a_manner_are_not_what_it_is_of():
    """培训多少个小时才能下井: 小时 is the figure's unit and 下井 what it leads to; 要是违规立了会罚多少: 违规 says how
    it was put up, the fine is not 违规's. Passages that give the figure answer both."""
    from service.support import head_word

    mine = Passage("第三十五条 新进矿山的井下作业职工，接受安全教育、培训的时间不得少于72小时，考试合格后，必须在有安全工作经验的"
                   "职工带领下工作满4个月。", "矿山安全法实施条例", "矿山安全法实施条例")
    assert not verdict("我们矿上新招了一批井下工人，要培训多少个小时才能下井？", mine).refused
    q = "要是违规立了会罚多少？"
    frame = understand(q)
    assert all(head_word(q, t, frame, {"违规": 6.6}.get) == "" for t in frame.types)


def test_a_number_and_its_unit_are_not_what_a_figure_is_of():
    """那一平方米大概要交多少钱 after a question on the 补偿费: 一平方米 is how the sum is counted, not its subject, so the
    fee's passage, which gives no sum, decides (not a fine per square metre for another act)."""
    title = "重庆市城市园林绿化条例"
    fee = Passage("第三十四条 临时占用城市园林绿地不得超过两年。临时占用城市园林公共绿地的，应当按照规定缴纳城市园林绿化补偿费。",
                  title, title)
    fine = Passage("第五十三条 违反本条例第四十条规定，拆除立体绿化的，责令限期改正。逾期未改正的，按照拆除立体绿化面积每平方米五百元"
                   "以上二千元以下处以罚款。", title, title)
    v = verdict("那一平方米大概要交多少钱？（上文：在重庆临时占用城市公共绿地，要交园林绿化补偿费吗？）", fee, fine)
    assert v.refused and v.gaps[0].asked == "missing_amount"


def test_a_kind_the_passage_quoted_first_gives_is_never_noted_as_missing():
    # the best-scored passage gives no years; the one that states them is quoted first, so no note denies them
    profits = Passage("第七十七条 以前年度的亏损未弥补前不得分配利润。以前年度未分配的利润，可以并入本年度利润分配。",
                      "中华人民共和国中外合资经营企业法实施条例", "中华人民共和国中外合资经营企业法实施条例", score=0.80)
    losses = Passage("第十八条 企业纳税年度发生的亏损，准予向以后年度结转，用以后年度的所得弥补，但结转年限最长不得超过五年。",
                     "中华人民共和国企业所得税法", "中华人民共和国企业所得税法", score=0.78)
    v = verdict("公司前几年的亏损可以用以后年度的利润弥补吗？最多几年？", profits, losses)
    assert not v.refused and v.order[0] == 1 and v.gaps == []
    # quoted first without the years asked, the note stays
    v = verdict("公司前几年的亏损可以用以后年度的利润弥补吗？最多几年？", profits)
    assert not v.refused and [g.asked for g in v.gaps] == ["missing_duration"]


def test_an_english_questions_figure_must_be_where_a_long_passage_names_its_rarer_words():
    filler = "创客公寓由运营机构统一管理，入住人员应当遵守公寓管理制度，爱护公共设施，保持环境整洁。" * 12  # longer than SHORT
    long = Passage(f"第二十条 {filler}经营者违反本条例规定擅自改变场地用途的，处五千元以上一万元以下罚款。",
                   "某市创业服务条例", "某市创业服务条例")
    question = understand("How much is the monthly subsidy for the maker apartments?")
    rare = {"创客公寓": 11.0, "补贴": 9.0}
    gloss = lambda text: ("创客公寓", "补贴", "每月")
    judged = judge(question, [long], idf=lambda w: rare.get(w, 1.0), idf_max=12.0, gloss=gloss)
    assert judged.refused and [g.asked for g in judged.gaps] == ["missing_amount"]  # a fine is no subsidy
    assert not judge(question, [long], idf=lambda w: rare.get(w, 1.0), idf_max=12.0).refused  # read whole


def test_a_time_limit_counted_from_the_asked_act_is_no_time_for_the_act():
    """自批准之日起十日内…刊载 gives the time to publish after approval, not how long approval takes; a question that
    counts from the same event (批准以后多少天内刊载, 收到…后多长时间内缴纳) is answered by it."""
    binzhou = Passage("第五十四条 地方性法规应当自批准之日起十日内在《滨州日报》上刊载，并及时在市人民代表大会常务委员会公报"
                      "和市人民代表大会网站上刊登。", "滨州市制定地方性法规条例", "滨州市制定地方性法规条例", "滨州市")
    v = verdict("地方性法规报到省人大常委会之后，省里一般要在多长时间内作出批准决定？", binzhou)
    assert v.refused and v.gaps[0].asked == "missing_duration"
    assert not verdict("地方性法规批准以后多少天内要在报纸上刊载？", binzhou).refused
    fine = Passage("第一百零四条 受到罚款处罚的人应当自收到处罚决定书之日起十五日内，到指定的银行缴纳罚款。",
                   "中华人民共和国治安管理处罚法", "中华人民共和国治安管理处罚法")
    assert not verdict("被处以治安罚款的，应当在收到处罚决定书后多长时间内缴纳？", fine).refused


def test_a_keyword_question_asks_a_sum_with_a_word_before_its_figure_noun():
    """山东 安全生产 举报隐患 奖金 具体金额: 具体金额 asks the sum; a passage that only promises a reward does not give it."""
    assert [t.name for t in understand("山东 安全生产 举报隐患 奖金 具体金额").asked[0].types] == ["amount"]
    reward = Passage("第四十八条 举报事项经核查属实的，按照国家和省有关规定对有功的举报人员给予奖励。", "山东省安全生产条例",
                     "山东省安全生产条例", "山东省")
    assert verdict("山东 安全生产 举报隐患 奖金 具体金额", reward).refused


def test_when_a_thing_was_done_once_takes_a_year_and_when_it_is_held_a_part_of_the_year():
    """何时建立 is answered by 2015年, 什么时候启动 by 下半年 (no note that a date is missing); 报名什么时候截止 asks a
    deadline, which 下半年 does not give."""
    market = Passage("兰州科技大市场于2015年由甘肃省科技厅、兰州市政府共建。", "兰州科技大市场", GANSU, "甘肃省")
    v = verdict("兰州科技大市场由哪些单位共建？何时建立？", market)
    assert not v.refused and not v.gaps
    assert not verdict("When was the Lanzhou tech market established?", market).gaps
    contest = Passage("京东云创业赛每年下半年启动，在各合作城市举办分站赛。", "京东云创业赛", "京东云创业赛")
    assert not verdict("京东云创业赛大概什么时候启动？", contest).gaps
    assert verdict("京东云创业赛报名什么时候截止？", contest).refused


def test_a_sanction_set_by_the_duty_s_number_is_the_penalty_for_that_duty():
    """A penalty article names the act only by its article's number (违反本条例第十六条规定的): beside that article
    it is the consequence asked for, though the asker's words (借证书, 挂靠) are in neither."""
    title = "上海市测绘管理条例"
    penalty = Passage("第三十八条 对违反本条例的行为，由市测绘管理部门按照下列规定进行处理：\n（一）违反本条例第十一条规定的，"
                      "责令停止违法行为，并处测绘约定报酬一倍以上两倍以下的罚款；\n（二）违反本条例第十六条规定的，责令停止测绘一至两年"
                      "或者予以吊销《测绘资格证书》的处罚；", title, title, "上海市")
    duty = Passage("第十六条 《测绘资格证书》不得涂改、转让、转借和出租。", title, title, "上海市")
    other = Passage("第十五条 申请乙、丙、丁级测绘资格的，市测绘管理部门应当自收到申请材料之日起三十日内作出审核决定。",
                    title, title, "上海市")
    question = "有个朋友公司想借我们的测绘资格证书去接活，给点挂靠费，这样行吗？被查到会怎么样啊？"
    assert not verdict(question, penalty, duty, other).refused


def test_a_time_limit_in_hours_answers_by_when():
    """最晚几点前 asks when something falls due: a time limit from the event in hours (十二个小时内到达) gives it, a duty
    with no time limit does not."""
    q = "昨晚10点接到通知，我们最晚几点前必须派人到现场？"
    timed = Passage("第十九条 接受单位接到通知后，应当派遣工作人员在十二个小时内到达现场。", "某市遗体捐献条例", "某市遗体捐献条例")
    assert not verdict(q, timed).refused
    untimed = Passage("第十九条 接受单位接到通知后，应当及时派遣工作人员到达现场。", "某市遗体捐献条例", "某市遗体捐献条例")
    v = verdict(q, untimed)
    assert v.refused and v.gaps[0].asked == "missing_date"


def test_the_article_a_list_lead_inside_it_belongs_to_is_the_one_a_penalty_cites():
    """A paragraph under a list lead inside an article (… > 第十九条 … > 城市道路绿化作业，应当采取下列…措施) is of
    that article: the penalty for breaking 第十九条 speaks of its subject."""
    title = "德州市扬尘污染防治条例"
    duty = Passage("（二）栽植行道树，所挖树穴不能及时栽植的，种植土和树穴采取覆盖、洒水等防尘措施；",
                   f"{title} > 第三章  防治措施 > 第十九条 公园、广场等大规模的园林绿化工程施工 > "
                   "城市道路绿化作业，应当采取下列扬尘污染防治措施", title, "德州市")
    fine = Passage("第三十八条 违反本条例第十九条第一款规定的，由城市管理主管部门责令改正，处五千元以上三万元以下罚款。",
                   f"{title} > 第五章  法律责任", title, "德州市")
    v = verdict("我们在德州栽行道树，树穴挖好了没及时种上，种植土也没盖，会被罚多少钱？", duty, fine)
    assert not v.refused, v.reason


def test_a_bound_asked_one_way_is_not_given_by_a_figure_bounded_only_the_other_way():
    fund = Passage("第十八条 职工和单位住房公积金的缴存比例均不得低于职工上一年度月平均工资的5%；有条件的城市，可以适当提高缴存比例。",
                   "住房公积金管理条例", "住房公积金管理条例")
    assert verdict("住房公积金缴存比例的上限是多少？", fund).refused
    assert not verdict("住房公积金单位缴存比例最低能按百分之几交？", fund).refused
    assert not verdict("住房公积金缴存比例是多少？", fund).refused  # no bound asked
    incubator = Passage("（3）在孵时限一般不超过5年，特殊情况下可适当延长。", "省级科技企业孵化器在孵企业应当具备以下条件", GANSU, "甘肃省")
    assert not verdict("省级孵化器的在孵企业最长能孵化几年？", incubator).refused


def test_a_fine_asked_of_an_act_in_the_askers_words_is_given_where_the_fine_is():
    """私自挖沙 is the asker's word for 采砂: the sum asked with a penalty is the fine of the article on the act."""
    sand = Passage("第三十五条 未经有关部门批准，在河道管理范围内进行采砂、取土等活动的，水行政主管部门有权责令其停止违法行为、"
                   "采取补救措施或恢复原貌，并可处一千元以上一万元以下的罚款。", "宁波市水资源管理条例", "宁波市水资源管理条例", "宁波市")
    scarce = lambda word: 9.0  # every word named by a handful of passages: 挖沙 is a head word the passage must name
    assert not judge(understand("宁波 河道 私自挖沙 罚款多少"), [sand], scarce, idf_max=9.0).refused


def test_a_kind_of_social_insurance_the_passages_do_not_name_is_a_gap():
    chongqing = Passage("第九条 企业和民办非企业单位按照本单位工资总额的百分之二缴纳失业保险费，职工按照本人工资的百分之一缴纳失业保险费。",
                        "重庆市失业保险条例 > 第二章 失业保险基金征缴与管理", "重庆市失业保险条例", "重庆市")
    v = verdict("重庆的公司工伤保险单位要交几个点？", chongqing)
    assert v.refused and v.gaps[0].kind == "term" and v.gaps[0].asked == "工伤保险" and "失业保险" in v.gaps[0].held
    assert not verdict("重庆的公司失业保险单位要交几个点？", chongqing).refused


def test_a_month_an_hour_or_a_sum_asked_is_missing_where_the_passages_give_none():
    """A fine that is only 处以罚款, a 宣传月 never dated, 夜间 never bounded in hours: the asked figure is not there."""
    fine = Passage("第四十条 报检的动植物与实际不符的，由口岸动植物检疫机关处以罚款。", "进出境动植物检疫法", "进出境动植物检疫法")
    v = verdict("报检不符的，口岸动植物检疫机关所处罚款的具体数额是多少？", fine)
    assert v.refused and [g.asked for g in v.gaps] == ["missing_amount"]
    month = Passage("第三条 本市依法实行无偿献血制度。每年十二月为本市无偿献血宣传月。", "献血条例", "上海市献血条例", "上海市")
    assert not verdict("上海的无偿献血宣传月是哪个月？", month).refused
    undated = Passage("第三条 本市依法实行无偿献血制度，自献血之日起五年内需要用血的，免交费用。", "献血条例", "上海市献血条例", "上海市")
    assert verdict("上海的无偿献血宣传月是哪个月？", undated).refused
    night = Passage("第十八条 噪声敏感建筑物集中区域内，禁止在夜间进行产生噪声污染的施工作业。", "噪声办法", "北京市环境噪声污染防治办法", "北京市")
    assert verdict("北京规定的夜间施工是指晚上几点到早上几点？", night).refused
    hours = Passage("第二条 本办法所称夜间，是指22时至次日6时。", "噪声办法", "北京市环境噪声污染防治办法", "北京市")
    assert not verdict("北京规定的夜间施工是指晚上几点到早上几点？", hours).refused


def test_rules_on_deputies_suggestions_do_not_answer_a_question_on_cppcc_proposals():
    reply = Passage("第十六条 承办单位应当自交办之日起三个月内将代表建议、批评和意见办理结果答复代表。", "代表建议规定",
                    "上海市人民代表大会关于代表建议、批评和意见的规定", "上海市")
    v = verdict("上海 政协委员提案 承办单位答复期限", reply)
    assert v.refused and [g.kind for g in v.gaps] == ["term"]
    assert not verdict("上海 人大代表建议 承办单位答复期限", reply).refused


def test_paying_asked_in_a_clause_without_a_fine_is_a_fee_no_fine_gives():
    """那检查要交多少钱？ asks what a check costs: the article fining whoever skips it gives no such sum; a fee set as a
    multiple of another (交纳掘路修复费一至五倍的费用) does."""
    law = "上海市非机动车安全管理条例"
    fine = Passage("第四十三条 专用号牌电动自行车未按规定进行安全技术检查的，由公安机关处五十元以上二百元以下罚款。", law, law, "上海市")
    assert "fee" in [t.name for t in understand("专用号牌电动自行车的安全技术检查要交多少钱？").asked[0].types]
    v = verdict("专用号牌电动自行车的安全技术检查要交多少钱？", fine)
    assert v.refused and v.gaps[0].asked == "missing_amount"
    assert "fee" not in [t.name for t in understand("没做安全技术检查被查到要罚多少钱？").asked[0].types]
    road = "上海市公路管理条例"
    dig = Passage("第三十九条 新建、扩建、改建的公路竣工后五年内不得挖掘。因特殊情况需要挖掘的，应当按照规定向市道路运输行政管理"
                  "部门交纳掘路修复费一至五倍的费用。", road, road, "上海市")
    assert not verdict("浦东的公路竣工后五年内非挖不可的话，挖掘公路要交多少钱？", dig).refused


def test_a_compensation_asked_is_not_given_by_the_sum_of_a_fine():
    law = "中华人民共和国农产品质量安全法"
    fine = Passage("第六十六条 违反本法规定，在特定农产品禁止生产区域种植特定农产品的，由县级以上地方人民政府农业农村主管部门"
                   "责令停止违法行为，没收农产品和违法所得，并处违法所得一倍以上三倍以下罚款。", law, law, "")
    v = verdict("菜地被划进特定农产品禁止生产区域，不能种菜了，政府会给农户多少补偿？", fine)
    assert v.refused and v.gaps[0].kind == "type"
    award = Passage("第二十条 特定农产品禁止生产区域内的农户，按照每亩每年三百元给予补偿。", law, law, "")
    assert not verdict("菜地被划进特定农产品禁止生产区域，不能种菜了，政府会给农户多少补偿？", award, fine).refused


def test_a_speed_asked_in_knots_is_not_given_in_kilometres():
    law = "山东省实施《中华人民共和国道路交通安全法》办法"
    road = Passage("第四十七条 在没有限速标志、标线的道路上，机动车不得超过每小时七十公里。", law, law, "山东省")
    assert verdict("帆船和摩托艇穿过航道的时候，限速是每小时多少节？", road).refused


def test_a_time_limit_is_held_by_the_duty_the_best_passage_punishes():
    """The penalty article comes first; the duty it cites by number (第十一条) gives the time limit asked, and the
    office the asker names (环保部门, the text's 生态环境主管部门) is no subject a figure must stand by."""
    law = "驻马店市大气污染防治条例"
    penalty = Passage("第三十七条 违反本条例第十一条规定，自动监测设备因故障或者检修暂停运行，未及时启动人工监测的，由生态环境"
                      "主管部门责令改正，处五万元罚款。", f"{law} > 第四章 法律责任", law, "驻马店市")
    duty = Passage("第十一条 重点排污单位应当建设符合要求的监测平台；自动监测设备因故障或者检修暂停运行的，及时启动人工监测，"
                   "并在二十四小时内向本辖区生态环境主管部门报告。", f"{law} > 第二章 监督管理", law, "驻马店市")
    v = verdict("我们厂在驻马店，在线监测设备坏了要停机检修，这段时间该怎么弄？多长时间内要报给环保部门？", penalty, duty)
    assert not v.refused, v.gaps


def test_a_time_counted_from_an_event_the_asker_names_in_their_own_words_is_given_where_the_act_is():
    lease = Passage("第三十五条 自土地使用权租赁合同签订之日起，租赁双方应在十五日内办理租赁手续。", "某省国有土地使用权出让和转让管理规定",
                    "某省国有土地使用权出让和转让管理规定")
    idf = lambda w: 6.0  # noqa: E731  (合约, the asker's word for 合同, is scarce: it must not be what the time is for)
    v = judge(understand("签完租赁合约之后要在几天内办租赁手续？"), [lease], idf)
    assert not v.refused, v.reason


_GD = "广东省建设工程质量管理条例"
_WARRANTY_DUTY = Passage("第二十九条 建设工程在保修范围和保修期限发生质量问题的，由原施工单位负责保修；属勘察、设计等其他方责任的，由责任方"
                         "承担保修费用。住宅建设工程项目在保修范围和保修期限内发生质量问题的，由建设单位负责组织维修。", _GD, _GD,
                         "广东省", score=1.0)
_WARRANTY_START = Passage("第二十八条 建设工程实行质量保修制度。建设工程质量保修范围和保修期限执行国家和省的有关规定；国家和省未作规定的，"
                          "可由建设单位和施工单位在合同中约定。建设工程质量保修期限，自工程竣工验收合格之日起计算。", _GD, _GD, "广东省",
                          score=0.95)
_FILING = Passage("第四十条 建设单位应当自建设工程竣工验收合格之日起十五日内，将竣工验收报告报送备案机关备案。", _GD, _GD, "广东省",
                  score=0.95)


def _with_idf(question: str, *passages: Passage):
    idf = lambda w: 5.0 if any(w in p.text for p in passages) else None  # noqa: E731
    return judge(understand(question), list(passages), idf, idf_max=12.0)


def test_a_deadline_stated_by_the_passage_close_behind_the_best_one_is_read_there():
    question = "我们在东莞新建的厂房刚用了一年多就漏水，广东这边工程保修期是从哪天开始算的啊？"
    v = _with_idf(question, _WARRANTY_DUTY, _WARRANTY_START)
    assert not v.refused and v.order[0] == 1  # the article that states the start is quoted first
    # …but not from a passage that speaks of the asked thing less than the best one (a filing deadline)
    v = _with_idf(question, _WARRANTY_DUTY, _FILING)
    assert v.refused and v.gaps[0].asked == "missing_date"


def test_only_deadlines_consequences_and_offices_are_read_from_a_passage_behind_the_best():
    flagged = {t.name for t in answer_types() if t.stated_with_act}
    assert {"date", "duration", "days", "years", "penalty", "organisation"} <= flagged
    assert not flagged & {"amount", "reward", "fee", "price", "rate", "figure", "area", "count", "materials"}


def test_a_time_ahead_of_an_event_answers_when_at_the_latest():
    weifang = "潍坊市会展业促进条例"
    budget = Passage("第十条 市人民政府主导举办的重大会展活动，由举办部门编制计划和预算，征求市会展业主管部门意见后，按照程序列入举办部门"
                     "年度预算。", weifang, weifang, "山东省", score=1.0)
    notice = Passage("第二十条 会展举办单位举办重大会展活动的，应当提前三十日书面告知本级会展业主管部门。", weifang, weifang, "山东省",
                     score=0.9)
    question = "我们公司明年在潍坊办一个大型农机展，最晚哪天要告诉会展主管部门？"
    assert not verdict(question, notice, budget).refused
    assert not verdict(question, budget, notice).refused


def test_the_sum_of_a_fine_is_stated_with_the_act_but_a_subsidys_is_not():
    from service.support import _stated_with_act

    def kinds(question: str) -> list[bool]:
        return [_stated_with_act(t, part) for part in understand(question).asked for t in part.types]
    assert kinds("船不按规定停会罚多少？") and all(kinds("船不按规定停会罚多少？"))
    assert kinds("孵化器评上省级以后奖励多少钱？") and not any(kinds("孵化器评上省级以后奖励多少钱？"))


def test_how_a_missing_figure_is_reckoned_is_answered_only_by_a_passage_on_that_figures_own_thing():
    question = "我们的货船是500吨级的，每个月要过船闸十来次，过一次闸具体收多少钱？是按吨位怎么算的？"
    vessel_tax = Passage("第四条 机动船舶具体适用税额为：（一）净吨位不超过200吨的，每吨3元；（二）净吨位超过200吨但不超过2000吨的，"
                         "每吨4元。", "中华人民共和国车船税法实施条例", "中华人民共和国车船税法实施条例")
    idf = lambda w: 8.4 if w == "船闸" else 4.0  # noqa: E731  (船闸: a term few passages of the corpus name)
    # tonnage reckons another sum: no word of the lock's
    assert judge(understand(question), [vessel_tax], idf, idf_max=12.0).refused
    locks = Passage("第二十条 船闸过闸费按照船舶的净吨位计收，具体收费标准由省价格主管部门会同交通运输主管部门制定。",
                    "某省航道管理条例", "某省航道管理条例")
    v = judge(understand(question), [locks], idf, idf_max=12.0)
    assert not v.refused and [g.asked for g in v.gaps] == ["missing_amount"]


def test_a_time_asked_for_an_act_is_read_where_the_act_is_said():
    wenzhou = "温州市电梯安全条例"
    duties = Passage("第十七条 电梯维护保养单位应当履行下列义务：（六）制定应急救援预案，公布应急救援电话，实行二十四小时值班制度；"
                     "接到电梯困人故障或者事故报告后，在规定时间内抵达现场，并实施救援；", wenzhou, wenzhou, "浙江省温州市")
    # 二十四小时 is the duty roster's, not the time to reach the site
    assert verdict("电梯把人关里面了，维保公司接到电话以后最多几分钟之内必须赶到现场啊？", duties).refused
    rescue = Passage("第十八条 电梯维护保养单位接到电梯困人故障报告后，应当在三十分钟内抵达现场实施救援。", wenzhou, wenzhou,
                     "浙江省温州市")
    assert not verdict("电梯把人关里面了，维保公司接到电话以后最多几分钟之内必须赶到现场啊？", rescue).refused
    # minutes or hours are not answered in days
    assert [t.name for p in understand("几个小时之内要报告？").asked for t in p.types] == ["hours"]



def test_a_word_misread_from_the_askers_characters_is_no_subject_the_figure_must_stand_by():
    # 低压用电报装 reads as 低压/用/电报/装: 电报 is in no passage, which reads 报装 as its own word
    henan = "河南省优化营商环境条例"
    rule = Passage("第二十一条 在材料齐全的情况下，应当自报装之日起，供水、供气、低压用户供电五个工作日内办结，供热八个工作日内办结。",
                   henan, henan, "河南省")
    idf = lambda w: 8.1 if w == "电报" else 4.0  # noqa: E731
    assert not judge(understand("河南 低压用电报装 办结时限"), [rule], idf, idf_max=12.0).refused


def test_how_often_is_held_by_every_so_many_months():
    duration = next(t for t in answer_types() if t.name == "duration")
    assert duration.holds("常务委员会会议每两个月至少举行一次。") and duration.holds("每季度至少组织一次全面检查")
    assert not duration.holds("常务委员会会议由主任召集并主持。")


def test_a_word_read_with_the_place_before_it_names_what_follows_the_place():
    from service.support import focus_words

    question = "我是從台灣來北京創業的，想多了解一下這邊的立法流程，北京市人大常委會多久開一次會？"
    frame = understand(question)
    assert [w for w, _ in focus_words("北京市人大常委会多久开一次会", frame, None)] == ["人大常委会"]
    rules = "北京市人民代表大会常务委员会议事规则"
    meets = Passage("第三条 常务委员会会议每两个月至少举行一次。", rules, rules, "北京市")
    assert not verdict(question, meets).refused  # what is asked is of the 常委会, not of 立法流程 said before it


def test_a_yes_or_no_asked_by_a_word_and_its_negation_and_where_the_asker_is_say_nothing_of_the_subject():
    from service.support import focus_words

    words = lambda q: [w for w, _ in focus_words(q, understand(q), None)]  # noqa: E731
    assert "不会" not in words("老有客人在包间里抽烟，要是不管，会不会被罚啊？")
    assert "店里" not in words("我们店里要是不管会罚多少钱？") and "厂里" not in words("厂里的工人")
    assert "合法" in words("这样做合不合法？")


def test_a_penalty_citing_an_item_of_its_article_by_number_speaks_of_what_the_item_names():
    """违反前款第（二）项规定的，…处五百元以上三千元以下罚款 names no smoking; its item （二） does, in the asker's
    colloquial word's formal one (抽烟: 吸烟)."""
    text = ("第九条 公民应当遵守下列规定：\n\n（一）不随地吐痰；\n\n（二）不在室内公共场所和其他禁止吸烟的场所吸烟；\n\n"
            "（三）爱护公共设施，不损坏树木花草和绿化设施，不在公共场所乱涂写、乱刻画，不乱扔垃圾，不乱倒污水；\n\n"
            "（四）不在建筑物、构筑物的外墙、楼道、电梯，公共设施、路面、线杆、树木或者道路两侧、过街天桥、公园、广场等公共"
            "场所乱涂写、乱刻画，或者未经批准张挂、张贴、散发宣传品等；\n\n"
            "（五）临街建筑物产权人和经营者应当遵守城镇容貌和环境卫生责任区管理规定，保持建筑物及其周边容貌、环境卫生整洁；\n\n"
            "（六）集贸市场、便民网点和流动摊位商户保持摊位及周边清洁，不占道经营，不乱堆乱放杂物；\n\n"
            "（七）其他公共环境卫生管理规定和文明行为规范。\n\n"
            "违反前款第（二）项规定的，由经营管理单位予以劝阻、制止；不听劝阻、制止的，由卫生健康主管部门处二十元以下罚款。"
            "经营管理单位对违反前款第（二）项规定的行为不予劝阻、制止的，由卫生健康主管部门对经营管理单位处五百元以上三千元以下"
            "罚款。违反前款第（三）项规定的，依据有关法律、法规处罚。")
    question = "济宁的饭店包间里客人抽烟，我们店里要是不管会罚多少钱？"
    assert len(text) > 450  # read by the sentences that speak of the asked, not whole
    verdict = judge(understand(question), [Passage(text, "济宁市文明行为促进条例", "济宁市文明行为促进条例", "", 1.0)], None, {})
    assert not verdict.refused, verdict.reason


def test_colloquial_names_of_public_transport_stand_for_the_texts_names():
    """公交 is what the texts call 城市公共汽车 (网约车: 网络预约出租汽车): a time limit asked with 公交 as its subject is
    held where the passage speaks of 公共汽车 (a specialised word, as rare as 公交 is in these texts)."""
    assert present("公交", "城市公共汽车客运经营者", {}) and present("网约车", "网络预约出租汽车经营者", {})
    rules = "平顶山市城市公共汽车客运条例"
    complaint = Passage("第三十四条 交通运输主管部门和城市公共汽车客运经营者应当分别建立举报投诉制度，向社会公布举报投诉电话。"
                        "对举报投诉事项，应当自接到举报投诉之日起七个工作日内调查处理完毕。", rules, rules, "平顶山市")
    idf = lambda w: 7.6 if w == "公交" else 4.0  # noqa: E731
    assert not judge(understand("平顶山 公交 投诉 多久处理完"), [complaint], idf, idf_max=12.0).refused


def test_a_named_periods_length_is_given_only_where_the_period_is_named():
    rule = Passage("第五条 新设立的房地产开发企业，应当自领取营业执照之日起三十日内向建设行政主管部门申请房地产开发企业暂定资质。",
                   "杭州市城市房地产开发经营管理若干规定", "杭州市城市房地产开发经营管理若干规定", "杭州市")
    v = verdict("杭州房地产开发企业的暂定资质有效期是多久？", rule)
    assert v.refused and v.gaps[0].asked == "missing_duration"  # 三十日 is the time to apply, not how long it lasts
    assert not verdict("新设立的房地产开发企业要在多长时间内申请暂定资质？", rule).refused
    lease = Passage("第十条 孵化器对在孵企业的孵化时限一般不超过48个月。", "孵化器管理办法", "孵化器管理办法")
    assert not verdict("在孵企业的孵化期最长多久？", lease).refused  # the period named by what it is of (孵化…时限)


def test_a_name_the_asking_part_quotes_that_no_passage_of_the_corpus_names_is_refused():
    corpus = [TAX.text, CRITERIA.text, "企业从省级孵化器毕业应至少符合下列条件中的一项"]
    names = lambda words: any("".join(words) in text for text in corpus)  # noqa: E731
    v = judge(understand("去年营收增长了80%，想申报“瞪羚企业”，需要满足哪些条件？"), [CRITERIA], names=names)
    assert v.refused and [(g.kind, g.asked) for g in v.gaps] == [("name", "瞪羚企业")]
    # a quoted name the corpus has is no gap
    v = judge(understand("想申报“省级孵化器”，需要满足哪些条件？"), [CRITERIA], names=names)
    assert not any(g.kind == "name" for g in v.gaps)


def test_the_thing_the_asker_counts_a_time_from_with_guo_is_no_act_the_time_must_be_for():
    # 这个公告过多久就算送达: the notice is the start (自发出公告之日起，经过六十日), 送达 what the time is for
    served = Passage("第二十五条 采用公告送达的，城管执法部门可以通过其政府网站和公告栏进行。自发出公告之日起，经过六十日，即视为送达。",
                     "上海市城市管理行政执法条例", "上海市城市管理行政执法条例", "上海市")
    assert not verdict("文书寄不到，他们在网站上发了公告，这个公告过多久就算已经送达给我们了？", served).refused


def test_a_plan_asked_for_is_given_where_the_passage_names_it():
    plan = Passage("第二十一条 土壤污染重点监管单位拆除设施的，应当制定、实施土壤污染防治工作方案，并在拆除活动十五个工作日前报"
                   "所在地人民政府生态环境、工业和信息化部门备案。", "山东省土壤污染防治条例", "山东省土壤污染防治条例", "山东省")
    assert not verdict("我们要拆储罐，拆之前需要准备什么方案、要提前多久报哪些部门备案？", plan).refused
    bare = Passage("第二十一条 土壤污染重点监管单位拆除设施的，应当采取防渗漏措施。", "山东省土壤污染防治条例", "山东省土壤污染防治条例",
                   "山东省")
    v = verdict("我们要拆储罐，拆之前需要准备什么方案？", bare)
    assert v.refused and v.gaps[0].asked == "missing_materials"


def test_a_named_period_is_also_named_by_what_it_is_the_period_of():
    patent = Passage("第四十二条 发明专利权的期限为二十年，实用新型专利权的期限为十年，外观设计专利权的期限为十五年，均自申请日起"
                     "计算。", "中华人民共和国专利法", "中华人民共和国专利法")
    assert not _with_idf("发明 实用新型 外观设计 专利保护期 多少年", patent).refused  # 专利权的期限 for 专利保护期
    exam = Passage("第三十五条 发明专利申请自申请日起三年内，国务院专利行政部门可以根据申请人随时提出的请求，对其申请进行实质"
                   "审查。", "中华人民共和国专利法", "中华人民共和国专利法")
    v = _with_idf("发明专利保护期多少年", exam)
    assert v.refused and v.gaps[0].asked == "missing_duration"  # 三年 is the time to ask for examination


def test_a_sum_asked_is_given_as_a_share_of_a_fee():
    heat = Passage("第三十二条 经测定，室内温度达不到规定标准，属于供热企业原因的，供热企业应当在采取整改措施后进行复测。供热企业"
                   "应当按照下列标准向用户退还热费：\n\n（一）室温高于或者等于十六摄氏度、低于十八摄氏度的，退还日热费金额的百分之"
                   "二十；\n\n（二）室温高于或者等于十四摄氏度、低于十六摄氏度的，退还日热费金额的百分之五十。",
                   "临沂市供热条例", "临沂市供热条例", "临沂市")
    assert not verdict("家里暖气一直不热，测了都是15度左右，前后差不多10天，能退多少暖气费？", heat).refused
    bare = Passage("第三十二条 经测定，室内温度达不到规定标准，属于供热企业原因的，供热企业应当退还热费。",
                   "临沂市供热条例", "临沂市供热条例", "临沂市")
    v = verdict("家里暖气一直不热，测了都是15度左右，前后差不多10天，能退多少暖气费？", bare)
    assert v.refused and v.gaps[0].asked == "missing_amount"
    # a share of a fee that is no sum refunded or charged (减缴的比例为年费的百分之八十五) gives no sum to pay
    reduced = Passage("第九十三条 专利权人可以请求减缴专利年费，减缴的比例为年费的百分之八十五。", "专利收费减缴办法", "专利收费减缴办法")
    assert verdict("发明专利第一年的年费要交多少钱？", reduced).refused


def test_a_ratio_asked_is_given_as_one_per_so_many():
    rule = Passage("第十二条 教育督导机构应当按照每五所学校至少一名的比例配置责任督学。", "教育督导条例", "教育督导条例")
    assert not verdict("责任督学 配备比例 几所学校一名", rule).refused
    bare = Passage("第十二条 教育督导机构应当为责任区配置责任督学。", "教育督导条例", "教育督导条例")
    v = verdict("责任督学 配备比例 几所学校一名", bare)
    assert v.refused and v.gaps[0].asked == "missing_rate"


def test_how_often_is_given_as_every_day_at_set_times():
    rule = Passage("第十四条 可回收物、有害垃圾应当定期或者预约收集、运输；易腐垃圾、其他垃圾应当每日定时收集、运输。",
                   "嘉兴市生活垃圾分类管理条例", "嘉兴市生活垃圾分类管理条例", "嘉兴市")
    assert not verdict("嘉兴 易腐垃圾 多久收一次", rule).refused


def test_how_a_tax_rate_applies_asks_no_figure():
    rule = Passage("第九条 同一应税凭证载有两个以上税目事项并分别列明金额的，按照各自适用的税目税率分别计算应纳税额；未分别列明"
                   "金额的，从高适用税率。", "中华人民共和国印花税法", "中华人民共和国印花税法")
    assert not verdict("合同里既有买卖又有技术服务，没分别写金额，印花税的税率怎么适用？", rule).refused


def test_the_period_of_a_thing_the_passages_never_name_is_not_theirs():
    licence = Passage("第二十五条 生产许可证有效期为5年。生产许可证有效期届满，企业继续生产的，应当在生产许可证有效期届满6个月前"
                      "向所在地省级质量技术监督部门提出换证申请。", "工业产品生产许可证管理条例", "工业产品生产许可证管理条例")
    idf = lambda w: 5.0  # noqa: E731  (every word is some passage's of the corpus)
    v = judge(understand("我们公司拿到的产品认证证书有效期是几年？"), [licence], idf, idf_max=12.0)
    assert v.refused and v.gaps[0].asked == "missing_duration"  # 生产许可证's five years are not the certificate's
    assert not judge(understand("我们的生产许可证有效期是几年？"), [licence], idf, idf_max=12.0).refused


def test_the_askers_own_word_for_the_act_timed_is_no_term_the_figure_must_stand_by():
    # 停止执业 for the text's 停止注册建筑师业务: the passage holds the rest of what is asked, and 满2年 is the answer
    article = Passage("第十八条 注册后有下列情形之一的，由注册建筑师管理委员会撤销注册，收回注册建筑师证书：（四）自行停止注册建筑师业务满2年的。",
                      "中华人民共和国注册建筑师条例", "中华人民共和国注册建筑师条例")
    idf = lambda w: 6.0 if w in article.text or w == "执业" else None  # noqa: E731
    assert not judge(understand("注册建筑师 停止执业 多久 撤销注册"), [article], idf).refused
    # a passage that holds little of the rest is no answer in other words
    other = Passage("第十条 注册建筑师执业，应当加入一个建筑设计单位。", "中华人民共和国注册建筑师条例", "中华人民共和国注册建筑师条例")
    assert judge(understand("注册建筑师 停止执业 多久 撤销注册"), [other], idf).refused
