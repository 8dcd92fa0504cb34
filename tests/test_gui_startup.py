"""Opening the window's database: damaged file offers a backup, a second instance is told."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from core.storage.backup import list_backups
from core.storage.lock import InstanceLock
from core.storage.startup import OpenDatabase, open_database
from gui import app as gui_app
from gui import startup_dialogs
from gui.crash import crash_report
from gui.loader import Loading
from tests.gui_helpers import start_window_process


def _db_with_backup(db: Path) -> None:
    opened = open_database(str(db))
    opened.services.add_sample()
    opened.close()
    open_database(str(db)).close()
    assert list_backups(db)


def _finished(opened: OpenDatabase | Loading | None) -> OpenDatabase:
    """The database _open gave, once its services have loaded (the fast road loads them late)."""
    assert opened is not None
    if isinstance(opened, Loading):
        opened.glance.close()
        return opened.loader.wait()
    return opened


def test_damaged_database_offers_restore_and_opens(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.sqlite3"
    _db_with_backup(db)
    db.write_bytes(b"PK\x03\x04 a Word document, not minutes" * 50)
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    opened = _finished(gui_app._open(str(db)))
    assert "Word" in asked[0]
    assert opened.services.meetings.count() == 1
    opened.close()
    assert any(".replaced-" in p.name for p in tmp_path.iterdir())


def test_damaged_database_declined_is_left_alone(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.sqlite3"
    _db_with_backup(db)
    db.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert gui_app._open(str(db)) is None
    assert db.read_bytes() == b"garbage" * 1000


def test_second_instance_is_told_who_holds_the_database(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.sqlite3"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    with InstanceLock(db):
        assert gui_app._open(str(db)) is None
    assert str(os.getpid()) in shown[0]
    assert startup_dialogs is not None


def test_crash_report_names_the_place_not_the_content() -> None:
    secret = "Nội dung mật của cuộc họp"
    try:
        raise ValueError(secret)
    except ValueError as exc:
        report = crash_report(type(exc), exc.__traceback__)
    assert "ValueError" in report
    assert "test_gui_startup.py" in report
    assert secret not in report


@pytest.mark.posix("SIGTERM (Windows ends a process without letting it clean up)")
def test_sigterm_closes_the_window_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    proc = start_window_process(db, home=tmp_path)
    lock = InstanceLock(db)
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert (tmp_path / "a.sqlite3.clean").exists()  # closed through the normal path
    lock.acquire()  # and the lock was released
    lock.release()


def test_quitting_saves_text_still_being_typed(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from PySide6.QtWidgets import QApplication

    from gui.main_window import PROCEEDINGS
    from tests.gui_helpers import settle, type_text

    monkeypatch.setenv("HOME", str(tmp_path))
    db = tmp_path / "a.sqlite3"
    opened = open_database(str(db))
    mid = opened.services.add_sample()
    opened.close()
    started = gui_app.start(argparse.Namespace(db=str(db)))
    assert started is not None
    window = started.window
    window.open_meeting(mid)
    window.show_tab(PROCEEDINGS)
    settle(window.ops)
    type_text(window.proceedings.bar.text, "Câu đang gõ dở khi tắt máy")
    assert window.proceedings.draft.is_dirty()  # not sent yet
    # What quit, SIGTERM and logout all end in: saved, nothing asked.
    assert window.may_close(ask=False)
    assert started.opened.services.drafts.get(mid).text == "Câu đang gõ dở khi tắt máy"
    QApplication.instance().commitDataRequest.disconnect()
    window.close()
    started.close()


def test_start_up_backup_runs_beside_the_window(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from PySide6.QtWidgets import QApplication

    monkeypatch.setenv("HOME", str(tmp_path))
    db = tmp_path / "a.sqlite3"
    opened = open_database(str(db))
    opened.services.add_sample()
    opened.close()
    assert list_backups(db) == []
    started = gui_app.start(argparse.Namespace(db=str(db)))
    assert started is not None and started.backup is not None
    started.backup.join(30)
    assert len(list_backups(db)) == 1
    QApplication.instance().commitDataRequest.disconnect()
    started.window.close()
    started.close()
