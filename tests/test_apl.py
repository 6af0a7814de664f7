"""The screen (APL): an Echo Show shows each answer's own words, large; a get-care-now answer a banner
with the action; the guided check's questions Yes, No and Not sure buttons that answer as the voice
does. A device without a screen gets no APL at all."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from conftest import LOCALES, ROOT, model_for
from flows import build_request
from skill import apl
from skill.builder import build_skill
from skill.content import CONTENT, load_contents
from skill.facility import load_facility
from skill.simulator import envelopes
from skill.simulator.client import Conversation, InProcessSkill
from skill.ssml import plain_text

RENDER = "Alexa.Presentation.APL.RenderDocument"
BINDING = re.compile(r"^\$\{[^${}]+\}$")
ADDRESS = "1234 Northpark Dr, Kingwood, TX 77339"
SYMPTOMS = {  # a sign of each get-care-now level, as a user says it, in each locale
    ("en-US", "emergency"): "he has a fever", ("en-US", "urgent"): "my husband can't stand up",
    ("es-US", "emergency"): "tiene fiebre", ("es-US", "urgent"): "mi esposo no se puede parar",
}


def talk(skill, locale="en-US", screen=True) -> Conversation:
    return Conversation(InProcessSkill(skill), locale=locale, screen=screen)


def say(conversation: Conversation, intent: str, slots: dict | None = None):
    turn = {"intent": intent, "slots": slots or {}}
    return conversation.send(build_request(turn, conversation.locale, model_for(conversation.locale)))


def directives(exchange) -> list[dict]:
    return (exchange.response.get("response") or {}).get("directives") or []


def shown(exchange) -> dict:
    """The datasource of the response's one RenderDocument directive."""
    rendered = [d for d in directives(exchange) if d["type"] == RENDER]
    assert len(rendered) == 1, directives(exchange)
    return rendered[0]["datasources"][apl.DATASOURCE]


# --- Which devices get a screen, and what it shows -------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_a_screen_shows_the_words_the_voice_says(skill, locale):
    conversation = talk(skill, locale)
    for exchange in (conversation.launch(), say(conversation, "HeatOrIceIntent"),
                     say(conversation, "ReportSymptomIntent", {"symptom": SYMPTOMS[(locale, "urgent")]}),
                     say(conversation, "AMAZON.HelpIntent")):
        directive = next(d for d in directives(exchange) if d["type"] == RENDER)
        assert directive["token"] == apl.TOKEN
        assert directive["document"] == apl.DOCUMENTS["answer"]
        assert directive["datasources"]["screen"]["text"] == plain_text(exchange.speech)
        assert "<" not in directive["datasources"]["screen"]["text"]


def test_the_directive_is_ask_sdk_models_render_document(skill):
    from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective

    directive = apl.render_directive(*apl.screen_data(CONTENT["en-US"], "Hello."))
    assert isinstance(directive, RenderDocumentDirective)
    assert directive.object_type == RENDER and directive.token == apl.TOKEN


@pytest.mark.parametrize("locale", LOCALES)
def test_a_device_without_a_screen_gets_no_apl(skill, locale):
    conversation = talk(skill, locale, screen=False)
    exchanges = [conversation.launch(), say(conversation, "EmergencyCheckIntent"), say(conversation, "AMAZON.YesIntent"),
                 say(conversation, "ReportSymptomIntent", {"symptom": SYMPTOMS[(locale, "emergency")]})]
    for exchange in exchanges:
        assert exchange.speech
        assert not [d for d in directives(exchange) if d["type"].startswith("Alexa.Presentation.APL")]
        assert "Alexa.Presentation.APL" not in json.dumps(exchange.response)


def test_an_envelope_lists_apl_only_for_a_screen():
    request = envelopes.launch_request("en-US")
    with_screen = envelopes.envelope(request, session_id="s", new=True, attributes=None, screen=True)
    without = envelopes.envelope(request, session_id="s", new=True, attributes=None)
    assert "Alexa.Presentation.APL" in with_screen["context"]["System"]["device"]["supportedInterfaces"]
    assert "Viewport" in with_screen["context"]
    assert without["context"]["System"]["device"]["supportedInterfaces"] == {} and "Viewport" not in without["context"]


