"""Properties that must hold in any conversation: a red flag always wins, and nothing errors."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from conftest import MODEL_PATH
from skill.builder import build_skill
from skill.content import CONTENT
from skill.simulator import envelopes
from skill.simulator.client import Conversation, InProcessSkill

EN = CONTENT["en-US"]
SKILL = InProcessSkill(build_skill())
MODEL = json.loads(MODEL_PATH.read_text())["interactionModel"]["languageModel"]
SYMPTOM_INTENTS = sorted(i["name"] for i in MODEL["intents"] if any(s["name"] == "symptom" for s in i.get("slots", [])))
ALL_INTENTS = sorted(i["name"] for i in MODEL["intents"] if i["name"] not in ("AMAZON.StopIntent",
                                                                              "AMAZON.CancelIntent",
                                                                              "AMAZON.NavigateHomeIntent"))
SYMPTOM_IDS = sorted(v["id"] for t in MODEL["types"] for v in t["values"])


def symptom_slot(value_id: str | None) -> dict:
    return envelopes.slot("symptom", "something said", slot_type="SymptomType", value_id=value_id)


turns = st.lists(st.tuples(st.sampled_from(ALL_INTENTS), st.sampled_from(SYMPTOM_IDS + [None])), max_size=8)


@settings(max_examples=200, deadline=None)
@given(history=turns, intent=st.sampled_from(SYMPTOM_INTENTS), flag=st.sampled_from(sorted(EN.red_flags)))
def test_a_red_flag_wins_after_any_conversation(history, intent, flag):
    talk = Conversation(SKILL)
    for name, value_id in history:
        slots = {"symptom": symptom_slot(value_id)} if name in SYMPTOM_INTENTS else {}
        exchange = talk.intent(name, slots)
        assert EN.entry("error").speech not in exchange.speech
    exchange = talk.intent(intent, {"symptom": symptom_slot(flag)})
    level = EN.red_flags[flag].level
    assert exchange.attributes["triage"] == level
    speech = exchange.speech.removeprefix("<speak>")
    # After an earlier get-care-now answer, its one-line reminder may come first; then the new sign's lead.
    reminders = [EN.levels[name].reminder for name in ("emergency", "urgent")]
    speech = next((speech.removeprefix(r + " ") for r in reminders if speech.startswith(r)), speech)
    assert speech.startswith(EN.red_flags[flag].lead or EN.levels[level].lead)
    assert "check" not in exchange.attributes


@settings(max_examples=200, deadline=None)
@given(history=turns)
def test_no_conversation_ends_in_an_error_or_silence(history):
    talk = Conversation(SKILL)
    for name, value_id in history:
        slots = {"symptom": symptom_slot(value_id)} if name in SYMPTOM_INTENTS else {}
        exchange = talk.intent(name, slots)
        assert exchange.speech.startswith("<speak>") and len(exchange.speech) > 20
        assert EN.entry("error").speech not in exchange.speech
        triage = exchange.attributes.get("triage")
        if triage is not None:
            assert value_id in EN.red_flags or name in ("AMAZON.YesIntent", "UnsureIntent",
                                                        "AMAZON.RepeatIntent"), (name, value_id, triage)
