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