# --- Get-care-now banners --------------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_an_emergency_answer_shows_the_call_banner_with_the_plain_number(skill, locale):
    exchange = say(talk(skill, locale), "ReportSymptomIntent", {"symptom": SYMPTOMS[(locale, "emergency")]})
    assert exchange.attributes["triage"] == "emergency"
    screen = shown(exchange)
    level = CONTENT[locale].levels["emergency"]
    assert screen["hasBanner"] is True and screen["banner"] == level.banner
    assert "911" in screen["banner"] and "<" not in screen["banner"]
    assert screen["text"] == plain_text(exchange.speech)


@pytest.mark.parametrize("locale", LOCALES)
def test_an_urgent_answer_shows_the_er_banner_with_the_facility_name(skill, locale):
    exchange = say(talk(skill, locale), "ReportSymptomIntent", {"symptom": SYMPTOMS[(locale, "urgent")]})
    assert exchange.attributes["triage"] == "urgent"
    screen = shown(exchange)
    assert screen["banner"] == CONTENT[locale].levels["urgent"].banner
    assert screen["hasBannerDetail"] is True and "ER of Kingwood" in screen["bannerDetail"]


@pytest.mark.parametrize("locale", LOCALES)
def test_a_configured_er_puts_its_address_and_phone_on_the_banner(tmp_path, locale):
    path = tmp_path / "facility.json"
    path.write_text(json.dumps({"name": "ER of Kingwood", "address": ADDRESS, "phone": "(281) 555-0100",
                                "hours": "24 hours a day, every day", "services": ["emergency care"], "source": {}}),
                    encoding="utf-8")
    skill = build_skill(facility=load_facility(path))
    screen = shown(say(talk(skill, locale), "ReportSymptomIntent", {"symptom": SYMPTOMS[(locale, "urgent")]}))
    assert "ER of Kingwood" in screen["bannerDetail"] and ADDRESS in screen["bannerDetail"]
    assert "281-555-0100" in screen["bannerDetail"] and "<" not in screen["bannerDetail"]


@pytest.mark.parametrize("locale", LOCALES)
def test_every_get_care_now_flag_has_a_banner_that_names_its_own_number(locale):
    content = CONTENT[locale]
    for flag in content.red_flags.values():
        if flag.level not in apl.BANNER_LEVELS:
            continue
        banner = flag.banner or content.levels[flag.level].banner
        assert banner and "<" not in banner and "{" not in banner, flag.id
        if flag.lead:  # the crisis line, poison control: the number the lead gives first
            assert content.region.value("crisis_line" if flag.id == "SELF_HARM" else "poison_control") in banner


def test_the_crisis_answer_shows_the_crisis_line_not_only_911(skill):
    exchange = say(talk(skill), "ReportSymptomIntent", {"symptom": {"value": "I want to kill myself", "id": "SELF_HARM"}})
    if exchange.attributes.get("triage") != "emergency":
        pytest.skip("the reader does not raise SELF_HARM from this slot")
    screen = shown(exchange)
    assert "988" in screen["banner"] and "911" in screen["bannerDetail"]


def test_a_see_a_doctor_answer_and_topics_have_no_banner(skill):
    conversation = talk(skill)
    for exchange in (conversation.launch(), say(conversation, "CausesIntent")):
        screen = shown(exchange)
        assert screen["hasBanner"] is False and screen["banner"] == ""


def test_the_banner_stays_with_the_reminder_and_a_repeat(skill):
    conversation = talk(skill)
    first = say(conversation, "ReportSymptomIntent", {"symptom": SYMPTOMS[("en-US", "emergency")]})
    later = say(conversation, "CausesIntent")
    assert later.speech.removeprefix("<speak>").startswith(CONTENT["en-US"].levels["emergency"].reminder)
    assert shown(later)["banner"] == shown(first)["banner"]
    repeated = say(conversation, "AMAZON.RepeatIntent")
    assert shown(repeated)["banner"] == shown(first)["banner"]


# --- The guided check's buttons --------------------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_a_check_question_carries_three_buttons_that_send_the_answer(skill, locale):
    exchange = say(talk(skill, locale), "EmergencyCheckIntent")
    directive = next(d for d in directives(exchange) if d["type"] == RENDER)
    assert directive["document"] == apl.DOCUMENTS["check"]
    screen = directive["datasources"]["screen"]
    assert screen["text"] == plain_text(exchange.speech)
    labels = CONTENT[locale].screen
    assert screen["buttons"] == [{"label": labels[answer], "event": "check_answer", "answer": answer}
                                 for answer in ("yes", "no", "unsure")]
    # the document's SendEvent sends exactly [event, answer] of each button
    send = _find(directive["document"], lambda node: node.get("type") == "SendEvent")
    assert [event["arguments"] for event in send] == [["${data.event}", "${data.answer}"]]


