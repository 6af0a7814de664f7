"""Red flags in any request's words: get-care-now guidance, registered before every other handler."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from ..content import RedFlag
from ..request_content import content, content_for_request
from ..request_info import is_intent
from ..session_state import set_check_step
from ..speech import speak
from ..triage import red_flag_in
from .turns import red_flag_turn

# These answer an onset of several days with heat first and then the see-a-doctor line.
ONSET_ANSWERS = ("HeatOrIceIntent", "OnsetIntent")


class RedFlagHandler(AbstractRequestHandler):
    """Any request whose words name a warning sign: get-care-now guidance wins."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        locale_content = content_for_request(handler_input)
        return locale_content is not None and red_flag(handler_input, locale_content) is not None

    def handle(self, handler_input: HandlerInput) -> Response:
        flag = red_flag(handler_input, content(handler_input))
        set_check_step(handler_input, None)
        return speak(handler_input, red_flag_turn(content(handler_input), flag))


def red_flag(handler_input: HandlerInput, locale_content) -> RedFlag | None:
    request = handler_input.request_envelope.request
    return red_flag_in(request, locale_content, onset=not is_intent(handler_input, *ONSET_ANSWERS))
