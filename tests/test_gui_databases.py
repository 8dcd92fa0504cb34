"""File > New / Open / Recent database: the switch, the title, and files that are refused."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from core.errors import DamagedDatabaseError, StorageError
from core.storage.db_files import check_openable
from core.storage.lock import InstanceLock
from core.storage.startup import open_database
from gui import app as gui_app
from gui import database_switch as ds
from gui.main_window import MainWindow
from gui.operations import Ops
from tests.gui_helpers import settle

pytest.importorskip("gui.proceedings.tab", reason="the Proceedings tab is not there yet")


def _bienban_db(path: Path, title: str) -> Path:
    opened = open_database(str(path), backup=False)
    opened.services.meetings.create(title)
    opened.close()
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def started(qtbot, tmp_path: Path):
    first = _bienban_db(tmp_path / "a" / "first.sqlite3", "Họp ở cơ sở dữ liệu thứ nhất")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened = open_database(str(first), lock=True)
    window = MainWindow(Ops(opened.services), settings)
    app = QApplication.instance()
    st = gui_app.Started(app, window, opened)
    ds.attach(st)
    window.show()
    yield st
    st.window.close()
    st.close()


def test_file_menu_has_the_database_items(started) -> None:
    texts = [a.text() for a in started.window.file_menu.actions()]
    i = texts.index("Cơ sở dữ liệu mới…")
    assert texts[i : i + 3] == ["Cơ sở dữ liệu mới…", "Mở cơ sở dữ liệu…", "Gần đây"]
    assert texts[-1] == "&Thoát"
    assert ds.recent(started.window.settings) == [str(started.opened.services.db.path)]
    assert str(started.opened.services.db.path) in started.window.windowTitle()


def test_open_another_database_swaps_the_window(qtbot, started, tmp_path: Path) -> None:
    old_window, old_path = started.window, started.opened.services.db.path
    other = _bienban_db(tmp_path / "b" / "other.sqlite3", "Họp ở cơ sở dữ liệu thứ hai")
    assert ds.switch_to(started, other)
    assert started.window is not old_window and not old_window.isVisible()
    assert started.opened.services.db.path == other.resolve()
    assert str(other.resolve()) in started.window.windowTitle()
    assert [m.title for m in started.opened.services.meetings.list()] == [
        "Họp ở cơ sở dữ liệu thứ hai"
    ]
    settle(started.window.ops)
    assert started.window.meeting_id == started.opened.services.meetings.list()[0].id
    # The first database was closed: its lock is free again.
    with InstanceLock(old_path):
        pass
    assert ds.recent(started.window.settings)[:2] == [str(other.resolve()), str(old_path)]
    # The new window has the items too, and "Gần đây" offers the first database.
    menu = started.window.database_actions[2]
    ds._fill_recent(menu, started)
    assert [a.toolTip() for a in menu.actions()] == [str(old_path)]
    # Back again through the recent list.
    assert ds.open_recent(started, str(old_path))
    assert started.opened.services.db.path == old_path


def test_new_database_is_created_and_opened(qtbot, started, tmp_path, monkeypatch) -> None:
    target = tmp_path / "c" / "moi"
    target.parent.mkdir()
    monkeypatch.setattr(ds, "ask_new_path", lambda _parent: str(target))
    assert ds.new_database(started)
    made = target.with_suffix(".sqlite3")
    assert made.is_file() and started.opened.services.db.path == made.resolve()
    assert started.opened.services.meetings.count() == 0
    assert started.window.meeting_id is None


def test_new_database_never_replaces_a_file(started, tmp_path, errors) -> None:
    existing = tmp_path / "notes.sqlite3"
    existing.write_bytes(b"do not touch")
    window = started.window
    assert not ds.switch_to(started, existing, create=True)
    assert "Đã có tệp notes.sqlite3" in errors[0] and "already" not in errors[0]
    assert existing.read_bytes() == b"do not touch" and started.window is window


def test_opening_a_word_document_changes_nothing(qtbot, started, tmp_path, errors) -> None:
    from docx import Document

    folder = tmp_path / "docs"
    folder.mkdir()
    doc = folder / "bien-ban.docx"
    Document().save(str(doc))
    before = _files(folder)
    window = started.window
    with pytest.raises(DamagedDatabaseError):
        check_openable(doc)
    assert not ds.switch_to(started, doc)
    assert "Word" in errors[0]
    assert _files(folder) == before  # byte-identical, and no lock or backup beside it
    assert sorted(p.name for p in folder.iterdir()) == ["bien-ban.docx"]
    assert started.window is window and window.isVisible()
    assert started.opened.services.meetings.count() == 1  # the open database still works


def test_a_foreign_sqlite_file_is_not_opened(started, tmp_path, errors) -> None:
    folder = tmp_path / "foreign"
    folder.mkdir()
    foreign = folder / "contacts.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE contact (name TEXT)")
    conn.execute("INSERT INTO contact VALUES ('Nguyễn Văn A')")
    conn.commit()
    conn.close()
    before = _files(folder)
    with pytest.raises(StorageError, match="not a BienBan database"):
        check_openable(foreign)
    assert not ds.switch_to(started, foreign)
    assert "không phải cơ sở dữ liệu BienBan" in errors[0]  # the window's language only
    assert _files(folder) == before


def test_a_damaged_database_is_not_opened(started, tmp_path, errors) -> None:
    folder = tmp_path / "damaged"
    good = _bienban_db(folder / "d.sqlite3", "Họp")
    data = bytearray(good.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page's b-tree
    good.write_bytes(bytes(data))
    before = _files(folder)
    assert not ds.switch_to(started, good)
    assert "damaged" in errors[0]
    assert _files(folder) == before


def test_missing_in_use_and_same_database(started, tmp_path, errors) -> None:
    assert not ds.switch_to(started, tmp_path / "none.sqlite3")
    assert "Không tìm thấy tệp" in errors[-1] and "does not" not in errors[-1]
    assert not (tmp_path / "none.sqlite3").exists()
    busy = _bienban_db(tmp_path / "busy" / "busy.sqlite3", "Họp")
    with InstanceLock(busy):
        assert not ds.switch_to(started, busy)
    assert "đang được mở bởi BienBan khác" in errors[-1]
    window = started.window
    assert not ds.switch_to(started, started.opened.services.db.path)
    assert started.window is window
    # A recent entry whose file is gone is dropped from the list.
    ds.remember(window.settings, tmp_path / "gone.sqlite3")
    assert not ds.open_recent(started, str(tmp_path / "gone.sqlite3"))
    assert str(tmp_path / "gone.sqlite3") not in ds.recent(window.settings)


def test_start_attaches_the_switch(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    db = tmp_path / "start.sqlite3"
    st = gui_app.start(argparse.Namespace(db=str(db)))
    assert st is not None
    try:
        assert hasattr(st.window, "database_actions")
        other = _bienban_db(tmp_path / "o" / "o.sqlite3", "Khác")
        assert ds.switch_to(st, other)
        assert st.opened.services.db.path == other.resolve()
        # Logging out now saves the new window: one handler, moved over from the first.
        app = QApplication.instance()
        assert app.receivers("2commitDataRequest(QSessionManager&)") == 1
        app.commitDataRequest.disconnect()
    finally:
        st.window.close()
        st.opened.close()


@pytest.mark.parametrize("name", ["Họp 100% đủ?.sqlite3", "a?x.sqlite3", "số #1 %41.sqlite3"])
def test_open_and_recent_take_any_file_name(qtbot, started, tmp_path, monkeypatch, name) -> None:
    folder = tmp_path / "c"
    target = _bienban_db(folder / name, "Họp trong tệp tên lạ")
    decoy = _bienban_db(folder / "a?y.sqlite3", "Họp ở tệp khác")
    monkeypatch.setattr(ds, "ask_open_path", lambda _parent: str(target))
    assert ds.open_database_file(started)
    assert started.opened.services.db.path == target
    assert [m.title for m in started.opened.services.meetings.list()] == ["Họp trong tệp tên lạ"]
    assert ds.open_recent(started, str(decoy))
    assert ds.recent(started.window.settings)[:2] == [str(decoy), str(target)]
    assert ds.open_recent(started, str(target))
    assert started.opened.services.db.path == target
    assert [m.title for m in started.opened.services.meetings.list()] == ["Họp trong tệp tên lạ"]
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".sqlite3") == sorted(
        {name, "a?y.sqlite3"}
    )
