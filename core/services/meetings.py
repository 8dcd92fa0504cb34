"""Meetings: header fields, list, start/end, copy from a previous one, full record."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.domain import convert
from core.domain.dto import (
    AttendanceCounts,
    AttendanceDTO,
    EntryDTO,
    MeetingDTO,
    MeetingRecord,
    MeetingSummary,
)
from core.domain.enums import ActionStatus, Presence, QuorumRule, parse_enum
from core.domain.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Entry,
    Meeting,
    Organisation,
    Revision,
    utcnow,
)
from core.domain.text import clean_optional, clean_required
from core.errors import ConflictError, ValidationError
from core.search import index as search_index
from core.services.carry_over import add_review
from core.services.common import (
    as_id,
    check_datetime,
    check_order,
    editable_meeting,
    get_or_404,
    touch,
)
from core.storage.database import Database

TITLE_MAX = 1000
TEXT_FIELDS = {
    "issuing_body": 300,
    "parent_body": 300,
    "city": 200,
    "place": 500,
    "other_info": 100_000,
    "number": 40,
    "doc_code": 40,
    "profile": 500,
    "notice_number": 40,
    "notice_signer": 300,
}
TIME_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")
FIELDS = {
    "kind",
    "title",
    "organisation_id",
    "documents",
    "quorum_rule",
    *TEXT_FIELDS,
    *TIME_FIELDS,
}


def apply_fields(s: Session, m: Meeting, fields: dict[str, Any]) -> None:
    """Validate and set header fields; raises before anything is flushed."""
    unknown = set(fields) - FIELDS
    if unknown:
        raise ValidationError(
            f"Trường không tồn tại / unknown field(s): {', '.join(sorted(unknown))}"
        )
    if "title" in fields:
        m.title = clean_required(fields["title"], "Trích yếu / Subject", TITLE_MAX).strip()
    if "kind" in fields:
        m.kind = clean_required(fields["kind"], "Loại cuộc họp / Kind", 200).strip()
    for key, limit in TEXT_FIELDS.items():
        if key in fields:
            if fields[key] is not None and not isinstance(fields[key], str):
                raise ValidationError(f"{key}: phải là văn bản / must be text.", field=key)
            value = clean_optional(fields[key], key, limit)
            setattr(m, key, value if key == "other_info" else value.strip())
    for key in TIME_FIELDS:
        if key in fields:
            setattr(m, key, check_datetime(fields[key], key))
    if "documents" in fields:
        docs = fields["documents"] or []
        if isinstance(docs, str):
            docs = docs.splitlines()
        if not all(isinstance(d, str) for d in docs):
            raise ValidationError(
                "Tài liệu phải là văn bản. / Documents must be text.", field="documents"
            )
        m.documents = [clean_optional(d, "documents", 2000).strip() for d in docs if d.strip()]
    if "quorum_rule" in fields:
        m.quorum_rule = parse_enum(QuorumRule, fields["quorum_rule"] or "none", "quorum_rule")
    if "organisation_id" in fields:
        org_id = fields["organisation_id"]
        if org_id is not None:
            org_key = as_id(org_id, "organisation_id")
            org = get_or_404(s, Organisation, org_key, "cơ quan / organisation")
            m.organisation_id = org.id
            # Header fields given alongside (already cleaned above) override the profile's.
            m.issuing_body = (fields.get("issuing_body") and m.issuing_body) or org.name
            m.parent_body = (fields.get("parent_body") and m.parent_body) or org.parent_body
            m.doc_code = (fields.get("doc_code") and m.doc_code) or org.code
            m.city = (fields.get("city") and m.city) or org.city
        else:
            m.organisation_id = None
    check_order(m.planned_start, m.planned_end, "Thời gian dự kiến / Planned time")
    check_order(m.actual_start, m.actual_end, "Thời gian thực tế / Actual time")


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, title: str, kind: str = "meeting", **fields: Any) -> MeetingDTO:
        with self.db.write() as s:
            m = Meeting(title="", kind="meeting", documents=[], created_at=utcnow())
            apply_fields(s, m, {"title": title, "kind": kind, **fields})
            touch(m)
            s.add(m)
            s.flush()
            search_index.index_meeting(s, m)
            return convert.meeting(m)

    def update(
        self, meeting_id: int, expected_version: int | None = None, **fields: Any
    ) -> MeetingDTO:
        with self.db.write() as s:
            m = editable_meeting(s, meeting_id)
            if expected_version is not None and m.version != expected_version:
                raise ConflictError(
                    "Cuộc họp vừa được sửa ở nơi khác; hãy tải lại. / The meeting was changed"
                    " elsewhere since you opened it; reload to see the other version."
                )
            apply_fields(s, m, fields)
            touch(m)
            search_index.index_meeting(s, m)
            return convert.meeting(m)

    def get(self, meeting_id: int) -> MeetingDTO:
        with self.db.read() as s:
            return convert.meeting(get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting"))

    def count(self) -> int:
        with self.db.read() as s:
            return int(s.scalar(select(func.count()).select_from(Meeting)) or 0)

    def list(
        self, limit: int = 200, offset: int = 0, ids: list[int] | None = None
    ) -> list[MeetingSummary]:
        """Newest first, one page at a time (the list never loads the whole archive)."""
        with self.db.read() as s:
            q = select(Meeting).order_by(Meeting.sort_date.desc(), Meeting.id.desc())
            if ids is not None:
                q = q.where(Meeting.id.in_(ids))
            return [convert.summary(m) for m in s.scalars(q.limit(limit).offset(offset))]

    def delete(self, meeting_id: int) -> None:
        with self.db.write() as s:
            m = editable_meeting(s, meeting_id)  # finalized minutes are kept; reopen first
            if s.scalar(select(func.count(Revision.id)).where(Revision.meeting_id == m.id)):
                raise ValidationError(
                    "Cuộc họp có biên bản đã chốt (bản đã ký) nên không xóa được."
                    " / The meeting has finalized (signed) revisions and cannot be deleted."
                )
            # Entries point at attendance rows; remove them first so SET NULL does no work.
            s.execute(delete(Entry).where(Entry.meeting_id == meeting_id))
            s.delete(m)

    def start(self, meeting_id: int, at: dt.datetime | None = None) -> MeetingDTO:
        return self._stamp(meeting_id, "actual_start", at)

    def end(self, meeting_id: int, at: dt.datetime | None = None) -> MeetingDTO:
        return self._stamp(meeting_id, "actual_end", at)

    def _stamp(self, meeting_id: int, field: str, at: dt.datetime | None) -> MeetingDTO:
        with self.db.write() as s:
            m = editable_meeting(s, meeting_id)
            apply_fields(s, m, {field: at or dt.datetime.now().replace(microsecond=0)})
            touch(m)
            return convert.meeting(m)

    def record(self, meeting_id: int) -> MeetingRecord:
        """The whole meeting in order, as the export and `show` need it."""
        with self.db.read() as s:
            return load_record(s, meeting_id)

    def copy_from(self, previous_id: int, title: str | None = None) -> MeetingDTO:
        """New meeting with the previous one's header, roster and agenda; statuses reset.

        The previous meeting's open action items open the agenda (core/services/carry_over.py).
        """
        with self.db.write() as s:
            prev = get_or_404(s, Meeting, previous_id, "cuộc họp / meeting")
            m = Meeting(
                kind=prev.kind,
                title=prev.title
                if title is None
                else clean_required(title, "Trích yếu / Subject", TITLE_MAX).strip(),
                number="",
                organisation_id=prev.organisation_id,
                issuing_body=prev.issuing_body,
                parent_body=prev.parent_body,
                doc_code=prev.doc_code,
                city=prev.city,
                place=prev.place,
                documents=[],
                other_info="",
                profile=prev.profile,
                quorum_rule=prev.quorum_rule,
                created_at=utcnow(),
            )
            touch(m)
            s.add(m)
            s.flush()
            for a in s.scalars(
                select(Attendance)
                .where(Attendance.meeting_id == prev.id)
                .order_by(Attendance.position)
            ):
                s.add(
                    Attendance(
                        meeting_id=m.id,
                        person_id=a.person_id,
                        role=a.role,
                        status=Presence.UNKNOWN,
                        position=a.position,
                    )
                )
            for g in s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == prev.id)
                .order_by(AgendaItem.position)
            ):
                s.add(
                    AgendaItem(
                        meeting_id=m.id, position=g.position, title=g.title, presenter=g.presenter
                    )
                )
            s.flush()
            add_review(s, prev, m)
            search_index.index_whole_meeting(s, m.id)
            return convert.meeting(m)

    def open_actions_of(self, meeting_id: int) -> int:
        with self.db.read() as s:
            return int(
                s.scalar(
                    select(func.count()).where(
                        ActionItem.meeting_id == meeting_id, ActionItem.status == ActionStatus.OPEN
                    )
                )
                or 0
            )


def load_record(s: Session, meeting_id: int) -> MeetingRecord:
    m = get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
    att = [
        convert.attendance(a)
        for a in s.scalars(
            select(Attendance)
            .where(Attendance.meeting_id == meeting_id)
            .order_by(Attendance.position, Attendance.id)
        )
    ]
    counts = convert.counts(att, m.quorum_rule)
    agenda = [
        convert.agenda_item(g)
        for g in s.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    ]
    entries = _entries(s, meeting_id, att, counts)
    actions = [
        convert.action(a)
        for a in s.scalars(
            select(ActionItem)
            .where(ActionItem.meeting_id == meeting_id)
            .order_by(ActionItem.position, ActionItem.id)
        )
    ]
    return MeetingRecord(
        meeting=convert.meeting(m),
        attendance=tuple(att),
        agenda=tuple(agenda),
        entries=tuple(entries),
        actions=tuple(actions),
        counts=counts,
    )


def _entries(
    s: Session,
    meeting_id: int,
    att: list[AttendanceDTO],
    counts: AttendanceCounts,
    kind: str | None = None,
) -> list[EntryDTO]:
    q = select(Entry).where(Entry.meeting_id == meeting_id)
    if kind is not None:
        q = q.where(Entry.kind == kind)
    rows = list(s.scalars(q.order_by(Entry.position, Entry.id)))
    speakers = {a.id: a for a in att}
    return convert.entries(s, rows, speakers, counts.official_present or counts.present_total)


def load_entries(s: Session, meeting_id: int, kind: str | None = None) -> list[EntryDTO]:
    """The timeline alone (or the entries of one kind), without the rest of the record."""
    m = get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
    att = [
        convert.attendance(a)
        for a in s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
    ]
    return _entries(s, meeting_id, att, convert.counts(att, m.quorum_rule), kind)
