"""Upload validation and document removal in the managed corpus folder (no index involved)."""

from __future__ import annotations

import io
import json

import pytest

from service.routers.errors import (ConflictError, NotFoundError, TooLargeError, UnprocessableError,
                                    UnsupportedTypeError)
from service.uploads import corpus_files, delete_document, safe_name, store_upload

POLICY = "# 测试园区创业扶持办法\n\n第一条 入驻企业可申请房租补贴，每年最高五万元。\n".encode()


@pytest.mark.parametrize("raw, expected", [
    ("政策.pdf", "政策.pdf"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\windows\\规定.DOCX", "规定.docx"),
    (".hidden.md", "hidden.md"),
    ("_draft.txt", "draft.txt"),
    ("a b;rm -rf $(x).html", "a b_rm -rf _(x).html"),
    ("报告\x00\n.txt", "报告.txt"),
    ("x" * 300 + ".md", "x" * 117 + ".md"),
])
def test_safe_name(raw, expected):
    assert safe_name(raw) == expected


@pytest.mark.parametrize("raw, error", [
    ("", UnprocessableError), ("..", UnprocessableError), (".txt", UnprocessableError),
    ("/", UnprocessableError), ("run.exe", UnsupportedTypeError), ("README", UnsupportedTypeError),
    ("metadata.json", UnsupportedTypeError), ("x.pdf.sh", UnsupportedTypeError),
])
def test_safe_name_rejects(raw, error):
    with pytest.raises(error):
        safe_name(raw)


def store(folder, staging, data: bytes, name: str, max_bytes: int = 1 << 20):
    return store_upload(io.BytesIO(data), raw_name=name, folder=folder, staging=staging, max_bytes=max_bytes)


def test_store_validates_then_moves_atomically(tmp_path):
    folder, staging = tmp_path / "corpus", tmp_path / "staging"
    folder.mkdir()
    path = store(folder, staging, POLICY, "../扶持办法.md")
    assert path == folder / "扶持办法.md" and path.read_bytes() == POLICY
    assert list(folder.iterdir()) == [path] and list(staging.iterdir()) == []
    with pytest.raises(ConflictError):
        store(folder, staging, POLICY, "扶持办法.md")


@pytest.mark.parametrize("data, name, error", [
    (b"%PDF-1.4 this is not really a pdf", "坏文件.pdf", UnprocessableError),
    (b"PK\x03\x04 broken zip", "坏文件.docx", UnprocessableError),
    (b"", "空.txt", UnprocessableError),
    (b"\x80\x00" * 200, "二进制.txt", UnprocessableError),
    (bytes(range(1, 32)) * 20 + "※★●■".encode() * 10, "控制字符.txt", UnprocessableError),
    (b"x" * 2048, "大.txt", TooLargeError),
])
def test_bad_files_never_reach_the_folder(tmp_path, data, name, error):
    folder, staging = tmp_path / "corpus", tmp_path / "staging"
    folder.mkdir()
    with pytest.raises(error) as exc:
        store(folder, staging, data, name, max_bytes=1024)
    assert name.split(".")[0] in str(exc.value)
    assert list(folder.iterdir()) == [] and list(staging.iterdir()) == []


def test_delete_removes_file_and_metadata(tmp_path, corpus_copy):
    files = corpus_files([corpus_copy], tmp_path / "index")
    doc_id, path = next(iter(files.items()))
    delete_document(doc_id, folders=[corpus_copy], index=tmp_path / "index")
    assert not path.exists()
    meta = json.loads((corpus_copy / "metadata.json").read_text(encoding="utf-8"))
    assert path.name not in meta and len(meta) == len(files) - 1
    with pytest.raises(NotFoundError):
        delete_document(doc_id, folders=[corpus_copy], index=tmp_path / "index")


def test_delete_refuses_documents_outside_the_managed_folder(tmp_path, corpus_copy):
    managed = tmp_path / "managed"
    managed.mkdir()
    (managed / "新规.md").write_bytes(POLICY)
    other = next(d for d, p in corpus_files([managed, corpus_copy], tmp_path / "index").items()
                 if p.parent == corpus_copy)
    with pytest.raises(ConflictError):
        delete_document(other, folders=[managed, corpus_copy], index=tmp_path / "index")


def test_a_name_longer_than_the_file_system_allows_is_shortened_not_a_crash(tmp_path):
    name = "政" * 84 + ".txt"  # 256 bytes in UTF-8
    (tmp_path / "corpus").mkdir()
    stored = store(tmp_path / "corpus", tmp_path / "staging", "# 政策\n\n孵化器在孵企业可以申请房租补贴。\n".encode(), name)
    assert stored.exists() and stored.suffix == ".txt"
    assert len(stored.name.encode("utf-8")) <= 180 and stored.name.startswith("政政政")
