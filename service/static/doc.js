// The whole document behind a citation, with the cited passage and its answering sentence marked.
"use strict";

(async function () {
  const docId = decodeURIComponent(location.pathname.split("/").pop());
  const q = new URLSearchParams(location.search);
  const num = (k) => (q.has(k) && q.get(k) !== "" && !isNaN(Number(q.get(k))) ? Number(q.get(k)) : null);
  const start = num("start"), end = num("end");
  const hs = num("hs") ?? start, he = num("he") ?? end;
  const title = document.getElementById("doc-title"), body = document.getElementById("doc-text");
  let doc;
  try {
    const r = await fetch("/api/documents/" + encodeURIComponent(docId));
    if (!r.ok) throw new Error(r.status === 404 ? t("web_doc_missing") : await errorText(r));
    doc = await r.json();
  } catch (e) {
    title.textContent = e instanceof TypeError ? t("web_network_error") : forFounders(e.message);
    return;
  }
  document.title = doc.title;
  title.textContent = doc.title;
  // what a founder can use (kind, place, date); the file name is staff bookkeeping
  document.getElementById("doc-meta").textContent = [doc.kind, doc.region, doc.date].filter(Boolean).join(" · ");
  const text = doc.text;
  // Cut the text at the passage and highlight bounds; each piece knows whether it is inside either span.
  const bounds = [0, text.length, start, end, hs, he].filter((x) => x !== null && x >= 0 && x <= text.length);
  const cuts = [...new Set(bounds)].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i], b = cuts[i + 1];
    let piece = esc(text.slice(a, b));
    const inPassage = start !== null && end !== null && a >= start && b <= end;
    const inHit = hs !== null && he !== null && a >= hs && b <= he;
    if (inHit) piece = `<mark class="hit">${piece}</mark>`;
    if (inPassage) piece = `<span class="cited" title="${esc(t("web_doc_cited"))}">${piece}</span>`;
    html += piece;
  }
  body.innerHTML = html;
  const target = body.querySelector("mark.hit") || body.querySelector(".cited");
  if (target) {
    target.id = "hit";
    target.scrollIntoView({ block: "center" });
  }
})();
