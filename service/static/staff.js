// The staff box: retrieval debugging, documents (upload / delete with progress), feedback, index manifest.
"use strict";

const $ = (id) => document.getElementById(id);
const fmt = (x) => (typeof x === "number" ? x.toFixed(3) : "");

async function api(path, options) {
  const r = await fetch("/staff/api" + path, options);
  if (!r.ok) throw new Error(await errorText(r));
  return r.json();
}

function showTab(name) {
  document.querySelectorAll(".tab").forEach((b) => {
    const on = b.dataset.tab === name;
    b.classList.toggle("active", on);
    b.setAttribute("aria-selected", String(on));
  });
  document.querySelectorAll(".panel").forEach((p) => (p.hidden = p.id !== "tab-" + name));
  if (name === "feedback") loadFeedback();
  if (name === "questions") loadLog();
  if (name === "index") loadIndex();
  if (name === "documents") loadDocuments();
}

async function ask(e) {
  e.preventDefault();
  const question = $("staff-question").value.trim();
  if (!question) return;
  const doc_ids = [...$("staff-docs").selectedOptions].map((o) => o.value).filter(Boolean);
  const out = $("staff-result");
  out.textContent = "…";
  try {
    const data = await api("/ask", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question, doc_ids: doc_ids.length ? doc_ids : null, k: Number($("staff-k").value) || 10 }) });
    out.replaceChildren(renderDecision(data), renderPassages(data.passages));
  } catch (err) {
    out.replaceChildren(el("p", { class: "error", text: t("staff_error", { error: err.message }) }));
  }
}

function renderDecision(data) {
  const a = data.answer, d = data.decision;
  return el("div", { class: "decision " + (d.refused ? "refused" : "answered") },
    el("p", {}, el("span", { class: "badge", text: d.refused ? t("staff_refused_yes") : t("staff_refused_no") }),
      " " + t("staff_confidence", { value: fmt(d.confidence) }) + " ", el("span", { class: "muted", text: d.reason || "" })),
    a.rewritten && a.rewritten !== a.question ? el("p", { class: "muted", text: "→ " + a.rewritten }) : null,
    el("p", { class: "answer-text", text: a.answer || "" }));
}

function renderPassages(passages) {
  if (!passages.length) return el("p", { class: "muted", text: t("staff_no_hits") });
  const rows = passages.map((p) => el("tr", { class: p.cited ? "cited-row" : "" },
    el("td", { text: p.rank }),
    el("td", {}, el("strong", { text: p.title }), el("div", { class: "muted", text: p.section })),
    el("td", { class: "passage-cell", text: p.text }),
    el("td", { class: "num", text: fmt(p.fused) }),
    el("td", { class: "num", text: `${fmt(p.dense)} (#${p.dense_rank || "-"})` }),
    el("td", { class: "num", text: `${fmt(p.bm25)} (#${p.bm25_rank || "-"})` }),
    el("td", { text: p.cited ? t("staff_cited", { n: p.cited }) : "" })));
  const cols = ["rank", "doc", "text", "fused", "dense", "bm25", "cited"];
  const head = el("tr", {}, ...cols.map((c) => el("th", { text: t("staff_col_" + c) })));
  return el("div", { class: "table-wrap" }, el("table", { class: "hits" }, el("thead", {}, head), el("tbody", {}, ...rows)));
}

async function loadDocuments() {
  const data = await api("/documents");
  const select = $("staff-docs");
  const chosen = new Set([...select.selectedOptions].map((o) => o.value));
  select.replaceChildren(...data.documents.map((d) => el("option", { value: d.doc_id, selected: chosen.has(d.doc_id) }, d.title)));
  applyDocSearch();  // a refreshed list keeps the search typed into it
  const logDoc = $("log-doc"), picked = logDoc.value;
  logDoc.replaceChildren(logDoc.options[0], ...data.documents.map((d) => el("option", { value: d.doc_id, selected: d.doc_id === picked }, d.title)));
  $("doc-table").tBodies[0].replaceChildren(...data.documents.map((d) => el("tr", { "data-doc": d.doc_id, "data-state": d.state },
    el("td", {}, d.state === "pending"
      ? el("span", { text: d.title })
      : el("a", { href: "/doc/" + encodeURIComponent(d.doc_id), target: "_blank", text: d.title })),
    el("td", { text: d.source }),
    el("td", { class: "num", text: d.chars ?? "" }),
    el("td", { class: "state", text: documentState(d, data.reindex) }),
    el("td", { class: "actions" },
      d.state === "pending" ? null : el("button", { type: "button", class: "ghost split-open", onclick: () => showSplit(d.doc_id) }, t("staff_split")),
      d.deletable
        ? el("button", { type: "button", class: "danger", onclick: () => removeDocument(d) }, t("staff_delete"))
        : el("span", { class: "muted", text: t("staff_readonly") })))));
}

