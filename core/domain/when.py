"""Dates and times as a clerk types them (day first, Vietnamese or English words), checked."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from core.domain.formatting import EN_MONTHS
from core.errors import ValidationError

# A year outside this range is a typing slip (27/11/0226), not a meeting.
FIRST_YEAR = 1900
LAST_YEAR = 2199

VI_WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Typed:
    """What a text named: a day, a time of day, or both (None for the part it left out)."""

    day: dt.date | None
    time: dt.time | None


def format_date(value: dt.date) -> str:
    """27/11/2026: what the fields show, and read back unchanged."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def format_time(value: dt.time | dt.datetime) -> str:
    """08:30, or 08:30:15 when there are seconds (a roll-call stamp), so none are lost."""
    text = f"{value.hour:02d}:{value.minute:02d}"
    return f"{text}:{value.second:02d}" if value.second else text


def format_datetime(value: dt.datetime) -> str:
    """27/11/2026 08:30 (seconds only when there are some)."""
    return f"{format_date(value)} {format_time(value)}"


def read(
    text: str, *, reference: dt.date | None = None, today: dt.date | None = None
) -> Typed | None:
    """The day and the time of day *text* names; None for an empty text.

    A day without a year takes the year of *reference* (the meeting's date), else of *today*.
    Raises ValidationError, naming what is wrong, for an impossible date or time and for
    words it cannot read.
    """
    return _Reader(text, (reference or today or dt.date.today()).year).typed()


def parse_datetime(
    text: str,
    *,
    reference: dt.date | None = None,
    previous: dt.datetime | None = None,
    today: dt.date | None = None,
) -> dt.datetime | None:
    """The moment *text* names; None for an empty text ("not set").

    What the text leaves out comes from the field's *previous* value: a time alone keeps its
    day (else the *reference* date, the meeting's, else *today*); a day alone keeps its time
    (else 00:00).
    """
    typed = read(text, reference=reference, today=today)
    if typed is None:
        return None
    today = today or dt.date.today()
    day = typed.day or (previous.date() if previous else None) or reference or today
    time = typed.time or (previous.time().replace(microsecond=0) if previous else dt.time(0, 0))
    return dt.datetime.combine(day, time)


def parse_date(
    text: str, *, reference: dt.date | None = None, today: dt.date | None = None
) -> dt.date | None:
    """The day *text* names; None for an empty text. A time in it is refused: a deadline
    typed as "27/11 8h" is a mistake worth saying, not something to drop silently."""
    typed = read(text, reference=reference, today=today)
    if typed is None:
        return None
    if typed.time is not None:
        raise ValidationError(
            "Ô này chỉ nhận ngày (ví dụ 27/11/2026), không nhận giờ"
            " / This field takes a date (e.g. 27/11/2026), not a time"
        )
    if typed.day is None:
        raise ValidationError("Chưa có ngày: gõ ví dụ 27/11/2026 / No date: type e.g. 27/11/2026")
    return typed.day


# -- reading ----------------------------------------------------------------------------------

_NOT_AFTER_NUMBER = r"(?<![\d/.:-])"
_NOT_BEFORE_NUMBER = r"(?![\d/.:-])"
_PERIOD = r"(?:\s*(sáng|sang|trưa|trua|chiều|chieu|tối|toi|am|pm))?(?!\w)"
_EN_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])"
)

