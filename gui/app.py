"""Starts the window: checks and opens the database, builds hub and window, flushes on exit."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

from core.backup import backup_if_changed
from core.database import describe_url, resolve_url, with_password
from core.errors import (
    BienBanError,
    DamagedDatabaseError,
    DatabaseInUseError,
    PasswordRequiredError,
)
from core.startup import OpenDatabase, open_database
from gui.crash import install_excepthook
from gui.database_switch import attach
from gui.hub import Hub
from gui.i18n import install_translators
from gui.main_window import MainWindow
from gui.password_dialog import ask_password
from gui.startup_dialogs import ask_restore, show_error, show_in_use


def _open(db_arg: str | None) -> OpenDatabase | None:
    """Open the database, offering the newest good backup when the file is damaged,
    asking for the password when the server wants one the address did not give."""
    asked = False
    while True:
        try:
            # The start-up backup runs after the window is up (see _backup_in_background).
            return open_database(db_arg, lock=True, backup=False)
        except PasswordRequiredError:
            url = resolve_url(db_arg)
            password = ask_password(describe_url(url), wrong=asked)
            if password is None:
                return None
            db_arg, asked = with_password(url, password), True
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


class _BackupReport(QObject):
    done = Signal(str)


def _backup_in_background(started: Started) -> threading.Thread | None:
    """The start-up backup of a large archive takes seconds: do it beside the window.

    SQLite's backup API reads a consistent snapshot while the secretary keeps writing.
    The thread is not a daemon, so quitting waits for a backup to finish its file.
    """
    path = started.opened.services.db.path
    if path is None:
        return None
    report = _BackupReport(started.window)
    hub = started.window.hub
    report.done.connect(lambda message: hub.status.emit(message) if message else None)

    def work() -> None:
        try:
            backup_if_changed(path)
            report.done.emit("")
        except BienBanError as exc:
            report.done.emit(exc.message)

    thread = threading.Thread(target=work, name="bienban-backup")
    thread.start()
    return thread


@dataclass
class Started:
    app: QApplication
    window: MainWindow
    opened: OpenDatabase
    backup: threading.Thread | None = None

    def close(self) -> None:
        """Let the start-up backup finish its file, then close the database cleanly."""
        if self.backup is not None:
            self.backup.join()
        self.opened.close()


def start(args: argparse.Namespace) -> Started | None:
    """Everything up to the window on screen; None when the database cannot be opened."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("BienBan")
    app.setOrganizationName("BienBan")
    install_excepthook()
    # Before any dialog: the password and damaged-database questions are translated too.
    install_translators(app)
    opened = _open(getattr(args, "db", None))
    if opened is None:
        return None
    window = MainWindow(opened.services, Hub(), QSettings())
    started = Started(app, window, opened)
    # Closing the window, quitting, SIGTERM and the session logging out all pass here
    # (File > Open database moves them to the new window: gui/database_switch.py).
    app.aboutToQuit.connect(window.flush_all)
    app.commitDataRequest.connect(lambda _manager: started.window.flush_all())
    attach(started)
    window.show()
    started.backup = _backup_in_background(started)
    return started


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
        started.close()
