"""English questions reach Chinese passages through the dictionary, kept to the corpus's own words."""

from __future__ import annotations

from index.english import Bridge

VOCAB = {"专利": 5, "贷款": 9, "银行": 4, "罚款": 3, "滞纳金": 2, "合伙人": 6, "有效期": 1}


def test_english_words_map_to_the_corpus_words_only():
    bridge = Bridge(lambda w: VOCAB.get(w, 0))
    terms = bridge.terms("Can banks give us loans against our patents? What is the penalty, a fine or a late fee?")
    assert {"银行", "贷款", "专利", "罚款"} <= set(terms)
    assert all(t in VOCAB for t in terms)


def test_plurals_and_phrases_are_looked_up_in_their_dictionary_form():
    bridge = Bridge(lambda w: VOCAB.get(w, 0))
    assert "合伙人" in bridge.terms("Two partners of the firm")
    assert "有效期" in bridge.terms("what is the period of validity")
    assert bridge.terms("the of and") == ()


def test_of_the_words_listing_an_english_word_among_their_first_senses_the_corpus_commonest_come_first():
    # 延长 is "to prolong/to extend/to delay"; 延伸 and 扩展 list "to extend" first, but statutes say 延长
    counts = {"延长": 900, "推广": 300, "延伸": 40, "扩展": 30, "伸出": 5}
    terms = Bridge(lambda w: counts.get(w, 0)).terms("Can the deadline be extended?")
    assert "延长" in terms and "伸出" not in terms


def test_of_a_words_senses_those_that_go_with_the_rest_of_the_question_are_kept():
    import numpy as np

    held = {"专利": [0, 50, 100, 150], "侵权": [50, 100, 250], "罚款": [50, 100, 400], "精细": [450], "优良": [300]}
    postings = lambda w: np.array(held.get(w, []), dtype=np.int32)
    question = "What is the fine for patent infringement?"
    terms = Bridge(lambda w: len(held.get(w, [])), postings, size=5000).terms(question)
    assert {"专利", "侵权", "罚款"} <= set(terms) and "精细" not in terms and "优良" not in terms
    # in a small corpus (or without the chunks' words, which a store holds) every sense stays
    assert "精细" in Bridge(lambda w: len(held.get(w, [])), postings, size=500).terms(question)
    assert "精细" in Bridge(lambda w: len(held.get(w, []))).terms(question)


def test_an_english_question_naming_a_city_reaches_that_citys_rules(tmp_path, embedder):
    """The documents name their place in Chinese only: Kaifeng in the question must find 开封市's article
    among the same article of other cities."""
    from index.build import build_index
    from index.search import Index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = ("第二十条 {city}应当推行企业开办全程网上办理，企业设立登记时同步免费发放企业电子印章、电子营业执照。\n\n"
               "第二十一条 {city}应当简化企业注销程序，对未开展经营活动的企业实行简易注销。\n")
    for city in ("开封市", "济南市", "洛阳市", "青岛市"):
        (corpus / f"{city}优化营商环境条例.md").write_text(f"# {city}优化营商环境条例\n\n" + article.format(city=city),
                                                      encoding="utf-8")
    build_index([corpus], tmp_path / "index", embedder)
    index = Index(tmp_path / "index", embedder)
    assert "开封" in index.english_terms("We registered in Kaifeng. Is the electronic seal free?")
    hits = index.search("We just registered a company in Kaifeng. Do we pay for the electronic company seal?", k=3)
    assert "开封" in index.documents[hits[0].chunk.doc_id].title


def test_a_name_in_pinyin_reaches_the_rules_that_name_it(tmp_path, embedder):
    """No dictionary knows 贾鲁河: Jialu River in the question is read as pinyin, and the river's rules are found among
    other rivers' same rules. English words (River, Lake) and places the gazetteer knows are not read so."""
    from index.build import build_index
    from index.english import pinyin_names
    from index.search import Index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article = "第十八条 禁止其他机动车在{river}堤顶道路和游园道路上通行。\n\n第十九条 {river}保护范围内禁止倾倒垃圾。\n"
    for river in ("贾鲁河", "索须河", "金水河", "熊耳河"):
        (corpus / f"郑州市{river}保护条例.md").write_text(f"# 郑州市{river}保护条例\n\n" + article.format(river=river),
                                                      encoding="utf-8")
    build_index([corpus], tmp_path / "index", embedder)
    index = Index(tmp_path / "index", embedder)
    question = "Can our delivery vans use the road on top of the Jialu River embankment in Zhengzhou?"
    assert "贾鲁河" in index.english_terms(question)
    hits = index.search(question, k=3)
    assert "贾鲁河" in index.documents[hits[0].chunk.doc_id].title
    vocab = {"东平湖": 3, "曹娥江": 5, "河": 9}
    assert pinyin_names("Near Dongping Lake, up the Caoe, by the River", vocab.get, lambda w: w in ("lake", "river")) \
        == ["东平湖", "曹娥江"]


def test_a_glossary_word_inside_a_longer_phrase_found_is_no_term_of_its_own():
    from index.expand import expand

    maker = expand("How many months must a maker space have been operating before it can apply for national filing?")
    assert "众创空间" in maker and "面积" not in maker and "平方米" not in maker  # space of maker space
    assert "面积" in expand("How much floor space must a maker space have?")  # floor space is a phrase of its own


