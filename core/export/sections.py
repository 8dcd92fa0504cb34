"""Opening sections of the minutes: time, place, attendance, chair, quorum, documents, agenda."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.domain.dto import AttendanceDTO
from core.domain.enums import ABSENT_STATUSES, OFFICIAL_ROLES, MeetingStatus, Presence, Role
from core.export.docxkit import R
from core.export.frame import Ctx
from core.export.textkit import lower_first, one_line

GUEST_ROLES = (Role.GUEST, Role.PRESS, Role.OTHER)
ROLE_ORDER = (Role.CHAIR, Role.SECRETARY, Role.MEMBER, Role.GUEST, Role.PRESS, Role.OTHER)
ABSENT = (Presence.ABSENT, Presence.ABSENT_EXCUSED)
# Only the main parts get numbers (1. Thành phần, 2. Diễn biến …); the opening lines do not.
NUMBERED = frozenset({"attendance", "agenda", "content", "conclusion", "actions"})


def heading(ctx: Ctx, key: str) -> None:
    """A bold section heading kept with what follows; numbered when the profile says so."""
    text = ctx.profile.label(key)
    # A notice numbers its conclusion points, so its headings stay unnumbered.
    if ctx.profile.numbered_headings and key in NUMBERED and ctx.kind == "minutes":
        ctx.heading_no += 1
        text = f"{ctx.heading_no}. {text}"
    else:
        text += ":"
    ctx.kit.heading([R(text, bold=True)], before=6)


def inline(ctx: Ctx, key: str, value: str) -> None:
    """'Label: value.' on one justified line, label bold."""
    value = value.rstrip()
    if value and value[-1] not in ".:;!?…":
        value += "."
    ctx.kit.para([R(ctx.profile.label(key) + ": ", bold=True), R(value)])


def items(ctx: Ctx, lines: Sequence[str], final: str = ".", sep: str = ";") -> None:
    """A dash list as clerks type it: '- item;' on each line and a full stop on the last."""
    shown = [one_line(x).rstrip(".;,") for x in lines if one_line(x)]
    for i, line in enumerate(shown):
        end = final if i == len(shown) - 1 else sep
        ctx.kit.para([R(f"- {line}{end}")])


def sec_time(ctx: Ctx) -> None:
    start = ctx.rec.meeting.start
    if start:
        inline(ctx, "time", f"{ctx.time(start)}, {ctx.date(start)}")


def sec_place(ctx: Ctx) -> None:
    if ctx.values["place"]:
        inline(ctx, "place", ctx.values["place"])


def sec_opening(ctx: Ctx) -> None:
    if ctx.rec.meeting.start or ctx.values["place"]:
        ctx.kit.para(ctx.fill(ctx.profile.label("opening")))


def _mark(ctx: Ctx, a: AttendanceDTO) -> str:
    if a.status == Presence.LATE:
        when = ctx.time(a.arrival) if a.arrival else ""
        return f" ({ctx.fill(ctx.profile.label('late_at'), time=when).strip()})"
    if a.status == Presence.LEFT_EARLY:
        return f" ({ctx.profile.label('left_early')})"
    return ""


def _absent_line(ctx: Ctx, a: AttendanceDTO) -> str:
    reason = one_line(a.reason)
    if reason:
        return f"{ctx.who(a)} – {ctx.profile.label('reason')}: {lower_first(reason)}"
    return f"{ctx.who(a)} ({lower_first(ctx.word(a.status))})"


def _absent_detail(ctx: Ctx, absent: Sequence[AttendanceDTO]) -> str:
    """' (đồng chí A, lý do: đi công tác; đồng chí B, vắng không lý do)'."""
    if not absent:
        return ""
    parts = []
    for a in absent:
        name = ctx.fill(ctx.profile.label("person"), name=one_line(a.full_name))
        name = lower_first(name) if ctx.lang == "vi" else name
        reason = one_line(a.reason)
        if reason:
            parts.append(f"{name}, {ctx.profile.label('reason')}: {lower_first(reason)}")
        else:  # "lý do: vắng không lý do" says nothing; the status alone does
            parts.append(f"{name}, {lower_first(ctx.word(a.status))}")
    return " (" + "; ".join(parts) + ")"


def _without_zero_others(template: str) -> str:
    """Drop the sentence about guests ("Khách mời …: {others}.") when there are none."""
    sentences = re.split(r"(?<=[.;])\s+", template)
    return " ".join(x for x in sentences if "{others}" not in x)


def sec_attendance(ctx: Ctx) -> None:
    rows = ctx.rec.attendance
    if not rows:
        return
    guests_apart = "invited" in ctx.spec.sections
    c = ctx.rec.counts
    official = [a for a in rows if a.role in OFFICIAL_ROLES]
    # One definition everywhere: official members marked absent (AttendanceCounts).
    absent = [a for a in official if a.status in ABSENT_STATUSES]
    others = [a for a in rows if a.role not in OFFICIAL_ROLES and a.is_present]
    heading(ctx, "attendance")
    template = ctx.profile.label("attendance_summary")
    if not others:
        template = _without_zero_others(template)
    summary = ctx.fill(
        template,
        total=str(c.official_total),
        present=str(c.official_present),
        absent=str(c.official_absent),
        others=str(len(others)),
        absent_detail=_absent_detail(ctx, absent),
    )
    if c.official_unknown:
        unknown = ctx.fill(ctx.profile.label("attendance_unknown"), unknown=str(c.official_unknown))
        summary = f"{summary} {unknown}".strip()
    ctx.kit.para(summary)
    if ctx.profile.style == "party":
        return
    if ctx.profile.style == "en":
        _attendance_en(ctx, guests_apart)
        return
    for role in ROLE_ORDER:
        # The chair and the secretary get their own lines when the profile has them.
        if (guests_apart and role in GUEST_ROLES) or role in ctx.spec.sections:
            continue
        group = [a for a in rows if a.role == role and a.is_present]
        _group(ctx, ctx.word(role), [ctx.who(a) + _mark(ctx, a) for a in group])
    _group(ctx, ctx.profile.label("absent_group"), [_absent_line(ctx, a) for a in absent])


def _group(ctx: Ctx, title: str, lines: Sequence[str]) -> None:
    if not lines:
        return
    count = f" ({len(lines)})" if len(lines) > 1 else ""
    ctx.kit.heading([R(f"{title}{count}:", italic=True)], before=0)
    items(ctx, lines)


def _attendance_en(ctx: Ctx, guests_apart: bool) -> None:
    """Board minutes: Present, In attendance, Apologies, Absent."""
    rows = ctx.rec.attendance
    tags = {Role.CHAIR: ctx.word("chair"), Role.SECRETARY: ctx.word("secretary")}

    def line(a: AttendanceDTO) -> str:
        tag = f" – {tags[Role(a.role)]}" if a.role in tags else ""
        return ctx.who(a) + tag + _mark(ctx, a)

    official = [a for a in rows if a.role in OFFICIAL_ROLES]
    _group(ctx, ctx.word("present"), [line(a) for a in official if a.is_present])
    if not guests_apart:
        guests = [a for a in rows if a.role not in OFFICIAL_ROLES and a.is_present]
        _group(ctx, ctx.profile.label("invited"), [line(a) for a in guests])
    for status in ABSENT:  # Apologies, then Absent: together the summary's "N absent"
        gone = [a for a in official if a.status == status]
        _group(ctx, ctx.word(status), [_absent_line(ctx, a) for a in gone])


def sec_invited(ctx: Ctx) -> None:
    present = [a for a in ctx.rec.attendance if a.role in GUEST_ROLES and a.is_present]
    # The press is not an invited delegate (Hướng dẫn 16-HD/VPTW lists it apart).
    for key, group in (
        ("invited", [a for a in present if a.role != Role.PRESS]),
        ("press", [a for a in present if a.role == Role.PRESS]),
    ):
        if group:
            heading(ctx, key)
            items(ctx, [ctx.who(a) + _mark(ctx, a) for a in group])


def sec_quorum(ctx: Ctx) -> None:
    c = ctx.rec.counts
    needed = c.quorum_needed
    if needed is None or not c.official_total:
        return
    key = "quorum_yes" if c.has_quorum else "quorum_no"
    ctx.kit.para(
        ctx.fill(
            ctx.profile.label(key),
            present=str(c.official_present),
            total=str(c.official_total),
            needed=str(needed),
        )
    )


def sec_chair(ctx: Ctx) -> None:
    if ctx.rec.chair:
        inline(ctx, "chair", ctx.who(ctx.rec.chair))


def sec_secretary(ctx: Ctx) -> None:
    if ctx.rec.secretary:
        inline(ctx, "secretary", ctx.who(ctx.rec.secretary))


def sec_documents(ctx: Ctx) -> None:
    docs = [d for d in ctx.rec.meeting.documents if one_line(d)]
    if docs:
        heading(ctx, "documents")
        items(ctx, docs)


def sec_other_info(ctx: Ctx) -> None:
    text = ctx.rec.meeting.other_info
    if one_line(text):
        ctx.kit.text_paras(text, [R(ctx.profile.label("other_info") + ":", bold=True)])


def sec_agenda(ctx: Ctx) -> None:
    agenda = [g for g in ctx.rec.agenda if one_line(g.title)]
    if not agenda:
        return
    heading(ctx, "agenda")
    for i, g in enumerate(agenda, 1):
        text = f"{i}. {one_line(g.title).rstrip('.;')}"
        if one_line(g.presenter):
            text += f" ({one_line(g.presenter)})"
        ctx.kit.para([R(text + ("." if i == len(agenda) else ";"))])


def sec_approval(ctx: Ctx) -> None:
    # Only true once the minutes were read back and finalized; a draft must not claim it.
    if ctx.rec.meeting.status == MeetingStatus.FINALIZED:
        ctx.kit.para(ctx.profile.label("approval"))


def sec_closing(ctx: Ctx) -> None:
    m = ctx.rec.meeting
    end = m.end
    text = ctx.fill(
        ctx.profile.label("closing"),
        time=ctx.time(end),
        date=ctx.date(end or m.start),
    )
    ctx.kit.para(text)
