"""The simulator in US Spanish, driven by a small fixture model (tests/fixtures/es-US.model.json).

The skill's own es-US interaction model is written elsewhere; everything here must work with it too,
so the tests only lean on what any Spanish model has: the invocation name, a few intents with
Spanish samples, the symptom slot type and the built-in DATE, DURATION and NUMBER slots.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from conftest import run_module
from skill.simulator import cache, locales
from skill.simulator.client import InProcessSkill
from skill.simulator.engine import Simulator
from skill.simulator.invocation import parse_turn
from skill.simulator.model import ModelError, load_model, load_model_path
from skill.simulator.nlu import LanguageUnderstanding
from skill.simulator.text import fold, normalize

FIXTURE = Path(__file__).parent / "fixtures" / "es-US.model.json"
NAME = "ayudante de espasmos"
# Noon in Chicago on Sunday 29 November 2026.
NOON = datetime(2026, 11, 29, 18, 0, tzinfo=timezone.utc)
SUNDAY = date(2026, 11, 29)


@pytest.fixture(scope="module")
def model():
    return load_model_path(FIXTURE)


@pytest.fixture(scope="module")
def spanish_cache(tmp_path_factory):
    """One training of the fixture for the module, kept apart from the user's cache."""
    return tmp_path_factory.mktemp("nlu-cache")


@pytest.fixture(scope="module")
def simulator(model, spanish_cache):
    previous = os.environ.get("BACK_SPASM_CACHE")
    os.environ["BACK_SPASM_CACHE"] = str(spanish_cache)
    try:
        with Simulator(InProcessSkill(), locale="es-US", model=model, clock=lambda: NOON) as simulator:
            yield simulator
    finally:
        if previous is None:
            os.environ.pop("BACK_SPASM_CACHE", None)
        else:
            os.environ["BACK_SPASM_CACHE"] = previous


@pytest.fixture
def fresh(simulator):
    simulator.conversation.restart()
    return simulator


def said(simulator, text):
    """The request the skill got for ``text``: its type, intent name and the slots that have a value."""
    request = simulator.say(text).exchange.request["request"]
    intent = request.get("intent") or {}
    slots = {name: slot for name, slot in (intent.get("slots") or {}).items() if slot.get("value")}
    return request["type"], intent.get("name"), slots


def resolved_id(slot: dict) -> str | None:
    values = slot["resolutions"]["resolutionsPerAuthority"][0].get("values") or [{}]
    return values[0].get("value", {}).get("id")


# the fixture and the model loader -------------------------------------------------------
def test_the_fixture_is_a_spanish_model(model):
    assert model.locale == "es-US"
    assert model.invocation_name == NAME
    assert {"AMAZON.FallbackIntent", "AMAZON.YesIntent", "OnsetIntent"} <= set(model.intents)


def test_a_model_loads_from_a_file_or_a_folder(tmp_path, model):
    (tmp_path / "es-US.json").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_model("es-US", tmp_path) == model
    assert load_model_path(tmp_path, "es-US") == model
    assert load_model_path(FIXTURE, "es-MX").locale == "es-MX"
    with pytest.raises(ModelError):
        load_model_path(tmp_path / "missing.json", "es-US")


# language resources as data -------------------------------------------------------------
def test_each_locale_has_its_own_folder_of_resources():
    assert {"en-US", "es-US"} <= set(locales.available())
    english, spanish = locales.for_locale("en-US"), locales.for_locale("es-US")
    assert "yes" in english.builtin_intents["AMAZON.YesIntent"]
    assert "sí" in spanish.builtin_intents["AMAZON.YesIntent"]
    assert len(spanish.other_domain) >= 400
    assert not set(spanish.other_domain) & set(english.other_domain)
    assert locales.for_locale("es-MX").name == "es-US"  # a locale without a folder uses its language's
    with pytest.raises(locales.LocaleError):
        locales.for_locale("xx-YY")


