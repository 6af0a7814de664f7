"""AMAZON.TIME values as Alexa sends them: "HH:MM" on the 24-hour clock, or MO, AF, EV, NI for a part of the day."""

from __future__ import annotations

from datetime import date

import pytest

from skill.simulator import locales
from skill.simulator.model import Intent, InteractionModel
from skill.simulator.nlu import LanguageUnderstanding
from skill.simulator.spans import Span
from skill.simulator.spoken_times import parse_time

# (said, the span's words, value). "at" is said around a time, as a sample's "at {time}" has it.
ENGLISH = [
    ("3 pm", "3 pm", "15:00"),
    ("at 3 pm", "3 pm", "15:00"),
    ("3pm", "3pm", "15:00"),
    ("three thirty in the afternoon", "three thirty in the afternoon", "15:30"),
    # Typed text reaches the parser normalised: "3:30" is "3 30".
    ("3 30", "3 30", "03:30"),
    ("15 30", "15 30", "15:30"),
    # An hour without am, pm or a part of the day: Alexa gives the morning.
    ("seven o'clock", "seven o'clock", "07:00"),
    ("noon", "noon", "12:00"),
    ("midday", "midday", "12:00"),
    ("midnight", "midnight", "00:00"),
    ("quarter past four", "quarter past four", "04:15"),
    ("half past two", "half past two", "02:30"),
    ("a quarter to five", "a quarter to five", "04:45"),
    ("ten in the morning", "ten in the morning", "10:00"),
    ("eight at night", "eight at night", "20:00"),
    ("six in the evening", "six in the evening", "18:00"),
    ("twelve thirty am", "twelve thirty am", "00:30"),
    ("this afternoon", "this afternoon", "AF"),
    ("in the afternoon", "in the afternoon", "AF"),
    ("this morning", "this morning", "MO"),
    ("this evening", "this evening", "EV"),
    ("tonight", "tonight", "NI"),
    ("at night", "night", "NI"),
]

# Spanish is said in English first (es-US language.json "values"); "a" and "al" are said around the
# time, the hour's article is the time's own: "a las 3" gives "las 3".
SPANISH = [
    ("a las 3 de la tarde", "las 3 de la tarde", "15:00"),
    ("a las tres y media", "las tres y media", "03:30"),
    ("a las diez de la mañana", "las diez de la mañana", "10:00"),
    ("a las ocho de la noche", "las ocho de la noche", "20:00"),
    ("a la una", "la una", "01:00"),
    ("al mediodía", "mediodía", "12:00"),
    ("al mediodia", "mediodia", "12:00"),
    ("a medianoche", "medianoche", "00:00"),
    ("a las cuatro y cuarto", "las cuatro y cuarto", "04:15"),
    ("a las 5 menos cuarto", "las 5 menos cuarto", "04:45"),
    ("esta tarde", "esta tarde", "AF"),
    ("en la tarde", "en la tarde", "AF"),
    ("por la tarde", "por la tarde", "AF"),
    ("esta mañana", "esta mañana", "MO"),
    ("en la manana", "en la manana", "MO"),
    ("esta noche", "esta noche", "NI"),
]

# A lone number is no time ("two days ago"), nor is "tarde" alone ("late") or "mañana" ("tomorrow").
NO_TIME = [
    ("en-US", "my back hurts"), ("en-US", "two days ago"), ("en-US", "two to three"), ("en-US", "the 3rd"),
    ("en-US", ""),
    ("es-US", "tres días"), ("es-US", "me duele la espalda"), ("es-US", "llegué tarde"), ("es-US", "mañana"),
]


@pytest.mark.parametrize("said,words,value", ENGLISH)
def test_english_times(said, words, value):
    assert parse_time(said) == Span(words, value)
    assert locales.for_locale("en-US").parse_time(said) == Span(words, value)


@pytest.mark.parametrize("said,words,value", SPANISH)
def test_spanish_times(said, words, value):
    assert locales.for_locale("es-US").parse_time(said) == Span(words, value)


@pytest.mark.parametrize("locale,text,span", [
    ("en-US", "remind me to drink water at 3 pm please", Span("3 pm", "15:00")),
    ("en-US", "it hurts most in the morning when i get up", Span("in the morning", "MO")),
    ("es-US", "recuérdame tomar agua a las 3 de la tarde por favor", Span("las 3 de la tarde", "15:00")),
])
def test_a_time_takes_only_its_own_words(locale, text, span):
    assert locales.for_locale(locale).parse_time(text) == span


@pytest.mark.parametrize("locale,text", NO_TIME)
def test_words_that_are_no_time(locale, text):
    assert locales.for_locale(locale).parse_time(text) is None


def test_the_slot_type_decides_time_or_date():
    # The same words in a time slot and in a date slot: each type's own value, the other unchanged.
    model = InteractionModel("en-US", "back helper", {
        "WhenIntent": Intent("WhenIntent", {"when": "AMAZON.TIME"}, ("it hurts {when}",)),
        "DayIntent": Intent("DayIntent", {"day": "AMAZON.DATE"}, ("it hurts {day}",)),
    }, {})
    nlu = LanguageUnderstanding(model)  # filling slots trains no classifier
    today = date(2026, 11, 29)
    assert nlu.fill_slots("WhenIntent", "it hurts this morning", today)["when"]["value"] == "MO"
    assert nlu.fill_slots("DayIntent", "it hurts this morning", today)["day"]["value"] == "2026-11-29"
    assert nlu.fill_slots("WhenIntent", "it hurts at 3 pm", today)["when"]["value"] == "15:00"
