"""Ties the interaction model, the handlers and the content together."""

import ast
import json
import re
from pathlib import Path

import pytest

from flows import build_request
from skill.builder import REQUEST_HANDLERS
from skill.handlers import dialog, safety
from skill.handlers.topics import HeatOrIceHandler, TopicHandler
from skill.intent_topics import TIMED_HEAT_OR_ICE, TOPIC_OF_INTENT

CONTRACT_INTENTS = {
    "HeatOrIceIntent", "EmergencyCheckIntent", "ReportSymptomIntent", "DurationIntent", "CausesIntent",
    "DehydrationIntent", "TreatmentIntent", "MedicationIntent", "ExerciseIntent", "PreventionIntent",
    "RecoveryIntent", "MobilityIntent", "ERInfoIntent", "ERLocationIntent", "ERPhoneIntent", "AMAZON.HelpIntent",
    "AMAZON.StopIntent",
    "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent", "AMAZON.RepeatIntent",
    "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.StartOverIntent",
}
SKILL_DIR = Path(__file__).resolve().parent.parent / "skill"
MODEL_PATHS = sorted((SKILL_DIR.parent / "interaction_models").glob("*.json"))
# Every intent any locale's model defines, read from the models, so a new intent cannot miss its handler.
MODEL_INTENTS = {intent["name"] for path in MODEL_PATHS for intent in
                 json.loads(path.read_text())["interactionModel"]["languageModel"]["intents"]}


def model_intents(language_model):
    return {intent["name"] for intent in language_model["intents"]}


def test_model_has_every_contract_intent(locale_model):
    language_model = locale_model
    assert CONTRACT_INTENTS <= model_intents(language_model)


def test_red_flag_handler_is_first_and_fallback_last():
    assert REQUEST_HANDLERS[0] is safety.RedFlagHandler
    assert REQUEST_HANDLERS[-1] is dialog.FallbackHandler


@pytest.mark.parametrize("intent", sorted(CONTRACT_INTENTS | MODEL_INTENTS))
def test_every_model_intent_has_its_own_handler(intent, conversation, locale_content, locale_model, locale):
    """No model intent falls through to the fallback or the error handler, in any locale."""
    content, language_model = locale_content, locale_model
    if intent not in model_intents(language_model):
        pytest.fail(f"{intent} missing from the model")
    exchange = conversation(locale).send(build_request({"intent": intent}, locale, language_model))
    speech = exchange.speech
    assert content.entry("error").speech not in speech
    if intent != "AMAZON.FallbackIntent":
        assert content.entry("fallback").speech not in speech, intent


def test_the_intent_to_topic_table_and_the_topic_handlers_agree():
    registered = {handler.intent_name for handler in REQUEST_HANDLERS if issubclass(handler, TopicHandler)}
    # Heat or ice has its own handler (it asks when the pain started); every other topic a TopicHandler.
    assert registered == set(TOPIC_OF_INTENT) - {"HeatOrIceIntent"}
    assert HeatOrIceHandler in REQUEST_HANDLERS
    assert set(TOPIC_OF_INTENT) <= MODEL_INTENTS, "every topic in the table is an intent of the models"


def test_every_topic_in_the_table_has_its_entry_in_every_locale():
    from skill.content import CONTENT

    for locale, content in CONTENT.items():
        missing = (set(TOPIC_OF_INTENT.values()) | set(TIMED_HEAT_OR_ICE)) - set(content.entries)
        assert not missing, (locale, missing)


def test_every_content_id_named_in_code_exists(content):
    """String literals passed to ``entry(...)`` or used as a pending content id must be entries."""
    named = set()
    for path in SKILL_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) in ("entry", "topic_turn") or (
                    isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("topic_turn", "question_turn",
                                                                                      "current_question_turn")):
                named |= {arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)}
    assert len(named) > 10
    missing = named - set(content.entries)
    assert not missing


def test_content_references_inside_content_resolve(content):
    for level in content.levels.values():
        assert level.offer is None or level.offer in content.entries
    for topic in content.symptom_topics.values():
        assert topic in content.entries
    for question in content.check_questions:
        assert question.flag in content.red_flags


def test_symptom_values_and_red_flags_match(locale_model, locale_content):
    language_model = locale_model
    content = locale_content
    (symptom_type,) = [t for t in language_model["types"] if t["name"] == "SymptomType"]
    ids = {value["id"] for value in symptom_type["values"]}
    assert set(content.red_flags) <= ids, "every red flag can be said"
    assert ids <= set(content.red_flags) | set(content.symptom_topics), "every symptom value has an answer"


def test_slots_used_in_samples_are_declared_and_typed(locale_model):
    language_model = locale_model
    type_names = {t["name"] for t in language_model["types"]}
    for intent in language_model["intents"]:
        declared = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        for sample in intent["samples"]:
            for name in re.findall(r"{(\w+)}", sample):
                assert name in declared, (intent["name"], sample)
        for slot_type in declared.values():
            assert slot_type.startswith("AMAZON.") or slot_type in type_names


