"""The meeting tabs on their own: details, attendance roll call, agenda, conclusion."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from core.services import Services
from gui.agenda_tab import AgendaTab
from gui.attendance_tab import AttendanceTab
from gui.conclusion_tab import ConclusionTab
from gui.details_tab import DetailsTab
from gui.operations import Ops
from gui.tables import ERROR_COLOR
from gui.undo import Undo
from tests.gui_helpers import settle, type_text


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def test_details_saves_vietnamese_text_and_keeps_it_when_save_fails(
    qtbot, services: Services, ops: Ops, undo: Undo, meeting_id: int
) -> None:
    tab = _show(qtbot, DetailsTab(ops, undo))
    tab.set_meeting(meeting_id)
    settle(ops)
    place = tab.edits["place"]
    place.setFocus()
    type_text(place, "Phòng họp số 2, UBND tỉnh Thanh Hóa")
    tab.flush()
    settle(ops)
    assert services.meetings.get(meeting_id).place == "Phòng họp số 2, UBND tỉnh Thanh Hóa"

    # Free typing reaches the database by itself, while it goes on (a throttle).
    tab.documents.setFocus()
    type_text(tab.documents, "Báo cáo số 12/BC-UBND\nDự thảo nghị quyết")
    qtbot.waitUntil(
        lambda: (
            services.meetings.get(meeting_id).documents
            == ("Báo cáo số 12/BC-UBND", "Dự thảo nghị quyết")
        ),
        timeout=2000,
    )

    # An empty title is refused: the status reports it and the field keeps the text.
    failures: list[str] = []
    ops.refused.connect(failures.append)
    title = tab.edits["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    type_text(title, "   ")
    tab.flush()
    assert not ops.drain(2)  # the refused title is kept unsaved, not dropped
    assert failures
    assert title.text() == "   "
    assert services.meetings.get(meeting_id).title == "Họp giao ban tháng 11"
    assert [(u.label, u.reason) for u in ops.unsaved()] == [
        ("Thông tin chung: Trích yếu", failures[-1])
    ]


def test_details_notice_number_and_signer_reach_the_notice(
    qtbot, services: Services, ops: Ops, undo: Undo, meeting_id: int, tmp_path
) -> None:
    """The conclusion notice's own number and signer are typed in Details and printed."""
    import docx
    from docx.oxml.ns import qn

    from core.export.api import export_meeting

    tab = _show(qtbot, DetailsTab(ops, undo))
    tab.set_meeting(meeting_id)
    settle(ops)
    for field, typed in (("notice_number", "15/TB-UBND"), ("notice_signer", "CHỦ TỊCH")):
        edit = tab.edits[field]
        edit.setFocus()
        type_text(edit, typed)
    tab.flush()
    settle(ops)
    stored = services.meetings.get(meeting_id)
    assert (stored.notice_number, stored.notice_signer) == ("15/TB-UBND", "CHỦ TỊCH")
    out = export_meeting(services, meeting_id, tmp_path / "tb.docx", kind="notice")
    body = docx.Document(str(out)).element.body
    printed = "".join(t.text or "" for t in body.iter(qn("w:t")))
    assert "15/TB-UBND" in printed and "CHỦ TỊCH" in printed


def test_details_kind_profile_quorum_and_times(
    qtbot, services: Services, ops: Ops, undo: Undo, meeting_id: int
) -> None:
    tab = _show(qtbot, DetailsTab(ops, undo))
    tab.set_meeting(meeting_id)
    settle(ops)
    tab.quorum.setCurrentIndex(tab.quorum.findData("majority"))
    tab.profile.setCurrentIndex(tab.profile.findData("party"))
    tab.kind.setCurrentIndex(tab.kind.findData("conference"))
    start = tab.times["planned_start"]
    start.edit.setFocus()
    type_text(start.edit, "24/11/2026 14:00")
    qtbot.keyClick(start.edit, Qt.Key.Key_Return)
    tab.flush()
    settle(ops)
    m = services.meetings.get(meeting_id)
    assert (m.quorum_rule, m.profile, m.kind) == ("majority", "party", "conference")
    assert m.planned_start == dt.datetime(2026, 11, 24, 14, 0)
    # A kind typed freely is kept as typed.
    tab.kind.lineEdit().setFocus()
    tab.kind.lineEdit().clear()
    type_text(tab.kind.lineEdit(), "Hội nghị trực tuyến")
    tab.flush()
    settle(ops)
    assert services.meetings.get(meeting_id).kind == "Hội nghị trực tuyến"


