"""Answer time in process on questions never asked before in it, for comparing two commits on one machine.

Warms on blind-seeds-test, then times `Assistant.answer` (no suggestions) once on each question of
blind-seeds-dev, -test2 and -test3 against the default index, and prints p50 and mean. To compare with another
commit: `git worktree add /tmp/wt <commit>`, then run `python -m eval.ask_timing` in each tree in turn (fresh
processes, nothing else running), with POLICYQA_HOME, POLICYQA_MODEL_DIR, POLICYQA_CACHE_DIR and POLICYQA_ONNX_DIR
pointing at one checkout's state so both read the same index and model.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from service.runtime import load_assistant, load_embedder
from service.settings import Settings

SETS = Path(__file__).parent / "sets"


def _questions(name: str) -> list[str]:
    out = []
    for line in (SETS / name).read_text(encoding="utf-8").splitlines():
        item = json.loads(line) if line.strip().startswith("{") else None
        if item and "question" in item:
            out.append(item["question"])
    return out


def main() -> None:
    settings = Settings()
    assistant = load_assistant(settings, embedder=load_embedder(settings))
    for q in _questions("blind-seeds-test.jsonl"):
        assistant.answer(q, suggest=False)
    times = []
    for name in ("blind-seeds-dev.jsonl", "blind-seeds-test2.jsonl", "blind-seeds-test3.jsonl"):
        for q in _questions(name):
            start = time.perf_counter()
            assistant.answer(q, suggest=False)
            times.append((time.perf_counter() - start) * 1000)
    print(f"ask p50 {statistics.median(times):.1f} ms, mean {statistics.mean(times):.1f} ms over {len(times)} questions")


if __name__ == "__main__":
    main()
