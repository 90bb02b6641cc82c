"""Structure-aware chunks: heading ladders, spans, long paragraphs, debris."""

from __future__ import annotations

from pathlib import Path

from corpus.catalog import load_corpus
from corpus.chunk import MAX_CHUNK, chunk_document
from corpus.clean import clean_text
from corpus.models import Document
from corpus.normalize import fold

ROOT = Path(__file__).resolve().parents[2]


def _seed_chunks():
    docs, _ = load_corpus([ROOT / "corpus" / "documents"])
    return docs, {d.doc_id: chunk_document(d) for d in docs}


def test_list_item_carries_its_section_path_and_exact_span():
    docs, chunks = _seed_chunks()
    doc = next(d for d in docs if d.doc_id.startswith("003"))
    item = next(c for c in chunks[doc.doc_id] if c.text == "（2）累计获得天使投资或风险投资超过500万元。")
    assert item.section == (
        "二、科技企业孵化器篇",
        "（三）国家级科技企业孵化器认定标准有哪些？",
        "3.企业从国家级科技企业孵化器毕业应至少符合下列条件中的一项",
    )
    assert doc.text[item.start:item.end] == item.text
    assert item.index_text().startswith("甘肃省科技企业孵化器及众创空间资料汇编 > 二、科技企业孵化器篇 > ")


def test_every_span_matches_the_document_text():
    docs, chunks = _seed_chunks()
    by_id = {d.doc_id: d for d in docs}
    for doc_id, cs in chunks.items():
        for c in cs:
            assert by_id[doc_id].text[c.start:c.end] == c.text
            assert len(c.text) <= MAX_CHUNK


def test_unnumbered_lead_line_heads_its_list():
    docs, chunks = _seed_chunks()
    doc = next(d for d in docs if d.doc_id.startswith("003"))
    item = next(c for c in chunks[doc.doc_id] if c.text.startswith("4.专业的辅导团队"))
    assert item.section[-2:] == ("（五）省级众创空间认定标准有哪些？", "申请认定省级众创空间的单位，应同时具备以下条件")


def test_siblings_share_a_parent():
    docs, chunks = _seed_chunks()
    doc = next(d for d in docs if d.doc_id.startswith("003"))
    cs = chunks[doc.doc_id]
    heading = next(c for c in cs if c.is_heading and c.text.startswith("3.企业从省级"))
    items = [c for c in cs if c.parent == heading.parent and not c.is_heading]
    assert [c.text[:3] for c in items] == ["（1）", "（2）", "（3）", "（4）", "（5）"]


def test_law_articles_chapters_and_items():
    text = ("# 某某条例\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了促进创业，制定本条例。\n\n"
            "## 第二章 扶持\n\n第五条 有下列情形之一的，给予补贴：\n\n（一）新设立的小微企业；\n\n（二）孵化器在孵企业。\n\n"
            "第六条 补贴标准由市人民政府规定。\n")
    doc = Document("law", "某某条例", clean_text(text), "law.md")
    cs = chunk_document(doc)
    item = next(c for c in cs if c.text.startswith("（二）"))
    assert item.section == ("某某条例", "第二章 扶持", "第五条 有下列情形之一的，给予补贴")
    art6 = next(c for c in cs if c.text.startswith("第六条"))
    assert art6.section == ("某某条例", "第二章 扶持")
    assert "INFO END" not in doc.text


def test_long_paragraph_is_split_at_sentence_ends():
    para = "".join(f"第{i}句说明孵化器应当为在孵企业提供服务，并按要求报送统计数据。" for i in range(40))
    doc = Document("long", "长文", para, "long.txt")
    cs = chunk_document(doc)
    assert len(cs) > 3
    assert all(c.text.endswith("。") for c in cs)
    assert "".join(c.text for c in cs) == para


def test_web_debris_is_removed():
    raw = ("top of page\n\n當前位置:\n首頁 > 最新 > 標題\n\n![](http://x/y.png)\n\n**\n\n正文第一段。\n\n"
           "**加粗小标题**\n\n點擊展開全文\n\n喜歡這篇文章嗎?立刻分享出去讓更多人知道吧!\n\nbottom of page")
    assert clean_text(raw) == "正文第一段。\n\n加粗小标题"


def test_folding_traditional_and_full_width():
    assert fold("眾創空間ＡＢＣ１２３（試行）") == "众创空间abc123(试行)"


def test_a_laws_dateline_is_no_heading_over_its_articles():
    text = clean_text("# 青岛市商品流通市场建设与管理条例\n\n2016年1月22日 青岛市人民代表大会常务委员会公告公布\n\n"
                      "2016年3月1日 施行\n\n<!-- INFO END -->\n\n第一条 为了加强商品流通市场建设与管理，制定本条例。\n\n"
                      "第二条 本市行政区域内商品流通市场的建设与管理活动，适用本条例。\n")
    doc = Document("d", "青岛市商品流通市场建设与管理条例", text, "q.md")
    chunks = chunk_document(doc)
    article = next(c for c in chunks if c.text.startswith("第二条"))
    assert article.section == ("青岛市商品流通市场建设与管理条例",)
    assert "施行" not in article.index_text()
    assert any(c.text == "2016年3月1日 施行" and not c.is_heading for c in chunks)  # still content, findable
