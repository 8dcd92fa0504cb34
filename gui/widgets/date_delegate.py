"""A table cell edited with a DateField: a deadline typed like anywhere else."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gui.tables import DateDelegate
from gui.widgets.datetime_field import DateField

Index = QModelIndex | QPersistentModelIndex


def _as_date(value: Any) -> dt.date | None:
    """The cell's edit value: a date, None, or a QDate (tables.DateDelegate.EMPTY is none)."""
    if isinstance(value, QDate):
        if not value.isValid() or value <= DateDelegate.EMPTY:
            return None
        return dt.date(value.year(), value.month(), value.day())
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


class DateFieldDelegate(QStyledItemDelegate):
    """Edits a date column with a DateField; the model receives a datetime.date or None.

    *reference* gives the day a partial date is read against (the meeting's date) when the
    editor opens. A text that cannot be read never reaches the model: Enter keeps the editor
    open with the reason as a tooltip; leaving the row drops it and the cell keeps its value.
    """

    def __init__(
        self, parent: QWidget | None = None, reference: Callable[[], dt.date | None] | None = None
    ) -> None:
        super().__init__(parent)
        self._reference = reference

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        field = DateField(parent)
        field.setFeedbackVisible(False)
        field.setAutoFillBackground(True)
        if self._reference is not None:
            field.setReferenceDate(self._reference())
        # Leaving the line (focus elsewhere in the window) saves, as Enter does.
        field.valueCommitted.connect(lambda _value: self.commitData.emit(field))
        return field

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        if not editor.isEdited():
            editor.setValue(_as_date(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateField)
        if not editor.commit():
            return
        value = editor.value()
        if value != _as_date(index.data(Qt.ItemDataRole.EditRole)):
            model.setData(index, value, Qt.ItemDataRole.EditRole)
