"""Table columns that give way together when the table is narrow, instead of scrolling sideways."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class FittedColumns(QObject):
    """Keeps a table's columns at their preferred widths while the view has room, and
    narrows them in step (never below their least width) when it has not, so the one
    column that stretches keeps a readable width and the table does not scroll sideways.

    *columns* maps a column to (preferred, least) widths; *stretch* is the column that
    takes what is left, and wants at least *stretch_least* pixels. The widths are set
    again whenever the view's width changes; in between, they can be dragged.
    """

    def __init__(
        self,
        view: QTableView,
        columns: dict[int, tuple[int, int]],
        stretch: int,
        stretch_least: int,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._columns = columns
        self._stretch_least = stretch_least
        self._width = -1
        header = view.horizontalHeader()
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.viewport().installEventFilter(self)
        self.fit()

    def widths(self, room: int) -> dict[int, int]:
        """The width of each column when the view has *room* pixels across."""
        preferred = {c: p for c, (p, _least) in self._columns.items()}
        least = {c: min(p, lo) for c, (p, lo) in self._columns.items()}
        spare = room - self._stretch_least - sum(least.values())
        give = sum(preferred.values()) - sum(least.values())
        share = 1.0 if give <= 0 else max(0.0, min(1.0, spare / give))
        return {c: least[c] + int((preferred[c] - least[c]) * share) for c in preferred}

    def fit(self) -> None:
        room = self._view.viewport().width()
        if room == self._width:
            return
        self._width = room
        for column, width in self.widths(room).items():
            self._view.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
