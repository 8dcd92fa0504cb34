"""Low-level WordprocessingML building: runs, paragraphs, tables, rules, fields, page setup.

Paragraphs and tables are built with lxml and inserted before the body's sectPr directly:
python-docx's add_paragraph searches the body for sectPr on every call, which turns a
2,000-entry meeting into quadratic work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lxml import etree  # type: ignore[import-untyped]

from core.export.profile import Profile
from core.export.textkit import paragraphs, text_width_pt

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

TWIPS_PER_MM = 1440 / 25.4
TABLE_GAP_PT = 9.0
# A heading of several lines and the lines after it are kept whole up to this many lines
# (a blank left at a page foot stays under a quarter page).
HEADING_WHOLE_LINES = 10
SHORT_LINES = 4  # a paragraph this short is never split (two lines each side at least)
ALIGN = {"left": "left", "center": "center", "right": "right", "both": "both"}


_QN: dict[str, str] = {}
# What may follow w:compat in w:settings (ECMA-376 CT_Settings), the first few that occur.
_AFTER_COMPAT = ("w:docVars", "w:rsids", "m:mathPr", "w:themeFontLang", "w:clrSchemeMapping")


def _qn(tag: str) -> str:
    """Clark names cached: the same two dozen tags are built tens of thousands of times."""
    name = _QN.get(tag)
    if name is None:
        from docx.oxml.ns import qn

        name = _QN[tag] = qn(tag)
    return name


def twips_mm(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


@dataclass(frozen=True)
class R:
    """A run of text and its look; None size means the paragraph's default."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    size: float | None = None


# What follows w:vanish in a w:rPr (ECMA-376 CT_RPr's sequence).
_AFTER_VANISH = frozenset(
    _qn(f"w:{t}")
    for t in [
        "webHidden",
        "color",
        "spacing",
        "w",
        "kern",
        "position",
        "sz",
        "szCs",
        "highlight",
        "u",
        "effect",
        "bdr",
        "shd",
        "fitText",
        "vertAlign",
        "rtl",
        "cs",
        "em",
        "lang",
        "eastAsianLayout",
        "specVanish",
        "oMath",
    ]
)


