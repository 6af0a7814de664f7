"""Spoken content, read once at import.

Every sentence the skill can say lives in ``skill/content/<locale>.json`` so that a clinician can
review it without reading code. This module only turns those files into immutable objects.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, NamedTuple

from .facility import FIELDS as FACILITY_FIELDS
from .facility import Facility, load_configured_facility
from .red_flag_reader import Lexicon
from .region import FIELDS as REGION_FIELDS
from .region import Region, load_regions, region_for
from .ssml import escape

# Package data, read by path rather than importlib.resources: every install (a wheel, the Lambda zip)
# unpacks to a folder, and importlib.resources would import zipfile, ~2.5 ms more of a ~70 ms cold start.
CONTENT_DIR = Path(__file__).parent / "content"
# Normalised lexicon phrases, written by `python -m skill.vocabulary` so a cold start need not redo them.
TOKEN_CACHE_DIR = CONTENT_DIR / "compiled"
DEFAULT_LOCALE = "en-US"
# Most serious first; the order decides which flag wins when one request carries several.
TRIAGE_LEVELS = ("emergency", "urgent", "see_doctor")
# A locale's content file is named for the locale (en-US.json); other files there (facility.json) are data.
_LOCALE_FILE = re.compile(r"^[a-z]{2,3}-[A-Z]{2}$")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Placeholders filled when the answer is spoken, not at load: a reminder's time ("tomorrow at 2:40 PM").
ANSWER_FIELDS = ("when",)


class ContentError(ValueError):
    """A text that cannot be spoken for the facility: an unknown placeholder, or no alternative that fits."""


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
    # On a screen (APL), plain text: the action in large letters, and the ER's name, address and phone.
    banner: str | None = None
    banner_detail: str | None = None


class RedFlag(NamedTuple):
    id: str
    level: str
    detail: str
    source: Mapping
    immobile: bool = False  # the person may not be able to get to an ER by themselves
    lead: str | None = None  # replaces the level's lead (the crisis line, poison control)
    in_check: bool = True  # asked about in the guided warning-sign check
    reprompt: str | None = None  # replaces the level's reprompt, with the same numbers as the lead
    banner: str | None = None  # replaces the level's screen banner, as ``lead`` replaces its lead
    banner_detail: str | None = None

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


class ReminderWords(NamedTuple):
    """A locale's reminder data: what each reminder says when it goes off (``alerts``, by kind), when a
    vague time is (``times_of_day``: Alexa's MO, AF, EV, NI as "HH:MM"), the day's water times, and
    how a time is said (``clock``)."""

    alerts: Mapping[str, str]
    times_of_day: Mapping[str, str]
    water_times: tuple[tuple[int, int], ...]  # (hour, minute) on the device's clock
    clock: Mapping
    source: Mapping


class Content(NamedTuple):
    locale: str
    entries: Mapping[str, Entry]
    levels: Mapping[str, Level]
    red_flags: Mapping[str, RedFlag]
    symptom_topics: Mapping[str, str]
    check_questions: tuple[CheckQuestion, ...]
    lexicon: Lexicon
    facility: Facility
    region: Region
    # Words only a screen shows: the guided check's button labels ("yes", "no", "unsure").
    screen: Mapping[str, str] = MappingProxyType({})
    reminders: ReminderWords | None = None
    # Other locales' lexicons read over the same words: English inside Spanish ("el pain es ten out of ten").
    borrowed_lexicons: tuple[Lexicon, ...] = ()

    def entry(self, content_id: str) -> Entry:
        return self.entries[content_id]


def language_of(locale: str) -> str:
    """The language code of a locale: "es" for es-US."""
    return locale.partition("-")[0].lower()


def _token_cache(locale: str) -> dict | None:
    path = TOKEN_CACHE_DIR / f"{locale}.tokens.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # no cache, or a broken one: the lexicon is normalised at first use instead


def _freeze(mapping: dict) -> Mapping:
    return MappingProxyType(mapping)


def render(template: str | list | None, facility: Facility, where: str, ssml: bool = True,
           region: Region | None = None) -> str | None:
    """A content text with the facility's values in its ``{name}``, ``{address}``, ... placeholders, and
    the region's numbers in ``{emergency_number}``, ``{crisis_line}`` and ``{poison_control}``.

    A text may be a list of alternatives, most specific first: the first whose placeholders the facility
    all has is said ("The {name} is at {address}." before "I don't have the address ..."); a null
    alternative means nothing is said. Values are escaped for SSML, except in card titles (``ssml=False``);
    a number is read digit by digit (``say-as telephone``) in speech and written plainly on a card.
    """
    alternatives = template if isinstance(template, list) else [template]
    for alternative in alternatives:
        for field in PLACEHOLDER.findall(alternative or ""):
            if field in ANSWER_FIELDS:
                continue
            if field not in FACILITY_FIELDS and field not in REGION_FIELDS:
                raise ContentError(f"{where}: unknown placeholder {{{field}}} (the facility's fields: "
                                   f"{', '.join(FACILITY_FIELDS)}; the region's: {', '.join(REGION_FIELDS)})")
            if field in REGION_FIELDS and region is None:
                raise ContentError(f"{where}: {{{field}}} needs the locale's region")
    for alternative in alternatives:
        if alternative is None:
            return None
        fields = [field for field in PLACEHOLDER.findall(alternative)
                  if field not in REGION_FIELDS and field not in ANSWER_FIELDS]
        if all(facility.value(field) is not None for field in fields):
            return PLACEHOLDER.sub(lambda match: match[0] if match[1] in ANSWER_FIELDS
                                   else _value(facility, region, match[1], ssml), alternative)
    raise ContentError(f"{where}: every alternative needs a facility value that {facility.path} leaves null; "
                       "end the list with one that needs none")


def _value(facility: Facility, region: Region | None, field: str, ssml: bool) -> str:
    if field in REGION_FIELDS:
        number = region.value(field)
        return f'<say-as interpret-as="telephone">{escape(number)}</say-as>' if ssml else number
    value = facility.value(field)
    return escape(value) if ssml else value


def load_content(path: Path, facility: Facility, regions: Mapping[str, Region] | None = None) -> Content:
    """A locale's content file, spoken for ``facility`` in the locale's language and the locale's region
    (their values rendered into the texts once, here)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    region = region_for(raw["locale"], regions if regions is not None else REGIONS)
    # The facility's texts in the locale's language (es-US says "es"); a text without it stops the load.
    facility = facility.for_language(language_of(raw["locale"]))

    def text(value: dict, key: str, where: str, default=None, ssml: bool = True):
        return render(value[key], facility, f"{path.name}: {where}.{key}", ssml, region) if key in value else default

    entries = {
        key: Entry(
            id=key,
            speech=text(value, "speech", key),
            reprompt=text(value, "reprompt", key, ""),
            card_title=text(value, "card_title", key, ssml=False),
            more=text(value, "more", key),
            source=_freeze(value["source"]),
        )
        for key, value in raw["entries"].items()
    }
    levels = {
        name: Level(
            name=name,
            lead=text(value, "lead", name),
            reprompt=text(value, "reprompt", name),
            card_title=text(value, "card_title", name, ssml=False),
            tail=text(value, "tail", name),
            offer=value.get("offer"),
            question=text(value, "question", name),
            reminder=text(value, "reminder", name),
            immobile=text(value, "immobile", name),
            banner=text(value, "banner", name, ssml=False),
            banner_detail=text(value, "banner_detail", name, ssml=False),
        )
        for name, value in raw["levels"].items()
    }
    red_flags = {
        key: RedFlag(id=key, level=value["level"], detail=text(value, "detail", key), source=_freeze(value["source"]),
                     immobile=value.get("immobile", False), lead=text(value, "lead", key),
                     in_check=value.get("in_check", True), reprompt=text(value, "reprompt", key),
                     banner=text(value, "banner", key, ssml=False),
                     banner_detail=text(value, "banner_detail", key, ssml=False))
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
        facility=facility,
        region=region,
        screen=_freeze({key: value for key, value in raw.get("screen", {}).items() if key != "note"}),
        reminders=_reminder_words(raw["reminders"]) if "reminders" in raw else None,
    )


def _reminder_words(raw: dict) -> ReminderWords:
    return ReminderWords(alerts=_freeze(dict(raw["alerts"])), times_of_day=_freeze(dict(raw["times_of_day"])),
                         water_times=tuple((int(time[:2]), int(time[3:])) for time in raw["water_times"]), clock=_freeze(dict(raw["clock"])),
                         source=_freeze(dict(raw["source"])))


class _Contents(Mapping):
    """Every locale's content, each read and spoken for the facility the first time it is asked for: a cold
    start that answers in one language does not parse the other's file (some 6 ms of es-US for an English
    request on Lambda). The facility's texts in every locale's language are checked at once, as before."""

    def __init__(self, paths: dict[str, Path], facility: Facility):
        for path in paths.values():  # a facility without a locale's language still stops the load
            facility.for_language(language_of(path.stem))
        self._paths = paths
        self._facility = facility
        self._loaded: dict[str, Content] = {}
        self._lock = threading.RLock()  # the web service's threads may ask at once; a lexicon borrows another

    def __getitem__(self, locale: str) -> Content:
        content = self._loaded.get(locale)
        if content is None:
            if locale not in self._paths:
                raise KeyError(locale)
            with self._lock:
                content = self._loaded.get(locale) or self._load(locale)
        return content

    def _load(self, locale: str) -> Content:
        content = load_content(self._paths[locale], self._facility)
        # A lexicon may also read with another locale's ("also_read_with"): people mix their languages.
        content = content._replace(borrowed_lexicons=tuple(
            self[other].lexicon for other in content.lexicon.raw.get("also_read_with", []) if other in self._paths))
        self._loaded[locale] = content
        return content

    def __contains__(self, locale: object) -> bool:
        return locale in self._paths  # asking whether a locale is served reads nothing

    def __iter__(self):
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


def load_contents(facility: Facility) -> Mapping[str, Content]:
    """Every locale's content, spoken for ``facility``, each read when first asked for."""
    paths = sorted(path for path in CONTENT_DIR.glob("*.json") if _LOCALE_FILE.match(path.stem))
    return _Contents({path.stem: path for path in paths}, facility)


# Read once, at import: each country's numbers and the facility FACILITY_FILE names (else the default); the
# content spoken for them is read once per locale, when that locale is first asked for.
REGIONS: Mapping[str, Region] = _freeze(load_regions())
FACILITY: Facility = load_configured_facility()
CONTENT: Mapping[str, Content] = load_contents(FACILITY)


def _load_not_served() -> Mapping[str, str]:
    raw = json.loads((CONTENT_DIR / "not_served.json").read_text(encoding="utf-8"))
    return _freeze(dict(raw["answers"]))


# What a locale without content hears, by language: no health facts, and no number.
NOT_SERVED: Mapping[str, str] = _load_not_served()


def not_served_answer(locale: str | None) -> str:
    """The short answer for a locale the skill has no content for, in its language when we have it."""
    language = (locale or "").partition("-")[0].lower()
    return NOT_SERVED.get(language, NOT_SERVED["en"])


def content_for(locale: str | None, contents: Mapping[str, Content] = CONTENT) -> Content | None:
    """The content for a request's locale, or None when the skill does not speak it.

    A request without a locale is treated as the default; Alexa always sends one.
    """
    return contents.get(locale or DEFAULT_LOCALE)
