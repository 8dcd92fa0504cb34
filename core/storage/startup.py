"""Opening a database at start: lock, integrity check, backup, migration, services.

Two halves, so the window can show before SQLAlchemy loads: prepare_file() is the standard
library alone (lock, header and quick check, backup) and connect() is everything else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import DamagedDatabaseError, StorageError, os_reason
from core.storage.backup import backup_if_changed, list_backups, newest_good_backup
from core.storage.integrity import check_at_start, mark_clean_close
from core.storage.locations import resolve_url
from core.storage.lock import InstanceLock

if TYPE_CHECKING:
    from core.services import Services


@dataclass
class OpenDatabase:
    """Services plus what must be released on close."""

    services: Services
    lock: InstanceLock | None = None
    notes: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.services.db.dispose()
        path = self.services.db.path
        if path is not None and not self.services.db.read_only:
            mark_clean_close(path)
        if self.lock is not None:
            self.lock.release()


def prepare_file(path: Path, *, lock: bool, backup: bool) -> tuple[InstanceLock | None, list[str]]:
    """Lock (when asked), check and back up a SQLite file; returns the lock held and notes.

    Raises DatabaseInUseError when another BienBan holds the file, DamagedDatabaseError
    (with `.backup` set to the newest good backup, if any) when it is damaged; in both
    cases the file has not been touched and no lock is left held.
    """
    held: InstanceLock | None = None
    notes: list[str] = []
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        vi, en = os_reason(exc)
        raise StorageError(
            f"Không tạo được thư mục {path.parent}: {vi}."
            f" / Cannot create the folder {path.parent}: {en}."
        ) from exc
    if lock:
        held = InstanceLock(path)
        held.acquire()
    try:
        check_at_start(path, has_backups=bool(list_backups(path)))
    except DamagedDatabaseError as exc:
        exc.backup = newest_good_backup(path)
        if held:
            held.release()
        raise
    if backup:
        taken = backup_if_changed(path)
        if taken:
            notes.append(f"backup: {taken}")
    return held, notes


def connect(
    url: str,
    held: InstanceLock | None = None,
    notes: list[str] | None = None,
    *,
    read_only: bool = False,
) -> OpenDatabase:
    """Engine, migration and services for *url* (checked by prepare_file if it is a file).

    The lock *held* is released if this fails, so a failed start leaves nothing behind.
    *read_only*: for reading a SQLite file that cannot be written (never migrated).
    """
    # Imported here, not at the top: this is the part of start-up that runs beside the window.
    from core.services import Services
    from core.storage.database import Database
    from core.storage.migrate import migrate, needs_migration

    notes = list(notes or [])
    try:
        db = Database(url, read_only=read_only)
        if read_only and needs_migration(db):
            db.dispose()
            raise StorageError(
                "Cơ sở dữ liệu cần được nâng cấp lên lược đồ của phiên bản BienBan này, mà tệp"
                " lại không ghi được; hãy cấp quyền ghi rồi mở lại. / The database needs"
                " upgrading to this BienBan's schema but cannot be written; make it writable"
                " and open it again."
            )
        migrated = None if read_only else migrate(db)
        if held:
            held.lock_identity()  # a new database file exists only now
        services = Services.build(db)
    except BaseException:
        if held:
            held.release()
        raise
    if migrated:
        notes.append(f"migration backup: {migrated}")
    return OpenDatabase(services, held, notes)


def open_database(
    db_arg: str | Path | None,
    *,
    lock: bool = False,
    backup: bool = True,
    read_only: bool = False,
) -> OpenDatabase:
    """Open (creating if needed), check, back up and migrate the database.

    Raises DatabaseInUseError when *lock* is asked and another BienBan holds it,
    DamagedDatabaseError (with `.backup` set to the newest good backup, if any) when the
    file is damaged; in both cases the file has not been touched. *read_only* opens an
    existing SQLite file for reading alone (see core.storage.database.Database).
    """
    from core.storage.database import sqlite_path

    url = resolve_url(db_arg)
    path = sqlite_path(url)
    held: InstanceLock | None = None
    notes: list[str] = []
    if path is not None:
        held, notes = prepare_file(path, lock=lock, backup=backup)
    return connect(url, held, notes, read_only=read_only and path is not None)


def sqlite_file(db_arg: str | Path | None) -> Path | None:
    from core.storage.database import sqlite_path

    return sqlite_path(resolve_url(db_arg))
