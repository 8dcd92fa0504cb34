"""The open database replaced, deleted, truncated or robbed of its -wal: writing stops, said."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import DatabaseMovedError, StorageError
from core.services import Services
from core.storage.backup import timestamped_backup
from core.storage.database import Database
from core.storage.faults import RETRYABLE, Fault
from core.storage.file_watch import FileWatch
from core.storage.migrate import migrate


@pytest.fixture
def svc(tmp_path: Path) -> Iterator[Services]:
    db = Database(f"sqlite:///{tmp_path / 'minutes.sqlite3'}")
    migrate(db)
    services = Services.build(db)
    yield services
    db.dispose()


def _path(svc: Services) -> Path:
    assert svc.db.path is not None
    return svc.db.path


def _other_database(path: Path) -> None:
    other = Database(f"sqlite:///{path}")
    migrate(other)
    Services.build(other).meetings.create("Cuộc họp của tệp khác")
    other.dispose()


def _titles(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM meeting ORDER BY id")]
    finally:
        conn.close()


def _nowhere(folder: Path, text: str) -> bool:
    """*text* was written into no file of *folder* (database, -wal, anything)."""
    return all(text.encode() not in p.read_bytes() for p in folder.rglob("*") if p.is_file())


def _refused(svc: Services, mid: int, reason: str) -> DatabaseMovedError:
    with pytest.raises(DatabaseMovedError) as info:
        svc.entries.add(mid, "note", "gõ sau khi tệp bị thay")
    error = info.value
    assert error.reason == reason and error.fault == Fault.MOVED == "moved"
    assert Fault.MOVED not in RETRYABLE
    assert error.message.count(" / ") == 1
    assert _nowhere(_path(svc).parent, "gõ sau khi tệp bị thay")
    # And it stays stopped: the next save is refused the same way, not tried again.
    with pytest.raises(DatabaseMovedError):
        svc.meetings.create("Họp mới")
    return error


def test_a_file_renamed_over_the_open_one(svc: Services, tmp_path: Path) -> None:
    mid = svc.meetings.create("Họp của tôi").id
    svc.entries.add(mid, "note", "đã lưu")
    replacement = tmp_path / "other.sqlite3"
    _other_database(replacement)
    os.replace(replacement, _path(svc))
    error = _refused(svc, mid, "replaced")
    assert "replaced by another file" in error.message and "thay thế" in error.message


def test_deleted_and_made_again(svc: Services) -> None:
    mid = svc.meetings.create("Họp của tôi").id
    path = _path(svc)
    path.unlink()
    _other_database(path)
    path.with_name(path.name + "-wal").unlink(missing_ok=True)  # as a new file would be
    _refused(svc, mid, "replaced")
    assert _titles(path) == ["Cuộc họp của tệp khác"]


def test_deleted(svc: Services) -> None:
    mid = svc.meetings.create("Họp của tôi").id
    _path(svc).unlink()
    error = _refused(svc, mid, "deleted")
    assert "deleted or renamed" in error.message
    assert not _path(svc).exists()


def test_truncated(svc: Services) -> None:
    mid = svc.meetings.create("Họp của tôi").id
    svc.db.dispose()  # checkpointed: the data is in the file itself
    svc.meetings.get(mid)  # connected again
    os.truncate(_path(svc), 0)
    error = _refused(svc, mid, "truncated")
    assert "truncated" in error.message


def test_wal_deleted(svc: Services) -> None:
    mid = svc.meetings.create("Họp của tôi").id
    wal = Path(str(_path(svc)) + "-wal")
    assert wal.exists()
    wal.unlink()
    error = _refused(svc, mid, "wal_deleted")
    assert "-wal" in error.message


def test_the_message_names_the_newest_sound_backup(svc: Services) -> None:
    mid = svc.meetings.create("Họp của tôi").id
    older = timestamped_backup(_path(svc), "start")
    time.sleep(0.01)
    newest = timestamped_backup(_path(svc), "start")
    broken = newest.with_name(newest.name.replace("-start", "-zz"))
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)  # newer still, but damaged
    Path(str(_path(svc)) + "-wal").unlink()
    error = _refused(svc, mid, "wal_deleted")
    assert error.backup is not None and error.backup.path == newest != older
    assert str(newest) in error.message


def test_no_backup_is_said_too(svc: Services) -> None:
    mid = svc.meetings.create("Họp").id
    _path(svc).unlink()
    error = _refused(svc, mid, "deleted")
    assert error.backup is None and "no backup" in error.message


def test_ordinary_life_raises_nothing(svc: Services, tmp_path: Path) -> None:
    mid = svc.meetings.create("Họp").id
    for i in range(30):
        svc.entries.add(mid, "note", f"ý kiến {i} " + "chữ " * 300)
    svc.db.dispose()  # the -wal goes away with the last connection, legitimately
    assert not Path(str(_path(svc)) + "-wal").exists()
    svc.entries.add(mid, "note", "sau khi đóng và mở lại")
    # Another program writing the same file (a CLI command, a second window's services).
    other = Database(f"sqlite:///{_path(svc)}")
    Services.build(other).entries.add(mid, "note", "từ chương trình khác")
    other.dispose()
    svc.entries.add(mid, "note", "vẫn ghi tiếp")
    assert len(svc.entries.list(mid)) == 33


def test_a_driver_report_of_a_moved_file_is_the_same_error(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate(db)
    conn = sqlite3.connect(path)
    try:
        err = sqlite3.OperationalError("attempt to write a readonly database")
        err.sqlite_errorcode = 1032  # type: ignore[attr-defined]  # SQLITE_READONLY_DBMOVED
        err.sqlite_errorname = "SQLITE_READONLY_DBMOVED"  # type: ignore[attr-defined]
        error = db.error(err)
    finally:
        conn.close()
    assert isinstance(error, DatabaseMovedError) and error.reason == "moved"
    with pytest.raises(DatabaseMovedError), db.write():
        pass
    db.dispose()


def test_the_check_is_cheap(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    path.write_bytes(b"")
    watch = FileWatch(path)
    Path(str(path) + "-wal").write_bytes(b"")
    watch.connected()
    start = time.perf_counter()
    for _ in range(10_000):
        watch.check(True)
    per_check = (time.perf_counter() - start) / 10_000
    assert per_check < 50e-6, f"{per_check * 1e6:.1f} µs per check"


def test_storage_error_kind(svc: Services) -> None:
    _path(svc).unlink()
    with pytest.raises(StorageError):
        svc.meetings.create("Họp")
