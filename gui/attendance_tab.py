"""Attendance tab: the roster with roles and presence, roll call by P/A/L, and the counts."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import AttendanceDTO, PersonDTO
from core.domain.enums import Presence, Role
from gui.hub import Hub
from gui.i18n import label
from gui.meeting_tab import MeetingTab
from gui.tables import ChoiceDelegate, Column, DtoTableModel

if TYPE_CHECKING:
    from core.services import Services

ROLL_CALL = {
    Qt.Key.Key_P: Presence.PRESENT,
    Qt.Key.Key_A: Presence.ABSENT,
    Qt.Key.Key_L: Presence.LATE,
}


def _arrival(a: AttendanceDTO) -> str:
    return a.arrival.strftime("%H:%M") if a.arrival else ""


class RemoveAttendeeCommand(QUndoCommand):
    """Redo takes the person off the list; undo puts them back with role, status and place."""

    def __init__(self, tab: AttendanceTab, dto: AttendanceDTO) -> None:
        super().__init__(
            QCoreApplication.translate("AttendanceTab", "Xóa %1 khỏi danh sách").replace(
                "%1", dto.full_name
            )
        )
        self.tab = tab
        self.dto = dto

    def redo(self) -> None:
        ident = self.dto.id
        self.tab.save(lambda: self.tab.services.attendance.remove(ident))
        self.tab.reload()

    def undo(self) -> None:
        d = self.dto
        svc = self.tab.services.attendance

        def restore() -> AttendanceDTO:
            back = svc.add(
                d.meeting_id,
                person_id=d.person_id,
                role=d.role,
                status=d.status,
                reason=d.reason,
                note=d.note,
                arrival=d.arrival,
            )
            svc.move(back.id, d.order)
            return back

        back = self.tab.save(restore)
        if back is not None:
            self.dto = back
        self.tab.reload()


class AttendanceTab(MeetingTab):
    """Table of attendees; with the table focused, P/A/L record presence and move down."""

    def __init__(self, services: Services, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self.ask_reason = self._ask_reason  # replaceable in tests (a modal dialog blocks)
        self._people: dict[str, PersonDTO] = {}

        self.counts_label = QLabel()
        self.counts_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.hint = QLabel(
            self.tr(
                "Điểm danh: chọn bảng rồi bấm P = có mặt, A = vắng, L = đến muộn; Delete = xóa."
            )
        )
        self.hint.setStyleSheet("color: #555;")
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
        for col, width in enumerate((165, 0, 150, 90, 120, 130, 62)):
            if width:
                self.view.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.installEventFilter(self)

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
        self.completer.activated[str].connect(self._picked)
        self.name.returnPressed.connect(self.add_from_fields)
        self.position.returnPressed.connect(self.add_from_fields)
        self.unit.returnPressed.connect(self.add_from_fields)
        self.add_button.clicked.connect(self.add_from_fields)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Thêm người dự:")))
        bar.addWidget(self.name, 3)
        bar.addWidget(self.position, 3)
        bar.addWidget(self.unit, 2)
        bar.addWidget(self.role, 1)
        bar.addWidget(self.add_button)
        self.import_button = QPushButton(self.tr("Nhập danh sách…"))
        self.import_button.setToolTip(self.tr("Từ tệp CSV/XLSX hoặc từ danh sách cuộc họp khác"))
        self.import_button.clicked.connect(self.import_list)
        bar.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        for a, b in zip(
            [self.view, self.name, self.position, self.unit, self.role],
            [self.name, self.position, self.unit, self.role, self.add_button],
            strict=True,
        ):
            QWidget.setTabOrder(a, b)
        self.start_listening()

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        row = self.view.currentIndex().row()
        col = max(self.view.currentIndex().column(), 0)
        rows = self.services.attendance.list(self.meeting_id) if self.meeting_id else []
        self.model.set_rows(rows)
        if rows:
            self.view.setCurrentIndex(self.model.index(min(max(row, 0), len(rows) - 1), col))
        self.update_counts()

    def update_counts(self) -> None:
        if not self.meeting_id:
            self.counts_label.setText("")
            return
        c = self.services.attendance.counts(self.meeting_id)
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
    def _commit(self, dto: AttendanceDTO, field: str, value: Any) -> AttendanceDTO | None:
        svc = self.services.attendance
        if field == "arrival":
            text = str(value).strip()
            try:
                t = dt.datetime.strptime(text, "%H:%M").time() if text else None
            except ValueError:
                self.hub.saveFailed.emit(self.tr("Giờ đến phải có dạng HH:MM, ví dụ 14:20."))
                return None
            if t is None:
                return dto
            m = self.services.meetings.get(dto.meeting_id)
            day = (m.start or dt.datetime.now()).date()
            value = dt.datetime.combine(day, t)
        saved = self.save(lambda: svc.update(dto.id, **{field: value}))
        if saved is not None:
            QTimer.singleShot(0, self.update_counts)
        return saved

    def set_status(self, row: int, status: str, reason: str | None = None) -> bool:
        if not 0 <= row < self.model.rowCount():
            return False
        dto = self.model.rows[row]
        at = dt.datetime.now().replace(microsecond=0) if status == Presence.LATE else None
        saved = self.save(lambda: self.services.attendance.set_status(dto.id, status, reason, at))
        if saved is None:
            return False
        self.model.replace(row, saved)
        self.update_counts()
        return True

    def roll_call(self, key: int) -> None:
        row = self.view.currentIndex().row()
        if row < 0:
            return
        status, reason = ROLL_CALL[Qt.Key(key)], None
        if status == Presence.ABSENT:
            answer = self.ask_reason(self.model.rows[row].full_name)
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
        if 0 <= row < self.model.rowCount():
            self.undo_stack.push(RemoveAttendeeCommand(self, self.model.rows[row]))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ShiftModifier,
            )
            if plain and event.key() in ROLL_CALL:
                self.roll_call(event.key())
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        return super().eventFilter(obj, event)

    # -- adding --------------------------------------------------------------------------
    def import_list(self) -> Any:
        """The import dialog (gui/import_dialog.py); the table reloads on meetingChanged."""
        from gui.import_dialog import ImportDialog

        if self.meeting_id is None:
            return None
        dialog = ImportDialog(self.services, self.hub, self.meeting_id, self)
        dialog.open()
        return dialog

    def _complete(self, text: str) -> None:
        people = self.services.people.complete(text, limit=15) if text.strip() else []
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

    def add_from_fields(self) -> AttendanceDTO | None:
        name = self.name.text().strip()
        if not name or self.meeting_id is None:
            return None
        ident = self.meeting_id
        role = self.role.currentData()
        position, unit = self.position.text().strip(), self.unit.text().strip()
        dto = self.save(
            lambda: self.services.attendance.add(
                ident, name, position=position, unit=unit, role=role
            )
        )
        if dto is not None:
            self.reload()
            self.view.setCurrentIndex(self.model.index(self.model.row_of(dto.id), 0))
            for w in (self.name, self.position, self.unit):
                w.clear()
            self.name.setFocus()
        return dto
