"""top_n: the n best scores without a full sort, in the order a stable sort would give."""

from __future__ import annotations

import numpy as np

from index.search import top_n


def test_top_n_matches_a_stable_sort_with_ties():
    rng = np.random.default_rng(7)
    for _ in range(500):
        scores = rng.integers(0, 5, size=int(rng.integers(1, 300))).astype(np.float32)
        n = int(rng.integers(1, 60))
        assert list(top_n(scores, n)[:n]) == list(np.argsort(-scores, kind="stable")[:n])