class Kit:
    """Wraps one python-docx Document and the profile it is laid out by."""

    def __init__(self, profile: Profile) -> None:
        from docx import Document
        from docx.oxml.ns import qn

        self.qn = qn
        self.profile = profile
        self.doc: DocxDocument = Document()
        self.body: Any = self.doc.element.body
        self.sect_pr: Any = self.body.find(qn("w:sectPr"))
        self.font = profile.font
        self.body_pt = profile.sizes["body_pt"]
        width, _ = profile.page_mm
        m = profile.margins_mm
        self.text_width_mm = width - m["left"] - m["right"]
        # text_width_pt measures Times New Roman; wider faces (Arial …) are allowed for.
        self.width_factor = 1.0 if "times" in profile.font.casefold() else 1.15
        # Where paragraphs and tables without a parent go: the body, or a cell set here.
        self.into: Any = None
        # Space the next body paragraph takes above it (after the title block, a table):
        # given as spacing, never as an empty paragraph beside a table, which LibreOffice
        # lays out so that headings earlier in the document end up alone at a page foot.
        self._gap_pt = 0.0
        # A heading waiting for the paragraph it opens (see heading()).
        self._heading: tuple[list[R], float] | None = None
        self._rpr_cache: dict[tuple[object, ...], Any] = {}
        self._ppr_cache: dict[tuple[object, ...], Any] = {}
        self._setup_styles()
        self._setup_page()
        self._setup_compat()

    # -- elements -------------------------------------------------------------------------

    def el(self, parent: Any, tag: str, **attrs: str) -> Any:
        node = etree.SubElement(parent, _qn(tag))
        for key, value in attrs.items():
            node.set(_qn("w:" + key), value)
        return node

    def fonts(self, parent: Any) -> Any:
        f = self.font
        return self.el(parent, "w:rFonts", ascii=f, hAnsi=f, eastAsia=f, cs=f)

    def _rpr(self, r: R) -> Any:
        """The run properties for this look, built once and copied (a long meeting has
        thousands of runs in a handful of looks)."""
        half = str(round(r.size * 2)) if r.size is not None and r.size != self.body_pt else ""
        key = (r.bold, r.italic, r.underline, half)
        template = self._rpr_cache.get(key)
        if template is None:
            template = etree.Element(_qn("w:rPr"))
            self.fonts(template)
            if r.bold:
                self.el(template, "w:b")
                self.el(template, "w:bCs")
            if r.italic:
                self.el(template, "w:i")
                self.el(template, "w:iCs")
            if half:
                self.el(template, "w:sz", val=half)
                self.el(template, "w:szCs", val=half)
            if r.underline:
                self.el(template, "w:u", val="single")
            self._rpr_cache[key] = template
        return template.__copy__()  # lxml copies the whole subtree, without copy's memo

    def run(self, parent: Any, r: R) -> None:
        node = self.el(parent, "w:r")
        node.append(self._rpr(r))
        for i, line in enumerate(r.text.split("\n")):
            if i:
                self.el(node, "w:br")
            if line.startswith("\t"):  # a line that starts where a paragraph would
                self.el(node, "w:tab")
                line = line[1:]
            if line:
                t = self.el(node, "w:t")
                t.text = line
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    def para(
        self,
        runs: Sequence[R] | str,
        *,
        align: str = "both",
        indent: bool = True,
        keep_next: bool = False,
        keep_lines: bool = False,
        before: float | None = None,
        after: float | None = None,
        left_mm: float = 0.0,
        right_mm: float = 0.0,
        hanging_mm: float = 0.0,
        size: float | None = None,
        border_bottom: bool = False,
        parent: Any = None,
    ) -> Any:
        """One paragraph; by default justified with the profile's first-line indent."""
        if isinstance(runs, str):
            runs = [R(runs, size=size)]
        parent = self.into if parent is None else parent
        heading: list[R] = []
        if parent is None and self._heading is not None:
            fit = self._fit(self._heading[0], runs, indent)
            if fit == "apart":
                self.flush_heading()
            else:
                heading, heading_before = self._heading
                self._heading = None
                before = max(before or 0.0, heading_before)
                keep_lines = keep_lines or fit == "whole"
        if parent is None:
            p = self.qn_new("w:p")
            self.sect_pr.addprevious(p)
            if self._gap_pt:
                before = max(before or 0.0, self._gap_pt)
                self._gap_pt = 0.0
        else:
            p = self.el(parent, "w:p")
        key = (
            keep_next,
            keep_lines,
            border_bottom,
            before,
            after,
            indent,
            left_mm,
            right_mm,
            hanging_mm,
            align,
            size,
        )
        template = self._ppr_cache.get(key)
        if template is None:
            template = self._ppr(
                keep_next,
                keep_lines,
                border_bottom,
                before,
                after,
                indent,
                left_mm,
                right_mm,
                hanging_mm,
                align,
                size,
            )
            self._ppr_cache[key] = template
        p.append(template.__copy__())
        if heading:
            for r in heading:
                self.run(p, r)
            # The heading's own line, then the text on the next one where a paragraph
            # would start (the default tab stops sit at the profile's first-line indent).
            brk = self.el(p, "w:r")
            brk.append(self._rpr(R("")))
            self.el(brk, "w:br")
            if indent and self.profile.first_line_indent_cm:
                self.el(brk, "w:tab")
        for r in runs:
            self.run(p, r)
        return p

    def heading(self, runs: Sequence[R], *, before: float) -> None:
        """A heading laid out as the first line of the paragraph that follows it.

        Keep-with-next between paragraphs is not kept reliably by LibreOffice (a heading is
        left at a page foot when the next paragraph moves on whole, depending on tables
        far down the document); inside one paragraph, widow and orphan control keep the
        heading with at least one line of what it heads, in Word and LibreOffice alike.
        Headings one under another open it together. A heading of several lines makes
        the paragraph unsplittable when it is short
        (HEADING_WHOLE_LINES). Before a table, a long paragraph (after a heading of several
        lines) or nothing, the heading is a paragraph of its own, kept with the next.
        """
        if self._heading is not None:
            # A heading right under another ("3. Diễn biến", "Nội dung 1: …"): one opening.
            above, above_before = self._heading
            brk = "\n\t" if self.profile.first_line_indent_cm else "\n"
            self._heading = ([*above, R(brk), *runs], max(above_before, before))
            return
        self._heading = (list(runs), before)

    def flush_heading(self) -> None:
        if self._heading is None:
            return
        runs, before = self._heading
        self._heading = None
        self.para(runs, keep_next=True, keep_lines=True, before=before)

    def _fit(self, heading: Sequence[R], runs: Sequence[R], indent: bool) -> str:
        """How a heading opens the paragraph *runs*: "first" line of it (orphan control
        keeps a line of text with a one-line heading), "whole" (a short paragraph, or a
        heading of several lines with a short text: the paragraph does not split) or
        "apart" (nothing to open, or a long text after a heading of several lines)."""
        if not any(r.text.strip() for r in runs):
            return "apart"
        width = self.text_width_mm - (self.profile.first_line_indent_cm * 10 if indent else 0)
        size = self.body_pt
        head = sum(
            self.lines(part, size, True, width)
            for part in "".join(r.text for r in heading).split("\n")
        )
        body = sum(
            self.lines(part, size, False, self.text_width_mm)
            for r in runs
            for part in r.text.split("\n")
        )
        if head < 2:
            # A short paragraph goes with its heading whole, as it would not split anyway.
            return "whole" if body <= SHORT_LINES else "first"
        return "whole" if head + body <= HEADING_WHOLE_LINES else "apart"

    def lines(self, text: str, size: float, bold: bool, width_mm: float) -> int:
        """About how many lines *text* takes at *width_mm*, erring on the long side."""
        room = width_mm * 72 / 25.4 / self.width_factor
        count, used = 1, 0.0
        for word in text.split():
            w = text_width_pt(word + " ", size, bold)
            if used and used + w > room:
                count, used = count + 1, 0.0
            used += w
        return count

    def _ppr(
        self,
        keep_next: bool,
        keep_lines: bool,
        border_bottom: bool,
        before: float | None,
        after: float | None,
        indent: bool,
        left_mm: float,
        right_mm: float,
        hanging_mm: float,
        align: str,
        size: float | None,
    ) -> Any:
        """Paragraph properties, built once per distinct layout and then copied."""
        ppr = etree.Element(_qn("w:pPr"))
        if keep_next:
            self.el(ppr, "w:keepNext")
        if keep_lines:
            self.el(ppr, "w:keepLines")
        if border_bottom:
            bdr = self.el(ppr, "w:pBdr")
            self.el(bdr, "w:bottom", val="single", sz="6", space="1", color="000000")
        if before is not None or after is not None:
            sp = self.el(ppr, "w:spacing")
            if before is not None:
                sp.set(self.qn("w:before"), str(round(before * 20)))
            if after is not None:
                sp.set(self.qn("w:after"), str(round(after * 20)))
        first = self.profile.first_line_indent_cm * 10 if indent else 0.0
        if first or left_mm or right_mm or hanging_mm:
            ind = self.el(ppr, "w:ind", left=str(twips_mm(left_mm)), right=str(twips_mm(right_mm)))
            if hanging_mm:
                ind.set(self.qn("w:hanging"), str(twips_mm(hanging_mm)))
            elif first:
                ind.set(self.qn("w:firstLine"), str(twips_mm(first)))
        self.el(ppr, "w:jc", val=ALIGN[align])
        if size is not None and size != self.body_pt:
            # The paragraph mark's size sets the height of an empty line (e.g. a rule).
            rpr = self.el(ppr, "w:rPr")
            self.el(rpr, "w:sz", val=str(round(size * 2)))
            self.el(rpr, "w:szCs", val=str(round(size * 2)))
        return ppr

    def qn_new(self, tag: str) -> Any:
        from docx.oxml import OxmlElement

        return OxmlElement(tag)

    def text_paras(
        self, text: str, lead: Sequence[R] = (), *, italic: bool = False, **kw: Any
    ) -> int:
        """Stored text as paragraphs (newline = new paragraph); *lead* opens the first one."""
        parts = paragraphs(text)
        if not parts:
            if lead:
                self.para(lead, **kw)
                return 1
            return 0
        for i, lines in enumerate(parts):
            runs = list(lead) if i == 0 else []
            if runs:
                runs.append(R(" "))
            runs.append(R("\n".join(lines), italic=italic))
            self.para(runs, **kw)
        return len(parts)

    def rule(self, width_mm: float, avail_mm: float, parent: Any = None) -> None:
        """A centred horizontal rule *width_mm* long: an empty bordered paragraph, indented."""
        side = max(0.0, (avail_mm - width_mm) / 2)
        self.para(
            [],
            align="center",
            indent=False,
            before=0,
            after=0,
            left_mm=side,
            right_mm=side,
            size=2,
            border_bottom=True,
            parent=parent,
        )

    def width_mm(self, text: str, size: float, bold: bool) -> float:
        return text_width_pt(text, size, bold) * 25.4 / 72

    # -- tables ---------------------------------------------------------------------------

    def table(
        self,
        widths_mm: Sequence[float],
        *,
        borders: bool,
        parent: Any = None,
        pad: bool = True,
    ) -> Any:
        parent = self.into if parent is None else parent
        if parent is None:
            self.flush_heading()
            last = self.sect_pr.getprevious()
            if last is not None and last.tag == _qn("w:tbl"):
                # Two tables that touch are one table to Word and LibreOffice.
                self._gap_pt = 0.0
                self.para([], indent=False, before=0, after=0, size=TABLE_GAP_PT)
        tbl = self.qn_new("w:tbl")
        if parent is None:
            self.sect_pr.addprevious(tbl)
            self._gap_pt = 0.0
        else:
            parent.append(tbl)
        pr = self.el(tbl, "w:tblPr")
        self.el(pr, "w:tblW", w=str(sum(twips_mm(w) for w in widths_mm)), type="dxa")
        self.el(pr, "w:jc", val="center")
        b = self.el(pr, "w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            if borders:
                self.el(b, f"w:{side}", val="single", sz="4", space="0", color="000000")
            else:
                self.el(b, f"w:{side}", val="nil")
        self.el(pr, "w:tblLayout", type="fixed")
        mar = self.el(pr, "w:tblCellMar")
        side = "85" if pad else "0"  # no padding: the cell's text lines up with the body's
        self.el(mar, "w:left", w=side, type="dxa")
        self.el(mar, "w:right", w=side, type="dxa")
        grid = self.el(tbl, "w:tblGrid")
        for w in widths_mm:
            self.el(grid, "w:gridCol", w=str(twips_mm(w)))
        return tbl

    def row(self, tbl: Any, widths_mm: Sequence[float], header: bool = False) -> list[Any]:
        tr = self.el(tbl, "w:tr")
        trpr = self.el(tr, "w:trPr")
        self.el(trpr, "w:cantSplit")
        if header:
            self.el(trpr, "w:tblHeader")
        cells = []
        for w in widths_mm:
            tc = self.el(tr, "w:tc")
            tcpr = self.el(tc, "w:tcPr")
            self.el(tcpr, "w:tcW", w=str(twips_mm(w)), type="dxa")
            cells.append(tc)
        return cells

    def grid(
        self,
        columns: Sequence[str],
        widths_mm: Sequence[float],
        rows: Iterable[Sequence[str]],
        center_cols: Iterable[int] = (0,),
    ) -> None:
        """A bordered data table with a repeated bold header row; cells keep their newlines."""
        size = self.profile.sizes["table_pt"]
        tbl = self.table(widths_mm, borders=True)
        centred = set(center_cols)
        for i, cell in enumerate(self.row(tbl, widths_mm, header=True)):
            self.para(
                [R(columns[i], bold=True, size=size)],
                align="center",
                indent=False,
                before=2,
                after=2,
                size=size,
                parent=cell,
            )
        for values in rows:
            for i, cell in enumerate(self.row(tbl, widths_mm)):
                parts = paragraphs(values[i]) or [[""]]
                for lines in parts:
                    self.para(
                        [R("\n".join(lines), size=size)],
                        align="center" if i in centred else "left",
                        indent=False,
                        before=2,
                        after=2,
                        size=size,
                        parent=cell,
                    )
        # A gap after the table so the next paragraph does not touch the border.
        self.gap(TABLE_GAP_PT)

    def finish(self) -> None:
        """End the body with a paragraph: after a last table, Word adds one of body size,
        which can spill a blank page; this one is a point high and hidden."""
        self.flush_heading()
        last = self.sect_pr.getprevious()
        if last is None or last.tag == _qn("w:tbl"):
            self._gap_pt = 0.0
            p = self.para([], indent=False, before=0, after=0, size=1)
            # Hidden and a point high, as Word's own advice has it: where the table ends at
            # the foot of a page, no page is added for it.
            ppr = p.find(_qn("w:pPr"))
            spacing = ppr.find(_qn("w:spacing"))
            if spacing is None:
                spacing = self.el(ppr, "w:spacing")
            spacing.set(_qn("w:line"), "20")
            spacing.set(_qn("w:lineRule"), "exact")
            rpr = ppr.find(_qn("w:rPr"))
            if rpr is None:
                rpr = self.el(ppr, "w:rPr")
            vanish = etree.Element(_qn("w:vanish"))
            later = [c for c in rpr if c.tag in _AFTER_VANISH]  # the schema's order
            if later:
                later[0].addprevious(vanish)
            else:
                rpr.append(vanish)

    def gap(self, points: float) -> None:
        """Leave *points* above the next paragraph of the body."""
        self._gap_pt = max(self._gap_pt, points)

    # -- page and styles ------------------------------------------------------------------

    def _setup_page(self) -> None:
        from docx.shared import Mm

        sec = self.doc.sections[0]
        width, height = self.profile.page_mm
        sec.page_width, sec.page_height = Mm(width), Mm(height)
        m = self.profile.margins_mm
        sec.top_margin, sec.bottom_margin = Mm(m["top"]), Mm(m["bottom"])
        sec.left_margin, sec.right_margin = Mm(m["left"]), Mm(m["right"])
        sec.header_distance = Mm(min(12.0, m["top"] * 0.5))
        sec.footer_distance = Mm(min(12.0, m["bottom"] * 0.5))

    def _setup_compat(self) -> None:
        """Lines ended by a manual break (U+000B pasted from Word) are not spread across a
        justified paragraph ("Kết ……… luận"): w:doNotExpandShiftReturn, which Word and
        LibreOffice both read. It goes first in w:compat, where the schema orders it."""
        settings = self.doc.settings.element
        compat = settings.find(_qn("w:compat"))
        if compat is None:  # python-docx's template has one; else before what follows it
            compat = self.qn_new("w:compat")
            later = [settings.find(_qn(tag)) for tag in _AFTER_COMPAT]
            found = [x for x in later if x is not None]
            if found:
                found[0].addprevious(compat)
            else:
                settings.append(compat)
        if compat.find(_qn("w:doNotExpandShiftReturn")) is None:
            compat.insert(0, self.qn_new("w:doNotExpandShiftReturn"))

    def page_numbers(self) -> None:
        """PAGE field centred in the header from page 2 on; page 1 gets an empty header."""
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = True
        first = sec.first_page_header
        first.is_linked_to_previous = False
        header = sec.header
        header.is_linked_to_previous = False
        hdr = header._element
        for p in list(hdr):
            hdr.remove(p)
        size = self.profile.sizes["page_number_pt"]
        p = self.para([], align="center", indent=False, before=0, after=0, size=size, parent=hdr)
        for kind, instr in (
            ("begin", None),
            (None, " PAGE "),
            ("separate", None),
            (None, "2"),
            ("end", None),
        ):
            r = self.el(p, "w:r")
            rpr = self.el(r, "w:rPr")
            self.fonts(rpr)
            self.el(rpr, "w:sz", val=str(round(size * 2)))
            self.el(rpr, "w:szCs", val=str(round(size * 2)))
            if kind:
                self.el(r, "w:fldChar", fldCharType=kind)
            elif instr == " PAGE ":
                t = self.el(r, "w:instrText")
                t.text = instr
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            else:
                self.el(r, "w:t").text = instr

    def _setup_styles(self) -> None:
        qn = self.qn
        styles = self.doc.styles.element
        # Theme font attributes win over explicit ones, so they must go for the profile font
        # to apply in both Word and LibreOffice.
        for rfonts in styles.iter(qn("w:rFonts")):
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(attr), None)
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rfonts.set(qn(attr), self.font)
        rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
        half = str(round(self.body_pt * 2))
        for tag in ("w:sz", "w:szCs"):
            node = rpr.find(qn(tag))
            if node is None:
                node = self.el(rpr, tag)
            node.set(qn("w:val"), half)
        lang = rpr.find(qn("w:lang"))
        if lang is not None:
            code = "vi-VN" if self.profile.lang == "vi" else "en-GB"
            lang.set(qn("w:val"), code)
        ppr = styles.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
        # Widow/orphan control on: no lonely first or last line of a paragraph on a page.
        ppr.insert(0, self.qn_new("w:widowControl"))
        spacing = ppr.find(qn("w:spacing"))
        spacing.set(qn("w:after"), str(round(self.profile.space_after_pt * 20)))
        spacing.set(qn("w:before"), "0")
        spacing.set(qn("w:line"), str(round(self.profile.line_spacing * 240)))
        spacing.set(qn("w:lineRule"), "auto")
        normal = self.doc.styles["Normal"]
        normal.font.name = self.font
        nrpr = normal.element.get_or_add_rPr()
        nfonts = nrpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            nfonts.set(qn(attr), self.font)
        normal.font.size = None
        self.doc.core_properties.language = "vi-VN" if self.profile.lang == "vi" else "en-GB"
