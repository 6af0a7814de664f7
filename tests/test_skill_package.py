"""The interaction model and the skill manifest follow Alexa's rules and agree with each other."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from ask_sdk_core.serialize import DefaultSerializer

from conftest import LOCALES, ROOT, model_for
from skill import skill_package
from skill.red_flag_reader import fold
from skill.simulator.client import InProcessSkill
from skill.simulator.engine import Simulator

MANIFEST = json.loads((ROOT / "skill-package" / "skill.json").read_text())["manifest"]
LAUNCH_WORDS = {"ask", "begin", "can", "launch", "load", "nothing", "open", "play", "resume", "run", "set",
                "start", "stop", "tell", "the", "use", "enable",
                # Spanish launch and connecting words
                "abre", "abrir", "pregunta", "pregúntale", "pregúntele", "pide", "pídele", "dile", "inicia", "iniciar",
                "empieza", "comienza", "juega", "usa", "usar", "activa", "habilita", "pon", "para", "detén", "el", "la"}
WAKE_WORDS = {"alexa", "amazon", "echo", "computer", "skill", "app"}
# Letters, spaces, apostrophes, hyphens, periods after single letters (abbreviations), and {slots}.
SAMPLE_CHARACTERS = re.compile(r"^(?:[^\W\d_]|[' -]|\b[a-z]\.|{\w+})+$")
INVOCATION_NAMES = {"en-US": "back spasm helper", "es-US": "ayudante de espasmos"}


def test_model_deserializes_with_the_smapi_classes(locale):
    raw = json.loads((ROOT / "interaction_models" / f"{locale}.json").read_text(encoding="utf-8"))
    data = DefaultSerializer().deserialize(
        json.dumps(raw), "ask_smapi_model.v1.skill.interaction_model.interaction_model_data.InteractionModelData")
    language_model = data.interaction_model.language_model
    assert language_model.invocation_name == INVOCATION_NAMES[locale]
    assert len(language_model.intents) == len(raw["interactionModel"]["languageModel"]["intents"])
    symptom_type = next(t for t in language_model.types if t.name == "SymptomType")
    assert all(value.id and value.name.value for value in symptom_type.values)


def test_manifest_deserializes_with_the_smapi_classes():
    envelope = DefaultSerializer().deserialize(
        json.dumps({"manifest": MANIFEST}), "ask_smapi_model.v1.skill.manifest.skill_manifest_envelope.SkillManifestEnvelope")
    assert envelope.manifest.publishing_information.category == "HEALTH_AND_FITNESS"


def test_invocation_name_follows_alexa_rules(locale_model):
    language_model = locale_model
    name = language_model["invocationName"]
    words = name.split()
    assert len(words) >= 2 and name == name.lower() and re.fullmatch(r"(?:[^\W\d_]|[' .])+", name)
    assert not set(words) & (LAUNCH_WORDS | WAKE_WORDS)


def test_samples_use_allowed_characters_and_defined_slots(locale_model):
    language_model = locale_model
    for intent in language_model["intents"]:
        slots = {slot["name"] for slot in intent.get("slots", [])}
        for sample in intent["samples"]:
            assert SAMPLE_CHARACTERS.match(sample), (intent["name"], sample)
            assert not re.search(r"\d", sample), sample
            assert set(re.findall(r"{(\w+)}", sample)) <= slots, (intent["name"], sample)


def test_no_sample_is_shared_by_two_intents_and_no_custom_intent_is_empty(locale_model):
    language_model = locale_model
    counts = Counter(sample.lower() for intent in language_model["intents"] for sample in set(intent["samples"]))
    assert [sample for sample, count in counts.items() if count > 1] == []
    for intent in language_model["intents"]:
        if not intent["name"].startswith("AMAZON."):
            assert len(intent["samples"]) >= 25, intent["name"]


def test_slot_values_are_unique_across_values(locale_model):
    language_model = locale_model
    for slot_type in language_model["types"]:
        # Compared with accents folded too: "se cayó" and "se cayo" are one phrase to a listener.
        phrases = [fold(p) for v in slot_type["values"] for p in [v["name"]["value"], *v["name"].get("synonyms", [])]]
        assert len(phrases) == len(set(phrases)), [p for p, c in Counter(phrases).items() if c > 1]


def test_skill_package_models_are_in_step_with_the_source():
    assert skill_package.out_of_step() == []


def test_sync_repairs_a_stale_package(tmp_path):
    source, packaged = tmp_path / "source", tmp_path / "packaged"
    source.mkdir()
    (source / "en-US.json").write_text('{"new": true}')
    packaged.mkdir()
    (packaged / "en-US.json").write_text('{"old": true}')
    (packaged / "fr-FR.json").write_text("{}")
    assert skill_package.out_of_step(source, packaged) == ["en-US.json", "fr-FR.json"]
    skill_package.sync(source, packaged)
    assert skill_package.out_of_step(source, packaged) == []


def test_set_endpoint_accepts_only_lambda_arns(tmp_path):
    manifest = tmp_path / "skill.json"
    manifest.write_text(json.dumps({"manifest": MANIFEST}))
    with pytest.raises(ValueError):
        skill_package.set_endpoint("https://example.com", manifest)
    arn = "arn:aws:lambda:us-east-1:123456789012:function:back-spasm-skill-prod-skill"
    skill_package.set_endpoint(arn, manifest)
    assert json.loads(manifest.read_text())["manifest"]["apis"]["custom"]["endpoint"]["uri"] == arn


def test_the_skill_id_goes_where_ask_deploy_reads_it_and_keeps_the_rest(tmp_path):
    states = tmp_path / ".ask" / "ask-states.json"
    skill_id = "amzn1.ask.skill.12345678-1234-1234-1234-123456789abc"
    with pytest.raises(ValueError):
        skill_package.set_skill_id("amzn1.ask.skill.<id>", states)
    assert not states.exists()
    skill_package.set_skill_id(skill_id, states)
    assert json.loads(states.read_text()) == {"askcliStatesVersion": "2020-03-31",
                                              "profiles": {"default": {"skillId": skill_id}}}
    written = json.loads(states.read_text())
    written["profiles"]["default"]["skillMetadata"] = {"lastDeployHash": "abc"}
    states.write_text(json.dumps(written))
    skill_package.set_skill_id(skill_id, states)
    assert json.loads(states.read_text())["profiles"]["default"]["skillMetadata"] == {"lastDeployHash": "abc"}


def test_manifest_carries_the_disclaimer_and_true_privacy_answers():
    description = MANIFEST["publishingInformation"]["locales"]["en-US"]["description"]
    assert "not a substitute for professional medical advice" in description
    assert "in an emergency call 911" in description
    privacy = MANIFEST["privacyAndCompliance"]
    assert privacy["allowsPurchases"] is False and privacy["containsAds"] is False
    assert privacy["isChildDirected"] is False and privacy["usesPersonalInfo"] is False


def test_the_manifest_declares_every_permission_the_skill_asks_for_and_no_other():
    """The reminders permission: the skill asks for it by voice (AskFor) and in the Alexa app's card."""
    from skill.reminders import SCOPE

    assert MANIFEST["permissions"] == [{"name": SCOPE}]
    source = "\n".join(path.read_text() for path in (ROOT / "skill").rglob("*.py") if "simulator" not in path.parts)
    asked = set(re.findall(r"alexa::[a-z:_.]+", source))
    assert asked == {SCOPE}


