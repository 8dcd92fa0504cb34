"""A meeting copied from a previous one opens by reviewing that meeting's open action items."""

from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from core.domain.enums import ActionStatus, EntryKind
from core.domain.formatting import en_short_date
from core.domain.models import ActionItem, AgendaItem, Entry, Meeting

REVIEW_TITLE = {
    "vi": "Kiểm điểm việc thực hiện kết luận kỳ trước",
    "en": "Review of the previous conclusions",
}


def meeting_lang(m: Meeting) -> str:
    return "en" if m.profile == "en" else "vi"


def _flat(text: str) -> str:
    return " ".join(text.split())


def review_line(n: int, a: ActionItem, lang: str) -> str:
    """'1. Task. Chủ trì: X; phối hợp: Y; thời hạn: 10/12/2026.' (or the English wording)."""
    task = _flat(a.task).rstrip(".")
    parts: list[str] = []
    if lang == "en":
        if a.lead.strip():
            parts.append(f"lead: {_flat(a.lead)}")
        if a.coordinating.strip():
            parts.append(f"with: {_flat(a.coordinating)}")
        if a.deadline:
            parts.append(f"due: {en_short_date(a.deadline)}")
    else:
        if a.lead.strip():
            parts.append(f"đơn vị chủ trì: {_flat(a.lead)}")
        if a.coordinating.strip():
            parts.append(f"phối hợp: {_flat(a.coordinating)}")
        if a.deadline:
            parts.append(f"thời hạn: {a.deadline:%d/%m/%Y}")
    tail = "; ".join(parts)
    tail = tail[:1].upper() + tail[1:]
    return f"{n}. {task}." + (f" {tail}." if tail else "")


def add_review(s: Session, prev: Meeting, new: Meeting) -> int:
    """Put the previous meeting's open action items first on *new*'s agenda.

    One agenda item "Kiểm điểm việc thực hiện kết luận kỳ trước" opens the agenda and each
    open item is a "note" entry under it, so the minutes print them as a list below that
    heading and the secretary records the progress reports right after. A review item
    copied along with the previous agenda is dropped: it listed older items. Returns the
    number of items carried.
    """
    s.flush()
    titles = list(REVIEW_TITLE.values())
    s.execute(
        delete(AgendaItem)
        .where(AgendaItem.meeting_id == new.id, AgendaItem.title.in_(titles))
        .execution_options(synchronize_session=False)
    )
    open_items = list(
        s.scalars(
            select(ActionItem)
            .where(ActionItem.meeting_id == prev.id, ActionItem.status == ActionStatus.OPEN)
            .order_by(ActionItem.position, ActionItem.id)
        )
    )
    if not open_items:
        return 0
    s.execute(
        update(AgendaItem)
        .where(AgendaItem.meeting_id == new.id)
        .values(position=AgendaItem.position + 1)
        .execution_options(synchronize_session=False)
    )
    lang = meeting_lang(new)
    review = AgendaItem(meeting_id=new.id, position=0, title=REVIEW_TITLE[lang], presenter="")
    s.add(review)
    s.flush()
    for i, a in enumerate(open_items):
        s.add(
            Entry(
                meeting_id=new.id,
                position=i,
                kind=EntryKind.NOTE,
                at=None,
                text=review_line(i + 1, a, lang),
                agenda_item_id=review.id,
            )
        )
    s.flush()
    return len(open_items)
