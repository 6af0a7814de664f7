"""The one skill object, shared by Lambda, the web service and the simulator."""

from __future__ import annotations

from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder

from .handlers import dialog, safety, topics
from .handlers.errors import SpokenErrorHandler

# Order matters: the first handler whose can_handle is true answers. A red flag beats everything;
# the check keeps its place before any topic can answer; the fallback takes what nothing else did.
REQUEST_HANDLERS = (
    safety.RedFlagHandler,
    dialog.UnsupportedLocaleHandler,
    dialog.LaunchHandler,
    dialog.SessionEndedHandler,
    dialog.StopHandler,
    dialog.RepeatHandler,
    dialog.HelpHandler,
    dialog.StartOverHandler,
    safety.CheckAnswerHandler,
    safety.CheckInterruptHandler,
    safety.EmergencyCheckHandler,
    topics.SymptomTopicHandler,
    topics.SymptomUnclearHandler,
    topics.HeatOrIceHandler,
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
    dialog.YesHandler,
    dialog.NoHandler,
    dialog.UnsureHandler,
    dialog.FallbackHandler,
)


def build_skill(skill_id: str | None = None) -> CustomSkill:
    """A new skill. With ``skill_id`` set, ask-sdk refuses requests for any other skill."""
    builder = SkillBuilder()
    builder.skill_id = skill_id
    for handler in REQUEST_HANDLERS:
        builder.add_request_handler(handler())
    builder.add_exception_handler(SpokenErrorHandler())
    return builder.create()
