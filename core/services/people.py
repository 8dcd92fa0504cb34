"""Organisations and the person directory reused across meetings."""

from __future__ import annotations

import builtins

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from core.domain import convert
from core.domain.dto import OrganisationDTO, PersonDTO
from core.domain.enums import MeetingStatus, Presence
from core.domain.models import Attendance, Draft, Entry, Meeting, Organisation, Person
from core.domain.text import clean_optional, clean_required, fold
from core.errors import ValidationError
from core.search import index as search_index
from core.services.common import get_or_404, touch
from core.storage.database import Database

NAME_MAX = 200
# When two merged people both attend a meeting, the row that says more about them stays.
STATUS_WEIGHT = {
    Presence.UNKNOWN: 0,
    Presence.ABSENT: 1,
    Presence.PRESENT: 2,
    Presence.ABSENT_EXCUSED: 3,
    Presence.LATE: 3,
    Presence.LEFT_EARLY: 3,
}


class OrganisationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(
        self, name: str, parent_body: str = "", code: str = "", city: str = ""
    ) -> OrganisationDTO:
        with self.db.write() as s:
            org = Organisation(
                name=clean_required(name, "Tên cơ quan / Organisation name", NAME_MAX),
                parent_body=clean_optional(parent_body, "Cơ quan chủ quản", NAME_MAX),
                code=clean_optional(code, "Ký hiệu / Code", 40).strip(),
                city=clean_optional(city, "Địa danh / City", NAME_MAX),
            )
            s.add(org)
            s.flush()
            return convert.organisation(org)

    def update(self, org_id: int, **fields: str) -> OrganisationDTO:
        with self.db.write() as s:
            org = get_or_404(s, Organisation, org_id, "cơ quan / organisation")
            for key, value in fields.items():
                if key == "name":
                    org.name = clean_required(value, "Tên cơ quan / Organisation name", NAME_MAX)
                elif key in ("parent_body", "code", "city"):
                    setattr(org, key, clean_optional(value, key, NAME_MAX).strip())
                else:
                    raise ValidationError(f"Trường không tồn tại / unknown field: {key}")
            return convert.organisation(org)

    def list(self) -> list[OrganisationDTO]:
        with self.db.read() as s:
            return [
                convert.organisation(o)
                for o in s.scalars(select(Organisation).order_by(Organisation.id))
            ]

    def get(self, org_id: int) -> OrganisationDTO:
        with self.db.read() as s:
            return convert.organisation(
                get_or_404(s, Organisation, org_id, "cơ quan / organisation")
            )


def find_or_create_person(s: Session, full_name: str, position: str = "", unit: str = "") -> Person:
    """The directory entry with this name and unit, created if new (position refreshed)."""
    name = clean_required(full_name, "Họ tên / Full name", NAME_MAX).strip()
    position = clean_optional(position, "Chức vụ / Position", NAME_MAX).strip()
    unit = clean_optional(unit, "Đơn vị / Unit", NAME_MAX).strip()
    person = s.scalar(select(Person).where(Person.full_name == name, Person.unit == unit))
    if person is None:
        person = Person(full_name=name, position=position, unit=unit, folded=fold(name))
        s.add(person)
        s.flush()
    elif position and person.position != position:
        person.position = position
    return person


