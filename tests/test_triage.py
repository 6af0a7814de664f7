"""Every red flag yields its level first; the guided check walks most-serious-first; topics never triage."""

import pytest

from flows import build_request
from skill.content import CONTENT, TRIAGE_LEVELS
from skill.simulator import envelopes

EN = CONTENT["en-US"]
TOPIC_INTENTS = ["HeatOrIceIntent", "OnsetIntent", "DurationIntent", "CausesIntent", "DehydrationIntent",
                 "TreatmentIntent", "MedicationIntent", "ExerciseIntent", "PreventionIntent", "RecoveryIntent",
                 "MobilityIntent", "ERInfoIntent", "ERLocationIntent", "ERPhoneIntent", "AMAZON.HelpIntent",
                 "AMAZON.FallbackIntent", "UnsureIntent"]
ISSUE_EMERGENCIES = ["BLADDER_BOWEL", "SADDLE_NUMBNESS", "BOTH_LEGS", "FEVER", "CHEST_PAIN_OR_BREATHING",
                     "SUDDEN_WEAKNESS_NUMBNESS", "SERIOUS_FALL_ACCIDENT"]


def symptom(flag_id, value="described symptom"):
    return {"intent": "ReportSymptomIntent", "slots": {"symptom": {"value": value, "id": flag_id}}}


@pytest.mark.parametrize("flag_id", sorted(EN.red_flags))
def test_each_red_flag_gives_its_level_first(flag_id, conversation, language_model):
    flag = EN.red_flags[flag_id]
    exchange = conversation().send(build_request(symptom(flag_id), "en-US", language_model))
    speech = exchange.speech.removeprefix("<speak>")
    assert exchange.attributes["triage"] == flag.level
    assert speech.startswith(flag.lead or EN.levels[flag.level].lead)
    assert flag.detail in speech
    card = exchange.response["response"]["card"]
    if flag.level in ("emergency", "urgent"):
        assert card["title"] == "Get emergency care"
        assert speech.startswith("Get emergency care now")
    assert exchange.ends_session is False


@pytest.mark.parametrize("flag_id", ISSUE_EMERGENCIES)
def test_issue_red_flags_are_emergencies(flag_id):
    assert EN.red_flags[flag_id].level == "emergency"


@pytest.mark.parametrize("intent", TOPIC_INTENTS)
def test_non_urgent_topics_never_set_triage(intent, conversation, language_model):
    talk = conversation()
    talk.send(build_request(symptom("FEVER"), "en-US", language_model))
    exchange = talk.send(build_request({"intent": intent}, "en-US", language_model))
    assert "triage" not in exchange.attributes, intent


def test_the_most_serious_of_several_matches_wins(conversation):
    slot = envelopes.slot("symptom", "locked up", slot_type="SymptomType", value_id="STIFFNESS")
    slot["resolutions"]["resolutionsPerAuthority"][0]["values"] += [
        {"value": {"name": "can't move", "id": "CANNOT_MOVE"}},
        {"value": {"name": "fever", "id": "FEVER"}},
    ]
    exchange = conversation().send(envelopes.intent_request("en-US", "ReportSymptomIntent", {"symptom": slot}))
    assert exchange.attributes["triage"] == "emergency"


def test_check_asks_most_serious_first():
    severities = [TRIAGE_LEVELS.index(EN.red_flags[q.flag].level) for q in EN.check_questions]
    assert severities == sorted(severities)
    assert {EN.red_flags[q.flag].level for q in EN.check_questions} == set(TRIAGE_LEVELS)


@pytest.mark.parametrize("index", range(len(EN.check_questions)))
@pytest.mark.parametrize("answer", ["AMAZON.YesIntent", "UnsureIntent"])
def test_each_check_answer_triages_at_once(index, answer, conversation, language_model):
    talk = conversation()
    talk.intent("EmergencyCheckIntent")
    for _ in range(index):
        talk.intent("AMAZON.NoIntent")
    question = EN.check_questions[index]
    exchange = talk.intent(answer)
    counts_as_yes = answer == "AMAZON.YesIntent" or question.unsure_is_yes
    if counts_as_yes:
        assert exchange.attributes["triage"] == EN.red_flags[question.flag].level
        assert "check" not in exchange.attributes
    else:
        assert "triage" not in exchange.attributes
        assert EN.entry("check_all_clear").speech in exchange.speech


def test_unsure_counts_as_yes_for_every_emergency_and_urgent_question():
    for question in EN.check_questions:
        if EN.red_flags[question.flag].level in ("emergency", "urgent"):
            assert question.unsure_is_yes, question.id


# Spanish (es-US): the same triage, in Spanish words -------------------------------------------
ES = CONTENT["es-US"]


@pytest.mark.parametrize("flag_id", sorted(ES.red_flags))
def test_each_red_flag_gives_its_level_first_in_spanish(flag_id, conversation):
    from conftest import model_for

    model = model_for("es-US")
    (symptom_type,) = [t for t in model["types"] if t["name"] == "SymptomType"]
    said = next(v["name"]["value"] for v in symptom_type["values"] if v["id"] == flag_id)
    flag = ES.red_flags[flag_id]
    exchange = conversation("es-US").send(build_request(symptom(flag_id, said), "es-US", model))
    speech = exchange.speech.removeprefix("<speak>")
    assert exchange.attributes["triage"] == flag.level
    assert speech.startswith(flag.lead or ES.levels[flag.level].lead)
    assert flag.detail in speech
    if flag.level in ("emergency", "urgent"):
        assert exchange.response["response"]["card"]["title"] == "Busque atención de emergencia"
        assert speech.startswith("Busque atención de emergencia ahora")
    assert exchange.ends_session is False


@pytest.mark.parametrize("index", range(len(ES.check_questions)))
@pytest.mark.parametrize("answer", ["AMAZON.YesIntent", "UnsureIntent"])
def test_each_check_answer_triages_at_once_in_spanish(index, answer, conversation):
    talk = conversation("es-US")
    talk.intent("EmergencyCheckIntent")
    for _ in range(index):
        talk.intent("AMAZON.NoIntent")
    question = ES.check_questions[index]
    exchange = talk.intent(answer)
    if answer == "AMAZON.YesIntent" or question.unsure_is_yes:
        assert exchange.attributes["triage"] == ES.red_flags[question.flag].level
        assert question.detail in exchange.speech
    else:
        assert "triage" not in exchange.attributes
        assert ES.entry("check_all_clear").speech in exchange.speech
