"""In-place editors for the timeline: time, speaker with completion, kind and text."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from core.domain.enums import EntryKind
from gui.i18n import label
from gui.operations import Ops, Throttle
from gui.proceedings.speakers import RosterModel, SpeakerCompleter
from gui.proceedings.text_box import SubmitTextEdit
from gui.proceedings.timeline_model import KIND, SPEAKER, TEXT, TIME

Index = QModelIndex | QPersistentModelIndex


class TimelineDelegate(QStyledItemDelegate):
    """One delegate for every column, so the view needs no per-column setup."""

    def __init__(self, roster: RosterModel, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._roster = roster
        self._ops = ops

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        col = index.column()
        if col == TIME:
            edit = QTimeEdit(parent)
            edit.setDisplayFormat("HH:mm:ss")
            return edit
        if col == SPEAKER:
            line = QLineEdit(parent)
            line.setCompleter(SpeakerCompleter(self._roster, line))
            return line
        if col == KIND:
            combo = QComboBox(parent)
            for kind in EntryKind:
                combo.addItem(label(kind.value), kind.value)
            return combo
        if col == TEXT:
            text = SubmitTextEdit(parent, lines=3)
            text.submitted.connect(lambda: self._finish(text))
            # Saved while it is typed, not only when the editor closes.
            cell = QPersistentModelIndex(index)
            throttle = Throttle(self._ops, lambda: self._push(text, cell), text)
            text.textChanged.connect(throttle.touch)
            return text
        return super().createEditor(parent, option, index)

    def _push(self, editor: QWidget, cell: QPersistentModelIndex) -> None:
        model = cell.model()
        if cell.isValid() and model is not None:
            self.setModelData(editor, model, cell)

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QTimeEdit):
            editor.setTime(value if isinstance(value, QTime) else QTime(0, 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, SubmitTextEdit):
            if editor.toPlainText() != value:
                editor.setPlainText(str(value or ""))
                editor.moveCursor(editor.textCursor().MoveOperation.End)
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QTimeEdit):
            model.setData(index, editor.time())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, SubmitTextEdit):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        if isinstance(editor, SubmitTextEdit):
            # Give long texts room to be edited even when the row itself is short.
            rect = rect.adjusted(0, 0, 0, max(0, editor.minimumHeight() - rect.height()))
        editor.setGeometry(rect)