class PersonService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, full_name: str, position: str = "", unit: str = "") -> PersonDTO:
        with self.db.write() as s:
            return convert.person(find_or_create_person(s, full_name, position, unit))

    def get(self, person_id: int) -> PersonDTO:
        with self.db.read() as s:
            return convert.person(get_or_404(s, Person, person_id, "người / person"))

    def update(
        self,
        person_id: int,
        full_name: str | None = None,
        position: str | None = None,
        unit: str | None = None,
    ) -> PersonDTO:
        with self.db.write() as s:
            p = get_or_404(s, Person, person_id, "người / person")
            if full_name is not None:
                p.full_name = clean_required(full_name, "Họ tên / Full name", NAME_MAX).strip()
                p.folded = fold(p.full_name)
            if position is not None:
                p.position = clean_optional(position, "Chức vụ / Position", NAME_MAX).strip()
            if unit is not None:
                p.unit = clean_optional(unit, "Đơn vị / Unit", NAME_MAX).strip()
            with s.no_autoflush:  # look before the renamed row hits the unique constraint
                clash = s.scalar(
                    select(Person.id).where(
                        Person.full_name == p.full_name, Person.unit == p.unit, Person.id != p.id
                    )
                )
            if clash is not None:
                raise ValidationError(
                    "Đã có người trùng họ tên và đơn vị; hãy gộp hai mục."
                    " / A person with this name and unit exists already; merge them instead."
                )
            search_index.index_person(s, p.id)
            return convert.person(p)

    def complete(self, prefix: str, limit: int = 20) -> list[PersonDTO]:
        """People whose name contains *prefix* (diacritics ignored), most used first."""
        key = fold(prefix).strip()
        with self.db.read() as s:
            used = (
                select(Attendance.person_id, func.count().label("n"))
                .group_by(Attendance.person_id)
                .subquery()
            )
            q = (
                select(Person)
                .outerjoin(used, used.c.person_id == Person.id)
                .order_by(func.coalesce(used.c.n, 0).desc(), Person.full_name)
                .limit(limit)
            )
            if key:
                esc = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                q = q.where(Person.folded.like(f"%{esc}%", escape="\\"))
            return [convert.person(p) for p in s.scalars(q)]

    def list(self) -> list[PersonDTO]:
        with self.db.read() as s:
            return [
                convert.person(p)
                for p in s.scalars(select(Person).order_by(Person.folded, Person.id))
            ]

    def usage(self) -> dict[int, int]:
        """How many attendance lists each person is on (people on none are left out)."""
        with self.db.read() as s:
            rows = s.execute(
                select(Attendance.person_id, func.count()).group_by(Attendance.person_id)
            )
            return {int(pid): int(n) for pid, n in rows}

    def meetings_of(self, person_id: int) -> builtins.list[int]:
        """Ids of the meetings whose attendance list holds this person."""
        with self.db.read() as s:
            return [
                int(i)
                for i in s.scalars(
                    select(Attendance.meeting_id).where(Attendance.person_id == person_id)
                )
            ]

    def delete(self, person_id: int) -> None:
        with self.db.write() as s:
            p = get_or_404(s, Person, person_id, "người / person")
            used = s.scalar(select(func.count()).where(Attendance.person_id == person_id))
            if used:
                raise ValidationError(
                    f"{p.full_name} có trong {used} danh sách dự họp, không xóa được."
                    f" / {p.full_name} is on {used} attendance lists and cannot be deleted."
                )
            s.delete(p)

    def merge(self, keep_id: int, drop_id: int) -> PersonDTO:
        """Fold duplicate *drop_id* into *keep_id*: every attendance row moves over, then the
        duplicate is deleted. Where both attend one meeting a single row stays (the one with
        the more informative status) and the other's entries now name it as their speaker.
        """
        if keep_id == drop_id:
            raise ValidationError(
                "Không thể gộp một người vào chính họ. / A person cannot be merged into themselves."
            )
        with self.db.write() as s:
            keep = get_or_404(s, Person, keep_id, "người / person")
            drop = get_or_404(s, Person, drop_id, "người / person")
            kept_rows = {
                a.meeting_id: a
                for a in s.scalars(select(Attendance).where(Attendance.person_id == keep.id))
            }
            moved = list(s.scalars(select(Attendance).where(Attendance.person_id == drop.id)))
            changed: set[int] = set()
            for a in moved:
                other = kept_rows.get(a.meeting_id)
                meeting = get_or_404(s, Meeting, a.meeting_id, "cuộc họp / meeting")
                if other is not None and meeting.status == MeetingStatus.FINALIZED:
                    raise ValidationError(
                        f"Cả hai người cùng có trong biên bản đã chốt “{meeting.title}”; hãy mở"
                        " lại biên bản đó trước khi gộp. / Both people attend a finalized"
                        " meeting; reopen it before merging."
                    )
                if meeting.status != MeetingStatus.FINALIZED:
                    changed.add(meeting.id)
                if other is None:
                    a.person_id = keep.id
                    continue
                winner, loser = (other, a)
                if STATUS_WEIGHT.get(Presence(a.status), 0) > STATUS_WEIGHT.get(
                    Presence(other.status), 0
                ):
                    winner, loser = a, other
                _fold_row(s, winner, loser)
                if winner is a:
                    s.flush()  # the kept person's old row is gone: the pair is free again
                    a.person_id = keep.id
                    kept_rows[a.meeting_id] = a
            keep.position = keep.position or drop.position
            s.flush()
            s.expire_all()
            s.delete(s.get(Person, drop_id))
            for meeting_id in changed:
                m = s.get(Meeting, meeting_id)
                if m is not None:
                    touch(m)
            s.flush()
            search_index.index_person(s, keep_id)
            return convert.person(get_or_404(s, Person, keep_id, "người / person"))


def _fold_row(s: Session, winner: Attendance, loser: Attendance) -> None:
    """Point everything at *loser* (entries, the unsent draft) to *winner*, then delete it."""
    s.execute(
        update(Entry)
        .where(Entry.speaker_id == loser.id)
        .values(speaker_id=winner.id, version=Entry.version + 1)
        .execution_options(synchronize_session=False)
    )
    s.execute(
        update(Draft)
        .where(Draft.speaker_id == loser.id)
        .values(speaker_id=winner.id)
        .execution_options(synchronize_session=False)
    )
    if not winner.note and loser.note:
        winner.note = loser.note
    search_index.drop(s, search_index.ATTENDEE, loser.id)
    s.execute(
        delete(Attendance)
        .where(Attendance.id == loser.id)
        .execution_options(synchronize_session=False)
    )
    s.expunge(loser)
