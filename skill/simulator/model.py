"""The interaction model (``interaction_models/<locale>.json``), read into plain records."""

from __future__ import annotations

import json
import re
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import NamedTuple

# The top-level interaction_models/ folder, installed as this package (see pyproject.toml): read as a
# resource, so a wheel finds its own copy wherever it is installed, not a checkout beside it.
MODELS_DIR = resources.files("skill.interaction_models")
SLOT_REFERENCE = re.compile(r"{(\w+)}")


class SlotValue(NamedTuple):
    id: str
    name: str
    synonyms: tuple[str, ...]

    @property
    def phrases(self) -> tuple[str, ...]:
        return (self.name, *self.synonyms)


class Intent(NamedTuple):
    name: str
    slots: dict[str, str]  # slot name -> slot type
    samples: tuple[str, ...]


class InteractionModel(NamedTuple):
    locale: str
    invocation_name: str
    intents: dict[str, Intent]
    types: dict[str, tuple[SlotValue, ...]]


class ModelError(Exception):
    """No usable interaction model for a locale."""


def available_locales(models_dir: Traversable = MODELS_DIR) -> list[str]:
    return sorted(item.name.removesuffix(".json") for item in models_dir.iterdir() if item.name.endswith(".json"))


def load_model(locale: str, models_dir: Traversable = MODELS_DIR) -> InteractionModel:
    path = models_dir / f"{locale}.json"
    if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", locale) or not path.is_file():
        known = ", ".join(available_locales(models_dir)) or "none"
        raise ModelError(f"no interaction model for locale {locale!r} (available: {known})")
    return _read(path, locale)


def load_model_path(path: str | Path, locale: str | None = None) -> InteractionModel:
    """A model from a file, or from ``<locale>.json`` in a folder: for a model not (yet) in the package,
    such as a test's fixture. A file's locale is ``locale``, else the one its name starts with
    ("es-US.model.json")."""
    path = Path(path)
    if path.is_dir():
        return load_model(locale or "en-US", path)
    named = re.match(r"[a-z]{2}-[A-Z]{2}", path.name)
    locale = locale or (named.group() if named else None)
    if locale is None or not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", locale):
        raise ModelError(f"cannot tell the locale of model {path}: name it <locale>.json or give --locale")
    if not path.is_file():
        raise ModelError(f"no interaction model at {path}")
    return _read(path, locale)


def _read(path, locale: str) -> InteractionModel:
    try:
        language_model = json.loads(path.read_text(encoding="utf-8"))["interactionModel"]["languageModel"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise ModelError(f"cannot read interaction model {path}: {error}") from None
    intents = {
        item["name"]: Intent(
            name=item["name"],
            slots={slot["name"]: slot["type"] for slot in item.get("slots", [])},
            samples=tuple(item.get("samples", [])),
        )
        for item in language_model["intents"]
    }
    types = {
        slot_type["name"]: tuple(
            SlotValue(id=value.get("id") or value["name"]["value"], name=value["name"]["value"],
                      synonyms=tuple(value["name"].get("synonyms", [])))
            for value in slot_type["values"]
        )
        for slot_type in language_model.get("types", [])
    }
    return InteractionModel(locale, language_model["invocationName"], intents, types)
