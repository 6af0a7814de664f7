"""Red flags and the guided warning-sign check. Registered before every topic handler."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest, Response

from ..content import CheckQuestion, content_for
from ..conversation import Turn, check_step, content, set_check_step, speak
from ..request_info import is_intent
from ..triage import red_flag_in
from .turns import entry_turn, question_turn, red_flag_turn

ANSWER_INTENTS = ("AMAZON.YesIntent", "AMAZON.NoIntent", "UnsureIntent")
# Intents that keep their usual meaning during the check instead of being asked to wait.
CHECK_PASSTHROUGH = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent",
                     "AMAZON.HelpIntent", "AMAZON.RepeatIntent", "AMAZON.StartOverIntent")


class RedFlagHandler(AbstractRequestHandler):
    """Any intent whose symptom slot names a warning sign: get-care-now guidance wins."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        locale_content = content_for(request.locale)
        return locale_content is not None and red_flag_in(request, locale_content) is not None

    def handle(self, handler_input: HandlerInput) -> Response:
        flag = red_flag_in(handler_input.request_envelope.request, content(handler_input))
        set_check_step(handler_input, None)
        return speak(handler_input, red_flag_turn(content(handler_input), flag))


def start_check(handler_input: HandlerInput) -> Response:
    questions = content(handler_input).check_questions
    set_check_step(handler_input, 0)
    return speak(handler_input, question_turn(content(handler_input), questions[0], "check_intro"))


class EmergencyCheckHandler(AbstractRequestHandler):
    """"Is this an emergency?": walk the warning signs, most serious first."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "EmergencyCheckIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        return start_check(handler_input)


class CheckAnswerHandler(AbstractRequestHandler):
    """Yes, no or not sure to the current warning-sign question."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return check_step(handler_input) is not None and is_intent(handler_input, *ANSWER_INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        locale_content = content(handler_input)
        questions = locale_content.check_questions
        step, question = current_question(handler_input)
        answered_yes = is_intent(handler_input, "AMAZON.YesIntent") or (
            is_intent(handler_input, "UnsureIntent") and question.unsure_is_yes)
        if answered_yes:
            set_check_step(handler_input, None)
            return speak(handler_input, red_flag_turn(locale_content, locale_content.red_flags[question.flag]))
        if step + 1 < len(questions):
            set_check_step(handler_input, step + 1)
            return speak(handler_input, question_turn(locale_content, questions[step + 1], "check_next"))
        set_check_step(handler_input, None)
        return speak(handler_input, entry_turn(locale_content.entry("check_all_clear")))


class CheckInterruptHandler(AbstractRequestHandler):
    """Any other intent during the check: keep the place and ask the same question again."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return (check_step(handler_input) is not None
                and isinstance(handler_input.request_envelope.request, IntentRequest)
                and not is_intent(handler_input, *ANSWER_INTENTS, *CHECK_PASSTHROUGH))

    def handle(self, handler_input: HandlerInput) -> Response:
        return speak(handler_input, current_question_turn(handler_input, "check_finish_first"))


def current_question(handler_input: HandlerInput) -> tuple[int, CheckQuestion]:
    """The question awaiting an answer; a step outside the list (a tampered session) is clamped."""
    questions = content(handler_input).check_questions
    step = min(max(check_step(handler_input), 0), len(questions) - 1)
    return step, questions[step]


def current_question_turn(handler_input: HandlerInput, prefix_id: str) -> Turn:
    return question_turn(content(handler_input), current_question(handler_input)[1], prefix_id)
