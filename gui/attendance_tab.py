"""Attendance tab: the roster with roles and presence, roll call by P/A/L, and the counts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain import when
from core.domain.dto import AttendanceCounts, AttendanceDTO, PersonDTO
from core.domain.enums import OFFICIAL_ROLES, PRESENT_STATUSES, Presence, QuorumRule, Role
from core.domain.uids import new_uid
from core.errors import BienBanError, PersonSharedError, ValidationError
from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui.i18n import label
from gui.meeting_tab import MeetingTab
from gui.messages import said
from gui.operations import Ops
from gui.tables import ChoiceDelegate, Column, DtoTableModel, LiveTextDelegate, Settle
from gui.undo import Request, Undo
from gui.widgets.columns import FittedColumns
from gui.widgets.reflow import ReflowRow

ROLL_CALL = {
    Qt.Key.Key_P: Presence.PRESENT,
    Qt.Key.Key_A: Presence.ABSENT,
    Qt.Key.Key_L: Presence.LATE,
}
PARTS = (Part.ATTENDANCE,)


def _arrival(a: AttendanceDTO) -> str:
    return a.arrival.strftime("%H:%M") if a.arrival else ""


def counts_of(rows: list[AttendanceDTO], quorum_rule: str) -> AttendanceCounts:
    """The counts shown above the table, from the rows on screen (as core counts them)."""
    official = [a for a in rows if a.role in OFFICIAL_ROLES]
    return AttendanceCounts(
        official_total=len(official),
        official_present=sum(1 for a in official if a.status in PRESENT_STATUSES),
        present_total=sum(1 for a in rows if a.status in PRESENT_STATUSES),
        absent=sum(1 for a in rows if a.status in (Presence.ABSENT, Presence.ABSENT_EXCUSED)),
        quorum_rule=quorum_rule,
    )


class AttendanceTab(MeetingTab):
    """Table of attendees; with the table focused, P/A/L record presence and move down."""

    PARTS = (Part.ATTENDANCE, Part.PEOPLE, Part.HEADER)

    def __init__(self, ops: Ops, undo: Undo, parent: QWidget | None = None) -> None:
        super().__init__(ops, undo, parent)
        self.ask_reason = self._ask_reason  # replaceable in tests (a modal dialog blocks)
        self.ask_everywhere = self._ask_everywhere
        self._people: dict[str, PersonDTO] = {}
        self._quorum_rule = QuorumRule.NONE.value

        self.counts_label = QLabel()
        self.counts_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.counts_label.setWordWrap(True)  # the quorum sentence is long in a narrow tab
        self.hint = QLabel(
            self.tr(
                "Điểm danh: chọn bảng rồi bấm P = có mặt, A = vắng, L = đến muộn; Delete = xóa."
            )
        )
        self.hint.setStyleSheet("color: #555;")
        self.hint.setWordWrap(True)
        self.model = DtoTableModel(
            [
                Column(self.tr("Họ và tên"), "full_name", lambda a: a.full_name, True),
                Column(self.tr("Chức vụ"), "position", lambda a: a.position, True),
                Column(self.tr("Đơn vị"), "unit", lambda a: a.unit, True),
                Column(self.tr("Vai trò"), "role", lambda a: label(a.role), True, lambda a: a.role),
                Column(
                    self.tr("Tình trạng"),
                    "status",
                    lambda a: label(a.status),
                    True,
                    lambda a: a.status,
                ),
                Column(self.tr("Lý do"), "reason", lambda a: a.reason, True),
                Column(self.tr("Giờ đến"), "arrival", _arrival, True),
            ],
            self,
        )
        self.model.commit = self._commit
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(LiveTextDelegate(ops, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setItemDelegateForColumn(3, ChoiceDelegate([r.value for r in Role], self.view))
        self.view.setItemDelegateForColumn(
            4, ChoiceDelegate([p.value for p in Presence], self.view)
        )
        # Two lines a row so long positions stay readable; full text in the tooltip.
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.view.fontMetrics().lineSpacing() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # In a narrow tab the columns give way together rather than scroll sideways (the
        # rows have two lines: a role or a status then wraps).
        fm = self.view.fontMetrics()
        chars = fm.averageCharWidth()
        self.columns = FittedColumns(
            self.view,
            {
                0: (165, 12 * chars),
                2: (150, 10 * chars),
                3: (90, 7 * chars),
                4: (120, 9 * chars),
                5: (130, 7 * chars),
                6: (62, fm.horizontalAdvance("00:00") + 16),
            },
            stretch=1,
            stretch_least=22 * chars,
        )
        self._keys: list[QShortcut] = []
        for key in ROLL_CALL:
            for mods in ("", "Shift+"):
                self._on_view(mods + QKeySequence(key).toString(), lambda k=key: self.roll_call(k))
        self._on_view("Delete", self.remove_current)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Họ và tên người dự (gõ để tìm)"))
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("Chức vụ"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("Đơn vị"))
        self.role = QComboBox()
        for r in Role:
            self.role.addItem(label(r.value), r.value)
        self.role.setCurrentIndex(self.role.findData(Role.MEMBER.value))
        self.add_button = QPushButton(self.tr("Thêm"))
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        # The core already matched without diacritics; Qt must not filter again.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.name.setCompleter(self.completer)
        self.name.textEdited.connect(self._complete)
        # The text overload: the name picked, as shown.
        self.completer.activated[str].connect(self._picked)  # type: ignore[index]
        for field in (self.name, self.position, self.unit):
            field.returnPressed.connect(self.add_from_fields)
        for enter in ("Return", "Enter"):  # Enter on the role adds too, as on the text fields
            sc = QShortcut(QKeySequence(enter), self.role)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.add_from_fields)
            self._keys.append(sc)
        self.add_button.clicked.connect(self.add_from_fields)

        # The fields, and the role with the buttons: on two lines when the tab is narrow.
        fields = QWidget()
        line = QHBoxLayout(fields)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(QLabel(self.tr("Thêm người dự:")))
        line.addWidget(self.name, 3)
        line.addWidget(self.position, 3)
        line.addWidget(self.unit, 2)
        buttons = QWidget()
        line = QHBoxLayout(buttons)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.role, 1)
        line.addWidget(self.add_button)
        self.import_button = QPushButton(self.tr("Nhập danh sách…"))
        self.import_button.setToolTip(self.tr("Từ tệp CSV/XLSX hoặc từ danh sách cuộc họp khác"))
        self.import_button.clicked.connect(self.import_list)
        line.addWidget(self.import_button)
        bar = ReflowRow(spacing=6)
        bar.add(fields, 3, extra=24 * self.name.fontMetrics().averageCharWidth())
        bar.add(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(bar)
        for a, b in zip(
            [self.view, self.name, self.position, self.unit, self.role],
            [self.name, self.position, self.unit, self.role, self.add_button],
            strict=True,
        ):
            QWidget.setTabOrder(a, b)
        self.start_listening()

    def editable_widgets(self) -> list[QObject]:
        return [
            self.view,
            self.name,
            self.position,
            self.unit,
            self.role,
            self.add_button,
            self.import_button,
            *self._keys,
        ]

    def _on_view(self, key: str, slot: Any) -> None:
        sc = QShortcut(QKeySequence(key), self.view)
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        sc.activated.connect(slot)
        self._keys.append(sc)

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        mid = self.meeting_id
        if mid is None:
            self._show([], None)
            return
        self.read(
            lambda s: (s.attendance.list(mid), s.attendance.counts(mid)),
            lambda result: self._show(*result),
        )

    def _show(self, rows: list[AttendanceDTO], counts: AttendanceCounts | None) -> None:
        row = self.view.currentIndex().row()
        col = max(self.view.currentIndex().column(), 0)
        self.model.set_rows(rows)
        if rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(min(max(row, 0), len(rows) - 1), col))
        if counts is not None:
            self._quorum_rule = counts.quorum_rule
        self.update_counts()

    def _status_stored(self, saved: AttendanceDTO) -> None:
        self.model.replace_dto(saved)
        self.update_counts()

    def update_counts(self) -> None:
        if not self.meeting_id:
            self.counts_label.setText("")
            return
        c = counts_of(self.model.rows, self._quorum_rule)
        text = self.tr("Có mặt %1/%2 thành viên chính thức")
        text = text.replace("%1", str(c.official_present)).replace("%2", str(c.official_total))
        if c.present_total != c.official_present:
            text += self.tr(" (tổng số người dự: %1)").replace("%1", str(c.present_total))
        if c.has_quorum is not None:
            needed = str(c.quorum_needed)
            if c.has_quorum:
                text += self.tr(" — đủ điều kiện (cần %1)").replace("%1", needed)
                color = "#2e7d32"
            else:
                text += self.tr(" — chưa đủ điều kiện (cần %1)").replace("%1", needed)
                color = "#c62828"
            self.counts_label.setStyleSheet(f"font-weight: bold; font-size: 14px; color: {color};")
        else:
            self.counts_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.counts_label.setText(text)

    # -- editing -------------------------------------------------------------------------
    def _commit(
        self,
        dto: AttendanceDTO,
        field: str,
        value: Any,
        settle: Settle,
        everywhere: bool | None = None,
    ) -> None:
        if field == "arrival":  # typed as a clerk writes it: 14:20, 8h30, 8 giờ 30
            try:
                value = when.parse_datetime(
                    str(value), previous=dto.arrival, reference=dt.date.today()
                )
            except ValidationError as exc:
                self.ops.refused.emit(said(exc))
                settle(None)
                return
            if value is None:
                settle(dto)
                return
        old = getattr(dto, field)
        ident = dto.id
        extra: dict[str, Any] = {} if everywhere is None else {"everywhere": everywhere}

        def stored(saved: AttendanceDTO) -> None:
            settle(saved)
            self.update_counts()

        def update(v: Any, saved: AttendanceDTO) -> Request:
            # A name corrected in place is undone in place; one that named someone else
            # gives this row its person back.
            how = {"everywhere": saved.person_id == dto.person_id} if field == "full_name" else {}
            return Request(
                Call("attendance", "update", (ident,), {field: v, **how}),
                Changes.of(dto.meeting_id, *PARTS),
            )

        def refused(exc: BaseException) -> None:
            if isinstance(exc, PersonSharedError) and everywhere is None:
                answer = self.ask_everywhere(old, str(value), exc.meetings)
                if answer is None:  # she took the correction back
                    settle(dto)
                else:
                    self._commit(dto, field, value, settle, everywhere=answer)
                return
            settle(None)
            if isinstance(exc, BienBanError) and not isinstance(exc, PersonSharedError):
                self.ops.refused.emit(said(exc))

        self.change(
            Call("attendance", "update", (ident,), {field: value, **extra}),
            self.tr("Sửa thành phần"),
            PARTS,
            done=stored,
            failed=refused,
            undo=(
                QCoreApplication.translate("AttendanceTab", "Sửa %1 của %2")
                .replace("%1", self._field_name(field))
                .replace("%2", dto.full_name),
                lambda saved: update(value, saved),
                lambda saved: update(old, saved),
            ),
            key=("attendance", ident, field),
            merge_key=("attendance", ident, field),
        )

    def _ask_everywhere(self, old: str, new: str, meetings: int) -> bool | None:
        """True: the same person, misspelled everywhere; False: someone else attends here."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Sửa họ tên"))
        box.setText(
            self.tr("%1 còn có trong %n danh sách dự họp khác.", "", meetings).replace("%1", old)
        )
        box.setInformativeText(
            self.tr(
                "Sửa thành “%1” ở mọi cuộc họp (viết sai tên), hay đây là một người khác?"
            ).replace("%1", new)
        )
        everywhere = box.addButton(self.tr("Sửa tên ở &mọi nơi"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Là &người khác"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(everywhere)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is everywhere else False if clicked is other else None

    def _field_name(self, field: str) -> str:
        return {c.field: c.header for c in self.model.columns}.get(field, field).lower()

    def set_status(self, row: int, status: str, reason: str | None = None) -> bool:
        """Record presence at once on screen; the save follows (undone by Ctrl+Z)."""
        if not 0 <= row < self.model.rowCount():
            return False
        dto = self.model.rows[row]
        at = dt.datetime.now().replace(microsecond=0) if status == Presence.LATE else None
        shown = dataclasses.replace(
            dto,
            status=status,
            reason=reason if reason is not None else dto.reason,
            arrival=at if at is not None else dto.arrival,
        )
        self.model.replace(row, shown)
        self.update_counts()
        ident, mid = dto.id, dto.meeting_id

        def mark(s: str, r: str | None, when: dt.datetime | None) -> Request:
            return Request(
                Call("attendance", "update", (ident,), {"status": s, "reason": r, "arrival": when}),
                Changes.of(mid, *PARTS),
            )

        def refused(_exc: BaseException) -> None:
            self.model.replace_dto(dto)  # back to what is stored
            self.update_counts()

        self.change(
            Call("attendance", "set_status", (ident, status, reason, at)),
            self.tr("Điểm danh"),
            PARTS,
            done=lambda saved: self._status_stored(saved),
            failed=refused,
            undo=(
                QCoreApplication.translate("AttendanceTab", "Điểm danh %1: %2")
                .replace("%1", dto.full_name)
                .replace("%2", label(status)),
                lambda _r: mark(status, reason, at),
                lambda _r: mark(dto.status, dto.reason, dto.arrival),
            ),
        )
        return True

    def roll_call(self, key: int) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        status, reason = ROLL_CALL[Qt.Key(key)], None
        if status == Presence.ABSENT:
            answer = self.ask_reason(self.model.rows[row].full_name)
            # Back to the list whatever window the platform activated: the roll call goes on.
            self.window().activateWindow()
            self.view.setFocus()
            if answer is None:
                return
            reason = answer.strip()
            status = Presence.ABSENT_EXCUSED if reason else Presence.ABSENT
        if self.set_status(row, status, reason) and row + 1 < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row + 1, self.view.currentIndex().column()))

    def _ask_reason(self, name: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Vắng mặt"),
            self.tr("Lý do vắng của %1 (để trống nếu không có lý do):").replace("%1", name),
        )
        return text if ok else None

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        dto = self.model.rows[row]

        def gone(removed: AttendanceDTO) -> None:
            self.model.remove_id(removed.id)
            self.update_counts()

        self.change(
            Call("attendance", "remove", (dto.id,)),
            self.tr("Xóa người dự"),
            PARTS + (Part.ENTRIES,),
            done=gone,
            undo=(
                QCoreApplication.translate("AttendanceTab", "Xóa %1 khỏi danh sách").replace(
                    "%1", dto.full_name
                ),
                lambda r: Request(
                    Call("attendance", "remove", (r.id,)),
                    Changes.of(r.meeting_id, *PARTS, Part.ENTRIES),
                ),
                lambda r: Request(
                    Call("attendance", "restore", (r,)),
                    Changes.of(r.meeting_id, *PARTS, Part.ENTRIES),
                ),
            ),
        )

    # -- adding --------------------------------------------------------------------------
    def import_list(self) -> Any:
        """The import dialog (gui/import_dialog.py); the table reloads when it is done."""
        from gui.import_dialog import ImportDialog

        if self.meeting_id is None:
            return None
        dialog = ImportDialog(self.ops, self.meeting_id, self)
        dialog.open()
        return dialog

    def _complete(self, text: str) -> None:
        if not text.strip():
            self._fill_completions([])
            return
        self.ops.read(lambda s: s.people.complete(text, limit=15), self._fill_completions)

    def _fill_completions(self, people: list[PersonDTO]) -> None:
        self._people = {self._display(p): p for p in people}
        self.completions.setStringList(list(self._people))

    @staticmethod
    def _display(p: PersonDTO) -> str:
        extra = ", ".join(x for x in (p.position, p.unit) if x)
        return f"{p.full_name} — {extra}" if extra else p.full_name

    def _picked(self, text: str) -> None:
        person = self._people.get(text)
        if person is None:
            return

        def fill() -> None:
            # The completer writes the whole display text; keep only the name.
            self.name.setText(person.full_name)
            self.position.setText(person.position)
            self.unit.setText(person.unit)

        QTimer.singleShot(0, fill)

    def add_from_fields(self) -> None:
        name = self.name.text().strip()
        if not name or self.meeting_id is None:
            return
        role = self.role.currentData()
        position, unit = self.position.text().strip(), self.unit.text().strip()
        uid = new_uid()
        mid = self.meeting_id
        # The row is cleared for the next person at once; the typed values come back if
        # the add is refused.
        for w in (self.name, self.position, self.unit):
            w.clear()
        self.role.setCurrentIndex(self.role.findData(Role.MEMBER.value))
        self.name.setFocus()

        def added(dto: AttendanceDTO) -> None:
            if self.model.row_of(dto.id) < 0:
                self.model.insert(len(self.model.rows), dto)
            self.view.setCurrentIndex(self.model.index(self.model.row_of(dto.id), 0))
            self.update_counts()

        def refused(exc: BaseException) -> None:
            if not self.name.text():
                self.name.setText(name)
                self.position.setText(position)
                self.unit.setText(unit)
                self.role.setCurrentIndex(max(0, self.role.findData(role)))
            self.ops.refused.emit(said(exc))

        self.change(
            Call(
                "attendance",
                "add",
                (mid, name),
                {"position": position, "unit": unit, "role": role, "uid": uid},
            ),
            self.tr("Thêm người dự"),
            PARTS,
            done=added,
            failed=refused,
            undo=(
                QCoreApplication.translate("AttendanceTab", "Thêm %1").replace("%1", name),
                lambda r: Request(Call("attendance", "restore", (r,)), Changes.of(mid, *PARTS)),
                lambda r: Request(Call("attendance", "remove", (r.id,)), Changes.of(mid, *PARTS)),
            ),
        )
