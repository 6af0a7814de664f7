"""Onset dates counted on the person's own calendar: the Settings API's time zone, and every AMAZON.DATE form.

Each request goes through the whole skill as a JSON envelope with context.System.apiEndpoint,
apiAccessToken and device.deviceId; the Settings API is a real HTTP server on 127.0.0.1
(tests/settings_api.py), so everything from the skill's API client on is the code that ships.
"""

from __future__ import annotations

import json
import logging
import socket
import time
import uuid
from datetime import datetime, timezone
from typing import NamedTuple
from zoneinfo import ZoneInfo

import pytest
from ask_sdk_model.services import ApiClientRequest

from settings_api import Answer, Call, SettingsApi, zone
from skill.api_client import UrllibApiClient
from skill.simulator import envelopes
from skill.simulator.client import InProcessSkill

ICE, HEAT, DOCTOR, UNCLEAR = "ice", "heat", "heat + see a doctor", "didn't catch when"

# Where and when the person speaks, on their own clock. The UTC moment Alexa stamps is in the comment,
# with the dates the person's today could be when the zone is unknown (UTC-12 to UTC+14).
PLACES = {
    # Saturday 28 November, 7 pm; 2026-11-29T01:00Z; 28th or 29th
    "houston_sat_7pm": ("America/Chicago", "2026-11-28T19:00"),
    # Monday 30 November, 7 pm; 2026-12-01T01:00Z; 30th or 1st
    "houston_mon_7pm": ("America/Chicago", "2026-11-30T19:00"),
    # Saturday 28 November, 8 pm; 2026-11-29T06:00Z; 28th or 29th
    "honolulu_sat_8pm": ("Pacific/Honolulu", "2026-11-28T20:00"),
    # Saturday 28 November, 1 am; 2026-11-28T11:00Z; 27th, 28th or 29th
    "honolulu_sat_1am": ("Pacific/Honolulu", "2026-11-28T01:00"),
    # Sunday 29 November, 8 am; 2026-11-28T23:00Z; 28th or 29th
    "tokyo_sun_8am": ("Asia/Tokyo", "2026-11-29T08:00"),
    # Sunday 29 November, half past midnight; 2026-11-28T23:30Z; 28th or 29th
    "berlin_sun_0030": ("Europe/Berlin", "2026-11-29T00:30"),
    # Tuesday 1 December, half past midnight; 2026-11-30T23:30Z; 30th or 1st
    "berlin_tue_0030": ("Europe/Berlin", "2026-12-01T00:30"),
}

