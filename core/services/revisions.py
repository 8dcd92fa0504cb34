"""Finalizing minutes: numbered snapshots of the whole meeting, reopening, and reading them back.

Rules for finalizing (kept minimal on purpose, every missing item named in one message):
the meeting must be a draft, have a subject, a start time (actual or planned) and at least
one entry in its proceedings. Reopening makes it a draft again; every snapshot stays.
"Changed since finalized" is derived: a draft whose updated_at is after its last snapshot.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.domain import convert
from core.domain.dto import (
    ActionItemDTO,
    AgendaItemDTO,
    AttendanceDTO,
    EntryDTO,
    IndicatorDTO,
    MeetingDTO,
    MeetingRecord,
    ProposalDTO,
    RevisionDTO,
    VoteDTO,
)
from core.domain.enums import EntryKind, MeetingStatus
from core.domain.models import Entry, Meeting, Revision, utcnow
from core.errors import NotFoundError, ValidationError, halves
from core.importers.meeting_io import HEADER, record_to_dict
from core.services.common import get_or_404
from core.services.meetings import load_record
from core.storage.database import Database


def _dto(r: Revision) -> RevisionDTO:
    return RevisionDTO(
        id=r.id, meeting_id=r.meeting_id, number=r.number, finalized_at=r.finalized_at
    )


def _missing(s: Session, m: Meeting) -> list[str]:
    missing = []
    if not (m.title or "").strip():
        missing.append("trích yếu / subject")
    if m.actual_start is None and m.planned_start is None:
        missing.append("thời gian bắt đầu / start time")
    if not s.scalar(select(func.count()).where(Entry.meeting_id == m.id)):
        missing.append("nội dung diễn biến / at least one entry in the proceedings")
    return missing


class RevisionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def finalize(self, meeting_id: int) -> RevisionDTO:
        """Store a snapshot as the next revision and make the meeting read-only."""
        with self.db.write() as s:
            m = get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            if m.status == MeetingStatus.FINALIZED:
                raise ValidationError(
                    "Biên bản đã được chốt rồi. / The minutes are finalized already."
                )
            missing = _missing(s, m)
            if missing:
                raise ValidationError(
                    vi="Chưa chốt được biên bản, còn thiếu: "
                    + "; ".join(halves(m)[0] for m in missing)
                    + ".",
                    en="Cannot finalize yet, missing: "
                    + "; ".join(halves(m)[1] for m in missing)
                    + ".",
                )
            now = utcnow()
            m.status = MeetingStatus.FINALIZED
            # Same instant on both sides: any later edit makes updated_at strictly newer.
            m.updated_at = now
            s.flush()
            number = int(
                s.scalar(select(func.max(Revision.number)).where(Revision.meeting_id == m.id)) or 0
            )
            snapshot = record_to_dict(load_record(s, m.id))
            snapshot["meeting"]["status"] = MeetingStatus.FINALIZED.value
            snapshot["revision"] = {"number": number + 1, "finalized_at": now.isoformat()}
            rev = Revision(
                meeting_id=m.id,
                number=number + 1,
                finalized_at=now,
                snapshot=json.dumps(snapshot, ensure_ascii=False),
            )
            s.add(rev)
            s.flush()
            return _dto(rev)

    def reopen(self, meeting_id: int) -> MeetingDTO:
        """Back to draft for corrections; the finalized revisions are kept."""
        with self.db.write() as s:
            m = get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            if m.status != MeetingStatus.FINALIZED:
                raise ValidationError(
                    "Biên bản chưa được chốt nên không cần mở lại."
                    " / The minutes are not finalized; there is nothing to reopen."
                )
            m.status = MeetingStatus.DRAFT
            s.flush()
            return convert.meeting(m)

    def list(self, meeting_id: int) -> builtins.list[RevisionDTO]:
        with self.db.read() as s:
            get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            q = select(Revision).where(Revision.meeting_id == meeting_id)
            return [_dto(r) for r in s.scalars(q.order_by(Revision.number))]

    def record_of(self, revision_id: int) -> MeetingRecord:
        """The meeting exactly as it was finalized in this revision."""
        with self.db.read() as s:
            r = get_or_404(s, Revision, revision_id, "bản đã chốt / revision")
            return record_from_snapshot(json.loads(r.snapshot), r.meeting_id)

    def record_of_number(self, meeting_id: int, number: int) -> MeetingRecord:
        with self.db.read() as s:
            get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            r = s.scalar(
                select(Revision).where(Revision.meeting_id == meeting_id, Revision.number == number)
            )
            if r is None:
                raise NotFoundError(
                    f"Cuộc họp #{meeting_id} không có bản chốt số {number}."
                    f" / Meeting #{meeting_id} has no finalized revision {number}."
                )
            return record_from_snapshot(json.loads(r.snapshot), r.meeting_id)

    def changed_since_finalized(self, meeting_id: int) -> bool:
        return meeting_id in self.changed_ids([meeting_id])

    def changed_ids(self, ids: builtins.list[int]) -> set[int]:
        """Of *ids*, the drafts edited after their last finalized revision (one query)."""
        if not ids:
            return set()
        with self.db.read() as s:
            last = (
                select(Revision.meeting_id, func.max(Revision.finalized_at).label("at"))
                .where(Revision.meeting_id.in_(ids))
                .group_by(Revision.meeting_id)
                .subquery()
            )
            q = (
                select(Meeting.id)
                .join(last, last.c.meeting_id == Meeting.id)
                .where(Meeting.status == MeetingStatus.DRAFT, Meeting.updated_at > last.c.at)
            )
            return set(s.scalars(q))


# -- rebuilding a record from a snapshot ---------------------------------------------------


def _when(value: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) and value else None


def record_from_snapshot(data: dict[str, Any], meeting_id: int) -> MeetingRecord:
    """A MeetingRecord built from a record_to_dict snapshot, with made-up row ids."""
    head = data.get("meeting") or {}
    fields: dict[str, Any] = {k: head.get(k) or "" for k in HEADER}
    for k in ("planned_start", "planned_end", "actual_start", "actual_end"):
        fields[k] = _when(head.get(k))
    fields["documents"] = tuple(head.get("documents") or ())
    fields["profile"] = fields["profile"] or "nd30"
    fields["quorum_rule"] = fields["quorum_rule"] or "none"
    status = str(head.get("status") or MeetingStatus.FINALIZED.value)
    meeting = MeetingDTO(id=meeting_id, status=status, **fields)
    att = [
        AttendanceDTO(
            id=i + 1,
            meeting_id=meeting_id,
            person_id=0,
            full_name=a.get("full_name", ""),
            position=a.get("position", ""),
            unit=a.get("unit", ""),
            role=a.get("role") or "member",
            status=a.get("status") or "unknown",
            arrival=_when(a.get("arrival")),
            reason=a.get("reason", ""),
            note=a.get("note", ""),
            order=i,
        )
        for i, a in enumerate(data.get("attendance") or [])
    ]
    counts = convert.counts(att, meeting.quorum_rule)
    base = counts.official_present or counts.present_total
    agenda = [
        AgendaItemDTO(
            id=i + 1,
            meeting_id=meeting_id,
            order=i,
            title=g.get("title", ""),
            presenter=g.get("presenter", ""),
        )
        for i, g in enumerate(data.get("agenda") or [])
    ]
    by_name = {a.full_name: a for a in att}
    entries: list[EntryDTO] = []
    conclusion_id: int | None = None
    for i, e in enumerate(data.get("entries") or []):
        ident = i + 1
        sp = by_name.get((e.get("speaker") or "").strip())
        ag = e.get("agenda")
        entries.append(
            EntryDTO(
                id=ident,
                meeting_id=meeting_id,
                order=i,
                kind=e.get("kind") or "note",
                at=_when(e.get("at")),
                speaker_id=sp.id if sp else None,
                speaker_name=sp.full_name if sp else (e.get("speaker") or ""),
                speaker_position=sp.position if sp else "",
                speaker_unit=sp.unit if sp else "",
                agenda_item_id=ag if isinstance(ag, int) and 0 < ag <= len(agenda) else None,
                text=e.get("text", ""),
                indicators=tuple(
                    IndicatorDTO(id=j + 1, entry_id=ident, order=j, **ind)
                    for j, ind in enumerate(e.get("indicators") or [])
                ),
                proposal=ProposalDTO(**e["proposal"]) if e.get("proposal") else None,
                vote=VoteDTO(**e["vote"], base=base) if e.get("vote") else None,
            )
        )
        if entries[-1].kind == EntryKind.CONCLUSION:
            conclusion_id = ident
    actions = [
        ActionItemDTO(
            id=i + 1,
            meeting_id=meeting_id,
            order=i,
            task=a.get("task", ""),
            lead=a.get("lead", ""),
            coordinating=a.get("coordinating", ""),
            deadline=_day(a.get("deadline")),
            status=a.get("status") or "open",
            closed_on=_day(a.get("closed_on")),
            note=a.get("note", ""),
            conclusion_entry_id=conclusion_id,
        )
        for i, a in enumerate(data.get("actions") or [])
    ]
    return MeetingRecord(
        meeting=meeting,
        attendance=tuple(att),
        agenda=tuple(agenda),
        entries=tuple(entries),
        actions=tuple(actions),
        counts=counts,
    )
