"""When a reminder goes off, and how its time is said: pure functions of the request's time, the
device's time zone and the locale's words (``Content.reminders``), so a table of cases tests them.

- Switch to heat: when the 48 hours of ice from the onset end (``skill.onset.ICE_WINDOW_HOURS``),
  rounded up to the minute, so never before.
- Drink water: at the time the person named (Alexa's AMAZON.TIME: "15:00", or "MO", "AF", "EV",
  "NI" for a part of the day), today if it is still ahead, else tomorrow; with no time named, the
  locale's water times still ahead today (at most three), else tomorrow's first three.
A device whose time zone is unknown cannot be given a clock time: the heat reminder is set that many
seconds from now, and said as "in about N hours"; a water reminder needs the clock, so it is not set.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta, timezone
from typing import Mapping, NamedTuple
from zoneinfo import ZoneInfo

from .facility import spoken_list
from .onset import ICE_WINDOW_HOURS

# A reminder closer than this is no reminder: the moment has come (Alexa also refuses past times).
MIN_LEAD = timedelta(minutes=1)
# The day's water times start at least this far ahead: a reminder in two minutes is no help.
WATER_LEAD = timedelta(minutes=15)
WATER_REMINDERS_PER_DAY = 3
_CLOCK_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class Schedule(NamedTuple):
    """One reminder's moment: ``at`` in UTC; ``local`` the same on the device's clock (naive, for the
    API's SCHEDULED_ABSOLUTE trigger) and ``zone`` its IANA name, both None when the zone is unknown."""

    at: datetime
    local: datetime | None
    zone: str | None

    def offset_seconds(self, now: datetime) -> int:
        """Seconds from ``now`` to the reminder, for a SCHEDULED_RELATIVE trigger."""
        return max(math.ceil((self.at - now).total_seconds()), 1)


def _up_to_minute(moment: datetime) -> datetime:
    floored = moment.replace(second=0, microsecond=0)
    return floored if floored == moment else floored + timedelta(minutes=1)


def _schedule(at: datetime, zone: ZoneInfo | None) -> Schedule:
    if zone is None:
        return Schedule(at, None, None)
    return Schedule(at, at.astimezone(zone).replace(tzinfo=None), zone.key)


def heat_switch(onset_at: datetime, now: datetime, zone: ZoneInfo | None) -> Schedule | None:
    """When to switch from ice to heat; None when the 48 hours are already over (switch now)."""
    at = _up_to_minute(onset_at.astimezone(timezone.utc) + timedelta(hours=ICE_WINDOW_HOURS))
    if at < now + MIN_LEAD:
        return None
    return _schedule(at, zone)


def clock_time(said: str | None, times_of_day: Mapping[str, str]) -> tuple[int, int] | None:
    """(hour, minute) for an AMAZON.TIME value: "15:00", or a part of the day through the locale's
    ``times_of_day``; None for anything else (a value Alexa did not resolve)."""
    value = times_of_day.get((said or "").strip().upper(), (said or "").strip())
    match = _CLOCK_TIME.match(value)
    return (int(match[1]), int(match[2])) if match else None


def _on_clock(day: date, hour: int, minute: int, zone: ZoneInfo) -> Schedule:
    local = datetime(day.year, day.month, day.day, hour, minute)
    return Schedule(local.replace(tzinfo=zone).astimezone(timezone.utc), local, zone.key)


def water_at(hour: int, minute: int, now: datetime, zone: ZoneInfo) -> Schedule:
    """The next time the device's clock shows hour:minute: today if still ahead, else tomorrow."""
    today = now.astimezone(zone).date()
    first = _on_clock(today, hour, minute, zone)
    return first if first.at >= now + MIN_LEAD else _on_clock(today + timedelta(days=1), hour, minute, zone)


def water_day(times: tuple[tuple[int, int], ...], now: datetime, zone: ZoneInfo) -> list[Schedule]:
    """The locale's water times, (hour, minute), still ahead today (at most three), else tomorrow's first three."""
    today = now.astimezone(zone).date()
    ahead = [s for hour, minute in times if (s := _on_clock(today, hour, minute, zone)).at >= now + WATER_LEAD]
    if not ahead:
        ahead = [_on_clock(today + timedelta(days=1), hour, minute, zone) for hour, minute in times]
    return ahead[:WATER_REMINDERS_PER_DAY]


# --- Saying it --------------------------------------------------------------------------------------


def spoken_time(hour: int, minute: int, clock: Mapping) -> str:
    """"2:40 PM", "noon"; "2:40 de la tarde", "mediodía": the locale's ``clock`` words."""
    if (hour, minute) == (12, 0):
        return clock["noon"]
    if (hour, minute) == (0, 0):
        return clock["midnight"]
    period = [name for start, name in clock["periods"] if hour >= start][-1]
    template = clock["time_on_the_hour"] if minute == 0 else clock["time"]
    return template.format(hour=hour % 12 or 12, minute=f"{minute:02d}", period=period)


def at_time(hour: int, minute: int, clock: Mapping) -> str:
    """"at 2:40 PM"; in Spanish "a la 1", "a las 3", "al mediodía"."""
    if (hour, minute) == (12, 0):
        template = clock["at_noon"]
    elif (hour, minute) == (0, 0):
        template = clock["at_midnight"]
    else:
        template = clock["at_one"] if hour % 12 == 1 else clock["at"]
    return template.format(time=spoken_time(hour, minute, clock))


def _day(local: datetime, today: date, clock: Mapping) -> str:
    day = local.date()
    if day == today:
        return clock["today"]
    if day == today + timedelta(days=1):
        # The midnight that ends today is "tonight at midnight": "tomorrow at midnight" reads as a day late.
        return clock["tonight"] if (local.hour, local.minute) == (0, 0) else clock["tomorrow"]
    return clock["weekday"].format(weekday=clock["weekdays"][day.weekday()])


def spoken_when(schedules: list[Schedule], now: datetime, clock: Mapping, language: str) -> str:
    """When the reminders go off, as said after "I'll remind you": "tomorrow at 2:40 PM", "today at 1 PM,
    at 4 PM, and at 7 PM" (one day: a list comes from one day), or "in about 26 hours" without a zone."""
    first = schedules[0]
    if first.local is None:
        hours = max(round((first.at - now).total_seconds() / 3600), 1)
        return clock["in_one_hour"] if hours == 1 else clock["in_hours"].format(hours=hours)
    today = now.astimezone(ZoneInfo(first.zone)).date()
    times = tuple(at_time(s.local.hour, s.local.minute, clock) for s in schedules)
    return f"{_day(first.local, today, clock)} {spoken_list(times, language)}"



def example_when(clock: Mapping) -> str:
    """A reminder's time as said, for the review of texts that have one: "tomorrow at 2:40 PM"."""
    return f"{clock['tomorrow']} {at_time(14, 40, clock)}"