@pytest.mark.parametrize("intent", ["AMAZON.StopIntent", "AMAZON.CancelIntent"])
def test_stop_and_cancel_really_end(intent, conversation, locale_model, locale):
    talk = conversation(locale)
    talk.launch()
    exchange = talk.send(build_request({"intent": intent}, locale, locale_model))
    assert exchange.ends_session is True
    assert "reprompt" not in exchange.response["response"]


def test_intents_with_symptom_slot_are_caught_by_the_red_flag_handler(locale_model, locale, conversation):
    language_model = locale_model
    with_symptom = [i["name"] for i in language_model["intents"]
                    if any(s["name"] == "symptom" for s in i.get("slots", []))]
    assert len(with_symptom) >= 5
    (symptom_type,) = [t for t in language_model["types"] if t["name"] == "SymptomType"]
    said = next(v["name"]["value"] for v in symptom_type["values"] if v["id"] == "CHEST_PAIN_OR_BREATHING")
    for intent in with_symptom:
        exchange = conversation(locale).send(build_request(
            {"intent": intent, "slots": {"symptom": {"value": said, "id": "CHEST_PAIN_OR_BREATHING"}}},
            locale, language_model))
        assert exchange.attributes.get("triage") == "emergency", intent


def test_every_custom_intent_carries_the_symptom_slot_with_multiple_values(locale_model):
    language_model = locale_model
    for intent in language_model["intents"]:
        if intent["name"].startswith("AMAZON."):
            continue
        slots = {slot["name"]: slot for slot in intent.get("slots", [])}
        assert "symptom" in slots, intent["name"]
        assert slots["symptom"].get("multipleValues", {}).get("enabled") is True, intent["name"]
        assert any("{symptom}" in sample for sample in intent["samples"]), intent["name"]


def test_every_symptom_report_sample_carries_the_symptom(locale_model):
    language_model = locale_model
    # The skill answers a report from its symptom slot: a slot-less report sample ("i tweaked my back")
    # would reach it with nothing to read, and would stop the slot's values teaching the simulator
    # that symptom words are a report.
    (report,) = [intent for intent in language_model["intents"] if intent["name"] == "ReportSymptomIntent"]
    assert [sample for sample in report["samples"] if "{symptom}" not in sample] == []


NEGATION_WORDS = re.compile(r"\b(no|not|never|none|nothing|without|n't|cannot|nor|neither"
                            r"|nunca|jamás|sin|ni|nada|tampoco|ningún|ninguna|ninguno|nadie)\b|n't\b")
HEDGES = re.compile(r"\b(not sure|don't know|i'm not sure|not certain|no sé|no estoy segur[oa])\b")


def test_no_carrier_phrase_hides_a_negation(locale_model):
    """Negation words said around a slot would be invisible to the skill ("i don't have {symptom}" would
    send "a fever" alone), so they must never be a sample's fixed words; doubt may be ("not sure if")."""
    language_model = locale_model
    for intent in language_model["intents"]:
        for sample in intent["samples"]:
            if "{symptom}" in sample:
                fixed = HEDGES.sub(" ", re.sub(r"{\w+}", " ", sample))
                assert not NEGATION_WORDS.search(fixed), (intent["name"], sample)


def test_the_model_knows_every_lexicon_phrase(locale_model, locale):
    """Run `python -m skill.vocabulary` after changing the lexicon; Alexa then knows the same words."""
    language_model = locale_model
    import json as json_module

    from skill.content import CONTENT_DIR
    from skill.vocabulary import missing_synonyms

    lexicon = json_module.loads((CONTENT_DIR / f"{locale}.json").read_text(encoding="utf-8"))["lexicon"]
    assert missing_synonyms(language_model, lexicon) == {}


def test_the_check_is_short_and_still_asks_every_warning_sign(locale_content):
    content = locale_content
    questions = content.check_questions
    assert len(questions) <= 7
    asked = [flag for question in questions for flag in question.covers]
    assert len(asked) == len(set(asked)), "a sign is asked twice"
    expected = {flag.id for flag in content.red_flags.values() if flag.in_check}
    assert set(asked) == expected
    for question in questions:
        # One answer for every sign a question names: the same level, and the same way to get there.
        assert question.flag in question.covers
        levels = {content.red_flags[flag].level for flag in question.covers}
        assert levels == {content.red_flags[question.flag].level}, question.id
        immobile = {content.red_flags[flag].immobile for flag in question.covers}
        assert len(immobile) == 1, question.id


def test_only_the_crisis_and_poison_lines_stay_out_of_the_check(locale_content):
    content = locale_content
    assert {flag.id for flag in content.red_flags.values() if not flag.in_check} == {"SELF_HARM", "OVERDOSE"}
