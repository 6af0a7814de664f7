"""The skill's side of reminders: reading the permission, asking for it, and what a cold start pays."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from skill.builder import build_skill
from skill.reminders import SCOPE
from skill.simulator import envelopes
from skill.simulator.client import InProcessSkill


def ask(skill, request: dict, permissions: dict | None = None, attributes: dict | None = None) -> dict:
    envelope = envelopes.envelope(request, session_id="s", new=False, attributes=attributes or {})
    if permissions is not None:
        envelope["context"]["System"]["user"]["permissions"] = permissions
    return InProcessSkill(skill)(envelope)


def heat_request(locale="en-US"):
    return envelopes.intent_request(locale, "SetReminderIntent", {
        "reminder": envelopes.slot("reminder", "switch to heat", slot_type="ReminderType", value_id="HEAT"),
        "onset_duration": envelopes.slot("onset_duration", "PT5H", slot_type="AMAZON.DURATION")})


@pytest.mark.parametrize("permissions", [
    None, {}, {"consentToken": "x"}, {"scopes": {SCOPE: {"status": "DENIED"}}},
    {"scopes": {"alexa::profile:name:read": {"status": "GRANTED"}}},
])
def test_without_the_granted_scope_alexa_is_asked_by_voice(skill, permissions):
    response = ask(skill, heat_request(), permissions)
    body = response["response"]
    assert body["directives"] == [{"type": "Connections.SendRequest", "name": "AskFor", "token": "reminders",
                                   "payload": {"@type": "AskForPermissionsConsentRequest", "@version": "2",
                                               "permissionScopes": [{"permissionScope": SCOPE,
                                                                     "consentLevel": "ACCOUNT"}]}}]
    # Alexa speaks next: no speech, no reprompt, and the session is neither ended nor held by the skill.
    assert "outputSpeech" not in body and "reprompt" not in body and "shouldEndSession" not in body
    assert response["sessionAttributes"]["reminder_wanted"] == {"kind": "heat", "time": None}


def test_with_the_granted_scope_the_reminder_is_set_without_asking(skill):
    # No API in this bare envelope, so setting fails, and says so: but nothing is asked.
    response = ask(skill, heat_request(), {"consentToken": "x", "scopes": {SCOPE: {"status": "GRANTED"}}})
    assert "directives" not in response["response"]
    assert "couldn't set the reminder" in response["response"]["outputSpeech"]["ssml"]


@pytest.mark.parametrize("payload,expected", [
    ({"permissionScope": SCOPE, "status": "DENIED"}, "reminder_permission"),
    ({"permissionScope": SCOPE, "status": "NOT_ANSWERED"}, "reminder_permission"),
    ({}, "reminder_permission"),
    ({"permissionScope": SCOPE, "status": "ACCEPTED"}, "reminder_which"),  # the session forgot which reminder
])
def test_alexas_answer_to_the_question(skill, content, payload, expected):
    request = envelopes.permission_response("en-US", SCOPE, "DENIED", "reminders")
    request["payload"] = payload
    response = ask(skill, request)
    assert content.entry(expected).speech in response["response"]["outputSpeech"]["ssml"]
    card = response["response"].get("card") or {}
    assert (card.get("type") == "AskForPermissionsConsent") is (expected == "reminder_permission")
    assert card.get("permissions", [SCOPE]) == [SCOPE]


def test_a_tampered_reminder_in_the_session_is_no_reminder(skill, content):
    request = envelopes.permission_response("en-US", SCOPE, "ACCEPTED", "reminders")
    for wanted in ({"kind": "coffee"}, "heat", ["water"], {"kind": "water", "time": 15}):
        response = ask(skill, request, attributes={"reminder_wanted": wanted})
        speech = response["response"]["outputSpeech"]["ssml"]
        assert content.entry("reminder_which").speech in speech or "drink water" in speech, speech


def test_a_cold_start_imports_no_connections_classes():
    """ask-sdk-core itself imports the reminder service's models (and every card type); the skill adds the
    AskFor directive's classes only when it asks."""
    program = ("import sys, skill.builder; "
               "print(sorted(m for m in sys.modules if m.startswith('ask_sdk_model.interfaces.connections')))")
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_reminders_keep_nothing_beyond_the_session(skill):
    """What the skill knows of reminders is in the session's attributes only: a new session knows none."""
    first = ask(skill, heat_request())
    assert set(first["sessionAttributes"]) >= {"reminder_wanted", "reminder_permission_asked"}
    envelope = envelopes.envelope(envelopes.launch_request("en-US"), session_id="t", new=True, attributes={})
    fresh = InProcessSkill(build_skill())(envelope)
    assert not any(key.startswith("reminder") for key in fresh.get("sessionAttributes") or {})
    assert json.dumps(fresh).count("reminder") == 0
