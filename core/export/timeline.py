"""The body of the minutes: the timeline in order, indicators, proposals, votes, conclusion."""

from __future__ import annotations

import datetime as dt

from core.domain.dto import EntryDTO, VoteDTO
from core.domain.enums import EntryKind, ProposalStatus
from core.domain.formatting import en_short_date, percent
from core.export.docxkit import R
from core.export.frame import Ctx
from core.export.sections import heading
from core.export.textkit import lower_first, one_line, paragraphs


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
    response = "\n".join(" ".join(lines) for lines in paragraphs(p.response))
    # A pending proposal has no result yet: its status is not printed as one.
    status = "" if p.status == ProposalStatus.PENDING else ctx.word(p.status)
    if status or response:
        runs.append(R(ctx.profile.label("proposal_result") + ": ", bold=True, italic=True))
    if status:
        runs.append(R(status + ("." if not response else ". "), italic=True))
    if response:
        runs.append(R(_sentence(response), italic=True))
    if runs:
        ctx.kit.para(runs)


def _sentence(text: str) -> str:
    """*text* ending in one full stop, or in its own ?, ! or …, never in two."""
    text = text.rstrip()
    return text if text[-1:] in ".!?…" else text.rstrip(",;:") + "."


def _pct(ctx: Ctx, v: VoteDTO, n: int) -> str:
    return percent(v.percent(n), ctx.lang)


def _said(subject: str, text: str) -> bool:
    """Whether the motion is already in the words leading to the vote."""

    def plain(x: str) -> str:
        return " ".join(x.casefold().replace(".", " ").replace(",", " ").split())

    return bool(subject) and plain(subject) in plain(text)


def _vote(ctx: Ctx, v: VoteDTO, said: str = "") -> None:
    """The motion (unless the lead-in said it), the method and counts, the result: one
    paragraph of lines that does not split, so no page ends inside a vote's record."""
    lab = ctx.profile.label
    runs: list[R] = []
    tab = "\t" if ctx.profile.first_line_indent_cm else ""
    subject = one_line(v.subject)
    if subject and not _said(subject, said):
        runs += [R(lab("vote_subject") + ": ", bold=True), R(_sentence(subject) + "\n" + tab)]
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
    if v.not_cast:
        # Those present who cast no vote are stated, so the parts add up to the total.
        counts += ctx.fill(
            lab("vote_not_voting"),
            not_voting=str(v.not_cast),
            not_voting_pct=_pct(ctx, v, v.not_cast),
        )
    method = ctx.word(v.method)
    method = lower_first(method) if ctx.lang == "vi" else method
    runs += [R(lab("vote_method") + ": ", bold=True), R(f"{method}; {_sentence(counts)}\n{tab}")]
    result = ctx.word("passed" if v.passed else "failed")
    runs += [R(lab("vote_result") + ": ", bold=True), R(result + ".", bold=True)]
    ctx.kit.para(runs, keep_lines=True)


def entry(ctx: Ctx, e: EntryDTO) -> None:
    has_text = bool(paragraphs(e.text))
    if not has_text and not (e.indicators or e.vote):
        return  # nothing said: no bare "Đồng chí X:" line
    lead = _lead(ctx, e)
    italic = e.kind == EntryKind.NOTE
    # Only a short lead-in to a vote is kept with it; long speeches break where they fall.
    lead_in = e.vote is not None and len(paragraphs(e.text)) <= 1 and len(e.text) < 400
    if has_text or lead:
        ctx.kit.text_paras(e.text, lead, italic=italic, keep_next=lead_in)
    if e.indicators:
        _indicators(ctx, e)
    if has_text:
        _proposal(ctx, e)
    if e.vote:
        _vote(ctx, e.vote, e.text)


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
            ctx.kit.heading([R(text, bold=True, italic=True)], before=4)
        entry(ctx, e)
        ctx.tick()


def sec_conclusion(ctx: Ctx) -> None:
    found = [e for e in ctx.rec.entries if e.kind == EntryKind.CONCLUSION]
    if ctx.kind == "notice":
        # The lead sentence already says "… kết luận như sau:"; several points are numbered.
        parts = [lines for e in found for lines in paragraphs(e.text)]
        if not parts:
            ctx.kit.para([R(ctx.profile.label("no_conclusion"), italic=True)])
        for i, lines in enumerate(parts, 1):
            number = [R(f"{i}. ")] if len(parts) > 1 else []
            ctx.kit.para([*number, R("\n".join(lines))])
        for e in found:
            if e.vote:
                _vote(ctx, e.vote, e.text)
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
        if paragraphs(e.text):
            ctx.kit.text_paras(e.text, [] if by_chair else _lead(ctx, e))
            _proposal(ctx, e)
        if e.indicators:
            _indicators(ctx, e)
        if e.vote:
            _vote(ctx, e.vote, e.text)
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
