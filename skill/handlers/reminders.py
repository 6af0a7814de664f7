"""Reminders: "remind me to switch to heat", "remind me to drink water at 3 pm", and "yes" to the offer
after an ice answer.

Following through: the heat reminder needs the onset (from this request, earlier in the session, or
asked once); the device's clock comes from the Settings API. Without the reminders permission in the
request, Alexa asks for it by voice (``Connections.SendRequest`` AskFor) once per session; its answer
comes back as a ``Connections.Response``: accepted, the reminder is set; denied or not answered, the
skill says how to allow it in the Alexa app and sends the app's permission card. A reminder already set
in this session is not set again. A red flag in any of these requests is answered by the red-flag
handler first, so no reminder is ever set in a get-care-now answer.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from .. import reminders
from ..content import language_of
from ..device_zone import device_zone
from ..reminder_time import at_time, clock_time, heat_switch, spoken_when, water_at, water_day
from ..request_content import content
from ..request_info import is_intent, slot_of, slot_words
from ..session_state import (ONSET_ASKED, PENDING, REMINDER_PERMISSION_ASKED, REMINDER_WANTED, REMINDERS_SET, onset_moment, pending,
                             remember_onset, request_time, session)
from ..speech import Turn, speak
from ..ssml import escape
from ..triage import matched_ids
from ..facility import spoken_list
from .topics import onset_hours_on_device
from .turns import entry_turn

# ReminderType's value ids, as the kinds of reminder the content has alerts for.
KIND_OF_VALUE = {"HEAT": "heat", "WATER": "water"}


def kind_in(request) -> str | None:
    """"heat" or "water" from the reminder slot's resolved value; None when it names neither."""
    resolutions = getattr(slot_of(request, "reminder"), "resolutions", None)
    return next((KIND_OF_VALUE[i] for i in matched_ids(resolutions) if i in KIND_OF_VALUE), None)


def _wanted(value) -> dict | None:
    """A reminder kept in the session while permission or the onset is asked (it comes back from the
    client, so anything malformed means none)."""
    if isinstance(value, dict) and value.get("kind") in KIND_OF_VALUE.values():
        time = value.get("time")
        return {"kind": value["kind"], "time": time if isinstance(time, str) else None}
    return None


def _said(entry_speech: str, when: str) -> str:
    return entry_speech.replace("{when}", escape(when))


def _when_turn(handler_input: HandlerInput, content_id: str, when: str) -> Turn:
    entry = content(handler_input).entry(content_id)
    return Turn(speech=_said(entry.speech, when), reprompt=entry.reprompt, card_title=entry.card_title)


def _permission_turn(handler_input: HandlerInput) -> Turn:
    return entry_turn(content(handler_input).entry("reminder_permission"), asks_permission=True)


def _ask_permission(handler_input: HandlerInput, wanted: dict) -> Response:
    """Alexa's own voice prompt for the permission: the response carries no speech of the skill's."""
    attrs = session(handler_input)
    attrs[REMINDER_PERMISSION_ASKED] = True
    attrs[REMINDER_WANTED] = wanted
    attrs.pop(PENDING, None)  # the offer is answered; Alexa's question comes next
    return handler_input.response_builder.add_directive(reminders.ask_for_permission()).response


