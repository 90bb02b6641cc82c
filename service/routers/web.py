"""The founders' web chat at /, the document view a citation links to, and the static assets."""

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse

from corpus.messages import message
from service.pages import asset, render
from service.routers.errors import NotFoundError

router = APIRouter(tags=["web"], include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def chat_page() -> HTMLResponse:
    return HTMLResponse(render("index.html"))


@router.get("/doc/{doc_id}", response_class=HTMLResponse)
def document_page(doc_id: str) -> HTMLResponse:
    """The whole document; the script fetches /api/documents/{doc_id} and scrolls to ?start=&end=&hs=&he=."""
    return HTMLResponse(render("doc.html"))


@router.get("/static/{name}")
def static_asset(name: str) -> FileResponse:
    found = asset(name)
    if found is None:
        raise NotFoundError(message("not_found", path=f"/static/{name}"))
    path, media = found
    return FileResponse(path, media_type=f"{media}; charset=utf-8", headers={"Cache-Control": "no-cache"})
