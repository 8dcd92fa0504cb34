"""Attendance import: CSV/XLSX parsing, the preview's reasons, apply, another meeting's roster."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from core.errors import ConflictError, NotFoundError, ValidationError
from core.importers.roster_import import ADD, MATCH, SKIP, parse_role, read_rows
from core.services import Services
from gui.import_dialog import ImportDialog
from gui.operations import Ops
from tests.gui_helpers import settle
from tests.helpers import dump, finalize, refused

HEADER_VI = "Họ và tên;Chức vụ;Đơn vị;Vai trò\n"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258_bytes(text: str) -> bytes:
    """Vietnamese the way Windows-1258 writes it: vowels precomposed, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_roles_in_english_values_and_either_language_labels() -> None:
    assert parse_role("") == "member"
    assert parse_role("chair") == parse_role("Chủ trì") == parse_role("CHU TRI") == "chair"
    assert parse_role("Thư ký") == parse_role("Secretary") == "secretary"
    assert parse_role("Khách mời") == parse_role("guest") == "guest"
    assert parse_role("Báo chí") == "press"
    assert parse_role("Phóng viên") is None


def test_csv_semicolon_bom_vietnamese_headers(tmp_path: Path) -> None:
    f = tmp_path / "ds.csv"
    f.write_text(
        HEADER_VI + "Nguyễn Văn An;Giám đốc;Sở Tài chính;Chủ trì\n\nLê Thị Bình;;;\n",
        encoding="utf-8-sig",
    )
    rows = read_rows(f)
    assert [(r.line, r.full_name, r.position, r.unit, r.role) for r in rows] == [
        (2, "Nguyễn Văn An", "Giám đốc", "Sở Tài chính", "Chủ trì"),
        (4, "Lê Thị Bình", "", "", ""),
    ]


def test_csv_comma_english_headers_in_any_order(tmp_path: Path) -> None:
    f = tmp_path / "ds.csv"
    f.write_text('role,unit,name\nsecretary,"Office, Board",Jane Doe\n', encoding="utf-8")
    (row,) = read_rows(f)
    assert (row.full_name, row.unit, row.role) == ("Jane Doe", "Office, Board", "secretary")


def test_csv_tab_separated_one_column(tmp_path: Path) -> None:
    f = tmp_path / "ds.txt"
    f.write_text("Họ và tên\tĐơn vị\nTrần Văn C\tUBND\n", encoding="utf-8")
    assert read_rows(f)[0].unit == "UBND"
    g = tmp_path / "one.csv"
    g.write_text("Họ và tên\nTrần Văn C\n", encoding="utf-8")
    assert read_rows(g)[0].full_name == "Trần Văn C"


def test_cp1258_file_comes_out_in_nfc(tmp_path: Path) -> None:
    f = tmp_path / "cu.csv"
    f.write_bytes(cp1258_bytes(HEADER_VI + "Nguyễn Thị Hường;Phó Giám đốc;Sở Y tế;Thư ký\n"))
    (row,) = read_rows(f)
    assert row.full_name == "Nguyễn Thị Hường"
    assert unicodedata.is_normalized("NFC", row.full_name)
    assert parse_role(row.role) == "secretary"


