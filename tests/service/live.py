"""Test helpers: the app served by a real uvicorn on a free loopback port, in a thread."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpus" / "documents"
ARTIFACTS = ROOT / "test-artifacts"


@contextmanager
def live_server(app: FastAPI, *, timeout: float = 60) -> Iterator[str]:
    """Serves `app` on 127.0.0.1 (port chosen by the OS) until the block ends; yields the base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def copy_index(source: Path, target: Path) -> Path:
    """A private copy of a built index folder (the symlinked version), so a test can rebuild it freely."""
    shutil.copytree(source.resolve(), target)
    return target


def copy_seeds(target: Path) -> Path:
    shutil.copytree(SEEDS, target)
    return target


def private_app(root: Path, seed_index: Path, embedder, **overrides):
    """(app, settings) over private copies of the seed corpus and index under `root`, which a test may upload
    to, delete from and re-index."""
    from service.app import create_app
    from service.runtime import load_assistant
    from service.settings import Settings

    # its own build cache: a module's app is made before each test's isolated_home, and must not read or fill the
    # developer's (.cache/build), whose contents would decide what an add has left to embed
    settings = Settings(**{"home": root / "home", "corpus_dirs": [copy_seeds(root / "corpus")],
                           "index_dir": root / "index", "cache_dir": root / "cache", **overrides})
    copy_index(seed_index, settings.index_path)
    return create_app(settings, assistant=load_assistant(settings, embedder=embedder)), settings


class Slow:
    """The real assistant, answering after a pause and counting its answers (so a test can act while an
    answer is under way)."""

    def __init__(self, assistant, pause: float) -> None:
        self.inner, self.pause, self.calls = assistant, pause, 0

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def answer(self, *args, **kwargs):
        self.calls += 1
        time.sleep(self.pause)
        return self.inner.answer(*args, **kwargs)
