"""Agenda tab: the ordered items with their presenter; drag or Alt+Up/Alt+Down reorders."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import AgendaItemDTO
from core.domain.uids import new_uid
from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui.meeting_tab import MeetingTab
from gui.messages import said
from gui.operations import Ops
from gui.row_drag import DraggableRowsModel, MovableRowsView
from gui.tables import Column, LiveTextDelegate, Settle
from gui.undo import Request, Undo
from gui.widgets.columns import FittedColumns

PARTS = (Part.AGENDA,)


class AgendaTab(MeetingTab):
    """Items are edited in place; Delete removes (with undo), Alt+Up/Down moves."""

    PARTS = PARTS

    def __init__(self, ops: Ops, undo: Undo, parent: QWidget | None = None) -> None:
        super().__init__(ops, undo, parent)
        self.model = DraggableRowsModel(
            [
                Column(self.tr("Nội dung"), "title", lambda g: g.title, True),
                Column(self.tr("Người trình bày"), "presenter", lambda g: g.presenter, True),
            ],
            self,
        )
        self.model.commit = self._commit
        self.view = MovableRowsView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(LiveTextDelegate(ops, self.view))
        self.view.rowDropped.connect(self._dragged)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        # The item keeps a readable width in a narrow tab: the presenter gives way.
        chars = self.view.fontMetrics().averageCharWidth()
        self.columns = FittedColumns(
            self.view, {1: (320, 16 * chars)}, stretch=0, stretch_least=25 * chars
        )
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._keys: list[QShortcut] = []
        for key, slot in (
            ("Alt+Up", lambda: self.move_current(-1)),
            ("Alt+Down", lambda: self.move_current(1)),
            ("Delete", self.remove_current),
        ):
            sc = QShortcut(QKeySequence(key), self.view)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
            self._keys.append(sc)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Nội dung mục chương trình"))
        self.presenter = QLineEdit()
        self.presenter.setPlaceholderText(self.tr("Người trình bày"))
        self.add_button = QPushButton(self.tr("Thêm"))
        self.title.returnPressed.connect(self.add_from_fields)
        self.presenter.returnPressed.connect(self.add_from_fields)
        self.add_button.clicked.connect(self.add_from_fields)
        hint = QLabel(
            self.tr(
                "F2 = sửa, kéo thả hoặc Alt+↑/Alt+↓ = đổi thứ tự, Delete = xóa"
                " (Ctrl+Z để hoàn tác)."
            )
        )
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Thêm mục:")))
        bar.addWidget(self.title, 3)
        bar.addWidget(self.presenter, 2)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        QWidget.setTabOrder(self.view, self.title)
        QWidget.setTabOrder(self.title, self.presenter)
        QWidget.setTabOrder(self.presenter, self.add_button)
        self.start_listening()

    def editable_widgets(self) -> list[QObject]:
        return [self.view, self.title, self.presenter, self.add_button, *self._keys]

    def load(self) -> None:
        mid = self.meeting_id
        if mid is None:
            self.show_rows([])
            return
        self.read(lambda s: s.agenda.list(mid), self.show_rows)

    def show_rows(self, rows: list[AgendaItemDTO], select: int | None = None) -> None:
        current = self.view.currentIndex()
        row, col = current.row(), max(current.column(), 0)
        self.model.set_rows(rows)
        if select is not None and self.model.row_of(select) >= 0:
            row = self.model.row_of(select)
        if rows:
            self.view.setCurrentIndex(self.model.index(min(max(row, 0), len(rows) - 1), col))

    def _commit(self, dto: AgendaItemDTO, field: str, value: Any, settle: Settle) -> None:
        old, ident, mid = getattr(dto, field), dto.id, dto.meeting_id

        def update(v: Any) -> Request:
            return Request(Call("agenda", "update", (ident,), {field: v}), Changes.of(mid, *PARTS))

        self.change(
            Call("agenda", "update", (ident,), {field: str(value)}),
            self.tr("Sửa chương trình"),
            PARTS,
            done=settle,
            failed=lambda _e: settle(None),
            undo=(
                QCoreApplication.translate("AgendaTab", "Sửa mục “%1”").replace("%1", dto.title),
                lambda _r: update(str(value)),
                lambda _r: update(old),
            ),
            key=("agenda", ident, field),
            merge_key=("agenda", ident, field),
        )

    def add_from_fields(self) -> None:
        title = self.title.text().strip()
        if not title or self.meeting_id is None:
            return
        mid, presenter, uid = self.meeting_id, self.presenter.text().strip(), new_uid()
        self.title.clear()
        self.presenter.clear()
        self.title.setFocus()

        def added(dto: AgendaItemDTO) -> None:
            if self.model.row_of(dto.id) < 0:
                self.model.insert(dto.order, dto)
            self.view.setCurrentIndex(self.model.index(self.model.row_of(dto.id), 0))

        def refused(exc: BaseException) -> None:
            if not self.title.text():
                self.title.setText(title)
                self.presenter.setText(presenter)
            self.ops.refused.emit(said(exc))

        self.change(
            Call("agenda", "add", (mid, title, presenter), {"uid": uid}),
            self.tr("Thêm mục chương trình"),
            PARTS,
            done=added,
            failed=refused,
            undo=(
                QCoreApplication.translate("AgendaTab", "Thêm mục “%1”").replace("%1", title),
                lambda r: Request(Call("agenda", "restore", (r,)), Changes.of(mid, *PARTS)),
                lambda r: Request(Call("agenda", "remove", (r.id,)), Changes.of(mid, *PARTS)),
            ),
        )

    def move_current(self, step: int) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self._move(row, row + step)

    def _dragged(self, row: int, new: int) -> None:
        self._move(row, new)

    def _move(self, row: int, new: int) -> None:
        if self.meeting_id is None or not (
            0 <= row < self.model.rowCount() and 0 <= new < self.model.rowCount()
        ):
            return
        item, mid = self.model.rows[row], self.meeting_id

        def moved(rows: list[AgendaItemDTO]) -> None:
            self.show_rows(rows, select=item.id)

        def to(index: int) -> Request:
            return Request(
                Call("agenda", "move", (item.id, index)),
                Changes.of(mid, *PARTS),
                done=lambda rows: self.show_rows(rows, select=item.id),
            )

        self.change(
            Call("agenda", "move", (item.id, new)),
            self.tr("Đổi thứ tự chương trình"),
            PARTS,
            done=moved,
            undo=(
                QCoreApplication.translate("AgendaTab", "Đổi thứ tự chương trình"),
                lambda _r: to(new),
                lambda _r: to(row),
            ),
        )

    def remove_current(self) -> None:
        row = self.view.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        dto, mid = self.model.rows[row], self.meeting_id
        self.change(
            Call("agenda", "remove", (dto.id,)),
            self.tr("Xóa mục chương trình"),
            PARTS,
            done=lambda removed: self.model.remove_id(removed.id),
            undo=(
                QCoreApplication.translate("AgendaTab", "Xóa mục “%1”").replace("%1", dto.title),
                lambda r: Request(Call("agenda", "remove", (r.id,)), Changes.of(mid, *PARTS)),
                lambda r: Request(Call("agenda", "restore", (r,)), Changes.of(mid, *PARTS)),
            ),
        )
