"""The ER the skill names: its name, address, phone, hours and services, from one data file.

The guide gives the ER's name, its hours (24/7) and its services, but no address and no phone, so
the repository's ``skill/content/facility.json`` holds only those and leaves the rest null. The
deploying clinic sets its own in a file of the same shape, named by the environment variable
``FACILITY_FILE`` (read once, when the skill's content is loaded); an unset or empty variable means
the default. A bad file stops the skill at start with one clear line naming the file and the field.

The spoken texts (``name``, ``hours``, ``directions``, and each of the ``services``) are either one plain
string, said in every language, or an object keyed by language code (``{"en": "...", "es": "..."}``), of
which each locale says its own language's text (es-US says ``"es"``); ``services`` may also be one such
object of lists. A locale whose language a text lacks stops the skill at start, naming the field.

Standard library only: the Lambda zip imports this at every cold start.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, NamedTuple

DEFAULT_FACILITY_FILE = Path(__file__).parent / "content" / "facility.json"
ENV_VAR = "FACILITY_FILE"

REQUIRED = ("name", "hours", "services")
OPTIONAL = ("address", "phone", "directions")
FIELDS = REQUIRED + OPTIONAL
# Not spoken: where each value comes from (a guide section, or the clinic's own records), and a free note.
META = ("source", "note")
MAX_CHARACTERS = {"name": 60, "address": 120, "hours": 60, "service": 60}
MAX_SERVICES = 3  # an answer names at most three things in a row
MAX_DIRECTION_WORDS = 20  # spoken after the address; answers stay short
# Texts that may be given per language; the others (address, phone) are the same in every language.
LOCALISABLE = ("name", "hours", "services", "directions")
DEFAULT_LANGUAGE = "en"
ANY_LANGUAGE = "*"  # the key a plain string is kept under: it is said in every language
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
# How a spoken list's last item is joined, per language: "a, b, and c" / "a, b y c".
# How each language joins a list ("a, b and c" / "a, b y c"): data, so a new language needs no code.
LANGUAGES_FILE = Path(__file__).parent / "content" / "languages.json"
_LIST_AND = {code: (words["and"], words["serial_comma"])
             for code, words in json.loads(LANGUAGES_FILE.read_text(encoding="utf-8")).items() if code != "note"}

# E.164: a plus, a country code, at most 15 digits, no separators.
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
# A US number as people write it: 281-555-0100, (281) 555-0100, 281.555.0100, 281 555 0100, 2815550100.
_US_WRITTEN = re.compile(r"^\(?(\d{3})\)?[ .-]?(\d{3})[ .-]?(\d{4})$")
# North American numbering: neither the area code nor the exchange starts with 0 or 1.
_NANP = re.compile(r"^[2-9]\d{2}[2-9]\d{6}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class FacilityError(ValueError):
    """A facility file that cannot be used; the message names the file and the field."""


class Facility(NamedTuple):
    name: str
    hours: str  # as said after "is open": "24 hours a day, every day"
    services: tuple[str, ...]  # noun phrases, said as a list: "diagnostic imaging"
    address: str | None = None  # one line, as written on a letter
    phone: str | None = None  # as spoken and shown: 281-555-0100 for a US number, else E.164
    directions: str | None = None  # a short spoken line after the address ("Across from the high school.")
    source: Mapping[str, str] = MappingProxyType({})
    path: str = ""  # the file it was read from
    origin: str | None = None  # what named that file: "FACILITY_FILE", or None for the default
    language: str = DEFAULT_LANGUAGE  # the language the texts above are in
    # Every localisable text as written, per language (ANY_LANGUAGE for a plain string): field -> {language: text};
    # services -> {language: tuple of services}.
    texts: Mapping[str, Mapping] = MappingProxyType({})

    def value(self, field: str) -> str | None:
        """A field's text as it is spoken; the services as one list ("a, b and c")."""
        if field == "services":
            return spoken_list(self.services, self.language)
        return getattr(self, field)

    def languages(self) -> set[str]:
        """The languages some text is written in (not counting plain strings)."""
        return {language for by_language in self.texts.values() for language in by_language} - {ANY_LANGUAGE}

    def for_language(self, language: str) -> "Facility":
        """The facility as said in ``language`` ("es"); FacilityError names the first text that lacks it."""
        chosen = {}
        for field, by_language in self.texts.items():
            if by_language is None:
                continue
            text = by_language.get(language, by_language.get(ANY_LANGUAGE))
            if text is None:
                has = ", ".join(sorted(by_language))
                raise _fail(self._shown(), field, f"has no text for language {language!r} (it has: {has})")
            chosen[field] = text
        return self._replace(language=language, **chosen)

    def _shown(self) -> str:
        return f"{self.path} (from {self.origin})" if self.origin else self.path