@pytest.mark.parametrize("locale", locales.available())
def test_every_locale_folder_is_complete(locale):
    """A language added by copying a folder has every file and every setting English has."""
    folder = locales.ALEXA_DIR.joinpath(locale)
    assert all(folder.joinpath(name).is_file() for name in locales.FILES)
    english = json.loads(locales.ALEXA_DIR.joinpath("en-US", "language.json").read_text(encoding="utf-8"))
    data = json.loads(folder.joinpath("language.json").read_text(encoding="utf-8"))
    assert set(english) - {"values"} <= set(data)
    assert set(english["invocation"]) <= set(data["invocation"])
    resources = locales.for_locale(locale)
    assert set(resources.builtin_intents) == set(locales.for_locale("en-US").builtin_intents)
    assert resources.other_domain and resources.stop_words and resources.exit_phrases


def test_spanish_built_in_phrases_and_other_domain_requests_are_heard_as_such(simulator, model):
    """Each of Alexa's Spanish phrases is its intent, and each other-domain request is Fallback."""
    spanish = locales.for_locale("es-US")
    understand = simulator.nlu.understand
    wrong = [(phrase, intent) for intent, phrases in spanish.builtin_intents.items() if intent in model.intents
             for phrase in phrases if understand(phrase, SUNDAY).intent != intent]
    assert not wrong
    assert not [phrase for phrase in spanish.other_domain if understand(phrase, SUNDAY).intent != "AMAZON.FallbackIntent"]


def test_no_spanish_other_domain_phrase_is_about_the_back():
    spanish = locales.for_locale("es-US")
    assert not [phrase for phrase in spanish.other_domain if "espalda" in phrase or "espasmo" in phrase]


# accents --------------------------------------------------------------------------------
def test_text_keeps_accented_letters_and_drops_punctuation():
    assert normalize("¿Qué hago… niño?") == "qué hago niño"
    assert normalize("¡Ayúdame, por favor!") == "ayúdame por favor"
    assert normalize("Que\u0301 hago") == "qué hago"  # a decomposed accent is the same letter (NFC)
    assert fold("qué hago niño") == "que hago nino"
    assert normalize("¿Llamo al 911?", locales.for_locale("es-US").spoken_digits) == "llamo al nueve uno uno"
    assert len(fold("pídele a ñandú")) == len("pídele a ñandú")


def test_accents_or_none_the_request_is_the_same(fresh):
    assert said(fresh, "¿Qué hago… niño?")[1] == "TreatmentIntent"
    assert said(fresh, "que hago nino")[1] == "TreatmentIntent"


def test_slot_values_keep_their_accents_and_resolve_without_them(fresh):
    _, intent, slots = said(fresh, "mi mama no se puede levantar del sillón")
    assert intent == "ReportSymptomIntent"
    assert "sillón" in slots["symptom"]["value"]
    _, intent, slots = said(fresh, "mi mamá tiene fiebre")
    assert intent == "ReportSymptomIntent" and resolved_id(slots["symptom"]) == "FEVER"
    _, _, slots = said(fresh, "mi esposo no puede caminar")
    assert slots["symptom"]["value"] == "no puede caminar" and resolved_id(slots["symptom"]) == "CANNOT_STAND_WALK"


# launch and one-shot forms --------------------------------------------------------------
@pytest.mark.parametrize("text,kind,rest", [
    ("abre ayudante de espasmos", "launch", ""),
    ("Alexa, abre ayudante de espasmos", "launch", ""),
    ("inicia ayudante de espasmos", "launch", ""),
    ("Alexa, pregúntale a ayudante de espasmos qué hago", "one_shot", "qué hago"),
    ("preguntale a ayudante de espasmos si es una emergencia", "one_shot", "es una emergencia"),
    ("pídele a ayudante de espasmos que me diga cuánto dura un espasmo", "one_shot", "cuánto dura un espasmo"),
    ("dile a ayudante de espasmos que empezó ayer", "one_shot", "empezó ayer"),
    ("ayudante de espasmos, ¿qué hago?", "one_shot", "qué hago"),
    ("abre ayudante de espasmos y dime qué hago", "one_shot", "qué hago"),
    ("¿qué hago con ayudante de espasmos?", "one_shot", "qué hago"),
    ("¿qué hago?", "in_session", "qué hago"),
])
def test_spanish_invocation_forms(text, kind, rest):
    assert parse_turn(text, NAME, locales.for_locale("es-US")) == (kind, rest)


