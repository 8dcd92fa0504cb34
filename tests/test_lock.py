"""A second BienBan on the same database is told who holds it; stale locks are taken over."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.errors import DatabaseInUseError
from core.storage.lock import InstanceLock
from core.storage.startup import open_database

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
