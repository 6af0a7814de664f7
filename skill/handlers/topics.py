"""One handler per guide topic. Each answers from its content entry and offers the "more" part.

Which entry answers which intent is ``skill.intent_topics.TOPIC_OF_INTENT``, the one table of it.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from ..request_content import content
from ..session_state import CARE_ADVISED, ONSET_ASKED, onset_hours_now, remember_onset, session
from ..speech import REMINDED_LEVELS, speak
from ..device_zone import device_zone
from ..intent_topics import TIMED_HEAT_OR_ICE, TOPIC_OF_INTENT
from ..onset import lasting, onset_hours, use_ice
from ..request_info import is_intent
from ..triage import denies_signs, symptom_topic_in
from .turns import entry_turn, heat_or_ice_asking_onset_turn, lasting_heat_turn, reminder_offer_turn, topic_turn


class TopicHandler(AbstractRequestHandler):
    """Answers ``intent_name`` with its content entry from the intent-to-topic table."""

    intent_name: str

    @property
    def content_id(self) -> str:
        return TOPIC_OF_INTENT[self.intent_name]

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, self.intent_name)

    def handle(self, handler_input: HandlerInput) -> Response:
        return speak(handler_input, topic_turn(content(handler_input), self.content_id))


class DurationHandler(TopicHandler):
    intent_name = "DurationIntent"


class CausesHandler(TopicHandler):
    intent_name = "CausesIntent"


class DehydrationHandler(TopicHandler):
    intent_name = "DehydrationIntent"


class TreatmentHandler(TopicHandler):
    intent_name = "TreatmentIntent"


class MedicationHandler(TopicHandler):
    intent_name = "MedicationIntent"


class ExerciseHandler(TopicHandler):
    intent_name = "ExerciseIntent"


class PreventionHandler(TopicHandler):
    intent_name = "PreventionIntent"


class RecoveryHandler(TopicHandler):
    intent_name = "RecoveryIntent"


class MobilityHandler(TopicHandler):
    intent_name = "MobilityIntent"


class ERInfoHandler(TopicHandler):
    intent_name = "ERInfoIntent"


# The facility's address and phone are rendered into these entries when the content is loaded
# (``skill.content.render``): "I don't have ..." when the facility file leaves them null.
class ERLocationHandler(TopicHandler):
    intent_name = "ERLocationIntent"


class ERPhoneHandler(TopicHandler):
    intent_name = "ERPhoneIntent"


def onset_hours_on_device(handler_input: HandlerInput) -> float | None:
    """Hours since the onset the request gives, a date counted on the device's own calendar."""
    return onset_hours(handler_input.request_envelope.request, zone_lookup=lambda: device_zone(handler_input))


def timed_heat_or_ice(handler_input: HandlerInput, hours: float) -> Response:
    """Ice inside 48 hours, heat after; from several days on, also the see-a-doctor line."""
    remember_onset(handler_input, hours)
    locale_content = content(handler_input)
    if lasting(hours):
        return speak(handler_input, lasting_heat_turn(locale_content))
    ice, heat = TIMED_HEAT_OR_ICE
    if not use_ice(hours):
        return speak(handler_input, topic_turn(locale_content, heat))
    # Inside the ice window, a reminder for heat, unless get-care-now was said: safety first.
    if session(handler_input).get(CARE_ADVISED) in REMINDED_LEVELS:
        return speak(handler_input, topic_turn(locale_content, ice))
    return speak(handler_input, reminder_offer_turn(locale_content, ice))


class HeatOrIceHandler(AbstractRequestHandler):
    """Ice in the first 48 hours, heat after, from the onset said now or earlier in the session; asks once
    when the pain started if it was not said."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "HeatOrIceIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        hours = onset_hours_on_device(handler_input)
        if hours is None:  # said earlier in this session: the answer for now, counted from then
            hours = onset_hours_now(handler_input)
        if hours is not None:
            return timed_heat_or_ice(handler_input, hours)
        locale_content = content(handler_input)
        attrs = session(handler_input)
        if attrs.get(ONSET_ASKED):
            return speak(handler_input, topic_turn(locale_content, TOPIC_OF_INTENT["HeatOrIceIntent"]))
        attrs[ONSET_ASKED] = True
        return speak(handler_input, heat_or_ice_asking_onset_turn(locale_content))


class OnsetHandler(AbstractRequestHandler):
    """"It started two days ago": the heat-or-ice answer for that time."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "OnsetIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        hours = onset_hours_on_device(handler_input)
        if hours is not None:
            return timed_heat_or_ice(handler_input, hours)
        return speak(handler_input, entry_turn(content(handler_input).entry("onset_unclear")))


class SymptomTopicHandler(AbstractRequestHandler):
    """A recognised symptom that is not a warning sign (stiffness, a spasm): the matching topic."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return (is_intent(handler_input, "ReportSymptomIntent")
                and symptom_topic_in(handler_input.request_envelope.request, content(handler_input)) is not None)

    def handle(self, handler_input: HandlerInput) -> Response:
        locale_content = content(handler_input)
        topic = symptom_topic_in(handler_input.request_envelope.request, locale_content)
        return speak(handler_input, topic_turn(locale_content, topic))


class SymptomUnclearHandler(AbstractRequestHandler):
    """A symptom that is no warning sign the skill knows: err toward care and offer the warning-sign check.

    When the words only deny warning signs ("no fever, just the spasm"), say so and give the home care.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "ReportSymptomIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        locale_content = content(handler_input)
        denied = denies_signs(handler_input.request_envelope.request, locale_content)
        entry = locale_content.entry("signs_denied" if denied else "symptom_unclear")
        return speak(handler_input, entry_turn(entry, pending={"kind": "start_check"}))
