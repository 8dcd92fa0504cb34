"""Typed dates and times (core/domain/when.py): every accepted form, the refusals, round trips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.domain.when import (
    FIRST_YEAR,
    LAST_YEAR,
    VI_WEEKDAYS,
    Typed,
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
    read,
)
from core.errors import ValidationError

MEETING = dt.date(2026, 11, 27)  # the reference: the meeting's date
TODAY = dt.date(2025, 3, 1)  # another year, so "the year of the meeting" is visible


def when(text: str, previous: dt.datetime | None = None) -> dt.datetime | None:
    return parse_datetime(text, reference=MEETING, previous=previous, today=TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("27/11/2026", (2026, 11, 27, 0, 0)),
        ("27/11/26", (2026, 11, 27, 0, 0)),
        ("27-11-2026", (2026, 11, 27, 0, 0)),
        ("27.11.2026", (2026, 11, 27, 0, 0)),
        ("5/3/2027", (2027, 3, 5, 0, 0)),
        ("27/11/2026 08:00", (2026, 11, 27, 8, 0)),
        ("27/11/2026 8h30", (2026, 11, 27, 8, 30)),
        ("8:30 27/11/2026", (2026, 11, 27, 8, 30)),
        ("2026-11-27 08:00", (2026, 11, 27, 8, 0)),
        ("2026-11-05T08:00:00", (2026, 11, 5, 8, 0)),  # ISO stays year-month-day
        ("  ngày 27/11/2026  ", (2026, 11, 27, 0, 0)),
        ("ngày 27/11/2026 lúc 8h30", (2026, 11, 27, 8, 30)),
        ("27 / 11 / 2026, 14h05", (2026, 11, 27, 14, 5)),
        ("ngày 05 tháng 11 năm 2026", (2026, 11, 5, 0, 0)),  # as the nd30 minutes print it
        ("ngay 5 thang 11 nam 2026 luc 8 gio", (2026, 11, 5, 8, 0)),  # typed without accents
        ("27 November 2026", (2026, 11, 27, 0, 0)),
        ("27th Nov 2026 2:30 pm", (2026, 11, 27, 14, 30)),
        ("Nov 27, 2026 9am", (2026, 11, 27, 9, 0)),
        ("→ 27/11/2026 08:00, thứ Sáu", (2026, 11, 27, 8, 0)),  # the window's own echo
        ("Friday 27/11/2026 8:30 a.m.", (2026, 11, 27, 8, 30)),
        ("thứ 6, 27/11/2026", (2026, 11, 27, 0, 0)),
    ],
)
def test_dates_and_times_as_typed(text: str, expected: tuple[int, ...]) -> None:
    assert when(text) == dt.datetime(*expected)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("8h30", 8, 30),
        ("8h", 8, 0),
        ("08:30", 8, 30),
        ("8:30", 8, 30),
        ("14h05", 14, 5),
        ("8g30", 8, 30),
        ("8h30'", 8, 30),
        ("lúc 8h30", 8, 30),
        ("8 giờ 30", 8, 30),
        ("8 giờ 30 phút", 8, 30),
        ("8 gio 30 phut", 8, 30),
        ("08 giờ 30", 8, 30),  # as the minutes print it
        ("8 giờ tối", 20, 0),
        ("2 giờ chiều", 14, 0),
        ("14h chiều", 14, 0),
        ("8h30 sáng", 8, 30),
        ("1 giờ trưa", 13, 0),
        ("2pm", 14, 0),
        ("12 am", 0, 0),
        ("12 pm", 12, 0),
        ("0:05", 0, 5),
        ("23:59", 23, 59),
    ],
)
def test_a_time_alone_falls_on_the_meeting_day(text: str, hour: int, minute: int) -> None:
    assert when(text) == dt.datetime(2026, 11, 27, hour, minute)


def test_a_time_alone_keeps_the_day_the_field_had() -> None:
    assert when("9h", previous=dt.datetime(2026, 11, 28, 17, 0)) == dt.datetime(2026, 11, 28, 9)


def test_without_a_meeting_date_a_time_alone_is_today() -> None:
    assert parse_datetime("8h30", today=TODAY) == dt.datetime(2025, 3, 1, 8, 30)


def test_a_day_alone_keeps_the_time_the_field_had_else_midnight() -> None:
    previous = dt.datetime(2026, 11, 20, 8, 30)
    assert when("28/11", previous=previous) == dt.datetime(2026, 11, 28, 8, 30)
    assert when("28/11") == dt.datetime(2026, 11, 28, 0, 0)


def test_a_day_without_a_year_takes_the_meeting_year_else_this_year() -> None:
    assert when("5/1") == dt.datetime(2026, 1, 5)
    assert parse_datetime("5/1", today=TODAY) == dt.datetime(2025, 1, 5)
    assert parse_date("5/1", reference=MEETING) == dt.date(2026, 1, 5)


def test_seconds_are_kept_when_typed() -> None:
    assert when("27/11/2026 8:30:15") == dt.datetime(2026, 11, 27, 8, 30, 15)


def test_read_tells_which_parts_were_typed() -> None:
    assert read("8h30", today=TODAY) == Typed(None, dt.time(8, 30))
    assert read("27/11/2026", today=TODAY) == Typed(dt.date(2026, 11, 27), None)
    assert read(" ", today=TODAY) is None


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_an_empty_text_means_not_set(text: str) -> None:
    assert when(text) is None
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "vietnamese", "english"),
    [
        ("31/02/2026", "Không có ngày 31/02/2026: tháng 2 năm 2026 có 28 ngày", "February 2026"),
        ("29/02/2027", "Không có ngày 29/02/2027: tháng 2 năm 2027 có 28 ngày", "has 28 days"),
        ("31/04", "Không có ngày 31/04/2026: tháng 4 năm 2026 có 30 ngày", "April 2026"),
        ("0/11/2026", "Không có ngày 00/11/2026", "There is no 00/11/2026"),
        ("25:00", "Không có 25 giờ", "There is no hour 25"),
        ("24h", "Không có 24 giờ", "hours run from 0 to 23"),
        ("8h75", "Không có phút thứ 75", "There is no minute 75"),
        ("8:30:61", "Không có giây thứ 61", "There is no second 61"),
        ("13/13/2026", "Không có tháng 13", "There is no month 13"),
        ("27/11/0226", "Năm 0226 nằm ngoài", "The year 0226 is outside"),
        ("13h sáng", "13 giờ không thể là buổi sáng", "cannot be in the morning"),
        ("27/11/2026 thứ Hai", "là thứ Sáu, không phải thứ Hai", "is a Friday, not a Monday"),
        ("27/11 28/11", "Có hai ngày", "Two dates"),
        ("8h 9h", "Có hai giờ", "Two times"),
        ("8", "Không hiểu «8»", "Cannot read “8”"),
        ("mai", "Không hiểu «mai»", "Cannot read “mai”"),
        ("27/11/2026 8h30 xyz", "Không hiểu «xyz»", "Cannot read “xyz”"),
        ("thứ Sáu", "Không hiểu «thứ Sáu»", "Cannot read"),
        ("27/11/20266", "Không hiểu", "Cannot read"),
    ],
)
def test_impossible_or_unreadable_says_what_is_wrong(
    text: str, vietnamese: str, english: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        when(text)
    message = caught.value.message
    assert message.count(" / ") == 1, message
    vi, en = message.split(" / ")
    assert vietnamese in vi
    assert english in en


def test_a_date_field_refuses_a_time_instead_of_dropping_it() -> None:
    for text in ("27/11/2026 8h", "8h30"):
        with pytest.raises(ValidationError, match="not a time"):
            parse_date(text, reference=MEETING)
    assert parse_date("ngày 27/11/2026") == dt.date(2026, 11, 27)


def test_an_echoed_text_never_adds_a_second_separator() -> None:
    with pytest.raises(ValidationError) as caught:
        when("abc / def")
    assert caught.value.message.count(" / ") == 1


def test_formats() -> None:
    assert format_datetime(dt.datetime(2026, 1, 5, 8, 0)) == "05/01/2026 08:00"
    assert format_datetime(dt.datetime(2026, 1, 5, 8, 0, 7)) == "05/01/2026 08:00:07"
    assert format_date(dt.date(2026, 1, 5)) == "05/01/2026"


# -- properties -------------------------------------------------------------------------------

DAYS = st.dates(min_value=dt.date(FIRST_YEAR, 1, 1), max_value=dt.date(LAST_YEAR, 12, 31))
MOMENTS = st.datetimes(
    min_value=dt.datetime(FIRST_YEAR, 1, 1), max_value=dt.datetime(LAST_YEAR, 12, 31, 23, 59, 59)
).map(lambda v: v.replace(microsecond=0))


@given(MOMENTS)
def test_a_shown_moment_reads_back_as_itself(value: dt.datetime) -> None:
    assert parse_datetime(format_datetime(value), today=TODAY) == value


@given(DAYS)
def test_a_shown_day_reads_back_as_itself(value: dt.date) -> None:
    assert parse_date(format_date(value), today=TODAY) == value


@given(MOMENTS.map(lambda v: v.replace(second=0)), st.integers(0, 7))
def test_every_way_of_typing_a_moment_gives_it(value: dt.datetime, form: int) -> None:
    d, m, y, h, mi = value.day, value.month, value.year, value.hour, value.minute
    text = [
        f"{d}/{m}/{y} {h}h{mi:02d}",
        f"{h}:{mi:02d} {d:02d}-{m:02d}-{y}",
        f"ngày {d} tháng {m} năm {y} lúc {h} giờ {mi} phút",
        f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}",
        f"{d}.{m}.{y} {h}g{mi}",
        f"  {d:02d}/{m:02d}/{y}   {h:02d}:{mi:02d}  ",
        f"{d} {dt.date(y, m, d).strftime('%B')} {y} {h:02d}:{mi:02d}",
        f"{format_datetime(value)}, {VI_WEEKDAYS[value.weekday()]}",
    ][form]
    assert parse_datetime(text, today=TODAY) == value


@given(st.integers(2000, 2099), st.integers(1, 12), st.integers(29, 40))
def test_days_past_the_end_of_the_month_are_refused(year: int, month: int, day: int) -> None:
    try:
        dt.date(year, month, day)
    except ValueError:
        with pytest.raises(ValidationError, match="có .* ngày / There is no"):
            parse_datetime(f"{day}/{month}/{year}", today=TODAY)
    else:
        assert parse_datetime(f"{day}/{month}/{year}", today=TODAY) == dt.datetime(year, month, day)


@given(st.text(max_size=40))
def test_any_text_is_read_or_refused_in_words(text: str) -> None:
    try:
        parse_datetime(text, reference=MEETING, today=TODAY)
    except ValidationError as exc:
        assert exc.message.count(" / ") == 1
