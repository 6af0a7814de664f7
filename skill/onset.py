"""How long ago the pain started, from Alexa's AMAZON.DURATION and AMAZON.DATE slot values."""

from __future__ import annotations

import re
from datetime import date, tzinfo
from typing import Callable, Iterable

from . import alexa_date
from .local_day import possible_todays, request_moment
from .request_info import slot_words

# Ice helps in the first 48 hours; heat after that (guide, "Use Heat or Ice Therapy").
ICE_WINDOW_HOURS = 48
# Pain that continues for several days without improvement should be checked (guide, FAQs): from
# four days on, the heat-or-ice answer adds the see-a-doctor line.
LASTING_HOURS = 96

_DURATION = re.compile(
    r"^P(?:(?P<years>\d+(?:\.\d+)?)Y)?(?:(?P<months>\d+(?:\.\d+)?)M)?(?:(?P<weeks>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<days>\d+(?:\.\d+)?)D)?(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)
_HOURS_PER = {"years": 365 * 24, "months": 30 * 24, "weeks": 7 * 24, "days": 24, "hours": 1,
              "minutes": 1 / 60, "seconds": 1 / 3600}


def hours_from_duration(value: str | None) -> float | None:
    """Hours in an ISO-8601 duration such as ``P2D`` or ``PT5H``; None if it is not one."""
    if not value:
        return None
    match = _DURATION.match(value.strip().upper())
    if not match or not any(match.groupdict().values()):
        return None
    return sum(float(amount) * _HOURS_PER[unit] for unit, amount in match.groupdict().items() if amount)


def hours_since_date(value: str | None, todays: Iterable[date]) -> float | None:
    """Whole days, in hours, from the day an AMAZON.DATE value counts from (``alexa_date``) to today.

    ``todays`` are the dates the person's today may be. With more than one (the device's time zone is
    unknown), the fewest days win: the reading that keeps the person inside the 48-hour ice window
    when the day is ambiguous (at 7 pm in Houston, it is already the next day in UTC).
    """
    if not value:
        return None
    days = [(today - day).days for today in todays if (day := alexa_date.onset_day(value, today)) is not None]
    return float(min(days) * 24) if days else None


ZoneLookup = Callable[[], tzinfo | None]  # asked only when a date is read


def onset_hours(request, zone_lookup: ZoneLookup | None = None) -> float | None:
    """Hours since the pain started, from whichever onset slot the request filled.

    Dates count in whole days to the person's own today: the request's timestamp (not the server
    clock, so a replayed request answers the same way) in the device's time zone. ``zone_lookup`` is
    asked for that zone only when a date is read; without it, or when it has no answer, the date
    counts conservatively (``hours_since_date``).
    """
    hours = hours_from_duration(slot_words(request, "onset_duration"))
    said = slot_words(request, "onset_date")
    if hours is None and said and alexa_date.is_date(said):
        zone = zone_lookup() if zone_lookup is not None else None
        hours = hours_since_date(said, possible_todays(request_moment(request), zone))
    return hours


def use_ice(hours: float) -> bool:
    return hours < ICE_WINDOW_HOURS


def lasting(hours: float) -> bool:
    return hours >= LASTING_HOURS
