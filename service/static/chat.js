// The founders' chat: streams answers from /api/chat, shows citations, keeps the session, sends votes.
"use strict";

// gen: which conversation an answer belongs to (新对话 starts another); controller: the answer under way.
const state = { sessionId: null, busy: false, gen: 0, controller: null };
const $ = (id) => document.getElementById(id);
const form = $("ask-form"), input = $("question"), sendButton = $("send"), messages = $("messages");
// Longer questions are not cut (a pasted text's question is often at its end): the counter says so.
const LIMIT = Number(input.dataset.limit) || 500;
const SEND_LABEL = sendButton.textContent;
// A thumb drawn inline (Material "thumb_up" path), so no emoji font is needed; "down" is the same, rotated.
const THUMB = '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z"/></svg>';

function scrollToEnd() {
  const main = $("conversation");
  main.scrollTop = main.scrollHeight;
}

// Answer text as HTML; [n] marks become buttons that open citation n once citations are known.
// The answer as HTML: escaped first, then the little Markdown an LLM writer uses (**bold**, "- " and
// "1. " list lines, "#" headings) shown as such instead of as symbols, then the [n] marks.
function answerHtml(text, citations) {
  return esc(text)
    .replace(/\*\*([^*\n]+)\*\*/g, "<strong>$1</strong>")
    .replace(/^#{1,6}\s+(.+)$/gm, "<strong>$1</strong>")
    .replace(/^\s*[-*]\s+/gm, "• ")
    .replace(/\[(\d+)\]/g, (m, n) => {
      const c = citations && citations[Number(n) - 1];
      return c ? `<button type="button" class="mark" data-n="${n}" aria-label="${esc(t("web_sources"))} ${n}">${n}</button>` : `<sup class="mark-plain">${n}</sup>`;
    })
    .replace(/\n/g, "<br>");
}

function addUserBubble(question) {
  messages.append(el("div", { class: "msg user" },
    el("div", { class: "who", text: t("web_you") }),
    el("div", { class: "bubble", text: question })));
}

function addAssistantBubble() {
  const body = el("div", { class: "answer" }, el("span", { class: "typing", text: t("web_thinking") }));
  const bubble = el("div", { class: "bubble" }, body);
  const node = el("div", { class: "msg assistant streaming" }, el("div", { class: "who", text: t("web_assistant") }), bubble);
  messages.append(node);
  return { node, bubble, body, text: "", citations: null };
}

// The passages the answer cites, with title and section; the other retrieved ones behind 更多相关段落.
function renderCitations(turn) {
  const cites = turn.citations || [];
  if (!cites.length) return;
  const cited = new Set([...turn.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  const chip = (c, n) => el("button", { type: "button", class: "chip", "data-n": n, onclick: () => openCitation(c, n) },
    el("span", { class: "where" }, el("b", { text: `[${n}]` }), ` ${c.title}${c.section ? " · " + c.section : ""}`),
    el("span", { class: "snippet", text: c.text }));
  const list = el("div", { class: "citations" }, el("span", { class: "label", text: t("web_sources") }));
  const more = el("details", { class: "more-sources" }, el("summary", { text: t("web_more_sources", { count: cites.length - cited.size }) }));
  cites.forEach((c, i) => (cited.has(i + 1) ? list : more).append(chip(c, i + 1)));
  if (cited.size) turn.bubble.append(list);
  if (cites.length > cited.size) turn.bubble.append(more);
  turn.body.innerHTML = answerHtml(turn.text, cites);
}

// Copy, thumbs up or down (a vote can be changed), and on thumbs-down a box for what was wrong.
function renderVotes(turn, answerId) {
  const status = el("span", { class: "vote-status", role: "status" });
  const send = async (rating, comment) => {
    const r = await fetch("/api/feedback", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ answer_id: answerId, rating, comment }) });
    if (!r.ok) throw new Error(await errorText(r));
  };
  const reason = el("form", { class: "reason", hidden: true },
    el("textarea", { rows: "2", maxlength: "1000", placeholder: t("web_reason_placeholder"), "aria-label": t("web_reason_placeholder") }),
    el("button", { type: "submit", text: t("web_reason_send") }));
  const vote = async (rating, button) => {
    try {
      await send(rating, "");
      for (const b of [up, down]) { b.classList.toggle("chosen", b === button); b.setAttribute("aria-pressed", String(b === button)); }
      status.textContent = t("web_thanks");
      reason.hidden = rating !== "down";
      if (rating === "down") reason.querySelector("textarea").focus();
    } catch (e) {
      status.textContent = t("web_feedback_failed");
    }
  };
  reason.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = reason.querySelector("textarea").value.trim();
    if (!text) return;
    try {
      await send("down", text);
      reason.hidden = true;
      status.textContent = t("web_reason_thanks");
    } catch (err) {
      status.textContent = t("web_feedback_failed");
    }
  });
  const up = el("button", { type: "button", class: "vote up", "aria-label": t("web_helpful"), title: t("web_helpful"), "aria-pressed": "false" });
  const down = el("button", { type: "button", class: "vote down", "aria-label": t("web_not_helpful"), title: t("web_not_helpful"), "aria-pressed": "false" });
  up.innerHTML = THUMB;
  down.innerHTML = THUMB;
  up.addEventListener("click", () => vote("up", up));
  down.addEventListener("click", () => vote("down", down));
  const copy = el("button", { type: "button", class: "vote copy", text: t("web_copy") });
  copy.addEventListener("click", async () => {
    status.textContent = (await copyText(plainAnswer(turn))) ? t("web_copied") : t("web_copy_failed");
  });
  const bar = el("div", { class: "votes" }, up, down, copy, status);
  turn.bubble.append(bar, reason);
}

