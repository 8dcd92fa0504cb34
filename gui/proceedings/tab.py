"""The Proceedings tab: clock, agenda item, the live timeline and the entry bar."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import (
    AgendaItemDTO,
    AttendanceCounts,
    AttendanceDTO,
    DraftDTO,
    EntryDTO,
    MeetingDTO,
    MeetingRecord,
    ProposalDTO,
)
from core.domain.enums import EntryKind, MeetingStatus
from core.errors import ConflictError
from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui import conflict_dialog
from gui.conflict_dialog import Choice
from gui.i18n import label
from gui.messages import said
from gui.operations import Ops, Throttle, Unsaved
from gui.proceedings.delegates import TimelineDelegate
from gui.proceedings.entry_bar import KINDS, EntryBar
from gui.proceedings.entry_dialog import EntryDialog
from gui.proceedings.header import SessionHeader
from gui.proceedings.indicator_editor import IndicatorDialog
from gui.proceedings.proposal_fields import ProposalDialog
from gui.proceedings.speakers import RosterModel
from gui.proceedings.timeline_model import TEXT, Settle, TimelineModel, short_text
from gui.proceedings.timeline_view import TimelineView
from gui.proceedings.vote_dialog import Reply, VoteDialog
from gui.undo import Request, Step, Undo
from gui.widgets.front import open_in_front
from gui.widgets.reflow import ReflowRow

ENTRIES = (Part.ENTRIES,)
_provisional = itertools.count(-1, -1)  # ids of entries shown before the database has them


def _message(exc: BaseException) -> str:
    return said(exc)


class ProceedingsTab(QWidget):
    def __init__(self, ops: Ops, undo: Undo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.undo = undo
        self.dialog: QDialog | None = None
        self.meeting_id: int | None = None
        self._meeting: MeetingDTO | None = None
        self.ask_conflict = conflict_dialog.ask  # replaced in tests
        self._asking: set[str] = set()
        self._accepted: dict[tuple[str, str], Any] = {}  # (uid, field): theirs, overwritten

        self.roster = RosterModel(self)
        self.header = SessionHeader(self)
        self.model = TimelineModel(self._save_entry, self.roster.resolve, self)
        self.view = TimelineView(self.model, TimelineDelegate(self.roster, ops), self)
        self.title = QLabel(self)
        self.up = QPushButton(self.tr("Lên"), self)
        self.up.setToolTip(self.tr("Chuyển mục ghi lên trên (Alt+↑)"))
        self.down = QPushButton(self.tr("Xuống"), self)
        self.down.setToolTip(self.tr("Chuyển mục ghi xuống dưới (Alt+↓)"))
        self.remove = QPushButton(self.tr("Xóa"), self)
        self.remove.setToolTip(self.tr("Xóa mục ghi (Delete); hoàn tác bằng Ctrl+Z"))
        self.details = QPushButton(self.tr("Chi tiết…"), self)
        self.details.setToolTip(
            self.tr(
                "Toàn văn mục ghi để đọc và sửa; chỉ tiêu của báo cáo, số phiếu biểu quyết, "
                "tình trạng đề xuất (Enter)"
            )
        )
        self.bar = EntryBar(self.roster, self)
        # The open meeting's recording bar (beside the agenda item) and playback controls
        # (beside the timeline's buttons): set_recording. A laptop at 150 % has no line to spare.
        self._recording: tuple[QWidget, QWidget] | None = None
        self.draft = Throttle(ops, self.save_draft, self)
        # Opening the tab puts the cursor where the secretary types.
        self.setFocusProxy(self.bar.text)

        # The title gives way to the playback controls (set_recording) when the tab is
        # narrow; narrower still, the buttons go under them.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        lead = QWidget(self)
        self._tools_lead = QHBoxLayout(lead)
        self._tools_lead.setContentsMargins(0, 0, 0, 0)
        self._tools_lead.addWidget(self.title, 1)
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.up, self.down, self.remove, self.details):
            button.setAutoDefault(False)
            row.addWidget(button)
        tools = ReflowRow(self, spacing=6)
        tools.add(lead, 1)
        tools.add(buttons)
        self._tools, self._tool_buttons = tools, buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(tools)
        # A short window shares its height: the text box keeps three lines of its five
        # (the bar grows no taller than it wants) and the timeline keeps more rows.
        layout.addWidget(self.view, 2)
        layout.addWidget(self.bar, 1)
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
        self.bar.changed.connect(self.draft.touch)
        self.bar.indicatorsRequested.connect(self._edit_pending_indicators)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        ops.changed.connect(self._changed_elsewhere)
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
            add(f"Alt+{n}", partial(self.bar.pick, n))
        for n, kind in enumerate(KINDS, start=1):
            add(f"Ctrl+{n}", partial(self.bar.set_kind, kind.value))
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
        self.flush()
        same = meeting_id is not None and meeting_id == self.meeting_id
        self.meeting_id = meeting_id
        if meeting_id is None:
            self._meeting = None
            self.roster.set_attendance([])
            self.model.set_entries([])
            self.header.show_meeting(None)
            self.header.set_agenda([], None)
            self.bar.restore_draft(None)
            self._set_enabled(False)
            self._update_title()
            return
        if not same:
            self._set_enabled(False)  # until it has loaded: a few milliseconds

        def fetch(s: Any) -> tuple[MeetingRecord, DraftDTO | None]:
            return s.meetings.record(meeting_id), s.drafts.get(meeting_id)

        def loaded(result: tuple[MeetingRecord, DraftDTO | None]) -> None:
            if self.meeting_id != meeting_id:
                return
            record, draft = result
            self._apply(record, keep_agenda=same)
            if not same:
                self.bar.restore_draft(draft)
                self.view.scrollToBottom()
            self._set_enabled(True)
            self.set_read_only(record.meeting.status == MeetingStatus.FINALIZED)

        self.ops.read(fetch, loaded)

    def set_recording(self, bar: QWidget | None, playback: QWidget | None) -> None:
        """Show the open meeting's recording bar and playback controls (None: none open).

        The previous meeting's widgets are deleted (its recorder was closed before).
        """
        if self._recording is not None:
            self.header.beside_agenda(None)
            for w in self._recording:
                w.hide()
                w.deleteLater()
            self._recording = None
        if bar is None or playback is None:
            return
        self.header.beside_agenda(bar)
        self._tools_lead.insertWidget(1, playback, 1)
        self._recording = (bar, playback)

    def selected_audio_ms(self) -> int | None:
        """The selected entry's place in the recording (None without one, or without audio)."""
        entry = self.model.entry_at(self.view.currentIndex().row())
        return entry.audio_ms if entry is not None else None

    def flush(self) -> None:
        self.view.commit_open_editor()
        self.draft.flush()

    def start_meeting(self) -> None:
        self._stamp("actual_start")

    def end_meeting(self) -> None:
        self._stamp("actual_end")

    def next_agenda_item(self) -> None:
        self.header.step_agenda(1)

    def previous_agenda_item(self) -> None:
        self.header.step_agenda(-1)

    def set_read_only(self, read_only: bool) -> None:
        """A finalized meeting: the timeline and the bar take no edits."""
        self.model.read_only = read_only
        self.bar.set_read_only(read_only)
        for w in (self.header.start, self.header.end):
            w.setEnabled(not read_only)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------------
    def _apply(self, record: MeetingRecord, keep_agenda: bool) -> None:
        current = self._current_uid()
        agenda = self.header.current_agenda() if keep_agenda else None
        if not keep_agenda:
            agenda = record.entries[-1].agenda_item_id if record.entries else None
        self._meeting = record.meeting
        self.roster.set_attendance(record.attendance, record.meeting.id)
        self.model.set_entries(record.entries)
        self.header.show_meeting(record.meeting)
        self.header.set_agenda(record.agenda, agenda)
        if keep_agenda:
            self._select(current)
        self._after_entries()

    def _changed_elsewhere(self, changes: Changes, initiator: object) -> None:
        mid = self.meeting_id
        if initiator is self or mid is None or not changes.touches(mid):
            return
        parts = changes.parts
        if Part.ENTRIES in parts:
            self._read(lambda s: s.entries.list(mid), self._entries_arrived)
        if parts & {Part.ATTENDANCE, Part.PEOPLE}:
            self._read(lambda s: s.attendance.list(mid), self._roster_arrived)
        if Part.AGENDA in parts:
            self._read(lambda s: s.agenda.list(mid), self._agenda_arrived)
        if parts & {Part.HEADER, Part.REVISIONS}:
            self._read(lambda s: s.meetings.get(mid), self.meeting_changed)

    def _read(self, fn: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        mid = self.meeting_id
        self.ops.read(fn, lambda result: done(result) if self.meeting_id == mid else None)

    def _entries_arrived(self, entries: list[EntryDTO], select: str | None = None) -> None:
        current = select or self._current_uid()
        self.model.set_entries(entries)
        self._select(current)
        self._after_entries()

    def _roster_arrived(self, rows: list[AttendanceDTO]) -> None:
        self.roster.set_attendance(rows, self.meeting_id)
        self.bar.show_keys()

    def _agenda_arrived(self, items: list[AgendaItemDTO]) -> None:
        self.header.set_agenda(items, self.header.current_agenda())

    def meeting_changed(self, meeting: MeetingDTO) -> None:
        self._meeting = meeting
        self.header.show_meeting(meeting)
        self.set_read_only(meeting.status == MeetingStatus.FINALIZED)

    def _after_entries(self) -> None:
        self.bar.show_keys()
        self._update_title()
        self._update_buttons()

    def _update_title(self) -> None:
        n = self.model.rowCount()
        self.title.setText(
            self.tr("<b>Diễn biến cuộc họp</b> — %n mục ghi", "", n)
            if self.meeting_id is not None
            else self.tr("Chưa mở cuộc họp nào.")
        )
        # The row stays as wide as its title beside the buttons (the window's least width,
        # which the other tabs' tables are made for), though the title may give way.
        least = self.title.sizeHint().width() + self._tool_buttons.sizeHint().width() + 6
        self._tools.setMinimumWidth(least)

    def _set_enabled(self, enabled: bool) -> None:
        for w in (self.header, self.view, self.bar, self.up, self.down, self.remove, self.details):
            w.setEnabled(enabled)
        if enabled:
            self._update_buttons()

    # -- adding --------------------------------------------------------------------------------
    def add_entry(self) -> None:
        if self.meeting_id is None or self.model.read_only:
            return
        data = self.bar.payload()
        if data["kind"] == EntryKind.VOTE:
            self._open_vote(None)
            return
        if not data["text"]:
            self.ops.status.emit(self.tr("Chưa có nội dung để thêm."))
            return
        self._add(data)

    def _add(self, data: dict[str, Any], reply: Reply | None = None) -> None:
        """Show the entry at once (greyed until stored), clear the bar for the next one, and
        ask for the save; the same uid makes a retry find the row instead of adding two."""
        mid, agenda = self.meeting_id, self.header.current_agenda()
        assert mid is not None
        uid = data.pop("uid")
        speaker = next((a for a in self.roster.attendance() if a.id == data["speaker_id"]), None)
        shown = EntryDTO(
            id=next(_provisional),
            meeting_id=mid,
            order=(self.model.entries()[-1].order + 1) if self.model.rowCount() else 0,
            kind=data["kind"],
            at=data["at"],
            speaker_id=data["speaker_id"],
            speaker_name=speaker.full_name if speaker else data["speaker_text"],
            speaker_position=speaker.position if speaker else "",
            speaker_unit=speaker.unit if speaker else "",
            agenda_item_id=agenda,
            text=data["text"],
            proposal=ProposalDTO(**data["proposal"]) if data.get("proposal") else None,
            uid=uid,
            audio_ms=data.get("audio_ms"),
        )
        self.model.append(shown)
        self._select(uid)
        self.bar.clear_after_add()
        self.bar.text.setFocus()
        self._after_entries()
        kwargs = {k: v for k, v in data.items() if k not in ("kind", "text")}
        call = Call(
            "entries",
            "add",
            (mid, data["kind"], data["text"]),
            {**kwargs, "uid": uid, "agenda_item_id": agenda, "clear_draft": True},
        )

        def stored(dto: EntryDTO) -> None:
            self.ops.keep(("add", uid), None)
            if self.meeting_id == mid:
                self.model.confirm(dto)
            self.undo.push(
                Step(
                    QCoreApplication.translate("ProceedingsTab", "Thêm mục ghi: %1").replace(
                        "%1", _brief(dto)
                    ),
                    mid,
                    lambda: Request(Call("entries", "restore", (dto,)), Changes.of(mid, *ENTRIES)),
                    lambda: Request(Call("entries", "delete", (uid,)), Changes.of(mid, *ENTRIES)),
                )
            )
            if reply is not None:
                reply("")

        def refused(exc: BaseException) -> None:
            message = _message(exc)
            if reply is not None:
                self.model.remove_uid(uid)
                reply(message)
                return
            self.model.refuse_add(uid, message)
            self.ops.refused.emit(message)
            self.ops.keep(
                ("add", uid),
                Unsaved(
                    QCoreApplication.translate("ProceedingsTab", "Mục ghi: %1").replace(
                        "%1", _brief(shown)
                    ),
                    call,
                    message,
                ),
            )

        self.ops.write(
            call,
            QCoreApplication.translate("ProceedingsTab", "Thêm mục ghi: %1").replace(
                "%1", _brief(shown)
            ),
            Changes.of(mid, Part.ENTRIES, Part.DRAFT),
            done=stored,
            failed=refused,
            initiator=self,
        )

    def save_draft(self) -> None:
        """The bar as it is now, kept in the database so a crash or restart loses nothing."""
        mid = self.meeting_id
        if mid is None or self.model.read_only:
            return
        if not self.bar.plain_text().strip():  # nothing typed: nothing to keep
            call = Call("drafts", "clear", (mid,))
        else:
            speaker_id, speaker_text = self.bar.speaker_fields()
            call = Call(
                "drafts",
                "save",
                (mid, self.bar.plain_text(), self.bar.current_kind()),
                {
                    "speaker_text": speaker_text or self.bar.speaker.text(),
                    "speaker_id": speaker_id,
                    "started_at": self.bar.started_at,
                    "entry_uid": self.bar.entry_uid,
                    "audio_ms": self.bar.audio_ms,
                },
            )
        self.ops.write(
            call,
            QCoreApplication.translate("ProceedingsTab", "Nội dung đang gõ: %1").replace(
                "%1", short_text(self.bar.plain_text())[:60]
            ),
            Changes.of(mid, Part.DRAFT),
            key=("draft", mid),
            initiator=self,
        )

    # -- the timeline --------------------------------------------------------------------------
    def _save_entry(self, entry: EntryDTO, fields: dict[str, Any], settle: Settle) -> None:
        """An in-place edit: saved unless someone else changed the same field meanwhile;
        then it stays in red and the conflict dialog opens."""
        mid, uid = entry.meeting_id, entry.uid
        base = {f: self._accepted.get((uid, f), _value(entry, f)) for f in fields}
        before = {f: _value(entry, f) for f in fields}
        call = Call("entries", "update", (uid,), {"base": base, **fields})
        what = QCoreApplication.translate("ProceedingsTab", "Sửa mục ghi: %1").replace(
            "%1", _brief(entry)
        )

        def stored(dto: EntryDTO) -> None:
            for f in fields:
                self._accepted.pop((uid, f), None)
            self.ops.keep(("entry", uid, frozenset(fields)), None)
            settle(dto)
            if "speaker_id" in fields:
                self.bar.show_keys()
            self.undo.push(
                Step(
                    what,
                    mid,
                    lambda: _update(mid, uid, fields),
                    lambda: _update(mid, uid, before),
                    merge_key=("entry", uid, frozenset(fields)),
                )
            )

        def refused(exc: BaseException) -> None:
            settle(None)
            self.ops.keep(("entry", uid, frozenset(fields)), Unsaved(what, call, _message(exc)))
            if isinstance(exc, ConflictError) and exc.clashes and exc.fresh is not None:
                self._ask_entry(entry, exc.fresh, {f: fields[f] for f in exc.clashes})
            else:
                self.ops.refused.emit(_message(exc))

        self.ops.write(
            call,
            what,
            Changes.of(mid, *ENTRIES),
            done=stored,
            failed=refused,
            key=("entry", uid, frozenset(fields)),
            initiator=self,
        )

    def _ask_entry(self, entry: EntryDTO, fresh: EntryDTO, clashes: dict[str, Any]) -> None:
        if entry.uid in self._asking:
            return
        self._asking.add(entry.uid)
        what = self.tr("Mục ghi lúc %1").replace(
            "%1", entry.at.strftime("%H:%M") if entry.at else "?"
        )
        mine = "\n".join(_shown(f, v) for f, v in clashes.items())
        theirs = "\n".join(_shown(f, _value(fresh, f)) for f in clashes)

        def answer(choice: Choice) -> None:
            self._asking.discard(entry.uid)
            if choice is Choice.MINE:
                for f in clashes:  # overwrite that version, knowingly
                    self._accepted[(entry.uid, f)] = _value(fresh, f)
                self.model.replace(fresh)
                self.model.retry_unsaved()
            elif choice is Choice.THEIRS:
                self.model.discard_unsaved(entry.uid)
                self.model.replace(fresh)
                self.ops.keep(("entry", entry.uid, frozenset(clashes)), None)

        self.ask_conflict(self, what, mine, theirs, answer)

    def _current_uid(self) -> str | None:
        entry = self.model.entry_at(self.view.currentIndex().row())
        return entry.uid if entry else None

    def _select(self, uid: str | None) -> None:
        row = self.model.row_of_uid(uid) if uid else -1
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
        if (
            entry is None
            or self.model.read_only
            or self.meeting_id is None
            or not 0 <= row + delta < self.model.rowCount()
        ):
            return
        mid, uid, new = self.meeting_id, entry.uid, row + delta

        def to(index: int) -> Request:
            return Request(
                Call("entries", "move", (uid, index)),
                Changes.of(mid, *ENTRIES),
            )

        def moved(rows: list[EntryDTO]) -> None:
            if self.meeting_id == mid:
                self._entries_arrived(rows, select=uid)
            self.undo.push(
                Step(
                    QCoreApplication.translate("ProceedingsTab", "Di chuyển mục ghi: %1").replace(
                        "%1", _brief(entry)
                    ),
                    mid,
                    lambda: to(new),
                    lambda: to(row),
                )
            )

        self.ops.write(
            Call("entries", "move", (uid, new)),
            QCoreApplication.translate("ProceedingsTab", "Di chuyển mục ghi"),
            Changes.of(mid, *ENTRIES),
            done=moved,
            initiator=self,
        )

    def delete_selected(self) -> None:
        entry = self.model.entry_at(self.view.currentIndex().row())
        if entry is None or self.model.read_only or self.meeting_id is None:
            return
        mid = self.meeting_id
        if entry.uid in self.model.refused_adds:  # never stored: only the screen holds it
            self.model.remove_uid(entry.uid)
            self.ops.keep(("add", entry.uid), None)
            self._after_entries()
            return

        def gone(removed: EntryDTO) -> None:
            if self.meeting_id == mid:
                self.model.remove_uid(removed.uid)
                self._after_entries()
            self.undo.push(
                Step(
                    QCoreApplication.translate("ProceedingsTab", "Xóa mục ghi: %1").replace(
                        "%1", _brief(removed)
                    ),
                    mid,
                    lambda: Request(
                        Call("entries", "delete", (removed.uid,)), Changes.of(mid, *ENTRIES)
                    ),
                    lambda: Request(
                        Call("entries", "restore", (removed,)), Changes.of(mid, *ENTRIES)
                    ),
                )
            )

        self.ops.write(
            Call("entries", "delete", (entry.uid,)),
            QCoreApplication.translate("ProceedingsTab", "Xóa mục ghi: %1").replace(
                "%1", _brief(entry)
            ),
            Changes.of(mid, *ENTRIES),
            done=gone,
            initiator=self,
        )

    def _stamp(self, field: str) -> None:
        if self._meeting is None or self.model.read_only:
            return
        mid, old = self._meeting.id, getattr(self._meeting, field)
        now = dt.datetime.now().replace(microsecond=0)
        method = "start" if field == "actual_start" else "end"
        text = (
            QCoreApplication.translate("ProceedingsTab", "Bắt đầu họp")
            if field == "actual_start"
            else QCoreApplication.translate("ProceedingsTab", "Kết thúc họp")
        )
        parts = (Part.HEADER, Part.LIST)

        def put(value: dt.datetime | None) -> Request:
            return Request(
                Call("meetings", "update", (mid,), {field: value}), Changes.of(mid, *parts)
            )

        def stored(m: MeetingDTO) -> None:
            if self.meeting_id == mid:
                self.meeting_changed(m)
            self.undo.push(Step(text, mid, lambda: put(now), lambda: put(old)))

        self.ops.write(
            Call("meetings", method, (mid, now)),
            text,
            Changes.of(mid, *parts),
            done=stored,
            initiator=self,
        )

    # -- details: figures, votes, proposals ------------------------------------------------------
    def open_details(self) -> None:
        """The selected entry in a window of its own, its whole text editable."""
        entry = self.model.entry_at(self.view.currentIndex().row())
        if entry is None:
            return
        self.view.commit_open_editor()
        self._show(
            EntryDialog(self.model, entry.uid, self.roster, self.ops, self._open_kind_details, self)
        )

    def _open_kind_details(self, entry: EntryDTO, parent: QWidget) -> None:
        """Figures of a report, counts of a vote, status of a proposal."""
        dialog: QDialog
        if entry.kind == EntryKind.VOTE:
            self._open_vote(entry, parent)
            return
        if entry.kind == EntryKind.REPORT:
            dialog = IndicatorDialog(
                entry.indicators,
                lambda rows, reply: self._update_details(entry, reply, indicators=rows),
                short_text(entry.text)[:240],
                parent,
            )
        elif entry.kind == EntryKind.PROPOSAL:
            dialog = ProposalDialog(
                entry.proposal,
                lambda p, reply: self._update_details(entry, reply, proposal=p),
                parent,
            )
        else:
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_in_front(dialog)

    def _update_details(self, entry: EntryDTO, reply: Reply, **fields: Any) -> None:
        if self.model.read_only:
            reply(self.tr("Biên bản đã thông qua, không sửa được."))
            return
        mid, uid = entry.meeting_id, entry.uid
        before = _details_of(entry, fields)
        names = {
            "vote": QCoreApplication.translate("ProceedingsTab", "biểu quyết"),
            "indicators": QCoreApplication.translate("ProceedingsTab", "chỉ tiêu"),
            "proposal": QCoreApplication.translate("ProceedingsTab", "đề xuất"),
        }
        what = (
            QCoreApplication.translate("ProceedingsTab", "Sửa %1: %2")
            .replace("%1", names[next(iter(fields))])
            .replace("%2", _brief(entry))
        )

        def stored(dto: EntryDTO) -> None:
            self.model.replace(dto)
            self.undo.push(
                Step(
                    what, mid, lambda: _update(mid, uid, fields), lambda: _update(mid, uid, before)
                )
            )
            reply("")

        self.ops.write(
            Call("entries", "update", (uid,), fields),
            what,
            Changes.of(mid, *ENTRIES),
            done=stored,
            failed=lambda exc: reply(_message(exc)),
            initiator=self,
        )

    def _open_vote(self, entry: EntryDTO | None, parent: QWidget | None = None) -> None:
        mid = self.meeting_id
        if mid is None:
            return

        def counted(counts: AttendanceCounts) -> None:
            if self.meeting_id != mid:
                return
            if entry is not None:
                dialog = VoteDialog(
                    counts,
                    lambda v, reply: self._update_details(entry, reply, vote=v),
                    entry.vote,
                    parent=parent or self,
                )
                if parent is not None:
                    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                    open_in_front(dialog)
                    return
            else:
                dialog = VoteDialog(
                    counts, self._add_vote, subject=self.bar.plain_text().strip(), parent=self
                )
            self._show(dialog)

        self.ops.read(lambda s: s.attendance.counts(mid), counted)

    def _add_vote(self, vote: dict[str, Any], reply: Reply) -> None:
        if self.meeting_id is None:
            reply(self.tr("Chưa mở cuộc họp nào."))
            return
        data = self.bar.payload()
        data.update(kind=EntryKind.VOTE.value, vote=vote, text=data["text"] or vote["subject"])
        self._add(data, reply)

    def _edit_pending_indicators(self) -> None:
        if self.bar.current_kind() != EntryKind.REPORT:
            self.bar.set_kind(EntryKind.REPORT.value)

        def keep(rows: list[dict[str, str]], reply: Reply) -> None:
            self.bar.set_pending_indicators(rows)
            reply("")

        self._show(IndicatorDialog(self.bar.pending_indicators, keep, "", self))

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        # Once the dialog is gone the typing goes on in the bar, whatever window the
        # platform activated meanwhile.
        dialog.destroyed.connect(self._back_to_typing)
        open_in_front(dialog)

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.bar.text.setFocus()

    def _back_to_typing(self) -> None:
        if self.dialog is None and self.isVisible():
            self.window().activateWindow()
            self.bar.text.setFocus()


def _update(meeting_id: int, uid: str, fields: dict[str, Any]) -> Request:
    return Request(Call("entries", "update", (uid,), fields), Changes.of(meeting_id, *ENTRIES))


def _brief(e: EntryDTO) -> str:
    text = short_text(e.text)
    text = text if len(text) <= 40 else text[:39] + "…"
    return f"{e.speaker_name}: {text}" if e.speaker_name else text


def _value(e: EntryDTO, field: str) -> Any:
    if field == "speaker_text":
        return e.speaker_name if e.speaker_id is None else ""
    return getattr(e, field, None)


def _details_of(e: EntryDTO, fields: dict[str, Any]) -> dict[str, Any]:
    """What *fields* (vote, proposal, indicators) held before an edit, to undo it."""
    before: dict[str, Any] = {}
    if "vote" in fields:
        before["vote"] = (
            {k: v for k, v in dataclasses.asdict(e.vote).items() if k != "base"} if e.vote else {}
        )
    if "proposal" in fields:
        before["proposal"] = dataclasses.asdict(e.proposal) if e.proposal else {}
    if "indicators" in fields:
        before["indicators"] = [dataclasses.asdict(i) for i in e.indicators]
    return before


def _shown(field: str, value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%H:%M:%S")
    if field == "kind":
        return label(str(value))
    return "" if value is None else str(value)
