"""Python's cycle collector, run on the GUI thread only.

Python runs its automatic collection in whichever thread happens to allocate. When that is
a worker (the start-up loader, the backup, an export job) and the garbage holds a widget
or another Qt object, Qt destroys it off the GUI thread while the event loop is using it:
a crash some time later. So the automatic collector is switched off and a timer in the GUI
thread collects the generations that are due, by the same thresholds Python would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


def collect_due() -> int:
    """Collect the oldest generation whose threshold has been passed; the number freed."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = -1
    for generation in range(3):
        if counts[generation] > thresholds[generation]:
            due = generation
    return gc.collect(due) if due >= 0 else 0


class MainThreadCollector(QObject):
    """Collect garbage on the GUI thread every second while it lives; `stop` gives it back."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_due)
        self._timer.start(interval_ms)

    def settle(self) -> None:
        """Start-up is over: what exists now lives as long as the program, so keep full
        collections from walking through it again (they stay short, well under the 50 ms
        a keystroke may wait)."""
        gc.freeze()

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()


def installed(app: QObject) -> MainThreadCollector:
    """The application's one collector, made on first use (a process may build its window
    more than once, as the tests do)."""
    found = app.findChild(MainThreadCollector)
    return found if found is not None else MainThreadCollector(app)
