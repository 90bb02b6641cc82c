"""The web chat and the staff page end to end in headless Chromium (Debian's), driven by Playwright."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from service.app import create_app
from service.settings import Settings
from tests.service.live import ARTIFACTS, Slow, live_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TOKEN = "browser-staff-token"
TIMEOUT = 60_000

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: run scripts/system-deps.sh as root")


@pytest.fixture(scope="module")
def site(tmp_path_factory, assistant):
    settings = Settings(home=tmp_path_factory.mktemp("web-home"), admin_token=TOKEN)
    app = create_app(settings, assistant=assistant)
    with live_server(app) as url:
        yield app, url


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM), headless=True,
            args=ARGS, locale="zh-CN", viewport={"width": 1280, "height": 860},
            http_credentials={"username": "staff", "password": TOKEN})
        context.set_default_timeout(TIMEOUT)
        yield context
        context.close()


@pytest.fixture
def page(browser, site):
    page = browser.new_page()
    page.goto(site[1] + "/readyz")
    page.evaluate("localStorage.clear()")  # each test starts without remembered conversations
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    # a refused upload and a question while the index loads are part of tests
    expected = ("the server responded with a status of 4", "the server responded with a status of 503")
    page.on("console", lambda msg: errors.append(msg.text)
            if msg.type == "error" and not any(e in msg.text for e in expected) else None)
    yield page
    page.close()
    assert not errors, errors


def test_ask_stream_cite_follow_up_and_vote(site, browser, page):
    from playwright.sync_api import expect

    app, url = site
    page.goto(url + "/")
    expect(page.locator("h1")).to_have_text("孵化器·众创空间政策助手")
    examples = page.locator("#welcome .example")
    expect(examples).to_have_count(4)
    page.evaluate("""() => { window.updates = 0; new MutationObserver(() => window.updates++)
        .observe(document.getElementById('messages'), {subtree: true, childList: true, characterData: true}); }""")
    examples.first.click()

    first = page.locator(".msg.assistant").nth(0)
    expect(first.locator(".votes")).to_be_visible()
    expect(first).not_to_have_class(re.compile("streaming"))
    assert page.evaluate("window.updates") > 5, "the answer should arrive in pieces"
    assert first.locator(".answer").inner_text().strip()
    chips = first.locator(".chip")
    assert chips.count() >= 1
    expect(first.locator(".followups .example").first).to_be_visible()  # what to ask next
    # Only the cited passages are listed, each with its document's title; the rest wait behind 更多相关段落.
    marks = {m.get_attribute("data-n") for m in first.locator(".answer .mark").all()}
    listed = {c.get_attribute("data-n") for c in first.locator(".citations .chip").all()}
    assert marks and listed == marks
    assert "甘肃省科技企业孵化器" in first.locator(".citations .chip .where").first.inner_text()
    more = first.locator(".more-sources .chip")
    assert more.count() + len(listed) == chips.count()

    chips.first.click()
    sheet = page.locator("#sheet")
    expect(sheet).to_be_visible()
    hit = page.locator("#sheet-passage mark.hit")
    expect(hit).to_be_visible()
    sentence = hit.inner_text()
    link = page.locator("#sheet-link")
    assert re.match(r"^/doc/[^?]+\?start=\d+&end=\d+&hs=\d+&he=\d+$", link.get_attribute("href"))
    page.screenshot(path=str(ARTIFACTS / "web-citation.png"))
    with browser.expect_page() as popup:
        link.click()
    doc = popup.value
    doc_hit = doc.locator("mark.hit")
    expect(doc_hit).to_be_visible()
    assert doc_hit.inner_text() == sentence
    assert ".txt" not in doc.locator("#doc-meta").inner_text()  # no file names for founders
    assert doc.locator("#doc-title").inner_text() and ".txt" not in doc.locator("#doc-title").inner_text()
    assert doc.evaluate("""() => { const r = document.querySelector('mark.hit').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight; }"""), "the document should open scrolled to the passage"
    doc.screenshot(path=str(ARTIFACTS / "web-document.png"))
    doc.close()
    # A modal card: Tab stays inside it, Esc closes it and gives focus back to the chip that opened it.
    for _ in range(4):
        page.keyboard.press("Tab")
        assert page.evaluate("document.getElementById('sheet').contains(document.activeElement)")
    page.keyboard.press("Escape")
    expect(sheet).to_be_hidden()
    assert page.evaluate("document.activeElement.classList.contains('chip')")

    with page.expect_request("**/api/chat") as request:
        page.fill("#question", "那省级的呢？")
        page.press("#question", "Enter")
    session_id = json.loads(request.value.post_data)["session_id"]
    second = page.locator(".msg.assistant").nth(1)
    expect(second.locator(".votes")).to_be_visible()
    assert len(app.state.sessions.history(session_id)) == 2

    second.locator(".vote.up").click()
    expect(second.locator(".vote-status")).to_have_text("感谢您的反馈！")
    expect(second.locator(".vote.up")).to_have_attribute("aria-pressed", "true")
    item = app.state.sessions.feedback()[0]
    assert item["rating"] == "up" and item["answer_id"] == second.get_attribute("data-answer-id")
    # A changed mind: thumbs-down replaces the vote and asks what was wrong.
    second.locator(".vote.down").click()
    expect(second.locator(".vote.down")).to_have_attribute("aria-pressed", "true")
    expect(second.locator(".vote.up")).to_have_attribute("aria-pressed", "false")
    second.locator(".reason textarea").fill("没有说到市级孵化器")
    second.locator(".reason button").click()
    expect(second.locator(".vote-status")).to_have_text("已收到您的意见，谢谢！")
    votes = [f for f in app.state.sessions.feedback() if f["answer_id"] == second.get_attribute("data-answer-id")]
    assert [(f["rating"], f["comment"]) for f in votes] == [("down", "没有说到市级孵化器")]
    second.locator(".vote.copy").click()
    expect(second.locator(".vote-status")).to_have_text("已复制回答和出处。")
    page.screenshot(path=str(ARTIFACTS / "web-chat.png"), full_page=True)


def test_phone_layout(site, page):
    from playwright.sync_api import expect

    _, url = site
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(url + "/")
    page.fill("#question", "众创空间有哪些基本类型？")
    page.locator("#send").click()
    answer = page.locator(".msg.assistant").first
    expect(answer.locator(".votes")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling"
    # Touch targets of at least 44 px: votes and chips themselves, the [n] marks through a larger hit area.
    assert all(b["height"] >= 44 for b in (answer.locator(".vote.up").bounding_box(),
                                            answer.locator(".chip").first.bounding_box()))
    if answer.locator(".answer .mark").count():
        size = page.evaluate("""() => { const s = getComputedStyle(document.querySelector('.answer .mark'), '::after');
            return [parseFloat(s.width), parseFloat(s.height)]; }""")
        assert min(size) >= 44
    answer.locator(".chip").first.click()
    expect(page.locator("#sheet-passage")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "web-phone.png"))


def test_a_question_over_the_limit_is_kept_and_flagged_not_cut(site, page):
    from playwright.sync_api import expect

    _, url = site
    page.goto(url + "/")
    pasted = "我们公司在杭州，" * 70 + "可以申请孵化器吗？"  # 569 characters, the question at the end
    sent = []
    page.on("request", lambda r: sent.append(r.url) if "/api/chat" in r.url else None)
    page.fill("#question", pasted)
    expect(page.locator("#counter")).to_have_class(re.compile(r"\bover\b"))
    expect(page.locator("#counter")).to_contain_text(str(len(pasted)))
    expect(page.locator("#send")).to_be_disabled()
    page.press("#question", "Enter")
    page.wait_for_timeout(300)
    assert not sent and page.input_value("#question") == pasted  # nothing sent, nothing cut
    page.fill("#question", pasted[-40:])
    expect(page.locator("#counter")).to_have_text("40/500")
    expect(page.locator("#send")).to_be_enabled()


def test_stop_and_new_chat_while_an_answer_is_under_way(site, page):
    from playwright.sync_api import expect

    app, url = site
    real = app.state.assistant
    app.state.assistant = Slow(real, pause=1.5)
    try:
        page.goto(url + "/")
        page.fill("#question", "众创空间有哪些基本类型？")
        page.press("#question", "Enter")
        expect(page.locator("#send")).to_have_text("停止")
        page.locator("#send").click()
        turn = page.locator(".msg.assistant").first
        expect(turn).to_have_class(re.compile(r"\bstopped\b"))
        expect(turn.locator(".turn-status")).to_have_text("已停止回答。")
        expect(turn.locator(".retry")).to_have_text("重试")  # the question can be asked again
        expect(page.locator("#send")).to_have_text("发送")
        # 新对话 while an answer streams: the old conversation never comes back.
        page.fill("#question", "孵化器的毕业条件是什么？")
        page.press("#question", "Enter")
        expect(page.locator("#send")).to_have_text("停止")
        page.locator("#new-chat").click()
        expect(page.locator("#welcome")).to_be_visible()
        expect(page.locator(".msg")).to_have_count(0)
        app.state.assistant = real
        with page.expect_request("**/api/chat") as request:
            page.fill("#question", "那省级的呢？")
            page.press("#question", "Enter")
        assert "session_id" not in json.loads(request.value.post_data)  # a clean start, not a follow-up
        expect(page.locator(".msg.assistant .votes")).to_be_visible()
        page.wait_for_timeout(2000)  # the old answer's arrival (if any) would land now
        expect(page.locator(".msg.assistant")).to_have_count(1)
    finally:
        app.state.assistant = real


def test_a_refusal_offers_questions_that_are_answered_as_new_questions(site, page):
    from playwright.sync_api import expect

    _, url = site
    page.goto(url + "/")
    page.fill("#question", "明天兰州天气怎么样？")
    page.press("#question", "Enter")
    refused = page.locator(".msg.assistant").first
    expect(refused).to_have_class(re.compile(r"\brefused\b"))
    offered = refused.locator(".suggestions .example").first
    expect(offered).to_be_visible()
    question = offered.inner_text()
    with page.expect_request("**/api/chat") as request:
        offered.click()
    body = json.loads(request.value.post_data)
    assert body == {"question": question}  # a question of its own, not a follow-up of the refused one
    answer = page.locator(".msg.assistant").nth(1)
    expect(answer.locator(".votes")).to_be_visible()
    expect(answer).not_to_have_class(re.compile(r"\brefused\b"))


def test_dark_mode_follows_the_system(site, page):
    _, url = site
    page.emulate_media(color_scheme="dark")
    page.goto(url + "/")
    colours = page.evaluate("""() => [getComputedStyle(document.documentElement).backgroundColor,
        getComputedStyle(document.querySelector('#question')).backgroundColor]""")
    luminance = [sum(int(v) for v in c[c.index("(") + 1:c.index(")")].split(",")[:3]) / 3 for c in colours]
    assert all(v < 60 for v in luminance), colours
    page.emulate_media(color_scheme="light")
    assert page.evaluate("getComputedStyle(document.documentElement).backgroundColor") == "rgb(246, 247, 251)"


def test_conversations_survive_a_reload_and_can_be_reopened_and_deleted(site, page):
    from playwright.sync_api import expect

    _, url = site
    page.goto(url + "/")
    page.evaluate("localStorage.clear()")
    page.reload()
    page.fill("#question", "众创空间有哪些基本类型？")
    page.press("#question", "Enter")
    expect(page.locator(".msg.assistant .votes")).to_be_visible()
    answer = page.locator(".msg.assistant .answer").first.inner_text()
    page.reload()  # a reload (or 返回对话 from a document) shows the conversation again
    expect(page.locator(".msg.assistant")).to_have_count(1)
    assert page.locator(".msg.assistant .answer").first.inner_text() == answer
    expect(page.locator(".msg.assistant .citations .chip").first).to_be_visible()
    with page.expect_request("**/api/chat") as request:  # and goes on with it
        page.fill("#question", "那孵化器呢？")
        page.press("#question", "Enter")
    assert "session_id" in json.loads(request.value.post_data)
    expect(page.locator(".msg.assistant .votes")).to_have_count(2)
    page.locator("#new-chat").click()
    expect(page.locator(".msg")).to_have_count(0)
    page.locator("#history").click()
    entry = page.locator("#history-list li")
    expect(entry).to_have_count(1)
    expect(entry.locator(".history-open")).to_have_text("众创空间有哪些基本类型？")
    entry.locator(".history-open").click()
    expect(page.locator(".msg.assistant")).to_have_count(2)
    entry.locator(".history-delete").click()
    expect(page.locator("#history-list li")).to_have_count(0)
    expect(page.locator("#history-empty")).to_be_visible()
    expect(page.locator(".msg")).to_have_count(0)
    page.reload()
    expect(page.locator("#welcome")).to_be_visible()


def test_markdown_from_an_llm_writer_is_shown_safely(site, page):
    _, url = site
    page.goto(url + "/")
    out = page.evaluate("""() => answerHtml("**申请条件**\\n- 场地不低于500平方米 [1]\\n- 在孵企业不少于10家\\n<img src=x onerror=alert(1)>",
                                           [{title: "t"}])""")
    assert "<strong>申请条件</strong>" in out and out.count("• ") == 2
    assert "<img" not in out and "&lt;img" in out  # escaped before anything is turned into markup
    assert 'class="mark" data-n="1"' in out


def test_server_messages_reach_founders_without_the_developers_gloss(site, page):
    from playwright.sync_api import expect

    app, url = site
    page.goto(url + "/")
    real, app.state.assistant = app.state.assistant, None  # the index still loading
    try:
        page.fill("#question", "众创空间有哪些基本类型？")
        page.press("#question", "Enter")
        status = page.locator(".msg.assistant .turn-status")
        expect(status).to_contain_text("加载")
        assert not any(ch.isascii() and ch.isalpha() for ch in status.inner_text())
        expect(page.locator(".msg.assistant .retry")).to_be_visible()
    finally:
        app.state.assistant = real
    out = page.evaluate("""() => [forFounders("政策助手正在加载索引，请稍后再试（the index is still loading）。"),
                                  forFounders("问题太长了（501 字），请控制在 500 字以内（question longer than 500 characters）。")]""")
    assert out == ["政策助手正在加载索引，请稍后再试。", "问题太长了（501 字），请控制在 500 字以内。"]


def test_staff_page(site, page):
    from playwright.sync_api import expect

    _, url = site
    page.goto(url + "/staff")
    expect(page.locator("h1")).to_have_text("政策助手 · 员工后台")
    expect(page.locator("#staff-docs option")).to_have_count(5)
    page.fill("#staff-docs-search", "甘肃")  # the document filter narrows by title and clears
    assert page.locator("#staff-docs option:not([hidden])").count() == 1
    page.select_option("#staff-docs", page.locator("#staff-docs option:not([hidden])").first.get_attribute("value"))
    expect(page.locator("#staff-docs-picked")).to_have_text("已选 1 篇")
    page.locator("#staff-docs-clear").click()
    expect(page.locator("#staff-docs-picked")).to_have_text("已选 0 篇")
    assert page.locator("#staff-docs option:not([hidden])").count() == 5
    page.fill("#staff-question", "从国家级孵化器毕业需要满足什么条件？")
    page.locator("#staff-send").click()
    rows = page.locator("table.hits tbody tr")
    expect(rows).to_have_count(10)
    expect(page.locator(".decision .badge")).to_have_text("作答")
    assert re.search(r"\d\.\d{3} \(#\d+\)", rows.first.inner_text())
    page.screenshot(path=str(ARTIFACTS / "staff-ask.png"), full_page=True)

    page.locator(".tab[data-tab=documents]").click()
    expect(page.locator("#doc-table tbody tr")).to_have_count(5)
    expect(page.locator("#doc-table tbody tr td.state").first).to_have_text("已上线")
    page.locator("#doc-table tbody tr").first.locator(".split-open").click()  # how the document was cut
    expect(page.locator("#split-title")).to_contain_text("切分为")
    assert page.locator("#split-list li").count() > 5
    page.set_input_files("#upload-file", files=[{"name": "坏.pdf", "mimeType": "application/pdf",
                                                 "buffer": b"%PDF-1.7 not a pdf"},
                                                {"name": "病毒.exe", "mimeType": "application/octet-stream",
                                                 "buffer": b"MZ"}])
    page.locator("#upload-send").click()
    expect(page.locator("#upload-results li")).to_have_count(2)  # several files at once, each reported
    expect(page.locator("#upload-results li").first).to_contain_text("无法解析")
    expect(page.locator("#upload-results li").nth(1)).to_contain_text("病毒.exe")
    expect(page.locator("#upload-status")).to_contain_text("无法解析")
    page.locator(".tab[data-tab=index]").click()
    expect(page.locator("#index-facts")).to_contain_text("段落")  # a readable summary, in local time
    assert "T" not in page.locator("#index-facts dd").nth(2).inner_text()
    page.locator("#tab-index summary").click()
    expect(page.locator("#manifest")).to_contain_text("fingerprint")
    page.locator(".tab[data-tab=feedback]").click()
    expect(page.locator("#feedback-table tbody tr").first).to_be_visible()
    # The question log: every question of every channel, filtered, with the export carrying the filters.
    page.request.post(url + "/api/ask", data=json.dumps({"question": "明天兰州天气怎么样？"}),
                      headers={"Content-Type": "application/json"})
    page.locator(".tab[data-tab=questions]").click()
    expect(page.locator("#log-table tbody tr").first).to_be_visible()
    page.select_option("#log-form select[name=refused]", "true")
    page.locator("#log-form button[type=submit]").click()
    expect(page.locator("#log-table tbody tr:not(.refused)")).to_have_count(0)  # only refused questions left
    expect(page.locator("#log-table tbody tr.refused").first).to_be_visible()
    assert "refused=true" in page.locator("#log-export").get_attribute("href")


def test_the_founders_own_figures_are_checked_in_a_table(site, page):
    from playwright.sync_api import expect

    _, url = site
    question = "我们公司去年营收350万，前年营收100万，没融资，也不是高企，在省级孵化器，能毕业吗？"
    page.goto(url + "/")
    page.fill("#question", question)
    page.press("#question", "Enter")
    answer = page.locator(".msg.assistant").first
    expect(answer.locator(".votes")).to_be_visible()
    table = answer.locator("table.checks")
    expect(table).to_be_visible()
    expect(table.locator("th")).to_have_text(["条件", "您的情况", "结论"])
    met = table.locator("tr.check.met")
    expect(met).to_have_count(1)
    expect(met.locator("td").nth(1)).to_have_text("350万")
    expect(met.locator("td.verdict")).to_have_text("满足")
    expect(table.locator("tr.check.not_met td.verdict").first).to_have_text("不满足")
    expect(answer.locator(".checks-verdict")).to_contain_text("符合")
    # the check is shown once: as the table, not also as the text lines it replaces
    assert "—— 满足" not in answer.locator(".answer").inner_text()
    page.reload()  # a reopened conversation shows the table again
    expect(page.locator(".msg.assistant").first.locator("table.checks tr.check.met")).to_have_count(1)


def test_a_case_that_bars_the_act_is_shown_as_the_askers_case_or_not(site, page):
    """The table's wording for a list of barring cases (有下列情形之一的，不得出海): "属于这种情形", not "不满足".
    The stream is the service's own events for a check of a law the seed corpus does not hold."""
    from playwright.sync_api import expect

    from service.compose import compose_checks
    from service.eligibility import check
    from service.sse import event

    _, url = site
    cases = ["（一）能见度低于一千米；", "（二）浪高超过二米；"]
    question = "能见度有5公里，浪高3米，能出海吗？"
    found = check(cases, "有下列情形之一的，休闲船舶不得出海航行：", [question], citation=1, whole=True)
    text = compose_checks(found, "zh") + "\n\n根据《某市海上交通安全条例》，第三十七条 …… [1]"
    body = event("text", {"text": text}) + event("citations", {"citations": []}) + event(
        "done", {"session_id": "s-bars", "answer_id": "a-bars", "refused": False, "question": question,
                 "rewritten": question, "answer": text, "suggestions": [], "checks": found.contract()})
    page.route("**/api/chat", lambda route: route.fulfill(status=200, body=body,
                                                           headers={"Content-Type": "text/event-stream"}))
    page.goto(url + "/")
    page.fill("#question", question)
    page.press("#question", "Enter")
    table = page.locator(".msg.assistant").first.locator("table.checks")
    expect(table).to_be_visible()
    expect(table.locator("tr.check.not_met td.verdict")).to_have_text("属于这种情形（不可以）")
    expect(table.locator("tr.check.met td.verdict")).to_have_text("不属于这种情形")
    expect(page.locator(".checks-verdict")).to_contain_text("不符合")
