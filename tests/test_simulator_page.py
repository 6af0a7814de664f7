"""GET /simulator (``python -m skill.web --dev``): the simulator as a web page, and its JSON endpoint, which
drives the same pipeline as the CLI. Production mode never serves it."""

from __future__ import annotations

import json

import pytest

from skill.simulator.replay import read_replay
from skill.web import create_app
from skill.web.app import ConfigurationError

DEV = {"ASK_SDK_VERIFY_SIGNATURE": False, "ASK_SDK_VERIFY_TIMESTAMP": False, "SIMULATOR_PAGE": True}


@pytest.fixture(scope="module")
def client(skill):
    app = create_app(skill, config=DEV)
    yield app.test_client()
    for key in list(app.blueprints["simulator_page"].sessions._sessions):
        app.blueprints["simulator_page"].sessions.close(key)


def new_session(client, **settings) -> str:
    reply = client.post("/simulator/api/session", json=settings)
    assert reply.status_code == 200, reply.json
    return reply.json["session"]


def say(client, session: str, text: str) -> dict:
    reply = client.post("/simulator/api/turn", json={"session": session, "text": text})
    assert reply.status_code == 200, reply.json
    return reply.json


def test_the_page_is_plain_html_with_labelled_controls(client):
    page = client.get("/simulator")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    for control in ("say", "locale", "timezone", "screen", "speak"):
        assert f'<label for="{control}">' in html
    assert "What would you say?" in html and 'aria-live="polite"' in html
    assert "http://" not in html and "https://" not in html  # nothing fetched from the internet
    for asset in ("simulator.js", "simulator.css"):
        reply = client.get(f"/simulator/static/{asset}")
        assert reply.status_code == 200
        assert b"https://" not in reply.data
        reply.close()


def test_a_turn_goes_through_the_simulator_and_the_skill(client):
    session = new_session(client)
    launch = say(client, session, "open back spasm helper")
    assert launch["requestType"] == "LaunchRequest" and launch["intent"] is None
    assert launch["speech"].startswith("Welcome to Back Spasm Helper")
    assert launch["card"]["title"] == "Back Spasm Helper"
    urgent = say(client, session, "my husband can't stand up")
    assert urgent["intent"] == "ReportSymptomIntent" and urgent["triage"] == "urgent"
    assert urgent["slots"]["symptom"]["value"] == "can't stand up"  # "my husband" is the sample's fixed words
    assert urgent["speech"].startswith("Get emergency care now")
    # The request is the envelope the simulator built, with its device's loopback Settings API.
    system = urgent["request"]["context"]["System"]
    assert system["apiEndpoint"].startswith("http://127.0.0.1:") and system["apiAccessToken"]
    assert urgent["request"]["session"]["new"] is False
    assert urgent["response"]["response"]["card"]["title"] == "Get emergency care"
    assert urgent["screen"] is None  # no screen device chosen


def test_a_new_session_starts_afresh(client):
    first = new_session(client)
    say(client, first, "open back spasm helper")
    second = client.post("/simulator/api/session", json={"previous": first}).json["session"]
    assert second != first
    reply = say(client, second, "how long will it last")
    assert reply["request"]["session"]["new"] is True
    # The previous session is closed: its Settings API stopped, and it is gone.
    assert client.post("/simulator/api/turn", json={"session": first, "text": "repeat"}).status_code == 404


def test_spanish(client):
    session = new_session(client, locale="es-US", timeZone="America/Mexico_City")
    reply = say(client, session, "abre ayudante de espasmos")
    assert reply["request"]["request"]["locale"] == "es-US"
    assert reply["speech"].startswith("Bienvenido al Ayudante de Espasmos")
    emergency = say(client, session, "tiene fiebre")
    assert emergency["triage"] == "emergency" and emergency["speech"].startswith("Busque atención de emergencia")


