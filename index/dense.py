"""The dense index: exact search (flat inner product) up to a size, an inverted-file index (IVF) above it.

At 300,000 chunks exact search costs about 17 ms of one core per question; IVF scans the `nprobe`
nearest of `nlist` clusters (about 1-3% of the vectors) with recall@10 against exact search measured
by `make bench --full`. IVF's cost to build is one k-means on a sample and one assignment of every
vector (matrix products, seconds on two cores), so every build can remake it.
"""

from __future__ import annotations

import math

import faiss
import numpy as np

TRAIN_PER_LIST = 40  # k-means sample: vectors per cluster (faiss warns below 39)
PROBE_SHARE = 1 / 24  # clusters scanned per question, as a share of all clusters


def make_dense_index(vectors: np.ndarray, *, ann_min_chunks: int) -> faiss.Index:
    """Flat below `ann_min_chunks` vectors (0: always flat), IVF-Flat at or above it."""
    n, dim = vectors.shape
    if not ann_min_chunks or n < ann_min_chunks:
        index = faiss.IndexFlatIP(dim)
        index.add(vectors)
        return index
    nlist = max(16, int(4 * math.sqrt(n)))
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
    sample = vectors
    if n > TRAIN_PER_LIST * nlist:  # an evenly spread, reproducible sample
        sample = vectors[np.linspace(0, n - 1, TRAIN_PER_LIST * nlist).astype(np.int64)]
    index.train(np.ascontiguousarray(sample))
    index.add(vectors)
    index.make_direct_map()  # reconstruct(), for scoring candidates and document filters
    index.nprobe = max(8, math.ceil(nlist * PROBE_SHARE))
    return index


def describe(index: faiss.Index) -> str:
    """'flat', or 'ivf <nlist> lists, <nprobe> probed'."""
    ivf = faiss.try_extract_index_ivf(index) if not isinstance(index, faiss.IndexFlat) else None
    return f"ivf {ivf.nlist} lists, {ivf.nprobe} probed" if ivf is not None else "flat"
