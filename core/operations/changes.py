"""What a finished operation changed, so each view refreshes only its part (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Part(StrEnum):
    HEADER = "header"  # the meeting's own fields: title, times, status…
    ATTENDANCE = "attendance"
    AGENDA = "agenda"
    ENTRIES = "entries"
    ACTIONS = "actions"
    DRAFT = "draft"  # the entry bar's saved text
    LIST = "list"  # which meetings exist, or a row of the meetings list
    REVISIONS = "revisions"  # finalized, reopened
    PEOPLE = "people"  # the person directory, used by every attendance list


@dataclass(frozen=True)
class Changes:
    """*parts* of meeting *meeting_id* changed (None: of no single meeting)."""

    meeting_id: int | None
    parts: frozenset[Part]

    @classmethod
    def of(cls, meeting_id: int | None, *parts: Part) -> Changes:
        return cls(meeting_id, frozenset(parts))

    def touches(self, meeting_id: int | None, *parts: Part) -> bool:
        """Whether this changed any of *parts* of *meeting_id* (a change to no single
        meeting, such as the directory, counts for every meeting)."""
        if meeting_id is None or (self.meeting_id is not None and self.meeting_id != meeting_id):
            return False
        return not parts or bool(self.parts.intersection(parts))

    @property
    def nothing(self) -> bool:
        return not self.parts
