"""The offline simulator: understanding from the model, Alexa-shaped requests and results, and its CLI."""

from __future__ import annotations

import functools
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from ask_sdk_core.serialize import DefaultSerializer

from conftest import model_for, run_module
from skill.content import CONTENT
from flows import configured, load_flows, play
from skill.simulator.client import InProcessSkill
from skill.simulator.engine import Simulator, SimulatorError
from skill.simulator.invocation import parse_turn
from skill.simulator.replay import ReplayError, read_replay

TODAY = date(2026, 11, 27)
# Noon in Chicago on TODAY: the device's day and the UTC day agree, so flows that say "yesterday"
# answer the same whenever the tests run.
NOON_IN_CHICAGO = datetime(2026, 11, 27, 18, 0, tzinfo=timezone.utc)
GOLDEN = yaml.safe_load((Path(__file__).parent / "golden" / "en-US.yaml").read_text())
REPLAYS = sorted((Path(__file__).parent / "replays").glob("*.json"))


@pytest.fixture(scope="module")
def simulator(skill):
    with Simulator(InProcessSkill(skill), clock=lambda: NOON_IN_CHICAGO) as simulator:
        yield simulator


@pytest.fixture
def fresh(simulator):
    simulator.conversation.restart()
    return simulator


def resolved_id(slot: dict) -> str | None:
    authority = slot["resolutions"]["resolutionsPerAuthority"][0]
    values = authority.get("values") or [{}]
    return values[0].get("value", {}).get("id")


@pytest.mark.parametrize("intent,utterance", [(i, u) for i, us in GOLDEN["match"].items() for u in us])
def test_golden_utterances(simulator, intent, utterance):
    assert simulator.nlu.understand(utterance, TODAY).intent == intent


@pytest.mark.parametrize("intent,utterance", [(i, u) for i, us in GOLDEN["must_not_match"].items() for u in us])
def test_must_not_match(simulator, intent, utterance):
    assert simulator.nlu.understand(utterance, TODAY).intent != intent


def test_no_golden_utterance_is_a_model_sample(language_model):
    samples = {sample for intent in language_model["intents"] for sample in intent["samples"]}
    golden = {u for us in GOLDEN["match"].values() for u in us}
    assert not golden & samples


@pytest.mark.parametrize("utterance,value_id", [
    ("my husband can't stand up", "CANNOT_STAND_WALK"),
    ("she lost bladder control", "BLADDER_BOWEL"),
    ("i have numbness in my groin", "SADDLE_NUMBNESS"),
    ("i have a stiff back", "STIFFNESS"),
    ("he has a feverr", "FEVER"),
])
def test_entity_resolution_matches_the_value_id(simulator, utterance, value_id):
    understanding = simulator.nlu.understand(utterance, TODAY)
    slot = understanding.slots["symptom"]
    assert slot["resolutions"]["resolutionsPerAuthority"][0]["status"]["code"] == "ER_SUCCESS_MATCH"
    assert resolved_id(slot) == value_id
    assert slot["resolutions"]["resolutionsPerAuthority"][0]["authority"].endswith(".SymptomType")


def test_unknown_symptom_is_no_match(simulator):
    slot = simulator.nlu.understand("i have purple spots on my toes", TODAY).slots.get("symptom")
    if slot is not None and "resolutions" in slot:
        assert slot["resolutions"]["resolutionsPerAuthority"][0]["status"]["code"] == "ER_SUCCESS_NO_MATCH"


def test_onset_slots_reach_the_skill(fresh, content):
    # "i hurt my back {onset_date} should i ..." is the sample matched: "three days ago" is a date, and
    # only a date (Alexa fills each word into one slot).
    turn = fresh.say("i hurt my back three days ago should i use ice or heat")
    assert turn.intent == "HeatOrIceIntent"
    slots = turn.exchange.request["request"]["intent"]["slots"]
    local_day = fresh.device.local_time(datetime.fromisoformat(
        turn.exchange.request["request"]["timestamp"].replace("Z", "+00:00"))).date()
    assert slots["onset_date"]["value"] == (local_day - timedelta(days=3)).isoformat()
    assert "value" not in slots["onset_duration"] and "value" not in slots["symptom"]
    assert content.entry("heat_or_ice_heat").speech in turn.exchange.speech