def test_the_statutes_common_words_are_added_to_english_questions_and_never_figures():
    import re

    from corpus.domain import KNOWLEDGE
    from index.expand import expand

    assert "试用期" in expand("How long can the probation period be for a two-year contract?")
    assert "滞纳金" in expand("Is there a late fee if we pay social insurance 10 days late?")
    assert "竞业限制" in expand("Do we have to pay a non-compete allowance?")
    assert expand("我们公司的试用期多长？") == "我们公司的试用期多长？"  # Chinese is left alone
    assert "国防动员" in expand("During a defense mobilization the county requisitioned our trucks.")
    assert "征用" in expand("During a defense mobilization the county requisitioned our trucks.")
    assert "民防工程" in expand("Can we rent an air-raid shelter basement for storage?")
    assert "物联网卡" in expand("We sell GPS trackers with IoT SIM cards.")
    assert "司法鉴定" in expand("The forensic appraisal firm let an unregistered appraiser sign the report.")
    assert "行政拘留" in expand("One of our employees has been detained by the police. Do we keep paying him?")
    assert "承租人" in expand("Can a tenant sublet part of the office without the landlord's consent?")
    figures = re.compile(r"百分之|万分之|[0-9]|[一二三四五六七八九十两]+(?:年|个月|倍|日|天)")
    rows = [line.split("\t") for line in (KNOWLEDGE / "glossary_en_law.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert all(len(row) == 2 and re.compile(row[0]) for row in rows) and len(rows) > 400
    assert not [c for _, c in rows if figures.search(c)]  # terms lead to passages, never answer for them


def test_founders_colloquial_words_bring_the_texts_own_words():
    from index.expand import formal_terms

    assert "延长工作时间" in formal_terms("旺季天天加班，加班费怎么算？")
    assert "续订" in formal_terms("合同到期忘了续签怎么办")
    assert "标准" in formal_terms("只看中国境内营业额的话，门槛是多少？")  # a threshold is a 标准 in the texts
    assert "电子商务经营者" in formal_terms("开网店要办执照吗")
    # the abbreviations officials and founders use for the texts' full names
    assert "危险化学品" in formal_terms("危化品仓储要配哪些器材") and "业主委员会" in formal_terms("业委会能换物业吗")
    assert formal_terms("延长工作时间的报酬") == ()  # the texts' own words need nothing
    # who acts and what is asked back, in the statutes' words (用人单位的工作人员…造成他人损害…可以…追偿)
    assert {"工作人员", "损害", "追偿"} <= set(formal_terms("配送员骑车把路人撞伤了，公司赔完能找他要回来吗？"))
    assert "取土" in formal_terms("对方天天在我们租的地里挖土卖")


def test_the_askers_names_for_offices_bring_the_texts_names():
    from index.expand import formal_terms

    assert "市场监督管理部门" in formal_terms("市场监管局罚了我们")
    assert "税务机关" in formal_terms("税务局说要补税")
    assert "以上" in formal_terms("罚款是不是超出幅度了")


def test_words_that_only_hedge_or_report_bring_no_chinese_words():
    vocab = {"索性": 3, "均匀": 2, "思想": 5, "专利": 5, "一次": 4}
    bridge = Bridge(lambda w: vocab.get(w, 0))
    assert bridge.terms("We were thinking we could simply patent it, or is even that too much?") == ("专利",)


def test_british_spellings_and_place_tails_of_the_dictionary():
    from index.english import _lemmas, _senses

    assert "labor" in _lemmas("labour") and "license" in _lemmas("licence") and "penalize" in _lemmas("penalised")
    assert "promise" in _lemmas("promised")  # the British form's own stem is still tried
    vocab = {"劳务": 3, "执照": 2, "嘉善": 4, "劳动": 9}
    senses = _senses(lambda w: w in vocab)
    # 嘉善 is "Jiashan county in Jiaxing, Zhejiang": Zhejiang is where it is, not what it means
    assert all(c != "嘉善" for _, c in senses.get("zhejiang", []))
    assert "执照" in Bridge(lambda w: vocab.get(w, 0)).terms("Where do we get the business licence?")


def test_an_english_words_many_senses_count_once_against_the_words_asked(tmp_path, embedder):
    """BM25 scores each Chinese sense of an English word as a term: a chunk naming 经营 and 执行 (both "run") would count
    run twice. The share of the question's words a chunk names counts each English word once, by its rarest sense."""
    import numpy as np

    from index.build import build_index
    from index.search import Index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "devices.md").write_text("# 设备管理办法\n\n第一条 经营者应当执行安全规定，保障设备正常运行。\n\n"
                                       "第二条 经营者应当定期维护设备，执行检修计划。\n", encoding="utf-8")
    (corpus / "clinics.md").write_text("# 医疗机构管理办法\n\n第一条 医疗机构不得对外出租、承包医疗科室。\n\n"
                                       "第二条 医疗机构应当按照核准的诊疗科目开展诊疗活动。\n", encoding="utf-8")
    build_index([corpus], tmp_path / "index", embedder)
    index = Index(tmp_path / "index", embedder)
    question = "Can a hospital rent out one of its departments to an outside team to run it?"
    groups = index.bridge.groups(question)
    assert ("经营", "执行") in groups and ("出租",) in groups and ("科室",) in groups
    rules = {c.text[:8]: i for i, c in enumerate(index.chunks) if c.text.startswith("第")}
    devices, clinics = rules["第一条 经营者应"], rules["第一条 医疗机构"]
    cover = index._coverage(list(groups), np.array([devices, clinics]))
    assert cover[0] == max(index.idf("经营"), index.idf("执行"))  # run once, by its rarer sense
    assert cover[1] == index.idf("出租") + index.idf("科室")
    assert index.search(question, k=1)[0].chunk.text.startswith("第一条 医疗机构不得对外出租")
