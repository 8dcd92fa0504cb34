"""The Help menu's dialogs: the table of keyboard shortcuts and About BienBan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui import shortcuts

# The texts keep the main window's translation context, where they have always lived
# (lupdate reads the context from each call, so it is written out every time).


def show_shortcuts(parent: QWidget) -> QDialog:
    """Help > Shortcuts: every key the window answers to, in one table."""
    html = shortcuts.html()
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Phím tắt"))
    text = QTextBrowser()
    text.setHtml(html)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    screen = parent.screen().availableGeometry()
    dialog.resize(min(720, screen.width() - 40), min(640, screen.height() - 80))
    dialog.open()
    return dialog


def show_about(parent: QWidget, display: str) -> None:
    """Help > About: what BienBan is, and which database is open."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "Giới thiệu BienBan"),
        QCoreApplication.translate(
            "MainWindow",
            "<b>BienBan</b> — ghi biên bản cuộc họp ngay trong phiên họp, chỉ bằng bàn phím,"
            " và xuất biên bản theo đúng thể thức.<br>Cơ sở dữ liệu: %1",
        ).replace("%1", display),
    )
