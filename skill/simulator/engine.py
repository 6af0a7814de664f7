"""One simulated Alexa: text in, the request Alexa would send, the skill's response, and Alexa's view of it."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from . import envelopes
from .client import Conversation, Exchange, utc_now
from .device import DEFAULT_TIME_ZONE, VirtualDevice
from .reminders_api import SCOPE as REMINDERS_SCOPE
from ..ssml import plain_text as caption
from .invocation import parse_turn
from .locales import LocaleError, for_locale
from .model import InteractionModel, load_model
from .nlu import LanguageUnderstanding, Understanding
from .text import fold


class SimulatorError(Exception):
    """Bad input for the simulator: said in one line to the tester."""


ASK_FOR = ("Connections.SendRequest", "AskFor")


class Turn:
    """One user turn and everything Alexa knew about it. ``prompt`` is what Alexa itself says after the
    skill's answer (its permission question); ``reminders`` are those the device holds after the turn."""

    def __init__(self, text: str, exchange: Exchange, understanding: Understanding | None, endpoint: str,
                 prompt: str | None = None, reminders: list[dict] | None = None):
        self.text = text
        self.exchange = exchange
        self.understanding = understanding
        self.endpoint = endpoint
        self.prompt = prompt
        self.reminders = list(reminders or [])

    @property
    def intent(self) -> str | None:
        request = self.exchange.request["request"]
        return request.get("intent", {}).get("name")

    @property
    def speech(self) -> str:
        return caption(self.exchange.speech)

    def simulation_result(self) -> dict:
        """Shaped like Alexa's skill simulation API result for this turn."""
        considered = []
        if self.understanding is not None:
            request_intent = self.exchange.request["request"].get("intent") or {}
            considered.append({"name": request_intent.get("name"), "confirmationStatus": "NONE",
                               "slots": {name: _considered_slot(slot)
                                         for name, slot in (request_intent.get("slots") or {}).items()}})
            considered += [{"name": name, "confirmationStatus": "NONE", "slots": {}}
                           for name, _ in self.understanding.considered if name != considered[0]["name"]][:2]
        responses = [{"type": "Speech", "content": {"caption": said}} for said in (self.speech, self.prompt) if said]
        return {
            "alexaExecutionInfo": {"alexaResponses": responses, "consideredIntents": considered},
            "skillExecutionInfo": {"invocations": [{
                "invocationRequest": {"endpoint": self.endpoint, "body": self.exchange.request},
                "invocationResponse": {"body": self.exchange.response},
                "metrics": {"skillExecutionTimeInMilliseconds": round(self.exchange.milliseconds)},
            }]},
            "error": None,
            "reminders": self.reminders,  # not in Alexa's result: what the emulated Reminders API accepted
        }


def _considered_slot(slot: dict) -> dict:
    result = {"name": slot["name"], "value": slot.get("value")}
    if "resolutions" in slot:
        result["resolutions"] = slot["resolutions"]
    return result