def follow_through(handler_input: HandlerInput, wanted: dict, permitted: bool = False) -> Response:
    """Sets the reminder ``wanted`` ({"kind": "heat" | "water", "time": AMAZON.TIME value or None}), or asks
    what it needs first: the onset, or the permission."""
    locale_content = content(handler_input)
    words = locale_content.reminders
    attrs = session(handler_input)
    now = request_time(handler_input)
    language = language_of(locale_content.locale)
    kind = wanted["kind"]
    if kind == "heat":
        hours = onset_hours_on_device(handler_input)  # an onset said in this very request wins
        if hours is not None:
            remember_onset(handler_input, hours)
        onset = onset_moment(handler_input)
        if onset is None and attrs.get(ONSET_ASKED):  # asked once in this session already: never loop
            attrs.pop(REMINDER_WANTED, None)
            return speak(handler_input, entry_turn(locale_content.entry("reminder_onset_unknown")))
        if onset is None:
            attrs[REMINDER_WANTED] = wanted
            attrs[ONSET_ASKED] = True
            return speak(handler_input, entry_turn(locale_content.entry("reminder_onset_question"),
                                                   pending={"kind": "reminder_onset"}))
        switch = heat_switch(onset, now, device_zone(handler_input))
        if switch is None:
            attrs.pop(REMINDER_WANTED, None)
            return speak(handler_input, entry_turn(locale_content.entry("reminder_heat_now")))
        schedules = [switch]
    else:
        named = clock_time(wanted.get("time"), words.times_of_day)
        zone = device_zone(handler_input)
        if zone is None:  # no clock to set a time of day by: the times, to set by hand
            times = [named] if named else words.water_times
            when = spoken_list(tuple(at_time(hour, minute, words.clock) for hour, minute in times), language)
            attrs.pop(REMINDER_WANTED, None)
            return speak(handler_input, _when_turn(handler_input, "reminder_failed_water", when))
        schedules = [water_at(*named, now, zone)] if named else water_day(words.water_times, now, zone)
    when = spoken_when(schedules, now, words.clock, language)
    keys = [f"{kind}@{schedule.at.isoformat()}" for schedule in schedules]
    done = attrs.get(REMINDERS_SET)
    done = [key for key in done if isinstance(key, str)] if isinstance(done, list) else []
    if all(key in done for key in keys):
        attrs.pop(REMINDER_WANTED, None)
        return speak(handler_input, _when_turn(handler_input, "reminder_already", when))
    if not (permitted or reminders.has_permission(handler_input)):
        if attrs.get(REMINDER_PERMISSION_ASKED):  # asked once already: never loop asking
            attrs.pop(REMINDER_WANTED, None)
            return speak(handler_input, _permission_turn(handler_input))
        return _ask_permission(handler_input, wanted)
    attrs.pop(REMINDER_WANTED, None)
    alert = words.alerts[kind]
    set_now = [key for key, schedule in zip(keys, schedules)
               if key in done or reminders.create(handler_input, schedule, alert, locale_content.locale, now)]
    attrs[REMINDERS_SET] = done + [key for key in set_now if key not in done]
    if len(set_now) < len(schedules):
        return speak(handler_input, _when_turn(handler_input, f"reminder_failed_{kind}", when))
    return speak(handler_input, _when_turn(handler_input, f"reminder_set_{kind}", when))


class SetReminderHandler(AbstractRequestHandler):
    """"Remind me to switch to heat", "remind my husband to drink water at 3 pm"; "remind me" alone asks which."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent(handler_input, "SetReminderIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        kind = kind_in(request)
        if kind is None:
            return speak(handler_input, entry_turn(content(handler_input).entry("reminder_which")))
        return follow_through(handler_input, {"kind": kind, "time": slot_words(request, "reminder_time")})


class ReminderOnsetHandler(AbstractRequestHandler):
    """The onset, said after the heat reminder asked for it: the reminder is set from it."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return (is_intent(handler_input, "OnsetIntent") and pending(handler_input).get("kind") == "reminder_onset"
                and _wanted(session(handler_input).get(REMINDER_WANTED)) is not None
                and onset_hours_on_device(handler_input) is not None)

    def handle(self, handler_input: HandlerInput) -> Response:
        return follow_through(handler_input, _wanted(session(handler_input).get(REMINDER_WANTED)))


class PermissionAnswerHandler(AbstractRequestHandler):
    """Alexa's answer to the AskFor: accepted sets the waiting reminder; denied or not answered says how
    to allow reminders in the Alexa app, with the app's permission card."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return reminders.permission_answer(handler_input) is not None

    def handle(self, handler_input: HandlerInput) -> Response:
        wanted = _wanted(session(handler_input).get(REMINDER_WANTED))
        if reminders.permission_answer(handler_input) == "ACCEPTED":
            if wanted is None:  # the session forgot which: ask, now that reminders are allowed
                return speak(handler_input, entry_turn(content(handler_input).entry("reminder_which")))
            return follow_through(handler_input, wanted, permitted=True)
        session(handler_input).pop(REMINDER_WANTED, None)
        return speak(handler_input, _permission_turn(handler_input))


def offer_accepted(handler_input: HandlerInput, offer: dict) -> Response:
    """"Yes" to "Want a reminder when it's time to switch to heat?"."""
    kind = offer.get("reminder") if offer.get("reminder") in KIND_OF_VALUE.values() else "heat"
    return follow_through(handler_input, {"kind": kind, "time": None})
