"""The corpora the question sets are asked against: the seed index, and seeds + cn-laws files."""

from __future__ import annotations

import shutil
from pathlib import Path

from service.assistant import Assistant
from service.runtime import build, load_assistant, load_embedder
from service.settings import Settings

HERE = Path(__file__).resolve().parent
SETS = HERE / "sets"
LAWS_ROOT = HERE.parent.parent / "shared" / "corpora" / "cn-laws"


def law_files(listing: Path = SETS / "laws-corpus.txt") -> list[str]:
    """Paths (relative to cn-laws) named in a listing file; lines starting with # are comments."""
    lines = listing.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def laws_folder(settings: Settings, files: list[str], name: str = "laws") -> Path:
    """A corpus folder of the seeds plus the listed cn-laws files, under the state folder (never in git)."""
    folder = settings.home / "eval-corpora" / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for src in settings.corpus_dirs:
        shutil.copytree(src, folder / "seeds")
    for rel in files:
        target = folder / "laws" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(LAWS_ROOT / rel, target)
    return folder


def assistants(settings: Settings, names: set[str]) -> dict[str, Assistant]:
    """One assistant per corpus name ("seeds", "laws"), sharing one embedder; indexes built when missing."""
    embedder = load_embedder(settings)
    out: dict[str, Assistant] = {}
    if "seeds" in names:
        build(settings, embedder=embedder)
        out["seeds"] = load_assistant(settings, embedder=embedder)
    if "laws" in names:
        folder = laws_folder(settings, law_files())
        index = settings.home / "eval-laws-index"
        build(settings, folders=[folder], index=index, embedder=embedder)
        out["laws"] = load_assistant(settings, index=index, embedder=embedder)
    return out
