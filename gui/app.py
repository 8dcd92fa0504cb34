"""Starts the window: checks and opens the database, builds the window, saves on the way out."""

from __future__ import annotations

import argparse
import signal
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication

from core.errors import (
    BienBanError,
    DamagedDatabaseError,
    DatabaseInUseError,
    PasswordRequiredError,
)
from core.storage.backup import backup_if_changed
from core.storage.glance import Glance
from core.storage.locations import plain_sqlite_file, resolve_url
from core.storage.startup import OpenDatabase, connect, open_database, prepare_file
from gui import collector, unsaved
from gui.crash import install_excepthook, watch
from gui.database_switch import attach
from gui.i18n import install_translators
from gui.loader import DeferredServices, Loading, ServicesLoader
from gui.main_window import MainWindow
from gui.messages import said
from gui.operations import Ops
from gui.password_dialog import ask_password
from gui.startup_dialogs import ask_restore, show_error, show_in_use, show_os_error


def _open_early(db_arg: str | None) -> Loading | None:
    """The fast road for a BienBan file of the current schema: lock and check it, and leave
    the rest of opening to a thread so the window shows first (gui/loader.py).

    None when the ordinary road must decide: a server, a new file, another schema.
    """
    url = resolve_url(db_arg)
    path = plain_sqlite_file(url)
    if path is None or not path.is_file():
        return None
    # The start-up backup runs after the window is up (see _backup_in_background).
    held, notes = prepare_file(path, lock=True, backup=False)
    try:
        glance = Glance(path)
        if glance.is_current():
            # connect() releases the lock if it fails: a failed start leaves the file free.
            return Loading(ServicesLoader(lambda: connect(url, held, notes)), glance, str(path))
        glance.close()
    except sqlite3.Error:
        pass  # the ordinary road reports it in words
    if held is not None:
        held.release()
    return None


def _open(db_arg: str | None) -> OpenDatabase | Loading | None:
    """Open the database, offering the newest good backup when the file is damaged,
    asking for the password when the server wants one the address did not give."""
    asked = False
    while True:
        try:
            early = _open_early(db_arg)
            if early is not None:
                return early
            # The start-up backup runs after the window is up (see _backup_in_background).
            return open_database(db_arg, lock=True, backup=False)
        except PasswordRequiredError:
            from core.storage.database import describe_url, with_password

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
            show_error(said(exc))
            return None
        except OSError as exc:  # anything start-up did not put in words itself
            show_os_error(exc)
            return None


class _QuitOnSignals:
    """SIGTERM/SIGINT end the event loop normally, and the window saves what it holds:
    what the database does not take goes to a recovery file, without a question (nobody
    may be there to answer one: the system is shutting down).

    Installed before start-up: a signal that arrives while the window is being built
    is remembered, and the program then closes the database cleanly instead of running.
    """

    def __init__(self) -> None:
        self.requested = False
        self._timer: QTimer | None = None
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._handle)

    def _handle(self, *_args: object) -> None:
        self.requested = True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            for widget in app.topLevelWidgets():
                if isinstance(widget, MainWindow):
                    widget.ask_on_close = False
            app.quit()

    def wake_up(self) -> None:
        # Python runs signal handlers only between bytecodes: wake it up now and then.
        self._timer = QTimer()
        self._timer.start(250)
        self._timer.timeout.connect(lambda: None)

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()


class _BackupReport(QObject):
    done = Signal(str)


def _backup_in_background(started: Started) -> threading.Thread | None:
    """The start-up backup of a large archive takes seconds: do it beside the window.

    SQLite's backup API reads a consistent snapshot while the secretary keeps writing.
    The thread is not a daemon, so quitting waits for a backup to finish its file.
    """
    path = started.db_path
    if path is None:
        return None
    report = _BackupReport(started.window)
    ops = started.window.ops
    report.done.connect(lambda message: ops.status.emit(message) if message else None)

    def work() -> None:
        try:
            backup_if_changed(path)
            report.done.emit("")
        except BienBanError as exc:
            report.done.emit(said(exc))

    thread = threading.Thread(target=work, name="bienban-backup")
    thread.start()
    return thread


