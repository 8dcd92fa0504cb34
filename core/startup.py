"""Opening a database at start: lock, integrity check, backup, migration, services."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from core.backup import backup_if_changed, list_backups, newest_good_backup
from core.database import Database, resolve_url, sqlite_path
from core.errors import DamagedDatabaseError
from core.integrity import check_at_start, mark_clean_close
from core.lock import InstanceLock
from core.migrate import migrate
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
        if path is not None:
            mark_clean_close(path)
        if self.lock is not None:
            self.lock.release()


def open_database(db_arg: str | None, *, lock: bool = False, backup: bool = True) -> OpenDatabase:
    """Open (creating if needed), check, back up and migrate the database.

    Raises DatabaseInUseError when *lock* is asked and another BienBan holds it,
    DamagedDatabaseError (with `.backup` set to the newest good backup, if any) when the
    file is damaged; in both cases the file has not been touched.
    """
    url = resolve_url(db_arg)
    path = sqlite_path(url)
    held: InstanceLock | None = None
    notes: list[str] = []
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
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
    try:
        db = Database(url)
        migrated = migrate(db)
    except BaseException:
        if held:
            held.release()
        raise
    if migrated:
        notes.append(f"migration backup: {migrated}")
    return OpenDatabase(Services.build(db), held, notes)


def sqlite_file(db_arg: str | None) -> Path | None:
    return sqlite_path(resolve_url(db_arg))