def test_roll_call_with_keys_updates_counts(
    qtbot, services: Services, ops: Ops, undo: Undo, meeting_id: int
) -> None:
    services.meetings.update(meeting_id, quorum_rule="majority")
    tab = _show(qtbot, AttendanceTab(ops, undo))
    tab.set_meeting(meeting_id)
    settle(ops)
    for name in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường"):
        tab.name.setFocus()
        type_text(tab.name, name)
        qtbot.keyClick(tab.name, Qt.Key.Key_Return)
        settle(ops)
    assert [a.full_name for a in tab.model.rows] == [
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Hoàng Cường",
    ]
    assert tab.counts_label.text().startswith("Có mặt 0/3 thành viên chính thức")
    assert "chưa đủ" in tab.counts_label.text()

    reasons = iter(["Đi công tác", ""])
    tab.ask_reason = lambda _name: next(reasons)
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_P)
    settle(ops)
    qtbot.keyClick(tab.view, Qt.Key.Key_A)
    settle(ops)
    qtbot.keyClick(tab.view, Qt.Key.Key_L)
    settle(ops)
    rows = services.attendance.list(meeting_id)
    assert [a.status for a in rows] == ["present", "absent_excused", "late"]
    assert rows[1].reason == "Đi công tác"
    assert rows[2].arrival is not None
    assert tab.counts_label.text().startswith("Có mặt 2/3 thành viên chính thức")
    assert "đủ điều kiện" in tab.counts_label.text()

    # A absent with an empty reason means absent without reason.
    tab.view.setCurrentIndex(tab.model.index(1, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_A)
    settle(ops)
    assert services.attendance.list(meeting_id)[1].status == "absent"

    # Delete removes a person; undo puts them back in place.
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    settle(ops)
    assert [a.full_name for a in services.attendance.list(meeting_id)][0] == "Trần Thị Bình"
    undo.undo()
    settle(ops)
    back = services.attendance.list(meeting_id)
    assert back[0].full_name == "Nguyễn Văn An" and back[0].status == "present"


def test_attendance_completion_uses_the_directory(
    qtbot, services: Services, ops: Ops, undo: Undo, meeting_id: int
) -> None:
    services.people.create("Lê Văn Thắng", "Trưởng ban", "Ban Tuyên giáo")
    tab = _show(qtbot, AttendanceTab(ops, undo))
    tab.set_meeting(meeting_id)
    settle(ops)
    tab.name.setFocus()
    tab._complete("le van")  # what textEdited does; diacritics are ignored
    settle(ops)
    assert tab.completions.stringList() == ["Lê Văn Thắng — Trưởng ban, Ban Tuyên giáo"]
    tab._picked(tab.completions.stringList()[0])
    qtbot.waitUntil(lambda: tab.name.text() == "Lê Văn Thắng")
    assert tab.unit.text() == "Ban Tuyên giáo"
    tab.add_from_fields()
    settle(ops)
    (dto,) = services.attendance.list(meeting_id)
    assert dto.position == "Trưởng ban"
    assert len(services.people.list()) == 1


def test_agenda_add_reorder_delete_and_undo(
    qtbot, services: Services, ops: Ops, undo: Undo, meeting_id: int
) -> None:
    tab = _show(qtbot, AgendaTab(ops, undo))
    tab.set_meeting(meeting_id)
    settle(ops)
    for title, who in (("Báo cáo tình hình", "Văn phòng"), ("Thảo luận", ""), ("Kết luận", "")):
        tab.title.setFocus()
        type_text(tab.title, title)
        type_text(tab.presenter, who)
        qtbot.keyClick(tab.title, Qt.Key.Key_Return)
        settle(ops)
    titles = lambda: [g.title for g in services.agenda.list(meeting_id)]  # noqa: E731
    assert titles() == ["Báo cáo tình hình", "Thảo luận", "Kết luận"]
    assert services.agenda.list(meeting_id)[0].presenter == "Văn phòng"

    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(2, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(ops)
    assert titles() == ["Báo cáo tình hình", "Kết luận", "Thảo luận"]
    assert tab.view.currentIndex().row() == 1
    undo.undo()
    settle(ops)
    assert titles() == ["Báo cáo tình hình", "Thảo luận", "Kết luận"]

    tab.view.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    settle(ops)
    assert titles() == ["Thảo luận", "Kết luận"]
    undo.undo()
    settle(ops)
    assert titles() == ["Báo cáo tình hình", "Thảo luận", "Kết luận"]
    undo.redo()
    settle(ops)
    assert titles() == ["Thảo luận", "Kết luận"]

    # Editing in place goes straight to the database.
    assert tab.model.setData(tab.model.index(0, 1), "Sở Nội vụ")
    settle(ops)
    assert services.agenda.list(meeting_id)[0].presenter == "Sở Nội vụ"


def _drop(view, row: int, lower_half: bool) -> None:
    """End a drag of the current row over *row* (its upper or lower half), as a mouse does."""
    rect = view.visualRect(view.model().index(row, 0))
    y = rect.bottom() - 2 if lower_half else rect.top() + 2
    mime = view.model().mimeData([view.currentIndex()])
    event = QDropEvent(
        QPointF(rect.center().x(), y),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)


@pytest.mark.parametrize(
    ("start", "over", "lower", "order"),
    [
        (0, 2, True, ["B", "C", "A"]),  # to the end
        (2, 0, False, ["C", "A", "B"]),  # to the top
        (0, 1, False, ["A", "B", "C"]),  # just above the next row: where it was
        (0, 1, True, ["B", "A", "C"]),
        (2, 1, False, ["A", "C", "B"]),
    ],
)
def test_agenda_rows_dragged_to_a_new_place_with_undo(
    qtbot, services: Services, ops: Ops, undo: Undo, meeting_id: int, start, over, lower, order
) -> None:
    for title in "ABC":
        services.agenda.add(meeting_id, title)
    tab = _show(qtbot, AgendaTab(ops, undo))
    tab.set_meeting(meeting_id)
    settle(ops)
    titles = lambda: [g.title for g in services.agenda.list(meeting_id)]  # noqa: E731
    tab.view.setCurrentIndex(tab.model.index(start, 0))
    _drop(tab.view, over, lower)
    settle(ops)
    assert titles() == order
    assert [r.title for r in tab.model.rows] == order
    if order != ["A", "B", "C"]:
        assert tab.model.rows[tab.view.currentIndex().row()].title == "ABC"[start]
        undo.undo()
        settle(ops)
        assert titles() == ["A", "B", "C"]
    assert len(tab.model.rows) == 3  # the view never removed the dragged row itself


def test_agenda_of_a_finalized_meeting_cannot_be_dragged(
    qtbot, services: Services, ops: Ops, undo: Undo, sample_id: int
) -> None:
    tab = _show(qtbot, AgendaTab(ops, undo))
    tab.set_meeting(sample_id)
    settle(ops)
    before = [g.title for g in services.agenda.list(sample_id)]
    tab.set_read_only(True)
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    _drop(tab.view, len(before) - 1, True)
    settle(ops)
    assert [g.title for g in services.agenda.list(sample_id)] == before
    assert undo.stack.count() == 0


def test_conclusion_text_and_action_items(
    qtbot, services: Services, ops: Ops, undo: Undo, sample_id: int
) -> None:
    tab = _show(qtbot, ConclusionTab(ops, undo))
    tab.set_meeting(sample_id)
    settle(ops)
    before = [e for e in services.entries.list(sample_id) if e.kind == "conclusion"]
    assert before and tab.text.toPlainText() == before[-1].text
    tab.text.setFocus()
    tab.text.moveCursor(tab.text.textCursor().MoveOperation.End)
    type_text(tab.text, " Giao Văn phòng tổng hợp.")
    qtbot.waitUntil(
        lambda: services.entries.get(before[-1].id).text.endswith("Giao Văn phòng tổng hợp."),
        timeout=2000,
    )
    assert len([e for e in services.entries.list(sample_id) if e.kind == "conclusion"]) == len(
        before
    )

    n = len(services.actions.list(sample_id))
    tab.task.setFocus()
    type_text(tab.task, "Hoàn thiện báo cáo số liệu")
    type_text(tab.lead, "Sở Công Thương")
    qtbot.keyClick(tab.task, Qt.Key.Key_Return)
    settle(ops)
    actions = services.actions.list(sample_id)
    assert len(actions) == n + 1 and actions[-1].lead == "Sở Công Thương"
    row = tab.model.row_of(actions[-1].id)

    # Deadline through the date column; an open deadline in the past shows in red.
    tab.today = lambda: dt.date(2027, 1, 1)
    assert tab.model.setData(tab.model.index(row, 3), QDate(2026, 12, 15))
    settle(ops)
    assert services.actions.list(sample_id)[-1].deadline == dt.date(2026, 12, 15)
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) == ERROR_COLOR
    assert tab.model.setData(tab.model.index(row, 4), "done")
    settle(ops)
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is None

    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(row, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    settle(ops)
    assert len(services.actions.list(sample_id)) == n
    undo.undo()
    settle(ops)
    restored = services.actions.list(sample_id)[-1]
    assert (restored.task, restored.status) == ("Hoàn thiện báo cáo số liệu", "done")


def test_conclusion_created_when_missing(
    qtbot, services: Services, ops: Ops, undo: Undo, meeting_id: int
) -> None:
    services.attendance.add(meeting_id, "Lê Văn Thắng", role="chair")
    tab = _show(qtbot, ConclusionTab(ops, undo))
    tab.set_meeting(meeting_id)
    settle(ops)
    tab.text.setFocus()
    type_text(tab.text, "Đồng ý với báo cáo.")
    tab.flush()
    settle(ops)
    entries = services.entries.list(meeting_id)
    assert [(e.kind, e.text, e.speaker_name) for e in entries] == [
        ("conclusion", "Đồng ý với báo cáo.", "Lê Văn Thắng")
    ]
    QApplication.processEvents()


def _rename_in_table(qtbot, tab: AttendanceTab, row: int, name: str) -> None:
    tab.view.setFocus()
    column = next(i for i, c in enumerate(tab.model.columns) if c.field == "full_name")
    tab.view.setCurrentIndex(tab.model.index(row, column))
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_correcting_a_name_renames_the_person(
    qtbot, services: Services, ops: Ops, undo: Undo, meeting_id: int
) -> None:
    tab = _show(qtbot, AttendanceTab(ops, undo))
    tab.set_meeting(meeting_id)
    settle(ops)
    tab.name.setFocus()
    type_text(tab.name, "Nguyễn Văn Ann")
    qtbot.keyClick(tab.name, Qt.Key.Key_Return)
    settle(ops)
    asked: list[tuple[str, str, int]] = []
    tab.ask_everywhere = lambda *a: asked.append(a)  # type: ignore[assignment, func-returns-value]
    _rename_in_table(qtbot, tab, 0, "Nguyễn Văn An")
    settle(ops)
    assert asked == []  # on no other list: nothing to ask
    assert [p.full_name for p in services.people.list()] == ["Nguyễn Văn An"]
    assert tab.model.rows[0].full_name == "Nguyễn Văn An"
    undo.undo()
    settle(ops)
    assert [p.full_name for p in services.people.list()] == ["Nguyễn Văn Ann"]


def test_correcting_a_name_on_other_lists_asks_first(
    qtbot, services: Services, ops: Ops, undo: Undo, meeting_id: int
) -> None:
    earlier = services.meetings.create("Họp tháng 10").id
    person = services.attendance.add(earlier, "Lê Hoàng Cưòng").person_id
    services.attendance.add(meeting_id, person_id=person)
    tab = _show(qtbot, AttendanceTab(ops, undo))
    tab.set_meeting(meeting_id)
    settle(ops)
    answers = iter([None, True])
    asked: list[tuple[str, str, int]] = []

    def ask(old: str, new: str, meetings: int) -> bool | None:
        asked.append((old, new, meetings))
        return next(answers)

    tab.ask_everywhere = ask  # type: ignore[method-assign]
    _rename_in_table(qtbot, tab, 0, "Lê Hoàng Cường")
    settle(ops)
    assert asked == [("Lê Hoàng Cưòng", "Lê Hoàng Cường", 1)]
    # Cancelled: nothing stored, the name shown as it was.
    assert services.attendance.list(earlier)[0].full_name == "Lê Hoàng Cưòng"
    assert services.attendance.list(meeting_id)[0].full_name == "Lê Hoàng Cưòng"
    assert tab.model.index(0, 0).data() == "Lê Hoàng Cưòng"
    assert not ops.unsaved()
    _rename_in_table(qtbot, tab, 0, "Lê Hoàng Cường")
    settle(ops)
    assert services.attendance.list(earlier)[0].full_name == "Lê Hoàng Cường"
    assert services.attendance.list(meeting_id)[0].person_id == person
    undo.undo()
    settle(ops)
    assert services.attendance.list(earlier)[0].full_name == "Lê Hoàng Cưòng"
