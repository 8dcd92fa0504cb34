"""Action tracker: filters across meetings, follow-up, carry-over, CSV and Word export, window."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QDate

from core.errors import ExportError, NotFoundError, ValidationError
from core.export.tracker_export import csv_text, write_csv, write_docx
from core.services import Services
from core.services.carry_over import REVIEW_TITLE
from gui.action_tracker import ActionTracker
from gui.operations import Ops
from tests.gui_helpers import settle
from tests.helpers import finalize, refused

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def board(services: Services, sample_id: int) -> dict[str, int]:
    """The sample (two open items, due 10/12/2026 and 15/01/2027) and a meeting with four."""
    m = services.meetings.create(
        "Họp giao ban tháng 10", planned_start=dt.datetime(2026, 10, 5, 8), profile="en"
    )
    acts = services.actions
    late = acts.add(
        m.id, "Báo cáo giải ngân", lead="Phòng Kế hoạch - Tài chính", deadline="2026-10-30"
    )
    done = acts.add(m.id, "Rà soát doanh nghiệp", lead="Phòng Quản lý công nghiệp")
    acts.follow_up(done.id, "done", closed_on="2026-10-18", note="Đã gửi công văn")
    gone = acts.add(m.id, "Hội nghị xúc tiến", lead="Trung tâm Khuyến công", deadline="2026-11-15")
    acts.follow_up(gone.id, "cancelled", closed_on="2026-11-02", note="Lùi sang năm sau")
    nodate = acts.add(m.id, "=SUM(A1) -- không thời hạn", lead="phòng quản lý công nghiệp")
    return {
        "sample": sample_id,
        "other": m.id,
        "late": late.id,
        "done": done.id,
        "gone": gone.id,
        "nodate": nodate.id,
    }


def tasks(rows) -> list[str]:
    return [r.action.task for r in rows]


def test_tracker_lists_every_meeting_with_overdue_flag(services, board) -> None:
    rows = services.actions.tracker(today=TODAY)
    assert len(rows) == 6
    # Soonest deadline first, undated last.
    assert rows[0].action.id == board["late"] and rows[-1].action.deadline is None
    assert [r.action.id for r in rows if r.overdue] == [board["late"]]
    sample = next(r for r in rows if r.action.meeting_id == board["sample"])
    assert sample.meeting_title.startswith("Buổi làm việc") and sample.meeting_profile == "nd30"
    assert sample.meeting_date == dt.datetime(2026, 11, 24, 14, 5)
    # The same items tomorrow-of-deadline are no longer flagged before it.
    assert not any(r.overdue for r in services.actions.tracker(today=dt.date(2026, 10, 1)))


def test_tracker_filters(services, board) -> None:
    acts = services.actions
    assert {r.action.id for r in acts.tracker(status="overdue", today=TODAY)} == {board["late"]}
    assert tasks(acts.tracker(status="done")) == ["Rà soát doanh nghiệp"]
    assert len(acts.tracker(status="open")) == 4
    # Lead: anywhere in the text, case and diacritics ignored.
    assert {r.action.id for r in acts.tracker(lead="quan ly CONG nghiep")} == {
        board["done"],
        board["nodate"],
    }
    dated = acts.tracker(due_from=dt.date(2026, 11, 1), due_to=dt.date(2026, 12, 31))
    assert [r.action.deadline for r in dated] == [dt.date(2026, 11, 15), dt.date(2026, 12, 10)]
    assert {r.action.meeting_id for r in acts.tracker(meeting_id=board["sample"])} == {
        board["sample"]
    }
    assert acts.tracker(meeting_id=board["sample"], status="done") == []


def test_tracker_refuses_bad_filters(services, board) -> None:
    with pytest.raises(ValidationError, match="Status"):
        services.actions.tracker(status="finished")
    with pytest.raises(ValidationError, match="Deadline range"):
        services.actions.tracker(due_from=dt.date(2026, 12, 1), due_to=dt.date(2026, 1, 1))


def test_follow_up_records_status_date_and_note(services, board) -> None:
    acts = services.actions
    a = acts.follow_up(board["late"], "done", closed_on=dt.date(2026, 11, 3), note="Xong")
    assert (a.status, a.closed_on, a.note) == ("done", dt.date(2026, 11, 3), "Xong")
    # Without a date the day of the call is taken; reopening clears it.
    b = acts.follow_up(board["nodate"], "cancelled")
    assert b.closed_on == dt.date.today()
    c = acts.follow_up(board["nodate"], "open")
    assert c.status == "open" and c.closed_on is None
    assert [h.ref_id for h in services.search.search("xong")] == [board["late"]]


def test_follow_up_is_allowed_on_a_finalized_meeting(services, board) -> None:
    finalize(services, board["sample"])
    before = services.meetings.get(board["sample"])
    item = services.actions.list(board["sample"])[0]
    done = services.actions.follow_up(item.id, "done", closed_on="2026-12-05", note="Đã nộp")
    assert done.status == "done"
    # Tracking does not change the minutes: the meeting is not marked as changed.
    assert services.meetings.get(board["sample"]).version == before.version
    # Editing the task itself stays refused.
    refused(services, ValidationError, services.actions.update, item.id, task="Khác")


def test_follow_up_refusals_change_nothing(services, board) -> None:
    acts = services.actions
    refused(services, ValidationError, acts.follow_up, board["late"], "finished")
    refused(services, ValidationError, acts.follow_up, board["late"], "done", closed_on="hôm qua")
    refused(services, NotFoundError, acts.follow_up, 99_999, "done")


def test_copy_from_carries_open_items_as_review_notes(services, board) -> None:
    new = services.meetings.copy_from(board["sample"], title="Lần 2")
    rec = services.meetings.record(new.id)
    assert rec.agenda[0].title == REVIEW_TITLE["vi"]
    assert len(rec.agenda) == len(services.agenda.list(board["sample"])) + 1
    notes = [e for e in rec.entries if e.agenda_item_id == rec.agenda[0].id]
    assert [e.kind for e in notes] == ["note", "note"]
    assert notes[0].text.startswith("1. Hoàn chỉnh Báo cáo số 215/BC-SCT")
    assert "Đơn vị chủ trì: Sở Công Thương" in notes[0].text
    assert "thời hạn: 10/12/2026" in notes[0].text
    assert notes[1].text.startswith("2. ")
    # The items stay open in the meeting that assigned them.
    assert services.meetings.open_actions_of(board["sample"]) == 2
    # A copy of the copy reviews the new meeting's items (none) and drops the old review item.
    again = services.meetings.record(services.meetings.copy_from(new.id).id)
    assert REVIEW_TITLE["vi"] not in [g.title for g in again.agenda]
    assert again.entries == ()


def test_copy_from_an_english_meeting_uses_the_english_title(services, board) -> None:
    new = services.meetings.copy_from(board["other"])
    rec = services.meetings.record(new.id)
    assert [g.title for g in rec.agenda] == [REVIEW_TITLE["en"]]
    # Open only: the done and the cancelled ones are not carried.
    assert [e.text.split(".")[0] for e in rec.entries] == ["1", "2"]
    assert "Due: 30 Oct 2026" in rec.entries[0].text or "due: 30 Oct 2026" in rec.entries[0].text


def test_csv_has_bom_every_column_and_no_formula(services, board, tmp_path: Path) -> None:
    rows = services.actions.tracker(today=TODAY)
    out = write_csv(rows, tmp_path / "t.csv")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0][:3] == ["Ngày họp", "Cuộc họp", "Nhiệm vụ"]
    assert len(table) == 7
    late = next(r for r in table if r[2] == "Báo cáo giải ngân")
    assert late[5] == "30/10/2026" and late[6] == "Đang thực hiện" and late[9] == "Có"
    formula = next(r for r in table if "SUM" in r[2])
    assert formula[2].startswith("'=")
    assert csv_text(rows, "en").startswith("Meeting date,Meeting,Action")


def test_csv_to_a_missing_folder_is_refused(services, board, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_csv(services.actions.tracker(), tmp_path / "no" / "t.csv")
    assert not (tmp_path / "no").exists()


def test_docx_table_uses_the_profile_layout(services, board, tmp_path: Path) -> None:
    rows = services.actions.tracker(today=TODAY)
    out = write_docx(rows, tmp_path / "t.docx", "nd30", TODAY, "Tình trạng: Tất cả")
    doc = Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    assert "THEO DÕI THỰC HIỆN NHIỆM VỤ" in texts
    assert any("01/12/2026" in t and "6 nhiệm vụ" in t for t in texts)
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "STT",
        "Nhiệm vụ",
        "Chủ trì / phối hợp",
        "Thời hạn",
        "Tình trạng",
    ]
    assert "(Cuộc họp 05/10/2026: Họp giao ban tháng 10)" in table.rows[1].cells[1].text
    assert len(table.rows) == 7
    assert "(quá hạn)" in table.rows[1].cells[4].text
    sec = doc.sections[0]
    assert round(sec.left_margin.mm) == 30 and round(sec.page_width.mm) == 210
    assert doc.styles["Normal"].font.name == "Times New Roman"
    en = Document(str(write_docx(rows, tmp_path / "en.docx", "en", TODAY)))
    assert en.tables[0].rows[0].cells[1].text == "Action"


# -- the window -------------------------------------------------------------------------------


@pytest.fixture
def tracker(qtbot, ops, board) -> ActionTracker:
    w = ActionTracker(ops)
    w.today = lambda: TODAY
    qtbot.addWidget(w)
    w.reload()
    return w


def test_window_filters_and_highlights_overdue(qtbot, tracker, board) -> None:
    from PySide6.QtCore import Qt

    assert tracker.model.rowCount() == 6
    assert "1 quá hạn" in tracker.summary.text()
    late = tracker.model.index(tracker.model.row_of(board["late"]), 2)
    assert late.data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    assert late.data(Qt.ItemDataRole.BackgroundRole) is not None
    tracker.status.setCurrentIndex(tracker.status.findData("overdue"))
    assert tracker.model.rowCount() == 1
    tracker.clear_filters()
    tracker.lead.setText("khuyen cong")
    qtbot.waitUntil(lambda: tracker.model.rowCount() == 1)
    tracker.clear_filters()
    tracker.due_from.setDate(QDate(2026, 11, 1))
    tracker.due_to.setDate(QDate(2026, 12, 31))
    assert tracker.model.rowCount() == 2
    tracker.clear_filters()
    tracker.meeting.setCurrentIndex(tracker.meeting.findData(board["other"]))
    assert tracker.model.rowCount() == 4
    assert "Cuộc họp" in tracker.describe_filters()
    assert tracker.profile_name() == "en"


def test_window_marks_done_with_date_and_note(qtbot, tracker, services, board) -> None:
    row = tracker.model.row_of(board["late"])
    tracker.view.setCurrentIndex(tracker.model.index(row, 2))
    asked = []

    def answer(r, status):
        asked.append((r.action.id, status))
        return {"status": status, "closed_on": dt.date(2026, 11, 28), "note": "Đã báo cáo"}

    tracker.ask_close = answer
    assert tracker.close_current("done")
    settle(tracker.ops)
    assert asked == [(board["late"], "done")]
    item = next(a for a in services.actions.list(board["other"]) if a.id == board["late"])
    assert (item.status, item.closed_on, item.note) == ("done", dt.date(2026, 11, 28), "Đã báo cáo")
    qtbot.waitUntil(lambda: "quá hạn" not in tracker.summary.text())
    # Cancelling the dialog changes nothing.
    tracker.ask_close = lambda r, s: None
    assert not tracker.close_current("cancelled")
    assert services.actions.tracker(status="cancelled")[0].action.id == board["gone"]
    # Reopen.
    tracker.view.setCurrentIndex(tracker.model.index(tracker.model.row_of(board["late"]), 2))
    assert tracker.reopen_current()
    settle(tracker.ops)
    assert services.actions.tracker(status="overdue", today=TODAY)[0].action.id == board["late"]


def test_window_shows_a_refused_follow_up(qtbot, tracker, services, board) -> None:
    tracker.view.setCurrentIndex(tracker.model.index(0, 2))
    tracker.ask_close = lambda r, s: {"status": s, "closed_on": None, "note": "x" * 6000}
    before = services.actions.tracker()
    assert tracker.close_current("done")
    settle(tracker.ops)
    assert "quá dài" in tracker.message.text()
    assert services.actions.tracker() == before


def test_window_exports_the_filtered_rows(qtbot, tracker, board, tmp_path: Path) -> None:
    tracker.meeting.setCurrentIndex(tracker.meeting.findData(board["sample"]))
    tracker.ask_path = lambda fmt: str(tmp_path / f"out.{fmt}")
    assert tracker.export("csv") == tmp_path / "out.csv"
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3
    assert tracker.export("docx") == tmp_path / "out.docx"
    assert len(Document(str(tmp_path / "out.docx")).tables[0].rows) == 3
    tracker.ask_path = lambda fmt: str(tmp_path / "missing" / "x.csv")
    assert tracker.export("csv") is None
    assert "không tồn tại" in tracker.message.text()  # the interface's language alone
    assert " / " not in tracker.message.text()


def test_menu_ctrl_t_opens_one_tracker(qtbot, services, board, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Ops(services), settings)
    qtbot.addWidget(window)
    settle(window.ops)
    assert window.tracker_action.shortcut().toString() == "Ctrl+T"
    first = window.show_tracker()
    assert first.model.rowCount() == 6
    assert window.show_tracker() is first
    first.view.setCurrentIndex(first.model.index(first.model.row_of(board["late"]), 2))
    first._goto()
    qtbot.waitUntil(lambda: window.meeting_id == board["other"])