_WEEKDAYS = (
    re.compile(r"(?<!\w)(?:thứ|thu)\s*(hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|[2-7])(?!\w)"),
    re.compile(r"(?<!\w)(chủ\s*nhật|chu\s*nhat|cn)(?!\w)"),
    re.compile(
        r"(?<!\w)(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
        r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?!\w)"
    ),
)
_VI_WEEKDAY_WORDS = {
    "hai": 0, "ba": 1, "tư": 2, "tu": 2, "năm": 3, "nam": 3,
    "sáu": 4, "sau": 4, "bảy": 5, "bay": 5,
}  # fmt: skip
_DATES = (
    ("iso", re.compile(_NOT_AFTER_NUMBER + r"(\d{4})-(\d{1,2})-(\d{1,2})" + _NOT_BEFORE_NUMBER)),
    (
        "words",
        re.compile(
            r"(?<!\d)(\d{1,2})\s*(?:tháng|thang)\s*(\d{1,2})"
            r"(?:\s*(?:năm|nam)\s*(\d{4}|\d{2}))?(?!\d)"
        ),
    ),
    (
        "day_month",
        re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s*" + _EN_MONTH + r"(?:\s*(\d{4}))?(?!\d)"),
    ),
    (
        "month_day",
        re.compile(r"(?<!\w)" + _EN_MONTH + r"\s*(\d{1,2})(?:st|nd|rd|th)?(?:\s*(\d{4}))?(?!\d)"),
    ),
    (
        "numbers",
        re.compile(
            _NOT_AFTER_NUMBER
            + r"(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?"
            + _NOT_BEFORE_NUMBER
        ),
    ),
)
_TIMES = (
    re.compile(_NOT_AFTER_NUMBER + r"(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])" + _PERIOD),
    re.compile(
        _NOT_AFTER_NUMBER + r"(\d{1,2})\s*(?:giờ|gio|h|g)"
        r"(?:\s*(\d{1,2})(?![\d/.-])(?:\s*(?:phút|phut|ph|p|m|'))?)?()" + _PERIOD
    ),
    re.compile(_NOT_AFTER_NUMBER + r"(\d{1,2})()()\s*(am|pm)(?!\w)"),
)
# Words a clerk adds around a date or a time that change nothing.
_FILLER = re.compile(r"(?<!\w)(?:ngày|ngay|lúc|luc|vào|vao|hồi|hoi|at|on|the)(?!\w)")


class _Reader:
    """One reading of one text: takes out the weekday, the date and the time it finds,
    and refuses whatever is left."""

    def __init__(self, text: str, default_year: int) -> None:
        self.original = text.strip()
        self.default_year = default_year
        self.rest = _normalised(text)

    def typed(self) -> Typed | None:
        if not self.rest:
            return None
        weekday = self._take_weekday()
        day = self._take_date()
        time = self._take_time()
        left = _FILLER.sub(" ", self.rest).split()
        if left or (day is None and time is None):
            raise ValidationError(_unreadable(" ".join(left) or self.original))
        if weekday is not None and day is not None and day.weekday() != weekday:
            raise ValidationError(
                f"Ngày {format_date(day)} là {VI_WEEKDAYS[day.weekday()]},"
                f" không phải {VI_WEEKDAYS[weekday]}"
                f" / {format_date(day)} is a {EN_WEEKDAYS[day.weekday()]},"
                f" not a {EN_WEEKDAYS[weekday]}"
            )
        return Typed(day, time)

    def _take(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        found = []
        while (match := pattern.search(self.rest)) is not None:
            found.append(match)
            self.rest = self.rest[: match.start()] + " " + self.rest[match.end() :]
        return found

    def _take_weekday(self) -> int | None:
        days: list[int] = []
        vi, sunday, en = _WEEKDAYS
        for match in self._take(vi):
            word = match.group(1)
            days.append(int(word) - 2 if word.isdigit() else _VI_WEEKDAY_WORDS[word])
        days += [6 for _ in self._take(sunday)]
        days += [_en_weekday(match.group(1)) for match in self._take(en)]
        if len(set(days)) > 1:
            raise ValidationError(
                f"Có hai thứ khác nhau trong «{_quoted(self.original)}»"
                f" / Two different weekdays in “{_quoted(self.original)}”"
            )
        return days[0] if days else None

    def _take_date(self) -> dt.date | None:
        found = [(kind, match) for kind, pattern in _DATES for match in self._take(pattern)]
        if len(found) > 1:
            raise ValidationError(
                f"Có hai ngày trong «{_quoted(self.original)}»: gõ một ngày thôi"
                f" / Two dates in “{_quoted(self.original)}”: type one"
            )
        if not found:
            return None
        kind, match = found[0]
        if kind == "iso":
            return _date(*(int(g) for g in match.group(1, 2, 3)))
        if kind == "numbers":
            day, month, year = match.group(1), match.group(3), match.group(4)
        elif kind == "words":
            day, month, year = match.group(1, 2, 3)
        elif kind == "day_month":
            day, month, year = match.group(1), str(_en_month(match.group(2))), match.group(3)
        else:
            month, day, year = str(_en_month(match.group(1))), match.group(2), match.group(3)
        return _date(self._year(year), int(month), int(day))

    def _year(self, typed: str | None) -> int:
        if typed is None:
            return self.default_year
        # 27/11/26 is 2026: minutes are written about now, not about 1926.
        return 2000 + int(typed) if len(typed) == 2 else int(typed)

    def _take_time(self) -> dt.time | None:
        found = [match for pattern in _TIMES for match in self._take(pattern)]
        if len(found) > 1:
            raise ValidationError(
                f"Có hai giờ trong «{_quoted(self.original)}»: gõ một giờ thôi"
                f" / Two times in “{_quoted(self.original)}”: type one"
            )
        if not found:
            return None
        hour_text, minute, second, period = found[0].group(1, 2, 3, 4)
        hour = _with_period(int(hour_text), period)
        return _time(hour, int(minute or 0), int(second or 0))


def _normalised(text: str) -> str:
    s = unicodedata.normalize("NFC", text).casefold()
    s = re.sub(r"(?<![a-z])([ap])\.m\.?", r"\1m", s)
    s = re.sub(r"(?<=\d)\s*([/.-])\s*(?=\d)", r"\1", s)  # 27 / 11 / 2026
    s = re.sub(r"(?<=\d)t(?=\d)", " ", s)  # ISO 2026-11-27T08:00
    # Punctuation around the parts, and the arrow of the parse result the window shows.
    s = re.sub(r"[,;()→\u2013\u2014]|(?<!\d)\.|\.(?!\d)|(?<![\d\s])-|-(?![\d])", " ", s)
    return " ".join(s.split())


def _en_month(word: str) -> int:
    return next(i for i, name in enumerate(EN_MONTHS, 1) if name.casefold().startswith(word[:3]))


def _en_weekday(word: str) -> int:
    return next(i for i, name in enumerate(EN_WEEKDAYS) if name.casefold().startswith(word[:3]))


def _date(year: int, month: int, day: int) -> dt.date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            f"Năm {year:04d} nằm ngoài khoảng {FIRST_YEAR}–{LAST_YEAR}: gõ nhầm?"
            f" / The year {year:04d} is outside {FIRST_YEAR}–{LAST_YEAR}: a typing slip?"
        )
    if not 1 <= month <= 12:
        raise ValidationError(
            f"Không có tháng {month}: tháng từ 1 đến 12"
            f" / There is no month {month}: months run from 1 to 12"
        )
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValidationError(
            f"Không có ngày {day:02d}/{month:02d}/{year}: tháng {month} năm {year} có {days} ngày"
            f" / There is no {day:02d}/{month:02d}/{year}:"
            f" {EN_MONTHS[month - 1]} {year} has {days} days"
        )
    return dt.date(year, month, day)


