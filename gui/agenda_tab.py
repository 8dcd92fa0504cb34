"""Agenda tab: the ordered items with their presenter; drag or Alt+Up/Alt+Down reorders."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import AgendaItemDTO
from gui.hub import Hub
from gui.meeting_tab import MeetingTab
from gui.row_drag import DraggableRowsModel, MovableRowsView
from gui.tables import Column

if TYPE_CHECKING:
    from core.services import Services


class RemoveAgendaItemCommand(QUndoCommand):
    """Redo removes the item; undo adds it back at its old place."""

    def __init__(self, tab: AgendaTab, dto: AgendaItemDTO) -> None:
        super().__init__(
            QCoreApplication.translate("AgendaTab", "Xóa mục “%1”").replace("%1", dto.title)
        )
        self.tab = tab
        self.dto = dto

    def redo(self) -> None:
        ident = self.dto.id
        self.tab.save(lambda: self.tab.services.agenda.remove(ident))
        self.tab.reload()

    def undo(self) -> None:
        d = self.dto
        back = self.tab.save(
            lambda: self.tab.services.agenda.add(d.meeting_id, d.title, d.presenter, index=d.order)
        )
        if back is not None:
            self.dto = back
        self.tab.reload(select=self.dto.id)


class MoveAgendaItemCommand(QUndoCommand):
    """Moves one item to another place; undo moves it back."""

    def __init__(self, tab: AgendaTab, item_id: int, old: int, new: int) -> None:
        super().__init__(QCoreApplication.translate("AgendaTab", "Đổi thứ tự chương trình"))
        self.tab, self.item_id, self.old, self.new = tab, item_id, old, new

    def _move(self, index: int) -> None:
        self.tab.save(lambda: self.tab.services.agenda.move(self.item_id, index))
        self.tab.reload(select=self.item_id)

    def redo(self) -> None:
        self._move(self.new)

    def undo(self) -> None:
        self._move(self.old)


class AgendaTab(MeetingTab):
    """Items are edited in place; Delete removes (with undo), Alt+Up/Down moves."""

    def __init__(self, services: Services, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self.model = DraggableRowsModel(
            [
                Column(self.tr("Nội dung"), "title", lambda g: g.title, True),
                Column(self.tr("Người trình bày"), "presenter", lambda g: g.presenter, True),
            ],
            self,
        )
        self.model.commit = self._commit
        self.view = MovableRowsView()
        self.view.setModel(self.model)
        self.view.rowMoved.connect(self._dragged)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(1, 320)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.installEventFilter(self)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Nội dung mục chương trình"))
        self.presenter = QLineEdit()
        self.presenter.setPlaceholderText(self.tr("Người trình bày"))
        self.add_button = QPushButton(self.tr("Thêm"))
        self.title.returnPressed.connect(self.add_from_fields)
        self.presenter.returnPressed.connect(self.add_from_fields)
        self.add_button.clicked.connect(self.add_from_fields)
        hint = QLabel(
            self.tr(
                "F2 = sửa, kéo thả hoặc Alt+↑/Alt+↓ = đổi thứ tự, Delete = xóa"
                " (Ctrl+Z để hoàn tác)."
            )
        )
        hint.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Thêm mục:")))
        bar.addWidget(self.title, 3)
        bar.addWidget(self.presenter, 2)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        QWidget.setTabOrder(self.view, self.title)
        QWidget.setTabOrder(self.title, self.presenter)
        QWidget.setTabOrder(self.presenter, self.add_button)
        self.start_listening()

    def reload(self, select: int | None = None) -> None:
        current = self.view.currentIndex()
        row, col = current.row(), max(current.column(), 0)
        rows = self.services.agenda.list(self.meeting_id) if self.meeting_id else []
        self.model.set_rows(rows)
        if select is not None and self.model.row_of(select) >= 0:
            row = self.model.row_of(select)
        if rows:
            self.view.setCurrentIndex(self.model.index(min(max(row, 0), len(rows) - 1), col))

    def _commit(self, dto: AgendaItemDTO, field: str, value: Any) -> AgendaItemDTO | None:
        return self.save(lambda: self.services.agenda.update(dto.id, **{field: str(value)}))

    def add_from_fields(self) -> AgendaItemDTO | None:
        title = self.title.text().strip()
        if not title or self.meeting_id is None:
            return None
        ident, presenter = self.meeting_id, self.presenter.text().strip()
        dto = self.save(lambda: self.services.agenda.add(ident, title, presenter))
        if dto is not None:
            self.title.clear()
            self.presenter.clear()
            self.reload(select=dto.id)
            self.title.setFocus()
        return dto

    def move_current(self, step: int) -> None:
        row = self.view.currentIndex().row()
        new = row + step
        if 0 <= row < self.model.rowCount() and 0 <= new < self.model.rowCount():
            item = self.model.rows[row]
            self.undo_stack.push(MoveAgendaItemCommand(self, item.id, row, new))

    def _dragged(self, row: int, new: int) -> None:
        if self.meeting_id is not None:
            self.undo_stack.push(MoveAgendaItemCommand(self, self.model.rows[row].id, row, new))

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.undo_stack.push(RemoveAgendaItemCommand(self, self.model.rows[row]))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.remove_current()
                return True
        return super().eventFilter(obj, event)
