"""The main window: meetings list, menus, undo, status bar, settings and export."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from core.errors import StorageError
from core.services import Services
from tests.gui_helpers import settle, type_text

pytest.importorskip("gui.proceedings.tab", reason="the Proceedings tab is not there yet")

from gui.main_window import AGENDA, ATTENDANCE, DETAILS, PROCEEDINGS, MainWindow  # noqa: E402
from gui.operations import Ops


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, services: Services, settings: QSettings):
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(Ops(services), settings)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        settle(window.ops)
        made.append(window)
        return window

    yield make
    for window in made:
        window.ops.close()


def test_title_status_bar_and_first_meeting_opened(
    qtbot, make_window, services, sample_id, monkeypatch
) -> None:
    window = make_window()
    assert window.windowTitle() == f"BienBan — {services.db.display}"
    assert services.db.display in window.db_label.text()
    assert window.meeting_id == sample_id
    assert window.details.edits["number"].text() == "05"
    # "Saved at" only when everything on screen is saved; while changes wait, how many
    # and why, in red.
    real = services.meetings.update
    full = {"on": True}

    def disk(*args, **kwargs):
        if full["on"]:
            raise StorageError("Ổ đĩa đã đầy. / The disk is full.", "disk_full")
        return real(*args, **kwargs)

    monkeypatch.setattr(services.meetings, "update", disk)
    place = window.details.edits["place"]
    place.setFocus()
    place.end(False)
    type_text(place, " — Hội trường tầng 3")
    qtbot.waitUntil(lambda: "Chưa lưu 1 thay đổi" in window.save_label.text())
    assert "đầy" in window.save_label.text()
    assert "c62828" in window.save_label.styleSheet()
    full["on"] = False
    qtbot.waitUntil(lambda: window.save_label.text().startswith("Đã lưu lúc"), timeout=8000)
    assert window.save_label.styleSheet() == ""
    assert services.meetings.get(sample_id).place.endswith("Hội trường tầng 3")


def test_ctrl_n_creates_a_meeting_and_the_title_is_typed(qtbot, make_window, services) -> None:
    window = make_window()
    assert window.meeting_id is None
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(window.ops)
    assert services.meetings.count() == 1
    assert window.meeting_id == services.meetings.list()[0].id
    assert window.tabs.currentIndex() == DETAILS
    title = window.details.edits["title"]
    qtbot.waitUntil(title.hasFocus)
    assert title.selectedText() == "Cuộc họp mới"
    type_text(title, "Hội nghị sơ kết công tác quý IV")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    settle(window.ops)
    assert services.meetings.get(window.meeting_id).title == "Hội nghị sơ kết công tác quý IV"
    row = window.meetings.model.row_of(window.meeting_id)
    assert window.meetings.model.rows[row].title == "Hội nghị sơ kết công tác quý IV"


def test_new_from_previous_copies_roster_and_agenda(make_window, services, sample_id) -> None:
    window = make_window()
    window.copy_action.trigger()
    settle(window.ops)
    assert services.meetings.count() == 2
    new_id = window.meeting_id
    assert new_id != sample_id
    assert len(services.attendance.list(new_id)) == len(services.attendance.list(sample_id))
    assert {a.status for a in services.attendance.list(new_id)} == {"unknown"}
    # Tabs load the meeting when shown.
    window.show_tab(ATTENDANCE)
    settle(window.ops)
    assert window.attendance.model.rowCount() == len(services.attendance.list(new_id))
    window.show_tab(AGENDA)
    settle(window.ops)
    # The sample's open action items come first, under a review item (issue 5).
    assert window.agenda.model.rowCount() == len(services.agenda.list(sample_id)) + 1
    assert window.agenda.model.rows[0].title == "Kiểm điểm việc thực hiện kết luận kỳ trước"


def test_search_filters_the_list_without_diacritics(qtbot, make_window, services) -> None:
    services.meetings.create("Họp giao ban tháng 11")
    services.meetings.create("Hội nghị Ban Chấp hành Đảng bộ")
    open_one = services.meetings.create("Buổi làm việc với Sở Công Thương")
    window = make_window()
    assert window.meetings.model.rowCount() == 3
    assert window.meeting_id == open_one.id
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.meetings.search.hasFocus()
    qtbot.keyClicks(window.meetings.search, "cong thuong")
    titles = lambda: [m.title for m in window.meetings.model.rows]  # noqa: E731
    qtbot.waitUntil(lambda: titles() == ["Buổi làm việc với Sở Công Thương"])
    window.meetings.search.clear()
    type_text(window.meetings.search, "Đảng")
    qtbot.waitUntil(lambda: titles() == ["Hội nghị Ban Chấp hành Đảng bộ"])
    # The open meeting stays open although the filter leaves it out of the list.
    assert window.meeting_id == open_one.id
    assert window.details.edits["title"].text() == "Buổi làm việc với Sở Công Thương"
    type_text(window.meetings.search, " bo")
    qtbot.waitUntil(lambda: titles() == ["Hội nghị Ban Chấp hành Đảng bộ"])
    window.meetings.search.clear()
    qtbot.waitUntil(lambda: window.meetings.model.rowCount() == 3)
    # Back in the list, selected again.
    qtbot.waitUntil(lambda: window.meetings.current_id() == open_one.id)
    assert window.meeting_id == open_one.id


@pytest.mark.parametrize("by", ["button", "menu"])
def test_delete_asks_the_same_way_from_the_pane_and_the_menu_and_undo_restores(
    qtbot, make_window, services, sample_id, by
) -> None:
    before = services.meetings.record(sample_id)
    window = make_window()
    asked: list[str] = []
    answer = {"yes": False}

    def ask(title: str) -> bool:
        asked.append(title)
        return answer["yes"]

    window.meetings.ask = ask
    press = window.meetings.delete_button.click if by == "button" else window.delete_action.trigger
    press()
    settle(window.ops)
    assert services.meetings.count() == 1 and asked == [before.meeting.title]
    answer["yes"] = True
    press()
    settle(window.ops)
    assert services.meetings.count() == 0 and len(asked) == 2
    assert window.meeting_id is None
    assert window.undo.stack.undoText() == f"Xóa cuộc họp “{before.meeting.title}”"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window.ops)
    assert services.meetings.count() == 1
    restored = services.meetings.record(services.meetings.list()[0].id)
    assert restored.meeting.title == before.meeting.title
    assert len(restored.entries) == len(before.entries)
    assert [a.full_name for a in restored.attendance] == [a.full_name for a in before.attendance]
    window.undo.redo()
    settle(window.ops)
    assert services.meetings.count() == 0


def test_one_undo_stack_undoes_the_last_change_whatever_the_tab(
    qtbot, make_window, services, meeting_id
) -> None:
    window = make_window()
    window.show_tab(AGENDA)
    settle(window.ops)
    type_text(window.agenda.title, "Thảo luận")
    qtbot.keyClick(window.agenda.title, Qt.Key.Key_Return)
    settle(window.ops)
    window.agenda.view.setFocus()
    window.agenda.view.setCurrentIndex(window.agenda.model.index(0, 0))
    qtbot.keyClick(window.agenda.view, Qt.Key.Key_Delete)
    settle(window.ops)
    assert services.agenda.list(meeting_id) == []
    # An entry on the Proceedings tab is the last change: Ctrl+Z undoes it, not the agenda.
    window.show_tab(PROCEEDINGS)
    settle(window.ops)
    box = window.proceedings.bar.text
    type_text(box, "Ý kiến thứ nhất")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # at once
    settle(window.ops)
    assert services.entries.list(meeting_id) == []
    assert window.proceedings.model.rowCount() == 0
    assert window.undo_action.text() == "&Hoàn tác: Xóa mục “Thảo luận”"
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window.ops)
    assert [g.title for g in services.agenda.list(meeting_id)] == ["Thảo luận"]
    qtbot.keyClick(
        box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(window.ops)
    assert services.agenda.list(meeting_id) == []
    qtbot.keyClick(box, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle(window.ops)
    assert [e.text for e in services.entries.list(meeting_id)] == ["Ý kiến thứ nhất"]


def test_meeting_menu_goes_to_the_proceedings_tab(make_window, sample_id, monkeypatch) -> None:
    window = make_window()
    calls: list[str] = []
    for name in ("start_meeting", "end_meeting", "next_agenda_item", "previous_agenda_item"):
        monkeypatch.setattr(window.proceedings, name, lambda n=name: calls.append(n))
    window.start_action.trigger()
    window.end_action.trigger()
    window.next_action.trigger()
    window.prev_action.trigger()
    assert calls == ["start_meeting", "end_meeting", "next_agenda_item", "previous_agenda_item"]
    assert window.tabs.currentWidget() is window.proceedings
    assert window.next_action.shortcut().toString() == "Ctrl+PgDown"


def test_settings_are_remembered_by_the_next_window(
    qtbot, make_window, services, sample_id, settings
) -> None:
    other = services.meetings.create("Họp chi bộ", planned_start=dt.datetime(2020, 1, 1, 8, 0))
    window = make_window()
    window.meetings.select(other.id)
    window.tabs.setCurrentIndex(AGENDA)
    settle(window.ops)
    window.splitter.setSizes([230, 1046])
    left = window.splitter.sizes()[0]
    window.close()
    assert settings.value("main/geometry") is not None
    again = make_window()
    qtbot.waitUntil(lambda: again.meeting_id == other.id)
    assert again.tabs.currentIndex() == AGENDA
    # The offscreen screen is small and clamps the restored geometry; widen it back.
    again.resize(1280, 720)
    qtbot.waitUntil(lambda: again.width() == 1280)
    assert again.splitter.sizes()[0] == left


def test_paging_loads_the_list_a_page_at_a_time(make_window, services) -> None:
    for i in range(230):
        services.meetings.create(f"Cuộc họp {i}")
    window = make_window()
    model = window.meetings.model
    assert model.rowCount() in (200, 230)  # the view may ask for the next page itself
    while model.canFetchMore() or model.loading:
        model.fetchMore()
        settle(window.ops)
    assert model.rowCount() == 230


@pytest.mark.skipif(
    importlib.util.find_spec("core.export.api") is None, reason="core.export is not there yet"
)
def test_export_dialog_writes_a_docx(qtbot, make_window, sample_id, tmp_path, settings) -> None:
    window = make_window()
    dialog = window.export()
    assert dialog is not None
    assert Path(dialog.path.text()).name == "BienBan-so-05-2026-11-24.docx"
    dialog.open_after.setChecked(False)
    dialog.path.setText(str(tmp_path / "out" / "bien-ban.docx"))
    (tmp_path / "out").mkdir()
    dialog.start()
    qtbot.waitUntil(
        lambda: dialog.result_path is not None or dialog.error is not None, timeout=30000
    )
    assert dialog.error is None
    out = Path(dialog.result_path)
    assert out.exists() and out.stat().st_size > 0
    assert settings.value("export/folder") == str(tmp_path / "out")
    dialog.close()
    again = window.export()
    assert Path(again.path.text()).parent == tmp_path / "out"
    again.close()


def test_hidden_tabs_load_the_meeting_when_first_shown(make_window, sample_id) -> None:
    window = make_window()
    window.show_tab(DETAILS)
    window.open_meeting(None)
    window.open_meeting(sample_id)
    settle(window.ops)
    assert window.proceedings.model.rowCount() == 0  # not on screen: not loaded yet
    window.show_tab(PROCEEDINGS)
    settle(window.ops)
    assert window.proceedings.model.rowCount() == 14
