"""Action items: the tasks a conclusion assigns, with lead, deadline and status."""

from __future__ import annotations

import builtins
import datetime as dt
from typing import Any

from sqlalchemy import select

from core.domain import convert
from core.domain.dto import ActionItemDTO, ActionTrackerRow
from core.domain.enums import ActionStatus, MeetingStatus, parse_enum
from core.domain.models import ActionItem, Entry, Meeting
from core.domain.text import clean_optional, clean_required, fold
from core.domain.uids import new_uid
from core.errors import ValidationError
from core.search import index as search_index
from core.services.common import (
    as_id,
    check_date,
    checked_uid,
    editable_meeting,
    get_or_404,
    next_position,
    place,
    touch,
)
from core.storage.database import Database

FOLLOW_UP = ("status", "closed_on", "note")
OVERDUE = "overdue"  # the tracker's extra status filter: open and past its deadline

FIELDS = (
    "task",
    "lead",
    "coordinating",
    "deadline",
    "status",
    "closed_on",
    "note",
    "conclusion_entry_id",
)


def _apply(s: Any, a: ActionItem, fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValidationError(f"Trường không tồn tại / unknown field(s): {', '.join(unknown)}")
    if "task" in fields:
        a.task = clean_required(fields["task"], "Nhiệm vụ / Task", 100_000).strip()
    for key in ("lead", "coordinating", "note"):
        if key in fields:
            setattr(a, key, clean_optional(fields[key], key, 5000).strip())
    if "deadline" in fields:
        a.deadline = check_date(fields["deadline"], "Thời hạn / Deadline")
    if "status" in fields:
        a.status = parse_enum(ActionStatus, fields["status"], "Tình trạng / Status")
        if a.status == ActionStatus.OPEN:
            a.closed_on = None
        elif "closed_on" not in fields and a.closed_on is None:
            a.closed_on = dt.date.today()
    if "closed_on" in fields:
        a.closed_on = check_date(fields["closed_on"], "Ngày hoàn thành / Closed on")
    if "conclusion_entry_id" in fields:
        ident = fields["conclusion_entry_id"]
        if ident is not None:
            ident = as_id(ident, "conclusion_entry_id")
            e = get_or_404(s, Entry, ident, "kết luận / conclusion")
            if e.meeting_id != a.meeting_id:
                raise ValidationError(
                    "Kết luận thuộc cuộc họp khác. / The conclusion belongs to another meeting."
                )
        a.conclusion_entry_id = ident


class ActionService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        meeting_id: int,
        task: str,
        *,
        uid: str | None = None,
        index: int | None = None,
        _ident: int | None = None,
        **fields: Any,
    ) -> ActionItemDTO:
        """Add a task; a repeated call with the same *uid* returns the one stored first."""
        with self.db.write() as s:
            if uid is not None:
                done = s.scalar(select(ActionItem).where(ActionItem.uid == checked_uid(uid)))
                if done is not None:
                    return convert.action(done)
            touch(editable_meeting(s, meeting_id))
            a = ActionItem(
                id=_ident,
                uid=uid or new_uid(),
                meeting_id=meeting_id,
                task="",
                status=ActionStatus.OPEN,
                position=next_position(s, ActionItem.position, ActionItem.meeting_id, meeting_id),
            )
            _apply(s, a, {"task": task, **fields})
            s.add(a)
            s.flush()
            if index is not None:
                place(s, a, index)
            search_index.index_action(s, a)
            return convert.action(a)

    def restore(self, dto: ActionItemDTO) -> ActionItemDTO:
        """Undo a removal: the task back at its place, with its id."""
        with self.db.read() as s:
            free = s.get(ActionItem, dto.id) is None
            link = dto.conclusion_entry_id
            if link is not None and s.get(Entry, link) is None:
                link = None  # the conclusion it belonged to is gone meanwhile
        fields = {
            k: getattr(dto, k)
            for k in ("lead", "coordinating", "deadline", "status", "closed_on", "note")
        }
        return self.add(
            dto.meeting_id,
            dto.task,
            uid=dto.uid or None,
            index=dto.order,
            _ident=dto.id if free else None,
            conclusion_entry_id=link,
            **fields,
        )

    def update(self, action_id: int, **fields: Any) -> ActionItemDTO:
        with self.db.write() as s:
            a = get_or_404(s, ActionItem, action_id, "nhiệm vụ / action item")
            touch(editable_meeting(s, a.meeting_id))
            _apply(s, a, fields)
            search_index.index_action(s, a)
            return convert.action(a)

    def remove(self, action_id: int) -> ActionItemDTO:
        with self.db.write() as s:
            a = get_or_404(s, ActionItem, action_id, "nhiệm vụ / action item")
            touch(editable_meeting(s, a.meeting_id))
            dto = convert.action(a)
            search_index.drop(s, search_index.ACTION, a.id)
            s.delete(a)
            return dto

    def list(self, meeting_id: int) -> list[ActionItemDTO]:
        with self.db.read() as s:
            get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            return [
                convert.action(a)
                for a in s.scalars(
                    select(ActionItem)
                    .where(ActionItem.meeting_id == meeting_id)
                    .order_by(ActionItem.position, ActionItem.id)
                )
            ]

    def all(
        self,
        status: str | None = None,
        lead: str | None = None,
        due_from: dt.date | None = None,
        due_to: dt.date | None = None,
        meeting_id: int | None = None,
    ) -> builtins.list[ActionItemDTO]:
        """Action items across meetings, soonest deadline first (the tracker's view)."""
        with self.db.read() as s:
            q = select(ActionItem)
            if status:
                q = q.where(ActionItem.status == parse_enum(ActionStatus, status, "status"))
            if lead:
                q = q.where(ActionItem.lead.contains(lead))
            if due_from:
                q = q.where(ActionItem.deadline >= due_from)
            if due_to:
                q = q.where(ActionItem.deadline <= due_to)
            if meeting_id is not None:
                q = q.where(ActionItem.meeting_id == meeting_id)
            q = q.order_by(ActionItem.deadline.is_(None), ActionItem.deadline, ActionItem.id)
            return [convert.action(a) for a in s.scalars(q)]

    def follow_up(
        self,
        action_id: int,
        status: str,
        closed_on: dt.date | str | None = None,
        note: str | None = None,
    ) -> ActionItemDTO:
        """Record how an action item ended: status, the day it closed and a note.

        Unlike update(), this is allowed on finalized meetings: tracking what became of a
        task happens after the minutes are approved and does not change what they say, so
        a finalized meeting is not marked as changed.
        """
        fields: dict[str, Any] = {"status": status}
        if closed_on is not None:
            fields["closed_on"] = closed_on
        if note is not None:
            fields["note"] = note
        with self.db.write() as s:
            a = get_or_404(s, ActionItem, action_id, "nhiệm vụ / action item")
            m = get_or_404(s, Meeting, a.meeting_id, "cuộc họp / meeting")
            _apply(s, a, fields)
            if a.status != ActionStatus.OPEN and a.closed_on is None:
                a.closed_on = dt.date.today()
            if m.status != MeetingStatus.FINALIZED:
                touch(m)
            search_index.index_action(s, a)
            return convert.action(a)

    def tracker(
        self,
        status: str | None = None,
        lead: str | None = None,
        due_from: dt.date | None = None,
        due_to: dt.date | None = None,
        meeting_id: int | None = None,
        today: dt.date | None = None,
    ) -> builtins.list[ActionTrackerRow]:
        """Action items across meetings with their meeting, soonest deadline first.

        *status* is an ActionStatus value or "overdue" (open, deadline before *today*);
        *lead* matches anywhere in the lead unit, ignoring case and diacritics.
        """
        today = today or dt.date.today()
        overdue_only = status == OVERDUE
        wanted = None
        if status and not overdue_only:
            wanted = parse_enum(ActionStatus, status, "Tình trạng / Status")
        if due_from and due_to and due_to < due_from:
            raise ValidationError(
                "Khoảng thời hạn: ngày cuối trước ngày đầu. / Deadline range: the end is before"
                " the start."
            )
        with self.db.read() as s:
            q = select(ActionItem, Meeting).join(Meeting, Meeting.id == ActionItem.meeting_id)
            if wanted is not None:
                q = q.where(ActionItem.status == wanted)
            if overdue_only:
                q = q.where(ActionItem.status == ActionStatus.OPEN, ActionItem.deadline < today)
            if due_from:
                q = q.where(ActionItem.deadline >= due_from)
            if due_to:
                q = q.where(ActionItem.deadline <= due_to)
            if meeting_id is not None:
                q = q.where(ActionItem.meeting_id == meeting_id)
            q = q.order_by(
                ActionItem.deadline.is_(None),
                ActionItem.deadline,
                Meeting.sort_date,
                ActionItem.position,
                ActionItem.id,
            )
            key = fold(lead or "").strip()
            rows: builtins.list[ActionTrackerRow] = []
            for a, m in s.execute(q):
                if key and key not in fold(a.lead):
                    continue
                dto = convert.action(a)
                rows.append(
                    ActionTrackerRow(
                        action=dto,
                        meeting_title=m.title,
                        meeting_date=m.sort_date,
                        meeting_profile=m.profile,
                        overdue=dto.is_overdue(today),
                    )
                )
            return rows
