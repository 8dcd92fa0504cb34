"""Helpers shared by the GUI tests (typing Vietnamese text without QTest.keyClicks)."""

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Insert text into widget the way an input method does (keyClicks aborts on non-ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
