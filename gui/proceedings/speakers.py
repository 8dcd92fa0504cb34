"""Who can speak: completion over the attendance list, and each person's stable Alt number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter

from core.domain.dto import AttendanceDTO
from core.domain.enums import Presence, Role
from core.domain.text import fold

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
KEYS = 9  # Alt+1 … Alt+9
ABSENT = (Presence.ABSENT.value, Presence.ABSENT_EXCUSED.value)

Index = QModelIndex | QPersistentModelIndex


def _rank(a: AttendanceDTO) -> tuple[int, int]:
    """The chair first, the secretary last, everyone else in the order of the list."""
    if a.role == Role.CHAIR:
        return (0, a.order)
    if a.role == Role.SECRETARY:
        return (2, a.order)
    return (1, a.order)


class SpeakerKeys:
    """Alt numbers that never move during a meeting: given once, in attendance order (the
    chair on 1, the secretary last) to everyone not absent; someone who arrives or is
    added later takes the next free number, and nobody else's number changes."""

    def __init__(self) -> None:
        self._numbers: dict[int, int] = {}
        self._meeting: int | None = None

    def assign(self, meeting_id: int | None, rows: Sequence[AttendanceDTO]) -> None:
        if meeting_id != self._meeting:
            self._meeting, self._numbers = meeting_id, {}
        ids = {a.id for a in rows}
        # Someone taken off the list gives up the number; nobody else's number moves.
        self._numbers = {k: n for k, n in self._numbers.items() if k in ids}
        for a in sorted(rows, key=_rank):
            if a.id not in self._numbers and a.status not in ABSENT:
                self._numbers[a.id] = max(self._numbers.values(), default=0) + 1

    def number_of(self, attendance_id: int) -> int | None:
        return self._numbers.get(attendance_id)

    def keyed(self, rows: Sequence[AttendanceDTO]) -> list[tuple[int, AttendanceDTO]]:
        """(number, person) for those present or expected, in number order; absent people
        are not offered."""
        out = [
            (self._numbers[a.id], a)
            for a in rows
            if a.id in self._numbers and a.status not in ABSENT
        ]
        return sorted(out, key=lambda pair: pair[0])


class RosterModel(QAbstractListModel):
    """Attendees as completion candidates: present people first, absent ones not at all,
    each shown with its Alt number; choosing one inserts the name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[AttendanceDTO] = []
        self._rows: list[AttendanceDTO] = []
        self.keys = SpeakerKeys()

    def set_attendance(self, rows: Sequence[AttendanceDTO], meeting_id: int | None = None) -> None:
        self.keys.assign(meeting_id, rows)
        shown = sorted(
            (a for a in rows if a.status not in ABSENT),
            key=lambda a: (
                a.status not in (Presence.PRESENT, Presence.LATE),
                self.keys.number_of(a.id) or 99,
                a.order,
            ),
        )
        self._all = list(rows)
        if shown == self._rows:
            return
        self.beginResetModel()
        self._rows = shown
        self.endResetModel()

    def attendance(self) -> list[AttendanceDTO]:
        return list(self._all)

    def keyed(self) -> list[tuple[int, AttendanceDTO]]:
        return self.keys.keyed(self._all)

    def by_number(self, number: int) -> AttendanceDTO | None:
        return next((a for n, a in self.keyed() if n == number), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            n = self.keys.number_of(a.id)
            name = f"{a.full_name} — {a.position}" if a.position else a.full_name
            return f"{n}. {name}" if n is not None and n <= KEYS else name
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
        for a in self._all:
            if fold(a.full_name) == key:
                return a.id, ""
        return None, name

    def name_of(self, attendance_id: int | None) -> str:
        for a in self._all:
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

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.EditRole) or "")
