"""One simulated Alexa: text in, the request Alexa would send, the skill's response, and Alexa's view of it."""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from . import envelopes
from .client import Conversation, Exchange, utc_now
from .device import DEFAULT_TIME_ZONE, VirtualDevice
from ..ssml import plain_text as caption
from .invocation import parse_turn
from .locales import LocaleError, for_locale
from .model import InteractionModel, load_model
from .nlu import LanguageUnderstanding, Understanding
from .text import fold


class SimulatorError(Exception):
    """Bad input for the simulator: said in one line to the tester."""


class Turn:
    """One user turn and everything Alexa knew about it."""

    def __init__(self, text: str, exchange: Exchange, understanding: Understanding | None, endpoint: str):
        self.text = text
        self.exchange = exchange
        self.understanding = understanding
        self.endpoint = endpoint

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
        responses = [{"type": "Speech", "content": {"caption": self.speech}}] if self.speech else []
        return {
            "alexaExecutionInfo": {"alexaResponses": responses, "consideredIntents": considered},
            "skillExecutionInfo": {"invocations": [{
                "invocationRequest": {"endpoint": self.endpoint, "body": self.exchange.request},
                "invocationResponse": {"body": self.exchange.response},
                "metrics": {"skillExecutionTimeInMilliseconds": round(self.exchange.milliseconds)},
            }]},
            "error": None,
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
        now = self.clock()
        if addressed.kind == "launch":
            request = envelopes.launch_request(self.locale, now=now)
            return Turn(text, self.conversation.send(request), None, self.endpoint)
        if fold(addressed.utterance) in self.exit_phrases:
            request = envelopes.session_ended_request(self.locale, now=now)
            return Turn(text, self.conversation.send(request), None, self.endpoint)
        # Dates are the device's: at 01:00 UTC it is still yesterday evening in Chicago. The local
        # time (a datetime is a date) also lets "two and a half days ago" count in hours.
        understanding = self.nlu.understand(addressed.utterance, today=self.device.local_time(now))
        request = envelopes.intent_request(self.locale, understanding.intent, understanding.slots, now=now)
        return Turn(text, self.conversation.send(request), understanding, self.endpoint)

    @property
    def session_ended(self) -> bool:
        return self.conversation.ended
