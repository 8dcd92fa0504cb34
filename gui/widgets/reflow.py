"""A row of widget groups that goes onto several lines when the window is too narrow for it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class ReflowRow(QWidget):
    """Groups side by side when each gets its wanted width, else one under another.

    A laptop at 150 % has about 900 device-independent pixels across: a row of fields made
    for a wide screen would squeeze them below their size. Each group keeps its own layout
    (the tab order and buddies follow the widgets, not where they are placed).
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._groups: list[tuple[QWidget, int, int]] = []  # widget, stretch, extra width
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(spacing)
        self._grid.setVerticalSpacing(2)
        self._one_line: bool | None = None

    def add(self, group: QWidget, stretch: int = 0, extra: int = 0) -> None:
        """*group* joins the row; it wants its size hint plus *extra* pixels on one line,
        and shares what is left over by *stretch* (0: it keeps its size, at the left)."""
        self._groups.append((group, stretch, extra))
        self._one_line = None
        # Added to a row on screen (the recording bar once a meeting opens): by the width.
        self._arrange(not self.isVisible() or self.width() >= self.wanted_width())

    def remove(self, group: QWidget) -> None:
        """*group* leaves the row (it is not deleted)."""
        self._groups = [g for g in self._groups if g[0] is not group]
        self._grid.removeWidget(group)
        self._one_line = None
        self._arrange(self.width() >= self.wanted_width())

    def is_one_line(self) -> bool:
        return bool(self._one_line)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest group, whichever way the row is laid out now."""
        least = super().minimumSizeHint()
        margins = self.contentsMargins()
        widest = max((g.minimumSizeHint().width() for g, _s, _e in self._groups), default=0)
        least.setWidth(widest + margins.left() + margins.right())
        return least

    def sizeHint(self) -> QSize:
        """As wide as the row on one line: a row holding this one then knows the width it
        wants, not the width it falls back to."""
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), self.wanted_width()))
        return hint

    def wanted_width(self) -> int:
        """The width the row needs to stay on one line."""
        margins = self.contentsMargins()
        wanted = sum(g.sizeHint().width() + extra for g, _s, extra in self._groups)
        wanted += self._grid.horizontalSpacing() * max(0, len(self._groups) - 1)
        return wanted + margins.left() + margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width() >= self.wanted_width())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            # A group grew or shrank (a row inside this one gained a widget): lay out anew.
            self._arrange(self.width() >= self.wanted_width())
        return super().event(event)

    def _arrange(self, one_line: bool) -> None:
        if one_line == self._one_line:
            return
        self._one_line = one_line
        for group, _stretch, _extra in self._groups:
            self._grid.removeWidget(group)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        stretched = any(stretch for _g, stretch, _e in self._groups)
        for n, (group, stretch, _extra) in enumerate(self._groups):
            # A group that does not stretch keeps its size, at the left of its place.
            align = Qt.AlignmentFlag(0) if stretch else Qt.AlignmentFlag.AlignLeft
            if one_line:
                self._grid.addWidget(group, 0, n, align)
                self._grid.setColumnStretch(n, stretch)
            else:
                self._grid.addWidget(group, n, 0, align)
        if not one_line or not stretched:
            self._grid.setColumnStretch(0 if not one_line else len(self._groups) - 1, 1)
        self.updateGeometry()
