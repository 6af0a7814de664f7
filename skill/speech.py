"""How a turn is spoken: the one place that writes the per-turn session keys.

``speak`` states every response's own triage level and pending offer, so nothing leaks from an
earlier turn; after a get-care-now answer, every later answer starts with a one-line reminder of it.
"""

from __future__ import annotations

from typing import NamedTuple

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from .apl import has_screen, render_directive, screen_data
from .request_content import content
from .request_log import note_triage
from .session_state import CARE_ADVISED, LAST, PENDING, TRIAGE, check_step, pending, session, set_or_clear
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
    # A get-care-now answer's screen banner (plain text): the action, and the ER or the number to call.
    banner: str | None = None
    banner_detail: str | None = None
    # The Alexa app's card asks for this permission (``skill.reminders.permission_card``) instead of a plain card.
    asks_permission: bool = False


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
    level = content(handler_input).levels[advised]
    reminder = level.reminder
    if not reminder or turn.speech.startswith(reminder):
        return turn
    # A screen keeps the level's banner up too, as the voice keeps saying its reminder.
    return turn._replace(speech=join(reminder, turn.speech), banner=turn.banner or level.banner,
                         banner_detail=turn.banner_detail if turn.banner else level.banner_detail)


def speak(handler_input: HandlerInput, turn: Turn) -> Response:
    turn = with_care_reminder(handler_input, turn)
    attrs = session(handler_input)
    attrs[LAST] = {"speech": turn.speech, "reprompt": turn.reprompt, "triage": turn.triage,
                   "card_title": turn.card_title, "card_text": turn.card_text,
                   "banner": turn.banner, "banner_detail": turn.banner_detail}
    set_or_clear(attrs, PENDING, turn.pending)
    set_or_clear(attrs, TRIAGE, turn.triage)
    note_triage(turn.triage)  # the request's log line counts the level this answer gives
    builder = handler_input.response_builder.speak(turn.speech)
    if turn.asks_permission:
        from .reminders import permission_card  # noqa: PLC0415 - only answers about reminders

        builder.set_card(permission_card())
    elif turn.card_title:
        builder.set_card(SimpleCard(title=turn.card_title, content=plain_text(turn.card_text or turn.speech)))
    if turn.end_session:
        builder.set_should_end_session(True)
    else:
        builder.ask(turn.reprompt or turn.speech)
    if has_screen(handler_input):
        builder.add_directive(screen_directive(handler_input, turn))
    return builder.response


def screen_directive(handler_input: HandlerInput, turn: Turn):
    """The answer on a screen: the words said, the banner of a get-care-now answer, and while the check
    awaits an answer (whatever this turn said: the question, help, a repeat) its Yes, No, Not sure."""
    layout, data = screen_data(content(handler_input), plain_text(turn.speech), triage=turn.triage,
                               banner=turn.banner, banner_detail=turn.banner_detail,
                               buttons=not turn.end_session and check_step(handler_input) is not None)
    return render_directive(layout, data)


def last_turn(handler_input: HandlerInput) -> Turn | None:
    last = session(handler_input).get(LAST)
    if not isinstance(last, dict) or not isinstance(last.get("speech"), str) or not last["speech"]:
        return None
    return Turn(speech=last["speech"], reprompt=last.get("reprompt") or "", triage=last.get("triage"),
                card_title=last.get("card_title"), card_text=last.get("card_text"),
                pending=pending(handler_input) or None, banner=_text(last.get("banner")),
                banner_detail=_text(last.get("banner_detail")))


def _text(value) -> str | None:
    """A string kept in the session, or None: session attributes come back from the client."""
    return value if isinstance(value, str) and value else None


