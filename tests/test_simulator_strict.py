"""Slot filling as strict as Alexa's: words nobody listed never become a warning sign in the simulator.

Real Alexa resolves a custom slot only to a value or synonym said (exact entity resolution). A
simulator that stretched "it" to "sit" or "last" to "fast" would raise red flags Alexa never would,
and a tester would file them as the skill's bugs. The must-not-match list: pronoun and short-word
questions, and every sample of every intent other than ReportSymptomIntent said with its slots left
empty. None may resolve the symptom slot to a warning sign, nor get a get-care-now answer.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from skill.simulator import envelopes
from skill.simulator.client import Conversation, InProcessSkill
from skill.simulator.model import SLOT_REFERENCE, load_model
from skill.simulator.nlu import LanguageUnderstanding

TODAY = date(2026, 11, 27)
MODEL = load_model("en-US")
PRONOUN_AND_SHORT_WORD_QUESTIONS = [
    "how long will it last", "should i use heat or ice for it", "how long will my back last", ".foo",
    "what about it", "is it bad", "what is it", "can i do it", "will it go", "does it hurt", "what should he do",
    "is that normal", "and this", "what about him", "her back", "them", "it", "so", "up", "ow", "sit", "last",
    "fast", "what about that one", "how about now", "is he ok", "can she", "what if it is", "why is it",
]
NON_SYMPTOM_SAMPLES = sorted({
    (intent.name, " ".join(SLOT_REFERENCE.sub(" ", sample).split()))
    for intent in MODEL.intents.values() if intent.name != "ReportSymptomIntent"
    for sample in intent.samples
} - {(name, "") for name in MODEL.intents})


@pytest.fixture(scope="module")
def nlu():
    return LanguageUnderstanding(MODEL)


@pytest.fixture(scope="module")
def red_flag_ids(content):
    return set(content.red_flags)


def raised(nlu, skill, utterance: str, red_flag_ids: set[str]) -> list[str]:
    """What went wrong: a symptom slot resolved to a red flag, or a get-care-now answer."""
    understanding = nlu.understand(utterance, TODAY)
    problems = []
    symptom = understanding.slots.get("symptom") or {}
    for authority in symptom.get("resolutions", {}).get("resolutionsPerAuthority", []):
        for value in authority.get("values", []):
            if value["value"]["id"] in red_flag_ids:
                problems.append(f"symptom resolved to {value['value']['id']}")
    conversation = Conversation(InProcessSkill(skill))
    exchange = conversation.send(envelopes.intent_request("en-US", understanding.intent, understanding.slots))
    level = (exchange.response.get("sessionAttributes") or {}).get("triage")
    if level in ("emergency", "urgent"):
        problems.append(f"answered {level}")
    return problems


@pytest.mark.parametrize("utterance", PRONOUN_AND_SHORT_WORD_QUESTIONS)
def test_pronouns_and_short_words_never_raise_a_red_flag(nlu, skill, red_flag_ids, utterance):
    assert raised(nlu, skill, utterance, red_flag_ids) == []


def test_no_sample_of_another_intent_raises_a_red_flag_with_its_slots_empty(nlu, skill, red_flag_ids):
    assert len(NON_SYMPTOM_SAMPLES) > 700
    problems = {f"{intent}: {text}": found for intent, text in NON_SYMPTOM_SAMPLES
                if (found := raised(nlu, skill, text, red_flag_ids))}
    assert problems == {}


def test_typo_tolerance_is_small_and_never_for_short_or_stop_words(nlu):
    resolved = {word: nlu._resolve(word, "SymptomType") for word in ("it", "sit", "fell", "the", "numbb")}
    assert resolved["it"] is None and resolved["the"] is None and resolved["sit"] is None
    assert resolved["fell"] is not None  # a listed synonym, said exactly
    assert resolved["numbb"] is not None and resolved["numbb"].id == nlu._resolve("numb", "SymptomType").id
    assert nlu._resolve("not numb", "SymptomType") is None  # a negation never stretches to a sign
    assert not re.search(r"\d", "".join(PRONOUN_AND_SHORT_WORD_QUESTIONS))