def test_for_a_duration_sample_the_words_are_a_duration(fresh):
    turn = fresh.say("it's been three days should i use heat now")
    slots = turn.exchange.request["request"]["intent"]["slots"]
    assert slots["onset_duration"]["value"] == "P3D" and "value" not in slots["onset_date"]


@pytest.mark.parametrize("text,kind,rest", [
    ("open back spasm helper", "launch", ""),
    ("Alexa, open Back Spasm Helper", "launch", ""),
    ("ask back spasm helper should I use heat or ice", "one_shot", "should i use heat or ice"),
    ("tell back spasm helper my husband can't stand up", "one_shot", "my husband can't stand up"),
    ("ask back spasm helper about dehydration", "one_shot", "dehydration"),
    ("ask back spasm helper to check warning signs", "one_shot", "check warning signs"),
    ("should I use heat or ice", "in_session", "should i use heat or ice"),
])
def test_invocation_forms(text, kind, rest):
    addressed = parse_turn(text, "back spasm helper")
    assert (addressed.kind, addressed.utterance) == (kind, rest)


def test_one_shot_starts_a_new_session_and_launch_is_a_launch_request(fresh):
    first = fresh.say("open back spasm helper")
    assert first.exchange.request["request"]["type"] == "LaunchRequest"
    assert first.exchange.request["session"]["new"] is True
    second = fresh.say("what causes back spasms")
    assert second.exchange.request["session"]["new"] is False
    assert second.exchange.request["session"]["sessionId"] == first.exchange.request["session"]["sessionId"]
    third = fresh.say("ask back spasm helper how long will this last")
    assert third.exchange.request["session"]["new"] is True
    assert third.intent == "DurationIntent"


def test_exit_sends_session_ended(fresh):
    fresh.say("open back spasm helper")
    turn = fresh.say("exit")
    assert turn.exchange.request["request"]["type"] == "SessionEndedRequest"
    assert fresh.session_ended


def test_requests_deserialize_with_ask_sdk_models_serializer(fresh):
    """Every field survives ask-sdk-model's own round trip (it writes timestamps as +00:00, not Z)."""
    from ask_sdk_model import IntentRequest, LaunchRequest

    serializer = DefaultSerializer()
    kinds = []
    for text in ["open back spasm helper", "my husband can't stand up", "it started yesterday", "yes"]:
        body = fresh.say(text).exchange.request
        envelope = serializer.deserialize(json.dumps(body), "ask_sdk_model.RequestEnvelope")
        kinds.append(type(envelope.request))
        again = serializer.serialize(envelope)
        assert again["request"].pop("timestamp").replace("+00:00", "Z") == body["request"]["timestamp"]
        assert again["request"] == {k: v for k, v in body["request"].items() if k != "timestamp"}
        assert again["session"] == body["session"] and again["context"] == body["context"]
    assert kinds == [LaunchRequest, IntentRequest, IntentRequest, IntentRequest]


def test_simulation_result_shape(fresh):
    result = fresh.say("my wife can't walk").simulation_result()
    assert set(result) == {"alexaExecutionInfo", "skillExecutionInfo", "error", "reminders"} and result["error"] is None
    assert result["reminders"] == []  # what the emulated Reminders API accepted: nothing yet
    info = result["alexaExecutionInfo"]
    assert info["alexaResponses"][0]["type"] == "Speech"
    assert info["alexaResponses"][0]["content"]["caption"].startswith("Get emergency care now")
    first = info["consideredIntents"][0]
    assert first["name"] == "ReportSymptomIntent" and first["confirmationStatus"] == "NONE"
    assert set(first["slots"]["symptom"]) == {"name", "value", "resolutions"}
    invocation = result["skillExecutionInfo"]["invocations"][0]
    assert invocation["invocationRequest"]["endpoint"] == "in-process"
    assert invocation["invocationRequest"]["body"]["request"]["intent"]["name"] == first["name"]
    assert invocation["invocationResponse"]["body"]["sessionAttributes"]["triage"] == "urgent"
    assert isinstance(invocation["metrics"]["skillExecutionTimeInMilliseconds"], int)


@pytest.mark.parametrize("path", REPLAYS, ids=[p.stem for p in REPLAYS])
def test_replay_files_play(path, skill, content):
    replay = read_replay(path)
    with Simulator(InProcessSkill(skill), locale=replay.locale) as simulator:
        turns = [simulator.say(text) for text in replay.turns]
    assert all(turn.speech for turn in turns if turn.exchange.request["request"]["type"] != "SessionEndedRequest")
    assert content.entry("error").speech not in " ".join(turn.speech for turn in turns)


