"""Typed errors raised by the core; each carries a message a secretary can read."""

from __future__ import annotations

import errno
from typing import Any

SEPARATOR = " / "  # between the Vietnamese and the English of a message, exactly once


def halves(message: str) -> tuple[str, str]:
    """The Vietnamese and English of "tiếng Việt / English"; a text without exactly one
    separator (a name typed with " / " in it, say) is both, whole."""
    vi, sep, en = message.partition(SEPARATOR)
    if sep and SEPARATOR not in en:
        return vi, en
    return message, message


# What a field is called in a message, for the fields named by their key or by their
# Vietnamese name alone where the message is made.
FIELD_LABELS = {
    "title": "Trích yếu / Subject",
    "kind": "Loại / Kind",
    "number": "Số biên bản / Number",
    "issuing_body": "Cơ quan ban hành / Issuing body",
    "parent_body": "Cơ quan chủ quản / Parent body",
    "Cơ quan chủ quản": "Cơ quan chủ quản / Parent body",
    "doc_code": "Ký hiệu cơ quan / Office code",
    "code": "Ký hiệu / Code",
    "city": "Địa danh / City",
    "place": "Địa điểm / Place",
    "other_info": "Thông tin khác / Other information",
    "profile": "Thể thức văn bản / Export profile",
    "planned_start": "Dự kiến bắt đầu / Planned start",
    "planned_end": "Dự kiến kết thúc / Planned end",
    "actual_start": "Bắt đầu thực tế / Actual start",
    "actual_end": "Kết thúc thực tế / Actual end",
    "documents": "Tài liệu / Documents",
    "quorum_rule": "Điều kiện hợp lệ / Quorum rule",
    "organisation_id": "Cơ quan / Organisation",
    "notice_number": "Số thông báo kết luận / Notice number",
    "notice_signer": "Chức vụ người ký thông báo / Notice signer",
    "lead": "Đơn vị chủ trì / Lead",
    "coordinating": "Đơn vị phối hợp / Coordinating",
    "note": "Ghi chú / Note",
    "status": "Tình trạng / Status",
    "conclusion_entry_id": "Mục kết luận / Conclusion entry",
    "at": "Thời điểm / Time",
    "started_at": "Lúc bắt đầu gõ / Typing started",
    "role": "Vai trò / Role",
    "agenda": "Mục chương trình / Agenda item",
    "presenter": "Người trình bày / Presenter",
    "Người trình bày": "Người trình bày / Presenter",
    "text": "Nội dung / Text",
    "value": "Giá trị / Value",
    "unit": "Đơn vị tính / Unit",
    "period": "Kỳ / Period",
    "target": "Chỉ tiêu / Target",
    "Người phát biểu": "Người phát biểu / Speaker",
    "Nội dung biểu quyết": "Nội dung biểu quyết / Vote subject",
    "Người đề xuất": "Người đề xuất / Proposer",
    "Trả lời": "Trả lời / Response",
}


def about(label: str, vi: str, en: str) -> dict[str, str]:
    """The vi= and en= of a message about a field: each half names the field in its own
    language (a label given as "Họ tên / Full name", or a key of FIELD_LABELS)."""
    label_vi, label_en = halves(FIELD_LABELS.get(label, label))
    return {"vi": f"{label_vi}: {vi}", "en": f"{label_en}: {en}"}


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
    """Base of every error the core raises on purpose.

    `message` is both languages, "tiếng Việt / English", as the command line prints it;
    `vi` and `en` are each alone, for a window that speaks one. A message built from
    pieces that are themselves bilingual (a field's label, a list of missing parts) is
    given as `vi=` and `en=` instead, so that each half stays in its language.
    """

    def __init__(self, message: str = "", *, vi: str | None = None, en: str | None = None) -> None:
        if vi is not None or en is not None:
            self.vi = vi if vi is not None else str(en)
            self.en = en if en is not None else self.vi
            message = f"{self.vi}{SEPARATOR}{self.en}"
        else:
            self.vi, self.en = halves(message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def said(self, language: str) -> str:
        """The message in *language* ("vi" or "en")."""
        return self.en if language == "en" else self.vi


class ValidationError(BienBanError):
    """Input that cannot be stored as given; nothing was changed."""

    def __init__(
        self,
        message: str = "",
        field: str | None = None,
        *,
        vi: str | None = None,
        en: str | None = None,
    ) -> None:
        super().__init__(message, vi=vi, en=en)
        self.field = field


class PersonSharedError(ValidationError):
    """A name corrected on one attendance list belongs to a person on *meetings* other
    lists: whether the correction holds everywhere or names someone else here is asked."""

    def __init__(self, message: str, meetings: int) -> None:
        super().__init__(message, "full_name")
        self.meetings = meetings


class NotFoundError(BienBanError):
    """The record asked for does not exist (or no longer exists)."""


class StorageError(BienBanError):
    """The database could not be read or written: full, locked, read-only or damaged.

    `fault` (a core.storage.faults.Fault) says which, when a driver reported it: the window
    retries the faults that can pass and stops on the others.
    """

    def __init__(
        self,
        message: str = "",
        fault: str | None = None,
        *,
        vi: str | None = None,
        en: str | None = None,
    ) -> None:
        super().__init__(message, vi=vi, en=en)
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


class DatabaseMovedError(StorageError):
    """The open database file was deleted, replaced or truncated, or lost its -wal journal,
    under the running program: nothing more is written to it (fault "moved", never retried).

    `reason` says which (core.storage.file_watch); `backup` is the newest sound backup
    (a core.storage.backup.BackupInfo) or None.
    """

    def __init__(self, reason: str, backup: Any = None, *, vi: str, en: str) -> None:
        super().__init__(fault="moved", vi=vi, en=en)
        self.reason = reason
        self.backup = backup


class SchemaTooNewError(StorageError):
    """The database was written by a newer BienBan; it is left untouched."""


class ConflictError(BienBanError):
    """Someone else saved the same record first; our change was not applied.

    `clashes` names the fields they changed (with their value) when the save said what it
    expected to find; `fresh` is the record as they left it.
    """

    def __init__(
        self, message: str, clashes: dict[str, Any] | None = None, fresh: Any = None
    ) -> None:
        super().__init__(message)
        self.clashes = clashes or {}
        self.fresh = fresh


class ExportError(BienBanError):
    """A document could not be produced or written."""


class CancelledError(BienBanError):
    """The secretary stopped a long task (reading a large file); nothing was changed."""


class DamagedDatabaseError(StorageError):
    """The database file is damaged or is not a database; it was not touched."""

    def __init__(self, path: object, reason: str) -> None:
        reason_vi, reason_en = halves(reason)
        super().__init__(
            vi=f"Tệp cơ sở dữ liệu {path} bị hỏng: {reason_vi}. Tệp được giữ nguyên.",
            en=f"The database file {path} is damaged: {reason_en}. It was left as it is.",
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
