"""The HTML pages: static templates whose {{key}} slots are filled from prompts/messages.toml."""

from __future__ import annotations

import functools
import html
import json
import re
from pathlib import Path

from corpus.messages import message

STATIC = Path(__file__).resolve().parent / "static"
ASSETS = {"style.css": "text/css", "chat.js": "text/javascript", "doc.js": "text/javascript",
          "staff.js": "text/javascript", "common.js": "text/javascript"}
_SLOT = re.compile(r"\{\{\s*([a-z0-9_]+)\s*\}\}")
# Placeholders a UI sentence may carry; the page's script fills them, so they pass through as "{name}".
_UI_PLACEHOLDERS = ("n", "count", "limit", "limit_mb", "name", "done", "total", "stage", "error", "percent", "value",
                    "docs", "chunks", "built_at", "model", "rewritten", "seconds", "title")
# The sentences each page's script shows (the HTML itself uses {{key}} slots).
SCRIPT_KEYS = {
    "index.html": ("web_you", "web_assistant", "web_sources", "web_open_document", "web_helpful",
                   "web_not_helpful", "web_thanks", "web_feedback_failed", "web_network_error",
                   "web_refused_hint", "web_rewritten", "web_thinking", "web_no_sources", "web_too_long",
                   "web_stop", "web_stopped", "web_interrupted", "web_retry", "web_more_sources", "web_copy",
                   "web_copied", "web_copy_failed", "web_reason_placeholder", "web_reason_send", "web_reason_thanks",
                   "web_history_delete", "web_followups", "web_checks_condition",
                   "web_checks_given", "web_checks_verdict", "web_checks_met", "web_checks_not_met",
                   "web_checks_unknown", "web_checks_out_of_case", "web_checks_in_case"),
    "doc.html": ("web_doc_missing", "web_doc_cited", "web_network_error"),
    "staff.html": ("staff_refused_yes", "staff_refused_no", "staff_no_hits", "staff_error", "staff_uploading",
                   "staff_confirm_delete", "staff_reindex_running", "staff_reindex_done", "staff_reindex_failed",
                   "staff_reindex_idle", "staff_feedback_empty", "staff_rating_up", "staff_rating_down",
                   "staff_index_summary", "staff_delete", "staff_readonly", "staff_stage_queued",
                   "staff_state_live", "staff_state_keywords", "staff_state_removing", "staff_state_progress", "staff_state_unindexed",
                   "staff_stage_building", "staff_stage_embed", "staff_stage_words", "staff_stage_loading", "staff_stage_swapped",
                   "staff_too_large", "staff_cited", "staff_col_rank", "staff_col_doc", "staff_col_text",
                   "staff_col_fused", "staff_col_dense", "staff_col_bm25", "staff_col_cited", "staff_confidence",
                   "staff_log_count", "staff_log_empty", "staff_filter_picked", "staff_fact_docs",
                   "staff_fact_chunks", "staff_fact_built", "staff_fact_seconds", "staff_fact_model", "staff_fact_dense",
                   "staff_fact_skipped", "staff_split", "staff_split_title"),
}


def ui_text(key: str) -> str:
    """A UI sentence with its placeholders left for the page script to fill."""
    return message(key, **{p: "{" + p + "}" for p in _UI_PLACEHOLDERS})


@functools.cache
def render(name: str, **values: str) -> str:
    """The page `name` from static/, its {{key}} slots filled (HTML-escaped) and its script strings attached."""
    template = (STATIC / name).read_text(encoding="utf-8")
    strings = {k: ui_text(k) for k in SCRIPT_KEYS.get(name, ())}
    strings.update(values)
    ui_json = json.dumps(strings, ensure_ascii=False).replace("</", "<\\/")

    def fill(m: re.Match) -> str:
        key = m.group(1)
        if key == "ui_json":
            return ui_json
        return html.escape(values[key] if key in values else ui_text(key))

    return _SLOT.sub(fill, template)


def asset(name: str) -> tuple[Path, str] | None:
    """A static asset by exact name (no paths, so nothing outside static/ can be reached)."""
    media = ASSETS.get(name)
    return (STATIC / name, media) if media else None
