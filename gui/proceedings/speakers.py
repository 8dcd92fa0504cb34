"""Who can speak: completion over the attendance list and the recently used speakers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter

from core.domain.dto import AttendanceDTO, EntryDTO
from core.domain.text import fold

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_RECENT = 9

Index = QModelIndex | QPersistentModelIndex


class RosterModel(QAbstractListModel):
    """Attendees as completion candidates: shows name and position, inserts the name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AttendanceDTO] = []

    def set_attendance(self, rows: Sequence[AttendanceDTO]) -> None:
        if list(rows) == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def attendance(self) -> list[AttendanceDTO]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{a.full_name} — {a.position}" if a.position else a.full_name
        if role == Qt.ItemDataRole.EditRole:
            return a.full_name
        if role == SEARCH_ROLE:
            # Raw and folded text together, so "thang" finds "Thắng" and "Giám đốc" finds
            # the director.
            plain = f"{a.full_name} {a.position}"
            return f"{plain} | {fold(plain)}"
        return None

    def resolve(self, text: str) -> tuple[int | None, str]:
        """(attendance id, "") for an attendee's name, else (None, the free text)."""
        name = text.strip()
        if not name:
            return None, ""
        key = fold(name)
        for a in self._rows:
            if fold(a.full_name) == key:
                return a.id, ""
        return None, name

    def name_of(self, attendance_id: int | None) -> str:
        for a in self._rows:
            if a.id == attendance_id:
                return a.full_name
        return ""


class SpeakerCompleter(QCompleter):
    """Matches anywhere in the name or the position, ignoring diacritics; inserts the name."""

    def __init__(self, model: RosterModel, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(SEARCH_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(9)

    def pathFromIndex(self, index: QModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.EditRole) or "")


def recent_speakers(
    entries: Iterable[EntryDTO], attendance: Sequence[AttendanceDTO], limit: int = MAX_RECENT
) -> list[str]:
    """The speakers heard most recently, newest first, topped up from the attendance list."""
    names: list[str] = []
    seen: set[str] = set()
    for e in reversed(list(entries)):
        name = e.speaker_name.strip()
        if name and fold(name) not in seen:
            seen.add(fold(name))
            names.append(name)
        if len(names) >= limit:
            return names
    # Before anyone has spoken, the chair and those in the room come first.
    ranked = sorted(attendance, key=lambda a: (not a.is_present, a.role != "chair", a.order))
    for a in ranked:
        if fold(a.full_name) not in seen:
            seen.add(fold(a.full_name))
            names.append(a.full_name)
        if len(names) >= limit:
            break
    return names