def _time(hour: int, minute: int, second: int) -> dt.time:
    if hour > 23:
        raise ValidationError(
            f"Không có {hour} giờ: giờ từ 0 đến 23"
            f" / There is no hour {hour}: hours run from 0 to 23"
        )
    if minute > 59:
        raise ValidationError(
            f"Không có phút thứ {minute}: phút từ 0 đến 59"
            f" / There is no minute {minute}: minutes run from 0 to 59"
        )
    if second > 59:
        raise ValidationError(
            f"Không có giây thứ {second}: giây từ 0 đến 59"
            f" / There is no second {second}: seconds run from 0 to 59"
        )
    return dt.time(hour, minute, second)


def _with_period(hour: int, period: str | None) -> int:
    """8 giờ tối is 20:00, 2pm is 14:00; 14h chiều is already afternoon."""
    if period is None:
        return hour
    if period in ("sáng", "sang", "am"):
        if hour > 12:
            raise ValidationError(
                f"{hour} giờ không thể là buổi sáng / {hour}:00 cannot be in the morning"
            )
        return 0 if hour == 12 and period == "am" else hour
    if not 1 <= hour <= 23:
        raise ValidationError(
            f"{hour} giờ không thể là buổi chiều, tối / {hour}:00 cannot be afternoon or evening"
        )
    if period in ("trưa", "trua"):
        return hour + 12 if hour < 10 else hour  # 1 giờ trưa is 13:00, 11 giờ trưa stays
    return hour + 12 if hour < 12 else hour


def _quoted(text: str) -> str:
    # " / " separates the two languages of a message exactly once.
    return text.replace(" / ", "/")


def _unreadable(bit: str) -> str:
    bit = _quoted(bit)
    return (
        f"Không hiểu «{bit}»: gõ ngày trước, giờ sau, ví dụ 27/11/2026 8h30"
        f" / Cannot read “{bit}”: type the day first, then the time, e.g. 27/11/2026 8:30"
    )
