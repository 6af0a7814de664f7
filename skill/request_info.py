"""Pure checks on the incoming request, used by the handlers' ``can_handle``."""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest


def intent_name(handler_input: HandlerInput) -> str | None:
    request = handler_input.request_envelope.request
    if isinstance(request, IntentRequest) and request.intent is not None:
        return request.intent.name
    return None


def is_intent(handler_input: HandlerInput, *names: str) -> bool:
    return intent_name(handler_input) in names
