"""Automatic backups: taken with the backup API when data changed, rotated, restorable."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from core.errors import StorageError
from core.storage.backup import (
    backup_dir_for,
    backup_if_changed,
    list_backups,
    restore,
    rotate,
)
from core.storage.startup import open_database
from tests.modes import owner_only


def _titles(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT title FROM meeting ORDER BY id")]


def test_backup_at_start_only_when_data_changed(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    opened = open_database(str(db))  # new, empty file: nothing to back up
    opened.services.meetings.create("Họp lần một")
    opened.close()
    opened = open_database(str(db))
    opened.close()
    first = list_backups(db)
    assert len(first) == 1
    opened = open_database(str(db))  # nothing changed since: no new backup
    opened.close()
    assert len(list_backups(db)) == 1
    opened = open_database(str(db))
    opened.services.meetings.create("Họp lần hai")
    opened.close()
    opened = open_database(str(db))
    opened.close()
    backups = list_backups(db)
    assert len(backups) == 2
    assert _titles(backups[0].path) == ["Họp lần một", "Họp lần hai"]
    for b in backups:
        assert owner_only(b.path)
        with sqlite3.connect(b.path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_backup_while_another_connection_writes(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    opened = open_database(str(db))
    svc = opened.services
    mid = svc.meetings.create("Họp").id
    svc.entries.add(mid, "note", "trước sao lưu")
    # Uncommitted work in another connection does not leak into the backup.
    writer = sqlite3.connect(db)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE meeting SET title = 'chưa lưu'")
    taken = backup_if_changed(db)
    writer.rollback()
    writer.close()
    opened.close()
    assert taken is not None
    assert _titles(taken) == ["Họp"]


def _fake_backups(db: Path, stamps: list[dt.datetime]) -> None:
    folder = backup_dir_for(db)
    folder.mkdir(parents=True, exist_ok=True)
    for s in stamps:
        (folder / f"bienban-{s:%Y%m%d-%H%M%S-%f}-start.sqlite3").write_bytes(b"x")


def test_rotation_keeps_last_ten_plus_daily_and_monthly(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    now = dt.datetime(2026, 11, 25, 12, 0)
    stamps = [now - dt.timedelta(hours=6 * i) for i in range(4 * 400)]  # 400 days, 4 a day
    _fake_backups(db, stamps)
    rotate(db, now)
    kept = list_backups(db)
    taken = [b.taken for b in kept]
    assert taken[:10] == stamps[:10]
    days = {t.date() for t in taken}
    assert all((now - dt.timedelta(days=d)).date() in days for d in range(10))
    months = {(t.year, t.month) for t in taken}
    assert len(months) == 12
    assert len(kept) <= 10 + 10 + 12


def test_restore_moves_current_file_aside_and_installs_backup(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    opened = open_database(str(db))
    opened.services.meetings.create("Bản đúng")
    opened.close()
    opened = open_database(str(db))
    opened.services.meetings.create("Sau sao lưu")
    opened.close()
    good = list_backups(db)[0].path
    kept = restore(db, good)
    assert kept is not None and kept.exists()
    assert _titles(kept) == ["Bản đúng", "Sau sao lưu"]
    assert _titles(db) == ["Bản đúng"]
    assert owner_only(db)


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    opened = open_database(str(db))
    opened.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = db.read_bytes()
    with pytest.raises(StorageError, match="damaged"):
        restore(db, bad)
    assert db.read_bytes() == before
