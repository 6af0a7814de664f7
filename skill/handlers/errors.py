"""The last line of defence: no error escapes as silence or a stack trace."""

from __future__ import annotations

import logging
import traceback

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from ..request_content import content_for_request
from ..speech import Turn, speak
from ..request_log import note_error
from .dialog import unsupported_locale_response

logger = logging.getLogger(__name__)


class SpokenErrorHandler(AbstractExceptionHandler):
    """Apologises and repeats the 911 line. Logs the request type, the error's type and where it was
    raised, never its message: a message can quote a value, and values are what the user said."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        request = handler_input.request_envelope.request
        note_error(exception)
        logger.error("unhandled %s in %s request\n%s", type(exception).__name__,
                     getattr(request, "object_type", "unknown"),
                     "".join(traceback.format_tb(exception.__traceback__)).rstrip())
        locale_content = content_for_request(handler_input)
        if locale_content is None:
            return unsupported_locale_response(handler_input)
        entry = locale_content.entry("error")
        return speak(handler_input, Turn(speech=entry.speech, reprompt=entry.reprompt))
