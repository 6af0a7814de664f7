"""The request log line and its CloudWatch metrics, through the real Lambda handler.

Nothing is stood in for: the handler writes to stdout, read here as CloudWatch Logs would read it
(tests/emf_reader.py), and the Settings API the skill calls with the request's token is a real HTTP
server on loopback (tests/settings_api.py).
"""

from __future__ import annotations

import importlib.util
import json
import os
import string

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

from conftest import ROOT
from emf_reader import read_line, sums
from log_capture import all_log_output
from settings_api import SettingsApi
from skill.builder import SkillIdMismatch
from skill.content import CONTENT
from skill.emf import COUNT, directive, with_metrics
from skill.request_log import NAMESPACE, TRIAGE_LEVELS
from skill.simulator import envelopes

SERVICE = "back-spasm-skill-prod-skill"
FIELDS = {"log", "service", "request_id", "request_type", "intent", "locale", "triage", "outcome", "error_type",
          "duration_ms", "Requests", "Duration", "_aws"}


def load_lambda(skill_id: str | None = None):
    """A fresh import of lambda/lambda_function.py, as a new container would do it."""
    saved = {key: os.environ.get(key) for key in ("ALEXA_SKILL_ID", "AWS_LAMBDA_FUNCTION_NAME")}
    os.environ["AWS_LAMBDA_FUNCTION_NAME"] = SERVICE
    os.environ.pop("ALEXA_SKILL_ID", None)
    if skill_id:
        os.environ["ALEXA_SKILL_ID"] = skill_id
    try:
        spec = importlib.util.spec_from_file_location("lambda_function", ROOT / "lambda" / "lambda_function.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def lambda_event(request: dict, skill_id: str = envelopes.SIMULATOR_SKILL_ID, attributes: dict | None = None) -> dict:
    return json.loads(json.dumps(envelopes.envelope(request, session_id="amzn1.echo-api.session.1", new=True,
                                                    attributes=attributes or {}, skill_id=skill_id)))


class LambdaContext:
    aws_request_id = "5a4b2c1d-0000-4000-8000-000000000001"


URGENT = envelopes.intent_request("en-US", "ReportSymptomIntent", {"symptom": envelopes.slot(
    "symptom", "can't stand up", slot_type="SymptomType", value_id="CANNOT_STAND_WALK")})
TOPIC = envelopes.intent_request("en-US", "CausesIntent")
# A request type the skill has no handler for: the SDK raises, the skill's error handler apologises.
UNHANDLED = {"type": "CanFulfillIntentRequest", "requestId": "amzn1.echo-api.request.cfir", "locale": "en-US",
             "timestamp": envelopes.timestamp(), "intent": {"name": "CausesIntent", "slots": {}}}


def test_one_emf_line_per_request_with_counts_per_triage_level_and_error_type(capsys):
    module = load_lambda(skill_id=envelopes.SIMULATOR_SKILL_ID)
    capsys.readouterr()
    urgent = module.lambda_handler(lambda_event(URGENT), LambdaContext())
    module.lambda_handler(lambda_event(TOPIC), LambdaContext())
    module.lambda_handler(lambda_event(UNHANDLED), LambdaContext())
    with pytest.raises(SkillIdMismatch):
        module.lambda_handler(lambda_event(TOPIC, skill_id="amzn1.ask.skill.someone-else"), LambdaContext())
    lines = capsys.readouterr().out.splitlines()

    assert len(lines) == 4, lines
    records = [json.loads(line) for line in lines]
    assert all(set(record) == FIELDS | {"aws_request_id"} | ({"Errors"} if record["error_type"] else set())
               for record in records), records
    assert [(r["request_type"], r["intent"], r["triage"], r["outcome"], r["error_type"]) for r in records] == [
        ("IntentRequest", "ReportSymptomIntent", "urgent", "answered", None),
        ("IntentRequest", "CausesIntent", "none", "answered", None),
        ("CanFulfillIntentRequest", "CausesIntent", "none", "apologised", "DispatchException"),
        ("IntentRequest", "CausesIntent", "none", "failed", "SkillIdMismatch"),
    ]
    assert urgent["sessionAttributes"]["triage"] == records[0]["triage"]
    assert all(r["locale"] == "en-US" and r["service"] == SERVICE and r["duration_ms"] > 0 for r in records)
    assert records[0]["request_id"] == URGENT["requestId"]
    assert records[0]["aws_request_id"] == LambdaContext.aws_request_id

    service = ("service", SERVICE)
    assert sums(lines) == {
        ("Requests", (service, ("triage", "urgent"))): 1,
        ("Requests", (service, ("triage", "none"))): 3,
        ("Errors", (("error_type", "DispatchException"), service)): 1,
        ("Errors", (("error_type", "SkillIdMismatch"), service)): 1,
        ("Errors", (service,)): 2,
        ("Duration", (service,)): pytest.approx(sum(r["duration_ms"] for r in records)),
    }
    datum = read_line(lines[0])[0]
    assert (datum.namespace, datum.name, datum.unit) == (NAMESPACE, "Requests", "Count")


def test_every_level_the_content_has_is_counted_as_itself():
    for locale_content in CONTENT.values():
        assert set(locale_content.levels) == set(TRIAGE_LEVELS)


def test_a_repeated_answer_counts_its_level_and_a_tampered_level_counts_as_none(capsys):
    module = load_lambda()
    last = {"speech": "Get emergency care now.", "reprompt": "", "triage": "emergency"}
    repeat = envelopes.intent_request("en-US", "AMAZON.RepeatIntent")
    capsys.readouterr()
    module.lambda_handler(lambda_event(repeat, attributes={"last": last}), None)
    module.lambda_handler(lambda_event(repeat, attributes={"last": {**last, "triage": "my secret words"}}), None)
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["triage"] for record in records] == ["emergency", "none"]
    assert "secret" not in json.dumps(records)


