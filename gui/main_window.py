"""The main window: meetings list on the left, the open meeting in tabs on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QWidget,
)

from gui.agenda_tab import AgendaTab
from gui.attendance_tab import AttendanceTab
from gui.conclusion_tab import ConclusionTab
from gui.details_tab import DetailsTab
from gui.export_dialog import ExportDialog
from gui.help_dialogs import show_about, show_shortcuts
from gui.hub import Hub
from gui.meeting_list import MeetingListPane
from gui.proceedings.tab import ProceedingsTab
from gui.revisions_dialog import RevisionsMenu

if TYPE_CHECKING:
    from core.services import Services
    from gui.loader import Loading

DETAILS, ATTENDANCE, AGENDA, PROCEEDINGS, CONCLUSION = range(5)


class MainWindow(QMainWindow):
    """Owns the tabs and menus; every tab gets services and hub through its constructor."""

    def __init__(
        self,
        services: Services,
        hub: Hub,
        settings: QSettings,
        *,
        loading: Loading | None = None,
    ) -> None:
        """*loading* is given when *services* are still loading (gui/loader.py): the list
        shows its glance meanwhile and a meeting chosen then opens when they are ready."""
        super().__init__()
        self.services = services
        self.hub = hub
        self.settings = settings
        self.meeting_id: int | None = None
        self._loading = loading
        if loading is not None:  # connected before asking, so the end cannot slip between
            loading.loader.finished.connect(self._services_loaded)
        self._waiting = loading is not None and not loading.loader.done
        self.display = loading.display if loading is not None else services.db.display
        self.setWindowTitle(self.tr("BienBan — %1").replace("%1", self.display))
        self.setMinimumSize(1024, 600)

        glance = loading.glance if loading is not None else None
        self.meetings = MeetingListPane(services, hub, glance=glance)
        self.details = DetailsTab(services, hub)
        self.attendance = AttendanceTab(services, hub)
        self.agenda = AgendaTab(services, hub)
        self.proceedings = ProceedingsTab(services, hub)
        self.conclusion = ConclusionTab(services, hub)
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
        self.splitter.setSizes([340, 940])
        self.setCentralWidget(self.splitter)

        self.undo_group = QUndoGroup(self)
        for stack in self._stacks():
            self.undo_group.addStack(stack)
        self._build_status_bar()
        self._build_menus()

        self.meetings.meetingSelected.connect(self._selected)
        self.tabs.currentChanged.connect(self._tab_changed)
        hub.saved.connect(self._saved)
        hub.saveFailed.connect(self._failed)
        hub.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._focus_hooked = isinstance(app, QApplication)
        self._restore_settings()

    def _stacks(self) -> list[QUndoStack]:
        return [self.meetings.undo_stack, *(p.undo_stack for p in self.pages)]

    # -- building ------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.save_label = QLabel()
        self.db_label = QLabel(self.tr("CSDL: %1").replace("%1", self.display))
        self.statusBar().addWidget(self.save_label, 1)
        self.statusBar().addPermanentWidget(self.db_label)

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
        m.addSeparator()
        self.quit_action = self._action(m, self.tr("&Thoát"), self.close, "Ctrl+Q")
        self.file_menu = m  # gui/database_switch.py adds the database items above "Thoát"

        e = bar.addMenu(self.tr("&Sửa"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Hoàn tác"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Làm lại"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        e.addAction(self.undo_action)
        e.addAction(self.redo_action)
        e.addSeparator()
        self.find_action = self._action(e, self.tr("&Tìm cuộc họp"), self.find, "Ctrl+F")

        g = bar.addMenu(self.tr("&Cuộc họp"))
        self.start_action = self._action(g, self.tr("&Bắt đầu họp"), self.start_meeting)
        self.end_action = self._action(g, self.tr("&Kết thúc họp"), self.end_meeting)
        g.addSeparator()
        # Finalize / reopen / revisions, and the read-only state of the tabs that goes with it.
        self.revisions_menu = RevisionsMenu(
            self,
            g,
            self.services,
            self.hub,
            self.settings,
            lambda: self.meeting_id,
            [self.details, self.attendance, self.agenda, self.conclusion],
            [self.proceedings],
        )
        g.addSeparator()
        self.next_action = self._action(
            g,
            self.tr("Mục chương trình &tiếp theo"),
            lambda: (self.ensure_loaded(PROCEEDINGS), self.proceedings.next_agenda_item()),
            "Ctrl+PgDown",
        )
        self.prev_action = self._action(
            g,
            self.tr("Mục chương trình &trước"),
            lambda: (
                self.ensure_loaded(PROCEEDINGS),
                self.proceedings.previous_agenda_item(),
            ),
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
            return
        self.open_meeting(meeting_id or None)

    def open_meeting(self, meeting_id: int | None) -> None:
        """Show *meeting_id* in the tabs (waiting for the services if they are still loading)."""
        if meeting_id == self.meeting_id:
            return
        self.flush_all()
        self.meeting_id = meeting_id
        # Only the tab on screen loads now; the others load when first shown (a long
        # meeting's timeline costs tens of milliseconds that the Details tab does not need).
        self._shown_meeting: dict[int, int | None] = {}
        self.ensure_loaded(self.tabs.currentIndex())
        self.revisions_menu.set_meeting(meeting_id)
        self._enable_meeting_actions()
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
            self.open_meeting(self.meetings.current_id())

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
        """Save whatever is still waiting in a debounce timer."""
        for page in self.pages:
            page.flush()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        page = self.pages[index]
        target = getattr(page, "view", None) if index in (ATTENDANCE, AGENDA) else None
        (target or page).setFocus()

    # -- undo follows the tab, or the list when it has focus --------------------------------
    def _tab_changed(self, index: int) -> None:
        self.ensure_loaded(index)
        self.undo_group.setActiveStack(self.pages[index].undo_stack)
        if index == PROCEEDINGS and self.isVisible():
            self.proceedings.setFocus()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.meetings.isAncestorOf(new):
            self.undo_group.setActiveStack(self.meetings.undo_stack)
        elif new is not None and self.tabs.isAncestorOf(new):
            self.undo_group.setActiveStack(self.pages[self.tabs.currentIndex()].undo_stack)

    # -- commands ------------------------------------------------------------------------
    def new_meeting(self) -> None:
        if self.meetings.new_meeting() is not None:
            self.show_tab(DETAILS)
            self.details.edits["title"].setFocus()
            self.details.edits["title"].selectAll()

    def new_from_previous(self) -> None:
        if self.meetings.new_from_current() is not None:
            self.show_tab(DETAILS)
            self.details.edits["title"].setFocus()

    def find(self) -> None:
        self.meetings.search.setFocus()
        self.meetings.search.selectAll()

    def export(self) -> ExportDialog | None:
        if self.meeting_id is None:
            return None
        self.flush_all()
        dialog = ExportDialog(self.services, self.meeting_id, self.settings, self)
        dialog.open()
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
            self.tracker = tracker = ActionTracker(self.services, self.hub, self)
            tracker.openMeeting.connect(self.meetings.select)
        tracker.show()
        tracker.raise_()
        tracker.activateWindow()
        return tracker

    def show_people(self) -> Any:
        from gui.people_dialog import PeopleDialog

        self.flush_all()
        dialog = PeopleDialog(self.services, self.hub, self)
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

    # -- status bar ----------------------------------------------------------------------
    def _saved(self, when: str) -> None:
        self.save_label.setStyleSheet("")
        self.save_label.setText(self.tr("Đã lưu lúc %1").replace("%1", when))

    def _failed(self, message: str) -> None:
        self.save_label.setStyleSheet("color: #c62828; font-weight: bold;")
        self.save_label.setText(self.tr("Chưa lưu: %1").replace("%1", message))

    # -- settings ------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("main/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 720)
        splitter = s.value("main/splitter")
        if splitter:
            self.splitter.restoreState(splitter)
        last = s.value("main/last_meeting", 0, type=int)
        if not (last and self.meetings.select(last)) and self.meetings.model.rowCount():
            self.meetings.view.setCurrentIndex(self.meetings.model.index(0, 1))
        if self.meeting_id is None:
            self._enable_meeting_actions()
        tab = s.value("main/tab", 0, type=int)
        self.tabs.setCurrentIndex(tab if 0 <= tab < self.tabs.count() else 0)
        self._tab_changed(self.tabs.currentIndex())

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/splitter", self.splitter.saveState())
        s.setValue("main/tab", self.tabs.currentIndex())
        if self.meeting_id is not None:
            s.setValue("main/last_meeting", self.meeting_id)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_all()
        self.save_settings()
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._focus_hooked:  # a window closes twice
            app.focusChanged.disconnect(self._focus_changed)
            self._focus_hooked = False
        super().closeEvent(event)