def test_a_screen_device_gets_the_apl_preview_and_a_touch_answers(client):
    session = new_session(client, screen=True)
    say(client, session, "open back spasm helper")
    check = say(client, session, "is my dad's back pain an emergency")
    assert check["intent"] == "EmergencyCheckIntent"
    assert "Alexa.Presentation.APL" in check["request"]["context"]["System"]["device"]["supportedInterfaces"]
    screen = check["screen"]
    assert screen["text"] == check["speech"] and screen["banner"] is None
    assert [(b["label"], b["arguments"]) for b in screen["buttons"]] == [
        ("Yes", ["check_answer", "yes"]), ("No", ["check_answer", "no"]), ("Not sure", ["check_answer", "unsure"])]
    touched = client.post("/simulator/api/turn", json={"session": session, "event": ["check_answer", "unsure"],
                                                       "label": "Not sure"}).json
    assert touched["requestType"] == "Alexa.Presentation.APL.UserEvent"
    assert touched["request"]["request"]["arguments"] == ["check_answer", "unsure"]
    assert touched["triage"] == "emergency"
    assert touched["screen"]["banner"] and touched["screen"]["buttons"] == []


def test_the_replay_file_is_what_the_cli_reads(client, tmp_path):
    session = new_session(client, screen=True)
    for text in ("open back spasm helper", "is my dad's back pain an emergency"):
        say(client, session, text)
    client.post("/simulator/api/turn", json={"session": session, "event": ["check_answer", "no"], "label": "No"})
    reply = client.get(f"/simulator/api/replay/{session}")
    assert reply.status_code == 200 and "attachment" in reply.headers["Content-Disposition"]
    path = tmp_path / "replay.json"
    path.write_bytes(reply.data)
    replay = read_replay(path)
    assert replay.locale == "en-US"
    assert replay.turns == ["open back spasm helper", "is my dad's back pain an emergency", "No"]


def test_production_mode_has_no_simulator_page(skill):
    production = create_app(skill, config={"ALEXA_SKILL_ID": "amzn1.ask.skill.x"}).test_client()
    for path in ("/simulator", "/simulator/static/simulator.js", "/static/simulator.js"):
        assert production.get(path).status_code == 404
    assert production.post("/simulator/api/session", json={}).status_code == 404
    # Verification off alone (a test service) is not the page either: only --dev asks for it.
    unverified = create_app(skill, config={k: v for k, v in DEV.items() if k != "SIMULATOR_PAGE"}).test_client()
    assert unverified.get("/simulator").status_code == 404


def test_the_page_is_refused_while_signatures_are_verified(skill):
    with pytest.raises(ConfigurationError, match="development only"):
        create_app(skill, config={"ALEXA_SKILL_ID": "amzn1.ask.skill.x", "SIMULATOR_PAGE": True})


def test_the_environment_cannot_turn_the_page_on(skill, monkeypatch):
    monkeypatch.setenv("SIMULATOR_PAGE", "1")
    app = create_app(skill, config={"ASK_SDK_VERIFY_SIGNATURE": False, "ASK_SDK_VERIFY_TIMESTAMP": False})
    assert app.test_client().get("/simulator").status_code == 404


def test_dev_mode_of_the_command_turns_the_page_on(monkeypatch):
    from skill.web import __main__ as web_main

    seen = {}
    monkeypatch.setattr(web_main, "create_app", lambda config=None: seen.setdefault("config", config) and _NoRun())
    assert web_main.main(["--dev", "--port", "0"]) == 0
    assert seen["config"]["SIMULATOR_PAGE"] is True


class _NoRun:
    def run(self, **kwargs):
        pass


@pytest.mark.parametrize("path, body, status, reason", [
    ("/simulator/api/session", {"locale": "fr-FR"}, 400, "unknown locale"),
    ("/simulator/api/session", {"timeZone": "Mars/Olympus"}, 400, "unknown time zone"),
    ("/simulator/api/session", {"screen": "yes"}, 400, "screen must be"),
    ("/simulator/api/session", [1, 2], 400, "JSON object"),
    ("/simulator/api/turn", {"session": "nope", "text": "hi"}, 404, "unknown session"),
    ("/simulator/api/turn", {"session": None, "text": "hi"}, 404, "unknown session"),
])
def test_bad_input_is_a_4xx_with_a_reason(client, path, body, status, reason):
    reply = client.post(path, json=body)
    assert reply.status_code == status and reason in reply.json["error"]


