"""Fuzzing the web service: generated request envelopes, properly signed, never get a 500 or a hang,
and none of their slot values, ids or tokens reaches any log output."""

from __future__ import annotations

import json
import string
from datetime import datetime, timezone

from hypothesis import HealthCheck, event, given, settings, strategies as st

from log_capture import all_log_output
from signing import ChainServer, TestAuthority
from skill.simulator import envelopes
from skill.web import create_app
from skill.web.verification import RequestVerifier

AUTHORITY = TestAuthority()
INTENTS = ["HeatOrIceIntent", "ReportSymptomIntent", "EmergencyCheckIntent", "OnsetIntent", "AMAZON.YesIntent",
           "AMAZON.NoIntent", "AMAZON.RepeatIntent", "AMAZON.StopIntent", "UnsureIntent", "NoSuchIntent", ""]
SYMPTOM_IDS = ["CANNOT_STAND_WALK", "FEVER", "STIFFNESS", "NOT_A_VALUE", "", None]
LOCALES = ["en-US", "en-GB", "de-DE", "", "xx", None]
REQUEST_TYPES = ["LaunchRequest", "IntentRequest", "SessionEndedRequest", "CanFulfillIntentRequest",
                 "System.ExceptionEncountered", "AudioPlayer.PlaybackStarted"]
ANY_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                    max_size=3), max_leaves=8)
# Every id, token and slot value carries "~zq", which no field of a log line can hold (none allows "~"):
# seeing it in the logs is a leak.
MARK = "~zq"
SECRET = st.text(alphabet=string.ascii_letters + string.digits, min_size=6, max_size=12).map(
    lambda text: f"{MARK}{text}~")
# Nothing listens here: a request that reaches for the Settings API with its token fails at once.
CLOSED_API_ENDPOINT = "http://127.0.0.1:9"


def _client():
    verifier = RequestVerifier(trust_store=AUTHORITY.store(), fetcher=ChainServer(AUTHORITY.chain_pem()))
    app = create_app(config={"ALEXA_SKILL_ID": envelopes.SIMULATOR_SKILL_ID, "ASK_SDK_VERIFY_SIGNATURE": True,
                             "ASK_SDK_VERIFY_TIMESTAMP": True}, verifier=verifier)
    return app.test_client()


CLIENT = _client()


@st.composite
def envelopes_strategy(draw):
    request_type = draw(st.sampled_from(REQUEST_TYPES))
    request = {"type": request_type, "requestId": "amzn1.echo-api.request.fuzz",
               "timestamp": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
               "locale": draw(st.sampled_from(LOCALES))}
    if request_type == "IntentRequest":
        slots = {}
        if draw(st.booleans()):
            value_id = draw(st.sampled_from(SYMPTOM_IDS))
            slots["symptom"] = envelopes.slot("symptom", draw(st.text(max_size=30)) + draw(SECRET),
                                              slot_type="SymptomType", value_id=value_id)
        if draw(st.booleans()):
            slots["onset_duration"] = {"name": "onset_duration", "value": draw(st.text(max_size=12)) + draw(SECRET)}
        request["intent"] = {"name": draw(st.sampled_from(INTENTS)), "confirmationStatus": "NONE", "slots": slots}
    envelope = envelopes.envelope(request, session_id="amzn1.echo-api.session." + draw(SECRET),
                                  new=draw(st.booleans()), attributes=draw(st.dictionaries(st.sampled_from(
                                      ["check", "pending", "last", "triage", "onset_asked", "x"]), ANY_JSON,
                                      max_size=3)))
    system = envelope["context"]["System"]
    system["user"] = envelope["session"]["user"] = {"userId": "amzn1.ask.account." + draw(SECRET)}
    system["device"]["deviceId"] = "amzn1.ask.device." + draw(SECRET)
    system["apiEndpoint"], system["apiAccessToken"] = CLOSED_API_ENDPOINT, "eyJ." + draw(SECRET)
    # Knock out or replace a few fields, as a broken or hostile client would.
    for path in draw(st.lists(st.sampled_from(["session", "context", "version", "request.intent",
                                               "request.locale", "session.attributes", "request.timestamp"]),
                              max_size=2)):
        holder, _, key = path.rpartition(".")
        target = envelope.get(holder) if holder else envelope
        if isinstance(target, dict) and key in target:
            if draw(st.booleans()):
                del target[key]
            else:
                target[key] = draw(ANY_JSON)
    return envelope


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(envelopes_strategy())
def test_generated_envelopes_get_an_alexa_response_or_a_4xx(envelope):
    body = json.dumps(envelope).encode()
    response = CLIENT.post("/", data=body, headers=AUTHORITY.headers(body))
    assert response.status_code == 200 or 400 <= response.status_code < 500, (response.status_code, response.data)
    event(f"status {response.status_code}")
    payload = response.get_json()
    assert isinstance(payload, dict)
    if response.status_code == 200:
        assert payload["version"] == "1.0" and isinstance(payload["response"], dict)
    else:
        assert isinstance(payload["error"], str) and payload["error"]


@settings(max_examples=150, deadline=2000)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_get_a_4xx(body):
    response = CLIENT.post("/", data=body, headers=AUTHORITY.headers(body))
    assert 400 <= response.status_code < 500


def secrets_in(envelope) -> list[str]:
    """Every string of the envelope that carries the mark, wherever the fuzzing left it."""
    if isinstance(envelope, dict):
        return [secret for value in envelope.values() for secret in secrets_in(value)]
    if isinstance(envelope, list):
        return [secret for value in envelope for secret in secrets_in(value)]
    return [envelope] if isinstance(envelope, str) and MARK in envelope else []


@settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(envelopes_strategy())
def test_no_slot_value_id_or_token_reaches_any_log(envelope):
    body = json.dumps(envelope).encode()
    with all_log_output() as output:
        response = CLIENT.post("/", data=body, headers=AUTHORITY.headers(body))
    text = output()
    lines = [json.loads(line) for line in text.splitlines() if line.startswith('{"_aws"')]
    # One line from the skill when it ran; one more when the service then refused (an error escaped it).
    kinds = [line["log"] for line in lines]
    assert kinds in (["request"], ["rejected"], ["request", "rejected"]), kinds
    assert (kinds[-1] == "request") == (response.status_code == 200)
    event(" then ".join(f"{line['log']} {line.get('outcome') or line.get('reason')}" for line in lines))
    assert MARK not in text, text
    for secret in secrets_in(envelope):
        assert secret not in text
