"""Turns built from content entries: shared by handlers so that each says things the same way."""

from __future__ import annotations

from ..content import CheckQuestion, Content, Entry, RedFlag
from ..speech import Turn, join


def topic_turn(content: Content, content_id: str) -> Turn:
    """A topic's first answer, offering its "more" part when it has one."""
    entry = content.entry(content_id)
    if entry.more:
        offer = content.entry("offer_more")
        return Turn(speech=join(entry.speech, offer.speech), reprompt=offer.reprompt,
                    card_title=entry.card_title, card_text=join(entry.speech, entry.more),
                    pending={"kind": "more", "content_id": content_id})
    return entry_turn(entry)


def entry_turn(entry: Entry, **overrides) -> Turn:
    return Turn(speech=entry.speech, reprompt=entry.reprompt, card_title=entry.card_title, **overrides)


def heat_or_ice_asking_onset_turn(content: Content) -> Turn:
    """Heat and ice in one breath, then the one question about when the pain started."""
    both, question = content.entry("heat_or_ice"), content.entry("onset_question")
    return Turn(speech=join(both.speech, question.speech), reprompt=question.reprompt, card_title=both.card_title)


def lasting_heat_turn(content: Content) -> Turn:
    """Heat, since it has been over 48 hours, then the see-a-doctor line for pain lasting several days."""
    heat, lasting, follow_up = content.entry("heat_or_ice_heat"), content.entry("lasting_days"), content.entry("anything_else")
    return Turn(speech=join(heat.speech, lasting.speech, follow_up.speech), reprompt=follow_up.reprompt,
                card_title=content.levels["see_doctor"].card_title, card_text=join(heat.speech, lasting.speech),
                triage="see_doctor")


def reminder_offer_turn(content: Content, content_id: str) -> Turn:
    """An answer inside the ice window, then the offer of a reminder when it is time for heat."""
    entry, offer = content.entry(content_id), content.entry("reminder_offer")
    return Turn(speech=join(entry.speech, offer.speech), reprompt=offer.reprompt, card_title=entry.card_title,
                card_text=join(entry.speech, entry.more), pending={"kind": "reminder", "reminder": "heat"})


def more_turn(content: Content, content_id: str) -> Turn:
    entry = content.entry(content_id)
    follow_up = content.entry("anything_else")
    return Turn(speech=join(entry.more, follow_up.speech), reprompt=follow_up.reprompt)


def red_flag_turn(content: Content, flag: RedFlag, detail: str | None = None) -> Turn:
    """Get-care-now guidance: the lead first (how to get care), then why, then any offer.

    ``detail`` replaces the flag's own reason (a check question that covers several signs). For signs
    that mean the person may not get to an ER by themselves, the level adds when to call 911 instead.
    """
    level = content.levels[flag.level]
    pending = {"kind": "topic", "content_id": level.offer} if level.offer else None
    immobile = level.immobile if flag.immobile else None
    # On a screen, the action the lead says: the flag's own banner (the crisis line) or its level's.
    banner, banner_detail = (flag.banner, flag.banner_detail) if flag.banner else (level.banner, level.banner_detail)
    return Turn(speech=join(flag.lead or level.lead, immobile, detail or flag.detail, level.tail, level.question),
                reprompt=flag.reprompt or level.reprompt, card_title=level.card_title, triage=flag.level, pending=pending,
                banner=banner, banner_detail=banner_detail)


def question_turn(content: Content, question: CheckQuestion, prefix_id: str | None = None) -> Turn:
    prefix = content.entry(prefix_id) if prefix_id else None
    reprompt = content.entry("check_finish_first").reprompt
    return Turn(speech=join(prefix.speech if prefix else None, question.speech),
                reprompt=join(question.speech, reprompt))
