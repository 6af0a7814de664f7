"""The Lambda entry point answers real events, built once per container."""

import importlib.util
import json

import pytest

from conftest import ROOT
from skill.simulator import envelopes


def load_lambda_module(monkeypatch, skill_id=None):
    if skill_id:
        monkeypatch.setenv("ALEXA_SKILL_ID", skill_id)
    else:
        monkeypatch.delenv("ALEXA_SKILL_ID", raising=False)
    spec = importlib.util.spec_from_file_location("lambda_function", ROOT / "lambda" / "lambda_function.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def event(request, skill_id=envelopes.SIMULATOR_SKILL_ID):
    # Through JSON, as Lambda hands the handler a parsed dict.
    return json.loads(json.dumps(envelopes.envelope(request, session_id="s", new=True, attributes={}, skill_id=skill_id)))


def test_lambda_answers_launch_and_a_red_flag(monkeypatch):
    module = load_lambda_module(monkeypatch)
    launch = module.lambda_handler(event(envelopes.launch_request("en-US")), None)
    assert "Welcome" in launch["response"]["outputSpeech"]["ssml"]
    slot = envelopes.slot("symptom", "chest pain", slot_type="SymptomType", value_id="CHEST_PAIN_OR_BREATHING")
    urgent = module.lambda_handler(event(envelopes.intent_request("en-US", "HeatOrIceIntent", {"symptom": slot})), None)
    assert urgent["sessionAttributes"]["triage"] == "emergency"
    assert urgent["version"] == "1.0"


def test_lambda_builds_the_skill_once_per_container(monkeypatch):
    module = load_lambda_module(monkeypatch)
    skill = module.SKILL
    module.lambda_handler(event(envelopes.launch_request("en-US")), None)
    module.lambda_handler(event(envelopes.launch_request("en-US")), None)
    assert module.SKILL is skill


def test_lambda_refuses_another_skills_requests(monkeypatch):
    module = load_lambda_module(monkeypatch, skill_id="amzn1.ask.skill.expected")
    with pytest.raises(Exception, match="Skill ID"):
        module.lambda_handler(event(envelopes.launch_request("en-US"), skill_id="amzn1.ask.skill.other"), None)
    ok = module.lambda_handler(event(envelopes.launch_request("en-US"), skill_id="amzn1.ask.skill.expected"), None)
    assert ok["response"]["outputSpeech"]


def screen_event(request, **context_parts):
    """An Echo Show's request, with any extra parts of its context (viewports, extensions)."""
    envelope = envelopes.envelope(request, session_id="s", new=True, attributes={}, screen=True)
    envelope["context"].update(context_parts)
    return json.loads(json.dumps(envelope))


def test_a_screens_answer_is_the_same_json_as_ask_sdks_own_serializer_writes(monkeypatch):
    """The APL document goes out as it is (skill.serialization.ReadyJson), and byte for byte as ask-sdk's
    DefaultSerializer would have walked it; the viewport parts no handler reads change nothing."""
    from ask_sdk_core.serialize import DefaultSerializer

    from skill.serialization import ReadyJson, Serializer

    module = load_lambda_module(monkeypatch)
    assert type(module.SKILL.serializer) is Serializer
    request = envelopes.intent_request("en-US", "EmergencyCheckIntent")
    plain = screen_event(request)
    plain["context"].pop("Viewport")
    answered = module.lambda_handler(plain, None)
    document = next(d for d in answered["response"]["directives"] if d["type"].endswith("RenderDocument"))["document"]
    assert type(document) is ReadyJson and document["type"] == "APL"
    viewports = [{"type": "APL", "id": "main", "shape": "RECTANGLE", "dpi": 213, "presentationType": "STANDARD",
                  "canRotate": False, "configuration": {"current": {"mode": "HUB", "video": {"codecs": ["H_264_42"]},
                                                                    "size": {"type": "DISCRETE", "pixelWidth": 1280,
                                                                             "pixelHeight": 800}}}}]
    rich = screen_event(request, Viewports=viewports, Extensions={"available": {"aplext:backstack:10": {}}})
    assert "Viewport" in rich["context"]
    assert json.dumps(module.lambda_handler(rich, None)) == json.dumps(answered)
    # ask-sdk's own serializer, given the same response, writes the same JSON.
    envelope = module.SKILL.serializer.deserialize(json.dumps(rich), "ask_sdk_model.RequestEnvelope")
    response = module.SKILL.invoke(request_envelope=envelope, context=None)
    assert json.dumps(DefaultSerializer().serialize(response)) == json.dumps(answered)


def test_the_serializer_walks_everything_that_is_not_ready_json():
    from ask_sdk_model.ui import SimpleCard

    from skill.serialization import ReadyJson, Serializer

    serializer = Serializer()
    card = SimpleCard(title="Back spasms", content="Rest.")
    walked = serializer.serialize({"card": card, "ready": ReadyJson(a=[1, {"b": None}])})
    assert walked == {"card": {"type": "Simple", "title": "Back spasms", "content": "Rest."},
                      "ready": {"a": [1, {"b": None}]}}
