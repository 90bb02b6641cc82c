"""Makes the int8 ONNX copy of a sentence-transformers model that index.onnx_query runs for questions.

torch.onnx exports the transformer with its pooling and normalisation, onnxruntime quantises the
weights to int8 (per channel, activations quantised on the fly), and the copy is accepted only when its
vectors for a set of probe questions have cosine >= MIN_COSINE with the original's; otherwise the record
says why and questions stay on torch. Runs once per model (about 20 s), at `policyqa model`.
(optimum-onnx would do the export but pins transformers < 4.58, below this project's pin.)
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import warnings
from pathlib import Path

import numpy as np
import torch

from index.onnx_query import OnnxQueryEncoder, write_record

__all__ = ["MIN_COSINE", "PROBES", "export_query_model"]

MIN_COSINE = 0.98
# Questions the way founders ask them (Simplified, Traditional, English, long and short): every one must
# keep its direction through the export.
PROBES = [
    "孵化器免征哪些税？",
    "国家级科技企业孵化器的毕业条件是什么",
    "众创空间需要满足什么条件才能被认定为国家备案？",
    "在孵企业的研发投入占比要达到多少",
    "孵化器的房产税和城镇土地使用税可以免吗",
    "請問國家級孵化器畢業企業需要達到什麼標準？",
    "What taxes are incubators exempt from?",
    "how many square meters must a maker space have",
    "省级孵化器",
    "毕业",
    "我们公司刚成立半年，在孵化器里办公，能不能享受增值税优惠，需要准备什么材料，找哪个部门办理？",
    "专业化众创空间和一般众创空间有什么区别",
]


def export_query_model(sentence_model, model_dir: Path, out: Path) -> Path | None:
    """Export, quantise and check; writes `out` and its record atomically. Returns out, or None if rejected."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pooling = _pooling_mode(sentence_model)
    if pooling is None:
        write_record(out, {"accepted": False, "reason": "only mean or CLS pooling after a transformer is exported"})
        return None
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-{os.getpid()}-", dir=out.parent))
    try:
        fp32, int8 = tmp / "model.onnx", tmp / "model.qint8.onnx"
        wrapper = _Pooled(sentence_model[0].auto_model, pooling).eval()
        ids = torch.tensor([[0, 100, 200, 300, 2], [0, 100, 200, 2, 1]])
        with torch.no_grad(), warnings.catch_warnings(), _quiet_root_logger():
            warnings.simplefilter("ignore")  # tracer notes about shapes that the dynamic axes below free
            torch.onnx.export(wrapper, (ids, (ids != 1).long()), str(fp32), input_names=["input_ids", "attention_mask"],
                              output_names=["embedding"], opset_version=17, dynamo=False,
                              dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                            "attention_mask": {0: "batch", 1: "tokens"}, "embedding": {0: "batch"}})
            quantize_dynamic(str(fp32), str(int8), per_channel=True, weight_type=QuantType.QInt8)
        max_length = int(sentence_model.max_seq_length)
        encoder = OnnxQueryEncoder(int8, model_dir, max_length=max_length)
        prompt = (getattr(sentence_model, "prompts", {}) or {}).get("query", "")
        texts = [prompt + p for p in PROBES]
        expected = sentence_model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
        cosine = float(np.min(np.sum(expected * encoder.encode(texts), axis=1)))
        if cosine < MIN_COSINE:
            write_record(out, {"accepted": False, "reason": f"probe cosine {cosine:.4f} < {MIN_COSINE}"})
            return None
        os.replace(int8, out)
        write_record(out, {"accepted": True, "min_cosine": round(cosine, 5), "pooling": pooling,
                           "max_length": max_length})
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class _Pooled(torch.nn.Module):
    """The transformer plus pooling and L2 normalisation, so the graph returns sentence vectors."""

    def __init__(self, model: torch.nn.Module, mode: str) -> None:
        super().__init__()
        self.model, self.mode = model, mode

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        if self.mode == "cls":
            vector = hidden[:, 0]
        else:
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            vector = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(vector, dim=-1)


def _pooling_mode(sentence_model) -> str | None:
    modules = list(sentence_model)
    if len(modules) < 2 or type(modules[0]).__name__ != "Transformer" or type(modules[1]).__name__ != "Pooling":
        return None
    mode = getattr(modules[1], "pooling_mode", None)
    return mode if mode in ("mean", "cls") else None


@contextlib.contextmanager
def _quiet_root_logger():
    """onnxruntime's quantiser logs a pre-processing hint on the root logger; it does not apply here."""
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        yield
    finally:
        root.setLevel(level)