// How a document was cut: each passage with its section path, headings marked, so staff can check the split.
async function showSplit(docId) {
  const data = await api(`/documents/${encodeURIComponent(docId)}/chunks`);
  $("split-title").textContent = t("staff_split_title", { title: data.title, count: data.chunks.length });
  $("split-list").replaceChildren(...data.chunks.map((c) => el("li", { class: c.heading ? "heading" : "" },
    el("div", { class: "muted", text: c.section }), el("div", { text: c.text }))));
  $("split").hidden = false;
  $("split").scrollIntoView({ block: "start" });
}

// live, removing, keywords (served by keyword search while embedding n of m), or pending: queued / embedding
// n of m while the re-index runs, not indexed after it failed.
function documentState(d, reindex) {
  if (d.state === "keywords") {
    const running = reindex && reindex.state === "running" && reindex.total;
    return t("staff_state_keywords", { done: running ? reindex.done : 0, total: running ? reindex.total : "?" });
  }
  if (d.state !== "pending") return t("staff_state_" + d.state);
  if (reindex && reindex.state === "running") {
    const stage = t("staff_stage_" + (reindex.stage || "queued"));
    return reindex.total ? t("staff_state_progress", { stage, done: reindex.done, total: reindex.total }) : stage;
  }
  return t("staff_state_unindexed");
}

async function removeDocument(d) {
  if (!confirm(t("staff_confirm_delete", { name: d.source }))) return;
  try {
    const data = await api("/documents/" + encodeURIComponent(d.doc_id), { method: "DELETE" });
    $("upload-status").textContent = data.message;
    loadDocuments();
    watchReindex();
  } catch (err) {
    $("upload-status").textContent = t("staff_error", { error: err.message });
  }
}

// Several files at once: sent one after another, each with its progress; every file's outcome is listed.
async function upload(e) {
  e.preventDefault();
  const input = $("upload-file"), files = [...input.files];
  const status = $("upload-status"), results = $("upload-results");
  if (!files.length) return;
  results.replaceChildren();
  let accepted = 0;
  for (const file of files) {
    const outcome = await uploadOne(file, input.dataset.limitMb);
    if (outcome.ok) accepted += 1;
    results.append(el("li", { class: outcome.ok ? "ok" : "failed", text: `${file.name}：${outcome.message}` }));
  }
  status.textContent = [...results.children].map((li) => li.textContent).join("；");
  input.value = "";
  if (accepted) {
    loadDocuments();  // the new files are listed at once, with their state
    watchReindex();
  }
}

function uploadOne(file, limitMb) {
  const status = $("upload-status"), bar = $("upload-progress");
  const limit = Number(limitMb) * 1024 * 1024;
  if (limit && file.size > limit) return Promise.resolve({ ok: false, message: t("staff_too_large", { name: file.name, limit_mb: limitMb }) });
  return new Promise((resolve) => {
    const body = new FormData();
    body.append("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/staff/api/documents");
    bar.hidden = false;
    bar.value = 0;
    xhr.upload.onprogress = (ev) => {
      if (!ev.lengthComputable) return;
      const percent = Math.round((ev.loaded / ev.total) * 100);
      bar.value = percent;
      status.textContent = `${file.name}：${t("staff_uploading", { percent })}`;
    };
    xhr.onload = () => {
      let data = {};
      try { data = JSON.parse(xhr.responseText); } catch (_) { /* not JSON */ }
      bar.hidden = true;
      if (xhr.status === 202) resolve({ ok: true, message: data.message });
      else resolve({ ok: false, message: t("staff_error", { error: typeof data.error === "string" ? data.error : xhr.statusText }) });
    };
    xhr.onerror = () => { bar.hidden = true; resolve({ ok: false, message: t("staff_error", { error: xhr.statusText || "network" }) }); };
    xhr.send(body);
  });
}

