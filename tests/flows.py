"""Conversation flows kept as data (``tests/conversations/*.yaml``) and the runner that plays them.

A flow is a list of turns. Each turn sends one request and states what must come back:
the content it speaks (by id), the triage level in the session, and whether the session ends.
A flow with ``screen: true`` plays on an Echo Show (the device lists APL); its turns may be touches
(``touch: [check_answer, yes]``, an APL UserEvent) and may expect ``screen`` (a document is rendered),
``buttons`` (the check's Yes, No, Not sure) and ``banner`` (the get-care-now action).
A flow with ``device:`` plays on a device with the Alexa APIs on loopback (the simulator's): its
``permissions`` (``[reminders]``) and a ``reminders_api: failing`` outage. Its turns may be Alexa's answer
to the skill's permission question (``request: permission_response``, ``status: ACCEPTED``) and may expect
``permission_asked`` (Alexa asks by voice), ``permission_card`` and ``reminders`` (how many the device holds).
A slot value ``{N days ago}`` is that day's date on the device's default time zone, so a flow about the 48-hour rule
reads the same whatever day it runs (a fixed date turns into "more than 48 hours" two days later).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from skill.content import Content, not_served_answer
from skill.simulator import envelopes
from skill.simulator.client import Conversation, Exchange
from skill.simulator.device import DEFAULT_TIME_ZONE, VirtualDevice, time_zone
from skill.simulator.reminders_api import SCOPE as REMINDERS_SCOPE
from skill.ssml import escape, plain_text

FLOW_DIR = Path(__file__).parent / "conversations"
DAYS_AGO = re.compile(r"\{(\d+) days? ago\}")


def slot_value(value):
    """A flow's slot value, with ``{N days ago}`` made that day's date where the device is."""
    if isinstance(value, str) and (match := DAYS_AGO.fullmatch(value)):
        today = datetime.now(time_zone(DEFAULT_TIME_ZONE)).date()
        return (today - timedelta(days=int(match.group(1)))).isoformat()
    return value


def load_flows() -> list[tuple[str, dict]]:
    return [(path.stem, yaml.safe_load(path.read_text())) for path in sorted(FLOW_DIR.glob("*.yaml"))]


def expected_text(content: Content, ref: str) -> str:
    """The words a content reference must put in the speech.

    ``launch`` an entry's speech; ``more:causes`` its more part; ``red_flag:FEVER`` a flag's detail;
    ``level:urgent`` a level's lead; ``check:fever`` a warning-sign question; ``not_served:en-GB`` what a
    locale without content hears.
    """
    kind, _, key = ref.partition(":")
    if kind == "not_served":
        return escape(not_served_answer(key))
    if not key:
        return content.entry(kind).speech
    if kind == "more":
        return content.entry(key).more
    if kind == "red_flag":
        return content.red_flags[key].detail
    if kind == "level":
        return content.levels[key].lead
    if kind == "check":
        return next(q.speech for q in content.check_questions if q.id == key)
    raise ValueError(f"unknown content reference {ref!r}")


def slot_types(language_model: dict, intent: str) -> dict[str, str]:
    for item in language_model["intents"]:
        if item["name"] == intent:
            return {s["name"]: s["type"] for s in item.get("slots", [])}
    return {}


def build_request(turn: dict, locale: str, language_model: dict) -> dict:
    if turn.get("request") == "launch":
        return envelopes.launch_request(locale)
    if turn.get("request") == "session_ended":
        return envelopes.session_ended_request(locale)
    if turn.get("request") == "permission_response":
        return envelopes.permission_response(locale, REMINDERS_SCOPE, turn["status"], "reminders")
    if "touch" in turn:
        return envelopes.user_event_request(locale, turn["touch"])
    intent = turn["intent"]
    types = slot_types(language_model, intent)
    slots = {}
    for name, spec in (turn.get("slots") or {}).items():
        spec = spec if isinstance(spec, dict) else {"value": spec}
        slots[name] = envelopes.slot(name, slot_value(spec.get("value")), slot_type=types.get(name), value_id=spec.get("id"))
    return envelopes.intent_request(locale, intent, slots)


@dataclass
class TurnResult:
    turn: dict
    exchange: Exchange


MAX_SSML_CHARACTERS = 2000  # Alexa allows 8,000; answers here are meant to be far shorter


def check_invariants(exchange: Exchange) -> None:
    """What holds for every response: an open question always has a reprompt, speech stays short."""
    response = exchange.response.get("response") or {}
    if exchange.request["request"]["type"] == "SessionEndedRequest":
        return
    assert len(exchange.speech) < MAX_SSML_CHARACTERS, exchange.speech
    if any(d.get("type") == "Connections.SendRequest" for d in response.get("directives") or []):
        # Alexa asks its own question next: the skill says nothing, and neither ends nor holds the session.
        assert not exchange.speech and "reprompt" not in response and response.get("shouldEndSession") is None
        return
    if not exchange.ends_session:
        assert (response.get("reprompt") or {}).get("outputSpeech", {}).get("ssml"), f"no reprompt: {exchange.speech}"
    if exchange.screen is not None:  # the screen shows the words the voice says
        assert exchange.screen["datasources"]["screen"]["text"] == plain_text(exchange.speech)


def device_for(flow: dict) -> VirtualDevice | None:
    """The device a flow with ``device:`` plays on; None for the others (no Alexa API in their requests)."""
    spec = flow.get("device")
    if spec is None:
        return None
    return configured(VirtualDevice(spec.get("time_zone", "America/Chicago")), spec)


def configured(device: VirtualDevice, spec: dict) -> VirtualDevice:
    """``device`` with a flow's ``device:`` settings: its permissions and a Reminders API outage."""
    device.reminders.granted = "reminders" in spec.get("permissions", [])
    device.reminders.failing = spec.get("reminders_api") == "failing"
    return device