class Simulator:
    """Alexa and one device: understands what is said on the device's day, in its time zone, and sends
    the skill requests that point at the device's loopback Settings API. ``close()`` stops that API."""

    def __init__(self, skill, locale: str = "en-US", model: InteractionModel | None = None,
                 skill_id: str = envelopes.SIMULATOR_SKILL_ID, time_zone: str = DEFAULT_TIME_ZONE,
                 clock: Callable[[], datetime] = utc_now):
        self.device = VirtualDevice(time_zone)
        self.model = model or load_model(locale)
        try:
            self.language = for_locale(self.model.locale)
        except LocaleError as error:
            raise SimulatorError(str(error)) from None
        self.exit_phrases = frozenset(fold(phrase) for phrase in self.language.exit_phrases)
        self.nlu = LanguageUnderstanding(self.model, skill_id, language=self.language)
        self.clock = clock
        # A model given whole (a fixture, --model) speaks its own locale's language, and requests say so.
        self.conversation = Conversation(skill, locale=self.model.locale, skill_id=skill_id, device=self.device,
                                         clock=clock)
        self.endpoint = getattr(skill, "endpoint", "in-process")
        # Alexa's permission question awaiting the person's answer: {"scope", "token"}; None otherwise.
        self.awaiting_permission: dict | None = None

    @property
    def reminders(self) -> list[dict]:
        """The reminders the device's emulated Reminders API accepted, in order."""
        return list(self.device.reminders.reminders)

    def grant(self, scope: str) -> None:
        """The person allowed ``scope`` (``--permissions reminders``, or "I approve" to Alexa's question)."""
        if scope == REMINDERS_SCOPE:
            self.device.reminders.granted = True

    def close(self) -> None:
        self.device.close()

    def __enter__(self) -> "Simulator":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @property
    def locale(self) -> str:
        return self.conversation.locale

    def say(self, text: str) -> Turn:
        if not text or not text.strip():
            raise SimulatorError(f"empty turn: say something, for example {self.language.data['example_request']!r}")
        addressed = parse_turn(text, self.model.invocation_name, self.language)
        if addressed.kind in ("launch", "one_shot"):
            self.conversation.restart()
            self.awaiting_permission = None
        now = self.clock()
        if addressed.kind == "launch":
            request = envelopes.launch_request(self.locale, now=now)
            return self._turn(text, request, None)
        if fold(addressed.utterance) in self.exit_phrases:
            self.awaiting_permission = None
            request = envelopes.session_ended_request(self.locale, now=now)
            return self._turn(text, request, None)
        if self.awaiting_permission is not None:
            return self._turn(text, self._permission_answer(addressed.utterance, now), None)
        # Dates are the device's: at 01:00 UTC it is still yesterday evening in Chicago. The local
        # time (a datetime is a date) also lets "two and a half days ago" count in hours.
        understanding = self.nlu.understand(addressed.utterance, today=self.device.local_time(now))
        request = envelopes.intent_request(self.locale, understanding.intent, understanding.slots, now=now)
        return self._turn(text, request, understanding)

    def _turn(self, text: str, request: dict, understanding: Understanding | None) -> Turn:
        exchange = self.conversation.send(request)
        prompt = self._permission_prompt(exchange)
        return Turn(text, exchange, understanding, self.endpoint, prompt, self.reminders)

    def _permission_prompt(self, exchange: Exchange) -> str | None:
        """Alexa's own question when the skill asks for a permission (Connections.SendRequest AskFor)."""
        directives = (exchange.response.get("response") or {}).get("directives") or []
        asked = next((d for d in directives if (d.get("type"), d.get("name")) == ASK_FOR), None)
        if asked is None:
            return None
        scopes = [s.get("permissionScope") for s in (asked.get("payload") or {}).get("permissionScopes") or []]
        prompts = self.language.data.get("permission_prompts", {})
        scope = next((scope for scope in scopes if scope in prompts), None)
        if scope is None:
            raise SimulatorError(f"the skill asked for a permission this simulator cannot ask: {scopes}")
        self.awaiting_permission = {"scope": scope, "token": asked.get("token") or ""}
        name = self.model.invocation_name
        name = name.title() if self.language.data.get("skill_name_case") == "title" else name[:1].upper() + name[1:]
        return prompts[scope].format(skill=name)

    def _permission_answer(self, said: str, now: datetime) -> dict:
        """The person's answer to Alexa's permission question, as the Connections.Response Alexa sends."""
        asked, self.awaiting_permission = self.awaiting_permission, None

        def plain(text: str) -> str:  # "I don't approve" and "i dont approve" are one answer
            return " ".join(fold(text).replace("'", "").split())

        def answers(key: str) -> set[str]:
            return {plain(phrase) for phrase in self.language.data.get(key, [])}

        words = plain(said)
        status = ("ACCEPTED" if words in answers("permission_accept") else
                  "DENIED" if words in answers("permission_deny") else "NOT_ANSWERED")
        if status == "ACCEPTED":
            self.grant(asked["scope"])
        return envelopes.permission_response(self.locale, asked["scope"], status, asked["token"], now=now)

    @property
    def session_ended(self) -> bool:
        return self.conversation.ended
