"""Turning ORM rows into DTOs inside a session, so nothing live leaves a service."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.domain.dto import (
    ActionItemDTO,
    AgendaItemDTO,
    AttendanceCounts,
    AttendanceDTO,
    EntryDTO,
    IndicatorDTO,
    MeetingDTO,
    MeetingSummary,
    OrganisationDTO,
    PersonDTO,
    ProposalDTO,
    VoteDTO,
)
from core.domain.enums import ABSENT_STATUSES, OFFICIAL_ROLES, PRESENT_STATUSES
from core.domain.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Entry,
    Indicator,
    Meeting,
    Organisation,
    Person,
    Proposal,
    Vote,
)


def organisation(o: Organisation) -> OrganisationDTO:
    return OrganisationDTO(
        id=o.id, name=o.name, parent_body=o.parent_body, code=o.code, city=o.city
    )


def person(p: Person) -> PersonDTO:
    return PersonDTO(id=p.id, full_name=p.full_name, position=p.position, unit=p.unit)


def meeting(m: Meeting) -> MeetingDTO:
    return MeetingDTO(
        id=m.id,
        kind=m.kind,
        title=m.title,
        number=m.number,
        organisation_id=m.organisation_id,
        issuing_body=m.issuing_body,
        parent_body=m.parent_body,
        doc_code=m.doc_code,
        city=m.city,
        place=m.place,
        planned_start=m.planned_start,
        planned_end=m.planned_end,
        actual_start=m.actual_start,
        actual_end=m.actual_end,
        status=m.status,
        documents=tuple(m.documents or ()),
        other_info=m.other_info,
        profile=m.profile,
        quorum_rule=m.quorum_rule,
        notice_number=m.notice_number,
        notice_signer=m.notice_signer,
        created_at=m.created_at,
        updated_at=m.updated_at,
        version=m.version,
        uid=m.uid,
    )


def summary(m: Meeting) -> MeetingSummary:
    return MeetingSummary(
        id=m.id,
        title=m.title,
        kind=m.kind,
        number=m.number,
        date=m.sort_date,
        status=m.status,
        updated_at=m.updated_at,
        archived_at=m.archived_at,
    )


def attendance(a: Attendance) -> AttendanceDTO:
    p = a.person
    return AttendanceDTO(
        id=a.id,
        meeting_id=a.meeting_id,
        person_id=a.person_id,
        full_name=p.full_name,
        position=p.position,
        unit=p.unit,
        role=a.role,
        status=a.status,
        arrival=a.arrival,
        reason=a.reason,
        note=a.note,
        order=a.position,
        uid=a.uid,
    )


def counts(rows: list[AttendanceDTO], quorum_rule: str) -> AttendanceCounts:
    official = [a for a in rows if a.role in OFFICIAL_ROLES]
    return AttendanceCounts(
        official_total=len(official),
        official_present=sum(1 for a in official if a.status in PRESENT_STATUSES),
        present_total=sum(1 for a in rows if a.status in PRESENT_STATUSES),
        absent=sum(1 for a in rows if a.status in ABSENT_STATUSES),
        quorum_rule=quorum_rule,
        official_absent=sum(1 for a in official if a.status in ABSENT_STATUSES),
    )


def agenda_item(a: AgendaItem) -> AgendaItemDTO:
    return AgendaItemDTO(
        id=a.id,
        meeting_id=a.meeting_id,
        order=a.position,
        title=a.title,
        presenter=a.presenter,
        uid=a.uid,
    )


def action(a: ActionItem) -> ActionItemDTO:
    return ActionItemDTO(
        id=a.id,
        meeting_id=a.meeting_id,
        order=a.position,
        task=a.task,
        lead=a.lead,
        coordinating=a.coordinating,
        deadline=a.deadline,
        status=a.status,
        closed_on=a.closed_on,
        note=a.note,
        conclusion_entry_id=a.conclusion_entry_id,
        uid=a.uid,
    )


def vote(v: Vote, base: int) -> VoteDTO:
    return VoteDTO(
        subject=v.subject,
        method=v.method,
        votes_for=v.votes_for,
        votes_against=v.votes_against,
        abstain=v.abstain,
        not_voting=v.not_voting,
        base=base,
    )


def entries(
    session: Session, rows: list[Entry], speakers: dict[int, AttendanceDTO], vote_base: int
) -> list[EntryDTO]:
    """Entries with their indicators, proposals and votes, loaded in three queries."""
    ids = [e.id for e in rows]
    inds: dict[int, list[IndicatorDTO]] = {}
    props: dict[int, ProposalDTO] = {}
    votes: dict[int, VoteDTO] = {}
    if ids:
        for chunk in _chunks(ids, 500):
            for i in session.scalars(
                select(Indicator)
                .where(Indicator.entry_id.in_(chunk))
                .order_by(Indicator.position, Indicator.id)
            ):
                inds.setdefault(i.entry_id, []).append(
                    IndicatorDTO(
                        id=i.id,
                        entry_id=i.entry_id,
                        order=i.position,
                        name=i.name,
                        value=i.value,
                        unit=i.unit,
                        period=i.period,
                        target=i.target,
                    )
                )
            for p in session.scalars(select(Proposal).where(Proposal.entry_id.in_(chunk))):
                props[p.entry_id] = ProposalDTO(
                    proposer=p.proposer, status=p.status, response=p.response
                )
            for v in session.scalars(select(Vote).where(Vote.entry_id.in_(chunk))):
                votes[v.entry_id] = vote(v, vote_base)
    return [
        entry(e, speakers, tuple(inds.get(e.id, ())), props.get(e.id), votes.get(e.id))
        for e in rows
    ]


def entry(
    e: Entry,
    speakers: dict[int, AttendanceDTO],
    indicators: tuple[IndicatorDTO, ...],
    proposal: ProposalDTO | None,
    vote_dto: VoteDTO | None,
) -> EntryDTO:
    sp = speakers.get(e.speaker_id) if e.speaker_id is not None else None
    return EntryDTO(
        id=e.id,
        meeting_id=e.meeting_id,
        order=e.position,
        kind=e.kind,
        at=e.at,
        speaker_id=e.speaker_id,
        speaker_name=sp.full_name if sp else e.speaker_text,
        speaker_position=sp.position if sp else "",
        speaker_unit=sp.unit if sp else "",
        agenda_item_id=e.agenda_item_id,
        text=e.text,
        version=e.version,
        indicators=indicators,
        proposal=proposal,
        vote=vote_dto,
        uid=e.uid,
        audio_ms=e.audio_ms,
    )


def _chunks(ids: list[int], size: int) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]
