"""Conclusion tab: the chair's conclusion text and the action items it assigns."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import ActionItemDTO, EntryDTO
from core.domain.enums import ActionStatus, EntryKind, Role
from gui.hub import Hub
from gui.i18n import label
from gui.tables import (
    ERROR_COLOR,
    ChoiceDelegate,
    Column,
    DateDelegate,
    DtoTableModel,
    from_qdate,
    to_qdate,
)

if TYPE_CHECKING:
    from core.services import Services


def _deadline(a: ActionItemDTO) -> str:
    return a.deadline.strftime("%d/%m/%Y") if a.deadline else ""


class RemoveActionCommand(QUndoCommand):
    """Redo removes the action item; undo adds it back (at the end of the list)."""

    def __init__(self, tab: ConclusionTab, dto: ActionItemDTO) -> None:
        super().__init__(QCoreApplication.translate("ConclusionTab", "Xóa nhiệm vụ"))
        self.tab = tab
        self.dto = dto

    def redo(self) -> None:
        ident = self.dto.id
        self.tab.save(lambda: self.tab.services.actions.remove(ident))
        self.tab.reload_actions()

    def undo(self) -> None:
        d = self.dto
        fields = {
            k: getattr(d, k)
            for k in ("lead", "coordinating", "deadline", "status", "closed_on", "note")
        }
        back = self.tab.save(lambda: self.tab.services.actions.add(d.meeting_id, d.task, **fields))
        if back is not None:
            self.dto = back
        self.tab.reload_actions()


class ConclusionTab(QWidget):
    """The conclusion is the meeting's last 'conclusion' entry; typing saves it after 500 ms."""

    def __init__(self, services: Services, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.hub = hub
        self.meeting_id: int | None = None
        self.entry: EntryDTO | None = None
        self.undo_stack = QUndoStack(self)
        self.today = dt.date.today  # replaceable in tests
        self._own = False
        self._dirty = False
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.flush)

        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Ý kiến kết luận của người chủ trì…"))
        self.text.textChanged.connect(self._typed)
        self.model = DtoTableModel(
            [
                Column(self.tr("Nhiệm vụ"), "task", lambda a: a.task, True),
                Column(self.tr("Đơn vị chủ trì"), "lead", lambda a: a.lead, True),
                Column(self.tr("Đơn vị phối hợp"), "coordinating", lambda a: a.coordinating, True),
                Column(
                    self.tr("Thời hạn"), "deadline", _deadline, True, lambda a: to_qdate(a.deadline)
                ),
                Column(
                    self.tr("Tình trạng"),
                    "status",
                    lambda a: label(a.status),
                    True,
                    lambda a: a.status,
                ),
            ],
            self,
        )
        self.model.commit = self._commit
        self.model.foreground = self._color
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setItemDelegateForColumn(3, DateDelegate(self.view))
        self.view.setItemDelegateForColumn(
            4, ChoiceDelegate([s.value for s in ActionStatus], self.view)
        )
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 200), (2, 200), (3, 95), (4, 120)):
            self.view.setColumnWidth(col, width)
        # Three lines a row; the whole task is in the tooltip and in the F2 editor.
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(3 * self.view.fontMetrics().lineSpacing() + 10)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.installEventFilter(self)

        self.task = QLineEdit()
        self.task.setPlaceholderText(self.tr("Nhiệm vụ mới"))
        self.lead = QLineEdit()
        self.lead.setPlaceholderText(self.tr("Đơn vị chủ trì"))
        self.add_button = QPushButton(self.tr("Thêm"))
        for w in (self.task, self.lead):
            w.returnPressed.connect(self.add_from_fields)
        self.add_button.clicked.connect(self.add_from_fields)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("<b>Kết luận của người chủ trì</b>")))
        top_layout.addWidget(self.text)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "<b>Nhiệm vụ được giao</b> — F2 = sửa, Delete = xóa; thời hạn đã qua hiện màu đỏ."
            )
        )
        bottom_layout.addWidget(hint)
        bottom_layout.addWidget(self.view, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.task, 3)
        bar.addWidget(self.lead, 2)
        bar.addWidget(self.add_button)
        bottom_layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([220, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        for a, b in ((self.text, self.view), (self.view, self.task), (self.task, self.lead)):
            QWidget.setTabOrder(a, b)
        QWidget.setTabOrder(self.lead, self.add_button)
        hub.meetingChanged.connect(self._changed_elsewhere)
        self.set_meeting(None)

    # -- loading -------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.flush()
        self.meeting_id = meeting_id
        self.undo_stack.clear()
        self.setEnabled(meeting_id is not None)
        self.reload_text(force=True)
        self.reload_actions()

    def save(self, action: Any) -> Any:
        self._own = True
        try:
            return self.hub.attempt(action, meeting_id=self.meeting_id)
        finally:
            self._own = False

    def _changed_elsewhere(self, meeting_id: int) -> None:
        if meeting_id == self.meeting_id and not self._own:
            self.reload_text()
            self.reload_actions()

    def _conclusion(self) -> EntryDTO | None:
        if not self.meeting_id:
            return None
        found = self.services.entries.list(self.meeting_id, kind="conclusion")
        return found[-1] if found else None

    def reload_text(self, force: bool = False) -> None:
        self.entry = self._conclusion()
        # Never replace text being typed or text whose save failed.
        if not force and (self._dirty or QApplication.focusWidget() is self.text):
            return
        self._loading = True
        self.text.setPlainText(self.entry.text if self.entry else "")
        self._loading = False
        self._dirty = False

    def reload_actions(self) -> None:
        row = self.view.currentIndex().row()
        col = max(self.view.currentIndex().column(), 0)
        rows = self.services.actions.list(self.meeting_id) if self.meeting_id else []
        self.model.set_rows(rows)
        if rows:
            self.view.setCurrentIndex(self.model.index(min(max(row, 0), len(rows) - 1), col))

    # -- conclusion text -----------------------------------------------------------------
    def _typed(self) -> None:
        if self._loading or self.meeting_id is None:
            return
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty or self.meeting_id is None:
            return
        text, ident, entry = self.text.toPlainText(), self.meeting_id, self.entry
        if entry is None and not text.strip():
            self._dirty = False
            return
        if entry is not None:
            saved = self.save(lambda: self.services.entries.update(entry.id, text=text))
        else:
            chair = next(
                (a for a in self.services.attendance.list(ident) if a.role == Role.CHAIR), None
            )
            saved = self.save(
                lambda: self.services.entries.add(
                    ident, EntryKind.CONCLUSION, text, speaker_id=chair.id if chair else None
                )
            )
        if saved is not None:
            self.entry = saved
            self._dirty = False

    # -- action items --------------------------------------------------------------------
    def _color(self, a: ActionItemDTO) -> QColor | None:
        return ERROR_COLOR if a.is_overdue(self.today()) else None

    def _commit(self, dto: ActionItemDTO, field: str, value: Any) -> ActionItemDTO | None:
        if field == "deadline":
            value = from_qdate(value) if isinstance(value, QDate) else value
        return self.save(lambda: self.services.actions.update(dto.id, **{field: value}))

    def add_from_fields(self) -> ActionItemDTO | None:
        task = self.task.text().strip()
        if not task or self.meeting_id is None:
            return None
        ident, lead = self.meeting_id, self.lead.text().strip()
        entry_id = self.entry.id if self.entry else None
        dto = self.save(
            lambda: self.services.actions.add(ident, task, lead=lead, conclusion_entry_id=entry_id)
        )
        if dto is not None:
            self.task.clear()
            self.lead.clear()
            self.reload_actions()
            self.view.setCurrentIndex(self.model.index(self.model.row_of(dto.id), 0))
            self.task.setFocus()
        return dto

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.undo_stack.push(RemoveActionCommand(self, self.model.rows[row]))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.remove_current()
                return True
        return super().eventFilter(obj, event)
