"""Spoken numbers as digits, as Alexa hears them: "twenty five" 25, "twenty fifth" 25th, "two and a half" 2.5.

text2num reads the number words (English and Spanish, among others); what it does not know is here:
quantities that are not number words ("a couple of") and halves.
"""

from __future__ import annotations

import re
from functools import lru_cache


from .spans import Span, first_span

# Units a duration or a relative date counts in, singular and plural.
UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "month": "M",
         "year": "Y"}
UNIT_WORDS = set(UNITS) | {unit + "s" for unit in UNITS}

# Quantities said without a number word. Alexa's values for "a few" and "several" are not
# documented; three is the simulator's reading, the least a person means by either.
_QUANTITIES = {"en": {("a", "couple", "of"): "2", ("couple", "of"): "2", ("a", "couple"): "2",
                      ("a", "few"): "3", ("few",): "3", ("several",): "3"}}
_ARTICLES = {"en": {"a", "an"}}
_HALF = {"en": ("and", "a", "half")}
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
# text2num reads the unit "second" after a number as an ordinal ("1 second" -> "1 2nd").
_SECOND_AS_ORDINAL = re.compile(r"\b(\d+(?:\.\d+)?) 2nd\b")


def is_number(token: str) -> bool:
    return bool(_NUMBER.match(token))


def digits(words: str, language: str = "en") -> str:
    """``words`` with every spoken quantity written in digits: "a couple of days" -> "2 days"."""
    tokens = _quantities(words.split(), language)
    from text_to_num import alpha2digit  # noqa: PLC0415 - imported at the first number

    text = alpha2digit(" ".join(tokens), language, threshold=0)
    text = _SECOND_AS_ORDINAL.sub(r"\1 second", text)
    return " ".join(_halves(text.split(), language))


def _quantities(tokens: list[str], language: str) -> list[str]:
    """"a couple of" -> 2, and "a"/"an" before a unit -> 1 ("a week", "an hour and a half")."""
    quantities = _QUANTITIES.get(language, {})
    articles = _ARTICLES.get(language, set())
    result: list[str] = []
    index = 0
    while index < len(tokens):
        for phrase in sorted(quantities, key=len, reverse=True):
            if tuple(tokens[index:index + len(phrase)]) == phrase:
                result.append(quantities[phrase])
                index += len(phrase)
                break
        else:
            token = tokens[index]
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            result.append("1" if token in articles and following in UNIT_WORDS else token)
            index += 1
    return result


def _halves(tokens: list[str], language: str) -> list[str]:
    """"2 and a half days" and "2 days and a half" -> "2.5 days"."""
    half = _HALF.get(language)
    if not half:
        return tokens
    result: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        after_number = tuple(tokens[index + 1:index + 1 + len(half)]) == half
        after_unit = (index + 1 < len(tokens) and tokens[index + 1] in UNIT_WORDS
                      and tuple(tokens[index + 2:index + 2 + len(half)]) == half)
        if is_number(token) and after_number:
            result.append(_plus_half(token))
            index += 1 + len(half)
        elif is_number(token) and after_unit:
            result += [_plus_half(token), tokens[index + 1]]
            index += 2 + len(half)
        else:
            result.append(token)
            index += 1
    return result


def _plus_half(number: str) -> str:
    return number_text(float(number) + 0.5)


def number_text(value: float) -> str:
    """2.0 -> "2", 2.5 -> "2.5": how Alexa writes amounts."""
    return str(int(value)) if value == int(value) else str(value)


@lru_cache(maxsize=4096)
def is_number_word(word: str, language: str = "en") -> bool:
    """"25", "twenty" or "fifth": a word text2num reads as a number."""
    from text_to_num import alpha2digit  # noqa: PLC0415

    return is_number(word) or alpha2digit(word, language, threshold=0) != word


def parse_number(text: str, language: str = "en", joiners: tuple[str, ...] = ("and",)) -> Span | None:
    """The first number in ``text`` as (spoken words, AMAZON.NUMBER value), or None.

    ``joiners`` are the words said inside a number: "and" ("a hundred and two"), "y" ("treinta y dos")."""

    def value(said: str) -> str | None:
        written = digits(said, language)
        return number_text(float(written)) if is_number(written) else None

    return first_span(text, lambda word: word in joiners or is_number_word(word, language), value)
