"""The int8 ONNX copy of the embedding model, as questions use it (made by index.onnx_export).

A question is short, so its cost is almost all matrix products; onnxruntime's int8 kernels do them
about three times faster than torch in fp32 on these CPUs, which is what lets one 2-core service answer
close to 200 new questions a second. This module needs neither torch nor the model's weights.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

__all__ = ["FORMAT", "OnnxQueryEncoder", "query_model_path", "read_record", "write_record"]

FORMAT = 1


def query_model_path(cache_dir: Path, model_id: str) -> Path:
    """Where the int8 copy of the model with this identity lives."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in model_id)
    return Path(cache_dir) / f"{safe}.qint8.onnx"


def read_record(path: Path) -> dict | None:
    """What the export of `path` concluded ({"accepted": bool, ...}), or None if it never finished."""
    try:
        record = json.loads(_record_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and record.get("format") == FORMAT else None


def write_record(path: Path, record: dict) -> None:
    target = _record_path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}")
    tmp.write_text(json.dumps({"format": FORMAT, **record}, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, target)


class OnnxQueryEncoder:
    """Texts -> L2-normalised vectors through an exported model (prompt already in the text).

    Safe to call from several threads at once; each call runs on one core, so callers that want
    parallelism call from several threads (index.embed.Embedder allows one call per core at a time).
    """

    def __init__(self, path: Path, model_dir: Path, *, max_length: int = 512) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
        self.tokenizer.no_padding()  # one text per pass: nothing to pad
        self.tokenizer.enable_truncation(max_length)
        self.pad_id = self.tokenizer.token_to_id(_pad_token(model_dir)) or 0
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        # Idle kernel threads must not spin: the request threads need the cores for Python work.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        (vector,) = self.session.run(None, {"input_ids": np.array([[self.pad_id]], dtype=np.int64),
                                            "attention_mask": np.ones((1, 1), dtype=np.int64)})
        self.dim = int(vector.shape[-1])

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors in the order of texts, one model pass per text.

        Not batched on purpose: the int8 kernels quantise a pass's activations with one scale for the
        whole batch, so in a batch a question's vector would depend on its neighbours (cosine ~0.997 to
        itself alone). One text per pass keeps each answer reproducible, and on these CPUs a pass of one
        short question on one core costs only about a third more per question than a batch of four.
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(list(texts))):
            ids = np.array([encoding.ids], dtype=np.int64)
            (vector,) = self.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
            out[row] = vector[0]
        return out


def _pad_token(model_dir: Path) -> str:
    try:
        special = json.loads((Path(model_dir) / "special_tokens_map.json").read_text(encoding="utf-8"))
        pad = special.get("pad_token", "<pad>")
        return pad["content"] if isinstance(pad, dict) else str(pad)
    except (OSError, ValueError, AttributeError):
        return "<pad>"


def _record_path(path: Path) -> Path:
    return path.with_name(path.name + ".json")
