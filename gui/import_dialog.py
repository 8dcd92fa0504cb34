"""Importing an attendance list from a CSV/XLSX file or another meeting, after a preview."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import AttendanceDTO
from core.errors import BienBanError, CancelledError
from core.importers.roster_import import ADD, MATCH, SKIP, PreviewRow, RosterPreview
from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui.i18n import label
from gui.messages import said
from gui.operations import Ops
from gui.tables import ERROR_COLOR, Column, DtoTableModel
from gui.undo import Request, Step

ACTION_COLOR = {ADD: QColor("#2e7d32"), MATCH: QColor("#1565c0"), SKIP: QColor("#8a8a8a")}
SKIP_BACKGROUND = QColor("#f3f3f3")
REASON_COLUMN = 6


class PreviewModel(DtoTableModel):
    """Rows have no id of their own: the line number stands in for it."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return SKIP_BACKGROUND if self.rows[index.row()].action == SKIP else None
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            # A skipped row is greyed out; its reason is what must be read, in red.
            skipped = self.rows[index.row()].action == SKIP
            if skipped and index.column() == REASON_COLUMN:
                return ERROR_COLOR
        return super().data(index, role)


class _Reading(QObject):
    """Reads a file in a thread of its own; its signals reach the dialog on the GUI thread."""

    progressed = Signal(int)  # percent
    finished = Signal()

    def __init__(self, work: Callable[[Callable[[float], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.work = work
        self.result: Any = None
        self.error: BaseException | None = None
        self.stop = threading.Event()
        self.worker = threading.Thread(target=self._run, name="bienban-roster-read", daemon=True)

    def _run(self) -> None:
        try:
            self.result = self.work(
                lambda fraction: self.progressed.emit(round(fraction * 100)), self.stop.is_set
            )
        except BaseException as exc:  # handed to the GUI thread, which reports it
            self.error = exc
        self.finished.emit()


class _Row:
    """A PreviewRow with an `id`, which the table model keys its rows by."""

    def __init__(self, row: PreviewRow) -> None:
        self.row = row
        self.id = row.line

    def __getattr__(self, name: str) -> Any:
        return getattr(self.row, name)


class ImportDialog(QDialog):
    """Choose a source, look at what would happen, then import in one transaction."""

    def __init__(self, ops: Ops, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.services = ops.services
        self.meeting_id = meeting_id
        self.preview: RosterPreview | None = None
        self.imported: list[AttendanceDTO] = []
        self.ask_file = self._ask_file  # replaceable in tests (a file dialog blocks)
        self.setWindowTitle(self.tr("Nhập danh sách người dự"))

        self.file_button = QPushButton(self.tr("Chọn &tệp CSV/XLSX…"))
        self.source_label = QLabel(self.tr("Chưa chọn nguồn."))
        self.source_label.setStyleSheet("color: #555;")
        self.meeting = QComboBox()
        self.meeting.addItem(self.tr("— chọn cuộc họp —"), 0)
        for m in self.services.meetings.list(limit=500):
            if m.id != meeting_id:
                self.meeting.addItem(f"{m.date:%d/%m/%Y} — {m.title}", m.id)
        self.meeting.setMinimumWidth(380)
        top = QHBoxLayout()
        top.addWidget(self.file_button)
        caption = QLabel(self.tr("hoặc từ &danh sách cuộc họp:"))
        caption.setBuddy(self.meeting)
        top.addWidget(caption)
        top.addWidget(self.meeting, 1)
        hint = QLabel(
            self.tr(
                "Cột: Họ và tên (bắt buộc), Chức vụ, Đơn vị, Vai trò (Chủ trì, Thư ký,"
                " Thành viên, Khách mời…; để trống là Thành viên)."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        self.model = PreviewModel(
            [
                Column(self.tr("Dòng"), "line", lambda r: str(r.line)),
                Column(self.tr("Họ và tên"), "full_name", lambda r: r.full_name),
                Column(self.tr("Chức vụ"), "position", lambda r: r.position),
                Column(self.tr("Đơn vị"), "unit", lambda r: r.unit),
                Column(self.tr("Vai trò"), "role", lambda r: label(r.role)),
                Column(self.tr("Kết quả"), "action", self._action_text),
                Column(self.tr("Lý do"), "reason", lambda r: r.reason),
            ],
            self,
        )
        self.model.foreground = lambda r: ACTION_COLOR.get(r.action)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        for col, width in enumerate((50, 190, 0, 180, 95, 125, 260)):
            if width:
                self.view.setColumnWidth(col, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("&Dừng đọc tệp"))
        self.progress.hide()
        self.cancel_button.hide()
        self.reading: _Reading | None = None
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)

        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.import_button = QPushButton(self.tr("&Nhập"))
        self.import_button.setDefault(True)
        close = QPushButton(self.tr("Đóng"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source_label)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(busy)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.file_button.clicked.connect(self.choose_file)
        self.meeting.currentIndexChanged.connect(self._meeting_chosen)
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button.clicked.connect(self.cancel_reading)
        close.clicked.connect(self.reject)
        self._show(None)
        self.resize(1120, 560)

    def _action_text(self, r: PreviewRow) -> str:
        return {
            ADD: self.tr("Thêm mới"),
            MATCH: self.tr("Có trong danh bạ"),
            SKIP: self.tr("Bỏ qua"),
        }[r.action]

    # -- sources -------------------------------------------------------------------------
    def _ask_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn danh sách người dự"),
            str(Path.home()),
            self.tr("Danh sách (*.csv *.xlsx *.txt);;Tất cả tệp (*)"),
        )
        return path or None

    def choose_file(self) -> None:
        path = self.ask_file()
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> RosterPreview | None:
        """Read *path* in a thread beside the window, with progress and a button to stop;
        returns when it is read (the window answers meanwhile)."""
        if self.reading is not None:
            return None
        self.meeting.blockSignals(True)
        self.meeting.setCurrentIndex(0)
        self.meeting.blockSignals(False)
        roster = self.services.roster
        reading = _Reading(
            lambda progress, cancelled: roster.preview_file(
                self.meeting_id, path, progress, cancelled
            )
        )
        return self._load(lambda: self._read(reading), self.tr("Tệp: %1").replace("%1", str(path)))

    def _read(self, reading: _Reading) -> RosterPreview:
        self.reading = reading
        loop = QEventLoop()
        reading.finished.connect(loop.quit)
        reading.progressed.connect(self.progress.setValue)
        self.progress.setValue(0)
        for widget in (self.file_button, self.meeting, self.import_button):
            widget.setEnabled(False)
        self.progress.show()
        self.cancel_button.show()
        reading.worker.start()
        try:
            loop.exec()
        finally:
            reading.worker.join()
            self.reading = None
            self.progress.hide()
            self.cancel_button.hide()
            self.file_button.setEnabled(True)
            self.meeting.setEnabled(True)
        if reading.error is not None:
            raise reading.error
        preview: RosterPreview = reading.result
        return preview

    def cancel_reading(self) -> None:
        if self.reading is not None:
            self.reading.stop.set()

    def reject(self) -> None:
        self.cancel_reading()  # closing while a file is read stops the reading
        super().reject()

    def _meeting_chosen(self) -> None:
        source = self.meeting.currentData()
        if source:
            self.load_meeting(source)

    def load_meeting(self, source_id: int) -> RosterPreview | None:
        return self._load(
            lambda: self.services.roster.preview_meeting(self.meeting_id, source_id),
            self.tr("Danh sách của cuộc họp: %1").replace("%1", self.meeting.currentText()),
        )

    def _load(self, make: Callable[[], RosterPreview], source: str) -> RosterPreview | None:
        try:
            preview = make()
        except CancelledError:
            self._show(None)
            self.error.setText(self.tr("Đã dừng đọc tệp; chưa nhập gì."))
            return None
        except BienBanError as exc:
            # Nothing was read into the meeting; the previous preview is dropped as well so
            # that Import cannot apply a list other than the one just asked for.
            self._show(None)
            self.error.setText(said(exc))
            return None
        self.source_label.setText(source)
        self._show(preview)
        return preview

    def _show(self, preview: RosterPreview | None) -> None:
        self.preview = preview
        self.error.clear()
        self.model.set_rows([_Row(r) for r in preview.rows] if preview else [])
        if preview is None:
            self.summary.setText("")
            self.import_button.setEnabled(False)
            return
        text = (
            self.tr("Thêm mới %1 · Có trong danh bạ %2 · Bỏ qua %3")
            .replace("%1", str(len(preview.to_add)))
            .replace("%2", str(len(preview.matched)))
            .replace("%3", str(len(preview.skipped)))
        )
        self.summary.setText(text)
        self.import_button.setEnabled(bool(preview.importable))

    # -- importing -----------------------------------------------------------------------
    def do_import(self) -> None:
        """Import in one transaction, as one undo step; the dialog closes once stored."""
        preview = self.preview
        if preview is None or not preview.importable:
            return
        mid = self.meeting_id
        parts = Changes.of(mid, Part.ATTENDANCE, Part.PEOPLE)
        self.import_button.setEnabled(False)

        def stored(added: list[AttendanceDTO]) -> None:
            self.imported = added
            undo = getattr(self.parent(), "undo", None)
            if undo is not None:
                undo.push(
                    Step(
                        self.tr("Nhập %n người vào danh sách", "", len(added)),
                        mid,
                        lambda: Request(Call("attendance", "restore_many", (added,)), parts),
                        lambda: Request(
                            Call("attendance", "remove_many", ([a.id for a in added],)), parts
                        ),
                    )
                )
            self.ops.status.emit(self.tr("Đã nhập %n người vào danh sách.", "", len(added)))
            self.accept()

        def refused(exc: BaseException) -> None:
            self.error.setText(said(exc))
            self.import_button.setEnabled(True)

        self.ops.write(
            Call("roster", "apply", (preview,)),
            self.tr("Nhập danh sách người dự"),
            parts,
            done=stored,
            failed=refused,
        )
