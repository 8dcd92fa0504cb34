"""Meetings: header fields, list, start/end, copy from a previous one, full record."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
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
from core.domain.uids import new_uid
from core.errors import ConflictError, ExportError, ValidationError
from core.search import index as search_index
from core.services.carry_over import add_review
from core.services.common import (
    as_id,
    check_datetime,
    check_order,
    checked_uid,
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


def _stored(m: Meeting, field: str) -> Any:
    value = getattr(m, field)
    return list(value or []) if field == "documents" else value


def _same(field: str, a: Any, b: Any) -> bool:
    """Two values of *field* the same once stored (spaces, empty lines, seconds aside)."""

    def norm(v: Any) -> Any:
        if field == "documents":
            lines = v.splitlines() if isinstance(v, str) else list(v or [])
            return [str(x).strip() for x in lines if str(x).strip()]
        if isinstance(v, str) and field in TIME_FIELDS:
            v = check_datetime(v, field)
        if isinstance(v, dt.datetime):
            return v.replace(second=0, microsecond=0)
        if isinstance(v, str):
            return v if field == "other_info" else v.strip()
        return "" if v is None and field not in TIME_FIELDS else v

    return bool(norm(a) == norm(b))


class MeetingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(
        self, title: str, kind: str = "meeting", *, uid: str | None = None, **fields: Any
    ) -> MeetingDTO:
        """A new draft meeting; a repeated call with the same *uid* returns the first one."""
        with self.db.write() as s:
            if uid is not None:
                done = s.scalar(select(Meeting).where(Meeting.uid == checked_uid(uid)))
                if done is not None:
                    return convert.meeting(done)
            m = Meeting(
                title="", kind="meeting", documents=[], created_at=utcnow(), uid=uid or new_uid()
            )
            apply_fields(s, m, {"title": title, "kind": kind, **fields})
            touch(m)
            s.add(m)
            s.flush()
            search_index.index_meeting(s, m)
            return convert.meeting(m)

    def update(
        self,
        meeting_id: int,
        expected_version: int | None = None,
        base: dict[str, Any] | None = None,
        **fields: Any,
    ) -> MeetingDTO:
        """Change header fields. With *base* (what each field held when the secretary began
        editing it), a field someone else changed meanwhile is not overwritten: the call is
        refused with a ConflictError naming it (other fields changed elsewhere are fine)."""
        with self.db.write() as s:
            m = editable_meeting(s, meeting_id)
            if expected_version is not None and m.version != expected_version:
                raise ConflictError(
                    "Cuộc họp vừa được sửa ở nơi khác; hãy tải lại. / The meeting was changed"
                    " elsewhere since you opened it; reload to see the other version."
                )
            clashes = {
                f: _stored(m, f)
                for f in fields
                if base is not None
                and f in base
                and not _same(f, _stored(m, f), base[f])
                and not _same(f, _stored(m, f), fields[f])
            }
            if clashes:
                raise ConflictError(
                    "Chưa lưu: vừa được người khác sửa. / Not saved: someone else changed it.",
                    clashes,
                    convert.meeting(m),
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
        self,
        limit: int = 200,
        offset: int = 0,
        ids: list[int] | None = None,
        archived: bool | None = False,
    ) -> list[MeetingSummary]:
        """Newest first, one page at a time (the list never loads the whole archive).

        *archived*: False (the default list) leaves archived meetings out, True lists them
        alone, None lists all. Given *ids* (a search's hits), those meetings are listed
        whatever their state: archived minutes stay searchable.
        """
        with self.db.read() as s:
            q = select(Meeting).order_by(Meeting.sort_date.desc(), Meeting.id.desc())
            if ids is not None:
                q = q.where(Meeting.id.in_(ids))
            elif archived is not None:
                q = q.where(
                    Meeting.archived_at.is_not(None) if archived else Meeting.archived_at.is_(None)
                )
            return [convert.summary(m) for m in s.scalars(q.limit(limit).offset(offset))]

    def archive(self, meeting_id: int) -> MeetingSummary:
        """Take a meeting off the default list, finalized or not; it stays searchable and
        exportable, and is not marked as changed since it was finalized."""
        return self._archived(meeting_id, utcnow())

    def unarchive(self, meeting_id: int) -> MeetingSummary:
        return self._archived(meeting_id, None)

    def _archived(self, meeting_id: int, when: dt.datetime | None) -> MeetingSummary:
        with self.db.write() as s:
            m = get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            if (m.archived_at is None) == (when is None):
                state_vi, state_en = ("đã", "archived") if when else ("chưa", "not archived")
                raise ValidationError(
                    vi=f"Cuộc họp #{meeting_id} {state_vi} lưu trữ rồi.",
                    en=f"Meeting #{meeting_id} is {state_en} already.",
                )
            m.archived_at = when  # updated_at untouched: archiving changes no minutes
            s.flush()
            return convert.summary(m)

    def revision_count(self, meeting_id: int) -> int:
        """How many finalized (signed) revisions the meeting has."""
        with self.db.read() as s:
            get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            return int(
                s.scalar(select(func.count(Revision.id)).where(Revision.meeting_id == meeting_id))
                or 0
            )

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

    def delete_with_revisions(
        self, meeting_id: int, folder: str | Path, profile: str | Path | None = None
    ) -> tuple[Path, ...]:
        """Write every finalized revision as .docx into *folder*, then delete the meeting
        and its revisions in one transaction; returns the files written.

        Nothing is deleted unless every file was written and reads back as a Word
        document, and no revision was added meanwhile. Files already in *folder* are never
        replaced. Not undoable: the callers ask twice (core/cli.py, the window's dialog).
        """
        from core.export.api import export_record
        from core.services.revisions import record_from_snapshot

        target = Path(folder).expanduser()
        if not target.is_dir():
            raise ValidationError(
                f"Thư mục {target} không tồn tại. / The folder {target} does not exist.",
                field="folder",
            )
        with self.db.read() as s:
            get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            revisions = [
                (r.id, r.number, r.finalized_at, r.snapshot)
                for r in s.scalars(
                    select(Revision)
                    .where(Revision.meeting_id == meeting_id)
                    .order_by(Revision.number)
                )
            ]
        written: list[Path] = []
        for _id, number, finalized_at, snapshot in revisions:
            rec = record_from_snapshot(json.loads(snapshot), meeting_id)
            name = f"bien-ban-{meeting_id}-ban-{number}-{finalized_at:%Y%m%d}"
            out = export_record(rec, out=_free_name(target, name, ".docx"), profile=profile)
            _check_docx(out)
            written.append(out)
        with self.db.write() as s:
            m = get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            now = set(s.scalars(select(Revision.id).where(Revision.meeting_id == meeting_id)))
            if now != {r[0] for r in revisions}:
                raise ConflictError(
                    "Cuộc họp vừa được chốt thêm một bản; chưa xóa gì, hãy làm lại."
                    " / A revision was finalized meanwhile; nothing was deleted, try again."
                )
            s.execute(delete(Entry).where(Entry.meeting_id == meeting_id))
            s.execute(delete(Revision).where(Revision.meeting_id == meeting_id))
            s.delete(m)
        return tuple(written)

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


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """*folder*/*stem**suffix*, or with " (2)", " (3)"… when taken: never over a file."""
    path, n = folder / f"{stem}{suffix}", 1
    while path.exists():
        n += 1
        path = folder / f"{stem} ({n}){suffix}"
    return path


def _check_docx(path: Path) -> None:
    """The file reads back as a Word document, or the delete stops here."""
    try:
        with zipfile.ZipFile(path) as z:
            sound = "word/document.xml" in z.namelist() and z.testzip() is None
    except (OSError, zipfile.BadZipFile):
        sound = False
    if not sound:
        raise ExportError(
            f"Tệp {path} không đọc lại được; chưa xóa gì. / {path} does not read back as a"
            " Word document; nothing was deleted."
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
