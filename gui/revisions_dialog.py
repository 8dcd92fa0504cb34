"""Finalizing and reopening from the menu, and the list of finalized revisions to export."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import MeetingDTO, RevisionDTO
from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui.export_dialog import ExportDialog
from gui.messages import said
from gui.operations import Ops
from gui.read_only import CHANGED, DRAFT, FINALIZED, REOPENED, ReadOnlyController, local_time
from gui.tables import Column, DtoTableModel

REVISED = (Part.HEADER, Part.REVISIONS, Part.LIST)


def finalize_meeting(parent: QWidget, ops: Ops, meeting_id: int, confirm: bool = True) -> None:
    """Ask, then finalize; a refusal (already finalized, something missing) is shown in full."""
    if confirm:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Revisions", "Chốt biên bản"),
            QCoreApplication.translate(
                "Revisions",
                "Chốt biên bản sau khi đã đọc lại và được thông qua?\n\nBản chốt được lưu"
                " nguyên trạng; cuộc họp chuyển sang chỉ xem. Có thể mở lại để sửa, khi đó"
                " các bản đã chốt vẫn được giữ.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

    def done(rev: RevisionDTO) -> None:
        ops.status.emit(
            QCoreApplication.translate("Revisions", "Đã chốt biên bản, bản số %1.").replace(
                "%1", str(rev.number)
            )
        )

    def refused(exc: BaseException) -> None:
        message = said(exc)
        ops.refused.emit(message)
        if confirm:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("Revisions", "Chưa chốt được biên bản"),
                message,
            )

    ops.write(
        Call("revisions", "finalize", (meeting_id,)),
        QCoreApplication.translate("Revisions", "Chốt biên bản"),
        Changes.of(meeting_id, *REVISED),
        done=done,
        failed=refused,
    )


def reopen_meeting(ops: Ops, meeting_id: int) -> None:
    ops.write(
        Call("revisions", "reopen", (meeting_id,)),
        QCoreApplication.translate("Revisions", "Mở lại để sửa"),
        Changes.of(meeting_id, *REVISED),
        done=lambda _r: ops.status.emit(
            QCoreApplication.translate(
                "Revisions", "Đã mở lại biên bản để sửa; các bản đã chốt vẫn được giữ."
            )
        ),
    )


class RevisionsDialog(QDialog):
    """Every finalized revision of a meeting with its time; any of them exported as it was."""

    def __init__(
        self,
        ops: Ops,
        meeting_id: int,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.services = ops.services  # the export dialog reads the revision in its thread
        self.meeting_id = meeting_id
        self.settings = settings
        self.export_dialog: ExportDialog | None = None
        self.setWindowTitle(self.tr("Các bản biên bản đã chốt"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = DtoTableModel(
            [
                Column(self.tr("Bản số"), "number", lambda r: str(r.number)),
                Column(
                    self.tr("Thời điểm chốt"), "finalized_at", lambda r: local_time(r.finalized_at)
                ),
            ],
            self,
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.empty = QLabel(self.tr("Cuộc họp này chưa được chốt lần nào."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("&Xuất bản này…"))
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export_selected)
        self.view.doubleClicked.connect(lambda _i: self.export_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        self.reload()

    def reload(self) -> None:
        mid = self.meeting_id

        def fetch(s: Any) -> tuple[Any, ...]:
            return (
                s.meetings.get(mid),
                s.revisions.list(mid),
                s.revisions.changed_since_finalized(mid),
            )

        self.ops.read(fetch, lambda r: self._show(*r))

    def _show(self, meeting: MeetingDTO, rows: list[RevisionDTO], changed: bool) -> None:
        self.heading.setText(self.tr("<b>%1</b>").replace("%1", meeting.title))
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.export_button.setEnabled(bool(rows))
        if rows:
            self.view.setCurrentIndex(self.model.index(len(rows) - 1, 0))
        if meeting.status == FINALIZED:
            text = self.tr("Hiện tại: đã chốt (bản %1).").replace("%1", str(len(rows)))
        elif changed:
            text = self.tr("Hiện tại: đã sửa sau bản chốt cuối, chưa chốt lại.")
        elif rows:
            text = self.tr("Hiện tại: đã mở lại, chưa có thay đổi.")
        else:
            text = self.tr("Hiện tại: bản nháp.")
        self.state.setText(text)

    def selected(self) -> RevisionDTO | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def export_selected(self) -> ExportDialog | None:
        rev = self.selected()
        if rev is None:
            return None
        self.export_dialog = ExportDialog(
            self.services, self.meeting_id, self.settings, self, revision=rev
        )
        self.export_dialog.open()
        return self.export_dialog


class RevisionsMenu(QObject):
    """The Cuộc họp menu's finalize, reopen and revisions entries, enabled by the state."""

    def __init__(
        self,
        window: QWidget,
        menu: QMenu,
        ops: Ops,
        settings: QSettings,
        current: Callable[[], int | None],
        tabs: list[QWidget],
        banner_only: list[QWidget],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ops = ops
        self.settings = settings
        self.current = current
        self.finalize_action = QAction(self.tr("C&hốt biên bản…"), window)
        self.reopen_action = QAction(self.tr("Mở &lại để sửa"), window)
        self.revisions_action = QAction(self.tr("Các &bản đã chốt…"), window)
        for action in (self.finalize_action, self.reopen_action, self.revisions_action):
            menu.addAction(action)
        self.finalize_action.triggered.connect(lambda _c=False: self.finalize())
        self.reopen_action.triggered.connect(lambda _c=False: self.reopen())
        self.revisions_action.triggered.connect(lambda _c=False: self.show_revisions())
        self.controller = ReadOnlyController(ops, tabs, banner_only, self)
        self.controller.stateChanged.connect(self._state)
        self.dialog: RevisionsDialog | None = None
        self._state(DRAFT)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.controller.set_meeting(meeting_id)

    def _state(self, state: str) -> None:
        open_ = self.current() is not None
        self.finalize_action.setEnabled(open_ and state in (DRAFT, REOPENED, CHANGED))
        self.reopen_action.setEnabled(open_ and state == FINALIZED)
        self.revisions_action.setEnabled(open_)

    def finalize(self, confirm: bool = True) -> None:
        mid = self.current()
        if mid is not None:
            finalize_meeting(self.window, self.ops, mid, confirm)

    def reopen(self) -> None:
        mid = self.current()
        if mid is not None:
            reopen_meeting(self.ops, mid)

    def show_revisions(self) -> RevisionsDialog | None:
        mid = self.current()
        if mid is None:
            return None
        self.dialog = RevisionsDialog(self.ops, mid, self.settings, self.window)
        self.dialog.open()
        return self.dialog
