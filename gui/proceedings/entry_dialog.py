"""One entry of the timeline in a window of its own: its whole text, editable, saved as typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import EntryDTO
from core.domain.enums import EntryKind
from gui.i18n import label
from gui.operations import Ops, Throttle
from gui.proceedings.speakers import RosterModel, SpeakerCompleter
from gui.proceedings.timeline_model import KIND, SPEAKER, TEXT, TIME, TimelineModel

# What the kind's own details are called on the button that opens them.
OpenKindDetails = Callable[[EntryDTO, QWidget], None]


class EntryDialog(QDialog):
    """Time, speaker, kind and the whole text of one entry.

    Every change goes through the timeline model, as an edit in the table would: the text is
    saved while it is typed (the same throttle as everywhere), the rest when a field is left;
    each is one undo step, a refusal stays in red in the table with its reason. Closing
    saves what is still waiting. For a report, a vote or a proposal a button opens that
    kind's own details.
    """

    def __init__(
        self,
        model: TimelineModel,
        uid: str,
        roster: RosterModel,
        ops: Ops,
        open_kind_details: OpenKindDetails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.uid = uid
        self._open_kind_details = open_kind_details
        entry = self.entry()
        assert entry is not None
        self.setWindowTitle(self.tr("Mục ghi"))
        self.setSizeGripEnabled(True)

        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm:ss")
        self.speaker = QLineEdit(self)
        self.speaker.setCompleter(SpeakerCompleter(roster, self.speaker))
        self.kind = QComboBox(self)
        for kind in EntryKind:
            self.kind.addItem(label(kind.value), kind.value)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.more = QPushButton(self)
        self.more.setAutoDefault(False)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setText(
            self.tr("Lưu ngay khi gõ. Enter xuống dòng; Ctrl+Enter hoặc Esc để đóng.")
        )

        self._fill(entry)
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        when = QHBoxLayout()
        when.addWidget(self.time)
        when.addStretch(1)
        when.addWidget(QLabel(self.tr("&Loại:"), self))
        when.addWidget(self.kind)
        time_caption = QLabel(self.tr("&Giờ:"), self)
        time_caption.setBuddy(self.time)
        item = when.itemAt(2)
        kind_caption = item.widget() if item is not None else None
        if isinstance(kind_caption, QLabel):
            kind_caption.setBuddy(self.kind)
        top.addRow(time_caption, when)
        top.addRow(self.tr("&Người phát biểu:"), self.speaker)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Đóng"))
        # Enter belongs to the fields (a new line, the next field), never to a button.
        close.setAutoDefault(False)
        close.setDefault(False)
        buttons.addButton(self.more, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self._show_kind(entry)  # after the button box, which shows what it is given
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        caption = QLabel(self.tr("Nội &dung:"), self)
        caption.setBuddy(self.text)
        layout.addWidget(caption)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.reject)

        self._text_saver = Throttle(ops, self._save_text, self)
        self.text.textChanged.connect(self._text_saver.touch)
        self.speaker.editingFinished.connect(lambda: self._set(SPEAKER, self.speaker.text()))
        # As in the entry bar: Enter on a chosen name goes on to the text.
        self.speaker.returnPressed.connect(self.text.setFocus)
        self.kind.activated.connect(lambda _i: self._set(KIND, self.kind.currentData()))
        self.time.editingFinished.connect(lambda: self._set(TIME, self.time.time()))
        self.more.clicked.connect(self._more)
        model.dataChanged.connect(self._rows_changed)
        model.modelReset.connect(self._changed)
        model.rowsRemoved.connect(self._changed)
        self._size_to(parent)
        self.text.setFocus()

    def entry(self) -> EntryDTO | None:
        return self.model.entry_at(self.model.row_of_uid(self.uid))

    def _fill(self, entry: EntryDTO) -> None:
        at = entry.at
        self.time.setTime(QTime(at.hour, at.minute, at.second) if at else QTime(0, 0))
        self.speaker.setText(entry.speaker_name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.text.setPlainText(entry.text)
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.text.setTextCursor(cursor)
        self._show_kind(entry)
        read_only = self.model.read_only
        self.text.setReadOnly(read_only)
        self.speaker.setReadOnly(read_only)
        self.time.setReadOnly(read_only)
        self.kind.setEnabled(not read_only)

    def _show_kind(self, entry: EntryDTO) -> None:
        names = {
            EntryKind.REPORT.value: self.tr("&Chỉ tiêu…"),
            EntryKind.VOTE.value: self.tr("&Số phiếu…"),
            EntryKind.PROPOSAL.value: self.tr("Đề &xuất…"),
        }
        self.more.setText(names.get(entry.kind, ""))
        self.more.setVisible(entry.kind in names)

    def _index(self, column: int) -> QModelIndex:
        row = self.model.row_of_uid(self.uid)
        return self.model.index(row, column) if row >= 0 else QModelIndex()

    def _set(self, column: int, value: object) -> None:
        index = self._index(column)
        if index.isValid() and not self.model.read_only:
            self.model.setData(index, value)
        entry = self.entry()
        if entry is not None and column == KIND:
            self._show_kind(entry)

    def _save_text(self) -> None:
        self._set(TEXT, self.text.toPlainText())

    def _rows_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if top_left.row() <= self.model.row_of_uid(self.uid) <= bottom_right.row():
            self._changed()

    def _changed(self, *_args: object) -> None:
        entry = self.entry()
        if entry is None:
            # Removed meanwhile (undo of its adding): nothing left to edit.
            self._text_saver.cancel()
            self.reject()
            return
        # Fields she is not editing follow what is stored (a save, an undo).
        if not self.speaker.hasFocus():
            self.speaker.setText(str(self._index(SPEAKER).data() or ""))
        if not self.kind.hasFocus():
            self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self._show_kind(entry)
        if not self.text.hasFocus() and not self._text_saver.is_dirty():
            stored = self._index(TEXT).data(Qt.ItemDataRole.EditRole)
            if stored is not None and stored != self.text.toPlainText():
                self.text.setPlainText(str(stored))

    def _more(self) -> None:
        entry = self.entry()
        if entry is not None:
            self._open_kind_details(entry, self)

    def _size_to(self, parent: QWidget | None) -> None:
        if parent is None:
            self.resize(720, 520)
            return
        window = parent.window()
        self.resize(
            max(560, int(window.width() * 0.7)),
            max(420, int(window.height() * 0.75)),
        )

    def done(self, result: int) -> None:
        # Whatever was typed last is saved before the window goes.
        self._text_saver.flush()
        if self.speaker.isModified():
            self._set(SPEAKER, self.speaker.text())
        self._text_saver.detach()
        super().done(result)
