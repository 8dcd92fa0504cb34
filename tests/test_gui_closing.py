"""Closing, logging out and SIGTERM with text the database has not taken: never a silent loss.

Each way a save can fail (disk full, read-only file, server offline, a conflict answered
"later", an edit still open in the timeline) ends in the same choice when the window closes:
keep trying, a recovery file beside the database, or an explicit discard. Logging out and
SIGTERM write the recovery file without asking; the next start offers it back.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from core.errors import ConnectionLostError, StorageError
from core.operations import recovery
from core.services import Services, open_services
from gui import unsaved
from gui.main_window import PROCEEDINGS, MainWindow
from gui.operations import Ops
from gui.proceedings.timeline_model import TEXT
from tests.disks import fill, mount_tmpfs
from tests.gui_helpers import ROOT, settle, type_text

SPEECH = "Đề nghị Sở Tài chính bổ sung 2,5 tỷ đồng cho chuyển đổi số"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder for the recovery files of a server database."""
    home = tmp_path / "data"
    monkeypatch.setattr(unsaved, "data_dir", lambda: home)
    return home


def _window(qtbot: Any, services: Services, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("main/tab", PROCEEDINGS)
    window = MainWindow(Ops(services), settings)
    qtbot.addWidget(window)
    window.show()
    settle(window.ops)
    return window


def _failing(fault: str) -> Callable[..., Any]:
    def refuse(*_a: Any, **_k: Any) -> Any:
        if fault == "offline":
            raise ConnectionLostError("Mất kết nối / The connection was lost.")
        words = {"disk_full": "Ổ đĩa đã đầy / The disk is full", "read_only": "Chỉ đọc / Read-only"}
        raise StorageError(words[fault], fault)

    return refuse


def _unsaved_speech(
    qtbot: Any, window: MainWindow, services: Services, monkeypatch: Any, mode: str
) -> None:
    """Put SPEECH on screen in a state the database does not have, the *mode* way."""
    tab = window.proceedings
    mid = window.meeting_id
    assert mid is not None
    if mode in ("disk_full", "read_only", "offline"):
        for name in ("add", "update"):
            monkeypatch.setattr(services.entries, name, _failing(mode))
        monkeypatch.setattr(services.drafts, "save", _failing(mode))
        type_text(tab.bar.text, SPEECH)
        qtbot.keyClick(tab.bar.text, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.ops.failure() is not None)
    elif mode == "conflict_later":
        entry = services.entries.add(mid, "opinion", "Văn bản ban đầu")
        tab.set_meeting(None)
        tab.set_meeting(mid)
        settle(window.ops)
        services.entries.update(entry.id, text="Văn bản máy khác sửa")
        tab.ask_conflict = lambda _p, _w, _m, _t, answer: answer(unsaved_choice_later())
        tab.model.setData(tab.model.index(tab.model.row_of(entry.id), TEXT), SPEECH)
        assert not window.ops.drain(3)
    elif mode == "open_editor":
        entry = services.entries.add(mid, "opinion", "Văn bản ban đầu")
        tab.set_meeting(None)
        tab.set_meeting(mid)
        settle(window.ops)
        monkeypatch.setattr(services.entries, "update", _failing("disk_full"))
        view = tab.view
        view.setFocus()
        view.setCurrentIndex(tab.model.index(tab.model.row_of(entry.id), TEXT))
        qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = view.indexWidget(view.currentIndex())
        assert editor is not None
        editor.selectAll()  # type: ignore[attr-defined]
        type_text(editor, SPEECH)  # typed in place, the editor still open
    else:
        raise AssertionError(mode)


def unsaved_choice_later() -> Any:
    from gui.conflict_dialog import Choice

    return Choice.LATER


MODES = ["disk_full", "read_only", "offline", "conflict_later", "open_editor"]


@pytest.mark.parametrize("mode", MODES)
def test_closing_with_unsaved_text_asks_and_the_recovery_file_is_offered_back(
    qtbot: Any,
    services: Services,
    sample_id: int,
    tmp_path: Path,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
) -> None:
    window = _window(qtbot, services, tmp_path)
    _unsaved_speech(qtbot, window, services, monkeypatch, mode)
    asked: list[tuple[list[str], str]] = []
    answers = iter([unsaved.Answer.KEEP_TRYING, unsaved.Answer.SAVE_FILE])

    def ask(items: list[Any], reason: str, _parent: Any) -> unsaved.Answer:
        asked.append(([u.label for u in items], reason))
        return next(answers)

    monkeypatch.setattr(unsaved, "ask", ask)
    monkeypatch.setattr("gui.main_window.QMessageBox.information", lambda *a, **k: None)
    monkeypatch.setattr("gui.main_window.CLOSE_WAIT_S", 0.5)
    # "Keep trying": the window stays.
    assert not window.close()
    assert window.isVisible() and len(asked) == 1 and asked[0][0]
    # "Save to a recovery file": it closes, and the file holds the text in words.
    assert window.close()
    window.ops.close()
    files = recovery.find(services.db.path, services.db.display, data_home)
    assert len(files) == 1 and files[0].parent == services.db.path.parent
    assert SPEECH in files[0].read_text(encoding="utf-8")
    assert oct(files[0].stat().st_mode & 0o777) == "0o600"
    monkeypatch.undo()  # the database takes writes again

    # The next start offers it back; restoring puts the text in the database, once.
    again = _window(qtbot, services, tmp_path)
    offered: list[list[str]] = []
    monkeypatch.setattr(
        unsaved,
        "ask_restore",
        lambda _p, items, _w: offered.append([i.label for i in items]) or True,
    )
    monkeypatch.setattr(unsaved, "data_dir", lambda: data_home)
    unsaved.offer_recovered(again.ops, services.db.path, services.db.display, again)
    settle(again.ops)
    texts = [e.text for e in services.entries.list(sample_id)]
    assert texts.count(SPEECH) == 1 and len(offered) == 1
    assert recovery.find(services.db.path, services.db.display, data_home) == []
    unsaved.offer_recovered(again.ops, services.db.path, services.db.display, again)
    settle(again.ops)
    assert [e.text for e in services.entries.list(sample_id)].count(SPEECH) == 1
    again.close()
    again.ops.close()


def test_discarding_is_explicit_and_leaves_no_file(
    qtbot: Any,
    services: Services,
    sample_id: int,
    tmp_path: Path,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, services, tmp_path)
    _unsaved_speech(qtbot, window, services, monkeypatch, "disk_full")
    monkeypatch.setattr(unsaved, "ask", lambda *_a: unsaved.Answer.DISCARD)
    monkeypatch.setattr("gui.main_window.CLOSE_WAIT_S", 0.5)
    assert window.close()
    window.ops.close()
    assert recovery.find(services.db.path, services.db.display, data_home) == []


@pytest.mark.parametrize("mode", MODES)
def test_logging_out_keeps_unsaved_text_in_a_recovery_file_without_asking(
    qtbot: Any,
    services: Services,
    sample_id: int,
    tmp_path: Path,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
) -> None:
    window = _window(qtbot, services, tmp_path)
    _unsaved_speech(qtbot, window, services, monkeypatch, mode)
    monkeypatch.setattr(unsaved, "ask", lambda *_a: pytest.fail("logging out never asks"))
    monkeypatch.setattr("gui.main_window.CLOSE_WAIT_S", 0.5)
    assert window.may_close(ask=False)  # what the session manager's request runs
    window.ops.close()
    (found,) = recovery.find(services.db.path, services.db.display, data_home)
    assert SPEECH in found.read_text(encoding="utf-8")


def test_saved_text_closes_without_a_question_and_no_file(
    qtbot: Any,
    services: Services,
    sample_id: int,
    tmp_path: Path,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, services, tmp_path)
    monkeypatch.setattr(unsaved, "ask", lambda *_a: pytest.fail("nothing to ask"))
    type_text(window.proceedings.bar.text, SPEECH)  # not sent yet: closing sends it
    assert window.close()
    window.ops.close()
    assert services.drafts.get(sample_id).text == SPEECH
    assert recovery.find(services.db.path, services.db.display, data_home) == []


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "disk"
    if not mount_tmpfs(where, "3m"):
        pytest.skip("needs root and mount(8) to make a real 3 MB filesystem")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_on_a_really_full_disk_the_recovery_file_goes_to_the_data_folder(
    qtbot: Any,
    tiny_disk: Path,
    tmp_path: Path,
    data_home: Path,
) -> None:
    services = open_services(str(tiny_disk / "a.sqlite3"))
    mid = services.add_sample()
    window = _window(qtbot, services, tmp_path)
    window.open_meeting(mid)
    settle(window.ops)
    filler = fill(tiny_disk)
    type_text(window.proceedings.bar.text, SPEECH * 40)  # more than the last free pages
    qtbot.keyClick(window.proceedings.bar.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ops.failure() is not None, timeout=10_000)
    assert "đầy" in (window.ops.failure().message or "")
    assert window.may_close(ask=False)
    window.ops.close()
    files = recovery.find(services.db.path, services.db.display, data_home)
    assert len(files) == 1, [(f, f.read_text(encoding="utf-8")[:300]) for f in files]
    (found,) = files
    assert found.parent == data_home / "recovery"  # the database's own folder is full
    assert SPEECH in found.read_text(encoding="utf-8")
    filler.unlink()
    services.db.dispose()


DRIVER = """
import sys, time
from PySide6.QtCore import QTimer
from gui import app as gui_app
from core.errors import StorageError

started = gui_app.start(__import__("argparse").Namespace(db=sys.argv[1]))
window = started.window
services = window.services

def refuse(*a, **k):
    raise StorageError("Ổ đĩa đã đầy / The disk is full", "disk_full")

def begin():
    if window.proceedings.model.rowCount() == 0 or not window.ops.all_saved():
        QTimer.singleShot(100, begin)  # the meeting is still opening
        return
    for name in ("add", "update"):
        setattr(services.entries, name, refuse)
    services.drafts.save = refuse
    from tests.gui_helpers import type_text
    type_text(window.proceedings.bar.text, sys.argv[2])
    print("typed", flush=True)

QTimer.singleShot(100, begin)
signals = gui_app._QuitOnSignals()
signals.wake_up()
try:
    started.app.exec()
finally:
    signals.stop()
    window.may_close(ask=False)
    started.close()
"""


def test_sigterm_with_unsaved_text_writes_the_recovery_file(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    services = open_services(str(db))
    mid = services.add_sample()
    services.db.dispose()
    settings = tmp_path / "config"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(settings),
        "PYTHONPATH": str(ROOT),
    }
    ini = settings / "BienBan" / "BienBan.conf"
    ini.parent.mkdir(parents=True)
    ini.write_text(f"[main]\nlast_meeting={mid}\ntab={PROCEEDINGS}\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(DRIVER), str(db), SPEECH],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "typed", proc.stderr.read() if proc.stderr else ""
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    files = recovery.find(db, str(db), tmp_path)
    assert len(files) == 1, err
    assert SPEECH in files[0].read_text(encoding="utf-8")


def test_while_saves_fail_a_recovery_file_is_kept_up_to_date_and_removed_after(
    qtbot: Any,
    services: Services,
    sample_id: int,
    tmp_path: Path,
    data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, services, tmp_path)
    real = services.drafts.save
    monkeypatch.setattr(services.drafts, "save", _failing("disk_full"))
    type_text(window.proceedings.bar.text, SPEECH)
    qtbot.waitUntil(lambda: window.ops.failure() is not None)
    window.journal.update()  # what its timer does every two seconds
    (kept,) = recovery.find(services.db.path, services.db.display, data_home)
    assert SPEECH in kept.read_text(encoding="utf-8")
    type_text(window.proceedings.bar.text, " thêm")
    qtbot.wait(400)
    window.journal.update()
    (kept,) = recovery.find(services.db.path, services.db.display, data_home)
    assert SPEECH + " thêm" in kept.read_text(encoding="utf-8")
    monkeypatch.setattr(services.drafts, "save", real)
    settle(window.ops)
    assert recovery.find(services.db.path, services.db.display, data_home) == []
    assert services.drafts.get(sample_id).text == SPEECH + " thêm"
    window.close()
    window.ops.close()


def test_killed_during_an_outage_the_text_is_in_the_recovery_file(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    services = open_services(str(db))
    mid = services.add_sample()
    services.db.dispose()
    settings = tmp_path / "config"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(settings),
        "PYTHONPATH": str(ROOT),
    }
    ini = settings / "BienBan" / "BienBan.conf"
    ini.parent.mkdir(parents=True)
    ini.write_text(f"[main]\nlast_meeting={mid}\ntab={PROCEEDINGS}\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(DRIVER), str(db), SPEECH],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "typed"
    deadline = time.monotonic() + 30
    while not recovery.find(db, str(db), tmp_path) and time.monotonic() < deadline:
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    (kept,) = recovery.find(db, str(db), tmp_path)
    assert SPEECH in kept.read_text(encoding="utf-8")
