"""Opening the database: URL resolution, SQLite pragmas, transactions and error mapping."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from core.errors import (
    BienBanError,
    ConflictError,
    ConnectionLostError,
    PasswordRequiredError,
    StorageError,
)
from core.storage.diagnose import storage_error
from core.storage.faults import Fault, classify, describe
from core.storage.file_watch import MOVED, FileWatch
from core.storage.integrity import readonly_uri, wal_is_empty
from core.storage.pg_connect import check_address, explain_connect_failure, parse_url
from core.storage.script import PG_WRITE_LOCK

BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10  # a server that does not answer is reported, not waited for
# Query parameters libpq would take as secrets: never shown.
SECRET_PARAMS = ("password", "sslpassword")


def describe_url(url: str) -> str:
    """The URL as it may be shown or logged: never with a password."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return "(địa chỉ không hợp lệ / invalid address)"
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    # The password shows as "***"; one given as a query parameter is left out altogether.
    return parsed.difference_update_query(SECRET_PARAMS).render_as_string(hide_password=True)


def with_password(url: str, password: str) -> str:
    """*url* with *password* set (given at a prompt); for connecting, never for showing."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def sqlite_path(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None  # not a file; Database() says what is wrong with the address
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _prepare_sqlite_file(path: Path) -> None:
    """Create the folder and an empty file owner-only, before SQLite creates it world-readable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)
    elif path.is_file() and path.stat().st_size == 0 and path.stat().st_mode & 0o077:
        # An empty file made by someone else (touch, a file manager) becomes a new database:
        # owner-only like one BienBan creates, before the first minutes go into it.
        path.chmod(0o600)


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Autocommit at the driver level: we issue BEGIN ourselves (see _on_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "wal" and not dbapi_conn.execute("PRAGMA query_only").fetchone()[0]:
        # WAL is written into the file header: only for a new or a BienBan database, so a
        # foreign file opened by mistake is refused (by the migration check) unchanged.
        tables = {r[0] for r in cur.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables or "alembic_version" in tables:
            cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _on_begin(conn: Any) -> None:
    # A deferred transaction that reads then writes gets SQLITE_BUSY at once, ignoring
    # busy_timeout; writers therefore take the write lock up front.
    if conn.get_execution_options().get("bienban_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def _on_begin_pg(conn: Any) -> None:
    # As BEGIN IMMEDIATE on SQLite: one writer at a time, so two secretaries adding entries
    # at the same moment get consecutive positions and neither a spurious version conflict.
    # Transaction-scoped: released by commit or rollback, and by the server if we vanish.
    # (The wait is bounded by lock_timeout, set once per connection: see Database.)
    if conn.get_execution_options().get("bienban_write"):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")


def storage_message(exc: BaseException) -> str:
    """A sentence a secretary can act on, for a driver error (by its code, see faults)."""
    return describe(classify(exc))


class Database:
    """One engine and its session factory; read() and write() are the only ways in."""

    def __init__(self, url: str, *, echo: bool = False, read_only: bool = False) -> None:
        """*read_only* (SQLite): read the file without writing anything beside it, for a file
        that cannot be written (list, show and export still work)."""
        self.url = url
        self.read_only = read_only
        self.display = describe_url(url)
        # Never ArgumentError's message: it quotes the whole URL, password included.
        parsed = self._parsed = parse_url(url)
        if parsed.get_backend_name() == "postgresql":
            check_address(parsed)
        self._connected_once = False  # failures before the first connection are explained
        self._secret = parsed.password if isinstance(parsed.password, str) else None
        self.path = sqlite_path(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.watch: FileWatch | None = None
        if self.path is not None and not read_only:
            try:
                _prepare_sqlite_file(self.path)
                self.watch = FileWatch(self.path)
            except OSError as exc:
                if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC):
                    raise storage_error(self.path, _OS_FAULT[exc.errno]) from exc
                raise StorageError(
                    f"Không tạo được tệp cơ sở dữ liệu {self.path}: {exc.strerror}"
                    f" / Cannot create the database file."
                ) from exc
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite and read_only and self.path is not None:
            path = self.path
            # Without a -wal to replay, immutable=1 reads the file with no -shm beside it (a
            # read-only folder, a full disk); with one, SQLite must read it through the -shm.
            kwargs["creator"] = lambda: sqlite3.connect(
                readonly_uri(path, immutable=wal_is_empty(path)),
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
        elif self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        else:
            # No pre-ping (a round trip before every use): a connection the server dropped
            # fails its next statement as a lost connection, the pool is renewed, and the
            # window's retry gets through (see core/storage/faults.py).
            if parsed.get_backend_name() == "postgresql":
                kwargs["connect_args"] = {
                    "connect_timeout": CONNECT_TIMEOUT_S,
                    "application_name": "BienBan",
                    # Waits for the writers' lock at most as long as SQLite's busy_timeout,
                    # then reports "locked"; set at connect, so no statement is spent on it.
                    "options": f"-c lock_timeout={BUSY_TIMEOUT_MS}",
                }
        try:
            self.engine: Engine = create_engine(url, **kwargs)
        except (ArgumentError, NoSuchModuleError) as exc:
            raise StorageError(
                f"Không mở được cơ sở dữ liệu {self.display}: thiếu trình điều khiển"
                f" ({type(exc).__name__}). / No driver for this database address."
            ) from None
        if self.is_sqlite:
            event.listen(self.engine, "connect", _on_sqlite_connect)
            event.listen(self.engine, "begin", _on_begin)
            if self.watch is not None:
                event.listen(self.engine, "connect", self._watch_connected)
        elif parsed.get_backend_name() == "postgresql":
            event.listen(self.engine, "begin", _on_begin_pg)
            event.listen(self.engine, "connect", self._server_connected)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(bienban_write=True), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work."""
        session = self._reader()
        try:
            yield session
        except (OperationalError, DBAPIError) as exc:
            error = self.error(exc)
            if error is None:
                raise  # a bug: reported as such, never taken for a storage fault
            raise error from exc
        finally:
            try:
                session.close()
            except DBAPIError:
                pass

    def query(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """One read-only statement; on a server it runs on its own, without BEGIN and
        ROLLBACK around it (one round trip instead of three)."""
        if self.is_sqlite:
            with self.read() as s:
                return [tuple(r) for r in s.execute(text(sql), params)]
        try:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                return [tuple(r) for r in c.execute(text(sql), params)]
        except (OperationalError, DBAPIError) as exc:
            error = self.error(exc)
            if error is None:
                raise
            raise error from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        if self.read_only:
            raise storage_error(self.path, Fault.READ_ONLY)
        if self.watch is not None:
            # Never into a file deleted, replaced or truncated since it was opened.
            pool: Any = self.engine.pool
            self.watch.check(bool(pool.checkedin() or pool.checkedout()))
        session = self._writer()
        committing = False
        try:
            yield session
            session.flush()
            # Past this point a broken connection leaves the outcome unknown.
            committing = True
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(
                "Bản ghi vừa được người khác sửa; thay đổi của bạn chưa được áp dụng."
                " / Someone else changed this record first; your change was not applied."
            ) from exc
        except (OperationalError, DBAPIError) as exc:
            _safe_rollback(session)
            error = self.error(exc, during_commit=committing)
            if error is None:
                raise  # a constraint violation or a wrong statement is a bug, not a fault
            raise error from exc
        except BienBanError:
            _safe_rollback(session)
            raise
        except BaseException:
            _safe_rollback(session)
            raise
        finally:
            try:
                session.close()
            except DBAPIError:
                pass

    def error(self, exc: BaseException, *, during_commit: bool = False) -> StorageError | None:
        """The StorageError (or subclass) for a driver error, never quoting the password;
        None for a bug (a constraint violation, a wrong statement), which must surface as
        one instead of being retried."""
        if self.watch is not None:
            # A file deleted or replaced underneath fails with any error ("no such table",
            # "malformed"): said as what happened, not taken for a bug or damage.
            pool: Any = self.engine.pool
            try:
                self.watch.check(bool(pool.checkedin() or pool.checkedout()))
            except StorageError as moved:
                return moved
        fault = classify(exc)
        if fault is Fault.BUG:
            return None
        if not self.is_sqlite and not self._connected_once:
            refined = explain_connect_failure(exc, self._parsed, self.display)
            if refined is not None:
                return refined
        if fault is Fault.MOVED and self.watch is not None:
            try:
                self.watch.fail(MOVED)
            except StorageError as moved:
                return moved
        if fault is Fault.AUTH and not self.is_sqlite:
            return PasswordRequiredError(
                f"Máy chủ {self.display} yêu cầu mật khẩu (chưa nhập hoặc không đúng)."
                " / The server asks for a password (none given, or a wrong one)."
            )
        if fault is Fault.CONNECTION_LOST and not self.is_sqlite:
            return ConnectionLostError(
                f"Mất kết nối tới máy chủ cơ sở dữ liệu {self.display}."
                " / The connection to the database server was lost.",
                during_commit=during_commit,
            )
        if self.is_sqlite:
            return storage_error(self.path, fault)
        message = describe(fault)
        if fault is Fault.READ_ONLY:
            message = (
                f"Vai trò trên máy chủ {self.display} không có quyền ghi vào cơ sở dữ liệu này"
                " (hoặc máy chủ chỉ cho đọc). / The role may not write to this database on the"
                " server (or the server is a read-only standby)."
            )
        if self._secret and len(self._secret) >= 3:
            message = message.replace(self._secret, "***")
        return StorageError(message, fault.value)

    def _server_connected(self, _dbapi_conn: Any, _record: Any) -> None:
        self._connected_once = True

    def _watch_connected(self, dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        if self.watch is not None:
            self.watch.connected(dbapi_conn)

    def dispose(self) -> None:
        self.engine.dispose()
        if self.watch is not None:
            # The last connection closed: SQLite removed the -wal, rightly.
            self.watch.wal_identity = None


_OS_FAULT = {
    errno.EACCES: Fault.READ_ONLY,
    errno.EPERM: Fault.READ_ONLY,
    errno.EROFS: Fault.READ_ONLY,
    errno.ENOSPC: Fault.DISK_FULL,
}


def _safe_rollback(session: Session) -> None:
    try:
        session.rollback()
    except DBAPIError:
        pass