def test_spanish_screens_are_in_spanish(skill):
    conversation = talk(skill, "es-US")
    check = shown(say(conversation, "EmergencyCheckIntent"))
    assert [button["label"] for button in check["buttons"]] == ["Sí", "No", "No sé"]
    assert check["text"].startswith(plain_text(CONTENT["es-US"].entry("check_intro").speech))
    urgent = shown(say(talk(skill, "es-US"), "ReportSymptomIntent", {"symptom": SYMPTOMS[("es-US", "urgent")]}))
    assert urgent["banner"] == "Vaya a una sala de emergencias ahora"
    emergency = shown(say(talk(skill, "es-US"), "ReportSymptomIntent", {"symptom": SYMPTOMS[("es-US", "emergency")]}))
    assert emergency["banner"] == "Llame al 911 ahora"


def test_answers_outside_the_check_have_no_buttons(skill):
    conversation = talk(skill)
    say(conversation, "EmergencyCheckIntent")
    assert "buttons" not in shown(say(conversation, "AMAZON.YesIntent"))  # yes to the first sign: get care
    assert "buttons" not in shown(talk(skill).launch())


SPOKEN = {"yes": "AMAZON.YesIntent", "no": "AMAZON.NoIntent", "unsure": "UnsureIntent"}


def _comparable(exchange) -> dict:
    return {"response": exchange.response.get("response"), "attributes": exchange.attributes}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("answer", sorted(SPOKEN))
def test_a_touch_answers_every_question_exactly_as_the_spoken_word(skill, locale, answer):
    for step in range(len(CONTENT[locale].check_questions)):
        by_voice, by_touch = talk(skill, locale), talk(skill, locale)
        for conversation in (by_voice, by_touch):
            say(conversation, "EmergencyCheckIntent")
            for _ in range(step):
                say(conversation, "AMAZON.NoIntent")
        spoken = say(by_voice, SPOKEN[answer])
        touched = by_touch.touch(["check_answer", answer])
        assert _comparable(touched) == _comparable(spoken), (locale, step, answer)
        assert touched.speech and touched.screen is not None


def test_a_touch_walks_the_whole_check_to_the_all_clear(skill):
    conversation = talk(skill)
    exchange = say(conversation, "EmergencyCheckIntent")
    for _ in CONTENT["en-US"].check_questions:
        assert shown(exchange)["buttons"]
        exchange = conversation.touch(["check_answer", "no"])
    assert CONTENT["en-US"].entry("check_all_clear").speech in exchange.speech
    assert exchange.attributes.get("check") is None and "buttons" not in shown(exchange)


# --- Touches that answer nothing -------------------------------------------------------------------


@pytest.mark.parametrize("arguments", [["check_answer", "yes"], ["check_answer", "maybe"], ["something"], [], None,
                                       ["check_answer", "yes", "extra"], [1, 2]])
def test_a_stray_touch_outside_the_check_gets_a_spoken_answer(skill, arguments):
    conversation = talk(skill)
    conversation.launch()
    request = envelopes.user_event_request("en-US", arguments or [])
    if arguments is None:
        del request["arguments"]
    exchange = conversation.send(request)
    assert exchange.speech.removeprefix("<speak>").startswith(CONTENT["en-US"].entry("fallback").speech)
    assert CONTENT["en-US"].entry("error").speech not in exchange.speech
    assert not exchange.ends_session and exchange.screen is not None


@pytest.mark.parametrize("arguments", [["check_answer", "maybe"], ["other", "yes"], []])
def test_a_touch_with_unknown_arguments_during_the_check_asks_the_same_question(skill, arguments):
    conversation = talk(skill)
    say(conversation, "EmergencyCheckIntent")
    say(conversation, "AMAZON.NoIntent")
    exchange = conversation.touch(arguments)
    content = CONTENT["en-US"]
    assert content.entry("check_finish_first").speech in exchange.speech
    assert content.check_questions[1].speech in exchange.speech
    assert exchange.attributes["check"] == {"step": 1} and shown(exchange)["buttons"]


def test_a_touch_outside_any_session_gets_a_spoken_answer(skill):
    envelope = envelopes.envelope(envelopes.user_event_request("en-US", ["check_answer", "yes"]),
                                  session_id="s", new=True, attributes=None, screen=True)
    del envelope["session"]
    response = InProcessSkill(skill)(envelope)
    speech = response["response"]["outputSpeech"]["ssml"]
    assert CONTENT["en-US"].entry("fallback").speech in speech


