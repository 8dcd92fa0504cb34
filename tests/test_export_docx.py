"""Word export read back with python-docx: layout per profile, sections, header, signatures."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from core.export.api import export_meeting
from core.services import Services

ROOT = Path(__file__).resolve().parent.parent
FONT_ATTRS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


def paras(d: Any) -> list[Paragraph]:
    """Every paragraph in reading order, those in tables too (the closing block is one)."""
    return [Paragraph(p, d) for p in d.element.body.iter(qn("w:p"))]


def texts(d: Any) -> list[str]:
    """The document's lines: a heading opens the paragraph it heads, after a manual break."""
    return [line.lstrip("\t") for p in paras(d) for line in p.text.split("\n")]


def para_at(d: Any, start: str) -> Paragraph:
    return next(p for p in paras(d) if p.text.startswith(start))


def signature_table(d: Any) -> Any:
    """The signatures' table, inside the one-row block that ends the document."""
    return d.tables[-1].rows[0].cells[0].tables[0]


def index_of(lines: list[str], start: str) -> int:
    for i, line in enumerate(lines):
        if line.startswith(start):
            return i
    raise AssertionError(f"no paragraph starts with {start!r}")


def export(services: Services, mid: int, tmp: Path, name: str, **kw: Any) -> Any:
    out = export_meeting(services, mid, out=tmp / name, **kw)
    assert out == tmp / name
    return docx.Document(str(out))


def cell_lines(cell: Any) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


@pytest.fixture
def nd30(services: Services, sample_id: int, tmp_path: Path) -> Any:
    # Finalized, as minutes are when signed: the approval line is printed only then.
    services.revisions.finalize(sample_id)
    return export(services, sample_id, tmp_path, "nd30.docx", profile="nd30")


def test_nd30_page_margins_and_fonts(nd30: Any) -> None:
    sec = nd30.sections[0]
    assert abs(sec.page_width.mm - 210) < 0.2 and abs(sec.page_height.mm - 297) < 0.2
    margins = (sec.top_margin.mm, sec.bottom_margin.mm, sec.left_margin.mm, sec.right_margin.mm)
    assert [round(m) for m in margins] == [20, 20, 30, 15]
    styles = nd30.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rfonts = defaults.find(qn("w:rFonts"))
    assert all(rfonts.get(qn(a)) == "Times New Roman" for a in FONT_ATTRS)
    assert rfonts.get(qn("w:asciiTheme")) is None  # a theme font would win over ours
    runs = list(nd30.element.body.iter(qn("w:r")))
    assert runs
    for r in runs:
        rf = r.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert [rf.get(qn(a)) for a in FONT_ATTRS] == ["Times New Roman"] * 4
    size = defaults.find(qn("w:sz")).get(qn("w:val"))
    assert size == "28"  # 14 pt body


def test_nd30_header_table_title_and_number(nd30: Any) -> None:
    header = nd30.tables[0]
    left, right = header.rows[0].cells
    assert cell_lines(left) == [
        "TỈNH ỦY THANH HÓA",
        "TỔ BIÊN TẬP VĂN KIỆN ĐẠI HỘI",
        "Số: 05/BB-TBT",
    ]
    assert cell_lines(right) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    # No borders on the header table, and a bottom-border rule under issuing body and motto.
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}
    for cell in (left, right):
        assert any(p._p.find(qn("w:pPr")).find(qn("w:pBdr")) is not None for p in cell.paragraphs)
    lines = texts(nd30)
    title = index_of(lines, "BIÊN BẢN")
    assert lines[title + 1].startswith("Buổi làm việc của Tổ biên tập")
    title_para = para_at(nd30, "BIÊN BẢN")
    assert title_para.alignment is not None and int(title_para.alignment) == 1  # centred
    assert title_para.runs[0].bold


