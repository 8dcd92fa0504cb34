"""What went wrong with the database, read from the driver's error code, never its wording."""

from __future__ import annotations

import sqlite3
from enum import StrEnum


class Fault(StrEnum):
    """The kinds of failure, each with its own remedy (qutebrowser-style taxonomy)."""

    CONNECTION_LOST = "connection_lost"  # the server cannot be reached or dropped us: retry
    BUSY = "busy"  # another writer holds the lock, or the server is overloaded: retry
    DISK_FULL = "disk_full"  # retry once space is freed
    READ_ONLY = "read_only"  # the file, its folder or the role may not write: retry once fixed
    IO_ERROR = "io_error"  # the disk failed a read or write: retry
    MOVED = "moved"  # the open file was deleted, moved or replaced: stop writing
    DAMAGED = "damaged"  # corrupt, or not a database at all: stop
    AUTH = "auth"  # the server wants a password, or refused the one given
    NO_DATABASE = "no_database"  # the server has no database of that name
    ADDRESS = "address"  # the address cannot work: an unknown host, a bad port or sslmode
    BUG = "bug"  # a constraint violation or a wrong statement: report once, never retry


# Faults that may go away by themselves or once the secretary acts: the same save is tried
# again until it gets through.
RETRYABLE = frozenset(
    {Fault.CONNECTION_LOST, Fault.BUSY, Fault.DISK_FULL, Fault.READ_ONLY, Fault.IO_ERROR}
)

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_PRIMARY = {
    3: Fault.READ_ONLY,  # SQLITE_PERM
    4: Fault.BUSY,  # SQLITE_ABORT (rolled back by another statement)
    5: Fault.BUSY,  # SQLITE_BUSY
    6: Fault.BUSY,  # SQLITE_LOCKED
    7: Fault.IO_ERROR,  # SQLITE_NOMEM
    8: Fault.READ_ONLY,  # SQLITE_READONLY
    9: Fault.BUSY,  # SQLITE_INTERRUPT
    10: Fault.IO_ERROR,  # SQLITE_IOERR
    11: Fault.DAMAGED,  # SQLITE_CORRUPT
    13: Fault.DISK_FULL,  # SQLITE_FULL
    14: Fault.IO_ERROR,  # SQLITE_CANTOPEN (refined by core.storage.diagnose)
    15: Fault.BUSY,  # SQLITE_PROTOCOL (a WAL lock race)
    23: Fault.READ_ONLY,  # SQLITE_AUTH
    26: Fault.DAMAGED,  # SQLITE_NOTADB
}
_SQLITE_EXTENDED = {
    1032: Fault.MOVED,  # SQLITE_READONLY_DBMOVED: the file was renamed or unlinked
}

# PostgreSQL SQLSTATE: whole classes first, then single codes.
_PG_CLASS = {
    "08": Fault.CONNECTION_LOST,  # connection exception
    "23": Fault.BUG,  # integrity constraint violation
    "42": Fault.BUG,  # syntax error or access rule (42501 is handled below)
    "22": Fault.BUG,  # data exception
    "40": Fault.BUSY,  # transaction rollback: serialization failure, deadlock
    "28": Fault.AUTH,  # invalid authorization
    "53": Fault.BUSY,  # insufficient resources (53100 is handled below)
    "XX": Fault.DAMAGED,  # internal error: data or index corrupted
}
_PG_CODE = {
    "57P01": Fault.CONNECTION_LOST,  # admin shutdown
    "57P02": Fault.CONNECTION_LOST,  # crash shutdown
    "57P03": Fault.CONNECTION_LOST,  # cannot connect now (starting up)
    "57014": Fault.BUSY,  # query cancelled (statement or lock timeout)
    "55P03": Fault.BUSY,  # lock not available (lock_timeout)
    "53100": Fault.DISK_FULL,
    "58030": Fault.IO_ERROR,
    "25006": Fault.READ_ONLY,  # read-only transaction (a standby server)
    "42501": Fault.READ_ONLY,  # insufficient privilege: the role may not write
    "3D000": Fault.NO_DATABASE,  # invalid catalog name
}