def test_request_fields_are_logged_only_in_the_shapes_alexa_gives_them(capsys):
    module = load_lambda()
    request = envelopes.intent_request("en-US", "Causes Intent my back hurts")
    request["locale"] = "my name is Ann"
    request["requestId"] = "call me at 555 0100"
    capsys.readouterr()
    module.lambda_handler(lambda_event(request), None)
    record = json.loads(capsys.readouterr().out)
    assert (record["intent"], record["locale"], record["request_id"]) == ("invalid", "invalid", "invalid")


def test_emf_refuses_a_line_cloudwatch_would_drop():
    requests = directive([["service", "triage"]], {"Requests": COUNT})
    with pytest.raises(ValueError, match="triage"):
        with_metrics({"service": "s", "Requests": 1}, NAMESPACE, [requests], 1)
    with pytest.raises(ValueError, match="Requests"):
        with_metrics({"service": "s", "triage": "none", "Requests": "1"}, NAMESPACE, [requests], 1)
    with pytest.raises(ValueError, match="Requests"):
        with_metrics({"service": "s", "triage": "none", "Requests": float("nan")}, NAMESPACE, [requests], 1)
    line = json.dumps(with_metrics({"service": "s", "triage": "none", "Requests": 1}, NAMESPACE, [requests], 7))
    assert read_line(line)[0].dimensions == (("service", "s"), ("triage", "none"))


# Fuzzing: requests with random slot values, ids and tokens; none of them may reach any log output.
# Each secret carries "~zq", which no field of the log line can hold (none allows "~"), so a hit is a leak.
MARK = "~zq"
SECRET = st.text(alphabet=string.ascii_letters + string.digits, min_size=6, max_size=12).map(
    lambda text: f"{MARK}{text}~")
PHRASES = ["can't stand up", "my husband fell", "fever", "numb down there", "no fever just the spasm",
           "it started yesterday", "heat or ice", "", "take ibuprofen?"]
