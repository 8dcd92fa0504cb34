"""Dates, times, labels and numbers as Vietnamese and English minutes write them."""

from __future__ import annotations

import datetime as dt
import re

EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "meeting": "Cuộc họp",
        "conference": "Hội nghị",
        "working_session": "Buổi làm việc",
        "chair": "Chủ trì",
        "secretary": "Thư ký",
        "member": "Thành viên",
        "guest": "Khách mời",
        "press": "Báo chí",
        "other": "Khác",
        "unknown": "Chưa điểm danh",
        "present": "Có mặt",
        "late": "Đến muộn",
        "left_early": "Về sớm",
        "absent_excused": "Vắng có lý do",
        "absent": "Vắng không lý do",
        "report": "Báo cáo",
        "opinion": "Ý kiến",
        "proposal": "Đề xuất",
        "vote": "Biểu quyết",
        "conclusion": "Kết luận",
        "note": "Ghi chú",
        "pending": "Chờ xử lý",
        "accepted": "Tiếp thu",
        "rejected": "Không tiếp thu",
        "deferred": "Hoãn",
        "withdrawn": "Rút lại",
        "show_of_hands": "Giơ tay",
        "ballot": "Bỏ phiếu kín",
        "electronic": "Biểu quyết điện tử",
        "open": "Đang thực hiện",
        "done": "Hoàn thành",
        "cancelled": "Hủy",
        "draft": "Dự thảo",
        "finalized": "Đã thông qua",
        "passed": "Thông qua",
        "failed": "Không thông qua",
    },
    "en": {
        "meeting": "Meeting",
        "conference": "Conference",
        "working_session": "Working session",
        "chair": "Chair",
        "secretary": "Secretary",
        "member": "Member",
        "guest": "Guest",
        "press": "Press",
        "other": "Other",
        "unknown": "Not yet called",
        "present": "Present",
        "late": "Late",
        "left_early": "Left early",
        "absent_excused": "Apologies",
        "absent": "Absent",
        "report": "Report",
        "opinion": "Opinion",
        "proposal": "Proposal",
        "vote": "Vote",
        "conclusion": "Conclusion",
        "note": "Note",
        "pending": "Pending",
        "accepted": "Accepted",
        "rejected": "Rejected",
        "deferred": "Deferred",
        "withdrawn": "Withdrawn",
        "show_of_hands": "Show of hands",
        "ballot": "Ballot",
        "electronic": "Electronic",
        "open": "Open",
        "done": "Done",
        "cancelled": "Cancelled",
        "draft": "Draft",
        "finalized": "Finalized",
        "passed": "Carried",
        "failed": "Failed",
    },
}


def label(value: str, lang: str = "vi") -> str:
    """The display word for an enum value; free text (e.g. a custom kind) is returned as is."""
    return LABELS.get(lang, LABELS["vi"]).get(value, value)


def vi_date(d: dt.date) -> str:
    """Nghị định 30: a leading zero for days below 10 and for January and February only."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def vi_time(t: dt.datetime | dt.time) -> str:
    return f"{t.hour:02d} giờ {t.minute:02d}"


def en_date(d: dt.date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def en_time(t: dt.datetime | dt.time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def date_text(d: dt.date, lang: str) -> str:
    return vi_date(d) if lang == "vi" else en_date(d)


def time_text(t: dt.datetime | dt.time, lang: str) -> str:
    return vi_time(t) if lang == "vi" else en_time(t)


def percent(value: float, lang: str = "vi") -> str:
    """62.5 -> '62,5%' in Vietnamese, '62.5%' in English; whole numbers lose the decimals."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return (text.replace(".", ",") if lang == "vi" else text) + "%"


def en_short_date(d: dt.date) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1][:3]} {d.year}"


# Room for a register number written by hand when none is set (a lone "…" is too narrow).
NUMBER_BLANK = "……"


def doc_number(number: str, doc_type: str, code: str, style: str = "nd30") -> str:
    """'Số: 05/BB-SCT' (Nghị định 30), 'Số 05-BB/TU' (Party) or 'No. 05/MIN-SCT' (English).

    Numbers below 10 get a leading zero.
    """
    num = number.strip()
    if num.isdigit() and len(num) == 1:
        num = "0" + num
    num = num or NUMBER_BLANK
    if style == "en":
        return f"No. {num}/{doc_type}-{code}" if code else f"No. {num}/{doc_type}"
    if style == "party":
        return f"Số {num}-{doc_type}/{code}" if code else f"Số {num}-{doc_type}"
    return f"Số: {num}/{doc_type}-{code}" if code else f"Số: {num}/{doc_type}"


def _words(text: str) -> list[str]:
    return text.split()


def _overlap(head: list[str], tail: list[str]) -> int:
    """How many words end *head* and also start *tail* (case ignored), longest first."""
    for n in range(min(len(head), len(tail)), 0, -1):
        if [w.casefold() for w in head[-n:]] == [w.casefold() for w in tail[:n]]:
            return n
    return 0


def position_and_unit(position: str, unit: str, lang: str = "vi") -> str:
    """A position and a unit as an office writes them after a name.

    'Giám đốc' + 'Sở Công Thương' -> 'Giám đốc Sở Công Thương'; a unit the position already
    names is not repeated ('Phó Chủ tịch UBND xã' + 'UBND xã Đông Tiến' -> 'Phó Chủ tịch
    UBND xã Đông Tiến'); after a position of several parts, or in English, a comma.
    """
    position, unit = " ".join(position.split()), " ".join(unit.split())
    if not unit or unit.casefold() in position.casefold():
        return position
    if not position:
        return unit
    pw, uw = _words(position), _words(unit)
    shared = _overlap(pw, uw)
    if shared:
        return " ".join(pw + uw[shared:])
    if lang == "vi" and not any(mark in position for mark in ",;"):
        return f"{position} {unit}"
    return f"{position}, {unit}"


def signer_position(position: str, body: str) -> str:
    """The position signing for *body* under "TM.": 'Tổ trưởng' from 'Ủy viên …, Tổ
    trưởng Tổ biên tập' and the body 'TỔ BIÊN TẬP'; '' when none can be told apart."""
    parts = [" ".join(p.split()) for p in re.split("[,;]", position) if p.strip()]
    words = _words(body)
    for part in parts:
        pw = _words(part)
        at = part.casefold().find(body.casefold()) if body else -1
        if at > 0:
            return part[:at].strip()
        shared = _overlap(pw, words)
        if shared and shared < len(pw):
            return " ".join(pw[:-shared])
    return parts[0] if len(parts) == 1 else ""