def test_caregiver_replay_triages_on_not_sure(skill):
    replay = read_replay(Path(__file__).parent / "replays" / "caregiver_check.json")
    with Simulator(InProcessSkill(skill)) as simulator:
        turns = [simulator.say(text) for text in replay.turns]
    assert [t.intent for t in turns[1:]] == ["EmergencyCheckIntent", "AMAZON.NoIntent", "AMAZON.NoIntent",
                                            "AMAZON.RepeatIntent", "UnsureIntent"]
    assert turns[-1].exchange.attributes["triage"] == "emergency"


SPOKEN_FLOWS = [(name, flow) for name, flow in load_flows() if any("say" in t for t in flow["turns"])]


@pytest.mark.parametrize("name,flow", SPOKEN_FLOWS, ids=[n for n, _ in SPOKEN_FLOWS])
def test_spoken_flows(name, flow, simulator, skill, content, language_model):
    locale = flow.get("locale", "en-US")
    if locale != "en-US":
        content, language_model = CONTENT[locale], model_for(locale)
    if "device" in flow or locale != "en-US":
        # A device of its own (its permissions, its reminders), so nothing carries over to other flows.
        own = Simulator(InProcessSkill(skill), locale=locale, clock=lambda: NOON_IN_CHICAGO)
        configured(own.device, flow.get("device") or {})
    else:
        own = None
        simulator.conversation.restart()
    speaking = own or simulator

    def send(text):
        turn = speaking.say(text)
        return turn.exchange, turn.intent

    try:
        play(flow, speaking.conversation, content, language_model, send=send)
    finally:
        if own is not None:
            own.close()


def test_there_are_spoken_flows():
    assert len(SPOKEN_FLOWS) >= 3


def test_empty_turn_is_refused(simulator):
    with pytest.raises(SimulatorError):
        simulator.say("   ")


@pytest.mark.parametrize("body,message", [
    ("{not json", "not valid JSON"),
    ('{"locale": "en-US", "type": "text", "userInput": ["hi"]}', "missing skillId"),
    ('{"skillId": "x", "locale": "en-US", "type": "voice", "userInput": ["hi"]}', "only 'text'"),
    ('{"skillId": "x", "locale": "en-US", "type": "text", "userInput": []}', "non-empty list"),
    ('["a list"]', "JSON object"),
])
def test_bad_replay_files(tmp_path, body, message):
    path = tmp_path / "replay.json"
    path.write_text(body)
    with pytest.raises(ReplayError, match=message):
        read_replay(path)


def run_cli(*args, input_text=None):
    return run_module("skill.simulator", *args, input_text=input_text)


def test_cli_turns_print_like_ask_dialog():
    result = run_cli("open back spasm helper", "my husband can't stand up", "stop")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "User  > open back spasm helper"
    assert lines[1].startswith("Alexa > Welcome")
    assert lines[3].startswith("Alexa > Get emergency care now")
    assert lines[-1] == "Session ended"


def test_cli_json_is_one_object_per_turn():
    result = run_cli("--json", "open back spasm helper", "what causes back spasms")
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(objects) == 2
    assert objects[1]["alexaExecutionInfo"]["consideredIntents"][0]["name"] == "CausesIntent"


def test_cli_interactive_records_a_replay_file(tmp_path):
    record = tmp_path / "recorded.json"
    result = run_cli(input_text=f"open back spasm helper\nshould i use heat or ice\n.record {record}\n.quit\n")
    assert result.returncode == 0, result.stderr
    assert "Alexa > Welcome" in result.stdout
    replay = read_replay(record)
    assert replay.turns == ["open back spasm helper", "should i use heat or ice"]
    again = run_cli("--replay", str(record))
    assert again.returncode == 0 and "Alexa > Use ice" in again.stdout