# place, what the person said, the AMAZON.DATE value Alexa sends (resolved on the device's calendar),
# the answer on the person's own calendar (Settings API answers), the answer when the API fails.
# A week is Monday to Sunday (ISO); 28 November 2026 is the Saturday of week 48.
TABLE = [
    ("houston_sat_7pm", "today", "2026-11-28", ICE, ICE),
    ("houston_sat_7pm", "yesterday", "2026-11-27", ICE, ICE),  # UTC's day made this two days: heat
    ("houston_sat_7pm", "two days ago", "2026-11-26", HEAT, HEAT),
    ("houston_sat_7pm", "three days ago", "2026-11-25", HEAT, HEAT),
    ("houston_sat_7pm", "four days ago", "2026-11-24", DOCTOR, DOCTOR),
    ("houston_sat_7pm", "just now", "PRESENT_REF", ICE, ICE),
    ("houston_sat_7pm", "Friday (Alexa: the coming one)", "2026-12-04", ICE, ICE),
    ("houston_sat_7pm", "Thursday (Alexa: the coming one)", "2026-12-03", HEAT, HEAT),
    ("houston_sat_7pm", "on Christmas", "2026-12-25", UNCLEAR, UNCLEAR),
    ("houston_sat_7pm", "this week", "2026-W48", ICE, ICE),
    ("houston_sat_7pm", "this weekend", "2026-W48-WE", ICE, ICE),
    ("houston_sat_7pm", "last week", "2026-W47", DOCTOR, DOCTOR),
    ("houston_sat_7pm", "last weekend", "2026-W47-WE", DOCTOR, DOCTOR),
    ("houston_sat_7pm", "next week", "2026-W49", UNCLEAR, UNCLEAR),
    ("houston_sat_7pm", "this month", "2026-11", ICE, ICE),
    ("houston_sat_7pm", "last month", "2026-10", DOCTOR, DOCTOR),
    ("houston_sat_7pm", "next month", "2026-12", UNCLEAR, UNCLEAR),
    ("houston_sat_7pm", "this year", "2026", UNCLEAR, UNCLEAR),
    ("houston_sat_7pm", "last year", "2025", DOCTOR, DOCTOR),
    ("houston_sat_7pm", "in the twenty tens", "201X", DOCTOR, DOCTOR),
    ("houston_sat_7pm", "this decade", "202X", UNCLEAR, UNCLEAR),
    ("houston_sat_7pm", "this fall", "2026-FA", UNCLEAR, UNCLEAR),
    ("houston_sat_7pm", "last summer", "2026-SU", DOCTOR, DOCTOR),
    ("houston_sat_7pm", "last spring", "2026-SP", DOCTOR, DOCTOR),
    ("houston_sat_7pm", "last winter", "2025-WI", DOCTOR, DOCTOR),
    ("houston_sat_7pm", "this winter", "2026-WI", UNCLEAR, UNCLEAR),
    ("houston_sat_7pm", "a day that does not exist", "2026-02-30", UNCLEAR, UNCLEAR),
    ("houston_sat_7pm", "a week that does not exist", "2026-W60", UNCLEAR, UNCLEAR),
    ("houston_mon_7pm", "yesterday", "2026-11-29", ICE, ICE),
    ("houston_mon_7pm", "today", "2026-11-30", ICE, ICE),
    ("houston_mon_7pm", "Sunday (Alexa: the coming one)", "2026-12-06", ICE, ICE),
    ("houston_mon_7pm", "Saturday (Alexa: the coming one)", "2026-12-05", HEAT, HEAT),
    ("houston_mon_7pm", "Monday (Alexa: a week ahead)", "2026-12-07", ICE, ICE),
    ("houston_mon_7pm", "last weekend", "2026-W48-WE", ICE, ICE),
    ("houston_mon_7pm", "this weekend (Alexa: the coming one)", "2026-W49-WE", ICE, ICE),
    ("houston_mon_7pm", "last week (it may have been Sunday)", "2026-W48", DOCTOR, DOCTOR),
    ("houston_mon_7pm", "this week", "2026-W49", ICE, ICE),
    ("houston_mon_7pm", "this month", "2026-11", ICE, ICE),
    ("honolulu_sat_8pm", "yesterday", "2026-11-27", ICE, ICE),  # UTC's day made this two days: heat
    ("honolulu_sat_8pm", "two days ago", "2026-11-26", HEAT, HEAT),
    ("honolulu_sat_8pm", "this weekend", "2026-W48-WE", ICE, ICE),
    ("honolulu_sat_1am", "today", "2026-11-28", ICE, ICE),
    ("honolulu_sat_1am", "two days ago", "2026-11-26", HEAT, ICE),  # it may be the 27th somewhere
    ("honolulu_sat_1am", "four days ago", "2026-11-24", DOCTOR, HEAT),
    ("tokyo_sun_8am", "today", "2026-11-29", ICE, ICE),  # ahead of UTC's day: was not understood
    ("tokyo_sun_8am", "yesterday", "2026-11-28", ICE, ICE),
    ("tokyo_sun_8am", "two days ago", "2026-11-27", HEAT, ICE),
    ("tokyo_sun_8am", "four days ago", "2026-11-25", DOCTOR, HEAT),
    ("tokyo_sun_8am", "Saturday (Alexa: the coming one)", "2026-12-05", ICE, ICE),
    ("tokyo_sun_8am", "this weekend", "2026-W48-WE", ICE, ICE),
    ("tokyo_sun_8am", "last week", "2026-W47", DOCTOR, DOCTOR),
    ("tokyo_sun_8am", "next week", "2026-W49", UNCLEAR, UNCLEAR),
    ("berlin_sun_0030", "today", "2026-11-29", ICE, ICE),  # ahead of UTC's day: was not understood
    ("berlin_sun_0030", "three days ago", "2026-11-26", HEAT, HEAT),
    ("berlin_sun_0030", "just now", "PRESENT_REF", ICE, ICE),
    ("berlin_sun_0030", "this week", "2026-W48", ICE, ICE),
    ("berlin_tue_0030", "this month", "2026-12", ICE, ICE),
    # Just after midnight the month may still be November somewhere: without the zone, ice wins.
    ("berlin_tue_0030", "last month", "2026-11", DOCTOR, ICE),
]


def utc_moment(place: str) -> datetime:
    zone_name, local = PLACES[place]
    return datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone_name)).astimezone(timezone.utc)


