"""Loaders: encodings, file kinds, and bad files skipped with a reason."""

from __future__ import annotations

import io

import pytest

from corpus.catalog import load_corpus
from corpus.errors import BadDocumentError, EmptyCorpusError
from corpus.loaders import decode, read_file

POLICY = "三、众创空间篇\n（四）国家备案众创空间认定标准有哪些？\n（3）运营时间满18个月。\n"
TRADITIONAL = "眾創空間服務標準正式發布，科技部火炬中心主任張志宏出席發布會並講話。全國眾創空間經過近3年的發展。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_simplified_text_in_each_encoding(tmp_path, encoding):
    path = tmp_path / f"policy-{encoding}.txt"
    path.write_bytes(POLICY.encode(encoding))
    text, _ = read_file(path)
    assert text.replace("\r", "") == POLICY


@pytest.mark.parametrize("encoding", ["big5", "utf-8"])
def test_traditional_text_in_big5(tmp_path, encoding):
    path = tmp_path / "trad.txt"
    path.write_bytes(TRADITIONAL.encode(encoding))
    assert read_file(path)[0] == TRADITIONAL


def test_binary_file_is_refused():
    with pytest.raises(BadDocumentError, match="二进制"):
        decode(b"\x00\x01\x02\xff\xfe\x00garbage" * 100, name="x.txt")


def test_nul_bytes_are_binary_and_other_control_characters_are_dropped(tmp_path):
    with pytest.raises(BadDocumentError, match="二进制"):
        decode("\x00\x01标题\x02".encode("utf-8") * 10, name="x.txt")
    (tmp_path / "a.txt").write_bytes("\x01\x02孵化器管理办法\x07\n第一条\x1b 在孵企业\x0c第二条 毕业".encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(b"\x01\x02\x03\x7f" * 20)
    docs, skipped = load_corpus([tmp_path])
    assert [d.title for d in docs] == ["孵化器管理办法"]
    assert docs[0].text == "孵化器管理办法\n第一条 在孵企业\n第二条 毕业"
    assert [s.path.name for s in skipped] == ["b.txt"]


def test_html_main_text_and_title(tmp_path):
    html = ("<html><head><title>孵化器税收政策</title></head><body><nav>首页 | 登录</nav><article>"
            "<h1>孵化器税收政策</h1><p>对国家级、省级科技企业孵化器自用的房产、土地，免征房产税和城镇土地使用税。</p>"
            "<p>对其向在孵对象提供孵化服务取得的收入，免征增值税。</p></article>"
            "<footer>版权所有 分享到微信</footer></body></html>")
    path = tmp_path / "tax.html"
    path.write_text(html, encoding="utf-8")
    text, title = read_file(path)
    assert "免征房产税和城镇土地使用税" in text and "免征增值税" in text
    assert title == "孵化器税收政策"


def test_gbk_html(tmp_path):
    html = "<html><head><meta charset='gbk'><title>通知</title></head><body><article><p>" + "在孵企业应当具备以下条件，孵化时限原则上不超过48个月。" * 3 + "</p></article></body></html>"
    path = tmp_path / "gbk.html"
    path.write_bytes(html.encode("gbk"))
    assert "孵化时限原则上不超过48个月" in read_file(path)[0]


def test_docx_headings_paragraphs_tables(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("省级众创空间认定办法", level=1)
    document.add_paragraph("第一条 申请单位应当是省内注册的具有独立法人资格的企事业单位。")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "面积"
    table.rows[0].cells[1].text = "不低于500平方米"
    buf = io.BytesIO()
    document.save(buf)
    path = tmp_path / "rules.docx"
    path.write_bytes(buf.getvalue())
    text, _ = read_file(path)
    assert "## 省级众创空间认定办法" in text
    assert "第一条 申请单位" in text and "面积 | 不低于500平方米" in text


def zip_bomb(member_mb: int) -> bytes:
    """A real docx whose document.xml is followed by `member_mb` MB of zeros that deflate to almost nothing."""
    import docx
    import zipfile

    buf = io.BytesIO()
    docx.Document().save(buf)
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED) as z:
        with z.open("word/media/padding.bin", "w") as member:
            block = bytes(1024 * 1024)
            for _ in range(member_mb):
                member.write(block)
    return buf.getvalue()


@pytest.mark.parametrize("member_mb", [2, 120])  # an odd ratio alone, and a total past the limit
def test_a_zip_bomb_docx_is_refused_from_its_directory_before_inflating(tmp_path, member_mb):
    data = zip_bomb(member_mb)
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    with pytest.raises(BadDocumentError, match="解压后") as exc:  # said from the zip directory, before parsing
        read_file(path)
    assert "bomb.docx" in str(exc.value)


def _minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with Helvetica text lines, written by hand (no PDF writer needed)."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_pdf_lines_are_reflowed_into_paragraphs(tmp_path):
    path = tmp_path / "policy.pdf"
    path.write_bytes(_minimal_pdf(["Incubators are exempt from property tax", "and urban land use tax.",
                                   "2. Graduation requires one condition:"]))
    text, _ = read_file(path)
    assert "Incubators are exempt from property tax and urban land use tax." in text.replace("  ", " ") or \
        "Incubators are exempt from property taxand urban land use tax." in text
    assert "\n2. Graduation" in text


def test_corrupt_files_are_skipped_with_their_names_and_the_rest_indexed(tmp_path):
    (tmp_path / "good.txt").write_text(POLICY, encoding="utf-8")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "notes.xyz").write_text("ignored")
    docs, skipped = load_corpus([tmp_path])
    assert [d.source for d in docs] == ["good.txt"]
    names = sorted(s.path.name for s in skipped)
    assert names == ["broken.docx", "broken.pdf", "empty.md", "image.txt"]
    assert all(s.reason for s in skipped)


def test_empty_or_missing_corpus_names_the_folder(tmp_path):
    with pytest.raises(EmptyCorpusError, match=str(tmp_path)):
        load_corpus([tmp_path])
    with pytest.raises(EmptyCorpusError, match="nowhere"):
        load_corpus([tmp_path / "nowhere"])


def test_hostile_file_names_get_safe_unique_ids(tmp_path):
    (tmp_path / "a b;rm -rf.txt").write_text(POLICY, encoding="utf-8")
    (tmp_path / "a b;rm -rf.md").write_text(POLICY, encoding="utf-8")
    docs, _ = load_corpus([tmp_path])
    ids = [d.doc_id for d in docs]
    assert len(set(ids)) == 2 and all("/" not in i and " " not in i and ";" not in i for i in ids)
