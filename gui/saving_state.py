"""The status bar's word on saving: "saved at …" only when everything on screen is saved."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from core.errors import ConnectionLostError
from gui.messages import said
from gui.operations import Ops

QUIET = "color: palette(placeholder-text);"
WARN = "color: #c62828; font-weight: bold;"


class SavingState(QObject):
    """Keeps *label* true: saved (with the time), saving, or how many changes wait and why."""

    def __init__(self, ops: Ops, label: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.label = label
        # Typing marks a field unsaved without a signal: look again now and then.
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.update)
        self._timer.start()
        ops.stateChanged.connect(self.update)
        self.update()

    def text(self) -> tuple[str, str]:
        """(what to say, its style)."""
        ops = self.ops
        failing = ops.failure()
        unsaved = ops.unsaved()
        if failing is not None:
            n = len(unsaved)
            if isinstance(failing, ConnectionLostError):
                why = self.tr("mất kết nối tới máy chủ")
            else:
                why = said(failing)
            return (
                self.tr("Chưa lưu %n thay đổi: %1 — đang thử lại…", "", n).replace("%1", why),
                WARN,
            )
        if ops.saving():
            return self.tr("Đang lưu…"), QUIET
        if unsaved:
            first = unsaved[0]
            return (
                self.tr("Chưa lưu %n thay đổi: %1", "", len(unsaved)).replace(
                    "%1", f"{first.label} — {first.reason}" if first.reason else first.label
                ),
                WARN,
            )
        if ops.last_saved is None:
            return "", ""
        return self.tr("Đã lưu lúc %1").replace("%1", ops.last_saved.strftime("%H:%M:%S")), ""

    def update(self) -> None:
        text, style = self.text()
        if text != self.label.text():
            self.label.setText(text)
        if style != self.label.styleSheet():
            self.label.setStyleSheet(style)
