"""The timeline table: rows sized to a few lines of text, edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.proceedings.delegates import TimelineDelegate
from gui.proceedings.timeline_model import (
    DETAILS,
    KIND,
    MAX_LINES,
    SPEAKER,
    TEXT,
    TIME,
    TimelineModel,
)


class TimelineView(QTableView):
    def __init__(
        self, model: TimelineModel, delegate: TimelineDelegate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.timeline = model
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
        h = self.horizontalHeader()
        h.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        h.setHighlightSections(False)
        fm = self.fontMetrics()
        self.setColumnWidth(TIME, fm.horizontalAdvance("00:00") + 24)
        self.setColumnWidth(SPEAKER, fm.horizontalAdvance("Nguyễn Thị Thu Hà") + 40)
        self.setColumnWidth(KIND, fm.horizontalAdvance("Biểu quyết") + 24)
        self.setColumnWidth(DETAILS, fm.horizontalAdvance("Không thông qua 10/10") + 16)
        h.sectionResized.connect(self._section_resized)

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if column == TEXT:
            self.timeline.set_text_width(new, self.font())

    def commit_open_editor(self) -> None:
        """Save a cell still being edited (closing the window must not lose it)."""
        editor = self.indexWidget(self.currentIndex())
        if editor is not None:
            self.commitData(editor)
            self.closeEditor(editor, TimelineDelegate.EndEditHint.NoHint)
