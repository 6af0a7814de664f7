"""The simulator's loopback Alexa Settings API, and the requests that point the skill at it."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone

import pytest

from skill.simulator.client import HttpSkill, InProcessSkill
from skill.simulator.device import UnknownTimeZone, VirtualDevice
from skill.simulator.engine import Simulator


def get(url: str, token: str | None = None) -> tuple[int, object, str]:
    """What the skill's API client sees: status, JSON body and content type."""
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read()), response.headers["Content-Type"]
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), error.headers["Content-Type"]


def time_zone_url(system: dict) -> str:
    """The URL ask-sdk's UpsServiceClient.get_system_time_zone builds from a request's context."""
    return f"{system['apiEndpoint']}/v2/devices/{system['device']['deviceId']}/settings/System.timeZone"


@pytest.fixture
def device():
    with VirtualDevice("Europe/London") as device:
        yield device


def test_it_answers_the_time_zone_to_the_token(device):
    context = device.system_context()
    url = f"{context.api_endpoint}/v2/devices/{context.device_id}/settings/System.timeZone"
    assert context.api_endpoint.startswith("http://127.0.0.1:")
    assert get(url, context.api_access_token) == (200, "Europe/London", "application/json")


def test_it_refuses_a_missing_or_wrong_token(device):
    context = device.system_context()
    url = f"{context.api_endpoint}/v2/devices/{context.device_id}/settings/System.timeZone"
    for token in (None, "simulator.wrong", context.api_access_token + "x"):
        status, body, _ = get(url, token)
        assert status == 401 and body["code"] == "INVALID_TOKEN"


@pytest.mark.parametrize("path", ["/v2/devices/{device}/settings/System.distanceUnits",
                                  "/v2/devices/amzn1.ask.device.OTHER/settings/System.timeZone",
                                  "/v1/devices/{device}/settings/System.timeZone", "/"])
def test_other_paths_are_not_found(device, path):
    context = device.system_context()
    status, body, _ = get(context.api_endpoint + path.format(device=context.device_id), context.api_access_token)
    assert status == 404 and body["code"] == "INVALID_URI"


def test_it_starts_on_first_use_and_stops_on_close():
    device = VirtualDevice()
    assert not device.settings_api.running
    endpoint = device.system_context().api_endpoint
    assert device.settings_api.running
    device.close()
    assert not device.settings_api.running
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(endpoint + "/", timeout=2)
    device.close()  # twice is harmless


def test_each_device_has_its_own_token():
    with VirtualDevice() as one, VirtualDevice() as other:
        assert one.api_access_token != other.api_access_token


def test_an_unknown_zone_is_refused():
    with pytest.raises(UnknownTimeZone, match="unknown time zone 'Mars/Olympus'"):
        VirtualDevice("Mars/Olympus")


def test_in_process_requests_point_the_skill_at_the_api(skill):
    with Simulator(InProcessSkill(skill), time_zone="Asia/Kolkata") as simulator:
        for said in ("open back spasm helper", "it started yesterday", "exit"):
            system = simulator.say(said).exchange.request["context"]["System"]
            assert get(time_zone_url(system), system["apiAccessToken"])[:2] == (200, "Asia/Kolkata")


def test_requests_are_stamped_with_real_utc_now(skill):
    with Simulator(InProcessSkill(skill)) as simulator:
        before = datetime.now(timezone.utc).replace(microsecond=0)
        stamp = simulator.say("what causes back spasms").exchange.request["request"]["timestamp"]
    sent = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    assert before <= sent <= before + timedelta(seconds=5)


def test_a_web_service_endpoint_still_gets_the_loopback_api(dev_service):
    """With --endpoint the skill runs elsewhere, and still asks the simulator's Settings API."""
    with Simulator(HttpSkill(dev_service), time_zone="America/Denver") as simulator:
        turn = simulator.say("open back spasm helper")
        system = turn.exchange.request["context"]["System"]
        assert turn.speech.startswith("Welcome")
        assert get(time_zone_url(system), system["apiAccessToken"])[:2] == (200, "America/Denver")


def test_a_bare_envelope_carries_no_token():
    """Tests that build requests by hand give the skill no API to call, so it never reaches the network."""
    from skill.simulator import envelopes

    body = envelopes.envelope(envelopes.launch_request("en-US"), session_id="s", new=True, attributes={})
    assert "apiAccessToken" not in body["context"]["System"]
