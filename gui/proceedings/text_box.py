"""A multi-line text box where Enter submits and Shift+Enter starts a new line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SubmitTextEdit(QPlainTextEdit):
    """Used by the entry bar and by the timeline's in-place text editor."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        height = self.fontMetrics().lineSpacing() * lines
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + 2 * int(self.document().documentMargin())
        self.setMinimumHeight(height + margins.top() + margins.bottom() + frame)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in SUBMIT_KEYS:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.NoModifier:
                self.submitted.emit()
                event.accept()
                return
            if mods == Qt.KeyboardModifier.ShiftModifier:
                # A real paragraph break, not the U+2028 line separator Qt inserts by default.
                self.textCursor().insertText("\n")
                event.accept()
                return
        super().keyPressEvent(event)