def spoken_list(items: tuple[str, ...], language: str = DEFAULT_LANGUAGE) -> str:
    word, serial_comma = _LIST_AND.get(language, _LIST_AND[DEFAULT_LANGUAGE])
    if len(items) <= 2:
        return f" {word} ".join(items)
    return f"{', '.join(items[:-1])}{',' if serial_comma else ''} {word} {items[-1]}"


def phone_number(text: str) -> str | None:
    """The number in its spoken form, or None when it is neither E.164 nor a US 10-digit number.

    US numbers (``+1`` and ten digits, or ten digits written the usual ways) become ``281-555-0100``,
    which Alexa's ``telephone`` reading says digit by digit; any other E.164 number stays as given.
    """
    text = text.strip()
    if _E164.match(text):
        if text.startswith("+1"):
            digits = text[2:]
            return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}" if _NANP.match(digits) else None
        return text
    written = _US_WRITTEN.match(text)
    if written and _NANP.match("".join(written.groups())):
        return "-".join(written.groups())
    return None


def _fail(path: str, field: str | None, problem: str) -> FacilityError:
    where = f"facility file {path}" + (f", field {field!r}" if field else "")
    return FacilityError(f"{where}: {problem}")


def _text(path: str, raw: dict, field: str, limit: int | None, label: str | None = None) -> str | None:
    value = raw.get(field)
    label = label or field
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(path, label, f"must be text or null, not {type(value).__name__}")
    value = " ".join(value.split())
    if not value:
        raise _fail(path, label, "is empty: write null when it is not known")
    if _CONTROL.search(value):
        raise _fail(path, label, "has control characters")
    if limit is not None and len(value) > limit:
        raise _fail(path, label, f"is longer than {limit} characters")
    return value


def _by_language(path: str, raw: dict, field: str, limit: int | None) -> dict[str, str] | None:
    """A text field as {language: text}: a plain string is kept under ANY_LANGUAGE."""
    value = raw.get(field)
    if not isinstance(value, dict):
        text = _text(path, raw, field, limit)
        return None if text is None else {ANY_LANGUAGE: text}
    if not value:
        raise _fail(path, field, 'must be text, null, or an object keyed by language code ({"en": ..., "es": ...})')
    texts = {}
    for language, text in value.items():
        if not _LANGUAGE.match(language):
            raise _fail(path, f"{field}.{language}", "is not a language code (two or three lowercase letters: en, es)")
        texts[language] = _text(path, value, language, limit, f"{field}.{language}")
        if texts[language] is None:
            raise _fail(path, f"{field}.{language}", "must be text")
    return texts


def _services(path: str, raw: dict) -> dict[str, tuple[str, ...]]:
    """The services as {language: services}: a list (each item a string or an object keyed by language), or an
    object keyed by language whose values are lists."""
    value = raw["services"]
    if isinstance(value, dict) and value:
        lists = {}
        for language, items in value.items():
            if not _LANGUAGE.match(language):
                raise _fail(path, f"services.{language}", "is not a language code (two or three lowercase letters: en, es)")
            lists[language] = _service_list(path, items, f"services.{language}")
        return lists
    items = _service_list(path, value, "services", plain=False)
    languages = {language for item in items for language in item} - {ANY_LANGUAGE}
    lists = {}
    for language in sorted(languages) or [ANY_LANGUAGE]:
        if all(language in item or ANY_LANGUAGE in item for item in items):
            lists[language] = tuple(item.get(language, item.get(ANY_LANGUAGE)) for item in items)
    if not lists:
        raise _fail(path, "services", "has no one language every service is written in")
    return lists


