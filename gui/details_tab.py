"""Details tab: the header fields of a meeting, each saved as soon as it is edited."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.dto import MeetingDTO
from core.enums import MeetingKind, QuorumRule
from core.formatting import label
from core.services import Services
from gui.hub import Hub

NO_TIME = QDateTime(2000, 1, 1, 0, 0, 0)  # the editor's minimum stands for "not set"
TEXT_FIELDS = ("title", "number", "issuing_body", "parent_body", "doc_code", "city", "place")
TIME_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")


def _to_qdt(value: dt.datetime | None) -> QDateTime:
    if value is None:
        return NO_TIME
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def _from_qdt(value: QDateTime) -> dt.datetime | None:
    if value <= NO_TIME:
        return None
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class DetailsTab(QWidget):
    """One editor per header field; a field is saved on editingFinished or 500 ms after typing."""

    def __init__(self, services: Services, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.hub = hub
        self.undo_stack = QUndoStack(self)
        self.meeting: MeetingDTO | None = None
        self._dirty: set[str] = set()
        self._unsaved: set[str] = set()  # failed saves: the widget keeps the user's text
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.flush)
        self._build()
        hub.meetingChanged.connect(self._changed_elsewhere)
        self.set_meeting(None)

    def _build(self) -> None:
        self.kind = QComboBox()
        self.kind.setEditable(True)
        for k in MeetingKind:
            self.kind.addItem(label(k.value, "vi"), k.value)
        self.edits: dict[str, QLineEdit] = {f: QLineEdit() for f in TEXT_FIELDS}
        self.times: dict[str, QDateTimeEdit] = {}
        for f in TIME_FIELDS:
            w = QDateTimeEdit()
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd/MM/yyyy HH:mm")
            w.setMinimumDateTime(NO_TIME)
            w.setSpecialValueText(self.tr("(chưa đặt)"))
            self.times[f] = w
        self.documents = QPlainTextEdit()
        self.documents.setPlaceholderText(self.tr("Mỗi tài liệu một dòng"))
        self.documents.setTabChangesFocus(True)
        self.other_info = QPlainTextEdit()
        self.other_info.setTabChangesFocus(True)
        self.profile = QComboBox()
        for value, text in (
            ("nd30", self.tr("Nghị định 30/2020 (cơ quan nhà nước)")),
            ("party", self.tr("Văn bản của Đảng (Hướng dẫn 36)")),
            ("en", self.tr("Tiếng Anh (English)")),
        ):
            self.profile.addItem(text, value)
        self.quorum = QComboBox()
        for value, text in (
            (QuorumRule.NONE, self.tr("Không áp dụng")),
            (QuorumRule.MAJORITY, self.tr("Quá nửa số thành viên chính thức")),
            (QuorumRule.TWO_THIRDS, self.tr("Hai phần ba số thành viên chính thức")),
        ):
            self.quorum.addItem(text, value.value)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.heading.setWordWrap(True)
        left = QFormLayout()
        left.addRow(self.tr("Loại cuộc họp:"), self.kind)
        left.addRow(self.tr("Trích yếu:"), self.edits["title"])
        left.addRow(self.tr("Số biên bản:"), self.edits["number"])
        left.addRow(self.tr("Cơ quan ban hành:"), self.edits["issuing_body"])
        left.addRow(self.tr("Cơ quan chủ quản:"), self.edits["parent_body"])
        left.addRow(self.tr("Ký hiệu cơ quan:"), self.edits["doc_code"])
        left.addRow(self.tr("Địa danh:"), self.edits["city"])
        left.addRow(self.tr("Địa điểm:"), self.edits["place"])
        left.addRow(self.tr("Thể thức văn bản:"), self.profile)
        left.addRow(self.tr("Điều kiện hợp lệ:"), self.quorum)
        right = QFormLayout()
        right.addRow(self.tr("Dự kiến bắt đầu:"), self.times["planned_start"])
        right.addRow(self.tr("Dự kiến kết thúc:"), self.times["planned_end"])
        right.addRow(self.tr("Bắt đầu thực tế:"), self.times["actual_start"])
        right.addRow(self.tr("Kết thúc thực tế:"), self.times["actual_end"])
        right.addRow(self.tr("Tài liệu:"), self.documents)
        right.addRow(self.tr("Thông tin khác:"), self.other_info)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(self.heading)
        box.addLayout(grid)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for f, w in self.edits.items():
            w.textEdited.connect(lambda _t, f=f: self._edited(f))
            w.editingFinished.connect(self.flush)
        for f, w in self.times.items():
            w.dateTimeChanged.connect(lambda _v, f=f: self._edited(f))
            w.editingFinished.connect(self.flush)
        self.kind.currentIndexChanged.connect(lambda _i: self._edited("kind", now=True))
        self.kind.lineEdit().textEdited.connect(lambda _t: self._edited("kind"))
        self.kind.lineEdit().editingFinished.connect(self.flush)
        self.profile.currentIndexChanged.connect(lambda _i: self._edited("profile", now=True))
        self.quorum.currentIndexChanged.connect(lambda _i: self._edited("quorum_rule", now=True))
        self.documents.textChanged.connect(lambda: self._edited("documents"))
        self.other_info.textChanged.connect(lambda: self._edited("other_info"))
        order: list[QWidget] = [self.kind, *(self.edits[f] for f in TEXT_FIELDS)]
        order += [self.profile, self.quorum, *self.times.values(), self.documents, self.other_info]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # -- loading -------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.flush()
        self._dirty.clear()
        self._unsaved.clear()
        self.meeting = self.services.meetings.get(meeting_id) if meeting_id else None
        self.setEnabled(self.meeting is not None)
        self._load(set())

    def _changed_elsewhere(self, meeting_id: int) -> None:
        if self.meeting is None or meeting_id != self.meeting.id:
            return
        self.meeting = self.services.meetings.get(meeting_id)
        # Never overwrite a field being typed in or one whose save failed.
        keep = self._dirty | self._unsaved
        focus = QApplication.focusWidget()
        widgets: dict[str, QWidget] = {**self.edits, **self.times}
        widgets |= {"kind": self.kind.lineEdit(), "documents": self.documents}
        widgets["other_info"] = self.other_info
        keep |= {f for f, w in widgets.items() if w is focus}
        self._load(keep)

    def _load(self, keep: set[str]) -> None:
        m = self.meeting
        self._loading = True
        try:
            self.heading.setText(m.title if m else self.tr("Chưa chọn cuộc họp"))
            for f, w in self.edits.items():
                if f not in keep:
                    w.setText(getattr(m, f) if m else "")
                    w.setCursorPosition(0)  # show the start of a long title, not its end
            for f, w in self.times.items():
                if f not in keep:
                    w.setDateTime(_to_qdt(getattr(m, f) if m else None))
            if "kind" not in keep:
                kind = m.kind if m else "meeting"
                i = self.kind.findData(kind)
                if i >= 0:
                    self.kind.setCurrentIndex(i)
                else:
                    self.kind.setEditText(kind)
            if "profile" not in keep:
                self.profile.setCurrentIndex(
                    max(0, self.profile.findData(m.profile if m else "nd30"))
                )
            if "quorum_rule" not in keep:
                self.quorum.setCurrentIndex(
                    max(0, self.quorum.findData(m.quorum_rule if m else "none"))
                )
            if "documents" not in keep:
                self.documents.setPlainText("\n".join(m.documents) if m else "")
            if "other_info" not in keep:
                self.other_info.setPlainText(m.other_info if m else "")
        finally:
            self._loading = False

    # -- saving --------------------------------------------------------------------------
    def _edited(self, field: str, now: bool = False) -> None:
        if self._loading or self.meeting is None:
            return
        self._dirty.add(field)
        if now:
            self.flush()
        else:
            self._timer.start()

    def value(self, field: str) -> Any:
        if field in self.edits:
            return self.edits[field].text()
        if field in self.times:
            return _from_qdt(self.times[field].dateTime())
        if field == "kind":
            text = self.kind.currentText().strip()
            i = self.kind.findText(text)
            return self.kind.itemData(i) if i >= 0 else text
        if field == "profile":
            return self.profile.currentData()
        if field == "quorum_rule":
            return self.quorum.currentData()
        if field == "documents":
            return self.documents.toPlainText()
        return self.other_info.toPlainText()

    def flush(self) -> None:
        """Save every pending field now (called on focus loss, meeting switch and quit)."""
        self._timer.stop()
        if self.meeting is None or not self._dirty:
            return
        fields = {f: self.value(f) for f in self._dirty}
        self._dirty.clear()
        ident = self.meeting.id
        saved = self.hub.attempt(
            lambda: self.services.meetings.update(ident, **fields), meeting_id=ident
        )
        if saved is None:
            self._unsaved |= set(fields)
        else:
            self._unsaved -= set(fields)
            self.meeting = saved
            self.heading.setText(saved.title)