def test_nd30_section_order_and_content(nd30: Any) -> None:
    lines = texts(nd30)
    order = [
        "Thời gian bắt đầu: 14 giờ 05, ngày 24 tháng 11 năm 2026",
        "Địa điểm: Phòng họp tầng 2",
        "Thành phần tham dự:",
        "Chủ trì (chủ tọa): Đồng chí Lê Văn Thắng",
        "Thư ký (người ghi biên bản): Đồng chí Nguyễn Thị Thu Hà",
        "Tài liệu sử dụng:",
        "Chương trình:",
        "Nội dung (theo diễn biến cuộc họp):",
        "Kết luận của chủ trì:",
        "Phân công thực hiện:",
        "Thông tin khác:",
        "Biên bản đã được đọc lại",
        "Buổi làm việc kết thúc vào 16 giờ 50, ngày 24 tháng 11 năm 2026./.",
    ]
    positions = [index_of(lines, s) for s in order]
    assert positions == sorted(positions)
    body = "\n".join(lines)
    assert "Đồng chí Đỗ Quang Vinh, Giám đốc Sở Công Thương trình bày báo cáo:" in body
    assert "Tổng số 5 thành viên; có mặt 4/5; vắng mặt 1" in body
    assert "Đồng chí Hoàng Thị Lan, Phó Giám đốc Sở Tài chính" in body
    assert "lý do: đi công tác tại Hà Nội" in body
    assert "(đến muộn lúc 14 giờ 20)" in body
    assert "tán thành 4 (100%)" in body and "Kết quả: Thông qua." in body
    assert "Kết quả xử lý: Tiếp thu." in body
    # Timeline stays in recorded order.
    assert body.index("Trịnh Đình Khoa, Phó Trưởng Ban") < body.index("Nghỉ giải lao 10 phút.")
    assert body.index("Nghỉ giải lao 10 phút.") < body.index("đề nghị biểu quyết:")


def test_nd30_tables_signatures_recipients(nd30: Any) -> None:
    heads = [[c.text for c in t.rows[0].cells] for t in nd30.tables]
    indicators = next(t for t in nd30.tables if t.rows[0].cells[1].text == "Chỉ tiêu")
    assert len(indicators.rows) == 5 and indicators.rows[1].cells[2].text == "62,6%"
    actions = next(t for t in nd30.tables if t.rows[0].cells[1].text == "Nhiệm vụ")
    assert [c.text for c in actions.rows[1].cells][2:] == [
        "Sở Công Thương",
        "Thống kê tỉnh Thanh Hóa; Sở Tài chính",
        "10/12/2026",
    ]
    sig = signature_table(nd30)
    left, right = sig.rows[0].cells
    assert cell_lines(left) == ["THƯ KÝ", "Nguyễn Thị Thu Hà"]
    assert cell_lines(right) == ["CHỦ TỌA", "Lê Văn Thắng"]
    assert len(heads) == 4
    lines = texts(nd30)
    at = index_of(lines, "Nơi nhận:")
    # Last: the point-high paragraph that ends the body after a table.
    assert lines[at + 1 :] == ["- Các thành viên dự họp;", "- Lưu: VT, hồ sơ.", ""]
    run = para_at(nd30, "Nơi nhận:").runs[0]
    assert run.bold and run.italic and run.font.size.pt == 12


def test_page_number_field_not_on_first_page(nd30: Any) -> None:
    sec = nd30.sections[0]
    assert sec.different_first_page_header_footer  # w:titlePg
    assert sec._sectPr.find(qn("w:titlePg")) is not None
    default = sec.header._element
    instr = [t.text for t in default.iter(qn("w:instrText"))]
    assert instr == [" PAGE "]
    assert default.find(".//" + qn("w:jc")).get(qn("w:val")) == "center"
    first = sec.first_page_header
    assert not first.is_linked_to_previous
    assert all(not p.text for p in first.paragraphs)
    assert not list(first._element.iter(qn("w:fldChar")))


