"""Details tab: the header fields of a meeting, each saved as soon as it is edited."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
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
from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui import conflict_dialog
from gui.conflict_dialog import Choice
from gui.i18n import label
from gui.messages import said
from gui.operations import Ops, Throttle, Unsaved
from gui.read_only import set_editable
from gui.undo import Request, Step, Undo
from gui.widgets import DateTimeField
from gui.widgets.reflow import ReflowRow

PARTS = (Part.HEADER, Part.LIST)

TEXT_FIELDS = (
    "title",
    "number",
    "issuing_body",
    "parent_body",
    "doc_code",
    "city",
    "place",
    "notice_number",
    "notice_signer",
)
TIME_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")
ALL_FIELDS = {*TEXT_FIELDS, *TIME_FIELDS, "kind", "profile", "quorum_rule", "documents"}
ALL_FIELDS.add("other_info")


class DetailsTab(QWidget):
    """One editor per header field; typing is saved as it goes (a throttle), a choice at once."""

    def __init__(self, ops: Ops, undo: Undo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.undo = undo
        self.meeting: MeetingDTO | None = None
        self.meeting_id: int | None = None
        self._dirty: set[str] = set()
        # What each edited field held when its editing began: a save is a conflict only
        # when someone else changed that same field since (other fields, entries or the
        # attendance changed elsewhere are merged silently). Also what undo goes back to.
        self._base: dict[str, Any] = {}
        self._session: dict[str, Any] = {}
        self.ask_conflict = conflict_dialog.ask  # replaced in tests
        self._asking: set[str] = set()  # fields whose conflict dialog is open
        # Fields refused together with another one (an end before the start): sent again
        # once another field is saved, so correcting the other one is enough.
        self._refused: set[str] = set()
        self._loading = False
        self.throttle = Throttle(ops, self._save, self)
        self._build()
        ops.changed.connect(self._changed_elsewhere)
        self.set_meeting(None)

    def _build(self) -> None:
        self.kind = QComboBox()
        self.kind.setEditable(True)
        for k in MeetingKind:
            self.kind.addItem(label(k.value), k.value)
        self.edits: dict[str, QLineEdit] = {f: QLineEdit() for f in TEXT_FIELDS}
        # Typed as a clerk writes them (27/11/2026 08:00, 8h30), read back as she types.
        self.times: dict[str, DateTimeField] = {}
        for f in TIME_FIELDS:
            w = DateTimeField()
            w.setPlaceholderText(self.tr("(chưa đặt)"))
            self.times[f] = w
        # The conclusion notice is a document of its own: its own number and signer.
        self.edits["notice_number"].setPlaceholderText(self.tr("VD: 15/TB-UBND"))
        self.edits["notice_signer"].setPlaceholderText(
            self.tr("VD: CHỦ TỊCH (để trống: chức vụ của chủ trì)")
        )
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
        right.addRow(self.tr("Số thông báo kết luận:"), self.edits["notice_number"])
        right.addRow(self.tr("Người ký thông báo:"), self.edits["notice_signer"])
        right.addRow(self.tr("Tài liệu:"), self.documents)
        right.addRow(self.tr("Thông tin khác:"), self.other_info)
        # Two columns, or the times and documents under the rest when the tab is narrow,
        # their fields then in line with those above.
        captions = [
            caption
            for form in (left, right)
            for row in range(form.rowCount())
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
            and (caption := item.widget()) is not None
        ]
        widest = max(caption.sizeHint().width() for caption in captions)
        for caption in captions:
            caption.setMinimumWidth(widest)
        columns = ReflowRow()
        for form, stretch in ((left, 3), (right, 2)):
            column = QWidget()
            column.setLayout(form)
            form.setContentsMargins(0, 0, 0, 0)
            columns.add(column, stretch)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(self.heading)
        box.addWidget(columns)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for f, edit in self.edits.items():
            edit.textEdited.connect(lambda _t, f=f: self._edited(f))
            edit.installEventFilter(self)
        for f, field in self.times.items():
            field.valueCommitted.connect(lambda _v, f=f: self._edited(f, now=True))
        self.kind.currentIndexChanged.connect(lambda _i: self._edited("kind", now=True))
        kind_text = self.kind.lineEdit()
        assert kind_text is not None  # an editable combo box
        kind_text.textEdited.connect(lambda _t: self._edited("kind"))
        kind_text.installEventFilter(self)
        self.profile.currentIndexChanged.connect(lambda _i: self._edited("profile", now=True))
        self.quorum.currentIndexChanged.connect(lambda _i: self._edited("quorum_rule", now=True))
        self.documents.textChanged.connect(lambda: self._edited("documents"))
        self.other_info.textChanged.connect(lambda: self._edited("other_info"))
        self.documents.installEventFilter(self)
        self.other_info.installEventFilter(self)
        order: list[QWidget] = [self.kind, *(self.edits[f] for f in TEXT_FIELDS)]
        order += [self.profile, self.quorum, *self.times.values(), self.documents, self.other_info]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def set_read_only(self, read_only: bool) -> None:
        set_editable(
            [*self._widgets().values(), self.kind, self.profile, self.quorum], not read_only
        )

    # -- loading -------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.flush()
        self.undo.close_merging()
        self._dirty.clear()
        self._base.clear()
        self._session.clear()
        self._refused.clear()
        self.meeting_id = meeting_id
        self.meeting = None
        self._profiles: list[Any] = []
        self.setEnabled(False)
        self._load(set())
        if meeting_id is None:
            return

        def loaded(result: tuple[MeetingDTO, list[Any]]) -> None:
            if self.meeting_id != meeting_id:
                return
            self.meeting, self._profiles = result
            self.setEnabled(True)
            self._load(set())

        self.ops.read(lambda s: (s.meetings.get(meeting_id), s.profiles.list()), loaded)

    def _changed_elsewhere(self, changes: Changes, initiator: object) -> None:
        if initiator is self or not changes.touches(self.meeting_id, Part.HEADER):
            return
        mid = self.meeting_id
        self.ops.read(
            lambda s: s.meetings.get(mid),
            lambda m: self._refresh(m) if mid == self.meeting_id else None,
        )

    def _refresh(self, meeting: MeetingDTO) -> None:
        self.meeting = meeting
        # Never overwrite a field being typed in, or one not saved yet.
        keep = self._dirty | set(self._base)
        focus = QApplication.focusWidget()
        keep |= {f for f, w in self._widgets().items() if w is focus}
        self._load(keep)

    def _widgets(self) -> dict[str, QWidget]:
        widgets: dict[str, QWidget] = {**self.edits, **self.times}
        kind_text = self.kind.lineEdit()
        if kind_text is not None:
            widgets["kind"] = kind_text
        widgets["documents"] = self.documents
        widgets["other_info"] = self.other_info
        return widgets

    def _load(self, keep: set[str]) -> None:
        m = self.meeting
        self._loading = True
        try:
            self.heading.setText(
                m.title
                if m
                else self.tr("Chưa chọn cuộc họp — chọn ở danh sách bên trái, hoặc Ctrl+N")
            )
            for f, edit in self.edits.items():
                if f not in keep:
                    edit.setText(getattr(m, f) if m else "")
                    edit.setCursorPosition(0)  # show the start of a long title, not its end
            reference = (m.start or m.created_at) if m else None
            for f, field in self.times.items():
                field.setReferenceDate(reference)
                if f not in keep:
                    field.setValue(getattr(m, f) if m else None)
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
        for saved in self._profiles:
            self.profile.addItem(
                self.tr("Mẫu riêng: %1").replace("%1", saved.name), str(saved.path)
            )
        if current and self.profile.findData(current) < 0:
            self.profile.addItem(current, current)  # a profile file given by path elsewhere
        self.profile.blockSignals(blocked)

    def refresh_profiles(self) -> None:
        def listed(profiles: list[Any]) -> None:
            self._profiles = profiles
            current = self.profile.currentData()
            self._saved_profiles(self.meeting.profile if self.meeting else "")
            blocked = self.profile.blockSignals(True)
            self.profile.setCurrentIndex(max(0, self.profile.findData(current)))
            self.profile.blockSignals(blocked)

        self.ops.read(lambda s: s.profiles.list(), listed)

    # -- saving --------------------------------------------------------------------------
    def _edited(self, field: str, now: bool = False) -> None:
        if self._loading or self.meeting is None:
            return
        self._base.setdefault(field, stored(self.meeting, field))
        self._session.setdefault(field, stored(self.meeting, field))
        self._dirty.add(field)
        self.throttle.touch()
        if now:
            self.flush()

    def value(self, field: str) -> Any:
        if field in self.edits:
            return self.edits[field].text()
        if field in self.times:
            return self.times[field].value()
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
        """Send every field typed and not yet sent (focus loss, meeting switch, quit)."""
        self.throttle.flush()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
            self.undo.close_merging()
            self._session.clear()
        return False

    def _save(
        self, fields: dict[str, Any] | None = None, base: dict[str, Any] | None = None
    ) -> None:
        if self.meeting is None or (fields is None and not self._dirty):
            return
        if fields is None:
            fields = {f: self.value(f) for f in self._dirty}
            self._dirty.clear()
        base = base or {f: self._base.get(f, stored(self.meeting, f)) for f in fields}
        mid = self.meeting.id
        before = {f: self._session.get(f, base[f]) for f in fields}
        call = Call("meetings", "update", (mid,), {"base": base, **fields})
        names = ", ".join(self._label(f) for f in fields)

        def saved(m: MeetingDTO) -> None:
            for f in fields:
                self.ops.keep(("meeting", mid, f), None)
                if f not in self._dirty:
                    self._base.pop(f, None)
                else:
                    self._base[f] = stored(m, f)  # more typing followed: that is the base now
            if self.meeting_id == mid:
                self.meeting = m
                self.heading.setText(m.title)

        def put(values: dict[str, Any]) -> Request:
            return Request(Call("meetings", "update", (mid,), values), Changes.of(mid, *PARTS))

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ConflictError) and exc.clashes:
                for f in exc.clashes:
                    self._ask(f, fields[f], exc.fresh)
                    self.ops.keep(
                        ("meeting", mid, f),
                        Unsaved(
                            QCoreApplication.translate("DetailsTab", "Thông tin chung: %1").replace(
                                "%1", self._label(f)
                            ),
                            Call("meetings", "update", (mid,), {f: fields[f]}),
                            said(exc),
                        ),
                    )
                others = {f: v for f, v in fields.items() if f not in exc.clashes}
                if others:  # the fields nobody else touched are saved all the same
                    self._save(others, {f: base[f] for f in others})
            else:  # the text stays in the field; the status bar says why it is not saved
                message = said(exc)
                self.ops.refused.emit(message)
                if self.meeting_id == mid:
                    self._refused.update(fields)
                for f in fields:
                    self.ops.keep(
                        ("meeting", mid, f),
                        Unsaved(
                            QCoreApplication.translate("DetailsTab", "Thông tin chung: %1").replace(
                                "%1", self._label(f)
                            ),
                            Call("meetings", "update", (mid,), {f: fields[f]}),
                            message,
                        ),
                    )

        def stored_step(m: MeetingDTO) -> None:
            self.undo.push(
                Step(
                    QCoreApplication.translate("DetailsTab", "Sửa %1").replace("%1", names),
                    mid,
                    lambda: put(fields),
                    lambda: put(before),
                    merge_key=("meeting", mid, frozenset(fields)),
                )
            )
            saved(m)
            self._refused.difference_update(fields)
            if self.meeting_id == mid and self._refused:
                again = {f for f in self._refused if not same(f, self.value(f), stored(m, f))}
                self._refused.clear()
                if again:
                    self._dirty.update(again)
                    self._save()

        self.ops.write(
            call,
            QCoreApplication.translate("DetailsTab", "Thông tin chung: %1").replace("%1", names),
            Changes.of(mid, *PARTS),
            done=stored_step,
            failed=refused,
            key=("meeting", mid, frozenset(fields)),
            initiator=self,
        )

    def _ask(self, field: str, mine: Any, fresh: MeetingDTO) -> None:
        if field in self._asking:
            return
        self._asking.add(field)
        self.ask_conflict(
            self,
            self._label(field),
            shown(mine),
            shown(stored(fresh, field)),
            lambda choice: self._answer(field, mine, fresh, choice),
        )

    def _answer(self, field: str, mine: Any, fresh: MeetingDTO, choice: Choice) -> None:
        self._asking.discard(field)
        if self.meeting is None or self.meeting.id != fresh.id:
            return
        if choice is Choice.MINE:  # overwrite their version, knowingly
            self._base[field] = stored(fresh, field)
            self._save({field: self.value(field)}, {field: stored(fresh, field)})
        elif choice is Choice.THEIRS:
            self._base.pop(field, None)
            self._dirty.discard(field)
            self.ops.keep(("meeting", fresh.id, field), None)
            self.meeting = fresh
            self._load(ALL_FIELDS - {field})
            self.heading.setText(fresh.title)

    def _label(self, field: str) -> str:
        labels = {
            "title": self.tr("Trích yếu"),
            "number": self.tr("Số biên bản"),
            "issuing_body": self.tr("Cơ quan ban hành"),
            "parent_body": self.tr("Cơ quan chủ quản"),
            "doc_code": self.tr("Ký hiệu cơ quan"),
            "city": self.tr("Địa danh"),
            "place": self.tr("Địa điểm"),
            "notice_number": self.tr("Số thông báo kết luận"),
            "notice_signer": self.tr("Người ký thông báo"),
            "documents": self.tr("Tài liệu"),
            "other_info": self.tr("Thông tin khác"),
            "kind": self.tr("Loại cuộc họp"),
            "profile": self.tr("Thể thức văn bản"),
            "quorum_rule": self.tr("Điều kiện hợp lệ"),
            "planned_start": self.tr("Dự kiến bắt đầu"),
            "planned_end": self.tr("Dự kiến kết thúc"),
            "actual_start": self.tr("Bắt đầu thực tế"),
            "actual_end": self.tr("Kết thúc thực tế"),
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