def test_the_places_are_where_the_comments_say():
    assert utc_moment("houston_sat_7pm") == datetime(2026, 11, 29, 1, tzinfo=timezone.utc)
    assert utc_moment("honolulu_sat_1am") == datetime(2026, 11, 28, 11, tzinfo=timezone.utc)
    assert utc_moment("tokyo_sun_8am") == datetime(2026, 11, 28, 23, tzinfo=timezone.utc)
    assert utc_moment("berlin_tue_0030") == datetime(2026, 11, 30, 23, 30, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def settings_api():
    with SettingsApi() as api:
        yield api


@pytest.fixture
def ask(skill, settings_api, content):
    """Sends one onset turn through the skill; returns (answer, exchange)."""
    client = InProcessSkill(skill)

    def send(moment: datetime, date_value: str | None, answer: Answer | None = None, *,
             intent: str = "OnsetIntent", slots: dict | None = None, system: dict | None = None):
        device_id = f"amzn1.ask.device.{uuid.uuid4().hex}"
        if answer is not None:
            settings_api.answers[device_id] = answer
        slots = dict(slots or {})
        if date_value is not None:
            slots["onset_date"] = envelopes.slot("onset_date", date_value, slot_type="AMAZON.DATE")
        request = envelopes.intent_request("en-US", intent, slots)
        request["timestamp"] = envelopes.timestamp(moment)
        envelope = envelopes.envelope(request, session_id=envelopes.new_session_id(), new=True, attributes={})
        fields = {"apiEndpoint": settings_api.url, "apiAccessToken": "test-token", "deviceId": device_id,
                  **(system or {})}
        envelope["context"]["System"] = _system(envelope["context"]["System"], fields)
        started = time.monotonic()
        response = client(json.loads(json.dumps(envelope)))
        speech = response["response"]["outputSpeech"]["ssml"]
        return Result(answer_in(content, speech), speech, response, device_id, time.monotonic() - started)

    return send


class Result(NamedTuple):
    answer: str
    speech: str
    response: dict
    device_id: str
    seconds: float


def _system(system: dict, fields: dict) -> dict:
    """context.System with apiEndpoint, apiAccessToken and device.deviceId set, or left out when None."""
    system = {**system, "device": dict(system["device"])}
    for key in ("apiEndpoint", "apiAccessToken"):
        system.pop(key, None)
        if fields[key] is not None:
            system[key] = fields[key]
    system["device"].pop("deviceId", None)
    if fields["deviceId"] is not None:
        system["device"]["deviceId"] = fields["deviceId"]
    return system


def answer_in(content, speech: str) -> str:
    said = lambda entry_id: content.entry(entry_id).speech in speech  # noqa: E731
    if said("onset_unclear"):
        return UNCLEAR
    if said("heat_or_ice_heat"):
        return DOCTOR if said("lasting_days") else HEAT
    assert not said("lasting_days"), speech
    return ICE if said("heat_or_ice_ice") else speech


@pytest.mark.parametrize(("place", "said", "value", "own_calendar", "_"), TABLE,
                         ids=[f"{p}-{s}-{v}" for p, s, v, *_ in TABLE])
def test_the_answer_follows_the_persons_own_calendar(ask, settings_api, place, said, value, own_calendar, _):
    result = ask(utc_moment(place), value, zone(PLACES[place][0]))
    assert result.answer == own_calendar, result.speech
    assert len(settings_api.calls_for(result.device_id)) <= 1


@pytest.mark.parametrize(("place", "said", "value", "_", "api_down"), TABLE,
                         ids=[f"{p}-{s}-{v}" for p, s, v, *_ in TABLE])
def test_without_the_zone_an_ambiguous_day_keeps_the_person_in_the_ice_window(ask, place, said, value, _, api_down):
    result = ask(utc_moment(place), value, Answer(status=403, body=b'{"message": "forbidden"}'))
    assert result.answer == api_down, result.speech


def test_the_skill_asks_the_settings_api_once_with_the_requests_token(ask, settings_api):
    result = ask(utc_moment("tokyo_sun_8am"), "2026-11-27", zone("Asia/Tokyo"), intent="HeatOrIceIntent")
    assert result.answer == HEAT
    assert settings_api.calls_for(result.device_id) == [Call(result.device_id, "Bearer test-token")]


# Tokyo, 8 am Sunday, "two days ago": heat on the person's calendar; every failure gives the
# conservative reading instead (ice), and the turn is answered.
FAILURES = {
    "HTTP 403": Answer(status=403, body=b'{"message": "forbidden"}'),
    "HTTP 500": Answer(status=500, body=b"oops"),
    "HTTP 204, no zone": Answer(status=204),
    "garbage body": Answer(body=b"<html>not json"),
    "a number, not a zone": Answer(body=b"42"),
    "unknown zone name": zone("Mars/Olympus_Mons"),
    "a path, not a zone": zone("../../etc/passwd"),
    "empty zone name": zone(""),
}


@pytest.mark.parametrize("failure", FAILURES.values(), ids=FAILURES.keys())
def test_a_failing_api_gives_the_conservative_answer(ask, settings_api, failure):
    result = ask(utc_moment("tokyo_sun_8am"), "2026-11-27", failure)
    assert result.answer == ICE, result.speech
    assert len(settings_api.calls_for(result.device_id)) == 1


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


MISSING = {
    "no apiEndpoint": {"apiEndpoint": None},
    "no apiAccessToken": {"apiAccessToken": None},
    "no deviceId": {"deviceId": None},
    "nothing listening": {"apiEndpoint": _closed_port_url()},
    "plain http off this machine": {"apiEndpoint": "http://api.amazonalexa.invalid"},
}


@pytest.mark.parametrize("system", MISSING.values(), ids=MISSING.keys())
def test_a_request_without_api_access_gives_the_conservative_answer(ask, settings_api, system):
    result = ask(utc_moment("tokyo_sun_8am"), "2026-11-27", zone("Asia/Tokyo"), system=system)
    assert result.answer == ICE, result.speech
    assert settings_api.calls_for(result.device_id) == []


def test_a_slow_api_still_gets_a_quick_answer(ask):
    # The skill waits about a second (skill.api_client.TIMEOUT_SECONDS); Alexa waits about eight.
    result = ask(utc_moment("tokyo_sun_8am"), "2026-11-27", Answer(body=b'"Asia/Tokyo"', delay=4.0))
    assert result.answer == ICE, result.speech
    assert result.seconds < 2.5


NO_DATE = {
    "no onset": ("HeatOrIceIntent", {}),
    "a duration": ("OnsetIntent", {
        "onset_duration": envelopes.slot("onset_duration", "P2D", slot_type="AMAZON.DURATION")}),
    "a duration beside a date": ("OnsetIntent", {
        "onset_duration": envelopes.slot("onset_duration", "PT3H", slot_type="AMAZON.DURATION"),
        "onset_date": envelopes.slot("onset_date", "2026-11-20", slot_type="AMAZON.DATE")}),
    "words that are no date": ("OnsetIntent", {"onset_date": envelopes.slot("onset_date", "not a date")}),
    "another topic": ("CausesIntent", {}),
}


@pytest.mark.parametrize(("intent", "slots"), NO_DATE.values(), ids=NO_DATE.keys())
def test_turns_without_a_date_to_read_never_ask_the_api(ask, settings_api, intent, slots):
    result = ask(utc_moment("houston_sat_7pm"), None, zone("America/Chicago"), intent=intent, slots=slots)
    assert result.speech
    assert settings_api.calls_for(result.device_id) == []


def test_a_date_in_a_symptom_report_counts_in_can_handle_without_the_api(ask, settings_api, content):
    # Red-flag triage runs in can_handle, which makes no network call: "it started last week" is
    # pain lasting several days there, counted without the zone.
    symptom = envelopes.slot("symptom", "my back", slot_type="SymptomType")
    result = ask(utc_moment("houston_sat_7pm"), "2026-W47", zone("America/Chicago"), intent="ReportSymptomIntent",
                 slots={"symptom": symptom})
    assert result.response["sessionAttributes"]["triage"] == "see_doctor"
    assert settings_api.calls_for(result.device_id) == []


def test_the_log_of_a_failure_says_why_and_nothing_about_the_person(ask, caplog):
    with caplog.at_level(logging.INFO):
        result = ask(utc_moment("tokyo_sun_8am"), "2026-11-27", zone("Mars/Olympus_Mons"),
                     slots={"symptom": envelopes.slot("symptom", "my lower back", slot_type="SymptomType")})
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "time zone unavailable" in logged
    for private in ("Mars", result.device_id, "test-token", "lower back", "2026-11-27"):
        assert private not in logged


def test_an_envelope_without_context_is_answered_without_the_api(skill, content):
    request = envelopes.intent_request("en-US", "OnsetIntent", {
        "onset_date": envelopes.slot("onset_date", "PRESENT_REF", slot_type="AMAZON.DATE")})
    envelope = envelopes.envelope(request, session_id="s", new=True, attributes={})
    del envelope["context"]
    assert answer_in(content, InProcessSkill(skill)(envelope)["response"]["outputSpeech"]["ssml"]) == ICE


def test_the_api_client_never_sends_a_token_over_plain_http_off_this_machine():
    request = ApiClientRequest(url="http://api.amazonalexa.com/v2/devices/d/settings/System.timeZone",
                               method="GET", headers=[("Authorization", "Bearer secret")])
    with pytest.raises(ValueError, match="https"):
        UrllibApiClient().invoke(request)
