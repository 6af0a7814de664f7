"""How a turn is spoken: the one place that writes the per-turn session keys.

``speak`` states every response's own triage level and pending offer, so nothing leaks from an
earlier turn; after a get-care-now answer, every later answer starts with a one-line reminder of it.
"""

from __future__ import annotations

from typing import NamedTuple

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from .request_content import content
from .request_log import note_triage
from .session_state import CARE_ADVISED, LAST, PENDING, TRIAGE, pending, session, set_or_clear
from .ssml import plain_text

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
    set_or_clear(attrs, PENDING, turn.pending)
    set_or_clear(attrs, TRIAGE, turn.triage)
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


