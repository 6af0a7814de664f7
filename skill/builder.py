"""The one skill object, shared by Lambda, the web service and the simulator."""

from __future__ import annotations

from typing import Mapping

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.exceptions import AskSdkException
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import Context, RequestEnvelope
from ask_sdk_model.interfaces.system import SystemState

from .api_client import UrllibApiClient
from .content import CONTENT, Content, load_contents
from .request_content import CONTENTS
from .serialization import Serializer
from .facility import Facility
from .handlers import check, dialog, reminders, safety, topics
from .handlers.errors import SpokenErrorHandler

# Order matters: the first handler whose can_handle is true answers. A red flag beats everything;
# the check keeps its place before any topic can answer; the fallback takes what nothing else did.
REQUEST_HANDLERS = (
    safety.RedFlagHandler,
    dialog.UnsupportedLocaleHandler,
    reminders.PermissionAnswerHandler,
    dialog.SessionlessEventHandler,
    dialog.LaunchHandler,
    dialog.SessionEndedHandler,
    dialog.StopHandler,
    dialog.RepeatHandler,
    dialog.HelpHandler,
    dialog.StartOverHandler,
    check.CheckAnswerHandler,
    check.CheckInterruptHandler,
    check.EmergencyCheckHandler,
    check.StrayTouchHandler,
    topics.SymptomTopicHandler,
    topics.SymptomUnclearHandler,
    topics.HeatOrIceHandler,
    reminders.ReminderOnsetHandler,
    topics.OnsetHandler,
    topics.DurationHandler,
    topics.CausesHandler,
    topics.DehydrationHandler,
    topics.TreatmentHandler,
    topics.MedicationHandler,
    topics.ExerciseHandler,
    topics.PreventionHandler,
    topics.RecoveryHandler,
    topics.MobilityHandler,
    topics.ERInfoHandler,
    topics.ERLocationHandler,
    topics.ERPhoneHandler,
    reminders.SetReminderHandler,
    dialog.YesHandler,
    dialog.NoHandler,
    dialog.UnsureHandler,
    dialog.FallbackHandler,
)


class SkillIdMismatch(AskSdkException):
    """A request for another skill. Its own type, so hosts choose their answer by type, not by text."""


class Skill(CustomSkill):
    """ask-sdk's skill, answering envelopes without ``context.System`` too.

    With an API client, ask-sdk reads ``context.System`` before any handler runs. Alexa always sends
    it, but the web service also answers older envelopes that carry only a session; they get an empty
    System, so they are answered as before, without Alexa's APIs.
    """

    def invoke(self, request_envelope, context):
        if self.skill_id is not None and _application_id(request_envelope) != self.skill_id:
            # ask-sdk checks this too, with a bare AskSdkException (and an AttributeError when the
            # envelope names no application); the same words, in a type of its own.
            raise SkillIdMismatch("Skill ID Verification failed: the request is for another skill")
        if request_envelope.context is None or request_envelope.context.system is None:
            request_envelope = RequestEnvelope(version=request_envelope.version, session=request_envelope.session,
                                               context=Context(system=SystemState()), request=request_envelope.request)
        return super().invoke(request_envelope=request_envelope, context=context)


class ContentInterceptor(AbstractRequestInterceptor):
    """Gives every request the content this skill speaks (``skill.request_content.content``), before any
    handler's ``can_handle`` runs."""

    def __init__(self, contents: Mapping[str, Content]):
        self.contents = contents

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes[CONTENTS] = self.contents


def _application_id(request_envelope) -> str | None:
    """context.System.application's id, where ask-sdk reads it."""
    system = getattr(getattr(request_envelope, "context", None), "system", None)
    return getattr(getattr(system, "application", None), "application_id", None)


def build_skill(skill_id: str | None = None, facility: Facility | None = None) -> CustomSkill:
    """A new skill. With ``skill_id`` set, ask-sdk refuses requests for any other skill.

    It names the ER in ``facility`` (``skill.facility.load_facility``); by default the one
    ``FACILITY_FILE`` configured when ``skill.content`` was first imported. Its API client reaches the
    Alexa Settings API for the device's time zone (``skill.device_zone``).
    """
    builder = CustomSkillBuilder(api_client=UrllibApiClient())
    builder.skill_id = skill_id
    builder.add_global_request_interceptor(
        ContentInterceptor(CONTENT if facility is None else load_contents(facility)))
    for handler in REQUEST_HANDLERS:
        builder.add_request_handler(handler())
    builder.add_exception_handler(SpokenErrorHandler())
    skill = Skill(skill_configuration=builder.skill_configuration)
    skill.serializer = Serializer()  # passes the screens' documents through as the JSON they are
    return skill
