"""One BienBan per database file: a lock file naming its holder, taken over when stale."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import IO

from core.errors import DatabaseInUseError, StorageError

try:  # POSIX: the kernel drops the lock when the holder dies, even by SIGKILL.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class InstanceLock:
    """Held for as long as the program has the database open."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path_for(db_path)
        self.db_path = db_path
        self._fh: IO[str] | None = None

    def holder(self) -> tuple[int, str] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return int(data["pid"]), str(data["host"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def acquire(self) -> None:
        """Take the lock or raise DatabaseInUseError naming the other program."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageError(
                f"Không tạo được tệp khóa {self.path}: {exc.strerror} / Cannot create the lock"
                " file."
            ) from exc
        fh = os.fdopen(fd, "r+", encoding="utf-8")
        if fcntl is not None:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                fh.close()
                pid, host = self.holder() or (0, "?")
                raise DatabaseInUseError(self.db_path, pid, host) from None
        else:  # pragma: no cover - Windows
            held = self.holder()
            if (
                held
                and held[0] != os.getpid()
                and (held[1] != socket.gethostname() or _pid_alive(held[0]))
            ):
                fh.close()
                raise DatabaseInUseError(self.db_path, *held)
        # Here the lock is free or stale (its holder crashed): take it over.
        fh.seek(0)
        fh.truncate()
        json.dump({"pid": os.getpid(), "host": socket.gethostname()}, fh)
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            # The file stays: unlinking it could let a newcomer lock a different inode
            # than the one another waiter is about to lock.
            self._fh.seek(0)
            self._fh.truncate()
            self._fh.close()
        finally:
            self._fh = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