def test_xlsx_with_vietnamese_headers_and_numbers(tmp_path: Path) -> None:
    f = xlsx(
        tmp_path / "ds.xlsx",
        [
            ["Danh sách đại biểu"],  # a title line above the header is not a header
            [],
            ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Vai trò"],
            [1, "Phạm Văn Đức", "Trưởng phòng", 115, "Thành viên"],
            [2, None, None, None, None],
            [3, "Hoàng Thị E", None, "Sở Nội vụ", "Khách mời"],
        ],
    )
    with pytest.raises(ValidationError, match="name column"):
        read_rows(f)  # the first non-empty row is the title: no name column there
    g = xlsx(
        tmp_path / "ok.xlsx",
        [
            ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Vai trò"],
            [1, "Phạm Văn Đức", "Trưởng phòng", 115, "Thành viên"],
            [2, "Hoàng Thị E", None, "Sở Nội vụ", "Khách mời"],
        ],
    )
    rows = read_rows(g)
    assert [(r.line, r.full_name, r.unit, r.role) for r in rows] == [
        (2, "Phạm Văn Đức", "115", "Thành viên"),
        (3, "Hoàng Thị E", "Sở Nội vụ", "Khách mời"),
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("blank.csv", b"  \n\r\n ", "empty"),
        ("doc.csv", b"PK\x03\x04 a Word document" * 20, "neither a CSV nor an XLSX"),
        ("report.docx", b"PK\x03\x04 a Word document" * 20, "neither a CSV nor an XLSX"),
        ("bin.csv", b"\x00\x01\x02\x03" * 100, "not a CSV"),
        ("pdf.csv", b"%PDF-1.7\n...", "not a CSV"),
        ("damaged.xlsx", b"PK\x03\x04" + b"\x00" * 300, "damaged"),
        ("noname.csv", "Chức vụ;Đơn vị\nGiám đốc;Sở\n".encode(), "name column"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(
    services: Services, meeting_id: int, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    refused(services, ValidationError, services.roster.preview_file, meeting_id, f, match=message)


def test_xlsx_without_a_name_column_is_refused(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    f = xlsx(tmp_path / "x.xlsx", [["Chức vụ", "Đơn vị"], ["Giám đốc", "Sở Tài chính"]])
    refused(services, ValidationError, services.roster.preview_file, meeting_id, f, match="name")


def test_truncated_xlsx_is_refused(services: Services, meeting_id: int, tmp_path: Path) -> None:
    good = xlsx(tmp_path / "g.xlsx", [["name"], ["A"]])
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(good.read_bytes()[:200])
    assert not zipfile.is_zipfile(bad)
    refused(services, ValidationError, services.roster.preview_file, meeting_id, bad)


def test_missing_file_and_missing_meeting(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    refused(services, ValidationError, services.roster.preview_file, meeting_id, tmp_path / "x")
    f = tmp_path / "a.csv"
    f.write_text("name\nA\n", encoding="utf-8")
    refused(services, NotFoundError, services.roster.preview_file, 99_999, f)


@pytest.fixture
def roster_file(services: Services, meeting_id: int, tmp_path: Path) -> Path:
    services.people.create("Đỗ Văn Cũ", "Chuyên viên", "Sở Xây dựng")  # in the directory
    services.attendance.add(meeting_id, "Lê Đã Có", unit="VP", role="chair")  # on the list
    f = tmp_path / "ds.csv"
    f.write_text(
        HEADER_VI
        + "Nguyễn Văn Mới;Giám đốc;Sở Tài chính;Chủ trì\n"  # 2 add
        + "Đỗ Văn Cũ;Phó phòng;Sở Xây dựng;thành viên\n"  # 3 match (position refreshed)
        + ";Chuyên viên;Sở Y tế;Thành viên\n"  # 4 empty name
        + "Phạm Phóng Viên;;Báo Nhân Dân;Phóng viên\n"  # 5 unknown role
        + "nguyễn văn mới;;sở tài chính;\n"  # 6 duplicate of line 2 (case ignored)
        + "Lê Đã Có;;VP;Thư ký\n"  # 7 already on the list
        + ("Tên Rất Dài " * 30)
        + ";;;\n"  # 8 name too long
        + "Jane Doe;Adviser;World Bank;guest\n",  # 9 add
        encoding="utf-8-sig",
    )
    return f


def test_preview_says_what_happens_to_each_row(
    services: Services, meeting_id: int, roster_file: Path
) -> None:
    before = dump(services)
    p = services.roster.preview_file(meeting_id, roster_file)
    assert dump(services) == before  # a preview writes nothing
    assert [(r.line, r.action) for r in p.rows] == [
        (2, ADD),
        (3, MATCH),
        (4, SKIP),
        (5, SKIP),
        (6, SKIP),
        (7, SKIP),
        (8, SKIP),
        (9, ADD),
    ]
    reasons = {r.line: r.reason for r in p.skipped}
    assert "name is empty" in reasons[4]
    assert "unknown role" in reasons[5] and "Phóng viên" in reasons[5]
    assert "line 2" in reasons[6]
    assert "already on the list" in reasons[7]
    assert "too long" in reasons[8]
    assert [r.role for r in p.importable] == ["chair", "member", "guest"]
    assert p.source == "ds.csv"


def test_apply_adds_the_importable_rows_in_one_go(
    services: Services, meeting_id: int, roster_file: Path
) -> None:
    p = services.roster.preview_file(meeting_id, roster_file)
    added = services.roster.apply(p)
    assert [a.full_name for a in added] == ["Nguyễn Văn Mới", "Đỗ Văn Cũ", "Jane Doe"]
    listed = services.attendance.list(meeting_id)
    assert [a.full_name for a in listed] == ["Lê Đã Có", "Nguyễn Văn Mới", "Đỗ Văn Cũ", "Jane Doe"]
    assert [a.order for a in listed] == [0, 1, 2, 3]
    assert {a.status for a in added} == {"unknown"}
    cu = next(a for a in listed if a.full_name == "Đỗ Văn Cũ")
    assert cu.position == "Phó phòng" and len(services.people.list()) == 4
    assert meeting_id in services.search.meeting_ids("jane doe")
    # The same file again: everyone is on the list now.
    again = services.roster.preview_file(meeting_id, roster_file)
    assert again.importable == []


def test_apply_refuses_a_stale_preview_and_a_finalized_meeting(
    services: Services, meeting_id: int, roster_file: Path
) -> None:
    p = services.roster.preview_file(meeting_id, roster_file)
    services.attendance.add(meeting_id, "Jane Doe", unit="World Bank")
    refused(services, ConflictError, services.roster.apply, p, match="preview again")
    p = services.roster.preview_file(meeting_id, roster_file)
    finalize(services, meeting_id)
    refused(services, ValidationError, services.roster.apply, p, match="finalized")
    with pytest.raises(ValidationError, match="finalized"):
        services.roster.preview_file(meeting_id, roster_file)


def test_from_another_meeting_skips_those_already_there(
    services: Services, sample_id: int, meeting_id: int
) -> None:
    source = services.attendance.list(sample_id)
    services.attendance.add(meeting_id, person_id=source[1].person_id, role="member")
    p = services.roster.preview_meeting(meeting_id, sample_id)
    assert len(p.rows) == len(source)
    assert [r.line for r in p.skipped] == [2]
    assert {r.action for r in p.importable} == {MATCH}
    services.roster.apply(p)
    now = services.attendance.list(meeting_id)
    assert {a.person_id for a in now} == {a.person_id for a in source}
    roles = {a.person_id: a.role for a in source}
    assert all(a.role == roles[a.person_id] for a in now if a.person_id != source[1].person_id)
    assert services.roster.preview_meeting(meeting_id, sample_id).importable == []
    refused(services, NotFoundError, services.roster.preview_meeting, meeting_id, 99_999)


# -- the dialog -------------------------------------------------------------------------------


def test_dialog_previews_then_imports(
    qtbot, services: Services, ops: Ops, meeting_id: int, roster_file: Path
) -> None:
    d = ImportDialog(ops, meeting_id)
    qtbot.addWidget(d)
    assert not d.import_button.isEnabled()
    d.ask_file = lambda: str(roster_file)
    d.choose_file()
    assert d.model.rowCount() == 8
    assert d.summary.text() == "Thêm mới 2 · Có trong danh bạ 1 · Bỏ qua 5"
    assert d.model.index(3, 6).data().startswith("vai trò không rõ")
    assert d.import_button.isEnabled()
    with qtbot.waitSignal(ops.changed):
        d.import_button.click()
    settle(ops)
    assert d.result() == ImportDialog.DialogCode.Accepted
    assert len(services.attendance.list(meeting_id)) == 4


def test_dialog_shows_a_bad_file_and_imports_nothing(
    qtbot, services: Services, meeting_id: int, roster_file: Path, tmp_path: Path
) -> None:
    d = ImportDialog(Ops(services), meeting_id)
    qtbot.addWidget(d)
    d.load_file(roster_file)
    assert d.import_button.isEnabled()
    bad = tmp_path / "minutes.docx"
    bad.write_bytes(b"PK\x03\x04 a Word document" * 20)
    before = dump(services)
    assert d.load_file(bad) is None
    assert "Word" in d.error.text()
    assert d.model.rowCount() == 0 and not d.import_button.isEnabled()
    d.do_import()
    assert dump(services) == before


def test_dialog_from_another_meeting(qtbot, services: Services, ops: Ops, sample_id: int) -> None:
    target = services.meetings.create("Họp lần 2").id
    d = ImportDialog(ops, target)
    qtbot.addWidget(d)
    d.meeting.setCurrentIndex(d.meeting.findData(sample_id))
    assert d.preview is not None and len(d.preview.matched) == d.model.rowCount() > 0
    d.do_import()
    settle(ops)
    assert len(services.attendance.list(target)) == len(services.attendance.list(sample_id))


def test_attendance_tab_opens_the_import_dialog(
    qtbot, services: Services, ops: Ops, undo, meeting_id: int
) -> None:
    from gui.attendance_tab import AttendanceTab

    tab = AttendanceTab(ops, undo)
    qtbot.addWidget(tab)
    assert tab.import_list() is None  # no meeting open
    tab.set_meeting(meeting_id)
    settle(ops)
    assert tab.import_button.text() == "Nhập danh sách…"
    dialog = tab.import_list()
    assert isinstance(dialog, ImportDialog) and dialog.meeting_id == meeting_id
    dialog.reject()