let watching = false;
async function watchReindex() {
  if (watching) return;
  watching = true;
  const bar = $("reindex-progress"), line = $("reindex-status");
  let polls = 0;
  try {
    for (;;) {
      const s = await api("/reindex");
      if (s.state === "running") {
        bar.hidden = false;
        bar.value = s.total ? Math.round((s.done / s.total) * 100) : 0;
        line.textContent = t("staff_reindex_running", { stage: t("staff_stage_" + (s.stage || "queued")), done: s.done, total: s.total });
        if (++polls % 3 === 0) loadDocuments();  // the pending rows follow the progress
        await new Promise((r) => setTimeout(r, 400));
        continue;
      }
      bar.hidden = true;
      line.textContent = s.state === "failed" ? t("staff_reindex_failed", { error: s.error }) : t("staff_reindex_done");
      line.dataset.state = s.state;
      break;
    }
  } finally {
    watching = false;
  }
  await Promise.all([loadDocuments(), loadIndex()]);
}

async function loadFeedback() {
  const data = await api("/feedback");
  const rows = data.feedback.map((f) => el("tr", { class: "rating-" + f.rating },
    el("td", { text: new Date(f.created * 1000).toLocaleString("zh-CN") }),
    el("td", { text: f.rating === "up" ? t("staff_rating_up") : t("staff_rating_down") }),
    el("td", { text: f.question }),
    el("td", { class: "passage-cell", text: f.answer }),
    el("td", { text: f.comment })));
  $("feedback-table").tBodies[0].replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: 5, class: "muted", text: t("staff_feedback_empty") }))]));
}

// Every question asked, filtered as the form says; the export link carries the same filters.
async function loadLog(e) {
  if (e) e.preventDefault();
  const query = new URLSearchParams([...new FormData($("log-form"))].filter(([, v]) => v));
  $("log-export").href = "/staff/api/questions?" + new URLSearchParams([...query, ["format", "csv"]]);
  const data = await api("/questions?" + query);
  $("log-count").textContent = t("staff_log_count", { count: data.count });
  const rows = data.questions.map((q) => el("tr", { class: q.refused ? "refused" : "" },
    el("td", { text: new Date(q.created * 1000).toLocaleString("zh-CN") }),
    el("td", { text: q.channel }),
    el("td", { text: q.question }),
    el("td", { class: "passage-cell", text: q.refused ? q.why : q.answer }),
    el("td", { text: q.documents.join("；") }),
    el("td", { text: q.rating === "up" ? t("staff_rating_up") : q.rating === "down" ? t("staff_rating_down") : "" }),
    el("td", { text: q.comment })));
  $("log-table").tBodies[0].replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: 7, class: "muted", text: t("staff_log_empty") }))]));
}

async function loadIndex() {
  const data = await api("/index");
  const m = data.manifest;
  const line = t("staff_index_summary", { docs: m.doc_count, chunks: m.chunk_count, built_at: m.built_at, model: m.model_id });
  $("index-line").textContent = line;
  $("index-summary").textContent = line;
  // The facts staff check, in local time; the raw manifest stays one click away.
  const facts = [["docs", m.doc_count], ["chunks", m.chunk_count],
    ["built", new Date(m.built_at.replace(/([+-]\d\d)(\d\d)$/, "$1:$2")).toLocaleString("zh-CN")],
    ["seconds", m.build_seconds], ["model", m.model_id], ["dense", m.dense], ["skipped", (m.skipped || []).length]];
  $("index-facts").replaceChildren(...facts.flatMap(([k, v]) => [el("dt", { text: t("staff_fact_" + k) }), el("dd", { text: String(v) })]));
  $("manifest").textContent = JSON.stringify(m, null, 1);
  if (data.reindex.state === "running") watchReindex();
}

document.querySelectorAll(".tab").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
$("staff-ask").addEventListener("submit", ask);
// The document filter: typing narrows the list, the clear button unselects all, the count says what is chosen.
function pickedCount() {
  $("staff-docs-picked").textContent = t("staff_filter_picked", { count: $("staff-docs").selectedOptions.length });
}
function applyDocSearch() {
  const q = $("staff-docs-search").value.trim().toLowerCase();
  for (const o of $("staff-docs").options) o.hidden = q !== "" && !o.textContent.toLowerCase().includes(q);
}
$("staff-docs-search").addEventListener("input", applyDocSearch);
$("staff-docs-clear").addEventListener("click", () => {
  for (const o of $("staff-docs").options) o.selected = false;
  $("staff-docs-search").value = "";
  for (const o of $("staff-docs").options) o.hidden = false;
  pickedCount();
});
$("staff-docs").addEventListener("change", pickedCount);
$("log-form").addEventListener("submit", (e) => loadLog(e).catch(() => {}));
$("upload-form").addEventListener("submit", upload);
loadDocuments().catch(() => {});
loadIndex().catch(() => {});
