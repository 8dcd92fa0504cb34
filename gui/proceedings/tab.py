"""The Proceedings tab: clock, agenda item, the live timeline and the entry bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import EntryDTO, MeetingDTO, MeetingRecord
from core.domain.enums import EntryKind, MeetingStatus
from core.errors import BienBanError
from gui import conflict_dialog
from gui.hub import Hub
from gui.proceedings.commands import DeleteEntryCommand, IdMap, MoveEntryCommand, StampCommand
from gui.proceedings.delegates import TimelineDelegate
from gui.proceedings.details import DetailsMixin
from gui.proceedings.entry_bar import KINDS, EntryBar
from gui.proceedings.header import SessionHeader
from gui.proceedings.saving import SavingMixin
from gui.proceedings.speakers import RosterModel, recent_speakers
from gui.proceedings.timeline_model import TEXT, TimelineModel
from gui.proceedings.timeline_view import TimelineView

if TYPE_CHECKING:
    from core.services import Services


class ProceedingsTab(SavingMixin, DetailsMixin, QWidget):
    def __init__(self, services: Services, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.hub = hub
        self.undo_stack = QUndoStack(self)
        self.dialog: QDialog | None = None
        self._ids = IdMap()
        self._meeting: MeetingDTO | None = None
        self._own_saves = 0
        # An add whose reply was lost (server gone): retried, and checked before adding again.
        self._pending_add: tuple[int, int | None, dict[str, Any]] | None = None
        self.ask_conflict = conflict_dialog.ask  # replaced in tests
        self._asking: set[int] = set()
        self._accepted: dict[tuple[int, str], Any] = {}

        self.roster = RosterModel(self)
        self.header = SessionHeader(self)
        self.model = TimelineModel(self._save_entry, self.roster.resolve, self)
        self.view = TimelineView(self.model, TimelineDelegate(self.roster), self)
        self.title = QLabel(self)
        self.up = QPushButton(self.tr("Lên"), self)
        self.up.setToolTip(self.tr("Chuyển mục ghi lên trên (Alt+↑)"))
        self.down = QPushButton(self.tr("Xuống"), self)
        self.down.setToolTip(self.tr("Chuyển mục ghi xuống dưới (Alt+↓)"))
        self.remove = QPushButton(self.tr("Xóa"), self)
        self.remove.setToolTip(self.tr("Xóa mục ghi (Delete); hoàn tác bằng Ctrl+Z"))
        self.details = QPushButton(self.tr("Chi tiết…"), self)
        self.details.setToolTip(
            self.tr("Chỉ tiêu của báo cáo, số phiếu biểu quyết, tình trạng đề xuất (Enter)")
        )
        self.bar = EntryBar(self.roster, self)
        # Opening the tab puts the cursor where the secretary types.
        self.setFocusProxy(self.bar.text)

        tools = QHBoxLayout()
        tools.addWidget(self.title, 1)
        for button in (self.up, self.down, self.remove, self.details):
            button.setAutoDefault(False)
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.bar)
        chain = [
            self.header.start,
            self.header.end,
            self.header.agenda,
            self.header.previous,
            self.header.next,
            self.up,
            self.down,
            self.remove,
            self.details,
            self.view,
            self.bar.speaker,
            self.bar.kind,
            self.bar.indicators,
            self.bar.proposal.proposer,
            self.bar.proposal.status,
            self.bar.proposal.response,
            self.bar.text,
            self.bar.add,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.header.startRequested.connect(self.start_meeting)
        self.header.endRequested.connect(self.end_meeting)
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down.clicked.connect(lambda: self.move_selected(1))
        self.remove.clicked.connect(self.delete_selected)
        self.details.clicked.connect(self.open_details)
        self.bar.submitted.connect(self.add_entry)
        self.bar.draftDue.connect(self.save_draft)
        self.bar.indicatorsRequested.connect(self._edit_pending_indicators)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.hub.meetingChanged.connect(self._on_meeting_changed)
        self._setup_shortcuts()
        self.set_meeting(None)

    def _setup_shortcuts(self) -> None:
        self._shortcuts: list[QShortcut] = []

        def add(key: str, slot: Callable[[], Any], owner: QWidget | None = None) -> None:
            sc = QShortcut(QKeySequence(key), owner or self)
            sc.setContext(
                Qt.ShortcutContext.WidgetShortcut
                if owner is not None
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            sc.activated.connect(slot)
            self._shortcuts.append(sc)

        add("Ctrl+PgDown", self.next_agenda_item)
        add("Ctrl+PgUp", self.previous_agenda_item)
        for n in range(1, 10):
            add(f"Alt+{n}", lambda n=n: self.bar.pick_recent(n))
        for n, kind in enumerate(KINDS, start=1):
            add(f"Ctrl+{n}", lambda kind=kind: self.bar.set_kind(kind.value))
        # Only while the timeline has focus: in the text box these keys edit text.
        add("Alt+Up", lambda: self.move_selected(-1), self.view)
        add("Alt+Down", lambda: self.move_selected(1), self.view)
        add("Delete", self.delete_selected, self.view)
        add("Return", self.open_details, self.view)
        add("Enter", self.open_details, self.view)

    def showEvent(self, event: QShowEvent) -> None:
        self._yield_to_window_actions()
        super().showEvent(event)

    def _yield_to_window_actions(self) -> None:
        """Two shortcuts on one key cancel each other in Qt, so a key the window's menus
        already bind (e.g. Ctrl+PgDown calling next_agenda_item) is left to them."""
        window = self.window()
        taken = (
            {
                k.toString()
                for action in window.findChildren(QAction)
                for k in action.shortcuts()
                if not k.isEmpty()
            }
            if window is not self
            else set()
        )
        for sc in self._shortcuts:
            sc.setEnabled(sc.key().toString() not in taken)

    # -- the contract with the main window -----------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        if self._meeting is not None:
            self.flush()
        same = self._meeting is not None and self._meeting.id == meeting_id
        if not same:
            self.undo_stack.clear()
            self._ids = IdMap()
        record = self._load(meeting_id) if meeting_id is not None else None
        if record is None:
            self._meeting = None
            self.roster.set_attendance([])
            self.model.set_entries([])
            self.header.show_meeting(None)
            self.header.set_agenda([], None)
            self.bar.restore_draft(None)
            self._set_enabled(False)
            self._update_title()
            return
        self._apply(record, keep_agenda=same)
        if not same:
            draft = self._read(lambda: self.services.drafts.get(record.meeting.id))
            self.bar.restore_draft(draft)
            self.view.scrollToBottom()
        self._set_enabled(True)

    def flush(self) -> None:
        self.view.commit_open_editor()
        if self.bar.draft_timer.isActive():
            self.bar.draft_timer.stop()
            self.save_draft()

    def start_meeting(self) -> None:
        self._stamp("actual_start")

    def end_meeting(self) -> None:
        self._stamp("actual_end")

    def next_agenda_item(self) -> None:
        self.header.step_agenda(1)

    def previous_agenda_item(self) -> None:
        self.header.step_agenda(-1)

    # -- what the undo commands call back ------------------------------------------------------
    def attempt(self, action: Callable[[], Any], retry: Callable[[], object] | None = None) -> Any:
        """One service call reported through the hub, without reloading on our own echo."""
        self._own_saves += 1
        try:
            mid = self._meeting.id if self._meeting else None
            return self.hub.attempt(action, meeting_id=mid, retry=retry)
        finally:
            self._own_saves -= 1

    def attempt_message(self, action: Callable[[], Any]) -> tuple[Any, str]:
        """Like attempt(), also returning the refusal, for dialogs that show it and stay open."""
        errors: list[str] = []

        def keep(message: str) -> None:
            errors.append(message)

        self.hub.saveFailed.connect(keep)
        try:
            result = self.attempt(action)
        finally:
            self.hub.saveFailed.disconnect(keep)
        if result is None:
            return None, errors[-1] if errors else self.tr("Không lưu được.")
        return result, ""

    def entries_changed(self, select_id: int | None = None) -> None:
        if self._meeting is None:
            return
        entries = self._read(lambda: self.services.entries.list(self._meeting.id))
        if entries is not None:
            current = select_id if select_id is not None else self._current_id()
            self.model.set_entries(entries)
            self._select(current)
            self._after_entries()

    def meeting_changed(self, meeting: MeetingDTO) -> None:
        self._meeting = meeting
        self.header.show_meeting(meeting)

    # -- loading -------------------------------------------------------------------------------
    def _read(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except BienBanError as exc:
            self.hub.saveFailed.emit(exc.message)
            return None

    def _load(self, meeting_id: int) -> MeetingRecord | None:
        return self._read(lambda: self.services.meetings.record(meeting_id))

    def _apply(self, record: MeetingRecord, keep_agenda: bool) -> None:
        current = self._current_id()
        agenda = self.header.current_agenda() if keep_agenda else None
        if not keep_agenda:
            last = record.entries[-1].agenda_item_id if record.entries else None
            agenda = last
        self._meeting = record.meeting
        self.roster.set_attendance(record.attendance)
        self.model.set_entries(record.entries)
        self.header.show_meeting(record.meeting)
        self.header.set_agenda(record.agenda, agenda)
        if keep_agenda:
            self._select(current)
        read_only = record.meeting.status == MeetingStatus.FINALIZED
        self.model.read_only = read_only
        self.bar.set_read_only(read_only)
        for w in (self.header.start, self.header.end, self.up, self.down, self.remove):
            w.setEnabled(not read_only)
        self._after_entries()

    def _on_meeting_changed(self, meeting_id: int) -> None:
        if self._own_saves or self._meeting is None or meeting_id != self._meeting.id:
            return
        record = self._load(meeting_id)
        if record is not None:
            self._apply(record, keep_agenda=True)

    def _after_entries(self) -> None:
        self.bar.set_recent(recent_speakers(self.model.entries(), self.roster.attendance()))
        self._update_title()
        self._update_buttons()

    def _update_title(self) -> None:
        n = self.model.rowCount()
        self.title.setText(
            self.tr("<b>Diễn biến cuộc họp</b> — %n mục ghi", "", n)
            if self._meeting
            else self.tr("Chưa mở cuộc họp nào.")
        )

    def _set_enabled(self, enabled: bool) -> None:
        for w in (self.header, self.view, self.bar, self.up, self.down, self.remove, self.details):
            w.setEnabled(enabled)
        if enabled:
            self._update_buttons()

    # -- adding --------------------------------------------------------------------------------
    def add_entry(self) -> None:
        if self._meeting is None or self.model.read_only:
            return
        data = self.bar.payload()
        if data["kind"] == EntryKind.VOTE:
            self._open_vote(None)
            return
        if not data["text"]:
            self.hub.status.emit(self.tr("Chưa có nội dung để thêm."))
            return
        mid, agenda = self._meeting.id, self.header.current_agenda()
        once = self._pending_add is not None
        dto = self.attempt(lambda: self._add(mid, agenda, data, once), retry=self._retry_add)
        if dto is not None:
            self._added(dto)

    def _added(self, dto: EntryDTO) -> None:
        mid = dto.meeting_id
        self.bar.clear_after_add()
        self._read(lambda: self.services.drafts.clear(mid))
        if self.model.append(dto):
            self._select(dto.id)
            self._after_entries()
        else:
            self.entries_changed(select_id=dto.id)
        self.view.scrollTo(self.model.index(self.model.row_of(dto.id), 0))
        self.bar.text.setFocus()

    def save_draft(self) -> None:
        if self._meeting is None or self.model.read_only:
            return
        mid = self._meeting.id
        if self.bar.is_blank():
            self.hub.attempt(lambda: self.services.drafts.clear(mid))
            return
        speaker_id, speaker_text = self.bar.speaker_fields()
        text, kind, started = self.bar.plain_text(), self.bar.current_kind(), self.bar.started_at
        self.hub.attempt(
            lambda: self.services.drafts.save(
                mid, text, kind, speaker_text or self.bar.speaker.text(), speaker_id, started
            ),
            retry=self.save_draft,
        )

    # -- the timeline --------------------------------------------------------------------------
    def _save_entry(self, entry: EntryDTO, fields: dict[str, Any]) -> EntryDTO | None:
        saved = self.attempt(
            lambda: self._update_entry(entry, fields), retry=self.model.retry_unsaved
        )
        if saved is not None and "speaker_id" in fields:
            self.bar.set_recent(recent_speakers(self.model.entries(), self.roster.attendance()))
        return saved

    def _current_id(self) -> int | None:
        entry = self.model.entry_at(self.view.currentIndex().row())
        return entry.id if entry else None

    def _select(self, entry_id: int | None) -> None:
        row = self.model.row_of(entry_id) if entry_id is not None else -1
        if row < 0:
            return
        index = self.model.index(row, TEXT)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.view.currentIndex().row()
        has = self.model.entry_at(row) is not None and not self.model.read_only
        self.up.setEnabled(has and row > 0)
        self.down.setEnabled(has and row < self.model.rowCount() - 1)
        self.remove.setEnabled(has)
        self.details.setEnabled(self.model.entry_at(row) is not None)

    def move_selected(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        entry = self.model.entry_at(row)
        if entry is None or self.model.read_only or not 0 <= row + delta < self.model.rowCount():
            return
        self.undo_stack.push(MoveEntryCommand(self, self._ids, entry.id, row, row + delta))

    def delete_selected(self) -> None:
        entry = self.model.entry_at(self.view.currentIndex().row())
        if entry is None or self.model.read_only:
            return
        self.undo_stack.push(DeleteEntryCommand(self, self._ids, entry))

    def _stamp(self, field: str) -> None:
        if self._meeting is None or self.model.read_only:
            return
        now = dt.datetime.now().replace(microsecond=0)
        self.undo_stack.push(StampCommand(self, self._meeting, field, now))