// The answer as a founder would paste it: the text with its [n] marks, then the cited sources.
function plainAnswer(turn) {
  const sources = (turn.citations || []).map((c, i) => `[${i + 1}] ${c.title}${c.section ? " · " + c.section : ""}`);
  return sources.length ? `${turn.text}\n\n${t("web_sources")}：\n${sources.join("\n")}` : turn.text;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (e) {  // no clipboard permission: the old way
    const area = el("textarea", { class: "offscreen" });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

// Questions to ask next, fetched once the answer is shown (each was checked to be answered).
async function renderFollowups(turn, answerId, gen) {
  try {
    const r = await fetch(`/api/followups/${encodeURIComponent(answerId)}`);
    if (!r.ok) return;
    const data = await r.json();
    if (gen !== state.gen || !data.questions.length) return;
    const box = el("div", { class: "suggestions followups" }, el("p", { text: t("web_followups") }));
    for (const q of data.questions) box.append(el("button", { type: "button", class: "example", onclick: () => ask(q) }, q));
    turn.bubble.append(box);
  } catch (e) { /* nothing offered */ }
}

// The founder's own figures checked against a cited list, as a table: condition, what the founder said, and
// the verdict; the overall verdict under it. The answer text opens with the same check as
// lines (for WeChat and the API); the table takes their place here.
function renderChecks(turn, checks) {
  if (!checks || !(checks.conditions || []).length) return;
  const blocks = turn.text.split("\n\n");
  const lines = blocks[0].split("\n");
  const asLines = lines.length === checks.conditions.length + 2;
  const caption = asLines ? lines[0] : "";
  const verdict = asLines ? lines[lines.length - 1] : "";
  if (asLines) turn.body.innerHTML = answerHtml(blocks.slice(1).join("\n\n"), turn.citations);
  // the condition's own words say what it requires; three columns also fit a phone
  const head = el("tr", {}, ...["web_checks_condition", "web_checks_given", "web_checks_verdict"]
    .map((k) => el("th", { scope: "col", text: t(k) })));
  const rows = checks.conditions.map((c) => el("tr", { class: `check ${c.verdict}` },
    el("td", { text: c.text }), el("td", { text: c.given || "—" }),
    el("td", { class: "verdict", text: t(`web_checks_${caseWord(c)}`) })));
  const table = el("table", { class: "checks" }, el("caption", { text: caption }),
    el("thead", {}, head), el("tbody", {}, ...rows));
  const box = el("div", { class: `checks-box ${checks.verdict}` }, el("div", { class: "table-scroll" }, table));
  if (verdict) box.append(el("p", { class: "checks-verdict", text: verdict }));
  turn.body.before(box);
}

// a case that bars the act (能见度低于一千米 under 有下列情形之一的，不得出海): met means the asker is not in it
function caseWord(c) {
  if (!c.bars || c.verdict === "unknown") return c.verdict;
  return c.verdict === "met" ? "out_of_case" : "in_case";
}

function renderSuggestions(turn, done) {
  if (done.rewritten && done.rewritten !== done.question) {
    turn.bubble.prepend(el("p", { class: "rewritten", text: t("web_rewritten", { rewritten: done.rewritten }) }));
  }
  if (!done.refused || !(done.suggestions || []).length) return;
  const box = el("div", { class: "suggestions" }, el("p", { text: t("web_refused_hint") }));
  // a suggestion is a question of its own (the assistant checked the documents answer it), not a follow-up
  for (const s of done.suggestions) {
    box.append(el("button", { type: "button", class: "example", onclick: () => { state.sessionId = null; ask(s); } }, s));
  }
  turn.bubble.append(box);
}

function openCitation(c, n) {
  $("sheet-n").textContent = `${t("web_sources")} [${n}]`;
  $("sheet-title").textContent = c.title;
  $("sheet-section").textContent = c.section || "";
  $("sheet-passage").innerHTML = highlighted(c.text, c.start, c.highlight_start ?? c.start, c.highlight_end ?? c.end);
  $("sheet-link").href = docLink(c);
  state.opener = document.activeElement;  // focus goes back there when the card closes
  $("sheet").hidden = false;
  document.body.classList.add("sheet-open");
  $("sheet-close").focus();
}

function closeSheet() {
  $("sheet").hidden = true;
  document.body.classList.remove("sheet-open");
  if (state.opener && document.contains(state.opener)) state.opener.focus();
  state.opener = null;
}

// Tab and Shift+Tab stay inside the open card (it is a modal dialog).
function trapFocus(e) {
  if (e.key !== "Tab" || $("sheet").hidden) return;
  const stops = [...$("sheet").querySelectorAll("button, a[href]")].filter((n) => n.offsetParent !== null);
  if (!stops.length) return;
  const first = stops[0], last = stops[stops.length - 1];
  if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
  else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  else if (!$("sheet").contains(document.activeElement)) { e.preventDefault(); first.focus(); }
}

async function ask(question) {
  question = question.trim();
  if (!question || state.busy || question.length > LIMIT) return;
  const gen = state.gen, controller = new AbortController();
  state.busy = true;
  state.controller = controller;
  showStop(true);
  $("welcome").hidden = true;
  addUserBubble(question);
  input.value = "";
  updateCounter();
  const turn = addAssistantBubble();
  scrollToEnd();
  try {
    const response = await fetch("/api/chat", { method: "POST", signal: controller.signal,
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify(state.sessionId ? { question, session_id: state.sessionId } : { question }) });
    if (!response.ok) {
      // the conversation is gone on the server (deleted elsewhere): asking again starts a new one
      if (response.status === 404 && state.sessionId) { forgetLocally(state.sessionId); state.sessionId = null; }
      throw new Error(await errorText(response));
    }
    turn.body.textContent = "";
    await readEvents(response, (name, data) => {
      if (gen !== state.gen) return;  // a new conversation was started meanwhile
      if (name === "text") {
        turn.text += data.text;
        turn.body.innerHTML = answerHtml(turn.text, null);
        scrollToEnd();
      } else if (name === "citations") {
        turn.citations = data.citations;
        renderCitations(turn);
      } else if (name === "done") {
        state.sessionId = data.session_id;
        remember(data.session_id, question);
        turn.node.dataset.answerId = data.answer_id;
        turn.node.classList.toggle("refused", !!data.refused);
        if (!(turn.citations || []).length && !data.refused) turn.bubble.append(el("p", { class: "muted", text: t("web_no_sources") }));
        renderChecks(turn, data.checks);
        renderSuggestions(turn, data);
        renderVotes(turn, data.answer_id);
        if (!data.refused) renderFollowups(turn, data.answer_id, gen);
      }
    });
  } catch (e) {
    if (gen === state.gen) failed(turn, question, e);
  } finally {
    turn.node.classList.remove("streaming");
    if (state.controller === controller) {
      state.busy = false;
      state.controller = null;
      showStop(false);
      scrollToEnd();
      input.focus();
    }
  }
}

// What arrived stays; the turn says what happened and offers to ask again.
function failed(turn, question, e) {
  const stopped = e.name === "AbortError";
  turn.node.classList.add(stopped ? "stopped" : "error");
  const why = stopped ? t("web_stopped") : e instanceof TypeError ? (turn.text ? t("web_interrupted") : t("web_network_error")) : forFounders(e.message);
  if (!turn.text) turn.body.textContent = "";
  const retry = el("button", { type: "button", class: "retry", text: t("web_retry") });
  retry.addEventListener("click", () => ask(question));
  turn.bubble.append(el("p", { class: "muted turn-status", text: why }), retry);
}

function showStop(on) {
  sendButton.textContent = on ? t("web_stop") : SEND_LABEL;
  sendButton.classList.toggle("stop", on);
  sendButton.disabled = on ? false : input.value.trim().length > LIMIT;
}

function updateCounter() {
  const count = input.value.length, over = count > LIMIT;
  $("counter").textContent = over ? t("web_too_long", { count, limit: LIMIT }) : `${count}/${LIMIT}`;
  $("counter").classList.toggle("over", over);
  input.setAttribute("aria-invalid", over ? "true" : "false");
  if (!state.busy) sendButton.disabled = over;  // while answering it is the stop button
  input.style.height = "auto";
  input.style.height = Math.min(input.scrollHeight, 160) + "px";
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  if (state.busy && e.submitter === sendButton) state.controller.abort();  // the button stops the answer
  else ask(input.value);
});
input.addEventListener("input", updateCounter);
input.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); ask(input.value); }
});
document.querySelectorAll("#welcome .example").forEach((b) => b.addEventListener("click", () => ask(b.textContent)));
messages.addEventListener("click", (e) => {
  const mark = e.target.closest(".mark");
  if (!mark) return;
  const node = mark.closest(".msg");
  const chip = node && node.querySelector(`.chip[data-n="${mark.dataset.n}"]`);
  if (chip) chip.click();
});
$("sheet").addEventListener("click", (e) => { if (e.target.closest("[data-close]")) closeSheet(); });
document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("sheet").hidden) closeSheet(); });
document.addEventListener("keydown", trapFocus);
$("new-chat").addEventListener("click", () => { newChat(); input.focus(); });
$("history").addEventListener("click", () => {
  const panel = $("history-panel");
  panel.hidden = !panel.hidden;
  $("history").setAttribute("aria-expanded", String(!panel.hidden));
  if (!panel.hidden) renderHistory();
});

