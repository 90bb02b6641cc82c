"""Plain-text rendering of answers for WeChat: Markdown removed, [n] kept, sources listed, 2048-byte messages."""

from __future__ import annotations

from corpus.messages import message
from service.answer import Answer, Citation
from service.wechat.format import LIMIT, fit, plain, render, size, source_label, source_lines, split


def cite(n: int, title: str = "国家级科技企业孵化器认定管理办法", section: str = "第二章 认定条件") -> Citation:
    return Citation(n=n, doc_id=f"d{n}", title=title, section=section, text="……", start=0, end=1, score=1.0)


def test_plain_drops_markdown_and_keeps_citation_marks():
    text = ("# 认定条件\n\n**孵化器**应当具备*独立*法人资格[1]。详见[办法](http://example.com/a)。\n"
            "![](img.png)\n- 场地不少于 3000 平方米[2]\n> 引自文件\n`code`\n---\n")
    out = plain(text)
    assert out == ("认定条件\n\n孵化器应当具备独立法人资格[1]。详见办法。\n\n"
                   "· 场地不少于 3000 平方米[2]\n引自文件\ncode")


def test_plain_removes_characters_xml_cannot_carry():
    assert plain("a\x00b\x08c\x1fd\ufffe") == "abcd"


def test_source_label_is_title_and_last_heading_shortened():
    assert source_label(cite(1)) == "国家级科技企业孵化器认定管理办法 · 第二章 认定条件"
    assert source_label(cite(1, section="总则 > 第一章 > 第三条 孵化器的定义")) .endswith("· 第三条 孵化器的定义")
    assert source_label(cite(1, title="标题", section="标题")) == "标题"
    long = source_label(cite(1, title="一" * 40, section="二" * 40))
    assert long == "一" * 23 + "… · " + "二" * 23 + "…"


def test_source_lines_list_the_cited_sources_sharing_lines():
    answer = Answer(question="q", text="x", refused=False,
                    citations=[cite(1), cite(2, section="第三章"), cite(3), cite(4, title="另一份文件")])
    assert source_lines(answer, "答案[1][3]，另见[2]。") == [
        "[1][3] 国家级科技企业孵化器认定管理办法 · 第二章 认定条件", "[2] 国家级科技企业孵化器认定管理办法 · 第三章"]
    assert len(source_lines(answer, "没有标记的答案")) == 3  # no marks: every source is listed


def test_render_short_answer_is_one_message():
    answer = Answer(question="q", text="**需要**独立法人资格[1]。", refused=False, citations=[cite(1)])
    rendered = render(answer)
    expected = ("需要独立法人资格[1]。\n\n" + message("wechat_sources_heading") +
                "\n[1] 国家级科技企业孵化器认定管理办法 · 第二章 认定条件")
    assert rendered.single == expected and rendered.parts == [expected]


def test_render_refusal_with_suggestions():
    answer = Answer(question="q", text="", refused=True, suggestions=["孵化器认定", "众创空间备案"])
    out = render(answer).single
    assert out.startswith(message("wechat_no_answer")) and "· 孵化器认定\n· 众创空间备案" in out
    assert message("wechat_sources_heading") not in out


def test_render_long_answer_fits_one_message_or_splits_into_parts():
    paragraph = "在孵企业应当是在当地注册的科技型中小企业，注册时间一般不超过二十四个月[1]。" * 6
    answer = Answer(question="q", text="\n\n".join([paragraph] * 8), refused=False, citations=[cite(1)])
    rendered = render(answer)
    assert size(rendered.single) <= LIMIT and rendered.single.count("[1] 国家级") == 1
    assert message("wechat_shortened") in rendered.single
    assert rendered.single.split(message("wechat_shortened"))[0].endswith("。")  # cut at a sentence end
    assert 2 <= len(rendered.parts) <= 3 and all(size(p) <= LIMIT for p in rendered.parts)
    assert rendered.parts[-1].endswith("第二章 认定条件")
    assert [p[:5] for p in rendered.parts] == [message("wechat_part", n=i, total=len(rendered.parts))[:5]
                                               for i in range(1, len(rendered.parts) + 1)]


def test_render_very_long_answer_is_shortened_to_three_parts():
    answer = Answer(question="q", text="很长的回答内容。" * 2000, refused=False, citations=[cite(1)])
    parts = render(answer).parts
    assert len(parts) == 3 and all(size(p) <= LIMIT for p in parts)
    assert message("wechat_shortened") in parts[-1] and "[1] 国家级" in parts[-1]


def test_split_never_breaks_a_character_or_passes_the_limit():
    text = "创业🚀" * 700 + "\n" + "A" * 5000  # no sentence ends at all
    parts = split(text, 100)
    assert all(size(p) <= 100 for p in parts) and "\ufffd" not in "".join(parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")


def test_fit_keeps_short_text_and_marks_shortened_text():
    assert fit("你好") == "你好"
    out = fit("一句话。" * 1000)
    assert size(out) <= LIMIT and out.endswith(message("wechat_shortened"))
