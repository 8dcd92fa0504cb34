"""The left pane: meetings newest first, paged, filtered as you type, with delete and undo."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import MeetingDTO, MeetingSummary
from core.domain.enums import MeetingStatus
from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui.delete_meeting_dialog import ARCHIVED, DELETED, Outcome, delete_signed_meeting
from gui.i18n import label
from gui.loader import is_loaded
from gui.operations import Ops
from gui.undo import Request, Step, Undo

if TYPE_CHECKING:
    from core.storage.glance import Glance

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class MeetingListModel(QAbstractTableModel):
    """Loads one page at a time through fetchMore, so a large archive opens instantly."""

    def __init__(self, ops: Ops, parent: Any = None, glance: Glance | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        # Pages come from the start-up glance until the services have loaded (gui/loader.py).
        self.glance = glance
        self.rows: list[MeetingSummary] = []
        self.ids: list[int] | None = None  # search result, or None for all meetings
        self.archived: bool | None = False  # False: archived meetings left out; None: all
        self.changed: set[int] = set()  # edited after their last finalized revision
        self._more = True
        self._asking = 0  # the page asked for (its generation), 0 when none is on its way
        self._generation = 0
        self.pageArrived: list[Callable[[], object]] = []  # called after each page
        # Two columns, two lines a row: the list pane is narrow next to the tabs.
        self.headers = [self.tr("Ngày"), self.tr("Trích yếu")]

    def reload(self, ids: list[int] | None = None) -> None:
        self.beginResetModel()
        self.ids = ids
        self.rows = []
        self.changed = set()
        self._more = True
        self._generation += 1
        self._asking = 0
        self.endResetModel()
        self.fetchMore()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._asking

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._asking:
            return
        if self.ids is not None and not self.ids:
            self._more = False
            self._arrived()
            return
        page, changed = self._glance_page() if self.glance is not None else (None, set())
        if page is not None:
            self._add_page(page, changed)
            return
        offset, ids, generation = len(self.rows), self.ids, self._generation
        archived = self.archived
        self._asking = generation

        def fetch(s: Any) -> tuple[list[MeetingSummary], set[int]]:
            rows = s.meetings.list(limit=PAGE, offset=offset, ids=ids, archived=archived)
            return rows, s.revisions.changed_ids([m.id for m in rows])

        def arrived(result: tuple[list[MeetingSummary], set[int]]) -> None:
            if generation != self._generation:
                return  # the list was reloaded meanwhile (another filter)
            self._asking = 0
            self._add_page(*result)

        self.ops.read(fetch, arrived)

    def _add_page(self, page: list[MeetingSummary], changed: set[int]) -> None:
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.changed |= changed
            self.endInsertRows()
        self._arrived()

    def _arrived(self) -> None:
        waiting, self.pageArrived = self.pageArrived, []
        for fn in waiting:
            fn()

    @property
    def loading(self) -> bool:
        return bool(self._asking)

    def _glance_page(self) -> tuple[list[MeetingSummary] | None, set[int]]:
        """The next page from the glance; None once the services are there or it fails."""
        if self.glance is None or is_loaded(self.ops.services):
            return None, set()
        try:
            page = self.glance.list(
                limit=PAGE, offset=len(self.rows), ids=self.ids, archived=self.archived
            )
            return page, self.glance.changed_ids([m.id for m in page])
        except sqlite3.Error:
            self.glance = None  # the services will say what is wrong, in words
            return None, set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return m.date.strftime("%d/%m/%Y") + "\n" + self.status_text(m)
            return m.title
        if role == Qt.ItemDataRole.ToolTipRole:
            if m.id in self.changed:
                state = self.tr("đã sửa sau khi chốt, cần chốt lại")
            else:
                state = self.status_text(m)
            if m.archived_at is not None:
                state = self.tr("đã lưu trữ (%1)").replace("%1", label(m.status))
            return f"{m.title}\n{m.date:%d/%m/%Y %H:%M} — {state}"
        if role == Qt.ItemDataRole.ForegroundRole and m.archived_at is not None:
            return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            if m.id in self.changed:
                return QColor("#b45309")  # changed since finalized: needs finalizing again
            if m.status == MeetingStatus.FINALIZED:
                return QColor("#1b5e20")
        if role == Qt.ItemDataRole.UserRole:
            return m.id
        return None

    def status_text(self, m: MeetingSummary) -> str:
        if m.archived_at is not None:
            return self.tr("Lưu trữ")
        if m.id in self.changed:
            return self.tr("Đã sửa")  # short: the column is as wide as a date
        return label(m.status)

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, m in enumerate(self.rows) if m.id == meeting_id), -1)


class MeetingListPane(QWidget):
    """Search box, list and buttons; emits meetingSelected(id) (0 when nothing is selected).

    A search never closes the open meeting: when the filter leaves it out, the tabs keep
    showing it, and clearing the filter brings it back into the list, selected.
    """

    meetingSelected = Signal(int)

    def __init__(
        self,
        ops: Ops,
        undo: Undo,
        parent: QWidget | None = None,
        glance: Glance | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.undo = undo
        # The window moves a deleted meeting's recording aside (returning what brings it
        # back) and brings it back, under the restored meeting's uid, on undo.
        self.on_deleted: Callable[[str], str | None] = lambda _uid: None
        self.on_restored: Callable[[str | None, str], None] = lambda _token, _uid: None
        self.open_id: int | None = None  # the meeting the tabs show (kept through searches)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm cuộc họp (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self.model = MeetingListModel(ops, self, glance)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # cheap for 10,000 rows
        rows.setDefaultSectionSize(2 * self.view.fontMetrics().lineSpacing() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        # Wide enough for the date and the longest status word under it ("Đã thông qua").
        fm = self.view.fontMetrics()
        words = ("00/00/0000", label("finalized"), label("draft"))
        self.view.setColumnWidth(0, max(fm.horizontalAdvance(w) for w in words) + 16)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.new_button = QPushButton(self.tr("Mới"))
        self.new_button.setToolTip(self.tr("Cuộc họp mới (Ctrl+N)"))
        self.copy_button = QPushButton(self.tr("Sao chép"))
        self.copy_button.setToolTip(
            self.tr("Cuộc họp mới với thành phần và chương trình của cuộc họp đang chọn")
        )
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.delete_button.setToolTip(
            self.tr("Xóa cuộc họp đang chọn (Delete; hỏi trước, có thể hoàn tác bằng Ctrl+Z)")
        )
        self.show_archived = QCheckBox(self.tr("&Hiện cả cuộc họp đã lưu trữ"))
        self.show_archived.setToolTip(
            self.tr("Cuộc họp đã lưu trữ rời danh sách nhưng vẫn tìm, xem và xuất được.")
        )
        buttons = QHBoxLayout()
        for b in (self.new_button, self.copy_button, self.delete_button):
            # As wide as its word rather than a style's 80 pixels: the pane may be narrow.
            b.setMinimumWidth(b.fontMetrics().horizontalAdvance(b.text()) + 16)
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.show_archived)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.show_archived.toggled.connect(self._archived_toggled)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_meeting)
        self.copy_button.clicked.connect(self.new_from_current)
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self._delete_key = QShortcut(QKeySequence("Delete"), self.view)
        self._delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete_key.activated.connect(lambda: self.delete_current())
        self.ask = self._ask  # replaceable in tests (a modal question blocks)
        ops.changed.connect(self._changed)
        self.model.reload()

    # -- selection -----------------------------------------------------------------------
    def current_id(self) -> int | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row].id if 0 <= row < len(self.model.rows) else None

    def select(self, meeting_id: int, then: Callable[[bool], None] | None = None) -> bool:
        """Select *meeting_id*, loading further pages until it is listed; *then* hears
        whether it was found. Returns whether it is selected already."""
        row = self.model.row_of(meeting_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 1))
            self.view.scrollTo(self.model.index(row, 1))
            if then is not None:
                then(True)
            return True
        if self.model.canFetchMore() or self.model.loading:
            self.model.pageArrived.append(lambda: self.select(meeting_id, then))
            self.model.fetchMore()
        elif then is not None:
            then(False)
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        if 0 <= row < len(self.model.rows):
            self.meetingSelected.emit(self.model.rows[row].id)

    # -- filtering and refreshing --------------------------------------------------------
    def apply_filter(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        if not query:
            self._show(None)
            return
        self.ops.read(lambda s: s.search.meeting_ids(query), self._filtered(query))

    def _filtered(self, query: str) -> Callable[[list[int]], None]:
        def done(ids: list[int]) -> None:
            if self.search.text().strip() == query:  # not typed on since
                self._show(ids)

        return done

    def _show(self, ids: list[int] | None) -> None:
        blocker = self.view.selectionModel().blockSignals(True)
        self.model.reload(ids)
        self.view.selectionModel().blockSignals(blocker)
        keep = self.open_id
        if keep is not None:
            # Selected again when listed; when the filter leaves it out, it stays open.
            def reselect() -> None:
                blocked = self.view.selectionModel().blockSignals(True)
                self.select(keep)
                self.view.selectionModel().blockSignals(blocked)

            self.model.pageArrived.append(reselect)

    def _archived_toggled(self, shown: bool) -> None:
        self.model.archived = None if shown else False
        self.refresh()

    def refresh(self) -> None:
        query = self.search.text().strip()
        if query:
            self.apply_filter()
        else:
            self._show(None)

    def _changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self:
            return
        if Part.LIST in changes.parts and changes.meeting_id is None:
            self.refresh()
            return
        mid = changes.meeting_id
        if mid is None or self.model.row_of(mid) < 0:
            return
        parts = changes.parts - {Part.DRAFT}
        if not parts:
            return

        def fetch(s: Any) -> tuple[list[MeetingSummary], set[int]]:
            return s.meetings.list(limit=1, ids=[mid]), s.revisions.changed_ids([mid])

        self.ops.read(fetch, lambda result: self._row_arrived(mid, *result))

    def _row_arrived(self, mid: int, fresh: list[MeetingSummary], changed: set[int]) -> None:
        row = self.model.row_of(mid)
        if row < 0:
            return
        if not fresh:  # gone meanwhile
            self.refresh()
            return
        self.model.changed.discard(mid)
        self.model.changed |= changed
        self.model.rows[row] = fresh[0]
        self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, 1))

    # -- commands ------------------------------------------------------------------------
    def new_meeting(self) -> None:
        self._create(
            Call("meetings", "create", (self.tr("Cuộc họp mới"),), {"kind": "meeting"}),
            self.tr("Tạo cuộc họp mới"),
        )

    def new_from_current(self) -> None:
        prev = self.current_id() or self.open_id
        if prev is None:
            self.ops.status.emit(self.tr("Hãy chọn cuộc họp trước để sao chép."))
            return
        self._create(Call("meetings", "copy_from", (prev,)), self.tr("Mới từ cuộc họp trước"))

    def _create(self, call: Call, text: str) -> None:
        def made(dto: MeetingDTO) -> None:
            holder = {"id": dto.id}

            def delete() -> Request:
                return Request(
                    Call("meetings", "delete", (holder["id"],)), Changes.of(None, Part.LIST)
                )

            def again() -> Request:
                def remember(new: MeetingDTO) -> None:
                    holder["id"] = new.id

                return Request(call_again, Changes.of(None, Part.LIST), done=remember)

            call_again = Call(call.service, call.method, call.args, {**call.kwargs})
            self.undo.push(Step(text, None, again, delete))
            self.search.clear()
            self._show(None)
            self.open_id = dto.id
            self.model.pageArrived.append(lambda: self.select(dto.id))
            self.created.emit(dto.id)

        self.ops.write(call, text, Changes.of(None, Part.LIST), done=made, initiator=self)

    created = Signal(int)  # a meeting was just made: the window opens its Details tab

    def delete_current(self, confirm: bool = True) -> None:
        """Delete the selected (else the open) meeting, after asking; Ctrl+Z brings it back.
        A meeting with signed minutes is archived instead, or deleted only once each of its
        finalized revisions was written out (gui/delete_meeting_dialog.py)."""
        ident = self.current_id() or self.open_id
        if ident is None:
            return
        row = self.model.row_of(ident)
        title = self.model.rows[row].title if row >= 0 else ""

        def counted(found: tuple[int, str]) -> None:
            signed, uid = found
            if signed:
                delete_signed_meeting(
                    self, self.ops, ident, title, signed, lambda o: self._signed_done(o, uid)
                )
            elif not confirm or self.ask(title):
                self._delete(ident, title, row)

        self.ops.read(
            lambda s: (s.meetings.revision_count(ident), s.meetings.get(ident).uid), counted
        )

    def _signed_done(self, outcome: Outcome, uid: str = "") -> None:
        if outcome.action == DELETED and uid:
            self.on_deleted(uid)  # no undo for this delete: the recording waits in the bin
        if outcome.action == ARCHIVED and self.model.archived is None:
            return  # still listed, marked archived
        self._after_delete(self.model.row_of(outcome.meeting_id))

    def _delete(self, ident: int, title: str, row: int) -> None:
        holder: dict[str, Any] = {"id": ident, "data": None, "uid": "", "audio": None}

        def keep(found: tuple[dict[str, Any], str]) -> None:
            holder["data"], holder["uid"] = found

        def trash(_result: Any = None) -> None:
            holder["audio"] = self.on_deleted(holder["uid"]) if holder["uid"] else None

        def deleted(_result: Any) -> None:
            self.ops.status.emit(
                self.tr("Đã xóa cuộc họp “%1” — Ctrl+Z để hoàn tác.").replace("%1", title)
            )
            self.undo.push(
                Step(self.tr("Xóa cuộc họp “%1”").replace("%1", title), None, again, back)
            )
            self._after_delete(row)  # the window closes its recording first
            trash()

        def back() -> Request:
            def restored(new_id: int) -> None:
                holder["id"] = new_id
                self.open_id = new_id
                self.model.pageArrived.append(lambda: self.select(new_id))

                def audio_back(uid: str) -> None:
                    holder["uid"] = uid
                    self.on_restored(holder["audio"], uid)
                    holder["audio"] = None

                self.ops.read(lambda s: s.meetings.get(new_id).uid, audio_back)

            # Back under its own id: notes and links that name "#12" keep meaning it.
            return Request(
                Call("importer", "import_dict", (holder["data"],), {"restore_id": ident}),
                Changes.of(None, Part.LIST),
                done=restored,
            )

        def again() -> Request:
            return Request(
                Call("meetings", "delete", (holder["id"],)), Changes.of(None, Part.LIST), trash
            )

        from core.importers.meeting_io import record_to_dict  # with the services, not at start

        def read(s: Any) -> tuple[dict[str, Any], str]:
            record = s.meetings.record(ident)
            return record_to_dict(record), record.meeting.uid

        # Read then delete, asked together: nothing can come between them.
        self.ops.read(read, keep)
        self.ops.write(
            Call("meetings", "delete", (ident,)),
            self.tr("Xóa cuộc họp “%1”").replace("%1", title),
            Changes.of(None, Part.LIST),
            done=deleted,
            initiator=self,
        )

    def set_archived(self, archived: bool) -> None:
        """Archive the selected (else the open) meeting, or bring it back; Ctrl+Z undoes."""
        ident = self.current_id() or self.open_id
        if ident is None:
            return
        row = self.model.row_of(ident)
        title = self.model.rows[row].title if row >= 0 else ""
        text = (
            self.tr("Lưu trữ cuộc họp “%1”") if archived else self.tr("Bỏ lưu trữ cuộc họp “%1”")
        ).replace("%1", title)

        def call(on: bool) -> Call:
            return Call("meetings", "archive" if on else "unarchive", (ident,))

        def done(_result: Any) -> None:
            self.undo.push(
                Step(
                    text,
                    None,
                    lambda: Request(call(archived), Changes.of(None, Part.LIST)),
                    lambda: Request(call(not archived), Changes.of(None, Part.LIST)),
                )
            )
            if archived and self.model.archived is False:
                self._after_delete(row)
            else:
                self.refresh()

        self.ops.write(call(archived), text, Changes.of(None, Part.LIST), done=done, initiator=self)

    def _ask(self, title: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Xóa cuộc họp"),
            self.tr("Xóa cuộc họp “%1”?\nCó thể hoàn tác bằng Ctrl+Z.").replace("%1", title),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _after_delete(self, row: int) -> None:
        self.open_id = None
        self.meetingSelected.emit(0)

        def pick() -> None:
            if self.model.rowCount():
                self.view.setCurrentIndex(
                    self.model.index(min(max(row, 0), self.model.rowCount() - 1), 1)
                )

        self.model.pageArrived.append(pick)
