"""AMAZON.DATE values, and the day an onset said as one counts from.

Alexa resolves a spoken date on the person's own calendar (the device's time zone) and sends one of:

    2026-11-25     a day: "yesterday", "on the 25th", "Monday"
    2026-W47       a week: "last week", "this week"
    2026-W47-WE    a weekend: "last weekend", "this weekend"
    2026-11        a month: "last month"
    2026           a year
    201X           a decade
    2026-WI        a season: WI, SP, SU, FA (taken as the three months from December, March, June,
                   September of that year)
    PRESENT_REF    now

An onset date decides two things (skill.onset): ice inside 48 hours, heat after; and, from four days
on, the line to get checked by a doctor. A vague date is read so that each errs toward care:

- A period that includes today (this week, this weekend, this month) counts from today, the latest
  day it could have started: inside the ice window, which is the safe side of the 48-hour rule.
- A past weekend counts from its last day not after today, as a day would: it is two days long, so
  its Sunday keeps someone who hurt it on Sunday inside the ice window.
- A past week, month, season, year or decade counts from its first day. A week can end yesterday
  (last week's Sunday, on a Monday), but someone who names a whole past week or month rather than a
  day is placing the start days back, and the two mistakes are not alike: read from its first day,
  the answer is heat and "get checked by a doctor soon", which at worst sends someone to a doctor a
  little early; read from its last day, pain a week old would lose the see-a-doctor line.
- A season, year or decade that includes today says too little to choose between ice and heat: not
  understood, so the skill asks again.
- Alexa puts a bare weekday ("it started Monday") and "this weekend" in the coming week, in the
  future. A day or weekend up to seven days ahead is read as the one a week earlier, which has passed.
- Any other future date is not understood.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

PRESENT = "PRESENT_REF"

_WEEK = timedelta(days=7)
_SEASON_START_MONTH = {"WI": 12, "SP": 3, "SU": 6, "FA": 9}
# One pattern for every form (one compile at import keeps the cold start quick).
_DATE = re.compile(
    r"^(?:(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?"
    r"|W(?P<week>\d{2})(?P<weekend>-WE)?|(?P<season>WI|SP|SU|FA)))?|(?P<decade>\d{3})X)$"
)
# Forms Alexa resolves into the coming week when the person means the one just past.
_COMING_WEEK_FORMS = ("day", "weekend")
# Periods too long to choose between ice and heat while they are still going on.
_TOO_LONG_WHILE_CURRENT = ("season", "year", "decade")


class Span(NamedTuple):
    """The days a date value names, first to last (one day for a day)."""

    form: str
    first: date
    last: date


def span_of(value: str) -> Span | None:
    """The span of an AMAZON.DATE value, or None for PRESENT_REF and anything that is not a date."""
    match = _DATE.match(value.strip().upper())
    if not match:
        return None
    try:
        return _span(**{name: part for name, part in match.groupdict().items() if part})
    except (ValueError, OverflowError):  # 2026-02-30, week 60, year 0 or 9999's winter
        return None


def _span(year: str = "", month: str = "", day: str = "", week: str = "", weekend: str = "", season: str = "",
          decade: str = "") -> Span:
    if decade:
        return Span("decade", date(int(decade) * 10, 1, 1), date(int(decade) * 10 + 9, 12, 31))
    number = int(year)
    if day:
        named = date(number, int(month), int(day))
        return Span("day", named, named)
    if month:
        return Span("month", date(number, int(month), 1), _month_end(number, int(month)))
    if week:
        monday = date.fromisocalendar(number, int(week), 1)
        if weekend:
            return Span("weekend", monday + timedelta(days=5), monday + timedelta(days=6))
        return Span("week", monday, monday + timedelta(days=6))
    if season:
        start = _SEASON_START_MONTH[season]
        end_year, end_month = (number + 1, start - 10) if start + 2 > 12 else (number, start + 2)
        return Span("season", date(number, start, 1), _month_end(end_year, end_month))
    return Span("year", date(number, 1, 1), date(number, 12, 31))


def _month_end(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)


def is_date(value: str) -> bool:
    return value.strip().upper() == PRESENT or span_of(value) is not None


def onset_day(value: str, today: date) -> date | None:
    """The day an onset said as ``value`` counts from, for a person whose own date is ``today``.

    Never after today; None when the value is not understood (see the module's readings).
    """
    if value.strip().upper() == PRESENT:
        return today
    span = span_of(value)
    if span is None:
        return None
    if span.form in _COMING_WEEK_FORMS and 0 < (span.first - today).days <= _WEEK.days:
        if span.first - date.min < _WEEK:
            return None  # a week before the calendar begins: only a hand-made request says that
        span = span._replace(first=span.first - _WEEK, last=span.last - _WEEK)
    if span.first > today:
        return None
    if span.last >= today:  # still going on
        return None if span.form in _TOO_LONG_WHILE_CURRENT else today
    if span.form in _COMING_WEEK_FORMS:
        return span.last
    return span.first
