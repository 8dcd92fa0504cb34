"""Noticing that the open database file was deleted, replaced or truncated underneath us."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NoReturn

from core.errors import DatabaseMovedError

DELETED, REPLACED, TRUNCATED = "deleted", "replaced", "truncated"
WAL_DELETED, WAL_REPLACED, MOVED = "wal_deleted", "wal_replaced", "moved"

_WHAT = {
    DELETED: (
        "Tệp cơ sở dữ liệu {path} đã bị xóa hoặc đổi tên trong khi đang mở",
        "The database file {path} was deleted or renamed while open",
    ),
    REPLACED: (
        "Tệp cơ sở dữ liệu {path} đã bị một tệp khác thay thế trong khi đang mở",
        "The database file {path} was replaced by another file while open",
    ),
    TRUNCATED: (
        "Tệp cơ sở dữ liệu {path} đã bị cắt ngắn (ghi đè) trong khi đang mở",
        "The database file {path} was truncated (overwritten) while open",
    ),
    WAL_DELETED: (
        "Tệp nhật ký {path}-wal của cơ sở dữ liệu đã bị xóa trong khi đang mở",
        "The database's journal {path}-wal was deleted while open",
    ),
    WAL_REPLACED: (
        "Tệp nhật ký {path}-wal của cơ sở dữ liệu đã bị thay thế trong khi đang mở",
        "The database's journal {path}-wal was replaced while open",
    ),
    MOVED: (
        "Tệp cơ sở dữ liệu {path} đã bị xóa, di chuyển hoặc thay thế trong khi đang mở",
        "The database file {path} was deleted, moved or replaced while open",
    ),
}


def moved_error(path: Path, reason: str) -> DatabaseMovedError:
    """The error for *reason*, naming the newest sound backup of *path* (if any)."""
    from core.storage.backup import newest_good_backup

    vi, en = _WHAT[reason]
    try:
        backup = newest_good_backup(path)
    except OSError:
        backup = None
    if backup is not None:
        where_vi = f" Bản sao lưu tốt gần nhất: {backup.path} ({backup.taken:%d/%m/%Y %H:%M})."
        where_en = f" Newest sound backup: {backup.path} ({backup.taken:%Y-%m-%d %H:%M})."
    else:
        where_vi, where_en = " Không có bản sao lưu nào.", " There is no backup."
    return DatabaseMovedError(
        reason,
        backup,
        vi=f"{vi.format(path=path)}; đã ngừng ghi để không ghi vào nhầm tệp.{where_vi}",
        en=f"{en.format(path=path)}; writing stopped so nothing goes into the wrong file."
        f"{where_en}",
    )


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


class FileWatch:
    """What the file was when opened, compared before every write (two stat calls).

    SQLite in WAL mode goes on writing into a file renamed over, unlinked or truncated, and
    into a -wal another program deleted: the data then lands where nobody will read it.
    Once something is found, every later write is refused with the same error.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.wal = Path(str(path) + "-wal")
        st = path.stat()
        self.identity = _identity(st)
        self.size = st.st_size  # a database file only grows (BienBan never VACUUMs)
        self.wal_identity: tuple[int, int] | None = None
        self.failure: DatabaseMovedError | None = None

    def connected(self, conn: sqlite3.Connection | None = None) -> None:
        """A connection was opened: the -wal it uses is the one to expect from now on."""
        if conn is not None:
            try:
                # SQLite opens the -wal at the first read, not at connecting.
                conn.execute("PRAGMA schema_version").fetchone()
            except sqlite3.Error:
                pass  # the first statement will report it
        try:
            self.wal_identity = _identity(self.wal.stat())
        except OSError:
            self.wal_identity = None  # not in WAL mode (a read-only or foreign file)

    def check(self, connection_open: bool) -> None:
        """Raise DatabaseMovedError unless the file is still the one opened.

        *connection_open*: a connection is open, so SQLite keeps the -wal in place.
        """
        if self.failure is not None:
            raise self.failure
        try:
            st = self.path.stat()
        except FileNotFoundError:
            self.fail(DELETED)
        except OSError:
            return  # unreadable for a moment: the write itself reports it in words
        if _identity(st) != self.identity:
            self.fail(REPLACED)
        if st.st_size < self.size:
            self.fail(TRUNCATED)
        self.size = st.st_size
        if connection_open and self.wal_identity is not None:
            try:
                wal = self.wal.stat()
            except FileNotFoundError:
                self.fail(WAL_DELETED)
            except OSError:
                return
            if _identity(wal) != self.wal_identity:
                self.fail(WAL_REPLACED)

    def fail(self, reason: str) -> NoReturn:
        self.failure = moved_error(self.path, reason)
        raise self.failure