function newChat() {
  state.gen += 1;  // whatever is still arriving belongs to the old conversation
  if (state.controller) state.controller.abort();
  state.sessionId = null;
  localStorage.removeItem(CURRENT);
  messages.textContent = "";
  $("welcome").hidden = false;
}

// Conversations are kept by the server; this browser remembers which are its own (id and first question).
const SAVED = "policyqa.sessions", CURRENT = "policyqa.current";

function savedSessions() {
  try { return JSON.parse(localStorage.getItem(SAVED)) || []; } catch (e) { return []; }
}

function remember(id, question) {
  const list = savedSessions();
  const known = list.find((s) => s.id === id);
  const rest = list.filter((s) => s.id !== id);
  rest.unshift({ id, title: known ? known.title : question.slice(0, 40), at: Date.now() });
  localStorage.setItem(SAVED, JSON.stringify(rest.slice(0, 50)));
  localStorage.setItem(CURRENT, id);
  renderHistory();
}

function forgetLocally(id) {
  localStorage.setItem(SAVED, JSON.stringify(savedSessions().filter((s) => s.id !== id)));
  if (localStorage.getItem(CURRENT) === id) localStorage.removeItem(CURRENT);
  renderHistory();
}

function renderHistory() {
  const list = $("history-list"), saved = savedSessions();
  list.textContent = "";
  $("history-empty").hidden = saved.length > 0;
  for (const s of saved) {
    const open = el("button", { type: "button", class: "history-open", text: s.title, onclick: () => openSession(s.id) });
    if (s.id === state.sessionId) open.setAttribute("aria-current", "true");
    const drop = el("button", { type: "button", class: "history-delete", "aria-label": t("web_history_delete"),
      title: t("web_history_delete"), text: "×", onclick: () => deleteSession(s.id) });
    list.append(el("li", {}, open, drop));
  }
}

