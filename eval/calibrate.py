"""Fits the refusal model (service/data/refusal.json) on the team's question sets; prints its figures."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from eval.metrics import load_items
from service.refusal import MODEL_FILE, features, scope_mismatch
from service.runtime import load_assistant
from service.settings import Settings

HERE = Path(__file__).resolve().parent


def fit(x: np.ndarray, y: np.ndarray, *, l2: float = 1.0, steps: int = 4000, lr: float = 0.1) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression, classes weighted to balance; plain gradient descent."""
    w, b = np.zeros(x.shape[1]), 0.0
    cw = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = cw * (p - y)
        w -= lr * (x.T @ g / len(y) + l2 * w / len(y))
        b -= lr * g.mean()
    return w, b


def main() -> None:
    assistant = load_assistant(Settings())
    items = load_items(HERE / "questions.jsonl")[1] + load_items(HERE / "followups.jsonl")[1]
    rows, labels = [], []
    mismatched = wrongly = 0
    for it in items:
        q = assistant.rewrite(it["question"], it.get("history", []))
        hits = assistant.retrieve(q, k=5)
        if scope_mismatch(q, hits):  # refused by rule whatever the model says; not fitted on
            mismatched += 1
            wrongly += it.get("answerable", True)
            continue
        rows.append(features(q, hits).vector())
        labels.append(1.0 if it.get("answerable", True) else 0.0)
    x, y = np.array(rows), np.array(labels)
    mean, std = x.mean(0), x.std(0) + 1e-9
    w, b = fit((x - mean) / std, y)
    p = 1 / (1 + np.exp(-(((x - mean) / std) @ w + b)))
    # The threshold keeps wrongly refused answerable questions at or under 4% here (more on documents the
    # model has not seen), then refuses as much as it can: a wrong refusal costs more than a weak answer.
    answerable = np.sort(p[y == 1])
    threshold = float(answerable[int(0.04 * len(answerable))])
    refused = p < threshold
    print(f"scope-mismatch rule refused {mismatched} questions ({wrongly} of them answerable)")
    print(f"weights {np.round(w, 3).tolist()} bias {b:.3f} threshold {threshold:.3f}")
    print(f"unanswerable refused {refused[y == 0].mean():.3f}; answerable refused {refused[y == 1].mean():.3f}")
    MODEL_FILE.write_text(json.dumps({
        "features": ["coverage", "dense", "missing", "bm25"], "weights": w.round(4).tolist(), "bias": round(b, 4),
        "mean": mean.round(4).tolist(), "std": std.round(4).tolist(), "threshold": round(threshold, 4),
        "fitted_on": "eval/questions.jsonl + eval/followups.jsonl by `python -m eval.calibrate`",
    }, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
