"""Playback controls: hear an entry again from 5 s before it, ±5 s, speed; typing goes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from audio.player import SKIP_MS, SPEEDS, Player
from gui.recording.texts import clock, half

PLAY_ENTRY_SHORTCUT = "F8"  # on the selected entry
BACK_SHORTCUT = "F7"
FORWARD_SHORTCUT = "F9"


class PlaybackController(QWidget):
    """Buttons over a Player. play_entry(audio_ms) is the slot of the play shortcut.

    With *selected_audio_ms* (the selected entry's offset, None without one), F8 plays it.
    """

    def __init__(
        self,
        player: Player,
        parent: QWidget | None = None,
        *,
        selected_audio_ms: Callable[[], int | None] | None = None,
        poll_ms: int = 100,
    ) -> None:
        super().__init__(parent)
        self.player = player
        self.selected_audio_ms = selected_audio_ms
        # Small buttons: the controls share the line of the timeline's buttons.
        self.back_button = QToolButton()
        self.back_button.setText("◀◀")
        self.back_button.setToolTip(self.tr("Lùi 5 giây (%1)").replace("%1", BACK_SHORTCUT))
        self.back_button.clicked.connect(lambda: self.player.skip(-SKIP_MS))
        self.play_button = QPushButton()
        self.play_button.clicked.connect(self.player.toggle)
        self.forward_button = QToolButton()
        self.forward_button.setText("▶▶")
        self.forward_button.setToolTip(self.tr("Tới 5 giây (%1)").replace("%1", FORWARD_SHORTCUT))
        self.forward_button.clicked.connect(lambda: self.player.skip(SKIP_MS))
        self.speed_box = QComboBox()
        for s in SPEEDS:
            self.speed_box.addItem(f"{s:g}×", s)
        self.speed_box.setToolTip(self.tr("Tốc độ nghe (giọng giữ nguyên cao độ)"))
        self.speed_box.currentIndexChanged.connect(
            lambda i: self.player.set_speed(float(self.speed_box.itemData(i)))
        )
        self.position = QLabel(clock(None))
        self.position.setToolTip(self.tr("Vị trí đang nghe trong bản ghi âm"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b71c1c;")
        # Never widens the window: a long message is cut, and whole in its tooltip.
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.back_action = self._action(self.tr("Lùi 5 giây"), BACK_SHORTCUT, self.back)
        self.forward_action = self._action(self.tr("Tới 5 giây"), FORWARD_SHORTCUT, self.forward)
        self.play_entry_action = self._action(
            self.tr("Nghe lại mục đang chọn"), PLAY_ENTRY_SHORTCUT, self.play_selected
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.back_button, self.play_button, self.forward_button, self.speed_box):
            row.addWidget(w)
        row.addWidget(self.position)
        row.addWidget(self.message, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self.poll()

    def _action(self, text: str, key: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def play_entry(self, audio_ms: int | None) -> bool:
        """Play the selected entry from 5 s before its typing began; False when it has no audio."""
        if audio_ms is None:
            self.message.setText(self.tr("Mục này được ghi khi không thu âm."))
            self.message.setToolTip(self.message.text())
            return False
        self.message.clear()
        self.player.play_entry(audio_ms)
        self.poll()
        return True

    def play_selected(self) -> None:
        if self.selected_audio_ms is not None:
            self.play_entry(self.selected_audio_ms())

    def back(self) -> None:
        self.player.skip(-SKIP_MS)

    def forward(self) -> None:
        self.player.skip(SKIP_MS)

    def poll(self) -> None:
        playing = self.player.playing
        self.play_button.setText(self.tr("❚❚ Dừng nghe") if playing else self.tr("▶ Nghe"))
        self.position.setText(clock(self.player.position_ms()))
        if self.player.problem:
            self.message.setText(half(self.player.problem))
            self.message.setToolTip(self.message.text())
