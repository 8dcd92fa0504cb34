"""Asking for the database server's password when the address and PGPASSFILE give none."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
    """The server (shown without any password) and one masked field; nothing is stored."""

    def __init__(self, server: str, wrong: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mật khẩu cơ sở dữ liệu"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr("Mật khẩu không đúng. Hãy nhập lại.")
            if wrong
            else self.tr("Máy chủ cơ sở dữ liệu yêu cầu mật khẩu.")
        )
        intro.setWordWrap(True)
        if wrong:
            intro.setStyleSheet("color: #b00020;")
        self.server = QLabel(server)
        self.server.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Máy chủ:"), self.server)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        note = QLabel(
            self.tr(
                "Mật khẩu chỉ dùng cho lần mở này, không được lưu. Để khỏi nhập lại, đặt nó"
                " trong tệp mật khẩu của PostgreSQL (~/.pgpass hoặc biến PGPASSFILE)."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Kết nối"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.password.setFocus()


def ask_password(server: str, wrong: bool = False) -> str | None:
    """The password typed, or None when the secretary cancels."""
    dialog = PasswordDialog(server, wrong)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.password.text()
