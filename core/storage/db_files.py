"""Checks a database file chosen by hand before anything (a lock, a backup) is put beside it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.errors import StorageError
from core.storage.backup import list_backups
from core.storage.integrity import check_file, readonly_uri


def not_bienban(path: Path) -> StorageError:
    return StorageError(
        f"Tệp {path.name} không phải cơ sở dữ liệu BienBan; tệp được giữ nguyên."
        f" / {path.name} is not a BienBan database; it was left as it is."
    )


def check_openable(path: Path) -> None:
    """Raise DamagedDatabaseError or StorageError unless *path* is a BienBan database (or
    missing or empty, i.e. a new one). Reads only: the file is never changed."""
    if not path.exists():
        return
    check_file(path, has_backups=bool(list_backups(path)))
    if path.stat().st_size == 0:
        return
    immutable = not Path(str(path) + "-wal").exists()
    try:
        conn = sqlite3.connect(readonly_uri(path, immutable=immutable), uri=True, timeout=10)
        try:
            tables = {
                str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise not_bienban(path) from exc
    if tables and "alembic_version" not in tables:
        raise not_bienban(path)


def check_new(path: Path) -> None:
    """A new database goes where there is no file yet: an existing one is never replaced."""
    if path.exists():
        raise StorageError(
            f"Đã có tệp {path.name}; hãy chọn tên khác, hoặc dùng “Mở cơ sở dữ liệu”."
            f" / {path.name} exists already; choose another name or open it instead."
        )
    if not path.parent.is_dir():
        raise StorageError(
            f"Thư mục {path.parent} không tồn tại. / The folder {path.parent} does not exist."
        )