@pytest.mark.parametrize("body, reason", [
    ({"text": "   "}, "empty turn"),
    ({"text": 42}, "text must be"),
    ({"text": "x" * 501}, "too long"),
    ({"event": "yes"}, "event must be"),
    ({"event": []}, "event must be"),
    ({"event": [{"a": 1}]}, "event must be"),
])
def test_bad_turns_are_400_with_a_reason(client, body, reason):
    session = new_session(client, screen=True)
    reply = client.post("/simulator/api/turn", json={"session": session, **body})
    assert reply.status_code == 400 and reason in reply.json["error"]


def test_a_touch_needs_a_screen_and_a_replay_needs_a_turn(client):
    session = new_session(client)
    reply = client.post("/simulator/api/turn", json={"session": session, "event": ["check_answer", "yes"]})
    assert reply.status_code == 400 and "no screen" in reply.json["error"]
    reply = client.get(f"/simulator/api/replay/{session}")
    assert reply.status_code == 400 and "nothing said" in reply.json["error"]
    assert client.get("/simulator/api/replay/nope").status_code == 404


def test_not_json_is_400(client):
    reply = client.post("/simulator/api/turn", data="text=hi", content_type="application/x-www-form-urlencoded")
    assert reply.status_code == 400 and "JSON object" in reply.json["error"]
    assert json.loads(client.post("/simulator/api/session", data="{", content_type="application/json").data)["error"]


def test_old_sessions_are_closed_past_the_limit(skill):
    app = create_app(skill, config=DEV)
    sessions = app.blueprints["simulator_page"].sessions
    sessions.limit = 2
    client = app.test_client()
    keys = [new_session(client) for _ in range(3)]
    assert list(sessions._sessions) == keys[1:]
    for key in keys[1:]:
        sessions.close(key)


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "Pacific/Honolulu"])
def test_the_time_zone_is_the_devices(client, zone):
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    session = new_session(client, timeZone=zone)
    say(client, session, "open back spasm helper")
    before = datetime.now(ZoneInfo(zone)).date()
    reply = say(client, session, "it started yesterday")
    after = datetime.now(ZoneInfo(zone)).date()
    assert reply["intent"] == "OnsetIntent"
    assert reply["slots"]["onset_date"]["value"] in {str(day - timedelta(days=1)) for day in (before, after)}


@pytest.mark.parametrize("locale, opening, check", [
    ("en-US", "open back spasm helper", "is my dad's back pain an emergency"),
    ("es-US", "abre ayudante de espasmos", "es una emergencia"),
])
def test_a_touch_replays_as_its_buttons_words(client, locale, opening, check):
    """The replay file holds text, so a touch is recorded as its button's label: said aloud, each label
    must get the answer the touch got."""
    probe = new_session(client, locale=locale, screen=True)
    say(client, probe, opening)
    buttons = say(client, probe, check)["screen"]["buttons"]
    assert len(buttons) == 3
    for button in buttons:
        touched, typed = new_session(client, locale=locale, screen=True), new_session(client, locale=locale, screen=True)
        for session in (touched, typed):
            say(client, session, opening)
            say(client, session, check)
        by_touch = client.post("/simulator/api/turn", json={"session": touched, "event": button["arguments"],
                                                            "label": button["label"]}).json
        by_voice = say(client, typed, button["label"])
        assert by_voice["speech"] == by_touch["speech"], button["label"]
        replay = json.loads(client.get(f"/simulator/api/replay/{touched}").data)
        assert replay["userInput"][-1] == button["label"] and replay["locale"] == locale


def test_alexas_permission_question_is_shown_and_answered_on_the_page(client):
    session = new_session(client)
    asked = say(client, session, "remind me to drink water at 3 pm")
    assert asked["speech"] == "Do you give Back Spasm Helper permission to set reminders? You can say I approve or no."
    assert asked["response"]["response"]["directives"][0]["name"] == "AskFor"
    denied = say(client, session, "no")
    assert denied["requestType"] == "Connections.Response"
    assert denied["speech"].startswith("To set reminders, I need your permission.")
    assert denied["card"] == {"title": "Permission card (Alexa app)",
                              "text": "Asks to allow: alexa::alerts:reminders:skill:readwrite"}
