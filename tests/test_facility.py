"""The facility: the ER the skill names, from skill/content/facility.json or the file FACILITY_FILE names.

The guide gives no address and no phone, so by default the skill says it does not have them and how to
find them; a deployer's file gives both, spoken with say-as and put on the card; a bad file stops the
skill at start with one line naming the file and the field.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest

from conftest import ROOT
from flows import build_request
from skill.builder import build_skill
from skill.content import CONTENT, ContentError, load_contents, render
from skill.ssml import plain_text
from skill.facility import (DEFAULT_FACILITY_FILE, FacilityError, facility_file_from_env, load_facility,
                            phone_number)
from skill.review import report, spoken_turns
from skill.simulator.client import Conversation, InProcessSkill

ADDRESS = "1234 Northpark Dr, Kingwood, TX 77339"
CONFIGURED = {
    "name": "ER of Kingwood",
    "address": ADDRESS,
    "phone": "(281) 555-0100",
    "hours": "24 hours a day, every day",
    "services": ["emergency care for back injuries", "diagnostic imaging"],
    "directions": "It's across from the Park & Ride.",
    "source": {"address": "the clinic's records", "phone": "the clinic's records"},
}
ANY_SPEECH_WORDS = 60  # as tests/test_content.py; a configured address makes the urgent answer longer


def write(tmp_path, data, name="facility.kingwood.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def configured_skill(tmp_path, **changes):
    data = {key: value for key, value in {**CONFIGURED, **changes}.items() if value is not None}
    return build_skill(facility=load_facility(write(tmp_path, data)))


def ask(skill, intent, slots=None, language_model=None):
    talk = Conversation(InProcessSkill(skill))
    return talk.send(build_request({"intent": intent, "slots": slots or {}}, "en-US", language_model or {}))


def card(exchange) -> dict:
    return exchange.response["response"].get("card") or {}


def words(ssml: str) -> int:
    return len(plain_text(ssml).split())


# the default: only what the guide says ----------------------------------------------------------

def test_the_default_holds_only_what_the_guide_says(guide_text):
    facility = load_facility()
    assert facility.path == str(DEFAULT_FACILITY_FILE)
    assert facility.name == "ER of Kingwood"
    assert facility.address is None and facility.phone is None and facility.directions is None
    assert "24/7" in guide_text and facility.hours == "24 hours a day, every day"
    assert "diagnostic imaging" in guide_text.lower() and "emergency care for back injuries" in guide_text
    assert facility.services == ("emergency care for back injuries", "diagnostic imaging")
    headings = {line.strip() for line in guide_text.splitlines()} | {"Introduction"}
    assert set(facility.source) == {"name", "hours", "services"}
    assert set(facility.source.values()) <= headings, "each value names the guide section it comes from"


def test_the_skill_speaks_the_default_unless_told_otherwise():
    assert CONTENT["en-US"].facility == load_facility()
    assert CONTENT["es-US"].facility == load_facility().for_language("es")
    assert set(CONTENT) == {"en-US", "es-US"}, "facility.json is data, not a locale"


@pytest.mark.parametrize("intent,missing", [("ERLocationIntent", "address"), ("ERPhoneIntent", "phone number")])
def test_without_an_address_or_phone_the_skill_says_it_does_not_have_them(intent, missing, conversation,
                                                                             language_model):
    exchange = conversation().send(build_request({"intent": intent}, "en-US", language_model))
    speech = plain_text(exchange.speech)
    assert speech.startswith(f"I don't have the {missing} of the ER of Kingwood.")
    assert "search for ER of Kingwood" in speech and speech.endswith("In an emergency, call 911.")
    assert 'interpret-as="address"' not in exchange.speech
    assert card(exchange)["content"] == speech
    assert exchange.ends_session is False


def test_the_urgent_answer_names_the_er_by_default(conversation, language_model, content):
    exchange = conversation().send(build_request(
        {"intent": "ReportSymptomIntent", "slots": {"symptom": {"value": "i can't walk", "id": "CANNOT_STAND_WALK"}}},
        "en-US", language_model))
    speech = plain_text(exchange.speech)
    assert speech.startswith("Get emergency care now: go to an emergency room like the ER of Kingwood")
    assert exchange.attributes["triage"] == "urgent"
    assert content.levels["urgent"].lead in exchange.speech


def test_the_er_answers_speak_of_no_pharmacy(content, guide_text):
    """The guide names a pharmacy in Kingwood for medicines, never one at the ER."""
    assert not re.search(r"ER of Kingwood[^.]*pharmacy|pharmacy[^.]*ER of Kingwood", guide_text, re.I)
    for entry_id in ("er_info", "er_location", "er_phone"):
        entry = content.entry(entry_id)
        assert "pharmac" not in f"{entry.speech} {entry.more or ''}".lower(), entry_id


# a deployer's facility, given to build_skill ----------------------------------------------------

def test_a_configured_address_is_said_as_an_address_and_shown_on_the_card(tmp_path, language_model):
    exchange = ask(configured_skill(tmp_path), "ERLocationIntent", language_model=language_model)
    assert f'<say-as interpret-as="address">{ADDRESS}</say-as>' in exchange.speech
    assert "Park &amp; Ride" in exchange.speech, "a deployer's & is escaped in SSML"
    shown = card(exchange)
    assert shown["title"] == "Finding the ER of Kingwood"
    assert shown["content"] == (f"The ER of Kingwood is at {ADDRESS}. It's across from the Park & Ride. "
                                "In an emergency, call 911.")


def test_a_configured_phone_is_said_as_a_telephone_number_and_shown_on_the_card(tmp_path, language_model):
    exchange = ask(configured_skill(tmp_path), "ERPhoneIntent", language_model=language_model)
    assert '<say-as interpret-as="telephone">281-555-0100</say-as>' in exchange.speech
    assert card(exchange) == {"type": "Simple", "title": "Calling the ER of Kingwood", "content":
                              "The ER of Kingwood's phone number is 281-555-0100. In an emergency, call 911."}


def test_the_urgent_answer_names_the_configured_er_its_address_and_phone(tmp_path, language_model):
    exchange = ask(configured_skill(tmp_path), "ReportSymptomIntent",
                   {"symptom": {"value": "my husband can't stand up", "id": "CANNOT_STAND_WALK"}}, language_model)
    speech = exchange.speech.removeprefix("<speak>")
    assert speech.startswith("Get emergency care now: go to an emergency room, and have someone drive you. "
                             f'The ER of Kingwood is at <say-as interpret-as="address">{ADDRESS}</say-as>, '
                             'phone <say-as interpret-as="telephone">281-555-0100</say-as>.')
    assert exchange.attributes["triage"] == "urgent"
    shown = card(exchange)
    assert shown["title"] == "Get emergency care" and ADDRESS in shown["content"] and "281-555-0100" in shown["content"]
    assert words(exchange.speech) <= ANY_SPEECH_WORDS


def test_emergency_answers_stay_911_first_with_a_configured_er(tmp_path, language_model, content):
    exchange = ask(configured_skill(tmp_path), "ReportSymptomIntent",
                   {"symptom": {"value": "he has a fever", "id": "FEVER"}}, language_model)
    assert exchange.speech.removeprefix("<speak>").startswith(content.levels["emergency"].lead)
    assert ADDRESS not in exchange.speech and "281-555-0100" not in exchange.speech


@pytest.mark.parametrize("address,phone,location_starts,phone_starts,urgent_has", [
    (ADDRESS, None, "The ER of Kingwood is at", "I don't have the phone number of the ER of Kingwood, but it's at",
     f"The ER of Kingwood is at {ADDRESS}."),
    (None, "+12815550100", "I don't have the address of the ER of Kingwood, but its phone number is 281-555-0100",
     "The ER of Kingwood's phone number is 281-555-0100", "The ER of Kingwood's phone number is 281-555-0100."),
])
def test_with_only_one_of_address_and_phone_each_answer_gives_what_there_is(
        tmp_path, language_model, address, phone, location_starts, phone_starts, urgent_has):
    skill = configured_skill(tmp_path, address=address, phone=phone, directions=None)
    assert plain_text(ask(skill, "ERLocationIntent", language_model=language_model).speech).startswith(location_starts)
    assert plain_text(ask(skill, "ERPhoneIntent", language_model=language_model).speech).startswith(phone_starts)
    urgent = ask(skill, "ReportSymptomIntent", {"symptom": {"value": "it keeps getting worse", "id": "WORSENING_PAIN"}},
                 language_model)
    assert urgent_has in plain_text(urgent.speech)


def test_another_facility_leaves_the_default_skill_alone(tmp_path, skill, language_model):
    configured_skill(tmp_path)
    exchange = ask(skill, "ERLocationIntent", language_model=language_model)
    assert plain_text(exchange.speech).startswith("I don't have the address")


@pytest.mark.parametrize("changes", [{}, {"directions": None}, {"phone": None, "directions": None},
                                     {"address": None, "directions": None}, {"name": "Kingwood R&D <ER>"}])
@pytest.mark.parametrize("locale", sorted(CONTENT))
def test_every_answer_is_valid_short_ssml_with_any_facility(tmp_path, changes, locale):
    data = {key: value for key, value in {**CONFIGURED, **changes}.items() if value is not None}
    content = load_contents(load_facility(write(tmp_path, data)))[locale]
    for turn in spoken_turns(content):
        ElementTree.fromstring(f"<speak>{turn.ssml}</speak>")
        assert words(turn.ssml) <= ANY_SPEECH_WORDS, turn.name
        assert not re.search(r"\{\w+\}", turn.ssml), f"{turn.name}: a placeholder left unrendered"
    for question in content.check_questions:
        assert "{" not in question.speech, "check questions are not rendered: no placeholders there"
    title = {"en-US": f"Finding the {data['name']}", "es-US": f"Cómo llegar a {data['name']}"}[locale]
    assert content.entry("er_location").card_title == title


def test_the_review_shows_the_facility_in_effect(tmp_path):
    text = report(load_contents(load_facility(write(tmp_path, CONFIGURED)))["en-US"])
    assert "## The facility in effect" in text
    assert f"| address | {ADDRESS} | the clinic's records |" in text
    assert "| phone | 281-555-0100 | the clinic's records |" in text
    default = report(CONTENT["en-US"])
    assert "| address | not set: the skill says it does not have it | - |" in default
    assert "| er_location.speech |" in default


# the phone number ------------------------------------------------------------------------------

@pytest.mark.parametrize("written,spoken", [
    ("+12815550100", "281-555-0100"), ("281-555-0100", "281-555-0100"), ("(281) 555-0100", "281-555-0100"),
    ("281.555.0100", "281-555-0100"), ("281 555 0100", "281-555-0100"), ("2815550100", "281-555-0100"),
    ("+442071234567", "+442071234567"),
])
def test_phone_numbers_in_e164_or_us_form(written, spoken):
    assert phone_number(written) == spoken


@pytest.mark.parametrize("written", ["555-0100", "123-456-7890", "281-055-0100", "+1 281 555 0100", "+10815550100",
                                     "281-555-01000", "1-281-555-0100", "911", "call us", "+0123456789"])
def test_other_phone_forms_are_refused(written):
    assert phone_number(written) is None


# bad files --------------------------------------------------------------------------------------

@pytest.mark.parametrize("data,field,problem", [
    ({**CONFIGURED, "phone": "555-0100"}, "phone", "neither E.164"),
    ({**CONFIGURED, "phone": 2815550100}, "phone", "must be text or null"),
    ({k: v for k, v in CONFIGURED.items() if k != "name"}, "name", "is required"),
    ({**CONFIGURED, "adress": "1 Main St"}, "adress", "is not a facility field"),
    ({**CONFIGURED, "address": "  "}, "address", "is empty: write null"),
    ({**CONFIGURED, "services": "imaging"}, "services", "list of 1 to 3"),
    ({**CONFIGURED, "services": ["a", "b", "c", "d"]}, "services", "list of 1 to 3"),
    ({**CONFIGURED, "services": ["imaging", None]}, "services", "must not hold null"),
    ({**CONFIGURED, "services": ["imaging", ""]}, "services[1]", "is empty"),
    ({**CONFIGURED, "address": None}, "directions", "needs an address"),
    ({**CONFIGURED, "directions": "turn " * 21}, "directions", "longer than 20 words"),
    ({**CONFIGURED, "name": "x" * 61}, "name", "longer than 60"),
    ({**CONFIGURED, "source": {"adress": "records"}}, "source", "not a field"),
])
def test_a_bad_file_is_refused_naming_the_file_and_the_field(tmp_path, data, field, problem):
    path = write(tmp_path, data)
    with pytest.raises(FacilityError) as raised:
        load_facility(path)
    message = str(raised.value)
    assert message.startswith(f"facility file {path}")
    assert f"field {field!r}" in message and problem in message, message


@pytest.mark.parametrize("text,problem", [("{not json", "is not valid JSON"), ("[1, 2]", "must be a JSON object"),
                                          ("", "is not valid JSON")])
def test_a_file_that_is_no_facility_is_refused(tmp_path, text, problem):
    with pytest.raises(FacilityError, match=re.escape(problem)):
        load_facility(write(tmp_path, text))


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(FacilityError, match="cannot be read"):
        load_facility(tmp_path / "nope.json")


def test_content_placeholders_are_checked(content):
    facility = content.facility
    assert render(["The {name} is at {address}.", "No address for the {name}."], facility, "t") == \
        "No address for the ER of Kingwood."
    with pytest.raises(ContentError, match="unknown placeholder"):
        render("The {nmae}.", facility, "t")
    with pytest.raises(ContentError, match="every alternative needs"):
        render(["The {name} is at {address}."], facility, "t")
    assert render(["{directions}", None], facility, "t") is None


# FACILITY_FILE, read once at start by every way of running the skill ---------------------------

def test_facility_file_from_the_environment():
    assert facility_file_from_env({}) is None
    assert facility_file_from_env({"FACILITY_FILE": "  "}) is None  # serverless passes '' when unset
    assert facility_file_from_env({"FACILITY_FILE": "skill/content/x.json"}) == "skill/content/x.json"


def run(args, facility_file, cwd=ROOT):
    env = {**os.environ, "FACILITY_FILE": str(facility_file), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def test_the_simulator_and_the_review_honour_facility_file(tmp_path):
    path = write(tmp_path, CONFIGURED)
    result = run(["-m", "skill.ask", "where is the er"], path)
    assert result.returncode == 0, result.stderr
    assert f"The ER of Kingwood is at {ADDRESS}." in result.stdout
    review = run(["-m", "skill.review"], path)
    assert f"| address | {ADDRESS} |" in review.stdout and f"From `{path}` (named by FACILITY_FILE)." in review.stdout
    default = run(["-m", "skill.ask", "what's the phone number"], "")
    assert "I don't have the phone number of the ER of Kingwood." in default.stdout


LAMBDA = """
import importlib, json, sys
from skill.simulator import envelopes
handler = importlib.import_module("lambda.lambda_function").lambda_handler
event = envelopes.envelope(envelopes.intent_request("en-US", "ERPhoneIntent"), session_id="s", new=True, attributes={})
print(json.dumps(handler(event, None)["response"]["outputSpeech"]["ssml"]))
"""
WEB = """
import json
from skill.simulator import envelopes
from skill.web import create_app
app = create_app(config={"ASK_SDK_VERIFY_SIGNATURE": False, "ASK_SDK_VERIFY_TIMESTAMP": False})
event = envelopes.envelope(envelopes.intent_request("en-US", "ERPhoneIntent"), session_id="s", new=True, attributes={})
print(json.dumps(app.test_client().post("/", json=event).json["response"]["outputSpeech"]["ssml"]))
"""


@pytest.mark.parametrize("program", [LAMBDA, WEB], ids=["lambda", "web"])
def test_lambda_and_the_web_service_honour_a_relative_facility_file(tmp_path, program):
    """On Lambda the working directory is the unzipped package (/var/task): a path relative to it works."""
    (tmp_path / "skill" / "content").mkdir(parents=True)
    write(tmp_path / "skill" / "content", CONFIGURED)
    result = run(["-c", program], "skill/content/facility.kingwood.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert '<say-as interpret-as=\\"telephone\\">281-555-0100</say-as>' in result.stdout


def test_a_bad_facility_file_stops_the_command_lines_with_one_line(tmp_path):
    path = write(tmp_path, {**CONFIGURED, "phone": "555-0100"})
    for args in (["-m", "skill.ask", "where is the er"], ["-m", "skill.simulator", "hello"], ["-m", "skill.review"]):
        result = run(args, path)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert result.stderr.strip() == (f"error: facility file {path} (from FACILITY_FILE), field 'phone': "
                                         "'555-0100' is neither E.164 (+12815550100) nor a US 10-digit number "
                                         "(281-555-0100)")


def test_a_bad_facility_file_stops_lambda_at_start(tmp_path):
    result = run(["-c", LAMBDA], write(tmp_path, {**CONFIGURED, "hours": None}))
    assert result.returncode != 0
    assert "FacilityError: facility file" in result.stderr and "field 'hours': is required" in result.stderr


# texts in more than one language ------------------------------------------------------------------

LOCALISED = {**CONFIGURED,
             "hours": {"en": "24 hours a day, every day", "es": "las 24 horas, todos los días"},
             "services": [{"en": "emergency care for back injuries", "es": "atención de emergencia"},
                          "diagnostic imaging"],
             "directions": {"en": "Across from the school.", "es": "Frente a la escuela."}}


def test_a_plain_string_is_said_in_every_language(tmp_path):
    facility = load_facility(write(tmp_path, CONFIGURED))
    assert facility.language == "en"
    spanish = facility.for_language("es")
    assert spanish.hours == facility.hours == "24 hours a day, every day"
    assert spanish.services == facility.services and spanish.language == "es"


def test_a_text_keyed_by_language_is_said_in_the_locales_language(tmp_path):
    facility = load_facility(write(tmp_path, LOCALISED))
    assert facility.hours == "24 hours a day, every day"
    assert facility.value("services") == "emergency care for back injuries and diagnostic imaging"
    spanish = facility.for_language("es")
    assert spanish.hours == "las 24 horas, todos los días" and spanish.directions == "Frente a la escuela."
    assert spanish.value("services") == "atención de emergencia y diagnostic imaging"
    assert spanish.name == "ER of Kingwood" and spanish.phone == facility.phone


def test_services_may_be_one_object_of_lists(tmp_path):
    data = {**CONFIGURED, "services": {"en": ["a", "b", "c"], "es": ["uno", "dos", "tres"]}}
    facility = load_facility(write(tmp_path, data))
    assert facility.value("services") == "a, b, and c"
    assert facility.for_language("es").value("services") == "uno, dos y tres"


def test_the_contents_speak_the_facility_in_their_own_language(tmp_path):
    contents = load_contents(load_facility(write(tmp_path, LOCALISED)))
    assert contents["en-US"].facility.hours == "24 hours a day, every day"
    for locale, content in contents.items():
        assert content.facility.language == locale.partition("-")[0]
    if "es-US" in contents:
        assert "las 24 horas, todos los días" in contents["es-US"].entry("er_info").speech


def test_a_missing_language_is_one_clear_line(tmp_path):
    path = write(tmp_path, {**CONFIGURED, "hours": {"en": "24 hours a day, every day"}})
    facility = load_facility(path)
    with pytest.raises(FacilityError) as raised:
        facility.for_language("es")
    message = str(raised.value)
    assert message == f"facility file {path}, field 'hours': has no text for language 'es' (it has: en)"
    assert "\n" not in message


@pytest.mark.parametrize("changes,field,problem", [
    ({"hours": {}}, "hours", "object keyed by language code"),
    ({"hours": {"english": "24/7"}}, "hours.english", "is not a language code"),
    ({"hours": {"en": "  "}}, "hours.en", "is empty"),
    ({"hours": {"en": None}}, "hours.en", "must be text"),
    ({"hours": {"en": "x" * 61}}, "hours.en", "longer than 60"),
    ({"services": [{"en": ""}]}, "services[0].en", "is empty"),
    ({"services": {"en": "imaging"}}, "services.en", "list of 1 to 3"),
    ({"directions": {"es": "vuelta " * 21}}, "directions.es", "longer than 20 words"),
])
def test_a_bad_localised_text_is_refused_naming_the_field(tmp_path, changes, field, problem):
    path = write(tmp_path, {**CONFIGURED, **changes})
    with pytest.raises(FacilityError) as raised:
        load_facility(path)
    message = str(raised.value)
    assert f"field {field!r}" in message and problem in message, message


def test_a_locale_whose_language_a_text_lacks_stops_the_load_with_one_line(tmp_path):
    path = write(tmp_path, {**CONFIGURED, "hours": {"en": "24 hours a day, every day"}})
    with pytest.raises(FacilityError, match=r"field 'hours': has no text for language 'es' \(it has: en\)$"):
        load_contents(load_facility(path))


def test_every_locale_s_language_knows_how_to_join_a_list():
    from skill.content import CONTENT
    from skill.facility import _LIST_AND, spoken_list

    for locale in CONTENT:
        language = locale.partition("-")[0]
        assert language in _LIST_AND, f"add {language!r} to skill/content/languages.json"
    assert spoken_list(("a", "b", "c"), "es") == "a, b y c" and spoken_list(("a", "b", "c"), "en") == "a, b, and c"
