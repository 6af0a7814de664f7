"""What the skill remembers within one session: the only memory it has.

Session attributes come back from the client with every request, so each reader here treats a
missing or malformed value as "nothing remembered". Nothing about a user outlives the session.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ask_sdk_core.handler_input import HandlerInput

from .local_day import request_moment

LAST = "last"
PENDING = "pending"
TRIAGE = "triage"
CHECK = "check"
ONSET_ASKED = "onset_asked"
ONSET_AT = "onset_at"  # when the pain started (UTC, ISO 8601), if the user said; for the all-clear advice
CARE_ADVISED = "care_advised"  # the most serious get-care-now level said in this session
# Reminders: the one being set while permission or the onset is asked, whether permission was asked
# (never twice in a session), and those set in this session (never set twice).
REMINDER_WANTED = "reminder_wanted"
REMINDER_PERMISSION_ASKED = "reminder_permission_asked"
REMINDERS_SET = "reminders_set"


def session(handler_input: HandlerInput) -> dict:
    """The session's attributes; a request outside any session (an AudioPlayer or system event) has
    none, and gets a throwaway dict, so nothing said about it can outlive it."""
    if handler_input.request_envelope.session is None:
        return {}
    return handler_input.attributes_manager.session_attributes


def set_or_clear(attrs: dict, key: str, value) -> None:
    if value is None:
        attrs.pop(key, None)
    else:
        attrs[key] = value


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


def onset_moment(handler_input: HandlerInput) -> datetime | None:
    """When the pain started, as the user gave it earlier in this session (UTC), or None."""
    value = session(handler_input).get(ONSET_AT)
    try:
        started = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None  # session attributes come back from the client; a bad value means no onset
    return started if started is not None and started.tzinfo is not None else None


def onset_hours_now(handler_input: HandlerInput) -> float | None:
    """Hours since the onset the user gave earlier in this session, or None."""
    started = onset_moment(handler_input)
    if started is None:
        return None
    return max((request_time(handler_input) - started).total_seconds() / 3600, 0.0)


def check_step(handler_input: HandlerInput) -> int | None:
    """The index of the warning-sign question awaiting an answer, or None outside the check."""
    check = session(handler_input).get(CHECK)
    step = check.get("step") if isinstance(check, dict) else None
    # Session attributes come back from the client; anything but a whole number means no check.
    return step if isinstance(step, int) and not isinstance(step, bool) else None


def set_check_step(handler_input: HandlerInput, step: int | None) -> None:
    set_or_clear(session(handler_input), CHECK, None if step is None else {"step": step})
