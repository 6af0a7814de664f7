"""A reminder's time, right to the minute: table-driven, through the whole skill and the simulator's
Reminders API, for onsets given as durations and as dates, in three time zones, at a moment when the
device's day and the UTC day agree and at one when they do not. Every expected time is worked out by
hand from the request's timestamp (the 48 hours of ice, rounded up to the minute), not by the code."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from skill.content import CONTENT
from skill.reminder_time import clock_time, spoken_when, water_at, water_day
from skill.simulator import envelopes
from skill.simulator.client import Conversation, InProcessSkill
from skill.simulator.device import VirtualDevice

# 08:23 in Chicago, 23:23 in Tokyo, 04:23 in Honolulu: the same day everywhere.
MORNING = datetime(2026, 11, 29, 14, 23, 0, tzinfo=timezone.utc)
# 21:30:20 on the 28th in Chicago and 17:30:20 on the 28th in Honolulu, but 12:30:20 on the 29th in Tokyo.
EVENING = datetime(2026, 11, 29, 3, 30, 20, tzinfo=timezone.utc)

HEAT_CASES = [
    # (request time, zone, onset slot, onset value, the reminder's local time; None: 48 hours are over)
    (MORNING, "America/Chicago", "onset_duration", "P1D", "2026-11-30T08:23"),
    (MORNING, "Asia/Tokyo", "onset_duration", "P1D", "2026-11-30T23:23"),
    (MORNING, "Pacific/Honolulu", "onset_duration", "P1D", "2026-11-30T04:23"),
    (MORNING, "America/Chicago", "onset_duration", "PT5H", "2026-12-01T03:23"),
    (MORNING, "Asia/Tokyo", "onset_duration", "PT5H", "2026-12-01T18:23"),
    (MORNING, "Pacific/Honolulu", "onset_duration", "PT5H", "2026-11-30T23:23"),
    (MORNING, "America/Chicago", "onset_duration", "PT1H30M", "2026-12-01T06:53"),
    (MORNING, "Asia/Tokyo", "onset_duration", "PT1H30M", "2026-12-01T21:53"),
    (MORNING, "Pacific/Honolulu", "onset_duration", "PT1H30M", "2026-12-01T02:53"),
    # Dates count whole days to the device's own today (yesterday: 24 hours ago, today: now).
    (MORNING, "America/Chicago", "onset_date", "2026-11-28", "2026-11-30T08:23"),
    (MORNING, "Asia/Tokyo", "onset_date", "2026-11-28", "2026-11-30T23:23"),
    (MORNING, "Pacific/Honolulu", "onset_date", "2026-11-28", "2026-11-30T04:23"),
    (MORNING, "America/Chicago", "onset_date", "2026-11-29", "2026-12-01T08:23"),
    (MORNING, "Asia/Tokyo", "onset_date", "2026-11-29", "2026-12-01T23:23"),
    (MORNING, "Pacific/Honolulu", "onset_date", "2026-11-29", "2026-12-01T04:23"),
    # The 28th is today in Chicago and Honolulu, yesterday in Tokyo; 20 seconds round up to the minute.
    (EVENING, "America/Chicago", "onset_date", "2026-11-28", "2026-11-30T21:31"),
    (EVENING, "Asia/Tokyo", "onset_date", "2026-11-28", "2026-11-30T12:31"),
    (EVENING, "Pacific/Honolulu", "onset_date", "2026-11-28", "2026-11-30T17:31"),
    (EVENING, "America/Chicago", "onset_duration", "PT47H59M", "2026-11-28T21:32"),
    (EVENING, "Asia/Tokyo", "onset_duration", "PT47H59M", "2026-11-29T12:32"),
    (EVENING, "Pacific/Honolulu", "onset_duration", "PT47H59M", "2026-11-28T17:32"),
    (EVENING, "America/Chicago", "onset_duration", "P2D", None),
    (MORNING, "Asia/Tokyo", "onset_date", "2026-11-27", None),
]


def heat_reminder(now, zone, slot_name, value, locale="en-US"):
    device = VirtualDevice(zone)
    device.reminders.granted = True
    slot_type = "AMAZON.DURATION" if slot_name == "onset_duration" else "AMAZON.DATE"
    try:
        conversation = Conversation(InProcessSkill(), locale=locale, device=device, clock=lambda: now)
        exchange = conversation.intent("SetReminderIntent", {
            "reminder": envelopes.slot("reminder", "switch to heat", slot_type="ReminderType", value_id="HEAT"),
            slot_name: envelopes.slot(slot_name, value, slot_type=slot_type)})
        return exchange, list(device.reminders.reminders)
    finally:
        device.close()


@pytest.mark.parametrize("now,zone,slot_name,value,expected", HEAT_CASES,
                         ids=[f"{'morning' if c[0] is MORNING else 'evening'}-{c[1]}-{c[3]}" for c in HEAT_CASES])
def test_the_switch_to_heat_reminder_is_right_to_the_minute(skill, now, zone, slot_name, value, expected):
    exchange, reminders = heat_reminder(now, zone, slot_name, value)
    if expected is None:
        assert reminders == []
        assert CONTENT["en-US"].entry("reminder_heat_now").speech in exchange.speech
        return
    assert [(r["scheduledTime"], r["timeZoneId"]) for r in reminders] == [(expected, zone)]
    assert reminders[0]["text"] == CONTENT["en-US"].reminders.alerts["heat"]


def test_without_the_devices_zone_the_reminder_counts_seconds_from_now(skill):
    device = VirtualDevice("America/Chicago")
    device.reminders.granted = True
    device.settings_api.time_zone = "Not/AZone"  # the Settings API answers a zone no database knows
    try:
        conversation = Conversation(InProcessSkill(skill), device=device, clock=lambda: MORNING)
        exchange = conversation.intent("SetReminderIntent", {
            "reminder": envelopes.slot("reminder", "heat", slot_type="ReminderType", value_id="HEAT"),
            "onset_duration": envelopes.slot("onset_duration", "PT5H", slot_type="AMAZON.DURATION")})
        assert [r["offsetInSeconds"] for r in device.reminders.reminders] == [43 * 3600]
        assert "in about 43 hours" in exchange.speech
    finally:
        device.close()


CHICAGO = ZoneInfo("America/Chicago")
WATER_CASES = [
    # (request time, the named time or None, the reminders' local times)
    (MORNING, "15:00", ["2026-11-29T15:00"]),
    (MORNING, "AF", ["2026-11-29T15:00"]),
    (MORNING, "07:00", ["2026-11-30T07:00"]),  # already past today: tomorrow
    (MORNING, "08:23", ["2026-11-30T08:23"]),  # this very minute is past too
    (MORNING, None, ["2026-11-29T10:00", "2026-11-29T13:00", "2026-11-29T16:00"]),
    (datetime(2026, 11, 29, 21, 50, tzinfo=timezone.utc), None, ["2026-11-29T19:00"]),  # 15:50: 16:00 too soon
    (datetime(2026, 11, 30, 0, 50, tzinfo=timezone.utc), None, ["2026-11-30T10:00", "2026-11-30T13:00",
                                                                "2026-11-30T16:00"]),  # 18:50: none left today
    (EVENING, None, ["2026-11-29T10:00", "2026-11-29T13:00", "2026-11-29T16:00"]),
]


@pytest.mark.parametrize("now,named,expected", WATER_CASES)
def test_water_reminders_on_the_devices_clock(now, named, expected):
    words = CONTENT["en-US"].reminders
    schedules = ([water_at(*clock_time(named, words.times_of_day), now, CHICAGO)] if named
                 else water_day(words.water_times, now, CHICAGO))
    assert [s.local.isoformat(timespec="minutes") for s in schedules] == expected
    assert all(s.zone == "America/Chicago" and s.at.tzinfo is not None for s in schedules)


SPOKEN = [
    ("en-US", MORNING, None, "today at 10 AM, at 1 PM, and at 4 PM"),
    ("es-US", MORNING, None, "hoy a las 10 de la mañana, a la 1 de la tarde y a las 4 de la tarde"),
    ("en-US", MORNING, "12:00", "today at noon"),
    ("es-US", MORNING, "12:00", "hoy al mediodía"),
    ("en-US", MORNING, "07:05", "tomorrow at 7:05 AM"),
    ("es-US", MORNING, "07:05", "mañana a las 7:05 de la mañana"),
    ("es-US", MORNING, "01:30", "mañana a la 1:30 de la madrugada"),
    ("es-US", MORNING, "NI", "hoy a las 8 de la noche"),
    ("en-US", MORNING, "00:00", "tonight at midnight"),
    ("es-US", MORNING, "00:00", "esta noche a la medianoche"),
]


@pytest.mark.parametrize("locale,now,named,expected", SPOKEN)
def test_how_a_reminders_time_is_said(locale, now, named, expected):
    words = CONTENT[locale].reminders
    schedules = ([water_at(*clock_time(named, words.times_of_day), now, CHICAGO)] if named
                 else water_day(words.water_times, now, CHICAGO))
    assert spoken_when(schedules, now, words.clock, locale[:2]) == expected


def test_a_reminder_two_days_off_names_its_weekday():
    words = CONTENT["en-US"].reminders
    exchange, _ = heat_reminder(MORNING, "America/Chicago", "onset_duration", "PT5H")
    assert "on Tuesday at 3:23 AM" in exchange.speech  # 2026-12-01 is a Tuesday
    exchange, _ = heat_reminder(MORNING, "America/Chicago", "onset_duration", "PT5H", locale="es-US")
    assert "el martes a las 3:23 de la madrugada" in exchange.speech
    assert words.clock["weekdays"][1] == "Tuesday"
