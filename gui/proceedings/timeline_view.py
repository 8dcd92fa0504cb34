"""The timeline table: rows cut to a few lines of text, the selected one shown whole."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.proceedings.delegates import TimelineDelegate
from gui.proceedings.timeline_model import (
    DETAILS,
    KIND,
    MAX_LINES,
    SPEAKER,
    TEXT,
    TEXT_MARGINS,
    TIME,
    TimelineModel,
)
from gui.widgets.columns import FittedColumns


class TimelineView(QTableView):
    def __init__(
        self, model: TimelineModel, delegate: TimelineDelegate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.timeline = model
        self._expanded = QPersistentModelIndex()
        self.setModel(model)
        delegate.setParent(self)
        self.setItemDelegate(delegate)

        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        # Every row is MAX_LINES high (the model cuts longer texts): sizing rows to their
        # contents would lay out all 2,000 rows of a long meeting on every change.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() * MAX_LINES + 8
        )
        # The selected row grows to show its whole text; one taller than the view is
        # read by scrolling through it, not jumped over.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        h = self.horizontalHeader()
        h.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        h.setHighlightSections(False)
        fm = self.fontMetrics()
        chars = fm.averageCharWidth()
        # In a narrow window the other columns give way so the text keeps a readable width.
        self.columns = FittedColumns(
            self,
            {
                TIME: (fm.horizontalAdvance("00:00") + 24, fm.horizontalAdvance("00:00") + 12),
                SPEAKER: (fm.horizontalAdvance("Nguyễn Thị Thu Hà") + 40, 10 * chars),
                KIND: (fm.horizontalAdvance("Biểu quyết") + 24, fm.horizontalAdvance("Biểu quyết")),
                DETAILS: (fm.horizontalAdvance("Không thông qua 10/10") + 16, 10 * chars),
            },
            stretch=TEXT,
            stretch_least=25 * chars,
        )
        h.sectionResized.connect(self._section_resized)
        model.dataChanged.connect(self._data_changed)
        model.modelReset.connect(self._fit_current)
        model.rowsInserted.connect(self._fit_current)
        model.rowsRemoved.connect(self._fit_current)

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column == TEXT:
            self.timeline.set_text_width(new, self.font())
            self._fit_current()

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        self._fit_current()

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        row = self.currentIndex().row()
        if top_left.row() <= row <= bottom_right.row():
            self._fit_current()

    def _fit_current(self, *_args: object) -> None:
        """Grow the selected row to its whole text and shrink back the one that was."""
        header = self.verticalHeader()
        current = self.currentIndex()
        if self._expanded.isValid() and self._expanded.row() != current.row():
            header.resizeSection(self._expanded.row(), header.defaultSectionSize())
        entry = self.timeline.entry_at(current.row())
        self.timeline.set_expanded(entry.uid if entry else None)
        if entry is None:
            self._expanded = QPersistentModelIndex()
            return
        self._expanded = QPersistentModelIndex(self.timeline.index(current.row(), TEXT))
        text = str(self._expanded.data() or "").replace("\u2028", "\n")
        width = max(40, self.columnWidth(TEXT) - TEXT_MARGINS)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)
        needed = self.fontMetrics().boundingRect(QRect(0, 0, width, 10**7), flags, text)
        height = needed.height() + self.fontMetrics().lineSpacing() // 2 + 8
        header.resizeSection(current.row(), max(header.defaultSectionSize(), height))

    def commit_open_editor(self) -> None:
        """Save a cell still being edited (closing the window must not lose it)."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, TimelineDelegate.EndEditHint.NoHint)
