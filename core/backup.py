"""Online copies of a SQLite database through the backup API (never a raw file copy)."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from core.errors import StorageError


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / (db_path.name + ".backups")


def online_backup(src: Path, dest: Path) -> Path:
    """Copy *src* to *dest* page by page while others may be writing; *dest* is 0600."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            source.close()
        os.replace(tmp, dest)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"Không sao lưu được cơ sở dữ liệu / The backup could not be written: {exc}"
        ) from exc
    return dest


def timestamped_backup(db_path: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return online_backup(db_path, backup_dir_for(db_path) / f"bienban-{stamp}-{label}.sqlite3")
