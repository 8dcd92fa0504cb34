"""Attendance imported from a CSV/XLSX file or another meeting: parse, preview, then apply."""

from __future__ import annotations

import builtins
import csv
import io
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.domain import convert
from core.domain.dto import AttendanceDTO
from core.domain.enums import Presence, Role
from core.domain.formatting import LABELS
from core.domain.models import Attendance, Meeting, Person
from core.domain.text import clean_optional, clean_required, fold
from core.errors import ConflictError, ValidationError
from core.search import index as search_index
from core.services.common import editable_meeting, get_or_404, next_position, touch
from core.services.people import NAME_MAX, find_or_create_person
from core.storage.database import Database

ADD, MATCH, SKIP = "add", "match", "skip"
MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5000
XLSX_SUFFIXES = (".xlsx", ".xlsm")
# Header words (folded: lower case, no diacritics) for each column, English and Vietnamese.
HEADERS = {
    "full_name": ("name", "full name", "full_name", "fullname", "ho va ten", "ho ten", "ten"),
    "position": ("position", "title", "job title", "chuc vu", "chuc danh"),
    "unit": ("unit", "organisation", "organization", "don vi", "co quan"),
    "role": ("role", "vai tro"),
}
ROLE_WORDS = {fold(r.value): r.value for r in Role} | {
    fold(LABELS[lang][r.value]): r.value for lang in LABELS for r in Role
}


@dataclass(frozen=True)
class SourceRow:
    """One row as read: a line of the file, or an attendee of another meeting."""

    line: int
    full_name: str
    position: str = ""
    unit: str = ""
    role: str = ""  # as written in the file; empty means member
    person_id: int | None = None


@dataclass(frozen=True)
class PreviewRow:
    line: int
    full_name: str
    position: str
    unit: str
    role: str  # a Role value, or the text as written when it is not a known role
    action: str  # ADD (new person), MATCH (person already in the directory) or SKIP
    reason: str = ""
    person_id: int | None = None


@dataclass(frozen=True)
class RosterPreview:
    """What an import would do; apply() carries it out if nothing changed meanwhile."""

    meeting_id: int
    source: str
    rows: tuple[PreviewRow, ...]

    @property
    def to_add(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.action == ADD]

    @property
    def matched(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.action == MATCH]

    @property
    def skipped(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.action == SKIP]

    @property
    def importable(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.action != SKIP]


def _bad_file(path: Path, why: str) -> ValidationError:
    return ValidationError(f"Không đọc được tệp {path.name}: {why}", field="file")


# -- reading ---------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).strip()


