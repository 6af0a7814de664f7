"""Odd requests and tampered sessions get spoken answers, never an exception."""

import re

import pytest

from skill.simulator import envelopes
from skill.ssml import escape


@pytest.mark.parametrize("attributes", [
    {"check": {"step": "abc"}},
    {"check": {"step": 99}},
    {"check": {"step": -5}},
    {"check": "nonsense"},
    {"pending": "more"},
    {"pending": {"kind": "more", "content_id": "no_such_entry"}},
    {"pending": {"kind": "topic", "content_id": None}},
    {"last": "not a dict"},
    {"last": {"speech": 42}},
])
@pytest.mark.parametrize("intent", ["AMAZON.YesIntent", "AMAZON.RepeatIntent", "AMAZON.NoIntent", "UnsureIntent"])
def test_tampered_session_attributes_still_get_an_answer(attributes, intent, conversation, content):
    talk = conversation()
    talk.started, talk.attributes = True, attributes
    exchange = talk.intent(intent)
    speech = exchange.speech
    assert speech.startswith("<speak>") and len(speech) > 20
    assert content.entry("error").speech not in speech


def test_check_step_out_of_range_is_clamped(conversation, content):
    talk = conversation()
    talk.started, talk.attributes = True, {"check": {"step": 99}}
    exchange = talk.intent("AMAZON.YesIntent")
    last_flag = content.red_flags[content.check_questions[-1].flag]
    assert exchange.attributes["triage"] == last_flag.level


@pytest.mark.parametrize("locale,says", [
    ("de-DE", "Notrufnummer"), ("en-GB", "local emergency number"), ("fr-FR", "numéro d'urgence"),
    ("it-IT", "numero di emergenza"), ("ja-JP", "緊急"), ("pt-BR", "número de emergência"),
    ("xx", "local emergency number"),
])
def test_other_locales_get_a_spoken_answer_in_their_language_without_a_number(locale, says, conversation):
    exchange = conversation(locale).intent("HeatOrIceIntent")
    assert escape(says) in exchange.speech
    assert not re.search(r"\d", exchange.speech)
    assert exchange.ends_session


def test_intent_request_with_empty_intent_name_falls_back(conversation, content):
    exchange = conversation().intent("")
    assert content.entry("fallback").speech in exchange.speech


def test_error_handler_speaks_and_keeps_the_911_line(skill, content, monkeypatch):
    from skill.handlers import topics
    from skill.simulator.client import Conversation, InProcessSkill

    def broken(self, handler_input):
        raise RuntimeError("boom")

    monkeypatch.setattr(topics.CausesHandler, "handle", broken)
    exchange = Conversation(InProcessSkill(skill)).intent("CausesIntent")
    assert content.entry("error").speech in exchange.speech
    assert "911" in exchange.speech and not exchange.ends_session


def test_unknown_request_type_is_answered_by_the_error_handler(skill, content):
    from skill.simulator.client import Conversation, InProcessSkill

    request = envelopes.launch_request("en-US") | {"type": "CanFulfillIntentRequest", "intent": {"name": "X"}}
    exchange = Conversation(InProcessSkill(skill)).send(request)
    assert content.entry("error").speech in exchange.speech


@pytest.mark.parametrize("request_body", [
    {"type": "AudioPlayer.PlaybackStarted", "token": "t", "offsetInMilliseconds": 0},
    {"type": "PlaybackController.PlayCommandIssued"},
    {"type": "System.ExceptionEncountered", "error": {"type": "INVALID_RESPONSE", "message": "m"},
     "cause": {"requestId": "r"}},
])
def test_requests_outside_a_session_get_an_empty_answer(skill, request_body):
    """Alexa sends these without a session; the skill plays no audio, so it answers with nothing
    rather than failing (ask-sdk refuses session attributes there)."""
    import json

    from ask_sdk_core.serialize import DefaultSerializer

    body = envelopes.envelope(envelopes.launch_request("en-US"), session_id="s", new=True, attributes={})
    body.pop("session")
    body["request"] = {**request_body, "requestId": "amzn1.echo-api.request.x", "locale": "en-US",
                       "timestamp": body["request"]["timestamp"]}
    serializer = DefaultSerializer()
    envelope = serializer.deserialize(json.dumps(body), "ask_sdk_model.RequestEnvelope")
    response = serializer.serialize(skill.invoke(request_envelope=envelope, context=None))
    assert response["response"].get("outputSpeech") is None
    assert "sessionAttributes" not in response or not response["sessionAttributes"]
