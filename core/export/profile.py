"""Export profiles: JSON data files with page, fonts, header lines, labels and section order."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import resources
from core.errors import ExportError, ValidationError

PROFILE_DIR = resources.PROFILES
BUILTIN = ("nd30", "party", "en")
STYLES = ("nd30", "party", "en")
KINDS = ("minutes", "notice")
RULES = ("none", "short", "full")
SIGNERS = ("chair", "secretary", "none")
SECTIONS = frozenset(
    {
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
    }
)
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
# An office's own profile may name its organisation; used where the meeting leaves them empty.
ORGANISATION_KEYS = ("parent_body", "issuing_body", "doc_code", "city")
ORGANISATION_MAX = 300


@dataclass(frozen=True)
class LineSpec:
    """One line of the header table: a template such as '{issuing_body}' and how it looks."""

    text: str
    bold: bool = False
    italic: bool = False
    caps: bool = False
    underline: bool = False
    size_pt: float | None = None
    rule: str = "none"
    only: str | None = None
    space_before_pt: float = 0.0


@dataclass(frozen=True)
class SignatureSpec:
    title: str
    who: str = "none"
    authority: str = ""


@dataclass(frozen=True)
class DocSpec:
    type_code: str
    title: str
    summary: str
    sections: tuple[str, ...]
    signatures: tuple[SignatureSpec, ...]
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    name: str
    lang: str
    style: str
    page_mm: tuple[float, float]
    margins_mm: dict[str, float]
    font: str
    sizes: dict[str, float]
    first_line_indent_cm: float
    space_after_pt: float
    line_spacing: float
    header_left_mm: float
    header_left: tuple[LineSpec, ...]
    header_right: tuple[LineSpec, ...]
    documents: dict[str, DocSpec]
    labels: dict[str, Any]
    numbered_headings: bool = False
    recipients_style: tuple[bool, bool, bool] = (True, True, False)  # bold, italic, underline
    organisation: dict[str, str] = field(default_factory=dict)

    def label(self, key: str) -> str:
        value = self.labels.get(key, key)
        return value if isinstance(value, str) else key

    def columns(self, key: str) -> list[str]:
        value = self.labels.get(key, [])
        return [str(v) for v in value] if isinstance(value, list) else []


class _Checker:
    """Collects every problem in a profile so the editor can show them all at once."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def need(self, data: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
        if not isinstance(data, dict) or key not in data:
            self.errors.append(f"{where}.{key}: thiếu / missing")
            return None
        value = data[key]
        if isinstance(value, bool) and kind in (int, float, (int, float)):
            self.errors.append(f"{where}.{key}: phải là số / must be a number")
            return None
        if not isinstance(value, kind):
            self.errors.append(f"{where}.{key}: sai kiểu / wrong type ({type(value).__name__})")
            return None
        return value

    def number(self, data: Any, key: str, where: str, low: float, high: float) -> float:
        value = self.need(data, key, (int, float), where)
        if value is None:
            return low
        if not low <= value <= high:
            self.errors.append(
                f"{where}.{key} = {value}: ngoài khoảng / out of range [{low:g}, {high:g}]"
            )
        return float(value)


def _line(c: _Checker, raw: Any, where: str) -> LineSpec:
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        c.errors.append(f"{where}: cần có 'text' / needs a 'text' string")
        return LineSpec(text="")
    rule = raw.get("rule", "none")
    if rule not in RULES:
        c.errors.append(f"{where}.rule = {rule!r}: chọn / choose {', '.join(RULES)}")
    only = raw.get("only")
    if only is not None and only not in KINDS:
        c.errors.append(f"{where}.only = {only!r}: chọn / choose {', '.join(KINDS)}")
    size = raw.get("size_pt")
    if size is not None and (not isinstance(size, int | float) or not 4 <= size <= 72):
        c.errors.append(f"{where}.size_pt = {size!r}: 4-72")
        size = None
    return LineSpec(
        text=raw["text"],
        bold=bool(raw.get("bold", False)),
        italic=bool(raw.get("italic", False)),
        caps=bool(raw.get("caps", False)),
        underline=bool(raw.get("underline", False)),
        size_pt=float(size) if size is not None else None,
        rule=rule if rule in RULES else "none",
        only=only if only in KINDS else None,
        space_before_pt=float(raw.get("space_before_pt", 0) or 0),
    )


