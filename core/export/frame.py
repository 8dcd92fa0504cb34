"""The parts every document shares: placeholders, header table, title, signatures, Nơi nhận."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from string import Formatter
from typing import Any

from core.domain.dto import AttendanceDTO, MeetingRecord
from core.domain.formatting import (
    date_text,
    doc_number,
    label,
    position_and_unit,
    signer_position,
    time_text,
)
from core.export.docxkit import Kit, R
from core.export.profile import DocSpec, LineSpec, Profile
from core.export.textkit import lower_first, one_line

SIGNATURE_GAP_PT = 12.0  # above the signature titles and a Nơi nhận beside them
CELL_PADDING_MM = 3.0  # both cell margins of the borderless header table (2 × 85 twips)


DATE_BLANK = "……………………"
TIME_BLANK = "…………"
NAME_BLANK = "……………………"


def _placeholders(template: str) -> list[str]:
    try:
        return [name for _, name, _, _ in Formatter().parse(template) if name]
    except ValueError:
        return []


class _Blank(dict[str, str]):
    """Placeholders a profile names but the meeting lacks stay visible as {name}."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass
class Ctx:
    """One export in progress: the record, the profile, the document kind and the builder."""

    rec: MeetingRecord
    profile: Profile
    kind: str
    kit: Kit
    values: dict[str, str] = field(default_factory=dict)
    heading_no: int = 0
    tick: Callable[[], None] = lambda: None  # called once per timeline entry laid out
    # A speaker's words, worked out once: a long meeting names the same people thousands of
    # times.
    _people: dict[tuple[str, str, str], str] = field(default_factory=dict, repr=False)

    @property
    def lang(self) -> str:
        return self.profile.lang

    @property
    def spec(self) -> DocSpec:
        return self.profile.documents[self.kind]

    def fill(self, template: str, **extra: str) -> str:
        try:
            return template.format_map(_Blank({**self.values, **extra}))
        except (ValueError, IndexError, AttributeError):
            # A stray brace in a hand-edited profile: print the words rather than fail.
            return template

    def fill_line(self, template: str, **extra: str) -> str:
        """Like fill, but '' when every placeholder of *template* is empty: a line such as
        "TM. {issuing_body}" is left out rather than printed as a lone "TM."."""
        names = _placeholders(template)
        values = {**self.values, **extra}
        if names and not any(one_line(values.get(n, "")) for n in names):
            return ""
        return one_line(self.fill(template, **extra))

    def word(self, value: str) -> str:
        """An enum value's display word: the profile's own label first, then the defaults."""
        own = self.profile.labels.get(value)
        return own if isinstance(own, str) else label(value, self.lang)

    def person(self, name: str, position: str = "", unit: str = "") -> str:
        """'Đồng chí Nguyễn Văn A, Giám đốc Sở Công Thương' / 'Jane Doe (Chair, Board)'."""
        known = self._people.get((name, position, unit))
        if known is not None:
            return known
        key = (name, position, unit)
        name = one_line(name)
        pos_unit = position_and_unit(one_line(position), one_line(unit), self.lang)
        text = self.fill(self.profile.label("person"), name=name)
        if pos_unit:
            text += self.fill(self.profile.label("person_unit"), position_unit=pos_unit)
        self._people[key] = text
        return text

    def who(self, a: AttendanceDTO | None) -> str:
        return self.person(a.full_name, a.position, a.unit) if a else ""

    def date(self, when: dt.date | None) -> str:
        if when is None:  # dotted blanks wide enough to write in by hand
            return "ngày … tháng … năm …" if self.lang == "vi" else DATE_BLANK
        return date_text(when, self.lang)

    def time(self, when: dt.datetime | None) -> str:
        if when is None:
            return "… giờ …" if self.lang == "vi" else TIME_BLANK
        return time_text(when, self.lang)


