"""Attendance: who was invited, in which role, present or not, and the derived counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.domain import convert
from core.domain.dto import AttendanceCounts, AttendanceDTO
from core.domain.enums import Presence, Role, parse_enum
from core.domain.models import Attendance, Entry, Meeting, Person
from core.domain.text import clean_optional, clean_required, fold
from core.domain.uids import new_uid
from core.errors import PersonSharedError, ValidationError
from core.search import index as search_index
from core.services.common import (
    check_datetime,
    checked_uid,
    editable_meeting,
    get_or_404,
    next_position,
    place,
    touch,
)
from core.services.people import NAME_MAX, find_or_create_person
from core.storage.database import Database


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _apply_status(a: Attendance, status: str, reason: str | None, arrival: Any) -> None:
    st = parse_enum(Presence, status, "Tình trạng / Status")
    a.status = st
    if reason is not None:
        a.reason = clean_optional(reason, "Lý do / Reason", 2000).strip()
    if st == Presence.ABSENT_EXCUSED and not a.reason:
        raise ValidationError(
            "Vắng có lý do: hãy ghi lý do. / Absent with reason: give the reason.", field="reason"
        )
    if st == Presence.LATE:
        a.arrival = check_datetime(arrival, "Giờ đến / Arrival") or a.arrival or _now()
    elif arrival is not None:
        a.arrival = check_datetime(arrival, "Giờ đến / Arrival")
    if st in (Presence.PRESENT, Presence.UNKNOWN):
        a.reason = "" if reason is None else a.reason


class AttendanceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        meeting_id: int,
        full_name: str | None = None,
        *,
        person_id: int | None = None,
        position: str = "",
        unit: str = "",
        role: str = Role.MEMBER,
        status: str = Presence.UNKNOWN,
        reason: str = "",
        note: str = "",
        arrival: Any = None,
        uid: str | None = None,
        index: int | None = None,
        _ident: int | None = None,
    ) -> AttendanceDTO:
        """Add a person to the list; a new name creates a directory entry.

        With *uid* (given by the window) a repeated call after a lost reply returns the row
        the first one stored instead of refusing a duplicate.
        """
        with self.db.write() as s:
            if uid is not None:
                done = s.scalar(select(Attendance).where(Attendance.uid == checked_uid(uid)))
                if done is not None:
                    return convert.attendance(done)
            m = editable_meeting(s, meeting_id)
            if person_id is not None:
                person = get_or_404(s, Person, person_id, "người / person")
            else:
                person = find_or_create_person(s, full_name or "", position, unit)
            dup = s.scalar(
                select(Attendance.id).where(
                    Attendance.meeting_id == meeting_id, Attendance.person_id == person.id
                )
            )
            if dup is not None:
                raise ValidationError(
                    f"{person.full_name} đã có trong danh sách. / {person.full_name} is on the"
                    f" list already."
                )
            a = Attendance(
                id=_ident,
                uid=uid or new_uid(),
                meeting_id=meeting_id,
                person_id=person.id,
                role=parse_enum(Role, role, "Vai trò / Role"),
                note=clean_optional(note, "Ghi chú / Note", 2000),
                position=next_position(s, Attendance.position, Attendance.meeting_id, meeting_id),
            )
            a.person = person
            _apply_status(a, status, reason, arrival)
            s.add(a)
            touch(m)
            s.flush()
            if index is not None:
                place(s, a, index)
            search_index.index_attendee(s, a)
            return convert.attendance(a)

    def restore(self, dto: AttendanceDTO) -> AttendanceDTO:
        """Undo a removal: the same person back at the same place, with the same id."""
        with self.db.read() as s:
            free = s.get(Attendance, dto.id) is None
        return self.add(
            dto.meeting_id,
            person_id=dto.person_id,
            role=dto.role,
            status=dto.status,
            reason=dto.reason,
            note=dto.note,
            arrival=dto.arrival,
            uid=dto.uid or None,
            index=dto.order,
            _ident=dto.id if free else None,
        )

    def update(
        self,
        attendance_id: int,
        *,
        role: str | None = None,
        status: str | None = None,
        reason: str | None = None,
        arrival: Any = None,
        note: str | None = None,
        position: str | None = None,
        unit: str | None = None,
        full_name: str | None = None,
        everywhere: bool | None = None,
    ) -> AttendanceDTO:
        """Change one row of the list. A corrected name renames the person in the
        directory when this list is the only one they are on; on other lists too, only
        with *everywhere* True (False: someone else attends here; None: PersonSharedError
        asks which). A name already in the directory is that person, and a misspelled
        entry left on no list leaves the directory."""
        with self.db.write() as s:
            a = self._editable(s, attendance_id)
            if role is not None:
                a.role = parse_enum(Role, role, "Vai trò / Role")
            if note is not None:
                a.note = clean_optional(note, "Ghi chú / Note", 2000)
            if full_name is not None or position is not None or unit is not None:
                self._change_person(s, a, full_name, position, unit, everywhere)
            if status is not None:
                _apply_status(a, status, reason, arrival)
            elif reason is not None or arrival is not None:
                _apply_status(a, a.status, reason, arrival)
            s.flush()
            search_index.index_speaker(s, a)
            return convert.attendance(a)

    @staticmethod
    def _change_person(
        s: Session,
        a: Attendance,
        full_name: str | None,
        position: str | None,
        unit: str | None,
        everywhere: bool | None,
    ) -> None:
        p = a.person
        name = clean_required(
            full_name if full_name is not None else p.full_name, "Họ tên / Full name", NAME_MAX
        ).strip()
        unit_ = clean_optional(unit if unit is not None else p.unit, "Đơn vị / Unit", NAME_MAX)
        unit_ = unit_.strip()
        if (name, unit_) == (p.full_name, p.unit):
            if position is not None:
                p.position = clean_optional(position, "Chức vụ / Position", NAME_MAX).strip()
                search_index.index_person(s, p.id)
            return
        with s.no_autoflush:
            existing = s.scalar(
                select(Person).where(
                    Person.full_name == name, Person.unit == unit_, Person.id != p.id
                )
            )
            elsewhere = s.scalar(
                select(func.count()).where(Attendance.person_id == p.id, Attendance.id != a.id)
            )
        if existing is None and (not elsewhere or everywhere):
            p.full_name, p.folded, p.unit = name, fold(name), unit_
            if position is not None:
                p.position = clean_optional(position, "Chức vụ / Position", NAME_MAX).strip()
            s.flush()
            search_index.index_person(s, p.id)
            return
        if existing is None and everywhere is None:
            raise PersonSharedError(
                f"{p.full_name} còn có trong {elsewhere} danh sách dự họp khác: sửa tên ở mọi"
                f" nơi, hay đây là một người khác? / {p.full_name} is on {elsewhere} other"
                " attendance lists: correct the name everywhere, or is this someone else?",
                int(elsewhere or 0),
            )
        repl = find_or_create_person(
            s, name, position if position is not None else p.position, unit_
        )
        dup = s.scalar(
            select(Attendance.id).where(
                Attendance.meeting_id == a.meeting_id, Attendance.person_id == repl.id
            )
        )
        if dup is not None:
            raise ValidationError("Người này đã có trong danh sách. / Already listed.")
        a.person = repl
        s.flush()
        if not elsewhere:
            s.delete(p)  # the misspelled entry, on no list any more

    def set_status(
        self,
        attendance_id: int,
        status: str,
        reason: str | None = None,
        at: dt.datetime | None = None,
    ) -> AttendanceDTO:
        return self.update(attendance_id, status=status, reason=reason, arrival=at)

    def remove(self, attendance_id: int) -> AttendanceDTO:
        with self.db.write() as s:
            a = self._editable(s, attendance_id)
            dto = convert.attendance(a)
            search_index.drop(s, search_index.ATTENDEE, a.id)
            # Entries keep the speaker's name as text once the attendee row is gone.
            s.execute(
                update(Entry)
                .where(Entry.speaker_id == a.id)
                .values(speaker_id=None, speaker_text=a.person.full_name, version=Entry.version + 1)
                .execution_options(synchronize_session=False)
            )
            s.delete(a)
            return dto

    def remove_many(self, attendance_ids: list[int]) -> list[AttendanceDTO]:
        """Take several people off the list (undo of an import), in one transaction."""
        with self.db.write() as s:
            removed = []
            for ident in attendance_ids:
                a = self._editable(s, ident)
                removed.append(convert.attendance(a))
                search_index.drop(s, search_index.ATTENDEE, a.id)
                s.delete(a)
            return removed

    def restore_many(self, rows: list[AttendanceDTO]) -> list[AttendanceDTO]:
        """Put several people back (redo of an import)."""
        return [self.restore(dto) for dto in rows]

    def move(self, attendance_id: int, new_index: int) -> list[AttendanceDTO]:
        with self.db.write() as s:
            a = self._editable(s, attendance_id)
            return [convert.attendance(r) for r in place(s, a, new_index)]

    def list(self, meeting_id: int) -> list[AttendanceDTO]:
        with self.db.read() as s:
            get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            return [
                convert.attendance(a)
                for a in s.scalars(
                    select(Attendance)
                    .where(Attendance.meeting_id == meeting_id)
                    .order_by(Attendance.position, Attendance.id)
                )
            ]

    def counts(self, meeting_id: int) -> AttendanceCounts:
        with self.db.read() as s:
            m = get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            rows = [
                convert.attendance(a)
                for a in s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
            ]
            return convert.counts(rows, m.quorum_rule)

    def _editable(self, s: Session, attendance_id: int) -> Attendance:
        a = get_or_404(s, Attendance, attendance_id, "người dự / attendee")
        touch(editable_meeting(s, a.meeting_id))
        return a