def test_english_forms_are_not_spanish_ones():
    assert parse_turn("open ayudante de espasmos", NAME, locales.for_locale("es-US")).kind == "in_session"
    assert parse_turn("abre back spasm helper", "back spasm helper").kind == "in_session"


def test_one_shot_and_launch_requests(fresh):
    assert said(fresh, "abre ayudante de espasmos")[0] == "LaunchRequest"
    exchange = fresh.say("pregúntale a ayudante de espasmos si debo usar calor o hielo").exchange
    assert exchange.request["request"]["intent"]["name"] == "HeatOrIceIntent"
    assert exchange.request["session"]["new"] is True
    assert said(fresh, "salir")[0] == "SessionEndedRequest"


# built-in intents -----------------------------------------------------------------------
@pytest.mark.parametrize("text,intent", [
    ("sí", "AMAZON.YesIntent"), ("si", "AMAZON.YesIntent"), ("claro", "AMAZON.YesIntent"),
    ("sí por favor", "AMAZON.YesIntent"),
    ("no", "AMAZON.NoIntent"), ("no gracias", "AMAZON.NoIntent"),
    ("para", "AMAZON.StopIntent"), ("detente", "AMAZON.StopIntent"), ("ya basta", "AMAZON.StopIntent"),
    ("cancela", "AMAZON.CancelIntent"), ("olvídalo", "AMAZON.CancelIntent"),
    ("repite", "AMAZON.RepeatIntent"), ("otra vez", "AMAZON.RepeatIntent"),
    ("empieza de nuevo", "AMAZON.StartOverIntent"),
    ("ayuda", "AMAZON.HelpIntent"),
])
def test_spanish_built_in_intents(fresh, text, intent):
    assert said(fresh, text)[1] == intent


# dates, durations and numbers -----------------------------------------------------------
@pytest.mark.parametrize("text,slot,value", [
    ("empezó ayer", "onset_date", "2026-11-28"),
    ("empezó anteayer", "onset_date", "2026-11-27"),
    ("empezó hace dos días", "onset_date", "2026-11-27"),
    ("empezó el lunes pasado", "onset_date", "2026-11-23"),
    ("comenzó la semana pasada", "onset_date", "2026-W47"),
    ("desde el martes", "onset_date", "2026-12-01"),  # a weekday with no direction lies ahead, as in English
    ("hace un par de días", "onset_duration", "P2D"),
    ("llevo tres horas así", "onset_duration", "PT3H"),
    ("lleva dos días y medio", "onset_duration", "P2.5D"),
])
def test_spanish_dates_and_durations_fill_slots(fresh, text, slot, value):
    _, intent, slots = said(fresh, text)
    assert intent == "OnsetIntent"
    assert slots[slot]["value"] == value


@pytest.mark.parametrize("text,value", [("mi dolor es ocho de diez", "8"), ("es un ciento dos", "102"),
                                        ("le doy un treinta y dos", "32")])
def test_spanish_numbers_fill_a_number_slot(fresh, text, value):
    _, intent, slots = said(fresh, text)
    assert intent == "PainScaleIntent" and slots["level"]["value"] == value


