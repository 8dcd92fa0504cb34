"""Why a SQLite file cannot be written: a Fault refined by looking at the file system."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from core.errors import StorageError
from core.storage.faults import Fault, describe

# SQLite says only "read-only", "disk I/O error" or "disk full"; what the secretary can do
# depends on which file or folder refuses, and why. These run on the failure path only.
# Faults that the file system around the file may explain.
DIAGNOSED = frozenset({Fault.READ_ONLY, Fault.DISK_FULL, Fault.IO_ERROR})
# Below this, a disk I/O error on a write is taken for a full disk: SQLite needs room for
# the -shm (32 KiB) and WAL frames, and a file system reserves some blocks for itself.
NEARLY_FULL = 1024 * 1024
# A write refused for want of room with this much free was a large one (a long paste).
SHORT_OF_ROOM = 64 * 1024 * 1024

READ_ONLY_DRIVE = "read_only_drive"
DISK_FULL = "disk_full"
FOLDER_READ_ONLY = "folder_read_only"
FILE_READ_ONLY = "file_read_only"
STALE_SHM = "stale_shm"
STALE_WAL = "stale_wal"


@dataclass(frozen=True)
class Diagnosis:
    cause: str  # one of the constants above
    fault: Fault  # READ_ONLY or DISK_FULL: both pass once the cause is fixed
    message: str  # "<Vietnamese> / <English>", saying what to do


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


def _owner(path: Path) -> str:
    try:
        import pwd

        return pwd.getpwuid(path.stat().st_uid).pw_name
    except (ImportError, KeyError, OSError):
        return "?"


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def free_space(folder: Path) -> int | None:
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        return None
    return st.f_bavail * st.f_frsize


def _drive_read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def diagnose(path: Path, fault: Fault | None = None) -> Diagnosis | None:
    """What stops *path* (a SQLite database file) from being written, if the file system
    shows it; None when nothing there explains *fault*."""
    folder = path.parent
    name = path.name
    if _drive_read_only(folder):
        return Diagnosis(
            READ_ONLY_DRIVE,
            Fault.READ_ONLY,
            f"Ổ đĩa chứa {folder} chỉ cho phép đọc (USB bị khóa ghi, ổ mạng chỉ đọc); dữ liệu"
            f" vẫn đọc và xuất được nhưng không ghi được. Hãy mở khóa ghi, hoặc chép {name}"
            f" sang một thư mục ghi được rồi mở bản chép. / The drive holding {folder} is"
            f" read-only (a write-protected USB stick, a read-only share): the minutes can be"
            f" read and exported but not changed. Make the drive writable, or copy {name} to"
            f" a writable folder and open the copy.",
        )
    free = free_space(folder)
    full = Diagnosis(
        DISK_FULL,
        Fault.DISK_FULL,
        f"Ổ đĩa đã đầy: ổ chứa {folder} chỉ còn trống {_size(free or 0)}. Dữ liệu đã lưu vẫn"
        f" nguyên vẹn, đừng khôi phục bản sao lưu. Hãy xóa bớt tệp trên ổ này (hoặc chuyển cơ"
        f" sở dữ liệu sang ổ khác); việc lưu sẽ tiếp tục khi có chỗ trống. / The disk is full:"
        f" the drive holding {folder} has {_size(free or 0)} free. What was saved is intact,"
        f" do not restore a backup. Free some space on it (or move the database to another"
        f" drive); saving resumes once there is room.",
    )
    if fault is Fault.DISK_FULL:
        # SQLITE_FULL is also a database grown to its page limit, with the disk half empty.
        return full if free is None or free < SHORT_OF_ROOM else None
    if not os.access(folder, os.W_OK | os.X_OK):
        return Diagnosis(
            FOLDER_READ_ONLY,
            Fault.READ_ONLY,
            f"Thư mục {folder} không cho phép bạn ghi, mà BienBan cần tạo tệp bên cạnh cơ sở"
            f" dữ liệu ({name}-wal, {name}-shm, tệp khóa, bản sao lưu). Hãy cấp quyền ghi"
            f" thư mục cho mình (Thuộc tính > Bảo mật, hoặc chmod u+w), hoặc chép {name} sang"
            f" thư mục khác. / The folder {folder} does not let you write, and BienBan must"
            f" create files beside the database ({name}-wal, {name}-shm, a lock, backups)."
            f" Give yourself write permission on the folder (Properties > Security, or"
            f" chmod u+w), or copy {name} to another folder.",
        )
    if path.exists() and not _writable(path):
        return Diagnosis(
            FILE_READ_ONLY,
            Fault.READ_ONLY,
            f"Tệp {path} chỉ cho phép đọc (chủ sở hữu: {_owner(path)}); dữ liệu vẫn đọc và"
            f" xuất được. Hãy cấp quyền ghi cho tệp (Thuộc tính > bỏ chọn Chỉ đọc, hoặc"
            f" chmod u+w). / The file {path} is read-only (owner: {_owner(path)}); it can"
            f" still be read and exported. Give yourself write permission on it (Properties"
            f" > untick Read-only, or chmod u+w).",
        )
    shm = Path(f"{path}-shm")
    if shm.exists() and not _writable(shm):
        return Diagnosis(
            STALE_SHM,
            Fault.READ_ONLY,
            f"Tệp {shm.name} do người dùng {_owner(shm)} để lại chỉ cho phép đọc, nên cơ sở"
            f" dữ liệu không ghi được dù tệp chính ghi được. Khi không còn chương trình nào"
            f" mở cơ sở dữ liệu, hãy xóa {shm.name} (tệp này không chứa dữ liệu) hoặc nhận"
            f" quyền sở hữu nó (chown). / {shm.name}, left behind by user {_owner(shm)}, is"
            f" read-only, so the database cannot be written although its file can. With no"
            f" program using the database, delete {shm.name} (it holds no data) or take"
            f" ownership of it (chown).",
        )
    wal = Path(f"{path}-wal")
    if wal.exists() and not _writable(wal):
        return Diagnosis(
            STALE_WAL,
            Fault.READ_ONLY,
            f"Tệp {wal.name} do người dùng {_owner(wal)} để lại chỉ cho phép đọc. Tệp này"
            f" chứa những thay đổi mới nhất: đừng xóa nó; hãy nhận quyền sở hữu nó (chown)"
            f" hoặc nhờ người dùng {_owner(wal)} mở rồi đóng BienBan một lần. / {wal.name},"
            f" left behind by user {_owner(wal)}, is read-only. It holds the latest changes:"
            f" do not delete it; take ownership of it (chown), or have {_owner(wal)} open and"
            f" close BienBan once.",
        )
    if free is not None and free < NEARLY_FULL and fault in (None, Fault.IO_ERROR):
        return full
    return None


def storage_error(path: Path | None, fault: Fault) -> StorageError:
    """The StorageError for *fault* on the file *path*, in the words of its diagnosis."""
    found = diagnose(path, fault) if path is not None and fault in DIAGNOSED else None
    if found is None:
        return StorageError(describe(fault), fault.value)
    return StorageError(found.message, found.fault.value)