@pytest.mark.parametrize("args,fragment", [
    (["  "], "empty turn"),
    (["--locale", "xx-YY", "hello"], "no interaction model"),
    (["--replay", "/nonexistent/replay.json"], "not found"),
    (["--endpoint", "http://127.0.0.1:9/", "hello"], "cannot reach"),
])
def test_cli_bad_input_is_one_line(args, fragment):
    result = run_cli(*args)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_cli_bad_replay_json_is_one_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{oops")
    result = run_cli("--replay", str(path))
    assert result.returncode == 2 and "not valid JSON" in result.stderr and "Traceback" not in result.stderr


def test_ask_command_uses_the_default_question():
    result = run_module("skill.ask")
    assert result.returncode == 0, result.stderr
    assert "User  > should I use heat or ice?" in result.stdout
    assert "Alexa > Use ice for the first 48 hours" in result.stdout


@functools.lru_cache(maxsize=None)
def understanding(locale: str):
    """One simulator understanding per locale, for the tests that ask it directly."""
    from skill.simulator.model import load_model
    from skill.simulator.nlu import LanguageUnderstanding

    return LanguageUnderstanding(load_model(locale))


@pytest.mark.parametrize("locale,said,out_of_domain", [
    ("en-US", "hubby's spasm is gnarly", False),
    ("en-US", "my back has a ginormous welt", False),
    ("en-US", "my back is squiffy", False),
    ("es-US", "la espalda con un chichón gigantesco", False),
    ("es-US", "el pain sube al chest", False),
    ("en-US", "how tall is mount everest", True),
    ("en-US", "play some jazz on spotify", True),
    ("es-US", "pon música de banda", True),
])
def test_a_request_naming_the_skills_subject_stays_in_the_skill(locale, said, out_of_domain):
    """Words the model never saw around "my back" or "spasm" ("squiffy", "gnarly"), or a Spanish speaker's
    English "pain", made the simulator answer Fallback, where a model trained on samples that all name the back would not, and the symptom words never
    reached the red-flag reader. Naming the subject keeps the request in the skill; other domains stay out."""
    understood = understanding(locale).understand(said, TODAY)
    assert (understood.intent == "AMAZON.FallbackIntent") is out_of_domain, understood.intent


@pytest.mark.parametrize("locale,said,kept", [
    ("es-US", "me volqué con la troca y le pongo calor a la espalda", "me volqué"),
    ("es-US", "me tumbó un caballo le pongo calor a la espalda", "me tumbó"),
    ("es-US", "se me durmió la pierna le pongo calor a la espalda", "se me durmió"),
])
def test_one_word_a_request_shares_with_a_samples_edge_stays_in_the_slot(locale, said, kept):
    """"me pongo calor {symptom}" shares only "me" with "me volqué ...": taking that one word from the slot
    left "volqué" without its pronoun, and the red-flag reader a verb it does not read as a fall."""
    understood = understanding(locale).understand(said, TODAY)
    assert understood.slots["symptom"]["value"].startswith(kept), understood.slots


@pytest.mark.parametrize("locale,said,intent", [
    # Opening with a question's own words: it asks, though symptom words outnumber the question's.
    ("en-US", "can i take my blood pressure pills with this spasm in my lower back", "MedicationIntent"),
    ("en-US", "is a hot water bottle okay for my dad's back at ninety", "HeatOrIceIntent"),
    ("en-US", "should i put heat on my lower back my legs are tingling and weak", "HeatOrIceIntent"),
    ("es-US", "qué pastilla me puedo tomar con este espasmo tan fuerte en la cintura", "MedicationIntent"),
    # A hedge is not a question: "could be" opens a maybe, not an ask.
    ("en-US", "could be a little numbness in my leg i can't tell", "ReportSymptomIntent"),
    # A question's verb right after a negation is a statement's.
    ("es-US", "me caí en la cocina y ya no me puedo levantar del piso", "ReportSymptomIntent"),
    ("es-US", "mi tía está en el sillón y no la puedo levantar", "ReportSymptomIntent"),
    # A phrase that announces the question: what follows it asks.
    ("en-US", "my back locked up this morning at the warehouse and i threw up twice and i'm wondering if i should go to the er", "EmergencyCheckIntent"),
])
def test_a_question_is_asked_however_many_symptom_words_come_with_it(locale, said, intent):
    """A question opening with its own words ("can i", "qué pastilla"), or announced ("i'm wondering if"), asks its
    topic unless it reads far more like a report; a question's verb after "no" ("no me puedo levantar") states."""
    understood = understanding(locale).understand(said, TODAY)
    assert understood.intent == intent, understood.considered


@pytest.mark.parametrize("locale,said,intent", [
    # A short question said first, then a story with its own subject: the question is what was asked.
    ("en-US", "where is the emergency room my grandpa slipped on the ice", "ERLocationIntent"),
    ("en-US", "wheres the kingwood er my wife is throwing up and her back is locked", "ERLocationIntent"),
    ("es-US", "dónde queda la sala de emergencias mi tío no puede caminar", "ERLocationIntent"),
    # "what happened is i ..." opens with a question word but states: a cleft, not a question.
    ("en-US", "what happened was i picked up the dog food bag and my back seized", "ReportSymptomIntent"),
])
def test_a_short_question_said_before_a_story_is_asked(locale, said, intent):
    """The question said first ("where is the emergency room") is cut where a new clause starts with a subject
    ("my grandpa slipped"): told whole, the story's words would outweigh it. The sign still fills the slot."""
    understood = understanding(locale).understand(said, TODAY)
    assert understood.intent == intent, understood.considered
    assert understood.slots["symptom"]["value"], understood.slots


@pytest.mark.parametrize("locale,said,out_of_domain", [
    ("en-US", "my molar has been throbbing since dinner", True),
    ("en-US", "got a nasty rash from the new laundry soap", True),
    ("es-US", "tengo la garganta bien irritada desde el domingo", True),
    ("es-US", "al niño le salieron ronchas en los brazos", True),
    # The back named, or a warning sign read in the words, keeps it in the skill.
    ("en-US", "my ears are ringing and my back is in knots", False),
    ("en-US", "i twisted my ankle when i fell down the porch steps", False),
    ("es-US", "me torcí el tobillo cuando me caí de la escalera", False),
])
def test_a_complaint_of_another_body_part_belongs_to_another_skill(locale, said, out_of_domain):
    """A toothache or a sore throat, with no word of the back and no warning sign, goes to Fallback, as
    the labelled sets read it; a sign said with it ("fell down the porch steps") keeps it in the skill, so
    this never takes a sign from the red-flag reader."""
    understood = understanding(locale).understand(said, TODAY)
    assert (understood.intent == "AMAZON.FallbackIntent") is out_of_domain, understood.considered


@pytest.mark.parametrize("locale,said,intent", [
    # "what" with its subject, "else" or "now" between it and the verb, and "at what point".
    ("en-US", "my mom bent over to get the mail and her back seized up what she should do", "TreatmentIntent"),
    ("en-US", "the spasm came back after lunch and it's worse than this morning what now", "TreatmentIntent"),
    ("en-US", "been hurting since i moved the couch at what point do i need the er", "EmergencyCheckIntent"),
    # Spanish: "qué más hago", taking someone in or leaving them home, calling 911.
    ("es-US", "le puse la pomada y me tomé el té y nada qué más hago", "TreatmentIntent"),
    ("es-US", "a mi abuela se le trabó la cintura y casi no camina la llevo al hospital o no", "EmergencyCheckIntent"),
    ("es-US", "a mi vecino le duele el pecho y la espalda llamo al nueve uno uno", "EmergencyCheckIntent"),
    # Still a report: the words, not a question, at its close.
    ("en-US", "my husband did what he always does and lifted the kayak alone and now his back is knotted", "ReportSymptomIntent"),
    ("en-US", "she asked what now and then her back locked up on the stairs", "ReportSymptomIntent"),
])
def test_a_question_at_the_close_of_a_story_is_asked(locale, said, intent):
    """A story that closes with a question asks it: "what" with its subject or "else" ("what he should do",
    "what now"), and in Spanish "qué más", "la llevo o no", "llamo al 911". The story's symptom words still
    fill the slot, so a warning sign in it is read all the same."""
    understood = understanding(locale).understand(said, TODAY)
    assert understood.intent == intent, understood.considered
    if intent != "ReportSymptomIntent":
        assert understood.slots["symptom"]["value"], understood.slots


@pytest.mark.parametrize("locale,said,intent", [
    ("en-US", "it's been a week and it hasn't eased up at all", "ReportSymptomIntent"),
    ("en-US", "no it doesn't go into my legs", "AMAZON.NoIntent"),
    ("en-US", "sure thing go ahead", "AMAZON.YesIntent"),
    ("es-US", "claro que sí adelante", "AMAZON.YesIntent"),
])
def test_a_yes_or_no_is_said_as_one(locale, said, intent):
    """Alexa's yes and no are answers said first; a sentence whose "hasn't" or "absolutely" reads like one to the
    classifier ("it's been a week and it hasn't eased up") is a report, and its words reach the reader."""
    understood = understanding(locale).understand(said, TODAY)
    assert understood.intent == intent, understood.considered
