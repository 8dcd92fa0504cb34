"""The main window: meetings list on the left, the open meeting in tabs on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from gui import unsaved
from gui.agenda_tab import AgendaTab
from gui.attendance_tab import AttendanceTab
from gui.conclusion_tab import ConclusionTab
from gui.details_tab import DetailsTab
from gui.export_dialog import ExportDialog
from gui.help_dialogs import show_about, show_shortcuts
from gui.loader import is_loaded
from gui.meeting_list import MeetingListPane
from gui.messages import said
from gui.operations import Ops
from gui.proceedings.tab import ProceedingsTab
from gui.recording.window import WindowRecording
from gui.recovery_journal import RecoveryJournal
from gui.revisions_dialog import RevisionsMenu
from gui.saving_state import SavingState
from gui.undo import Undo, UndoPassThrough
from gui.widgets.front import open_in_front

if TYPE_CHECKING:
    from audio.backend import Backend
    from gui.loader import Loading

DETAILS, ATTENDANCE, AGENDA, PROCEEDINGS, CONCLUSION = range(5)
CLOSE_WAIT_S = 3.0  # how long closing waits for saves on their way before asking
TITLE_BAR = 31  # a Windows title bar at 100-150 %, in device-independent pixels


def fit_to_screen(window: QWidget) -> None:
    """Keep the window and its title bar inside the screen's free area (a laptop at
    125-150 % scaling, a taskbar at the bottom)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    inner, frame = window.geometry(), window.frameGeometry()
    # Before the window is shown its frame is not known yet: allow for a title bar.
    top = inner.y() - frame.y() if frame != inner else TITLE_BAR
    sides = frame.width() - inner.width()
    bottom = frame.height() - inner.height() - top if frame != inner else 0
    width = min(max(window.width(), 400), free.width() - sides)
    height = min(window.height(), free.height() - top - bottom)
    least = window.minimumSizeHint()
    if least.width() > width or least.height() > height:
        # A screen smaller still than those the layouts are made for: a window cut at
        # the edge is better than one whose edge (and status bar) cannot be reached.
        window.setMinimumSize(min(least.width(), width), min(least.height(), height))
    window.resize(width, height)
    outer_w, outer_h = width + sides, height + top + bottom
    x = min(max(frame.x(), free.x()), free.x() + free.width() - outer_w)
    y = min(max(frame.y(), free.y()), free.y() + free.height() - outer_h)
    window.move(max(x, free.x()), max(y, free.y()))  # a top-level window's pos is its frame's