def test_a_touch_in_an_unserved_locale_gets_the_not_served_answer(skill):
    exchange = talk(skill, "fr-FR").touch(["check_answer", "yes"])
    assert exchange.speech and exchange.ends_session


# --- The documents ---------------------------------------------------------------------------------


def _find(node, matches) -> list:
    found = []
    if isinstance(node, dict):
        if matches(node):
            found.append(node)
        for value in node.values():
            found += _find(value, matches)
    elif isinstance(node, list):
        for value in node:
            found += _find(value, matches)
    return found


def _strings(node, key=None):
    if isinstance(node, dict):
        for k, value in node.items():
            yield from _strings(value, k)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value, key)
    elif isinstance(node, str):
        yield key, node


@pytest.mark.parametrize("path", sorted((ROOT / "skill" / "content" / "apl").glob("*.json")), ids=lambda p: p.name)
def test_every_document_is_apl_1_6_with_only_datasource_bound_text(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["type"] == "APL" and document["version"] == "1.6"
    assert document["mainTemplate"]["parameters"] == [apl.DATASOURCE]
    assert document["mainTemplate"]["items"]
    texts = _find(document, lambda node: node.get("type") == "Text")
    assert texts
    for text in texts:
        assert BINDING.match(text["text"]), text["text"]
    for event in _find(document, lambda node: node.get("type") == "SendEvent"):
        assert all(BINDING.match(argument) for argument in event["arguments"]), event
    # No words anywhere but the description: every other string is a binding, a type, a name, or a value.
    for key, value in _strings(document):
        if key in ("description", "text"):
            continue
        assert BINDING.match(value) or not re.search(r"[A-Za-z]{2,}\s+[A-Za-z]{2,}", value), (key, value)
    assert path.stem in apl.DOCUMENTS and apl.DOCUMENTS[path.stem] == document


@pytest.mark.parametrize("locale", LOCALES)
def test_every_binding_names_a_field_the_datasource_has(locale):
    for layout_data in (apl.screen_data(CONTENT[locale], "Words.", triage="urgent"),
                        apl.screen_data(CONTENT[locale], "Words?", buttons=True)):
        layout, data = layout_data
        document = apl.DOCUMENTS[layout]
        bound = {match for _, value in _strings(document) for match in re.findall(r"\$\{(\w+)\.(\w+)", value)}
        item = (data.get("buttons") or [{}])[0]
        for scope, field in bound:
            assert field in (data if scope == apl.DATASOURCE else item), (layout, scope, field)


def test_the_skill_package_declares_the_apl_interface():
    manifest = json.loads((ROOT / "skill-package" / "skill.json").read_text(encoding="utf-8"))["manifest"]
    assert {"type": "ALEXA_PRESENTATION_APL"} in manifest["apis"]["custom"]["interfaces"]


def test_a_cold_start_imports_no_apl_classes():
    program = ("import sys, skill.builder, skill.apl; "
               "print(sorted(m for m in sys.modules if m.startswith('ask_sdk_model.interfaces.alexa.presentation')))")
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_each_locale_labels_every_button(locale_content):
    assert set(locale_content.screen) == {"yes", "no", "unsure"}
    assert all(label.strip() for label in locale_content.screen.values())


def test_a_configured_facility_keeps_the_default_screen_labels(tmp_path):
    path = tmp_path / "facility.json"
    path.write_text(json.dumps({"name": "Another ER", "hours": "24 hours a day, every day",
                                "services": ["emergency care"], "source": {}}),
                    encoding="utf-8")
    contents = load_contents(load_facility(path))
    assert contents["en-US"].screen == CONTENT["en-US"].screen
    assert contents["en-US"].levels["urgent"].banner_detail == "Another ER"


@pytest.mark.parametrize("locale", LOCALES)
def test_banners_write_no_number_by_hand(locale):
    """Numbers come from the region ({emergency_number}, ...), the ER's from the facility: none is written."""
    raw = json.loads((ROOT / "skill" / "content" / f"{locale}.json").read_text(encoding="utf-8"))
    texts = [value.get(key) for group in ("levels", "red_flags") for value in raw[group].values()
             for key in ("banner", "banner_detail")]
    texts += list(raw["screen"].values())
    flat = [text for item in texts for text in (item if isinstance(item, list) else [item]) if text]
    assert len(flat) >= 8
    for text in flat:
        assert not re.search(r"\d", text), text