def said(expected: str, speech: str) -> bool:
    """Whether ``speech`` says a content text; its ``{when}`` (a reminder's time) may be any words."""
    return all(part in speech for part in expected.split("{when}") if part.strip())


def check_turn(content: Content, turn: dict, exchange: Exchange, device: VirtualDevice | None = None) -> None:
    check_invariants(exchange)
    expect = turn.get("expect", {})
    speech = exchange.speech
    for ref in _as_list(expect.get("content")):
        assert said(expected_text(content, ref), speech), f"expected {ref!r} in {speech!r}"
    for ref in _as_list(expect.get("not_content")):
        assert expected_text(content, ref) not in speech, f"did not expect {ref!r} in {speech!r}"
    if "triage" in expect:
        assert exchange.attributes.get("triage") == expect["triage"], (
            f"triage {exchange.attributes.get('triage')!r}, expected {expect['triage']!r}: {speech!r}")
    if "ends" in expect:
        assert exchange.ends_session is expect["ends"], f"session end {exchange.ends_session}: {speech!r}"
    if expect.get("speech_starts"):
        assert speech.removeprefix("<speak>").startswith(expect["speech_starts"]), speech
    screen = exchange.screen
    if "screen" in expect:
        assert (screen is not None) is expect["screen"], f"screen {screen is not None}: {speech!r}"
    if "buttons" in expect:
        buttons = (screen or {}).get("datasources", {}).get("screen", {}).get("buttons")
        assert bool(buttons) is expect["buttons"], f"buttons {buttons}: {speech!r}"
    if "banner" in expect:
        banner = (screen or {}).get("datasources", {}).get("screen", {}).get("banner")
        assert bool(banner) is expect["banner"], f"banner {banner!r}: {speech!r}"
    directives = (exchange.response.get("response") or {}).get("directives") or []
    if "permission_asked" in expect:
        asked = any(d.get("type") == "Connections.SendRequest" and d.get("name") == "AskFor" for d in directives)
        assert asked is expect["permission_asked"], f"permission asked {asked}: {exchange.response}"
    if "permission_card" in expect:
        card = (exchange.response.get("response") or {}).get("card") or {}
        asks = card.get("type") == "AskForPermissionsConsent" and card.get("permissions") == [REMINDERS_SCOPE]
        assert asks is expect["permission_card"], f"card {card}"
    if "reminders" in expect:
        held = device.reminders.reminders if device else []
        assert len(held) == expect["reminders"], f"{len(held)} reminders: {held}"
    if "check_step" in expect:
        step = (exchange.attributes.get("check") or {}).get("step")
        assert step == expect["check_step"], f"check step {step}, expected {expect['check_step']}"


def play(flow: dict, conversation: Conversation, content: Content, language_model: dict, send=None) -> list[TurnResult]:
    """Plays a flow turn by turn. ``send`` lets a flow that speaks (``say:``) go through the simulator."""
    results = []
    conversation.screen = bool(flow.get("screen"))
    for turn in flow["turns"]:
        if "say" in turn:
            assert send is not None, "a 'say' turn needs the simulator"
            exchange, intent = send(turn["say"])
            if "intent" in turn.get("expect", {}):
                assert intent == turn["expect"]["intent"], f"{turn['say']!r} understood as {intent}"
        else:
            if turn.get("request") == "permission_response" and turn["status"] == "ACCEPTED" and conversation.device:
                conversation.device.reminders.granted = True  # Alexa records the person's yes
            exchange = conversation.send(build_request(turn, conversation.locale, language_model))
        check_turn(content, turn, exchange, conversation.device)
        results.append(TurnResult(turn, exchange))
    return results


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
