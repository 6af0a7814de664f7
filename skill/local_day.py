"""The person's own date: the request's moment on the device's clock, or every date it could be."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo

# Devices run from UTC-12 (Baker Island) to UTC+14 (Kiribati's Line Islands).
_WESTMOST = timedelta(hours=-12)
_EASTMOST = timedelta(hours=14)


def request_moment(request) -> datetime:
    """The request's own timestamp (UTC), not the server clock, so replayed requests answer the same way."""
    timestamp = getattr(request, "timestamp", None)
    if timestamp is None:
        return datetime.now(timezone.utc)
    return timestamp if timestamp.tzinfo else timestamp.replace(tzinfo=timezone.utc)


def possible_todays(moment: datetime, zone: tzinfo | None) -> list[date]:
    """The person's date at ``moment``: one in a known zone; without one, each date some zone has then.

    At 01:00 UTC on the 29th it is the 28th in the Americas and the 29th from London east, so both.
    """
    utc = moment.astimezone(timezone.utc)
    try:
        if zone is not None:
            return [utc.astimezone(zone).date()]
        first, last = (utc + _WESTMOST).date(), (utc + _EASTMOST).date()
    except OverflowError:  # a timestamp at the very end of the calendar, from a hand-made request
        return [utc.date()]
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