async function openSession(id) {
  let data;
  try {
    const r = await fetch(`/api/sessions/${encodeURIComponent(id)}`);
    if (r.status === 404) { forgetLocally(id); return; }
    if (!r.ok) throw new Error(await errorText(r));
    data = await r.json();
  } catch (e) {
    return;  // the conversation stays listed; a later try may work
  }
  newChat();
  state.sessionId = id;
  localStorage.setItem(CURRENT, id);
  $("welcome").hidden = true;
  for (const a of data.turns) {
    addUserBubble(a.question);
    const turn = addAssistantBubble();
    turn.text = a.answer;
    turn.citations = a.citations;
    turn.body.innerHTML = answerHtml(turn.text, null);
    renderCitations(turn);
    turn.node.classList.remove("streaming");
    turn.node.classList.toggle("refused", !!a.refused);
    turn.node.dataset.answerId = a.answer_id;
    renderChecks(turn, a.checks);
    renderSuggestions(turn, a);
    renderVotes(turn, a.answer_id);
  }
  renderHistory();
  scrollToEnd();
}

async function deleteSession(id) {
  const r = await fetch(`/api/sessions/${encodeURIComponent(id)}`, { method: "DELETE" });
  if (!r.ok && r.status !== 404) return;
  forgetLocally(id);
  if (state.sessionId === id) newChat();
}

if (localStorage.getItem(CURRENT)) openSession(localStorage.getItem(CURRENT));  // a reload, or back from a document
updateCounter();