def _document(c: _Checker, raw: Any, where: str) -> DocSpec:
    type_code = c.need(raw, "type_code", str, where) or ""
    title = c.need(raw, "title", str, where) or ""
    summary = c.need(raw, "summary", str, where) or ""
    sections = c.need(raw, "sections", list, where) or []
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        c.errors.append(
            f"{where}.sections: không có mục / unknown section(s) {', '.join(map(str, unknown))}"
            f" (choices: {', '.join(sorted(SECTIONS))})"
        )
    if len(set(map(str, sections))) != len(sections):
        c.errors.append(f"{where}.sections: mục lặp lại / a section is listed twice")
    sigs: list[SignatureSpec] = []
    for i, s in enumerate(c.need(raw, "signatures", list, where) or []):
        if not isinstance(s, dict) or not isinstance(s.get("title"), str):
            c.errors.append(f"{where}.signatures[{i}]: cần 'title' / needs a 'title'")
            continue
        who = s.get("who", "none")
        if who not in SIGNERS:
            c.errors.append(f"{where}.signatures[{i}].who = {who!r}: {', '.join(SIGNERS)}")
        sigs.append(
            SignatureSpec(
                s["title"], who if who in SIGNERS else "none", str(s.get("authority", ""))
            )
        )
    if len(sigs) > 2:
        c.errors.append(f"{where}.signatures: tối đa 2 / at most two signers")
    recipients = c.need(raw, "recipients", list, where) or []
    return DocSpec(
        type_code=type_code,
        title=title,
        summary=summary,
        sections=tuple(str(s) for s in sections if s in SECTIONS),
        signatures=tuple(sigs),
        recipients=tuple(str(r) for r in recipients),
    )


