"""Helpers every service uses: lookups, edit guards, date checks, ordering."""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.domain.enums import MeetingStatus
from core.domain.models import Meeting, utcnow
from core.errors import NotFoundError, ValidationError, about

T = TypeVar("T")

MIN_YEAR, MAX_YEAR = 1900, 2200


SQLITE_INT_MAX = 2**63 - 1  # larger ids cannot exist (and cannot even be bound)
COUNT_MAX = 1_000_000_000


def get_or_404(session: Session, model: type[T], ident: int, label: str) -> T:
    in_range = isinstance(ident, int) and -SQLITE_INT_MAX <= ident <= SQLITE_INT_MAX
    obj = session.get(model, ident) if in_range else None
    if obj is None:
        vi, _, en = label.partition(" / ")
        en = en or vi
        raise NotFoundError(f"Không tìm thấy {vi} #{ident}. / No {en} #{ident}.")
    return obj


def editable_meeting(session: Session, meeting_id: int) -> Meeting:
    """The meeting, if it may still be changed; a finalized one is refused."""
    m = get_or_404(session, Meeting, meeting_id, "cuộc họp / meeting")
    if m.status == MeetingStatus.FINALIZED:
        raise ValidationError(
            "Biên bản đã được chốt (finalized), không sửa được; hãy mở lại để tạo bản sửa đổi."
            " / The minutes are finalized and read-only; reopen them to make a new revision."
        )
    return m


def touch(m: Meeting) -> None:
    """Mark the meeting changed (bumps its version for optimistic concurrency)."""
    m.updated_at = utcnow()
    m.sort_date = m.actual_start or m.planned_start or m.created_at or utcnow()


def check_datetime(value: Any, label: str) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                **about(
                    label,
                    f"ngày giờ không hợp lệ '{value}'.",
                    f"'{value}' is not a valid date and time.",
                ),
                field=label,
            ) from None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time())
    if not isinstance(value, dt.datetime):
        raise ValidationError(
            **about(label, "ngày giờ không hợp lệ.", "not a date and time."), field=label
        )
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise _year_out_of_range(label, value.year)
    return value.replace(tzinfo=None, microsecond=0)


def check_date(value: Any, label: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(
                **about(
                    label,
                    f"ngày không hợp lệ '{value}'.",
                    f"'{value}' is not a valid date (YYYY-MM-DD).",
                ),
                field=label,
            ) from None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        raise ValidationError(**about(label, "ngày không hợp lệ.", "not a date."), field=label)
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise _year_out_of_range(label, value.year)
    return value


def _year_out_of_range(label: str, year: int) -> ValidationError:
    return ValidationError(
        **about(
            label,
            f"năm {year} nằm ngoài khoảng {MIN_YEAR}-{MAX_YEAR}.",
            f"the year {year} is out of range ({MIN_YEAR}-{MAX_YEAR}).",
        ),
        field=label,
    )


def check_order(start: dt.datetime | None, end: dt.datetime | None, label: str) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            **about(label, "giờ kết thúc trước giờ bắt đầu.", "the end is before the start."),
            field=label,
        )


def next_position(session: Session, column: Any, owner_column: Any, owner_id: int) -> int:
    top = session.scalar(select(func.max(column)).where(owner_column == owner_id))
    return 0 if top is None else int(top) + 1


def as_id(value: Any, label: str) -> int:
    """A record id given as an int (or its digits); anything else is a ValidationError."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        raise ValidationError(
            **about(label, "mã không hợp lệ.", "not a valid id."), field=label
        ) from None


AUDIO_MS_MAX = 2**31 - 1  # an INTEGER column on PostgreSQL: 24 days of recording


def check_audio_ms(value: Any) -> int | None:
    """An offset into the meeting's recording (ms), or None when nothing was being recorded."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= AUDIO_MS_MAX:
        raise ValidationError(
            f"Vị trí ghi âm không hợp lệ: {value!r} / Not a recording offset: {value!r}",
            field="audio_ms",
        )
    return value


def check_count(value: Any, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError(
                **about(label, "phải là số nguyên.", "must be a whole number."), field=label
            ) from None
    if value < 0:
        raise ValidationError(
            **about(label, "không được âm.", "must not be negative."), field=label
        )
    if value > COUNT_MAX:
        raise ValidationError(**about(label, "số quá lớn.", "number too large."), field=label)
    return int(value)


def checked_uid(uid: Any) -> str:
    """A client id as the window makes them (a UUID); anything else is refused."""
    if not isinstance(uid, str) or not 8 <= len(uid) <= 36 or not uid.isprintable():
        raise ValidationError("Mã bản ghi không hợp lệ. / Not a valid record id.", field="uid")
    return uid


def place(s: Session, row: Any, index: int) -> list[Any]:
    """Put *row* at *index* among its meeting's rows of the same kind; all of them, in order."""
    model = type(row)
    rows = list(
        s.scalars(
            select(model)
            .where(model.meeting_id == row.meeting_id)
            .order_by(model.position, model.id)
        )
    )
    rows.remove(row)
    rows.insert(max(0, min(index, len(rows))), row)
    for i, r in enumerate(rows):
        if r.position != i:
            r.position = i
    return rows
