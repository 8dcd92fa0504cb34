"""Organisations and the person directory reused across meetings."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import convert, search_index
from core.common import get_or_404
from core.database import Database
from core.dto import OrganisationDTO, PersonDTO
from core.errors import ValidationError
from core.models import Attendance, Organisation, Person
from core.text import clean_optional, clean_required, fold

NAME_MAX = 200


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
            return convert.organisation(get_or_404(s, Organisation, org_id, "cơ quan"))


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