@pytest.mark.parametrize("text,value", [
    ("ayer", "2026-11-28"), ("hoy", "2026-11-29"), ("anoche", "2026-11-28"), ("antier", "2026-11-27"),
    ("hace una semana", "2026-11-22"), ("el viernes pasado", "2026-11-27"), ("el mes pasado", "2026-10"),
    ("este fin de semana", "2026-W48-WE"), ("el 25 de noviembre", "2027-11-25"), ("ahora mismo", "PRESENT_REF"),
])
def test_spanish_date_values(text, value):
    assert locales.for_locale("es-US").parse_date(f"me empezó {text}", SUNDAY).value == value


@pytest.mark.parametrize("text,value", [
    ("dos días", "P2D"), ("una semana", "P1W"), ("día y medio", "P1.5D"), ("media hora", "PT30M"),
    ("una hora y diez minutos", "PT1H10M"), ("treinta y seis horas", "PT36H"), ("varios días", "P3D"),
])
def test_spanish_duration_values(text, value):
    assert locales.for_locale("es-US").parse_duration(f"desde hace {text}").value == value


def test_spanish_words_that_are_no_date():
    spanish = locales.for_locale("es-US")
    assert spanish.parse_date("me duele la espalda", SUNDAY) is None
    assert spanish.parse_date("empezó hace tres días y no puedo", SUNDAY).words == "hace tres días"


# out of domain --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "qué tiempo va a hacer el sábado en Dallas",
    "pon una canción de Maná",
    "me salió un sarpullido en la pierna",
    "pon un temporizador de cinco minutos para el arroz",
    "cuéntame un chiste de gatos",
])
def test_spanish_out_of_domain_requests_go_to_fallback(fresh, text):
    assert said(fresh, text)[1] == "AMAZON.FallbackIntent"


# the training cache, per locale ---------------------------------------------------------
def test_the_cache_keeps_one_file_per_locale(tmp_path, monkeypatch, model):
    monkeypatch.setenv("BACK_SPASM_CACHE", str(tmp_path))
    english = load_model("en-US")
    assert cache.model_key(english) != cache.model_key(model)
    spanish_nlu = LanguageUnderstanding(model)
    spanish_classes = spanish_nlu._classifier.classes
    english_nlu = LanguageUnderstanding(english)
    english_classes = english_nlu._classifier.classes
    files = sorted(path.name for path in tmp_path.glob("*.bin"))
    assert [name.rsplit("-", 1)[0] for name in files] == ["nlu-en-US", "nlu-es-US"]  # neither removed the other
    assert "PainScaleIntent" in spanish_classes and "PainScaleIntent" not in english_classes
    again = LanguageUnderstanding(model)
    assert again._classifier.classes == spanish_classes and again.from_cache
    assert again._classifier.stop_words == frozenset(locales.for_locale("es-US").stop_words)


def test_the_cache_key_covers_only_the_locales_own_resources(model):
    english, spanish = locales.for_locale("en-US"), locales.for_locale("es-US")
    assert english.key_bytes() != spanish.key_bytes()
    assert b"ayudante" not in english.key_bytes()


# the command line, in every mode --------------------------------------------------------
def run_cli(*args, input_text=None, cache_dir):
    env = {**os.environ, "BACK_SPASM_CACHE": str(cache_dir)}
    return run_module("skill.simulator", *args, input_text=input_text, env=env)


def test_cli_one_shot_and_json_in_spanish(spanish_cache):
    result = run_cli("--locale", "es-US", "--model", str(FIXTURE), "abre ayudante de espasmos", "¿qué hago?",
                     cache_dir=spanish_cache)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "User  > abre ayudante de espasmos"
    result = run_cli("--model", str(FIXTURE), "--json", "pregúntale a ayudante de espasmos si es una emergencia",
                     "empezó ayer", cache_dir=spanish_cache)
    assert result.returncode == 0, result.stderr
    first, second = [json.loads(line) for line in result.stdout.splitlines()]
    body = first["skillExecutionInfo"]["invocations"][0]["invocationRequest"]["body"]
    assert body["request"]["locale"] == "es-US"
    assert first["alexaExecutionInfo"]["consideredIntents"][0]["name"] == "EmergencyCheckIntent"
    assert second["alexaExecutionInfo"]["consideredIntents"][0]["slots"]["onset_date"]["value"]