def _decode(data: bytes, path: Path) -> str:
    if data.startswith(b"PK\x03\x04") or data.startswith(b"%PDF") or b"\x00" in data[:4096]:
        raise _bad_file(
            path,
            "đây không phải tệp CSV (có thể là tài liệu Word, PDF hoặc tệp nhị phân)."
            " / this is not a CSV file (a Word, PDF or binary file?).",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Vietnamese Windows files; cp1258 writes tone marks as combining characters.
        text = data.decode("cp1258", errors="replace")
    return unicodedata.normalize("NFC", text)


def read_csv(path: Path, data: bytes) -> list[list[str]]:
    text = _decode(data, path)
    sample = text[:8192]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        # One column, or too few rows to sniff: the header line's most frequent separator.
        first = next((line for line in sample.splitlines() if line.strip()), "")
        delimiter = max(",;\t|", key=first.count) if any(d in first for d in ",;\t|") else ","
    try:
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        return [[_text(c) for c in row] for row in reader]
    except csv.Error as exc:
        raise _bad_file(path, f"CSV lỗi ({exc}). / malformed CSV.") from None


def read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise _bad_file(
            path,
            f"tệp Excel bị hỏng hoặc không phải .xlsx ({type(exc).__name__})."
            " / the Excel file is damaged or not an .xlsx file.",
        ) from None
    except Exception as exc:  # openpyxl raises its own types for many malformed parts
        raise _bad_file(path, f"tệp Excel bị hỏng ({exc}). / the Excel file is damaged.") from None
    try:
        sheet = wb.worksheets[0] if wb.worksheets else None
        if sheet is None:
            return []
        rows: list[list[str]] = []
        for values in sheet.iter_rows(values_only=True):
            rows.append([_text(v) for v in values])
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        wb.close()


def read_table(path: str | Path) -> list[list[str]]:
    """The cells of a CSV file or the first sheet of an XLSX file, as NFC text."""
    path = Path(path).expanduser()
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise _bad_file(path, "đây là một thư mục. / this is a folder.")
        if size > MAX_BYTES:
            raise _bad_file(path, "tệp quá lớn (trên 20 MB). / the file is over 20 MB.")
        data = path.read_bytes()
    except OSError as exc:
        raise _bad_file(path, f"{exc.strerror}. / the file cannot be read.") from None
    if not data.strip():
        raise _bad_file(path, "tệp trống. / the file is empty.")
    if path.suffix.lower() in XLSX_SUFFIXES or data.startswith(b"PK\x03\x04"):
        if path.suffix.lower() not in XLSX_SUFFIXES and path.suffix.lower() != "":
            raise _bad_file(
                path,
                "đây không phải tệp CSV hay XLSX (có thể là tài liệu Word)."
                " / this is neither a CSV nor an XLSX file (a Word document?).",
            )
        return read_xlsx(path)
    return read_csv(path, data)


def _column_map(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        key = " ".join(fold(cell).replace("_", " ").split()).rstrip(":")
        for field_name, words in HEADERS.items():
            if key in words and field_name not in found:
                found[field_name] = i
    return found


def read_rows(path: str | Path) -> list[SourceRow]:
    """Rows of a roster file, below a header naming the columns (English or Vietnamese)."""
    path = Path(path).expanduser()
    table = read_table(path)
    start = next((i for i, row in enumerate(table) if any(row)), None)
    if start is None:
        raise _bad_file(path, "tệp không có dòng nào. / the file has no rows.")
    columns = _column_map(table[start])
    if "full_name" not in columns:
        raise _bad_file(
            path,
            "không thấy cột “Họ và tên” (hoặc “name”) ở dòng tiêu đề. / no name column"
            " (“Họ và tên” or “name”) in the header row.",
        )
    if len(table) - start - 1 > MAX_ROWS:
        raise _bad_file(path, f"quá {MAX_ROWS} dòng. / more than {MAX_ROWS} rows.")

    def cell(row: list[str], name: str) -> str:
        i = columns.get(name)
        return row[i] if i is not None and i < len(row) else ""

    rows = []
    for n, row in enumerate(table[start + 1 :], start + 2):
        if not any(row):
            continue  # blank lines between groups are not mistakes
        rows.append(
            SourceRow(
                line=n,
                full_name=" ".join(cell(row, "full_name").split()),
                position=cell(row, "position"),
                unit=cell(row, "unit"),
                role=cell(row, "role"),
            )
        )
    return rows


def parse_role(text: str) -> str | None:
    """A Role value from an English value or a Vietnamese/English label; '' is a member."""
    key = " ".join(fold(text).split())
    if not key:
        return Role.MEMBER.value
    return ROLE_WORDS.get(key)


# -- preview and apply -----------------------------------------------------------------------


def _classify(s: Session, meeting_id: int, rows: list[SourceRow]) -> list[PreviewRow]:
    listed = set(s.scalars(select(Attendance.person_id).where(Attendance.meeting_id == meeting_id)))
    seen: dict[tuple[str, str], int] = {}
    out: list[PreviewRow] = []
    for r in rows:
        base = PreviewRow(r.line, r.full_name, r.position, r.unit, r.role, SKIP)
        try:
            name = clean_required(r.full_name, "Họ tên / Name", NAME_MAX).strip()
            position = clean_optional(r.position, "Chức vụ / Position", NAME_MAX).strip()
            unit = clean_optional(r.unit, "Đơn vị / Unit", NAME_MAX).strip()
        except ValidationError as exc:
            empty = not r.full_name.strip()
            why = "thiếu họ tên / the name is empty" if empty else exc.message
            out.append(replace(base, reason=why))
            continue
        role = parse_role(r.role)
        if role is None:
            why = f"vai trò không rõ “{r.role}” / unknown role (chủ trì, thư ký, thành viên, …)"
            out.append(replace(base, reason=why))
            continue
        base = replace(base, full_name=name, position=position, unit=unit, role=role)
        key = (name.casefold(), unit.casefold())
        if key in seen:
            out.append(replace(base, reason=f"trùng dòng {seen[key]} / same as line {seen[key]}"))
            continue
        seen[key] = r.line
        if r.person_id is not None:
            person = s.get(Person, r.person_id)
        else:
            person = s.scalar(select(Person).where(Person.full_name == name, Person.unit == unit))
        if person is not None and person.id in listed:
            out.append(replace(base, reason="đã có trong danh sách / already on the list"))
        elif person is not None:
            out.append(replace(base, action=MATCH, person_id=person.id))
        else:
            out.append(replace(base, action=ADD))
    return out


class RosterService:
    """Preview and apply attendance imports; apply is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def preview_rows(self, meeting_id: int, rows: list[SourceRow], source: str) -> RosterPreview:
        with self.db.read() as s:
            editable_meeting(s, meeting_id)
            return RosterPreview(meeting_id, source, tuple(_classify(s, meeting_id, rows)))

    def preview_file(self, meeting_id: int, path: str | Path) -> RosterPreview:
        """Read *path* (CSV or XLSX) and say what importing it into the meeting would do."""
        with self.db.read() as s:
            editable_meeting(s, meeting_id)  # refuse a finalized meeting before reading
        return self.preview_rows(meeting_id, read_rows(path), Path(path).name)

    def preview_meeting(self, meeting_id: int, source_meeting_id: int) -> RosterPreview:
        """The roster of another meeting, as an import into this one."""
        with self.db.read() as s:
            src = get_or_404(s, Meeting, source_meeting_id, "cuộc họp / meeting")
            title = src.title
            rows = [
                SourceRow(
                    i + 1, a.person.full_name, a.person.position, a.person.unit, a.role, a.person_id
                )
                for i, a in enumerate(
                    s.scalars(
                        select(Attendance)
                        .where(Attendance.meeting_id == source_meeting_id)
                        .order_by(Attendance.position, Attendance.id)
                    )
                )
            ]
        return self.preview_rows(meeting_id, rows, title)

    def apply(self, preview: RosterPreview) -> builtins.list[AttendanceDTO]:
        """Add every importable row, or nothing if the list or directory changed meanwhile."""
        with self.db.write() as s:
            m = editable_meeting(s, preview.meeting_id)
            rows = [
                SourceRow(r.line, r.full_name, r.position, r.unit, r.role, r.person_id)
                for r in preview.rows
                if r.action != SKIP
            ]
            now = _classify(s, m.id, rows)
            if [(r.action, r.person_id) for r in now] != [
                (r.action, r.person_id) for r in preview.importable
            ]:
                raise ConflictError(
                    "Danh sách hoặc danh bạ vừa thay đổi; hãy xem trước lại."
                    " / The list or the directory changed meanwhile; preview again."
                )
            position = next_position(s, Attendance.position, Attendance.meeting_id, m.id)
            added: builtins.list[Attendance] = []
            for r in now:
                if r.person_id is not None:
                    person = get_or_404(s, Person, r.person_id, "người / person")
                    if r.position and person.position != r.position:
                        person.position = r.position
                else:
                    person = find_or_create_person(s, r.full_name, r.position, r.unit)
                a = Attendance(
                    meeting_id=m.id,
                    person_id=person.id,
                    role=r.role,
                    status=Presence.UNKNOWN,
                    position=position,
                )
                a.person = person
                s.add(a)
                added.append(a)
                position += 1
            if added:
                touch(m)
            s.flush()
            for a in added:
                search_index.index_attendee(s, a)
            return [convert.attendance(a) for a in added]
