"""The staff box at /staff (behind POLICYQA_ADMIN_TOKEN): retrieval debugging, feedback, documents, index."""

from __future__ import annotations

import csv
import datetime
import io
import re
import time
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from corpus.messages import message
from corpus.models import Chunk
from service.deps import (AssistantDep, MetricsDep, ReindexerDep, SessionsDep, SettingsDep, SlotsDep, check_staff,
                          require_staff)
from service.limits import MB
from service.pages import render
from service.routers.errors import NotFoundError
from service.uploads import ALLOWED_SUFFIXES, corpus_files, delete_document, store_upload

router = APIRouter(prefix="/staff", tags=["staff"])
api = APIRouter(prefix="/api", dependencies=[Depends(require_staff)])


def _json_number(value: object) -> object:
    """A count as the schema says (a JSON number); pydantic alone would also take true as 1 and "8" as 8."""
    if isinstance(value, (bool, str)):
        raise ValueError("a number")
    return value


Count = Annotated[int, BeforeValidator(_json_number)]


class StaffAskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str
    doc_ids: list[str] | None = Field(default=None, max_length=100)
    k: Count = Field(default=10, ge=1, le=50)


@router.get("", response_class=HTMLResponse, include_in_schema=False)
def staff_page(request: Request, settings: SettingsDep) -> HTMLResponse:
    """The page; without a token configured it says how to enable the staff routes."""
    if not settings.admin_token:
        return HTMLResponse(render("off.html", notice=message("staff_disabled")), status_code=404)
    check_staff(request, settings)
    return HTMLResponse(render("staff.html", upload_limit=str(settings.upload_max_mb),
                               upload_accept=",".join(ALLOWED_SUFFIXES),
                               staff_upload_label=message("staff_upload_label", limit_mb=settings.upload_max_mb)))


@api.post("/ask")
def ask(req: StaffAskRequest, assistant: AssistantDep, metrics: MetricsDep, slots: SlotsDep) -> dict:
    """The founders' answer plus every retrieved passage with its dense, BM25 and fused scores."""
    doc_ids = req.doc_ids or None
    with slots:
        answer = assistant.answer(req.question, doc_ids=doc_ids)
        hits = assistant.index.search(answer.rewritten or answer.question, k=req.k, fusion=assistant.fusion,
                                      doc_ids=doc_ids)
    metrics.answered(channel="staff", refused=answer.refused)

    def cited(chunk: Chunk) -> int:
        """The [n] of the citation whose span covers the passage (a citation may group several), else 0."""
        return next((c.n for c in answer.citations
                     if c.doc_id == chunk.doc_id and max(c.start, chunk.start) < min(c.end, chunk.end)), 0)

    passages = [{"rank": rank, "chunk_id": h.chunk.chunk_id, "doc_id": h.chunk.doc_id, "title": h.chunk.title,
                 "section": h.chunk.section_path, "text": h.chunk.text, "start": h.chunk.start, "end": h.chunk.end,
                 "fused": round(h.score, 4), "dense": None if h.pending else round(h.dense, 4), "bm25": round(h.bm25, 4),
                 "dense_rank": h.dense_rank, "bm25_rank": h.bm25_rank,
                 "cited": cited(h.chunk)}
                for rank, h in enumerate(hits, 1)]
    f = assistant.fusion
    return {"answer": answer.full(), "passages": passages,
            "decision": {"refused": answer.refused, "confidence": round(answer.confidence, 4),
                         "reason": answer.reason},
            "fusion": {"method": f.method, "weight": f.weight, "candidates": f.candidates}}


def _iso_day(value: object) -> object:
    """A day as the schema says (YYYY-MM-DD); pydantic alone would also take a number as a Unix time."""
    if not (isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)):
        raise ValueError("a date as YYYY-MM-DD")
    return value


Day = Annotated[datetime.date, BeforeValidator(_iso_day)]
LOG_COLUMNS = ("created", "channel", "question", "refused", "why", "answer", "documents", "rating", "comment")


@api.get("/questions", response_model=None,
         responses={200: {"description": "The questions as JSON, or as CSV with format=csv",
                          "content": {"application/json": {"schema": {"type": "object"}},
                                      "text/csv": {"schema": {"type": "string"}}}}})
