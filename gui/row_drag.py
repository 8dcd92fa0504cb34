"""A table whose rows the mouse can drag to a new place; the move itself is the caller's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from gui.tables import DtoTableModel

Index = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-bienban-row"


class DraggableRowsModel(DtoTableModel):
    """Rows may be dragged and dropped between; nothing is moved by the model itself."""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled  # between rows, not onto one

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropMimeData(self, *_args: Any) -> bool:
        return False  # MovableRowsView turns the drop into rowDropped instead

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        data.setData(ROW_MIME, b"")
        return data

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]


class MovableRowsView(QTableView):
    """Emits rowDropped(from, to), *to* being the row's place once moved, for an undoable
    command to carry out; the drag never changes the model on its own."""

    rowDropped = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragDropOverwriteMode(False)

    def target_row(self, source: int, event: QDropEvent) -> int:
        """Where the dragged row ends up, from the place the drop indicator shows."""
        rows = self.model().rowCount()
        index = self.indexAt(event.position().toPoint())
        if not index.isValid():
            return rows - 1
        row = index.row()
        below = self.visualRect(index).center().y() < event.position().toPoint().y()
        gap = row + 1 if below else row  # the gap the row is dropped into
        return gap - 1 if gap > source else gap

    def _frozen(self) -> bool:
        # A table that takes no edits (a finalized meeting: gui/read_only.py) keeps its order.
        return self.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers

    def startDrag(self, actions: Qt.DropAction) -> None:
        if not self._frozen():
            super().startDrag(actions)

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentIndex().row()
        # Qt lets only this view's own drags this far (InternalMove); the type says so too.
        if not event.mimeData().hasFormat(ROW_MIME) or source < 0 or self._frozen():
            event.ignore()
            return
        target = self.target_row(source, event)
        # Reported as ignored: the view must not remove the dragged row itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target != source and 0 <= target < self.model().rowCount():
            self.rowDropped.emit(source, target)