def build_values(ctx: Ctx) -> None:
    m = ctx.rec.meeting
    org = ctx.profile.organisation  # the profile's organisation fills what the meeting left empty
    start = m.start
    date = ctx.date(start)
    chair = ctx.rec.chair
    chair_name = one_line(chair.full_name) if chair else ""
    chair_short = ctx.fill(ctx.profile.label("person"), name=chair_name) if chair_name else ""
    if not chair_short:
        chair_short = ctx.profile.label("chair_unnamed")  # "Kết luận của đồng chí chủ trì"
    kind_word = ctx.word(m.kind)
    title = one_line(m.title)
    place = one_line(m.place)
    city = one_line(m.city or org.get("city", ""))
    date_cap = date[:1].upper() + date[1:]
    v = {
        "title": title,
        "title_lc": lower_first(title),
        "parent_body": one_line(m.parent_body or org.get("parent_body", "")),
        "issuing_body": one_line(m.issuing_body or org.get("issuing_body", "")),
        "city": city,
        "place": place,
        "date": date,
        "date_cap": date_cap,
        "time": ctx.time(start),
        "kind": kind_word[:1].upper() + kind_word[1:],
        "kind_lc": lower_first(kind_word),
        "chair_short": lower_first(chair_short) if ctx.lang == "vi" else chair_short,
        "chair_ref": lower_first(ctx.who(chair)) if chair and ctx.lang == "vi" else ctx.who(chair),
        # The notice is a document of its own, with its own register number.
        "number": doc_number(
            m.notice_number if ctx.kind == "notice" else m.number,
            ctx.spec.type_code,
            m.doc_code or org.get("doc_code", ""),
            ctx.profile.style,
        ),
    }
    if not chair_name:
        # "…, chủ trì chủ trì buổi làm việc": a blank for the chair's name instead.
        blank = ctx.fill(ctx.profile.label("person"), name=NAME_BLANK)
        v["chair_ref"] = lower_first(blank) if ctx.lang == "vi" else blank
    v["place_part"] = ctx.fill(ctx.profile.label("opening_place"), place=place) if place else ""
    v["place_date"] = (
        ctx.fill(ctx.profile.label("place_date"), city=city, date=date) if city else date_cap
    )
    position = one_line(m.notice_signer) or (
        signer_position(one_line(chair.position), v["issuing_body"]) if chair else ""
    )
    v["signer"] = position
    ctx.values = v


def _line(ctx: Ctx, spec: LineSpec, cell: Any, avail_mm: float, above: bool) -> bool:
    if spec.only is not None and spec.only != ctx.kind:
        return False
    text = ctx.fill_line(spec.text)
    if not text:
        return False
    if not above and not any(ch.isalnum() for ch in text):
        return False  # the "*" under an issuing body that is not printed
    if spec.caps:
        text = text.upper()
    size = spec.size_pt or ctx.profile.sizes["header_pt"]
    kit = ctx.kit
    kit.para(
        [R(text, spec.bold, spec.italic, spec.underline, size)],
        align="center",
        indent=False,
        before=spec.space_before_pt,
        after=0,
        size=size,
        parent=cell,
    )
    if spec.rule != "none":
        line = min(kit.width_mm(text, size, spec.bold), avail_mm)
        width = line if spec.rule == "full" else max(12.0, line * 0.4)
        kit.rule(width, avail_mm, parent=cell)
    return True


def header_table(ctx: Ctx) -> None:
    kit, prof = ctx.kit, ctx.profile
    left = prof.header_left_mm
    widths = (left, kit.text_width_mm - left)
    tbl = kit.table(widths, borders=False)
    cells = kit.row(tbl, widths)
    for cell, specs, width in zip(
        cells, (prof.header_left, prof.header_right), widths, strict=True
    ):
        shown = False
        above = False
        for spec in specs:
            above = _line(ctx, spec, cell, width - CELL_PADDING_MM, above)
            shown = shown or above
        if not shown:
            kit.para([], indent=False, parent=cell)


def title_block(ctx: Ctx) -> None:
    kit, prof, spec = ctx.kit, ctx.profile, ctx.spec
    size = prof.sizes["title_pt"]
    kit.para(
        [R(spec.title, bold=True, size=size)],
        align="center",
        indent=False,
        before=18,
        after=0,
        keep_next=True,
        size=size,
    )
    summary = one_line(ctx.fill(spec.summary))
    if summary:
        s = prof.sizes["summary_pt"]
        kit.para(
            [R(summary, bold=True, size=s)],
            align="center",
            indent=False,
            before=0,
            after=0,
            keep_next=True,
            size=s,
        )
        if prof.style != "en":
            line = min(kit.width_mm(summary, s, True), kit.text_width_mm)
            kit.rule(max(15.0, line / 3), kit.text_width_mm)
    kit.gap(12)


