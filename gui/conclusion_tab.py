"""Conclusion tab: the chair's conclusion text and the action items it assigns."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import ActionItemDTO, AttendanceDTO, EntryDTO
from core.domain.enums import ActionStatus, EntryKind, Role
from core.domain.uids import new_uid
from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui.i18n import label
from gui.meeting_tab import MeetingTab
from gui.messages import in_interface_language, said
from gui.operations import Ops, Throttle
from gui.tables import (
    ERROR_COLOR,
    ChoiceDelegate,
    Column,
    DtoTableModel,
    LiveTextDelegate,
    Settle,
    from_qdate,
    to_qdate,
)
from gui.undo import Request, Undo
from gui.widgets.columns import FittedColumns
from gui.widgets.date_delegate import DateFieldDelegate
from gui.widgets.datetime_field import DateField

ACTIONS = (Part.ACTIONS,)
ENTRIES = (Part.ENTRIES,)


def _deadline(a: ActionItemDTO) -> str:
    return a.deadline.strftime("%d/%m/%Y") if a.deadline else ""


class ConclusionTab(MeetingTab):
    """The conclusion is the meeting's last 'conclusion' entry; typing saves it as it goes."""

    PARTS = (Part.ENTRIES, Part.ACTIONS, Part.ATTENDANCE)

    def __init__(self, ops: Ops, undo: Undo, parent: QWidget | None = None) -> None:
        super().__init__(ops, undo, parent)
        self.entry: EntryDTO | None = None
        self.today = dt.date.today  # replaceable in tests
        self._uid = new_uid()  # of the conclusion entry, before it exists
        self._chair: int | None = None
        self._loading = False
        self._session_base: str | None = None  # the text when this editing began
        self._fresh = True  # the next text read is another meeting's: shown whatever the focus
        self._meeting_day: dt.date | None = None

        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("Ý kiến kết luận của người chủ trì…"))
        self.throttle = Throttle(ops, self._save_text, self)
        self.text.textChanged.connect(self._typed)
        self.model = DtoTableModel(
            [
                Column(self.tr("Nhiệm vụ"), "task", lambda a: a.task, True),
                Column(self.tr("Đơn vị chủ trì"), "lead", lambda a: a.lead, True),
                Column(self.tr("Đơn vị phối hợp"), "coordinating", lambda a: a.coordinating, True),
                Column(
                    self.tr("Thời hạn"), "deadline", _deadline, True, lambda a: to_qdate(a.deadline)
                ),
                Column(
                    self.tr("Tình trạng"),
                    "status",
                    lambda a: label(a.status),
                    True,
                    lambda a: a.status,
                ),
            ],
            self,
        )
        self.model.commit = self._commit
        self.model.foreground = self._color
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(LiveTextDelegate(ops, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # Deadlines typed as a clerk writes them (20/12/2026), read against the meeting's day.
        self.view.setItemDelegateForColumn(
            3, DateFieldDelegate(self.view, reference=lambda: self._meeting_day)
        )
        self.view.setItemDelegateForColumn(
            4, ChoiceDelegate([s.value for s in ActionStatus], self.view)
        )
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        # The task keeps a readable width in a narrow tab: the other columns give way.
        fm = self.view.fontMetrics()
        chars = fm.averageCharWidth()
        statuses = max(fm.horizontalAdvance(label(s.value)) for s in ActionStatus) + 12
        self.columns = FittedColumns(
            self.view,
            {
                1: (200, 14 * chars),
                2: (200, 14 * chars),
                3: (95, fm.horizontalAdvance("00/00/0000") + 16),
                4: (120, min(120, statuses)),
            },
            stretch=0,
            stretch_least=25 * chars,
        )
        # Three lines a row; the whole task is in the tooltip and in the F2 editor.
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(3 * self.view.fontMetrics().lineSpacing() + 10)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._delete = QShortcut(QKeySequence("Delete"), self.view)
        self._delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete.activated.connect(self.remove_current)

        self.task = QLineEdit()
        self.task.setPlaceholderText(self.tr("Nhiệm vụ mới"))
        self.lead = QLineEdit()
        self.lead.setPlaceholderText(self.tr("Đơn vị chủ trì"))
        # Typed as a clerk writes it (20/12/2026, or 20/12 in the meeting's year).
        self.deadline = DateField()
        self.deadline.setPlaceholderText(self.tr("Thời hạn"))
        self.deadline.setFeedbackVisible(False)
        self.add_button = QPushButton(self.tr("Thêm"))
        for w in (self.task, self.lead):
            w.returnPressed.connect(self.add_from_fields)
        self.deadline.edit.returnPressed.connect(self.add_from_fields)
        self.add_button.clicked.connect(self.add_from_fields)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("<b>Kết luận của người chủ trì</b>")))
        top_layout.addWidget(self.text)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "<b>Nhiệm vụ được giao</b> — F2 = sửa, Delete = xóa; thời hạn đã qua hiện màu đỏ."
            )
        )
        hint.setWordWrap(True)
        bottom_layout.addWidget(hint)
        bottom_layout.addWidget(self.view, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.task, 3)
        bar.addWidget(self.lead, 2)
        bar.addWidget(self.deadline, 1)
        bar.addWidget(self.add_button)
        bottom_layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([220, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        for a, b in ((self.text, self.view), (self.view, self.task), (self.task, self.lead)):
            QWidget.setTabOrder(a, b)
        QWidget.setTabOrder(self.lead, self.deadline.edit)
        QWidget.setTabOrder(self.deadline.edit, self.add_button)
        self.text.installEventFilter(self)
        self.start_listening()

    def editable_widgets(self) -> list[QObject]:
        return [
            self.text,
            self.view,
            self.task,
            self.lead,
            self.deadline,
            self.add_button,
            self._delete,
        ]

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        mid = self.meeting_id
        if mid is None:
            self._show_text(None, None, force=True)
            self.model.set_rows([])
            return

        def fetch(s: Any) -> tuple[Any, ...]:
            found = s.entries.list(mid, kind=EntryKind.CONCLUSION.value)
            chair = next((a for a in s.attendance.list(mid) if a.role == Role.CHAIR), None)
            m = s.meetings.get(mid)
            day = (m.start or m.created_at).date() if (m.start or m.created_at) else None
            return (found[-1] if found else None, chair, s.actions.list(mid), day)

        def arrived(r: tuple[Any, ...]) -> None:
            self._meeting_day = r[3]
            self.deadline.setReferenceDate(r[3])
            self._show_text(r[0], r[1])
            self._show_actions(r[2])

        self.read(fetch, arrived)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.throttle.flush()
        self.undo.close_merging()
        self.entry = None
        self._uid = new_uid()
        self._session_base = None
        self._show_text(None, None, force=True)
        self._fresh = True
        super().set_meeting(meeting_id)

    def _show_text(
        self, entry: EntryDTO | None, chair: AttendanceDTO | None, force: bool = False
    ) -> None:
        self.entry = entry
        self._chair = chair.id if chair else None
        if entry is not None:
            self._uid = entry.uid or self._uid
        # Never replace text being typed, or text whose save has not gone through.
        typing = self.throttle.is_dirty() or QApplication.focusWidget() is self.text
        if not (force or self._fresh) and typing:
            return
        self._fresh = False
        self._loading = True
        self.text.setPlainText(entry.text if entry else "")
        self._loading = False

    def _show_actions(self, rows: list[ActionItemDTO]) -> None:
        row = self.view.currentIndex().row()
        col = max(self.view.currentIndex().column(), 0)
        self.model.set_rows(rows)
        if rows and row >= 0:
            self.view.setCurrentIndex(self.model.index(min(row, len(rows) - 1), col))

    # -- conclusion text -----------------------------------------------------------------
    def _typed(self) -> None:
        if self._loading or self.meeting_id is None:
            return
        if self._session_base is None:
            self._session_base = self.entry.text if self.entry else None
        self.throttle.touch()

    def flush(self) -> None:
        self.throttle.flush()

    def _save_text(self) -> None:
        mid, text = self.meeting_id, self.text.toPlainText()
        if mid is None or (self.entry is None and not text.strip()):
            return
        uid, chair, base = self._uid, self._chair, self._session_base

        def put(t: str) -> Request:
            return Request(
                Call("entries", "add", (mid, EntryKind.CONCLUSION.value, t), {"uid": uid}),
                Changes.of(mid, *ENTRIES),
            )

        def back(_r: Any) -> Request:
            if base is None:  # this editing created the conclusion: undo removes it
                return Request(Call("entries", "delete", (uid,)), Changes.of(mid, *ENTRIES))
            return put(base)

        def saved(dto: EntryDTO) -> None:
            if self.meeting_id == mid:
                self.entry = dto

        self.change(
            Call(
                "entries",
                "add",
                (mid, EntryKind.CONCLUSION.value, text),
                {"uid": uid, "speaker_id": chair},
            ),
            self.tr("Kết luận"),
            ENTRIES,
            done=saved,
            undo=(
                QCoreApplication.translate("ConclusionTab", "Sửa kết luận"),
                lambda _r: put(text),
                back,
            ),
            key=("conclusion", uid),
            merge_key=("conclusion", uid),
        )

    def eventFilter(self, obj: Any, event: Any) -> bool:
        if obj is self.text and event.type() == event.Type.FocusOut:
            self.throttle.flush()
            self.undo.close_merging()
            self._session_base = None
        return False

    # -- action items --------------------------------------------------------------------
    def _color(self, a: ActionItemDTO) -> QColor | None:
        return ERROR_COLOR if a.is_overdue(self.today()) else None

    def _commit(self, dto: ActionItemDTO, field: str, value: Any, settle: Settle) -> None:
        if field == "deadline":
            value = from_qdate(value) if isinstance(value, QDate) else value
        old, ident, mid = getattr(dto, field), dto.id, dto.meeting_id

        def update(v: Any) -> Request:
            return Request(
                Call("actions", "update", (ident,), {field: v}), Changes.of(mid, *ACTIONS)
            )

        self.change(
            Call("actions", "update", (ident,), {field: value}),
            self.tr("Sửa nhiệm vụ"),
            ACTIONS,
            done=settle,
            failed=lambda _e: settle(None),
            undo=(
                QCoreApplication.translate("ConclusionTab", "Sửa nhiệm vụ"),
                lambda _r: update(value),
                lambda _r: update(old),
            ),
            key=("action", ident, field),
            merge_key=("action", ident, field),
        )

    def add_from_fields(self) -> None:
        task = self.task.text().strip()
        if not task or self.meeting_id is None:
            return
        if not self.deadline.commit():
            self.deadline.setFocus()  # the reason is shown on the field; nothing is added
            self.ops.refused.emit(in_interface_language(self.deadline.error() or ""))
            return
        mid, lead, uid = self.meeting_id, self.lead.text().strip(), new_uid()
        deadline = self.deadline.value()
        entry_id = self.entry.id if self.entry else None
        self.task.clear()
        self.lead.clear()
        self.deadline.setValue(None)
        self.task.setFocus()

        def added(dto: ActionItemDTO) -> None:
            if self.model.row_of(dto.id) < 0:
                self.model.insert(len(self.model.rows), dto)
            self.view.setCurrentIndex(self.model.index(self.model.row_of(dto.id), 0))

        def refused(exc: BaseException) -> None:
            if not self.task.text():
                self.task.setText(task)
                self.lead.setText(lead)
                self.deadline.setValue(deadline)
            self.ops.refused.emit(said(exc))

        self.change(
            Call(
                "actions",
                "add",
                (mid, task),
                {
                    "lead": lead,
                    "deadline": deadline.isoformat() if deadline else None,
                    "conclusion_entry_id": entry_id,
                    "uid": uid,
                },
            ),
            self.tr("Thêm nhiệm vụ"),
            ACTIONS,
            done=added,
            failed=refused,
            undo=(
                QCoreApplication.translate("ConclusionTab", "Thêm nhiệm vụ"),
                lambda r: Request(Call("actions", "restore", (r,)), Changes.of(mid, *ACTIONS)),
                lambda r: Request(Call("actions", "remove", (r.id,)), Changes.of(mid, *ACTIONS)),
            ),
        )

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        dto, mid = self.model.rows[row], self.meeting_id
        self.change(
            Call("actions", "remove", (dto.id,)),
            self.tr("Xóa nhiệm vụ"),
            ACTIONS,
            done=lambda removed: self.model.remove_id(removed.id),
            undo=(
                QCoreApplication.translate("ConclusionTab", "Xóa nhiệm vụ"),
                lambda r: Request(Call("actions", "remove", (r.id,)), Changes.of(mid, *ACTIONS)),
                lambda r: Request(Call("actions", "restore", (r,)), Changes.of(mid, *ACTIONS)),
            ),
        )
