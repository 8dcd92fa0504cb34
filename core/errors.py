"""Typed errors raised by the core; each carries a message a secretary can read."""

from __future__ import annotations

import errno
from typing import Any

# Windows reports these in OSError.winerror (errno then says only EACCES or EINVAL).
WINERROR_SHARING_VIOLATION = 32
WINERROR_LOCK_VIOLATION = 33
WINERROR_DISK_FULL = 112

_REASONS = {
    errno.ENOSPC: ("ổ đĩa đã đầy", "the disk is full"),
    errno.EDQUOT: ("hết hạn mức ổ đĩa", "disk quota exceeded"),
    errno.EACCES: ("không có quyền ghi", "permission denied"),
    errno.EPERM: ("không có quyền ghi", "permission denied"),
    errno.EROFS: ("ổ đĩa chỉ đọc", "read-only file system"),
    errno.ENAMETOOLONG: ("tên tệp quá dài", "file name too long"),
    errno.ENOENT: ("thư mục không tồn tại", "the folder does not exist"),
    errno.ENOTDIR: ("đường dẫn không phải thư mục", "a part of the path is not a folder"),
    errno.EISDIR: ("đích là một thư mục", "the target is a folder"),
    errno.EBUSY: ("tệp đang được mở ở chương trình khác", "the file is in use"),
}
_WINDOWS_REASONS = {
    WINERROR_SHARING_VIOLATION: _REASONS[errno.EBUSY],
    WINERROR_LOCK_VIOLATION: _REASONS[errno.EBUSY],
    WINERROR_DISK_FULL: _REASONS[errno.ENOSPC],
}


def os_reason(exc: OSError) -> tuple[str, str]:
    """Why the operating system refused, in Vietnamese and in English."""
    windows = _WINDOWS_REASONS.get(getattr(exc, "winerror", None) or 0)
    if windows is not None:
        return windows
    plain = exc.strerror or str(exc)
    return _REASONS.get(exc.errno or 0, (plain, plain))


class BienBanError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(BienBanError):
    """Input that cannot be stored as given; nothing was changed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(BienBanError):
    """The record asked for does not exist (or no longer exists)."""


class StorageError(BienBanError):
    """The database could not be read or written: full, locked, read-only or damaged.

    `fault` (a core.storage.faults.Fault) says which, when a driver reported it: the window
    retries the faults that can pass and stops on the others.
    """

    def __init__(self, message: str, fault: str | None = None) -> None:
        super().__init__(message)
        self.fault = fault


class ConnectionLostError(StorageError):
    """The database server cannot be reached (restarted, network down); retrying may succeed.

    `during_commit` is True when the connection broke while committing: the change may
    have been stored, so a retry must check before adding anything again.
    """

    def __init__(self, message: str, *, during_commit: bool = False) -> None:
        super().__init__(message, "connection_lost")
        self.during_commit = during_commit


class PasswordRequiredError(StorageError):
    """The database server asks for a password that was not given, or refused the one given."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "auth")


class SchemaTooNewError(StorageError):
    """The database was written by a newer BienBan; it is left untouched."""


class ConflictError(BienBanError):
    """Someone else saved the same record first; our change was not applied."""


class ExportError(BienBanError):
    """A document could not be produced or written."""


class DamagedDatabaseError(StorageError):
    """The database file is damaged or is not a database; it was not touched."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(
            f"Tệp cơ sở dữ liệu {path} bị hỏng: {reason}. Tệp được giữ nguyên."
            f" / The database file is damaged; it was left as it is."
        )
        self.path = path
        self.reason = reason
        self.backup: Any = None  # the newest good BackupInfo, when one exists


class DatabaseInUseError(StorageError):
    """Another BienBan has the database open."""

    def __init__(self, path: object, pid: int, host: str) -> None:
        super().__init__(
            f"Cơ sở dữ liệu {path} đang được mở bởi BienBan khác (tiến trình {pid} trên máy"
            f" {host}). / The database is open in another BienBan (process {pid} on {host})."
        )
        self.pid = pid
        self.host = host


class FileInUseError(ExportError):
    """Another program (Word, most often) holds the target open; the old file is intact."""

    def __init__(self, path: object) -> None:
        super().__init__(
            f"Tệp {path} đang mở trong chương trình khác (Word?). Đóng tệp trong Word rồi xuất"
            f" lại, hoặc lưu với tên khác. Tệp cũ được giữ nguyên."
            f" / {path} is open in another program (Word?). Close the file in Word and export"
            f" again, or save under another name. The old file was left as it was."
        )
        self.path = path
