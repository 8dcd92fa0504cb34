"""Attendee lists made to hurt: zip bombs, DTDs, millions of cells, odd encodings; and the
dialog reading beside the window with progress and a button to stop."""

from __future__ import annotations

import codecs
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QTimer

from core.errors import CancelledError, ValidationError
from core.importers.roster_import import read_rows
from core.services import Services
from gui.import_dialog import ImportDialog
from gui.operations import Ops
from tests.helpers import refused

SHEET = "xl/worksheets/sheet1.xml"
SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = "</sheetData></worksheet>"


def _xlsx_with_sheet(path: Path, sheet: bytes | str, tmp: Path) -> Path:
    """A real workbook (openpyxl's) whose first sheet is replaced by *sheet*."""
    base = tmp / "base.xlsx"
    wb = Workbook()
    wb.active.append(["Họ và tên"])
    wb.save(base)
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == SHEET:
                data = sheet.encode() if isinstance(sheet, str) else sheet
            out.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return path


def _rows(n: int, cols: int = 1) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}{{r}}" t="inlineStr"><is><t>x</t></is></c>' for i in range(cols)
    )
    head = '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>'
    body = "".join(f'<row r="{r}">' + cells.format(r=r) + "</row>" for r in range(2, n + 2))
    return SHEET_HEAD + head + body + SHEET_TAIL


def test_a_zip_bomb_is_refused_before_parsing(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    # 40 MB of one repeated row: a few hundred KB once compressed.
    row = '<row><c t="inlineStr"><is><t>' + "A" * 2000 + "</t></is></c></row>"
    bomb = _xlsx_with_sheet(tmp_path / "bom.xlsx", SHEET_HEAD + row * 20_000 + SHEET_TAIL, tmp_path)
    assert bomb.stat().st_size < 1_000_000
    started = time.perf_counter()
    refused(
        services,
        ValidationError,
        services.roster.preview_file,
        meeting_id,
        bomb,
        match="unpacks to 39 MB",
    )
    assert time.perf_counter() - started < 5


def test_too_many_cells_is_refused(services: Services, meeting_id: int, tmp_path: Path) -> None:
    many = _xlsx_with_sheet(tmp_path / "many.xlsx", _rows(21_000, cols=10), tmp_path)
    refused(
        services,
        ValidationError,
        services.roster.preview_file,
        meeting_id,
        many,
        match="210001 cells",
    )


def test_a_dtd_is_refused_cleanly(services: Services, meeting_id: int, tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    f = _xlsx_with_sheet(tmp_path / "dtd.xlsx", laughs, tmp_path)
    refused(services, ValidationError, services.roster.preview_file, meeting_id, f, match="DTD")
    utf16 = _xlsx_with_sheet(
        tmp_path / "dtd16.xlsx",
        codecs.BOM_UTF16_LE
        + laughs.replace('"1.0"?>', '"1.0" encoding="UTF-16"?>').encode("utf-16-le"),
        tmp_path,
    )
    refused(services, ValidationError, services.roster.preview_file, meeting_id, utf16, match="DTD")


def test_a_sheet_that_does_not_parse_is_a_clean_refusal(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    f = _xlsx_with_sheet(tmp_path / "cut.xlsx", SHEET_HEAD + "<row><c><v>1</v", tmp_path)
    refused(services, ValidationError, services.roster.preview_file, meeting_id, f, match="damaged")


def test_a_normal_list_still_reads(tmp_path: Path) -> None:
    f = _xlsx_with_sheet(tmp_path / "ok.xlsx", _rows(3), tmp_path)
    assert [r.full_name for r in read_rows(f)] == ["x", "x", "x"]


# -- CSV encodings -----------------------------------------------------------------------------

ROWS = "Họ và tên\tĐơn vị\nNguyễn Văn An\tSở Tài chính\nLê Thị Bình\tSở Y tế\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_as_excel_writes_unicode_text(tmp_path: Path, codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    f = tmp_path / "unicode.txt"
    f.write_bytes(bom + ROWS.replace("\n", "\r\n").encode(codec))
    assert [(r.line, r.full_name, r.unit) for r in read_rows(f)] == [
        (2, "Nguyễn Văn An", "Sở Tài chính"),
        (3, "Lê Thị Bình", "Sở Y tế"),
    ]


def test_one_bad_byte_in_a_utf8_file_is_named_with_its_line(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    data = ("Họ và tên;Đơn vị\nNguyễn Văn An;Sở Tài chính\n").encode() + b"L\xea Th\xff;S\n"
    f = tmp_path / "mot-byte-hong.csv"
    f.write_bytes(data + "Trần Văn Cường;Sở Nội vụ\n".encode())
    info = refused(services, ValidationError, services.roster.preview_file, meeting_id, f)
    assert "line 3" in info.value.message and "0xEA" in info.value.message
    assert "UTF-8" in info.value.message and "name column" not in info.value.message


def test_a_bad_byte_in_a_windows_1258_file_is_named_too(tmp_path: Path) -> None:
    f = tmp_path / "cu.csv"
    f.write_bytes("Họ và tên\nLe Van A\n".encode("cp1258", errors="ignore") + b"Tr\x81n\n")
    with pytest.raises(ValidationError, match="line 3.*Windows-1258"):
        read_rows(f)


def test_a_bad_utf16_file_is_named_with_its_line(tmp_path: Path) -> None:
    f = tmp_path / "hong.txt"
    f.write_bytes(
        codecs.BOM_UTF16_LE
        + ROWS.encode("utf-16-le")
        + "\ud800".encode("utf-16-le", "surrogatepass")
    )
    with pytest.raises(ValidationError, match="line 4"):
        read_rows(f)


# -- the dialog ---------------------------------------------------------------------------------


def _slow_preview(services: Services, seconds: float):  # type: ignore[no-untyped-def]
    real = services.roster.preview_file
    seen: dict[str, object] = {}

    def slow(meeting_id, path, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        import threading

        seen["thread"] = threading.current_thread().name
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if cancelled is not None and cancelled():
                raise CancelledError("Đã hủy đọc tệp. / Reading the file was cancelled.")
            if progress is not None:
                progress(1 - (end - time.monotonic()) / seconds)
            time.sleep(0.01)
        return real(meeting_id, path, progress, cancelled)

    return slow, seen


def test_the_dialog_reads_beside_the_window_and_can_stop(
    qtbot,
    services: Services,
    ops: Ops,
    meeting_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    f = tmp_path / "ds.csv"
    f.write_text("Họ và tên\nNguyễn Văn An\n", encoding="utf-8")
    d = ImportDialog(ops, meeting_id)
    qtbot.addWidget(d)
    slow, seen = _slow_preview(services, 0.6)
    monkeypatch.setattr(services.roster, "preview_file", slow)
    ticks: list[float] = []
    progress: list[int] = []
    d.progress.valueChanged.connect(progress.append)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    preview = d.load_file(f)
    timer.stop()
    assert preview is not None and len(preview.rows) == 1
    assert seen["thread"] == "bienban-roster-read"
    assert len(ticks) >= 10  # the window kept answering while the file was read
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.3
    assert progress and max(progress) >= 50 and d.progress.isHidden()
    # Stopped halfway: nothing shown, nothing to import, the dialog usable again.
    QTimer.singleShot(150, d.cancel_button.click)
    assert d.load_file(f) is None
    assert d.error.text() == "Đã dừng đọc tệp; chưa nhập gì."
    assert not d.import_button.isEnabled() and d.file_button.isEnabled()
    assert d.model.rowCount() == 0
