"""Bringing a database to the current schema, with a backup first and a refusal if newer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from core.errors import SchemaTooNewError, StorageError
from core.storage.backup import timestamped_backup
from core.storage.database import Database
from core.storage.schema import HEAD, MIGRATIONS_DIR, REVISIONS

__all__ = ["HEAD", "MIGRATIONS_DIR", "REVISIONS", "current_revision", "migrate", "upgrade_to"]


def current_revision(db: Database) -> str | None:
    """The schema revision stored in the database, None for an empty one."""
    with db.read() as session:
        conn = session.connection()
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            if tables:
                raise StorageError(
                    "Tệp này không phải cơ sở dữ liệu BienBan (có bảng lạ, không có phiên bản)."
                    " / This file is not a BienBan database."
                )
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def needs_migration(db: Database) -> bool:
    rev = current_revision(db)
    if rev is not None and rev not in REVISIONS:
        raise SchemaTooNewError(
            f"Cơ sở dữ liệu được tạo bởi phiên bản BienBan mới hơn (lược đồ {rev}); hãy cập nhật"
            f" chương trình. Tệp không bị thay đổi. / The database was written by a newer"
            f" BienBan (schema {rev}); please update the program. The file was left untouched."
        )
    return rev != HEAD


def migrate(db: Database) -> Path | None:
    """Upgrade *db* to HEAD; returns the backup taken first, if there was data to protect."""
    if not needs_migration(db):
        _prepare_server(db)
        return None
    backup = None
    if db.path is not None and current_revision(db) is not None:
        backup = timestamped_backup(db.path, f"before-migration-{current_revision(db)}")
    _run_alembic_upgrade(db)
    _prepare_server(db)
    return backup


def _prepare_server(db: Database) -> None:
    """Server-side extras that are not schema (PostgreSQL: the search trigram index)."""
    if not db.is_sqlite:
        from core.storage.postgres import ensure_search_index

        ensure_search_index(db)


def _run_alembic_upgrade(db: Database, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.execution_options(bienban_write=True).connect() as conn:
        if db.is_sqlite:
            # Rebuilding a table (ALTER in batch mode) drops the old one; with foreign keys
            # on, that drop would cascade into its children. Off for the migration only
            # (it cannot change inside a transaction), checked before the commit.
            _driver(conn).execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                if cfg.attributes.get("rebuild_search_index") and target == "head":
                    from core.search.index import rebuild_all

                    rebuild_all(conn)
                if db.is_sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            f"Nâng cấp lược đồ để lại {len(broken)} tham chiếu hỏng; đã hủy."
                            f" / The schema upgrade left {len(broken)} broken references;"
                            " it was rolled back."
                        )
        finally:
            if db.is_sqlite:
                _driver(conn).execute("PRAGMA foreign_keys = ON")


def _driver(conn: Any) -> Any:
    """The sqlite3 connection itself: a pragma sent through it runs outside any transaction
    (SQLAlchemy would open one first, inside which foreign_keys cannot change)."""
    return conn.connection.dbapi_connection


def upgrade_to(db: Database, revision: str) -> None:
    """Upgrade to a given revision (tests build databases of the first schema with it)."""
    _run_alembic_upgrade(db, revision)
