"""Export profiles: JSON data files with page, fonts, header lines, labels and section order."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticError
from pydantic_core import from_json

import resources
from core.errors import ExportError, ValidationError
from core.export.profile_schema import (
    FONT_KEYS,
    DocumentFile,
    LineFile,
    ProfileFile,
    describe,
    printable,
)

PROFILE_DIR = resources.PROFILES
BUILTIN = ("nd30", "party", "en")
KINDS = ("minutes", "notice")
FILE_MAX = 1_000_000  # bytes; a profile is a few kilobytes
# Labels added after profiles were first copied: an office's older copy prints these.
OPTIONAL_LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "attendance_unknown": "Chưa điểm danh: {unknown}.",
        "press": "Phóng viên báo chí",
        "chair_unnamed": "đồng chí chủ trì",
    },
    "en": {
        "attendance_unknown": "Not yet called: {unknown}.",
        "press": "Press",
        "chair_unnamed": "the chair",
    },
}


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
        value = self.labels.get(key)
        if isinstance(value, str):
            return value
        return OPTIONAL_LABELS.get(self.lang, OPTIONAL_LABELS["vi"]).get(key, key)

    def columns(self, key: str) -> list[str]:
        value = self.labels.get(key, [])
        return [str(v) for v in value] if isinstance(value, list) else []


def _label(name: str) -> str:
    return f" '{printable(name, 60)}'" if name else ""


def _refused(name: str, vi: str, en: str) -> ValidationError:
    """One line naming the file, the field and the reason, in both languages."""
    return ValidationError(
        f"Mẫu xuất{_label(name)} không hợp lệ: {vi} / Invalid export profile{_label(name)}: {en}"
    )


def _line(raw: LineFile) -> LineSpec:
    return LineSpec(
        text=raw.text,
        bold=raw.bold,
        italic=raw.italic,
        caps=raw.caps,
        underline=raw.underline,
        size_pt=raw.size_pt,
        rule=raw.rule,
        only=raw.only,
        space_before_pt=raw.space_before_pt,
    )


def _document(raw: DocumentFile) -> DocSpec:
    return DocSpec(
        type_code=raw.type_code,
        title=raw.title,
        summary=raw.summary,
        sections=tuple(raw.sections),
        signatures=tuple(SignatureSpec(s.title, s.who, s.authority) for s in raw.signatures),
        recipients=tuple(raw.recipients),
    )


def validate_profile(data: Any, name: str = "") -> Profile:
    """Check a profile against the schema (core/export/profile_schema.py) and build it.

    Raises ValidationError naming the first faults (field and reason) on one line.
    """
    try:
        raw = ProfileFile.model_validate(data)
    except PydanticError as exc:
        vi, en = describe(exc)
        raise _refused(name, vi, en) from None
    except RecursionError:
        raise _refused(name, "lồng nhau quá sâu", "nested too deeply") from None
    page, fonts, para = raw.page, raw.fonts.model_dump(), raw.paragraph
    org = raw.organisation.model_dump()
    return Profile(
        name=raw.name or name,
        lang=raw.lang,
        style=raw.style,
        page_mm=(page.width_mm, page.height_mm),
        margins_mm=page.margins_mm.model_dump(),
        font=str(fonts["name"]).strip(),
        sizes={k: float(fonts[k]) for k in FONT_KEYS},
        first_line_indent_cm=para.first_line_indent_cm,
        space_after_pt=para.space_after_pt,
        line_spacing=para.line_spacing,
        header_left_mm=raw.header.left_width_mm,
        header_left=tuple(_line(x) for x in raw.header.left),
        header_right=tuple(_line(x) for x in raw.header.right),
        documents={
            "minutes": _document(raw.documents.minutes),
            "notice": _document(raw.documents.notice),
        },
        labels=raw.labels.model_dump(),
        numbered_headings=raw.numbered_headings,
        recipients_style=(
            raw.recipients_style.bold,
            raw.recipients_style.italic,
            raw.recipients_style.underline,
        ),
        organisation={k: v.strip() for k, v in org.items() if v.strip()},
    )


def _huge(text: str) -> int | float:
    # Never int() a 5,000-digit number (Python refuses it); the schema says it is too large.
    return int(text) if len(text) <= 30 else math.inf


def parse_json(raw: bytes, name: str = "") -> Any:
    """The JSON value of a profile file, or ValidationError saying on one line why not."""
    if len(raw) > FILE_MAX:
        raise _refused(name, "tệp lớn quá 1 MB", "the file is larger than 1 MB")
    try:
        text = raw.decode("utf-8-sig")  # Notepad writes a BOM
    except UnicodeDecodeError as exc:
        raise _refused(
            name, f"không phải UTF-8 (byte {exc.start})", f"not UTF-8 (byte {exc.start})"
        ) from None
    try:
        return json.loads(text, parse_int=_huge, parse_constant=float)
    except json.JSONDecodeError as exc:
        where = f"dòng {exc.lineno}, cột {exc.colno}", f"line {exc.lineno}, column {exc.colno}"
        reason = printable(exc.msg, 80)
        raise _refused(
            name, f"JSON lỗi ở {where[0]} ({reason})", f"bad JSON at {where[1]} ({reason})"
        ) from None
    except RecursionError:
        at = _depth_fault(text)
        raise _refused(
            name, f"JSON lồng nhau quá sâu{at[0]}", f"JSON nested too deeply{at[1]}"
        ) from None


def _depth_fault(text: str) -> tuple[str, str]:
    """Where the nesting runs too deep, as jiter (pydantic's parser) finds it."""
    try:
        from_json(text)
    except ValueError as exc:
        found = re.search(r"line (\d+) column (\d+)", str(exc))
        if found:
            line, col = found.groups()
            return f" (dòng {line}, cột {col})", f" (line {line}, column {col})"
    return "", ""


def read_profile_file(path: Path, name: str | None = None) -> Any:
    """Read *path* (at most FILE_MAX bytes) and parse it; ExportError if it cannot be read."""
    label = path.stem if name is None else name
    try:
        with path.open("rb") as fh:
            raw = fh.read(FILE_MAX + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise ExportError(
            f"Không đọc được mẫu xuất {printable(str(path), 200)}: {exc.strerror or exc}"
            f" / Cannot read export profile {printable(str(path), 200)}."
        ) from exc
    return parse_json(raw, label)


def profile_path(name_or_path: str) -> Path:
    """The file behind a built-in name (nd30, party, en) or a user's path."""
    if name_or_path in BUILTIN:
        return PROFILE_DIR / f"{name_or_path}.json"
    return Path(name_or_path).expanduser()


def load_profile(name_or_path: str | Path) -> Profile:
    """Read and validate a profile by built-in name or by file path."""
    path = profile_path(str(name_or_path))
    try:
        data = read_profile_file(path)
    except FileNotFoundError:
        shown = printable(str(name_or_path), 200)
        raise ExportError(
            f"Không tìm thấy mẫu xuất '{shown}' (chọn nd30, party, en hoặc một tệp .json)."
            f" / Export profile not found: '{shown}' (use nd30, party, en or a file)."
        ) from None
    return validate_profile(data, path.stem)
