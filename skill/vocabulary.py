"""``python -m skill.vocabulary``: give Alexa the red-flag lexicon's words as symptom synonyms, and
write the lexicon's phrases normalised once (``skill/content/compiled/``) for a quick cold start.

The lexicon (``skill/content/<locale>.json``) is the one list of how people say each warning sign. Its
plain phrases, with each word class filled by its first few members, become synonyms of the matching
``SymptomType`` value in ``interaction_models/<locale>.json``, so Alexa's language model knows those
words too and resolves them exactly. Hand-written synonyms stay; a test fails when the model lacks a
phrase the lexicon has, until this command is run again.
"""

from __future__ import annotations

import json
import re
import sys
from itertools import product
from pathlib import Path

from .content import CONTENT_DIR

MODELS = Path(__file__).resolve().parent.parent / "interaction_models"
SYMPTOM_TYPE = "SymptomType"
MEMBERS_PER_CLASS = 3  # enough for Alexa to learn the shape without thousands of near-copies
_CLASS = re.compile(r"<([A-Z0-9_]+)>")
# What a slot value may hold: letters (accented ones too: "se cayó"), spaces, apostrophes, hyphens and periods.
_SPEAKABLE = re.compile(r"^[^\W\d_A-Z](?:[^\W\d_A-Z]|[' .-])*$")


def _fill(phrase: str, classes: dict[str, list[str]]) -> list[str]:
    parts = _CLASS.split(phrase)
    choices = []
    for index, part in enumerate(parts):
        if index % 2:  # a class name
            choices.append([m for member in classes[part][:MEMBERS_PER_CLASS] for m in _fill(member, classes)])
        else:
            choices.append([part])
    return [" ".join("".join(combo).split()) for combo in product(*choices)]


def lexicon_synonyms(lexicon: dict) -> dict[str, list[str]]:
    """Speakable phrases per red-flag id, in the lexicon's order."""
    classes = lexicon["classes"]
    result: dict[str, list[str]] = {}
    for flag, phrases in lexicon["signs"].items():
        said: list[str] = []
        for phrase in phrases:
            if isinstance(phrase, dict):  # every part, in the order written
                filled = [" ".join(words) for words in product(*(_fill(part, classes)[:2] for part in phrase["all"]))]
            elif _CLASS.fullmatch(phrase):  # a whole class: every member is a way to say the sign
                filled = [m for member in classes[phrase[1:-1]] for m in _fill(member, classes)]
            else:
                filled = _fill(phrase, classes)
            said += [text for text in filled if _SPEAKABLE.match(text)]
        result[flag] = list(dict.fromkeys(said))
    return result


def missing_synonyms(language_model: dict, lexicon: dict) -> dict[str, list[str]]:
    """Lexicon phrases the model's SymptomType does not have yet, per value id.

    Phrases are compared with accents folded, as the reader compares them: "se cayo" is already there
    when the model has "se cayó" (for English, folding changes nothing)."""
    from .red_flag_reader import fold

    values = _symptom_values(language_model)
    taken = {fold(phrase) for value in values.values()
             for phrase in [value["name"]["value"], *value["name"].get("synonyms", [])]}
    missing = {}
    for flag, phrases in lexicon_synonyms(lexicon).items():
        absent = list(dict.fromkeys(phrase for phrase in phrases if fold(phrase) not in taken))
        absent = [phrase for number, phrase in enumerate(absent)
                  if fold(phrase) not in {fold(earlier) for earlier in absent[:number]}]
        if flag in values and absent:
            missing[flag] = absent
            taken.update(fold(phrase) for phrase in absent)  # a phrase belongs to one value: the first, most serious sign listing it
    return missing


def _symptom_values(language_model: dict) -> dict[str, dict]:
    (symptom_type,) = [t for t in language_model["types"] if t["name"] == SYMPTOM_TYPE]
    return {value["id"]: value for value in symptom_type["values"]}


def update(locale: str) -> int:
    model_path = MODELS / f"{locale}.json"
    model = json.loads(model_path.read_text(encoding="utf-8"))
    lexicon = json.loads((CONTENT_DIR / f"{locale}.json").read_text(encoding="utf-8"))["lexicon"]
    language_model = model["interactionModel"]["languageModel"]
    missing = missing_synonyms(language_model, lexicon)
    values = _symptom_values(language_model)
    for flag, phrases in missing.items():
        values[flag]["name"].setdefault("synonyms", []).extend(phrases)
    model_path.write_text(json.dumps(model, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return sum(len(phrases) for phrases in missing.values())


def write_token_cache(locale: str) -> Path:
    """The lexicon's phrases normalised once, for a quick cold start (content.TOKEN_CACHE_DIR)."""
    from .content import TOKEN_CACHE_DIR
    from .red_flag_reader import Lexicon

    lexicon = json.loads((CONTENT_DIR / f"{locale}.json").read_text(encoding="utf-8"))["lexicon"]
    TOKEN_CACHE_DIR.mkdir(exist_ok=True)
    path = TOKEN_CACHE_DIR / f"{locale}.tokens.json"
    path.write_text(json.dumps(Lexicon(lexicon).token_cache(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    locales = sorted(path.stem for path in MODELS.glob("*.json") if (CONTENT_DIR / path.name).exists())
    for locale in locales:
        print(f"{locale}: added {update(locale)} synonyms from the lexicon; wrote {write_token_cache(locale).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
