"""AMAZON.TIME: spoken times of day as the values Alexa sends.

A clock time is "HH:MM" on the 24-hour clock:

    "3 pm" 15:00, "three thirty in the afternoon" 15:30, "eight at night" 20:00, "3:30" 03:30,
    "quarter past four" 04:15, "twenty to six" 05:40, "noon" 12:00, "midnight" 00:00

An hour said without am, pm or a part of the day is read as said ("seven o'clock" 07:00, "fifteen
thirty" 15:30): Alexa gives the morning for an ambiguous hour. A part of the day said without a clock
time is vague, and Alexa sends its code: "this morning" MO, "in the afternoon" AF, "this evening" EV,
"tonight" NI.

English words. Another language says its times in English first (its ``values`` in
alexa/<locale>/language.json, read by locales.py), so these tables serve every locale.
"""

from __future__ import annotations

import re

from .spans import Span, first_span
from .spoken_numbers import digits, is_number_word

_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
# How a part of the day is said, alone or after a clock time: "morning", "this morning",
# "in the morning", "eight at night". "tonight" is "this night". Longest first.
_PART_LEADS = (("in", "the"), ("this",), ("at",), ())
_NAMED = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}
_MERIDIEM = {"am": "am", "a.m": "am", "pm": "pm", "p.m": "pm"}
_OCLOCK = {"o'clock", "oclock"}
# Minutes said before or after the hour: "quarter past four", "half past two", "ten to five".
_FRACTIONS = {"quarter": 15, "half": 30}
_PAST = {"past", "after"}
_TO = {"to"}
# "3pm" typed as one word.
_JOINED = re.compile(r"^(\d{1,2})(am|pm|a\.m|p\.m)$")
# A time's words never start on "at": "at 3 pm" is said around the slot's "3 pm", as a sample's
# "at {time}" has it. "at night" is then "night", the same NI. "the morning" is no time, as it is no date.
_NOT_FIRST = {"at", "to", "past", "after", "the", "oh", "o'clock", "oclock", "am", "pm", "a.m", "p.m"}
_GLUE = {"en": {"a", "at", "in", "the", "this", "tonight", "oh"} | set(_PARTS_OF_DAY) | set(_NAMED)
         | set(_MERIDIEM) | _OCLOCK | set(_FRACTIONS) | _PAST | _TO}


def parse_time(text: str, language: str = "en") -> Span | None:
    """The first time of day in ``text`` as (spoken words, AMAZON.TIME value such as ``15:00``), or None."""
    glue = _GLUE.get(language, set())

    def belongs(word: str) -> bool:
        return word in glue or bool(_JOINED.match(word)) or is_number_word(word, language)

    return first_span(text, belongs, lambda said: alexa_time(said, language))


def alexa_time(words: str, language: str = "en") -> str | None:
    """The AMAZON.TIME value that ``words`` say, all of them, or None."""
    tokens = []
    for token in digits(words, language).split():
        joined = _JOINED.match(token)
        tokens += [joined.group(1), joined.group(2)] if joined else [token]
    if not tokens or tokens[0] in _NOT_FIRST:
        return None
    clock, part = _part_of_day(tokens)
    if not clock:
        return _PARTS_OF_DAY.get(part)  # "this morning": vague, and no "am" or "pm" alone
    named = clock[1:] if clock[0] == "12" else clock
    if len(named) == 1 and named[0] in _NAMED:
        return _NAMED[named[0]] if part is None else None  # "noon", "12 midnight"; not "noon in the morning"
    minutes = _minutes(clock, part)
    return None if minutes is None else f"{minutes // 60:02d}:{minutes % 60:02d}"


def _part_of_day(tokens: list[str]) -> tuple[list[str], str | None]:
    """The words of the clock time, and what says which half of the day it is: "am", "pm", "morning", ..."""
    if tokens[-1] in _MERIDIEM:
        return tokens[:-1], _MERIDIEM[tokens[-1]]
    if tokens[-1] == "tonight":
        return tokens[:-1], "night"
    if tokens[-1] in _PARTS_OF_DAY:
        for lead in _PART_LEADS:
            start = len(tokens) - 1 - len(lead)
            if start >= 0 and tuple(tokens[start:-1]) == lead:
                return tokens[:start], tokens[-1]
    return tokens, None


def _minutes(clock: list[str], part: str | None) -> int | None:
    """Minutes after midnight of a clock time: "3 30", "7 o'clock", "3 oh 5", "quarter past 4", "10 to 5"."""
    if len(clock) == 3 and (clock[1] in _PAST or clock[1] in _TO):
        before = _FRACTIONS.get(clock[0]) or _whole(clock[0], 1, 59)
        hour = _hour(clock[2], part)
        if before is None or hour is None or clock[1] in _TO and (before == 30 or before % 5):
            return None  # "half to" is no time, and "two to three" a range: minutes to the hour come in fives
        return (hour * 60 + (before if clock[1] in _PAST else -before)) % (24 * 60)
    if clock[0] == "a" and clock[1:2] == ["quarter"]:
        return _minutes(clock[1:], part)  # "a quarter past four"
    hour = _hour(clock[0], part)
    if hour is None:
        return None
    rest = clock[1:]
    if len(rest) == 1 and rest[0] in _OCLOCK:
        return hour * 60  # "seven o'clock"
    if len(rest) == 1 and len(rest[0]) == 2:
        minute = _whole(rest[0], 0, 59)  # "3 30", "3:05" (typed, its words "3 05")
    elif len(rest) == 2 and rest[0] == "oh":
        minute = _whole(rest[1], 1, 9)  # "three oh five"
    elif not rest and part is not None:
        minute = 0  # "3 pm"; a lone number is no time ("two days ago")
    else:
        return None
    return None if minute is None else hour * 60 + minute


def _hour(token: str, part: str | None) -> int | None:
    """The hour on the 24-hour clock: as said with no part of the day, else 1 to 12 in that half of it.

    At night, six to eleven are evening hours and one to five the small hours; twelve is midnight.
    """
    if part is None:
        return _whole(token, 0, 23)
    hour = _whole(token, 1, 12)
    if hour is None:
        return None
    afternoon = part in ("pm", "afternoon", "evening") or part == "night" and 6 <= hour <= 11
    return hour % 12 + (12 if afternoon else 0)


def _whole(token: str, low: int, high: int) -> int | None:
    return int(token) if token.isdigit() and low <= int(token) <= high else None
