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

# The texts keep the main window's translation context, where they have always lived
# (lupdate reads the context from each call, so it is written out every time).


def show_shortcuts(parent: QWidget) -> QDialog:
    """Help > Shortcuts: every key the window answers to, in one table."""
    rows = [
        ("Ctrl+N", QCoreApplication.translate("MainWindow", "Cuộc họp mới")),
        ("Ctrl+E", QCoreApplication.translate("MainWindow", "Xuất biên bản")),
        ("Ctrl+Q", QCoreApplication.translate("MainWindow", "Thoát")),
        ("Ctrl+Z / Ctrl+Shift+Z", QCoreApplication.translate("MainWindow", "Hoàn tác / Làm lại")),
        ("Ctrl+F", QCoreApplication.translate("MainWindow", "Tìm cuộc họp")),
        ("Ctrl+T", QCoreApplication.translate("MainWindow", "Theo dõi nhiệm vụ")),
        (
            "Ctrl+Alt+1 … Ctrl+Alt+5",
            QCoreApplication.translate("MainWindow", "Chuyển sang thẻ 1 … 5"),
        ),
        (
            "Ctrl+PgDown / Ctrl+PgUp",
            QCoreApplication.translate("MainWindow", "Mục chương trình tiếp theo / trước"),
        ),
        (
            "P / A / L",
            QCoreApplication.translate("MainWindow", "Điểm danh: có mặt / vắng / đến muộn"),
        ),
        (
            "Alt+↑ / Alt+↓",
            QCoreApplication.translate("MainWindow", "Đổi thứ tự mục chương trình"),
        ),
        ("F2", QCoreApplication.translate("MainWindow", "Sửa ô đang chọn")),
        (
            "Delete",
            QCoreApplication.translate("MainWindow", "Xóa dòng đang chọn (có thể hoàn tác)"),
        ),
        (
            "Enter / Shift+Enter",
            QCoreApplication.translate("MainWindow", "Thêm ý kiến / xuống dòng"),
        ),
        (
            "Alt+1 … Alt+9",
            QCoreApplication.translate("MainWindow", "Chọn người phát biểu gần đây (ô diễn biến)"),
        ),
        (
            "Ctrl+1 … Ctrl+6",
            QCoreApplication.translate("MainWindow", "Chọn loại ý kiến (ô diễn biến)"),
        ),
    ]
    html = (
        "<table cellpadding='4'>"
        + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        + "</table>"
    )
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Phím tắt"))
    text = QTextBrowser()
    text.setHtml(html)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(560, 480)
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
