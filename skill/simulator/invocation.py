"""How a spoken turn addresses the skill: "open X", "ask X to ...", or nothing (already in session).

The forms are the locale's data (``alexa/<locale>/language.json``, "invocation"): wake words, launch
verbs ("open X", "abre X"), one-shot verbs ("ask X ...", "pregúntale a X ..."), the connectors a
one-shot request drops after the name ("to", "about"; "que", "si"), the words that put the name last
("... using X", "... con X"), and whether the name may simply come first ("X, qué hago").
Words are compared without accents ("preguntale a" is "pregúntale a"), but for the connectors, where
an accent tells a question word ("qué") from a conjunction ("que").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .locales import LocaleResources, for_locale
from .text import fold, normalize


class Addressed(NamedTuple):
    kind: str  # "launch", "one_shot" or "in_session"
    utterance: str


def _any(phrases, folded: bool = True) -> str:
    return "|".join(re.escape(fold(phrase) if folded else phrase) for phrase in sorted(phrases, key=len, reverse=True))


def _any_in_order(phrases) -> str:
    """Alternatives in the order the data lists them (a regular expression tries the first first)."""
    return "|".join(re.escape(fold(phrase)) for phrase in phrases)


def parse_turn(turn: str, invocation_name: str, language: LocaleResources | None = None) -> Addressed:
    """Strips a leading "Alexa," and Alexa's launch and one-shot forms around the invocation name."""
    language = language or for_locale("en-US")
    forms = language.invocation
    text = normalize(turn, language.spoken_digits)
    text = text[len(re.match(rf"^(?:(?:{_any_in_order(forms['wake_words'])})\s+)?", fold(text)).group()):]
    folded = fold(text)
    name = re.escape(fold(normalize(invocation_name, language.spoken_digits)))
    launch_verbs = _any_in_order(forms["launch_verbs"])
    if re.match(rf"^(?:{launch_verbs})\s+{name}$", folded):
        return Addressed("launch", "")
    verbs = _any_in_order(forms["one_shot_verbs"] + forms["launch_verbs"])
    match = re.match(rf"^(?:{verbs})\s+{name}\s+(?P<rest>.+)$", folded)
    if match is None and forms.get("name_first"):
        match = re.match(rf"^{name}\s+(?P<rest>.+)$", folded)
    if match:
        start = match.start("rest")
        # Said as written: "que" joins ("pídele a X que ..."), "qué" asks ("pregúntale a X qué hago").
        connector = re.match(rf"^(?:{_any(forms['one_shot_connectors'], folded=False)})\s+", text[start:])
        if connector and connector.end() < len(folded) - start:
            start += connector.end()
        return Addressed("one_shot", text[start:])
    trailing = re.match(rf"^(?P<rest>.+?)\s+(?:{_any_in_order(forms['trailing_connectors'])})\s+{name}$", folded)
    if trailing:
        return Addressed("one_shot", text[:trailing.end("rest")])
    return Addressed("in_session", text)
