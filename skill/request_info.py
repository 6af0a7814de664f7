"""Pure checks on the incoming request, used by the handlers' ``can_handle``, and a slot's words."""

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


def slot_of(request, name: str):
    """The request's slot ``name`` (an intent request's), or None."""
    return (getattr(getattr(request, "intent", None), "slots", None) or {}).get(name)


def slot_words(request, name: str) -> str | None:
    """The words (or Alexa's value) of the request's slot ``name``, stripped; None when it is empty or absent."""
    words = getattr(slot_of(request, name), "value", None)
    return words.strip() if isinstance(words, str) and words.strip() else None
