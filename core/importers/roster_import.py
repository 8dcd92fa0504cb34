"""Attendance imported from a CSV/XLSX file or another meeting: parse, preview, then apply."""

from __future__ import annotations

import builtins
import codecs
import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
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
from core.errors import CancelledError, ConflictError, ValidationError, halves
from core.search import index as search_index
from core.services.common import editable_meeting, get_or_404, next_position, touch
from core.services.people import NAME_MAX, find_or_create_person
from core.storage.database import Database

ADD, MATCH, SKIP = "add", "match", "skip"
MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5000
# An .xlsx is a zip: what counts is what it unpacks to. A list of 5,000 people unpacks to
# a few MB; a file made to unpack to gigabytes (a "zip bomb") is refused before parsing.
# zipfile never inflates a member past the size its directory declares.
MAX_UNPACKED = 32 * 1024 * 1024
MAX_MEMBERS = 500
MAX_CELLS = 200_000
MAX_COLUMNS = 50  # cells past this column are never read
# Progress: a fraction from 0 to 1; cancelled: asked now and then, True stops the reading.
Progress = Callable[[float], None]
Cancelled = Callable[[], bool]
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
    """*why* is "lý do / reason": each half goes with its language."""
    why_vi, why_en = halves(why)
    return ValidationError(
        vi=f"Không đọc được tệp {path.name}: {why_vi}",
        en=f"Cannot read {path.name}: {why_en}",
        field="file",
    )


# -- reading ---------------------------------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).strip()


# A multi-byte UTF-8 sequence, well formed.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def _bad_byte(path: Path, data: bytes, exc: UnicodeDecodeError, encoding: str) -> ValidationError:
    """Where the byte that *encoding* cannot read sits, as the secretary's editor counts."""
    head = data[: exc.start]
    if encoding == "utf-16":
        line = head.decode("utf-16", errors="replace").count("\n") + 1
    else:
        line = head.count(b"\n") + 1
    byte = data[exc.start]
    names = {"utf-8": "UTF-8", "utf-16": "UTF-16", "cp1258": "Windows-1258"}
    return _bad_file(
        path,
        f"dòng {line} có byte 0x{byte:02X} không đọc được theo bảng mã {names[encoding]};"
        f" hãy lưu lại tệp dưới dạng “CSV UTF-8”. / line {line} holds a byte (0x{byte:02X})"
        f" that is not valid {names[encoding]}; save the file again as “CSV UTF-8”.",
    )


