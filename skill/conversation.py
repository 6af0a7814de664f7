"""What the skill remembers within one session, and how a turn is spoken.

Session attributes are the only memory: nothing about a user outlives the session.
``speak`` is the one place that writes the per-turn keys, so every response states its own
triage level and pending offer and nothing leaks from an earlier turn.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Mapping, NamedTuple

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from .content import CONTENT, Content, content_for
from .local_day import request_moment
from .ssml import plain_text
from .request_log import note_triage

LAST = "last"
PENDING = "pending"
TRIAGE = "triage"
CHECK = "check"
ONSET_ASKED = "onset_asked"
ONSET_AT = "onset_at"  # when the pain started (UTC, ISO 8601), if the user said; for the all-clear advice
CARE_ADVISED = "care_advised"  # the most serious get-care-now level said in this session
# Request attribute (not session): the content by locale this skill speaks, set by ``build_skill``, so a
# skill built for another facility speaks its own.
CONTENTS = "contents"
# Levels whose advice every later answer repeats in one line, so it is not lost in a conversation.
REMINDED_LEVELS = ("emergency", "urgent")


class Turn(NamedTuple):
    """One spoken answer. ``pending`` is what a following "yes" accepts."""

    speech: str
    reprompt: str = ""
    card_title: str | None = None
    card_text: str | None = None
    end_session: bool = False
    triage: str | None = None
    pending: dict | None = None


def join(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def contents(handler_input: HandlerInput) -> Mapping[str, Content]:
    """The content by locale of the skill answering this request (the module's own outside a skill)."""
    return handler_input.attributes_manager.request_attributes.get(CONTENTS) or CONTENT


def content_for_request(handler_input: HandlerInput, locale: str | None = None) -> Content | None:
    """The content for the request's locale (or ``locale``), or None when the skill does not speak it."""
    request = handler_input.request_envelope.request
    return content_for(locale or getattr(request, "locale", None), contents(handler_input))


def content(handler_input: HandlerInput) -> Content:
    """The request's content; handlers run only for supported locales (see UnsupportedLocaleHandler)."""
    return content_for_request(handler_input)


def session(handler_input: HandlerInput) -> dict:
    """The session's attributes; a request outside any session (an AudioPlayer or system event) has
    none, and gets a throwaway dict, so nothing said about it can outlive it."""
    if handler_input.request_envelope.session is None:
        return {}
    return handler_input.attributes_manager.session_attributes


def _set(attrs: dict, key: str, value) -> None:
    if value is None:
        attrs.pop(key, None)
    else:
        attrs[key] = value


def with_care_reminder(handler_input: HandlerInput, turn: Turn) -> Turn:
    """After a get-care-now answer, every later answer starts with a one-line reminder of it."""
    attrs = session(handler_input)
    advised = attrs.get(CARE_ADVISED)
    if turn.triage in REMINDED_LEVELS:
        if advised not in REMINDED_LEVELS or REMINDED_LEVELS.index(turn.triage) < REMINDED_LEVELS.index(advised):
            attrs[CARE_ADVISED] = turn.triage
        return turn
    if advised not in REMINDED_LEVELS:
        return turn
    reminder = content(handler_input).levels[advised].reminder
    if not reminder or turn.speech.startswith(reminder):
        return turn
    return turn._replace(speech=join(reminder, turn.speech))


def speak(handler_input: HandlerInput, turn: Turn) -> Response:
    turn = with_care_reminder(handler_input, turn)
    attrs = session(handler_input)
    attrs[LAST] = {"speech": turn.speech, "reprompt": turn.reprompt, "triage": turn.triage,
                   "card_title": turn.card_title, "card_text": turn.card_text}
    _set(attrs, PENDING, turn.pending)
    _set(attrs, TRIAGE, turn.triage)
    note_triage(turn.triage)  # the request's log line counts the level this answer gives
    builder = handler_input.response_builder.speak(turn.speech)
    if turn.card_title:
        builder.set_card(SimpleCard(title=turn.card_title, content=plain_text(turn.card_text or turn.speech)))
    if turn.end_session:
        builder.set_should_end_session(True)
    else:
        builder.ask(turn.reprompt or turn.speech)
    return builder.response


def last_turn(handler_input: HandlerInput) -> Turn | None:
    last = session(handler_input).get(LAST)
    if not isinstance(last, dict) or not isinstance(last.get("speech"), str) or not last["speech"]:
        return None
    return Turn(speech=last["speech"], reprompt=last.get("reprompt") or "", triage=last.get("triage"),
                card_title=last.get("card_title"), card_text=last.get("card_text"),
                pending=pending(handler_input) or None)


def pending(handler_input: HandlerInput) -> dict:
    """What a following "yes" accepts: {"kind": ..., "content_id": ...}, or {} for nothing."""
    value = session(handler_input).get(PENDING)
    return value if isinstance(value, dict) else {}


def request_time(handler_input: HandlerInput) -> datetime:
    """The request's own timestamp (UTC), not the server clock, so replayed requests answer the same way."""
    return request_moment(handler_input.request_envelope.request)


def remember_onset(handler_input: HandlerInput, hours: float) -> None:
    """Keeps when the pain started, for this session only, so later advice can follow the 48-hour rule."""
    started = request_time(handler_input) - timedelta(hours=hours)
    session(handler_input)[ONSET_AT] = started.isoformat()


def onset_hours_now(handler_input: HandlerInput) -> float | None:
    """Hours since the onset the user gave earlier in this session, or None."""
    value = session(handler_input).get(ONSET_AT)
    try:
        started = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None  # session attributes come back from the client; a bad value means no onset
    if started is None or started.tzinfo is None:
        return None
    return max((request_time(handler_input) - started).total_seconds() / 3600, 0.0)


def check_step(handler_input: HandlerInput) -> int | None:
    """The index of the warning-sign question awaiting an answer, or None outside the check."""
    check = session(handler_input).get(CHECK)
    step = check.get("step") if isinstance(check, dict) else None
    # Session attributes come back from the client; anything but a whole number means no check.
    return step if isinstance(step, int) and not isinstance(step, bool) else None


def set_check_step(handler_input: HandlerInput, step: int | None) -> None:
    _set(session(handler_input), CHECK, None if step is None else {"step": step})
