"""Lays out a whole minutes or notice document from a MeetingRecord and a profile."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from core.domain.dto import MeetingRecord
from core.domain.enums import OFFICIAL_ROLES, Role
from core.export import sections as s
from core.export import timeline as t
from core.export.frame import (
    Ctx,
    closing_block,
    header_table,
    new_ctx,
    signatures,
    title_block,
)
from core.export.profile import Profile
from core.export.textkit import one_line

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

NOTICE_NAME_LIMIT = 15  # beyond this many names the notice just says who attended by group
# Sections ending a document, laid out with the signatures (core/export/frame.closing_block).
CLOSING = frozenset({"approval", "closing", "notice_closing"})


def sec_notice_intro(ctx: Ctx) -> None:
    kit = ctx.kit
    kit.para(ctx.fill(ctx.profile.label("notice_intro")))
    chair = ctx.rec.chair
    present = [
        a
        for a in ctx.rec.attendance
        if a.is_present and (chair is None or a.id != chair.id) and a.role != Role.PRESS
    ]
    if present and len(present) <= NOTICE_NAME_LIMIT:
        # Officials first, then the host side, as the notice is read by both.
        ordered = [a for a in present if a.role in OFFICIAL_ROLES]
        ordered += [a for a in present if a.role not in OFFICIAL_ROLES]
        names = ", ".join(one_line(a.full_name) for a in ordered)
        kit.para(ctx.fill(ctx.profile.label("notice_attendees"), names=names))
    kit.para(ctx.fill(ctx.profile.label("notice_lead")), keep_next=True)


def sec_notice_closing(ctx: Ctx) -> None:
    ctx.kit.para(ctx.fill(ctx.profile.label("notice_closing")))


SECTIONS: dict[str, Callable[[Ctx], None]] = {
    "opening": s.sec_opening,
    "time": s.sec_time,
    "place": s.sec_place,
    "attendance": s.sec_attendance,
    "invited": s.sec_invited,
    "quorum": s.sec_quorum,
    "chair": s.sec_chair,
    "secretary": s.sec_secretary,
    "documents": s.sec_documents,
    "other_info": s.sec_other_info,
    "agenda": s.sec_agenda,
    "content": t.sec_content,
    "conclusion": t.sec_conclusion,
    "actions": t.sec_actions,
    "approval": s.sec_approval,
    "closing": s.sec_closing,
    "notice_intro": sec_notice_intro,
    "notice_closing": sec_notice_closing,
}


def build(
    rec: MeetingRecord,
    profile: Profile,
    kind: str,
    tick: Callable[[], None] | None = None,
) -> DocxDocument:
    """The finished python-docx Document, in memory."""
    ctx = new_ctx(rec, profile, kind)
    if tick is not None:
        ctx.tick = tick
    header_table(ctx)
    title_block(ctx)
    sections = ctx.spec.sections
    body = len(sections)
    while body and sections[body - 1] in CLOSING:
        body -= 1
    for name in sections[:body]:
        SECTIONS[name](ctx)
    block = closing_block(ctx)
    ctx.kit.into = block  # the last lines of the body go with the signatures
    for name in sections[body:]:
        SECTIONS[name](ctx)
    signatures(ctx, block)
    ctx.kit.into = None
    ctx.kit.finish()
    ctx.kit.page_numbers()
    return ctx.kit.doc
