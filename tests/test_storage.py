"""Storage: file permissions, pragmas, BEGIN IMMEDIATE, error mapping, URL resolution."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from core.errors import StorageError
from core.services import Services, open_services
from core.storage import database
from core.storage.database import Database, describe_url
from core.storage.locations import resolve_url
from core.storage.migrate import migrate


@pytest.mark.posix("POSIX permission bits")
def test_new_database_file_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "db.sqlite3"
    services = open_services(str(path))
    try:
        services.meetings.create("x")
        assert path.stat().st_mode & 0o777 == 0o600
        for side in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            if side.exists():
                assert side.stat().st_mode & 0o077 == 0, side
    finally:
        services.db.dispose()


def test_pragmas_on_every_connection(services: Services) -> None:
    for ctx in (services.db.read, services.db.write):
        with ctx() as s:
            got = {
                p: s.execute(text(f"PRAGMA {p}")).scalar()
                for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
            }
        assert got["journal_mode"] == "wal"
        assert got["synchronous"] == 2
        assert got["foreign_keys"] == 1
        assert isinstance(got["busy_timeout"], int) and got["busy_timeout"] > 0


def _try_write_lock(path: Path) -> bool:
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        conn.close()


def test_write_takes_the_lock_up_front_and_read_does_not(services: Services, db_path: Path) -> None:
    with services.db.read() as s:
        s.execute(text("SELECT count(*) FROM meeting")).scalar()
        assert _try_write_lock(db_path)
    with services.db.write() as s:
        # Only a read so far, yet the write lock is held (BEGIN IMMEDIATE).
        s.execute(text("SELECT count(*) FROM meeting")).scalar()
        assert not _try_write_lock(db_path)
    assert _try_write_lock(db_path)


def test_second_writer_waits_for_the_first(services: Services, db_path: Path) -> None:
    other = Services.build(Database(f"sqlite:///{db_path}"))
    locked = threading.Event()
    hold = 0.4

    def first_writer() -> None:
        with services.db.write() as s:
            s.execute(text("SELECT 1"))
            locked.set()
            time.sleep(hold)
            s.execute(
                text(
                    "INSERT INTO organisation (name, parent_body, code, city)"
                    " VALUES ('A', '', '', '')"
                )
            )

    t = threading.Thread(target=first_writer)
    t.start()
    try:
        assert locked.wait(5)
        start = time.monotonic()
        org = other.organisations.create("B")
        waited = time.monotonic() - start
    finally:
        t.join()
        other.db.dispose()
    assert waited >= hold / 2
    assert [o.name for o in services.organisations.list()] == ["A", "B"]
    assert org.name == "B"


def test_lock_held_too_long_is_a_storage_error(
    services: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    impatient = Services.build(Database(f"sqlite:///{db_path}"))
    blocker = sqlite3.connect(db_path, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(StorageError, match="locked"):
            impatient.meetings.create("x")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        impatient.db.dispose()
    assert services.meetings.count() == 0


@pytest.mark.parametrize(
    "content", [os.urandom(4096), b"hello, this is not a database\n" * 200, b"SQLite format 3\x00"]
)
def test_a_file_that_is_not_a_database(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(content)
    with pytest.raises(StorageError) as info:
        open_services(str(path))
    assert "\n" not in info.value.message
    assert path.read_bytes() == content


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="BienBan"):
        open_services(str(path))
    assert path.read_bytes() == before


def test_a_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError):
        open_services(str(blocker / "sub" / "db.sqlite3"))


@pytest.mark.posix("POSIX permission bits")
@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores file permissions"
)
def test_read_only_file_is_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    open_services(str(path)).db.dispose()
    for p in tmp_path.iterdir():
        p.chmod(0o400)
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(StorageError):
            open_services(str(path)).meetings.create("x")
    finally:
        tmp_path.chmod(0o700)


def test_resolve_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BIENBAN_DB", raising=False)
    plain = tmp_path / "a.sqlite3"
    assert resolve_url(str(plain)) == f"sqlite:///{plain}"
    assert resolve_url(f"sqlite:///{plain}") == f"sqlite:///{plain}"
    monkeypatch.chdir(tmp_path)
    assert resolve_url("rel.sqlite3") == f"sqlite:///{tmp_path.resolve() / 'rel.sqlite3'}"
    monkeypatch.setenv("BIENBAN_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.sqlite3'}"
    assert resolve_url(str(plain)) == f"sqlite:///{plain}"  # --db wins over the variable
    monkeypatch.delenv("BIENBAN_DB")
    assert resolve_url(None).endswith("bienban.sqlite3")
    assert describe_url("postgresql://u:secret@host/db") == "postgresql://u:***@host/db"
    assert describe_url(f"sqlite:///{plain}") == str(plain)


def test_open_services_with_a_url_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    first = open_services(f"sqlite:///{path}")
    mid = first.meetings.create("Họp").id
    first.db.dispose()
    again = open_services(str(path))
    try:
        assert again.meetings.get(mid).title == "Họp"
        assert migrate(again.db) is None  # already current: no backup, no change
    finally:
        again.db.dispose()


def test_a_failed_call_rolls_everything_back(services: Services, meeting_id: int) -> None:
    """A call that fails half way (an integrity error after earlier writes) leaves no trace;
    the violation surfaces as the bug it is, not as a storage fault to retry."""
    services.attendance.add(meeting_id, "A")
    before = services.attendance.list(meeting_id)
    with pytest.raises(IntegrityError), services.db.write() as s:
        s.execute(text("UPDATE meeting SET title = 'changed'"))
        s.execute(
            text("INSERT INTO attendance (meeting_id, person_id) VALUES (:m, 999)"),
            {"m": meeting_id},
        )
    assert services.meetings.get(meeting_id).title == "Họp giao ban tháng 11"
    assert services.attendance.list(meeting_id) == before
