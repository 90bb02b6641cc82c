"""The staff box over a live server: token, retrieval scores, feedback, uploads and background re-index."""

from __future__ import annotations

import base64
import csv
import io
import threading
import time
import uuid

import httpx
import pytest

from tests.conftest import LAWS
from tests.service.live import live_server, private_app

TOKEN = "s3cret-staff-token"
STAFF = {"authorization": f"Bearer {TOKEN}"}
NEW_DOC = ("# 测试园区创业扶持办法\n\n## 第一章 房租补贴\n\n第一条 入驻测试园区的初创企业，可申请房租补贴，"
           "每年最高五万元，连续补贴不超过三年。\n\n第二条 申请房租补贴需提交营业执照和租赁合同。\n").encode()
FEB = "测试园区的初创企业房租补贴每年最高多少？"
LABOUR = LAWS / "社会法/劳动合同法(2012-12-28).md"


@pytest.fixture(scope="module")
def env(tmp_path_factory, seed_index, embedder):
    app, settings = private_app(tmp_path_factory.mktemp("staff"), seed_index, embedder, admin_token=TOKEN,
                                upload_max_mb=1)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=120) as client:
        yield app, settings, client


def test_token_is_required(env):
    _, _, client = env
    r = client.get("/staff/api/index")
    assert r.status_code == 401 and "POLICYQA_ADMIN_TOKEN" in r.json()["error"]
    assert r.headers["www-authenticate"].startswith("Basic")
    assert client.get("/staff/api/index", headers={"authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/staff").status_code == 401
    basic = "Basic " + base64.b64encode(f"staff:{TOKEN}".encode()).decode()
    page = client.get("/staff", headers={"authorization": basic})
    assert page.status_code == 200 and "员工后台" in page.text
    label = page.text.split('<label for="upload-file">', 1)[1].split("</label>", 1)[0]
    assert "每个不超过 1 MB" in label and "{" not in label  # the upload limit, filled in
    manifest = client.get("/staff/api/index", headers=STAFF).json()["manifest"]
    assert manifest["doc_count"] == 5 and "sources" not in manifest


def test_cross_site_changes_are_refused(env):
    _, _, client = env
    for extra in ({"origin": "http://evil.example"}, {"sec-fetch-site": "cross-site"}):
        r = client.delete("/staff/api/documents/003_230c66471026e967", headers={**STAFF, **extra})
        assert r.status_code == 403 and "本站" in r.json()["error"]
    same = client.post("/staff/api/ask", json={"question": "孵化器"},
                       headers={**STAFF, "origin": str(client.base_url).rstrip("/"), "sec-fetch-site": "same-origin"})
    assert same.status_code == 200


def test_staff_ask_shows_every_passage_with_scores(env):
    _, _, client = env
    r = client.post("/staff/api/ask", json={"question": "从国家级孵化器毕业需要满足什么条件？", "k": 8}, headers=STAFF)
    assert r.status_code == 200, r.text
    data = r.json()
    assert len(data["passages"]) == 8 and [p["rank"] for p in data["passages"]] == list(range(1, 9))
    for p in data["passages"]:
        assert {"dense", "bm25", "fused", "dense_rank", "bm25_rank", "text", "section"} <= set(p)
    assert data["decision"]["refused"] is False and "reason" in data["decision"]
    cited = [p["cited"] for p in data["passages"] if p["cited"]]
    assert cited and set(cited) <= set(range(1, len(data["answer"]["citations"]) + 1))
    assert {"dense", "bm25", "highlight_start"} <= set(data["answer"]["citations"][0])


def test_staff_ask_filters_by_document(env):
    _, _, client = env
    doc_id = "002_642040c8f064e1d8"
    data = client.post("/staff/api/ask", json={"question": "服务标准", "doc_ids": [doc_id]}, headers=STAFF).json()
    assert data["passages"] and {p["doc_id"] for p in data["passages"]} == {doc_id}
    r = client.post("/staff/api/ask", json={"question": "服务标准", "k": 0}, headers=STAFF)
    assert r.status_code == 422 and "k" in r.json()["error"]
    for wrong in (True, "8"):  # a count, not a flag or a string of one
        r = client.post("/staff/api/ask", json={"question": "服务标准", "k": wrong}, headers=STAFF)
        assert r.status_code == 422 and "k" in r.json()["error"]


def test_feedback_list(env):
    _, _, client = env
    ask = client.post("/api/ask", json={"question": "众创空间有哪些类型？"}).json()
    client.post("/api/feedback", json={"answer_id": ask["answer_id"], "rating": "up", "comment": "清楚"})
    items = client.get("/staff/api/feedback", headers=STAFF).json()["feedback"]
    assert items[0]["answer_id"] == ask["answer_id"] and items[0]["rating"] == "up"
    assert items[0]["question"] == "众创空间有哪些类型？" and items[0]["answer"] == ask["answer"]


def test_question_log_lists_every_channel_with_filters_and_exports_csv(env):
    app, settings, client = env
    answered = client.post("/api/ask", json={"question": "众创空间有哪些基本类型？"}).json()
    refused = client.post("/api/ask", json={"question": "明天兰州天气怎么样？"}).json()
    client.post("/api/feedback", json={"answer_id": refused["answer_id"], "rating": "down", "comment": "想问天气"})
    app.state.sessions.record("wechat:o1", {**answered, "citations": [], "question": "公众号里问的"}, channel="wechat")
    log = lambda **q: client.get("/staff/api/questions", params=q, headers=STAFF).json()["questions"]
    everything = log()
    assert {"api", "wechat"} <= {q["channel"] for q in everything}
    by_id = {q["answer_id"]: q for q in everything}
    assert by_id[refused["answer_id"]]["refused"] and by_id[refused["answer_id"]]["why"].startswith("抱歉")
    assert (by_id[refused["answer_id"]]["rating"], by_id[refused["answer_id"]]["comment"]) == ("down", "想问天气")
    assert by_id[answered["answer_id"]]["documents"] and not by_id[answered["answer_id"]]["why"]
    assert {q["answer_id"] for q in log(refused="true")} >= {refused["answer_id"]}
    assert all(q["refused"] for q in log(refused="true")) and not any(q["refused"] for q in log(refused="false"))
    assert [q["answer_id"] for q in log(rating="down")] == [refused["answer_id"]]
    assert {q["channel"] for q in log(channel="wechat")} == {"wechat"}
    doc = answered["citations"][0]["doc_id"]
    assert answered["answer_id"] in {q["answer_id"] for q in log(doc_id=doc)}
    assert log(since="2001-01-01", until="2001-01-02") == []
    r = client.get("/staff/api/questions", params={"format": "csv", "rating": "down"}, headers=STAFF)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["时间", "渠道", "问题", "是否拒答"] and len(rows) == 2
    assert rows[1][2] == "明天兰州天气怎么样？" and rows[1][3] == "拒答" and rows[1][-2:] == ["没帮助", "想问天气"]
    assert client.get("/staff/api/questions", params={"channel": "fax"}, headers=STAFF).status_code == 422
    assert client.get("/staff/api/questions").status_code == 401


def test_a_chat_stream_the_client_stops_is_not_recorded(env):
    app, settings, client = env
    count = lambda: len(app.state.sessions.log(limit=10_000))
    before = count()
    with client.stream("POST", "/api/chat", json={"question": "众创空间有哪些基本类型？"}) as r:
        for line in r.iter_lines():
            if line.startswith("event: text"):
                break  # the stop button: the browser stops reading
    time.sleep(1.0)
    assert count() == before  # never part of the session's history
    assert "event: done" in client.post("/api/chat", json={"question": "众创空间有哪些基本类型？"}).text
    assert count() == before + 1  # read to the end: recorded


def test_a_documents_split_is_shown_passage_by_passage(env):
    app, settings, client = env
    doc = client.get("/api/documents").json()["documents"][0]["doc_id"]
    data = client.get(f"/staff/api/documents/{doc}/chunks", headers=STAFF).json()
    assert data["chunks"] and all({"section", "text", "heading", "start", "end"} <= set(c) for c in data["chunks"])
    text = client.get(f"/api/documents/{doc}").json()["text"]
    assert all(text[c["start"]:c["end"]] == c["text"] for c in data["chunks"][:20])
    assert client.get("/staff/api/documents/nope/chunks", headers=STAFF).status_code == 404


def test_documents_list_marks_managed_files(env):
    _, settings, client = env
    data = client.get("/staff/api/documents", headers=STAFF).json()
    assert data["count"] == 5 and all(d["deletable"] for d in data["documents"])
    assert data["upload_max_mb"] == 1 and data["folder"] == str(settings.corpus_dirs[0])


def test_documents_list_shows_files_not_yet_served_and_files_being_removed(env):
    _, settings, client = env
    folder = settings.corpus_dirs[0]
    served = client.get("/staff/api/documents", headers=STAFF).json()["documents"]
    assert {d["state"] for d in served} == {"live"}
    (folder / "新到的办法.md").write_bytes(NEW_DOC)  # on disk, not yet indexed (no re-index asked here)
    gone = folder / served[0]["source"]
    hidden = gone.rename(folder / f".{gone.name}")  # hidden files are not corpus files
    try:
        data = client.get("/staff/api/documents", headers=STAFF).json()
        states = {d["source"]: d["state"] for d in data["documents"]}
        assert states["新到的办法.md"] == "pending" and states[gone.name] == "removing"
        new = next(d for d in data["documents"] if d["source"] == "新到的办法.md")
        assert new["deletable"] and new["title"] == "新到的办法" and "state" in data["reindex"]
        assert data["count"] == 6
    finally:
        (folder / "新到的办法.md").unlink()
        hidden.rename(gone)
    assert {d["state"] for d in client.get("/staff/api/documents", headers=STAFF).json()["documents"]} == {"live"}


def upload(client, name: str, data: bytes, **kw) -> httpx.Response:
    return client.post("/staff/api/documents", files={"file": (name, data)}, headers=STAFF, **kw)


def test_bad_uploads_are_reported_and_nothing_is_indexed(env):
    app, settings, client = env
    before = sorted(p.name for p in settings.corpus_dirs[0].iterdir())
    cases = [(upload(client, "病毒.exe", b"MZ"), 415, "不支持"),
             (upload(client, "坏.pdf", b"%PDF-1.7 garbage"), 422, "坏.pdf"),
             (upload(client, "空.md", b""), 422, "空"),
             (upload(client, "..", NEW_DOC), 422, "文件名"),
             (upload(client, "大.txt", b"x" * (1024 * 1024 + 10)), 413, "1 MB"),
             (client.post("/staff/api/documents", data={"x": "1"}, headers=STAFF), 422, "file")]
    for r, status, needle in cases:
        assert r.status_code == status, r.text
        assert needle in r.json()["error"], r.json()
    # A body over the limit without Content-Length is cut off while it streams.
    body = b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n" + b"x" * (2 << 20)
    r = client.post("/staff/api/documents", content=iter([body[i:i + 65536] for i in range(0, len(body), 65536)]),
                    headers={**STAFF, "content-type": "multipart/form-data; boundary=b"})
    assert r.status_code == 413
    assert sorted(p.name for p in settings.corpus_dirs[0].iterdir()) == before
    assert app.state.reindexer.status.runs == 0 and app.state.reindexer.status.state == "idle"
    assert not any((settings.home / "uploads").iterdir())


def ask_until(client, stop: threading.Event, results: list, counts: list) -> None:
    while not stop.is_set():
        try:
            r = client.post("/api/ask", json={"question": "众创空间有哪些类型？"})
            results.append(r.status_code)
            counts.append(client.get("/readyz").json()["documents"])
        except httpx.HTTPError as exc:  # a failed request is what this test is looking for
            results.append(repr(exc))


def test_upload_reindexes_in_background_and_questions_keep_working(env):
    app, settings, client = env
    r = upload(client, "../测试园区扶持办法.md", NEW_DOC)
    assert r.status_code == 202, r.text
    assert r.json()["name"] == "测试园区扶持办法.md" and "重建索引" in r.json()["message"]
    new_id = r.json()["doc_id"]
    listed = {d["doc_id"]: d["state"] for d in client.get("/staff/api/documents", headers=STAFF).json()["documents"]}
    assert listed[new_id] in ("pending", "live")  # listed at once, before the re-index ends
    stop, results, counts = threading.Event(), [], []
    workers = [threading.Thread(target=ask_until, args=(client, stop, results, counts)) for _ in range(4)]
    for w in workers:
        w.start()
    try:
        deadline = time.monotonic() + 600
        while client.get("/staff/api/reindex", headers=STAFF).json()["state"] == "running":
            assert time.monotonic() < deadline
            time.sleep(0.2)
    finally:
        stop.set()
        for w in workers:
            w.join()
    status = client.get("/staff/api/reindex", headers=STAFF).json()
    assert status["state"] == "done" and status["runs"] == 1, status
    assert results and all(code == 200 for code in results), results
    assert 5 in counts and len(results) >= 8  # questions were answered from the old index during the build
    assert client.get("/readyz").json()["documents"] == 6
    listed = {d["doc_id"]: d["state"] for d in client.get("/staff/api/documents", headers=STAFF).json()["documents"]}
    assert listed[new_id] == "live"
    data = client.post("/staff/api/ask", json={"question": FEB}, headers=STAFF).json()
    assert data["passages"][0]["doc_id"] == new_id and "五万元" in data["passages"][0]["text"]
    assert client.get(f"/api/documents/{new_id}").json()["title"] == "测试园区创业扶持办法"
    assert 'policyqa_reindex_total{result="ok"} 1.0' in client.get("/metrics").text


def test_delete_reindexes_and_removes_the_file(env):
    app, settings, client = env
    new_id = next(d["doc_id"] for d in client.get("/api/documents").json()["documents"] if d["source"].startswith("测试园区"))
    r = client.delete(f"/staff/api/documents/{new_id}", headers=STAFF)
    assert r.status_code == 202 and "删除" in r.json()["message"]
    assert not (settings.corpus_dirs[0] / "测试园区扶持办法.md").exists()
    assert app.state.reindexer.wait(timeout=600)
    assert client.get("/readyz").json()["documents"] == 5
    assert client.get(f"/api/documents/{new_id}").status_code == 404
    r = client.delete(f"/staff/api/documents/{new_id}", headers=STAFF)
    assert r.status_code == 404


def test_a_large_upload_is_answered_by_keywords_while_it_is_embedded(env):
    app, settings, client = env
    reindexer = app.state.reindexer
    reindexer.request(reason="test")  # built with this session's embedder first: an add then starts from it
    assert reindexer.wait(timeout=600)
    publish, seen = reindexer.publish, []

    def watching(assistant):  # runs in the re-index thread, before the vectors are made
        publish(assistant)
        answer = client.post("/api/ask", json={"question": "劳动合同的试用期最长不得超过多久？"}).json()
        listed = client.get("/staff/api/documents", headers=STAFF).json()
        seen.append((bool(assistant.index.pending.any()), answer, listed))

    reindexer.publish = watching
    try:
        # its own title: no chunk text of it was embedded before (the build cache would skip the wait)
        title = f"# 测试园区劳动用工规定{uuid.uuid4().hex[:6]}"
        text = LABOUR.read_text(encoding="utf-8").replace("# 中华人民共和国劳动合同法", title, 1)
        r = upload(client, "测试园区劳动用工规定.md", text.encode())
        assert r.status_code == 202, r.text
        new_id = r.json()["doc_id"]
        assert reindexer.wait(timeout=600)
    finally:
        reindexer.publish = publish
    # keywords first, then its vectors (the English lexicon still taking its new words), then the complete version
    assert [pending for pending, _, _ in seen] == [True, False, False]
    _, answer, listed = seen[0]
    assert not answer["refused"] and answer["citations"][0]["doc_id"] == new_id, answer
    states = {d["doc_id"]: d["state"] for d in listed["documents"]}
    assert states[new_id] == "keywords" and {s for d, s in states.items() if d != new_id} == {"live"}
    assert listed["reindex"]["state"] == "running"
    _, answer, listed = seen[1]
    assert not answer["refused"] and answer["citations"][0]["doc_id"] == new_id, answer
    assert {d["doc_id"]: d["state"] for d in listed["documents"]}[new_id] == "live"
    assert listed["reindex"]["state"] == "running"
    final = {d["doc_id"]: d["state"] for d in client.get("/staff/api/documents", headers=STAFF).json()["documents"]}
    assert final[new_id] == "live"
    assert client.delete(f"/staff/api/documents/{new_id}", headers=STAFF).status_code == 202
    assert reindexer.wait(timeout=600)
