"""AMAZON.DATE: spoken dates as the values Alexa sends, counted in the device's own time zone.

dateparser reads what a phrase means (relative days, weekdays, month names, ordinals; English and
Spanish); this module writes it in Alexa's forms:

    a day       2026-11-28    "today", "yesterday", "last night", "two days ago", "on thursday"
    a week      2026-W48      "this week", "last week" (W47), "next week" (W49)
    a weekend   2026-W48-WE   "this weekend", "the weekend", "last weekend" (W47-WE)
    a month     2026-11       "this month", "last month" (2026-10), "in october"
    a year      2026          "this year", "last year"
    now         PRESENT_REF   "now", "right now", "just now"

A date said with no year and no direction ("thursday", "the twenty fifth", "november twenty fifth",
"october") is on or after today: Alexa resolves such dates forward, never back.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta


from .spans import Span, first_span
from .spoken_numbers import UNIT_WORDS, digits, is_number, is_number_word

PRESENT_REF = "PRESENT_REF"

# English words. Another language says its dates in English first (its ``values`` in
# alexa/<locale>/language.json, read by locales.py), so these tables serve every locale.
_PRESENT = {"now", "right now", "just now"}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
# "may" and "march" are verbs too: alone they are no date ("i may have", "march in place").
_VERB_MONTHS = {"may", "march"}
_DIRECTIONS = {"": 0, "this": 0, "last": -1, "past": -1, "this past": -1, "previous": -1, "the previous": -1,
               "next": 1}
_PERIODS = {"week", "weekend", "month", "year"}
_TIMES_OF_DAY = {"morning", "afternoon", "evening", "night"}
# Words that fix which way a date lies, so the forward rule does not move it.
_DIRECTED = {"ago", "yesterday", "today", "tonight", "tomorrow", "last", "past", "next", "previous", "now"}
# Words that make a run of words one day by themselves; a number, a unit or "morning" alone is none.
_DAY_WORDS = set(_WEEKDAYS) | {"ago", "yesterday", "today", "tonight", "tomorrow"}
_GLUE = {"a", "an", "the", "on", "of", "and", "this", "last", "past", "next", "previous", "before", "after",
         "right", "just", "half", "couple", "few", "several", "now"}
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
# A date's words never end on these, nor start on "and", "of", "before" or "after".
_NOT_LAST = {"and", "of", "a", "an", "the", "on", "before", "after", "this", "last", "next", "past", "just", "right"}
_NOT_FIRST = {"and", "of", "before", "after"}


def parse_date(text: str, today: date, language: str = "en") -> Span | None:
    """The first date in ``text`` as (spoken words, AMAZON.DATE value), or None.

    ``today`` is the device's local date; a datetime (in the device's zone) also gives the time of
    day, for phrases counted in hours ("two and a half days ago"). A bare date counts from noon.
    """
    now = local_now(today)

    def belongs(word: str) -> bool:
        return (word in _DAY_WORDS or word in _MONTHS or word in _TIMES_OF_DAY or word in _PERIODS or word in _GLUE
                or word in UNIT_WORDS or bool(_ORDINAL.match(word)) or is_number_word(word, language))

    return first_span(text, belongs, lambda said: alexa_date(said, now, language))


def local_now(today: date) -> datetime:
    """The local wall-clock time to count from (dateparser's base): a bare date counts from noon."""
    now = today if isinstance(today, datetime) else datetime.combine(today, time(12))
    return now.replace(tzinfo=None)


def alexa_date(words: str, now: datetime, language: str = "en") -> str | None:
    """The AMAZON.DATE value that ``words`` say, all of them, at local time ``now``; or None."""
    tokens = digits(words, language).split()
    if not tokens or tokens[-1] in _NOT_LAST or tokens[0] in _NOT_FIRST:
        return None
    lone = [token for token in tokens if token not in ("on", "the")]
    if len(lone) == 1 and _ORDINAL.match(lone[0]):
        return _day_of_month(int(_ORDINAL.match(lone[0]).group(1)), now.date())
    period = _period(tokens, now.date())
    if period is not None:
        return period
    if not _is_a_date(tokens):
        return None
    import dateparser  # noqa: PLC0415 - 50 ms to import; only a request with date words pays it

    parsed = dateparser.parse(" ".join(tokens), languages=[language],
                              settings={"RELATIVE_BASE": now, "PREFER_DATES_FROM": "past",
                                        "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        return None
    day = parsed.date()
    if not _DIRECTED & set(tokens):
        day = _forward(day, tokens, now.date())
    return day.isoformat()


def _is_a_date(tokens: list[str]) -> bool:
    """Whether dateparser should be asked at all: "two days" or "the morning" is no date for Alexa."""
    words = set(tokens)
    months = words & set(_MONTHS)
    if words & _DAY_WORDS or months - _VERB_MONTHS:
        return True
    if months:
        return any(is_number(token) for token in tokens) or bool(words & {"last", "next", "this"})
    return any(first in ("this", "last") and second in _TIMES_OF_DAY for first, second in zip(tokens, tokens[1:]))


def _period(tokens: list[str], today: date) -> str | None:
    """Now, a week, a weekend, a month or a year: the values that are not one day."""
    said = " ".join(tokens)
    if said in _PRESENT:
        return PRESENT_REF
    *direction, last = tokens
    lead = " ".join(direction)
    if last == "weekend" and lead == "the":
        lead = ""  # "the weekend" is this weekend, as "thursday" is this coming Thursday
    if lead not in _DIRECTIONS:
        return None
    shift = _DIRECTIONS[lead]
    if last in ("week", "weekend") and (lead or last == "weekend"):
        year, week, _ = (today + timedelta(weeks=shift)).isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if last == "weekend" else "")
    if last == "month" and lead:
        month = today.year * 12 + today.month - 1 + shift
        return f"{month // 12}-{month % 12 + 1:02d}"
    if last == "year" and lead:
        return str(today.year + shift)
    if last in _MONTHS and (lead or last not in _VERB_MONTHS):
        return _named_month(_MONTHS.index(last) + 1, shift if lead and lead != "this" else None, today)
    return None


def _day_of_month(day: int, today: date) -> str | None:
    """"the twenty fifth": that day of this month, or of the next month that has it, on or after today.

    Done here because dateparser reads a lone "1st" or "the 2nd" as a month. "the first", "the second"
    and "the third" alone are no date: far more often "the first time" than a day.
    """
    if not 4 <= day <= 31:
        return None
    for months in range(12):
        month = today.year * 12 + today.month - 1 + months
        try:
            candidate = date(month // 12, month % 12 + 1, day)
        except ValueError:  # no 31st in November: the next month that has one
            continue
        if candidate >= today:
            return candidate.isoformat()
    return None


def _named_month(month: int, shift: int | None, today: date) -> str:
    """"october" is the next October on or after this month; "last october" the one before it."""
    year = today.year
    if shift is None or shift == 0:
        year += month < today.month
    elif shift < 0:
        year -= month >= today.month
    else:
        year += month <= today.month
    return f"{year}-{month:02d}"


def _forward(day: date, tokens: list[str], today: date) -> date:
    """A date said without a year or a direction, moved to on or after today, as Alexa resolves it."""
    if any(token in _MONTHS for token in tokens):
        def later(steps: int) -> date | None:
            return _same_day_in(day, months=12 * steps)
    elif any(token in _WEEKDAYS for token in tokens):
        def later(steps: int) -> date | None:
            return day + timedelta(weeks=steps)
    else:
        def later(steps: int) -> date | None:
            return _same_day_in(day, months=steps)
    steps, moved = 0, day
    while moved is None or moved < today:
        steps += 1
        moved = later(steps)
    return moved


def _same_day_in(day: date, *, months: int) -> date | None:
    """The same day of the month ``months`` on; None when that month has no such day (the 31st)."""
    month = day.year * 12 + day.month - 1 + months
    try:
        return date(month // 12, month % 12 + 1, day.day)
    except ValueError:
        return None
