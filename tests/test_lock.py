"""A second BienBan on the same database is told who holds it; stale locks are taken over."""

from __future__ import annotations

import errno
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from core.errors import BienBanError, DatabaseInUseError, StorageError
from core.storage import lock as lock_module
from core.storage.lock import InstanceLock, identity_folder
from core.storage.startup import open_database
from tests.disks import fill, mount_tmpfs

ROOT = Path(__file__).resolve().parent.parent


def test_second_lock_names_the_holder(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    first = InstanceLock(db)
    first.acquire()
    with pytest.raises(DatabaseInUseError) as info:
        InstanceLock(db).acquire()
    assert info.value.pid == os.getpid()
    assert info.value.host == socket.gethostname()
    assert str(os.getpid()) in info.value.message
    first.release()
    again = InstanceLock(db)
    again.acquire()
    again.release()


def test_open_database_with_lock_refuses_second_instance(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    opened = open_database(str(db), lock=True)
    with pytest.raises(DatabaseInUseError):
        open_database(str(db), lock=True)
    opened.close()
    open_database(str(db), lock=True).close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX: SIGKILL")
def test_stale_lock_of_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from core.storage.lock import InstanceLock\n"
        f"lock = InstanceLock(Path({str(db)!r}))\nlock.acquire()\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUseError) as info:
            InstanceLock(db).acquire()
        assert info.value.pid == child.pid
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        deadline = time.monotonic() + 5
        lock = InstanceLock(db)
        while True:
            try:
                lock.acquire()
                break
            except DatabaseInUseError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert lock.holder() == (os.getpid(), socket.gethostname())
        lock.release()
    finally:
        child.kill()
        child.wait()


def test_a_symlink_to_an_open_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    open_database(str(db)).close()
    other = tmp_path / "elsewhere"
    other.mkdir()
    link = other / "b.sqlite3"
    try:
        link.symlink_to(db)
    except OSError as exc:  # Windows without Developer Mode or administrator rights
        pytest.skip(f"cannot make a symbolic link here: {exc}")
    with InstanceLock(db), pytest.raises(DatabaseInUseError) as info:
        InstanceLock(link).acquire()
    assert info.value.pid == os.getpid()
    with InstanceLock(link), pytest.raises(DatabaseInUseError):
        InstanceLock(db).acquire()


@pytest.mark.parametrize("where", ["same folder", "another folder"])
def test_a_hard_link_to_an_open_database_is_refused(tmp_path: Path, where: str) -> None:
    db = tmp_path / "a.sqlite3"
    open_database(str(db)).close()
    folder = tmp_path if where == "same folder" else tmp_path / "other"
    folder.mkdir(exist_ok=True)
    link = folder / "b.sqlite3"
    os.link(db, link)
    first = open_database(str(db), lock=True)
    try:
        with pytest.raises(DatabaseInUseError) as info:
            open_database(str(link), lock=True)
        assert info.value.pid == os.getpid() and info.value.host == socket.gethostname()
    finally:
        first.close()
    open_database(str(link), lock=True).close()  # free again once the first is closed


def test_closing_and_refusing_leave_no_lock_file(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    open_database(str(db), lock=True).close()
    assert not list(tmp_path.glob("*.lock"))
    assert list(identity_folder().glob("*.lock")) == []


def test_refusing_a_foreign_file_leaves_nothing_beside_it(tmp_path: Path) -> None:
    word = tmp_path / "hop.docx"
    word.write_bytes(b"PK\x03\x04 a Word document, not minutes" * 50)
    before = word.read_bytes()
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(word), "list"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    with pytest.raises(BienBanError):
        open_database(str(word), lock=True)
    assert [p.name for p in tmp_path.iterdir()] == ["hop.docx"]
    assert word.read_bytes() == before
    assert list(identity_folder().glob("*.lock")) == []


def test_a_lock_file_that_cannot_be_written_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.sqlite3"
    open_database(str(db)).close()

    def full(_fd: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module.os, "write", full)
    with pytest.raises(StorageError) as info:
        open_database(str(db), lock=True)
    assert "ổ đĩa đã đầy" in info.value.message and "the disk is full" in info.value.message
    assert info.value.message.count(" / ") == 1
    monkeypatch.undo()
    assert not list(tmp_path.glob("*.lock"))
    open_database(str(db), lock=True).close()


def test_a_lock_on_a_real_full_disk_is_a_message_in_the_window(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui import app as gui_app

    disk = tmp_path / "disk"
    if not mount_tmpfs(disk, "3m"):
        pytest.skip("needs root and mount(8) to make a real 3 MB filesystem")
    try:
        db = disk / "a.sqlite3"
        open_database(str(db)).close()
        fill(disk)
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
        assert gui_app._open(str(db)) is None
        assert shown and "ổ đĩa đã đầy" in shown[0] and "disk is full" not in shown[0]
        assert not (disk / "a.sqlite3.lock").exists()
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_holder_is_read_past_the_byte_windows_locks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows byte 0 of a held lock file cannot be read by anyone else: simulated here
    by a file object refusing it, as LockFileEx's lock does."""
    db = tmp_path / "a.sqlite3"
    real_open = open

    class ByteZeroLocked:
        def __init__(self, fh: Any) -> None:
            self.fh = fh

        def __enter__(self) -> ByteZeroLocked:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def seek(self, offset: int) -> int:
            return int(self.fh.seek(offset))

        def read(self) -> bytes:
            if self.fh.tell() == 0:
                raise PermissionError(errno.EACCES, "lock violation (winerror 33)")
            return bytes(self.fh.read())

    monkeypatch.setattr(lock_module, "WINDOWS", True)
    monkeypatch.setattr(
        lock_module, "open", lambda *a, **k: ByteZeroLocked(real_open(*a, **k)), raising=False
    )
    killed: list[object] = []
    monkeypatch.setattr(os, "kill", lambda *a: killed.append(a))
    with InstanceLock(db) as held:
        with pytest.raises(DatabaseInUseError) as info:
            InstanceLock(db).acquire()
        assert (info.value.pid, info.value.host) == (os.getpid(), socket.gethostname())
        assert held.holder() == (os.getpid(), socket.gethostname())
    assert killed == []  # no liveness probing: on Windows os.kill would end the holder
    # On Windows filelock removes the released file itself (the POSIX one leaves it to us).
    assert (tmp_path / "a.sqlite3.lock").exists() == (sys.platform != "win32")


def test_a_new_database_is_locked_by_identity_once_created(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    first = open_database(str(db), lock=True)  # created by this start
    try:
        link = tmp_path / "other-name.sqlite3"
        os.link(db, link)
        with pytest.raises(DatabaseInUseError):
            open_database(str(link), lock=True)
    finally:
        first.close()


def test_any_other_refusal_of_the_system_at_start_is_a_message(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui import app as gui_app

    def refused(_db: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "a.sqlite3"))

    monkeypatch.setattr(gui_app, "_open_early", refused)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    assert gui_app._open(str(tmp_path / "a.sqlite3")) is None
    assert "ổ đĩa đã đầy" in shown[0] and str(tmp_path / "a.sqlite3") in shown[0]
