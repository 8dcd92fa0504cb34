"""Starts the window: checks and opens the database, builds hub and window, flushes on exit."""

from __future__ import annotations

import argparse
import signal
import sys
from dataclasses import dataclass

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from core.errors import BienBanError, DamagedDatabaseError, DatabaseInUseError
from core.startup import OpenDatabase, open_database
from gui.crash import install_excepthook
from gui.hub import Hub
from gui.main_window import MainWindow
from gui.startup_dialogs import ask_restore, show_error, show_in_use


def _open(db_arg: str | None) -> OpenDatabase | None:
    """Open the database, offering the newest good backup when the file is damaged."""
    while True:
        try:
            return open_database(db_arg, lock=True)
        except DatabaseInUseError as exc:
            show_in_use(exc)
            return None
        except DamagedDatabaseError as exc:
            if not ask_restore(exc, db_arg):
                return None
        except BienBanError as exc:
            show_error(exc.message)
            return None


def _quit_on_signals(app: QApplication) -> QTimer:
    """SIGTERM/SIGINT end the event loop normally, so aboutToQuit flushes pending edits."""
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: app.quit())
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    timer = QTimer()
    timer.start(250)
    timer.timeout.connect(lambda: None)
    return timer


@dataclass
class Started:
    app: QApplication
    window: MainWindow
    opened: OpenDatabase


def start(args: argparse.Namespace) -> Started | None:
    """Everything up to the window on screen; None when the database cannot be opened."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("BienBan")
    app.setOrganizationName("BienBan")
    install_excepthook()
    opened = _open(getattr(args, "db", None))
    if opened is None:
        return None
    window = MainWindow(opened.services, Hub(), QSettings())
    # Closing the window, quitting, SIGTERM and the session logging out all pass here.
    app.aboutToQuit.connect(window.flush_all)
    app.commitDataRequest.connect(lambda _manager: window.flush_all())
    window.show()
    return Started(app, window, opened)


def run_gui(args: argparse.Namespace) -> int:
    started = start(args)
    if started is None:
        return 1
    keep_alive = _quit_on_signals(started.app)
    try:
        return started.app.exec()
    finally:
        keep_alive.stop()
        started.window.flush_all()
        started.opened.close()
