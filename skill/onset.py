"""How long ago the pain started, from Alexa's AMAZON.DURATION and AMAZON.DATE slot values."""

from __future__ import annotations

import re
from datetime import date

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
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
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


def hours_since_date(value: str | None, today: date) -> float | None:
    """Whole days between an AMAZON.DATE day (``2026-11-25``) and today, in hours.

    Weeks, months, seasons and future dates are too vague or wrong to choose by; they give None.
    """
    if not value:
        return None
    if value == "PRESENT_REF":
        return 0.0
    if not _DAY.match(value):
        return None  # Python would also read week dates such as 2026-W48; Alexa means a whole week there.
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    if day > today:
        return None
    return float((today - day).days * 24)


def onset_hours(request) -> float | None:
    """Hours since the pain started, from whichever onset slot the request filled.

    Dates count in whole days to the request's own day (its timestamp, not the server clock, so a
    replayed request answers the same way).
    """
    slots = getattr(getattr(request, "intent", None), "slots", None) or {}

    def value(name: str) -> str | None:
        slot = slots.get(name)
        words = getattr(slot, "value", None)
        return words.strip() if isinstance(words, str) and words.strip() else None

    hours = hours_from_duration(value("onset_duration"))
    if hours is None and value("onset_date"):
        timestamp = getattr(request, "timestamp", None)
        today = timestamp.date() if timestamp is not None else date.today()
        hours = hours_since_date(value("onset_date"), today)
    return hours


def use_ice(hours: float) -> bool:
    return hours < ICE_WINDOW_HOURS


def lasting(hours: float) -> bool:
    return hours >= LASTING_HOURS
