// Helpers shared by the pages: escaping, UI strings, SSE reading, passage highlighting.
"use strict";

const UI = window.UI || {};

function t(key, values) {
  let s = UI[key] || key;
  for (const [k, v] of Object.entries(values || {})) s = s.split("{" + k + "}").join(String(v));
  return s;
}

function esc(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

// The server's messages end with an English gloss for developers, "（the index is still loading）": founders
// see the Chinese sentence alone.
function forFounders(text) {
  return String(text).replace(/[（(][\x20-\x7e]+[）)](?=[。.]?$)/, "");
}

async function errorText(response) {
  try {
    const body = await response.json();
    const e = body.error;
    return typeof e === "string" ? e : (e && e.message) || response.statusText;
  } catch (_) {
    return response.status + " " + response.statusText;
  }
}

// Reads a text/event-stream response and calls onEvent(name, data) for each frame.
async function readEvents(response, onEvent) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let name = "message";
      const data = [];
      for (const line of frame.split("\n")) {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
      }
      if (data.length) onEvent(name, JSON.parse(data.join("\n")));
    }
  }
}

// HTML of `text` (which starts at `offset` in its document) with [hs, he) marked as the answering sentence.
function highlighted(text, offset, hs, he) {
  const a = Math.max(0, Math.min(text.length, hs - offset));
  const b = Math.max(a, Math.min(text.length, he - offset));
  if (b <= a) return esc(text);
  return esc(text.slice(0, a)) + '<mark class="hit">' + esc(text.slice(a, b)) + "</mark>" + esc(text.slice(b));
}

function docLink(c) {
  const q = new URLSearchParams({ start: c.start, end: c.end, hs: c.highlight_start ?? c.start, he: c.highlight_end ?? c.end });
  return "/doc/" + encodeURIComponent(c.doc_id) + "?" + q.toString();
}