def test_party_profile(services: Services, sample_id: int, tmp_path: Path) -> None:
    d = export(services, sample_id, tmp_path, "party.docx", profile="party")
    left, right = d.tables[0].rows[0].cells
    assert cell_lines(left) == [
        "TỈNH ỦY THANH HÓA",
        "TỔ BIÊN TẬP VĂN KIỆN ĐẠI HỘI",
        "*",
        "Số 05-BB/TBT",
    ]
    assert cell_lines(right) == ["ĐẢNG CỘNG SẢN VIỆT NAM", "Thanh Hóa, ngày 24 tháng 11 năm 2026"]
    assert right.paragraphs[-1].runs[0].italic
    lines = texts(d)
    body = "\n".join(lines)
    assert (
        "Đại biểu chính thức: có mặt 4/5 đồng chí; vắng mặt 1 đồng chí (đồng chí Hoàng Thị Lan,"
        " lý do: đi công tác tại Hà Nội)." in body
    )
    order = ["Buổi làm việc bắt đầu vào hồi 14 giờ 05", "Chủ trì hội nghị:", "Người ghi biên bản:",
             "1. Thành phần dự hội nghị", "Đại biểu mời dự:", "2. Chương trình",
             "3. Diễn biến hội nghị", "4. Kết luận", "5. Phân công thực hiện"]  # fmt: skip
    positions = [index_of(lines, s) for s in order]
    assert positions == sorted(positions)
    sig = signature_table(d).rows[0].cells
    assert cell_lines(sig[0]) == ["NGƯỜI GHI BIÊN BẢN", "Nguyễn Thị Thu Hà"]
    assert cell_lines(sig[1]) == ["CHỦ TRÌ HỘI NGHỊ", "Lê Văn Thắng"]
    assert index_of(lines, "Nơi nhận:") > index_of(lines, "Lê Văn Thắng")
    assert para_at(d, "Nơi nhận:").runs[0].underline
    assert round(d.sections[0].left_margin.mm) == 30


def test_en_profile(services: Services, sample_id: int, tmp_path: Path) -> None:
    d = export(services, sample_id, tmp_path, "en.docx", profile="en")
    lines = texts(d)
    body = "\n".join(lines)
    assert "MINUTES" in lines
    assert cell_lines(d.tables[0].rows[0].cells[1]) == [
        "No. 05/MIN-TBT",
        "Thanh Hóa, 24 November 2026",
    ]
    assert "The working session opened at 14:05 on 24 November 2026" in body
    assert "Quorum: present (4 of 5 members; 3 required)." in body
    assert "Apologies:" in lines and "Present (4):" in lines
    assert "Đỗ Quang Vinh (Giám đốc Sở Công Thương) presented a report:" in body
    assert "Result: Carried." in body
    assert "adjourned at 16:50" in body
    assert "Nơi nhận:" not in lines
    runs = list(d.element.body.iter(qn("w:rFonts")))
    assert {r.get(qn("w:ascii")) for r in runs} == {"Arial"}
    sig = signature_table(d).rows[0].cells
    assert "Lê Văn Thắng" in cell_lines(sig[1]) and cell_lines(sig[1])[0] == "Chair"


@pytest.mark.parametrize(
    ("profile", "number", "title"),
    [("nd30", "Số: 07/TB-TBT", "THÔNG BÁO"), ("party", "Số 07-TB/TBT", "THÔNG BÁO"),
     ("en", "No. 07/NOC-TBT", "NOTICE OF CONCLUSIONS")],
)  # fmt: skip
def test_conclusion_notice(
    services: Services, sample_id: int, tmp_path: Path, profile: str, number: str, title: str
) -> None:
    # The notice has its own register number, not the minutes' (05).
    services.meetings.update(sample_id, notice_number="7")
    d = export(services, sample_id, tmp_path, "tb.docx", profile=profile, kind="notice")
    header = [line for c in d.tables[0].rows[0].cells for line in cell_lines(c)]
    assert number in header
    lines = texts(d)
    at = index_of(lines, title)
    assert "Lê Văn Thắng" in lines[at + 1]
    body = "\n".join(lines)
    assert "Đề nghị Sở Công Thương tiếp thu đầy đủ ý kiến" in body
    assert any(t.rows[0].cells[1].text in ("Nhiệm vụ", "Action") for t in d.tables)
    assert "Tổ biên tập" not in "".join(lines[:at])  # no minutes opening before the title
    if profile == "nd30":
        assert lines[at + 1].startswith("Kết luận của đồng chí Lê Văn Thắng tại buổi làm việc")
        assert "1. Đồng chí chủ trì đánh giá cao" in body
        # The body ends on the closing sentence, laid out with the signatures and Nơi nhận.
        closing = index_of(lines, "Trên đây là kết luận")
        assert lines[closing].endswith("thực hiện./.") and closing < index_of(lines, "Nơi nhận:")
        assert "Trên đây là kết luận" in d.tables[-1].rows[0].cells[0].paragraphs[0].text
        # One signer: Nơi nhận beside the signature, bottom left.
        left, right = signature_table(d).rows[0].cells
        assert cell_lines(left)[0] == "Nơi nhận:"
        assert cell_lines(left)[-1] == "- Lưu: VT, hồ sơ."
        # Under "TM." the chair's position in that body, not "CHỦ TRÌ".
        assert cell_lines(right) == [
            "TM. TỔ BIÊN TẬP VĂN KIỆN ĐẠI HỘI",
            "TỔ TRƯỞNG",
            "Lê Văn Thắng",
        ]
        date_line = cell_lines(d.tables[0].rows[0].cells[1])[-1]
        assert date_line == "Thanh Hóa, ngày 24 tháng 11 năm 2026"


