"""Details tab: the header fields of a meeting, each saved as soon as it is edited."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

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

from core.domain.dto import MeetingDTO
from core.domain.enums import MeetingKind, QuorumRule
from core.errors import ConflictError
from gui import conflict_dialog
from gui.conflict_dialog import Choice
from gui.hub import Hub
from gui.i18n import label

if TYPE_CHECKING:
    from core.services import Services

NO_TIME = QDateTime(2000, 1, 1, 0, 0, 0)  # the editor's minimum stands for "not set"
TEXT_FIELDS = ("title", "number", "issuing_body", "parent_body", "doc_code", "city", "place")
TIME_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")
ALL_FIELDS = {*TEXT_FIELDS, *TIME_FIELDS, "kind", "profile", "quorum_rule", "documents"}
ALL_FIELDS.add("other_info")


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
        # What each edited field held when the edit began: a save is a conflict only when
        # someone else changed that same field since (other fields, entries, attendance
        # changed elsewhere are merged silently).
        self._base: dict[str, Any] = {}
        self.ask_conflict = conflict_dialog.ask  # replaced in tests
        self._asking: set[str] = set()  # fields whose conflict dialog is open
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
            self.kind.addItem(label(k.value), k.value)
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
        self._base.clear()
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
            self.heading.setText(
                m.title
                if m
                else self.tr("Chưa chọn cuộc họp — chọn ở danh sách bên trái, hoặc Ctrl+N")
            )
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
            if "profile" not in keep and m is not None:  # no meeting: the tab is disabled
                self._saved_profiles(m.profile)
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

    def _saved_profiles(self, current: str) -> None:
        """The office's own profiles (gui/profile_editor.py) after the three shipped ones."""
        blocked = self.profile.blockSignals(True)
        while self.profile.count() > 3:
            self.profile.removeItem(3)
        for saved in self.services.profiles.list():
            self.profile.addItem(
                self.tr("Mẫu riêng: %1").replace("%1", saved.name), str(saved.path)
            )
        if current and self.profile.findData(current) < 0:
            self.profile.addItem(current, current)  # a profile file given by path elsewhere
        self.profile.blockSignals(blocked)

    def refresh_profiles(self) -> None:
        current = self.profile.currentData()
        self._saved_profiles(self.meeting.profile if self.meeting else "")
        blocked = self.profile.blockSignals(True)
        self.profile.setCurrentIndex(max(0, self.profile.findData(current)))
        self.profile.blockSignals(blocked)

    # -- saving --------------------------------------------------------------------------
    def _edited(self, field: str, now: bool = False) -> None:
        if self._loading or self.meeting is None:
            return
        self._base.setdefault(field, stored(self.meeting, field))
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
        base = {f: self._base.get(f, stored(self.meeting, f)) for f in fields}
        saved = self.hub.attempt(
            lambda: self._save(ident, fields, base), meeting_id=ident, retry=self._retry
        )
        if saved is None:
            self._unsaved |= set(fields)
        else:
            self._unsaved -= set(fields)
            for f in fields:
                self._base.pop(f, None)
            self.meeting = saved
            self.heading.setText(saved.title)

    def _retry(self) -> None:
        """Called by the hub once the server may be back: save what is still unsaved."""
        if self.meeting is not None and self._unsaved:
            self._dirty |= self._unsaved
            self.flush()

    def _save(self, ident: int, fields: dict[str, Any], base: dict[str, Any]) -> MeetingDTO:
        """Save *fields* unless someone else changed one of them since *base*. Then this
        save is refused (the texts stay in the window) and the conflict dialog opens."""
        assert self.meeting is not None
        version = self.meeting.version
        for _round in range(5):
            try:
                return self.services.meetings.update(ident, expected_version=version, **fields)
            except ConflictError:
                fresh = self.services.meetings.get(ident)
            clashes = [
                f
                for f in fields
                if not same(f, theirs := stored(fresh, f), base[f])
                and not same(f, theirs, fields[f])
            ]
            if clashes:
                for f in clashes:
                    self._ask(f, fields[f], fresh)
                names = ", ".join(self._label(f) for f in clashes)
                raise ConflictError(
                    self.tr("Chưa lưu: %1 vừa được người khác sửa.").replace("%1", names)
                )
            # Only other fields (or entries, attendance…) changed elsewhere: save over them.
            version = fresh.version
        raise ConflictError(self.tr("Cuộc họp đang được sửa liên tục ở nơi khác; thử lại sau."))

    def _ask(self, field: str, mine: Any, fresh: MeetingDTO) -> None:
        if field in self._asking:
            return
        self._asking.add(field)
        self.ask_conflict(
            self,
            self._label(field),
            shown(mine),
            shown(stored(fresh, field)),
            lambda choice: self._answer(field, fresh, choice),
        )

    def _answer(self, field: str, fresh: MeetingDTO, choice: Choice) -> None:
        self._asking.discard(field)
        if self.meeting is None or self.meeting.id != fresh.id:
            return
        if choice is Choice.MINE:
            self._base[field] = stored(fresh, field)  # overwrite that version, knowingly
            self._retry()
        elif choice is Choice.THEIRS:
            self._base.pop(field, None)
            self._unsaved.discard(field)
            self._dirty.discard(field)
            self.meeting = fresh
            self._load(ALL_FIELDS - {field})
            self.heading.setText(fresh.title)
            self._retry()

    def _label(self, field: str) -> str:
        labels = {
            "title": self.tr("Trích yếu"),
            "number": self.tr("Số biên bản"),
            "issuing_body": self.tr("Cơ quan ban hành"),
            "parent_body": self.tr("Cơ quan chủ quản"),
            "doc_code": self.tr("Ký hiệu cơ quan"),
            "city": self.tr("Địa danh"),
            "place": self.tr("Địa điểm"),
            "documents": self.tr("Tài liệu"),
            "other_info": self.tr("Thông tin khác"),
            "kind": self.tr("Loại cuộc họp"),
        }
        return labels.get(field, field)


def stored(m: MeetingDTO, field: str) -> Any:
    """A field of the saved meeting, in the form value() gives it."""
    value = getattr(m, field)
    return "\n".join(value) if field == "documents" else value


def _norm(field: str, value: Any) -> Any:
    if field == "documents":
        return [line.strip() for line in str(value or "").splitlines() if line.strip()]
    if isinstance(value, str) and field != "other_info":
        return value.strip()  # the service strips these fields
    return value


def same(field: str, a: Any, b: Any) -> bool:
    return bool(_norm(field, a) == _norm(field, b))


def shown(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    return "" if value is None else str(value)
