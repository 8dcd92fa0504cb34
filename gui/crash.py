"""Unexpected errors: a dialog with a report that holds no meeting content."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QApplication, QMessageBox

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


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report = crash_report(exc_type, tb)
    log.error("%s", report)
    if QApplication.instance() is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("Crash", "Lỗi không mong đợi"),
        QApplication.translate(
            "Crash",
            "BienBan gặp lỗi không mong đợi. Dữ liệu đã nhập vẫn được lưu."
            " Hãy gửi báo cáo dưới đây (không chứa nội dung cuộc họp) cho bộ phận hỗ trợ.",
        ),
    )
    box.setDetailedText(report)
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = _hook
