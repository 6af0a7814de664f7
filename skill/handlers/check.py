"""The guided warning-sign check, all of it: starting it, reading each answer (a word or a sentence),
the next question or the get-care-now answer, the home-care plan after an all-"no" check, and
keeping the place when something else is said. Registered after the red-flag handler."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest, Response

from ..apl import is_user_event, touched_answer
from ..content import CheckQuestion
from ..onset import use_ice
from ..request_content import content
from ..request_info import is_intent
from ..session_state import check_step, onset_hours_now, set_check_step
from ..speech import Turn, speak
from ..triage import check_answer_in
from .turns import entry_turn, question_turn, red_flag_turn

# Intents that keep their usual meaning during the check instead of being asked to wait.
CHECK_PASSTHROUGH = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent",
                     "AMAZON.HelpIntent", "AMAZON.RepeatIntent", "AMAZON.StartOverIntent")


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


def check_answer(handler_input: HandlerInput) -> str | None:
    """"yes", "no" or "unsure" to the current question: Alexa's yes and no, or a sentence read for one.

    "He doesn't have a fever" is a no, "walking is hard" a yes, "I think so" a yes, "maybe" not sure.
    On a screen, a touch of the Yes, No or Not sure button (an APL UserEvent) is that answer.
    """
    if is_user_event(handler_input):
        return touched_answer(handler_input)
    if is_intent(handler_input, "AMAZON.YesIntent"):
        return "yes"
    if is_intent(handler_input, "AMAZON.NoIntent"):
        return "no"
    spoken = check_answer_in(handler_input.request_envelope.request, content(handler_input))
    if is_intent(handler_input, "UnsureIntent"):
        # A hedge that still leans one way is that way: "I don't think so" is a no, "a lo mejor sí" a yes.
        return spoken if spoken in ("yes", "no") else "unsure"
    return spoken


class CheckAnswerHandler(AbstractRequestHandler):
    """Yes, no or not sure to the current warning-sign question, said in a word or a sentence."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return (check_step(handler_input) is not None
                and (isinstance(handler_input.request_envelope.request, IntentRequest) or is_user_event(handler_input))
                and check_answer(handler_input) is not None)

    def handle(self, handler_input: HandlerInput) -> Response:
        locale_content = content(handler_input)
        questions = locale_content.check_questions
        step, question = current_question(handler_input)
        answer = check_answer(handler_input)
        if answer == "yes" or (answer == "unsure" and question.unsure_is_yes):
            set_check_step(handler_input, None)
            flag = locale_content.red_flags[question.flag]
            return speak(handler_input, red_flag_turn(locale_content, flag, question.detail))
        if step + 1 < len(questions):
            set_check_step(handler_input, step + 1)
            return speak(handler_input, question_turn(locale_content, questions[step + 1], "check_next"))
        set_check_step(handler_input, None)
        return speak(handler_input, entry_turn(locale_content.entry(all_clear_id(handler_input))))


def all_clear_id(handler_input: HandlerInput) -> str:
    """The home-care plan after an all-"no" check, following the 48-hour rule when the onset is known."""
    hours = onset_hours_now(handler_input)
    if hours is None:
        return "check_all_clear"
    return "check_all_clear_ice" if use_ice(hours) else "check_all_clear_heat"


class CheckInterruptHandler(AbstractRequestHandler):
    """Any other intent during the check: keep the place and ask the same question again."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return (check_step(handler_input) is not None
                and isinstance(handler_input.request_envelope.request, IntentRequest)
                and not is_intent(handler_input, *CHECK_PASSTHROUGH))

    def handle(self, handler_input: HandlerInput) -> Response:
        return speak(handler_input, current_question_turn(handler_input, "check_finish_first"))


class StrayTouchHandler(AbstractRequestHandler):
    """A screen touch (APL UserEvent) that is no answer to a waiting question: a button left on screen
    after the check ended, or arguments this skill never sends. During the check the same question is
    asked again; otherwise the skill says what it can do. Never silence, never an error."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_user_event(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        if check_step(handler_input) is not None:
            return speak(handler_input, current_question_turn(handler_input, "check_finish_first"))
        return speak(handler_input, entry_turn(content(handler_input).entry("fallback")))


def current_question(handler_input: HandlerInput) -> tuple[int, CheckQuestion]:
    """The question awaiting an answer; a step outside the list (a tampered session) is clamped."""
    questions = content(handler_input).check_questions
    step = min(max(check_step(handler_input), 0), len(questions) - 1)
    return step, questions[step]


def current_question_turn(handler_input: HandlerInput, prefix_id: str) -> Turn:
    return question_turn(content(handler_input), current_question(handler_input)[1], prefix_id)
