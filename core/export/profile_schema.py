"""The export profile file's schema (pydantic) and its faults worded for a secretary."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictStr,
    ValidationError,
    create_model,
    model_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

SectionName = Literal[
    "opening",
    "time",
    "place",
    "attendance",
    "invited",
    "quorum",
    "chair",
    "secretary",
    "documents",
    "other_info",
    "agenda",
    "content",
    "conclusion",
    "actions",
    "approval",
    "closing",
    "notice_intro",
    "notice_closing",
]
SECTIONS = frozenset(get_args(SectionName))
FONT_KEYS = (
    "body_pt",
    "header_pt",
    "title_pt",
    "summary_pt",
    "table_pt",
    "signature_pt",
    "recipients_title_pt",
    "recipients_pt",
    "page_number_pt",
)
COLUMN_LABELS = ("indicator_columns", "action_columns")
# Every word the renderers print comes from here, so a profile can translate or reword it.
REQUIRED_LABELS = frozenset(
    {
        "time",
        "place",
        "attendance",
        "attendance_summary",
        "absent_group",
        "reason",
        "late_at",
        "left_early",
        "person",
        "person_unit",
        "chair",
        "secretary",
        "invited",
        "invited_summary",
        "quorum_yes",
        "quorum_no",
        "documents",
        "other_info",
        "agenda",
        "content",
        "intro_report",
        "intro_opinion",
        "intro_proposal",
        "intro_vote",
        "intro_conclusion",
        "intro_note",
        "indicator_columns",
        "proposal_result",
        "proposal_by",
        "vote_subject",
        "vote_method",
        "vote_counts",
        "vote_not_voting",
        "vote_result",
        "conclusion",
        "actions",
        "action_columns",
        "approval",
        "closing",
        "opening",
        "recipients",
        "notice_intro",
        "notice_attendees",
        "notice_closing",
        "no_conclusion",
        "place_date",
        "opening_place",
        "agenda_item",
        "notice_lead",
    }
)
MARGIN_MAX_MM = 100.0
ORGANISATION_MAX = 300
ERRORS_SHOWN = 4

# What XML 1.0 (and so a .docx) cannot hold; a label with one would abort every export.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: str) -> str:
    found = _NOT_XML.search(value)
    if found:
        raise PydanticCustomError(
            "bad_char", "invalid character {char}", {"char": f"U+{ord(found.group()):04X}"}
        )
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank", "must not be empty")
    return value


# Strings and numbers as the file must hold them: strict types (no "12" for 12, no 1 for
# true), finite numbers within the range a printed page can use, text XML can carry.
Code = Annotated[StrictStr, Field(max_length=20), AfterValidator(_xml_text)]
Short = Annotated[StrictStr, Field(max_length=300), AfterValidator(_xml_text)]
Long = Annotated[StrictStr, Field(max_length=2000), AfterValidator(_xml_text)]
LabelKey = Annotated[StrictStr, Field(max_length=60), AfterValidator(_xml_text)]
FontName = Annotated[
    StrictStr, Field(max_length=100), AfterValidator(_xml_text), AfterValidator(_not_blank)
]
PageMm = Annotated[float, Field(ge=50, le=1000, allow_inf_nan=False)]
Margin = Annotated[float, Field(ge=0, le=MARGIN_MAX_MM, allow_inf_nan=False)]
FontSize = Annotated[float, Field(ge=4, le=72, allow_inf_nan=False)]
Points = Annotated[float, Field(ge=0, le=72, allow_inf_nan=False)]
IndentCm = Annotated[float, Field(ge=0, le=5, allow_inf_nan=False)]
Spacing = Annotated[float, Field(ge=0.8, le=3, allow_inf_nan=False)]
HeaderMm = Annotated[float, Field(ge=20, le=300, allow_inf_nan=False)]
ColumnTitles = Annotated[list[Short], Field(min_length=5, max_length=5)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class MarginsFile(_Strict):
    top: Margin
    bottom: Margin
    left: Margin
    right: Margin


class PageFile(_Strict):
    width_mm: PageMm
    height_mm: PageMm
    margins_mm: MarginsFile

    @model_validator(mode="after")
    def _room(self) -> PageFile:
        m = self.margins_mm
        if m.left + m.right > self.width_mm - 40 or m.top + m.bottom > self.height_mm - 40:
            raise PydanticCustomError("no_room", "the margins leave no room on the page")
        return self


class ParagraphFile(_Strict):
    first_line_indent_cm: IndentCm
    space_after_pt: Points
    line_spacing: Spacing


class LineFile(_Strict):
    text: Short
    bold: StrictBool = False
    italic: StrictBool = False
    caps: StrictBool = False
    underline: StrictBool = False
    size_pt: FontSize | None = None
    rule: Literal["none", "short", "full"] = "none"
    only: Literal["minutes", "notice"] | None = None
    space_before_pt: Points = 0.0


class HeaderFile(_Strict):
    left_width_mm: HeaderMm
    left: Annotated[list[LineFile], Field(max_length=12)]
    right: Annotated[list[LineFile], Field(max_length=12)]


class SignatureFile(_Strict):
    title: Short
    who: Literal["chair", "secretary", "none"] = "none"
    authority: Short = ""


class DocumentFile(_Strict):
    type_code: Code
    title: Short
    summary: Long
    sections: list[SectionName]
    signatures: Annotated[list[SignatureFile], Field(max_length=2)]
    recipients: Annotated[list[Short], Field(max_length=20)]

    @model_validator(mode="after")
    def _once(self) -> DocumentFile:
        if len(set(self.sections)) != len(self.sections):
            raise PydanticCustomError("twice", "a section is listed twice")
        return self


class DocumentsFile(_Strict):
    minutes: DocumentFile
    notice: DocumentFile


class RecipientsStyleFile(_Strict):
    bold: StrictBool = True
    italic: StrictBool = True
    underline: StrictBool = False


class OrganisationFile(_Strict):
    parent_body: Short = ""
    issuing_body: Short = ""
    doc_code: Short = ""
    city: Short = ""


class _LabelsBase(BaseModel):
    # Further labels may reword enum values (e.g. "show_of_hands"): text like the others.
    model_config = ConfigDict(extra="allow", strict=True, frozen=True)
    __pydantic_extra__: dict[LabelKey, Long]


if TYPE_CHECKING:
    FontsFile = BaseModel
    LabelsFile = BaseModel
else:  # the nine sizes and the fifty labels are fields of one kind each
    FontsFile = create_model(
        "FontsFile",
        __base__=_Strict,
        name=(FontName, ...),
        **{key: (FontSize, ...) for key in FONT_KEYS},
    )
    LabelsFile = create_model(
        "LabelsFile",
        __base__=_LabelsBase,
        **{
            key: ((ColumnTitles if key in COLUMN_LABELS else Long), ...)
            for key in sorted(REQUIRED_LABELS)
        },
    )


class ProfileFile(_Strict):
    """One profile file, as written in resources/profiles/*.json and <database>.profiles/."""

    format: Literal["bienban-profile/1"] = "bienban-profile/1"
    name: Short = ""
    description: Long = ""
    lang: Literal["vi", "en"]
    style: Literal["nd30", "party", "en"]
    page: PageFile
    fonts: FontsFile
    paragraph: ParagraphFile
    numbered_headings: StrictBool = False
    recipients_style: RecipientsStyleFile = RecipientsStyleFile()
    header: HeaderFile
    documents: DocumentsFile
    labels: LabelsFile
    organisation: OrganisationFile = OrganisationFile()

    @model_validator(mode="after")
    def _header_fits(self) -> ProfileFile:
        m = self.page.margins_mm
        if self.header.left_width_mm > self.page.width_mm - m.left - m.right - 20:
            raise PydanticCustomError(
                "too_wide", "wider than the page", {"where": "header.left_width_mm"}
            )
        return self


# -- faults as a secretary reads them ---------------------------------------------------

_WORDS: dict[str, tuple[str, str]] = {
    "missing": ("thiếu", "missing"),
    "extra_forbidden": ("không có mục này", "unknown key"),
    "string_type": ("phải là văn bản", "must be text"),
    "float_type": ("phải là số", "must be a number"),
    "int_type": ("phải là số", "must be a number"),
    "bool_type": ("phải là true hoặc false", "must be true or false"),
    "list_type": ("phải là danh sách [...]", "must be a list [...]"),
    "dict_type": ("phải là đối tượng JSON {...}", "must be a JSON object {...}"),
    "model_type": ("phải là đối tượng JSON {...}", "must be a JSON object {...}"),
    "model_attributes_type": ("phải là đối tượng JSON {...}", "must be a JSON object {...}"),
    "finite_number": ("số quá lớn", "number too large"),
    "string_unicode": (
        "ký tự không hợp lệ (nửa cặp surrogate)",
        "invalid character (a lone surrogate)",
    ),
    "blank": ("không được để trống", "must not be empty"),
    "no_room": ("lề quá lớn so với khổ giấy", "the margins leave no room on the page"),
    "too_wide": ("rộng hơn trang", "wider than the page"),
    "twice": ("một mục được liệt kê hai lần", "a section is listed twice"),
}


def _show(value: Any) -> str:
    """A short, printable rendering of a faulty scalar, or '' when it would not help."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if value.bit_length() <= 64 else ""
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    if isinstance(value, str) and len(value) <= 40:
        return '"' + printable(value) + '"'
    return ""


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def printable(text: str, limit: int = 60) -> str:
    """*text* safe for one line of a message: no breaks, no surrogates, no ' / ' pair."""
    out = "".join(
        ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else f"\\u{ord(ch):04x}"
        for ch in text[:limit]
    )
    if len(text) > limit:
        out += "…"
    # The message's two halves are split at the one " / " it holds.
    return out.replace(" / ", " ⁄ ")


def where(loc: tuple[int | str, ...]) -> str:
    """('header', 'left', 2, 'rule') -> 'header.left[2].rule'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + printable(str(part), 40)
    return out or "profile"


def _fault(error: ErrorDetails) -> tuple[str, str]:
    kind, ctx = error["type"], error.get("ctx") or {}
    path = str(ctx.get("where") or where(tuple(error["loc"])))
    shown = _show(error.get("input")) if kind not in ("missing", "extra_forbidden") else ""
    head = f"{path} = {shown}" if shown else path
    if kind in _WORDS:
        vi, en = _WORDS[kind]
    elif kind in ("less_than_equal", "less_than"):
        high = _number(ctx.get("le", ctx.get("lt")))
        vi, en = f"tối đa {high}", f"at most {high}"
    elif kind in ("greater_than_equal", "greater_than"):
        low = _number(ctx.get("ge", ctx.get("gt")))
        vi, en = f"tối thiểu {low}", f"at least {low}"
    elif kind == "literal_error":
        choices = printable(str(ctx.get("expected", "")), 400)
        vi, en = f"chọn một trong {choices}", f"choose one of {choices}"
    elif kind == "string_too_long":
        vi = f"dài quá {ctx.get('max_length')} ký tự"
        en = f"longer than {ctx.get('max_length')} characters"
    elif kind == "too_long":
        vi, en = (
            f"nhiều quá {ctx.get('max_length')} mục",
            f"more than {ctx.get('max_length')} items",
        )
    elif kind == "too_short":
        vi = f"cần {ctx.get('min_length')} mục"
        en = f"needs {ctx.get('min_length')} items"
    elif kind == "bad_char":
        vi, en = f"ký tự không hợp lệ {ctx.get('char')}", f"invalid character {ctx.get('char')}"
    else:
        vi, en = "giá trị không hợp lệ", printable(error["msg"], 120)
    return f"{head}: {vi}", f"{head}: {en}"


def describe(exc: ValidationError) -> tuple[str, str]:
    """The first few faults, in Vietnamese and in English, each on one line."""
    faults = [_fault(e) for e in exc.errors(include_url=False)]
    more = f" (+{len(faults) - ERRORS_SHOWN})" if len(faults) > ERRORS_SHOWN else ""
    vi = "; ".join(f[0] for f in faults[:ERRORS_SHOWN]) + more
    en = "; ".join(f[1] for f in faults[:ERRORS_SHOWN]) + more
    return vi, en
