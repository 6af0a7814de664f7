"""Every locale the skill speaks has the same parts: a language is data, and none can lose a piece.

Locales are found, not listed: each ``skill/content/<locale>.json`` with its
``interaction_models/<locale>.json`` and its skill-package listing. en-US is the reference; every other
locale must have the same entry ids, red flags (ids, levels, sources), check questions, symptom
topics, lexicon signs and answer kinds, and a model with the same intents, slots and slot-value ids.
"""

import json
import re
from pathlib import Path

import pytest

from skill.content import CONTENT, CONTENT_DIR, content_for

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = "en-US"
CONTENT_LOCALES = sorted(p.stem for p in CONTENT_DIR.glob("*.json") if re.fullmatch(r"[a-z]{2,3}-[A-Z]{2}", p.stem))
MODEL_LOCALES = sorted(p.stem for p in (ROOT / "interaction_models").glob("*.json"))
OTHERS = [locale for locale in CONTENT_LOCALES if locale != REFERENCE]
# A locale no content can ever have: "qaa" is reserved for local use in ISO 639 and "ZZ" is a
# user-assigned code in ISO 3166, so neither names a real language or country.
NEVER_SERVED = "qaa-ZZ"


def raw_content(locale: str) -> dict:
    return json.loads((CONTENT_DIR / f"{locale}.json").read_text(encoding="utf-8"))


def language_model(locale: str) -> dict:
    path = ROOT / "interaction_models" / f"{locale}.json"
    return json.loads(path.read_text(encoding="utf-8"))["interactionModel"]["languageModel"]


def test_every_content_locale_has_a_model_and_a_listing_and_is_loaded():
    listing = json.loads((ROOT / "skill-package" / "skill.json").read_text(encoding="utf-8"))
    listed = set(listing["manifest"]["publishingInformation"]["locales"])
    assert CONTENT_LOCALES == MODEL_LOCALES
    assert set(CONTENT_LOCALES) == listed
    assert set(CONTENT_LOCALES) == set(CONTENT)


def test_the_never_served_example_is_never_served():
    assert NEVER_SERVED not in CONTENT_LOCALES and content_for(NEVER_SERVED) is None


def shape(raw: dict) -> dict:
    """What must be the same in every locale: ids, levels, sources, structure; not the words."""
    lexicon = raw["lexicon"]
    return {
        "entries": {key: (sorted(value), value["source"]) for key, value in raw["entries"].items()},
        "levels": {key: sorted(k for k, v in value.items() if v is not None) for key, value in raw["levels"].items()},
        "red_flags": {key: (value["level"], value["source"], value.get("immobile", False), value.get("in_check", True),
                            "lead" in value, "banner" in value) for key, value in raw["red_flags"].items()},
        "check_questions": [(q["id"], q["flag"], q["covers"], q["unsure_is_yes"], q["source"])
                            for q in raw["check_questions"]],
        "symptom_topics": raw["symptom_topics"],
        "screen": sorted(raw["screen"]),  # the words only a screen shows: the check's button labels
        "lexicon_signs": sorted(lexicon["signs"]),
        "answer_kinds": sorted(lexicon["answers"]),
    }


@pytest.mark.parametrize("locale", OTHERS)
def test_content_has_the_same_parts_as_the_reference(locale):
    reference, other = shape(raw_content(REFERENCE)), shape(raw_content(locale))
    for part in reference:
        assert other[part] == reference[part], f"{locale}: {part} differs from {REFERENCE}"


def model_shape(model: dict) -> dict:
    return {
        "intents": {intent["name"]: sorted((slot["name"], slot["type"]) for slot in intent.get("slots", []))
                    for intent in model["intents"]},
        "types": {slot_type["name"]: sorted(value.get("id") or value["name"]["value"] for value in slot_type["values"])
                  for slot_type in model.get("types", [])},
    }


@pytest.mark.parametrize("locale", [locale for locale in MODEL_LOCALES if locale != REFERENCE])
def test_model_has_the_same_intents_slots_and_value_ids_as_the_reference(locale):
    reference, other = model_shape(language_model(REFERENCE)), model_shape(language_model(locale))
    assert other["intents"] == reference["intents"]
    assert other["types"] == reference["types"]
    assert language_model(locale)["invocationName"] != language_model(REFERENCE)["invocationName"] or \
        locale.split("-")[0] == REFERENCE.split("-")[0]


@pytest.mark.parametrize("locale", CONTENT_LOCALES)
def test_every_red_flag_can_be_said_and_read_in_every_locale(locale):
    content = CONTENT[locale]
    assert set(content.lexicon.raw["signs"]) == set(content.red_flags)
    for flag, phrases in content.lexicon.raw["signs"].items():
        assert phrases, f"{locale}: no words raise {flag}"


def test_the_parity_check_notices_a_lost_red_flag_a_changed_level_a_lost_question_and_a_lost_label():
    reference = raw_content(REFERENCE)
    for break_it in (lambda raw: raw["red_flags"].popitem(),
                     lambda raw: raw["red_flags"][next(iter(raw["red_flags"]))].update(level="see_doctor"),
                     lambda raw: raw["check_questions"].pop(),
                     lambda raw: raw["screen"].pop("unsure")):
        broken = json.loads(json.dumps(reference))
        break_it(broken)
        assert shape(broken) != shape(reference)
