"""File > New / Open / Recent database: check the file, open it, then swap the window over."""

from __future__ import annotations

import contextlib
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from core.errors import BienBanError, DatabaseInUseError, StorageError
from core.storage.db_files import check_new, check_openable
from core.storage.startup import OpenDatabase, open_database
from gui.crash import watch
from gui.main_window import MainWindow
from gui.messages import said
from gui.operations import Ops

if TYPE_CHECKING:
    from gui.app import Started

RECENT_KEY = "databases/recent"
MAX_RECENT = 8
SUFFIX = ".sqlite3"


# -- recent databases (QSettings) -----------------------------------------------------------


def recent(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings gives back a one-item list as a plain string
        value = [value]
    if not isinstance(value, list | tuple):
        return []
    return [str(v) for v in value if v]


def remember(settings: QSettings, path: Path) -> None:
    entry = str(path)
    paths = [entry] + [p for p in recent(settings) if p != entry]
    settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
    settings.sync()


def forget(settings: QSettings, path: str) -> None:
    settings.setValue(RECENT_KEY, [p for p in recent(settings) if p != path])
    settings.sync()


# -- asking (module-level so tests can replace them) ----------------------------------------


def ask_open_path(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DatabaseSwitch", "Mở cơ sở dữ liệu"),
        "",
        QCoreApplication.translate(
            "DatabaseSwitch", "Cơ sở dữ liệu BienBan (*.sqlite3 *.sqlite *.db);;Tất cả tệp (*)"
        ),
    )
    return path or None


def ask_new_path(parent: QWidget) -> str | None:
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("DatabaseSwitch", "Cơ sở dữ liệu mới"),
        "",
        QCoreApplication.translate("DatabaseSwitch", "BienBan (*.sqlite3)"),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(SUFFIX[1:])
    # An existing file is refused afterwards rather than offered for overwriting.
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return dialog.selectedFiles()[0]


def show_error(parent: QWidget, message: str) -> None:
    QMessageBox.critical(
        parent, QCoreApplication.translate("DatabaseSwitch", "Không mở được cơ sở dữ liệu"), message
    )


# -- switching ------------------------------------------------------------------------------


def _open_checked(path: Path, create: bool) -> OpenDatabase:
    """Refuse a wrong file before a lock or backup is written beside it, then open it."""
    if create:
        check_new(path)
    elif not path.is_file():
        raise StorageError(f"Không tìm thấy tệp {path}. / The file {path} does not exist.")
    else:
        check_openable(path)
    return open_database(path, lock=True)  # a Path: never read as a URL


def switch_to(started: Started, path: str | Path, *, create: bool = False) -> bool:
    """Open *path* and move the program over to it; on any failure nothing changes."""
    window = started.window
    target = Path(path).expanduser().resolve()
    current = started.db_path
    if not create and current is not None and current.resolve() == target:
        window.ops.status.emit(
            QCoreApplication.translate("DatabaseSwitch", "Cơ sở dữ liệu này đang mở.")
        )
        return False
    if not window.may_close():  # everything of this database saved first, or kept
        return False
    try:
        opened = _open_checked(target, create)
    except DatabaseInUseError as exc:
        show_error(window, said(exc))
        return False
    except BienBanError as exc:
        show_error(window, said(exc))
        return False
    move_to(started, opened)
    return True


def move_to(started: Started, opened: OpenDatabase) -> None:
    """Show a new window on *opened* and close the current window and its database."""
    window = started.window
    settings = window.settings
    window.save_settings()
    settings.setValue("main/last_meeting", 0)  # an id of the old database means nothing here
    try:
        new_window = MainWindow(
            Ops(opened.services), settings, audio_backend=window.recording.backend
        )
    except BaseException:
        opened.close()
        raise
    watch(new_window)
    new_window.show()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        # gui/app.py connected the first window; logging out must save the current one.
        with contextlib.suppress(RuntimeError, TypeError), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # not connected: nothing to undo
            app.commitDataRequest.disconnect()
        app.commitDataRequest.connect(lambda _m: new_window.may_close(ask=False))
    window._closing_checked = True  # saved just before
    window.close()
    window.ops.close()
    window.deleteLater()
    started.opened.close()
    started.window, started.opened = new_window, opened
    settings.setValue("main/last_meeting", new_window.meeting_id or 0)
    attach(started)


def new_database(started: Started) -> bool:
    path = ask_new_path(started.window)
    if not path:
        return False
    if not Path(path).suffix:
        path += SUFFIX
    return switch_to(started, path, create=True)


def open_database_file(started: Started) -> bool:
    path = ask_open_path(started.window)
    return switch_to(started, path) if path else False


def open_recent(started: Started, path: str) -> bool:
    if not Path(path).is_file():
        forget(started.window.settings, path)
        show_error(
            started.window,
            QCoreApplication.translate(
                "DatabaseSwitch", "Không còn tệp %1 (đã xóa khỏi danh sách gần đây)."
            ).replace("%1", path),
        )
        return False
    return switch_to(started, path)


def _fill_recent(menu: QMenu, started: Started) -> None:
    menu.clear()
    current = started.db_path
    paths = [p for p in recent(started.window.settings) if current is None or p != str(current)]
    if not paths:
        none = menu.addAction(QCoreApplication.translate("DatabaseSwitch", "(chưa có)"))
        none.setEnabled(False)
        return
    for i, p in enumerate(paths, 1):
        action = menu.addAction(f"&{i} {Path(p).name}  —  {Path(p).parent}")
        action.setToolTip(p)
        action.triggered.connect(lambda _checked=False, p=p: open_recent(started, p))


def attach(started: Started) -> None:
    """Put the database items into the window's File menu, above "Thoát"."""
    window = started.window
    path = started.db_path
    if path is not None:
        remember(window.settings, path.resolve())
    menu: QMenu = window.file_menu
    before = window.quit_action
    new = QAction(QCoreApplication.translate("DatabaseSwitch", "Cơ sở dữ liệu mới…"), window)
    new.triggered.connect(lambda _checked=False: new_database(started))
    open_ = QAction(QCoreApplication.translate("DatabaseSwitch", "Mở cơ sở dữ liệu…"), window)
    open_.setShortcut("Ctrl+O")
    open_.triggered.connect(lambda _checked=False: open_database_file(started))
    recent_menu = QMenu(QCoreApplication.translate("DatabaseSwitch", "Gần đây"), window)
    recent_menu.aboutToShow.connect(lambda: _fill_recent(recent_menu, started))
    _fill_recent(recent_menu, started)
    from gui.restore_dialog import restore_from_backup

    restore_ = QAction(
        QCoreApplication.translate("DatabaseSwitch", "Khôi phục từ bản sao lưu…"), window
    )
    restore_.triggered.connect(lambda _checked=False: restore_from_backup(started))
    restore_.setEnabled(path is not None)
    menu.insertAction(before, new)
    menu.insertAction(before, open_)
    menu.insertMenu(before, recent_menu)
    menu.insertAction(before, restore_)
    menu.insertSeparator(before)
    window.database_actions = (new, open_, recent_menu, restore_)  # type: ignore[attr-defined]
