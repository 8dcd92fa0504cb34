"""Kill trials while typing: the real window, keys 50-250 ms apart without a pause, SIGKILL.

Each trial starts BienBan on a copy of a small database, waits for the meeting to open, then
types into the entry bar (an Enter now and then) from inside the window's own event loop,
printing each key as it goes. The bench kills the process at a random moment and checks that
everything typed one second or more before the kill is in the database, as entries or as the
draft. `python -m bench.typing_kills --trials 100`.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GRACE_S = 1.0  # what was typed this long before the kill must be stored

TYPIST = """
import random, sys
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication
from gui import app as gui_app

started = gui_app.start(__import__("argparse").Namespace(db=sys.argv[1]))
window = started.window
rnd = random.Random(int(sys.argv[2]))
words = "đồng chí kết luận nhất trí bổ sung kinh phí chuyển đổi số năm 2026 đề nghị".split()
typed = [0]

def key() -> None:
    box = window.proceedings.bar.text
    if not box.isEnabled() or window.proceedings.model.rowCount() == 0:
        QTimer.singleShot(50, key)  # the meeting is still opening
        return
    if typed[0] and rnd.random() < 0.02:
        QApplication.sendEvent(
            box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        )
        print("enter", flush=True)
    else:
        text = rnd.choice(words)[:1] if rnd.random() < 0.7 else " "
        ev = QInputMethodEvent()
        ev.setCommitString(text)
        QApplication.sendEvent(box, ev)
        typed[0] += 1
        print("key " + text.encode("unicode_escape").decode(), flush=True)
    QTimer.singleShot(rnd.randint(50, 250), key)

QTimer.singleShot(0, key)
started.app.exec()
"""


@dataclass
class Trial:
    keys: int  # keys typed in all
    due: int  # keys typed GRACE_S or more before the kill
    stored: int  # of those, how many are in the database (as many as due when all is well)
    lost: int


def _stored_text(db: Path, meeting: int, before: int) -> str:
    """Entries added during the trial, then the draft: all that holds what was typed."""
    conn = sqlite3.connect(db)
    try:
        entries = [
            r[0]
            for r in conn.execute(
                "SELECT text FROM entry WHERE meeting_id = ? AND id > ? ORDER BY position",
                (meeting, before),
            )
        ]
        draft = conn.execute("SELECT text FROM draft WHERE meeting_id = ?", (meeting,)).fetchone()
    finally:
        conn.close()
    return "".join(entries) + (draft[0] if draft else "")


def _squash(text: str) -> str:
    return "".join(text.split())  # entries are stored trimmed: compare without spaces


def trial(template: Path, folder: Path, seed: int, rnd: random.Random) -> Trial:
    db = folder / f"t{seed}.sqlite3"
    shutil.copy(template, db)
    conn = sqlite3.connect(db)
    meeting, before = conn.execute("SELECT meeting_id, MAX(id) FROM entry").fetchone()
    conn.close()
    home = folder / f"home{seed}"
    ini = home / ".config" / "BienBan" / "BienBan.conf"
    ini.parent.mkdir(parents=True)
    ini.write_text(f"[main]\nlast_meeting={meeting}\ntab=3\n", encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "PYTHONPATH": str(ROOT),
    }
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(TYPIST), str(db), str(seed)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    log: list[tuple[float, str]] = []  # (when the key was typed, by our clock; what)
    kill_after = rnd.uniform(1.5, 6.0)
    first: float | None = None
    while True:
        line = proc.stdout.readline()
        now = time.monotonic()
        if not line:
            break
        kind, _, text = line.rstrip("\n").partition(" ")
        log.append((now, text.encode().decode("unicode_escape") if kind == "key" else "\n"))
        first = first or now
        if now - first >= kill_after:
            break
    killed = time.monotonic()
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    due = "".join(t for at, t in log if at <= killed - GRACE_S and t != "\n")
    typed = "".join(t for _at, t in log if t != "\n")
    stored = _squash(_stored_text(db, meeting, before))
    want = _squash(due)
    kept = len(os.path.commonprefix([stored, want]))
    db.unlink()
    for suffix in ("-wal", "-shm", ".lock"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return Trial(len(typed), len(want), kept, len(want) - kept)


def template(folder: Path) -> Path:
    from core.services import open_services

    db = folder / "template.sqlite3"
    services = open_services(str(db))
    services.add_sample()
    services.db.dispose()
    return db


def run(trials: int, seed: int = 7) -> dict[str, float]:
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="bienban-kills-") as tmp:
        folder = Path(tmp)
        base = template(folder)
        results = [trial(base, folder, i, rnd) for i in range(trials)]
    return {
        "trials": len(results),
        "keys": sum(r.keys for r in results),
        "keys_due": sum(r.due for r in results),
        "lost": sum(r.lost for r in results),
        "trials_losing": sum(1 for r in results if r.lost),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--trials", type=int, default=100)
    args = ap.parse_args()
    r = run(args.trials)
    print(
        f"{r['trials']} kills while typing (keys 50-250 ms apart, no pause):"
        f" {r['keys']} keys typed, {r['keys_due']} of them {GRACE_S:.0f} s or more before"
        f" their kill; lost: {r['lost']} keys in {r['trials_losing']} trials"
    )
    return 0 if r["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
