"""Regional facts: the numbers people are told to call live in one file, and content only names them."""

import json
import re

import pytest

from skill.content import CONTENT_DIR, REGIONS, load_content, render
from skill.facility import load_facility, DEFAULT_FACILITY_FILE
from skill.region import RegionError, load_regions, region_for

LOCALE_FILES = sorted(path for path in CONTENT_DIR.glob("*.json") if re.fullmatch(r"[a-z]{2,3}-[A-Z]{2}", path.stem))


def spoken_texts(raw: dict):
    """Every text a content file can say (its lexicon is what people say, not what the skill says)."""
    def walk(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("source", "lexicon"):
                    yield from walk(item)
    yield from walk({key: value for key, value in raw.items() if key != "lexicon"})


@pytest.mark.parametrize("path", LOCALE_FILES, ids=lambda path: path.stem)
def test_no_content_file_writes_a_number_to_call_itself(path):
    numbers = {region.value(field) for region in REGIONS.values()
               for field in ("emergency_number", "crisis_line", "poison_control")}
    # A phone number in any form: three digits or more in a row, or a telephone say-as around a literal.
    phone_like = re.compile(r"\d{3,}|telephone\">\s*[\d(+]")
    for text in spoken_texts(json.loads(path.read_text(encoding="utf-8"))):
        assert not any(number in text for number in numbers), f"{path.name}: {text!r} writes a number itself"
        assert not phone_like.search(text), f"{path.name}: {text!r} writes a number; use a region placeholder"


@pytest.mark.parametrize("path", LOCALE_FILES, ids=lambda path: path.stem)
def test_every_locale_has_its_countrys_numbers(path):
    locale = json.loads(path.read_text(encoding="utf-8"))["locale"]
    assert region_for(locale, REGIONS).emergency_number


def test_a_number_is_read_digit_by_digit_in_speech_and_written_plainly_on_a_card():
    facility = load_facility(DEFAULT_FACILITY_FILE)
    us = REGIONS["US"]
    assert render("Call {emergency_number} now.", facility, "test", True, us) == \
        'Call <say-as interpret-as="telephone">911</say-as> now.'
    assert render("Call {emergency_number}", facility, "test", False, us) == "Call 911"
    assert render("Text {crisis_line}.", facility, "test", True, us).count("988") == 1


def test_a_locale_in_a_country_without_numbers_is_refused_at_load(tmp_path):
    raw = json.loads((CONTENT_DIR / "en-US.json").read_text(encoding="utf-8"))
    raw["locale"] = "en-GB"
    path = tmp_path / "en-GB.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(RegionError, match="GB"):
        load_content(path, load_facility(DEFAULT_FACILITY_FILE))


def test_a_region_missing_a_number_is_refused(tmp_path):
    path = tmp_path / "regions.json"
    path.write_text(json.dumps({"US": {"emergency_number": "911", "crisis_line": "988"}}), encoding="utf-8")
    with pytest.raises(RegionError, match="poison_control"):
        load_regions(path)
