"""One BienBan per database file: operating-system locks on its name and identity (filelock)."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock, Timeout

from core.errors import DatabaseInUseError, StorageError, os_reason

# filelock deletes a released lock file itself on Windows; elsewhere it stays unless removed.
WINDOWS = sys.platform == "win32"
# Windows locks byte 0 of a held lock file, and no other program may read a locked byte
# there: the holder's name is written after it.
HOLDER_OFFSET = 1


def _real(path: Path) -> Path:
    """The file's own name: symlinks followed (on Windows also short 8.3 names and case)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def lock_path_for(db_path: Path) -> Path:
    real = _real(db_path)
    return real.with_name(real.name + ".lock")


def identity_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("BienBan", appauthor=False)) / "locks"


def identity_lock_path(db_path: Path) -> Path | None:
    """A lock named after the file itself (device and inode, or volume and file index on
    Windows), shared by every name the file has, hard links included; None for a file that
    does not exist yet or a file system that gives files no identity."""
    try:
        st = os.stat(db_path)
    except OSError:
        return None
    if not st.st_ino:
        return None
    return identity_folder() / f"{st.st_dev:x}-{st.st_ino:x}.lock"


def read_holder(lock_file: Path) -> tuple[int, str] | None:
    try:
        with open(lock_file, "rb") as fh:
            fh.seek(HOLDER_OFFSET)
            data = json.loads(fh.read().decode("utf-8"))
        return int(data["pid"]), str(data["host"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_holder(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    body = json.dumps({"pid": os.getpid(), "host": socket.gethostname()})
    os.write(fd, b"\n" + body.encode("utf-8"))


def _file_lock(path: Path, on_acquired: Callable[[int], None] | None = None) -> FileLock:
    # Not thread-local: the loader thread releases the lock when opening fails there.
    return FileLock(path, mode=0o600, thread_local=False, blocking=False, on_acquired=on_acquired)


def _unlink_held(path: Path) -> None:
    """Remove a lock file while it is still held, so nothing is left beside the database.
    A newcomer that opened it just before finds it unlinked once it gets the lock, and
    filelock has it try again on a new file (Windows: filelock removes it after release)."""
    if not WINDOWS:
        with contextlib.suppress(OSError):
            path.unlink()


def remove_if_free(path: Path) -> None:
    """Delete a lock file nobody holds (one a failed start left behind)."""
    if not path.exists():
        return
    lock = _file_lock(path)
    try:
        lock.acquire()
    except (Timeout, OSError):
        return
    _unlink_held(path)
    lock.release()


class InstanceLock:
    """Held for as long as the program has the database open.

    Two operating-system locks, released by the system when the program dies however it
    dies (so a crashed program's lock is simply taken over): one beside the database under
    its real name, seen by other computers sharing the folder, and one named after the
    file's identity, so a symlink or a hard link to an open database is refused too.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path_for(db_path)
        self._held: list[FileLock] = []
        self._identity: Path | None = None

    def holder(self) -> tuple[int, str] | None:
        return read_holder(self.path)

    def _take(self, path: Path) -> None:
        lock = _file_lock(path, _write_holder)
        try:
            lock.acquire()
        except Timeout:
            pid, host = read_holder(path) or (0, "?")
            raise DatabaseInUseError(self.db_path, pid, host) from None
        except OSError as exc:
            remove_if_free(path)
            vi, en = os_reason(exc)
            raise StorageError(
                f"Không ghi được tệp khóa {path}: {vi}. / Cannot write the lock file {path}: {en}."
            ) from exc
        self._held.append(lock)

    def acquire(self) -> None:
        """Take the lock or raise DatabaseInUseError naming the other program (StorageError
        when the lock file cannot be written: a full disk, a read-only folder)."""
        try:
            self._take(self.path)
            self.lock_identity()
        except BaseException:
            self.release()
            raise

    def lock_identity(self) -> None:
        """Add the lock on the file's identity once the file exists (a new database has
        none when the lock is first taken: start-up calls this again once it is created)."""
        if not self._held or self._identity is not None:
            return
        identity = identity_lock_path(self.db_path)
        if identity is None:
            return
        try:
            identity.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            vi, en = os_reason(exc)
            raise StorageError(
                f"Không tạo được thư mục {identity.parent}: {vi}."
                f" / Cannot create the folder {identity.parent}: {en}."
            ) from exc
        self._take(identity)
        self._identity = identity

    def release(self) -> None:
        self._identity = None
        while self._held:
            lock = self._held.pop()
            _unlink_held(Path(lock.lock_file))
            lock.release()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
