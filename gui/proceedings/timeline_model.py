"""The timeline as a Qt table model over EntryDTOs, saving each in-place edit at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QTextLayout, QTextOption

from core.domain.dto import EntryDTO
from core.domain.enums import EntryKind
from core.domain.formatting import percent
from gui.i18n import label

TIME, SPEAKER, KIND, TEXT, DETAILS = range(5)
EDITABLE = (TIME, SPEAKER, KIND, TEXT)
SHOWN_CHARS = 400  # longer texts are cut in the table; the tooltip and the editor hold all
FULL_CHARS = 20_000  # the selected row shows this much; "Chi tiết…" opens all of it
MAX_LINES = 3
TEXT_MARGINS = 12  # the style's cell padding, plus a little slack against re-wrapping

Index = QModelIndex | QPersistentModelIndex
# Asks for the save of an in-place edit; calls back with the stored entry, or None when
# the save was refused (the typed value is then kept, in red).
Settle = Callable[[EntryDTO | None], None]
Saver = Callable[[EntryDTO, dict[str, Any], Settle], None]
Resolver = Callable[[str], tuple[int | None, str]]
ERROR_COLOR = QColor("#b00020")
PENDING_COLOR = QColor("#6b6b6b")


def time_text(at: dt.datetime | None) -> str:
    return at.strftime("%H:%M") if at else ""


def short_text(text: str) -> str:
    flat = " ¶ ".join(line.strip() for line in text.splitlines() if line.strip())
    return flat if len(flat) <= SHOWN_CHARS else flat[: SHOWN_CHARS - 1].rstrip() + "…"


def full_text(text: str) -> str:
    """The text of the selected row: every line kept, cut only past FULL_CHARS."""
    text = text.rstrip()
    if len(text) > FULL_CHARS:
        text = text[: FULL_CHARS - 1].rstrip() + "…"
    return text.replace("\r\n", "\n").replace("\n", "\u2028")


def clip_lines(text: str, font: QFont, width: int, max_lines: int) -> str:
    """*text* wrapped at *width*, kept to *max_lines* lines, the last one ending in "…"."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid() or len(starts) > max_lines:
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    if len(starts) <= max_lines:
        return text
    lines = [text[a:b].rstrip() for a, b in zip(starts, starts[1:max_lines], strict=False)]
    last = QFontMetrics(font).elidedText(
        text[starts[max_lines - 1] :], Qt.TextElideMode.ElideRight, width
    )
    return "\u2028".join([*lines, last])


