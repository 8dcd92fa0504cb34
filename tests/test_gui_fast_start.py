"""The window shows before SQLAlchemy loads; the services follow from a thread beside it."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import core.storage.migrate
from core.errors import StorageError
from core.storage.integrity import untouched_since_clean_close
from core.storage.lock import InstanceLock
from core.storage.migrate import upgrade_to
from core.storage.startup import open_database
from gui import app as gui_app
from gui import startup_dialogs
from gui.app import Started
from gui.loader import DeferredServices
from tests.gui_helpers import settle, start_window_process

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[int]]:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    db = tmp_path / "a.sqlite3"
    opened = open_database(str(db))
    ids = [opened.services.add_sample() for _ in range(3)]
    opened.close()
    return db, ids


@pytest.fixture
def last_meeting() -> int:
    """The meeting open when BienBan was last closed (0: none)."""
    return 0


@pytest.fixture
def started(archive: tuple[Path, list[int]], last_meeting: int, qtbot: object) -> Iterator[Started]:
    QSettings().setValue("main/last_meeting", last_meeting)
    QSettings().setValue("main/tab", 0)  # Details: the tab these tests look at
    s = gui_app.start(argparse.Namespace(db=str(archive[0])))
    assert s is not None
    yield s
    _unhook()
    s.window.close()
    s.close()


def _unhook() -> None:
    """Undo what start() connected to the application, which outlives each test."""
    QApplication.instance().commitDataRequest.disconnect()


def _loaded(qtbot: object, started: Started) -> None:
    assert started.loading is not None
    qtbot.waitUntil(lambda: started.loading.loader.done, timeout=30_000)  # type: ignore[attr-defined]
    QApplication.processEvents()
    settle(started.window.ops)


def test_window_is_up_before_sqlalchemy_is_imported(archive: tuple[Path, list[int]]) -> None:
    # A fresh process: this test process has imported SQLAlchemy long ago.
    probe = (
        "import argparse, json, sys\n"
        "from gui.app import start\n"
        f"s = start(argparse.Namespace(db={str(archive[0])!r}))\n"
        "shown = s.window.isVisible()\n"
        "rows = s.window.meetings.model.rowCount()\n"
        "early = sorted(m for m in ('sqlalchemy', 'sqlalchemy.orm', 'docx', 'alembic')"
        " if m in sys.modules)\n"
        "s.opened.services.meetings.count()\n"
        "print(json.dumps({'shown': shown, 'rows': rows, 'early': early,"
        " 'later': 'sqlalchemy.orm' in sys.modules}))\n"
        "s.window.close(); s.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(archive[0].parent)}
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen == {"shown": True, "rows": 3, "early": [], "later": True}


def test_newest_meeting_opens_once_the_services_are_loaded(
    qtbot: object, started: Started, archive: tuple[Path, list[int]]
) -> None:
    window = started.window
    assert isinstance(window.services, DeferredServices)
    assert [m.id for m in window.meetings.model.rows] == archive[1][::-1]
    _loaded(qtbot, started)
    assert window.meeting_id == archive[1][-1]
    assert window.details.edits["title"].text()
    assert window.meetings.model.glance is None  # later pages come from the services
    assert window.export_action.isEnabled()


@pytest.mark.parametrize("last_meeting", [1])
def test_meeting_open_at_the_last_close_opens_again(
    qtbot: object, started: Started, archive: tuple[Path, list[int]]
) -> None:
    assert archive[1][0] == 1
    assert started.window.meetings.current_id() == 1
    _loaded(qtbot, started)
    assert started.window.meeting_id == 1


def test_meeting_chosen_while_loading_is_the_one_opened(
    qtbot: object, started: Started, archive: tuple[Path, list[int]]
) -> None:
    assert started.loading is not None and not started.loading.loader.done
    oldest = archive[1][0]
    assert started.window.meetings.select(oldest)
    assert started.window.meeting_id is None  # not yet: the click did not freeze the window
    _loaded(qtbot, started)
    assert started.window.meeting_id == oldest


def test_using_the_services_early_waits_for_them(
    started: Started, archive: tuple[Path, list[int]]
) -> None:
    # What a menu command does in the first half second: it waits, then works.
    assert started.window.services.meetings.count() == 3
    started.window.open_meeting(archive[1][0])
    settle(started.window.ops)
    assert started.window.details.meeting is not None
    assert started.window.details.meeting.id == archive[1][0]


def test_quitting_while_loading_closes_the_database_cleanly(
    qtbot: object, archive: tuple[Path, list[int]]
) -> None:
    db = archive[0]
    s = gui_app.start(argparse.Namespace(db=str(db)))
    assert s is not None
    _unhook()
    s.window.close()
    s.close()
    assert untouched_since_clean_close(db)
    with InstanceLock(db):  # released: another BienBan may take it
        pass


def test_a_failure_while_loading_is_shown_and_releases_the_file(
    qtbot: object, archive: tuple[Path, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_a: object, **_k: object) -> object:
        raise StorageError("Ổ đĩa lỗi khi mở. / A disk error while opening.")

    shown: list[str] = []
    holder: list[Started] = []

    def show_error(message: str) -> None:
        # The window is gone before the message: nothing behind it asks for a page.
        assert not holder[0].window.isVisible()
        shown.append(message)

    monkeypatch.setattr(core.storage.migrate, "migrate", broken)  # inside connect(), in the thread
    monkeypatch.setattr(gui_app, "show_error", show_error)
    s = gui_app.start(argparse.Namespace(db=str(archive[0])))
    assert s is not None
    holder.append(s)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)  # type: ignore[attr-defined]
    assert "disk error" in shown[0]
    assert not s.window.isVisible()
    _unhook()
    s.close()
    with InstanceLock(archive[0]):
        pass
    assert startup_dialogs is not None


def test_an_older_schema_takes_the_ordinary_road_and_is_migrated(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.storage.database import Database
    from core.storage.locations import resolve_url

    monkeypatch.setenv("HOME", str(tmp_path))
    db = tmp_path / "old.sqlite3"
    old = Database(resolve_url(str(db)))
    upgrade_to(old, "0002")
    old.dispose()
    s = gui_app.start(argparse.Namespace(db=str(db)))
    assert s is not None and s.loading is None
    assert s.opened.services.meetings.count() == 0
    _unhook()
    s.window.close()
    s.close()


def test_a_glance_that_fails_hands_the_list_to_the_services(
    started: Started, archive: tuple[Path, list[int]]
) -> None:
    assert started.loading is not None
    started.loading.glance.close()  # any sqlite3 error from here on
    model = started.window.meetings.model
    model.reload()
    settle(started.window.ops)
    assert [m.id for m in model.rows] == archive[1][::-1]
    assert model.glance is None


@pytest.mark.posix("SIGTERM and SIGKILL")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGKILL"])
@pytest.mark.parametrize("after", [0.0, 0.15, 0.3])  # building the window, loading, loaded
def test_stopped_during_start_up_the_archive_opens_again_whole(
    archive: tuple[Path, list[int]], signame: str, after: float
) -> None:
    sig = getattr(signal, signame)
    db = archive[0]
    proc = start_window_process(db, home=db.parent)
    time.sleep(after)  # from the moment the file is locked and checked
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"{sig.name} {after} s into start-up did not end the program")
    if sig == signal.SIGTERM:
        assert proc.returncode == 0, err
        assert untouched_since_clean_close(db)
    opened = open_database(str(db), lock=True)  # a stale lock is taken over
    try:
        assert opened.services.meetings.count() == 3
    finally:
        opened.close()
