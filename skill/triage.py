"""Red-flag triage: from everything a request says to the most serious warning sign present.

Pure functions over an ask-sdk request and the loaded content; no state. Two readings, and a sign
found by either counts: the value ids entity resolution matched (exact, so only listed words), and
the red-flag reader over the raw words of every slot value (any words, with negation).
"""

from __future__ import annotations

import re
from typing import Iterator

from ask_sdk_model import IntentRequest, Slot
from ask_sdk_model.slu.entityresolution import Resolutions, StatusCode

from .content import Content, RedFlag
from .red_flag_reader import Finding
from .onset import lasting, onset_hours

# Pain that has lasted several days, said as a time ("it started two weeks ago"), is this sign.
LASTING_FLAG = "PERSISTENT_PAIN"


def _slot_values(slot: Slot) -> Iterator[tuple[str | None, Resolutions | None]]:
    """(raw words, resolutions) for a slot's value and, for a multiple-value slot, each of its values."""
    if slot.value is not None or slot.resolutions is not None:
        yield slot.value, slot.resolutions
    stack = [slot.slot_value] if slot.slot_value is not None else []
    while stack:
        value = stack.pop()
        if getattr(value, "values", None):  # a ListSlotValue
            stack.extend(reversed(value.values))
        elif value is not None:
            yield getattr(value, "value", None), getattr(value, "resolutions", None)


def _slots(request) -> list[Slot]:
    if not isinstance(request, IntentRequest) or request.intent is None:
        return []
    return [slot for slot in (request.intent.slots or {}).values() if isinstance(slot, Slot)]


def matched_ids(resolutions: Resolutions | None) -> list[str]:
    """The value ids entity resolution matched in one slot value's resolutions (exact matches only)."""
    ids: list[str] = []
    for authority in (resolutions.resolutions_per_authority if resolutions else None) or []:
        if authority.status is None or authority.status.code != StatusCode.ER_SUCCESS_MATCH:
            continue
        ids.extend(v.value.id for v in authority.values or [] if v.value is not None and v.value.id)
    return ids


def resolved_ids(request) -> list[str]:
    """Every value id entity resolution matched, over every slot and value, in Alexa's order."""
    return [value_id for slot in _slots(request) for _, resolutions in _slot_values(slot)
            for value_id in matched_ids(resolutions)]


# Built-in slot values Alexa has already turned into codes (P2D, 2026-11-28, 2026-W47, PRESENT_REF).
_CODED = re.compile(r"^(P[0-9YMWDTHS.]+|\d{4}(-[0-9W]{2,3}(-[0-9WE]{1,2})?)?|[A-Z_]+)$")


def spoken_words(request) -> list[str]:
    """The raw words of every slot value the request carries; coded built-in values are not words."""
    return [words for slot in _slots(request) for words, _ in _slot_values(slot)
            if isinstance(words, str) and words.strip() and not _CODED.match(words.strip())]


def red_flags_in(request, content: Content, onset: bool = True) -> list[RedFlag]:
    """Every warning sign the request names and does not deny, most serious first.

    With ``onset``, an onset of several days back counts as pain that lasts (the heat-or-ice answers
    say it their own way, after the advice, so they leave it out). This runs in ``can_handle``, so it
    never calls the Settings API: a date counts without the device's time zone, the conservative way
    (``onset.hours_since_date``), which moves a day's count by at most one.

    Ties keep the content file's order, where the more specific sign comes first (a fall on blood
    thinners before any fall), so the answer says the most fitting reason.
    """
    words = spoken_words(request)
    own = [f for text in words for f in content.lexicon.findings(text)]
    borrowed = _borrowed_findings(words, content)
    # Another language's lexicon adds signs, but cannot read this language's denials: a sign the locale's
    # own reader denies ("nunca he tenido cáncer") stays denied.
    denied = {f.flag for f in own + borrowed if f.negated}
    affirmed = [f.flag for f in own if not f.negated] + [f.flag for f in borrowed
                                                          if not f.negated and f.flag not in denied]
    # A resolved id stands unless the words themselves deny that very sign ("not short of breath"
    # resolved loosely to shortness of breath): a plain no never raises a red flag.
    found = [i for i in resolved_ids(request) if i in content.red_flags and (i not in denied or i in affirmed)]
    found += affirmed
    hours = onset_hours(request) if onset else None
    if hours is not None and lasting(hours) and LASTING_FLAG in content.red_flags:
        found.append(LASTING_FLAG)
    order = list(content.red_flags)
    flags = [content.red_flags[i] for i in dict.fromkeys(found)]
    return sorted(flags, key=lambda flag: (flag.severity, order.index(flag.id)))


def red_flag_in(request, content: Content, onset: bool = True) -> RedFlag | None:
    """The most serious warning sign present, if any."""
    flags = red_flags_in(request, content, onset)
    return flags[0] if flags else None


def _borrowed_findings(words: list[str], content: Content) -> list[Finding]:
    """What other locales' lexicons (English inside Spanish) read in the words, where a word of the finding
    is foreign to this locale's: "cáncer" or "náuseas" in a Spanish sentence are the Spanish reader's to
    read, with its own exceptions ("me da miedo que sea cáncer")."""
    return [f for lexicon in content.borrowed_lexicons for text in words for f in lexicon.findings(text)
            if any(not content.lexicon.knows_word(token) for token in lexicon.span_tokens(text, f))]


def denies_signs(request, content: Content) -> bool:
    """True when the words deny a warning sign ("no fever, just the spasm")."""
    words = spoken_words(request)
    return any(f.negated for text in words for f in content.lexicon.findings(text)) or \
        any(f.negated for f in _borrowed_findings(words, content))


def check_answer_in(request, content: Content) -> str | None:
    """A spoken sentence as a reply to a check question: "yes", "no", "unsure", or None."""
    answers = [content.lexicon.answer(words) for words in spoken_words(request)]
    for kind in ("yes", "unsure", "no"):  # the most careful reading wins
        if kind in answers:
            return kind
    return None


def symptom_topic_in(request, content: Content) -> str | None:
    """The content id for a recognised, non-urgent symptom (for example stiffness)."""
    for value_id in resolved_ids(request):
        if value_id in content.symptom_topics:
            return content.symptom_topics[value_id]
    return None
