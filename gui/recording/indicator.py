"""The recording indicator: red and unmistakable while recording, on each tab and status bar."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from audio.recorder import RecorderStatus, State
from gui.recording.texts import clock

STYLES = {
    "recording": "QLabel { background: #c62828; color: white; font-weight: bold;"
    " border-radius: 4px; padding: 2px 8px; }",
    "recording_dim": "QLabel { background: #8e1b1b; color: white; font-weight: bold;"
    " border-radius: 4px; padding: 2px 8px; }",
    "waiting": "QLabel { background: #ef6c00; color: white; font-weight: bold;"
    " border-radius: 4px; padding: 2px 8px; }",
    "paused": "QLabel { background: #616161; color: white; border-radius: 4px; padding: 2px 8px; }",
}


class RecordingIndicator(QLabel):
    """Hidden while nothing is recorded. Feed it with show_status() (RecordingBar.statusChanged)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: State = State.IDLE
        self._blink = QTimer(self)
        self._blink.setInterval(700)
        self._blink.timeout.connect(self._toggle)
        self._bright = True
        self.setAccessibleName(self.tr("Trạng thái ghi âm"))
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.hide()

    def show_status(self, status: RecorderStatus) -> None:
        self.state = status.state
        if status.state == State.RECORDING and status.problem_kind == "disk_full":
            self._set("waiting", self.tr("● GHI ÂM: ĐĨA ĐẦY"))
        elif status.state == State.RECORDING:
            self._set(
                "recording" if self._bright else "recording_dim",
                self.tr("● ĐANG GHI ÂM %1").replace("%1", clock(status.elapsed_ms)),
            )
        elif status.state == State.WAITING:
            self._set("waiting", self.tr("● MẤT MICRÔ – ĐANG CHỜ"))
        elif status.state == State.PAUSED:
            self._set("paused", self.tr("❚❚ Tạm dừng ghi âm"))
        else:
            self._blink.stop()
            self.hide()
            return
        if status.state == State.RECORDING and not self._blink.isActive():
            self._blink.start()
        elif status.state != State.RECORDING:
            self._blink.stop()
        self.show()

    def _set(self, style: str, text: str) -> None:
        self.setStyleSheet(STYLES[style])
        self.setText(text)
        self.setToolTip(text)

    def _toggle(self) -> None:
        self._bright = not self._bright
        if self.state == State.RECORDING:
            self.setStyleSheet(STYLES["recording" if self._bright else "recording_dim"])