def test_cli_interactive_and_replay_in_spanish(tmp_path, spanish_cache):
    record = tmp_path / "grabado.json"
    result = run_cli("--locale", "es-US", "--model", str(FIXTURE),
                     input_text=f"abre ayudante de espasmos\n¿qué hago?\n.record {record}\n.quit\n",
                     cache_dir=spanish_cache)
    assert result.returncode == 0, result.stderr
    assert "User  > ¿qué hago?" in result.stdout
    replay = json.loads(record.read_text(encoding="utf-8"))
    assert replay["locale"] == "es-US" and replay["userInput"] == ["abre ayudante de espasmos", "¿qué hago?"]
    again = run_cli("--model", str(FIXTURE), "--json", "--replay", str(record), cache_dir=spanish_cache)
    assert again.returncode == 0, again.stderr
    turns = [json.loads(line) for line in again.stdout.splitlines()]
    assert turns[1]["alexaExecutionInfo"]["consideredIntents"][0]["name"] == "TreatmentIntent"


def test_cli_without_a_spanish_model_says_so_in_one_line(spanish_cache):
    result = run_cli("--locale", "xx-YY", "--model", str(FIXTURE), "hola", cache_dir=spanish_cache)
    assert result.returncode == 2 and "no language resources" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("--model", str(FIXTURE.with_name("missing.json")), "--locale", "es-US", "hola",
                     cache_dir=spanish_cache)
    assert result.returncode == 2 and "no interaction model" in result.stderr


# the real es-US model -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def real_spanish():
    return LanguageUnderstanding(load_model("es-US"))


@pytest.mark.parametrize("said,intent", [
    # Alexa's own phrase for a built-in intent beats a sample whose slot was left out ("sí {symptom}").
    ("sí", "AMAZON.YesIntent"), ("si", "AMAZON.YesIntent"), ("no", "AMAZON.NoIntent"),
    # A short report that closes with a question is that question.
    ("tengo la espalda bien tiesa qué hago", "TreatmentIntent"),
    # A story's question may follow any turn of phrase ("y", "pero"), not only the last one.
    ("fíjese que estuve pintando la casa todo el fin de semana y se me trabó la espalda y mi esposa dice que "
     "no es nada pero debo preocuparme", "EmergencyCheckIntent"),
    # A hedged sign is a report, not an "I don't know" answer.
    ("puede ser que tenga un poco de fiebre no estoy seguro", "ReportSymptomIntent"),
    ("qué le puedo dar a mi abuelita para el dolor de la cintura", "MedicationIntent"),
    # A report with nothing but filler in its symptom slot is an "I don't know" answer.
    ("mmm no estoy segura", "UnsureIntent"),
    # A question word sent unaccented at the start is the question; a trailing non-standard one is asked too.
    ("bueno porque me dan calambres en la espalda", "CausesIntent"),
    ("me duele la espalda desde ayer qué yo hago", "TreatmentIntent"),
])
def test_the_real_spanish_model_hears_built_ins_and_closing_questions(real_spanish, said, intent):
    assert real_spanish.understand(said, date(2026, 11, 29)).intent == intent


@pytest.mark.parametrize("said,heard", [
    ("porque me dan espasmos", "por qué me dan espasmos"),
    ("bueno porque me duele", "bueno por qué me duele"),  # after an opening filler
    ("cuanto dura esto", "cuánto dura esto"),
    ("que hago con la espalda", "qué hago con la espalda"),
    # Only at the start: a reason given later is a reason.
    ("me duele porque cargué cajas", "me duele porque cargué cajas"),
    ("que bueno que ya no me duele", "que bueno que ya no me duele"),
])
def test_a_question_word_sent_unaccented_at_the_start_is_heard_as_the_question(said, heard):
    assert locales.for_locale("es-US").respell_opening(said) == heard
