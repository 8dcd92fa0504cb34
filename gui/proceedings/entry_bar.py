"""The entry bar under the timeline: speaker, kind and the text being typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import DraftDTO
from core.domain.enums import EntryKind
from core.domain.uids import new_uid
from gui.i18n import label
from gui.proceedings.proposal_fields import ProposalFields
from gui.proceedings.speakers import RosterModel, SpeakerCompleter
from gui.proceedings.text_box import SubmitTextEdit

KINDS = tuple(EntryKind)  # Ctrl+1 … Ctrl+6 follow this order
# Kinds said once: after adding one, the bar goes back to an opinion, so the next speech
# is not taken for another vote or conclusion.
ONE_OFF = (EntryKind.PROPOSAL, EntryKind.VOTE, EntryKind.CONCLUSION)
# A report lasts while its speaker speaks: when another person is chosen after one, the bar
# goes back to an opinion (those who speak after a report discuss it).


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class EntryBar(QFrame):
    """Holds what is being typed; the tab does the saving when `submitted` fires."""

    submitted = Signal()
    changed = Signal()  # what the bar holds changed: the tab saves it as a draft
    indicatorsRequested = Signal()

    def __init__(self, roster: RosterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._roster = roster
        self._restoring = False
        self._reported_by: str | None = None  # the speaker of the report just added
        self.started_at: dt.datetime | None = None
        self.entry_uid: str | None = None  # the id the entry being typed will have
        self.audio_ms: int | None = None  # where the recording was when its typing began
        # Asked when typing of an entry begins: the recording's offset, or None.
        self.offset_provider: Callable[[], int | None] = lambda: None
        self.pending_indicators: list[dict[str, str]] = []
        self.recent: list[str] = []
        self._hints: list[str] = []  # "1 Lê Văn Thắng": the Alt number and who it picks

        self.speaker = QLineEdit(self)
        self.speaker.setPlaceholderText(self.tr("gõ tên hoặc chức vụ; Alt+1…Alt+9"))
        self.speaker.setCompleter(SpeakerCompleter(roster, self.speaker))
        self.speaker.setClearButtonEnabled(True)
        self.kind = QComboBox(self)
        for n, kind in enumerate(KINDS, start=1):
            # The number shows in the list and in the box: the key is learnt by looking.
            self.kind.addItem(f"{label(kind.value)}  (Ctrl+{n})", kind.value)
        self.kind.setCurrentIndex(KINDS.index(EntryKind.OPINION))
        self.indicators = QPushButton(self.tr("Chỉ tiêu…"), self)
        self.indicators.setToolTip(self.tr("Bảng chỉ tiêu kèm theo báo cáo đang ghi"))
        self.hints = QLabel(self)
        self.hints.setTextFormat(Qt.TextFormat.PlainText)
        self.hints.setStyleSheet("color: palette(placeholder-text);")
        self.hints.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.proposal = ProposalFields(self)
        self.proposal.hide()
        self.text = SubmitTextEdit(self, lines=3)
        # Room for a few lines; the timeline above keeps the rest of the height.
        self.text.setMaximumHeight(self.text.minimumHeight() * 5 // 3)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.text.setPlaceholderText(
            self.tr("Nội dung phát biểu… (Enter: thêm vào diễn biến; Shift+Enter: xuống dòng)")
        )
        self.add = QPushButton(self.tr("Thêm"), self)
        self.add.setToolTip(self.tr("Enter"))
        self.started = QLabel(self)
        self.started.setStyleSheet("color: palette(placeholder-text);")

        top = QHBoxLayout()
        speaker_caption = QLabel(self.tr("&Người phát biểu:"), self)
        speaker_caption.setBuddy(self.speaker)
        kind_caption = QLabel(self.tr("&Loại:"), self)
        kind_caption.setBuddy(self.kind)
        top.addWidget(speaker_caption)
        top.addWidget(self.speaker, 3)
        top.addWidget(kind_caption)
        top.addWidget(self.kind, 1)
        top.addWidget(self.indicators)
        top.addStretch(1)
        body = QGridLayout()
        body.addWidget(self.text, 0, 0, 2, 1)
        body.addWidget(self.add, 0, 1, Qt.AlignmentFlag.AlignTop)
        body.addWidget(self.started, 1, 1, Qt.AlignmentFlag.AlignBottom)
        body.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.hints)
        layout.addWidget(self.proposal)
        layout.addLayout(body)

        self.text.textChanged.connect(self._text_changed)
        # Enter in the speaker field (a name chosen or typed) goes on to the text.
        self.speaker.returnPressed.connect(self.text.setFocus)
        completer = self.speaker.completer()
        completer.activated.connect(lambda _t: self.text.setFocus())
        self.speaker.textChanged.connect(self._changed)
        self.speaker.textChanged.connect(self._speaker_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.text.submitted.connect(self.submitted)
        self.add.clicked.connect(self.submitted)
        self.indicators.clicked.connect(self.indicatorsRequested)
        self._kind_changed()

    # -- state -------------------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def set_kind(self, kind: str) -> None:
        if not self._restoring:
            self._reported_by = None  # a kind chosen (Ctrl+1 … Ctrl+6) stays
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def speaker_fields(self) -> tuple[int | None, str]:
        return self._roster.resolve(self.speaker.text())

    def payload(self) -> dict[str, Any]:
        """Everything `services.entries.add` needs except the meeting and the agenda item."""
        speaker_id, speaker_text = self.speaker_fields()
        kind = self.current_kind()
        data: dict[str, Any] = {
            "kind": kind,
            "text": self.plain_text().strip(),
            "speaker_id": speaker_id,
            "speaker_text": speaker_text,
            "at": self.started_at or _now(),
            "uid": self.entry_uid or new_uid(),
            "audio_ms": self.audio_ms,
        }
        if kind == EntryKind.PROPOSAL:
            data["proposal"] = self.proposal.values(self.speaker.text().strip())
        if kind == EntryKind.REPORT and self.pending_indicators:
            data["indicators"] = list(self.pending_indicators)
        return data

    def is_blank(self) -> bool:
        return not self.plain_text().strip() and not self.speaker.text().strip()

    def set_pending_indicators(self, rows: list[dict[str, str]]) -> None:
        self.pending_indicators = rows
        self._update_indicator_button()
        self._changed()

    def clear_after_add(self) -> None:
        """Called only once the entry is in the database; the speaker stays for follow-ups."""
        kind = self.current_kind()
        self._restoring = True
        try:
            self.text.clear()
            self.proposal.clear()
            self.pending_indicators = []
            self.started_at = None
            self.entry_uid = None
            self.audio_ms = None
            if kind in ONE_OFF:
                self.set_kind(EntryKind.OPINION.value)
            self._reported_by = self.speaker.text() if kind == EntryKind.REPORT else None
        finally:
            self._restoring = False
        self._update_indicator_button()
        self._show_started()

    def restore_draft(self, draft: DraftDTO | None) -> None:
        self._restoring = True
        try:
            self.pending_indicators = []
            self.proposal.clear()
            if draft is None:
                self.speaker.clear()
                self.set_kind(EntryKind.OPINION)
                self.text.clear()
                self.started_at = None
                self.entry_uid = None
                self.audio_ms = None
            else:
                name = self._roster.name_of(draft.speaker_id) or draft.speaker_text
                self.speaker.setText(name)
                self.set_kind(draft.kind)
                self.text.setPlainText(draft.text)
                self.text.moveCursor(self.text.textCursor().MoveOperation.End)
                self.started_at = draft.started_at
                self.entry_uid = draft.entry_uid
                self.audio_ms = draft.audio_ms
        finally:
            self._restoring = False
        self._update_indicator_button()
        self._show_started()

    def show_keys(self) -> None:
        """The Alt numbers of the people present, next to their names."""
        keyed = [(n, a.full_name) for n, a in self._roster.keyed() if n <= 9]
        self.recent = [name for _n, name in keyed]
        self._hints = [f"{n} {name}" for n, name in keyed]
        self.hints.setToolTip("\n".join(f"Alt+{n}: {name}" for n, name in keyed))
        self._wrap_hints()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap_hints()

    def _wrap_hints(self) -> None:
        """Every number and name stays readable: a narrow bar puts them on more lines,
        breaking between two people, never inside a name."""
        width = self.hints.width()
        metrics = self.hints.fontMetrics()
        lines: list[str] = []
        line = ""
        for part in self._hints:
            longer = f"{line}  ·  {part}" if line else f"Alt+ {part}"
            if line and metrics.horizontalAdvance(longer) > width > 0:
                lines.append(line)
                longer = f"      {part}"
            line = longer
        lines += [line] if line else []
        self.hints.setText("\n".join(lines))

    def pick(self, n: int) -> bool:
        """Alt+n: the person with that number speaks next."""
        person = self._roster.by_number(n)
        if person is None:
            return False
        self.speaker.setText(person.full_name)
        self.text.setFocus()
        return True

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.speaker, self.kind, self.indicators, self.proposal, self.add):
            w.setEnabled(not read_only)
        self.text.setReadOnly(read_only)

    # -- reactions ---------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self._restoring:
            return
        if self.plain_text().strip():
            if self.started_at is None:
                # The moment (and the place in the recording) an entry is stamped with.
                self.started_at = _now()
                self.entry_uid = self.entry_uid or new_uid()
                self.audio_ms = self.offset_provider()
                self._show_started()
        elif self.started_at is not None:
            self.started_at = None
            self.audio_ms = None
            self._show_started()
        self._changed()

    def _speaker_changed(self, name: str) -> None:
        if self._reported_by is None or name == self._reported_by or self._restoring:
            return
        self._reported_by = None
        if self.current_kind() == EntryKind.REPORT and not self.plain_text().strip():
            self.set_kind(EntryKind.OPINION.value)

    def _kind_changed(self) -> None:
        if not self._restoring:
            self._reported_by = None  # a kind chosen by hand stays
        if self.current_kind() == EntryKind.NOTE and not self._restoring:
            self.speaker.clear()  # a note is the secretary's own, unless someone is chosen
        self.proposal.setVisible(self.current_kind() == EntryKind.PROPOSAL)
        self._update_indicator_button()
        self._changed()

    def _changed(self) -> None:
        if not self._restoring:
            self.changed.emit()

    def _update_indicator_button(self) -> None:
        n = len(self.pending_indicators)
        self.indicators.setText(
            self.tr("Chỉ tiêu (%1)…").replace("%1", str(n)) if n else self.tr("Chỉ tiêu…")
        )

    def _show_started(self) -> None:
        self.started.setText(
            self.tr("gõ từ %1").replace("%1", self.started_at.strftime("%H:%M:%S"))
            if self.started_at
            else ""
        )
