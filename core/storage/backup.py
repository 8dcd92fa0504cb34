"""Online backups through the SQLite backup API (never a raw copy), rotation and restore."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from core.errors import StorageError
from core.storage.integrity import quick_check, readonly_uri

PREFIX = "bienban-"
STATE_FILE = "last-backup.json"
KEEP_LAST, KEEP_DAILY, KEEP_MONTHLY = 10, 10, 12


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: dt.datetime
    label: str
    size: int


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / (db_path.name + ".backups")


def online_backup(src: Path, dest: Path) -> Path:
    """Copy *src* to *dest* page by page while others may be writing; *dest* is 0600."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = dest.with_name(dest.name + ".part")
    try:
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        source = sqlite3.connect(readonly_uri(src), uri=True)
        try:
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
                # A backup is one self-contained file: no -wal beside it.
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            source.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            f"Không sao lưu được cơ sở dữ liệu / The backup could not be written: {exc}"
        ) from exc
    return dest


def timestamped_backup(db_path: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return online_backup(db_path, backup_dir_for(db_path) / f"{PREFIX}{stamp}-{label}.sqlite3")


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Backups of *db_path*, newest first."""
    folder = backup_dir_for(db_path)
    found: list[BackupInfo] = []
    for path in folder.glob(f"{PREFIX}*.sqlite3") if folder.is_dir() else ():
        parts = path.stem[len(PREFIX) :].split("-", 3)
        try:
            taken = dt.datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        found.append(
            BackupInfo(path, taken, parts[3] if len(parts) > 3 else "", path.stat().st_size)
        )
    return sorted(found, key=lambda b: b.taken, reverse=True)


def rotate(db_path: Path, now: dt.datetime | None = None) -> list[Path]:
    """Keep the last 10, the newest of each of the last 10 days and of the last 12 months."""
    backups = list_backups(db_path)
    keep: set[Path] = {b.path for b in backups[:KEEP_LAST]}
    days: dict[dt.date, Path] = {}
    months: dict[tuple[int, int], Path] = {}
    for b in backups:  # newest first, so setdefault keeps the newest of each period
        days.setdefault(b.taken.date(), b.path)
        months.setdefault((b.taken.year, b.taken.month), b.path)
    keep.update(list(days.values())[:KEEP_DAILY])
    keep.update(list(months.values())[:KEEP_MONTHLY])
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def _fingerprint(db_path: Path) -> list[str]:
    """What the data looks like, cheaply: file times change on a mere checkpoint."""
    conn = sqlite3.connect(readonly_uri(db_path), uri=True, timeout=10)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        parts = [str(conn.execute("PRAGMA schema_version").fetchone()[0])]
        for table in ("meeting", "entry", "attendance", "agenda_item", "action_item", "person"):
            if table in tables:
                parts.append(str(conn.execute(f"SELECT count(*), max(id) FROM {table}").fetchone()))
        if "meeting" in tables:
            parts.append(str(conn.execute("SELECT max(updated_at) FROM meeting").fetchone()))
        return parts
    finally:
        conn.close()


def backup_if_changed(db_path: Path) -> Path | None:
    """At start: back up when the file changed since the last backup, then rotate."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    state = backup_dir_for(db_path) / STATE_FILE
    try:
        now = _fingerprint(db_path)
    except sqlite3.Error as exc:
        raise StorageError(
            f"Không đọc được cơ sở dữ liệu / Cannot read the database: {exc}"
        ) from exc
    try:
        if json.loads(state.read_text(encoding="utf-8")) == now and list_backups(db_path):
            return None
    except (OSError, ValueError):
        pass
    dest = timestamped_backup(db_path, "start")
    state.write_text(json.dumps(now), encoding="utf-8")
    rotate(db_path)
    return dest


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    for b in list_backups(db_path):
        try:
            if quick_check(b.path) is None:
                return b
        except StorageError:
            continue  # cannot be read now: not one to offer
    return None


def restore(db_path: Path, backup: Path) -> Path | None:
    """Put *backup* in place of *db_path*; the current file is moved aside, never overwritten.

    Returns where the previous file was kept (None if there was none).
    """
    problem = quick_check(backup)
    if problem:
        raise StorageError(f"Bản sao lưu {backup.name} bị hỏng / The backup is damaged: {problem}")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    # Copy first, beside the database: if that fails, nothing has been moved yet.
    incoming = online_backup(backup, db_path.with_name(f"{db_path.name}.restoring-{stamp}"))
    kept = None
    try:
        if db_path.exists():
            kept = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
            for suffix in ("", "-wal", "-shm"):
                p = Path(str(db_path) + suffix)
                if p.exists():
                    os.replace(p, Path(str(kept) + suffix))
        os.replace(incoming, db_path)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        raise StorageError(
            f"Không khôi phục được / The backup could not be restored: {exc}"
        ) from exc
    return kept
