"""File > Restore from a backup: pick one, put it in place, reopen the window on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import BienBanError
from core.storage.backup import BackupInfo, list_backups, restore
from core.storage.startup import open_database
from gui.database_switch import move_to, show_error
from gui.messages import said

if TYPE_CHECKING:
    from gui.app import Started


class RestoreDialog(QDialog):
    """The backups of the open database, newest first."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Khôi phục từ bản sao lưu"))
        self.backups = backups
        self.table = QTableWidget(len(backups), 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RestoreDialog", "Thời điểm"),
                QCoreApplication.translate("RestoreDialog", "Lý do"),
                QCoreApplication.translate("RestoreDialog", "Dung lượng"),
            ]
        )
        reasons = {"start": QCoreApplication.translate("RestoreDialog", "khi mở chương trình")}
        for row, b in enumerate(backups):
            reason = reasons.get(b.label) or (
                QCoreApplication.translate("RestoreDialog", "trước khi nâng cấp")
                if b.label.startswith("before-migration")
                else b.label
            )
            cells = (f"{b.taken:%d/%m/%Y %H:%M:%S}", reason, f"{b.size / 1024:.0f} KB")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        if backups:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("RestoreDialog", "Khôi phục")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "RestoreDialog",
                    "Bản được chọn thay cho cơ sở dữ liệu hiện tại; tệp hiện tại được giữ lại"
                    " bên cạnh (đuôi .replaced-…).",
                )
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def chosen(self) -> BackupInfo | None:
        row = self.table.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None


def restore_from_backup(started: Started, ask: bool = True) -> bool:
    """Let the secretary pick a backup, then restore it and reopen the window on it."""
    window = started.window
    path = started.opened.services.db.path
    if path is None:
        show_error(
            window,
            QCoreApplication.translate(
                "RestoreDialog", "Khôi phục chỉ dùng cho tệp SQLite; máy chủ dùng pg_dump."
            ),
        )
        return False
    backups = list_backups(path)
    if not backups:
        show_error(
            window,
            QCoreApplication.translate(
                "RestoreDialog", "Chưa có bản sao lưu nào của cơ sở dữ liệu này."
            ),
        )
        return False
    dialog = RestoreDialog(backups, window)
    if ask and dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    chosen = dialog.chosen()
    if chosen is None:
        return False
    if ask:
        sure = QMessageBox.question(
            window,
            QCoreApplication.translate("RestoreDialog", "Khôi phục"),
            QCoreApplication.translate(
                "RestoreDialog", "Thay cơ sở dữ liệu bằng bản sao lưu lúc %1?"
            ).replace("%1", f"{chosen.taken:%d/%m/%Y %H:%M}"),
        )
        if sure != QMessageBox.StandardButton.Yes:
            return False
    if not window.may_close():  # what is typed is saved (or kept) before the swap
        return False
    window.ops.close()
    # Our lock stays held while the file is swapped; the connections are closed first.
    started.opened.services.db.dispose()
    try:
        kept = restore(path, chosen.path)
        lock = started.opened.lock
        if lock is not None:
            lock.release()
        opened = open_database(str(path), lock=True)
    except BienBanError as exc:
        show_error(window, said(exc))
        return False
    started.opened.lock = None  # released above; the new OpenDatabase holds its own
    move_to(started, opened)
    if kept is not None:
        started.window.ops.status.emit(
            QCoreApplication.translate(
                "RestoreDialog", "Đã khôi phục; tệp trước đó được giữ tại %1"
            ).replace("%1", str(kept))
        )
    return True