def _sqlite(exc: sqlite3.Error) -> Fault:
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return Fault.BUG  # raised by Python itself (a misuse), not by the database
    if code in _SQLITE_EXTENDED:
        return _SQLITE_EXTENDED[code]
    return _SQLITE_PRIMARY.get(code & 0xFF, Fault.BUG)


def _postgres(sqlstate: str) -> Fault:
    if sqlstate in _PG_CODE:
        return _PG_CODE[sqlstate]
    return _PG_CLASS.get(sqlstate[:2], Fault.BUG)


def _from_psycopg(exc: BaseException, name: str) -> bool:
    return any(c.__name__ == name and c.__module__.startswith("psycopg") for c in type(exc).mro())


def classify(exc: BaseException) -> Fault:
    """The fault behind *exc*: a driver error, or SQLAlchemy's wrapper of one."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, sqlite3.Error):
        return _sqlite(orig)
    sqlstate = getattr(orig, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate:
        return _postgres(sqlstate)
    if getattr(exc, "connection_invalidated", False):
        return Fault.CONNECTION_LOST
    # psycopg reports a failure to reach the server, or a connection that broke, as an
    # OperationalError that carries no SQLSTATE (the server never answered); libpq itself
    # says whether the server asked for a password that was not given.
    if _from_psycopg(orig, "OperationalError"):
        # Never connected: libpq keeps no SQLSTATE for that; it says only whether the server
        # asked for a password, and whether one was sent (and then refused).
        pgconn = getattr(orig, "pgconn", None)
        never_connected = pgconn is not None and not getattr(pgconn, "backend_pid", 0)
        if never_connected and (
            getattr(pgconn, "needs_password", False) or getattr(pgconn, "used_password", False)
        ):
            return Fault.AUTH
        return Fault.CONNECTION_LOST
    return Fault.BUG


def describe(fault: Fault) -> str:
    """What a secretary reads for *fault*, with what to do about it."""
    return _WORDS[fault]


_WORDS = {
    Fault.CONNECTION_LOST: (
        "Mất kết nối tới máy chủ cơ sở dữ liệu; đang thử lại."
        " / The connection to the database server was lost; retrying."
    ),
    Fault.BUSY: (
        "Cơ sở dữ liệu đang bị chương trình khác khóa; đang thử lại."
        " / The database is locked by another program; retrying."
    ),
    Fault.DISK_FULL: (
        "Ổ đĩa đã đầy, chưa lưu được; hãy xóa bớt tệp để giải phóng dung lượng."
        " / The disk is full; nothing more can be saved until some space is freed."
    ),
    Fault.READ_ONLY: (
        "Tệp cơ sở dữ liệu (hoặc thư mục chứa nó) chỉ cho phép đọc, không ghi được."
        " / The database file, or its folder, is read-only."
    ),
    Fault.IO_ERROR: (
        "Lỗi đọc/ghi ổ đĩa; đang thử lại. / A disk input/output error occurred; retrying."
    ),
    Fault.MOVED: (
        "Tệp cơ sở dữ liệu đã bị xóa, di chuyển hoặc thay thế trong khi đang mở; đã ngừng ghi."
        " / The database file was deleted, moved or replaced while open; writing stopped."
    ),
    Fault.DAMAGED: (
        "Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu BienBan."
        " / The database file is damaged or not a BienBan database."
    ),
    Fault.AUTH: (
        "Máy chủ yêu cầu mật khẩu (chưa nhập hoặc không đúng)."
        " / The server asks for a password (none given, or a wrong one)."
    ),
    Fault.NO_DATABASE: (
        "Máy chủ không có cơ sở dữ liệu với tên này. / The server has no database of this name."
    ),
    Fault.ADDRESS: (
        "Địa chỉ cơ sở dữ liệu không dùng được (tên máy chủ, cổng hoặc sslmode)."
        " / The database address cannot work (its host name, port or sslmode)."
    ),
    Fault.BUG: (
        "Lỗi chương trình khi ghi cơ sở dữ liệu; thay đổi chưa được lưu."
        " / A program error occurred while saving; the change was not stored."
    ),
}
