"""While saves fail, what they carry is also kept in a recovery file, so a crash loses nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from core.operations import recovery
from gui.messages import said
from gui.operations import Ops

EVERY_MS = 2000  # how often the file is brought up to date while saves fail


class RecoveryJournal(QObject):
    """Rewrites one recovery file every few seconds while any save is failing (the disk
    full, the server gone) and removes it once everything is stored again. Killed in the
    middle of an outage, the program leaves it behind, and the next start offers it back."""

    def __init__(
        self,
        ops: Ops,
        db_path: Callable[[], Path | None],
        display: str,
        data_dir: Callable[[], Path],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._db_path = db_path
        self._display = display
        self._data_dir = data_dir
        self.path: Path | None = None
        self._written: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(EVERY_MS)
        self._timer.timeout.connect(self.update)
        self._timer.start()
        ops.stateChanged.connect(self._state)

    def _state(self) -> None:
        if self.path is not None and self.ops.failure() is None and not self.ops.unsaved():
            self.discard()

    def update(self) -> None:
        failing = self.ops.failure()
        if failing is None:
            self._state()
            return
        items = [recovery.Kept(u.label, u.call.without("base")) for u in self.ops.unsaved()]
        lines = [i.call.to_json() for i in items]
        if lines == self._written:
            return
        old = self.path
        try:
            self.path = recovery.write(
                items,
                db_display=self._display,
                db_path=self._db_path(),
                data_dir=self._data_dir(),
                reason=said(failing),
                heading=QCoreApplication.translate(
                    "RecoveryJournal", "BienBan — những thay đổi chưa lưu được vào cơ sở dữ liệu"
                ),
            )
        except OSError:
            return  # nowhere to write now: tried again at the next tick
        self._written = lines
        if old is not None and old != self.path:
            old.unlink(missing_ok=True)

    def discard(self) -> None:
        """Everything is stored: the file has nothing left to keep."""
        if self.path is not None:
            self.path.unlink(missing_ok=True)
        self.path, self._written = None, []

    def handed_over(self) -> None:
        """Closing wrote its own recovery file: this one is no longer needed."""
        self.discard()
        self._timer.stop()
