"""Spoken content, read once at import.

Every sentence the skill can say lives in ``skill/content/<locale>.json`` so that a clinician can
review it without reading code. This module only turns those files into immutable objects.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, NamedTuple

from .red_flag_reader import Lexicon

# Package data, read by path rather than importlib.resources: every install (a wheel, the Lambda zip)
# unpacks to a folder, and importlib.resources would import zipfile, ~2.5 ms more of a ~70 ms cold start.
CONTENT_DIR = Path(__file__).parent / "content"
# Normalised lexicon phrases, written by `python -m skill.vocabulary` so a cold start need not redo them.
TOKEN_CACHE_DIR = CONTENT_DIR / "compiled"
DEFAULT_LOCALE = "en-US"
# Most serious first; the order decides which flag wins when one request carries several.
TRIAGE_LEVELS = ("emergency", "urgent", "see_doctor")


# Records are NamedTuples rather than dataclasses: immutable, and cheaper at a Lambda cold start.
class Entry(NamedTuple):
    id: str
    speech: str
    reprompt: str
    card_title: str | None
    more: str | None
    source: Mapping


class Level(NamedTuple):
    name: str
    lead: str
    reprompt: str
    card_title: str
    tail: str | None
    offer: str | None  # content id a following "yes" accepts
    question: str | None  # the spoken offer of that content
    reminder: str | None  # said first in every later answer of a session that reached this level
    immobile: str | None  # for signs that mean the person may not get to an ER by themselves


class RedFlag(NamedTuple):
    id: str
    level: str
    detail: str
    source: Mapping
    immobile: bool = False  # the person may not be able to get to an ER by themselves
    lead: str | None = None  # replaces the level's lead (the crisis line, poison control)
    in_check: bool = True  # asked about in the guided warning-sign check
    reprompt: str | None = None  # replaces the level's reprompt, with the same numbers as the lead

    @property
    def severity(self) -> int:
        """Lower is more serious."""
        return TRIAGE_LEVELS.index(self.level)


class CheckQuestion(NamedTuple):
    """One question of the guided check. A yes to any sign it covers gives the same answer: ``flag``'s
    level, with ``detail`` saying why."""

    id: str
    speech: str
    flag: str
    covers: tuple[str, ...]
    detail: str
    unsure_is_yes: bool
    source: Mapping


class Content(NamedTuple):
    locale: str
    entries: Mapping[str, Entry]
    levels: Mapping[str, Level]
    red_flags: Mapping[str, RedFlag]
    symptom_topics: Mapping[str, str]
    check_questions: tuple[CheckQuestion, ...]
    lexicon: Lexicon

    def entry(self, content_id: str) -> Entry:
        return self.entries[content_id]


def _token_cache(locale: str) -> dict | None:
    path = TOKEN_CACHE_DIR / f"{locale}.tokens.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # no cache, or a broken one: the lexicon is normalised at first use instead


def _freeze(mapping: dict) -> Mapping:
    return MappingProxyType(mapping)


def load_content(path: Path) -> Content:
    raw = json.loads(path.read_text(encoding="utf-8"))
    entries = {
        key: Entry(
            id=key,
            speech=value["speech"],
            reprompt=value.get("reprompt", ""),
            card_title=value.get("card_title"),
            more=value.get("more"),
            source=_freeze(value["source"]),
        )
        for key, value in raw["entries"].items()
    }
    levels = {
        name: Level(
            name=name,
            lead=value["lead"],
            reprompt=value["reprompt"],
            card_title=value["card_title"],
            tail=value.get("tail"),
            offer=value.get("offer"),
            question=value.get("question"),
            reminder=value.get("reminder"),
            immobile=value.get("immobile"),
        )
        for name, value in raw["levels"].items()
    }
    red_flags = {
        key: RedFlag(id=key, level=value["level"], detail=value["detail"], source=_freeze(value["source"]),
                     immobile=value.get("immobile", False), lead=value.get("lead"),
                     in_check=value.get("in_check", True), reprompt=value.get("reprompt"))
        for key, value in raw["red_flags"].items()
    }
    questions = tuple(
        CheckQuestion(
            id=q["id"],
            speech=q["speech"],
            flag=q["flag"],
            covers=tuple(q["covers"]),
            detail=q["detail"],
            unsure_is_yes=q["unsure_is_yes"],
            source=_freeze(q["source"]),
        )
        for q in raw["check_questions"]
    )
    return Content(
        locale=raw["locale"],
        entries=_freeze(entries),
        levels=_freeze(levels),
        red_flags=_freeze(red_flags),
        symptom_topics=_freeze(dict(raw["symptom_topics"])),
        check_questions=questions,
        lexicon=Lexicon(raw["lexicon"], _token_cache(path.stem)),
    )


CONTENT: Mapping[str, Content] = _freeze(
    {path.stem: load_content(path) for path in sorted(CONTENT_DIR.glob("*.json"))}
)


def content_for(locale: str | None) -> Content | None:
    """The content for a request's locale, or None when the skill does not speak it.

    A request without a locale is treated as the default; Alexa always sends one.
    """
    return CONTENT.get(locale or DEFAULT_LOCALE)
