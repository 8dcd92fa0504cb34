"""Dialogs shown before the window opens: database in use, damaged, or unreadable."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from core.errors import BienBanError, DamagedDatabaseError, DatabaseInUseError, os_reason
from core.storage.backup import restore
from core.storage.startup import sqlite_file
from gui.i18n import ui_language
from gui.messages import said


def show_error(message: str) -> None:
    QMessageBox.critical(
        None, QApplication.translate("Startup", "Không mở được cơ sở dữ liệu"), message
    )


def show_os_error(exc: OSError) -> None:
    """A refusal of the operating system (a full disk, a read-only folder) named for what it is."""
    vi, en = os_reason(exc)
    where = f" ({exc.filename})" if exc.filename else ""
    show_error(
        QApplication.translate(
            "Startup", "Hệ điều hành từ chối: %1. Không có gì bị thay đổi."
        ).replace("%1", (vi if ui_language() == "vi" else en) + where)
    )


def show_in_use(exc: DatabaseInUseError) -> None:
    QMessageBox.warning(
        None,
        QApplication.translate("Startup", "Cơ sở dữ liệu đang được dùng"),
        QApplication.translate(
            "Startup",
            "Cơ sở dữ liệu này đang mở trong một cửa sổ BienBan khác (tiến trình %1 trên máy %2)."
            " Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.",
        )
        .replace("%1", str(exc.pid))
        .replace("%2", exc.host),
    )


def ask_restore(exc: DamagedDatabaseError, db_arg: str | None) -> bool:
    """Offer the newest good backup; True when it was restored and opening may be retried."""
    backup = exc.backup
    if backup is None:
        show_error(
            said(exc)
            + "\n\n"
            + QApplication.translate("Startup", "Không có bản sao lưu nào dùng được.")
        )
        return False
    answer = QMessageBox.question(
        None,
        QApplication.translate("Startup", "Cơ sở dữ liệu bị hỏng"),
        said(exc)
        + "\n\n"
        + QApplication.translate(
            "Startup", "Khôi phục bản sao lưu tốt gần nhất (%1)? Tệp hỏng được giữ lại bên cạnh."
        ).replace("%1", f"{backup.taken:%d/%m/%Y %H:%M}"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    path = sqlite_file(db_arg)
    if path is None:
        return False
    try:
        restore(path, backup.path)
    except BienBanError as err:
        show_error(said(err))
        return False
    return True
