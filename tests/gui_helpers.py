"""Helpers shared by the GUI tests: typing Vietnamese text without QTest.keyClicks, and
starting the program in a process of its own."""

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from core.storage.lock import InstanceLock

ROOT = Path(__file__).resolve().parent.parent


def type_text(widget, text: str) -> None:
    """Insert text into widget the way an input method does (keyClicks aborts on non-ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def start_window_process(db: Path, home: Path) -> subprocess.Popen[bytes]:
    """Start `main.py --db DB` headless; returns once it holds the database's lock (the file
    is then locked and checked, and the window is being built)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    proc = subprocess.Popen(
        [sys.executable, "main.py", "--db", str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    lock = InstanceLock(db)
    deadline = time.monotonic() + 30
    while lock.holder() is None or lock.holder()[0] != proc.pid:  # type: ignore[index]
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.01)
    return proc


def settle(ops, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Let the operations layer store what was asked and deliver every result here."""
    assert ops.drain(timeout), [u.label for u in ops.unsaved()]
