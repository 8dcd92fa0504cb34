"""Frozen dataclasses the services hand out: plain values, never live ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core.domain.enums import OFFICIAL_ROLES, PRESENT_STATUSES, Presence, QuorumRule, Role


@dataclass(frozen=True)
class OrganisationDTO:
    id: int
    name: str
    parent_body: str = ""
    code: str = ""
    city: str = ""


@dataclass(frozen=True)
class PersonDTO:
    id: int
    full_name: str
    position: str = ""
    unit: str = ""


@dataclass(frozen=True)
class MeetingSummary:
    """One row of the meetings list."""

    id: int
    title: str
    kind: str
    number: str
    date: dt.datetime
    status: str
    updated_at: dt.datetime
    archived_at: dt.datetime | None = None  # archived: off the default list, still searchable


@dataclass(frozen=True)
class MeetingDTO:
    id: int
    kind: str
    title: str
    number: str = ""
    organisation_id: int | None = None
    issuing_body: str = ""
    parent_body: str = ""
    doc_code: str = ""
    city: str = ""
    place: str = ""
    planned_start: dt.datetime | None = None
    planned_end: dt.datetime | None = None
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None
    status: str = "draft"
    documents: tuple[str, ...] = ()
    other_info: str = ""
    profile: str = "nd30"
    quorum_rule: str = "none"
    notice_number: str = ""  # the conclusion notice's own register number
    notice_signer: str = ""  # position signing the notice under "TM.", when not the chair's
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    version: int = 1
    uid: str = ""  # names the meeting's recording folder

    @property
    def start(self) -> dt.datetime | None:
        return self.actual_start or self.planned_start

    @property
    def end(self) -> dt.datetime | None:
        return self.actual_end or self.planned_end


@dataclass(frozen=True)
class AttendanceDTO:
    id: int
    meeting_id: int
    person_id: int
    full_name: str
    position: str = ""
    unit: str = ""
    role: str = Role.MEMBER.value
    status: str = Presence.UNKNOWN.value
    arrival: dt.datetime | None = None
    reason: str = ""
    note: str = ""
    order: int = 0
    uid: str = ""

    @property
    def is_official(self) -> bool:
        return self.role in OFFICIAL_ROLES

    @property
    def is_present(self) -> bool:
        return self.status in PRESENT_STATUSES


@dataclass(frozen=True)
class AttendanceCounts:
    official_total: int
    official_present: int
    present_total: int  # everyone in the room, guests included
    absent: int  # everyone marked absent, guests included
    quorum_rule: str = QuorumRule.NONE.value
    # The minutes' count: official members marked absent (with or without a reason); an
    # invited guest who did not come is not a member missing from the meeting.
    official_absent: int = 0

    @property
    def official_unknown(self) -> int:
        """Official members not yet called: neither present nor absent."""
        return self.official_total - self.official_present - self.official_absent

    @property
    def quorum_needed(self) -> int | None:
        if self.quorum_rule == QuorumRule.MAJORITY:
            return self.official_total // 2 + 1
        if self.quorum_rule == QuorumRule.TWO_THIRDS:
            return -(-2 * self.official_total // 3)
        return None

    @property
    def has_quorum(self) -> bool | None:
        needed = self.quorum_needed
        return None if needed is None else self.official_present >= needed


@dataclass(frozen=True)
class AgendaItemDTO:
    id: int
    meeting_id: int
    order: int
    title: str
    presenter: str = ""
    uid: str = ""


@dataclass(frozen=True)
class IndicatorDTO:
    id: int
    entry_id: int
    order: int
    name: str
    value: str = ""
    unit: str = ""
    period: str = ""
    target: str = ""


@dataclass(frozen=True)
class ProposalDTO:
    proposer: str = ""
    status: str = "pending"
    response: str = ""


@dataclass(frozen=True)
class VoteDTO:
    subject: str = ""
    method: str = "show_of_hands"
    votes_for: int = 0
    votes_against: int = 0
    abstain: int = 0
    not_voting: int = 0
    base: int = 0  # number of voters percentages refer to (present official members)

    @property
    def cast(self) -> int:
        return self.votes_for + self.votes_against + self.abstain

    @property
    def total(self) -> int:
        """The voters: those present (the base), or everyone counted if that is more."""
        return max(self.base, self.cast + self.not_voting)

    @property
    def not_cast(self) -> int:
        """Voters who cast no vote: those recorded as not voting and any left uncounted."""
        return self.total - self.cast

    def percent(self, count: int) -> float:
        return round(100.0 * count / self.total, 2) if self.total else 0.0

    @property
    def passed(self) -> bool:
        """Carried when more than half of the voters are in favour."""
        return self.total > 0 and 2 * self.votes_for > self.total


@dataclass(frozen=True)
class EntryDTO:
    id: int
    meeting_id: int
    order: int
    kind: str
    at: dt.datetime | None = None
    speaker_id: int | None = None
    speaker_name: str = ""  # attendee's name, or the free text typed
    speaker_position: str = ""
    speaker_unit: str = ""
    agenda_item_id: int | None = None
    text: str = ""
    version: int = 1
    indicators: tuple[IndicatorDTO, ...] = ()
    proposal: ProposalDTO | None = None
    vote: VoteDTO | None = None
    uid: str = ""  # given by the window that created it: a retry finds the row by it
    audio_ms: int | None = None  # when its typing began, in the meeting's recording


@dataclass(frozen=True)
class ActionItemDTO:
    id: int
    meeting_id: int
    order: int
    task: str
    lead: str = ""
    coordinating: str = ""
    deadline: dt.date | None = None
    status: str = "open"
    closed_on: dt.date | None = None
    note: str = ""
    conclusion_entry_id: int | None = None
    uid: str = ""

    def is_overdue(self, today: dt.date) -> bool:
        return self.status == "open" and self.deadline is not None and self.deadline < today


@dataclass(frozen=True)
class ActionTrackerRow:
    """One row of the action tracker: an action item with the meeting that assigned it."""

    action: ActionItemDTO
    meeting_title: str
    meeting_date: dt.datetime
    meeting_profile: str = "nd30"
    overdue: bool = False  # open with a deadline before the day the rows were asked for

    @property
    def id(self) -> int:
        return self.action.id


@dataclass(frozen=True)
class DraftDTO:
    meeting_id: int
    kind: str = "opinion"
    speaker_text: str = ""
    speaker_id: int | None = None
    text: str = ""
    started_at: dt.datetime | None = None
    entry_uid: str | None = None  # the id the entry will have once added
    audio_ms: int | None = None


@dataclass(frozen=True)
class MeetingRecord:
    """Everything one meeting holds, in order: what `show` prints and the export lays out."""

    meeting: MeetingDTO
    attendance: tuple[AttendanceDTO, ...] = ()
    agenda: tuple[AgendaItemDTO, ...] = ()
    entries: tuple[EntryDTO, ...] = ()
    actions: tuple[ActionItemDTO, ...] = ()
    counts: AttendanceCounts = field(default_factory=lambda: AttendanceCounts(0, 0, 0, 0))

    @property
    def chair(self) -> AttendanceDTO | None:
        return next((a for a in self.attendance if a.role == Role.CHAIR), None)

    @property
    def secretary(self) -> AttendanceDTO | None:
        return next((a for a in self.attendance if a.role == Role.SECRETARY), None)


@dataclass(frozen=True)
class SearchHit:
    meeting_id: int
    meeting_title: str
    meeting_date: dt.datetime
    source: str  # meeting, entry, attendee, action
    ref_id: int
    snippet: str  # the matching text with hits wrapped in [ and ]
    rank: float
    spans: tuple[tuple[int, int], ...] = ()  # hit positions in `snippet` without markers
    plain: str = ""  # snippet without markers


@dataclass(frozen=True)
class RevisionDTO:
    """One finalized version of a meeting (its snapshot is read with record_of)."""

    id: int
    meeting_id: int
    number: int
    finalized_at: dt.datetime
