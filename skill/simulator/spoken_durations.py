"""AMAZON.DURATION: spoken lengths of time as ISO-8601 durations, as Alexa sends them.

"two days" P2D, "three hours" PT3H, "a week" P1W, "two and a half days" P2.5D,
"an hour and ten minutes" PT1H10M. Numbers are read by spoken_numbers; this module only
knows units and the order ISO-8601 writes them in.
"""

from __future__ import annotations

from .spans import Span, first_span
from .spoken_numbers import UNIT_WORDS, UNITS, digits, is_number, is_number_word, number_text

_DATE_PART = ("year", "month", "week", "day")
_TIME_PART = ("hour", "minute", "second")
# Words a spoken duration is made of, besides numbers and units.
_GLUE = {"en": {"a", "an", "and", "half", "couple", "of", "few", "several"}}


def _unit(word: str) -> str | None:
    """"days" -> "day"; a night counts as a day, as Alexa counts "two nights" P2D."""
    singular = word[:-1] if word.endswith("s") else word
    if singular not in UNITS:
        return None
    return "day" if singular == "night" else singular


def iso_duration(words: str, language: str = "en") -> str | None:
    """The ISO-8601 duration that ``words`` say, all of them, or None."""
    tokens = digits(words, language).split()
    amounts: dict[str, str] = {}
    index = 0
    while index < len(tokens):
        if tokens[index] == "and" and amounts:
            index += 1
        if index + 1 >= len(tokens) or not is_number(tokens[index]):
            return None
        unit = _unit(tokens[index + 1])
        if unit is None or unit in amounts:
            return None
        amounts[unit] = number_text(float(tokens[index]))
        index += 2
    if not amounts:
        return None
    date_part = "".join(amounts[unit] + UNITS[unit] for unit in _DATE_PART if unit in amounts)
    time_part = "".join(amounts[unit] + UNITS[unit] for unit in _TIME_PART if unit in amounts)
    return "P" + date_part + ("T" + time_part if time_part else "")


def parse_duration(text: str, language: str = "en") -> Span | None:
    """The first duration in ``text`` as (spoken words, ISO-8601 value such as ``P2D``), or None."""
    glue = _GLUE.get(language, set())

    def belongs(word: str) -> bool:
        return word in UNIT_WORDS or word in glue or is_number_word(word, language)

    return first_span(text, belongs, lambda said: iso_duration(said, language))
