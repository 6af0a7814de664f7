"""Launch, help, repeat, yes and no, stop, fallback: the conversation around the topics."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import IntentRequest, LaunchRequest, Response, SessionEndedRequest

from ..apl import is_user_event
from ..content import not_served_answer
from ..request_content import content, content_for_request
from ..session_state import check_step, pending, set_check_step
from ..speech import last_turn, speak
from ..request_info import is_intent
from ..ssml import escape
from .check import current_question_turn, start_check
from .reminders import offer_accepted
from .turns import entry_turn, more_turn, topic_turn


class UnsupportedLocaleHandler(AbstractRequestHandler):
    """Any request in a locale without content: say so in its language, and give the emergency line
    without a number (the number depends on the country)."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return content_for_request(handler_input) is None and not is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return unsupported_locale_response(handler_input)


def unsupported_locale_response(handler_input: HandlerInput) -> Response:
    answer = escape(not_served_answer(handler_input.request_envelope.request.locale))
    return handler_input.response_builder.speak(answer).set_should_end_session(True).response


class SessionlessEventHandler(AbstractRequestHandler):
    """A request outside any session (AudioPlayer, PlaybackController, System.ExceptionEncountered):
    this skill plays no audio and has nothing to say to one, and Alexa allows no speech in reply to
    most, so it gets an empty response rather than an error. A screen touch (APL UserEvent) is the user
    speaking to the skill, and is answered by the check's handlers even outside a session."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return handler_input.request_envelope.session is None and not isinstance(
            handler_input.request_envelope.request, (IntentRequest, LaunchRequest, SessionEndedRequest)) \
            and not is_user_event(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.response


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return speak(handler_input, entry_turn(content(handler_input).entry("launch")))


class SessionEndedHandler(AbstractRequestHandler):
    """The session closed (user silence, error or exit). Alexa accepts no speech here."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return (is_request_type("SessionEndedRequest")(handler_input)
                or is_request_type("System.ExceptionEncountered")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return handler_input.response_builder.response


class StopHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        set_check_step(handler_input, None)
        return speak(handler_input, entry_turn(content(handler_input).entry("goodbye"), end_session=True))


class RepeatHandler(AbstractRequestHandler):
    """Says the last answer again, with the same triage and the same pending offer."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "AMAZON.RepeatIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = last_turn(handler_input)
        if turn is None:
            turn = entry_turn(content(handler_input).entry("nothing_to_repeat"))
        return speak(handler_input, turn)


class HelpHandler(AbstractRequestHandler):
    """Help; during the warning-sign check, how to answer and the same question again."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "AMAZON.HelpIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        if check_step(handler_input) is not None:
            return speak(handler_input, current_question_turn(handler_input, "check_help"))
        return speak(handler_input, entry_turn(content(handler_input).entry("help")))


class StartOverHandler(AbstractRequestHandler):
    """Starts the check again from the first question, or otherwise goes back to the welcome."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "AMAZON.StartOverIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        if check_step(handler_input) is not None:
            return start_check(handler_input)
        return speak(handler_input, entry_turn(content(handler_input).entry("launch")))


class YesHandler(AbstractRequestHandler):
    """Accepts what the last answer offered: more on a topic, a topic, or the warning-sign check."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "AMAZON.YesIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        locale_content = content(handler_input)
        offer = pending(handler_input)
        kind, content_id = offer.get("kind"), offer.get("content_id")
        if kind == "start_check":
            return start_check(handler_input)
        if kind == "reminder":
            return offer_accepted(handler_input, offer)
        if kind == "more" and content_id in locale_content.entries:
            return speak(handler_input, more_turn(locale_content, content_id))
        if kind == "topic" and content_id in locale_content.entries:
            return speak(handler_input, topic_turn(locale_content, content_id))
        return speak(handler_input, entry_turn(locale_content.entry("nothing_offered")))


class NoHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "AMAZON.NoIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        return speak(handler_input, entry_turn(content(handler_input).entry("no_thanks")))


class UnsureHandler(AbstractRequestHandler):
    """"I don't know" outside the check: getting checked is the safe default; offer the check."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "UnsureIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        return speak(handler_input, entry_turn(content(handler_input).entry("unsure"),
                                               pending={"kind": "start_check"}))


class FallbackHandler(AbstractRequestHandler):
    """AMAZON.FallbackIntent, and any intent no earlier handler took (one this skill does not define).

    Registered last. The consistency test proves every intent in the model has its own handler,
    so only unknown intents reach this one; they get the same spoken "what I can do".
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return isinstance(handler_input.request_envelope.request, IntentRequest)

    def handle(self, handler_input: HandlerInput) -> Response:
        return speak(handler_input, entry_turn(content(handler_input).entry("fallback")))
