"""The left pane: meetings newest first, paged, filtered as you type, with delete and undo."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import MeetingSummary
from core.domain.enums import MeetingStatus
from gui.hub import Hub
from gui.i18n import label
from gui.loader import is_loaded

if TYPE_CHECKING:
    from core.services import Services
    from core.storage.glance import Glance

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class MeetingListModel(QAbstractTableModel):
    """Loads one page at a time through fetchMore, so a large archive opens instantly."""

    def __init__(
        self, services: Services, parent: Any = None, glance: Glance | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        # Pages come from the start-up glance until the services have loaded (gui/loader.py).
        self.glance = glance
        self.rows: list[MeetingSummary] = []
        self.ids: list[int] | None = None  # search result, or None for all meetings
        self.changed: set[int] = set()  # edited after their last finalized revision
        self._more = True
        # Two columns, two lines a row: the list pane is narrow next to the tabs.
        self.headers = [self.tr("Ngày"), self.tr("Trích yếu")]

    def reload(self, ids: list[int] | None = None) -> None:
        self.beginResetModel()
        self.ids = ids
        self.rows = []
        self.changed = set()
        self._more = True
        self.endResetModel()
        self.fetchMore()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        if self.ids is not None and not self.ids:
            self._more = False
            return
        page, changed = self._glance_page() if self.glance is not None else (None, set())
        if page is None:
            page = self.services.meetings.list(limit=PAGE, offset=len(self.rows), ids=self.ids)
            changed = self.services.revisions.changed_ids([m.id for m in page])
        self._more = len(page) == PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.changed |= changed
            self.endInsertRows()

    def _glance_page(self) -> tuple[list[MeetingSummary] | None, set[int]]:
        """The next page from the glance; None once the services are there or it fails."""
        if self.glance is None or is_loaded(self.services):
            return None, set()
        try:
            page = self.glance.list(limit=PAGE, offset=len(self.rows), ids=self.ids)
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
            return f"{m.title}\n{m.date:%d/%m/%Y %H:%M} — {state}"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            if m.id in self.changed:
                return QColor("#b45309")  # changed since finalized: needs finalizing again
            if m.status == MeetingStatus.FINALIZED:
                return QColor("#1b5e20")
        if role == Qt.ItemDataRole.UserRole:
            return m.id
        return None

    def status_text(self, m: MeetingSummary) -> str:
        if m.id in self.changed:
            return self.tr("Đã sửa")  # short: the column is as wide as a date
        return label(m.status)

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, m in enumerate(self.rows) if m.id == meeting_id), -1)


class DeleteMeetingCommand(QUndoCommand):
    """Redo deletes the meeting; undo re-imports the copy kept before deleting it."""

    def __init__(self, pane: MeetingListPane, meeting_id: int, title: str) -> None:
        super().__init__(
            QCoreApplication.translate("MeetingListPane", "Xóa cuộc họp “%1”").replace("%1", title)
        )
        self.pane = pane
        self.meeting_id: int | None = meeting_id
        self.original_id = meeting_id  # undo brings it back under this id
        from core.importers.meeting_io import record_to_dict  # with the services, not at start-up

        self.data = record_to_dict(pane.services.meetings.record(meeting_id))

    def redo(self) -> None:
        if self.meeting_id is None:
            return
        ident = self.meeting_id
        if self.pane.hub.attempt(lambda: self.pane.services.meetings.delete(ident) or True):
            self.meeting_id = None
            self.pane.meeting_deleted(ident)

    def undo(self) -> None:
        importer = self.pane.services.importer
        # Back under its own id: links and notes that name "#12" keep meaning this meeting.
        new_id = self.pane.hub.attempt(
            lambda: importer.import_dict(self.data, restore_id=self.original_id)
        )
        if new_id is not None:
            self.meeting_id = new_id
            self.pane.hub.meetingsListChanged.emit()
            self.pane.select(new_id)


class MeetingListPane(QWidget):
    """Search box, list and buttons; emits meetingSelected(id) (0 when nothing is selected)."""

    meetingSelected = Signal(int)

    def __init__(
        self,
        services: Services,
        hub: Hub,
        parent: QWidget | None = None,
        glance: Glance | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.hub = hub
        self.undo_stack = QUndoStack(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm cuộc họp (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self.model = MeetingListModel(services, self, glance)
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
        self.delete_button.setToolTip(self.tr("Xóa cuộc họp đang chọn (Delete, có thể hoàn tác)"))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.copy_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_meeting)
        self.copy_button.clicked.connect(self.new_from_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.view.installEventFilter(self)
        hub.meetingsListChanged.connect(self.refresh)
        hub.meetingChanged.connect(self._meeting_changed)
        self.model.reload()

    # -- selection -----------------------------------------------------------------------
    def current_id(self) -> int | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row].id if 0 <= row < len(self.model.rows) else None

    def select(self, meeting_id: int) -> bool:
        row = self.model.row_of(meeting_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(meeting_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, 1))
        self.view.scrollTo(self.model.index(row, 1))
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        self.meetingSelected.emit(self.model.rows[row].id if 0 <= row < len(self.model.rows) else 0)

    # -- filtering and refreshing --------------------------------------------------------
    def apply_filter(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        keep = self.current_id()
        blocker = self.view.selectionModel().blockSignals(True)
        self.model.reload(self.services.search.meeting_ids(query) if query else None)
        self.view.selectionModel().blockSignals(blocker)
        if keep is not None and not self.select(keep):
            self.meetingSelected.emit(0)

    def refresh(self) -> None:
        self.apply_filter()

    def _meeting_changed(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return
        fresh = self.services.meetings.list(limit=1, ids=[meeting_id])
        if fresh:
            self.model.changed.discard(meeting_id)
            self.model.changed |= self.services.revisions.changed_ids([meeting_id])
            self.model.rows[row] = fresh[0]
            self.model.dataChanged.emit(self.model.index(row, 0), self.model.index(row, 1))

    # -- commands ------------------------------------------------------------------------
    def new_meeting(self) -> int | None:
        dto = self.hub.attempt(
            lambda: self.services.meetings.create(self.tr("Cuộc họp mới"), kind="meeting")
        )
        return self._opened(dto.id if dto else None)

    def new_from_current(self) -> int | None:
        prev = self.current_id()
        if prev is None:
            self.hub.status.emit(self.tr("Hãy chọn cuộc họp trước để sao chép."))
            return None
        dto = self.hub.attempt(lambda: self.services.meetings.copy_from(prev))
        return self._opened(dto.id if dto else None)

    def _opened(self, meeting_id: int | None) -> int | None:
        if meeting_id is None:
            return None
        self.search.clear()
        self.apply_filter()
        self.select(meeting_id)
        return meeting_id

    def delete_current(self, confirm: bool = True) -> None:
        ident = self.current_id()
        if ident is None:
            return
        title = self.model.rows[self.view.currentIndex().row()].title
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Xóa cuộc họp"),
                self.tr("Xóa cuộc họp “%1”?\nCó thể hoàn tác bằng Ctrl+Z.").replace("%1", title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.undo_stack.push(DeleteMeetingCommand(self, ident, title))

    def meeting_deleted(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        self.hub.meetingsListChanged.emit()
        if self.model.rowCount():
            self.view.setCurrentIndex(
                self.model.index(min(max(row, 0), self.model.rowCount() - 1), 1)
            )
        else:
            self.meetingSelected.emit(0)

    def eventFilter(self, obj: Any, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if (
            obj is self.view
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_current()
            return True
        return super().eventFilter(obj, event)