def questions(sessions: SessionsDep, refused: bool | None = None,
              rating: Literal["up", "down", "none"] | None = None,
              channel: Literal["web", "api", "openai", "wechat", "wecom", "staff"] | None = None,
              doc_id: str | None = Query(default=None, max_length=200),
              since: Day | None = None, until: Day | None = None,
              limit: int = Query(default=200, ge=1, le=10_000), format: Literal["json", "csv"] = "json"):
    """Every question founders asked (all channels), with the answer, refused or not and why, and the vote.
    Dates are local days, `until` included. `format=csv` downloads the same rows for a spreadsheet."""
    day = lambda d, extra=0: time.mktime((d + datetime.timedelta(days=extra)).timetuple()) if d else None
    items = sessions.log(refused=refused, rating=rating, channel=channel, doc_id=doc_id, since=day(since),
                         until=day(until, 1), limit=limit)
    if format == "json":
        return {"count": len(items), "questions": items}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([message(f"staff_log_{c}") for c in LOG_COLUMNS])
    for q in items:
        writer.writerow([time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(q["created"])), q["channel"],
                         q["question"], message("staff_refused_yes" if q["refused"] else "staff_refused_no"), q["why"],
                         q["answer"], "；".join(q["documents"]),
                         {"up": message("staff_rating_up"), "down": message("staff_rating_down")}.get(q["rating"], ""),
                         q["comment"]])
    # a byte-order mark, so Excel reads the Chinese as UTF-8
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="policyqa-questions.csv"'})


@api.get("/feedback")
def feedback(sessions: SessionsDep, limit: int = 200) -> dict:
    items = sessions.feedback(limit=max(1, min(limit, 1000)))
    return {"count": len(items), "feedback": items}


@api.get("/index")
def index_info(assistant: AssistantDep, reindexer: ReindexerDep) -> dict:
    manifest = assistant.index.manifest.to_dict()
    manifest.pop("sources", None)  # per-file hashes for incremental builds: bookkeeping, not for reading
    return {"manifest": manifest, "reindex": reindexer.status.to_dict()}


@api.get("/reindex")
def reindex_status(reindexer: ReindexerDep) -> dict:
    return reindexer.status.to_dict()


@api.get("/documents")
def documents(assistant: AssistantDep, settings: SettingsDep, reindexer: ReindexerDep) -> dict:
    """Every document with its state: `live` (served), `keywords` (served, found by keyword search while
    its vectors are made), `removing` (served, its file deleted, the re-index will drop it) or `pending` (a
    file the served index does not have yet: queued or being read, see `reindex`). `deletable` when the file sits in the managed folder (the first corpus dir)."""
    managed = settings.corpus_dirs[0].resolve()
    files = corpus_files(settings.corpus_dirs, settings.index_path)

    def deletable(doc_id: str) -> bool:
        return doc_id in files and managed in files[doc_id].resolve().parents

    served = assistant.index.manifest.documents
    pending = assistant.index.pending

    def state(d: dict) -> str:
        if d["doc_id"] not in files:
            return "removing"
        first, count = d.get("chunks", [0, 0])
        return "keywords" if count and pending[first:first + count].any() else "live"

    docs = [{**d, "state": state(d), "deletable": deletable(d["doc_id"])} for d in served]
    known = {d["doc_id"] for d in served}
    docs += [{"doc_id": doc_id, "title": path.stem, "source": path.name, "chars": None, "state": "pending",
              "deletable": deletable(doc_id)} for doc_id, path in files.items() if doc_id not in known]
    return {"count": len(docs), "documents": docs, "folder": str(settings.corpus_dirs[0]),
            "upload_max_mb": settings.upload_max_mb, "reindex": reindexer.status.to_dict()}


@api.post("/documents", status_code=202)
def upload(settings: SettingsDep, reindexer: ReindexerDep, file: UploadFile = File(...)) -> dict:
    """Validates and stores the file in the managed folder, then re-indexes in the background."""
    folder = settings.corpus_dirs[0]
    folder.mkdir(parents=True, exist_ok=True)
    target = store_upload(file.file, raw_name=file.filename, folder=folder, staging=settings.home / "uploads",
                          max_bytes=settings.upload_max_mb * MB)
    doc_id = next((d for d, p in corpus_files(settings.corpus_dirs, settings.index_path).items() if p == target), None)
    status = reindexer.request(reason=f"upload {target.name}")
    return {"message": message("upload_accepted", name=target.name), "name": target.name, "doc_id": doc_id,
            "reindex": status.to_dict()}


@api.get("/documents/{doc_id}/chunks")
def document_chunks(doc_id: str, assistant: AssistantDep) -> dict:
    """How a served document was split: its passages in reading order, each with its section path."""
    if doc_id not in assistant.index.documents:
        raise NotFoundError(message("document_not_found", doc_id=doc_id))
    doc = assistant.index.documents[doc_id]
    return {"doc_id": doc_id, "title": doc.title, "chunks": [
        {"chunk_id": c.chunk_id, "section": c.section_path, "text": c.text, "heading": c.is_heading,
         "start": c.start, "end": c.end} for c in assistant.index.doc_chunks(doc_id)]}


@api.delete("/documents/{doc_id}", status_code=202)
def delete(doc_id: str, settings: SettingsDep, reindexer: ReindexerDep) -> dict:
    path = delete_document(doc_id, folders=settings.corpus_dirs, index=settings.index_path)
    status = reindexer.request(reason=f"delete {path.name}")
    return {"message": message("document_deleted", name=path.name), "name": path.name, "doc_id": doc_id,
            "reindex": status.to_dict()}


router.include_router(api)
