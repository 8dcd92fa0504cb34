"""Child processes timed from outside: the app's start and a bare Qt window as its floor."""

from __future__ import annotations

import argparse
import json
import sys
import time


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _ready(extra: dict[str, object]) -> None:
    print(json.dumps({"ready": time.time(), "rss_mb": _rss_mb(), **extra}), flush=True)


def floor(db: str) -> None:
    """A bare PySide6 window, plus `import sqlalchemy` and one query."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.resize(1280, 720)
    w.show()
    if db:
        import sqlalchemy

        engine = sqlalchemy.create_engine(f"sqlite:///{db}")
        with engine.connect() as conn:
            conn.execute(sqlalchemy.text("SELECT id, title FROM meeting LIMIT 200")).all()

    def done() -> None:
        _ready({})
        app.quit()

    QTimer.singleShot(0, done)
    app.exec()


def bienban(db: str, open_meeting: int) -> None:
    """The real start-up path of `main.py --db DB`, until the window can take input.

    Then, while the services finish loading beside the window (gui/loader.py), a 1 ms
    timer records the longest time the window took to answer; `loaded` is when the
    newest meeting is on screen.
    """
    import os

    os.umask(0o077)
    from PySide6.QtCore import Qt, QTimer

    from gui.app import start

    started = start(argparse.Namespace(db=db))
    assert started is not None
    info: dict[str, object] = {}
    gaps: list[float] = []
    last = [0.0]

    def finish() -> None:
        info["loaded"] = time.time()
        info["max_gap_ms"] = max(gaps, default=0.0) * 1000
        if open_meeting:
            started.window.open_meeting(open_meeting)
            started.app.processEvents()
        _ready(info)
        started.window.close()
        started.close()
        started.app.quit()

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        loading = started.loading
        if loading is None or loading.loader.done:
            ticker.stop()
            started.app.processEvents()  # the newest meeting opens on the loader's signal
            finish()

    def done() -> None:
        info["interactive"] = time.time()
        info["heavy_imports"] = [m for m in ("docx", "alembic", "lxml") if m in sys.modules]
        last[0] = time.perf_counter()
        ticker.start()

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    QTimer.singleShot(0, done)
    started.app.exec()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("which", choices=("floor", "bienban"))
    ap.add_argument("--db", default="")
    ap.add_argument("--open", type=int, default=0)
    a = ap.parse_args()
    floor(a.db) if a.which == "floor" else bienban(a.db, a.open)
