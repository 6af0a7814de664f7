"""Plays every conversation flow in tests/conversations through the real skill, as Alexa envelopes."""

import pytest

from flows import load_flows, play

# Flows that speak (``say:``) need the simulator and run in test_simulator.py.
FLOWS = [(name, flow) for name, flow in load_flows() if not any("say" in turn for turn in flow["turns"])]


@pytest.mark.parametrize("name,flow", FLOWS, ids=[name for name, _ in FLOWS])
def test_flow(name, flow, conversation, content, language_model):
    play(flow, conversation(flow.get("locale", "en-US")), content, language_model)


def test_there_are_flows_for_each_kind_of_turn():
    turns = [turn for _, flow in FLOWS for turn in flow["turns"]]
    intents = {turn.get("intent") for turn in turns}
    assert {"EmergencyCheckIntent", "ReportSymptomIntent", "HeatOrIceIntent", "AMAZON.YesIntent",
            "AMAZON.RepeatIntent", "AMAZON.StopIntent"} <= intents
