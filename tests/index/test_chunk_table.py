"""chunks.jsonl read a line at a time: the same chunks as parsing the whole file."""

from __future__ import annotations

import json

import pytest

from corpus.models import Chunk
from index.store import CHUNKS, ChunkTable


def write(folder, rows, *, last_newline=True):
    text = "\n".join(json.dumps(Chunk(i, "d", "标题", ("第一章",), t, 0, len(t)).to_dict(), ensure_ascii=False)
                     for i, t in enumerate(rows))
    (folder / CHUNKS).write_text(text + ("\n" if last_newline and rows else ""), encoding="utf-8")


def test_the_table_reads_each_line_as_its_chunk(tmp_path):
    write(tmp_path, ["甲", "乙乙", "丙丙丙"])
    table = ChunkTable(tmp_path)
    assert len(table) == 3 and [c.text for c in table] == ["甲", "乙乙", "丙丙丙"]
    assert table[-1].chunk_id == 2 and [c.text for c in table[1:]] == ["乙乙", "丙丙丙"]
    assert table[0] is table[0]  # parsed once
    with pytest.raises(IndexError):
        table[3]


def test_a_last_line_without_newline_and_an_empty_file(tmp_path):
    write(tmp_path, ["甲", "乙"], last_newline=False)
    assert [c.text for c in ChunkTable(tmp_path)] == ["甲", "乙"]
    write(tmp_path, [])
    assert len(ChunkTable(tmp_path)) == 0 and list(ChunkTable(tmp_path)) == []
