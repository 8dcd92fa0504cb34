"""Unexpected errors: a dialog with a report that holds no meeting content."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QApplication, QMessageBox

from core.errors import BienBanError
from gui.messages import said

log = logging.getLogger("bienban")


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Where it failed, never what was typed: the exception message may quote user text."""
    frames = traceback.extract_tb(tb)
    lines = [f"  {f.filename.rsplit('/', 1)[-1]}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(
        [
            f"BienBan error report – {exc_type.__module__}.{exc_type.__qualname__}",
            f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.system()}",
            *lines,
        ]
    )


# Whether everything typed is in the database right now (set by start-up from the window's
# operations layer): the dialog says "saved" only when it is true.
_probe: list[Callable[[], bool]] = []


def _all_saved() -> bool:
    return bool(_probe) and _probe[-1]()


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _show(crash_report(exc_type, tb), _all_saved())


def report_bug(exc: BaseException) -> None:
    """A program error inside a save: the change it carried was not stored."""
    _show(crash_report(type(exc), exc.__traceback__), False)


def _show(report: str, saved: bool) -> None:
    log.error("%s", report)
    if QApplication.instance() is None:
        return
    if saved:
        state = QApplication.translate("Crash", "Mọi thứ đã nhập đều đã được lưu.")
    else:
        state = QApplication.translate(
            "Crash",
            "Có thay đổi chưa được lưu: chúng vẫn ở trong cửa sổ, thanh trạng thái ghi rõ."
            " Khi đóng, BienBan ghi những gì chưa lưu được ra một tệp khôi phục cạnh cơ sở"
            " dữ liệu.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("Crash", "Lỗi không mong đợi"),
        QApplication.translate(
            "Crash",
            "BienBan gặp lỗi không mong đợi. %1 Hãy gửi báo cáo dưới đây (không chứa nội"
            " dung cuộc họp) cho bộ phận hỗ trợ.",
        ).replace("%1", state),
    )
    box.setDetailedText(report)
    box.exec()


def install_excepthook(all_saved: Callable[[], bool] | None = None) -> None:
    if all_saved is not None:
        _probe[:] = [all_saved]
    sys.excepthook = _hook


def watch(window: Any) -> None:
    """A bug in a save is reported once (with the crash report); a database that stops
    taking writes (the file replaced, damaged) is said in a dialog, once per cause."""
    ops = window.ops
    ops.bugReported.connect(report_bug)
    told: set[str] = set()

    def stopped(error: BienBanError) -> None:
        if error.message in told:
            return
        told.add(error.message)
        QMessageBox.critical(
            window,
            QApplication.translate("Crash", "Đã ngừng ghi vào cơ sở dữ liệu"),
            QApplication.translate(
                "Crash",
                "%1\n\nNhững gì đã gõ vẫn còn trong cửa sổ; khi đóng, BienBan sẽ ghi"
                " chúng ra một tệp khôi phục cạnh cơ sở dữ liệu.",
            ).replace("%1", said(error)),
        )

    ops.stopped.connect(stopped)
    install_excepthook(ops.all_saved)
