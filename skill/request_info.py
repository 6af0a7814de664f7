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


def slot_value(handler_input: HandlerInput, name: str) -> str | None:
    request = handler_input.request_envelope.request
    if not isinstance(request, IntentRequest) or request.intent is None:
        return None
    slot = (request.intent.slots or {}).get(name)
    value = slot.value if slot is not None else None
    return value.strip() if isinstance(value, str) and value.strip() else None