class TimelineModel(QAbstractTableModel):
    """Rows are entries in timeline order. An entry still on its way to the database (a
    negative id) shows greyed; an edit shows at once, and a refused one stays, in red."""

    def __init__(self, saver: Saver, resolver: Resolver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[EntryDTO] = []
        self._saver = saver
        self._resolver = resolver
        self._unsaved: dict[tuple[str, int], Any] = {}  # (uid, column): refused, in red
        self._pending: dict[tuple[str, int], Any] = {}  # (uid, column): on its way
        self.refused_adds: dict[str, str] = {}  # uid: why an entry could not be added
        self.read_only = False
        self._text_width = 0
        self._font = QFont()
        self._clipped: dict[tuple[int, str], str] = {}
        self._expanded: str | None = None  # the uid of the row shown in full

    # -- content -----------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[EntryDTO]) -> None:
        new = list(entries)
        # Entries still on their way stay at the end until the database has them.
        arrived = {e.uid for e in new}
        new += [e for e in self._entries if e.id < 0 and e.uid not in arrived]
        if new == self._entries:
            return
        if [e.uid for e in new] == [e.uid for e in self._entries]:
            # Same rows: repaint in place so selection and open editors survive.
            self._entries = new
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, DETAILS))
            return
        self.beginResetModel()
        self._entries = new
        uids = {e.uid for e in new}
        self._unsaved = {k: v for k, v in self._unsaved.items() if k[0] in uids}
        self._pending = {k: v for k, v in self._pending.items() if k[0] in uids}
        self.endResetModel()

    def confirm(self, dto: EntryDTO) -> None:
        """The database has the entry shown as on its way: show it as stored."""
        row = self.row_of_uid(dto.uid)
        if row < 0:
            self.append(dto)
            return
        self._entries[row] = dto
        self.refused_adds.pop(dto.uid, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, DETAILS))

    def refuse_add(self, uid: str, message: str) -> None:
        """An entry the database refused: kept on screen, in red, with the reason."""
        self.refused_adds[uid] = message
        row = self.row_of_uid(uid)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, DETAILS))

    def remove_uid(self, uid: str) -> None:
        row = self.row_of_uid(uid)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._entries[row]
            self.endRemoveRows()
        self.refused_adds.pop(uid, None)

    def set_text_width(self, width: int, font: QFont) -> None:
        """The text column's width: long texts are cut to a few lines to fit it."""
        width = max(0, width - TEXT_MARGINS)
        if width == self._text_width and font == self._font:
            return
        self._text_width, self._font = width, QFont(font)
        self._clipped.clear()
        if self._entries:
            self.dataChanged.emit(self.index(0, TEXT), self.index(len(self._entries) - 1, TEXT))

    def append(self, dto: EntryDTO) -> bool:
        """Add a new last entry without resetting the view; False if it does not go last."""
        if self._entries and dto.order <= self._entries[-1].order:
            return False
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(dto)
        self.endInsertRows()
        return True

    def set_expanded(self, uid: str | None) -> None:
        """Show the text of this entry in full (the selected row); the others stay cut."""
        if uid == self._expanded:
            return
        old, self._expanded = self._expanded, uid
        for each in (old, uid):
            row = self.row_of_uid(each) if each else -1
            if row >= 0:
                self.dataChanged.emit(self.index(row, TEXT), self.index(row, TEXT))

    def entries(self) -> list[EntryDTO]:
        return list(self._entries)

    def entry_at(self, row: int) -> EntryDTO | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int) -> int:
        return next((i for i, e in enumerate(self._entries) if e.id == entry_id), -1)

    def row_of_uid(self, uid: str) -> int:
        return next((i for i, e in enumerate(self._entries) if e.uid == uid), -1)

    def replace(self, dto: EntryDTO) -> None:
        row = self.row_of_uid(dto.uid) if dto.uid else self.row_of(dto.id)
        if row < 0:
            return
        self._entries[row] = dto
        self.dataChanged.emit(self.index(row, 0), self.index(row, DETAILS))

    def has_unsaved(self) -> bool:
        return bool(self._unsaved or self._pending or self.refused_adds)

    def discard_unsaved(self, uid: str) -> None:
        """Forget the failed edits of an entry (the secretary took the other version)."""
        self._unsaved = {k: v for k, v in self._unsaved.items() if k[0] != uid}
        row = self.row_of_uid(uid)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, DETAILS))

    def retry_unsaved(self) -> None:
        """Save again the edits whose save was refused (e.g. after a conflict)."""
        for (uid, col), value in list(self._unsaved.items()):
            row = self.row_of_uid(uid)
            if row >= 0:
                self.setData(self.index(row, col), value)

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Giờ"),
            self.tr("Người phát biểu"),
            self.tr("Loại"),
            self.tr("Nội dung"),
            self.tr("Chi tiết"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in EDITABLE and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        e = self._entries[index.row()]
        col = index.column()
        unsaved = self._unsaved.get((e.uid, col), self._pending.get((e.uid, col)))
        refused = e.uid in self.refused_adds or (e.uid, col) in self._unsaved
        if role == Qt.ItemDataRole.DisplayRole:
            if unsaved is not None:
                return self._display_value(e, col, unsaved)
            return self._display(e, col)
        if role == Qt.ItemDataRole.EditRole:
            if unsaved is not None:
                return unsaved
            return self._edit_value(e, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if e.uid in self.refused_adds:
                return self.tr("Chưa lưu được mục ghi này: %1").replace(
                    "%1", self.refused_adds[e.uid]
                )
            if refused:
                return self.tr("Chưa lưu được thay đổi này; xem thông báo ở thanh trạng thái.")
            if e.id < 0 or unsaved is not None:
                return self.tr("Đang lưu…")
            if col == TEXT:
                return e.text
            if col == SPEAKER and e.speaker_position:
                return f"{e.speaker_name}\n{e.speaker_position}"
            if col == DETAILS and e.vote is not None:
                v = e.vote
                return (
                    self.tr("Tán thành %1/%2 (%3)")
                    .replace("%1", str(v.votes_for))
                    .replace("%2", str(v.total))
                    .replace("%3", percent(v.percent(v.votes_for)))
                )
            if col == DETAILS:
                return self._display(e, DETAILS)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and refused:
            return QBrush(ERROR_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and (e.id < 0 or unsaved is not None):
            return QBrush(PENDING_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == TIME:
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        e = self._entries[index.row()]
        col = index.column()
        if self._pending.get((e.uid, col)) == value:
            return False  # already on its way
        key = (e.uid, col)
        fields = self._fields(e, col, value)
        if fields is None:  # what is stored already: nothing to save, nothing unsaved
            if self._unsaved.pop(key, None) is not None:
                self._repaint(e.uid)
            return False
        self._unsaved.pop(key, None)
        self._pending[key] = value
        self._repaint(e.uid)

        def settle(saved: EntryDTO | None) -> None:
            if self._pending.get(key) is not value:
                return  # a newer edit of the same cell is on its way
            del self._pending[key]
            if saved is None:
                self._unsaved[key] = value
            else:
                row = self.row_of_uid(e.uid)
                if row >= 0:
                    self._entries[row] = saved
            self._repaint(e.uid)

        self._saver(e, fields, settle)
        return True

    def _repaint(self, uid: str) -> None:
        row = self.row_of_uid(uid)
        if row >= 0:
            # The whole row: an editor open in it keeps what is being typed.
            self.dataChanged.emit(self.index(row, 0), self.index(row, DETAILS))

    # -- helpers -----------------------------------------------------------------------------
    def _display(self, e: EntryDTO, col: int) -> str:
        if col == TIME:
            return time_text(e.at)
        if col == SPEAKER:
            return e.speaker_name
        if col == KIND:
            return label(e.kind)
        if col == TEXT:
            return self._text(e, e.text or (e.vote.subject if e.vote else ""))
        return self._details(e)

    def _text(self, e: EntryDTO, text: str) -> str:
        if e.uid == self._expanded:
            return full_text(text)
        return self._clip(short_text(text))

    def _clip(self, text: str) -> str:
        # Done here rather than in a delegate: overriding the delegate's paint or
        # initStyleOption leaks a reference to None on every call in PySide6 6.12.
        if self._text_width < 40:
            return text
        key = (self._text_width, text)
        if key not in self._clipped:
            if len(self._clipped) > 5000:
                self._clipped.clear()
            self._clipped[key] = clip_lines(text, self._font, self._text_width, MAX_LINES)
        return self._clipped[key]

    def _display_value(self, e: EntryDTO, col: int, value: Any) -> str:
        if col == TIME and isinstance(value, QTime):
            return value.toString("HH:mm")
        if col == KIND:
            return label(str(value))
        if col == TEXT:
            return self._text(e, str(value))
        return str(value)

    def _details(self, e: EntryDTO) -> str:
        if e.kind == EntryKind.REPORT and e.indicators:
            return self.tr("%n chỉ tiêu", "", len(e.indicators))
        if e.proposal is not None and e.kind == EntryKind.PROPOSAL:
            return label(e.proposal.status)
        if e.vote is not None:
            v = e.vote
            result = label("passed" if v.passed else "failed")
            return f"{result} {v.votes_for}/{v.total}"
        return ""

    @staticmethod
    def _edit_value(e: EntryDTO, col: int) -> Any:
        if col == TIME:
            return QTime(e.at.hour, e.at.minute, e.at.second) if e.at else QTime(0, 0)
        if col == SPEAKER:
            return e.speaker_name
        if col == KIND:
            return e.kind
        if col == TEXT:
            return e.text
        return None

    def _fields(self, e: EntryDTO, col: int, value: Any) -> dict[str, Any] | None:
        if col == TIME:
            if not isinstance(value, QTime) or not value.isValid():
                return None
            day = e.at.date() if e.at else dt.date.today()
            at = dt.datetime.combine(day, dt.time(value.hour(), value.minute(), value.second()))
            return None if at == e.at else {"at": at}
        if col == SPEAKER:
            speaker_id, speaker_text = self._resolver(str(value or ""))
            same_text = speaker_id is not None or speaker_text == e.speaker_name
            if speaker_id == e.speaker_id and same_text:
                return None
            return {"speaker_id": speaker_id, "speaker_text": speaker_text}
        if col == KIND:
            return None if value == e.kind else {"kind": str(value)}
        if col == TEXT:
            return None if value == e.text else {"text": str(value)}
        return None
