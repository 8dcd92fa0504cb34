"""Catalogue of bad input through the services, the window and the export.

Each case is stored verbatim (in NFC) or refused with a clear message; a refusal changes
nothing at all (every table is compared before and after).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document

from core.errors import ExportError, ValidationError
from core.services import Services
from tests.helpers import refused

NFD_VI = unicodedata.normalize("NFD", "Biên bản hội nghị Đảng bộ")
ZWJ_FAMILY = "Gia đình 👨\u200d👩\u200d👧\u200d👦 và cờ 🏳️\u200d🌈"
RTL = "مرحبا بالعالم שלום"
BIDI = "abc\u202eolleh\u202c def \u2066x\u2069"
CONTROL = "dòng một\x0bdòng hai\x0cđoạn\x00\x01\x1f hết"
SQLISH = "'; DROP TABLE meeting; -- \" OR 1=1 /* */"
TEMPLATE = "{{7*7}} ${7*7} <%= 7*7 %> {0} %s"
BIG = ("Ý kiến rất dài. " * 625_000)[:10_000_000]  # 10 million characters, over 10 MB

# (id, call, expected stored text or None when refused, message fragment when refused)
Case = tuple[str, Callable[[Services, int], Any], str | None, str]


def _title(value: str) -> Callable[[Services, int], Any]:
    return lambda s, m: s.meetings.update(m, title=value).title


def _entry(value: str) -> Callable[[Services, int], Any]:
    return lambda s, m: s.entries.add(m, "opinion", value).text


def _field(**fields: Any) -> Callable[[Services, int], Any]:
    return lambda s, m: s.meetings.update(m, **fields)


def _vote(**counts: Any) -> Callable[[Services, int], Any]:
    return lambda s, m: s.entries.add(m, "vote", "Biểu quyết", vote=counts)


STORED: list[tuple[str, Callable[[Services, int], Any], str]] = [
    ("title NFD is stored NFC", _title(NFD_VI), unicodedata.normalize("NFC", NFD_VI)),
    ("title with emoji joiners", _title(ZWJ_FAMILY), ZWJ_FAMILY),
    ("title right-to-left", _title(RTL), RTL),
    ("title bidi overrides", _title(BIDI), BIDI),
    ("title SQL-looking", _title(SQLISH), SQLISH),
    ("title template syntax", _title(TEMPLATE), TEMPLATE),
    ("title percent and underscore", _title("100% _đạt_ %_"), "100% _đạt_ %_"),
    ("entry with control characters", _entry(CONTROL), CONTROL),
    ("entry NFD", _entry(NFD_VI), unicodedata.normalize("NFC", NFD_VI)),
    ("entry emoji joiners", _entry(ZWJ_FAMILY), ZWJ_FAMILY),
    ("entry right-to-left", _entry(RTL), RTL),
    ("entry bidi overrides", _entry(BIDI), BIDI),
    ("entry SQL-looking", _entry(SQLISH), SQLISH),
    ("entry template syntax", _entry(TEMPLATE), TEMPLATE),
    ("entry 10 MB paste", _entry(BIG), BIG),
    ("entry leading and trailing spaces kept", _entry("  thụt lề  "), "  thụt lề  "),
    ("entry single character", _entry("x"), "x"),
    ("entry line breaks", _entry("a\r\nb\rc\nd"), "a\r\nb\rc\nd"),
    ("entry U+FFFE and U+FFFF", _entry("a\ufffeb\uffffc"), "a\ufffeb\uffffc"),
]

REFUSED: list[Case] = [
    ("empty title", _title(""), None, "must not be empty"),
    ("whitespace-only title", _title(" \t\n "), None, "must not be empty"),
    ("title lone surrogate", _title("bad \ud800 text"), None, "lone surrogate"),
    ("title over 1,000 characters", _title("x" * 1001), None, "too long"),
    ("empty entry", _entry(""), None, "must not be empty"),
    ("whitespace-only entry", _entry("   \n\t"), None, "must not be empty"),
    ("entry lone surrogate", _entry("\udfff"), None, "lone surrogate"),
    ("entry over 10 MB", _entry("x" * 10_000_001), None, "too long"),
    ("30 February", _field(planned_start="2026-02-30T09:00"), None, "not a valid date"),
    ("year 0", _field(planned_start="0000-01-01T09:00"), None, "not a valid date"),
    ("year 99999", _field(planned_start="99999-01-01T09:00"), None, "not a valid date"),
    ("year 1066", _field(planned_start="1066-10-14T09:00"), None, "out of range"),
    ("time 25:00", _field(planned_start="2026-11-24T25:00"), None, "not a valid date"),
    (
        "end before start",
        _field(planned_start="2026-11-24T14:00", planned_end="2026-11-24T13:00"),
        None,
        "end is before the start",
    ),
    ("vote above attendance", _vote(votes_for=9), None, "exceed the number present"),
    ("negative vote", _vote(votes_for=-1), None, "must not be negative"),
    ("vote not a number", _vote(votes_for="nhiều"), None, "whole number"),
    ("unknown vote method", _vote(votes_for=1, method="telepathy"), None, "invalid"),
    ("unknown quorum rule", _field(quorum_rule="most"), None, "invalid"),
    ("unknown field", _field(colour="red"), None, "unknown field"),
]


@pytest.fixture
def mid(services: Services) -> int:
    m = services.meetings.create("Họp kiểm thử dữ liệu xấu")
    services.attendance.add(m.id, "Lê Văn Thắng", role="chair", status="present")
    services.attendance.add(m.id, "Nguyễn Thị Hà", role="secretary", status="present")
    return m.id


@pytest.mark.parametrize(("name", "call", "expected"), STORED, ids=[c[0] for c in STORED])
def test_stored_verbatim(services: Services, mid: int, name: str, call: Any, expected: str) -> None:
    assert call(services, mid) == expected
    # Read back through a fresh query, not the returned DTO.
    rec = services.meetings.record(mid)
    assert expected in (rec.meeting.title, *(e.text for e in rec.entries))


@pytest.mark.parametrize(
    ("name", "call", "expected", "words"), REFUSED, ids=[c[0] for c in REFUSED]
)
def test_refused_with_message_and_nothing_changed(
    services: Services, mid: int, name: str, call: Any, expected: None, words: str
) -> None:
    info = refused(services, ValidationError, call, services, mid)
    assert words in str(info.value)


@pytest.mark.parametrize(
    "query",
    [
        "%",
        "_",
        "%%__",
        "'; DROP TABLE meeting; --",
        '"',
        "NEAR(a b)",
        "a OR b",
        "*",
        "(",
        "{{7*7}}",
        "\x00",
        "\ud800",
        "đ" * 500,
    ],
)
def test_search_never_fails_and_matches_literally(services: Services, mid: int, query: str) -> None:
    services.entries.add(mid, "note", "Tỷ lệ đạt 100% kế hoạch_quý")
    hits = services.search.search(query)
    assert all(h.meeting_id == mid for h in hits)
    assert services.meetings.count() == 1


def test_percent_in_search_does_not_match_everything(services: Services, mid: int) -> None:
    services.entries.add(mid, "note", "Không có ký hiệu phần trăm ở đây")
    assert services.search.search("100%") == []


@pytest.mark.parametrize(
    "name",
    ["CON.docx", "aux", "NUL.docx", "x" * 300 + ".docx", "sub/../../x.docx"],
)
def test_export_file_names(services: Services, mid: int, tmp_path: Path, name: str) -> None:
    """A reserved or over-long name is written safely or refused with a message."""
    from core.export.api import export_meeting

    target = tmp_path / name
    try:
        out = export_meeting(services, mid, target)
    except ExportError as exc:
        assert "Cannot write" in str(exc) or "name" in str(exc).lower()
        assert not any(p.suffix == ".docx" for p in tmp_path.rglob("*"))
        return
    assert Path(out).exists()
    Document(str(out))


def test_export_of_hostile_text_keeps_stored_text(
    services: Services, mid: int, tmp_path: Path
) -> None:
    from core.export.api import export_meeting

    for text in (CONTROL, BIDI, RTL, ZWJ_FAMILY, SQLISH, TEMPLATE):
        services.entries.add(mid, "opinion", text)
    out = export_meeting(services, mid, tmp_path / "m.docx")
    body = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "dòng một" in body and "{{7*7}}" in body and RTL in body
    assert [e.text for e in services.entries.list(mid)][0] == CONTROL


# -- the same kinds of input arriving through the window ---------------------------------------


def _proceedings(qtbot: Any, ops: Any, undo: Any, meeting: int) -> Any:
    from gui.proceedings.tab import ProceedingsTab
    from tests.gui_helpers import settle

    failures: list[str] = []
    ops.refused.connect(failures.append)
    tab = ProceedingsTab(ops, undo)
    qtbot.addWidget(tab)
    tab.resize(1280, 560)
    tab.show()
    tab.set_meeting(meeting)
    settle(ops)
    return tab, failures


@pytest.mark.parametrize(
    "pasted", [CONTROL, BIDI, ZWJ_FAMILY, SQLISH, TEMPLATE, NFD_VI, "x" * 1_000_000]
)
def test_pasted_into_the_entry_bar_is_stored_verbatim(
    qtbot: Any, services: Services, ops: Any, undo: Any, mid: int, pasted: str
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.gui_helpers import settle

    tab, failures = _proceedings(qtbot, ops, undo, mid)
    QApplication.clipboard().setText(pasted)
    tab.bar.text.setFocus()
    tab.bar.text.paste()
    qtbot.keyClick(tab.bar.text, Qt.Key.Key_Return)
    settle(ops)
    assert not failures
    stored = services.entries.list(mid)[-1].text
    assert stored == unicodedata.normalize("NFC", pasted)
    assert tab.bar.text.toPlainText() == ""


def test_whitespace_only_entry_is_not_added_and_text_stays(
    qtbot: Any, services: Services, ops: Any, undo: Any, mid: int
) -> None:
    from PySide6.QtCore import Qt

    from tests.gui_helpers import settle, type_text

    tab, _failures = _proceedings(qtbot, ops, undo, mid)
    tab.bar.text.setFocus()
    type_text(tab.bar.text, "   ")
    qtbot.keyClick(tab.bar.text, Qt.Key.Key_Return)
    settle(ops)
    assert services.entries.list(mid) == []
    assert tab.bar.text.toPlainText() == "   "


def test_refused_title_in_details_keeps_the_text(
    qtbot: Any, services: Services, ops: Any, undo: Any, mid: int
) -> None:
    from gui.details_tab import DetailsTab
    from tests.gui_helpers import settle, type_text

    failures: list[str] = []
    ops.refused.connect(failures.append)
    tab = DetailsTab(ops, undo)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_meeting(mid)
    settle(ops)

    title = tab.edits["title"]
    title.setFocus()
    title.selectAll()
    type_text(title, "x" * 1001)
    tab.flush()
    assert not ops.drain(2)  # refused: kept in the field and counted unsaved
    assert failures and failures[-1].startswith("Trích yếu: quá dài")
    assert title.text() == "x" * 1001
    assert services.meetings.get(mid).title == "Họp kiểm thử dữ liệu xấu"


def test_a_start_refused_for_the_old_end_is_saved_once_the_end_is_corrected(
    qtbot: Any, services: Services, ops: Any, undo: Any, mid: int
) -> None:
    """Correcting both times of a meeting, start first: the start is refused while the old
    end is before it, and saved without retyping once the end is corrected."""
    from datetime import datetime

    from PySide6.QtCore import Qt

    from gui.details_tab import DetailsTab
    from tests.gui_helpers import settle

    services.meetings.update(
        mid, actual_start=datetime(2026, 11, 27, 8, 0), actual_end=datetime(2026, 11, 27, 9, 0)
    )
    failures: list[str] = []
    ops.refused.connect(failures.append)
    tab = DetailsTab(ops, undo)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_meeting(mid)
    settle(ops)

    for field, typed in (("actual_start", "04/12/2026 07:35"), ("actual_end", "04/12/2026 09:50")):
        edit = tab.times[field].edit
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, typed)
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        tab.flush()
        ops.drain(2)
    settle(ops)
    assert failures and "kết thúc trước giờ bắt đầu" in failures[0]
    stored = services.meetings.get(mid)
    assert stored.actual_start == datetime(2026, 12, 4, 7, 35)
    assert stored.actual_end == datetime(2026, 12, 4, 9, 50)
    assert ops.unsaved() == []
