"""Where recordings live: a folder per meeting beside the database, owner-only, written safely."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import sys
import time
from pathlib import Path
from typing import Protocol

import numpy as np

from audio import timeline as tl
from audio.errors import AudioError, DiskFullError, ReadOnlyAudioError

TRASH = ".trash"
EVENTS = "events.jsonl"
ORIGIN = "origin.json"
DIR_MODE = 0o700
FILE_MODE = 0o600
LOCAL_ONLY_NOTICE = (
    "Cơ sở dữ liệu dùng chung trên máy chủ: bản ghi âm chỉ lưu trên máy này ({folder}), các"
    " máy khác không nghe được. / The database is shared on a server: recordings stay on this"
    " computer ({folder}); other computers cannot play them."
)


class HasPath(Protocol):
    @property
    def path(self) -> Path | None: ...


def user_audio_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("BienBan", appauthor=False)) / "audio"


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return  # directories cannot be opened for fsync there; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _disk_full(exc: OSError) -> bool:
    import errno

    return exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))


class AudioStore:
    """`<database>.audio/<meeting uid>/` for a database file, the user data folder for a server."""

    def __init__(self, root: Path, *, local_only: bool = False) -> None:
        self.root = root
        # True for a shared server database: the audio is on this machine only.
        self.local_only = local_only

    @classmethod
    def for_database(cls, db: HasPath, data_folder: Path | None = None) -> AudioStore:
        """Beside a SQLite file; for a server database, in the user data folder (local only)."""
        if db.path is not None:
            return cls(db.path.parent / f"{db.path.name}.audio")
        return cls(data_folder or user_audio_folder(), local_only=True)

    def local_only_notice(self) -> str | None:
        """The bilingual sentence the window shows for a shared database; None for a file."""
        return LOCAL_ONLY_NOTICE.format(folder=self.root) if self.local_only else None

    # -- folders -------------------------------------------------------------------------

    def folder(self, uid: str) -> Path:
        if not uid or "/" in uid or "\\" in uid or uid.startswith("."):
            raise ValueError(f"not a meeting uid: {uid!r}")
        return self.root / uid

    def ensure_folder(self, uid: str) -> Path:
        folder = self.folder(uid)
        if self.is_read_only(uid):
            raise ReadOnlyAudioError()
        try:
            for d in (self.root, folder):
                d.mkdir(mode=DIR_MODE, exist_ok=True)
                os.chmod(d, DIR_MODE)
        except OSError as exc:
            if _disk_full(exc):
                raise DiskFullError(str(self.root)) from exc
            raise AudioError(
                f"Không tạo được thư mục ghi âm {folder}: {exc.strerror or exc}"
                f" / Cannot create the recording folder."
            ) from exc
        return folder

    def clear_leftovers(self, uid: str) -> None:
        """Remove a chunk that was being written when the program died (before writing anew)."""
        folder = self.folder(uid)
        if folder.is_dir() and not self.is_read_only(uid):
            for leftover in folder.glob(".*.tmp"):
                leftover.unlink(missing_ok=True)

    def has_audio(self, uid: str) -> bool:
        folder = self.folder(uid)
        return folder.is_dir() and any(tl.CHUNK_RE.match(p.name) for p in folder.iterdir())

    # -- reading -------------------------------------------------------------------------

    def timeline(self, uid: str) -> tl.Timeline:
        folder = self.folder(uid)
        if not folder.is_dir():
            return tl.Timeline()
        return tl.build(list(folder.iterdir()), self.events(uid))

    def events(self, uid: str) -> list[tuple[int, str]]:
        path = self.folder(uid) / EVENTS
        found: list[tuple[int, str]] = []
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return found
        for line in lines:
            try:
                row = json.loads(line)
                found.append((int(row["ms"]), str(row["event"])))
            except (ValueError, KeyError, TypeError):
                continue  # the line being written at a crash
        return found

    def origin(self, uid: str) -> dt.datetime | None:
        """Wall-clock moment of offset 0 (the meeting's first recording), UTC."""
        try:
            data = json.loads((self.folder(uid) / ORIGIN).read_text(encoding="utf-8"))
            return dt.datetime.fromisoformat(data["origin"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    # -- writing -------------------------------------------------------------------------

    def set_origin(self, uid: str, when: dt.datetime) -> None:
        data = {"format": "bienban-audio/1", "origin": when.isoformat(), "rate": tl.RATE}
        self._write_atomic(self.folder(uid) / ORIGIN, json.dumps(data).encode())

    def write_chunk(
        self, uid: str, start_ms: int, samples: np.ndarray, reserve_bytes: int = 0
    ) -> Path:
        """Write one chunk whole or not at all: temporary file, fsync, rename, fsync folder."""
        import io

        import soundfile as sf

        folder = self.folder(uid)
        if reserve_bytes and shutil.disk_usage(folder).free < reserve_bytes:
            # Stop short of a full disk: the database on the same disk must keep saving text.
            raise DiskFullError(str(folder))
        buf = io.BytesIO()
        with sf.SoundFile(
            buf, "w", tl.RATE, 1, format="FLAC", subtype="PCM_16"
        ) as f:  # encoded in memory: the disk sees one short write
            f.write(samples)
        target = folder / tl.chunk_name(start_ms, len(samples))
        self._write_atomic(target, buf.getvalue())
        return target

    def add_event(self, uid: str, ms: int, event: str) -> None:
        """Append one line (fsynced) to the meeting's event log; best effort."""
        line = json.dumps({"ms": ms, "event": event, "wall": time.time()}) + "\n"
        try:
            fd = os.open(
                self.folder(uid) / EVENTS, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE
            )
            try:
                os.write(fd, line.encode())
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError:
            pass  # a full disk: the gap shows in the timeline all the same

    def _write_atomic(self, target: Path, data: bytes) -> None:
        tmp = target.parent / f".{target.name}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            if _disk_full(exc):
                raise DiskFullError(str(target.parent)) from exc
            raise AudioError(
                f"Không ghi được tệp ghi âm {target}: {exc.strerror or exc}"
                f" / Cannot write the recording file."
            ) from exc

    # -- the meeting's life: delete and its undo, finalize and reopen ---------------------

    def trash(self, uid: str) -> str | None:
        """Move a deleted meeting's recording aside; returns the token untrash() takes back."""
        folder = self.folder(uid)
        if not folder.is_dir():
            return None
        self.set_read_only(uid, False)  # a folder without write permission cannot be moved
        bin_ = self.root / TRASH
        bin_.mkdir(mode=DIR_MODE, exist_ok=True)
        token = f"{uid}.{time.strftime('%Y%m%d-%H%M%S')}.{time.time_ns() % 1_000_000:06d}"
        os.replace(folder, bin_ / token)
        return token

    def untrash(self, token: str, uid: str) -> None:
        """Undo of the delete: the recording comes back, under the restored meeting's uid."""
        source = self.root / TRASH / token
        if not token or "/" in token or not source.is_dir():
            return
        target = self.folder(uid)
        if target.exists():
            if any(target.iterdir()):
                raise AudioError(
                    "Cuộc họp đã có bản ghi âm khác. / The meeting already has another recording."
                )
            target.rmdir()
        os.replace(source, target)

    def purge_trash(self, older_than_days: float = 30) -> int:
        """Remove recordings of meetings deleted long ago; returns how many went."""
        bin_ = self.root / TRASH
        if not bin_.is_dir():
            return 0
        limit = time.time() - older_than_days * 86400
        gone = 0
        for p in bin_.iterdir():
            if p.stat().st_mtime < limit:
                shutil.rmtree(p, ignore_errors=True)
                gone += 1
        return gone

    def set_read_only(self, uid: str, read_only: bool) -> None:
        """Finalized minutes keep their recording read-only (0400 files, 0500 folder)."""
        folder = self.folder(uid)
        if not folder.is_dir():
            return
        if not read_only:
            os.chmod(folder, DIR_MODE)
        for p in folder.iterdir():
            if p.is_file():
                os.chmod(p, stat.S_IRUSR if read_only else FILE_MODE)
        if read_only:
            os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)

    def is_read_only(self, uid: str) -> bool:
        folder = self.folder(uid)
        return folder.is_dir() and not (folder.stat().st_mode & stat.S_IWUSR)
