"""Plays every conversation flow in tests/conversations through the real skill, as Alexa envelopes."""

import pytest

from conftest import LOCALES, model_for
from flows import device_for, load_flows, play
from skill.content import CONTENT
from skill.simulator.client import Conversation, InProcessSkill

# Flows that speak (``say:``) need the simulator and run in test_simulator.py.
FLOWS = [(name, flow) for name, flow in load_flows() if not any("say" in turn for turn in flow["turns"])]


@pytest.mark.parametrize("name,flow", FLOWS, ids=[name for name, _ in FLOWS])
def test_flow(name, flow, skill, content, language_model):
    locale = flow.get("locale", "en-US")
    # A flow in a locale the skill speaks is checked against that locale's content and model; a locale
    # without content (the not-served answer) against the default's.
    if locale in LOCALES:
        content, language_model = CONTENT[locale], model_for(locale)
    device = device_for(flow)
    try:
        play(flow, Conversation(InProcessSkill(skill), locale=locale, device=device), content, language_model)
    finally:
        if device is not None:
            device.close()


def test_there_are_flows_in_every_locale():
    assert {flow.get("locale", "en-US") for _, flow in FLOWS} >= set(LOCALES)


def test_there_are_flows_for_each_kind_of_turn():
    turns = [turn for _, flow in FLOWS for turn in flow["turns"]]
    intents = {turn.get("intent") for turn in turns}
    assert {"EmergencyCheckIntent", "ReportSymptomIntent", "HeatOrIceIntent", "AMAZON.YesIntent",
            "AMAZON.RepeatIntent", "AMAZON.StopIntent"} <= intents
