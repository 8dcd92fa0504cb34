"""The body of the minutes: the timeline in order, indicators, proposals, votes, conclusion."""

from __future__ import annotations

import datetime as dt

from core.domain.dto import EntryDTO, VoteDTO
from core.domain.enums import EntryKind
from core.domain.formatting import en_short_date, percent
from core.export.docxkit import R
from core.export.frame import Ctx
from core.export.sections import heading
from core.export.textkit import one_line, paragraphs


def _speaker(ctx: Ctx, e: EntryDTO) -> str:
    name = one_line(e.speaker_name)
    if not name:
        return ""
    if e.speaker_id is None:
        # Typed free text ("Đại diện Sở Tài chính") is printed as the secretary wrote it.
        return name
    return ctx.person(name, e.speaker_position, e.speaker_unit)


def _lead(ctx: Ctx, e: EntryDTO) -> list[R]:
    who = _speaker(ctx, e)
    key = f"intro_{e.kind}" if f"intro_{e.kind}" in ctx.profile.labels else "intro_opinion"
    if who:
        text = ctx.fill(ctx.profile.label(key), who=who)
    elif e.kind == EntryKind.NOTE:
        text = ""
    else:
        text = ctx.word(e.kind) + ":"
    return [R(text, bold=True)] if text.strip() else []


def _indicators(ctx: Ctx, e: EntryDTO) -> None:
    total = ctx.kit.text_width_mm
    first = (12.0, total * 0.38, total * 0.16, total * 0.18)
    widths = (*first, total - sum(first))
    rows = []
    for i, ind in enumerate(e.indicators, 1):
        unit = one_line(ind.unit)
        value = one_line(ind.value)
        joined = value + unit if unit.startswith("%") else " ".join(x for x in (value, unit) if x)
        rows.append((str(i), ind.name, joined, ind.period, ind.target))
    ctx.kit.grid(ctx.profile.columns("indicator_columns"), widths, rows, center_cols=(0, 2, 3))


def _proposal(ctx: Ctx, e: EntryDTO) -> None:
    p = e.proposal
    if p is None:
        return
    runs = []
    proposer = one_line(p.proposer)
    if proposer and proposer != one_line(e.speaker_name):
        runs += [R(ctx.profile.label("proposal_by") + ": ", italic=True), R(proposer + ". ")]
    runs.append(R(ctx.profile.label("proposal_result") + ": ", bold=True, italic=True))
    response = paragraphs(p.response)
    status = ctx.word(p.status)
    runs.append(R(status + ("." if not response else ". "), italic=True))
    if response:
        runs.append(R("\n".join(" ".join(lines) for lines in response), italic=True))
    ctx.kit.para(runs)


def _pct(ctx: Ctx, v: VoteDTO, n: int) -> str:
    return percent(v.percent(n), ctx.lang)


def _vote(ctx: Ctx, v: VoteDTO) -> None:
    kit, lab = ctx.kit, ctx.profile.label
    if one_line(v.subject):
        kit.para(
            [R(lab("vote_subject") + ": ", bold=True), R(one_line(v.subject) + ".")], keep_next=True
        )
    counts = ctx.fill(
        lab("vote_counts"),
        total=str(v.total),
        **{"for": str(v.votes_for)},
        against=str(v.votes_against),
        abstain=str(v.abstain),
        for_pct=_pct(ctx, v, v.votes_for),
        against_pct=_pct(ctx, v, v.votes_against),
        abstain_pct=_pct(ctx, v, v.abstain),
    )
    if v.not_voting:
        counts += ctx.fill(lab("vote_not_voting"), not_voting=str(v.not_voting))
    kit.para(
        [R(lab("vote_method") + ": ", bold=True), R(ctx.word(v.method) + "; " + counts + ".")],
        keep_next=True,
    )
    result = ctx.word("passed" if v.passed else "failed")
    kit.para([R(lab("vote_result") + ": ", bold=True), R(result + ".", bold=True)])


def entry(ctx: Ctx, e: EntryDTO) -> None:
    lead = _lead(ctx, e)
    italic = e.kind == EntryKind.NOTE
    has_more = bool(e.indicators or e.proposal or e.vote)
    ctx.kit.text_paras(e.text, lead, italic=italic, keep_next=has_more and len(e.text) < 400)
    if e.indicators:
        _indicators(ctx, e)
    _proposal(ctx, e)
    if e.vote:
        _vote(ctx, e.vote)


def sec_content(ctx: Ctx) -> None:
    apart = "conclusion" in ctx.spec.sections
    shown = [e for e in ctx.rec.entries if not (apart and e.kind == EntryKind.CONCLUSION)]
    if not shown:
        return
    heading(ctx, "content")
    agenda = {g.id: (i, g) for i, g in enumerate(ctx.rec.agenda, 1)}
    current: int | None = None
    for e in shown:
        if e.agenda_item_id in agenda and e.agenda_item_id != current:
            current = e.agenda_item_id
            n, g = agenda[current]
            text = ctx.fill(ctx.profile.label("agenda_item"), n=str(n), title=one_line(g.title))
            ctx.kit.para([R(text, bold=True, italic=True)], keep_next=True, before=4)
        entry(ctx, e)
        ctx.tick()


def sec_conclusion(ctx: Ctx) -> None:
    found = [e for e in ctx.rec.entries if e.kind == EntryKind.CONCLUSION]
    if ctx.kind == "notice":
        # The lead sentence already says "… kết luận như sau:"; the points are numbered.
        parts = [lines for e in found for lines in paragraphs(e.text)]
        if not parts:
            ctx.kit.para([R(ctx.profile.label("no_conclusion"), italic=True)])
        for i, lines in enumerate(parts, 1):
            ctx.kit.para([R(f"{i}. "), R("\n".join(lines))])
        for e in found:
            if e.vote:
                _vote(ctx, e.vote)
            ctx.tick()
        return
    if not found:
        return
    heading(ctx, "conclusion")
    chair = ctx.rec.chair
    for e in found:
        by_chair = (e.speaker_id is None and not e.speaker_name) or (
            chair is not None and e.speaker_id == chair.id
        )
        ctx.kit.text_paras(e.text, [] if by_chair else _lead(ctx, e))
        if e.indicators:
            _indicators(ctx, e)
        _proposal(ctx, e)
        if e.vote:
            _vote(ctx, e.vote)
        ctx.tick()


def _deadline(ctx: Ctx, d: dt.date | None) -> str:
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if ctx.lang == "vi" else en_short_date(d)


def sec_actions(ctx: Ctx) -> None:
    acts = [a for a in ctx.rec.actions if one_line(a.task) and a.status != "cancelled"]
    if not acts:
        return
    heading(ctx, "actions")
    total = ctx.kit.text_width_mm
    first = (12.0, total * 0.40, total * 0.19, total * 0.19)
    widths = (*first, total - sum(first))
    rows = [
        (str(i), a.task, a.lead, a.coordinating, _deadline(ctx, a.deadline))
        for i, a in enumerate(acts, 1)
    ]
    ctx.kit.grid(ctx.profile.columns("action_columns"), widths, rows, center_cols=(0, 4))
