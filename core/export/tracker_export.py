"""The action tracker's rows as a CSV file (Excel-ready) or a .docx table in a profile's layout."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from core.domain.dto import ActionTrackerRow
from core.domain.formatting import en_short_date, label
from core.export.docxkit import Kit, R
from core.export.profile import Profile, load_profile
from core.export.writer import check_target, write_atomic

CSV_COLUMNS = {
    "vi": (
        "Ngày họp",
        "Cuộc họp",
        "Nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời hạn",
        "Tình trạng",
        "Ngày kết thúc",
        "Ghi chú",
        "Quá hạn",
    ),
    "en": (
        "Meeting date",
        "Meeting",
        "Action",
        "Lead",
        "Coordinating",
        "Deadline",
        "Status",
        "Closed on",
        "Note",
        "Overdue",
    ),
}
DOCX_COLUMNS = {
    "vi": ("STT", "Nhiệm vụ", "Chủ trì / phối hợp", "Thời hạn", "Tình trạng"),
    "en": ("No.", "Action", "Lead / with", "Deadline", "Status"),
}
MEETING = {"vi": "Cuộc họp", "en": "Meeting"}
TITLE = {"vi": "THEO DÕI THỰC HIỆN NHIỆM VỤ", "en": "ACTION TRACKER"}
AS_OF = {"vi": "Tính đến ngày {date}; {n} nhiệm vụ", "en": "As of {date}; {n} action items"}
OVERDUE = {"vi": "quá hạn", "en": "overdue"}
YES = {"vi": "Có", "en": "Yes"}
# Fixed widths fit "STT" and a whole date on one line at table size; the task column takes
# 5/8 of the rest (its cell also names the meeting), the lead column the other 3/8.
NUMBER_MM, DATE_MM, STATUS_MM = 13.0, 24.0, 27.0
TASK_SHARE = 0.625
# Excel runs a cell starting with one of these as a formula; a leading apostrophe stops it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _date(d: dt.date | None, lang: str) -> str:
    if d is None:
        return ""
    return f"{d:%d/%m/%Y}" if lang == "vi" else en_short_date(d)


def _cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(rows: Sequence[ActionTrackerRow], lang: str = "vi") -> str:
    """The rows as CSV text (comma-separated, CRLF lines, every field quoted if needed)."""
    lang = lang if lang in CSV_COLUMNS else "vi"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS[lang])
    for r in rows:
        a = r.action
        w.writerow(
            [
                _date(r.meeting_date.date(), lang),
                _cell(r.meeting_title),
                _cell(a.task),
                _cell(a.lead),
                _cell(a.coordinating),
                _date(a.deadline, lang),
                label(a.status, lang),
                _date(a.closed_on, lang),
                _cell(a.note),
                YES[lang] if r.overdue else "",
            ]
        )
    return buf.getvalue()


def write_csv(rows: Sequence[ActionTrackerRow], out: str | Path, lang: str = "vi") -> Path:
    """Write the CSV in UTF-8 with a BOM, which Excel needs to read Vietnamese correctly."""
    target = check_target(Path(out).expanduser())
    data = csv_text(rows, lang).encode("utf-8-sig")

    def produce(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write_atomic(target, produce)


def _status(r: ActionTrackerRow, lang: str) -> str:
    a = r.action
    lines = [label(a.status, lang)]
    if a.closed_on and a.status != "open":
        lines.append(_date(a.closed_on, lang))
    if r.overdue:
        lines.append(f"({OVERDUE[lang]})")
    return "\n".join(lines)


def _task(r: ActionTrackerRow, lang: str) -> str:
    a = r.action
    note = f"\n— {a.note}" if a.note.strip() else ""
    meeting = f"\n({MEETING[lang]} {_date(r.meeting_date.date(), lang)}: {r.meeting_title})"
    return a.task + note + meeting


def _who(r: ActionTrackerRow) -> str:
    a = r.action
    return "\n".join(x for x in (a.lead, a.coordinating and f"({a.coordinating})") if x)


def build_docx(
    rows: Sequence[ActionTrackerRow], profile: Profile, today: dt.date, subtitle: str = ""
) -> Kit:
    """A titled table of the rows laid out on the profile's page, font and table size."""
    lang = profile.lang
    kit = Kit(profile)
    kit.para(
        [R(TITLE[lang], bold=True, size=profile.sizes["title_pt"])],
        align="center",
        indent=False,
        after=2,
    )
    as_of = AS_OF[lang].format(date=_date(today, lang), n=len(rows))
    kit.para([R(as_of, italic=True)], align="center", indent=False, after=0)
    if subtitle.strip():
        kit.para([R(subtitle, italic=True)], align="center", indent=False, after=0)
    rest = kit.text_width_mm - NUMBER_MM - DATE_MM - STATUS_MM
    widths = [NUMBER_MM, rest * TASK_SHARE, rest * (1 - TASK_SHARE), DATE_MM, STATUS_MM]
    table = [
        (str(i), _task(r, lang), _who(r), _date(r.action.deadline, lang), _status(r, lang))
        for i, r in enumerate(rows, 1)
    ]
    kit.grid(DOCX_COLUMNS[lang], widths, table, center_cols=(0, 3))
    kit.finish()
    kit.page_numbers()
    return kit


def write_docx(
    rows: Sequence[ActionTrackerRow],
    out: str | Path,
    profile: str | Path | Profile = "nd30",
    today: dt.date | None = None,
    subtitle: str = "",
) -> Path:
    """Write the tracker table as .docx atomically; raises ExportError / ValidationError."""
    target = check_target(Path(out).expanduser())
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    kit = build_docx(rows, prof, today or dt.date.today(), subtitle)
    return write_atomic(target, lambda tmp: kit.doc.save(str(tmp)))