# The two intents that read a date, and so call the Settings API with the token, come up most.
INTENTS = ["HeatOrIceIntent", "OnsetIntent"] * 3 + [
    "ReportSymptomIntent", "EmergencyCheckIntent", "DurationIntent", "MedicationIntent", "AMAZON.YesIntent",
    "AMAZON.FallbackIntent", "UnsureIntent"]
DATES = ["2026-11-27", "PRESENT_REF", "2026-W47", "2026-11", "2026-12-25"]


@st.composite
def lambda_requests(draw):
    def spoken():
        return f"{draw(st.sampled_from(PHRASES))} {draw(st.text(max_size=15))} {draw(SECRET)}".strip()

    slots = {}
    if draw(st.booleans()):
        slots["symptom"] = envelopes.slot("symptom", spoken(), slot_type="SymptomType",
                                          value_id=draw(st.sampled_from([None, "CANNOT_STAND_WALK", "FEVER"])))
    if draw(st.booleans()):
        # Alexa sends dates in its own forms; a secret here would not be a date, so it goes in the words.
        slots["onset_date"] = envelopes.slot("onset_date", draw(st.sampled_from(DATES)), slot_type="AMAZON.DATE")
    if draw(st.booleans()):
        slots["onset_duration"] = envelopes.slot("onset_duration", spoken(), slot_type="AMAZON.DURATION")
    request = envelopes.intent_request("en-US", draw(st.sampled_from(INTENTS)), slots)
    secrets = {"user": "amzn1.ask.account." + draw(SECRET), "device": "amzn1.ask.device." + draw(SECRET),
               "session": "amzn1.echo-api.session." + draw(SECRET), "token": "eyJ." + draw(SECRET)}
    return request, secrets, [slot["value"] for slot in slots.values()]


@pytest.fixture(scope="module")
def settings_api():
    with SettingsApi() as api:
        yield api


@pytest.fixture(scope="module")
def lambda_module():
    return load_lambda()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=lambda_requests())
def test_no_slot_value_id_or_token_reaches_the_lambda_logs(lambda_module, settings_api, drawn):
    request, secrets, values = drawn
    body = envelopes.envelope(request, session_id=secrets["session"], new=True, attributes={})
    system = body["context"]["System"]
    system["user"]["userId"] = body["session"]["user"]["userId"] = secrets["user"]
    system["device"]["deviceId"] = secrets["device"]
    system["apiEndpoint"], system["apiAccessToken"] = settings_api.url, secrets["token"]
    calls = len(settings_api.calls)
    with all_log_output() as output:
        answer = lambda_module.lambda_handler(json.loads(json.dumps(body)), LambdaContext())
    text = output()
    assert answer["response"], answer
    assert sum(1 for line in text.splitlines() if line.startswith('{"_aws"')) == 1
    for secret in [*secrets.values(), *values]:
        assert secret not in text, (secret, text)
    assert MARK not in text, text
    event("asked the Settings API with the token" if len(settings_api.calls) > calls else "no API call")


def test_the_token_is_used_and_still_never_logged(lambda_module, settings_api):
    """The fuzzed path that matters most, made certain: the skill sends the token, the API fails
    (an unknown device: 404), the skill logs why, and neither the token nor the device is in any log."""
    token, device = "eyJ.~zqTOKEN~", "amzn1.ask.device.~zqDEVICE~"
    request = envelopes.intent_request("en-US", "HeatOrIceIntent", {"onset_date": envelopes.slot(
        "onset_date", "2026-11-27", slot_type="AMAZON.DATE")})
    body = envelopes.envelope(request, session_id="amzn1.echo-api.session.~zqSESSION~", new=True, attributes={})
    system = body["context"]["System"]
    system["device"]["deviceId"], system["apiEndpoint"], system["apiAccessToken"] = device, settings_api.url, token
    with all_log_output() as output:
        lambda_module.lambda_handler(json.loads(json.dumps(body)), None)
    text = output()
    assert settings_api.calls_for(device)[-1].authorization == f"Bearer {token}"
    assert "Settings API time zone unavailable: ServiceException (404)" in text
    assert MARK not in text, text

