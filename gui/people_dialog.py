"""Person directory: edit names, positions and units; merge two entries for one person."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import PersonDTO
from core.domain.text import fold
from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui.messages import said
from gui.operations import Ops
from gui.tables import Column, DtoTableModel, Settle

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class PersonRow:
    """A directory entry with the number of attendance lists it is on."""

    person: PersonDTO
    used: int

    @property
    def id(self) -> int:
        return self.person.id


def describe(p: PersonDTO) -> str:
    extra = ", ".join(x for x in (p.position, p.unit) if x)
    return f"{p.full_name} — {extra}" if extra else p.full_name


class KeepDialog(QDialog):
    """Which of the two entries stays; the other one's attendance moves to it."""

    def __init__(self, a: PersonRow, b: PersonRow, parent: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gộp hai mục trong danh bạ"))
        self.rows = (a, b)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Giữ lại mục nào? Mục kia được gộp vào rồi xóa.")))
        for i, row in enumerate(self.rows):
            text = self.tr("%1 (trong %n danh sách)", "", row.used)
            radio = QRadioButton(text.replace("%1", describe(row.person)))
            radio.setChecked(i == 0)
            self.group.addButton(radio, i)
            layout.addWidget(radio)
        note = QLabel(self.tr("Việc gộp không hoàn tác được."))
        note.setStyleSheet("color: #c62828;")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> tuple[int, int]:
        keep = self.rows[self.group.checkedId()]
        drop = self.rows[1 - self.group.checkedId()]
        return keep.id, drop.id


class PeopleDialog(QDialog):
    """F2 edits a cell (saved at once); select two rows and press Gộp to merge them."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.services = ops.services
        self.ask_keep = self._ask_keep  # replaceable in tests (a modal dialog blocks)
        self.setWindowTitle(self.tr("Danh bạ người dự"))
        self._all: list[PersonRow] = []
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.apply_filter)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo họ tên, chức vụ, đơn vị (không cần dấu)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._schedule)
        self.model = DtoTableModel(
            [
                Column(self.tr("Họ và tên"), "full_name", lambda r: r.person.full_name, True),
                Column(self.tr("Chức vụ"), "position", lambda r: r.person.position, True),
                Column(self.tr("Đơn vị"), "unit", lambda r: r.person.unit, True),
                Column(self.tr("Số cuộc họp"), "used", lambda r: str(r.used)),
            ],
            self,
        )
        self.model.commit = self._commit
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        for col, width in enumerate((220, 0, 220, 90)):
            if width:
                self.view.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._enable)

        self.merge_button = QPushButton(self.tr("&Gộp hai mục…"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        hint = QLabel(
            self.tr("F2 = sửa ô; chọn hai dòng (Ctrl+bấm chuột hoặc Shift+↓) để gộp hai mục trùng.")
        )
        hint.setStyleSheet("color: #555;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.reload()
        self.resize(900, 560)

    # -- loading -------------------------------------------------------------------------
    def _schedule(self, *_: Any) -> None:
        self._timer.start()

    def reload(self) -> None:
        used = self.services.people.usage()
        self._all = [PersonRow(p, used.get(p.id, 0)) for p in self.services.people.list()]
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        words = fold(self.search.text()).split()
        rows = [
            r
            for r in self._all
            if all(
                w in fold(f"{r.person.full_name} {r.person.position} {r.person.unit}")
                for w in words
            )
        ]
        self.model.set_rows(rows)
        self._enable()

    def selected(self) -> list[PersonRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if 0 <= r < len(self.model.rows)]

    def _enable(self, *_: Any) -> None:
        self.merge_button.setEnabled(len(self.selected()) == 2)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    # -- editing -------------------------------------------------------------------------
    def _commit(self, row: PersonRow, field: str, value: Any, settle: Settle) -> None:
        def saved(person: PersonDTO) -> None:
            self._say("")
            settle(PersonRow(person, row.used))

        def refused(exc: BaseException) -> None:
            self._say(said(exc), error=True)
            settle(None)

        # Every meeting showing this person shows the new name (PEOPLE touches them all).
        self.ops.write(
            Call("people", "update", (row.id,), {field: str(value)}),
            self.tr("Sửa danh bạ"),
            Changes.of(None, Part.PEOPLE),
            done=saved,
            failed=refused,
            initiator=self,
        )

    # -- merging -------------------------------------------------------------------------
    def _ask_keep(self, a: PersonRow, b: PersonRow) -> tuple[int, int] | None:
        dialog = KeepDialog(a, b, self)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def merge_selected(self) -> None:
        pair = self.selected()
        if len(pair) != 2:
            self._say(self.tr("Hãy chọn đúng hai dòng để gộp."), error=True)
            return
        choice = self.ask_keep(*pair)
        if choice is None:
            return
        keep, drop = choice
        self.merge(keep, drop)

    def merge(self, keep: int, drop: int) -> None:
        def merged(saved: PersonDTO) -> None:
            self._say(self.tr("Đã gộp vào %1.").replace("%1", describe(saved)))
            self.reload()
            row = self.model.row_of(keep)
            if row >= 0:
                self.view.selectRow(row)

        self.ops.write(
            Call("people", "merge", (keep, drop)),
            self.tr("Gộp người trong danh bạ"),
            Changes.of(None, Part.PEOPLE, Part.ATTENDANCE, Part.ENTRIES),
            done=merged,
            failed=lambda exc: self._say(said(exc), error=True),
            initiator=self,
        )
