"""Start-up without a ready assistant: the index loads beside the running app, probes tell the state."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient

from service import runtime
from service.app import create_app
from service.settings import Settings
from tests.service.live import copy_index


def wait_ready(client: TestClient, *, seconds: float = 120) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        r = client.get("/readyz")
        if r.status_code == 200 or r.json()["status"] == "failed":
            return r.json()
        time.sleep(0.05)
    raise AssertionError("not ready in time")


@pytest.fixture
def reuse_model(monkeypatch, embedder):
    monkeypatch.setattr(runtime, "load_embedder", lambda settings: embedder)


def test_loads_the_index_at_start_up(tmp_path, corpus_copy, seed_index, reuse_model):
    settings = Settings(home=tmp_path / "home", corpus_dirs=[corpus_copy], index_dir=tmp_path / "index")
    copy_index(seed_index, settings.index_path)
    with TestClient(create_app(settings)) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        assert wait_ready(client)["documents"] == 5
        r = client.post("/api/ask", json={"question": "众创空间有哪些类型？"})
        assert r.status_code == 200 and r.json()["citations"]


def test_a_failed_load_is_reported(tmp_path, reuse_model):
    settings = Settings(home=tmp_path / "home", corpus_dirs=[tmp_path / "missing"], index_dir=tmp_path / "index")
    with TestClient(create_app(settings)) as client:
        state = wait_ready(client)
        assert state["status"] == "failed" and "missing" in state["error"]
        r = client.post("/api/ask", json={"question": "众创空间有哪些类型？"})
        assert r.status_code == 503 and "索引" in r.json()["error"]
        assert client.get("/healthz").status_code == 200
