"""Turning Alexa's JSON into ask-sdk's models and back, without the work no answer needs.

ask-sdk's DefaultSerializer walks every node of a response, and builds a model object for every part of
a request, before any handler runs. Two parts cost more than they give:
- an APL document is data that is already JSON (``skill/content/apl/``): walking its ~75 nodes at every
  answer to a screen made the answer a third slower. It is a ``ReadyJson`` and passed through as it is;
- a screen device's viewport descriptions, which no handler reads, are left out of the envelope.
"""

from __future__ import annotations

import json

from ask_sdk_core.serialize import DefaultSerializer

REQUEST_ENVELOPE = "ask_sdk_model.RequestEnvelope"
# Parts of a request's context that no handler reads (the screen is known from supportedInterfaces).
UNREAD_CONTEXT = ("Viewport", "Viewports", "Extensions")


class ReadyJson(dict):
    """A dict of JSON values only (strings, numbers, booleans, None, lists and ReadyJson or plain dicts):
    serialised as it is. Shared between answers, so never changed once built."""


class Serializer(DefaultSerializer):
    def serialize(self, obj):
        if type(obj) is ReadyJson:
            return obj
        return super().serialize(obj)


def request_envelope(serializer: DefaultSerializer, event: dict):
    """ask-sdk's RequestEnvelope for a request as Alexa sends it (a dict, as Lambda hands it over)."""
    request_context = event.get("context") if isinstance(event, dict) else None
    if isinstance(request_context, dict) and any(part in request_context for part in UNREAD_CONTEXT):
        event = {**event, "context": {name: part for name, part in request_context.items()
                                      if name not in UNREAD_CONTEXT}}
    return serializer.deserialize(payload=json.dumps(event), obj_type=REQUEST_ENVELOPE)
