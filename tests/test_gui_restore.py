"""File > Restore from a backup: the chosen backup replaces the database, the window reopens."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from core.storage.backup import list_backups
from core.storage.startup import open_database
from gui import app as gui_app
from gui.restore_dialog import RestoreDialog, restore_from_backup


def test_restore_from_the_window(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    db = tmp_path / "a.sqlite3"
    opened = open_database(str(db))
    opened.services.meetings.create("Cuộc họp có trong bản sao lưu")
    opened.close()
    open_database(str(db)).close()  # takes the backup
    assert len(list_backups(db)) == 1
    started = gui_app.start(argparse.Namespace(db=str(db)))
    assert started is not None
    started.opened.services.meetings.create("Cuộc họp tạo sau bản sao lưu")
    assert started.opened.services.meetings.count() == 2

    monkeypatch.setattr(RestoreDialog, "exec", lambda self: RestoreDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    first_window = started.window
    assert restore_from_backup(started)
    assert started.window is not first_window
    titles = [m.title for m in started.opened.services.meetings.list()]
    assert titles == ["Cuộc họp có trong bản sao lưu"]
    kept = [p for p in tmp_path.iterdir() if ".replaced-" in p.name and p.suffix != ".lock"]
    assert kept
    assert started.opened.lock is not None and started.opened.lock.holder() is not None
    QApplication.instance().aboutToQuit.disconnect()
    QApplication.instance().commitDataRequest.disconnect()
    started.window.close()
    started.opened.close()
