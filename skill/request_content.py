"""The content a request is answered from: its locale's, as spoken for this skill's facility.

Resolved once per request and kept in the request's attributes: a handler's ``can_handle`` and
``handle`` and every helper they call share one lookup.
"""

from __future__ import annotations

from typing import Mapping

from ask_sdk_core.handler_input import HandlerInput

from .content import CONTENT, Content, content_for

# Request attribute (not session): the content by locale this skill speaks, set by ``build_skill``, so a
# skill built for another facility speaks its own.
CONTENTS = "contents"
_RESOLVED = "content"  # request attribute: this request's own content, once looked up


def contents(handler_input: HandlerInput) -> Mapping[str, Content]:
    """The content by locale of the skill answering this request (the module's own outside a skill)."""
    return handler_input.attributes_manager.request_attributes.get(CONTENTS) or CONTENT


def content_for_request(handler_input: HandlerInput) -> Content | None:
    """The content for the request's locale, or None when the skill does not speak it."""
    attributes = handler_input.attributes_manager.request_attributes
    if _RESOLVED not in attributes:
        locale = getattr(handler_input.request_envelope.request, "locale", None)
        attributes[_RESOLVED] = content_for(locale, contents(handler_input))
    return attributes[_RESOLVED]


def content(handler_input: HandlerInput) -> Content:
    """The request's content; handlers run only for supported locales (see UnsupportedLocaleHandler)."""
    return content_for_request(handler_input)
