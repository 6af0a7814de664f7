"""Built-in slot values as Alexa writes them, counted on the device's own day and in its time zone."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from skill.simulator.client import InProcessSkill
from skill.simulator.engine import Simulator
from skill.simulator.spoken_dates import parse_date
from skill.simulator.spoken_durations import parse_duration
from skill.simulator.spoken_numbers import parse_number

CHICAGO = ZoneInfo("America/Chicago")
# Sunday 29 November 2026, ten in the morning in Chicago: ISO week 48, its weekend is today.
SUNDAY_MORNING = datetime(2026, 11, 29, 10, 0, tzinfo=CHICAGO)
# Friday 27 November 2026, noon in Chicago.
FRIDAY_NOON = datetime(2026, 11, 27, 12, 0, tzinfo=CHICAGO)
# 01:00 UTC on the 29th is still Saturday evening the 28th in Chicago.
LATE_SATURDAY_UTC = datetime(2026, 11, 29, 1, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("said,value", [
    ("today", "2026-11-29"),
    ("yesterday", "2026-11-28"),
    ("the day before yesterday", "2026-11-27"),
    ("this morning", "2026-11-29"),
    ("last night", "2026-11-28"),
    ("yesterday morning", "2026-11-28"),
    ("two days ago", "2026-11-27"),
    ("a couple of days ago", "2026-11-27"),
    ("a week ago", "2026-11-22"),
    # 60 hours before ten on Sunday morning is ten on Thursday evening.
    ("two and a half days ago", "2026-11-26"),
    ("this week", "2026-W48"),
    ("last week", "2026-W47"),
    ("next week", "2026-W49"),
    ("this weekend", "2026-W48-WE"),
    ("the weekend", "2026-W48-WE"),
    ("last weekend", "2026-W47-WE"),
    ("this past weekend", "2026-W47-WE"),
    ("this month", "2026-11"),
    ("last month", "2026-10"),
    ("next month", "2026-12"),
    ("october", "2027-10"),
    ("last october", "2026-10"),
    ("last november", "2025-11"),
    ("this year", "2026"),
    ("last year", "2025"),
    ("now", "PRESENT_REF"),
    ("right now", "PRESENT_REF"),
    ("just now", "PRESENT_REF"),
    # Said without a year or a direction, a date is on or after today: Alexa resolves forward.
    ("on thursday", "2026-12-03"),
    ("monday", "2026-11-30"),
    ("sunday", "2026-11-29"),
    ("this friday", "2026-12-04"),
    ("last friday", "2026-11-27"),
    ("november twenty fifth", "2027-11-25"),
    ("the twenty fifth", "2026-12-25"),
    ("on the 30th", "2026-11-30"),
    ("the thirty first", "2026-12-31"),
    ("december first", "2026-12-01"),
    ("february twenty ninth", "2028-02-29"),
])
def test_dates_are_alexa_values_on_the_devices_day(said, value):
    assert parse_date(f"it started {said}", SUNDAY_MORNING)[1] == value


@pytest.mark.parametrize("said", [
    "since lunchtime", "two days", "a week", "the morning", "i may have pulled it", "march in place",
    "the first time", "it hurts a lot", "",
])
def test_words_that_are_no_date(said):
    assert parse_date(said, SUNDAY_MORNING) is None


def test_a_date_takes_only_its_own_words():
    assert parse_date("it started three days ago and i can't walk", SUNDAY_MORNING) == (
        "three days ago", "2026-11-26")
    assert parse_date("since the weekend", SUNDAY_MORNING).words == "the weekend"


def test_the_device_zone_decides_what_today_is():
    in_chicago = LATE_SATURDAY_UTC.astimezone(CHICAGO)
    assert parse_date("today", in_chicago)[1] == "2026-11-28"
    assert parse_date("yesterday", in_chicago)[1] == "2026-11-27"
    in_utc = LATE_SATURDAY_UTC
    assert parse_date("today", in_utc)[1] == "2026-11-29"
    # Saturday evening in Chicago, so "this weekend" is the one under way; Sunday is still ahead.
    assert parse_date("sunday", in_chicago)[1] == "2026-11-29"
    assert parse_date("saturday", in_chicago)[1] == "2026-11-28"


def test_a_plain_date_counts_from_noon():
    assert parse_date("yesterday", date(2026, 11, 29))[1] == "2026-11-28"
    assert parse_date("thursday", date(2026, 11, 27))[1] == "2026-12-03"


@pytest.mark.parametrize("zone,today", [("America/Chicago", "2026-11-28"), ("UTC", "2026-11-29"),
                                        ("Asia/Tokyo", "2026-11-29"), ("Pacific/Honolulu", "2026-11-28")])
def test_the_simulator_fills_dates_in_its_time_zone(skill, zone, today):
    with Simulator(InProcessSkill(skill), time_zone=zone, clock=lambda: LATE_SATURDAY_UTC) as simulator:
        turn = simulator.say("it started today")
    request = turn.exchange.request["request"]
    assert request["intent"]["slots"]["onset_date"]["value"] == today
    # The request itself is stamped in UTC, as Alexa stamps it.
    assert request["timestamp"] == "2026-11-29T01:00:00Z"


@pytest.mark.parametrize("said,value", [
    ("two days", "P2D"), ("three hours", "PT3H"), ("a week", "P1W"), ("36 hours", "PT36H"),
    ("a couple of days", "P2D"), ("a few hours", "PT3H"), ("ten minutes", "PT10M"),
    ("two and a half days", "P2.5D"), ("a day and a half", "P1.5D"), ("an hour and a half", "PT1.5H"),
    ("an hour and ten minutes", "PT1H10M"), ("two nights", "P2D"), ("forty eight hours", "PT48H"),
    ("twenty five minutes", "PT25M"), ("a second", "PT1S"), ("two weeks", "P2W"), ("a month", "P1M"),
])
def test_durations_are_iso_8601(said, value):
    assert parse_duration(f"it started {said} ago") == (said, value)


@pytest.mark.parametrize("said", ["since lunchtime", "yesterday", "she fell and can't get up", "a lot", ""])
def test_words_that_are_no_duration(said):
    assert parse_duration(said) is None


@pytest.mark.parametrize("said,value", [("three", "3"), ("21", "21"), ("twenty", "20"), ("twenty five", "25")])
def test_numbers_are_alexa_number_values(said, value):
    assert parse_number(f"about {said} times") == (said, value)


def test_no_number_in_words_without_one():
    assert parse_number("no figure here") is None
    assert parse_number("i have a pain") is None
