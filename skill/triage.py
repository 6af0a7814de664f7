"""Red-flag triage: from slot values to the most serious flag present.

Pure functions over an ask-sdk request and the loaded content; no state.
"""

from __future__ import annotations

from ask_sdk_model import IntentRequest, Slot
from ask_sdk_model.slu.entityresolution import StatusCode

from .content import Content, RedFlag

SYMPTOM_SLOT = "symptom"


def resolved_ids(slot: Slot | None) -> list[str]:
    """Every value id entity resolution matched for a custom slot, in Alexa's order."""
    if slot is None or slot.resolutions is None:
        return []
    ids: list[str] = []
    for authority in slot.resolutions.resolutions_per_authority or []:
        if authority.status is None or authority.status.code != StatusCode.ER_SUCCESS_MATCH:
            continue
        ids.extend(v.value.id for v in authority.values or [] if v.value is not None and v.value.id)
    return ids


def symptom_slot(request) -> Slot | None:
    if not isinstance(request, IntentRequest) or request.intent is None:
        return None
    return (request.intent.slots or {}).get(SYMPTOM_SLOT)


def red_flag_in(request, content: Content) -> RedFlag | None:
    """The most serious red flag named by the request's symptom slot, if any.

    Several ids can match one spoken value; the most serious one wins, so an ambiguous
    phrase is never triaged below what it might mean.
    """
    flags = [content.red_flags[i] for i in resolved_ids(symptom_slot(request)) if i in content.red_flags]
    return min(flags, key=lambda flag: flag.severity, default=None)


def symptom_topic_in(request, content: Content) -> str | None:
    """The content id for a recognised, non-urgent symptom (for example stiffness)."""
    for value_id in resolved_ids(symptom_slot(request)):
        if value_id in content.symptom_topics:
            return content.symptom_topics[value_id]
    return None
