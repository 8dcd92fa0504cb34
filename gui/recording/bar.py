"""The recording bar: record/pause, stop, device, level meter, elapsed time and what is wrong."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from audio.errors import AudioError
from audio.recorder import Recorder, RecorderStatus, State
from gui.recording.texts import clock, half

RECORD_SHORTCUT = "Ctrl+R"


class RecordingBar(QWidget):
    """Drives one meeting's Recorder; the window keeps the device choice and adds the note.

    statusChanged(RecorderStatus) feeds every RecordingIndicator; deviceChosen(id) is the
    device to remember ("" for the system's default); firstRecordingStarted fires when the
    meeting's very first recording begins (and *on_first_start* is called).
    """

    statusChanged = Signal(object)
    deviceChosen = Signal(str)
    firstRecordingStarted = Signal()
    # Starting PortAudio takes a second on some systems: the list comes from a thread.
    _devicesLoaded = Signal(object)

    def __init__(
        self,
        recorder: Recorder,
        parent: QWidget | None = None,
        *,
        on_first_start: Callable[[], None] | None = None,
        poll_ms: int = 100,
    ) -> None:
        super().__init__(parent)
        self.recorder = recorder
        self.on_first_start = on_first_start
        self.read_only = False
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.toggle)
        # Small buttons and meter: the bar shares a line of the Proceedings tab with the
        # agenda item on a laptop at 150 %.
        self.stop_button = QToolButton()
        self.stop_button.setText("■")
        self.stop_button.setToolTip(self.tr("Dừng ghi âm"))
        self.stop_button.clicked.connect(self.stop)
        self.device_box = QComboBox()
        self.device_box.setToolTip(self.tr("Micrô dùng để ghi âm"))
        self.device_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.device_box.setMinimumContentsLength(6)
        self.device_box.activated.connect(self._device_activated)
        self.level = QProgressBar()
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setFixedWidth(56)
        self.level.setMaximumHeight(12)
        self.level.setToolTip(self.tr("Mức âm thanh"))
        self.elapsed = QLabel(clock(0))
        self.elapsed.setToolTip(self.tr("Thời lượng đã ghi âm của cuộc họp"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.hide()
        self.local_note = QLabel()
        self.local_note.setWordWrap(True)
        self.local_note.setStyleSheet("color: #5d4037;")
        notice = recorder.store.local_only_notice()
        self.local_note.setText(half(notice) if notice else "")
        self.local_note.setVisible(bool(notice))
        self.toggle_action = QAction(self.tr("Ghi âm / Tạm dừng ghi âm"), self)
        self.toggle_action.setShortcut(QKeySequence(RECORD_SHORTCUT))
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.toggle_action.triggered.connect(self.toggle)
        self.addAction(self.toggle_action)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(4)
        for w in (self.record_button, self.stop_button, self.device_box, self.level, self.elapsed):
            row.addWidget(w)
        row.addStretch(1)
        rows.addLayout(row)
        rows.addWidget(self.problem)
        rows.addWidget(self.local_note)
        self._last: RecorderStatus | None = None
        self._devicesLoaded.connect(self._fill_devices)
        self.refresh_devices()
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.poll()

    # -- actions ----------------------------------------------------------------------------

    def toggle(self) -> None:
        """Record, pause, or resume (the shortcut's slot)."""
        if self.recorder.status().state in (State.RECORDING, State.WAITING):
            self.recorder.pause()
        elif not self.read_only:
            try:
                first = self.recorder.start()
            except AudioError as exc:
                self._show_problem(exc.message)
            else:
                if first:
                    self.firstRecordingStarted.emit()
                    if self.on_first_start is not None:
                        self.on_first_start()
        self.poll()

    def stop(self) -> None:
        self.recorder.stop()
        self.poll()

    def set_read_only(self, read_only: bool) -> None:
        """Finalized minutes: their recording is only played, never added to."""
        self.read_only = read_only
        if read_only:
            self.recorder.stop()
        self.poll()

    def refresh_devices(self) -> None:
        """List the microphones without waiting for them (the box fills when they are known)."""
        self.device_box.setEnabled(False)
        self.devices_thread = threading.Thread(
            target=self._load_devices, name="audio-devices", daemon=True
        )
        self.devices_thread.start()

    def _load_devices(self) -> None:
        try:
            result: object = self.recorder.devices()
        except AudioError as exc:
            result = exc
        try:
            self._devicesLoaded.emit(result)
        except RuntimeError:
            pass  # the bar was closed meanwhile

    def _fill_devices(self, result: object) -> None:
        self.device_box.clear()
        self.device_box.addItem(self.tr("Micrô mặc định của hệ thống"), "")
        if isinstance(result, AudioError):
            self._show_problem(result.message)
            return
        self.device_box.setEnabled(True)
        assert isinstance(result, list)
        for d in result:
            self.device_box.addItem(d.name, d.id)
        chosen = self.device_box.findData(self.recorder.device_id or "")
        if chosen < 0:  # remembered but not plugged in now: keep it chosen, say so
            self.device_box.addItem(
                self.tr("%1 (không thấy)").replace("%1", self.recorder.device_id or ""),
                self.recorder.device_id,
            )
            chosen = self.device_box.count() - 1
        self.device_box.setCurrentIndex(chosen)

    def _device_activated(self, index: int) -> None:
        device = str(self.device_box.itemData(index) or "")
        self.recorder.set_device(device or None)
        self.deviceChosen.emit(device)
        self.poll()

    # -- showing the state --------------------------------------------------------------------

    def _show_problem(self, message: str | None) -> None:
        self.problem.setText(half(message) if message else "")
        self.problem.setToolTip(message or "")
        self.problem.setVisible(bool(message))

    def poll(self) -> None:
        st = self.recorder.status()
        active = st.state in (State.RECORDING, State.WAITING)
        if st.state == State.RECORDING:
            self.record_button.setText(self.tr("❚❚ Tạm dừng"))
        elif st.state == State.WAITING:
            self.record_button.setText(self.tr("❚❚ Tạm dừng (đang chờ micrô)"))
        elif st.state == State.PAUSED:
            self.record_button.setText(self.tr("● Ghi tiếp"))
        else:
            self.record_button.setText(self.tr("● Ghi âm"))
        self.record_button.setToolTip(
            self.tr("Ghi âm hoặc tạm dừng (%1)").replace("%1", RECORD_SHORTCUT)
        )
        self.record_button.setEnabled(active or not self.read_only)
        self.stop_button.setEnabled(st.state != State.IDLE)
        self.level.setValue(int(st.level * 100))
        self.elapsed.setText(clock(st.elapsed_ms))
        if st.problem is not None or (self._last is not None and self._last.problem is not None):
            self._show_problem(st.problem)
        if st != self._last:
            self._last = st
            self.statusChanged.emit(st)