def test_empty_sections_are_left_out(services: Services, tmp_path: Path) -> None:
    m = services.meetings.create("Họp giao ban tuần", kind="meeting", number="3")
    d = export(services, m.id, tmp_path, "empty.docx")
    lines = texts(d)
    for heading in ("Thành phần tham dự", "Chủ trì:", "Thư ký:", "Tài liệu sử dụng",
                    "Chương trình", "Nội dung", "Kết luận", "Phân công", "Thông tin khác",
                    "Thời gian bắt đầu", "Địa điểm"):  # fmt: skip
        assert not any(line.startswith(heading) for line in lines), heading
    assert len(d.tables) == 2  # header and signatures only
    assert "Số: 03/BB" in cell_lines(d.tables[0].rows[0].cells[0])
    assert any(line.startswith("Cuộc họp kết thúc vào … giờ …") for line in lines)


def test_meeting_profile_used_when_none_given(services: Services, tmp_path: Path) -> None:
    m = services.meetings.create("Hội nghị Ban Chấp hành", kind="conference", number="12",
                                 doc_code="TU", profile="party")  # fmt: skip
    d = export(services, m.id, tmp_path, "own.docx")
    assert "Số 12-BB/TU" in cell_lines(d.tables[0].rows[0].cells[0])


def test_profile_from_a_file_with_other_margins_and_order(
    services: Services, sample_id: int, tmp_path: Path
) -> None:
    import json

    data = json.loads((ROOT / "resources/profiles/nd30.json").read_text(encoding="utf-8"))
    data["page"]["margins_mm"] = {"top": 25, "bottom": 25, "left": 35, "right": 20}
    data["documents"]["minutes"]["sections"] = ["agenda", "time", "content"]
    path = tmp_path / "my office.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    d = export(services, sample_id, tmp_path, "custom.docx", profile=str(path))
    assert round(d.sections[0].left_margin.mm) == 35
    lines = texts(d)
    assert index_of(lines, "Chương trình:") < index_of(lines, "Thời gian bắt đầu")
    assert not any(line.startswith("Thành phần tham dự") for line in lines)


def test_newlines_become_paragraphs(services: Services, sample_id: int, tmp_path: Path) -> None:
    d = export(services, sample_id, tmp_path, "nl.docx")
    lines = texts(d)
    at = index_of(lines, "Cơ cấu nội ngành công nghiệp chuyển dịch")
    assert lines[at - 1].endswith("có xu hướng tăng chậm lại.")


def test_record_dto_is_all_the_export_needs(services: Services, sample_id: int) -> None:
    rec = services.meetings.record(sample_id)
    assert dataclasses.is_dataclass(rec)


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_cli_export_minutes_and_notice(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    made = _run_cli("--db", str(db), "sample")
    assert made.returncode == 0, made.stderr
    mid = made.stdout.strip()
    out = tmp_path / "f.docx"
    r = _run_cli("--db", str(db), "export", mid, "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == str(out)
    assert "BIÊN BẢN" in texts(docx.Document(str(out)))
    note = tmp_path / "tb.docx"
    r = _run_cli("--db", str(db), "export", mid, "--kind", "notice", "--profile", "party",
                 "--out", str(note))  # fmt: skip
    assert r.returncode == 0, r.stderr
    # No notice number set: a dotted blank to write it in, never the minutes' number.
    assert "Số ……-TB/TBT" in cell_lines(docx.Document(str(note)).tables[0].rows[0].cells[0])
    bad = _run_cli("--db", str(db), "export", mid, "--out", str(tmp_path))
    assert bad.returncode == 1 and "thư mục" in bad.stderr and "folder" in bad.stderr
