"""The fixed vocabularies of a meeting: kinds, roles, statuses, methods."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar


class MeetingKind(StrEnum):
    MEETING = "meeting"
    CONFERENCE = "conference"
    WORKING_SESSION = "working_session"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    FINALIZED = "finalized"


class Role(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    GUEST = "guest"
    PRESS = "press"
    OTHER = "other"


class Presence(StrEnum):
    UNKNOWN = "unknown"
    PRESENT = "present"
    LATE = "late"
    LEFT_EARLY = "left_early"
    ABSENT_EXCUSED = "absent_excused"
    ABSENT = "absent"


class EntryKind(StrEnum):
    REPORT = "report"
    OPINION = "opinion"
    PROPOSAL = "proposal"
    VOTE = "vote"
    CONCLUSION = "conclusion"
    NOTE = "note"


class ProposalStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    DEFERRED = "deferred"
    WITHDRAWN = "withdrawn"


class VoteMethod(StrEnum):
    SHOW_OF_HANDS = "show_of_hands"
    BALLOT = "ballot"
    ELECTRONIC = "electronic"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class QuorumRule(StrEnum):
    NONE = "none"
    MAJORITY = "majority"  # more than half of the official members
    TWO_THIRDS = "two_thirds"


# Roles counted as official members when computing "present / total".
OFFICIAL_ROLES = frozenset({Role.CHAIR, Role.SECRETARY, Role.MEMBER})
# Statuses that mean the person was in the room for at least part of the meeting.
PRESENT_STATUSES = frozenset({Presence.PRESENT, Presence.LATE, Presence.LEFT_EARLY})
ABSENT_STATUSES = frozenset({Presence.ABSENT, Presence.ABSENT_EXCUSED})


E = TypeVar("E", bound=StrEnum)


def parse_enum(enum: type[E], value: str | E, label: str) -> E:
    """Turn *value* into a member of *enum* or raise a ValidationError naming the choices."""
    from core.errors import ValidationError, about

    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(m.value for m in enum)
        raise ValidationError(
            **about(
                label,
                f"'{value}' không hợp lệ (chọn một trong: {choices}).",
                f"'{value}' is invalid (choices: {choices}).",
            ),
            field=label,
        ) from None
