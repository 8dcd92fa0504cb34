"""Finalize and reopen from the menu: read-only tabs, banners, list marker, revisions dialog."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from core.importers.meeting_io import record_to_dict
from core.operations.changes import Changes, Part
from core.services import Services
from gui.main_window import AGENDA, ATTENDANCE, CONCLUSION, DETAILS, MainWindow
from gui.operations import Ops
from tests.gui_helpers import settle, type_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def window(qtbot, services: Services, sample_id: int, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Ops(services), settings)
    qtbot.addWidget(w)
    w.show()
    settle(w.ops)
    assert w.meeting_id == sample_id
    yield w
    w.ops.close()


def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_finalize_makes_every_tab_read_only(
    qtbot, window: MainWindow, services: Services, sample_id: int, monkeypatch
) -> None:
    menu = window.revisions_menu
    assert menu.finalize_action.isEnabled() and not menu.reopen_action.isEnabled()
    yes(monkeypatch)
    menu.finalize_action.trigger()
    settle(window.ops)
    assert services.meetings.get(sample_id).status == "finalized"
    assert not menu.finalize_action.isEnabled() and menu.reopen_action.isEnabled()
    before = record_to_dict(services.meetings.record(sample_id))
    for index in (DETAILS, ATTENDANCE, AGENDA, CONCLUSION):
        window.show_tab(index)
        settle(window.ops)
        page = window.pages[index]
        banner = page.findChild(type(window.save_label), "revisionBanner")
        assert banner is not None and banner.isVisible() and "bản 1" in banner.text()
    assert window.details.edits["title"].isReadOnly()
    assert not window.details.profile.isEnabled()
    assert window.conclusion.findChildren(type(window.details.documents))[0].isReadOnly()
    for tab in (window.attendance, window.agenda, window.conclusion):
        assert tab.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    # Roll call keys, Delete and Alt+Down do nothing to a finalized meeting.
    window.show_tab(ATTENDANCE)
    settle(window.ops)
    window.attendance.view.setCurrentIndex(window.attendance.model.index(0, 0))
    for key, mods in (
        (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    ):
        qtbot.keyClick(window.attendance.view, key, mods)
        settle(window.ops)
    window.show_tab(AGENDA)
    settle(window.ops)
    window.agenda.view.setCurrentIndex(window.agenda.model.index(0, 0))
    qtbot.keyClick(window.agenda.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    settle(window.ops)
    qtbot.keyClick(window.agenda.view, Qt.Key.Key_Delete)
    settle(window.ops)
    assert record_to_dict(services.meetings.record(sample_id)) == before
    # Arrow keys still move around the table.
    window.agenda.view.setCurrentIndex(window.agenda.model.index(0, 0))
    qtbot.keyClick(window.agenda.view, Qt.Key.Key_Down)
    settle(window.ops)
    assert window.agenda.view.currentIndex().row() == 1


def test_refused_finalize_says_what_is_missing(
    qtbot, window: MainWindow, services: Services, monkeypatch
) -> None:
    window.new_meeting()
    settle(window.ops)
    empty = window.meeting_id
    assert empty is not None
    yes(monkeypatch)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.revisions_menu.finalize_action.trigger()
    settle(window.ops)
    assert warned and "thời gian bắt đầu" in warned[0] and "start time" not in warned[0]
    assert services.meetings.get(empty).status == "draft"
    assert services.revisions.list(empty) == []
    assert not window.details.edits["title"].isReadOnly()


def test_reopen_edit_marks_changed_then_revisions_dialog_exports_old_text(
    qtbot, window: MainWindow, services: Services, sample_id: int, monkeypatch, tmp_path: Path
) -> None:
    yes(monkeypatch)
    menu = window.revisions_menu
    menu.finalize_action.trigger()
    settle(window.ops)
    menu.reopen_action.trigger()
    settle(window.ops)
    assert services.meetings.get(sample_id).status == "draft"
    window.show_tab(DETAILS)
    settle(window.ops)
    title = window.details.edits["title"]
    assert not title.isReadOnly() and window.details.profile.isEnabled()
    title.setFocus()
    title.selectAll()
    type_text(title, "Buổi làm việc đã sửa sau khi chốt")
    window.details.flush()
    settle(window.ops)
    assert services.revisions.changed_since_finalized(sample_id)
    banner = window.details.findChild(type(window.save_label), "revisionBanner")
    assert banner.isVisible() and "Đã sửa sau khi chốt bản 1" in banner.text()
    row = window.meetings.model.row_of(sample_id)
    cell = window.meetings.model.index(row, 0)
    assert cell.data().endswith("Đã sửa")
    assert "cần chốt lại" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    window.details.grab().save(str(tmp_path / "changed.png"))

    dialog = menu.show_revisions()
    settle(window.ops)
    assert dialog is not None and dialog.model.rowCount() == 1
    assert "đã sửa sau bản chốt cuối" in dialog.state.text()
    export = dialog.export_selected()
    assert export is not None and export.windowTitle() == "Xuất bản đã chốt số 1"
    assert export.path.text().endswith("-ban-1.docx")
    export.open_after.setChecked(False)
    export.path.setText(str(tmp_path / "ban-1.docx"))
    export.start()
    qtbot.waitUntil(lambda: not export.busy(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(20_000)
    assert export.error is None, export.error
    doc = docx.Document(str(tmp_path / "ban-1.docx"))
    # The approval line ends the body, inside the block it shares with the signatures.
    ending = doc.tables[-1].rows[0].cells[0].paragraphs
    text = "\n".join(p.text for p in [*doc.paragraphs, *ending])
    assert "Buổi làm việc của Tổ biên tập" in text and "đã sửa sau khi chốt" not in text
    assert "Biên bản đã được đọc lại" in text


def test_screenshot_of_the_revisions_dialog(
    qtbot, window: MainWindow, services: Services, sample_id: int, monkeypatch
) -> None:
    yes(monkeypatch)
    menu = window.revisions_menu
    menu.finalize_action.trigger()
    settle(window.ops)
    menu.reopen_action.trigger()
    settle(window.ops)
    services.agenda.add(sample_id, "Mục bổ sung")
    window.ops.changed.emit(Changes(sample_id, frozenset(Part)), None)
    settle(window.ops)
    menu.finalize_action.trigger()
    settle(window.ops)
    menu.reopen_action.trigger()
    settle(window.ops)
    services.agenda.add(sample_id, "Mục bổ sung thứ hai")
    window.ops.changed.emit(Changes(sample_id, frozenset(Part)), None)
    settle(window.ops)
    window.resize(1280, 720)
    window.show_tab(DETAILS)
    settle(window.ops)
    dialog = menu.show_revisions()
    settle(window.ops)
    assert dialog is not None and [r.number for r in dialog.model.rows] == [1, 2]
    qtbot.waitExposed(dialog)
    # Pictures for the README only when asked (BIENBAN_SCREENSHOTS=docs/images): a test
    # run must not rewrite tracked files.
    out = Path(os.environ.get("BIENBAN_SCREENSHOTS") or tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    shot = window.grab()
    from PySide6.QtGui import QPainter

    painter = QPainter(shot)
    inner = dialog.grab()
    painter.drawPixmap(
        (shot.width() - inner.width()) // 2, (shot.height() - inner.height()) // 2, inner
    )
    painter.end()
    assert shot.save(str(out / "gui-revisions.png"))