def validate_profile(data: Any, name: str = "") -> Profile:
    """Check a profile dict and build a Profile, or raise ValidationError listing every fault."""
    c = _Checker()
    if not isinstance(data, dict):
        raise ValidationError(
            "Mẫu xuất không phải một đối tượng JSON. / A profile is a JSON object."
        )
    lang = c.need(data, "lang", str, "profile")
    if lang is not None and lang not in ("vi", "en"):
        c.errors.append(f"profile.lang = {lang!r}: vi, en")
    style = c.need(data, "style", str, "profile")
    if style is not None and style not in STYLES:
        c.errors.append(f"profile.style = {style!r}: {', '.join(STYLES)}")
    page = c.need(data, "page", dict, "profile") or {}
    width = c.number(page, "width_mm", "page", 50, 1000)
    height = c.number(page, "height_mm", "page", 50, 1000)
    raw_margins = c.need(page, "margins_mm", dict, "page") or {}
    margins = {
        side: c.number(raw_margins, side, "page.margins_mm", 0, MARGIN_MAX_MM)
        for side in ("top", "bottom", "left", "right")
    }
    if margins["left"] + margins["right"] > width - 40 or margins["top"] + margins["bottom"] > (
        height - 40
    ):
        c.errors.append("page.margins_mm: lề quá lớn so với khổ giấy / margins leave no room")
    fonts = c.need(data, "fonts", dict, "profile") or {}
    font = c.need(fonts, "name", str, "fonts")
    if font is None:
        font = "Times New Roman"  # already reported as missing
    elif not font.strip():
        c.errors.append("fonts.name: không được để trống / must not be empty")
    sizes = {k: c.number(fonts, k, "fonts", 4, 72) for k in FONT_KEYS}
    para = c.need(data, "paragraph", dict, "profile") or {}
    indent = c.number(para, "first_line_indent_cm", "paragraph", 0, 5)
    after = c.number(para, "space_after_pt", "paragraph", 0, 72)
    spacing = c.number(para, "line_spacing", "paragraph", 0.8, 3)
    header = c.need(data, "header", dict, "profile") or {}
    left_mm = c.number(header, "left_width_mm", "header", 20, 300)
    if left_mm > width - margins["left"] - margins["right"] - 20:
        c.errors.append("header.left_width_mm: rộng hơn trang / wider than the page")
    lines = {
        side: tuple(
            _line(c, raw, f"header.{side}[{i}]")
            for i, raw in enumerate(c.need(header, side, list, "header") or [])
        )
        for side in ("left", "right")
    }
    docs_raw = c.need(data, "documents", dict, "profile") or {}
    documents = {
        kind: _document(c, docs_raw[kind], f"documents.{kind}")
        for kind in KINDS
        if isinstance(docs_raw, dict) and kind in docs_raw
    }
    for kind in KINDS:
        if kind not in docs_raw:
            c.errors.append(f"documents.{kind}: thiếu / missing")
    labels = c.need(data, "labels", dict, "profile") or {}
    missing = sorted(REQUIRED_LABELS - set(labels))
    if missing:
        c.errors.append(f"labels: thiếu / missing {', '.join(missing)}")
    for key in ("indicator_columns", "action_columns"):
        cols = labels.get(key)
        want = 5
        if key in labels and (not isinstance(cols, list) or len(cols) != want):
            c.errors.append(f"labels.{key}: cần {want} tiêu đề cột / needs {want} column titles")
    rstyle = data.get("recipients_style", {})
    if not isinstance(rstyle, dict):
        c.errors.append("profile.recipients_style: sai kiểu / must be an object")
        rstyle = {}
    org = data.get("organisation", {})
    if not isinstance(org, dict):
        c.errors.append("profile.organisation: sai kiểu / must be an object")
        org = {}
    for key, value in org.items():
        if key not in ORGANISATION_KEYS:
            c.errors.append(
                f"organisation.{key}: không có / unknown (choices: {', '.join(ORGANISATION_KEYS)})"
            )
        elif not isinstance(value, str) or len(value) > ORGANISATION_MAX:
            c.errors.append(f"organisation.{key}: văn bản tối đa / text of at most 300 characters")
    if c.errors:
        shown = "; ".join(c.errors[:12]) + (" …" if len(c.errors) > 12 else "")
        label = f" '{name}'" if name else ""
        raise ValidationError(f"Mẫu xuất{label} không hợp lệ / invalid export profile: {shown}")
    return Profile(
        name=str(data.get("name", name)),
        lang=str(lang),
        style=str(style),
        page_mm=(width, height),
        margins_mm=margins,
        font=font.strip(),
        sizes=sizes,
        first_line_indent_cm=indent,
        space_after_pt=after,
        line_spacing=spacing,
        header_left_mm=left_mm,
        header_left=lines["left"],
        header_right=lines["right"],
        documents=documents,
        labels=dict(labels),
        numbered_headings=bool(data.get("numbered_headings", False)),
        recipients_style=(
            bool(rstyle.get("bold", True)),
            bool(rstyle.get("italic", True)),
            bool(rstyle.get("underline", False)),
        ),
        organisation={k: v.strip() for k, v in org.items() if isinstance(v, str) and v.strip()},
    )


def profile_path(name_or_path: str) -> Path:
    """The file behind a built-in name (nd30, party, en) or a user's path."""
    if name_or_path in BUILTIN:
        return PROFILE_DIR / f"{name_or_path}.json"
    return Path(name_or_path).expanduser()


def load_profile(name_or_path: str | Path) -> Profile:
    """Read and validate a profile by built-in name or by file path."""
    path = profile_path(str(name_or_path))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExportError(
            f"Không tìm thấy mẫu xuất '{name_or_path}' (chọn nd30, party, en hoặc một tệp .json)."
            f" / Export profile not found: '{name_or_path}' (use nd30, party, en or a file)."
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ExportError(
            f"Không đọc được mẫu xuất {path}: {exc} / Cannot read export profile {path}."
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"Mẫu xuất {path.name}: JSON lỗi ở dòng {exc.lineno}, cột {exc.colno} ({exc.msg})."
            f" / Profile {path.name}: bad JSON at line {exc.lineno}, column {exc.colno}."
        ) from None
    return validate_profile(data, path.stem)
