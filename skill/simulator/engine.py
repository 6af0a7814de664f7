"""One simulated Alexa: text in, the request Alexa would send, the skill's response, and Alexa's view of it."""

from __future__ import annotations

from datetime import datetime, timezone

from . import builtins, envelopes
from .client import Conversation, Exchange
from ..conversation import plain_text as caption
from .invocation import parse_turn
from .model import InteractionModel, load_model
from .nlu import LanguageUnderstanding, Understanding


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
    def __init__(self, skill, locale: str = "en-US", model: InteractionModel | None = None,
                 skill_id: str = envelopes.SIMULATOR_SKILL_ID):
        self.model = model or load_model(locale)
        self.nlu = LanguageUnderstanding(self.model, skill_id)
        self.conversation = Conversation(skill, locale=locale, skill_id=skill_id)
        self.endpoint = getattr(skill, "endpoint", "in-process")

    @property
    def locale(self) -> str:
        return self.conversation.locale

    def say(self, text: str) -> Turn:
        if not text or not text.strip():
            raise SimulatorError("empty turn: say something, for example 'should I use heat or ice'")
        addressed = parse_turn(text, self.model.invocation_name)
        if addressed.kind in ("launch", "one_shot"):
            self.conversation.restart()
        if addressed.kind == "launch":
            return Turn(text, self.conversation.launch(), None, self.endpoint)
        if addressed.utterance in builtins.EXIT_PHRASES:
            request = envelopes.session_ended_request(self.locale)
            return Turn(text, self.conversation.send(request), None, self.endpoint)
        understanding = self.nlu.understand(addressed.utterance, today=datetime.now(timezone.utc).date())
        exchange = self.conversation.send(envelopes.intent_request(self.locale, understanding.intent,
                                                                   understanding.slots))
        return Turn(text, exchange, understanding, self.endpoint)

    @property
    def session_ended(self) -> bool:
        return self.conversation.ended
