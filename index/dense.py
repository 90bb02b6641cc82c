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
RETRAIN = 1.5  # clusters are made again when the right number for the size drifts this far


def make_dense_index(vectors: np.ndarray, *, ann_min_chunks: int) -> faiss.Index:
    """Flat below `ann_min_chunks` vectors (0: always flat), IVF-Flat at or above it."""
    n, dim = vectors.shape
    if not ann_min_chunks or n < ann_min_chunks:
        index = faiss.IndexFlatIP(dim)
        index.add(vectors)
        return index
    nlist = _nlist(n)
    quantizer = faiss.IndexFlatIP(dim)
    index = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
    sample = vectors
    if n > TRAIN_PER_LIST * nlist:  # an evenly spread, reproducible sample
        sample = vectors[np.linspace(0, n - 1, TRAIN_PER_LIST * nlist).astype(np.int64)]
    index.train(np.ascontiguousarray(sample))
    index.add(vectors)
    index.make_direct_map()  # reconstruct(), for scoring candidates and document filters
    index.nprobe = _nprobe(nlist)
    return index


def extend_dense_index(old: faiss.Index, kept: np.ndarray, new: np.ndarray, *, ann_min_chunks: int) -> faiss.Index:
    """The index of old's vectors `kept` (in that order) followed by the `new` vectors.

    An IVF index keeps its clusters while the size stays within a factor of RETRAIN of the one they
    were made for: kept vectors keep their cluster, only new ones are assigned, so an added document
    costs its own vectors, not a pass over all of them. Otherwise the index is made afresh.
    """
    dim = old.d
    n = len(kept) + len(new)
    ivf = None if isinstance(old, faiss.IndexFlat) else faiss.try_extract_index_ivf(old)
    fits = bool(ivf is None and (not ann_min_chunks or n < ann_min_chunks)) or bool(
        ivf is not None and ann_min_chunks and n >= ann_min_chunks and ivf.nlist / RETRAIN <= _nlist(n) <= ivf.nlist * RETRAIN)
    if fits and len(kept) == old.ntotal and np.array_equal(kept, np.arange(old.ntotal)):
        old.add(np.ascontiguousarray(new, dtype=np.float32))  # only added documents: the index grows in place
        return old
    kept_vectors = old.reconstruct_batch(np.ascontiguousarray(kept, dtype=np.int64)) if len(kept) else \
        np.zeros((0, dim), dtype=np.float32)
    if ivf is None or not fits:
        return make_dense_index(np.vstack([kept_vectors, new]).astype(np.float32), ann_min_chunks=ann_min_chunks)
    lists = np.empty(old.ntotal, dtype=np.int64)
    for list_no in range(ivf.nlist):
        size = ivf.invlists.list_size(list_no)
        if size:
            lists[faiss.rev_swig_ptr(ivf.invlists.get_ids(list_no), size)] = list_no
    quantizer = faiss.clone_index(ivf.quantizer)
    assigned = quantizer.search(np.ascontiguousarray(new, dtype=np.float32), 1)[1][:, 0] if len(new) else \
        np.zeros(0, dtype=np.int64)
    vectors = np.ascontiguousarray(np.vstack([kept_vectors, new]), dtype=np.float32)
    assignment = np.ascontiguousarray(np.concatenate([lists[kept], assigned]), dtype=np.int64)
    index = faiss.IndexIVFFlat(quantizer, dim, ivf.nlist, faiss.METRIC_INNER_PRODUCT)
    index.is_trained = True
    index.add_core(n, faiss.swig_ptr(vectors), None, faiss.swig_ptr(assignment))
    index.make_direct_map()
    index.nprobe = _nprobe(ivf.nlist)
    return index


def _nlist(n: int) -> int:
    return max(16, int(4 * math.sqrt(n)))


def _nprobe(nlist: int) -> int:
    return max(8, math.ceil(nlist * PROBE_SHARE))


def describe(index: faiss.Index) -> str:
    """'flat', or 'ivf <nlist> lists, <nprobe> probed'."""
    ivf = faiss.try_extract_index_ivf(index) if not isinstance(index, faiss.IndexFlat) else None
    return f"ivf {ivf.nlist} lists, {ivf.nprobe} probed" if ivf is not None else "flat"
