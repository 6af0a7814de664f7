"""The simulator's Reminders API and permission prompt: what a tester sees and what the skill's client meets.

The real Reminders API cannot be reached from here (it is Amazon's, behind the person's account): the
simulator's loopback server stands in for it, as it does for the Settings API, and checks every reminder
as the API would.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from conftest import run_module
from skill.api_client import UrllibApiClient
from skill.simulator.device import VirtualDevice
from skill.simulator.reminders_api import SCOPE

GOOD = {"requestTime": "2026-11-29T14:23:00", "pushNotification": {"status": "ENABLED"},
        "trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-11-30T08:23:00",
                    "timeZoneId": "America/Chicago"},
        "alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": "Time for heat."}]}}}


def post(device: VirtualDevice, body, token: str | None = None) -> tuple[int, dict]:
    context = device.system_context()
    request = urllib.request.Request(f"{context.api_endpoint}/v1/alerts/reminders", method="POST",
                                     data=json.dumps(body).encode(),
                                     headers={"Authorization": f"Bearer {token or context.api_access_token}",
                                              "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture
def device():
    with VirtualDevice("America/Chicago") as device:
        yield device


def test_a_granted_device_accepts_a_reminder_and_keeps_it(device):
    device.reminders.granted = True
    status, body = post(device, GOOD)
    assert status == 201 and body["status"] == "ON" and body["alertToken"]
    assert device.reminders.reminders == [{"alertToken": body["alertToken"], "text": "Time for heat.",
                                           "locale": "en-US", "scheduledTime": "2026-11-30T08:23",
                                           "timeZoneId": "America/Chicago"}]


def test_a_relative_reminder_is_kept_with_when_it_fires(device):
    device.reminders.granted = True
    body = {**GOOD, "trigger": {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": 3600}}
    assert post(device, body)[0] == 201
    assert device.reminders.reminders[0]["firesAtUtc"] == "2026-11-29T15:23+00:00"


def test_without_the_permission_the_api_refuses(device):
    status, body = post(device, GOOD)
    assert status == 401 and SCOPE in body["message"]
    assert device.reminders.reminders == []


def test_a_wrong_token_is_refused_even_with_the_permission(device):
    device.reminders.granted = True
    assert post(device, GOOD, token="simulator.wrong")[0] == 401


@pytest.mark.parametrize("change,reason", [
    ({"trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-11-28T08:23:00",
                  "timeZoneId": "America/Chicago"}}, "not after requestTime"),
    ({"trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-11-30T08:23:00-06:00",
                  "timeZoneId": "America/Chicago"}}, "without an offset"),
    ({"trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-11-30T08:23:00", "timeZoneId": "Mars/Base"}},
     "Mars/Base"),
    ({"trigger": {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": 0}}, "positive"),
    ({"alertInfo": {"spokenInfo": {"content": [{"locale": "en-US", "text": " "}]}}}, "empty"),
    ({"trigger": {"type": "EVERY_FULL_MOON"}}, "EVERY_FULL_MOON"),
])
def test_a_reminder_the_api_would_not_take_is_a_400_with_the_reason(device, change, reason):
    device.reminders.granted = True
    status, body = post(device, {**GOOD, **change})
    assert status == 400 and reason in body["message"], body
    assert device.reminders.reminders == []


def test_an_outage_is_a_503(device):
    device.reminders.granted = True
    device.reminders.failing = True
    assert post(device, GOOD)[0] == 503


def test_the_skills_api_client_sends_a_serialised_object_as_json(device):
    """ask-sdk's service clients hand the API client a dict; the standard-library client sends it as JSON."""
    from ask_sdk_model.services import ApiClientRequest

    device.reminders.granted = True
    context = device.system_context()
    request = ApiClientRequest(url=f"{context.api_endpoint}/v1/alerts/reminders", method="POST", body=GOOD,
                               headers=[("Authorization", f"Bearer {context.api_access_token}"),
                                        ("Content-type", "application/json")])
    response = UrllibApiClient().invoke(request)
    assert response.status_code == 201 and json.loads(response.body)["status"] == "ON"


def run_cli(*args, input_text=None):
    return run_module("skill.simulator", *args, input_text=input_text)


def test_the_cli_shows_alexas_permission_question_and_takes_the_answer():
    result = run_cli("open back spasm helper", "it started this morning", "yes", "i approve")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[4] == "User  > yes"  # the skill says nothing: Alexa asks its own question
    assert lines[5] == ("Alexa > Do you give Back Spasm Helper permission to set reminders? "
                        "You can say I approve or no.")
    assert lines[6] == "User  > i approve"
    assert lines[7].startswith("Alexa > Done. I'll remind you ") and lines[7].endswith("to switch from ice to heat.")


def test_with_permissions_reminders_nothing_is_asked_and_json_lists_the_reminders():
    result = run_cli("--permissions", "reminders", "--json", "--timezone", "Asia/Tokyo",
                     "ask back spasm helper to remind me to drink water at 3 pm")
    assert result.returncode == 0, result.stderr
    turn = json.loads(result.stdout)
    assert [r["content"]["caption"] for r in turn["alexaExecutionInfo"]["alexaResponses"]] == [
        turn["alexaExecutionInfo"]["alexaResponses"][0]["content"]["caption"]]
    assert [(r["scheduledTime"][-5:], r["timeZoneId"]) for r in turn["reminders"]] == [("15:00", "Asia/Tokyo")]


def test_interactive_reminders_command_lists_what_the_device_accepted():
    session = "open back spasm helper\n.reminders\nremind me to drink water at 3 pm\n.reminders\n"
    result = run_cli("--permissions", "reminders", input_text=session)
    assert result.returncode == 0, result.stderr
    assert "No reminders set." in result.stdout
    listed = [line for line in result.stdout.splitlines() if line.startswith("Reminder 1: ")]
    assert len(listed) == 1 and listed[0].endswith("America/Chicago: Back Spasm Helper: time for a glass of water.")
    assert " 15:00 " in listed[0]


def test_an_unknown_permission_is_a_one_line_error():
    result = run_cli("--permissions", "location", "hello")
    assert result.returncode == 2 and "invalid choice: 'location'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error: ")
