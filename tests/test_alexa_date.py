"""AMAZON.DATE forms as spans of days, the dates a person's today may be, and the fallback's promise."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from skill.alexa_date import Span, is_date, span_of
from skill.local_day import possible_todays
from skill.onset import hours_since_date

SPANS = [
    ("2026-11-25", Span("day", date(2026, 11, 25), date(2026, 11, 25))),
    ("2026-W48", Span("week", date(2026, 11, 23), date(2026, 11, 29))),
    ("2026-W48-WE", Span("weekend", date(2026, 11, 28), date(2026, 11, 29))),
    ("2026-w48-we", Span("weekend", date(2026, 11, 28), date(2026, 11, 29))),
    ("2026-W01", Span("week", date(2025, 12, 29), date(2026, 1, 4))),  # ISO week 1 starts in December
    ("2026-02", Span("month", date(2026, 2, 1), date(2026, 2, 28))),
    ("2026-12", Span("month", date(2026, 12, 1), date(2026, 12, 31))),
    ("2026", Span("year", date(2026, 1, 1), date(2026, 12, 31))),
    ("201X", Span("decade", date(2010, 1, 1), date(2019, 12, 31))),
    ("2026-SP", Span("season", date(2026, 3, 1), date(2026, 5, 31))),
    ("2026-SU", Span("season", date(2026, 6, 1), date(2026, 8, 31))),
    ("2026-FA", Span("season", date(2026, 9, 1), date(2026, 11, 30))),
    ("2023-WI", Span("season", date(2023, 12, 1), date(2024, 2, 29))),
    ("2026-WI", Span("season", date(2026, 12, 1), date(2027, 2, 28))),
]


@pytest.mark.parametrize(("value", "span"), SPANS, ids=[value for value, _ in SPANS])
def test_each_form_names_its_days(value, span):
    assert span_of(value) == span
    assert is_date(value)


@pytest.mark.parametrize("value", ["2026-02-30", "2026-13", "2026-W54", "0000", "9999-WI", "2026-XX",
                                   "XXXX-11-25", "20XX", "tomorrow", "", "P2D"])
def test_what_is_not_a_date_is_not_read(value):
    assert span_of(value) is None
    assert not is_date(value)


def test_present_ref_is_a_date_without_a_span():
    assert is_date("PRESENT_REF") and span_of("PRESENT_REF") is None


TODAYS = [
    (datetime(2026, 11, 29, 1, tzinfo=timezone.utc), None, [date(2026, 11, 28), date(2026, 11, 29)]),
    (datetime(2026, 11, 28, 11, tzinfo=timezone.utc), None,
     [date(2026, 11, 27), date(2026, 11, 28), date(2026, 11, 29)]),
    (datetime(2026, 11, 28, 9, 59, tzinfo=timezone.utc), None, [date(2026, 11, 27), date(2026, 11, 28)]),
    (datetime(2026, 11, 28, 12, tzinfo=timezone.utc), None, [date(2026, 11, 28), date(2026, 11, 29)]),
    (datetime(2026, 11, 29, 1, tzinfo=timezone.utc), ZoneInfo("America/Chicago"), [date(2026, 11, 28)]),
    (datetime(2026, 11, 28, 23, tzinfo=timezone.utc), ZoneInfo("Asia/Tokyo"), [date(2026, 11, 29)]),
]


@pytest.mark.parametrize(("moment", "zone", "todays"), TODAYS)
def test_todays_are_every_date_from_utc_minus_12_to_utc_plus_14(moment, zone, todays):
    assert possible_todays(moment, zone) == todays


# Every offset devices use, the extremes and the odd ones included.
ZONES = ["Etc/GMT+12", "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Chicago",
         "America/New_York", "America/St_Johns", "UTC", "Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu",
         "Asia/Tokyo", "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati"]


@st.composite
def said_dates(draw):
    """A moment, a zone, and an AMAZON.DATE value of any form near the person's own date."""
    moment = draw(st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2098, 12, 31),
                               timezones=st.just(timezone.utc)))
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    local = moment.astimezone(zone).date()
    day = local + timedelta(days=draw(st.integers(-400, 10)))
    year, week, _ = day.isocalendar()
    value = draw(st.sampled_from([
        day.isoformat(), f"{year}-W{week:02d}", f"{year}-W{week:02d}-WE", f"{day.year}-{day.month:02d}",
        str(day.year), f"{day.year // 10}X", f"{day.year}-{draw(st.sampled_from(['WI', 'SP', 'SU', 'FA']))}",
        "PRESENT_REF"]))
    return moment, zone, value


@settings(max_examples=400)
@given(said_dates())
def test_without_the_zone_a_date_never_counts_more_days_than_on_the_persons_calendar(said):
    moment, zone, value = said
    own = hours_since_date(value, possible_todays(moment, zone))
    unknown_zone = hours_since_date(value, possible_todays(moment, None))
    assert moment.astimezone(zone).date() in possible_todays(moment, None)
    if own is not None:
        assert unknown_zone is not None and 0 <= unknown_zone <= own