def list_width(total: int) -> int:
    """The meetings pane's first width: a fifth of the window, so the tabs keep the rest."""
    return max(200, min(340, total // 5))


class MainWindow(QMainWindow):
    """Owns the tabs and menus; every tab gets the operations layer and the undo stack
    through its constructor."""

    def __init__(
        self,
        ops: Ops,
        settings: QSettings,
        *,
        loading: Loading | None = None,
        audio_backend: Backend | None = None,
    ) -> None:
        """*loading* is given when the services are still loading (gui/loader.py): the list
        shows its glance meanwhile and a meeting chosen then opens when they are ready.
        *audio_backend* is the sound system the recordings use (None: PortAudio)."""
        super().__init__()
        self.ops = ops
        self.services = ops.services
        self.settings = settings
        self.meeting_id: int | None = None
        self._loading = loading
        if loading is not None:  # connected before asking, so the end cannot slip between
            loading.loader.finished.connect(self._services_loaded)
        self._waiting = loading is not None and not loading.loader.done
        self.display = loading.display if loading is not None else ops.services.db.display
        self.setWindowTitle(self.tr("BienBan — %1").replace("%1", self.display))
        self.undo = Undo(ops, self._reveal_meeting, self)
        self.ask_on_close = True  # off when the system asks to stop (SIGTERM, logout)
        self.undo.current_meeting = lambda: self.meeting_id

        glance = loading.glance if loading is not None else None
        self.meetings = MeetingListPane(ops, self.undo, glance=glance)
        self.details = DetailsTab(ops, self.undo)
        self.attendance = AttendanceTab(ops, self.undo)
        self.agenda = AgendaTab(ops, self.undo)
        self.proceedings = ProceedingsTab(ops, self.undo)
        self.conclusion = ConclusionTab(ops, self.undo)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("Thông tin chung"))
        self.tabs.addTab(self.attendance, self.tr("Thành phần"))
        self.tabs.addTab(self.agenda, self.tr("Chương trình"))
        self.tabs.addTab(self.proceedings, self.tr("Diễn biến"))
        self.tabs.addTab(self.conclusion, self.tr("Kết luận"))
        self.pages: list[Any] = [
            self.details,
            self.attendance,
            self.agenda,
            self.proceedings,
            self.conclusion,
        ]
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.meetings)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)  # the list may be folded away, never the tabs
        self.setCentralWidget(self.splitter)

        self._build_status_bar()
        self._build_menus()
        self.recording = WindowRecording(self, audio_backend)
        self.meetings.on_deleted = self.recording.meeting_deleted
        self.meetings.on_restored = self.recording.meeting_restored
        self.journal = RecoveryJournal(
            ops, self.db_path, self.display, lambda: unsaved.data_dir(), self
        )

        self.meetings.meetingSelected.connect(self._selected)
        self.meetings.created.connect(self._created)
        self.tabs.currentChanged.connect(self._tab_changed)
        ops.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.undo.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        app = QApplication.instance()
        self._pass_undo = UndoPassThrough(self)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._focus_hooked = isinstance(app, QApplication)
        self._restore_settings()

    # -- building ------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.save_label = QLabel()
        self.db_label = QLabel(self.tr("CSDL: %1").replace("%1", self.display))
        self.statusBar().addWidget(self.save_label, 1)
        self.statusBar().addPermanentWidget(self.db_label)
        self.saving = SavingState(self.ops, self.save_label, self)

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Tệp"))
        self.new_action = self._action(
            m, self.tr("Cuộc họp &mới"), self.new_meeting, QKeySequence.StandardKey.New
        )
        self.copy_action = self._action(
            m, self.tr("Mới từ cuộc họp &trước"), self.new_from_previous
        )
        m.addSeparator()
        self.export_action = self._action(m, self.tr("&Xuất biên bản…"), self.export, "Ctrl+E")
        self.profiles_action = self._action(m, self.tr("&Mẫu xuất văn bản…"), self.edit_profiles)
        self.settings_action = self._action(m, self.tr("&Cài đặt…"), self.show_settings, "Ctrl+,")
        m.addSeparator()
        self.delete_action = self._action(
            m, self.tr("Xó&a cuộc họp…"), self.meetings.delete_current
        )
        self.archive_action = self._action(
            m, self.tr("&Lưu trữ cuộc họp"), lambda: self.meetings.set_archived(True)
        )
        self.unarchive_action = self._action(
            m, self.tr("&Bỏ lưu trữ cuộc họp"), lambda: self.meetings.set_archived(False)
        )
        m.addSeparator()
        self.quit_action = self._action(m, self.tr("&Thoát"), self.close, "Ctrl+Q")
        self.file_menu = m  # gui/database_switch.py adds the database items above "Thoát"

        e = bar.addMenu(self.tr("&Sửa"))
        self.undo_action = self._action(e, self.tr("&Hoàn tác"), self.undo.undo, "Ctrl+Z")
        self.redo_action = self._action(e, self.tr("&Làm lại"), self.undo.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack = self.undo.stack
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_texts)
        stack.redoTextChanged.connect(self._undo_texts)
        self._undo_texts()
        e.addSeparator()
        self.find_action = self._action(e, self.tr("&Tìm cuộc họp"), self.find_meeting, "Ctrl+F")

        g = bar.addMenu(self.tr("&Cuộc họp"))
        self.start_action = self._action(g, self.tr("&Bắt đầu họp"), self.start_meeting)
        self.end_action = self._action(g, self.tr("&Kết thúc họp"), self.end_meeting)
        g.addSeparator()
        # Finalize / reopen / revisions, and the read-only state of the tabs that goes with it.
        self.revisions_menu = RevisionsMenu(
            self,
            g,
            self.ops,
            self.settings,
            lambda: self.meeting_id,
            [self.details, self.attendance, self.agenda, self.proceedings, self.conclusion],
            [],
        )
        g.addSeparator()
        self.next_action = self._action(
            g,
            self.tr("Mục chương trình &tiếp theo"),
            lambda: self._in_proceedings(self.proceedings.next_agenda_item),
            "Ctrl+PgDown",
        )
        self.prev_action = self._action(
            g,
            self.tr("Mục chương trình &trước"),
            lambda: self._in_proceedings(self.proceedings.previous_agenda_item),
            "Ctrl+PgUp",
        )
        g.addSeparator()
        for i, name in enumerate(
            (
                self.tr("Thông tin chung"),
                self.tr("Thành phần"),
                self.tr("Chương trình"),
                self.tr("Diễn biến"),
                self.tr("Kết luận"),
            )
        ):
            self._action(g, name, lambda i=i: self.show_tab(i), f"Ctrl+Alt+{i + 1}")
        g.addSeparator()
        self.tracker_action = self._action(
            g, self.tr("Theo dõi &nhiệm vụ…"), self.show_tracker, "Ctrl+T"
        )
        self.people_action = self._action(g, self.tr("Danh &bạ người dự…"), self.show_people)

        h = bar.addMenu(self.tr("Trợ &giúp"))
        self._action(h, self.tr("&Phím tắt"), self.show_shortcuts, "F1")
        self._action(h, self.tr("&Giới thiệu BienBan"), self.about)
        self.meeting_actions = [
            self.copy_action,
            self.export_action,
            self.delete_action,
            self.archive_action,
            self.unarchive_action,
            self.start_action,
            self.end_action,
            self.next_action,
            self.prev_action,
        ]

    # -- opening meetings ----------------------------------------------------------------
    def _selected(self, meeting_id: int) -> None:
        if self._waiting:
            # Opened by _services_loaded a moment from now; the list stays usable meanwhile.
            self.statusBar().showMessage(self.tr("Đang mở cơ sở dữ liệu…"))
            self._chosen = meeting_id or None
            return
        self.open_meeting(meeting_id or None)

    def _reveal_meeting(self, meeting_id: int) -> None:
        """Undo of a step in another meeting: that meeting opens first."""
        self.open_meeting(meeting_id)
        self.meetings.select(meeting_id)

    def _created(self, meeting_id: int) -> None:
        self.open_meeting(meeting_id)
        self.show_tab(DETAILS)
        title = self.details.edits["title"]

        def type_the_title() -> None:  # once the Details tab has the new meeting
            title.setFocus()
            title.selectAll()

        self.ops.after(type_the_title)

    def open_meeting(self, meeting_id: int | None) -> None:
        """Show *meeting_id* in the tabs (waiting for the services if they are still loading)."""
        if meeting_id == self.meeting_id:
            return
        self.flush_all()
        self.meeting_id = meeting_id
        self.meetings.open_id = meeting_id
        # Only the tab on screen loads now; the others load when first shown (a long
        # meeting's timeline costs tens of milliseconds that the Details tab does not need).
        self._shown_meeting: dict[int, int | None] = {}
        self.ensure_loaded(self.tabs.currentIndex())
        self.revisions_menu.set_meeting(meeting_id)
        self._enable_meeting_actions()
        self.recording.open(meeting_id)
        if meeting_id is not None:
            self.settings.setValue("main/last_meeting", meeting_id)

    def _services_loaded(self) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self.meetings.model.glance = None
        self.statusBar().clearMessage()
        ok = self._loading is not None and self._loading.loader.error is None
        if ok and self.meeting_id is None:  # else one was opened meanwhile by open_meeting
            chosen = getattr(self, "_chosen", None)
            self.open_meeting(chosen if chosen is not None else self.meetings.current_id())

    def _enable_meeting_actions(self) -> None:
        for action in self.meeting_actions:
            action.setEnabled(self.meeting_id is not None)

    def ensure_loaded(self, index: int) -> None:
        """Give tab *index* the open meeting, if it does not show it yet."""
        shown = getattr(self, "_shown_meeting", {})
        if index >= 0 and (index not in shown or shown[index] != self.meeting_id):
            self.pages[index].set_meeting(self.meeting_id)
            shown[index] = self.meeting_id
            self._shown_meeting = shown

    def flush_all(self) -> None:
        """Send whatever is typed and not yet saved (a throttle, an open cell editor)."""
        for page in self.pages:
            page.flush()
        self.ops.flush_editors()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        page = self.pages[index]
        target = getattr(page, "view", None) if index in (ATTENDANCE, AGENDA) else None
        (target or page).setFocus()

    def _tab_changed(self, index: int) -> None:
        self.ensure_loaded(index)
        self.undo.close_merging()
        if index == PROCEEDINGS and self.isVisible():
            self.proceedings.setFocus()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # A field left: its next edit is an undo step of its own.
        self.undo.close_merging()
        if isinstance(new, QLineEdit | QPlainTextEdit | QTextEdit) and self.isAncestorOf(new):
            # Only the field being typed in is watched for Ctrl+Z (watching every event
            # of the application would cost the window its speed).
            new.installEventFilter(self._pass_undo)

    def _undo_texts(self, _text: str = "") -> None:
        stack = self.undo.stack
        self.undo_action.setText(
            self.tr("&Hoàn tác: %1").replace("%1", stack.undoText())
            if stack.canUndo()
            else self.tr("&Hoàn tác")
        )
        self.redo_action.setText(
            self.tr("&Làm lại: %1").replace("%1", stack.redoText())
            if stack.canRedo()
            else self.tr("&Làm lại")
        )
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    # -- commands ------------------------------------------------------------------------
    def new_meeting(self) -> None:
        self.meetings.new_meeting()

    def new_from_previous(self) -> None:
        self.meetings.new_from_current()

    def _in_proceedings(self, step: Callable[[], None]) -> None:
        self.ensure_loaded(PROCEEDINGS)
        step()

    def find_meeting(self) -> None:
        self.meetings.search.setFocus()
        self.meetings.search.selectAll()

    def export(self) -> ExportDialog | None:
        if self.meeting_id is None:
            return None
        self.flush_all()
        dialog = ExportDialog(self.services, self.meeting_id, self.settings, self)
        # The export reads the database in a thread of its own: what was asked before it is
        # stored first.
        self.ops.drain(5.0)
        open_in_front(dialog)
        return dialog

    def start_meeting(self) -> None:
        if self.meeting_id is not None:
            self.tabs.setCurrentIndex(PROCEEDINGS)
            self.proceedings.start_meeting()

    def end_meeting(self) -> None:
        if self.meeting_id is not None:
            self.ensure_loaded(PROCEEDINGS)
            self.proceedings.end_meeting()

    def show_shortcuts(self) -> QDialog:
        return show_shortcuts(self)

    def edit_profiles(self) -> Any:
        from gui.profile_editor import ProfileEditor

        self.flush_all()
        dialog = ProfileEditor(self.services, self.meeting_id, self)
        dialog.profileSaved.connect(lambda _path: self.details.refresh_profiles())
        dialog.open()
        return dialog

    def show_tracker(self) -> Any:
        from gui.action_tracker import ActionTracker

        self.flush_all()
        tracker = getattr(self, "tracker", None)
        if tracker is None:
            self.tracker = tracker = ActionTracker(self.ops, self)
            tracker.openMeeting.connect(self.meetings.select)
        tracker.show()
        tracker.raise_()
        tracker.activateWindow()
        return tracker

    def show_people(self) -> Any:
        from gui.people_dialog import PeopleDialog

        self.flush_all()
        dialog = PeopleDialog(self.ops, self)
        dialog.open()
        return dialog

    def show_settings(self) -> Any:
        from gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)

        def done() -> None:
            if dialog.needs_restart():
                self.statusBar().showMessage(
                    self.tr("Ngôn ngữ mới được áp dụng khi mở lại BienBan."), 10000
                )

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def about(self) -> None:
        show_about(self, self.display)

    # -- settings ------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("main/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        fit_to_screen(self)
        splitter = s.value("main/splitter")
        if not splitter or not self.splitter.restoreState(splitter):
            pane = list_width(self.width())
            self.splitter.setSizes([pane, self.width() - pane])
        last = _int(s.value("main/last_meeting", 0, type=int))

        def first_if_missing(found: bool) -> None:
            if not found and self.meetings.model.rowCount() and self.meeting_id is None:
                self.meetings.view.setCurrentIndex(self.meetings.model.index(0, 1))

        if last:
            self.meetings.select(last, first_if_missing)
        else:
            first_if_missing(False)
            if not self.meetings.model.rowCount():
                self.meetings.model.pageArrived.append(lambda: first_if_missing(False))
        if self.meeting_id is None:
            self._enable_meeting_actions()
        tab = _int(s.value("main/tab", 0, type=int))
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else 0)
        self._tab_changed(self.tabs.currentIndex())

    def focus_where_she_was(self) -> None:
        """At start: the cursor goes where the secretary works (the entry bar on the
        Proceedings tab), never into the search box, whose keys would filter the list."""
        page = self.pages[self.tabs.currentIndex()]
        target = {
            PROCEEDINGS: self.proceedings.bar.text,
            ATTENDANCE: self.attendance.view,
            AGENDA: self.agenda.view,
            CONCLUSION: self.conclusion.text,
        }.get(self.tabs.currentIndex(), page)
        target.setFocus()

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/splitter", self.splitter.saveState())
        s.setValue("main/tab", self.tabs.currentIndex())
        if self.meeting_id is not None:
            s.setValue("main/last_meeting", self.meeting_id)
        s.sync()

    def may_close(self, ask: bool = True) -> bool:
        """Whether the window may go: everything saved, or (asked, or without asking at
        logout and SIGTERM) kept in a recovery file, or knowingly discarded."""
        self.flush_all()
        if self.ops.drain(CLOSE_WAIT_S):
            return True
        failing = self.ops.failure()
        reason = said(failing) if failing is not None else ""
        answer = unsaved.ask(self.ops.unsaved(), reason, self) if ask else unsaved.Answer.SAVE_FILE
        if answer is unsaved.Answer.KEEP_TRYING:
            self.ops.retry_now()
            return False
        if answer is unsaved.Answer.DISCARD:
            self.ops.discard()
            self.journal.discard()
            return True
        try:
            path = unsaved.save_recovery(self.ops, self.db_path(), self.display)
            self.journal.handed_over()
        except OSError as exc:
            if ask:
                QMessageBox.critical(self, self.tr("Không ghi được tệp khôi phục"), str(exc))
            return not ask  # logging out cannot wait: nothing more can be done
        if path is not None and ask:
            QMessageBox.information(
                self,
                self.tr("Đã lưu ra tệp khôi phục"),
                self.tr(
                    "Các thay đổi chưa lưu được ghi vào tệp:\n%1\n\nLần mở sau BienBan sẽ"
                    " đề nghị đưa chúng vào cơ sở dữ liệu."
                ).replace("%1", str(path)),
            )
        return True

    def db_path(self) -> Path | None:
        if self._loading is not None and not is_loaded(self.services):
            return self._loading.glance.path
        return self.services.db.path  # type: ignore[no-any-return]

    def closeEvent(self, event: QCloseEvent) -> None:
        if not getattr(self, "_closing_checked", False) and not self.may_close(
            ask=self.ask_on_close
        ):
            event.ignore()
            return
        self._closing_checked = True
        self.recording.shutdown()
        self.save_settings()
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._focus_hooked:  # a window closes twice
            app.focusChanged.disconnect(self._focus_changed)
            self._focus_hooked = False
        super().closeEvent(event)


def _int(value: object) -> int:
    """A number read back from the settings (anything else, say a hand-edited file: 0)."""
    return value if isinstance(value, int) else 0
