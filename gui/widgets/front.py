"""Opening a dialog with the keyboard in it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def open_in_front(dialog: QDialog) -> None:
    """Open *dialog* window-modal with the keyboard in it: typing goes on there at once,
    also where the platform leaves the main window active."""
    dialog.open()
    dialog.raise_()
    dialog.activateWindow()