def _encoding(data: bytes) -> str:
    """The encoding of the whole file: by its byte order mark, else UTF-8 unless the file
    reads better as Windows-1258 (a bad byte or two in a UTF-8 file stays UTF-8)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode text"
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    valid = len(_UTF8_SEQUENCE.findall(data))
    invalid = data.decode("utf-8", errors="replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return "utf-8" if valid > invalid else "cp1258"


def _decode(data: bytes, path: Path) -> str:
    encoding = _encoding(data)
    if encoding != "utf-16" and (
        data.startswith((b"PK\x03\x04", b"%PDF")) or b"\x00" in data[:4096]
    ):
        raise _bad_file(
            path,
            "đây không phải tệp CSV (có thể là tài liệu Word, PDF hoặc tệp nhị phân)."
            " / this is not a CSV file (a Word, PDF or binary file?).",
        )
    try:
        # Older Vietnamese Windows files: cp1258 writes tone marks as combining characters.
        text = data.decode({"utf-8": "utf-8-sig"}.get(encoding, encoding))
    except UnicodeDecodeError as exc:
        raise _bad_byte(path, data, exc, encoding) from None
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


_DOCTYPE = (b"<!doctype", "<!doctype".encode("utf-16-le"), "<!doctype".encode("utf-16-be"))
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")


def check_xlsx(path: Path, cancelled: Cancelled | None = None) -> int:
    """Refuse an .xlsx that unpacks too large, holds too many parts or cells, or declares a
    DTD (entities can expand without end), before any XML parser sees it; returns the
    number of cells in its worksheets."""
    try:
        with zipfile.ZipFile(path) as z:
            members = z.infolist()
            if len(members) > MAX_MEMBERS:
                raise _bad_file(
                    path,
                    f"tệp Excel có quá nhiều phần ({len(members)}). / the Excel file has too many"
                    f" parts ({len(members)}).",
                )
            unpacked = sum(m.file_size for m in members)
            if unpacked > MAX_UNPACKED:
                raise _bad_file(
                    path,
                    f"tệp Excel giải nén ra {unpacked // (1024 * 1024)} MB, quá lớn cho một danh"
                    f" sách người dự (tối đa {MAX_UNPACKED // (1024 * 1024)} MB). / the Excel"
                    f" file unpacks to {unpacked // (1024 * 1024)} MB, too large for a list of"
                    f" attendees (at most {MAX_UNPACKED // (1024 * 1024)} MB).",
                )
            cells = 0
            for m in members:
                if not m.filename.lower().endswith((".xml", ".rels", ".vml")):
                    continue
                with z.open(m) as fh:
                    head = fh.read(64 * 1024)
                    if any(d in head.lower() for d in _DOCTYPE):
                        raise _bad_file(
                            path,
                            f"phần {m.filename} của tệp Excel khai báo DTD, điều mà Excel không"
                            f" bao giờ ghi; tệp bị từ chối. / the part {m.filename} declares a"
                            " DTD, which Excel never writes; the file was refused.",
                        )
                    if m.filename.startswith("xl/worksheets/"):
                        cells += _count_cells(head, fh, cancelled)
            if cells > MAX_CELLS:
                raise _bad_file(
                    path,
                    f"tệp Excel có {cells} ô, quá nhiều cho một danh sách người dự (tối đa"
                    f" {MAX_CELLS}). / the Excel file holds {cells} cells, too many for a list of"
                    f" attendees (at most {MAX_CELLS}).",
                )
            return cells
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise _bad_file(
            path,
            f"tệp Excel bị hỏng hoặc không phải .xlsx ({type(exc).__name__})."
            " / the Excel file is damaged or not an .xlsx file.",
        ) from None


def _count_cells(head: bytes, fh: Any, cancelled: Cancelled | None) -> int:
    """Cells (<c> elements) in a worksheet's XML, counted as it inflates, a chunk at a time."""
    count, tail, chunk = 0, b"", head
    while chunk:
        if cancelled is not None and cancelled():
            raise CancelledError("Đã hủy đọc tệp. / Reading the file was cancelled.")
        data = tail + chunk
        count += len(_CELL.findall(data))
        tail = data[-8:]
        count -= len(_CELL.findall(tail))  # counted again with the next chunk
        chunk = fh.read(1024 * 1024)
    return count + len(_CELL.findall(tail))


def read_xlsx(
    path: Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> list[list[str]]:
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    total = max(1, check_xlsx(path, cancelled))
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
        cells = 0
        for values in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            rows.append([_text(v) for v in values])
            cells += len(values)
            if len(rows) % 100 == 0:
                if cancelled is not None and cancelled():
                    raise CancelledError("Đã hủy đọc tệp. / Reading the file was cancelled.")
                if progress is not None:
                    progress(min(1.0, cells / total))
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    except (CancelledError, ValidationError):
        raise
    except Exception as exc:  # openpyxl and the XML parser raise many types on bad parts
        raise _bad_file(path, f"tệp Excel bị hỏng ({exc}). / the Excel file is damaged.") from None
    finally:
        wb.close()


def read_table(
    path: str | Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> list[list[str]]:
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
        return read_xlsx(path, progress, cancelled)
    return read_csv(path, data)


def _column_map(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        key = " ".join(fold(cell).replace("_", " ").split()).rstrip(":")
        for field_name, words in HEADERS.items():
            if key in words and field_name not in found:
                found[field_name] = i
    return found


def read_rows(
    path: str | Path, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> list[SourceRow]:
    """Rows of a roster file, below a header naming the columns (English or Vietnamese).

    *progress* hears the fraction read so far; *cancelled* returning True stops the
    reading with CancelledError (both called from the reading thread).
    """
    path = Path(path).expanduser()
    table = read_table(path, progress, cancelled)
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

    def preview_file(
        self,
        meeting_id: int,
        path: str | Path,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> RosterPreview:
        """Read *path* (CSV or XLSX) and say what importing it into the meeting would do.

        Safe to call from a worker thread; see read_rows for *progress* and *cancelled*.
        """
        with self.db.read() as s:
            editable_meeting(s, meeting_id)  # refuse a finalized meeting before reading
        rows = read_rows(path, progress, cancelled)
        if cancelled is not None and cancelled():
            raise CancelledError("Đã hủy đọc tệp. / Reading the file was cancelled.")
        return self.preview_rows(meeting_id, rows, Path(path).name)

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
