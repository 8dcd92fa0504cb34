"""Action tracker: every action item across meetings, filtered, closed with a date, exported."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import ActionTrackerRow
from core.domain.enums import ActionStatus
from core.errors import BienBanError
from core.export import tracker_export
from core.operations.call import Call
from core.operations.changes import Changes, Part
from core.services.actions import OVERDUE
from gui.i18n import label
from gui.messages import said
from gui.operations import Ops
from gui.tables import ERROR_COLOR, Column, DtoTableModel, from_qdate, to_qdate

if TYPE_CHECKING:
    pass

ANY_DATE = QDate(2000, 1, 1)
OVERDUE_BACKGROUND = QColor("#fdecea")


def _d(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def _status(r: ActionTrackerRow) -> str:
    a = r.action
    text = label(a.status)
    return f"{text} ({_d(a.closed_on)})" if a.closed_on and a.status != "open" else text


class TrackerModel(DtoTableModel):
    """Overdue open items are drawn red on a light red background."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return OVERDUE_BACKGROUND if self.rows[index.row()].overdue else None
        return super().data(index, role)


class CloseDialog(QDialog):
    """Status, the day it happened and a note, for one action item."""

    def __init__(self, row: ActionTrackerRow, status: str, today: dt.date, parent: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cập nhật nhiệm vụ"))
        task = QLabel(row.action.task)
        task.setWordWrap(True)
        task.setStyleSheet("font-weight: bold;")
        self.status = QComboBox()
        for s in ActionStatus:
            self.status.addItem(label(s.value), s.value)
        self.status.setCurrentIndex(self.status.findData(status))
        self.date = QDateEdit(to_qdate(row.action.closed_on or today))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.note = QPlainTextEdit(row.action.note)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Kết quả thực hiện, lý do hủy…"))
        self.note.setMaximumHeight(110)
        form = QFormLayout()
        form.addRow(self.tr("Tình trạng:"), self.status)
        form.addRow(self.tr("Ngày:"), self.date)
        form.addRow(self.tr("Ghi chú:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.status.currentIndexChanged.connect(self._status_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(task)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._status_changed()
        self.resize(520, 300)

    def _status_changed(self) -> None:
        self.date.setEnabled(self.status.currentData() != ActionStatus.OPEN)

    def values(self) -> dict[str, Any]:
        status = self.status.currentData()
        closed = from_qdate(self.date.date()) if status != ActionStatus.OPEN else None
        return {"status": status, "closed_on": closed, "note": self.note.toPlainText().strip()}


class ActionTracker(QDialog):
    """Not modal: the secretary can keep it open beside the meeting window."""

    openMeeting = Signal(int)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.services = ops.services
        self.today: Callable[[], dt.date] = dt.date.today  # replaceable in tests
        self.ask_path = self._ask_path  # replaceable in tests (a file dialog blocks)
        self.ask_close = self._ask_close
        self.setWindowTitle(self.tr("Theo dõi nhiệm vụ"))
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)

        self.status = QComboBox()
        self.status.addItem(self.tr("Tất cả"), "")
        self.status.addItem(label("open"), "open")
        self.status.addItem(self.tr("Quá hạn"), OVERDUE)
        self.status.addItem(label("done"), "done")
        self.status.addItem(label("cancelled"), "cancelled")
        self.lead = QLineEdit()
        self.lead.setPlaceholderText(self.tr("Đơn vị chủ trì (gõ để lọc)"))
        self.lead.setClearButtonEnabled(True)
        self.due_from = self._date_edit()
        self.due_to = self._date_edit()
        self.meeting = QComboBox()
        self.meeting.setMinimumWidth(260)
        self.clear_button = QPushButton(self.tr("Bỏ lọc"))
        filters = QHBoxLayout()
        for text, w in (
            (self.tr("Tình trạng:"), self.status),
            (self.tr("Chủ trì:"), self.lead),
            (self.tr("Thời hạn từ:"), self.due_from),
            (self.tr("đến:"), self.due_to),
            (self.tr("Cuộc họp:"), self.meeting),
        ):
            caption = QLabel(text)
            caption.setBuddy(w)
            filters.addWidget(caption)
            filters.addWidget(w, 2 if w in (self.lead, self.meeting) else 0)
        filters.addWidget(self.clear_button)

        self.model = TrackerModel(
            [
                Column(self.tr("Ngày họp"), "meeting_date", lambda r: _d(r.meeting_date)),
                Column(self.tr("Cuộc họp"), "meeting_title", lambda r: r.meeting_title),
                Column(self.tr("Nhiệm vụ"), "task", lambda r: r.action.task),
                Column(self.tr("Đơn vị chủ trì"), "lead", lambda r: r.action.lead),
                Column(self.tr("Phối hợp"), "coordinating", lambda r: r.action.coordinating),
                Column(self.tr("Thời hạn"), "deadline", lambda r: _d(r.action.deadline)),
                Column(self.tr("Tình trạng"), "status", _status),
                Column(self.tr("Ghi chú"), "note", lambda r: r.action.note),
            ],
            self,
        )
        self.model.foreground = lambda r: ERROR_COLOR if r.overdue else None
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(3 * self.view.fontMetrics().lineSpacing() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((82, 200, 0, 150, 150, 82, 150, 150)):
            if width:
                self.view.setColumnWidth(col, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.close_current(ActionStatus.DONE))
        self.view.selectionModel().currentChanged.connect(self._enable)

        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        self.done_button = QPushButton(self.tr("&Hoàn thành…"))
        self.cancel_button = QPushButton(self.tr("H&ủy nhiệm vụ…"))
        self.reopen_button = QPushButton(self.tr("&Mở lại"))
        self.goto_button = QPushButton(self.tr("Đến &cuộc họp"))
        self.csv_button = QPushButton(self.tr("Xuất &CSV…"))
        self.docx_button = QPushButton(self.tr("Xuất &Word…"))
        close = QPushButton(self.tr("Đóng"))
        actions = QHBoxLayout()
        for b in (self.done_button, self.cancel_button, self.reopen_button, self.goto_button):
            actions.addWidget(b)
        actions.addStretch(1)
        for b in (self.csv_button, self.docx_button, close):
            actions.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        # Errors of this window's own saves and exports, shown here as well as in the main
        # window's status bar, which may be hidden behind it.
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        layout.addWidget(self.message)
        ops.refused.connect(self.message.setText)

        self.status.currentIndexChanged.connect(self.reload)
        self.meeting.currentIndexChanged.connect(self.reload)
        self.due_from.dateChanged.connect(self.reload)
        self.due_to.dateChanged.connect(self.reload)
        self.lead.textChanged.connect(self._schedule)
        self.clear_button.clicked.connect(self.clear_filters)
        self.done_button.clicked.connect(lambda: self.close_current(ActionStatus.DONE))
        self.cancel_button.clicked.connect(lambda: self.close_current(ActionStatus.CANCELLED))
        self.reopen_button.clicked.connect(self.reopen_current)
        self.goto_button.clicked.connect(self._goto)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        close.clicked.connect(self.close)
        QShortcut(QKeySequence("Ctrl+D"), self, lambda: self.close_current(ActionStatus.DONE))
        ops.changed.connect(self._changed)
        self.fill_meetings()
        self.reload()
        self.resize(1240, 660)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("bất kỳ"))
        edit.setDate(ANY_DATE)
        return edit

    # -- loading -------------------------------------------------------------------------
    def _schedule(self, *_: Any) -> None:
        self._timer.start()

    def _clear_message(self, *_: Any) -> None:
        self.message.clear()

    def fill_meetings(self) -> None:
        current = self.meeting.currentData()
        self.meeting.blockSignals(True)
        self.meeting.clear()
        self.meeting.addItem(self.tr("Tất cả cuộc họp"), 0)
        for m in self.services.meetings.list(limit=1000):
            self.meeting.addItem(f"{m.date:%d/%m/%Y} — {m.title}", m.id)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(current or 0)))
        self.meeting.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        return {
            "status": self.status.currentData() or None,
            "lead": self.lead.text().strip() or None,
            "due_from": from_qdate(self.due_from.date()),
            "due_to": from_qdate(self.due_to.date()),
            "meeting_id": self.meeting.currentData() or None,
        }

    def reload(self) -> None:
        self._timer.stop()
        current = self.current()
        try:
            rows = self.services.actions.tracker(**self.filters(), today=self.today())
        except BienBanError as exc:
            self.summary.setStyleSheet("font-weight: bold; color: #c62828;")
            self.summary.setText(said(exc))
            self.model.set_rows([])
            return
        self.model.set_rows(rows)
        overdue = sum(r.overdue for r in rows)
        text = self.tr("%n nhiệm vụ", "", len(rows))
        if overdue:
            text += self.tr(" — %n quá hạn", "", overdue)
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setText(text)
        row = self.model.row_of(current.id) if current else -1
        if rows:
            self.view.setCurrentIndex(self.model.index(max(row, 0), 2))
        self._enable()

    def clear_filters(self) -> None:
        for w in (self.status, self.meeting, self.due_from, self.due_to, self.lead):
            w.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.meeting.setCurrentIndex(0)
        self.due_from.setDate(ANY_DATE)
        self.due_to.setDate(ANY_DATE)
        self.lead.clear()
        for w in (self.status, self.meeting, self.due_from, self.due_to, self.lead):
            w.blockSignals(False)
        self.reload()

    def current(self) -> ActionTrackerRow | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _enable(self, *_: Any) -> None:
        row = self.current()
        for b in (self.done_button, self.cancel_button, self.goto_button):
            b.setEnabled(row is not None)
        self.reopen_button.setEnabled(row is not None and row.action.status != "open")

    # -- closing items -------------------------------------------------------------------
    def _ask_close(self, row: ActionTrackerRow, status: str) -> dict[str, Any] | None:
        dialog = CloseDialog(row, status, self.today(), self)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def close_current(self, status: str) -> bool:
        row = self.current()
        if row is None:
            return False
        values = self.ask_close(row, status)
        if values is None:
            return False
        return self._follow_up(row, **values)

    def reopen_current(self) -> bool:
        row = self.current()
        return row is not None and self._follow_up(row, status=ActionStatus.OPEN)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if Part.LIST in changes.parts:
            self.fill_meetings()
        if changes.parts & {Part.ACTIONS, Part.LIST, Part.HEADER}:
            self._schedule()

    def _follow_up(self, row: ActionTrackerRow, **values: Any) -> bool:
        """Record the follow-up (saved in order with everything else; the list follows)."""
        ident, mid = row.action.id, row.action.meeting_id
        self._clear_message()
        self.ops.write(
            Call("actions", "follow_up", (ident,), values),
            self.tr("Theo dõi nhiệm vụ"),
            Changes.of(mid, Part.ACTIONS),
        )
        return True

    def _goto(self) -> None:
        row = self.current()
        if row is not None:
            self.openMeeting.emit(row.action.meeting_id)

    # -- export --------------------------------------------------------------------------
    def _ask_path(self, fmt: str) -> str | None:
        if fmt == "csv":
            caption, name, pattern = self.tr("Xuất CSV"), "theo-doi-nhiem-vu.csv", "CSV (*.csv)"
        else:
            caption, name, pattern = self.tr("Xuất Word"), "theo-doi-nhiem-vu.docx", "Word (*.docx)"
        path, _ = QFileDialog.getSaveFileName(self, caption, str(Path.home() / name), pattern)
        return path or None

    def profile_name(self) -> str:
        """The profile of the one meeting shown, else the one most rows' meetings use."""
        used = Counter(r.meeting_profile for r in self.model.rows)
        return used.most_common(1)[0][0] if used else "nd30"

    def describe_filters(self) -> str:
        parts = []
        f = self.filters()
        if f["status"]:
            parts.append(self.tr("Tình trạng: %1").replace("%1", self.status.currentText()))
        if f["lead"]:
            parts.append(self.tr("Chủ trì: “%1”").replace("%1", f["lead"]))
        if f["due_from"] or f["due_to"]:
            span = f"{_d(f['due_from']) or '…'} – {_d(f['due_to']) or '…'}"
            parts.append(self.tr("Thời hạn: %1").replace("%1", span))
        if f["meeting_id"]:
            parts.append(self.tr("Cuộc họp: %1").replace("%1", self.meeting.currentText()))
        return "; ".join(parts)

    def export(self, fmt: str) -> Path | None:
        path = self.ask_path(fmt)
        if not path:
            return None
        rows = list(self.model.rows)
        try:
            if fmt == "csv":
                written = tracker_export.write_csv(rows, path, "vi")
            else:
                profile, subtitle = self.profile_name(), self.describe_filters()
                written = tracker_export.write_docx(rows, path, profile, self.today(), subtitle)
        except BienBanError as exc:
            self.message.setText(said(exc))
            return None
        self.ops.status.emit(self.tr("Đã xuất %1").replace("%1", str(written)))
        return written
