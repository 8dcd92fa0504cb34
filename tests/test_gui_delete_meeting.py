"""The dialog for a meeting with signed minutes: archive it, or export every revision and
delete it after a second, explicit confirmation; undo of an ordinary delete keeps the id."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from core.errors import NotFoundError
from core.services import Services
from gui import delete_meeting_dialog as dd
from gui.operations import Ops
from tests.gui_helpers import settle


@pytest.fixture
def signed(services: Services, sample_id: int) -> int:
    services.revisions.finalize(sample_id)
    return sample_id


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(dd, "show_error", lambda _p, message: said.append(message))
    monkeypatch.setattr(dd, "show_done", lambda _p, files: said.append(f"done {len(files)}"))
    return said


def _answers(monkeypatch, choice, folder, confirm) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dd, "ask_archive_or_delete", lambda _p, _t, _n: choice)
    monkeypatch.setattr(dd, "ask_folder", lambda _p: folder)
    monkeypatch.setattr(dd, "confirm_delete", lambda _p, _t, _n, _f: confirm)


def _delete(ops: Ops, meeting_id: int) -> dd.Outcome | None:
    """The whole exchange through the operations layer; what it did, or None."""
    done: list[dd.Outcome] = []
    dd.delete_signed_meeting(None, ops, meeting_id, "Họp", 1, done.append)
    settle(ops)
    return done[0] if done else None


def test_archive_instead(qtbot, services, ops, signed, shown, monkeypatch, tmp_path) -> None:
    _answers(monkeypatch, dd.ARCHIVE, None, False)
    assert _delete(ops, signed) == dd.Outcome(dd.ARCHIVED, signed)
    assert services.meetings.list() == []
    assert services.meetings.revision_count(signed) == 1


def test_export_then_delete(qtbot, services, ops, signed, shown, monkeypatch, tmp_path) -> None:
    _answers(monkeypatch, dd.CONTINUE, tmp_path, True)
    outcome = _delete(ops, signed)
    assert outcome is not None and outcome.action == dd.DELETED
    assert len(outcome.files) == 1 and zipfile.is_zipfile(outcome.files[0])
    assert shown == ["done 1"]
    with pytest.raises(NotFoundError):
        services.meetings.get(signed)


@pytest.mark.parametrize(
    ("choice", "folder", "confirm"),
    [(None, None, True), (dd.CONTINUE, None, True), (dd.CONTINUE, Path("/tmp"), False)],
)
def test_any_no_keeps_everything(
    qtbot, services, ops, signed, shown, monkeypatch, choice, folder, confirm
) -> None:
    _answers(monkeypatch, choice, folder, confirm)
    assert _delete(ops, signed) is None
    assert services.meetings.revision_count(signed) == 1 and shown == []


def test_a_failed_export_deletes_nothing_and_says_why(
    qtbot, services, ops, signed, shown, monkeypatch, tmp_path
) -> None:
    _answers(monkeypatch, dd.CONTINUE, tmp_path / "gone", True)
    assert _delete(ops, signed) is None
    assert "không tồn tại" in shown[0] and "does not" not in shown[0]  # the window's language
    assert services.meetings.revision_count(signed) == 1


def test_the_second_question_needs_the_box_ticked(qtbot, monkeypatch, tmp_path) -> None:
    seen: dict[str, bool] = {}

    def answer(box: QMessageBox) -> int:
        delete = next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        )
        seen["disabled at first"] = not delete.isEnabled()
        box.checkBox().setChecked(True)
        seen["enabled once ticked"] = delete.isEnabled()
        delete.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert dd.confirm_delete(None, "Họp", 2, tmp_path)
    assert seen == {"disabled at first": True, "enabled once ticked": True}

    def cancel(box: QMessageBox) -> int:
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    assert not dd.confirm_delete(None, "Họp", 2, tmp_path)


def test_the_first_question_offers_archive_first(qtbot, monkeypatch) -> None:
    def answer(box: QMessageBox) -> int:
        assert box.defaultButton().text() == "&Lưu trữ"
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert dd.ask_archive_or_delete(None, "Họp", 1) == dd.ARCHIVE


def test_undo_of_a_delete_brings_the_meeting_back_with_its_id(
    qtbot, services: Services, sample_id: int, tmp_path: Path, monkeypatch
) -> None:
    from gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Ops(services), settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    settle(window.ops)
    window.meetings.ask = lambda _title: True
    window.meetings.select(sample_id)
    window.meetings.view.setFocus()
    window.delete_action.trigger()
    settle(window.ops)
    assert services.meetings.count() == 0
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(window.ops)
    assert [m.id for m in services.meetings.list()] == [sample_id]
    qtbot.waitUntil(lambda: window.meeting_id == sample_id)
    window.ops.close()


def test_the_window_archives_a_signed_meeting_and_shows_it_again(
    qtbot, services: Services, signed: int, tmp_path: Path, monkeypatch
) -> None:
    from gui.main_window import MainWindow

    _answers(monkeypatch, dd.ARCHIVE, None, False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Ops(services), settings)
    qtbot.addWidget(window)
    window.show()
    settle(window.ops)
    window.meetings.select(signed)
    window.meetings.delete_button.click()
    settle(window.ops)
    assert services.meetings.list() == [] and services.meetings.revision_count(signed) == 1
    assert window.meetings.model.rowCount() == 0
    window.meetings.show_archived.setChecked(True)
    settle(window.ops)
    assert [m.id for m in window.meetings.model.rows] == [signed]
    assert window.meetings.model.index(0, 0).data().endswith("Lưu trữ")
    window.meetings.select(signed)
    window.meetings.set_archived(False)
    settle(window.ops)
    assert [m.id for m in services.meetings.list()] == [signed]
    window.undo.undo()
    settle(window.ops)
    assert services.meetings.list() == []
    window.ops.close()
