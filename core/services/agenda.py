"""Agenda items of a meeting, kept in order."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.domain import convert
from core.domain.dto import AgendaItemDTO
from core.domain.models import AgendaItem, Meeting
from core.domain.text import clean_optional, clean_required
from core.domain.uids import new_uid
from core.search import index as search_index
from core.services.common import (
    checked_uid,
    editable_meeting,
    get_or_404,
    next_position,
    place,
    touch,
)
from core.storage.database import Database


class AgendaService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        meeting_id: int,
        title: str,
        presenter: str = "",
        index: int | None = None,
        uid: str | None = None,
        _ident: int | None = None,
    ) -> AgendaItemDTO:
        """Add an item; a repeated call with the same *uid* returns the one stored first."""
        with self.db.write() as s:
            if uid is not None:
                done = s.scalar(select(AgendaItem).where(AgendaItem.uid == checked_uid(uid)))
                if done is not None:
                    return convert.agenda_item(done)
            touch(editable_meeting(s, meeting_id))
            item = AgendaItem(
                id=_ident,
                uid=uid or new_uid(),
                meeting_id=meeting_id,
                title=clean_required(title, "Nội dung / Agenda item", 2000).strip(),
                presenter=clean_optional(presenter, "Người trình bày / Presenter", 300).strip(),
                position=next_position(s, AgendaItem.position, AgendaItem.meeting_id, meeting_id),
            )
            s.add(item)
            s.flush()
            if index is not None:
                self._reorder(meeting_id, item, index, s)
            search_index.index_meeting(s, editable_meeting(s, meeting_id))
            return convert.agenda_item(item)

    def restore(self, dto: AgendaItemDTO) -> AgendaItemDTO:
        """Undo a removal: the item back at its place, with its id."""
        with self.db.read() as s:
            free = s.get(AgendaItem, dto.id) is None
        return self.add(
            dto.meeting_id,
            dto.title,
            dto.presenter,
            index=dto.order,
            uid=dto.uid or None,
            _ident=dto.id if free else None,
        )

    def update(
        self, item_id: int, title: str | None = None, presenter: str | None = None
    ) -> AgendaItemDTO:
        with self.db.write() as s:
            item = get_or_404(s, AgendaItem, item_id, "mục chương trình / agenda item")
            touch(editable_meeting(s, item.meeting_id))
            if title is not None:
                item.title = clean_required(title, "Nội dung / Agenda item", 2000).strip()
            if presenter is not None:
                item.presenter = clean_optional(presenter, "Người trình bày", 300).strip()
            search_index.index_meeting(s, editable_meeting(s, item.meeting_id))
            return convert.agenda_item(item)

    def remove(self, item_id: int) -> AgendaItemDTO:
        with self.db.write() as s:
            item = get_or_404(s, AgendaItem, item_id, "mục chương trình / agenda item")
            touch(editable_meeting(s, item.meeting_id))
            dto = convert.agenda_item(item)
            s.delete(item)
            search_index.index_meeting(s, editable_meeting(s, item.meeting_id))
            return dto

    def move(self, item_id: int, new_index: int) -> list[AgendaItemDTO]:
        with self.db.write() as s:
            item = get_or_404(s, AgendaItem, item_id, "mục chương trình / agenda item")
            touch(editable_meeting(s, item.meeting_id))
            return self._reorder(item.meeting_id, item, new_index, s)

    def _reorder(
        self, meeting_id: int, item: AgendaItem, new_index: int, s: Session
    ) -> list[AgendaItemDTO]:
        return [convert.agenda_item(r) for r in place(s, item, new_index)]

    def list(self, meeting_id: int) -> list[AgendaItemDTO]:
        with self.db.read() as s:
            get_or_404(s, Meeting, meeting_id, "cuộc họp / meeting")
            return [
                convert.agenda_item(g)
                for g in s.scalars(
                    select(AgendaItem)
                    .where(AgendaItem.meeting_id == meeting_id)
                    .order_by(AgendaItem.position, AgendaItem.id)
                )
            ]
