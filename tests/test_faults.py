"""Database failures are told apart by the driver's code, never by the words of its message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from core.errors import StorageError
from core.storage.database import Database, storage_message
from core.storage.faults import RETRYABLE, Fault, classify
from core.storage.migrate import migrate


def _raised(conn: sqlite3.Connection, sql: str) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as info:
        conn.execute(sql)
    return info.value


def test_sqlite_errors_by_code(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE t (x UNIQUE)")
    conn.execute("INSERT INTO t VALUES (1)")
    assert classify(_raised(conn, "INSERT INTO t VALUES (1)")) is Fault.BUG
    assert classify(_raised(conn, "SELECT * FROM missing")) is Fault.BUG

    other = sqlite3.connect(db, timeout=0, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    assert classify(_raised(other, "BEGIN IMMEDIATE")) is Fault.BUSY
    conn.execute("ROLLBACK")

    read_only = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    assert classify(_raised(read_only, "INSERT INTO t VALUES (2)")) is Fault.READ_ONLY

    garbage = tmp_path / "not-a-db.sqlite3"
    garbage.write_bytes(b"PK\x03\x04 a Word document, not a database" * 200)
    assert classify(_raised(sqlite3.connect(garbage), "SELECT * FROM t")) is Fault.DAMAGED


def test_the_wording_of_a_message_decides_nothing() -> None:
    # Built by hand, without a code: whatever it says, it is not a storage fault to retry.
    assert classify(sqlite3.OperationalError("database or disk is full")) is Fault.BUG
    assert classify(sqlite3.OperationalError("database is locked")) is Fault.BUG


@pytest.mark.parametrize(
    ("error", "fault"),
    [
        (psycopg.errors.DiskFull, Fault.DISK_FULL),
        (psycopg.errors.UniqueViolation, Fault.BUG),
        (psycopg.errors.ForeignKeyViolation, Fault.BUG),
        (psycopg.errors.UndefinedTable, Fault.BUG),
        (psycopg.errors.LockNotAvailable, Fault.BUSY),
        (psycopg.errors.SerializationFailure, Fault.BUSY),
        (psycopg.errors.DeadlockDetected, Fault.BUSY),
        (psycopg.errors.AdminShutdown, Fault.CONNECTION_LOST),
        (psycopg.errors.CannotConnectNow, Fault.CONNECTION_LOST),
        (psycopg.errors.ReadOnlySqlTransaction, Fault.READ_ONLY),
        (psycopg.errors.InsufficientPrivilege, Fault.READ_ONLY),
        (psycopg.errors.InvalidPassword, Fault.AUTH),
        (psycopg.errors.InvalidCatalogName, Fault.NO_DATABASE),
        (psycopg.errors.DataCorrupted, Fault.DAMAGED),
    ],
)
def test_postgresql_errors_by_sqlstate(error: type[psycopg.Error], fault: Fault) -> None:
    assert classify(error("any words at all")) is fault
    assert classify(OperationalError("SELECT 1", {}, error("x"))) is fault


def test_a_server_that_never_answered_is_a_lost_connection() -> None:
    assert classify(psycopg.OperationalError("connection refused")) is Fault.CONNECTION_LOST


def test_only_faults_that_can_pass_are_retried() -> None:
    assert Fault.BUG not in RETRYABLE
    assert Fault.DAMAGED not in RETRYABLE
    assert Fault.MOVED not in RETRYABLE
    assert {Fault.DISK_FULL, Fault.BUSY, Fault.CONNECTION_LOST} <= RETRYABLE


def test_a_constraint_violation_surfaces_as_the_bug_it_is(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    migrate(db)
    with pytest.raises(IntegrityError), db.write() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO person (full_name, position, unit, folded) VALUES"
            " ('A', '', '', 'a'), ('A', '', '', 'a')"
        )
    db.dispose()


def test_storage_faults_carry_their_kind_and_words(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate(db)
    db.dispose()
    path.chmod(0o400)
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    exc = _raised(ro, "DELETE FROM person")
    assert "read-only" in storage_message(exc)
    wrapped = Database(f"sqlite:///{path}").error(OperationalError("x", {}, exc))
    assert isinstance(wrapped, StorageError) and wrapped.fault == Fault.READ_ONLY