def _signature(ctx: Ctx, cell: Any, title: str, authority: str, who: str) -> None:
    kit, prof = ctx.kit, ctx.profile
    size = prof.sizes["signature_pt"]
    person = ctx.rec.chair if who == "chair" else ctx.rec.secretary if who == "secretary" else None
    name = one_line(person.full_name) if person else ""
    upper = prof.style != "en"
    if ctx.kind == "notice" and who == "chair" and ctx.values.get("signer"):
        # Under "TM. <body>" signs a position of that body (CHỦ TỊCH, TỔ TRƯỞNG …).
        title = ctx.values["signer"]

    def centred(run: R, before: float | None = None) -> None:
        kit.para(
            [run], align="center", indent=False, before=before, after=0, size=size, parent=cell
        )

    # The space above the signatures, as spacing: not an empty paragraph beside a table.
    above: float | None = SIGNATURE_GAP_PT
    for line in (authority, title):
        text = ctx.fill_line(line)
        if text:
            centred(R(text.upper() if upper else text, bold=True, size=size), before=above)
            above = None
    if prof.style == "en":
        centred(R("Signature: ……………………………", size=size), before=36)
        centred(R(name, bold=True, size=size), before=6)
        centred(R("Date: ……………………", size=size), before=6)
        return
    # Room for the handwritten signature (and seal), as a clerk leaves it.
    centred(R(name, bold=True, size=size), before=66)


def recipients(ctx: Ctx, parent: Any, before: float = 0) -> bool:
    lines = [ctx.fill_line(x) for x in ctx.spec.recipients]
    lines = [x for x in lines if x]
    if not lines:
        return False
    kit, prof = ctx.kit, ctx.profile
    bold, italic, underline = prof.recipients_style
    ts, ls = prof.sizes["recipients_title_pt"], prof.sizes["recipients_pt"]
    kit.para(
        [R(prof.label("recipients"), bold, italic, underline, ts)],
        align="left",
        indent=False,
        before=before,
        after=0,
        size=ts,
        parent=parent,
    )
    for line in lines:
        kit.para(
            [R(line, size=ls)],
            align="left",
            indent=False,
            before=0,
            after=0,
            size=ls,
            parent=parent,
        )
    return True


def closing_block(ctx: Ctx) -> Any:
    """The cell of a borderless one-row table whose row cannot split across pages.

    The body's last lines (approval, closing), the signatures and Nơi nhận are laid out in
    it, so they always share a page: a row that cannot split is moved whole, in Word and in
    LibreOffice alike, where keep-with-next through a table is not kept reliably.
    """
    width = ctx.kit.text_width_mm
    [cell] = ctx.kit.row(ctx.kit.table((width,), borders=False, pad=False), (width,))
    return cell


def signatures(ctx: Ctx, parent: Any) -> None:
    kit = ctx.kit
    sigs = ctx.spec.signatures
    total = kit.text_width_mm
    if len(sigs) == 2:
        widths: tuple[float, ...] = (total / 2, total / 2)
        cells = kit.row(kit.table(widths, borders=False, parent=parent), widths)
        for cell, sig in zip(cells, sigs, strict=True):
            _signature(ctx, cell, sig.title, sig.authority, sig.who)
        if not recipients(ctx, parent, before=12):
            kit.para([], indent=False, before=0, after=0, size=2, parent=parent)
        return
    # One signer: Nơi nhận sits at the bottom left beside the signature (Nghị định 30 layout).
    widths = (total * 0.45, total * 0.55)
    left, right = kit.row(kit.table(widths, borders=False, parent=parent), widths)
    if not recipients(ctx, left, before=SIGNATURE_GAP_PT):
        kit.para([], indent=False, parent=left)
    if sigs:
        _signature(ctx, right, sigs[0].title, sigs[0].authority, sigs[0].who)
    else:
        kit.para([], indent=False, parent=right)
    kit.para([], indent=False, before=0, after=0, size=2, parent=parent)  # a cell ends so


def new_ctx(rec: MeetingRecord, profile: Profile, kind: str) -> Ctx:
    ctx = Ctx(rec=rec, profile=profile, kind=kind, kit=Kit(profile))
    build_values(ctx)
    return ctx