def _service_list(path: str, items, label: str, plain: bool = True):
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_SERVICES:
        raise _fail(path, label, f"must be a list of 1 to {MAX_SERVICES} short phrases")
    if any(item is None for item in items):
        raise _fail(path, label, "must not hold null")
    if plain:
        return tuple(_text(path, {"s": item}, "s", MAX_CHARACTERS["service"], f"{label}[{i}]")
                     for i, item in enumerate(items))
    return [_by_language(path, {f"{label}[{i}]": item}, f"{label}[{i}]", MAX_CHARACTERS["service"])
            for i, item in enumerate(items)]


def facility_from_dict(raw, path: str, origin: str | None = None) -> Facility:
    """Checks a parsed facility file and returns it; ``path`` (and ``origin``) name it in errors."""
    shown = f"{path} (from {origin})" if origin else str(path)
    if not isinstance(raw, dict):
        raise _fail(shown, None, "must be a JSON object with the fields " + ", ".join(FIELDS))
    unknown = sorted(set(raw) - set(FIELDS) - set(META))
    if unknown:
        raise _fail(shown, unknown[0], f"is not a facility field (fields: {', '.join(FIELDS + META)})")
    for field in REQUIRED:
        if raw.get(field) is None:
            raise _fail(shown, field, "is required")
    texts = {"name": _by_language(shown, raw, "name", MAX_CHARACTERS["name"]),
             "hours": _by_language(shown, raw, "hours", MAX_CHARACTERS["hours"]),
             "services": _services(shown, raw)}
    address = _text(shown, raw, "address", MAX_CHARACTERS["address"])
    phone = None
    written = _text(shown, raw, "phone", 40)
    if written is not None:
        phone = phone_number(written)
        if phone is None:
            raise _fail(shown, "phone", f"{written!r} is neither E.164 (+12815550100) nor a US 10-digit "
                                        "number (281-555-0100)")
    texts["directions"] = _by_language(shown, raw, "directions", None)
    if texts["directions"] is not None:
        if address is None:
            raise _fail(shown, "directions", "needs an address: directions are said after it")
        for language, directions in texts["directions"].items():
            if len(directions.split()) > MAX_DIRECTION_WORDS:
                label = "directions" if language == ANY_LANGUAGE else f"directions.{language}"
                raise _fail(shown, label, f"is longer than {MAX_DIRECTION_WORDS} words")
    source = raw.get("source") or {}
    if not isinstance(source, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in source.items()):
        raise _fail(shown, "source", "must map field names to text")
    if set(source) - set(FIELDS):
        raise _fail(shown, "source", f"names {sorted(set(source) - set(FIELDS))[0]!r}, which is not a field")
    if raw.get("note") is not None and not isinstance(raw["note"], str):
        raise _fail(shown, "note", "must be text")
    texts = {field: None if by_language is None else MappingProxyType(by_language) for field, by_language in texts.items()}
    written = {language for by_language in texts.values() if by_language for language in by_language} - {ANY_LANGUAGE}
    # Read in English when every text has it (or is plain), else in the first language written.
    language = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in written or not written else sorted(written)[0]
    blank = Facility(name="", hours="", services=(), address=address, phone=phone,
                     source=MappingProxyType(dict(source)), path=str(path), origin=origin,
                     texts=MappingProxyType(texts))
    return blank.for_language(language)


def load_facility(path: str | os.PathLike | None = None, *, origin: str | None = None) -> Facility:
    """The facility in ``path`` (the repository's default when None or empty), checked.

    ``origin`` says in errors where the path came from (``FACILITY_FILE``).
    """
    path = Path(path) if path else DEFAULT_FACILITY_FILE
    shown = f"{path} (from {origin})" if origin else str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise _fail(shown, None, f"cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise _fail(shown, None, "is not UTF-8 text") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise _fail(shown, None, f"is not valid JSON ({error.msg} at line {error.lineno})") from None
    return facility_from_dict(raw, str(path), origin)


def facility_file_from_env(environ: Mapping[str, str] = os.environ) -> str | None:
    """``FACILITY_FILE``, or None when it is unset or empty (the default). A relative path is read from
    the working directory, which on AWS Lambda is the unzipped package, ``/var/task``."""
    value = (environ.get(ENV_VAR) or "").strip()
    return value or None


def load_configured_facility(environ: Mapping[str, str] = os.environ) -> Facility:
    """The facility the deployer configured with ``FACILITY_FILE``, or the default."""
    path = facility_file_from_env(environ)
    return load_facility(path, origin=ENV_VAR if path else None)
