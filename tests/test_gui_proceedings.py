"""The Proceedings tab driven by the keyboard through a live session, checked in the database."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from core.errors import ValidationError
from core.services import Services
from gui.operations import Ops
from gui.proceedings.tab import ProceedingsTab
from gui.proceedings.timeline_model import KIND, SPEAKER, TEXT, TIME
from gui.proceedings.vote_dialog import VoteDialog
from gui.undo import Undo
from tests.gui_helpers import settle, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def errors(ops: Ops) -> list[str]:
    """The refusals the window reports (in its status bar)."""
    seen: list[str] = []
    ops.refused.connect(seen.append)
    return seen


@pytest.fixture
def session(services: Services) -> int:
    """A fresh meeting with five attendees (one absent) and two agenda items."""
    mid = services.meetings.create("Họp Ban Chấp hành Đảng bộ xã tháng 11", kind="meeting").id
    for name, role, status in (
        ("Lê Văn Thắng", "chair", "present"),
        ("Nguyễn Thị Thu Hà", "secretary", "present"),
        ("Trịnh Đình Khoa", "member", "present"),
        ("Hoàng Thị Lan", "member", "absent"),
        ("Đỗ Quang Vinh", "guest", "present"),
    ):
        services.attendance.add(mid, name, role=role, status=status, position="Ủy viên")
    services.agenda.add(mid, "Báo cáo tình hình kinh tế - xã hội tháng 11")
    services.agenda.add(mid, "Thảo luận và biểu quyết kế hoạch tháng 12")
    return mid


def make_tab(qtbot, ops: Ops, undo: Undo, meeting_id: int, *, keep: bool = True) -> ProceedingsTab:
    tab = ProceedingsTab(ops, undo)
    if keep:
        qtbot.addWidget(tab)
    tab.resize(1280, 560)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.set_meeting(meeting_id)
    settle(ops)
    tab.bar.text.setFocus()
    return tab


@pytest.fixture
def tab(qtbot, ops: Ops, undo: Undo, session: int) -> Iterator[ProceedingsTab]:
    yield make_tab(qtbot, ops, undo, session)


def add(qtbot, tab: ProceedingsTab, text: str, *, alt: int | None = None, ctrl: int = 2) -> str:
    """Pick a speaker with Alt+N, a kind with Ctrl+N, type the text and press Enter;
    returns the speaker picked."""
    box = tab.bar.text
    # Keys reach the window's shortcuts only once it is active again (after a dialog).
    qtbot.waitUntil(tab.isActiveWindow)
    if alt is not None:
        expected = tab.bar.recent[alt - 1]
        qtbot.keyClick(box, getattr(Qt.Key, f"Key_{alt}"), ALT)
        assert tab.bar.speaker.text() == expected
    speaker = tab.bar.speaker.text()
    qtbot.keyClick(box, getattr(Qt.Key, f"Key_{ctrl}"), CTRL)
    type_text(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(tab.ops)
    return speaker


KEYED = ["Lê Văn Thắng", "Trịnh Đình Khoa", "Đỗ Quang Vinh", "Nguyễn Thị Thu Hà"]


def test_a_whole_live_session_typed_with_the_keyboard(
    qtbot, services, ops, undo, errors, session, tab
):
    agenda = services.agenda.list(session)
    # The chair on Alt+1, the others in the order of the list, the secretary last; the
    # absent member has no number.
    assert tab.bar.recent == KEYED
    assert "1 Lê Văn Thắng" in tab.bar.hints.text()
    assert "Hoàng Thị Lan" not in tab.bar.hints.text()

    tab.header.start.click()
    settle(ops)
    started = services.meetings.get(session).actual_start
    assert started is not None
    assert tab.header.start_at.text() == started.strftime("%H:%M:%S")

    # 1. Opening words of the chair (Alt+1, Ctrl+2 opinion); Shift+Enter makes a new line.
    box = tab.bar.text
    qtbot.keyClick(box, Qt.Key.Key_1, ALT)
    assert tab.bar.speaker.text() == "Lê Văn Thắng"
    qtbot.keyClick(box, Qt.Key.Key_2, CTRL)
    type_text(box, "Đồng chí chủ trì nêu mục đích, yêu cầu của hội nghị.")
    qtbot.keyClick(box, Qt.Key.Key_Return, SHIFT)
    type_text(box, "Thông qua chương trình gồm hai nội dung.")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.toPlainText() == ""  # at once: the next speech may start right away
    assert QApplication.focusWidget() is box
    settle(ops)

    # 2. Ctrl+PgDown to the first agenda item; a report with indicators, speaker typed by name.
    qtbot.keyClick(box, Qt.Key.Key_PageDown, CTRL)
    assert tab.header.current_agenda() == agenda[0].id
    tab.bar.speaker.clear()
    type_text(tab.bar.speaker, "Đỗ Quang Vinh")
    qtbot.keyClick(box, Qt.Key.Key_1, CTRL)
    type_text(box, "Báo cáo kết quả thu ngân sách tháng 11 đạt 105% kế hoạch.")
    tab.bar.indicators.click()
    dialog = tab.dialog
    assert dialog is not None
    m = dialog.model
    for col, value in enumerate(("Thu ngân sách", "105", "%", "Tháng 11", "100%")):
        m.setData(m.index(0, col), value)
    m.setData(m.index(1, 0), "Giải ngân vốn đầu tư công")
    m.setData(m.index(1, 1), "78")
    dialog.accept()
    assert tab.dialog is None
    assert tab.bar.indicators.text() == "Chỉ tiêu (2)…"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(ops)

    # 3-4. Opinions; the numbers have not moved although others spoke since.
    assert tab.bar.recent == KEYED
    assert add(qtbot, tab, "Đề nghị làm rõ nguyên nhân giải ngân chậm.", alt=2) == "Trịnh Đình Khoa"
    assert add(qtbot, tab, "Tiếp thu, sẽ báo cáo bổ sung bằng văn bản.", alt=3) == "Đỗ Quang Vinh"

    # 5. A proposal with proposer, status and response.
    qtbot.keyClick(box, Qt.Key.Key_3, CTRL)
    assert tab.bar.proposal.isVisible()
    type_text(tab.bar.proposal.proposer, "Trịnh Đình Khoa")
    tab.bar.proposal.status.setCurrentIndex(tab.bar.proposal.status.findData("accepted"))
    type_text(tab.bar.proposal.response, "Giao Văn phòng tổng hợp.")
    box.setFocus()
    type_text(box, "Đề nghị bổ sung chỉ tiêu về chuyển đổi số.")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(ops)
    assert tab.bar.current_kind() == "opinion"  # a proposal is said once

    # 6. Next agenda item; a vote through the dialog, first refused (more votes than present).
    qtbot.keyClick(box, Qt.Key.Key_PageDown, CTRL)
    assert tab.header.current_agenda() == agenda[1].id
    add(qtbot, tab, "Biểu quyết thông qua kế hoạch tháng 12.", alt=1, ctrl=4)
    vote = tab.dialog
    assert isinstance(vote, VoteDialog) and vote.isVisible()
    assert vote.subject.text() == "Biểu quyết thông qua kế hoạch tháng 12."
    vote.spins["votes_for"].setValue(9)
    assert "vượt số người có mặt" in vote.error.text()
    vote.ok_button.click()
    settle(ops)
    assert tab.dialog is vote and vote.isVisible()
    # The service's refusal: three official members are present (the guest does not vote).
    assert "(3)" in vote.error.text()
    assert len(services.entries.list(session)) == 5
    vote.spins["votes_for"].setValue(2)
    vote.spins["abstain"].setValue(1)
    assert vote.outcome.text().startswith("Kết quả: Thông qua")
    assert vote.shares["votes_for"].text() == "66,67%"
    vote.ok_button.click()
    settle(ops)
    assert tab.dialog is None
    assert tab.bar.current_kind() == "opinion"  # the next speech is not another vote

    # 7-10. Conclusion, a note by someone not on the list, two more opinions.
    assert tab.bar.recent == KEYED
    add(qtbot, tab, "Đồng chí chủ trì kết luận: thống nhất kế hoạch.", alt=1, ctrl=5)
    assert tab.bar.current_kind() == "opinion"
    qtbot.keyClick(box, Qt.Key.Key_6, CTRL)
    assert tab.bar.speaker.text() == ""  # a note has no speaker unless one is chosen
    type_text(tab.bar.speaker, "Đại diện Mặt trận Tổ quốc xã")
    add(qtbot, tab, "Phát biểu chào mừng hội nghị.", ctrl=6)
    add(qtbot, tab, "Nhất trí với kết luận của chủ trì.", alt=2)
    add(qtbot, tab, "Cảm ơn các đồng chí đã dự họp.", alt=4)

    entries = services.entries.list(session)
    assert [e.kind for e in entries] == [
        "opinion",
        "report",
        "opinion",
        "opinion",
        "proposal",
        "vote",
        "conclusion",
        "note",
        "opinion",
        "opinion",
    ]
    first, report, _, _, proposal, voted, conclusion, note, _, last = entries
    assert first.text == (
        "Đồng chí chủ trì nêu mục đích, yêu cầu của hội nghị.\n"
        "Thông qua chương trình gồm hai nội dung."
    )
    assert first.speaker_name == "Lê Văn Thắng" and first.speaker_id is not None
    assert first.agenda_item_id is None
    assert report.speaker_name == "Đỗ Quang Vinh" and report.speaker_id is not None
    assert report.agenda_item_id == agenda[0].id
    assert [(i.name, i.value, i.unit) for i in report.indicators] == [
        ("Thu ngân sách", "105", "%"),
        ("Giải ngân vốn đầu tư công", "78", ""),
    ]
    assert report.indicators[0].target == "100%"
    assert proposal.proposal is not None
    assert proposal.proposal.proposer == "Trịnh Đình Khoa"
    assert proposal.proposal.status == "accepted"
    assert proposal.proposal.response == "Giao Văn phòng tổng hợp."
    assert voted.vote is not None and voted.agenda_item_id == agenda[1].id
    assert (voted.vote.votes_for, voted.vote.abstain, voted.vote.passed) == (2, 1, True)
    assert voted.text == "Biểu quyết thông qua kế hoạch tháng 12."
    assert conclusion.speaker_name == "Lê Văn Thắng"
    assert note.speaker_id is None and note.speaker_name == "Đại diện Mặt trận Tổ quốc xã"
    assert last.text == "Cảm ơn các đồng chí đã dự họp."
    assert services.drafts.get(session) is None
    assert all(e.at is not None and e.at >= started for e in entries)
    assert tab.model.rowCount() == 10
    assert errors == []  # the vote's refusal was said in its dialog

    # Edit in place: F2 on the text, type, Enter saves; the time through the model.
    view = tab.view
    view.setFocus()
    view.setCurrentIndex(tab.model.index(2, TEXT))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QPlainTextEdit)
    editor.selectAll()
    type_text(editor, "Đề nghị làm rõ nguyên nhân giải ngân vốn đầu tư công chậm.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(ops)
    edited = services.entries.get(entries[2].id)
    assert edited.text == "Đề nghị làm rõ nguyên nhân giải ngân vốn đầu tư công chậm."
    assert tab.model.setData(tab.model.index(2, TIME), QTime(9, 41, 0))
    settle(ops)
    assert services.entries.get(entries[2].id).at.strftime("%H:%M") == "09:41"
    assert tab.model.setData(tab.model.index(2, KIND), "note")
    assert tab.model.setData(tab.model.index(2, SPEAKER), "Nguyễn Thị Thu Hà")
    settle(ops)
    edited = services.entries.get(entries[2].id)
    assert (edited.kind, edited.speaker_name) == ("note", "Nguyễn Thị Thu Hà")
    assert edited.speaker_id is not None

    # Move with Alt+Up, undo puts it back.
    view.setFocus()
    view.setCurrentIndex(tab.model.index(9, TEXT))
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)
    settle(ops)
    ids = [e.id for e in services.entries.list(session)]
    assert ids.index(last.id) == 8
    assert tab.model.entry_at(view.currentIndex().row()).id == last.id
    assert undo.stack.undoText().startswith("Di chuyển mục ghi")
    undo.undo()
    settle(ops)
    assert [e.id for e in services.entries.list(session)][9] == last.id

    # Delete with Del, undo restores it in place (with its details), redo deletes it again.
    view.setCurrentIndex(tab.model.index(1, TEXT))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    settle(ops)
    assert report.id not in [e.id for e in services.entries.list(session)]
    assert tab.model.rowCount() == 9
    undo.undo()
    settle(ops)
    back = services.entries.list(session)[1]
    assert (back.id, back.text, len(back.indicators)) == (report.id, report.text, 2)
    assert tab.model.rowCount() == 10
    undo.redo()
    settle(ops)
    assert len(services.entries.list(session)) == 9
    undo.undo()
    settle(ops)
    assert len(services.entries.list(session)) == 10

    qtbot.keyClick(box, Qt.Key.Key_PageUp, CTRL)
    assert tab.header.current_agenda() == agenda[0].id
    tab.end_meeting()
    settle(ops)
    assert services.meetings.get(session).actual_end is not None
    undo.undo()
    settle(ops)
    assert services.meetings.get(session).actual_end is None
    assert tab.header.end_at.text() == "—"


def test_an_edit_clashing_with_someone_elses_stays_visible_and_asks(
    qtbot, services, ops, session, tab
):
    add(qtbot, tab, "Ý kiến ban đầu.", alt=1)
    entry = services.entries.list(session)[0]
    services.entries.update(entry.id, text="Sửa ở nơi khác.")  # the tab's copy is now stale
    asked: list[tuple[str, str, str]] = []
    tab.ask_conflict = lambda _parent, what, mine, theirs, _answer: asked.append(
        (what, mine, theirs)
    )
    index = tab.model.index(0, TEXT)
    assert tab.model.setData(index, "Ý kiến đã sửa trong bảng.")
    assert not ops.drain(2)  # kept unsaved in the window: not silently dropped
    assert services.entries.get(entry.id).text == "Sửa ở nơi khác."
    assert tab.model.data(index) == "Ý kiến đã sửa trong bảng."
    assert tab.model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert [(m, th) for _w, m, th in asked] == [("Ý kiến đã sửa trong bảng.", "Sửa ở nơi khác.")]
    assert [u.label for u in ops.unsaved()] == ["Sửa mục ghi: Lê Văn Thắng: Ý kiến ban đầu."]


def test_a_refused_add_stays_on_screen_with_the_reason(
    qtbot, services, ops, errors, session, tab, monkeypatch
):
    def refuse(*args, **kwargs):
        raise ValidationError("Không thêm được. / Could not be added.")

    monkeypatch.setattr(services.entries, "add", refuse)
    box = tab.bar.text
    qtbot.keyClick(box, Qt.Key.Key_1, ALT)
    type_text(box, "Ý kiến không được mất.")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not ops.drain(2)
    assert tab.model.entry_at(0).text == "Ý kiến không được mất."
    assert tab.model.data(tab.model.index(0, TEXT), Qt.ItemDataRole.ForegroundRole) is not None
    assert errors == ["Không thêm được."]  # in the window's language
    assert [u.call.kwargs["uid"] for u in ops.unsaved()] == [tab.model.entry_at(0).uid]


def test_an_add_that_fails_for_a_passing_reason_is_stored_once_it_passes(
    qtbot, services, ops, session, tab, monkeypatch
):
    real = services.entries.add
    full = {"on": True}

    def disk(*args, **kwargs):
        if full["on"]:
            from core.errors import StorageError

            raise StorageError("Ổ đĩa đã đầy. / The disk is full.", "disk_full")
        return real(*args, **kwargs)

    monkeypatch.setattr(services.entries, "add", disk)
    box = tab.bar.text
    type_text(box, "Lưu khi ổ đĩa còn chỗ.")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ops.failure() is not None)
    assert "đầy" in ops.failure().message
    assert [u.label for u in ops.unsaved()][0].startswith("Thêm mục ghi")
    full["on"] = False
    settle(ops)
    assert [e.text for e in services.entries.list(session)] == ["Lưu khi ổ đĩa còn chỗ."]
    assert tab.model.entry_at(0).id > 0


def test_unsent_text_survives_closing_the_tab(qtbot, services, ops, undo, session):
    tab = make_tab(qtbot, ops, undo, session, keep=False)
    box = tab.bar.text
    qtbot.keyClick(box, Qt.Key.Key_2, ALT)
    qtbot.keyClick(box, Qt.Key.Key_3, CTRL)
    type_text(box, "Đề nghị UBND xã chỉ đạo")
    qtbot.keyClick(box, Qt.Key.Key_Return, SHIFT)
    type_text(box, "hoàn thành giải phóng mặt bằng trước ngày 15/12")
    typed_at = time.monotonic()
    expected = "Đề nghị UBND xã chỉ đạo\nhoàn thành giải phóng mặt bằng trước ngày 15/12"

    def saved() -> None:
        draft = services.drafts.get(session)
        assert draft is not None and draft.text == expected

    qtbot.waitUntil(saved, timeout=1500)
    assert time.monotonic() - typed_at < 1.5
    started = tab.bar.started_at
    assert started is not None
    # Gone without flush(), as after a crash: only what was saved while typing is left.
    destroyed = []
    tab.destroyed.connect(lambda: destroyed.append(True))
    tab.deleteLater()
    qtbot.waitUntil(lambda: destroyed == [True])

    again = make_tab(qtbot, ops, undo, session)
    assert again.bar.text.toPlainText() == expected
    assert again.bar.current_kind() == "proposal"
    assert again.bar.speaker.text() == "Trịnh Đình Khoa"
    assert again.bar.started_at == started
    qtbot.keyClick(again.bar.text, Qt.Key.Key_Return)
    settle(ops)
    entry = services.entries.list(session)[0]
    assert entry.text == expected and entry.at == started and entry.speaker_id is not None
    assert services.drafts.get(session) is None


def test_typing_without_a_pause_is_saved_within_a_second(qtbot, services, ops, session, tab):
    """A throttle, not a debounce: keys every 100 ms never let a quiet moment come, and
    what was typed a second ago is in the database all the same."""
    box = tab.bar.text
    typed = ""
    for i in range(40):
        typed += "ạ" if i % 2 else "b"
        type_text(box, typed[-1])
        qtbot.wait(100)
        draft = services.drafts.get(session)
        # Everything typed up to a second before now (ten keys ago) is stored.
        if i >= 10:
            assert draft is not None and len(draft.text) >= len(typed) - 10, (i, draft)
    qtbot.waitUntil(lambda: services.drafts.get(session).text == typed, timeout=1000)


def test_flush_saves_the_draft_at_once(qtbot, services, ops, session, tab):
    type_text(tab.bar.text, "Chưa kịp lưu")
    assert tab.draft.is_dirty()
    tab.flush()
    settle(ops)
    assert services.drafts.get(session).text == "Chưa kịp lưu"


def test_changes_from_other_tabs_refresh_without_losing_typing(qtbot, services, ops, session, tab):
    from core.operations.changes import Changes, Part

    type_text(tab.bar.text, "Đang gõ dở")
    services.attendance.add(session, "Vũ Ngọc Sơn", role="guest", status="present")
    ops.changed.emit(Changes.of(session, Part.ATTENDANCE), None)
    settle(ops)
    names = [a.full_name for a in tab.roster.attendance()]
    assert "Vũ Ngọc Sơn" in names
    assert tab.bar.text.toPlainText() == "Đang gõ dở"
    speaker_id, _ = tab.roster.resolve("vu ngoc son")
    assert speaker_id is not None
    # A newcomer takes the next number; nobody else's moves.
    assert tab.bar.recent == [*KEYED, "Vũ Ngọc Sơn"]


def test_sample_meeting_opens_with_its_timeline(qtbot, services, ops, undo, sample_id):
    tab = make_tab(qtbot, ops, undo, sample_id)
    record = services.meetings.record(sample_id)
    assert tab.model.rowCount() == len(record.entries)
    assert tab.header.agenda.count() == len(record.agenda) + 1
    assert tab.header.start_at.text() != "—"
    tab.set_meeting(None)
    assert tab.model.rowCount() == 0 and not tab.bar.isEnabled()


LONG = "\n".join(
    f"Đoạn {n}: ý kiến về tiến độ giải ngân vốn đầu tư công của các dự án trên địa bàn xã."
    for n in range(1, 31)
)


def test_a_long_entry_is_cut_in_the_table_and_shown_whole_when_selected(
    qtbot, services, ops, undo, session
):
    services.entries.add(session, text=LONG, kind="opinion")
    services.entries.add(session, text="Ý kiến ngắn.", kind="opinion")
    tab = make_tab(qtbot, ops, undo, session)
    view, model = tab.view, tab.model
    default = view.verticalHeader().defaultSectionSize()
    view.setFocus()
    view.setCurrentIndex(model.index(1, TEXT))
    long_cell = str(model.index(0, TEXT).data())
    assert long_cell.endswith("…") and "Đoạn 30" not in long_cell
    assert view.rowHeight(0) == default

    qtbot.keyClick(view, Qt.Key.Key_Up)  # she selects it
    assert view.currentIndex().row() == 0
    shown = str(model.index(0, TEXT).data())
    assert shown.replace("\u2028", "\n") == LONG  # every line, in order
    assert view.rowHeight(0) >= view.fontMetrics().lineSpacing() * 30
    # Scrolling through it reaches its last line (the view scrolls by pixels, not rows).
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.rowAt(view.viewport().height() - 2) in (0, 1)

    qtbot.keyClick(view, Qt.Key.Key_Down)  # and leaves it: cut again, the row short again
    assert view.rowHeight(0) == default
    assert str(model.index(0, TEXT).data()).endswith("…")


def test_details_opens_the_whole_text_in_an_editor_saved_as_typed(
    qtbot, services, ops, undo, session
):
    from gui.proceedings.entry_dialog import EntryDialog

    entry = services.entries.add(session, text=LONG, kind="opinion")
    tab = make_tab(qtbot, ops, undo, session)
    view = tab.view
    view.setFocus()
    view.setCurrentIndex(tab.model.index(0, TEXT))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog) and dialog.isVisible()
    assert dialog.text.toPlainText() == LONG
    qtbot.waitUntil(dialog.text.hasFocus)
    # A real editor: Enter starts a new line; the text is stored while she types.
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    type_text(dialog.text, "Đoạn 31: đề nghị Ủy ban báo cáo bằng văn bản.")
    qtbot.waitUntil(
        lambda: services.entries.get(entry.id).text.endswith("bằng văn bản."), timeout=2000
    )
    assert (
        services.entries.get(entry.id).text
        == LONG + "\nĐoạn 31: đề nghị Ủy ban báo cáo bằng văn bản."
    )
    assert dialog.isVisible()
    # The speaker is chosen there too, and the change is one undo step.
    dialog.speaker.setFocus()
    dialog.speaker.clear()
    type_text(dialog.speaker, "Trịnh Đình Khoa")
    qtbot.keyClick(dialog.speaker, Qt.Key.Key_Return)
    settle(ops)
    assert dialog.text.hasFocus()
    assert services.entries.get(entry.id).speaker_name == "Trịnh Đình Khoa"
    # Typed last, closed at once: what was typed is not left behind.
    dialog.text.setFocus()
    type_text(dialog.text, " Hết.")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    settle(ops)
    assert services.entries.get(entry.id).text.endswith("bằng văn bản. Hết.")
    assert tab.bar.text.hasFocus()
    # Each change is a step of its own, undone in order.
    undo.undo()
    settle(ops)
    assert services.entries.get(entry.id).text.endswith("bằng văn bản.")
    undo.undo()
    settle(ops)
    assert services.entries.get(entry.id).speaker_name == ""


def test_details_of_a_vote_reach_its_counts(qtbot, services, ops, undo, session):
    from gui.proceedings.entry_dialog import EntryDialog

    services.entries.add(
        session,
        text="Biểu quyết kế hoạch tháng 12",
        kind="vote",
        vote={"subject": "Kế hoạch tháng 12", "votes_for": 3, "against": 0, "abstain": 0},
    )
    tab = make_tab(qtbot, ops, undo, session)
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, TEXT))
    tab.details.click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    assert dialog.more.isVisible() and dialog.more.text() == "&Số phiếu…"
    dialog.more.click()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(VoteDialog)))
    vote = dialog.findChildren(VoteDialog)[0]
    vote.spins["votes_for"].setValue(2)
    vote.spins["abstain"].setValue(1)
    vote.ok_button.click()
    settle(ops)
    stored = services.entries.list(session)[0].vote
    assert (stored.votes_for, stored.abstain) == (2, 1)
    qtbot.waitUntil(lambda: not dialog.findChildren(VoteDialog))  # closed once stored
    assert dialog.isVisible()


def test_details_of_finalized_minutes_are_read_only(qtbot, services, ops, undo, session):
    from gui.proceedings.entry_dialog import EntryDialog

    services.entries.add(session, text=LONG, kind="opinion")
    services.meetings.update(session, actual_start=dt.datetime(2026, 11, 27, 8, 0))
    services.revisions.finalize(session)
    tab = make_tab(qtbot, ops, undo, session)
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, TEXT))
    tab.details.click()
    dialog = tab.dialog
    assert isinstance(dialog, EntryDialog)
    assert dialog.text.isReadOnly() and dialog.text.toPlainText() == LONG
    qtbot.keyClicks(dialog.text, "x")
    assert dialog.text.toPlainText() == LONG
    dialog.reject()


def test_a_report_lasts_while_its_speaker_speaks(qtbot, tab: ProceedingsTab) -> None:
    """After a report, the next person chosen gives an opinion; the same speaker going on, or
    a report chosen by hand, stays a report."""
    box = tab.bar.text
    add(qtbot, tab, "Báo cáo kết quả quý IV.", alt=3, ctrl=1)
    assert tab.bar.current_kind() == "report"  # the same speaker may go on reporting
    add(qtbot, tab, "Phần hai của báo cáo.", ctrl=1)
    qtbot.keyClick(box, Qt.Key.Key_2, ALT)
    assert tab.bar.current_kind() == "opinion"  # someone else discusses it
    # Chosen by hand before the speaker: a second report, by another person.
    add(qtbot, tab, "Báo cáo của Văn phòng.", ctrl=1)
    qtbot.keyClick(box, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(box, Qt.Key.Key_3, ALT)
    assert tab.bar.current_kind() == "report"
    kinds = [e.kind for e in tab.ops.services.entries.list(tab.meeting_id)]
    assert kinds == ["report", "report", "report"]
