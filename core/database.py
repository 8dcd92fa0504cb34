"""Opening the database: URL resolution, SQLite pragmas, transactions and error mapping."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from core.errors import BienBanError, ConflictError, StorageError

DEFAULT_FILENAME = "bienban.sqlite3"
BUSY_TIMEOUT_MS = 10_000


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("BienBan", appauthor=False)) / DEFAULT_FILENAME


def resolve_url(db: str | None) -> str:
    """Turn --db (a path or a SQLAlchemy URL), else $BIENBAN_DB, else the default, into a URL."""
    value = db or os.environ.get("BIENBAN_DB") or str(default_db_path())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def describe_url(url: str) -> str:
    """The URL as it may be shown or logged: never with a password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
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


def storage_message(exc: BaseException) -> str:
    """A sentence a secretary can act on, for a driver error."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return (
            "Cơ sở dữ liệu đang bị chương trình khác khóa; thử lại sau giây lát."
            " / The database is locked by another program."
        )
    if "disk is full" in text:
        return "Ổ đĩa đã đầy, chưa lưu được. / The disk is full; nothing more can be saved."
    if "readonly" in text or "read-only" in text:
        return (
            "Tệp cơ sở dữ liệu chỉ cho phép đọc, không ghi được. / The database file is read-only."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return (
            "Tệp cơ sở dữ liệu bị hỏng hoặc không phải cơ sở dữ liệu BienBan."
            " / The database file is damaged or not a BienBan database."
        )
    if "disk i/o" in text or "unable to open" in text:
        return "Lỗi đọc/ghi ổ đĩa. / A disk input/output error occurred."
    return f"Lỗi cơ sở dữ liệu / Database error: {getattr(exc, 'orig', exc)}"


class Database:
    """One engine and its session factory; read() and write() are the only ways in."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.display = describe_url(url)
        self.path = sqlite_path(url)
        self.is_sqlite = make_url(url).get_backend_name() == "sqlite"
        if self.path is not None:
            try:
                _prepare_sqlite_file(self.path)
            except OSError as exc:
                raise StorageError(
                    f"Không tạo được tệp cơ sở dữ liệu {self.path}: {exc.strerror}"
                    f" / Cannot create the database file."
                ) from exc
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: Engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _on_sqlite_connect)
            event.listen(self.engine, "begin", _on_begin)
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
            raise StorageError(storage_message(exc)) from exc
        finally:
            try:
                session.close()
            except DBAPIError:
                pass

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        session = self._writer()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(
                "Bản ghi vừa được người khác sửa; thay đổi của bạn chưa được áp dụng."
                " / Someone else changed this record first; your change was not applied."
            ) from exc
        except (OperationalError, DBAPIError) as exc:
            _safe_rollback(session)
            raise StorageError(storage_message(exc)) from exc
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

    def dispose(self) -> None:
        self.engine.dispose()


def _safe_rollback(session: Session) -> None:
    try:
        session.rollback()
    except DBAPIError:
        pass
