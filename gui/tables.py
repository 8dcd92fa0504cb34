"""Shared table plumbing for the meeting tabs: a DTO table model and small editors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QWidget

from gui.i18n import label

ERROR_COLOR = QColor("#c62828")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    display: Callable[[Any], str]
    editable: bool = False
    edit_value: Callable[[Any], Any] | None = None  # value shown in the editor


class DtoTableModel(QAbstractTableModel):
    """Rows are frozen DTOs; an edit calls `commit(dto, field, value)` which returns the
    saved DTO, or None when the save failed (the typed value is then kept, shown in red)."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.commit: Callable[[Any, str, Any], Any] | None = None
        self.foreground: Callable[[Any], QColor | None] = lambda _dto: None
        self._unsaved: dict[tuple[int, int], Any] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        ids = {r.id for r in self.rows}
        self._unsaved = {k: v for k, v in self._unsaved.items() if k[0] in ids}
        self.endResetModel()

    def replace(self, row: int, dto: Any) -> None:
        self.rows[row] = dto
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

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
        if role == Qt.ItemDataRole.DisplayRole:
            if key in self._unsaved:
                value = self._unsaved[key]
                return value.toString("dd/MM/yyyy") if isinstance(value, QDate) else str(value)
            return col.display(dto)
        if role == Qt.ItemDataRole.EditRole:
            if key in self._unsaved:
                return self._unsaved[key]
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
        current = col.edit_value(dto) if col.edit_value else col.display(dto)
        if value == current and (dto.id, column) not in self._unsaved:
            return False
        saved = self.commit(dto, col.field, value)
        if saved is None:
            # Keep what the user typed visible (in red) rather than dropping it.
            self._unsaved[(dto.id, column)] = value
            self.dataChanged.emit(index, index)
            return True
        self._unsaved.pop((dto.id, column), None)
        if 0 <= row < len(self.rows) and self.rows[row].id == dto.id:
            self.replace(row, saved)
        return True


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
