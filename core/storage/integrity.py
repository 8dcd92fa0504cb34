"""Checks a database file before it is opened for writing, without ever changing it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from core.errors import DamagedDatabaseError
from core.storage.faults import Fault, classify

SQLITE_MAGIC = b"SQLite format 3\x00"


def _describe_foreign(header: bytes) -> str:
    if header.startswith(b"PK\x03\x04"):
        return (
            "tệp này là tài liệu Word/ZIP, không phải cơ sở dữ liệu"
            " / this is a Word document or ZIP archive, not a database"
        )
    if header.startswith(b"%PDF"):
        return "tệp này là tài liệu PDF / this is a PDF document, not a database"
    return (
        "phần đầu tệp không phải của cơ sở dữ liệu SQLite (bị ghi đè hoặc không phải"
        " cơ sở dữ liệu) / the file header is not a SQLite header (overwritten, or not a"
        " database)"
    )


def check_file(path: Path, *, has_backups: bool = False, deep: bool = True) -> None:
    """Raise DamagedDatabaseError if *path* is not a sound SQLite database.

    A missing file is fine (a new database). An empty one is fine too unless backups
    exist, in which case a database that once held data has been emptied. *deep* adds
    PRAGMA quick_check, which reads every page (about 1.5 s for 200 MB).
    """
    if not path.exists():
        return
    if path.is_dir():
        raise DamagedDatabaseError(path, "đây là một thư mục / this is a folder, not a file")
    size = path.stat().st_size
    if size == 0:
        if has_backups:
            raise DamagedDatabaseError(
                path,
                "tệp rỗng (0 byte) dù đã có bản sao lưu / the file is empty (0 bytes)"
                " although backups of it exist",
            )
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DamagedDatabaseError(
            path, f"không đọc được / cannot be read: {exc.strerror}"
        ) from exc
    if not header.startswith(SQLITE_MAGIC):
        raise DamagedDatabaseError(path, _describe_foreign(header))
    if len(header) < 100:
        raise DamagedDatabaseError(path, "tệp bị cắt cụt / the file is truncated")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages_in_header = int.from_bytes(header[28:32], "big")
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedDatabaseError(path, "phần đầu tệp bị hỏng / the file header is damaged")
    if size % page_size or (
        pages_in_header
        and size < pages_in_header * page_size
        and not Path(str(path) + "-wal").exists()
    ):
        raise DamagedDatabaseError(path, "tệp bị cắt cụt / the file is truncated")
    problem = quick_check(path) if deep else None
    if problem:
        raise DamagedDatabaseError(path, f"kiểm tra phát hiện lỗi / the check found: {problem}")


def readonly_uri(path: Path, *, immutable: bool = False) -> str:
    """A sqlite3 URI that opens *path* without writing (paths may hold '?', '#', spaces)."""
    return f"file:{quote(str(path))}?{'immutable=1' if immutable else 'mode=ro'}"


def wal_is_empty(path: Path) -> bool:
    """No -wal beside *path*, or an empty one: every committed page is in the file itself."""
    try:
        return Path(str(path) + "-wal").stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def quick_check(path: Path) -> str | None:
    """Run PRAGMA quick_check read-only; None when the database is sound, the problem found
    when it is damaged. A file that cannot be read for another reason (a full disk, a
    folder that refuses the -shm) raises StorageError saying so: it is not damaged."""
    # Without a -wal to replay, immutable=1 leaves no -wal/-shm behind and needs no room.
    immutable = wal_is_empty(path)
    try:
        conn = sqlite3.connect(readonly_uri(path, immutable=immutable), uri=True, timeout=10)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        fault = classify(exc)
        if fault is not Fault.DAMAGED:
            from core.storage.diagnose import storage_error

            raise storage_error(path, fault) from exc
        return str(exc)
    messages = [str(r[0]) for r in rows]
    return None if messages == ["ok"] else "; ".join(messages[:3])


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".clean")


def _stat_key(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"


def mark_clean_close(path: Path) -> None:
    """Record the file as BienBan left it after a clean close (WAL checkpointed)."""
    if path.exists() and not Path(str(path) + "-wal").exists():
        try:
            _marker(path).write_text(_stat_key(path), encoding="ascii")
        except OSError:
            pass  # only costs a full check at the next start


def untouched_since_clean_close(path: Path) -> bool:
    """True when nothing (no crash, no other program) changed the file since we closed it."""
    try:
        return not Path(str(path) + "-wal").exists() and _marker(path).read_text(
            encoding="ascii"
        ) == _stat_key(path)
    except OSError:
        return False


def check_at_start(path: Path, *, has_backups: bool) -> None:
    """Header checks always; the full quick_check unless the file is as we left it."""
    check_file(path, has_backups=has_backups, deep=not untouched_since_clean_close(path))