@pytest.mark.parametrize("phrase,expected", list(zip(
    MANIFEST["publishingInformation"]["locales"]["en-US"]["examplePhrases"],
    ["LaunchRequest", "HeatOrIceIntent", "EmergencyCheckIntent"])))
def test_example_phrases_start_with_alexa_and_reach_their_intent(skill, phrase, expected):
    assert phrase.startswith("Alexa, ")
    with Simulator(InProcessSkill(skill)) as simulator:
        turn = simulator.say(phrase)
    request = turn.exchange.request["request"]
    assert (request.get("intent") or {}).get("name", request["type"]) == expected



# Spanish (es-US) --------------------------------------------------------------------------------

SPANISH = MANIFEST["publishingInformation"]["locales"]["es-US"]


def test_every_locale_with_a_model_is_listed_and_every_listing_has_a_model():
    assert sorted(MANIFEST["publishingInformation"]["locales"]) == LOCALES


def test_spanish_listing_carries_the_disclaimer():
    description = SPANISH["description"]
    assert "no sustituye el consejo, el diagnóstico ni el tratamiento de un profesional médico" in description
    assert "en una emergencia llame al 911" in description
    assert SPANISH["name"] and SPANISH["summary"] and SPANISH["keywords"]


@pytest.mark.parametrize("phrase,expected", list(zip(SPANISH["examplePhrases"],
                                                     ["LaunchRequest", "HeatOrIceIntent", "EmergencyCheckIntent"])))
def test_spanish_example_phrases_open_or_ask_and_are_real_samples(phrase, expected):
    model = model_for("es-US")
    name = model["invocationName"]
    if expected == "LaunchRequest":
        assert phrase == f"Alexa, abre {name}"
        return
    prefix = f"Alexa, pregúntale a {name} "
    assert phrase.startswith(prefix), phrase
    (intent,) = [intent for intent in model["intents"] if intent["name"] == expected]
    assert phrase.removeprefix(prefix) in intent["samples"], phrase


def test_spanish_model_has_the_same_intents_slots_and_symptom_ids_as_english(language_model):
    spanish = model_for("es-US")

    def shape(model):
        return {intent["name"]: sorted((slot["name"], slot["type"], json.dumps(slot.get("multipleValues")))
                                       for slot in intent.get("slots", [])) for intent in model["intents"]}

    assert shape(spanish) == shape(language_model)
    assert [t["name"] for t in spanish["types"]] == [t["name"] for t in language_model["types"]]
    for english, other in zip(language_model["types"], spanish["types"]):
        assert [v["id"] for v in other["values"]] == [v["id"] for v in english["values"]]