class Started:
    """The running program: its window and database, which may still be loading."""

    def __init__(
        self, app: QApplication, window: MainWindow, opened: OpenDatabase | Loading
    ) -> None:
        self.app = app
        self.window = window
        self.loading = opened if isinstance(opened, Loading) else None
        self._opened = None if isinstance(opened, Loading) else opened
        self.backup: threading.Thread | None = None

    @property
    def opened(self) -> OpenDatabase:
        """The open database, waiting for the loader if it has not finished."""
        if self._opened is None:
            assert self.loading is not None
            self._opened = self.loading.loader.wait()
        return self._opened

    @opened.setter
    def opened(self, value: OpenDatabase) -> None:
        if self.loading is not None:
            self.loading.glance.close()
        self._opened, self.loading = value, None

    @property
    def db_path(self) -> Path | None:
        """The database file, known before the services have loaded; None for a server."""
        if self._opened is None and self.loading is not None:
            return self.loading.glance.path
        return self.opened.services.db.path

    def close(self) -> None:
        """Let the start-up backup finish its file, then close the database cleanly."""
        self.window.ops.close()
        if self.backup is not None:
            self.backup.join()
        if self.loading is not None:
            self.loading.glance.close()
            if self._opened is None and self.loading.loader.wait_quietly() is None:
                return  # it failed: the loader released the lock, nothing else is open
        self.opened.close()


def _loaded(started: Started) -> None:
    """The services are ready, or could not be opened: then say why and close."""
    loading = started.loading
    if loading is None:
        return
    error = loading.loader.error
    if error is not None:
        started.window.close()  # first: nothing may ask the missing services for a page
        loading.glance.close()
        show_error(said(error))
        started.app.quit()
    else:
        loading.glance.close()
        collector.installed(started.app).settle()


def start(args: argparse.Namespace) -> Started | None:
    """Everything up to the window on screen; None when the database cannot be opened."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("BienBan")
    app.setOrganizationName("BienBan")
    install_excepthook()
    # Before the loader and the backup threads start allocating.
    main_thread_collector = collector.installed(app)
    # Before any dialog: the password and damaged-database questions are translated too.
    install_translators(app)
    opened = _open(getattr(args, "db", None))
    if opened is None:
        return None
    if isinstance(opened, Loading):
        services: Any = DeferredServices(opened.loader)
        window = MainWindow(Ops(services), QSettings(), loading=opened)
    else:
        window = MainWindow(Ops(opened.services), QSettings())
    started = Started(app, window, opened)
    if started.loading is not None:
        started.loading.loader.finished.connect(lambda: _loaded(started))
    # The session logging out or shutting down: whatever cannot be saved in time goes to a
    # recovery file without asking (File > Open database moves this to the new window:
    # gui/database_switch.py).
    app.commitDataRequest.connect(lambda _manager: started.window.may_close(ask=False))
    watch(started.window)
    attach(started)
    window.show()
    window.focus_where_she_was()
    QTimer.singleShot(
        0,
        lambda: unsaved.offer_recovered(
            started.window.ops, started.db_path, started.window.display, started.window
        ),
    )
    if started.loading is not None:
        started.loading.loader.start_after_paint(window.meetings.view.viewport())
    else:
        main_thread_collector.settle()
    started.backup = _backup_in_background(started)
    return started


def run_gui(args: argparse.Namespace) -> int:
    signals = _QuitOnSignals()
    started = start(args)
    if started is None:
        return 1
    signals.wake_up()
    # A signal between here and the loop's start would call quit() on a loop not yet
    # running, which Qt ignores: ask again from inside the loop.
    QTimer.singleShot(0, lambda: signals.requested and started.app.quit())
    try:
        return started.app.exec()
    finally:
        signals.stop()
        # Quit and SIGTERM end here: what is still unsaved goes to a recovery file.
        started.window.may_close(ask=False)
        started.window.recording.shutdown()  # the last audio written, the sound system idle
        started.close()
