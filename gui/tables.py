"""Shared table plumbing for the meeting tabs: a DTO table model and small editors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QStyledItemDelegate, QWidget

from gui.i18n import label
from gui.operations import Ops, Throttle

ERROR_COLOR = QColor("#c62828")
_NOTHING = object()
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    display: Callable[[Any], str]
    editable: bool = False
    edit_value: Callable[[Any], Any] | None = None  # value shown in the editor


Settle = Callable[[Any], None]  # called with the saved DTO, or None when it was refused


class DtoTableModel(QAbstractTableModel):
    """Rows are frozen DTOs. An edit shows at once and calls `commit(dto, field, value,
    settle)`, which asks for the save; `settle(saved)` comes later with the stored DTO, or
    with None when the save was refused (the typed value is then kept, shown in red)."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.commit: Callable[[Any, str, Any, Settle], None] | None = None
        self.foreground: Callable[[Any], QColor | None] = lambda _dto: None
        self._unsaved: dict[tuple[int, int], Any] = {}
        self._pending: dict[tuple[int, int], Any] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        rows = list(rows)
        if [r.id for r in rows] == [r.id for r in self.rows]:
            # The same rows: repaint in place, so the selection and an open editor stay.
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self._last))
            return
        self.beginResetModel()
        self.rows = rows
        ids = {r.id for r in self.rows}
        self._unsaved = {k: v for k, v in self._unsaved.items() if k[0] in ids}
        self._pending = {k: v for k, v in self._pending.items() if k[0] in ids}
        self.endResetModel()

    @property
    def _last(self) -> int:
        return len(self.columns) - 1

    def replace(self, row: int, dto: Any) -> None:
        self.rows[row] = dto
        # A whole row: Qt then leaves an editor open in it alone (a single cell would
        # have its editor reset under the typing).
        self.dataChanged.emit(self.index(row, 0), self.index(row, self._last))

    def replace_dto(self, dto: Any) -> bool:
        row = self.row_of(dto.id)
        if row < 0:
            return False
        self.replace(row, dto)
        return True

    def insert(self, row: int, dto: Any) -> None:
        row = max(0, min(row, len(self.rows)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.insert(row, dto)
        self.endInsertRows()

    def remove_id(self, ident: int) -> None:
        row = self.row_of(ident)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def has_unsaved(self) -> bool:
        return bool(self._unsaved or self._pending)

    def row_of(self, ident: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == ident), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.columns[section].header
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        dto = self.rows[index.row()]
        col = self.columns[index.column()]
        key = (dto.id, index.column())
        shown = self._unsaved.get(key, self._pending.get(key, _NOTHING))
        if role == Qt.ItemDataRole.DisplayRole:
            if shown is not _NOTHING:
                if isinstance(shown, QDate):
                    return shown.toString("dd/MM/yyyy")
                return label(shown) if col.edit_value is not None else str(shown)
            return col.display(dto)
        if role == Qt.ItemDataRole.EditRole:
            if shown is not _NOTHING:
                return shown
            return col.edit_value(dto) if col.edit_value else col.display(dto)
        if role == Qt.ItemDataRole.ForegroundRole:
            return ERROR_COLOR if key in self._unsaved else self.foreground(dto)
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.display(dto) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.commit is None:
            return False
        row, column = index.row(), index.column()
        dto = self.rows[row]
        col = self.columns[column]
        key = (dto.id, column)
        stored = col.edit_value(dto) if col.edit_value else col.display(dto)
        current = self._pending.get(key, stored)
        if value == current and key not in self._unsaved:
            return False
        self._unsaved.pop(key, None)
        self._pending[key] = value
        self.replace(row, dto)

        def settle(saved: Any) -> None:
            if self._pending.get(key) is not value:
                return  # a newer edit of the cell is on its way
            del self._pending[key]
            if saved is None:
                self._unsaved[key] = value  # kept visible, in red, rather than dropped
            r = self.row_of(dto.id)
            if r >= 0:
                self.replace(r, saved if saved is not None else self.rows[r])

        self.commit(dto, col.field, value, settle)
        return True


class LiveTextDelegate(QStyledItemDelegate):
    """Text cells whose typing is saved while it goes on (gui/operations.py's throttle),
    not only when the editor closes."""

    def __init__(self, ops: Ops, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            cell = QPersistentModelIndex(index)
            throttle = Throttle(self.ops, lambda: self._push(editor, cell), editor)
            editor.textEdited.connect(throttle.touch)
        return editor

    def _push(self, editor: QWidget, cell: QPersistentModelIndex) -> None:
        if cell.isValid():
            self.setModelData(editor, cell.model(), cell)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over enum values, shown with their Vietnamese labels."""

    def __init__(self, values: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.values = list(values)

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        box = QComboBox(parent)
        for v in self.values:
            box.addItem(label(v), v)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(i, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date editor with a popup calendar; the earliest date means 'no deadline'."""

    EMPTY = QDate(2000, 1, 1)

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        edit = QDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(self.EMPTY)
        edit.setSpecialValueText(self.tr("(không có)"))
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(value if isinstance(value, QDate) else QDate.currentDate())

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)


def to_qdate(d: dt.date | None) -> QDate:
    return QDate(d.year, d.month, d.day) if d else DateDelegate.EMPTY


def from_qdate(q: QDate) -> dt.date | None:
    return (
        None
        if not q.isValid() or q <= DateDelegate.EMPTY
        else dt.date(q.year(), q.month(), q.day())
    )
