"""The top of the Proceedings tab: clock, start/end of the meeting, current agenda item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from core.domain.dto import AgendaItemDTO, MeetingDTO
from gui.widgets.reflow import ReflowRow


def stamp_text(at: dt.datetime | None) -> str:
    if at is None:
        return "—"
    if at.date() == dt.date.today():
        return at.strftime("%H:%M:%S")
    return at.strftime("%H:%M %d/%m")


class SessionHeader(QFrame):
    """Emits what the user asks for; the tab performs it (and can undo it)."""

    startRequested = Signal()
    endRequested = Signal()
    agendaChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = QLabel(self)
        font = QFont(self.clock.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.clock.setFont(font)
        self.clock.setToolTip(self.tr("Giờ hiện tại"))
        self.start = QPushButton(self.tr("&Bắt đầu họp"), self)
        self.start_at = QLabel("—", self)
        self.end = QPushButton(self.tr("&Kết thúc họp"), self)
        self.end_at = QLabel("—", self)
        for lbl in (self.start_at, self.end_at):
            lbl.setMinimumWidth(lbl.fontMetrics().horizontalAdvance("00:00 00/00 "))
        self._beside: QWidget | None = None
        self.agenda = QComboBox(self)
        self.agenda.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.agenda.setMinimumContentsLength(12)
        self.agenda.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.previous = QToolButton(self)
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.setToolTip(self.tr("Mục trước (Ctrl+PgUp)"))
        self.next = QToolButton(self)
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.setToolTip(self.tr("Mục tiếp theo (Ctrl+PgDown)"))

        agenda_caption = QLabel(self.tr("&Mục chương trình:"), self)
        agenda_caption.setBuddy(self.agenda)
        # The agenda item goes under the clock and buttons when the tab is too narrow
        # for both on one line (a laptop at 150 %).
        times = QWidget(self)
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.clock)
        row.addSpacing(12)
        row.addWidget(self.start)
        row.addWidget(self.start_at)
        row.addWidget(self.end)
        row.addWidget(self.end_at)
        agenda = QWidget(self)
        row = QHBoxLayout(agenda)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(agenda_caption)
        row.addWidget(self.agenda, 1)
        row.addWidget(self.previous)
        row.addWidget(self.next)
        # The recording bar goes beside the agenda item (beside_agenda), under it when narrow.
        self.agenda_line = ReflowRow(self, spacing=8)
        self.agenda_line.add(agenda, 1)
        self.rows = ReflowRow(self)
        self.rows.add(times)
        # Beside the buttons only while the item's title keeps a readable width there.
        self.rows.add(self.agenda_line, 1, 12 * self.agenda.fontMetrics().averageCharWidth())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.rows)

        self.start.clicked.connect(self.startRequested)
        self.end.clicked.connect(self.endRequested)
        self.agenda.currentIndexChanged.connect(self._agenda_changed)
        self.previous.clicked.connect(lambda: self.step_agenda(-1))
        self.next.clicked.connect(lambda: self.step_agenda(1))
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self._timer.start(1000)
        self.tick()

    def beside_agenda(self, widget: QWidget | None) -> None:
        """*widget* (the recording bar) after the agenda item's arrows; None: the one there
        leaves (its owner deletes it)."""
        if self._beside is not None:
            self.agenda_line.remove(self._beside)
        self._beside = widget
        if widget is not None:
            self.agenda_line.add(widget)

    def tick(self) -> None:
        self.clock.setText(QTime.currentTime().toString("HH:mm:ss"))

    def show_meeting(self, meeting: MeetingDTO | None) -> None:
        start = meeting.actual_start if meeting else None
        end = meeting.actual_end if meeting else None
        self.start_at.setText(stamp_text(start))
        self.end_at.setText(stamp_text(end))
        self.start_at.setToolTip(start.strftime("%H:%M:%S %d/%m/%Y") if start else "")
        self.end_at.setToolTip(end.strftime("%H:%M:%S %d/%m/%Y") if end else "")
        self.start.setToolTip(
            self.tr("Ghi giờ bắt đầu thực tế") if start is None else self.tr("Ghi lại giờ bắt đầu")
        )

    def set_agenda(self, items: Sequence[AgendaItemDTO], current: int | None) -> None:
        self.agenda.blockSignals(True)
        try:
            self.agenda.clear()
            self.agenda.addItem(self.tr("(ngoài chương trình)"), None)
            for n, item in enumerate(items, start=1):
                self.agenda.addItem(f"{n}. {item.title}", item.id)
                tip = item.title + (f"\n{item.presenter}" if item.presenter else "")
                self.agenda.setItemData(n, tip, Qt.ItemDataRole.ToolTipRole)
            self.agenda.setCurrentIndex(max(0, self.agenda.findData(current)))
        finally:
            self.agenda.blockSignals(False)
        self._agenda_changed()

    def current_agenda(self) -> int | None:
        value = self.agenda.currentData()
        return None if value is None else int(value)

    def step_agenda(self, delta: int) -> None:
        index = self.agenda.currentIndex() + delta
        if 0 <= index < self.agenda.count():
            self.agenda.setCurrentIndex(index)

    def _agenda_changed(self) -> None:
        self.agenda.setToolTip(str(self.agenda.currentData(Qt.ItemDataRole.ToolTipRole) or ""))
        self.previous.setEnabled(self.agenda.currentIndex() > 0)
        self.next.setEnabled(self.agenda.currentIndex() < self.agenda.count() - 1)
        self.agendaChanged.emit()
