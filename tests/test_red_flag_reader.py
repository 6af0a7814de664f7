"""The red-flag reader: golden and must-not-raise lists, the negation rule in both directions, and the
properties the safety promise rests on (a sign said with any topic wins; a denied sign never raises)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from skill.builder import build_skill
from skill.content import CONTENT
from skill.red_flag_reader import Lexicon
from skill.simulator import envelopes
from skill.simulator.client import Conversation, InProcessSkill

EN = CONTENT["en-US"]
READER = EN.lexicon
GOLDEN = yaml.safe_load((Path(__file__).parent / "golden" / "red_flags.en-US.yaml").read_text())
# Every locale's golden lists (tests/golden/red_flags.<locale>.yaml), read by the same tests.
GOLDENS = {path.name.split(".")[1]: yaml.safe_load(path.read_text(encoding="utf-8"))
           for path in sorted((Path(__file__).parent / "golden").glob("red_flags.*.yaml"))}
LOCALES = sorted(GOLDENS)
URGENT = ("emergency", "urgent")
SKILL = InProcessSkill(build_skill())


def level_of(flags: list[str], locale: str = "en-US") -> str | None:
    levels = [CONTENT[locale].red_flags[flag].level for flag in flags]
    return min(levels, key=("emergency", "urgent", "see_doctor").index) if levels else None


def assert_raises(locale: str, said: str, flag: str | None, raised: bool) -> None:
    """The reader raises ``flag`` from ``said`` (any sign at all when ``flag`` is None) exactly when ``raised``."""
    signs = CONTENT[locale].lexicon.signs(said)
    assert ((flag in signs) if flag is not None else bool(signs)) is raised, CONTENT[locale].lexicon.findings(said)


def raw_symptom(text: str) -> dict:
    return {"symptom": envelopes.slot("symptom", text, slot_type="SymptomType")}


# normalising ---------------------------------------------------------------------------------
@pytest.mark.parametrize("forms", [
    ("fell", "falls", "falling", "fallen", "fall"),
    ("peed", "pee", "peeing"),
    ("bruise", "bruised", "bruises", "bruising"),
    ("slipped", "slip", "slipping"),
    ("numbness", "numb"),
])
def test_word_forms_are_one_word(forms):
    assert len({tuple(READER.tokens(form, said=False)) for form in forms}) == 1, [READER.tokens(f, said=False) for f in forms]


@pytest.mark.parametrize("said,same_as", [
    ("can't", "can not"), ("cannot", "can not"), ("he's", "he is"), ("doesn't", "does not"),
    ("cant", "can not"), ("i have a fee ver", "i have a fever"), ("short a breath", "short of breath"),
    ("\u2019I\u2019m NUMB\u2019", "i am numb"),
])
def test_contractions_and_recogniser_slips_are_rewritten(said, same_as):
    assert READER.tokens(said) == READER.tokens(same_as)


@pytest.mark.parametrize("said,same_as", [
    ("she keeps throw ing up", "she keeps throwing up"), ("the numb ness is new", "the numbness is new"),
    ("i have oste o porosis", "i have osteoporosis"),
])
def test_a_word_split_in_two_or_three_is_joined_when_only_the_whole_is_known(said, same_as):
    assert READER.tokens(said) == READER.tokens(same_as)
    assert READER.signs(said) == READER.signs(same_as) != []


def test_a_not_sign_never_skips_a_word_of_the_sign_itself():
    # "end it with" (ending a stretch) may skip filler, but not the "all" of "ending it all".
    assert "SELF_HARM" in READER.signs("sometimes i think about ending it all with this back")
    # ... while a not-sign still skips plain filler: "skin a little numb" is the ice, not a sign.
    assert READER.signs("the ice made my skin a little numb") == []


def test_two_known_words_are_never_joined():
    # "a" and "way" are both words of the lexicon: "away" is not made of them.
    assert len(READER.tokens("it went a way")) == 4


# golden lists ----------------------------------------------------------------------------------
@pytest.mark.parametrize("locale,flag,phrase", [(locale, flag, phrase) for locale, golden in GOLDENS.items()
                                                for flag, phrases in golden["raise"].items() for phrase in phrases])
def test_golden_phrases_raise_their_sign(locale, flag, phrase):
    reader = CONTENT[locale].lexicon
    assert flag in reader.signs(phrase), reader.findings(phrase)


def test_every_locale_with_content_has_golden_phrases():
    assert set(GOLDENS) == set(CONTENT)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_sign_has_golden_phrases(locale):
    assert set(GOLDENS[locale]["raise"]) >= {flag for flag in CONTENT[locale].red_flags if flag != "PAIN_SPREADING_CHEST"}


@pytest.mark.parametrize("locale,phrase", [(locale, phrase) for locale, golden in GOLDENS.items()
                                           for phrase in golden["never_raise"]])
def test_must_not_raise(locale, phrase):
    reader = CONTENT[locale].lexicon
    assert level_of(reader.signs(phrase), locale) not in URGENT, reader.findings(phrase)


@pytest.mark.parametrize("locale,phrase", [(locale, phrase) for locale, golden in GOLDENS.items()
                                           for phrase in golden["denied"]])
def test_denied_signs_raise_nothing_and_are_seen_as_denied(locale, phrase):
    reader = CONTENT[locale].lexicon
    findings = reader.findings(phrase)
    assert reader.signs(phrase) == [], findings
    assert any(f.negated for f in findings), f"the denial was not read: {phrase!r}"


@pytest.mark.parametrize("phrase,flag", [
    ("no, i can't walk", "CANNOT_STAND_WALK"),  # the no answers something else; the sign stands
    ("i don't think she fell", "SERIOUS_FALL_ACCIDENT"),  # doubt, not denial
    ("i'm not sure if she has a fever", "FEVER"),
    ("maybe he hit his head", "SERIOUS_FALL_ACCIDENT"),
    ("no fever but he can't stand up", "CANNOT_STAND_WALK"),  # "but" ends the denial's scope
    ("he doesn't have a fever and he can't walk", "CANNOT_STAND_WALK"),
    ("the numbness isn't going away", "SUDDEN_WEAKNESS_NUMBNESS"),  # nothing after a sign negates it
])
def test_negation_scope_ends_where_the_rule_says(phrase, flag):
    assert flag in READER.signs(phrase), READER.findings(phrase)


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("kind", ["yes", "no", "unsure"])
def test_check_answers_in_sentences(kind, locale):
    reader = CONTENT[locale].lexicon
    for phrase in GOLDENS[locale]["answers"][kind]:
        assert reader.answer(phrase) == kind, phrase


# Spanish: the same NegEx rule in both directions ------------------------------------------------
ES = CONTENT["es-US"].lexicon


@pytest.mark.parametrize("phrase,flag", [
    ("no tengo fiebre", "FEVER"),
    ("mi mamá no se cayó", "SERIOUS_FALL_ACCIDENT"),
    ("no ha tenido cáncer nunca", "CANCER_HISTORY"),
    ("sin dolor de pecho", "CHEST_PAIN_OR_BREATHING"),
    ("ni fiebre ni escalofríos", "FEVER"),
    ("nunca se ha desmayado ni se desmayó", "FAINTING"),
])
def test_spanish_denials_do_not_raise(phrase, flag):
    assert flag not in ES.signs(phrase) and any(f.flag == flag and f.negated for f in ES.findings(phrase)), \
        ES.findings(phrase)


@pytest.mark.parametrize("phrase,flag", [
    ("creo que tiene fiebre", "FEVER"),  # belief is not denial
    ("no sé si se cayó", "SERIOUS_FALL_ACCIDENT"),  # doubt raises: the skill errs toward care
    ("no estoy seguro si tiene fiebre", "FEVER"),
    ("no creo que se haya caído pero se cayó ayer", "SERIOUS_FALL_ACCIDENT"),
    ("no tiene fiebre pero no se puede parar", "CANNOT_STAND_WALK"),  # "pero" ends the denial's scope
    ("no tiene fiebre y no puede caminar", "CANNOT_STAND_WALK"),
    ("no, mi esposo tiene fiebre", "FEVER"),  # a new subject ends the scope
    ("no puede caminar", "CANNOT_STAND_WALK"),  # the cue is part of the sign
    ("nada le quita el dolor", "SEVERE_PAIN_NO_RELIEF"),
    ("el adormecimiento no se le quita", "SUDDEN_WEAKNESS_NUMBNESS"),  # nothing after a sign negates it
])
def test_spanish_negation_scope_ends_where_the_rule_says(phrase, flag):
    assert flag in ES.signs(phrase), ES.findings(phrase)


@pytest.mark.parametrize("said,same_as", [
    ("se orinó encima", "se orino encima"), ("le dio CALENTURA", "le dio calentura"),
    ("¿tiene escalofríos?", "tiene escalofrios"), ("se callo en la cocina", "se cayo en la cocina"),
    ("tiene fever", "tiene fiebre"), ("las piernas", "las piernas"),
])
def test_spanish_accents_slips_and_spanglish_are_one_word(said, same_as):
    assert ES.tokens(said) == ES.tokens(same_as)
    assert ES.tokens("las piernas") != ES.tokens("la pierna"), "both legs stay plural"


# Spanish stemming: one word in all its forms, and different words kept apart -----------------------
@pytest.mark.parametrize("forms", [
    "puedo puede pueden pudo pude podido podía poder podemos",  # stem-changing and irregular: poder
    "orina orinar orinó orinaba orinando orinado orinarse orinan",
    "controlar controlo controla controlaba controlado controlarse",
    "aprieta aprietan aprieto apretar apretó apretado",
    "siento siente sintió sentir sentía sentido",
    "caigo cae cayó cayeron caído caer caerse cayendo",
    "fui fue fueron va van ir irse",  # "voy" is kept whole: "me voy a matar" is not "me va a matar"
    "duele duelen dolió doler dolía",
    "tengo tiene tuvo tener tenido",
    "hago hace hizo hacer hecho",
    "muevo mueve mover moverse moverme moverle",
    "duermo duerme durmió dormir durmieron",
    "levantar levantarme levantarse levanto levantó levantando",
    "sangre sangrita",  # diminutive
    "pie pies", "pierna piernita", "hueso huesos", "mareado mareada mareo mareos marear",
    "poquito poco", "entumido entumida entumieron",
])
def test_spanish_stemmer_joins_one_words_forms(forms):
    # Each form as a word of a phrase, not as a whole request (which "caer" alone would open).
    stems = {tuple(ES.tokens(word, said=False)) for word in forms.split()}
    assert len(stems) == 1, {word: ES.tokens(word, said=False) for word in forms.split()}


@pytest.mark.parametrize("one,other", [
    ("cama", "camina"), ("sentado", "sentir"), ("para", "parar"), ("como", "comer"), ("hacia", "hace"),
    ("dormido", "dormir"), ("caída", "cayó"), ("piernas", "pierna"), ("pecho", "pie"), ("tos", "todo"), ("marido", "mareado"),
    ("me voy a matar", "me va a matar"), ("hacerme daño", "me hace daño"), ("me tumbaron", "me tumbo"),
    ("me chocaron", "me choca"), ("tirado", "tiro"), ("vueltas", "vuelve"), ("necesita", "nece"),
])
def test_spanish_stemmer_keeps_different_words_apart(one, other):
    assert ES.tokens(one) != ES.tokens(other)


def test_spanish_recogniser_splits_and_slips_are_joined():
    assert ES.tokens("no e podido orinar") == ES.tokens("no he podido orinar")
    assert ES.tokens("se me en tumieron las piernas") == ES.tokens("se me entumieron las piernas")
    assert ES.tokens("el pain va de mi back hasta mi chest") == ES.tokens("el dolor va de mi espalda hasta mi pecho")


# the lexicon as data ---------------------------------------------------------------------------
@pytest.mark.parametrize("locale", LOCALES)
def test_lexicon_names_only_real_signs_and_every_sign_has_words(locale):
    raw = CONTENT[locale].lexicon.raw
    assert set(raw["signs"]) == set(CONTENT[locale].red_flags)
    assert set(raw.get("not_signs", {})) <= set(CONTENT[locale].red_flags)
    assert all(raw["signs"][flag] for flag in raw["signs"])


@pytest.mark.parametrize("locale", LOCALES)
def test_every_word_class_used_is_defined(locale):
    raw = CONTENT[locale].lexicon.raw
    lexicon = Lexicon(raw)
    lexicon.findings("compile everything")
    for phrases in list(raw["not_signs"].values()) + [raw["answers"][k] for k in raw["answers"]]:
        for phrase in phrases:
            lexicon._expand(phrase)  # raises KeyError for an undefined <CLASS>


@pytest.mark.parametrize("locale", LOCALES)
def test_plain_lexicon_phrases_raise_their_own_sign(locale):
    """Each phrase written without word classes is found as written (unless a not-sign covers it)."""
    reader = CONTENT[locale].lexicon
    for flag, phrases in reader.raw["signs"].items():
        for phrase in phrases:
            if isinstance(phrase, str) and "<" not in phrase and phrase.split()[0] not in ("not", "no", "nothing"):
                found = {f.flag for f in reader.findings(phrase)}
                assert flag in found or reader.findings(phrase) == [], (flag, phrase)


# through the skill -----------------------------------------------------------------------------
TOPIC_INTENTS = sorted(name for name in ("HeatOrIceIntent", "OnsetIntent", "UnsureIntent", "EmergencyCheckIntent",
                                         "DurationIntent", "CausesIntent", "DehydrationIntent", "TreatmentIntent",
                                         "MedicationIntent", "ExerciseIntent", "PreventionIntent", "RecoveryIntent",
                                         "MobilityIntent", "ERInfoIntent", "ERLocationIntent", "ERPhoneIntent",
                                         "ReportSymptomIntent"))
# Per locale: topic words a person may say around a sign, and how a get-care-now answer begins.
TOPIC_WORDS = {
    "en-US": ["should i use heat or ice", "how long will it last", "what can i take", "um", "so what do i do",
              "is this an emergency", ""],
    "es-US": ["uso calor o hielo", "cuánto dura", "qué me tomo", "este", "entonces qué hago", "es una emergencia", ""],
}
CARE_NOW = {"en-US": "Get emergency care now", "es-US": "Busque atención de emergencia ahora"}
SIGNS = [(locale, flag, phrase) for locale in TOPIC_WORDS for flag, phrases in GOLDENS[locale]["raise"].items()
         for phrase in phrases if CONTENT[locale].red_flags[flag].level in URGENT]
DENIALS = [(locale, said) for locale in TOPIC_WORDS for said in GOLDENS[locale]["denied"]]


def test_every_locale_has_its_topic_words():
    assert set(TOPIC_WORDS) == set(CARE_NOW) == set(CONTENT)


@settings(max_examples=300, deadline=None)
@given(intent=st.sampled_from(TOPIC_INTENTS), sign=st.sampled_from(SIGNS), data=st.data(), before=st.booleans())
def test_a_sign_in_any_words_with_any_topic_wins(intent, sign, data, before):
    locale, flag, phrase = sign
    topic = data.draw(st.sampled_from(TOPIC_WORDS[locale]))
    text = f"{phrase} {topic}" if before else f"{topic} {phrase}"
    exchange = Conversation(SKILL, locale=locale).intent(intent, raw_symptom(text.strip()))
    level = exchange.attributes.get("triage")
    assert level in URGENT and URGENT.index(level) <= URGENT.index(CONTENT[locale].red_flags[flag].level), (text, level)
    assert exchange.speech.removeprefix("<speak>").startswith(CARE_NOW[locale])


@settings(max_examples=300, deadline=None)
@given(intent=st.sampled_from(TOPIC_INTENTS), denial=st.sampled_from(DENIALS), data=st.data(),
       history=st.lists(st.sampled_from(["AMAZON.YesIntent", "AMAZON.NoIntent", "CausesIntent"]), max_size=3))
def test_a_denied_sign_never_raises(intent, denial, data, history):
    locale, said = denial
    topic = data.draw(st.sampled_from(TOPIC_WORDS[locale]))
    talk = Conversation(SKILL, locale=locale)
    for name in history:
        talk.intent(name)
    exchange = talk.intent(intent, raw_symptom(f"{said} {topic}".strip()))
    assert exchange.attributes.get("triage") not in URGENT, (said, topic, exchange.speech)


def test_multiple_values_are_all_read_and_the_most_serious_wins():
    slot = {"name": "symptom", "confirmationStatus": "NONE", "slotValue": {"type": "List", "values": [
        {"type": "Simple", "value": "a stiff back", "resolutions": {}},
        {"type": "Simple", "value": "she's been throwing up", "resolutions": {}},
        {"type": "Simple", "value": "her lips are turning blue", "resolutions": {}},
    ]}}
    exchange = Conversation(SKILL).intent("ReportSymptomIntent", {"symptom": slot})
    assert exchange.attributes["triage"] == "emergency"
    assert EN.red_flags["CHEST_PAIN_OR_BREATHING"].detail in exchange.speech


def test_a_resolved_id_the_words_deny_does_not_raise():
    """Loose resolution ("not short of breath" to shortness of breath) never turns a no into a red flag."""
    slot = envelopes.slot("symptom", "not short of breath", slot_type="SymptomType",
                          value_id="CHEST_PAIN_OR_BREATHING")
    exchange = Conversation(SKILL).intent("ReportSymptomIntent", {"symptom": slot})
    assert "triage" not in exchange.attributes
    assert EN.entry("signs_denied").speech in exchange.speech


def test_coded_built_in_values_are_not_read_as_words():
    for value in ("P2D", "PT5H", "2026-11-28", "2026-W47", "2026-W47-WE", "PRESENT_REF"):
        exchange = Conversation(SKILL).intent("OnsetIntent", {
            "onset_date": envelopes.slot("onset_date", value, slot_type="AMAZON.DATE")})
        assert exchange.attributes.get("triage") != "emergency", value


@pytest.mark.parametrize("locale", LOCALES)
def test_the_token_cache_is_in_step_with_the_lexicon(locale):
    """Run `python -m skill.vocabulary` after changing the lexicon; a stale cache is ignored, only slower."""
    from skill.content import _token_cache
    from skill.red_flag_reader import fingerprint

    raw = CONTENT[locale].lexicon.raw
    cache = _token_cache(locale)
    assert cache is not None and cache["lexicon"] == fingerprint(raw)
    assert cache == Lexicon(raw).token_cache()


def test_a_stale_token_cache_is_never_trusted():
    stale = {"lexicon": "not this lexicon", "tokens": {"fever": "sunshine"}}
    assert "FEVER" in Lexicon(READER.raw, stale).signs("i have a fever")
    cached = Lexicon(READER.raw, Lexicon(READER.raw).token_cache())
    for phrase in ("he fell off a ladder", "no chest pain just my lower back", "i can't get up off the couch"):
        assert cached.findings(phrase) == Lexicon(READER.raw).findings(phrase)


def test_threads_reading_at_once_get_the_same_answers():
    """The web service reads in several threads; a lexicon compiled and read at once must not mix texts."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [phrase for phrases in GOLDEN["raise"].values() for phrase in phrases] + GOLDEN["denied"]
    expected = {text: Lexicon(READER.raw).findings(text) for text in texts}
    shared = Lexicon(READER.raw)  # compiled by whichever thread comes first
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda text: (text, shared.findings(text)), texts * 5))
    assert all(found == expected[text] for text, found in results)


def test_normalising_is_data_not_english_code():
    """Accents fold in every locale; the suffix guards ("bleed" keeps its "ed") come from the lexicon's data."""
    import copy

    assert READER.tokens("bleeding") == READER.tokens("bleed") == ["bleed"]
    raw = copy.deepcopy(READER.raw)
    del raw["normalise"]["suffix_guards"]
    assert Lexicon(raw).tokens("bleed") == ["ble"], "without the English guards, no English rule is left in code"
    assert READER.tokens("café") == READER.tokens("cafe")
    assert CONTENT["es-US"].lexicon.tokens("Orinó CAÍDA") == CONTENT["es-US"].lexicon.tokens("orino caida")


# mechanisms added from sets N and E: each stands for a class of wording, tested both ways --------------
SPANISH = CONTENT["es-US"]


@pytest.mark.parametrize("said,same_as", [
    ("no ciento las piernas", "no siento las piernas"), ("dies de dies", "diez de diez"),
    ("me boy a caer", "me voy a caer"), ("se me yenan los ojos", "se me llenan los ojos"),
])
def test_spanish_letters_that_sound_alike_are_one_spelling(said, same_as):
    """A recogniser writes one Spanish sound with several letters (s, z and soft c; b and v; ll and y)."""
    assert SPANISH.lexicon.tokens(said) == SPANISH.lexicon.tokens(same_as)


def test_words_that_differ_by_more_than_a_sound_stay_apart():
    assert SPANISH.lexicon.tokens("casa") != SPANISH.lexicon.tokens("cama")
    assert SPANISH.lexicon.tokens("haciendo") != SPANISH.lexicon.tokens("siendo")


@pytest.mark.parametrize("said,same_as", [
    ("tengo la espalda inchada", "tengo la espalda hinchada"), ("un ormigueo en los pies", "un hormigueo en los pies"),
    ("tiene los uesos débiles", "tiene los huesos débiles"), ("me estoy aogando", "me estoy ahogando"),
    ("tengo la espalda in chada", "tengo la espalda hinchada"),  # split and without its h: joined as it sounds
])
def test_spanish_silent_h_is_dropped(said, same_as):
    """Spanish h is not heard, so recognisers and writers leave it out; it is dropped after stemming, so
    "haciendo" keeps its suffix rule."""
    assert SPANISH.lexicon.tokens(said) == SPANISH.lexicon.tokens(same_as)


def test_short_words_keep_their_h():
    """"he" is not "e" (and), which ends a denial's reach: "no he tenido accidentes" still denies."""
    assert SPANISH.lexicon.tokens("no he tenido") != SPANISH.lexicon.tokens("no y tenido")
    assert SPANISH.lexicon.signs("orino normal no he tenido accidentes de ese tipo") == []


@pytest.mark.parametrize("said,same_as", [
    ("no me puedo pa rar", "no me puedo parar"), ("me tienen que ayudar pa voltearme", "me tienen que ayudar para voltearme"),
])
def test_a_split_word_is_joined_before_a_piece_is_respelled(said, same_as):
    """"pa" is said for "para", but "pa rar" is "parar" split: joining comes first."""
    assert SPANISH.lexicon.tokens(said) == SPANISH.lexicon.tokens(same_as)


@pytest.mark.parametrize("locale,said,flag,raises", [
    ("en-US", "it's not that i can't walk, it just hurts", "CANNOT_STAND_WALK", False),
    ("en-US", "it's not like he can't stand up, he just won't", "CANNOT_STAND_WALK", False),
    ("en-US", "not that she fell or anything", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "no, i can't walk", "CANNOT_STAND_WALK", True),
    ("en-US", "not that i know of, but she can't walk", "CANNOT_STAND_WALK", True),
    ("en-US", "it's not that bad but he fell", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no es que no me pueda parar es que me duele al principio", "CANNOT_STAND_WALK", False),
    ("es-US", "no es que se haya caído", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no me puedo parar", "CANNOT_STAND_WALK", True),
])
def test_a_whole_denial_denies_even_a_sign_with_its_own_cue(locale, said, flag, raises):
    """"It's not that I can't walk": the sign's own "can't" is part of it, and "not that" denies all of it."""
    assert (flag in CONTENT[locale].lexicon.signs(said)) is raises, CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,flag", [
    ("en-US", "the two of them collided with each other at practice", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "she got tangled up with a bull at the rodeo", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "somebody laid him out in the football game", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "she can't pull herself up off the kitchen floor", "CANNOT_MOVE"),
    ("en-US", "whenever he tries to get up his back gives out", "CANNOT_MOVE"),
    ("en-US", "freezing and shivering and it won't stop", "FEVER"),
    ("en-US", "i'd rather pass a kidney stone than this", "SEVERE_PAIN_NO_RELIEF"),
    ("en-US", "his waterworks aren't working", "BLADDER_BOWEL"),
    ("en-US", "he flew off the four wheeler and landed on his back", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "se dio tremendo costalazo en el baño", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "caí de espaldas en la cocina", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "necesita ayuda hasta para moverse", "CANNOT_MOVE"),
    ("es-US", "siento un apretujón en el pecho", "CHEST_PAIN_OR_BREATHING"),
    ("es-US", "casi no está orinando", "BLADDER_BOWEL"),
    ("es-US", "ojalá no despertar con este dolor nunca más", "SELF_HARM"),
    ("es-US", "anoche ya tenía unas décimas", "FEVER"),
    ("es-US", "se quiere hacer daño", "SELF_HARM"),
    ("es-US", "cada que intenta levantarse se va de lado", "CANNOT_STAND_WALK"),
    ("es-US", "a dor nas costas é muito forte e nada ajuda", "SEVERE_PAIN_NO_RELIEF"),
    ("es-US", "me siento ma riado", "DEHYDRATION_SIGNS"),  # split, and a slip the lexicon respells
    ("en-US", "honestly it'd be a relief if i never woke up", "SELF_HARM"),
    ("es-US", "ya no soporto la espalda me quiero morir", "SELF_HARM"),  # "no soporto" denies nothing after it
    ("es-US", "a lo mejor se haya golpeado cuando se cayó", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "le pegaron con un tubo en el trabajo", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "trato de pararme y me tengo que volver a sentar", "CANNOT_STAND_WALK"),
    ("en-US", "grandpa wet the bad again", "BLADDER_BOWEL"),
])
def test_this_rounds_word_classes_raise_their_sign(locale, said, flag):
    """Classes added from sets R, S, I and J, tried with members those sets never used."""
    assert flag in CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said", [
    ("en-US", "we ran into each other at the store"), ("en-US", "i took him out to the hockey game"),
    ("en-US", "my son took me out for lunch"), ("en-US", "it's cold outside"),
    ("en-US", "i came off work early and fed the horses"), ("en-US", "i came off the highway onto the feeder road"),
    ("es-US", "no me di ningún porrazo"), ("es-US", "sí está orinando bien"),
    ("es-US", "decime qué le pongo a la espalda"), ("es-US", "decimos que es un tirón nomás"),
    ("es-US", "me voy a cortar el pelo"), ("es-US", "no pudo hacer nada por el dolor"),
    ("en-US", "it'd be better if he didn't wake up so early"),
    ("es-US", "no pienso hacerme daño nomás estoy cansada"), ("es-US", "hace mucho frío afuera"),
    ("en-US", "he was out bucking logs all day"),
])
def test_this_rounds_word_classes_stay_quiet_without_the_sign(locale, said):
    assert CONTENT[locale].lexicon.signs(said) == [], CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,flag", [
    # sets V, W, M and N, and the misses left on older sets
    ("en-US", "he can't stand up his legs are shaking", "CANNOT_STAND_WALK"),
    ("en-US", "it's getting harder to catch my breath", "CHEST_PAIN_OR_BREATHING"),
    ("en-US", "she's been on the den floor since lunch", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "he sat in the recliner all morning and can't get himself out", "CANNOT_MOVE"),
    ("en-US", "i can't get upright without help", "CANNOT_STAND_WALK"),
    ("en-US", "my kid totally ate it on his bike and now his back is killing him", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "my feet went one way and i ended up on my backside", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "i found grandma slumped on the kitchen floor", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "honestly i just want to lie down and never get up", "SELF_HARM"),
    ("en-US", "she said her temperature was a hunter and three", "FEVER"),
    ("en-US", "feels like an elephant parked on my chest", "CHEST_PAIN_OR_BREATHING"),
    ("en-US", "it might be my chest i honestly can't tell", "CHEST_PAIN_OR_BREATHING"),
    ("en-US", "she needed to go and just couldn't hold it", "BLADDER_BOWEL"),
    ("en-US", "the ache is going until my knee", "SWELLING_OR_SPREADING_PAIN"),
    ("en-US", "my buddy t-boned a deer and spun out", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "took an elbow to the lower back playing pickup", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "the pain is un bearable tonight", "SEVERE_PAIN_NO_RELIEF"),
    ("en-US", "my mother has osteo process", "OSTEOPOROSIS"),
    ("en-US", "he used the heat and took the pills and it's not any better", "SEVERE_PAIN_NO_RELIEF"),
    ("en-US", "it's ratcheting tighter by the hour", "WORSENING_PAIN"),
    ("en-US", "day by day more bad", "WORSENING_PAIN"),
    ("en-US", "his bowels gave out in the hallway", "BLADDER_BOWEL"),
    ("en-US", "she wants die because of the pain", "SELF_HARM"),
    ("en-US", "can't get out the hammock my back locked", "CANNOT_STAND_WALK"),
    ("es-US", "no hay cómo pararme de la cama", "CANNOT_STAND_WALK"),
    ("es-US", "mi papá está en el suelo del baño desde anoche", "SERIOUS_FALL_ACCIDENT"),  # a long lie is a fall
    ("es-US", "mi abuela está muy pesada y no la podemos levantar", "CANNOT_MOVE"),
    ("es-US", "mis pies se doblan como si no fueran míos no aguantan", "BOTH_LEGS"),
    ("es-US", "se le cayeron unas cajas encima en la bodega", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "me tomé un tylenol y nada", "SEVERE_PAIN_NO_RELIEF"),
    ("es-US", "anoche me dieron unos fríos horribles", "FEVER"),
    ("es-US", "cai de nalgas en la banqueta", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "no hay quien lo levante de la cama", "CANNOT_MOVE"),
    ("es-US", "tiene la espalda color uva", "SWELLING_OR_SPREADING_PAIN"),
    ("es-US", "cada vez peo la espalda", "WORSENING_PAIN"),
    ("es-US", "se le salió del baño sin darse cuenta", "BLADDER_BOWEL"),
    ("es-US", "no puede ser pipí desde la mañana", "BLADDER_BOWEL"),
    ("es-US", "es como un cinturón que me aprieta alrededor de las costillas", "SWELLING_OR_SPREADING_PAIN"),
    ("es-US", "su cabeza anda dando vueltas", "DEHYDRATION_SIGNS"),
    # sets X and O
    ("en-US", "my cousin flipped his four wheeler in the creek", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "she laid her bike down on the gravel", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "his legs no work since last night", "BOTH_LEGS"),
    ("en-US", "my feet are not feeling since this morning", "SUDDEN_WEAKNESS_NUMBNESS"),
    ("en-US", "grandpa's waterworks shut down yesterday", "BLADDER_BOWEL"),
    ("en-US", "she's got a hi fever and the chills", "FEVER"),
    ("en-US", "it was a hunnert and two on the thermometer", "FEVER"),
    ("es-US", "le cayeron unos costales encima en la bodega", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "siento como si tuviera un toro parado en el pecho", "CHEST_PAIN_OR_BREATHING"),
    ("es-US", "íbamos en la troca y un tráiler se nos metió", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "me pegué jugando básquet y ahora no me puedo enderezar", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "mi mamá tiene los huesos bien porosos", "OSTEOPOROSIS"),
    ("es-US", "mi abuelita ya no se levanta del catre", "CANNOT_STAND_WALK"),
    ("es-US", "me aprieta el hecho cuando subo las escaleras", "CHEST_PAIN_OR_BREATHING"),
    ("es-US", "tuvo cien to tres de fiebre anoche", "FEVER"),
    ("es-US", "no sé si sea del pecho o de la espalda", "CHEST_PAIN_OR_BREATHING"),
    ("es-US", "duermen las pompas desde ayer", "SADDLE_NUMBNESS"),
    # sets Y and P
    ("en-US", "his legs feel like two stumps", "SUDDEN_WEAKNESS_NUMBNESS"),
    ("en-US", "the night aide found him on the bathroom floor", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "mi pain bad bad and nuttin help it", "SEVERE_PAIN_NO_RELIEF"),
    ("en-US", "he dropped off the truck bed onto his back", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "she's not getting enough breath since lunch", "CHEST_PAIN_OR_BREATHING"),
    ("en-US", "my mom has osteo poor oh sis", "OSTEOPOROSIS"),
    ("en-US", "could this be a hart attack", "HEART_ATTACK_STROKE"),
    ("en-US", "the chair slid and i went down sideways on the tile", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "the doctor said my bones are like a sponge", "OSTEOPOROSIS"),
    ("es-US", "mi nieto amaneció calientito y llorando", "FEVER"),
    ("es-US", "tengo los guesos bien débiles", "OSTEOPOROSIS"),
    ("es-US", "dice el doctor que tengo los huesos como una esponja", "OSTEOPOROSIS"),
    ("es-US", "he probado de todo y el dolor sigue igual", "SEVERE_PAIN_NO_RELIEF"),
    # sets Z and Q
    ("en-US", "he tumped the tractor over in the ditch", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "my knees went to noodles and i ended up sitting on the kitchen floor", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "each night it's worse than the night before", "WORSENING_PAIN"),
    ("en-US", "she keeps going hot one minute and cold the next", "FEVER"),
    ("en-US", "my brother says he won't be around much longer and he doesn't want to be around", "SELF_HARM"),
    ("en-US", "dad's been having problems with his waterworks since the spasm", "BLADDER_BOWEL"),
    ("en-US", "she has also poor osis", "OSTEOPOROSIS"),
    ("es-US", "es como si tuviera un peso encima de mi pecho", "CHEST_PAIN_OR_BREATHING"),
    ("es-US", "mejor ya no estar aquí con este dolor", "SELF_HARM"),
    ("es-US", "se tuvo que arrastrar hasta la cocina", "CANNOT_STAND_WALK"),
    ("es-US", "hoy me duele el doble de fuerte que ayer", "WORSENING_PAIN"),
    ("es-US", "pierna duele mucho no puedo yo caminar", "CANNOT_STAND_WALK"),
    ("es-US", "me falta el are cuando subo", "CHEST_PAIN_OR_BREATHING"),
    # sets AA and R
    ("en-US", "a linebacker barrelled into him at practice", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "we were in a car ash last night", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "mejor ni despertar mañana con este dolor", "SELF_HARM"),
    ("es-US", "mi hijo tuvo un acidente en la moto", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "a mi mamá se le mojó el pantalón y no se dio cuenta", "BLADDER_BOWEL"),
    ("es-US", "el dolor le sube por el costado hasta las costillas", "SWELLING_OR_SPREADING_PAIN"),
    ("es-US", "desde la mañana no da paso", "CANNOT_STAND_WALK"),
])
def test_this_sessions_classes_raise_their_sign(locale, said, flag):
    """Classes added from sets V to Z and AA, Spanish M to R (and the misses left on M, U, D, I and L), tried with
    wordings those sets never used: falls in slang and by vehicle, found on the floor, learners' and pidgin
    grammar, recogniser slips of medical words, similes, waterworks, weights on the chest, crawling, and more."""
    assert flag in CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said", [
    # sets V, W, M and N, and the misses left on older sets
    ("en-US", "i can't stand him"),
    ("en-US", "she can't stand the heat"),
    ("en-US", "i can't stand them"),
    ("en-US", "it's harder to bend in the morning"),
    ("en-US", "the wind is blowing hard today"),
    ("en-US", "i ate it all for dinner"),
    ("en-US", "the pain is right on my tailbone"),
    ("en-US", "i got it checked out last week"),
    ("en-US", "should i stay laid up in bed or walk around"),
    ("en-US", "is a spasm ever a nine one one thing"),
    ("en-US", "it hurts so bad to bend over"),
    ("en-US", "we planned a trip to the er for her checkup"),
    ("en-US", "i'm swallowing my pride and asking"),
    ("en-US", "what's the phone numb her for the clinic"),
    ("en-US", "i felt weak after the flu last week"),
    ("en-US", "she's building up her core strength"),
    ("es-US", "no puedo levantar cosas pesadas"),
    ("es-US", "los domingos no me puedo levantar temprano"),
    ("es-US", "dormí en el piso desde que me empezó el dolor"),
    ("es-US", "se me cayó el celular"),
    ("es-US", "qué es mejor frío o calor"),
    ("es-US", "ponle paños fríos"),
    ("es-US", "qué hago para que se me afloje el músculo"),
    ("es-US", "tengo una camisa color vino"),
    ("es-US", "me tomé un advil y ya se me quitó"),
    # sets X and O
    ("en-US", "i rolled over in bed and my back grabbed"),
    ("en-US", "hi alexa my back is tight"),
    ("en-US", "the pipes in the kitchen froze"),
    ("en-US", "my legs are feeling better today"),
    ("es-US", "no me siento adormecida ahí abajo"),
    ("es-US", "no se siente rara la pierna"),
    ("es-US", "se nos metió la idea de ir al doctor"),
    ("es-US", "se pegó con cinta el parche"),
    ("es-US", "el bebé duerme en mis piernas"),
    ("es-US", "mi papá ya no se levanta tan temprano"),
    ("es-US", "de hecho me duele menos hoy"),
    # sets Y and P
    ("en-US", "what time do you punch in tomorrow"),
    ("en-US", "know what i mean my back is just stiff"),
    ("en-US", "my back feels like a block of wood in the morning"),
    ("es-US", "el agua está calientita para la compresa"),
    ("es-US", "el hielo lo empeora o lo mejora"),
    ("es-US", "el calor me lo empeoró un poco"),
    # sets Z and Q
    ("en-US", "the pipes in the house froze last night"),
    ("en-US", "i can't get the truck started in the cold"),
    ("es-US", "me sobé con pomada y ya"),
    ("es-US", "mejor no estar sentado tanto tiempo"),
    ("es-US", "el bebé ya anda gateando"),
    # sets AA and R
    ("en-US", "it's nowhere near a ten more like a three"),
    ("en-US", "the pain is far from a ten"),
    ("es-US", "se me mojó el pantalón con la lluvia"),
])
def test_this_sessions_classes_stay_quiet_without_the_sign(locale, said):
    """The other meanings those classes met: "can't stand him", clocking out, a remedy that makes it worse,
    hot water, a baby crawling, "de hecho"."""
    assert CONTENT[locale].lexicon.signs(said) == [], CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said", [
    ("en-US", "i have, you know, numbness down there"),
    ("en-US", "i don't know, chest pain maybe"),
    ("en-US", "i know blood in the urine is bad, and there's some"),
    ("es-US", "no me doy cuenta cuando me tengo que ir al baño"),
    ("es-US", "mi mamá está en el piso desde anoche"),
    ("es-US", "mi papá anda desorientado"),
    ("en-US", "suddenly my legs are not feeling"),
    ("en-US", "i got a hi temper chur and my back is spazzing"),
    ("es-US", "duerme la cola y las nalgas como si estuviera sentada en hielo"),
    ("es-US", "se le cayó algo encima"),
    ("es-US", "mi tata ya no levanta del petate mucho dolor tiene"),
    ("es-US", "siento como si un elefante estuviera sentado en mi pecho"),
    ("en-US", "my husband's a veteran and he's been saying he doesn't want to be around anymore because of his back"),
    ("en-US", "she's been cold then hot all night"),
    ("es-US", "me acosté en el piso pa estirarme y ahora no hay cómo levantarme"),
    ("es-US", "las piernas de mí se doblan solas no aguantan"),
])
def test_what_the_review_of_this_sessions_lexicon_found_missing_is_raised(locale, said):
    """A clinician-style review of the session's lexicon changes (by a helper that saw no set) found signs lost
    to them: "you know" read as "no", a respelling that rewrote the lexicon's own "tengo que", a long lie on the
    floor only urgent in Spanish, confusion filed as dehydration. Each is raised again."""
    assert CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said", [
    ("en-US", "no, my legs aren't feeling numb or weak"),
    ("en-US", "no, the ibuprofen helps a lot"),
    ("es-US", "no, no me duele ni sentado ni acostado"),
    ("en-US", "hi, my temperature is normal"),
    ("en-US", "i alternate hot and then cold compresses on my back"),
    ("en-US", "i sit slumped forward at my desk all day"),
    ("en-US", "i got a heating pad and wrapped it around my lower back"),
    ("en-US", "i took a shot to the back for the pain"),
    ("en-US", "we got slammed at work today"),
    ("es-US", "duermo de lado con una almohada entre las piernas"),
    ("es-US", "esa medicina no existe"),
    ("en-US", "my bowels went back to normal"),
    ("en-US", "the pipes backed up and i spent the day bailing water"),
    ("en-US", "i ended up sitting on the floor to watch tv because the couch hurts"),
    ("es-US", "tengo cosas encima, muchas preocupaciones"),
    ("es-US", "el parche se pegó en la espalda muy bien"),
    ("es-US", "estaba sentada dándole el pecho a mi bebé y me dio un espasmo en la espalda"),
    ("es-US", "ya no levanto cosas pesadas"),
    ("en-US", "i don't want to be around people when i'm hurting like this"),
    ("en-US", "medical bills swallowed up my savings"),
    ("en-US", "i can reach higher and higher each day"),
    ("en-US", "my posture is very very bad"),
    ("en-US", "i stacked the sandbags three feet high"),
    ("en-US", "i couldn't hold it any longer so i had to go lie down"),
    ("en-US", "should i stretch my hamstrings or my chest"),
    ("en-US", "my back was fine up until my chest workout yesterday"),
    ("en-US", "dr hart says the pain is muscular"),
    ("es-US", "la tos es del pecho"),
    ("es-US", "no hay como caminar para aliviar la espalda"),
    ("es-US", "puse el aire acondicionado a todo lo que da"),
    ("en-US", "i turned the car over this morning and it would not start"),
    ("en-US", "i was struck by how much better it felt"),
    ("en-US", "i took a knee to stretch my hamstring"),
    ("es-US", "se nos metió un ratón en la casa"),
])
def test_what_the_review_of_this_sessions_lexicon_found_too_broad_stays_quiet(locale, said):
    """The same review's false alarms, on the talk the guide itself invites (alternating packs, lifting less,
    sitting posture, stretching on the floor) and other meanings ("hi", "pipes", "no existe", "se pegó el parche")."""
    assert CONTENT[locale].lexicon.signs(said) == [], CONTENT[locale].lexicon.findings(said)


def test_a_verbs_particle_is_never_skipped_as_filler():
    """"up" is filler in "can't really get up", but after "stand" it makes another verb: "can't stand up her
    back hurts" is about standing, while "can't stand her" is a dislike the not-signs cancel."""
    assert READER.signs("she can't stand her") == []
    assert "CANNOT_STAND_WALK" in READER.signs("she can't stand up her back hurts")


def test_a_joined_split_word_is_respelled_too():
    """Split pieces join into a slip the lexicon respells, and the joined word is respelled at once."""
    es = CONTENT["es-US"].lexicon
    assert es.tokens("estoy mar hado") == es.tokens("estoy mareado")


def test_a_whole_word_stays_whole_when_the_piece_after_it_joins_further():
    """"de bo mitar" is "de vomitar", not "debo" and a stray "mitar"; "m v a" still joins from its first piece."""
    es = CONTENT["es-US"].lexicon
    assert es.tokens("tengo ganas de bo mitar") == es.tokens("tengo ganas de vomitar")
    assert "DEHYDRATION_SIGNS" in es.signs("tengo ganas de bo mitar")
    assert "SERIOUS_FALL_ACCIDENT" in READER.signs("i was in an m v a two days ago")


def test_a_word_split_in_four_is_joined():
    assert READER.tokens("i have ost e o porosis") == READER.tokens("i have osteoporosis")


def test_english_ie_and_ey_endings_are_y():
    assert READER.tokens("feeling dizzie") == READER.tokens("feeling dizzy") == READER.tokens("feeling dizzey")


@pytest.mark.parametrize("said,raises", [
    ("he didn't fall but he might have", True),
    ("i'm fairly sure he didn't fall but he might have", True),
    ("he didn't fall", False),
    ("he didn't fall, he's just sore, but he might have a cold", False),  # doubt too far from the denial
])
def test_doubt_right_after_a_denial_takes_it_back(said, raises):
    assert ("SERIOUS_FALL_ACCIDENT" in READER.signs(said)) is raises, READER.findings(said)


@pytest.mark.parametrize("said,raises", [
    ("no se cayó pero a lo mejor sí", True),
    ("no se cayó", False),
])
def test_spanish_doubt_after_a_denial_takes_it_back(said, raises):
    assert ("SERIOUS_FALL_ACCIDENT" in SPANISH.lexicon.signs(said)) is raises, SPANISH.lexicon.findings(said)


@pytest.mark.parametrize("said,level", [
    ("el pain es ten out of ten no joke", "urgent"),
    ("tengo un bruise muy black and blue", "urgent"),
    ("nunca he tenido cáncer gracias a dios", None),   # the English reader sees "cancer", Spanish denies it
    ("no he tenido accidentes ni me he golpeado", None),
    ("no tengo fever", None),
    ("me da miedo que sea cáncer", None),            # Spanish words are the Spanish reader's, with its exceptions
    ("el ibuprofeno me puede dar náuseas", None),
])
def test_spanish_is_also_read_with_the_english_lexicon(said, level):
    """Bilingual speakers put whole English phrases in Spanish; the locale's own denials still hold."""
    assert [lexicon.raw["about"][:20] for lexicon in SPANISH.borrowed_lexicons] == [CONTENT["en-US"].lexicon.raw["about"][:20]]
    request = envelopes.intent_request("es-US", "ReportSymptomIntent", {
        "symptom": envelopes.slot("symptom", said, slot_type="SymptomType")})
    from ask_sdk_core.serialize import DefaultSerializer

    from skill.triage import red_flag_in

    envelope = DefaultSerializer().deserialize(json.dumps(envelopes.envelope(request, session_id="s", new=True,
                                                                             attributes={})), "ask_sdk_model.RequestEnvelope")
    flag = red_flag_in(envelope.request, SPANISH)
    assert (flag.level if flag else None) == level, said


# mechanisms added in the fifteenth breadth round: each stands for a class of wording, tested both ways -----
@pytest.mark.parametrize("said,raises", [
    ("fever? no", False),
    ("numbness, none", False),
    ("dizzy? nope, but my back is killing me", False),
    ("fever, no chills", True),         # without commas this is "fever no chills": the fever is there
    ("any fever? no", False),
    ("fever no i don't", False),
    ("i have a fever, no?", True),      # a tag question after a sentence asks; it does not deny
    ("i can't walk, no", True),         # a sign with its own cue is agreed to, not denied
    ("dizzy no joke", True),            # "no" that does not close what is said
    ("numb no feeling at all", True),   # the "no" begins a sign of its own
])
def test_a_bare_no_answering_a_bare_sign_denies_it(said, raises):
    assert bool(READER.signs(said)) is raises, READER.findings(said)
    if not raises:
        assert READER.answer(said) == "no"


def test_a_bare_no_denies_only_the_sign_it_answers():
    assert READER.signs("fever no but he fell") == ["SERIOUS_FALL_ACCIDENT"]
    assert "FEVER" in READER.signs("fever? no. chills? yes")


@pytest.mark.parametrize("said", ["hormigueo no", "calentura no", "tengo calentura, ¿no?", "una calentura, ¿no?"])
def test_spanish_has_no_bare_no_rule_so_a_sign_before_a_no_stays(said):
    """A Spanish slot loses its verb ("tengo calentura, ¿no?" arrives as "calentura no"), and without the verb a
    bare no cannot be told from a tag question: under that doubt the sign is raised. Spanish post cues carry their
    verb ("calentura no tiene"), which no tag question does."""
    assert all(len(cue.split()) > 1 for cue in SPANISH.lexicon.raw["negation"].get("post_cues", []))
    assert SPANISH.lexicon.signs(said), SPANISH.lexicon.findings(said)


@pytest.mark.parametrize("said", ["a fever no", "an awful lot of numbness, no?"])
def test_an_article_before_a_sign_makes_the_no_after_it_a_tag(said):
    """"a fever no" is what a slot keeps of "i have a fever, no?" (`asserted_by`)."""
    assert READER.signs(said), READER.findings(said)


@pytest.mark.parametrize("said,flag", [
    ("we went off in the ditch and rolled", "SERIOUS_FALL_ACCIDENT"),  # "went" is tried, then "went off"
    ("i have to go real bad but i can't", "BLADDER_BOWEL"),          # "have to go", then "have to go really bad"
])
def test_a_chain_tries_every_member_of_a_class_not_only_the_first_that_matches(said, flag):
    assert flag in READER.signs(said), READER.findings(said)


@pytest.mark.parametrize("said,raises", [
    ("it's a tearing pain", True),
    ("it tore through my back", True),
    ("i'm in tears", False),            # crying is not a tearing pain
    ("it's just wear and tear", False),
    ("could it be a muscle tear", False),
])
def test_tearing_is_its_own_word(said, raises):
    assert ("AORTA" in READER.signs(said)) is raises, READER.findings(said)


@pytest.mark.parametrize("said,raises", [
    ("neither leg will move", True),
    ("neither one of my legs wants to work", True),
    ("neither leg is numb", False),
    ("neither of my legs is weak", False),
])
def test_neither_leg_is_a_sign_only_with_what_the_legs_fail_to_do(said, raises):
    assert ("BOTH_LEGS" in READER.signs(said)) is raises, READER.findings(said)


@pytest.mark.parametrize("said,same_as", [
    ("it hurts real bad", "it hurts really bad"), ("i cain't stand up", "i can not stand up"),
    ("my leg's going dead", "my leg's gone dead"), ("no reason to keep on living", "no reason to keep living"),
    ("she's on zarelto", "she's on xarelto"), ("it comes ever so often", "it comes every so often"),
])
def test_dialect_forms_and_recogniser_slips_of_round_fifteen_are_one_word(said, same_as):
    assert READER.tokens(said) == READER.tokens(same_as)


def test_the_per_word_caches_are_bounded_and_forgetting_changes_nothing(monkeypatch):
    """A long-lived web service hears endless new words: the stem and sound caches start again past their
    size, and what is read stays the same."""
    import skill.red_flag_reader as reader_module

    said = "my husband took a tumble and can't get up"
    before = READER.signs(said)
    monkeypatch.setattr(reader_module, "WORD_CACHE_SIZE", 10)
    for number in range(40):
        READER.tokens(f"zork{number} blim{number}")
        SPANISH.lexicon.tokens(f"tengo la espalda in chada {number}")
    assert len(READER._stems) <= 12 and len(SPANISH.lexicon._sounds) <= 12
    assert READER.signs(said + " again") == before


@pytest.mark.parametrize("locale,said,flag", [
    ("en-US", "i'm burning clean up and shaking", "FEVER"),
    ("en-US", "she can't walk but three steps before she grabs the counter", "CANNOT_STAND_WALK"),
    ("en-US", "he can only go a few steps holding onto the wall", "CANNOT_STAND_WALK"),
    ("en-US", "my girl was dropped on her back at cheer", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "the aide dropped grandma during the transfer", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "he caught a shot to the ribs at the football game", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "a bigger kid checked him hard into the glass", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "i need to pee but it's really hard to go", "BLADDER_BOWEL"),
    ("en-US", "he's not peeing right since the spasm", "BLADDER_BOWEL"),
    ("en-US", "she can't stop throwing up", "DEHYDRATION_SIGNS"),
    ("es-US", "ahora la siento en el pecho también", "PAIN_SPREADING_CHEST"),
    ("es-US", "tiene los huesos así de frágiles", "OSTEOPOROSIS"),
    ("es-US", "una troca se le metió y le pegó de lado", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "no para de vomitar desde anoche", "DEHYDRATION_SIGNS"),
    ("es-US", "le está costando respirar", "CHEST_PAIN_OR_BREATHING"),
    ("es-US", "le castañetean los dientes y tiene la espalda tiesa", "FEVER"),
    ("es-US", "tengo frío y tiemblo con el espasmo", "FEVER"),
    ("es-US", "se cayó al baño y no se logra levantar", "CANNOT_STAND_WALK"),
    ("es-US", "el dolor baja hasta abajo de la rodilla", "SWELLING_OR_SPREADING_PAIN"),
    ("es-US", "cada día que pasa me duele más", "WORSENING_PAIN"),
    ("es-US", "le duele más cada vez", "WORSENING_PAIN"),
    ("es-US", "sigue igual o peor con las pastillas", "WORSENING_PAIN"),
    ("es-US", "no aguanta ni que le toquen la espalda", "SEVERE_PAIN_NO_RELIEF"),
    ("es-US", "ya no sé qué más hacer con este dolor", "SEVERE_PAIN_NO_RELIEF"),
    ("es-US", "creo que le dio un jartatac", "HEART_ATTACK_STROKE"),
    ("es-US", "caí por las escaleras del sótano", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "duermen las piernas desde la mañana", "SUDDEN_WEAKNESS_NUMBNESS"),
])
def test_classes_of_sets_ab_ac_s_and_t_raise_their_sign(locale, said, flag):
    """Each class a miss of the four sets written apart this round stood for, said in other words: an
    intensifier between verb and particle, walking a few steps only, a person dropped, a blow in a game, a
    bladder that will not go, "can't stop" and "no para de" (the no says it goes on), place adverbs between a
    word and its body part, chills as chattering teeth, pain growing with time in either order, a touch too
    much to bear, a fall or numbness said without its pronoun."""
    assert flag in CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said", [
    ("en-US", "i'm not burning up at all"),
    ("en-US", "i can walk fine and i don't have to grab the wall"),
    ("en-US", "she dropped her phone in the tub"),
    ("en-US", "i dropped him off at practice"),
    ("en-US", "my call got dropped twice"),
    ("en-US", "he got dropped from the team roster"),
    ("en-US", "i took a shot to the back for the pain at the clinic"),
    ("en-US", "the nurse checked him over"),
    ("en-US", "no numbness and no peeing problems"),
    ("en-US", "i'm peeing normal"),
    ("es-US", "lo siento pero tengo otra pregunta"),
    ("es-US", "mis huesos están bien"),
    ("es-US", "no vomito"),
    ("es-US", "no tengo frío ni tiemblo"),
    ("es-US", "cada vez que me agacho me duele más"),
    ("es-US", "me duele más cuando camino"),
    ("es-US", "me quedé todo torcido cuando me agaché"),
    ("es-US", "caí en cuenta que era falta de agua"),
    ("es-US", "el bebé se duerme en mis piernas"),
])
def test_classes_of_sets_ab_ac_s_and_t_stay_quiet_without_the_sign(locale, said):
    """The other meanings those classes met: a phone dropped, a drop-off, an injection "to the back", a nurse's
    check, a denial of peeing problems, "lo siento" as sorry, pain with a movement rather than growing,
    a back locked bent (not a crooked face), "caer en cuenta", a baby asleep on one's legs."""
    assert CONTENT[locale].lexicon.signs(said) == [], CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,flag", [
    ("en-US", "my arms feel week and tingly", "SUDDEN_WEAKNESS_NUMBNESS"),
    ("en-US", "he wet threw his jeans last night", "BLADDER_BOWEL"),
    ("en-US", "she peed right through the sheets", "BLADDER_BOWEL"),
    ("en-US", "the neighbors had to haul him off the floor", "CANNOT_STAND_WALK"),
    ("en-US", "grandma is hot as a furnace tonight", "FEVER"),
    ("en-US", "there's a brews on his lower back", "SWELLING_OR_SPREADING_PAIN"),
    ("es-US", "mi abuela no se tiene en pie", "CANNOT_STAND_WALK"),
    ("es-US", "la señora tiene retención de orina", "BLADDER_BOWEL"),
    ("es-US", "tiene parestesias en las piernas", "SUDDEN_WEAKNESS_NUMBNESS"),
    ("es-US", "le salió un poco de orina sin querer", "BLADDER_BOWEL"),
    ("es-US", "no podría pararme solo", "CANNOT_STAND_WALK"),
])
def test_classes_of_sets_ad_and_u_raise_their_sign(locale, said, flag):
    """Each class a miss of sets AD and U stood for, said in other words: "weak" heard as "week" and
    "through" as "threw" where only they fit, wetting right through, being hauled up by others, a fever
    simile said of a family member, a Spaniard's "no me tengo en pie", an aide's clinical words, a leak of
    urine, "no podría"."""
    assert flag in CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said", [
    ("en-US", "i drink three cold brews after my shift"),
    ("es-US", "no se me sale la orina ni nada de eso"),
    ("en-US", "it's week three of physical therapy"),
    ("en-US", "he threw his pants in the wash"),
    ("en-US", "the oven is hot as a furnace"),
    ("es-US", "me cayó la gripa y me duele el cuerpo"),
    ("es-US", "me cayó mal la comida"),
    ("es-US", "sí me tengo en pie"),
])
def test_classes_of_sets_ad_and_u_stay_quiet_without_the_sign(locale, said):
    """Cold brews are coffee or beer, a week of therapy is no weakness, an oven is not a person, and in
    Spanish an illness or a meal "falls" on someone without a fall."""
    assert CONTENT[locale].lexicon.signs(said) == [], CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,flag", [
    ("en-US", "her knees keep giving way on the stairs", "SUDDEN_WEAKNESS_NUMBNESS"),
    ("en-US", "he keeps talking about ending everything", "SELF_HARM"),
    ("en-US", "she can't feel the toilet paper when she wipes", "SADDLE_NUMBNESS"),
    ("en-US", "i caught a lick from a boom on the barge", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "he can't get from the bed to the toilet", "CANNOT_STAND_WALK"),
    ("en-US", "she was treated at md anderson years ago", "CANCER_HISTORY"),
    ("es-US", "se subió al techo y pa abajo que se fue", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "se le va hasta el esternón", "PAIN_SPREADING_CHEST"),
    ("es-US", "ve estrellas cuando se para", "DEHYDRATION_SIGNS"),
    ("es-US", "empezó como un dolorcito y ahora está insoportable", "WORSENING_PAIN"),
    ("es-US", "se calli del rufo", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "las piernas le quieren fallar", "SUDDEN_WEAKNESS_NUMBNESS"),
])
def test_classes_of_sets_ae_and_v_raise_their_sign(locale, said, flag):
    """Each class a miss of sets AE and V stood for, said in other words: legs "giving way", "ending
    everything", nothing felt when wiping, a Southern "lick", rooms one can't get between, Houston's cancer
    hospital, "pa abajo que me voy", pain from the back to the front, seeing stars, mild then bad, "me calli"
    and the Spanglish roof, legs that want to fail."""
    assert flag in CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said", [
    ("en-US", "what are you doing this weekend"),
    ("en-US", "my legs don't give way"),
    ("en-US", "i can wipe fine and feel everything"),
    ("es-US", "no era nada grave"),
    ("es-US", "las piernas no me fallan"),
    ("es-US", "no veo estrellas ni nada"),
])
def test_classes_of_sets_ae_and_v_stay_quiet_without_the_sign(locale, said):
    assert CONTENT[locale].lexicon.signs(said) == [], CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,flag", [
    ("en-US", "it's like an elephant sat on my chest", "CHEST_PAIN_OR_BREATHING"),
    ("en-US", "my nan came a cropper on the garden path", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "he went arse over tit off the kerb", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "my lad got clattered at rugby on saturday", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "a delivery van bumped him in the car park", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "she backed into the door frame pretty hard", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "the left side of her face feels numb", "HEART_ATTACK_STROKE"),
    ("en-US", "his hand won't go up past his shoulder", "SUDDEN_WEAKNESS_NUMBNESS"),
    ("en-US", "is he having a hearty tack", "HEART_ATTACK_STROKE"),
    ("en-US", "tried to roll over and stuck for an hour now", "CANNOT_MOVE"),
    ("en-US", "put ice on it all night and it never lets up", "SEVERE_PAIN_NO_RELIEF"),
    ("es-US", "nome puedo mover de la cama", "CANNOT_MOVE"),
    ("es-US", "mi abuelo se dio contra el filo de la mesa", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "el niño quiere hacer pichí y no le sale", "BLADDER_BOWEL"),
    ("es-US", "trato de levantarme y el dolor no me deja", "CANNOT_STAND_WALK"),
])
def test_classes_of_sets_af_ag_w_and_x_raise_their_sign(locale, said, flag):
    """Each class a miss of sets AF, AG, W and X stood for, said in other words: a weight "sat" on the chest,
    British falls and tackles, a bump into something hard, a face that feels wrong, a limb that will not
    rise, "heart attack" misheard, stuck as a state, pain that will not let up after care (urgent) or
    alone (it lasts), merged clitics, "darse contra", Chilean "pichí", pain that puts one back down."""
    assert flag in CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,absent", [
    ("en-US", "my old cat is limping again", "CANNOT_STAND_WALK"),
    ("en-US", "my puppy's legs are wobbly", "BOTH_LEGS"),
    ("en-US", "i was stuck in traffic and my back cramped", "CANNOT_MOVE"),
    ("en-US", "i bumped into an old friend at church", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "my face feels fine", "HEART_ATTACK_STROKE"),
    ("en-US", "we got stuck in the snow on the way home", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "nose que hacer con este dolor", "BLADDER_BOWEL"),
])
def test_classes_of_sets_af_ag_w_and_x_stay_quiet_without_the_sign(locale, said, absent):
    assert absent not in CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A correction, then the sign denied: the speaker took it back.
    ("en-US", "she had a fever no wait she didn't have a fever that was her sister", "FEVER", False),
    ("en-US", "i passed out no wait i didn't pass out i just sat down", "FAINTING", False),
    ("es-US", "me desmayé bueno no no me desmayé nomás me senté", "FAINTING", False),
    # Only the later word counts, and a correction that does not deny leaves the sign.
    ("en-US", "i didn't fall wait actually i did fall", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i fell i mean i tripped on the hose", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no me caí mejor dicho sí me caí de la silla", "SERIOUS_FALL_ACCIDENT", True),
    # The opposite said after a correction takes the sign back; another reading of the sign does not.
    ("en-US", "she's burning up no wait the thermometer says ninety eight point six", "FEVER", False),
    ("en-US", "he has a fever no actually it's a hundred and two", "FEVER", True),
    # A list under one cue: the subject-looking "it" before "or" is an object, not a new clause.
    ("en-US", "i didn't twist it or fall it just started", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he didn't lift anything or slip", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i don't know if i twisted it or fell", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i didn't do it or she fell", "SERIOUS_FALL_ACCIDENT", True),
])
def test_a_correction_or_a_denied_list_is_read_as_said(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag", [
    ("en-US", "the kettlebell came down across his back", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "she got pinned under the bench press bar", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "there's a zinging down the back of her leg", "SWELLING_OR_SPREADING_PAIN"),
    ("en-US", "grandma would not get out of her recliner all day", "CANNOT_STAND_WALK"),
    ("en-US", "he screams when we try to get him up", "CANNOT_STAND_WALK"),
    ("en-US", "i keep having to flop back down on the bed", "CANNOT_STAND_WALK"),
    ("en-US", "my little girl says her belly is upset", "DEHYDRATION_SIGNS"),
    ("en-US", "the doctor said austio porosis", "OSTEOPOROSIS"),
    ("en-US", "the ice isn't doing a lick of good", "SEVERE_PAIN_NO_RELIEF"),
    ("en-US", "his knees don't want to hold him up", "SUDDEN_WEAKNESS_NUMBNESS"),
    ("en-US", "my brother totaled his truck last night", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "it's twice as bad as this morning", "WORSENING_PAIN"),
    ("es-US", "el toro lo apachurró contra la cerca", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "es como un elefante encima de mí", "CHEST_PAIN_OR_BREATHING"),
    ("es-US", "mi abuela se cayó de sentón en la cocina", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "se le patinó el pie en la escalera", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "mi tío no ha echado ni una gota de pipí", "BLADDER_BOWEL"),
    ("es-US", "se rebaló en la tina", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "la troca de mi hijo quedó hecha pedazos", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "mi suegra no está sintiendo las piernas", "BOTH_LEGS"),
    ("es-US", "ya no aguanto el control de la vejez", "BLADDER_BOWEL"),
    ("es-US", "abuela usted se cayó o no dígame si te caíste", "SERIOUS_FALL_ACCIDENT"),
])
def test_classes_of_sets_ah_ai_y_and_z_raise_their_sign(locale, said, flag):
    """Each class a miss of sets AH, AI, Y and Z stood for, said in other words: a weight come down on the back,
    pinned under a bar, pain down the hamstring, a person who will not get up or must be lifted or has to sit
    back down, an upset belly, "osteoporosis" misheard, remedies that do no good, legs that do not want to hold,
    a car totaled, pain doubled; an animal pressing one against a fence, an elephant on the chest, falls onto the
    seat and skids, not a drop of urine, a dropped s, a car in pieces, "no está sintiendo", "vejez" for "vejiga",
    "te caíste"."""
    assert flag in CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,absent", [
    ("en-US", "my back is totally wrecked after the move", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "how do i carry groceries without wrecking my back", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "her memory is getting worse lately", "WORSENING_PAIN"),
    ("en-US", "my tummy is upset from the naproxen", "DEHYDRATION_SIGNS"),
    ("en-US", "i helped my sister move a dresser and now i can't bend over", "CANNOT_MOVE"),
    ("en-US", "she has a fever no wait she just checked it's ninety eight point six", "FEVER"),
    ("es-US", "pero total ya me siento mejor", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "la tijera que se me cayó la recogí y sentí el jalón", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "cuando iba a subir a la troca se me trabó la cintura", "WORSENING_PAIN"),
    ("es-US", "fiebre no pero me duele mucho", "FEVER"),
    ("es-US", "tiene calentura bueno no le tomé la temperatura y salió noventa y ocho", "FEVER"),
])
def test_classes_of_sets_ah_ai_y_and_z_stay_quiet_without_the_sign(locale, said, absent):
    assert absent not in CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,flag", [
    ("en-US", "the tow strap snapped and lashed him across the back", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "she's on the toilet and can't get herself back up", "CANNOT_STAND_WALK"),
    ("en-US", "his waterworks gave out when he bent over", "BLADDER_BOWEL"),
    ("en-US", "something is squeezing around my ticker", "CHEST_PAIN_OR_BREATHING"),
    ("en-US", "honestly i'd rather not wake up at all", "SELF_HARM"),
    ("en-US", "the room is going round when i stand", "DEHYDRATION_SIGNS"),
    ("en-US", "the ache wraps round his ribs now", "SWELLING_OR_SPREADING_PAIN"),
    ("es-US", "a mi papá no le baja el agua desde anoche", "BLADDER_BOWEL"),
    ("es-US", "mi esposa se quema de calor y está temblando", "FEVER"),
    ("es-US", "tiene treinta y nueve punto dos", "FEVER"),
    ("es-US", "tenía treinta y seis no perdón treinta y nueve punto uno", "FEVER"),
    ("es-US", "el dolor cada día agarra más", "WORSENING_PAIN"),
    ("es-US", "mi abuelo estuvo en el piso hasta que llegó mi hermano", "CANNOT_STAND_WALK"),
    ("es-US", "le duele mucho el echo", "CHEST_PAIN_OR_BREATHING"),
    ("es-US", "se le mueve el cuarto cuando se sienta", "DEHYDRATION_SIGNS"),
    ("es-US", "mi tía se dio tremendo golpe en la cocina", "SERIOUS_FALL_ACCIDENT"),
    ("es-US", "creo que se me escapó tantito el agua cuando estornudé", "BLADDER_BOWEL"),
])
def test_classes_of_sets_aj_ak_aa_and_ab_raise_their_sign(locale, said, flag):
    """Each class a miss of sets AJ, AK and Spanish AA and AB stood for, said in other words: a cable or strap
    that lashes, not getting oneself back off a seat, "waterworks" that give, "the old ticker", "rather not wake
    up", a room going round, pain round the ribs; water that will not come down, burning up and shaking, a
    reading with a decimal (and a "no" that opens a correction denies nothing), pain taking more ground each day,
    a night on the floor, "el echo" for "el pecho", a room that moves, "tremendo golpe", a little wetting."""
    assert flag in CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,absent", [
    ("en-US", "it flares up every spring and fall", "SERIOUS_FALL_ACCIDENT"),
    ("en-US", "i've been reading about tumors online all night", "CANCER_HISTORY"),
    ("es-US", "tengo treinta y nueve años y me duele la cintura", "FEVER"),
    ("es-US", "los tengo buenos no tengo osteoporosis", "OSTEOPOROSIS"),
    ("es-US", "se me salió el agua del vaso", "BLADDER_BOWEL"),
])
def test_classes_of_sets_aj_ak_aa_and_ab_stay_quiet_without_the_sign(locale, said, absent):
    assert absent not in CONTENT[locale].lexicon.signs(said), CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("said,raised", [
    ("caí ayer saliendo de la iglesia", True),
    ("cayó y está en el suelo de la cocina", True),
    ("cayó anoche y no se puede levantar", True),
    ("la lluvia que cayó ayer me tiene adolorido", False),
    ("cayó el granizo toda la tarde", False),
])
def test_a_spanish_fall_said_without_its_pronoun(said, raised):
    """A slot may keep "caí ayer" of "yo caí ayer", or "cayó y está en el piso" of "se cayó y ...": the fall is
    read all the same; rain or hail that "cayó" is weather."""
    lexicon = CONTENT["es-US"].lexicon
    assert ("SERIOUS_FALL_ACCIDENT" in lexicon.signs(said)) is raised, lexicon.findings(said)


@pytest.mark.parametrize("locale,said,raised", [
    # A clinician's review of the round: what the correction and opposite rules must never take back.
    ("en-US", "i have chest pain, i mean i'm not short of breath", True),
    ("en-US", "i fell down the stairs, i mean it wasn't a bad fall", True),
    ("en-US", "i have chest pain no wait i'm not short of breath", True),
    ("en-US", "he had a fever of a hundred and two, i mean it's ninety nine now after tylenol", True),
    ("en-US", "she fell, i mean she never caught herself", True),
    ("en-US", "she has a fever no wait it's not ninety eight point six it's higher", True),
    ("en-US", "the pain won't let up", True),
    ("en-US", "nothing makes it let up", True),
    ("en-US", "i totaled my honda", True),
    ("en-US", "they did a biopsy and it is cancer", True),
    ("en-US", "i was walking my dog, weak legs all of a sudden", True),
    ("en-US", "my wife has to help me move, i can't do it myself", True),
    ("es-US", "me dio un dolor en el pecho, digo, no me falta el aire", True),
    ("es-US", "mi abuela se cayó, digo, se sentó duro en el piso del baño", True),
    ("es-US", "me duele la espalda por una caja que se me cayó encima", True),
    # ... and what the round's new words must not raise.
    ("en-US", "we went over on saturday to help my sister", False),
    ("en-US", "my kids whipped me at checkers", False),
    ("en-US", "i only sleep on one side and i'm not lifting anything", False),
    ("en-US", "i got home and stuck a heating pad on it", False),
    ("en-US", "i tried to lift him onto the bed and pulled something", False),
    ("es-US", "se mojó un poquito con la lluvia", False),
    ("es-US", "hace mucho calor, me quemo de calor", False),
    ("es-US", "no me puedo bajar de peso", False),
    ("es-US", "estuve en el piso toda la tarde jugando con los niños", False),
    ("es-US", "el precio es el doble", False),
])
def test_the_rounds_rules_as_a_clinician_reviewed_them(locale, said, raised):
    """A helper reviewing the round's lexicon as a clinician found corrections taking back real signs ("i mean"
    is filler, not a retraction; a denied detail of the same group is not the sign denied), opposites that hide
    a fever under a fever medicine, lost phrases ("won't let up" is urgent by the guide; "totaled"), and new false
    alarms; each is a test here."""
    assert bool(CONTENT[locale].lexicon.signs(said)) is raised, CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,raised", [
    # Classes from the first runs of sets AL, AM, AC and AD, said in other words.
    ("en-US", "my foot went through the ceiling up in the attic", True),
    ("en-US", "she can't make herself stand this morning", True),
    ("es-US", "desde anoche va al baño y no le sale nada", True),
    ("es-US", "el toro lo pegó contra la cerca", True),
    ("es-US", "me resbalé y de repente estaba viendo el techo", True),
    ("es-US", "se le zafó el gato y la troca lo agarró", True),
    ("es-US", "mi hijo chocó el carro anoche", True),
    ("es-US", "mi abuela no está capaz de caminar", True),
    ("es-US", "mi papá tiene liebre desde ayer", True),
    ("es-US", "me dio un dolor de techo bien fuerte", True),
    ("es-US", "a mi esposo se le cayó la boca de un lado", True),
    ("es-US", "se me cayó la boca de un lado esta mañana", True),
    ("es-US", "se me cayó la cara de vergüenza", False),
    # ... and their other meanings.
    ("en-US", "i spend all day in crawl spaces running pipe", False),
    ("en-US", "it grabbed me on my last trip up the ladder", False),
    ("es-US", "tengo la espalda bien pegada de tanto trabajar", False),
    ("es-US", "el techo de la casa tiene goteras", False),
])
def test_classes_of_sets_al_am_ac_and_ad(locale, said, raised):
    assert bool(CONTENT[locale].lexicon.signs(said)) is raised, CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Classes from the first runs of sets AN, AO, AE and AF, said in other words.
    ("en-US", "feels like someone is sitting on my chest", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "my lola is nahihilo since breakfast", "DEHYDRATION_SIGNS", True),
    ("en-US", "my dad says hindi makalakad since he bent over", "CANNOT_STAND_WALK", True),
    ("en-US", "he got clipped by a pallet jack in the cooler", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the tractor jolted him off the seat in the field", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my nan went arse over in the garden", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she went her length on the kitchen tiles", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "roasting then shivering the whole night", "FEVER", True),
    ("en-US", "he's been spewing since lunch and his back is stiff", "DEHYDRATION_SIGNS", True),
    ("en-US", "i've been sick three times this morning", "DEHYDRATION_SIGNS", True),
    ("en-US", "i feel kind of sick with this spasm", "DEHYDRATION_SIGNS", True),
    ("en-US", "she cannae get herself back up off the couch", "CANNOT_STAND_WALK", True),
    ("en-US", "mum has the osteo and her back went", "OSTEOPOROSIS", True),
    ("en-US", "it's a nine or tin out of ten", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "we have to help him sit on the toilet now", "CANNOT_MOVE", True),
    ("es-US", "ando como cuete y eso que no he tomado nada", "DEHYDRATION_SIGNS", True),
    ("es-US", "mi suegra se había ido de espaldas en el patio", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el niño no ha hecho pis desde la mañana y le duele la espalda", "BLADDER_BOWEL", True),
    ("es-US", "de la cintura para abajo la siento apagada", "BOTH_LEGS", True),
    ("es-US", "la tenemos que ayudar a sentarse en la silla", "CANNOT_MOVE", True),
    ("es-US", "se dio un vergazo con la moto", "SERIOUS_FALL_ACCIDENT", True),
    # ... and their other meanings.
    ("en-US", "i'm sick of this spasm", "DEHYDRATION_SIGNS", False),
    ("en-US", "did you watch the hurling final", "DEHYDRATION_SIGNS", False),
    ("en-US", "my osteo told me to stretch twice a day", "OSTEOPOROSIS", False),
    ("en-US", "the osteo and now my back is in knots", "OSTEOPOROSIS", True),
    ("en-US", "i saw the osteo on monday and she cracked my back", "OSTEOPOROSIS", False),
    ("en-US", "i nearly slipped on the step but caught the rail", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "casi me resbalo en el piso mojado", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me siento desconectado de todo con este dolor", "BOTH_LEGS", False),
    ("es-US", "me duele la chichi de tanto amamantar", "BLADDER_BOWEL", False),
])
def test_classes_of_sets_an_ao_ae_and_af(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,raised", [
    # A request opens with "no", never with "know": the homophone only where a request opens.
    ("en-US", "know numbness in my legs", False),
    ("en-US", "know feeling in my feet since lunch", True),
    ("en-US", "i know i've got a fever", True),
    ("en-US", "you know i fell off the porch", True),
    # A non-native report opening with the bare infinitive: "caer" is "me caí" there, and only there.
    ("es-US", "caer en escalera ayer", True),
    ("es-US", "tengo miedo de caer otra vez", False),
])
def test_a_word_that_opens_a_request_is_read_as_it_is_meant_there(locale, said, raised):
    assert bool(CONTENT[locale].lexicon.signs(said)) is raised, CONTENT[locale].lexicon.findings(said)


@pytest.mark.parametrize("locale,said,raised", [
    # A sign asked about and reported answered no is denied; any other answer keeps it.
    ("en-US", "i asked him if he fell and he said no", False),
    ("en-US", "we asked her whether she had a fever and she said no just the back", False),
    ("en-US", "i asked if he fell and he said he can't remember", True),
    ("en-US", "i asked if she fell and she said yes in the tub", True),
    ("en-US", "he said no to the ice but he fell off the ladder", True),
    ("es-US", "le pregunté si tenía fiebre y me dijo que no", False),
    ("es-US", "le pregunté si se cayó y dice que no se acuerda", True),
    # After a correction, a fall that nearly happened takes the fall back, and a normal reading a fever; no
    # "no" of the correction itself ("no perdón", "perdón no", "no no") denies the reading after it.
    ("en-US", "he slipped, no wait, he almost slipped", False),
    ("en-US", "she almost fell, no wait, she did fall", True),
    ("es-US", "se cayó no perdón casi se cae", False),
    ("es-US", "tiene fiebre perdón no noventa y ocho", False),
    ("es-US", "tiene fiebre perdón no es que no es noventa y ocho", True),
])
def test_a_sign_taken_back_by_a_reported_no_or_a_near_miss(locale, said, raised):
    assert bool(CONTENT[locale].lexicon.signs(said)) is raised, CONTENT[locale].lexicon.findings(said)



# The clinician-style review of the AN to AF round's lexicon (a helper that saw no set, with sentences of its
# own): each problem it found, and each sentence it found read right, is kept here. A flag of None means
# any sign at all.
@pytest.mark.parametrize("locale,said,flag,raised", [
    ('en-US', "know what, my legs have gone numb", 'BOTH_LEGS', True),
    ('en-US', "know why both my legs are numb", 'BOTH_LEGS', True),
    ('en-US', "know any way to ease the numbness in my groin", 'SADDLE_NUMBNESS', True),
    ('en-US', "i asked if his legs were numb and he said no, only his feet", 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', "le pregunté si tenía las piernas dormidas y dijo que no, nomás un pie", None, True),
    ('en-US', "asked if he had chest pain, he said no, just pressure in his chest", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "i asked him if he fell and he said no, he doesn't remember", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i asked if she fell and she said no but i'm not sure i believe her", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i asked if she fell and she said no, she might have though", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "the doctor asked if i had numbness and i said no, but now i do", None, True),
    ('es-US', "el doctor me preguntó si tenía adormecimiento y le dije que no, pero ahora sí", None, True),
    ('en-US', "the hurling won't stop since i started the new pills", 'DEHYDRATION_SIGNS', True),
    ('en-US', "he keeps spewing out everything he eats", 'DEHYDRATION_SIGNS', True),
    ('en-US', "i was nearly knocked down by a car, it clipped my hip", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "walang lagnat si lola", None, False),
    ('en-US', "wala siyang lagnat", None, False),
    ('en-US', "hindi siya nahulog, masakit lang ang likod", None, False),
    ('en-US', "hindi naman nahihilo si papa", None, False),
    ('en-US', "hindi manhid ang paa niya", None, False),
    ('en-US', "i've been doing hot then cold on my back like the guide says", 'FEVER', False),
    ('en-US', "i did hot and then cold, it helped a bit", 'FEVER', False),
    ('en-US', "cold then hot, which is better?", 'FEVER', False),
    ('en-US', "hot then cold compress every few hours", 'FEVER', False),
    ('en-US', "i use hot then cold packs", 'FEVER', False),
    ('en-US', "the pain is burning one minute and aching the next", 'FEVER', False),
    ('en-US', "burning then cold in my legs", 'FEVER', False),
    ('en-US', "i feel sick and tired of this back pain", 'DEHYDRATION_SIGNS', False),
    ('en-US', "it makes me feel sick just thinking about missing work", 'DEHYDRATION_SIGNS', False),
    ('en-US', "i felt sick with worry when he couldn't get up", 'DEHYDRATION_SIGNS', False),
    ('en-US', "i've been feeling sick with a cold all week", 'DEHYDRATION_SIGNS', False),
    ('en-US', "i've been sick in the past with kidney stones", 'DEHYDRATION_SIGNS', False),
    ('en-US', "i was sick in the hospital last spring", 'DEHYDRATION_SIGNS', False),
    ('en-US', "i've been sick three times this year with colds", 'DEHYDRATION_SIGNS', False),
    ('en-US', "mate i'm absolutely spewing i missed the footy because of my back", 'DEHYDRATION_SIGNS', False),
    ('en-US', "i'm spewing, this is the third time this year", 'DEHYDRATION_SIGNS', False),
    ('en-US', "the osteo cracked my back yesterday", 'OSTEOPOROSIS', False),
    ('en-US', "the osteo reckons it's just a muscle strain", 'OSTEOPOROSIS', False),
    ('en-US', "the osteo did some work on my lower back", 'OSTEOPOROSIS', False),
    ('en-US', "the osteo arthritis in my knees is acting up too", 'OSTEOPOROSIS', False),
    ('en-US', "i got bumped by a buggy at walmart", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', "i was caught by a patrol car doing 80", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', "i went flat on my back in bed for two days like the doctor said", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', "the baby bounced off the bed onto my lap", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', "she needs help sitting still during the scan", 'CANNOT_MOVE', False),
    ('en-US', "i lifted a tin out of the cupboard and my back seized", 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', "caer en cama por el dolor de espalda", 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', "me duelen los pies y tengo el celular apagado", 'BOTH_LEGS', False),
    ('es-US', "me duelen las piernas y me siento desconectado de todo", 'BOTH_LEGS', False),
    ('es-US', "dormí con las piernas en alto y la luz apagada", 'BOTH_LEGS', False),
    ('es-US', "el músculo se siente como bola", 'DEHYDRATION_SIGNS', False),
    ('es-US', "tengo un nudo en la espalda que se siente como bola", 'DEHYDRATION_SIGNS', False),
    ('es-US', "el dolor se siente como cuete", 'DEHYDRATION_SIGNS', False),
    ('es-US', "mi esposo anda como bolo porque anoche tomó mucho", 'DEHYDRATION_SIGNS', False),
    ('en-US', "she almost fell, she takes warfarin", 'FALL_ON_BLOODTHINNER', False),
    ('en-US', "she nearly fell and she's on blood thinners", 'FALL_ON_BLOODTHINNER', False),
    ('es-US', "casi se cae, toma warfarina", 'FALL_ON_BLOODTHINNER', False),
    ('en-US', "i slipped and almost fell in the shower", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', "he tripped and nearly fell", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', "he is confused, i asked if he fell, he said no, but there's a bruise on his head", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "no, my legs are numb", None, True),
    ('en-US', "no numbness in my legs", None, False),
    ('en-US', "no my legs aren't numb", None, False),
    ('en-US', "know fever", None, False), ('en-US', "know numbness", None, False), ('en-US', "know numbness in my legs, just pain", None, False),
    ('en-US', "i almost fell but caught myself on the rail", None, False), ('en-US', "she nearly fell down the stairs", None, False),
    ('en-US', "i fell, no wait, i almost fell", None, False), ('en-US', "i asked if she fell and she said no", None, False),
    ('en-US', "i asked her if she fell, she said no", None, False), ('en-US', "he asked if i had a fever and i said no", None, False),
    ('en-US', "i asked if she had any numbness down there and she said no", None, False),
    ('en-US', "i asked him whether he hit his head and he shook his head", None, False),
    ('en-US', "i asked whether the pain goes to his chest and he said no, it stays in his back", None, False),
    ('en-US', "i don't feel sick, just sore", None, False), ('en-US', "i hurt my back at the hurling match", None, False),
    ('en-US', "i was heaving boxes into the truck and my back went", None, False), ('en-US', "i went to the osteo on monday", None, False),
    ('en-US', "the osteo said it was a spasm", None, False), ('en-US', "i alternate hot and cold packs", None, False),
    ('en-US', "my back is on fire one minute and fine the next", None, False), ('en-US', "no lagnat, just back pain", None, False),
    ('es-US', "le pregunté si se había caído y me dijo que no", None, False), ('es-US', "le pregunté si tenía fiebre y dijo que no", None, False),
    ('es-US', "le pregunté si le dolía el pecho y me dijo que no, nomás la espalda", None, False),
    ('es-US', "caer en cuenta de que me duele más", None, False), ('es-US', "casi me caigo en la regadera pero me agarré", None, False),
    ('es-US', "me caí, no perdón, casi me caigo", None, False), ('es-US', "hago pis normal, sin problema", None, False),
    ('en-US', "know if i should worry, he fell off the ladder", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "he almost fell and hit his head on the counter", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i tripped and almost fell, and hit my back on the table", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i asked her if she fell and she said no, but i found her on the floor", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i asked if she fell and she said no, she slipped on the ice and landed on her back", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "she fell in the bathroom. i asked if she hit her head and she said no", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "my son was clipped by a car on his bike", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i went flat on my back on the ice", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "the tractor jolted me off the seat", 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', "le pregunté si se cayó y dijo que no, no se acuerda", 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', "le pregunté si se cayó y dijo que no, pero la encontré en el piso", 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', "caer de la escalera ayer", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "know what, i think she has a fever", 'FEVER', True),
    ('en-US', "he's burning up then shivering", 'FEVER', True), ('en-US', "she's hot one minute and freezing the next", 'FEVER', True),
    ('en-US', "she's shivering one minute and burning up the next", 'FEVER', True), ('en-US', "i'm roasting then freezing, teeth chattering", 'FEVER', True),
    ('en-US', "i feel hot then cold", 'FEVER', True), ('en-US', "i've been boiling hot then freezing all night", 'FEVER', True),
    ('en-US', "may lagnat si lola since last night", 'FEVER', True),
    ('en-US', "she was sick in the car on the way home", 'DEHYDRATION_SIGNS', True), ('en-US', "i've been sick twice since lunch", 'DEHYDRATION_SIGNS', True),
    ('en-US', "i've been spewing since this morning", 'DEHYDRATION_SIGNS', True),
    ('en-US', "asked if she was dizzy, she said no, she just feels sick", 'DEHYDRATION_SIGNS', True),
    ('es-US', "me siento como bolo sin haber tomado nada", 'DEHYDRATION_SIGNS', True),
    ('es-US', "ando como borracho, todo me da vueltas", 'DEHYDRATION_SIGNS', True),
    ('en-US', "i've got the osteo and my back's gone into spasm", 'OSTEOPOROSIS', True),
    ('en-US', "the osteo and my back's gone into spasm", 'OSTEOPOROSIS', True),
    ('en-US', "the pain is a tin out of ten", 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', "siento las piernas apagadas, no las siento", 'BOTH_LEGS', True), ('es-US', "tengo las dos piernas como desconectadas", 'BOTH_LEGS', True),
    ('es-US', "de la cintura para abajo siento como si me hubieran desconectado", 'BOTH_LEGS', True),
    ('en-US', "hindi makalakad si lolo", 'CANNOT_STAND_WALK', True), ('en-US', "namamanhid ang dalawang paa niya", 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', "i asked if he fell, he said no and then he passed out", 'FAINTING', True),
    ('en-US', "i lost control of my bladder, i asked my wife if it was normal and she said no", 'BLADDER_BOWEL', True),
])
def test_the_an_to_af_rounds_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Classes from the first runs of sets AP, AQ, AG and AH, said in other words.
    ("en-US", "grandma wound up at the bottom of the basement stairs", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she's been smothering since supper and her back is tight", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "we had smothered pork chops and then my back locked", "CHEST_PAIN_OR_BREATHING", False),
    ("en-US", "he's sick at his stomach with this back spasm", "DEHYDRATION_SIGNS", True),
    ("en-US", "my sons had to haul me up off the garage floor", "CANNOT_MOVE", True),
    ("en-US", "her temperature is up a little tonight", "FEVER", True),
    ("en-US", "the boom swung and walloped me in the back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he s s says he can't f feel his legs", "BOTH_LEGS", True),
    ("en-US", "a seven no more like a nine out of ten", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "my wife is short of breast since lunch", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "i feel warm from the heating blanket but no fever", "FEVER", False),
    ("en-US", "it grabbed when i went to lift him out of the high chair", "CANNOT_STAND_WALK", False),
    ("es-US", "se le corta la respiración cuando sube las escaleras", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "mi papá se calló en el patio anoche", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "una ola lo tiró contra las piedras", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_sets_ap_aq_ag_and_ah(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Classes from the first runs of sets AR, AS, AI and AJ, said in other words.
    ("en-US", "mi granny cyah hold her water no more", "BLADDER_BOWEL", True),
    ("en-US", "been tearing off old carpet all weekend and my back is shot", "AORTA", False),
    ("en-US", "okay alexa knock it off now", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "hauled all the groceries in one trip and my back seized", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the shelf gave way and i crashed down on the concrete", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "resident denies numbness and weakness in the legs", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("en-US", "no numbness and weakness in both legs since this morning", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "i have a fever no no i have chills not a fever", "FEVER", True),
    ("es-US", "el dolor no se me quita nada con las pastillas", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "a mi tía la operaron de lo malo en el seno", "CANCER_HISTORY", True),
    ("es-US", "lo malo es que no puedo dormir con este dolor", "CANCER_HISTORY", False),
    ("es-US", "el doctor dice que sus huesos están como de carrizo", "OSTEOPOROSIS", True),
    ("es-US", "espalda duele mucho y aire no me entra", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "la troca de atrás nos alcanzó a pegar en el semáforo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no se cayó se resbaló en el hielo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no me caí ni me pegué", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "el paciente niega fiebre y escalofríos", "FEVER", False),
    ("es-US", "creo que tiene calentura no no es calentura es el sol", "FEVER", False),
])
def test_classes_of_sets_ar_as_ai_and_aj(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)



# The second clinician-style review (the AP to AJ rounds' changes; a helper that saw no set, with about 260
# sentences of its own): each problem it found, and each sentence it found read right. A flag of None means
# any sign at all.
@pytest.mark.parametrize("locale,said,flag,raised", [
    ('en-US', "she denies chest pain and passed out in the bathroom this morning", 'FAINTING', True),
    ('en-US', "denies fever and fell down the stairs last night", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "he denies fever and has numbness in both legs", 'BOTH_LEGS', True),
    ('en-US', "denies trauma and reports both legs feel weak", 'BOTH_LEGS', True),
    ('en-US', "she denies fever and wet herself twice today", 'BLADDER_BOWEL', True),
    ('en-US', "no history of osteoporosis and had breast cancer in 2015", 'CANCER_HISTORY', True),
    ('es-US', "niega fiebre y tiene las dos piernas dormidas", 'BOTH_LEGS', True),
    ('es-US', "niega fiebre y no aguanta la orina", 'BLADDER_BOWEL', True),
    ('en-US', "she speaks hindi, her arm went numb all of a sudden", 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', "feels like my back is tearing off inside", 'AORTA', True),
    ('en-US', "i got caught by a car backing out in the parking lot", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "he bounced off the bed and hit the nightstand hard", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "she went flat on her back in the parking lot", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "he felt hot from head to toe and was shaking", 'FEVER', True),
    ('es-US', "siento desconectadas las dos piernas", 'BOTH_LEGS', True),
    ('es-US', "no me desmayé, me caí de la escalera", 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', "no me caí, se me durmieron las dos piernas", 'BOTH_LEGS', True),
    ('en-US', "i turned the temp up on my heating pad", None, False),
    ('en-US', "keep the temperature up in the house", None, False),
    ('en-US', "the temperature was up in the nineties today", None, False),
    ('en-US', "i clipped my toenails and my back went into spasm", None, False),
    ('en-US', "bend down to clip my toenails", None, False),
    ('en-US', "i just crashed down on the couch after work", None, False),
    ('en-US', "my name ended up at the bottom of the waiting list", None, False),
    ('en-US', "i woke up at the bottom of the bed all twisted", None, False),
    ('en-US', "i have to carry him everywhere, he's only two", None, False),
    ('en-US', "i had to pull him out of the pool, he's four", None, False),
    ('en-US', "i have to drag him out of bed every morning for school", None, False),
    ('en-US', "my husband is so smothering since i hurt my back", None, False),
    ('en-US', "i feel smothered by all the people fussing over me", None, False),
    ('en-US', "the flu really walloped me last week", None, False),
    ('en-US', "there's no more like chest pain since yesterday", None, False),
    ('en-US', "no, my fever is gone", None, False),
    ('en-US', "no, my fever broke last night", None, False),
    ('en-US', "no, my chest pain went away after i burped", None, False),
    ('en-US', "he had a fever, no no, ninety eight point six", None, False),
    ('es-US', "el aire no entra al cuarto y hace mucho calor", None, False),
    ('es-US', "a la llanta se le va el aire y tuve que cambiarla", None, False),
    ('es-US', "por lo malo de la espalda no puedo trabajar bien", 'CANCER_HISTORY', False),
    ('es-US', "el ibuprofeno tiene lo malo que me da agruras", None, False),
    ('es-US', "el carro de atrás me pitó porque iba despacio", None, False),
    ('es-US', "el carro de atrás me echó las luces", None, False),
    ('es-US', "una ola me mojó toda y me dio frío", None, False),
    ('es-US', "mi bebé no se calma nada y me duele la espalda de cargarlo", None, False),
    ('en-US', "i've been sick on my stomach all day with this back pain", 'AORTA', False),
    ('en-US', "no, the pain is going into my chest now", 'PAIN_SPREADING_CHEST', True),
    ('en-US', "no, both legs are numb", 'BOTH_LEGS', True),
    ('en-US', "i asked if he had a fever and he said no, not at all", 'FEVER', False),
    ('en-US', "he's boiling hot and shaking", 'FEVER', True),
    ('en-US', "i was up on the ladder trying to knock it off the gutter and i fell off the ladder", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i tried to carry all the groceries in one trip and fell down the stairs", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "he was tearing off shingles and fell off the roof", 'AORTA', False),
    ('en-US', "he was tearing off shingles and fell off the roof", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "no history of cancer and he fell off a ladder yesterday", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "know what, my dad fell down the stairs", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "a guy clocked me in the back of the head at the game", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "a truck clipped my car on the highway", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "a car clipped me in the crosswalk", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "the shelf crashed down on my back", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i ended up at the bottom of the stairs", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i asked if she fell and she said no, but she's got dementia", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i spent all day tearing out old carpet and now my back is in spasm", None, False),
    ('en-US', "i clocked in at six and my back spasmed by eight", None, False),
    ('en-US', "n no fever", None, False), ('en-US', "no my legs are not numb", None, False), ('en-US', "patient denies chest pain and shortness of breath", None, False),
    ('en-US', "she denies fever, chills and night sweats", None, False), ('en-US', "denies any numbness or weakness in either leg", None, False),
    ('en-US', "no no fever", None, False), ('en-US', "know more spasms since i started stretching", None, False),
    ('en-US', "i asked him if he had chest pain, he said no, just the back", None, False),
    ('en-US', "asked him if he fell and he said no, he feels fine", None, False),
    ('en-US', "i smothered my back in icy hot last night", None, False), ('en-US', "we had smothered chicken for dinner and then my back spasmed", None, False),
    ('en-US', "i feel hot from the heating pad", None, False), ('en-US', "we've been doing hot then cold on his back", None, False),
    ('en-US', "i feel sick with worry about my back", None, False),
    ('en-US', "it feels like something is tearing down the middle of my back", 'AORTA', True),
    ('en-US', "he has no, no feeling in both legs", 'BOTH_LEGS', True),
    ('en-US', "mi cyah walk, mi back lock up", 'CANNOT_STAND_WALK', True),
    ('en-US', "my arm went n numb all of a sudden", 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', "no fever and shortness of breath", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "grandma says she's having a smothering spell", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "we speak hindi at home, my father can't breathe", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "did she fall? no no, she passed out", 'FAINTING', True),
    ('en-US', "she's fine, no no, actually she's burning up with a fever", 'FEVER', True),
    ('en-US', "his temp is up to 102", 'FEVER', True), ('en-US', "i think my temperature might be up", 'FEVER', True),
    ('en-US', "he's burning up one minute and freezing the next", 'FEVER', True),
    ('en-US', "i've been sick at my stomach and dizzy", 'DEHYDRATION_SIGNS', True),
    ('en-US', "my husband had to carry me to the car", 'CANNOT_MOVE', True),
    ('en-US', "they had to pull me up off the couch, i couldn't move", 'CANNOT_MOVE', True),
    ('en-US', "my mom has the osteo bad", 'OSTEOPOROSIS', True),
    ('es-US', "no se cayó, se desmayó", 'FAINTING', True), ('es-US', "no me duele el pecho, me falta el aire", 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', "pecho duele mucho, aire no entra", 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', "el carro de atrás me alcanzó a pegar", 'SERIOUS_FALL_ACCIDENT', True), ('es-US', "una ola me revolcó en la playa", 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', "no me duele el pecho ni me falta el aire", None, False), ('es-US', "no tiene fiebre ni se le duermen las piernas", None, False),
    ('es-US', "no se ha caído ni se ha desmayado", None, False), ('es-US', "no me caí, me agaché nomás y me dio el espasmo", None, False),
    ('es-US', "niega fiebre y escalofríos", None, False), ('es-US', "niega fiebre, escalofríos o pérdida de orina", None, False),
    ('es-US', "no no, no tengo fiebre", None, False), ('es-US', "le pregunté si se cayó y me dijo que no, que nomás se agachó", None, False),
    ('es-US', "cuando doy pecho duele la espalda", None, False), ('es-US', "lo bueno es que no tengo lo malo", None, False),
    ('es-US', "estoy flaco como popote y me duele la espalda", None, False), ('es-US', "tomo warfarina y casi me caigo en la regadera", None, False),
    ('es-US', "niega caídas y se orinó encima sin darse cuenta", 'BLADDER_BOWEL', True),
    ('es-US', "negativo para fiebre y ahora tiene debilidad en las dos piernas", 'BOTH_LEGS', True),
    ('es-US', "las dos piernas se sienten como apagadas", 'BOTH_LEGS', True),
    ('es-US', "no tengo osteoporosis y tuve cáncer de seno", 'CANCER_HISTORY', True),
    ('es-US', "tengo fiebre, no no, sí tengo fiebre", 'FEVER', True),
    ('es-US', "le pregunté si se le durmió el brazo y dijo que no, pero ahora sí lo tiene dormido", None, True),
])
def test_the_ap_to_aj_rounds_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Classes from the first runs of sets AT, AU, AK and AL, said in other words.
    ("en-US", "every time it seizes i about lose my lunch", "DEHYDRATION_SIGNS", True),
    ("en-US", "my husband says the pain is too much to bear tonight", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i caught the vase before it fell off the shelf and my back twinged", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he climbed down the ladder fine and then his back seized", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the colt spooked and threw him into the fence", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the pain threw me back down on the bed", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "her car went in the bar ditch on the way home", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "this is worse than a kidney stone i swear", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i drink a bottle of water at lunch and that's it", "OVERDOSE", False),
    ("es-US", "en el partido me llevó puesto un defensa", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "le anoté al doctor pérdidas de orina", "BLADDER_BOWEL", True),
    ("es-US", "mi abuela amaneció sucia y no se dio cuenta", "BLADDER_BOWEL", True),
    ("es-US", "se resbaló en el patio y quedó tirada en el piso", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "las pastillas no me calman nada este dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ya no doy más con esta espalda", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no doy más de diez pasos sin parar", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "ya llevo más de diez días así", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "se le puso morada la parte baja de la espalda", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "se comió un trancazo en la espalda jugando", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "le pegó el portón en la espalda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "cada que intento pararme me regreso a la cama", "CANNOT_STAND_WALK", True),
    ("es-US", "no sinto as pernas desde ontem", "BOTH_LEGS", True),
    ("es-US", "a lo mejor la vaca me haya pateado", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "de tanto andar agachado en la pisca se me engarrotó la espalda", "CANNOT_STAND_WALK", False),
])
def test_classes_of_sets_at_au_ak_and_al(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Classes from the first runs of sets AV, AW, AM and AN, said in other words.
    ("en-US", "she can't hardly put one foot in front of the other today", "CANNOT_STAND_WALK", True),
    ("en-US", "all the bumps on that county road wore my back out", "SWELLING_OR_SPREADING_PAIN", False),
    ("en-US", "my back locked during the pre trip walk around", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i was going down the highway when the spasm hit", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my father's motion is not in control since yesterday", "BLADDER_BOWEL", True),
    ("es-US", "tengo las gambas flojas de repente", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "me siento descompuesta desde que me agarró la contractura", "DEHYDRATION_SIGNS", True),
    ("es-US", "se me descompuso la lavadora y cargué la ropa mojada", "DEHYDRATION_SIGNS", False),
    ("es-US", "necesito que me ayuden a pararme de la cama", "CANNOT_STAND_WALK", True),
    ("es-US", "caí de escalera en el trabajo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "caí en cuenta de que cargaba mal las cajas", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "resbalé y terminé en el lodo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "nos tocaron por atrás en el alto", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se fue de hocico en la banqueta", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "le dan temblores y está caliente", "FEVER", True),
    ("es-US", "hoy ya ni lo aguanto este dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "se me fueron las fuerzas de las piernas en la tienda", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "el pelao se cayó del columpio", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "estaba colgando la ropa y me dio el tirón", "SELF_HARM", False),
    ("es-US", "ya me quiero colgar de tanto dolor", "SELF_HARM", True),
    ("es-US", "de repente ya estaba en el piso de la cocina", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_sets_av_aw_am_and_an(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)



# The third clinician-style review (the AT to AN rounds' changes; a helper that saw no set, with about 290
# sentences of its own): each problem it found, and each sentence it found read right. A flag of None means
# any sign at all.
@pytest.mark.parametrize("locale,said,flag,raised", [
    ('en-US', "my back was hurting before i fell off the roof", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "he was fine before he fell out of the deer stand", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "right before i fell off the ladder i felt a pop", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i was on the roof before i fell", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "no, the numbness goes down both legs", 'BOTH_LEGS', True),
    ('en-US', "no, the pain shoots down my leg", None, True),
    ('en-US', "no, the car flipped over", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "no, the fever never went away", 'FEVER', True),
    ('en-US', "no, the fever went down a little but it is still a hundred and two", 'FEVER', True),
    ('en-US', "denies fever and urinary incontinence", None, False),
    ('en-US', "denies fever and saddle numbness", None, False),
    ('en-US', "denies any fever and any numbness", None, False),
    ('en-US', "he says he is smothering to death", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "mama says she is smothering", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "i try to go and nothing comes", 'BLADDER_BOWEL', True),
    ('en-US', "we had to carry him to bed", 'CANNOT_MOVE', True),
    ('en-US', "we had to pull him out of the ditch", 'CANNOT_MOVE', True),
    ('en-US', "asked if he had a fever, he said no, never mind, he does have one", 'FEVER', True),
    ('en-US', "i asked if he had a fever and he said no, he has not checked", 'FEVER', True),
    ('es-US', "no se calma nada el dolor", 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', "el carro de atrás se nos vino encima", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i was going down the river and flipped the kayak onto the rocks", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i made it through the whole day without screaming", None, False),
    ('en-US', "i can finally bend over without screaming", None, False),
    ('en-US', "the pain is too much for ibuprofen so i took tylenol and it helped", 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', "caí enfermo con gripa", None, False), ('es-US', "caí dormida en el sillón", 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', "cargué una bale en el tractor", None, False),
    ('es-US', "terminé en el pasto descansando", None, False), ('es-US', "terminé en la tierra sembrando tomates", None, False),
    ('es-US', "mi esposo se volteó conmigo en la cama", None, False),
    ('es-US', "me pegó el gato, me arañó", None, False),
    ('es-US', "me dan temblores en las manos cuando tomo mucho café", None, False),
    ('es-US', "cuando tengo frío me dan temblores", None, False),
    ('es-US', "estoy tan cansada que ya no doy más", None, False),
    ('es-US', "no me tomé nada, ni con nada de comida", None, False),
    ('es-US', "a mi suegra ya ni la aguanto", None, False),
    ('es-US', "largué todo y me fui a descansar", None, False),
    ('es-US', "me descompuse de la espalda", 'DEHYDRATION_SIGNS', False),
    ('es-US', "ayer me descompuse cargando unas cajas", 'DEHYDRATION_SIGNS', False),
    ('es-US', "tengo el trabajo hecho encima de la mesa", 'BLADDER_BOWEL', False),
    ('en-US', "a car clipped my mirror in the parking lot", None, False),
    ('es-US', "mi bebé ya anda a gatas", None, False),
    ('en-US', "the spasm was worse than labor yesterday", 'WORSENING_PAIN', False),
    ('en-US', "i was going down the stairs and fell hard on my back", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "he was going down the road on his bike when a car hit him", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "during the pre trip i fell off the trailer", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i came down the stairs fine but slipped on the last step and landed on my tailbone", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "the horse spooked and threw me into the fence", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "a car clipped my bike", 'SERIOUS_FALL_ACCIDENT', True), ('en-US', "denies fever and fell down the stairs", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "no, he fell down the stairs", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "my back was hurting before i fell asleep", None, False), ('en-US', "i grabbed her before she fell", None, False),
    ('en-US', "the horse threw a shoe", None, False), ('en-US', "i ended up at the bottom of the class", None, False),
    ('en-US', "the blanket was smothering me", None, False), ('en-US', "nothing comes close to this pain", None, False),
    ('en-US', "nothing comes to mind", None, False), ('en-US', "it is not worse than labor, just annoying", None, False),
    ('en-US', "no, the fever is gone", None, False), ('en-US', "no, the fever broke last night", None, False), ('en-US', "no, the numbness went away", None, False),
    ('en-US', "no, the numbness is better", None, False), ('en-US', "no, the chest pain is gone", None, False),
    ('en-US', "denies fever and chills", None, False), ('en-US', "denies fever, chills, or numbness", None, False), ('en-US', "denies fever and numbness", None, False),
    ('en-US', "denies chest pain or trouble breathing", None, False), ('en-US', "denies fever and trouble walking", None, False),
    ('en-US', "i asked if he had a fever and he said no, not at all", None, False), ('en-US', "i asked her if her legs were numb and she said no, never", None, False),
    ('en-US', "no, the fever is back", 'FEVER', True), ('en-US', "no, the fever came back", 'FEVER', True), ('en-US', "no, the fever is still there", 'FEVER', True),
    ('en-US', "denies fever and is numb in the left leg", 'SUDDEN_WEAKNESS_NUMBNESS', True), ('en-US', "denies fever and wet himself", 'BLADDER_BOWEL', True),
    ('en-US', "denies chest pain and passed out twice", 'FAINTING', True), ('en-US', "i have been smothering since this morning", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "i had to carry her to the bathroom", 'CANNOT_MOVE', True), ('en-US', "the pain is too much and nothing helps", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "i can not move without screaming", 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', "estaba colgando la ropa y me caí de la escalera", 'SERIOUS_FALL_ACCIDENT', True), ('es-US', "el pelao se cayó del techo", 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', "cai de espaldas en el piso", 'SERIOUS_FALL_ACCIDENT', True), ('es-US', "me bale en el baño y me pegué en la espalda", 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', "niega fiebre y se cayó de la escalera", 'SERIOUS_FALL_ACCIDENT', True), ('es-US', "me resbalé en el lodo y terminé en el suelo", 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', "el caballo se volteó conmigo encima", 'SERIOUS_FALL_ACCIDENT', True), ('es-US', "la troca se volteó conmigo adentro", 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', "me pegó el portón en la espalda", 'SERIOUS_FALL_ACCIDENT', True), ('es-US', "me pegó una viga en la espalda en la obra", 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', "la escalera se me movió y terminé en el zacate", 'SERIOUS_FALL_ACCIDENT', True), ('es-US', "fui a dar al piso", 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', "no siento las gambas", None, True), ('es-US', "necesito que me ayuden a pararme", 'CANNOT_STAND_WALK', True),
    ('es-US', "voy a gatas al baño", 'CANNOT_STAND_WALK', True), ('es-US', "ya no doy más con este dolor", 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', "el dolor no se me quita ni con nada", 'SEVERE_PAIN_NO_RELIEF', True), ('es-US', "ya ni lo aguanto", 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', "tengo pérdida de orina desde ayer", 'BLADDER_BOWEL', True), ('es-US', "se hizo encima y no se dio cuenta", 'BLADDER_BOWEL', True),
    ('es-US', "me dan temblores y siento calentura", 'FEVER', True), ('es-US', "largué todo lo que comí", 'DEHYDRATION_SIGNS', True),
    ('es-US', "me siento descompuesto y mareado", 'DEHYDRATION_SIGNS', True),
    ('es-US', "me lastimé la espalda colgando la ropa", None, False), ('es-US', "comí gambas y me cayeron mal", None, False),
    ('es-US', "ya no doy más de cansancio con el trabajo", None, False), ('es-US', "jugué con los niños a gatas y me dolió la espalda", None, False),
    ('es-US', "niega fiebre y pérdida de orina", None, False), ('es-US', "no tiene fiebre ni se cayó", None, False), ('es-US', "me pegó la gripa", None, False),
    ('es-US', "cai en cuenta que era el colchón", None, False), ('es-US', "le pregunté si tenía fiebre y dijo que no, para nada", None, False),
    ('es-US', "mi hijo no se calma nada cuando llora", None, False), ('es-US', "no se ha hecho encima", None, False),
])
def test_the_at_to_an_rounds_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Classes from the first runs of sets AX, AY, AO and AP (the fresh measure after the third review), said in
    # other words.
    ("en-US", "i'm does he every time i stand", "DEHYDRATION_SIGNS", True),
    ("en-US", "not pain exactly but my chest does feel tight", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "some guy tail ended me on the bridge", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "it kicked in toward the tail end of my shift", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the lake water is still like forty degrees", "FEVER", False),
    ("en-US", "her temp is forty degrees", "FEVER", True),
    ("en-US", "it's my chest, no wait, not my chest, lower down", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "mañana me toca colgar tablaroca otra vez", "SELF_HARM", False),
    ("es-US", "se le está inflando la parte de abajo de la espalda", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "ahora le duelen las costillas", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "a mi hermano lo pegó el toro en la espalda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "con el espasmo me quedé todo chueco", "HEART_ATTACK_STROKE", False),
    ("es-US", "se le quedó chueca la boca de repente", "HEART_ATTACK_STROKE", True),
])
def test_classes_of_sets_ax_ay_ao_and_ap(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # An ability asked about and reported answered no is the inability said (the first review's open gap).
    ("en-US", "i asked him if he could pass water and he said no", "BLADDER_BOWEL", True),
    ("en-US", "we asked her if she can stand up by herself and she said no", "CANNOT_STAND_WALK", True),
    ("en-US", "i asked him if he could feel his feet and he said no", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "i asked if she could walk and she said yes", "CANNOT_STAND_WALK", False),
    ("en-US", "i asked if he could drive me to work and he said no", None, False),
    # Asked of a relative by name, as a caregiver says it.
    ("en-US", "i asked my husband if he could pee and he said no", "BLADDER_BOWEL", True),
    ("en-US", "i asked my wife if she fell and she said no", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "le pregunté a mi papá si puede caminar y me dijo que no", "CANNOT_STAND_WALK", True),
    ("es-US", "le pregunté a mi mamá si se cayó y me dijo que no", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "le pregunté a mi papá si puede hacer pipí y me dijo que no", "BLADDER_BOWEL", True),
    ("es-US", "le pregunté si se puede levantar y dijo que no", "CANNOT_STAND_WALK", True),
    ("es-US", "le pregunté si puede venir a la cena y dijo que no", None, False),
])
def test_an_ability_asked_and_answered_no_is_the_inability_said(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Stuck to a surface, in other words than the set's.
    ("en-US", "my dad is pinned to the recliner", "CANNOT_MOVE", True),
    ("en-US", "she has been glued to her bed since noon", "CANNOT_MOVE", True),
    ("en-US", "she sat on the toilet and can't get off it", "CANNOT_MOVE", True),
    ("en-US", "i'm glued to my phone all day at work", None, False),
    # A person warm or on fire is feverish; a back on fire, or warming up, is not.
    ("en-US", "i think i'm kinda warm", "FEVER", True),
    ("en-US", "he says he's on fire and shaking", "FEVER", True),
    ("en-US", "my back is on fire", "FEVER", False),
    ("en-US", "i'm warming up the car", None, False),
    ("en-US", "i'm warm from the heating pad", None, False),
    ("en-US", "she's a little warm because of the blanket", None, False),
    ("en-US", "i'm on fire at work today", None, False),
    # A thud heard from another room is a fall heard.
    ("en-US", "we heard a loud thud from the bedroom", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he's been throw in up since lunch", "DEHYDRATION_SIGNS", True),
    ("en-US", "no pain down there but his legs are numb", "SUDDEN_WEAKNESS_NUMBNESS", True),
    # Spanish: left lying ("botado"), unable to turn over, crawling, needing help to sit, "capaz" without "de".
    ("es-US", "mi suegro quedó botado en el piso del baño", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no se da vuelta en la cama ni con ayuda", "CANNOT_MOVE", True),
    ("es-US", "el dolor no me da la vuelta", None, False),
    ("es-US", "no me da vueltas la cabeza", None, False),
    ("es-US", "le toca arrastrarse para llegar a la cocina", "CANNOT_STAND_WALK", True),
    ("es-US", "ya no se puede ni sentar en la silla sin ayuda", "CANNOT_MOVE", True),
    ("es-US", "mi hijo no es capaz caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "es como una punzada en las costillas", "SWELLING_OR_SPREADING_PAIN", True),
    # Portuguese words a Brazilian-border speaker mixes in; a non-native "caye"; the subjunctive "haya".
    ("es-US", "a dor foi para a perna esquerda", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "ela tem febre", "FEVER", True),
    ("es-US", "mi mamá se caye en la cocina", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no sé si se haya caído", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_sets_az_ba_aq_and_ar(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A denied place ("not my chest") takes back only a sign said with its words; the place meant after it is said.
    ("en-US", "i can't breathe, no wait, not my chest, it's my back", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "he's short of breath, i mean no, not the chest, it's his back that hurts", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "me falta el aire, perdón no, no es el pecho, es la espalda que me aprieta", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "my chest hurts, i mean no, not my chest, my left arm and my jaw", "HEART_ATTACK_STROKE", True),
    ("es-US", "me duele el pecho, digo no, no en el pecho, en el brazo izquierdo", "HEART_ATTACK_STROKE", True),
    ("en-US", "my chest hurts, no wait, not my chest, it's my back", None, False),
    ("en-US", "it's not my chest that hurts, it's my back", None, False),
    # A denied degree is no denial that the sign is there; a re-described sign is not taken back.
    ("en-US", "he has chest pain, i mean no, not bad chest pain, just a little", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "he has chest pain, i mean no, not chest pain, more like pressure", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "she has a fever, i mean no, not a high fever, like a hundred and one", "FEVER", True),
    ("en-US", "he doesn't have a high fever", "FEVER", True),
    ("es-US", "no tiene fiebre alta", "FEVER", True),
    ("es-US", "no tiene mucha fiebre", "FEVER", True),
    ("en-US", "she has a fever, i mean no, she doesn't have a fever", "FEVER", False),
    ("es-US", "no tiene fiebre", "FEVER", False),
    # A crooked face after "se quedó toda chueca" is read; the spasm's bent posture is not a stroke.
    ("es-US", "se quedó toda chueca de la cara", "HEART_ATTACK_STROKE", True),
    ("es-US", "se quedó toda chueca de un lado", "HEART_ATTACK_STROKE", True),
    ("es-US", "me quedé toda chueca del espasmo", "HEART_ATTACK_STROKE", False),
    ("es-US", "se quedó toda chueca del espasmo", "HEART_ATTACK_STROKE", False),
    # A fever listed after water is the person's; the water's own temperature is not.
    ("en-US", "she's sweating, asking for water, a hundred and three degrees", "FEVER", True),
    ("en-US", "the bath water is a hundred and four degrees", "FEVER", False),
    # Anyone may be asked; "able to", "has", "feels" and "could he" are asked abilities; any no but "no problem".
    ("en-US", "i asked my brother if he could pee and he said no", "BLADDER_BOWEL", True),
    ("en-US", "i asked my mother in law if she could walk and she said no", "CANNOT_STAND_WALK", True),
    ("en-US", "i asked the nurse if he could pee and she said no", "BLADDER_BOWEL", True),
    ("es-US", "le pregunté a mi hermano si puede orinar y dijo que no", "BLADDER_BOWEL", True),
    ("en-US", "i asked if he was able to pee and he said no", "BLADDER_BOWEL", True),
    ("en-US", "i asked if he has peed today and he said no", "BLADDER_BOWEL", True),
    ("en-US", "i asked him could he pee and he said no", "BLADDER_BOWEL", True),
    ("es-US", "le pregunté si siente las piernas y dijo que no", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "le pregunté si ha podido orinar y dijo que no", "BLADDER_BOWEL", True),
    ("es-US", "le he preguntado si puede andar y me ha dicho que no", "CANNOT_STAND_WALK", True),
    ("en-US", "i asked if he could pee and he said not at all", "BLADDER_BOWEL", True),
    ("en-US", "i asked if he could pee and he said no sir", "BLADDER_BOWEL", True),
    ("es-US", "le pregunté si puede orinar y dijo que no puede", "BLADDER_BOWEL", True),
    ("es-US", "le pregunté si puede orinar y me dijo que no, ni una gota", "BLADDER_BOWEL", True),
    ("en-US", "i asked if she could walk and she said no problem", None, False),
    ("en-US", "i asked my husband if he fell and he said no", "SERIOUS_FALL_ACCIDENT", False),
    # A no to a negative question is unclear, so the sign stays; so does one from someone who cannot tell.
    ("en-US", "i asked him if he still can't pee and he said no", "BLADDER_BOWEL", True),
    ("en-US", "i asked if he fell and he said no but he's been drinking", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i asked if she fell and she said no, she was on the floor when i got home", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i asked my husband if he had chest pain and he said no, it's more like pressure", "CHEST_PAIN_OR_BREATHING", True),
    # Things felt that are not the body: no numbness in "can't feel the pain".
    ("en-US", "i asked if he could still feel the pain and he said no", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("en-US", "i asked if she could feel any more spasms and she said no", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("en-US", "i asked if he could help me lift the couch and he said no", None, False),
    # An opening run of noes before "my" answers something else; only the opening clause can say a sign is over.
    ("en-US", "no no my legs are numb", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "i mean no, my legs are numb", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "no, my legs are numb but the fever is gone", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "no no fever, just the spasm", None, False),
    ("en-US", "no, my fever is gone", None, False),
    # A clinical list ends at a new clause.
    ("en-US", "denies fever and legs are numb", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "denies trauma and his chest hurts", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "denies chest pain and shortness of breath", None, False),
    # Spanish: a denied clitic clause, sign or not, ends where the next clitic verb starts.
    ("es-US", "no se pegó, se cayó", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no lo empujaron, se cayó solo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no se fue a trabajar, se orinó en la cama", "BLADDER_BOWEL", True),
    ("es-US", "no me duele ni se me duermen las piernas", None, False),
    ("es-US", "no me caí ni me pegué", None, False),
    # A false start repeated is dropped every time.
    ("en-US", "he can't w w walk", "CANNOT_STAND_WALK", True),
    ("es-US", "no pu pu puede caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "se ca ca cayó", "SERIOUS_FALL_ACCIDENT", True),
])
def test_the_ax_to_ap_rounds_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A denial runs on over a place ("down there") into the next sign no more than it did.
    ("en-US", "no pain down there, lost control of my bladder", "BLADDER_BOWEL", True),
    ("en-US", "no itching down there, peed myself", "BLADDER_BOWEL", True),
    ("en-US", "no pain over there, fainted", "FAINTING", True),
    # A medicine that does not help is no relief; a person who cannot help is not.
    ("en-US", "tylenol doesn't help her", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "the pain meds don't help me", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "my daughter can't help me", None, False),
    # Portuguese: "caiu" is "se cayó", "no peito" is "en el pecho".
    ("es-US", "ele caiu no chão", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "meu pai caiu da cama", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "tenho dor no peito", "CHEST_PAIN_OR_BREATHING", True),
    # A denied sign re-described is kept, for a sign whose presence matters; never a degree, never the back.
    ("en-US", "not chest pain, more like pressure", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "it's not chest pain, more like a squeezing", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "no es dolor de pecho, más bien presión", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "no chest pain, more like my back is tight", None, False),
    ("en-US", "it's not a ten out of ten, more like a four", None, False),
    ("es-US", "no está empeorando, más bien ya va mejorando", None, False),
    # Without commas, a finite verb after the denied words opens a clause of its own.
    ("en-US", "no fever, fainted this morning", "FAINTING", True),
    ("en-US", "no fever, fell down the stairs", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "no fever, no chills, lost control of my bladder", "BLADDER_BOWEL", True),
    ("es-US", "no tiene fiebre, tiene las piernas dormidas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "no one fell", None, False),
    ("en-US", "he never really fainted", None, False),
    ("en-US", "i didn't trip or fall", None, False),
    ("es-US", "no ha tenido vómito", None, False),
    ("en-US", "no fever, chills, and can't pee", "FEVER", False),
    # Asked abilities: a medicine that helped, a bladder held; a no with its reassurance is a no.
    ("en-US", "i asked if the pain medicine helped and he said no", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "le pregunté si la medicina le ayudó y dijo que no", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "le pregunté a mi tía si había orinado y me dijo que no", "BLADDER_BOWEL", True),
    ("en-US", "i asked if he could walk and he said no need, he's fine", None, False),
    ("es-US", "le pregunté si puede caminar y me dijo que no te preocupes", None, False),
    ("en-US", "i asked if he still can't pee and he said no, he went twice this morning", None, False),
    ("en-US", "i asked if he can't walk and he said no, he's walking fine", None, False),
    ("en-US", "i asked if he had any numbness or couldn't pee and he said no", None, False),
    # A Spanish no before "mis" answers something else.
    ("es-US", "no, mis piernas están dormidas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    # A degree counts only right before the sign, or, in Spanish, right after it.
    ("en-US", "i don't have high blood pressure or a fever", None, False),
    ("en-US", "no severe pain or fever", None, False),
    ("en-US", "no serious injury or fall", None, False),
    ("es-US", "no tengo fiebre, muy bien gracias", None, False),
    ("es-US", "no tiene fiebre muy seguido", None, False),
    # Warm, on fire, a thud, stuck: ordinary talk stays quiet.
    ("en-US", "i'm warm enough", None, False),
    ("en-US", "i'm kind of warm in this sweater", None, False),
    ("en-US", "i'm warm and shaky", "FEVER", True),
    ("en-US", "i feel like i'm on fire in my lower back", "FEVER", False),
    ("en-US", "i heard a bang, it was the door", None, False),
    ("en-US", "i heard a thud and found her on the floor", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the heating pad is stuck to the bed", None, False),
    ("en-US", "i was glued to the couch watching the game all weekend", None, False),
    ("es-US", "no puedo pagar el hospital sin ayuda", None, False),
    ("es-US", "no me puedo sentar sin ayuda", "CANNOT_MOVE", True),
    ("es-US", "no me volteo a ver a nadie", None, False),
    # "no siento" with how the legs feel denies the feeling; "no siento las piernas" is numbness.
    ("es-US", "no siento débiles las piernas", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "no siento las piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
])
def test_the_az_to_ar_rounds_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    ("en-US", "he's been feeling puny all over since the spasm", "DEHYDRATION_SIGNS", True),
    ("en-US", "the patient is not ambulating since this morning", "CANNOT_STAND_WALK", True),
    ("en-US", "mi madda drop dung pon di step", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "está que hierve y tiembla con tres cobijas", "FEVER", True),
    ("es-US", "de repente dejó de sentir las piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "la escalera se ladeó y se fue con todo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me siento sin fuerzas como un trapo", "DEHYDRATION_SIGNS", True),
    ("es-US", "la rodilla tainchada y la espalda también", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "me tomé las pastillas y no me hace nada", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "a mi hijo le pegó la pelota en la espalda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi papá tiene dolor pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "mi abuela secayó en la cocina", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_sets_bb_bc_as_and_at(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    ("en-US", "he couldn't make it out of bed this morning", "CANNOT_MOVE", True),
    ("en-US", "is it the same or maybe worse than yesterday", "WORSENING_PAIN", True),
    # "or nothing", "or anything": a filler tag, not a cue that reaches what follows.
    ("en-US", "she's not dizzy or anything, just sore", None, False),
    ("en-US", "i'm not throwing up or nothing just want to know if heat helps", None, False),
    ("es-US", "cuando se para se le va la vista", "DEHYDRATION_SIGNS", True),
    ("es-US", "se le va la luz cuando se levanta", "DEHYDRATION_SIGNS", True),
    ("es-US", "a mi hijo lo taclearon en el partido", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "a mi hermano le cayeron dos tipos encima jugando", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "encontré a mi abuela sentada en el suelo del baño", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "encontré a mi papá sentado en la silla", None, False),
    ("es-US", "tiene un frío que no se le quita con nada", "FEVER", True),
    ("es-US", "me falta laire", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "mi hija es no capaz de caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "el compañero con la tabla me pegó sin querer", "SERIOUS_FALL_ACCIDENT", True),
    # "me pega en la espalda" is pain that reaches the back, no blow.
    ("es-US", "me duele la barriga y me pega en la espalda", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_sets_bd_be_au_and_av(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A sign told only by what had to be done about it; a towel with a stated purpose is no sign.
    ("en-US", "she slept on a towel last night just in case", "BLADDER_BOWEL", True),
    ("en-US", "he's been wearing adult diapers since yesterday", "BLADDER_BOWEL", True),
    ("en-US", "my husband keeps changing his underwear", "BLADDER_BOWEL", True),
    ("en-US", "i put a towel on the chair for the ice pack", None, False),
    ("en-US", "i had to change the baby's diaper and my back seized", None, False),
    ("en-US", "i can't hold it in anymore i just cry", None, False),
    ("es-US", "se le puso una toalla en la cama por si acaso", "BLADDER_BOWEL", True),
    ("es-US", "puse una toalla en la silla para el hielo", None, False),
    ("es-US", "no tengo problemas con la orina", None, False),
    # Feeling lost told by the water or the heat; sliding down to the floor; British "to be sick".
    ("en-US", "i can't feel the water on my legs in the shower", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "my mom slid off the toilet seat", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he's been sick in the bucket twice", "DEHYDRATION_SIGNS", True),
    ("en-US", "i've been sick for a week with this back", "DEHYDRATION_SIGNS", False),
    ("en-US", "maybe a touch of fever, should i take something", "FEVER", True),
    ("en-US", "i think i got a fee vir", "FEVER", True),
    ("es-US", "el dolor se le va asia el pecho", "PAIN_SPREADING_CHEST", True),
    ("es-US", "siente como si le apretaran el pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "creo que tiene un poco de calentura", "FEVER", True),
    ("es-US", "no tengo fiebre ni un poco de temperatura", "FEVER", False),
])
def test_classes_of_sets_bf_bg_aw_and_ax(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    ("en-US", "she can't tell if she peed or not", "BLADDER_BOWEL", True),
    ("en-US", "he had to scoot down the stairs on his bottom", "CANNOT_STAND_WALK", True),
    ("en-US", "i scooted down the stairs this morning, couldn't walk them", "CANNOT_STAND_WALK", True),
    ("en-US", "none of it is working, not the pills, not the heat", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "we put a bucket by the bed for him last night", "DEHYDRATION_SIGNS", True),
    ("en-US", "she held the wall so she wouldn't pass out", "DEHYDRATION_SIGNS", True),
    ("en-US", "our dog tripped my husband in the hallway", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the dog tripped over the cord", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i liketa fell getting out of the truck", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "thirty nine celsius this morning", "FEVER", True),
    ("en-US", "he hasn't been able to feel his private area", "SADDLE_NUMBNESS", True),
    ("en-US", "my son took a baseball to the back at practice", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "maybe a hundred and two, i don't have a thermometer", "FEVER", True),
    ("en-US", "i don't have a fever", "FEVER", False),
    ("es-US", "le castañean los dientes y está ardiendo", "FEVER", True),
    ("es-US", "me tuvieron que cargar hasta la cama", "CANNOT_STAND_WALK", True),
    ("es-US", "ya no tiene ganas de vivir con tanto dolor", "SELF_HARM", True),
    ("es-US", "la pelota le dio en la espalda jugando", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "nos chocamos en la cancha", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el dolor sea puesto peor", "WORSENING_PAIN", True),
])
def test_classes_of_sets_bh_bi_ay_and_az(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A clause verb inside the sign's own words opens no clause: these are denials.
    ("en-US", "it's not the worst pain i've ever had", None, False),
    ("en-US", "not the worst it has ever been", None, False),
    ("en-US", "i wouldn't say she collapsed, she sat down slowly", None, False),
    ("en-US", "no, none of my clothes are wet", None, False),
    ("en-US", "no fever, she passed out twice", "FAINTING", True),
    # A towel is a sign when it had to be put down or is there for the urine; not one for the ice or the hair.
    ("en-US", "she has a towel on the chair to catch the pee", "BLADDER_BOWEL", True),
    ("en-US", "i have a towel under me for the leaking", "BLADDER_BOWEL", True),
    ("es-US", "le pusimos una toalla en la cama para la orina", "BLADDER_BOWEL", True),
    ("en-US", "i put a towel on the chair so the heating pad doesn't burn me", None, False),
    ("en-US", "i slept on a towel because my hair was wet", None, False),
    ("es-US", "me seco con una toalla en la cama", None, False),
    ("en-US", "the puppy pads for the new dog", None, False),
    ("en-US", "i have to wear diapers for my baby", None, False),
    ("en-US", "my mom is in diapers now since the back pain started", "BLADDER_BOWEL", True),
    ("en-US", "i changed my underwear three times today after the gym", None, False),
    # The weather's temperature, a bucket kept in case, scooting for fun, a ball carried: no signs.
    ("en-US", "it was thirty eight celsius outside and i worked all day", None, False),
    ("es-US", "hace algo de temperatura afuera", None, False),
    ("en-US", "i'm afraid to be sick", None, False),
    ("en-US", "i keep a bucket by the bed in case i get sick", None, False),
    ("en-US", "my son was scooting down the stairs for fun", None, False),
    ("en-US", "he takes a football to the gym", None, False),
    ("es-US", "se me va la luz del celular", None, False),
    ("es-US", "se le va la luz cuando se levanta", "DEHYDRATION_SIGNS", True),
    ("es-US", "la encontré sentada en el piso jugando con el nieto", None, False),
    ("es-US", "según él no se cayó pero lo encontré sentado en el piso", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no es como si me apretaran el pecho", None, False),
    ("es-US", "no me siento ligerito", None, False),
    ("es-US", "me tuvieron que cargar al carro", "CANNOT_STAND_WALK", True),
    ("en-US", "grandpa bumped down the steps on his backside", "SERIOUS_FALL_ACCIDENT", True),
])
def test_the_bd_to_az_rounds_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Non-standard double negation says the negative: "not feeling nothing" is numbness.
    ("en-US", "he's not feeling nothing in his feet", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "she stands up and has to sit right back down", "CANNOT_STAND_WALK", True),
    # "es" after the denied words opens a clause: "no afloja, es insoportable" is unbearable.
    ("es-US", "el dolor no se quita es insoportable", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no es insoportable", None, False),
    ("es-US", "no tengo fiebre es solo la espalda", None, False),
    ("es-US", "hoy ya ni me aguanto con este dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "se le nubla todo cuando se levanta", "DEHYDRATION_SIGNS", True),
    ("es-US", "siente mucho dolor en las costillas", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "se le volteó el tractor a mi hermano", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_sets_bj_and_ba(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Speech that stops: the words that won't come, a sentence never finished (not one cut short by gasping).
    ("en-US", "his words just would not come this morning", "HEART_ATTACK_STROKE", True),
    ("en-US", "she can't finish her sentences all of a sudden", "HEART_ATTACK_STROKE", True),
    ("en-US", "i can't finish a sentence without gasping", "HEART_ATTACK_STROKE", False),
    ("en-US", "i couldn't finish my dinner", None, False),
    # Contact sport slang for being flattened, and a big hit in a game.
    ("en-US", "my son got creamed by a bigger kid at football practice", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "took a nasty hit in the hockey game", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i cleaned up the garage and my back seized", None, False),
    ("en-US", "our savings took a big hit this year", None, False),
    # Swelling told as something that came up on the back.
    ("en-US", "a lump popped up on her back overnight", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "there's a lump come up on my back", "RECURRING_SPASMS", False),
    # Remedies taken, pain still there; a remedy only asked about is not tried.
    ("en-US", "i took everything we had and it's still killing me", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "could a hot bath make the spasm worse", None, False),
    # The floor or walls moving: dizziness.
    ("en-US", "the walls keep tilting when i get up", "DEHYDRATION_SIGNS", True),
    # "can't fell my legs": the recogniser's "fell" for "feel" before what is felt, not before "asleep".
    ("en-US", "she can't fell her feet", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "i can't fell asleep with this back", None, False),
    # A bump in a car park, a car behind that didn't stop: a crash; "the pain didn't stop" in a car is not.
    ("en-US", "we had a little bump in the parking lot", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the truck behind us couldn't stop in time", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the pain didn't stop after i got out of the car", None, False),
    # Lifted or helped off a seat: could not stand. Lifting a thing off a shelf is nothing.
    ("en-US", "my daughter had to pull me off the couch", "CANNOT_STAND_WALK", True),
    ("en-US", "i had to lift the box off the shelf", None, False),
    # A thin spine; a weak back is not thin bones.
    ("en-US", "the scan said her vertebrae are brittle", "OSTEOPOROSIS", True),
    ("en-US", "my back is weak from sitting", "OSTEOPOROSIS", False),
    # Found on the floor on arriving.
    ("en-US", "when i came home my mom was on the kitchen floor", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he was on the floor stretching", None, False),
    # Doubt that one has peed at all.
    ("en-US", "i don't think he's peed since lunch", "BLADDER_BOWEL", True),
    ("en-US", "i've peed twice since this morning", None, False),
    # Reassurance said of the breathing; "at work" is a place, not "nothing works".
    ("en-US", "she's breathing okay, she just can't sit up", "CHEST_PAIN_OR_BREATHING", False),
    ("en-US", "my brother cannot take breath good", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "no falls nothing it just went at work", None, False),
    # Spanish: a place or purpose said before the verb ("ni de la cama me puedo levantar").
    ("es-US", "ni del sillón me puedo parar", "CANNOT_STAND_WALK", True),
    ("es-US", "ni para bañarme me puedo levantar", "CANNOT_STAND_WALK", True),
    ("es-US", "de la cama me puedo levantar bien", None, False),
    ("es-US", "ya ni aguanto parada", "CANNOT_STAND_WALK", True),
    ("es-US", "mi nieto me tuvo que ayudar a subir las gradas", "CANNOT_STAND_WALK", True),
    ("es-US", "estoy acostada sin poder ni sentarme", "CANNOT_MOVE", True),
    # Turning the body, the waist or the head, or to look, is the spasm's twist; turning over is not moving at all.
    ("es-US", "no puedo voltear a ver a mis hijos", None, False),
    ("es-US", "estoy acostado y no me puedo virar", "CANNOT_MOVE", True),
    ("es-US", "lo tienen que ayudar a darse la vuelta", "CANNOT_MOVE", True),
    # Bruise colours said in pairs; hot and cold at once; cold under the blankets; worse each day.
    ("es-US", "se le puso la espalda azul y negro", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "ando caliente pero con frío", "FEVER", True),
    ("es-US", "se muere de frío debajo de tres cobijas", "FEVER", True),
    ("es-US", "hace un frío que me muero", None, False),
    ("es-US", "el dolor está cada día más fuerte", "WORSENING_PAIN", True),
    # An object fallen on someone at work; carrying a child is a job, not being carried.
    ("es-US", "le cayó una tarima en la espalda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "tengo que cargar al bebé todo el día", None, False),
    ("es-US", "me tienen que cargar para ir al baño", "CANNOT_STAND_WALK", True),
])
def test_classes_of_sets_bk_bl_and_spanish_bb_bc(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A full breath that can't be taken, asked about, is still the sign; only the breathing said fine is not.
    ("en-US", "i can't take a full breath, is that normal", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "his breathing is fine", None, False),
    ("en-US", "breathing is fine but i've got chest pain", "CHEST_PAIN_OR_BREATHING", True),
    # Not breathing, stopped breathing, breathing barely or fast and shallow; "not out of breath" denies.
    ("en-US", "she is not breathing", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "he stopped breathing", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "he's breathing, but barely", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "he is breathing okay but really fast and shallow", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "she's not out of breath or anything, it's just her back", None, False),
    ("en-US", "i'm not having any breathing problems", None, False),
    ("en-US", "i went over the max on tylenol", "OVERDOSE", True),
    # "Nothing seems to work" is the pain nothing eases; going to work is a place.
    ("en-US", "nothing i take seems to work", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i can't go to work today, my back is tight", None, False),
    # Pills taken and the pain as bad as ever; a mild ache left after a remedy is the normal course.
    ("en-US", "took my muscle relaxer and it's still killing me", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i took a bath and it still aches a little but much better", None, False),
    ("en-US", "i've been taking muscle relaxers for a week and it's not any better", "SEVERE_PAIN_NO_RELIEF", False),
    # Words of speech that won't come; "in other words" and a sentence cut short by a spasm are not.
    ("en-US", "in other words the spasms are not coming as often now", None, False),
    ("en-US", "the spasm hits every time i talk and i can't finish my sentence", None, False),
    # Sports slang needs someone doing it: losing a game, a night out and tidying up are not hits.
    ("en-US", "i got hammered after the game last night", None, False),
    ("en-US", "we got creamed in the game", None, False),
    ("en-US", "i cleaned up after the game and bent over wrong", None, False),
    ("en-US", "got creamed by a linebacker", "SERIOUS_FALL_ACCIDENT", True),
    # Every bump the car goes over is the road; a car that ran the light is a crash.
    ("en-US", "every bump in the car makes my back spasm", None, False),
    ("en-US", "the pain in the car did not stop until i got out", None, False),
    ("en-US", "a truck ran the red light", "SERIOUS_FALL_ACCIDENT", True),
    # On the floor doing something is not found down; a thin person near the spine is not thin bones.
    ("en-US", "when i got home she was on the floor doing her stretches", None, False),
    ("en-US", "i'm a thin guy and the spasm runs along my spine", None, False),
    ("en-US", "the spasm along my spine feels like glass shards", None, False),
    ("en-US", "the scan said his vertebrae are thinning", "OSTEOPOROSIS", True),
    # Something that came up on the back is a lump only when it is one.
    ("en-US", "the pain came up on my back out of nowhere", None, False),
    ("en-US", "my bills ballooned", None, False),
    ("en-US", "a lump came up on my back where it hurts", "SWELLING_OR_SPREADING_PAIN", True),
    # The recogniser's "fell" for "feel", after more cues, and in the reassuring form.
    ("en-US", "i can't really fell my legs", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "i cant fell my legs", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "i can fell my legs fine", None, False),
    ("en-US", "i'm lying in bed and can't turn", "CANNOT_MOVE", True),
    # Spanish turning: help to turn, turning with something else, or alone, is not moving; twisting to look is not.
    ("es-US", "me tienen que ayudar hasta para voltearme", "CANNOT_MOVE", True),
    ("es-US", "ni con ayuda me puedo voltear", "CANNOT_MOVE", True),
    ("es-US", "no me puedo voltear ni levantar", "CANNOT_MOVE", True),
    ("es-US", "mi papá no se puede voltear solo", "CANNOT_MOVE", True),
    ("es-US", "es normal que no pueda voltear el cuerpo cuando me da el calambre", None, False),
    ("es-US", "me cuesta girar el tronco", None, False),
    # A remedy that helped someone walk is better; a person who helped them up the stairs is the sign.
    ("es-US", "la fisioterapia me ayudó a caminar sin dolor", None, False),
    ("es-US", "el relajante me ayudó a levantarme de la cama hoy ya estoy mejor", None, False),
    ("es-US", "mi hijo me ayudó a subir las escaleras", "CANNOT_STAND_WALK", True),
    # Colour pairs of the skin, not of a pill or a team; heat and cold as a treatment are not a fever.
    ("es-US", "me tomé la pastilla verde y amarilla", None, False),
    ("es-US", "se me puso verde y morado donde me pegué", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "uso frío y calor al mismo tiempo", None, False),
    ("es-US", "alterno caliente y frío como dice la guía", None, False),
    ("es-US", "me siento cada día más fuerte", None, False),
    # Cold in spite of the blankets, said with "aunque" or "pero"; a feeling one is dying of is an idiom.
    ("es-US", "me muero de frío aunque estoy tapada con tres cobijas", "FEVER", True),
    ("es-US", "me muero de frío pero estoy tapado", "FEVER", True),
    ("es-US", "tengo unos nervios que me muero", None, False),
])
def test_the_bk_round_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # "Hasn't let up" is pain that lasts, not pain nothing eases: severity needs its own words, or everything tried.
    ("en-US", "the spasms haven't let up since monday", "PERSISTENT_PAIN", True),
    ("en-US", "the spasms haven't let up since monday", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "it hurts something terrible and just won't let up", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i've tried everything and it still won't let up", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "my back won't let me up off the couch", "CANNOT_STAND_WALK", True),
    # Bending and twisting are what a spasm makes hard; "at all" is not moving.
    ("en-US", "is it normal that i can't bend or twist much", "CANNOT_MOVE", False),
    ("en-US", "she can't twist or bend at all", "CANNOT_MOVE", True),
    # "I wouldn't say" denies what it says, as "it's not that" does.
    ("en-US", "i wouldn't say the pain is getting worse", None, False),
    ("es-US", "yo no diría que me duele más", None, False),
    # Dropped by a partner out of a lift; banged "it" (the back) on something; pain reaching the ribs.
    ("en-US", "my dance partner dropped me on my back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my son dropped me off at the pharmacy", None, False),
    ("en-US", "i think i bumped it on the cabinet", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the ache goes around to the ribs now", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "she has ostero porosis", "OSTEOPOROSIS", True),
    # Even the sheet hurts: pain nothing eases.
    ("en-US", "even the sheets hurt when they touch my back", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no soporta ni la cobija del dolor", "SEVERE_PAIN_NO_RELIEF", True),
    # Spanish: feeling hot oneself; not even a step; "nos siento" for "no siento"; a doubt closed with a bare no.
    ("es-US", "me siento muy caliente desde anoche", "FEVER", True),
    ("es-US", "ya no puedo ni dar un paso", "CANNOT_STAND_WALK", True),
    ("es-US", "nos siento los pies", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "no me caí, mi esposa cree que sí, pero no", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no me caí pero creo que sí", "SERIOUS_FALL_ACCIDENT", True),
    # Walking only with a cane since the spasm is a sign.
    ("es-US", "desde ayer solo puede caminar con bastón", "CANNOT_STAND_WALK", True),
])
def test_classes_of_sets_bm_bn_and_spanish_bd_be(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The recogniser's "read ended" for "rear ended"; seen on the ground as found on it (not doing stretches there).
    ("en-US", "my wife got read ended at the light", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the neighbor saw her on the ground by the mailbox", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i saw him on the floor playing with the dog", None, False),
    # A child's age is no pain score.
    ("en-US", "what should i get a ten year old for christmas", None, False),
    # Spanish: the car behind that didn't brake; limp all over; a strange chest; wet or sweat, unsure.
    ("es-US", "el carro de atrás no frenó a tiempo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "ando aguada desde ayer", "DEHYDRATION_SIGNS", True),
    ("es-US", "siento raro el pecho desde la mañana", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "se mojó y no sé si fue sudor", "BLADDER_BOWEL", True),
    ("es-US", "me mojé con la manguera", None, False),
    # "Casi" (almost) is its own word, not "casa" (house): a slip at the house is a slip.
    ("es-US", "llegando a la casa se resbaló", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "casi se resbala en la entrada", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_sets_bo_and_spanish_bf(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # "I wouldn't say it's getting worse" denies the worsening only: a stoic's "I wouldn't call it pain" goes on
    # to the real complaint, and "he wouldn't say he fell" is doubt.
    ("en-US", "i wouldn't call it pain, i can't pee", "BLADDER_BOWEL", True),
    ("en-US", "i wouldn't call it chest pain, more like a pressure", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "he wouldn't say he fell", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i wouldn't call it mild, it's unbearable", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no diría que duele, no puedo orinar", "BLADDER_BOWEL", True),
    # Severity said of the pain next to its won't-let-up, or pills taken and it won't: pain nothing eases.
    ("en-US", "it's awful and it never lets up", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "it never lets up and it's killing me", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i took a muscle relaxer and it won't let up", "SEVERE_PAIN_NO_RELIEF", True),
    # A denied severity, a severity of something else, or "nothing like that" is no severe pain.
    ("en-US", "it's not horrible, it just won't let up", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "i have terrible posture and the ache hasn't let up", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "no fever, no numbness, nothing like that, it just hasn't let up", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "should i switch to heat it's been more than a week and it's the same", "SEVERE_PAIN_NO_RELIEF", False),
    # "Hasn't eased up" is "hasn't let up": lasting; with what was tried, pain nothing eases.
    ("en-US", "it started five days ago and hasn't eased up at all", "PERSISTENT_PAIN", True),
    ("en-US", "it started five days ago and hasn't eased up at all", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "took two advil and a hot shower and it still won't ease off", "SEVERE_PAIN_NO_RELIEF", True),
    # A list after "can't" that ends in standing; twisting and bending alone stay the spasm's.
    ("en-US", "i can't twist or bend or stand up", "CANNOT_STAND_WALK", True),
    ("en-US", "i can't twist or bend", None, False),
    # Dropped from a plan, a first try, a place near the ribs, a doctor's orders: none is a sign.
    ("en-US", "my insurance dropped me from the plan", None, False),
    ("en-US", "they dropped him from the hoist", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i hit it on the first try", None, False),
    ("en-US", "the spasm is up close to the ribs", None, False),
    ("en-US", "the pain goes to the ribs", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "the doctor won't let me up yet", None, False),
    ("en-US", "the spasm won't let me up off the floor", "CANNOT_STAND_WALK", True),
    # Spanish: a tag question keeps the doubt; a contrast with a bare no closes it.
    ("es-US", "no se cayó, creo que sí, ¿o no?", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no tiene fiebre, mi mamá cree que sí, pero no", "FEVER", False),
    ("es-US", "camina bien con su bastón pero hoy no puede", "CANNOT_STAND_WALK", True),
    ("es-US", "me siento caliente con la almohadilla térmica", None, False),
    ("es-US", "me siento caliente y con escalofríos", "FEVER", True),
    ("es-US", "mi hijo nos siente muy preocupados", None, False),
    ("es-US", "el dolor no afloja nada", "PERSISTENT_PAIN", True),
])
def test_the_bm_round_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A limb gone heavy is weakness said as weight; something heavy lifted is not.
    ("en-US", "her left arm and leg went heavy all of a sudden", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "my legs got heavy on the way to the mailbox", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "i picked up a heavy bag of dog food and it seized", None, False),
    # Waterworks that won't start, and wetting without feeling it, are the bladder.
    ("en-US", "grandpa can't get his waterworks going this morning", "BLADDER_BOWEL", True),
    ("en-US", "she didn't even feel herself pee in the chair", "BLADDER_BOWEL", True),
    ("en-US", "i wet my pence on the way to the bathroom", "BLADDER_BOWEL", True),
    # Peeing said able is no bladder sign, whatever "nothing" is near it; peeing in doubt still is.
    ("en-US", "nothing feels numb and he can pee okay", "BLADDER_BOWEL", False),
    ("en-US", "nothing's numb and she's going to the bathroom fine", "BLADDER_BOWEL", False),
    ("en-US", "i'm not sure if he's peeing normal, nothing much comes out", "BLADDER_BOWEL", True),
    # One side bigger than the other is one-sided swelling.
    ("en-US", "the right side of his back looks puffier than the other", "SWELLING_OR_SPREADING_PAIN", True),
    # No energy in the whole body is weakness all over; no energy after a bad night is not.
    ("en-US", "she has no energy anywhere and her back keeps grabbing", "DEHYDRATION_SIGNS", True),
    ("en-US", "i have no energy because the baby kept me up", "DEHYDRATION_SIGNS", False),
    # A car tapped or bumped is a collision, however light; tapping the brakes is not.
    ("en-US", "our van got bumped in the drive thru line", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a pickup tapped my car at the light", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i tapped the brakes and felt a twinge", None, False),
    # "And went down", right after what happened, is a fall; pain going down the leg is not.
    ("en-US", "he caught his foot on the hose and went down", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i'm on eliquis and i tripped over the cat and went down", "FALL_ON_BLOODTHINNER", True),
    ("en-US", "it started in my back and now it's going down my leg", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the fever went up and went down all night", "SERIOUS_FALL_ACCIDENT", False),
    # A fender alone is a car part; a fender bender is a crash.
    ("en-US", "i was leaning over the fender changing the oil", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "we had a fender bender on the way home", "SERIOUS_FALL_ACCIDENT", True),
    # "I'm not doing nothing" is what the speaker does, not a treatment that fails.
    ("en-US", "it just started i wasn't doing nothing", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "the heating pad isn't doing nothing", "SEVERE_PAIN_NO_RELIEF", True),
    # "And now it's been a week" tells how long, not worse.
    ("en-US", "i strained it lifting and now it's been a week", "WORSENING_PAIN", False),
    ("en-US", "it was a two at lunch and now it's a nine", "WORSENING_PAIN", True),
    # A stroke said as history is no stroke now.
    ("en-US", "my dad had a stroke a few years ago and his back is tight", "HEART_ATTACK_STROKE", False),
    ("en-US", "since her stroke her back has been stiff", "HEART_ATTACK_STROKE", False),
    ("en-US", "i think my dad is having a stroke right now", "HEART_ATTACK_STROKE", True),
    # Getting into a car, a cab or bed, like getting out of one.
    ("en-US", "she couldn't get into the car to go to church", "CANNOT_MOVE", True),
    ("en-US", "it's a little hard getting into the car", "CANNOT_MOVE", False),
    # Recognisers' splits of osteoporosis; a car off the road.
    ("en-US", "my mother has osteo pour osis", "OSTEOPOROSIS", True),
    ("en-US", "we skidded off the road in the snow", "SERIOUS_FALL_ACCIDENT", True),
    # Spanish: a vehicle in the ditch or off the road; a car that caught someone from behind.
    ("es-US", "se nos fue la camioneta al barranco", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi hijo se salió de la carretera con la moto", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "estaba limpiando la zanja y me dio el espasmo", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "una camioneta nos alcanzó por atrás en la luz roja", "SERIOUS_FALL_ACCIDENT", True),
    # Wishing not even to exist; cannot in the future; a mouth gone crooked in more verbs.
    ("es-US", "ya ni quisiera existir con tanto dolor", "SELF_HARM", True),
    ("es-US", "creo que mañana no voy a poder pararme", "CANNOT_STAND_WALK", True),
    ("es-US", "no voy a poder ir a la iglesia el domingo", "CANNOT_STAND_WALK", False),
    ("es-US", "a mi esposo se le chueteó la boca", "HEART_ATTACK_STROKE", True),
    # Tener's compounds keep its irregular forms: "detengo", "retiene", "contengo".
    ("es-US", "mi suegra ya no contiene la orina", "BLADDER_BOWEL", True),
    ("es-US", "no retengo el pipí desde anoche", "BLADDER_BOWEL", True),
    ("es-US", "el dolor se detiene cuando me siento", None, False),
    # Pain worse than childbirth or kidney stones is the worst pain; denied, it is not.
    ("es-US", "esto duele más que un parto", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no es peor que las piedras en el riñón pero molesta", "SEVERE_PAIN_NO_RELIEF", False),
    # Cannot get into the vehicle or bed; finding it hard is the spasm's.
    ("es-US", "mi papá no se puede subir a la camioneta", "CANNOT_MOVE", True),
    ("es-US", "me cuesta un poco subirme al carro", "CANNOT_MOVE", False),
])
def test_classes_of_sets_bp_bq_and_spanish_bg_bh(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


def test_a_stale_token_cache_knows_the_same_words_as_a_fresh_one():
    """The words a stutter never drops come from the lexicon itself, so a stale cache (a content edit not yet
    compiled) reads as a fresh one does: "one o one" once lost its "o" when the cache was stale."""
    fresh = Lexicon(READER.raw, Lexicon(READER.raw).token_cache())
    for text in ("my temperature is one o one", "i c c can't w walk", "my back hurts"):
        stale = Lexicon(READER.raw, {"lexicon": "not this lexicon", "tokens": {}})  # each text its first read
        assert stale.tokens(text) == fresh.tokens(text)
        assert stale.signs(text) == fresh.signs(text)
    assert "FEVER" in fresh.signs("my temperature is one o one")


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A foot "asleep" all the time, or told as a simile, is numbness; a foot that fell asleep sitting is not a fall.
    ("en-US", "it's like my foot is asleep and it never wakes up", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "her toes keep falling asleep since the spasm started", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "my leg fell asleep in the recliner", "SERIOUS_FALL_ACCIDENT", False),
    # Sports slang for a hit to the head.
    ("en-US", "he got his bell rung at practice and now his back is locked up", "SERIOUS_FALL_ACCIDENT", True),
    # A walk cut short is hard walking; a conversation cut short is not.
    ("en-US", "he can't walk any further than the bathroom", "CANNOT_STAND_WALK", True),
    ("en-US", "i can't go any further with the paperwork today", "CANNOT_STAND_WALK", False),
    # A score past ten; a score that started low and climbed; one that came down is no worse.
    ("en-US", "honestly the pain is way past a ten right now", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "it started at a four and now it's a nine", "WORSENING_PAIN", True),
    ("en-US", "it started at a six and now it's a two", "WORSENING_PAIN", False),
    # Urine that won't come out; an intensifier between can't and its verb.
    ("en-US", "i gotta pee but it won't come out", "BLADDER_BOWEL", True),
    ("en-US", "she can't for the life of her stand up", "CANNOT_STAND_WALK", True),
    ("en-US", "i can't for the life of me remember the name of that cream", None, False),
    # "Hasn't budged" with time is lasting pain; with care tried, pain home care doesn't ease.
    ("en-US", "it's been six days and it still hasn't budged", "PERSISTENT_PAIN", True),
    ("en-US", "it's been six days and it still hasn't budged", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "used the ice pack and a couple of advil and it hasn't budged", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "she's tried heat and it's no better after a week", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "i can't budge off the floor", "PERSISTENT_PAIN", False),
    # An ability said is no part of an inability said of something else.
    ("en-US", "she can move and she can walk she just can't bend over", "CANNOT_MOVE", False),
    ("en-US", "he can move his arms but he can't move his legs at all", "SUDDEN_WEAKNESS_NUMBNESS", True),
    # Spanish: pain that climbs; "able" in Spanglish; trembling told with the flu; turning with bending is the spasm's.
    ("es-US", "antes era aguantable pero ahora no me deja ni sentarme", "WORSENING_PAIN", True),
    ("es-US", "el dolor va pa arriba cada hora", "WORSENING_PAIN", True),
    ("es-US", "el dolor me va para arriba y para abajo", "WORSENING_PAIN", False),
    ("es-US", "mi esposa no está able de pararse de la cama", "CANNOT_STAND_WALK", True),
    ("es-US", "me siento como con gripe y tiemblo todo el día", "FEVER", True),
    ("es-US", "me tiemblan las manos de nervios", "FEVER", False),
    ("es-US", "es normal que no pueda voltear ni agacharme", "CANNOT_MOVE", False),
    ("es-US", "mi papá no se puede voltear en la cama", "CANNOT_MOVE", True),
])
def test_classes_of_sets_br_and_spanish_bi(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # "And went down" after getting up, standing or tripping is a fall; down the leg, to a number, to the basement,
    # or to bed at eight is not, and "got up and fell down" stays a fall.
    ("en-US", "i stood up and went down", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he got up and fell down the stairs", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "it started in my back and went down my leg", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the pain was a nine and went down to a four after advil", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i did the laundry and went down to the basement", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i grabbed my coffee and went down the stairs to work", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the swelling was big and went down overnight", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the kids ate dinner and went down at eight", "SERIOUS_FALL_ACCIDENT", False),
    # A stroke is history only with a time long past: "had a stroke in the bathroom" is now.
    ("en-US", "i think he had a stroke in the bathroom just now", "HEART_ATTACK_STROKE", True),
    ("en-US", "my wife had a stroke in the kitchen", "HEART_ATTACK_STROKE", True),
    ("en-US", "ever since the stroke an hour ago she can't talk", "HEART_ATTACK_STROKE", True),
    ("en-US", "he had a stroke last summer and walks with a cane", "HEART_ATTACK_STROKE", False),
    ("en-US", "my husband had a stroke five years ago", "HEART_ATTACK_STROKE", False),
    # Peeing said fine needs its subject: the back not letting one go is retention.
    ("en-US", "my back won't let me go to the bathroom like normal", "BLADDER_BOWEL", True),
    ("en-US", "no way i can go to the bathroom normal", "BLADDER_BOWEL", True),
    ("en-US", "nothing is numb and i'm going to the bathroom fine", "BLADDER_BOWEL", False),
    ("en-US", "my back hurts but i don't feel it when i pee", "BLADDER_BOWEL", False),
    # Light hits need the car: not a tap on the shoulder, a nudge to wake someone, the horn or a door ding.
    ("en-US", "my coworker tapped me from behind to get my attention", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "someone dinged my car door in the parking lot while i was shopping", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i tapped my car horn", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i was tapped on the shoulder while sitting in my car", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i nudged my car into the garage", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "a truck rear tapped me", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "we got bumped from behind in the truck", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "someone hit my fender while i was driving", "SERIOUS_FALL_ACCIDENT", True),
    # One side bigger needs a side; a shoulder higher is posture; no energy all over said together.
    ("en-US", "one shoulder is higher than the other because of the spasm", "SWELLING_OR_SPREADING_PAIN", False),
    ("en-US", "my kids are all over the place and i have no energy", "DEHYDRATION_SIGNS", False),
    ("en-US", "i have no energy at all my whole body feels like jelly", "DEHYDRATION_SIGNS", True),
    # Getting into a car for reasons other than the back; theirs too.
    ("en-US", "i can't get into bed yet, i have to finish work", "CANNOT_MOVE", False),
    ("en-US", "she can't get into her car", "CANNOT_MOVE", True),
    ("en-US", "no can get in car, too much pain", "CANNOT_MOVE", True),
    # A limb heavy with a load is no weakness.
    ("en-US", "my hand is heavy with the laundry basket", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("en-US", "heaviness in both legs since this morning", "SUDDEN_WEAKNESS_NUMBNESS", True),
    # Urine that barely comes is retention.
    ("en-US", "i can pee ok but only a little comes out", "BLADDER_BOWEL", True),
    # Spanish: a ditch needs the vehicle when "we went" there; a vehicle "me alcanzó" is a ride unless from behind or
    # on the road; holding urine fine or stopping to pee is no retention; "más que" a fracture is worry.
    ("es-US", "el domingo nos fuimos al canal a pescar", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "terminamos en el canal viendo los patos", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "derrapé y me fui a la cuneta", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se le salió el carro del camino", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el taxi me alcanzó a llevar al trabajo", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "un camión lo alcanzó en la carretera", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "retengo la orina sin problema", "BLADDER_BOWEL", False),
    ("es-US", "no me detengo a orinar en el trabajo porque no hay tiempo", "BLADDER_BOWEL", False),
    ("es-US", "me preocupa más que una fractura", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "es peor que los dolores de parto", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no puedo meter al carro las cajas", "CANNOT_MOVE", False),
    ("es-US", "mejor ni vivir cerca de la fábrica", "SELF_HARM", False),
    ("es-US", "mejor ni vivir así", "SELF_HARM", True),
])
def test_the_bp_round_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Something heavy that came down onto someone is a hit.
    ("en-US", "a stack of pallets came down off the rack onto my back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i came down with a cold and my back aches", "SERIOUS_FALL_ACCIDENT", False),
    # Gone white as a sheet is lightheadedness; paint going white is not.
    ("en-US", "my wife says i went pale as a ghost when i stood up", "DEHYDRATION_SIGNS", True),
    ("en-US", "the paint went white after it dried", None, False),
    # Water, said of urine, that leaks or gets away.
    ("en-US", "grandpa's water got away from him in the recliner", "BLADDER_BOWEL", True),
    ("en-US", "i can't hold it in anymore i just cry", "BLADDER_BOWEL", False),
    # Steps missed; a walk turned back halfway holding on to something.
    ("en-US", "she missed the last two steps coming down to the basement", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he had to turn around halfway to the barn holding on to the fence", "CANNOT_STAND_WALK", True),
    # Remedies listed and it won't let up: pain home care does not ease.
    ("en-US", "ice heat three tylenol and it still won't let up", "SEVERE_PAIN_NO_RELIEF", True),
    # Wedged somewhere and can't get out; on someone's own floor since morning.
    ("en-US", "he's stuck under the house and can't get himself out", "CANNOT_MOVE", True),
    ("en-US", "my aunt has been on her kitchen floor since breakfast", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my boot went through the drywall and i landed across the joists", "SERIOUS_FALL_ACCIDENT", True),
    # Spanish: boiling with fever; the body that won't hold one up; "no se me quita nada" is lasting, "con nada" is
    # nothing helps; an inability asked "qué hago si" is said, a future "if" supposes it; merged words split.
    ("es-US", "mi papá está que hierve y le duele la cintura", "FEVER", True),
    ("es-US", "el agua está hirviendo para el café", None, False),
    ("es-US", "el cuerpo no le aguanta parado a mi esposo", "CANNOT_STAND_WALK", True),
    ("es-US", "ya van seis días y no se le quita nada", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "ya van seis días y no se le quita nada", "PERSISTENT_PAIN", True),
    ("es-US", "no se le quita con nada", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "qué hago si no me puedo levantar", "CANNOT_STAND_WALK", True),
    ("es-US", "en caso de que no me pueda mover mañana qué hago", "CANNOT_MOVE", False),
    ("es-US", "mi mamá se cay en el baño", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el dolor seme va al pecho", "PAIN_SPREADING_CHEST", True),
])
def test_classes_of_sets_bs_bt_and_spanish_bj_bk(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A passive wish to die is never missed; only where one would live is not.
    ("es-US", "a veces pienso que mejor ni vivir", "SELF_HARM", True),
    ("es-US", "mejor ni vivir cerca de la fábrica", "SELF_HARM", False),
    # A car that tapped a cyclist or a walker; a driver who tapped the car ahead.
    ("en-US", "i was on my bike and got tapped by a truck", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i tapped the car in front of me at a red light and jerked forward", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "un carro me alcanzó y me tiró de la bici", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "la camioneta nos alcanzó en el semáforo", "SERIOUS_FALL_ACCIDENT", True),
    # "Because my back" is the reason said; keys are not.
    ("en-US", "i can't get into bed because my back locks up", "CANNOT_MOVE", True),
    ("en-US", "i can't get in my car because my keys are locked inside", "CANNOT_MOVE", False),
    ("es-US", "no puedo meterme al carro del dolor", "CANNOT_MOVE", True),
    ("es-US", "no puedo meter al carro las cajas", "CANNOT_MOVE", False),
    # "And went down" with a thud or into a ditch is a fall; to a four, or to the basement, is not.
    ("en-US", "she turned around and went down with a thud", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the truck skidded and went down into the ditch", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my fever was a hundred and went down with tylenol", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the pain flared up and went down", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he ate dinner and went down for the night", "SERIOUS_FALL_ACCIDENT", False),
    # Ditches one goes into only by accident, for "me fui" and "nos fuimos" alike.
    ("es-US", "nos fuimos a la zanja con la troca", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me fui al canal a pescar el domingo", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "terminamos en la zanja después de derrapar", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me derrapé en el piso mojado pero no me caí", "SERIOUS_FALL_ACCIDENT", False),
    # A list of "ni" ending in walking.
    ("es-US", "no puedo voltear ni agacharme ni caminar", "CANNOT_STAND_WALK", True),
    # Urine words adjacent: a car that takes forever to start, a ceiling leak, a stain, a sister who won't come over.
    ("en-US", "my car takes forever to start in the cold", "BLADDER_BOWEL", False),
    ("en-US", "water has been leaking from the ceiling onto my bed", "BLADDER_BOWEL", False),
    ("en-US", "the pee stain on the mattress will not come out", "BLADDER_BOWEL", False),
    ("en-US", "i need to pee a lot and my sister will not come over to help", "BLADDER_BOWEL", False),
    ("en-US", "the pee is no coming out", "BLADDER_BOWEL", True),
    ("en-US", "it takes forever to start peeing and then it dribbles", "BLADDER_BOWEL", True),
    # Doorbells are no head hits; pain that comes down onto a shoulder is no load falling.
    ("en-US", "the mailman rang my bell and my back seized when i got up", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the spasm came down from my neck onto my shoulder blade", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "a box of tiles came down onto my back", "SERIOUS_FALL_ACCIDENT", True),
    # A walk cut short needs the walk.
    ("en-US", "the doctor said we can't go any further without an mri", "CANNOT_STAND_WALK", False),
    ("en-US", "i was holding on to the counter doing the calf stretch", "CANNOT_STAND_WALK", False),
    ("en-US", "i could not make it any further than the driveway", "CANNOT_STAND_WALK", True),
    # "No energy" in a list of denials denies; care not tried is no care tried.
    ("en-US", "no energy problems or dizziness", "DEHYDRATION_SIGNS", False),
    ("en-US", "i haven't tried ice or heat yet and it won't let up", "SEVERE_PAIN_NO_RELIEF", False),
    # Pallor of a person, not of hair, the sky or white water.
    ("en-US", "i went white water rafting and hurt my back", "DEHYDRATION_SIGNS", False),
    ("en-US", "his face went gray and he's sweating", "DEHYDRATION_SIGNS", True),
    # Out of a habit or debt; a cat in the crawl space; staying up past ten; a foot still asleep.
    ("en-US", "i can't get myself out of this habit of slouching", "CANNOT_MOVE", False),
    ("en-US", "i stayed up way past ten last night", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "my left foot fell asleep this morning and it's still asleep", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "he's trembling and has the flu", "FEVER", True),
    # Spanish: boiling with anger is no fever; a leg that trembles after the flu is no chill; tolerable before but not
    # today is worse; pain that travels up is no worse; "por sí sola" is on one's own.
    ("es-US", "estoy que hiervo del coraje con el seguro", "FEVER", False),
    ("es-US", "tuve gripa el mes pasado y ahora me tiembla la pierna", "FEVER", False),
    ("es-US", "ayer era soportable y hoy no", "WORSENING_PAIN", True),
    ("es-US", "era soportable pero con las pastillas se calmó", "WORSENING_PAIN", False),
    ("es-US", "el dolor me va para arriba hacia el cuello", "WORSENING_PAIN", False),
    ("es-US", "por sí sola no puede caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "y si mañana no me puedo mover", "CANNOT_MOVE", False),
    ("es-US", "mi esposo se puso blanco como el papel", "DEHYDRATION_SIGNS", True),
    ("es-US", "empezó en un tres y ahora es un ocho", "WORSENING_PAIN", True),
    ("es-US", "solo sale un chorrito cuando orino", "BLADDER_BOWEL", True),
    ("es-US", "tuve más que un parto, tengo tres hijos", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "más que un parto", "SEVERE_PAIN_NO_RELIEF", True),
])
def test_the_bs_round_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # "Totaled" stems to "total": a total knee or a total station is no crash; a car totaled is.
    ("en-US", "my mom is getting a total hip next month", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the van got totaled on the highway", "SERIOUS_FALL_ACCIDENT", True),
    # A house torn apart is no tearing pain; "took a fall out back" is a fall, "a falling out" an argument.
    ("en-US", "the house is all torn apart from the remodel and my back aches", "AORTA", False),
    ("en-US", "she took a fall out on the porch steps", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "we had a falling out over thanksgiving", None, False),
    # A grip lost on one side; held too short to make the bathroom.
    ("en-US", "he can't hold a cup in his left hand since lunch", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "she couldn't hold it till we got to the bathroom", "BLADDER_BOWEL", True),
    # Care tried and still killing; too unsteady to stand; can't get off a mower or a horse.
    ("en-US", "we did heat and two aleve and it's still killing him", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "she's too shaky to stand at the stove", "CANNOT_STAND_WALK", True),
    ("en-US", "he can't get down off the horse", "CANNOT_MOVE", True),
    # Life doubted worth living; numbness as a recogniser writes it.
    ("en-US", "i wonder if it's worth living like this", "SELF_HARM", True),
    ("en-US", "there's a dumbness in both my legs", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "i keep the phone numbers in my wallet", None, False),
    # Spanish: the tide is no dizziness; not drinking is a cause; a stubbed toe no accident; turning to reverse the
    # truck no inability; flying off the bike a crash, "una bola" no flight; a room that spins; English verbs inside.
    ("es-US", "qué tal la marea mañana", None, False),
    ("es-US", "mi papá no ha tomado agua en todo el día", "DEHYDRATION_SIGNS", False),
    ("es-US", "mi papá no retiene ni el agua", "DEHYDRATION_SIGNS", True),
    ("es-US", "me pegué en el codo con la puerta", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no puedo ni voltear a ver para atrás cuando manejo", "CANNOT_MOVE", False),
    ("es-US", "el niño salió volando de la bicicleta", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me salió una bolita en la espalda", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "el cuarto me da vueltas cuando me paro", "DEHYDRATION_SIGNS", True),
    ("es-US", "me di una vuelta por el parque", "DEHYDRATION_SIGNS", False),
    ("es-US", "mi mamá no puede standing up sola", "CANNOT_STAND_WALK", True),
    ("es-US", "el dolor está going down a la pierna", "SWELLING_OR_SPREADING_PAIN", True),
])
def test_classes_of_sets_bu_bv_and_spanish_bl_bm(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


def test_english_nauseous_inside_spanish_is_read():
    """"Nauseous" folds to the Spanish "nausea", so the English reading of it is left to the Spanish lexicon."""
    assert_raises("es-US", "mi hija está nauseous con el dolor de espalda", "DEHYDRATION_SIGNS", True)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A horse that went down with its rider, or a rider tossed; tossing and turning in bed is no fall.
    ("en-US", "the mare went down with him on her in the pen", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my son got tossed off a bronc at the rodeo", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i tossed and turned all night", None, False),
    ("en-US", "she's losing control of her blad her", "BLADDER_BOWEL", True),
    # Spanish: neither remedy takes it away; a split "durmieron"; things slipping from the hands are no fall, slipping
    # on the stairs is; a ten out of ten said as a likeness, a ten denied and re-described is not; walking doubted;
    # numbness of the groin denied.
    ("es-US", "ni con hielo ni con las pastillas se le quita", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "a mi mamá se le dor mieron las piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "se me resbalan las cosas de las manos", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me resbalé en las escaleras del sótano", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "siento como un diez de diez", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no me duele como un diez es como un cuatro", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "no sé si va a poder caminar mi papá", "CANNOT_STAND_WALK", True),
    ("es-US", "no siento la entrepierna dormida", "SADDLE_NUMBNESS", False),
    ("es-US", "no siento la entrepierna", "SADDLE_NUMBNESS", True),
])
def test_classes_of_sets_bw_and_spanish_bn(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Pressed into something hard by an animal or a machine; a ride into town is no blow.
    ("en-US", "the bull pinned my dad against the gate this morning", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my neighbor ran me into town to see the doctor", "SERIOUS_FALL_ACCIDENT", False),
    # Lying "laid out" on a floor; not making it up; forced back down by any verb; control denied in learner's grammar.
    ("en-US", "grandpa's been laid out on the garage floor for an hour", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he can't make it up out of the recliner", "CANNOT_MOVE", True),
    ("en-US", "i'll make it up to you next week", "CANNOT_MOVE", False),
    ("en-US", "when she tries to get up the spasm drops her right back down", "CANNOT_STAND_WALK", True),
    ("en-US", "my father is not control his bowel", "BLADDER_BOWEL", True),
    ("en-US", "she thumped down on the bathroom tile", "SERIOUS_FALL_ACCIDENT", True),
    # A car door opened into a rider; an assault; a hit in a sport; off a scooter; bailing on a ramp; flat on the back.
    ("en-US", "my son was riding to school and got doored", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he got beat up walking home", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i beat myself up about missing the gym", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the kid got taken down hard at wrestling practice", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she came off her electric scooter at the corner", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i came off the board meeting with a stiff back", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my nephew bailed on the quarter pipe", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she slipped on the ice and went flat on her back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i went flat on my back in bed for two days", "SERIOUS_FALL_ACCIDENT", False),
    # A wobble is no fall; a deck is a place; crashing on a couch is sleep; tumbling a sport; "chill" slang, chills not.
    ("en-US", "the step stool wobbled a bit while i reached", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "we were sitting on the back deck when my back locked", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he got decked at the bar", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i crashed on my cousin's couch last night", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my daughter does tumbling twice a week", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "grandma went tumbling down the porch steps", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "tell me how to keep it chill with a sore back", "FEVER", False),
    ("en-US", "she just got the chills an hour ago", "FEVER", True),
    # Spanish: a machine tipped over onto its driver; on the floor for hours; not even with help; worse each time with
    # any pain verb; no remedy does anything; everything sideways; a learner's "can't"; a car hit in the passive;
    # "resbaló" without "se"; another car that hit ours; a hard sit-down; something that came to strike the back.
    ("es-US", "el tractor se le volcó a mi tío en el rancho", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi papá lleva horas tirado en el suelo de la cocina", "CANNOT_MOVE", True),
    ("es-US", "ni con el bastón puede caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "cada vez me jala más la espalda", "WORSENING_PAIN", True),
    ("es-US", "no hay remedio que le funcione", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no hay pastilla que le haga daño", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "cuando se para se le va todo de lado", "DEHYDRATION_SIGNS", True),
    ("es-US", "mi hijo no es poder pararse", "CANNOT_STAND_WALK", True),
    ("es-US", "el carro de mi hermano fue chocado anoche", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "resbalé en la banqueta mojada", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "un camión le pegó a mi carro en el semáforo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se fue de espaldas y quedó sentada de golpe", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "un tubo le vino a dar en la espalda", "SERIOUS_FALL_ACCIDENT", True),
    # No position eases it, but a pain that is not there in any position is no sign; wet a little, not in the rain;
    # a small bag is no lump; a jab is not pins and needles; gout swells a toe.
    ("es-US", "ni sentado ni de lado se le calma", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni acostado ni parado me molesta", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "creo que se mojó un poco en la silla", "BLADDER_BOWEL", True),
    ("es-US", "me mojé un poquito con la manguera", "BLADDER_BOWEL", False),
    ("es-US", "le pongo una bolsita de hielo", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "sentí un piquete en la cintura al agacharme", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "tiene el tobillo inflamado de la gota", "SWELLING_OR_SPREADING_PAIN", False),
    # A denied clause with its own verb, or closed by its "nada", ends before a clause that opens with a clitic.
    ("es-US", "no aguanto, se me sale el pipí", "BLADDER_BOWEL", True),
    ("es-US", "no controlo nada, me hago encima", "BLADDER_BOWEL", True),
    ("es-US", "nunca en su vida se ha caído", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "nada me duele y nada se me duerme", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "me hice pipí y ni cuenta me di", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_sets_bx_by_and_spanish_bo_bp(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The eleventh clinician-style review of the BX round's classes, in its own words: a "nada" closes a denied clause
    # only after a verb ("no, para nada se ha caído" and "nadie" still deny); a collision kept apart from "va a
    # chocar"; beaten, pinned, taken down and forced back down only where it is a blow; a deck that gives way is a
    # fall, work on it is not; boards are places to come off, not vehicles; "make it up" only up off or up the stairs;
    # control denied of the bladder itself; on the floor for hours only with a time; no remedy said of the sufferer;
    # and the fresh BZ and Spanish BQ sets' misses in other words (drops of urine, vision going black, nothing
    # does a thing, a belly one carries, a rating bumped up).
    ("es-US", "no, nadie se ha caído", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "nunca nadie se ha caído en esta casa", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no tiene nada, nadie se ha caído", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no, para nada se ha caído", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no, para nada se ha orinado", "BLADDER_BOWEL", False),
    ("es-US", "no, para nada se le duermen las piernas", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "no me duele ni acostado ni sentado, estoy bien", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "no retengo nada, me orino encima", "BLADDER_BOWEL", True),
    ("es-US", "no puedo, se me sale la orina", "BLADDER_BOWEL", True),
    ("es-US", "no recuerda nada, se cayó en el baño", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el carro va a chocar si no frenas", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "iba a chocar pero frené a tiempo", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi esposo fue chocado ayer en la autopista", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "la troca nos dio muchos problemas este mes y ando estresado", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi hijo le dio a la troca una lavada", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "un camión le dio a mi carro en el estacionamiento", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el vaso resbaló de mi mano y al agacharme me dio el espasmo", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "resbalé en el baño", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el piso está resbaladizo y me da miedo caerme", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "el dolor vino a dar en la espalda baja", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi papá fue a dar contra la pared", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se me volteó la podadora en la loma", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "estaba empujando la podadora y me dio el espasmo", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "llevo dos horas en el piso del baño", "CANNOT_MOVE", True),
    ("es-US", "llevo dos noches durmiendo en el piso porque el colchón es muy blando", "CANNOT_MOVE", False),
    ("es-US", "no hay pastilla que me quite este dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no hay nada que hacer hoy, solo descansar", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "ni sentado ni acostado descanso", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no hallo cómo ponerme, todo me duele", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no encuentro cómo ponerme los zapatos", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "cada vez me aprieta más la cintura", "WORSENING_PAIN", True),
    ("es-US", "mi esposo me molesta cada vez más", "WORSENING_PAIN", False),
    ("es-US", "se me va todo para los lados cuando me paro", "DEHYDRATION_SIGNS", True),
    ("es-US", "se me va todo el dinero en medicinas", "DEHYDRATION_SIGNS", False),
    ("es-US", "la troca se me va para los lados en la carretera", "DEHYDRATION_SIGNS", False),
    ("es-US", "me mojé un poco sin darme cuenta", "BLADDER_BOWEL", True),
    ("es-US", "me mojé un poquito por la lluvia", "BLADDER_BOWEL", False),
    ("es-US", "me mojé algo los pies al salir", "BLADDER_BOWEL", False),
    ("es-US", "me quedo encima de la cama acostado todo el día", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "se me salieron unas gotas de orina al toser", "BLADDER_BOWEL", True),
    ("es-US", "se me nubla la vista cuando me levanto", "DEHYDRATION_SIGNS", True),
    ("es-US", "el dolor no se mejora con nada", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "I feel all beat up after a long shift", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "this spasm is beating me up", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "we got beat by ten points last night and then my back locked up", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my husband beat me up and my back hurts", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "some guys jumped me outside the bar last night and now my back is killing me", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "I got punched in at work at six and my back was already tight", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the cow pinned me against the gate", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "I walked into the barn and my back seized up", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my wife pushed me into the car to go to the doctor", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my son took me down to the football game and the bleachers hurt my back", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the other team took me down hard at practice", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "I was power washing the deck and my back seized", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the deck collapsed under me", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "I went over the deck railing", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "I crashed out on my dirt bike", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she hurt her back at tumbling class", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my son came off his longboard going downhill", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the skateboard rolled away while I was bending down and my back seized", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "I was carrying my surfboard to the car and my back gave way", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "I bailed on the stairs and took the elevator", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "a car door opened into me while I was cycling", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the ladder wobbled but I didn't fall", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "they sent him back down to radiology for another scan", "CANNOT_MOVE", False),
    ("en-US", "my daughter took me back down to my room", "CANNOT_MOVE", False),
    ("en-US", "I can't make it up to you for missing dinner", "CANNOT_MOVE", False),
    ("en-US", "we couldn't make it up in time for the appointment", "CANNOT_MOVE", False),
    ("en-US", "I couldn't make it up the stairs last night", "CANNOT_MOVE", True),
    ("en-US", "I do not control my bladder anymore", "BLADDER_BOWEL", True),
    ("en-US", "the ibuprofen does not control the pain, and I pee normally", "BLADDER_BOWEL", False),
    ("en-US", "I have the chills", "FEVER", True),
    ("en-US", "the pills used to work but now nothing does anything", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "I've got a beer belly and my back aches", "AORTA", False),
    ("en-US", "can you get my dose bumped up", "SWELLING_OR_SPREADING_PAIN", False),
])
def test_the_bx_round_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A Spanish clause after a denied one may put its clitic verb before the sign's own words; a second cue, a
    # relative ("quien") or no clause of its own keeps the denial.
    ("es-US", "no puede, se queda tirado en el piso", "CANNOT_MOVE", True),
    ("es-US", "no se queda tirado en el piso", "CANNOT_MOVE", False),
    ("es-US", "no le duele, se le quedan dormidas las piernas", "BOTH_LEGS", True),
    ("es-US", "no le duele ni se le quedan dormidas las piernas", "BOTH_LEGS", False),
    ("es-US", "aquí no hay quien me lleve de día", "PERSISTENT_PAIN", False),
    # Peeing said normal is no wetting ("bien" may be "very": "se orina bien seguido").
    ("es-US", "no tiene calentura y se orina normal", "BLADDER_BOWEL", False),
])
def test_a_spanish_clause_verb_before_the_sign_ends_the_denial(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The CA, CB and Spanish BR, BS sets' misses as classes, in other words: at the bottom after "next thing"; no
    # position to be in; a transfer from a wheelchair; frozen bent over; a recogniser's "fill off the latter"; thrown
    # by a lurching bus; a room that tilted; driven into from behind; clothes changed for what can't be held; the
    # whole lot of pills; off a quad; struck by a ball; no wee since morning; dumped by a wave; "chucking up"; the back
    # knocked on something.
    ("en-US", "she was going down the cellar stairs and next thing she knows she's at the bottom", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he can't lie sit or stand without screaming", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "my client can't transfer to the commode today", "CANNOT_MOVE", True),
    ("en-US", "he's frozen hunched over the counter", "CANNOT_MOVE", True),
    ("en-US", "my uncle fill off the latter cleaning gutters", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the bus jerked and i slammed into the rail back first", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "when she got up the room tilted and she grabbed the chair", "DEHYDRATION_SIGNS", True),
    ("en-US", "a van went into the back of my truck at the light", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "mum keeps needing her underwear changed she can't hold it", "BLADDER_BOWEL", True),
    ("en-US", "i keep eyeing my pills and thinking i'll just take the lot", "OVERDOSE", True),
    ("en-US", "he came off his four wheeler in the creek bed", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a foul ball nailed him in the lower back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "grandad hasn't had a pee since breakfast", "BLADDER_BOWEL", True),
    ("en-US", "a huge wave knocked me over at the beach", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she's been upchucking since dinner", "DEHYDRATION_SIGNS", True),
    ("en-US", "i banged it against the trailer hitch", "SERIOUS_FALL_ACCIDENT", True),
    # ... and what those words also say without a sign: an old spinal injury is long-standing; idioms.
    ("en-US", "he's in a wheelchair from an old spinal cord injury", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "you knocked it on the head with that answer", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i'll take the lot if they're on sale", "OVERDOSE", False),
    # Spanish: hit badly or when getting off; chemo in the plural; a back black and green; no urine with "su"; burning
    # inside and shivering under the covers; not even the injection; Portuguese of the border; a merged "se va"; the
    # chest named as maybe too; something found in a breast.
    ("es-US", "mi hermano se pegó bien duro con la escalera", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "creo que se golpeó al bajar de la camioneta", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "a mi mamá le dieron quimios hace dos años", "CANCER_HISTORY", True),
    ("es-US", "tiene la cadera morada y amarilla", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "a mi abuelo no le sale nada de orina", "BLADDER_BOWEL", True),
    ("es-US", "mi hija tiembla bajo las cobijas y dice que se quema por dentro", "FEVER", True),
    ("es-US", "ni con el masaje se le quita", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "a dor desce pela perna", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "el dolor seba al pecho cuando camino", "PAIN_SPREADING_CHEST", True),
    ("es-US", "a mi tía le encontraron una bolita en el seno", "CANCER_HISTORY", True),
    ("es-US", "me pegué un susto cuando sonó el teléfono", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_sets_ca_cb_and_spanish_br_bs(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The twelfth clinician-style review of the CA round's classes, in its own words (the sentences it found wrong at
    # that round's commit, or that the round set out to catch): "next thing i know" is no faint unless someone is found
    # down; a crash verb before "into the back of"; shunted from behind, not between departments; a ball that struck;
    # a transfer of a body, not of money; "can't hold it" with pants named, not holding things together; a room, not
    # a world, that tilts; the lot of pills, not a lot bought; in Spanish a denied clause closed before "donde" too
    # ("no hay donde sentarme, se me entumen las piernas"); "bien" as "very" before "seguido"; sticking to a bottle, a
    # drink ("un palo de ron") and burning with anger are no blows and no fever; colours of clothes are no bruise;
    # something found in the blood or the lungs is no cancer history.
    ("en-US", "next thing i know it's friday and my back still hurts", "FAINTING", False),
    ("en-US", "i bent over to pick up the cat and next thing i know my back locks up", "FAINTING", False),
    ("en-US", "i lifted the box and next thing i know i can't straighten up", "FAINTING", False),
    ("en-US", "next thing i know my wife is calling the chiropractor", "FAINTING", False),
    ("en-US", "i did not pass out, it was more like next thing i know the spasm hit", "FAINTING", False),
    ("en-US", "next thing i knew i was lying at the bottom of the basement steps", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "next thing i know the ball is at the bottom of the pool", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "next thing you know the bill is at the bottom of the pile", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the train lurched forward and threw me across the aisle", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the train lurched but i was sitting down and nothing happened", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he went back first into the bookshelf", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i was loading bags of mulch into the back of my truck and felt it go", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "putting the stroller into the back of the car, twisted wrong", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i threw my suitcase into the back of my van and my back spasmed", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "we got shunted from behind on the freeway", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a van shunted us at the roundabout", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i was shunted into the car in front", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i got shunted to three different departments on the phone", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i was shunted into a meeting all afternoon", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my call was shunted into voicemail", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i took a cricket ball to the back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "baseball got me hooked as a kid but now my back hurts", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "softball got me into shape last summer", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i got dumped by a big wave at the beach and hit the sand", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i was tossed by a wave while bodysurfing", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i finally cracked it on the third try, the puzzle i mean", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i clipped it on the belt loop", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i clipped it on a hook in the garage", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i cracked it on the first attempt, the crossword", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i fill off the latter cleaning gutters", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i prefer the latter, fill down the form for me", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i came off my quad bike in the field", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i came off my e bike at the corner", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i can't hold it and i've had to change my pants twice", "BLADDER_BOWEL", True),
    ("en-US", "i can't hold it, the heating pad keeps sliding off", "BLADDER_BOWEL", False),
    ("en-US", "i can't hold it for long, it depends on the day", "BLADDER_BOWEL", False),
    ("en-US", "i can't hold it together anymore, i need to change my pants for work", "BLADDER_BOWEL", False),
    ("en-US", "i can't hold the baby, can't hold it long enough to change her", "BLADDER_BOWEL", False),
    ("en-US", "i can't hold it up to read, i need to change my glasses", "BLADDER_BOWEL", False),
    ("en-US", "i can't hold it over my head, it depends how heavy it is", "BLADDER_BOWEL", False),
    ("en-US", "i can't hold it in, i need to vent, things have to change at work", "BLADDER_BOWEL", False),
    ("en-US", "i haven't had a wee all day", "BLADDER_BOWEL", True),
    ("en-US", "she hasn't had a wee since this morning", "BLADDER_BOWEL", True),
    ("en-US", "he can't transfer from the wheelchair to the bed anymore", "CANNOT_MOVE", True),
    ("en-US", "i can't even transfer to the toilet", "CANNOT_MOVE", True),
    ("en-US", "she can't transfer out of her chair", "CANNOT_MOVE", True),
    ("en-US", "i can't transfer money to pay the copay", "CANNOT_MOVE", False),
    ("en-US", "the pharmacy can't transfer my prescription", "CANNOT_MOVE", False),
    ("en-US", "they couldn't transfer my call to the nurse", "CANNOT_MOVE", False),
    ("en-US", "i can't transfer my insurance until next month", "CANNOT_MOVE", False),
    ("en-US", "i'm frozen bent over in the kitchen", "CANNOT_MOVE", True),
    ("en-US", "he's frozen hunched over the sink and can't straighten", "CANNOT_MOVE", True),
    ("en-US", "i got frozen halfway out of bed", "CANNOT_MOVE", True),
    ("en-US", "my screen was frozen halfway through the update", "CANNOT_MOVE", False),
    ("en-US", "the elevator can't go up or down, it's broken", "CANNOT_MOVE", False),
    ("en-US", "he can't sit, stand or lay down", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "nothing gives me a break from this pain", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "nothing gives me a break at work, we're short staffed", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "the room went sideways and i had to grab the wall", "DEHYDRATION_SIGNS", True),
    ("en-US", "the floor tipped under me when i got up", "DEHYDRATION_SIGNS", True),
    ("en-US", "i've been chucking up all morning", "DEHYDRATION_SIGNS", True),
    ("en-US", "my world went sideways when my mom died last year", "DEHYDRATION_SIGNS", False),
    ("en-US", "just chuck it up to experience", "DEHYDRATION_SIGNS", False),
    ("en-US", "i'll chuck it all up to bad luck", "DEHYDRATION_SIGNS", False),
    ("en-US", "i'd chuck up my job if i could", "DEHYDRATION_SIGNS", False),
    ("en-US", "i chucked up the ball to my son and my back went", "DEHYDRATION_SIGNS", False),
    ("en-US", "i have an old spinal injury from the army", "CHRONIC_BACK_CONDITION", True),
    ("en-US", "he has an old spinal cord injury from a car wreck", "CHRONIC_BACK_CONDITION", True),
    ("en-US", "i have an old spinal injury from years ago", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he swallowed the lot of his pills", "OVERDOSE", True),
    ("en-US", "she's threatening to take the lot of her tablets", "OVERDOSE", True),
    ("en-US", "the pharmacy had vitamin pills on sale so i said i'll take the lot", "OVERDOSE", False),
    ("en-US", "the garage sale had a box of old pill bottles, i said i'd take the lot", "OVERDOSE", False),
    ("en-US", "the doctor said take the lot until the pills are finished, it's an antibiotic course", "OVERDOSE", False),
    ("en-US", "he took the lot of his pills last night", "OVERDOSE", True),
    ("en-US", "i took the whole lot of my sleeping pills", "OVERDOSE", True),
    ("en-US", "i think he took the lot of his oxycodone pills", "OVERDOSE", True),
    ("en-US", "i can't stand sitting or lying around all day", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "i can't really sit, stand or lie down comfortably", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i never fainted, but next thing i know i couldn't move", "FAINTING", False),
    ("en-US", "next thing she knows her phone is ringing", "FAINTING", False),
    ("en-US", "he was on the ladder and next thing he knows he's at the bottom of it", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the tram jerked to a stop and i grabbed the pole, i didn't fall", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i stuffed the laundry into the back of the car and drove home", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i slid the box into the back of my truck", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the dog jumped into the back of my truck", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i can't hold it steady, the pad keeps slipping off my back", "BLADDER_BOWEL", False),
    ("en-US", "i couldn't hold it any longer so i changed the baby's diaper first", "BLADDER_BOWEL", False),
    ("en-US", "the whole room lurched when i sat up", "DEHYDRATION_SIGNS", True),
    ("en-US", "my world tipped upside down when i lost my job", "DEHYDRATION_SIGNS", False),
    ("en-US", "i have an old spinal injury, no new fall", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he can't even transfer from the bed to the commode", "CANNOT_MOVE", True),
    ("en-US", "i can't transfer the appointment online", "CANNOT_MOVE", False),
    ("en-US", "i can't transfer to another bank", "CANNOT_MOVE", False),
    ("en-US", "he couldn't transfer schools because of his back", "CANNOT_MOVE", False),
    ("en-US", "nothing gives me a break these days, my kids, my job", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "me pegué bien feo en la espalda con la orilla de la tina", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me pegué al bajar de la troca", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me pegué cuando iba bajando las escaleras", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me di bien feo contra el piso", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se pegó fuerte a la botella desde que lo dejó la esposa", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me pegué horrible a la novela anoche", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "nos pegamos fuerte al trabajo toda la semana", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "creo que me pegué fuerte pero no me acuerdo bien", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me di un palo contra la mesa y se me torció la espalda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me di un palo después del trabajo para relajarme", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "se dio un palo de whisky", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me pegué un palo bien bueno en la fiesta", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no sé si sea el pecho o la espalda lo que me duele", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "me puse la pomada en la espalda y también el pecho porque tengo gripa", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "no creo que sea el pecho, es la espalda", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "no le sale su orina desde anoche", "BLADDER_BOWEL", True),
    ("es-US", "se orina normal, no se ha mojado", "BLADDER_BOWEL", False),
    ("es-US", "se orina bien seguido y no lo aguanta", "BLADDER_BOWEL", True),
    ("es-US", "me orino bien seguido sin darme cuenta", "BLADDER_BOWEL", True),
    ("es-US", "está que se quema, le puse la mano en la frente", "FEVER", True),
    ("es-US", "tiembla debajo de las cobijas aunque hace calor", "FEVER", True),
    ("es-US", "tiemblo bajo las cobijas toda la noche", "FEVER", True),
    ("es-US", "estoy que me quemo de coraje con el seguro", "FEVER", False),
    ("es-US", "la comida está que se quema, apágale", "FEVER", False),
    ("es-US", "la casa está que se quema del calor, no hay aire", "FEVER", False),
    ("es-US", "la agruras me queman por dentro", "FEVER", False),
    ("es-US", "me quemo por dentro del coraje", "FEVER", False),
    ("es-US", "el niño tiembla debajo de la cobija de miedo a la tormenta", "FEVER", False),
    ("es-US", "ni con la inyección se me calma el dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni con el masaje se le quita", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni con el té se me calma la tos", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "ni con el masaje se quita, pero con el reposo sí", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "tengo la espalda negra y verde del golpe", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "llevaba una faja negra y azul en la cintura", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "me puse la camiseta verde y amarilla del Tri y me dolió la espalda", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "la cobija azul y verde que tengo en la espalda", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "a dor vai para a perna", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "a dor desce pela perna esquerda", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "el dolor seba a la pierna", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "ya terminó las quimios el año pasado", "CANCER_HISTORY", True),
    ("es-US", "le encontraron algo en el seno el mes pasado", "CANCER_HISTORY", True),
    ("es-US", "le encontraron una bolita en el pecho", "CANCER_HISTORY", True),
    ("es-US", "a mi esposo le encontraron algo malo en la próstata", "CANCER_HISTORY", True),
    ("es-US", "en el taller encontraron algo malo en los frenos", "CANCER_HISTORY", False),
    ("es-US", "encontraron algo malo en la computadora", "CANCER_HISTORY", False),
    ("es-US", "le encontraron algo en la sangre, una infección", "CANCER_HISTORY", False),
    ("es-US", "encontraron algo en el pecho pero no sé qué es", "CANCER_HISTORY", True),
    ("es-US", "en la casa encontraron algo malo en la tubería", "CANCER_HISTORY", False),
    ("es-US", "no puede, se queda tirado en el piso", "CANNOT_MOVE", True),
    ("es-US", "no me duele, se me quedan dormidas las piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "no sé, se me durmió la pierna", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "no hay donde sentarme, se me entumen las piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "no me caí, me quedé tirado en el piso porque no me podía levantar", "CANNOT_MOVE", True),
    ("es-US", "no hay donde sentarme, se me entumen las piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "no tengo donde acostarme, se me duermen las dos piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "no encuentro donde estacionarme, se me va el aire", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "a lo mejor sea el pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "le encontraron un bulto en el seno y están esperando la biopsia", "CANCER_HISTORY", True),
    ("es-US", "le encontraron algo en los ganglios", "CANCER_HISTORY", True),
    ("es-US", "le encontraron algo en el pulmón, creo que pulmonía", "CANCER_HISTORY", False),
    ("es-US", "no le sale su orina y tiene la panza dura", "BLADDER_BOWEL", True),
    ("es-US", "no le sale el orín", "BLADDER_BOWEL", True),
    ("es-US", "me pegué al subir al camión y se me torció la espalda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me pegue feo con la puerta del carro", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se pegó duro a estudiar para el examen", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me pegué fuerte a la tele toda la tarde", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "nos pegamos cuando éramos niños, nada serio", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no sé si ni con la inyección se me calma", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "tiembla debajo de las cobijas y suda", "FEVER", True),
    ("es-US", "me compré una silla de espalda negra y verde", "SWELLING_OR_SPREADING_PAIN", False),
])
def test_the_ca_round_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The CD, CE and Spanish BU, BV sets' misses, and the CC and Spanish BT fresh sets', as classes in other words: the
    # ground that came up to meet someone; slid off the bed; came down faster than one went up; cold and shaking, hot
    # and cold; better off not waking up; a car clipped by one that ran a light; an inability listed on to walking;
    # a misstep off an edge; a life easier not to wake up to.
    ("en-US", "she was hanging laundry and the ground came up at her", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the sidewalk rose up to meet him on the ice", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "grandpa slid out of the bed in the night", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he climbed the silo and came down quicker than he went up", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my wife is freezing and shaking under the blankets", "FEVER", True),
    ("en-US", "she went hot and cold all night", "FEVER", True),
    ("en-US", "i think everyone would be better off if i didn't exist", "SELF_HARM", True),
    ("en-US", "a pickup ran a red light and hit our van", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i can't bend to tie my boots or even stand at the sink", "CANNOT_STAND_WALK", True),
    ("en-US", "he stepped off the loading dock wrong", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my back went pop like a rubber band", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("en-US", "remind me to check the pot roast", "FEVER", False),
    # Spanish: covers that don't take the cold away; neither pills nor the heating pad; pain under the breasts; taken
    # out of bed by two; so much pain there's no sleep; a collision in a game; chest or back; bones said thin apart;
    # strength gone from the legs; rest tried and the pain stays; crawling somewhere; worse than kidney stones; woke
    # up on the floor; hit from behind with "pegar"; a cramp as a likeness is no sign.
    ("es-US", "se tapa con varias cobijas y no se le quita el frío", "FEVER", True),
    ("es-US", "ni con dos tylenol ni con la bolsa de agua caliente se le calma", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "el dolor le llega debajo de los senos", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "a mi papá lo tuvieron que sacar de la cama entre dos", "CANNOT_MOVE", True),
    ("es-US", "le duele tanto que no ha pegado el ojo", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "mi hijo se dio un encontronazo jugando fútbol", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no sé si es el pecho o la espalda lo que le duele", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "de los huesos me dijeron que los tengo frágiles", "OSTEOPOROSIS", True),
    ("es-US", "a mi esposa se le fue la fuerza de las piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "ya repose dos días y no se me quita", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "mi suegra se arrastra hasta el baño", "CANNOT_STAND_WALK", True),
    ("es-US", "es como el parto pero peor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "mi tío amaneció en el piso de la sala", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "una camioneta nos pegó por detrás", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se siente como un calambre pero en la espalda", "SUDDEN_WEAKNESS_NUMBNESS", False),
])
def test_classes_of_sets_cd_ce_and_spanish_bu_bv(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The fresh CF and Spanish BW sets' misses as classes, in other words: remedies tried and every bit as bad; legs
    # that won't swing out; the recogniser's "canser"; went right over backwards; bumped by a forklift; laid out on
    # the floor ("tendido"); not even a tickle; a hip that went out; English "going down" inside Spanish; something
    # that struck the back.
    ("en-US", "we tried ice heat and tylenol and it's just as bad", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "my wife couldn't swing her legs out of bed", "CANNOT_MOVE", True),
    ("en-US", "my dad had canser in his prostate", "CANCER_HISTORY", True),
    ("en-US", "the chair tipped and he went right over backwards", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he got bumped by the pallet jack at work", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi mamá quedó tendida en el suelo de la cocina", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el tylenol ni cosquillas le hace", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "se le fue la rodilla bajando la escalera", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "el dolor va going down a mis piernas", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "en el trabajo me pegó algo en la cintura", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me quedé sentada en el piso jugando con el niño", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_sets_cf_and_spanish_bw(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The thirteenth clinician-style review of the CD round's classes, in its own words: "next thing i know" is a faint
    # only with someone found down; thrown by a lurch, not "threw my back out" or "threw up"; a missed boat is an idiom;
    # hot and cold of the weather; "let alone" and "or even" only after a real inability; a life not lived only where
    # the clause ends there, and never a denial of the thought; in Spanish "encontronazo" only in a game or a car, a
    # shirt's colours and "de espalda", sleeping on the floor on purpose, "arrastró" (dragged), covers on a cold night,
    # tiredness that rest didn't take away, the chest or the thigh of a chicken, thin arms, a dog's urine, a motor's
    # strength; and something bad found in a lung, the colon or the blood is cancer history again.
    ("en-US", "honestly it would be easier not to wake up at all", "SELF_HARM", True),
    ("en-US", "some nights i think i'd be better off not living", "SELF_HARM", True),
    ("en-US", "everyone would be better off if i wasn't here", "SELF_HARM", True),
    ("en-US", "it would be simpler if i didn't exist anymore", "SELF_HARM", True),
    ("en-US", "my family would be better off if i was gone", "SELF_HARM", True),
    ("en-US", "my family would be better off if i were gone", "SELF_HARM", True),
    ("en-US", "it'd be more peaceful not to be alive", "SELF_HARM", True),
    ("en-US", "sometimes i think it would be easier to just not wake up", "SELF_HARM", True),
    ("en-US", "the pain is so bad i think it'd be better not being around", "SELF_HARM", True),
    ("en-US", "i feel like they'd be better off without me", "SELF_HARM", True),
    ("en-US", "i guess it would be easier if i just didn't wake up tomorrow", "SELF_HARM", True),
    ("en-US", "it's better not to wake up the baby when i get up at night", "SELF_HARM", False),
    ("en-US", "it's easier not to wake up my wife so i sleep on the couch", "SELF_HARM", False),
    ("en-US", "it is better not to wake up early on weekends", "SELF_HARM", False),
    ("en-US", "it's easier not to live near the highway because of the noise", "SELF_HARM", False),
    ("en-US", "the doctor said it's better not to live alone after surgery", "SELF_HARM", False),
    ("en-US", "it's easier not to be around the kids when my back is like this", "SELF_HARM", False),
    ("en-US", "no, i have never felt i'd be better off not living", "SELF_HARM", False),
    ("en-US", "i don't think it would be easier not to be alive, i'm not suicidal", "SELF_HARM", False),
    ("en-US", "it'd be easier not to wake up the kids, they need their sleep", "SELF_HARM", False),
    ("en-US", "i was in so much pain i took the lot of my pain pills", "OVERDOSE", True),
    ("en-US", "she swallowed the lot, the whole bottle of tramadol", "OVERDOSE", True),
    ("en-US", "i took the lot, all the muscle relaxers at once", "OVERDOSE", True),
    ("en-US", "the pharmacist said take the lot of these pills over ten days", "OVERDOSE", False),
    ("en-US", "i didn't take the lot, just two pills", "OVERDOSE", False),
    ("en-US", "no i haven't swallowed the lot of pills, just one tablet", "OVERDOSE", False),
    ("en-US", "i will take the lot of my meds to the disposal", "OVERDOSE", False),
    ("en-US", "i stepped off the porch wrong and landed on my back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "stepped off the ladder wrong and twisted", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i missed the landing at the top of the stairs and went down hard", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he stepped wrong off the loading dock", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i stepped off the deck and went down on my tailbone", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i missed the last rung of the ladder and fell", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i missed the boat on getting my flu shot this year", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "we stepped off the boat and went to lunch on the dock", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i stepped off the stage and went home after the concert", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i missed the platform change and missed my train", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i stepped off the bus and went straight to work", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i did not step off the porch wrong, it just started hurting", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i fell into the ditch walking home and hit my back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he slipped and fell in the creek onto the rocks", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my phone fell in the pool", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my keys fell into the lake off the dock", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the dog fell in the pond chasing ducks", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i didn't fall in the water, i just got splashed", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the bus braked hard and i was thrown into the pole", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the train jerked and i went flying across the aisle", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the subway stopped short and threw me into the door", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i was on the bus when it stopped and i got flung into the seat", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i've thrown my back out again so i take the bus to work", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i threw my back out running for the train", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i wasn't thrown, the bus just stopped gently", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i was never thrown or knocked down on the bus", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the spasm threw me to the floor", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the horse threw him to the ground", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i threw my mat to the floor and did my stretches", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "a truck slammed into the back of my car at the light", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "some guy plowed into the back of us on the freeway", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a guy rear ended my car at the light yesterday", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a deer hit my truck on the highway", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a guy ran a red light and hit us", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "someone t boned our car at the intersection", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "nobody hit my car, it's just a spasm", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i was not rear ended, i just bent over wrong", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "we got shunted into the back by a van at the lights", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a baseball got me square in the back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the puck got me right in the ribs", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the ball got me right in the feels when my kid scored", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the ball didn't get me square, it missed", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i was carrying laundry and next thing i was at the bottom of the stairs", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "next thing she knew she was lying at the bottom of the steps", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "next thing i know i ended up at the bottom of the basement stairs", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i stood up from the toilet and next thing i know i'm on the floor", "FAINTING", True),
    ("en-US", "i was at the sink and next thing i know my wife is shaking me", "FAINTING", True),
    ("en-US", "the floor came up to meet me", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the ground came up at me and i landed on my back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the pavement rose up to meet me", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the ice came up to meet me on the driveway", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "when i tilled the garden the ground came up in big clumps", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the ground came up soft after the rain so i planted the roses", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the floor did not come up to meet me, i caught myself on the counter", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i slid off the bed onto the floor and couldn't get up", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "grandma slid out of bed last night and we found her on the floor", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he slid off the bed onto the floor during the night", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i put the ice pack on the chair but it slid off it", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i didn't slide off the bed, i got down on purpose", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i came down the ladder a lot faster than i went up", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he came off the roof quicker than he went up", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i took the fast way down the stairs", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "we took the fast way down the mountain on the gondola", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the elevator came down faster than i went up the stairs", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i've been cold and shaking all night", "FEVER", True),
    ("en-US", "she's freezing and shaking under three blankets", "FEVER", True),
    ("en-US", "i keep going hot and cold", "FEVER", True),
    ("en-US", "i've had hot and cold sweats since yesterday", "FEVER", True),
    ("en-US", "i'm shivering and cold even with the heat on", "FEVER", True),
    ("en-US", "i feel like i have the chills", "FEVER", True),
    ("en-US", "the weather keeps going hot and cold this week", "FEVER", False),
    ("en-US", "the shower goes hot and cold when someone flushes", "FEVER", False),
    ("en-US", "our relationship goes hot and cold", "FEVER", False),
    ("en-US", "i'm not cold and shaking, just sore", "FEVER", False),
    ("en-US", "i made a pot roast and then my back went", "FEVER", False),
    ("en-US", "i was roasting under the blanket with a fever", "FEVER", True),
    ("en-US", "i'm roasting, i think i have a temperature", "FEVER", True),
    ("en-US", "i can't transfer from the bed to the wheelchair", "CANNOT_MOVE", True),
    ("en-US", "she can't even transfer to the toilet anymore", "CANNOT_MOVE", True),
    ("en-US", "i can't transfer him from the chair by myself", "CANNOT_MOVE", True),
    ("en-US", "my husband can't transfer by himself anymore", "CANNOT_MOVE", True),
    ("en-US", "i could not transfer my mom to bed last night", "CANNOT_MOVE", True),
    ("en-US", "i'm frozen halfway out of the chair", "CANNOT_MOVE", True),
    ("en-US", "i'm frozen halfway up the stairs and can't move", "CANNOT_MOVE", True),
    ("en-US", "i was frozen halfway between sitting and standing", "CANNOT_MOVE", True),
    ("en-US", "i'm stuck frozen halfway bent", "CANNOT_MOVE", True),
    ("en-US", "i can't transfer money from my account", "CANNOT_MOVE", False),
    ("en-US", "the video froze halfway through", "CANNOT_MOVE", False),
    ("en-US", "i can transfer from the bed to the chair fine", "CANNOT_MOVE", False),
    ("en-US", "i can't go up or down the stairs", "CANNOT_STAND_WALK", True),
    ("en-US", "i can't go up or down the steps at all", "CANNOT_STAND_WALK", True),
    ("en-US", "i can't get up or down the stairs", "CANNOT_STAND_WALK", True),
    ("en-US", "i can't sit or even stand", "CANNOT_STAND_WALK", True),
    ("en-US", "i can barely sit, let alone walk", "CANNOT_STAND_WALK", True),
    ("en-US", "he can hardly lie down let alone stand up", "CANNOT_STAND_WALK", True),
    ("en-US", "the elevator can't go up or down the shaft when it's broken", "CANNOT_STAND_WALK", False),
    ("en-US", "he couldn't care less if i drive or even walk to the store", "CANNOT_STAND_WALK", False),
    ("en-US", "the baby can't talk yet, let alone walk", "CANNOT_STAND_WALK", False),
    ("en-US", "hard to say if i'll drive or even walk there tomorrow", "CANNOT_STAND_WALK", False),
    ("en-US", "i can't afford a gym, let alone walk on a treadmill there", "CANNOT_STAND_WALK", False),
    ("en-US", "i can sit, stand, or even walk without trouble", "CANNOT_STAND_WALK", False),
    ("en-US", "i can go up and down the stairs okay", "CANNOT_STAND_WALK", False),
    ("en-US", "i'm too dizzy to stand", "CANNOT_STAND_WALK", True),
    ("en-US", "i can't sit, lie down or stand", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i can't lie down sit or stand, nothing helps", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "nothing gives me a break from the pain", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "nothing gives me a break from it", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "nothing gives me a break, it hurts nonstop", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "nothing gives him any relief", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "nothing gives me a break from work lately", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "i can sit, lie down or stand without a problem", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "i chucked up my breakfast twice", "DEHYDRATION_SIGNS", True),
    ("en-US", "she's been chucking up her food all day", "DEHYDRATION_SIGNS", True),
    ("en-US", "he chucked up his dinner", "DEHYDRATION_SIGNS", True),
    ("en-US", "i chuck up my lunch every time i eat", "DEHYDRATION_SIGNS", True),
    ("en-US", "i've been chucking up since this morning", "DEHYDRATION_SIGNS", True),
    ("en-US", "i just chuck it up to getting old", "DEHYDRATION_SIGNS", False),
    ("en-US", "he chucked up the ball from half court", "DEHYDRATION_SIGNS", False),
    ("en-US", "i chuck up my hands and give up on this back", "DEHYDRATION_SIGNS", False),
    ("en-US", "i chucked it all up to stress", "DEHYDRATION_SIGNS", False),
    ("en-US", "i haven't chucked up anything", "DEHYDRATION_SIGNS", False),
    ("en-US", "the room swayed when i stood up", "DEHYDRATION_SIGNS", True),
    ("en-US", "my world was spinning when i got up", "DEHYDRATION_SIGNS", True),
    ("en-US", "i can't hold it, i keep wetting myself", "BLADDER_BOWEL", True),
    ("en-US", "i can't hold it in anymore, i keep leaking pee", "BLADDER_BOWEL", True),
    ("en-US", "i can't hold it long enough to make it to the bathroom", "BLADDER_BOWEL", True),
    ("en-US", "i can't hold it and had to change my pants twice", "BLADDER_BOWEL", True),
    ("en-US", "i've wet my clothes twice today without feeling it", "BLADDER_BOWEL", True),
    ("en-US", "i peed through my depends and didn't notice", "BLADDER_BOWEL", True),
    ("en-US", "i can't hold it together, i'm crying all the time", "BLADDER_BOWEL", False),
    ("en-US", "my hand shakes so i can't hold it steady", "BLADDER_BOWEL", False),
    ("en-US", "i can't hold it up over my head, it's too heavy", "BLADDER_BOWEL", False),
    ("en-US", "i can't hold it in my hand, the cup is too hot", "BLADDER_BOWEL", False),
    ("en-US", "i can't hold it still long enough to take the picture", "BLADDER_BOWEL", False),
    ("en-US", "i can hold it fine, no accidents", "BLADDER_BOWEL", False),
    ("en-US", "a wave of pain hit me and i had to sit down", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "a wave knocked me over at the beach and i landed on my back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a wave of dizziness hit me and i fell down the stairs", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my legs are like a rubber band, they just give out", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "i felt something snap like a rubber band in my back", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("en-US", "it felt like a rubber band popped", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("en-US", "my leg suddenly went weak like a rubber band and i dropped", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "i threw up on the bus this morning", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i threw up twice on the train ride home", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i flung my bag onto the bus seat and my back seized", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i think i slid off the bed, i woke up on the floor", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "maybe the floor came up to meet me, i don't remember", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "sometimes i wonder if everyone would be better off if i wasn't here", "SELF_HARM", True),
    ("en-US", "i never said i'd be better off not waking up", "SELF_HARM", False),
    ("en-US", "i'm not thinking it would be better not to live", "SELF_HARM", False),
    ("en-US", "i'd be better off not living with my sister, she's so loud", "SELF_HARM", False),
    ("en-US", "i'm not freezing and shaking, just stiff", "FEVER", False),
    ("en-US", "she can't transfer to the commode without two people", "CANNOT_MOVE", True),
    ("en-US", "i'm frozen halfway down, bent over the sink", "CANNOT_MOVE", True),
    ("en-US", "i could not get up or down the stairs without help", "CANNOT_STAND_WALK", True),
    ("en-US", "i can't get up or down off the toilet", "CANNOT_STAND_WALK", True),
    ("es-US", "ni con advil ni con tylenol se me calma", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni con la almohadilla caliente se me calma el dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni con el hielo ni con el calor se calma", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni con las pastillas se me quita", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni con el advil se le quita", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni con la pomada se quita", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "si se me calma con el advil y el calor", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "con la almohadilla caliente se me calma bastante", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "no es que ni con advil se me calme, si me ayuda un poco", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "me duele tanto que no he pegado el ojo", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "le duele tanto que no puede dormir", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "es tanto el dolor que no pude dormir nada", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "me duele tan feo que no duermo", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no me duele tanto que no pueda dormir", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "no me duele tanto, si puedo dormir", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "me vuelvo loca del dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "se vuelve loco del dolor en las noches", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "me vuelvo loca con los niños gritando todo el dia", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "descanse tres dias y no se me quita", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "he reposado toda la semana y no se me calma", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "hago reposo y no se alivia nada", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "descanse pero no se me quita el cansancio", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "descanse el fin de semana y no se me quita el sueno", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "descanso los domingos y no se me quita lo flojo", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "descanse y ya se me quito", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "es como el parto pero peor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "tuve piedras en el rinon y esto es igual pero peor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "es como los calculos pero peor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no es como el parto pero peor, es mas leve", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "mi hermana tuvo dos cesareas, la primera bien y la segunda igual pero peor de recuperacion", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "el dolor me corre hasta debajo de los senos", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "me agarra por la espalda y llega debajo del pecho por los lados", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "me duele la espalda y se me pasa hasta las costillas", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "tengo un sarpullido debajo de los senos por el brasier", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "me sale sudor debajo de los senos con el calor", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "no me corre hasta debajo de los senos, solo en la cintura", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "tengo la espalda negra y morada del golpe", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "me cai de espalda, negra y morada me quedo", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "se cayo de espalda y quedo negra y morada", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "tengo una camiseta negra y morada y me duele la espalda", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "me puse la faja negra y azul para la espalda", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "la silla negra y morada me lastima la espalda", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "no se si es el pecho o la espalda lo que me duele", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "me duele la espalda o el pecho, no se bien", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "tambien el pecho me duele", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "hoy en el gimnasio me toca entrenar el pecho o la espalda", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "para la cena que compro, es el pecho o el muslo del pollo", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "no es el pecho, es la espalda baja", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "no creo que sea el pecho, es el musculo de la espalda", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "no me duele el pecho", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "el doctor dice que los huesos los tengo delgados", "OSTEOPOROSIS", True),
    ("es-US", "a mi mama le dijeron que los huesos los tiene fragiles", "OSTEOPOROSIS", True),
    ("es-US", "los huesos los tengo debiles por la menopausia", "OSTEOPOROSIS", True),
    ("es-US", "me duelen los huesos de la espalda, los brazos los tengo flacos", "OSTEOPOROSIS", False),
    ("es-US", "mis perros comen huesos, los tengo flacos porque no comen bien", "OSTEOPOROSIS", False),
    ("es-US", "no, los huesos no los tengo debiles", "OSTEOPOROSIS", False),
    ("es-US", "me encontraron algo malo en el seno hace dos anos", "CANCER_HISTORY", True),
    ("es-US", "le encontraron algo malo en el pulmon", "CANCER_HISTORY", True),
    ("es-US", "me encontraron algo malo en el colon el ano pasado", "CANCER_HISTORY", True),
    ("es-US", "le encontraron algo malo en la sangre", "CANCER_HISTORY", True),
    ("es-US", "encontraron algo malo en la prostata de mi esposo", "CANCER_HISTORY", True),
    ("es-US", "encontraron algo malo en el carro, el mecanico dice que es la transmision", "CANCER_HISTORY", False),
    ("es-US", "no me encontraron nada malo en el seno", "CANCER_HISTORY", False),
    ("es-US", "me pegaron por detras en el semaforo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "un camion le pego por detras a mi carro", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "una señora me pego con su camioneta en el estacionamiento cuando yo iba cruzando", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "nos dio por detras con la troca", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "la pego por detras con cinta el cartel", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "le pego con el carro al buzon de la esquina, no paso nada", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi hijo me pego por detras jugando", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no me pegaron por detras, nomas me agache mal", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me di un palo con el carro contra un poste", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "nos dimos un palo contra la barda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me di un palo con la moto", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "le pegue con un palo contra el piso a la cucaracha", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me di un palo con los amigos anoche", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me tome un palo de ron anoche", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me di un encontronazo con otro carro", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me di un trancazo en la espalda al caer", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me di un porrazo en las escaleras", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me di un golpazo contra el piso", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "tuve un encontronazo con mi jefe ayer", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "tuve un encontronazo con mi suegra por la comida", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no me di ningun golpazo, solo me agache", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "amaneci en el piso y no se como llegue ahi", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi papa amanecio tirado en el piso del bano", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "desperte en el piso junto a la cama", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "desperte en el piso porque ahi me acoste para la espalda", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "amaneci tirado en la cama sin ganas de nada", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "amaneci tirada en el sillon viendo la tele", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no amaneci en el piso, me dormi en la cama", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me pegue bien feo al bajar", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me pegue fuerte a la orilla de la mesa al caer", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me pegue duro a la dieta este mes", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me pegue bien fuerte a la hora de bajar la escalera", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "orino bien poquito desde ayer", "BLADDER_BOWEL", True),
    ("es-US", "orino casi nada aunque tomo agua", "BLADDER_BOWEL", True),
    ("es-US", "hace pipi muy poco y le duele la espalda", "BLADDER_BOWEL", True),
    ("es-US", "el perro orina muy poco desde que come croquetas", "BLADDER_BOWEL", False),
    ("es-US", "orino bien, sin problemas", "BLADDER_BOWEL", False),
    ("es-US", "no, orino normal, no es que orine muy poco", "BLADDER_BOWEL", False),
    ("es-US", "se me fue la fuerza de las piernas y me cai", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "perdi la fuerza de las piernas de repente", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "no tengo fuerza en las piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "a mi esposo se le bajo la fuerza del lado derecho", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "se me fue la fuerza de voluntad con la dieta", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "al motor se le bajo la fuerza en la subida", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "no se me fue la fuerza, nomas me duele", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "no perdi la fuerza de las piernas", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "si tengo fuerza en las piernas", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "siento las piernas sin fuerza", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "me da un calambre en la pierna y se me duerme", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "es como un calambre en la espalda", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "le agarra un calambre en la pantorrilla de noche", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "estoy tiritando debajo de las cobijas", "FEVER", True),
    ("es-US", "tiemblo bajo la frazada aunque hace calor", "FEVER", True),
    ("es-US", "esta temblando bajo las sabanas y tiene la frente caliente", "FEVER", True),
    ("es-US", "me quemo de fiebre", "FEVER", True),
    ("es-US", "tiene la frente que esta que se quema", "FEVER", True),
    ("es-US", "la frente esta que arde", "FEVER", True),
    ("es-US", "no se me quita el frio aunque estoy tapada", "FEVER", True),
    ("es-US", "me tapo con tres cobijas y sigo temblando", "FEVER", True),
    ("es-US", "tengo un frio que me cala los huesos y me duele la espalda", "FEVER", True),
    ("es-US", "tengo frio pero me quemo por dentro", "FEVER", True),
    ("es-US", "estoy que me quemo de la calentura", "FEVER", True),
    ("es-US", "temblando debajo de las cobijas de miedo por la tormenta", "FEVER", False),
    ("es-US", "en invierno me tapo con tres cobijas porque la casa es fria", "FEVER", False),
    ("es-US", "afuera hace un frio que cala", "FEVER", False),
    ("es-US", "hace un frio que me cala hasta los huesos en la troca", "FEVER", False),
    ("es-US", "me quemo de calor en la cocina", "FEVER", False),
    ("es-US", "hace tanto frio afuera que no se me quita el frio de las manos", "FEVER", False),
    ("es-US", "no tengo frio ni tiemblo debajo de las cobijas", "FEVER", False),
    ("es-US", "no tengo fiebre, no me quemo de calentura", "FEVER", False),
    ("es-US", "me tuvieron que sacar de la cama entre dos", "CANNOT_MOVE", True),
    ("es-US", "lo sacaron cargando de la cama porque no se podia mover", "CANNOT_MOVE", True),
    ("es-US", "a mi nino lo sacaron de la cama cargando dormido para el viaje", "CANNOT_MOVE", False),
    ("es-US", "no me tuvieron que sacar de la cama, me levante solo", "CANNOT_MOVE", False),
    ("es-US", "no me puedo agachar ni para amarrarme los zapatos", "CANNOT_MOVE", False),
    ("es-US", "no puedo voltear ni a ver a mi hijo", "CANNOT_MOVE", False),
    ("es-US", "no me puedo mover para nada, ni voltear", "CANNOT_MOVE", True),
    ("es-US", "no me puedo mover de la cama", "CANNOT_MOVE", True),
    ("es-US", "me arrastro para ir al bano", "CANNOT_STAND_WALK", True),
    ("es-US", "se arrastra al bano porque no puede caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "llegue arrastrandome hasta la puerta", "CANNOT_STAND_WALK", True),
    ("es-US", "tengo que ir arrastrandome al bano", "CANNOT_STAND_WALK", True),
    ("es-US", "no se si podre caminar manana", "CANNOT_STAND_WALK", True),
    ("es-US", "mi esposa me arrastro al doctor ayer", "CANNOT_STAND_WALK", False),
    ("es-US", "el perro me arrastro al parque", "CANNOT_STAND_WALK", False),
    ("es-US", "me arrastro para limpiar debajo de la cama cuando se cae algo", "CANNOT_STAND_WALK", False),
    ("es-US", "no me arrastro, camino despacio pero camino", "CANNOT_STAND_WALK", False),
    ("es-US", "no tengo quien me lleve al doctor", "PERSISTENT_PAIN", False),
    ("es-US", "no hay quien me lleve a la clinica", "PERSISTENT_PAIN", False),
    ("es-US", "no hay quien me ayude y no puedo caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "no hay quien me lleve y me cai en el bano", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no se donde me pegue pero me duele la espalda desde la caida", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no recuerdo cuando me cai", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no tengo quien me cuide y tengo fiebre", "FEVER", True),
    ("es-US", "no hay nadie donde vivo y no puedo pararme", "CANNOT_STAND_WALK", True),
    ("es-US", "no se cual pastilla tome, me tome todo el frasco", "OVERDOSE", True),
    ("es-US", "no hay quien me lleve, no me he caido", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no se quien me empujo pero me cai", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no me acuerdo donde me cai", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no tengo quien me ayude a levantarme del piso", "CANNOT_STAND_WALK", True),
    ("es-US", "no se me bajo la fuerza de las piernas", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "nunca he perdido la fuerza de las piernas", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "no, no tengo frio ni me tapo con cobijas", "FEVER", False),
    ("es-US", "no me arrastro al bano, camino bien", "CANNOT_STAND_WALK", False),
    ("es-US", "no descanse y no se me quita", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "no se si sea el pecho o la espalda", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "creo que es el pecho o el corazon", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "no se le fue la fuerza, solo esta cansado", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "me pegaron por detras con la troca y me duele el cuello", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me dio un trancazo un carro", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "a mi mama la tuvieron que sacar de la cama entre dos porque no se movia", "CANNOT_MOVE", True),
    ("es-US", "tiene los huesos fragiles, los tiene como de vidrio", "OSTEOPOROSIS", True),
    ("es-US", "me duele tanto que no duermo y ya tome de todo", "SEVERE_PAIN_NO_RELIEF", True),
])
def test_the_cd_round_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The last fresh measure (CG and Spanish BX, on the session's final state) found a normal temperature said and the
    # fever then denied raised, and "no hablo bien español" read as a stroke's speech; both are corrected, with a few of
    # its misses as classes (unmeasured on a fresh set): a temperature said before "tengo" or "y pico", a forehead that
    # burns, "made water" for urinating, a spill with an adjective, the recogniser's "shills", "echo" and "cosillas".
    ("es-US", "treinta y seis y medio tiene así que fiebre no es", "FEVER", False),
    ("es-US", "fiebre no tiene pero la fiebre no es lo que me preocupa", "FEVER", False),
    ("es-US", "mi papá no habla bien inglés y le duele la espalda", "HEART_ATTACK_STROKE", False),
    ("es-US", "de repente no puede hablar bien", "HEART_ATTACK_STROKE", True),
    ("es-US", "ciento uno tiene mi hijo desde anoche", "FEVER", True),
    ("es-US", "tiene treinta y nueve y pico", "FEVER", True),
    ("es-US", "la frente le arde a mi niña", "FEVER", True),
    ("es-US", "siento algo que me aprieta mi echo", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "grandpa hasn't made water all day", "BLADDER_BOWEL", True),
    ("en-US", "she took a nasty spill on the porch", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he's got the shills and a fever", "FEVER", True),
    ("en-US", "my back locked up tripping pipe on the rig", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_the_last_fresh_measure_cg_and_spanish_bx(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # What the last fresh measure left: someone on the floor who cannot get up (the Spanish WAS_ON rule, now in
    # English too, for a person who truly cannot), crying at every move (the one who cries is the one who moves),
    # "my water" for urine, a boat slamming a wave, a heavy load on the chest said as a likeness, and pills all
    # taken at one go.
    ("en-US", "grandma is on the kitchen floor and can't stand", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "dad is on the floor now fixing the sink", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he is on the floor stretching and can't get up easy", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he sobs whenever he moves", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i sob just rolling over", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "my daughter cries when i move", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "i cry every time i move house", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "the newborn cries when i move", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "his water comes out by itself now", "BLADDER_BOWEL", True),
    ("en-US", "i forgot my water bottle", "BLADDER_BOWEL", False),
    ("en-US", "the skiff slammed into a swell and i hit the console", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "we hit a big wave hard on the jet ski", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "where it hit, swelling came up fast", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "then a wave of tiredness hit", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "feels like a bag of cement on my chest", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "i set a bag of frozen peas on my chest", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "como un saco de papas sobre mi pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "tengo un saco de dormir en el carro", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "se me salen las lágrimas al voltearme en la cama", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "mi esposo llora cuando se levanta", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "llora la niña cuando me muevo", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "estoy ahorrando las pastillas para que me duren", None, False),
    ("es-US", "voy a tragármelas todas de golpe", "OVERDOSE", True),
    ("es-US", "dice que quiere tomárselas todas de una vez", "OVERDOSE", True),
    ("es-US", "puedo tomarme todas juntas en la mañana, la de la presión y el relajante", "OVERDOSE", False),
    ("es-US", "junté las pastillas para llevárselas al doctor", None, False),
    ("es-US", "la panga pegó contra una ola y me fui de espaldas", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_left_by_the_last_fresh_measure(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 22 (sets CH, CI and Spanish BY, BZ, first contact on the state before it): their misses as classes, said
    # in other words, as the fourteenth review left them. A long word split and misheard at once is joined to the
    # lexicon's nearest long word (two pieces at least no word, none a filler or one letter, within one letter, two
    # from twelve letters on); a chest "squeezy", regional vehicles, food brought up, a bed dropped out of, toes
    # that won't wiggle, tablets that do nothing at all, everything going fuzzy, legs gone from under, getting about
    # only with a frame, "feel like i could be sick", a modal between a horse and what it did; Spanish: nothing
    # makes it go, so much pain one cannot even move, a body gone limp, a few steps and a sit, not even half a
    # block, "no es capable", a bump on the road, "e calofrios". Taken back in review, with their false alarms
    # below: "spend a penny", "won't budge" of things, "sin pilas", "-ucho", "no es posible", two clitics as one verb.
    ("en-US", "she's got osteo pour rosis real bad", "OSTEOPOROSIS", True),
    ("en-US", "i was told i have scoli oh sis as a kid", "CHRONIC_BACK_CONDITION", True),
    ("en-US", "my grandson plays an ostinato on the piano", "OSTEOPOROSIS", False),
    ("en-US", "my chest feels all crushy", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "the ute rolled twice on the station track", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he's been flat on the kitchen floor an hour", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he keeps bringing up his food since the spasm", "DEHYDRATION_SIGNS", True),
    ("en-US", "grandad dropped out of bed last night", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "her foot won't wiggle when she tries", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "the garage door won't budge on one side", None, False),
    ("en-US", "i can't get my toes to move", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "the muscle relaxers did nothing at all", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "the doctor said rest and do nothing heavy", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "when i straighten up everything goes fuzzy", "DEHYDRATION_SIGNS", True),
    ("en-US", "the room goes dark when the movie starts", None, False),
    ("en-US", "his knees went from under him on the stairs", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she can only walk with her zimmer now", "CANNOT_STAND_WALK", True),
    ("en-US", "i can't spend a penny more on chiropractors", None, False),
    ("en-US", "i feel like i might be sick any minute", "DEHYDRATION_SIGNS", True),
    ("en-US", "my son might be sick, he has a runny nose", None, False),
    ("en-US", "the bull must've pinned him against the gate", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i take three steps and i have to sit", "CANNOT_STAND_WALK", True),
    ("en-US", "couldn't even walk to the corner", "CANNOT_STAND_WALK", True),
    ("en-US", "i walked to the corner and back no problem", "CANNOT_STAND_WALK", False),
    ("es-US", "el dolor no se quita con nada de lo que le doy", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "le duele tan feo que ni puede moverse", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "me duele tanto que no puedo ni trabajar", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "no me duele tanto que no pueda trabajar", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "mi abuela anda con todo el cuerpo flojo desde ayer", "DEHYDRATION_SIGNS", True),
    ("es-US", "el control remoto está sin pilas", None, False),
    ("es-US", "camina tres pasos y tiene que sentarse", "CANNOT_STAND_WALK", True),
    ("es-US", "mi papá no camina ni media cuadra", "CANNOT_STAND_WALK", True),
    ("es-US", "el camión no llega ni a la esquina", "CANNOT_STAND_WALK", False),
    ("es-US", "mi mamá no es capable de pararse sola", "CANNOT_STAND_WALK", True),
    ("es-US", "nos pegamos feo con otra troca en la carretera", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "nos dimos duro en el gimnasio y hoy tengo espasmos", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi hijo es muy debilucho", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "ni fiebre ni e calofrios tiene", "FEVER", False),
])
def test_classes_of_sets_ch_ci_and_spanish_by_bz(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The fresh measure of round 22's fixes (CJ and Spanish CA): a sign that will not go away is there (the negation
    # denies its going: "no se me quita la fiebre", "can't get rid of this fever"; Spanish "no se me baja / no se me
    # va" also say pain does not spread, so only "quitar" and a fever that will not come down count), "has not peed"
    # with a time, hot all over, a vehicle bumped, "time to breathe" as an idiom, cold and sweating at once,
    # "nada de pipí", rest that took nothing away, "ni con ... se me quita", a truck that grazed a post.
    ("es-US", "no se le quita el dolor del pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "no se me baja la calentura desde ayer", "FEVER", True),
    ("es-US", "el dolor no se me baja a las piernas, se queda en la cintura", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "no se me va al pecho, nomás la espalda", "PAIN_SPREADING_CHEST", False),
    ("es-US", "no tengo fiebre y no se me quita el espasmo", "FEVER", False),
    ("en-US", "we can't get rid of his fever", "FEVER", True),
    ("en-US", "the advil doesn't bring her fever down", "FEVER", True),
    ("en-US", "i didn't bring my thermometer and i don't have a fever", "FEVER", False),
    ("en-US", "grandpa hasn't peed since breakfast", "BLADDER_BOWEL", True),
    ("en-US", "he hasn't wet himself", "BLADDER_BOWEL", False),
    ("en-US", "she says she's hot all over and shaky", "FEVER", True),
    ("en-US", "a truck bumped our van in the parking lot", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "with three kids i hardly get a minute to breathe", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "tiene frío y al mismo tiempo está todo sudado", "FEVER", True),
    ("es-US", "desde anoche no ha hecho nada de pipí", "BLADDER_BOWEL", True),
    ("es-US", "la pomada no le ha quitado nada", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni con el parche ni con las pastillas se le calma", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "el carro rozó la banqueta al estacionarme", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "la troca se estrelló contra el poste y sentí el jalón", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_the_fresh_measure_cj_and_spanish_ca(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The fourteenth review (an emergency physician's eye, 342 sentences of its own on the round 22 change): what
    # it found the change read right (# NEW, # ok), and each false alarm or lost sign it found (# review NEW),
    # corrected: fillers and one-letter pieces never join ("he was um conscious"), crying only when the one who
    # cries moves, no "is on the floor now" alone, no real sandbag, no "drop off the bed linen", no casino "big one".
    ("en-US", "my dad is on the floor and he can't get up", "SERIOUS_FALL_ACCIDENT", True),  # NEW
    ("en-US", "my husband is down on the ground and can't get up", "SERIOUS_FALL_ACCIDENT", True),  # NEW
    ("en-US", "Mom's on the kitchen floor and she can't stand up", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "she was on the floor when I got home and couldn't get up", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "grandma's been on the floor for an hour, she can't get up", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "I'm flat on the floor and can't get up", "CANNOT_MOVE", True),  # ok
    ("en-US", "she cries every time she moves", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("en-US", "he screams whenever he tries to move", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "I'm in tears every time I move", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "he yells out in pain when he rolls over", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "my water just comes out on its own", "BLADDER_BOWEL", True),  # NEW
    ("en-US", "my water has been coming out on its own since the spasm started", "BLADDER_BOWEL", True),  # NEW
    ("en-US", "I keep wetting myself, it just comes out", "BLADDER_BOWEL", True),  # ok
    ("en-US", "we slammed into a wave on the boat and my back hasn't been right", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "the boat came down hard off a wave and I landed on my tailbone", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "I was thrown around the boat in rough water", "SERIOUS_FALL_ACCIDENT", True),  # NEW
    ("en-US", "it feels like a sack of potatoes on my chest", "CHEST_PAIN_OR_BREATHING", True),  # NEW
    ("en-US", "feels like a bag of cement sitting on my chest", "CHEST_PAIN_OR_BREATHING", True),  # ok
    ("en-US", "my chest feels crushy", "CHEST_PAIN_OR_BREATHING", True),  # NEW
    ("en-US", "my chest is all squeezy", "CHEST_PAIN_OR_BREATHING", True),  # NEW
    ("en-US", "I've been saving up my pills so I can take them all at once", "SELF_HARM", True),  # ok
    ("en-US", "I've been stockpiling my painkillers", "SELF_HARM", True),  # ok
    ("en-US", "our RV rolled over on the highway", "SERIOUS_FALL_ACCIDENT", True),  # NEW
    ("en-US", "a taxi hit me when I was crossing the street", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "we were in a minibus that crashed", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "I've been bringing up my food all day", "DEHYDRATION_SIGNS", True),  # ok
    ("en-US", "my tummy is turning and I feel like I might be sick", "DEHYDRATION_SIGNS", True),  # NEW
    ("en-US", "when I stand up everything goes fuzzy", "DEHYDRATION_SIGNS", True),  # NEW
    ("en-US", "everything went grey and I had to sit down", "FAINTING", True),  # ok
    ("en-US", "I can't get my toes to wiggle on my right foot", "SUDDEN_WEAKNESS_NUMBNESS", True),  # NEW
    ("en-US", "my toes won't wiggle", "SUDDEN_WEAKNESS_NUMBNESS", True),  # NEW
    ("en-US", "my legs went from under me", "SUDDEN_WEAKNESS_NUMBNESS", True),  # NEW
    ("en-US", "the painkillers do nothing", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("en-US", "the tablets did nothing at all", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("en-US", "ibuprofen does nothing for it", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "I can only get around with my walking frame since the spasm started", "CANNOT_STAND_WALK", True),  # NEW
    ("en-US", "I can only walk with my zimmer frame now", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "I walk ten steps and I have to stop", "CANNOT_STAND_WALK", True),  # NEW
    ("en-US", "I can't walk half a block without stopping", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "I can't make it to the end of the driveway", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "I can't spend a penny, nothing comes out", "BLADDER_BOWEL", True),  # ok
    ("en-US", "she has ostio pour osis and her back hurts", "OSTEOPOROSIS", True),  # NEW
    ("en-US", "I have spondy low sis in my lower back", "CHRONIC_BACK_CONDITION", True),  # NEW
    ("en-US", "I've been nausee ated all morning", "DEHYDRATION_SIGNS", True),  # NEW
    ("en-US", "he was unconscious for a minute after he fell", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "he was unconscious for a minute", "FAINTING", True),  # ok
    ("en-US", "the spot where the ball hit swelled up and it's bruised", "SWELLING_OR_SPREADING_PAIN", True),  # ok
    ("en-US", "the chair slid out from under me and I landed on my back", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "the baby cries when I move", None, False),  # ok
    ("en-US", "I didn't spend a penny, the clinic was free", None, False),  # ok
    ("en-US", "my phone dropped off the bed", None, False),  # ok
    ("en-US", "I drive a taxi and my back spasms by the end of the shift", None, False),  # ok
    ("en-US", "I've been lying flat on the floor doing my stretches", None, False),  # ok
    ("en-US", "I must have fallen asleep on the heating pad", None, False),  # ok
    ("en-US", "I hit the big one on the slot machine", None, False),  # ok
    ("en-US", "I get a wave of tiredness every afternoon", None, False),  # ok
    ("en-US", "I stood up to do the wave at the game and my back spasmed", None, False),  # ok
    ("en-US", "I dropped my water bottle and my back seized when I bent to get it", None, False),  # ok
    ("en-US", "My water bottle leaks out in my bag", None, False),  # ok
    ("en-US", "I slept in a sleeping bag at the campsite and my back is stiff", None, False),  # ok
    ("en-US", "No, she isn't on the floor, she's sitting in her chair", None, False),  # ok
    ("en-US", "He's not on the floor anymore, we got him into bed and he can walk", None, False),  # ok
    ("en-US", "He doesn't cry when he moves, he's just stiff", None, False),  # ok
    ("en-US", "She's not crying when she moves anymore", None, False),  # ok
    ("en-US", "No crying when I move, just stiffness", None, False),  # ok
    ("en-US", "My water doesn't leak out, I can hold it fine", None, False),  # ok
    ("en-US", "I'm not bringing up my food, I'm eating fine", None, False),  # ok
    ("en-US", "Nothing goes fuzzy when I stand up", None, False),  # ok
    ("en-US", "My toes wiggle fine", None, False),  # ok
    ("en-US", "My legs didn't go from under me, I just sat down slowly", None, False),  # ok
    ("en-US", "We didn't hit any waves, the water was calm", None, False),  # ok
    ("en-US", "I'm not saving up my pills, I take them as prescribed", None, False),  # ok
    ("en-US", "no fever, no chills", None, False),  # ok
    ("en-US", "I don't use a walking frame, I walk fine", None, False),  # ok
    ("en-US", "don't fret, gently stretch your back twice a day", None, False),  # ok
    ("en-US", "I heard on uh a radio station that stretching helps", None, False),  # ok
    ("en-US", "I've had a spasm since um yesterday", None, False),  # ok
    ("en-US", "I work at Walmart stocking shelves", None, False),  # ok
    ("en-US", "I went to Disneyland and my back seized on the teacups", None, False),  # ok
    ("en-US", "I live in Albuquerque and work construction", None, False),  # ok
    ("en-US", "my physiotherapist Anastasia showed me stretches", None, False),  # ok
    ("en-US", "I use Salonpas patches and Voltaren gel", None, False),  # ok
    ("en-US", "I must have slept wrong", None, False),  # ok
    ("en-US", "I think I may have pulled something lifting the dog", None, False),  # ok
    ("en-US", "My legs may feel stiff in the morning", None, False),  # ok
    ("en-US", "I must walk more, my doctor says", None, False),  # ok
    ("en-US", "I would never hurt myself", None, False),  # ok
    ("en-US", "I'd kill for some relief right now", None, False),  # ok
    ("en-US", "I could kill my husband for leaving the laundry basket on the stairs", None, False),  # ok
    ("en-US", "it would kill me to miss another day of work", None, False),  # ok
    ("en-US", "I'd die for a massage right now", None, False),  # ok
    ("en-US", "I would have called 911 but it eased off", None, False),  # ok
    ("en-US", "I thought I might have broken something but it's just a spasm", None, False),  # ok
    ("en-US", "he might have hit his head, I'm not sure", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "I feel like I could pass out when I stand up", "FAINTING", True),  # ok
    ("en-US", "I could barely walk this morning", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "I may not be able to stand up straight", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "I might have a fever, I feel warm", "FEVER", True),  # ok
    ("en-US", "he said he might kill himself", "SELF_HARM", True),  # ok
    ("en-US", "I feel like I may faint", "FAINTING", True),  # ok
    ("es-US", "tengo e calofríos y fiebre", "FEVER", True),  # ok
    ("es-US", "me dio es calo frío anoche", "FEVER", True),  # ok
    ("es-US", "mi mamá tiene osteo poro cis", "OSTEOPOROSIS", True),  # ok
    ("es-US", "tengo in contenencia desde ayer", "BLADDER_BOWEL", True),  # NEW
    ("es-US", "estaba in consiente cuando lo encontré", "FAINTING", True),  # ok
    ("es-US", "camino unos pasos y me tengo que sentar", "CANNOT_STAND_WALK", True),  # NEW
    ("es-US", "doy tres pasos y ya me tengo que sentar", "CANNOT_STAND_WALK", True),  # NEW
    ("es-US", "doy unos pasos y me tengo que sentar", "CANNOT_STAND_WALK", True),  # NEW
    ("es-US", "no aguanto ni media cuadra", "CANNOT_STAND_WALK", True),  # NEW
    ("es-US", "no camino ni media cuadra sin que me dé el espasmo", "CANNOT_STAND_WALK", True),  # ok
    ("es-US", "mi esposo no es capable de pararse", "CANNOT_STAND_WALK", True),  # NEW
    ("es-US", "mi mamá no es capable de caminar", "CANNOT_STAND_WALK", True),  # NEW
    ("es-US", "mi mamá no es capaz de caminar", "CANNOT_STAND_WALK", True),  # ok
    ("es-US", "me voy a tomar todas las pastillas de una vez", "SELF_HARM", True),  # ok
    ("es-US", "lloro cada vez que me muevo", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("es-US", "grita al levantarse de la cama", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("es-US", "mi papá llora cuando se mueve", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("es-US", "se queja y llora al voltearse", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("es-US", "lloro al levantarme", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("es-US", "no se me quita con nada", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "el dolor no se calma con nada", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "me duele tanto que ni me puedo mover", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "le duele tan fuerte que no puede ni pararse", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "ando sin pilas, sin fuerzas en todo el cuerpo", "DEHYDRATION_SIGNS", True),  # ok
    ("es-US", "tengo todo el cuerpo flojo, como aguado", "DEHYDRATION_SIGNS", True),  # ok
    ("es-US", "siento como un costal de papas en el pecho", "CHEST_PAIN_OR_BREATHING", True),  # ok
    ("es-US", "siento como un saco de cemento sobre el pecho", "CHEST_PAIN_OR_BREATHING", True),  # NEW
    ("es-US", "siento un bulto de cemento encima de mi pecho", "CHEST_PAIN_OR_BREATHING", True),  # NEW
    ("es-US", "tengo un peso sobre mi pecho", "CHEST_PAIN_OR_BREATHING", True),  # ok
    ("es-US", "una ola nos revolcó y caí en la lancha", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "chocamos con una ola y me pegué en la espalda", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "íbamos en la lancha y pegamos contra una ola", "SERIOUS_FALL_ACCIDENT", True),  # NEW
    ("es-US", "la ola se me tiró encima y me revolcó", "SERIOUS_FALL_ACCIDENT", True),  # NEW
    ("es-US", "nos dimos un golpe fuerte con el carro", "SERIOUS_FALL_ACCIDENT", True),  # NEW
    ("es-US", "chocamos feo en la carretera", "SERIOUS_FALL_ACCIDENT", True),  # NEW
    ("es-US", "lo taclearon en el partido y no se puede parar", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "se cayó y está en el piso, no se puede levantar", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "vomito todo lo que como", "DEHYDRATION_SIGNS", True),  # ok
    ("es-US", "se me nubla la vista cuando me paro", "DEHYDRATION_SIGNS", True),  # ok
    ("es-US", "las pastillas no me hacen nada", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "solo puedo caminar con la andadera", "CANNOT_STAND_WALK", True),  # ok
    ("es-US", "tengo calentura y escalofríos", "FEVER", True),  # ok
    ("es-US", "estoy juntando las pastillas para llevárselas al doctor", None, False),  # ok
    ("es-US", "el bebé llora cuando me muevo", None, False),  # ok
    ("es-US", "me duele tanto que no puedo trabajar", None, False),  # ok
    ("es-US", "no me duele tanto que ni lo noto", None, False),  # ok
    ("es-US", "cargué un saco de cemento y me dio un espasmo en la espalda, no en el pecho", None, False),  # ok
    ("es-US", "no puedo levantármela sola, la caja pesa mucho", None, False),  # ok
    ("es-US", "no puedo quitármelo, el corsé me aprieta", None, False),  # ok
    ("es-US", "nos pegó una ola de calor y me deshidraté un poco", None, False),  # ok
    ("es-US", "en la playa vimos una ola grande", None, False),  # ok
    ("es-US", "me regalaron un saco de dormir y dormí en el piso de la sala", None, False),  # ok
    ("es-US", "el cartucho de la impresora no sirve", None, False),  # ok
    ("es-US", "mi hijo es flacucho pero fuerte", None, False),  # ok
    ("es-US", "tengo que tomármelo con calma, dice el doctor", None, False),  # ok
    ("es-US", "doy diez mil pasos y luego me tengo que bañar", None, False),  # ok
    ("es-US", "doy unos pasos de baile y me tengo que sentar a descansar, estoy vieja", None, False),  # ok
    ("es-US", "el espasmo me dio en el Home Depot", None, False),  # ok
    ("es-US", "fui a Walmart con mi hija y cargué las bolsas", None, False),  # ok
    ("es-US", "vivo en San Bernardino con mi hija Guadalupe", None, False),  # ok
    ("es-US", "mi compadre Anastasio me recomendó un sobador", None, False),  # ok
    ("es-US", "voy a la lavandería los sábados y cargo la canasta", None, False),  # ok
    ("es-US", "estoy desesperada con este dolor pero sí puedo caminar", None, False),  # ok
    ("es-US", "ni fiebre ni escalofríos", None, False),  # ok
    ("es-US", "no tengo fiebre ni escalofríos", None, False),  # ok
    ("es-US", "no tengo e calofríos", None, False),  # NEW
    ("es-US", "no llora cuando se mueve", None, False),  # ok
    ("es-US", "no grita al levantarse, solo se queja un poquito", None, False),  # ok
    ("es-US", "no, no está en el piso, está sentada en su sillón", None, False),  # ok
    ("es-US", "no estoy acumulando pastillas", None, False),  # ok
    ("es-US", "nunca me tomaría todas las pastillas de una vez", None, False),  # ok
    ("es-US", "no tengo el cuerpo flojo", None, False),  # ok
    ("es-US", "sí camino más de una cuadra, no me tengo que sentar", None, False),  # ok
    ("es-US", "no me duele tanto, las pastillas sí me ayudan", None, False),  # ok
    ("es-US", "las pastillas sí me hacen efecto", None, False),  # ok
    ("es-US", "no me siento débil", None, False),  # ok
    ("es-US", "no es que no pueda caminar, solo camino despacio", None, False),  # ok
    ("es-US", "no hay nada pesado en el pecho, el dolor es en la espalda", None, False),  # ok
    ("es-US", "mi mamá llora cada vez que se mueve en la cama", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("es-US", "pega de gritos al pararse", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "el dolor no se me va con nada", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("es-US", "no se le quita con nada, ni con el hielo", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "no avanzo ni media cuadra", "CANNOT_STAND_WALK", True),  # NEW
    ("es-US", "da dos pasos y tiene que sentarse", "CANNOT_STAND_WALK", True),  # NEW
    ("es-US", "mi abuelo no es capaz de pararse solo", "CANNOT_STAND_WALK", True),  # ok
    ("es-US", "me las voy a tomar todas de una vez", "OVERDOSE", True),  # NEW
    ("es-US", "nos pegamos feo con otro carro en la autopista", "SERIOUS_FALL_ACCIDENT", True),  # NEW
    ("es-US", "me dio un golpe de ola y caí sobre la espalda", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "es como si tuviera una bolsa de cemento en el pecho", "CHEST_PAIN_OR_BREATHING", True),  # NEW
    ("es-US", "estoy sin pilas, mareada y con vómito", "DEHYDRATION_SIGNS", True),  # ok
    ("es-US", "tengo es calofríos", "FEVER", True),  # ok
    ("es-US", "mi hija Maricela me dio una sobadita", None, False),  # ok
    ("es-US", "fui con la quiropráctica Esmeralda Castañeda", None, False),  # ok
    ("es-US", "me duele la espalda desde que fui a Disneylandia", None, False),  # ok
    ("es-US", "trabajo limpiando casas en Beverly Hills", None, False),  # ok
    ("es-US", "me tomé un Tylenol y un Aleve y me siento mejor", None, False),  # ok
    ("es-US", "el bebé grita cuando me levanto, quiere brazos", None, False),  # ok
    ("es-US", "la niña llora al levantarme temprano", None, False),  # ok
    ("en-US", "She is on the floor with terrible back pain and can't get up", "CANNOT_MOVE", True),  # ok
    ("en-US", "Mom was on the floor cleaning when her back went and now she can't get up", "CANNOT_MOVE", True),  # ok
    ("en-US", "she's on the floor now and can't get up", "SERIOUS_FALL_ACCIDENT", True),  # NEW
    ("es-US", "la niña grita al levantarse desde que se cayó", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "mi bebé llora cuando se mueve y tiene fiebre", "FEVER", True),  # ok
    ("en-US", "my dog is on the floor now sleeping", None, False),  # ok
    ("en-US", "where it hit, swelling came up fast", "SWELLING_OR_SPREADING_PAIN", True),  # review NEW
    ("en-US", "I got hit, swelling came up right away on my lower back", "SWELLING_OR_SPREADING_PAIN", True),  # review NEW
    ("en-US", "I had to yell at him to move his car so I could get out", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "She moans when I move the furniture around", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "I cry every time I move house", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "I cried when I moved to Texas", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "my cat yells when I move", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "the puppy whimpers when I move", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "my daughter cries when I move, she thinks I'm hurt", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "my wife yells at me to move the car", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "I groan when I move, it's a spasm but it's easing with heat", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "I can't spend a penny more on chiropractors", "BLADDER_BOWEL", False),  # review NEW
    ("en-US", "I struggle to spend a penny on myself", "BLADDER_BOWEL", False),  # review NEW
    ("en-US", "One side of the garage door won't budge and I hurt my back lifting it", "HEART_ATTACK_STROKE", False),  # review NEW
    ("en-US", "I pushed with my arms, it would not budge", "SUDDEN_WEAKNESS_NUMBNESS", False),  # review NEW
    ("en-US", "the table legs won't budge, they're stuck in the rug", "BOTH_LEGS", False),  # review NEW
    ("en-US", "the table legs won't budge, they're stuck in the rug", "SUDDEN_WEAKNESS_NUMBNESS", False),  # review NEW
    ("en-US", "I need to drop off the bed linen at the laundry", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "I dropped off the bed sheets at the laundromat", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "I rolled over in the camper and my back seized", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "The taxi rolled up and as I climbed in my back spasmed", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "I rolled the RV awning out and my back seized", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "I flipped the camper mattress and felt a twinge", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "I used a sandbag on my chest for weighted sit-ups", "CHEST_PAIN_OR_BREATHING", False),  # review NEW
    ("en-US", "the mattress has been flat on the floor for a week and sleeping there hurts my back", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "I've been flat on the floor all afternoon because it eases the spasm", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "the box is still flat on the floor where I left it", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "Dad is on the floor now fixing the sink", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "She is on the floor now, lying flat with her legs on a chair because it helps", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "Mom is on the floor now, lying on a yoga mat like the physio said", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "She is on the floor now playing with the grandkids", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "He is on the floor now doing his stretches", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "My yoga mat was on the floor and I had trouble getting up after stretching", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "The toys are on the floor, I have trouble walking around them", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "Boxes are on the floor everywhere so it's hard to walk around", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "the room goes dark when the movie starts", "DEHYDRATION_SIGNS", False),  # review NEW
    ("en-US", "My son might be sick, he's got a runny nose", "DEHYDRATION_SIGNS", False),  # review NEW
    ("en-US", "my son could be sick, he has a cough", "DEHYDRATION_SIGNS", False),  # review NEW
    ("en-US", "I think I might be sick of this pain", "DEHYDRATION_SIGNS", False),  # review NEW
    ("en-US", "the doctor said rest, do nothing heavy for two days", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "we hit a big one at the casino", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "the program has twelve steps and I have to stop drinking first", "CANNOT_STAND_WALK", False),  # review NEW
    ("en-US", "I can't make it to the corner store before it closes", "CANNOT_STAND_WALK", False),  # review NEW
    ("en-US", "he was um conscious the whole time and talking to me", "FAINTING", False),  # review NEW
    ("en-US", "she is uh conscious now and asking for water", "FAINTING", False),  # review NEW
    ("en-US", "no, he was never unconscious, he was uh conscious the whole time", "FAINTING", False),  # review NEW
    ("en-US", "he's um a loving husband, he's been helping me with ice packs", "SELF_HARM", False),  # review NEW
    ("en-US", "my son is uh a loving kid and rubs my back", "SELF_HARM", False),  # review NEW
    ("en-US", "I'm partly sad and partly relieved it's only a spasm", "BOTH_LEGS", False),  # review NEW
    ("en-US", "he was a healthy male, I grant you, but his back hurts", "CANCER_HISTORY", False),  # review NEW
    ("en-US", "I was mad, I grant you, but my back still hurts", "CANCER_HISTORY", False),  # review NEW
    ("es-US", "el control remoto está sin pilas", "DEHYDRATION_SIGNS", False),  # review NEW
    ("es-US", "mi reloj se quedó sin pilas", "DEHYDRATION_SIGNS", False),  # review NEW
    ("es-US", "hoy amanecí sin pilas porque dormí mal por el espasmo", "DEHYDRATION_SIGNS", False),  # review NEW
    ("es-US", "estoy ahorrando las pastillas para que me duren hasta fin de mes", "SELF_HARM", False),  # review NEW
    ("es-US", "estoy ahorrando en las medicinas comprando genéricas", "SELF_HARM", False),  # review NEW
    ("es-US", "el doctor me dio pastillas para tomármelas todas hasta terminar la caja", "OVERDOSE", False),  # review NEW
    ("es-US", "¿puedo tomarme todas juntas en la mañana, la de presión y el relajante?", "OVERDOSE", False),  # review NEW
    ("es-US", "nos dimos duro en el gimnasio y hoy tengo espasmos", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "nos dimos duro en el baile toda la noche", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "nos pegamos duro a estudiar para el examen", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "nos dimos un golpe de suerte con el trabajo nuevo", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "chocamos feo por la herencia y desde entonces tengo estrés", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "mi nieto se me tiró encima jugando y me dio un espasmo", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "el perro se me tiró encima para saludarme", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "mi hijo llora cuando me levanto para ir al trabajo", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "mi niña llora cuando me muevo de la cama", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "el perro llora cuando me paro", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "mi esposa me grita si me muevo del sillón", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "me duele tanto que no puedo ni trabajar", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "me duele tanto que ni puedo dormir", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "¿no es posible caminar un poco para aliviar el espasmo?", "CANNOT_STAND_WALK", False),  # review NEW
    ("es-US", "no es posible orinar en la obra porque no hay baño", "BLADDER_BOWEL", False),  # review NEW
    ("es-US", "el camión no llega ni a la esquina", "CANNOT_STAND_WALK", False),  # review NEW
    ("es-US", "la señal del celular no llega ni a la puerta", "CANNOT_STAND_WALK", False),  # review NEW
    ("es-US", "me puse un saco porque tenía frío en el pecho", "CHEST_PAIN_OR_BREATHING", False),  # review NEW
    ("es-US", "mi hijo es muy debilucho", "SUDDEN_WEAKNESS_NUMBNESS", False),  # review NEW
    ("es-US", "me siento debilucho de las piernas", "SUDDEN_WEAKNESS_NUMBNESS", False),  # review NEW
    ("es-US", "me siento debilucho de las piernas", "BOTH_LEGS", False),  # review NEW
    ("es-US", "el niño pesa mucho, no puedo levantármelo", "CANNOT_STAND_WALK", False),  # review NEW
    ("es-US", "la ola de frío nos pegó duro este invierno", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "no ando sin pilas, tengo energía", "DEHYDRATION_SIGNS", False),  # review NEW
    ("es-US", "mi nieto llora cuando me paro, quiere que lo cargue", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "ahorrando para mis medicinas, trabajo extra los sábados", "SELF_HARM", False),  # review NEW
    ("es-US", "las linternas están sin pilas y no encuentro la farmacia de noche", "DEHYDRATION_SIGNS", False),  # review NEW
    ("es-US", "el carro no llega ni a la esquina sin gasolina", "CANNOT_STAND_WALK", False),  # review NEW
    ("es-US", "no llego ni a la esquina sin mi café, jaja, pero el espasmo ya pasó", "CANNOT_STAND_WALK", False),  # review NEW
])
def test_the_round_22_rules_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The fifteenth review (430 sentences of its own, on the corrections the fourteenth asked for): what it found read
    # right (# NEW, # ok) and each worse reading it found (# review NEW), corrected: the pseudo-negations only with
    # the fever they fail to bring down ("i did not break my hip or pass out" denies again), "hot all over" said of
    # a person, crying babies and pets, legs that won't budge (not a table's), someone on the floor now or who cannot
    # be lifted, crashed campers, remedies that did nothing, five steps and a stop, everything gone dark on standing,
    # pills gathered to take them all (not to take to the doctor), no parking scrape as a crash.
    ("en-US", "i can't get rid of this fever", "FEVER", True),  # NEW
    ("en-US", "we can't get rid of her fever no matter what we do", "FEVER", True),  # NEW
    ("en-US", "tylenol doesn't bring the fever down", "FEVER", True),  # NEW
    ("en-US", "the motrin won't bring his fever down", "FEVER", True),  # NEW
    ("en-US", "nothing brings the fever down", "FEVER", True),  # NEW
    ("en-US", "i can't shake this fever", "FEVER", True),  # NEW
    ("en-US", "the fever won't break", "FEVER", True),  # ok
    ("en-US", "his fever will not break", "FEVER", True),  # ok
    ("en-US", "her fever doesn't break even with advil", "FEVER", True),  # ok
    ("en-US", "he can't get rid of the chills", "FEVER", True),  # NEW
    ("en-US", "i can't get rid of this pressure in my chest", "CHEST_PAIN_OR_BREATHING", True),  # NEW
    ("en-US", "i'm hot all over and my back is killing me", "FEVER", True),  # NEW
    ("en-US", "she feels hot all over", "FEVER", True),  # NEW
    ("en-US", "i'm hot and cold all over", "FEVER", True),  # ok
    ("en-US", "a cab bumped my car on the highway and now my back hurts", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "a taxi bumped into my car at the light", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "somebody rear ended my cab", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "the cab crashed on the way home", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "our rv rolled over on the interstate", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "a truck clipped my car on the freeway", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "my mom is on the floor and she can't get up", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "my husband was on the kitchen floor and could not stand up", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "dad is on the floor and is unable to get up", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "he is on the floor, he just can't stand", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "i cry every time i move", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "she cries when she tries to stand", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "i am in tears whenever i move", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "he screams when he rolls over", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "the pills do nothing", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "the muscle relaxers did nothing for the pain", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "the ibuprofen is doing nothing for it", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "i can walk two steps and have to sit down", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "after a few steps i have to stop", "CANNOT_STAND_WALK", True),  # NEW
    ("en-US", "i take three steps and i have to sit down", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "when i try to stand it grabs me", "CANNOT_STAND_WALK", True),  # NEW
    ("en-US", "i can't make it down the hall", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "it feels like a sack of potatoes on my chest", "CHEST_PAIN_OR_BREATHING", True),  # ok
    ("en-US", "like a bag of cement on my chest", "CHEST_PAIN_OR_BREATHING", True),  # ok
    ("en-US", "she was un conscious for a minute", "FAINTING", True),  # ok
    ("en-US", "he's in continent since the fall", "BLADDER_BOWEL", True),  # ok
    ("en-US", "my legs are para lyzed", None, True),  # ok
    ("en-US", "a taxi hit me in the crosswalk", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "i was hit by a taxi", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "our camper got rear ended on the highway", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "i was in a taxi that crashed", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "advil did nothing at all", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "the pain meds do nothing", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "everything went black for a second", "FAINTING", True),  # ok
    ("en-US", "everything went dark when i stood up", "FAINTING", True),  # ok
    ("en-US", "it all went black and i was on the floor", "FAINTING", True),  # ok
    ("en-US", "it makes me cry when i move", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "i scream when i move", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "i am crying trying to get up", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "i can't walk to the mailbox", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "i can't walk to the end of the driveway", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "i take a few steps and i need to sit down", "CANNOT_STAND_WALK", True),  # NEW
    ("en-US", "i walk ten steps and i gotta sit down", "CANNOT_STAND_WALK", True),  # NEW
    ("en-US", "i'm on the floor and i can't get up", None, True),  # ok
    ("en-US", "a big wave knocked me over", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "there's a dead weight on my chest", "CHEST_PAIN_OR_BREATHING", True),  # ok
    ("en-US", "like someone sitting on my chest", "CHEST_PAIN_OR_BREATHING", True),  # ok
    ("en-US", "i don't have a fever and can't get rid of this cough", "FEVER", False),  # ok
    ("en-US", "no fever, i just can't get rid of this back spasm", "FEVER", False),  # ok
    ("en-US", "i can't get rid of this cough but there's no fever", "FEVER", False),  # ok
    ("en-US", "i can't shake the feeling i pulled something, no fever though", "FEVER", False),  # ok
    ("en-US", "he is not shaking and has no fever", "FEVER", False),  # ok
    ("en-US", "the spasm won't go away but i have no fever", "FEVER", False),  # ok
    ("en-US", "i can't get rid of these hiccups", None, False),  # ok
    ("en-US", "this cold won't break", None, False),  # ok
    ("en-US", "i can't get rid of my cough", None, False),  # ok
    ("en-US", "tylenol doesn't bring my blood pressure down", None, False),  # ok
    ("en-US", "nothing brings my sugar down", None, False),  # ok
    ("en-US", "tylenol doesn't bring any relief but i have no fever", "FEVER", False),  # ok
    ("en-US", "i bumped my car door into the wall", "SERIOUS_FALL_ACCIDENT", False),  # ok
    ("en-US", "i took a cab to urgent care", None, False),  # ok
    ("en-US", "the cab driver helped me into the car", None, False),  # ok
    ("en-US", "i tapped my car keys on the table", None, False),  # ok
    ("en-US", "nobody bumped my car, i just slept wrong", "SERIOUS_FALL_ACCIDENT", False),  # ok
    ("en-US", "my husband is on the floor doing his stretches and he can't stand for long", "SERIOUS_FALL_ACCIDENT", False),  # ok
    ("en-US", "my wife is on the floor playing with the baby", None, False),  # ok
    ("en-US", "my dad is on the third floor and can't walk up the stairs anymore", "SERIOUS_FALL_ACCIDENT", False),  # ok
    ("en-US", "my mom is not on the floor, she can stand fine", None, False),  # ok
    ("en-US", "he was on the floor stretching earlier but he can walk", None, False),  # ok
    ("en-US", "my baby cries when i move him", "SEVERE_PAIN_NO_RELIEF", False),  # ok
    ("en-US", "i cried when i moved to texas", "SEVERE_PAIN_NO_RELIEF", False),  # NEW
    ("en-US", "i cry every time i move the furniture", "SEVERE_PAIN_NO_RELIEF", False),  # NEW
    ("en-US", "i cried when i moved out of my parents place", "SEVERE_PAIN_NO_RELIEF", False),  # NEW
    ("en-US", "my son cries when he moves to a new school", "SEVERE_PAIN_NO_RELIEF", False),  # NEW
    ("en-US", "i did nothing and it started hurting", None, False),  # ok
    ("en-US", "i was doing nothing when it started", None, False),  # ok
    ("en-US", "the doctor said to do nothing but rest", None, False),  # ok
    ("en-US", "he was uh conscious the whole time", "FAINTING", False),  # NEW
    ("en-US", "she was um conscious and talking", "FAINTING", False),  # NEW
    ("en-US", "i feel partly sad today", None, False),  # NEW
    ("en-US", "i can't shake it off, it's just a cramp, no fever", "FEVER", False),  # ok
    ("en-US", "i'm not getting rid of my walker yet", None, False),  # ok
    ("es-US", "no se me quita la fiebre", "FEVER", True),  # NEW
    ("es-US", "a mi hijo no se le quita la fiebre", "FEVER", True),  # NEW
    ("es-US", "no se le quita el dolor del pecho", "CHEST_PAIN_OR_BREATHING", True),  # NEW
    ("es-US", "no se me quita la calentura", "FEVER", True),  # NEW
    ("es-US", "no le baja la fiebre con nada", "FEVER", True),  # NEW
    ("es-US", "no me baja la fiebre ni con tylenol", "FEVER", True),  # NEW
    ("es-US", "no se le ha bajado la fiebre desde ayer", "FEVER", True),  # NEW
    ("es-US", "el tylenol no me quita la fiebre", "FEVER", True),  # NEW
    ("es-US", "no hay nada que le quite la fiebre", "FEVER", True),  # ok
    ("es-US", "no le quita la fiebre el tylenol", "FEVER", True),  # NEW
    ("es-US", "no me ha quitado la fiebre el ibuprofeno", "FEVER", True),  # NEW
    ("es-US", "no se me quita el dolor de pecho", "CHEST_PAIN_OR_BREATHING", True),  # NEW
    ("es-US", "el tylenol no me quita el dolor de pecho", "CHEST_PAIN_OR_BREATHING", True),  # NEW
    ("es-US", "no se me quita lo dormido de las dos piernas", "BOTH_LEGS", True),  # NEW
    ("es-US", "tengo frío y estoy sudando", "FEVER", True),  # ok
    ("es-US", "me da frío y sudo mucho", "FEVER", True),  # ok
    ("es-US", "tengo frío y a la vez estoy empapado de sudor", "FEVER", True),  # ok
    ("es-US", "mi mamá tiene frío y está sudando", "FEVER", True),  # ok
    ("es-US", "no he hecho nada de pipí desde ayer", "BLADDER_BOWEL", True),  # NEW
    ("es-US", "mi papá no ha hecho nada de pipí en todo el día", "BLADDER_BOWEL", True),  # NEW
    ("es-US", "no he hecho nada de orina desde la mañana", "BLADDER_BOWEL", True),  # NEW
    ("es-US", "la pomada no me ha quitado nada", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("es-US", "el descanso no me ha quitado nada", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("es-US", "la pastilla no le ha quitado el dolor", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("es-US", "lloro cuando me muevo", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "lloro cada vez que me muevo", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "mi mamá llora cuando se mueve", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "me duele tanto que no puedo ni moverme", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "le duele tanto que no puede ni caminar", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "duele tan feo que ni puedo pararme", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "me voy a tomar todas las pastillas de un jalón", None, True),  # ok
    ("es-US", "quiero tomarme todas las pastillas de golpe", None, True),  # ok
    ("es-US", "chocamos feo en la carretera", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "nos dimos un golpe con el carro en la autopista", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "nos pegamos duro con otro carro", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "el taxi rozó otro carro y me pegué en la espalda", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "chocamos con el poste", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "una ola me tumbó", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "está in consciente", "FAINTING", True),  # ok
    ("es-US", "se quedó para lizado de las piernas", None, True),  # ok
    ("es-US", "nos dimos un golpe bien feo en la troca", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "quiero tomarme todas las pastillas juntas", None, True),  # ok
    ("es-US", "me quiero tomar todas las pastillas a la vez", None, True),  # ok
    ("es-US", "me duele tanto que ni me puedo mover", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "me duele tanto que ni siquiera puedo caminar", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "la vaca se me tiró encima", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "lloro del dolor cada vez que me muevo", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "grito cuando me levanto", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "se me va todo negro cuando me paro", None, True),  # ok
    ("es-US", "me siento sin pilas y mareado", None, True),  # ok
    ("es-US", "me cayó encima un saco de cemento", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "ni con las pastillas se me quita", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "me tomé todas las pastillas juntas", None, True),  # ok
    ("es-US", "se quiere tomar todas las pastillas al mismo tiempo", None, True),  # ok
    ("es-US", "no tengo fiebre", "FEVER", False),  # ok
    ("es-US", "no me ha quitado el sueño", None, False),  # ok
    ("es-US", "ni fiebre ni nada", None, False),  # ok
    ("es-US", "no tengo fiebre, pero no se me quita el dolor de espalda", "FEVER", False),  # ok
    ("es-US", "no se me quita la tos pero no tengo fiebre", "FEVER", False),  # ok
    ("es-US", "no se me quita el dolor y no tengo fiebre", "FEVER", False),  # ok
    ("es-US", "no se me quita el dolor de espalda, no tengo fiebre ni nada", "FEVER", False),  # ok
    ("es-US", "el dolor no me quita el aire", "CHEST_PAIN_OR_BREATHING", False),  # ok
    ("es-US", "el dolor no me quita la respiración", "CHEST_PAIN_OR_BREATHING", False),  # ok
    ("es-US", "esto no me quita la fuerza de las piernas", None, False),  # ok
    ("es-US", "el dolor no le quita el conocimiento", "FAINTING", False),  # ok
    ("es-US", "no me ha quitado la sensibilidad de las piernas", None, False),  # ok
    ("es-US", "no me quita el sueño el dolor", None, False),  # ok
    ("es-US", "no me quita el apetito", None, False),  # ok
    ("es-US", "no le quita la vista de encima al bebé", None, False),  # ok
    ("es-US", "ya no tiene fiebre, ya se le quitó", "FEVER", False),  # ok
    ("es-US", "no me baja la presión pero fiebre no tengo", "FEVER", False),  # ok
    ("es-US", "no tengo frío ni estoy sudando", "FEVER", False),  # ok
    ("es-US", "no tengo frío y no estoy sudando", "FEVER", False),  # ok
    ("es-US", "hace frío y estoy sudando del trabajo", "FEVER", False),  # ok
    ("es-US", "no he hecho nada de ejercicio", None, False),  # ok
    ("es-US", "mi bebé llora cuando me muevo", "SEVERE_PAIN_NO_RELIEF", False),  # ok
    ("es-US", "el niño llora cuando me muevo de su lado", "SEVERE_PAIN_NO_RELIEF", False),  # ok
    ("es-US", "mi hija llora cuando me muevo de la cama", "SEVERE_PAIN_NO_RELIEF", False),  # NEW
    ("es-US", "lloré cuando me mudé de casa", "SEVERE_PAIN_NO_RELIEF", False),  # ok
    ("es-US", "no me duele tanto que no pueda ni moverme", "SEVERE_PAIN_NO_RELIEF", False),  # ok
    ("es-US", "no me duele tanto que no puedo ni moverme, es leve", "SEVERE_PAIN_NO_RELIEF", False),  # ok
    ("es-US", "nos pegamos un susto en la carretera", "SERIOUS_FALL_ACCIDENT", False),  # ok
    ("es-US", "el perro se me tiró encima para jugar", "SERIOUS_FALL_ACCIDENT", False),  # NEW
    ("es-US", "está eh consciente", "FAINTING", False),  # ok
    ("es-US", "está este consciente y habla bien", "FAINTING", False),  # ok
    ("es-US", "me estoy ahorrando para mis pastillas", None, False),  # NEW
    ("es-US", "estoy ahorrando para comprar las pastillas", None, False),  # ok
    ("es-US", "no llego a la puerta de la clínica antes de las nueve", None, False),  # ok
    ("es-US", "un saco de dormir", None, False),  # ok
    ("en-US", "he did not shake or have a seizure", None, False),  # ok
    ("en-US", "my hands do not shake and i never passed out", "FAINTING", False),  # ok
    ("en-US", "i'm burning up and hot all over", "FEVER", True),  # ok
    ("en-US", "my skin is hot all over", "FEVER", True),  # ok
    ("en-US", "i start crying when i try to walk", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "my wife cries every time she moves", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "she starts crying when she tries to get up", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "these pills do nothing for me", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("en-US", "i manage a couple of steps and have to stop", "CANNOT_STAND_WALK", True),  # NEW
    ("en-US", "when i try to walk my back locks up", "CANNOT_STAND_WALK", True),  # NEW
    ("en-US", "like a load of bricks on my chest", "CHEST_PAIN_OR_BREATHING", True),  # ok
    ("en-US", "i feel like a dead weight today", "CHEST_PAIN_OR_BREATHING", False),  # ok
    ("en-US", "grandma is on the floor and can't stand up", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "they are on the bathroom floor and cannot get up", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "my car got bumped by a cab and my back hurts", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "i can't get rid of the numbness in my legs", None, True),  # NEW
    ("en-US", "he can't shake off the dizziness and fainted twice", "FAINTING", True),  # ok
    ("en-US", "he was a conscious decision maker", "FAINTING", False),  # ok
    ("en-US", "she is very conscious of her weight", "FAINTING", False),  # ok
    ("en-US", "the room went white and i nearly fainted", "FAINTING", True),  # ok
    ("en-US", "i feel like i could be sick", "DEHYDRATION_SIGNS", True),  # ok
    ("en-US", "i wonder if i could be sick with something", "DEHYDRATION_SIGNS", False),  # NEW
    ("en-US", "i can't make it to the mailbox", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "i can't walk half a block", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "i can't walk to the corner anymore", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "the spasm won't let up and i can't walk to the bathroom", "CANNOT_STAND_WALK", True),  # ok
    ("en-US", "does the fever not break with tylenol", "FEVER", True),  # ok
    ("en-US", "i don't think the fever will break", "FEVER", True),  # ok
    ("en-US", "no fever to break, just back pain", "FEVER", False),  # ok
    ("en-US", "there is no fever so nothing to bring down", "FEVER", False),  # ok
    ("en-US", "i don't have a temperature and tylenol doesn't bring the pain down", "FEVER", False),  # ok
    ("en-US", "the pills do nothing and i have no fever", "FEVER", False),  # ok
    ("en-US", "he is hot all over and confused", "FEVER", True),  # NEW
    ("en-US", "i can't get rid of the stiffness in the morning", None, False),  # ok
    ("en-US", "i did not bring my inhaler", None, False),  # ok
    ("en-US", "i can't shake my legs out, they feel dead", None, True),  # ok
    ("es-US", "no se me quita lo mareado", "DEHYDRATION_SIGNS", True),  # NEW
    ("es-US", "el dolor no me quita las ganas de vivir", "SELF_HARM", False),  # ok
    ("es-US", "no me quita las ganas de vivir, tengo a mis nietos", "SELF_HARM", False),  # ok
    ("es-US", "se quedó des mallado en el piso", "FAINTING", True),  # ok
    ("es-US", "se quedó desmallado", "FAINTING", True),  # ok
    ("es-US", "me tomé todas las pastillas de una vez", None, True),  # ok
    ("es-US", "se tomó todas de un jalón", None, True),  # ok
    ("es-US", "me los voy a tomar todos de un jalón", None, True),  # ok
    ("es-US", "quiero tomármelas todas de golpe", None, True),  # ok
    ("es-US", "tengo frío y sudo", "FEVER", True),  # ok
    ("es-US", "estoy helada y empapada en sudor", "FEVER", True),  # NEW
    ("es-US", "me muero de frío y estoy sudando", "FEVER", True),  # ok
    ("es-US", "ya no tengo frío ni sudo", "FEVER", False),  # ok
    ("es-US", "tengo frío, pero no estoy sudando", "FEVER", False),  # ok
    ("es-US", "el tylenol no me ha quitado nada del dolor", "SEVERE_PAIN_NO_RELIEF", True),  # NEW
    ("es-US", "nada me ha quitado el dolor", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "me duele tanto que no puedo ni respirar", None, True),  # ok
    ("es-US", "me duele tanto que no puedo ni sentarme", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "me duele tanto que no puedo ni hablar", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "mi esposo llora cuando se mueve", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "mi hijo llora cuando me muevo", "SEVERE_PAIN_NO_RELIEF", False),  # NEW
    ("es-US", "me pongo a llorar cuando me muevo", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "lloro cuando me paro", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "nos pegamos feo con una troca en el freeway", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "chocamos feo en el semáforo", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "nos dimos duro en la calle con otro carro", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "no chocamos, nomás nos dimos un susto en la carretera", "SERIOUS_FALL_ACCIDENT", False),  # ok
    ("es-US", "el carro se fue contra el poste", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "ando medio debilucho", None, False),  # NEW
    ("es-US", "no me alivia el dolor ni el hielo ni el calor", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "no me alivia la comezón la crema", "SEVERE_PAIN_NO_RELIEF", False),  # ok
    ("es-US", "no se le quita el dolor de pecho y le falta el aire", "CHEST_PAIN_OR_BREATHING", True),  # ok
    ("es-US", "no hay nada que me quite el dolor", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "no se me quita la fiebre, ya tiene tres días", "FEVER", True),  # NEW
    ("es-US", "mi hija tiene fiebre y no se le baja", "FEVER", True),  # ok
    ("es-US", "no tiene fiebre ni se le ha subido la temperatura", "FEVER", False),  # ok
    ("es-US", "no tengo calentura, nomás no se me quita el dolor", "FEVER", False),  # ok
    ("es-US", "no, no tiene fiebre, y no se le quita la tos", "FEVER", False),  # ok
    ("es-US", "no se le ha quitado la fiebre", "FEVER", True),  # NEW
    ("es-US", "no se me ha quitado la calentura", "FEVER", True),  # NEW
    ("es-US", "la pastilla no me quita el dolor del pecho", "CHEST_PAIN_OR_BREATHING", True),  # NEW
    ("es-US", "no se me quita lo dormido de la entrepierna", "SADDLE_NUMBNESS", True),  # NEW
    ("es-US", "no me quita el dolor, ni tampoco tengo fiebre", "FEVER", False),  # ok
    ("es-US", "chocamos feo en la calle, mi amiga y yo, con las bicis", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("es-US", "me da frío y se me enchina la piel, pero no sudo", "FEVER", False),  # ok
    ("es-US", "mi papá no puede orinar, no ha hecho nada de pipí", "BLADDER_BOWEL", True),  # ok
    ("es-US", "le duele tanto que ni puede moverse", "SEVERE_PAIN_NO_RELIEF", True),  # ok
    ("es-US", "no he hecho nada de pipí, ni gota", "BLADDER_BOWEL", True),  # NEW
    ("en-US", "my legs are para lized", None, True),  # ok
    ("en-US", "he's in continant now", "BLADDER_BOWEL", True),  # ok
    ("en-US", "she was un concious for a minute", "FAINTING", True),  # ok
    ("en-US", "he is um paralyzed from the waist down", None, True),  # ok
    ("en-US", "i was uh kind of conscious the whole time", "FAINTING", False),  # ok
    ("es-US", "está in conciente", "FAINTING", True),  # ok
    ("es-US", "quedó para lisado", None, True),  # ok
    ("es-US", "quedó eh consciente y platicando", "FAINTING", False),  # ok
    ("es-US", "está mm consciente", "FAINTING", False),  # ok
    ("es-US", "se quedó in consiente", "FAINTING", True),  # ok
    ("en-US", "my wife is on the floor and can't get up, she fell", "SERIOUS_FALL_ACCIDENT", True),  # ok
    ("en-US", "my husband is on the floor, he has trouble getting up after yoga", "SERIOUS_FALL_ACCIDENT", False),  # NEW
    ("en-US", "the fever won't come down", "FEVER", True),  # ok
    ("en-US", "her fever isn't going away", "FEVER", True),  # ok
    ("en-US", "nothing is bringing his fever down", "FEVER", True),  # NEW
    ("en-US", "we can't seem to get rid of his fever", "FEVER", True),  # NEW
    ("en-US", "i cannot get rid of the fever", "FEVER", True),  # NEW
    ("en-US", "the fever just won't quit", "FEVER", True),  # ok
    ("es-US", "la fiebre no se le quita", "FEVER", True),  # ok
    ("es-US", "no se le baja la calentura", "FEVER", True),  # NEW
    ("es-US", "la fiebre no baja", "FEVER", True),  # ok
    ("es-US", "la calentura no se le quita con nada", "FEVER", True),  # ok
    ("es-US", "no se le baja la fiebre ni con baños", "FEVER", True),  # NEW
    ("es-US", "no hay nada que me quite la fiebre", "FEVER", True),  # ok
    ("es-US", "no le alivia la fiebre el tylenol", "FEVER", True),  # NEW
    ("en-US", "the motorhome went off the road and rolled", "SERIOUS_FALL_ACCIDENT", True),  # review NEW
    ("en-US", "my legs won't budge", "BOTH_LEGS", True),  # review NEW
    ("en-US", "his legs would not budge at all", "BOTH_LEGS", True),  # review NEW
    ("en-US", "the pills did nothing", "SEVERE_PAIN_NO_RELIEF", True),  # review NEW
    ("en-US", "the tylenol did nothing", "SEVERE_PAIN_NO_RELIEF", True),  # review NEW
    ("en-US", "the heating pad did nothing", "SEVERE_PAIN_NO_RELIEF", True),  # review NEW
    ("en-US", "i cry just to move", "SEVERE_PAIN_NO_RELIEF", True),  # review NEW
    ("en-US", "i can't make it to the corner", "CANNOT_STAND_WALK", True),  # review NEW
    ("en-US", "i get like five steps and i have to stop", "CANNOT_STAND_WALK", True),  # review NEW
    ("en-US", "my mother is on the floor now", "SERIOUS_FALL_ACCIDENT", True),  # review NEW
    ("en-US", "my dad is on the floor now and i can't lift him", "SERIOUS_FALL_ACCIDENT", True),  # review NEW
    ("en-US", "i did not break my back, i just pulled something", None, False),  # review NEW
    ("en-US", "i did not break my hip or pass out", "FAINTING", False),  # review NEW
    ("en-US", "no i didn't break anything or hit my head", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "i did not break a sweat or run a fever", "FEVER", False),  # review NEW
    ("en-US", "she did not shake or faint", "FAINTING", False),  # review NEW
    ("en-US", "he didn't shake or lose control of his bladder", "BLADDER_BOWEL", False),  # review NEW
    ("en-US", "he did not bring up any blood when he coughed", "CHEST_PAIN_OR_BREATHING", False),  # review NEW
    ("en-US", "she did not bring up her food, she kept it all down", "DEHYDRATION_SIGNS", False),  # review NEW
    ("en-US", "coughing does not bring up any blood", "CHEST_PAIN_OR_BREATHING", False),  # review NEW
    ("en-US", "walking does not bring on any numbness in my legs", None, False),  # review NEW
    ("en-US", "bending does not bring on chest pain", "CHEST_PAIN_OR_BREATHING", False),  # review NEW
    ("en-US", "lifting does not bring the pain into my chest", "PAIN_SPREADING_CHEST", False),  # review NEW
    ("en-US", "the cough doesn't bring on any chest pain", "CHEST_PAIN_OR_BREATHING", False),  # review NEW
    ("en-US", "she does not shake or sweat at night", "FEVER", False),  # review NEW
    ("en-US", "it's hot all over texas this week", "FEVER", False),  # review NEW
    ("en-US", "the heating pad makes my back hot all over", "FEVER", False),  # review NEW
    ("en-US", "i got hot all over from mowing the lawn", "FEVER", False),  # review NEW
    ("en-US", "the dog whimpers when he moves", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "estoy juntando pastillas para tomármelas todas", None, True),  # review NEW
    ("es-US", "he estado acumulando mis pastillas", None, True),  # review NEW
    ("es-US", "he ahorrado las pastillas para tomármelas todas juntas", None, True),  # review NEW
    ("es-US", "me duele tanto que ni caminar puedo", "SEVERE_PAIN_NO_RELIEF", True),  # review NEW
    ("es-US", "me duele tanto que no me puedo ni mover", "SEVERE_PAIN_NO_RELIEF", True),  # review NEW
    ("es-US", "no llego ni a la esquina", "CANNOT_STAND_WALK", True),  # review NEW
    ("es-US", "un carro se le tiró encima", "SERIOUS_FALL_ACCIDENT", True),  # review NEW
    ("es-US", "siento como un saco en el pecho", "CHEST_PAIN_OR_BREATHING", True),  # review NEW
    ("es-US", "estoy helado porque me metí a la alberca y sigo empapado", "FEVER", False),  # review NEW
    ("es-US", "ya hice pipí, no he hecho nada de pipí con sangre", "BLADDER_BOWEL", False),  # review NEW
    ("es-US", "el doctor no me ha quitado nada de medicina", None, False),  # review NEW
    ("es-US", "el dolor no me ha quitado nada de fuerza, sigo trabajando", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "no me ha quitado nada de tiempo", None, False),  # review NEW
    ("es-US", "el hielo no me quita el dolor, pero el calor sí", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "la pastilla no me quita el dolor del todo, pero me ayuda bastante", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "me recargué contra el poste y me dolió la espalda", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "estaba apoyado contra el poste esperando el camión", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "se nos resbaló el vaso de las manos", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "se nos resbaló la fecha de la cita", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "el carro rozó la banqueta al estacionarme", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "la crema no me ha quitado nada de la comezón", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "my left leg will not budge", "SUDDEN_WEAKNESS_NUMBNESS", True),  # review NEW
    ("en-US", "the advil won't knock down his fever", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "i was not knocked down, i just twisted", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "the wave did not knock me down", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("en-US", "my bones don't break easily", "OSTEOPOROSIS", False),  # review NEW
    ("en-US", "the house is hot all over", "FEVER", False),  # review NEW
    ("en-US", "i flush hot all over when i'm nervous", "FEVER", False),  # review NEW
    ("en-US", "it's like a hot feeling all over my lower back", "FEVER", False),  # review NEW
    ("en-US", "my toddler cries when she rolls over", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "the baby cries when he moves", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("en-US", "everything went white and spotty when i stood", None, True),  # review NEW
    ("en-US", "i could be sick any minute", "DEHYDRATION_SIGNS", True),  # review NEW
    ("en-US", "please do not bring up the chest pain again, i don't have any", "CHEST_PAIN_OR_BREATHING", False),  # review NEW
    ("es-US", "no he hecho nada de pipí en la cama", "BLADDER_BOWEL", False),  # review NEW
    ("es-US", "el bebé llora cuando se mueve", "SEVERE_PAIN_NO_RELIEF", False),  # review NEW
    ("es-US", "me estiro contra el poste antes de correr", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "la troca rozó la pared del garaje", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
    ("es-US", "el carro rozó el poste y no nos pasó nada", "SERIOUS_FALL_ACCIDENT", False),  # review NEW
])
def test_the_corrections_as_a_second_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The last fresh measure (CK and Spanish CB, on the state after the fifteenth review) raised two denials: a
    # soldier's "negative on" is a negation cue, and the rural "naiden" is "nadie". A few of its misses as classes
    # (measured on no fresh set): breathing through a straw, hit from behind, a big hit in a game, a cab backed
    # into, "acabé de nalgas", rebar fallen on someone.
    ("en-US", "negative on chest pain, negative on any numbness", None, False),
    ("en-US", "negative on the bruising but he fell hard", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "naiden lo empujó ni se cayó, nomás se agachó", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "feels like i'm breathing through a straw", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "a delivery van tapped us from behind at the light", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he took a hard hit in the football game friday", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi papá se resbaló y fue a dar de nalgas al piso", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "le cayeron unas varillas en la espalda", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_the_last_fresh_measure_ck_and_spanish_cb(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The last round's leftover misses as classes, in other words. A verb that takes a sign away, denied, leaves
    # the sign there ("nothing brings his fever down", "ni la pastilla le baja la calentura"); a sign denied
    # plainly is still denied.
    ("en-US", "not even the motrin gets rid of her fever", "FEVER", True),
    ("en-US", "the heating pad doesn't ease the numbness in my legs one bit", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "nothing takes away the tightness in his chest", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "she doesn't have a fever, nothing like that", "FEVER", False),
    ("es-US", "ni la pastilla le baja la calentura a mi suegra", "FEVER", True),
    ("es-US", "nada le quita el dolor del pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "no tiene calentura ni escalofríos", "FEVER", False),
    # "ten out" run together before "of ten"; the recogniser's "chur" for the sound of "-ture"; "hi" for "high".
    ("en-US", "it's like tenants of ten when i roll over", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i play tennis often but now my back's tight", None, False),
    ("en-US", "grandpa's running a hi temp", "FEVER", True),
    ("en-US", "my son took his temper a chur and it's a hundred and two", "FEVER", True),
    ("en-US", "hi i just pulled something in my back", None, False),
    # A hip or knee that quit on someone is a leg giving way; a pain or a cramp that quit is not.
    ("en-US", "her knee just quit and down she went", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "my hips quit on me walking the dog", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "my legs finally just quit aching", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("en-US", "my calves just quit cramping after the banana", "SUDDEN_WEAKNESS_NUMBNESS", False),
    # Spanish "chocó a" someone, or with someone, is a crash; "me choca" is "it annoys me".
    ("es-US", "una camioneta chocó a mi hermano en el cruce", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "un taxi chocó conmigo en la esquina", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me choca a mí que me duela tanto la espalda", "SERIOUS_FALL_ACCIDENT", False),
    # Not peed at all: retention; not peed oneself: a denial.
    ("en-US", "dad hasn't peed at all since breakfast", "BLADDER_BOWEL", True),
    ("en-US", "no he hasn't peed himself or anything", "BLADDER_BOWEL", False),
])
def test_the_last_rounds_leftovers_as_classes(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 25's first contact (CL and Spanish CC) as classes, in other words. Sorer by the day; a pain working
    # round into the ribs; boiling hot and shaking; frozen stiff then boiling hot.
    ("en-US", "every morning it's a little sorer than the day before", "WORSENING_PAIN", True),
    ("en-US", "she's feeling stronger every day, the spasm's easing", "WORSENING_PAIN", False),
    ("en-US", "i lift heavier weights every day at the gym", "WORSENING_PAIN", False),
    ("en-US", "it's creeping round into my side and ribs now", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "my mum is boiling hot and shaking under the duvet", "FEVER", True),
    ("en-US", "i went stone cold then roasting hot all night", "FEVER", True),
    # A drilling crew's words are no fall; tripping over a pipe is one.
    ("en-US", "we were tripping pipe till dawn and my back locked up", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "bent down to set the slips and my back grabbed", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my husband tripped over some pipe in the yard", "SERIOUS_FALL_ACCIDENT", True),
    # Spanish: shaking under blankets; "estoy que ardo" (not of anger); no position eases it; a lump where it
    # hurts; the chest named as where it is; legs that buckle without a "me"; kicked or struck by a cow or a mule.
    ("es-US", "mi abuelo está tiritando aunque le pusimos dos frazadas", "FEVER", True),
    ("es-US", "estoy que ardo, toco mi frente y quema", "FEVER", True),
    ("es-US", "estoy que ardo de coraje con el seguro", "FEVER", False),
    ("es-US", "ni parado ni de lado se le quita a mi esposo", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "le salió una bola donde le duele la espalda", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "creo que es el pecho lo que me duele", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "no es el pecho, es la cintura", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "sus piernas se vencen cuando se levanta", "BOTH_LEGS", True),
    ("es-US", "me pegó una mula en el corral", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "de la vejiga no se aguanta, se moja", "BLADDER_BOWEL", True),
])
def test_classes_of_round_25_cl_and_spanish_cc(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The sixteenth clinician-style review (a helper that saw no set: 404 sentences of its own, run against the
    # round's commit and its parent). Every sentence whose answer was clear and that the reader now reads right,
    # with each worse reading it found (# review NEW) and each old one since fixed (# review PRE), corrected: a
    # removal verb only word for word and never as a purpose ("nothing to ease the numbness, i'm not numb"), no
    # "lower" or "just quit", sorer by the day said together, a lump that shows where it hurts (not a massage
    # ball), "es el pecho" only in doubt, a crash "conmigo" only with a driver, a vehicle or a road, legs that
    # buckle said together, shaking under blankets only "y todavía", "está que quema" not of anger.
    ('en-US', "I'm not taking anything to reduce fever, I don't have one", 'FEVER', False),  # review NEW
    ('en-US', "No need to bring down his fever, he doesn't have one", 'FEVER', False),  # review NEW
    ('en-US', "I'm not taking anything to lower my fever because I don't have one", 'FEVER', False),  # review NEW
    ('en-US', 'I have no lower leg numbness', None, False),  # review NEW
    ('en-US', 'no lower chest pain, just my lower back', None, False),  # review NEW
    ('en-US', "I don't have any lower leg weakness", None, False),  # review NEW
    ('en-US', 'denies lower extremity weakness or numbness', None, False),
    ('en-US', 'no lower belly pain and no lower leg swelling', None, False),  # review NEW
    ('en-US', 'nothing gets rid of the numbness in my legs', None, True),
    ('en-US', 'nothing brings his fever down', 'FEVER', True),
    ('en-US', "Tylenol won't bring down my fever", 'FEVER', True),
    ('en-US', 'nothing will bring down the fever', 'FEVER', True),
    ('en-US', "I can't shake this fever", 'FEVER', True),
    ('en-US', 'nothing seems to ease the chest pain', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "I can't get rid of the tingling in my feet", None, True),
    ('en-US', 'no medicine helps the numbness', None, True),
    ('en-US', 'nothing helps with the chills', 'FEVER', True),
    ('en-US', 'nothing takes away the fever', 'FEVER', True),
    ('en-US', 'nothing eases the chest pain', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "I don't need anything to help with numbness, I'm not numb at all", None, False),  # review NEW
    ('en-US', "I don't have a fever to bring down", 'FEVER', False),
    ('en-US', 'there is no fever, so nothing to bring down', 'FEVER', False),
    ('en-US', 'nothing to bring down, I have no fever', 'FEVER', False),
    ('en-US', 'nothing can stop the numbness from spreading', None, True),
    ('en-US', "I'm not on anything to stop bladder leaks, I've never had any", 'BLADDER_BOWEL', False),  # review NEW
    ('en-US', "I don't need help with bladder control, that's fine", 'BLADDER_BOWEL', False),  # review NEW
    ('en-US', "I'm not using an inhaler to help my breathing, my breathing is fine", None, False),
    ('en-US', "No, ibuprofen does not help, but there's no fever", 'FEVER', False),
    ('en-US', 'The heating pad helps the spasms, no numbness', None, False),
    ('en-US', "nothing eases the pain at all, it's unbearable", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "I'm not using anything to lower my temperature, it's normal", 'FEVER', False),
    ('en-US', "there's no swelling to reduce", 'SWELLING_OR_SPREADING_PAIN', False),
    ('en-US', "I'm not icing it to reduce swelling, there isn't any", 'SWELLING_OR_SPREADING_PAIN', False),
    ('en-US', "Advil doesn't help the fever", 'FEVER', True),
    ('en-US', 'Tylenol helps my fever come down a bit', 'FEVER', True),
    ('en-US', 'nothing stops the shaking chills', 'FEVER', True),
    ('en-US', 'nothing helps, the chest pain is still there', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "I can't stop shaking and I have chills", 'FEVER', True),
    ('en-US', "we can't seem to bring his fever down", 'FEVER', True),
    ('en-US', "I gave him Motrin to bring the fever down and it's still a hundred and two", 'FEVER', True),
    ('en-US', 'my legs just quit on me', None, True),
    ('en-US', 'my leg just quit hurting', None, False),
    ('en-US', 'my knee just quit aching after the ice', None, False),
    ('en-US', 'my legs just quit working', None, True),
    ('en-US', 'my legs just quit cramping once I stretched', None, False),  # review NEW
    ('en-US', 'my leg just quit twitching', None, False),  # review NEW
    ('en-US', 'my hip just quit hurting', None, False),
    ('en-US', 'my legs just quit being so restless', None, False),  # review NEW
    ('en-US', 'my legs just quit shaking once I sat down', None, False),  # review NEW
    ('en-US', 'my knee just quit locking up', None, False),  # review NEW
    ('en-US', 'his legs quit on him on the stairs', None, True),
    ('en-US', 'I just quit my job because my back hurts', None, False),
    ('en-US', "my hip didn't give way, I just twisted it", None, False),
    ('en-US', 'my mom says her legs just quit on her', None, True),
    ('en-US', "my mom's legs just quit and she's on the floor", None, True),
    ('en-US', 'my hip gave out and I fell', None, True),
    ('en-US', 'both hips gave out', None, True),
    ('en-US', 'my hip gave way on the stairs', None, True),
    ('en-US', "my husband's legs gave way in the kitchen", None, True),
    ('en-US', 'I help my dad when his legs give out', None, True),
    ('en-US', 'my knee just quit popping', None, False),  # review NEW
    ('en-US', "I'm freezing cold and then burning up", 'FEVER', True),
    ('en-US', 'the coffee went stone cold while I was stretching', 'FEVER', False),
    ('en-US', "it's freezing cold in here so my back is tight", 'FEVER', False),
    ('en-US', 'I feel hot then stone cold', 'FEVER', True),
    ('en-US', "I'm stone cold sober, I just hurt my back", None, False),
    ('en-US', 'my feet are freezing cold', 'FEVER', False),
    ('en-US', 'I feel freezing cold one minute and burning hot the next', 'FEVER', True),
    ('en-US', 'the pain comes round into my ribs', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'I pulled round into the driveway and my hip started hurting', 'SWELLING_OR_SPREADING_PAIN', False),  # review NEW
    ('en-US', 'it wraps round into the front of my ribs', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'I turned round into the wind and my side seized up', 'SWELLING_OR_SPREADING_PAIN', False),  # review NEW
    ('en-US', "it's sorer than yesterday", 'WORSENING_PAIN', True),
    ('en-US', "it's no sorer than yesterday", 'WORSENING_PAIN', False),
    ('en-US', 'it is achier than it was this morning', 'WORSENING_PAIN', True),
    ('en-US', 'it feels more tender than before', 'WORSENING_PAIN', True),
    ('en-US', 'not any sorer than before', 'WORSENING_PAIN', False),
    ('en-US', 'it gets worse every day', 'WORSENING_PAIN', True),
    ('en-US', "every day it's a little sorer", 'WORSENING_PAIN', True),
    ('en-US', "day by day it's getting tighter", 'WORSENING_PAIN', True),
    ('en-US', "I stretch every day and it's no worse", 'WORSENING_PAIN', False),
    ('en-US', "it's better each day, not worse", 'WORSENING_PAIN', False),
    ('en-US', 'I walk every morning, sitting is what makes it worse', 'WORSENING_PAIN', False),
    ('en-US', "every morning it's stiff, but it's not worse than last week", 'WORSENING_PAIN', False),
    ('en-US', "each day it's more intense and now I can't sleep", 'WORSENING_PAIN', True),
    ('en-US', "every day I'm a bit better and the pain is no sharper", 'WORSENING_PAIN', False),
    ('en-US', 'every single day it hurts more', 'WORSENING_PAIN', True),
    ('en-US', 'every day I do my stretches and my hamstrings feel tighter afterwards, the back is improving', 'WORSENING_PAIN', False),  # review NEW
    ('en-US', "it's worse in the morning, every morning, then fine by lunch", 'WORSENING_PAIN', False),
    ('en-US', "my wife says I get grumpier every day and my back's no worse", 'WORSENING_PAIN', False),
    ('en-US', 'the spasm is sharper each morning than the day before', 'WORSENING_PAIN', True),
    ('en-US', "I'm getting stronger every day", 'WORSENING_PAIN', False),
    ('en-US', 'I feel stronger since the physical therapy', 'WORSENING_PAIN', False),
    ('en-US', 'she is getting a little stronger', 'WORSENING_PAIN', False),  # review PRE
    ('en-US', "I'm getting stronger but the pain is getting stronger too", 'WORSENING_PAIN', True),
    ('en-US', 'the spasms are getting stronger', 'WORSENING_PAIN', True),
    ('en-US', "I'm feeling stronger and the spasm is easing", 'WORSENING_PAIN', False),
    ('en-US', 'my legs are getting stronger', 'WORSENING_PAIN', False),  # review PRE
    ('en-US', 'the pain is not getting stronger, I am', 'WORSENING_PAIN', False),
    ('en-US', 'we are getting stronger together in rehab', 'WORSENING_PAIN', False),
    ('en-US', 'my grip is getting stronger', 'WORSENING_PAIN', False),  # review PRE
    ('en-US', 'the pain is a tenner of ten', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'my kid placed tenth of ten at the spelling bee, my back hurts from the bleachers', None, False),  # review NEW
    ('en-US', 'I was tenth of 10 in line at the pharmacy', None, False),  # review NEW
    ('en-US', "it's not ten out of ten, more like a four", 'SEVERE_PAIN_NO_RELIEF', False),
    ('en-US', 'the pain is a tenet of ten and nothing helps', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "it's not a tenner of ten, maybe a five", 'SEVERE_PAIN_NO_RELIEF', False),
    ('en-US', 'I have not peed at all since yesterday', 'BLADDER_BOWEL', True),
    ('en-US', "he hasn't peed once since this morning", 'BLADDER_BOWEL', True),
    ('en-US', "I haven't peed myself", 'BLADDER_BOWEL', False),
    ('en-US', "I have not peed myself, but I'm scared I will", 'BLADDER_BOWEL', False),
    ('en-US', "I haven't peed yet today, I just woke up", 'BLADDER_BOWEL', False),  # review NEW
    ('en-US', "I haven't peed myself at all", 'BLADDER_BOWEL', False),
    ('en-US', "he hasn't peed his pants or anything", 'BLADDER_BOWEL', False),
    ('en-US', 'no, he has not peed himself', 'BLADDER_BOWEL', False),
    ('en-US', "I'm hot and shaking", 'FEVER', True),
    ('en-US', "I'm burning up and shivering", 'FEVER', True),
    ('en-US', "I'm not hot and shaking, just sore", 'FEVER', False),
    ('en-US', 'hi temp last night, a hundred and two', 'FEVER', True),
    ('en-US', 'hi, temperature is normal', 'FEVER', False),  # review PRE
    ('en-US', 'hi, I have back spasms and no fever', 'FEVER', False),
    ('en-US', 'hi temperature this morning', 'FEVER', True),
    ('en-US', 'hi there, temp is ninety eight', 'FEVER', False),
    ('en-US', 'Hi, temp agency worker here, I hurt my back lifting boxes', 'FEVER', False),  # review PRE
    ('en-US', 'I set the heating pad on hi temp', 'FEVER', False),  # review PRE
    ('en-US', 'I put the heating pad on high temp and fell asleep', 'FEVER', False),  # review PRE
    ('en-US', 'I read the brochure, no fever here', 'FEVER', False),
    ('en-US', 'I was tripping pipe all night and my back locked up', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'we were tripping out of the hole when my back spasmed', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'tripping into the hole my back seized', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'I was setting slips and my back went out', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'I slipped on the rig floor while setting the slips and landed on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I tripped over the pipe on the rig and fell hard', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'tripping over my words today, my back hurts', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'we were pulling slips and I slipped off the catwalk', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I was tripping out pipe and my back seized', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'grab the slips, then I fell off the rig floor about ten feet', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "nothing helps, not the chiropractor, not the massage, it's a ten", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'chicken breast for dinner, my back hurts', None, False),
    ('en-US', 'I fell for a scam and my back hurts', None, False),
    ('en-US', "there's a knot in my back muscle", 'SWELLING_OR_SPREADING_PAIN', False),
    ('en-US', 'under two blankets and still shivering with chills', 'FEVER', True),
    ('en-US', 'no fever, no chills, nothing like that', 'FEVER', False),
    ('en-US', 'I think I might have a fever, not sure', 'FEVER', True),
    ('en-US', "can't tell if it's a fever or just hot in here", 'FEVER', True),
    ('en-US', "she hasn't had a fever, we keep checking", 'FEVER', False),
    ('en-US', 'nothing like that, no numbness, no bladder problems', None, False),
    ('en-US', 'my legs kind of quit on me when I stood up', None, True),
    ('en-US', "his legs keep giving out and he can't get up", None, True),
    ('en-US', "my temp is a hundred and one and I'm shaking", None, True),
    ('en-US', "maybe a fever, I don't know", 'FEVER', True),
    ('es-US', 'No le baja la fiebre con nada', 'FEVER', True),
    ('es-US', 'Ni el tequila le quita la fiebre', 'FEVER', True),
    ('es-US', 'No le estoy dando nada para bajar la fiebre porque no tiene fiebre', 'FEVER', False),  # review NEW
    ('es-US', 'No estoy tomando nada para bajar la fiebre porque no tengo', 'FEVER', False),  # review NEW
    ('es-US', 'No le he dado nada para quitar la fiebre, no tiene', 'FEVER', False),
    ('es-US', 'No tengo fiebre, no hay nada que bajar', 'FEVER', False),
    ('es-US', 'Nada me quita el dolor de pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'Nada le calma el entumecimiento de las piernas', None, True),
    ('es-US', 'No tengo la espalda baja entumida', None, False),
    ('es-US', 'No siento la parte baja dormida, solo adolorida', None, False),
    ('es-US', 'No tengo la presión baja ni falta de aire', None, False),
    ('es-US', 'No se le va la fiebre', 'FEVER', True),
    ('es-US', 'No le quito la cobija porque tiene escalofríos', 'FEVER', True),
    ('es-US', 'No le quiero bajar la fiebre con pastillas, ¿está bien con trapos mojados?', 'FEVER', True),
    ('es-US', 'Ya no controla la orina', 'BLADDER_BOWEL', True),
    ('es-US', 'Sí controla la orina, eso no ha cambiado', 'BLADDER_BOWEL', False),
    ('es-US', 'Controla la vejiga bien, no tiene problemas', 'BLADDER_BOWEL', False),
    ('es-US', 'No se me va el hormigueo de los pies', None, True),
    ('es-US', 'No tiene hinchazón que bajar', 'SWELLING_OR_SPREADING_PAIN', False),
    ('es-US', 'Mi mamá no se va a caer, yo la cuido', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'Nada me alivia el entumecimiento', None, True),
    ('es-US', '¿Esto alivia el dolor de pecho? No tengo dolor de pecho, solo pregunto', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'El dolor no me quita el aire, respiro bien', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'Estamos sin nada que le baje la fiebre', 'FEVER', True),
    ('es-US', 'No le bajó la fiebre con el Tylenol', 'FEVER', True),
    ('es-US', 'Tengo fever y nada me la baja', 'FEVER', True),
    ('es-US', 'No tengo fiebre, just spasms', 'FEVER', False),
    ('es-US', 'No tiene calentura que quitar, solo el espasmo', 'FEVER', False),
    ('es-US', 'Me chocó a mí lo que dijo el doctor', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'A mi esposo le chocó la noticia', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'Un carro chocó a mi hijo en la bicicleta', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'Nos chocaron a mí y a mi esposo en la autopista', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'Mi suegra chocó conmigo por la comida', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'Mi jefe chocó conmigo en la junta y me estresé, me duele la espalda', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'Un niño chocó conmigo en el súper', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'Una camioneta chocó conmigo en el cruce', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'Me choca que me duela tanto', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'Me chocaron por atrás en el carro', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'Chocaron con nosotros en la carretera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'Le chocó a mi mamá que no la atendieran', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'Eso sí me chocó a mí, que no me dieran cita', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'Chocó a mi papá un camión', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'A mí me chocó mucho que el doctor no me revisara', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'Mi esposa no chocó, nadie chocó a mi hijo, fue solo un susto', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'Me pegó un caballo en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'Le pegó una vaca a mi papá', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'La vaca me pegó una patada en la cadera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'Me pegó el caballo y caí al suelo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'No me pegó el caballo, nomás me asustó', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'Tengo ganas de orinar y no me aguanto, se me sale', 'BLADDER_BOWEL', True),
    ('es-US', 'Ya no me aguanto el dolor, la orina está normal', 'BLADDER_BOWEL', False),
    ('es-US', 'La pipí bien, pero el dolor ya no me aguanto', 'BLADDER_BOWEL', False),
    ('es-US', 'No se aguanta la orina', 'BLADDER_BOWEL', True),
    ('es-US', 'Mi mamá no se aguanta el dolor, orina normal', 'BLADDER_BOWEL', False),
    ('es-US', 'No me aguanto sentado mucho rato; la vejiga la controlo bien', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'Se le sale la orina y no se aguanta', 'BLADDER_BOWEL', True),
    ('es-US', 'Se me doblan las piernas al caminar', None, True),
    ('es-US', 'Se me vencen las dos piernas', None, True),
    ('es-US', 'Las pastillas se vencen el mes que entra, las piernas bien', None, False),  # review NEW
    ('es-US', 'Con el calor los músculos se aflojan, y estiro las piernas', None, False),  # review NEW
    ('es-US', 'Las toallas se doblan así; me duelen los pies', None, False),  # review NEW
    ('es-US', 'Se me doblan solitas las piernas', None, True),
    ('es-US', 'No se me doblan las piernas, camino bien', None, False),
    ('es-US', 'Se le doblan las rodillas a mi mamá', None, True),
    ('es-US', 'Se le aflojan las piernas cuando se para', None, True),
    ('es-US', 'Me siento mejor, ya no se me doblan las piernas', None, False),
    ('es-US', 'Las piernas se me doblan solas', None, True),
    ('es-US', 'Se le doblan las legs cuando camina', None, True),
    ('es-US', 'Me pongo de pie y se me vencen las piernas', None, True),
    ('es-US', 'Los pantalones se doblan en la rodilla y me lastiman los pies', None, False),  # review NEW
    ('es-US', 'Está tapado con tres cobijas y temblando', 'FEVER', True),
    ('es-US', 'Mi hijo está que quema', 'FEVER', True),
    ('es-US', 'Mi mamá está que echa lumbre de coraje', 'FEVER', False),
    ('es-US', 'Estoy que ardo y sudando frío', 'FEVER', True),
    ('es-US', 'Estoy que ardo de coraje con el seguro', 'FEVER', False),
    ('es-US', 'La sopa está que quema', 'FEVER', False),
    ('es-US', 'Mi hija está que quema, le puse la mano en la frente', 'FEVER', True),
    ('es-US', 'Me tapé con la cobija porque hace frío, no estoy temblando', 'FEVER', False),
    ('es-US', 'Estoy que me quemo y sudando', 'FEVER', True),
    ('es-US', 'Mi bebé está que hierve, tiene 39', 'FEVER', True),
    ('es-US', 'Mi esposo está que arde en calentura', 'FEVER', True),
    ('es-US', 'Mi mamá está que quema del coraje', 'FEVER', False),
    ('es-US', 'Tiembla de frío y está bajo las cobijas', 'FEVER', True),
    ('es-US', 'Le compré cobijas nuevas, ya no tirita', 'FEVER', False),
    ('es-US', 'Se tapó con la cobija y está tiritando', 'FEVER', True),
    ('es-US', 'Mi esposo tiene chills y está temblando debajo de las blankets', 'FEVER', True),
    ('es-US', 'Vendo cobijas en el tianguis y me tiemblan las manos de cansancio', 'FEVER', False),
    ('es-US', 'No tiene fiebre ni escalofríos, nada de eso', 'FEVER', False),
    ('es-US', 'Creo que tiene fiebre, no estoy segura', 'FEVER', True),
    ('es-US', 'No sé si es fiebre o el calor', 'FEVER', True),
    ('es-US', 'Mi hijo no está que quema, está fresco', 'FEVER', False),
    ('es-US', 'Ni acostado se me calma', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'De ninguna manera se me quita el dolor', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'Ni así se me quita', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'Ni sentada se le calma', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'Acostado sí se me calma', 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', 'De ninguna manera se me quita el miedo a manejar, pero el dolor está leve', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'Ni de lado se me alivia', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'En ninguna posición se me calma el dolor', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'Ni parado ni sentado se le quita', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'Acostada de lado se me calma bastante', None, False),
    ('es-US', 'Tengo una bolita donde me duele', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'No tengo ninguna bolita donde me duele', 'SWELLING_OR_SPREADING_PAIN', False),
    ('es-US', 'No le siento una bolita donde le duele', 'SWELLING_OR_SPREADING_PAIN', False),
    ('es-US', 'Le puse una pelota de tenis donde me duele para darme masaje', 'SWELLING_OR_SPREADING_PAIN', False),  # review NEW
    ('es-US', 'Me recuesto sobre una pelotita donde me duele', 'SWELLING_OR_SPREADING_PAIN', False),  # review NEW
    ('es-US', 'Hay un bulto donde le duele la espalda', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', '¿Es normal tener una bolita donde duele?', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'Me pongo una bolsa de hielo donde me duele', None, False),
    ('es-US', 'Ruedo una pelota donde me duele y se me afloja el músculo', None, False),  # review NEW
    ('es-US', 'El fisio me dijo que no hay ningún bulto donde me duele', 'SWELLING_OR_SPREADING_PAIN', False),
    ('es-US', 'Lo que me duele es el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'Lo que voy a cocinar es el pecho de res', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'Lo que entreno los lunes es el pecho', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'Lo que no me duele es el pecho, es la espalda', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'No es el pecho, es la espalda', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'La parte que más me gusta es el pecho de pollo', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'Mi favorito es el pecho del pavo', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'Donde más siento la presión es el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'Hoy en el gimnasio me toca y el músculo es el pecho', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'Lo que más me aprieta es el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'El problema no es el pecho, es la espalda baja', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'Lo que compré es el pecho de pollo y unas cobijas', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'Lo que me preocupa es el pecho, me aprieta', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'La carne que más vendo es el pecho de res', None, False),  # review NEW
    ('es-US', 'La talla de la blusa, lo que no me queda es el pecho', None, False),  # review NEW
    ('es-US', 'No tiene fiebre, ni escalofríos, ni nada', None, False),
    ('es-US', 'Creo que se cayó, no sé, lo encontré en el piso', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'Me caí de la escalera ayer', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'Me caigo de sueño, nada más', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'No me caí, nomás me agaché y me dio el espasmo', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'El dolor no me deja respirar', 'CHEST_PAIN_OR_BREATHING', True),  # review PRE
    ('es-US', 'Nada le ayuda, ni las pastillas ni el calor, es un diez', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'Cada día está peor', 'WORSENING_PAIN', True),
    ('es-US', 'No baja la fiebre y está temblando', 'FEVER', True),
    ('es-US', 'Nada me quita las ganas de llorar, pero no tengo fiebre', 'FEVER', False),
    ('es-US', 'Se me va la respiración cuando me da el espasmo', 'CHEST_PAIN_OR_BREATHING', True),  # review PRE
    ('es-US', 'No se me va el aire, respiro bien', 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', 'I have no lower back numbness', None, False),
    ('en-US', 'patient denies lower leg swelling', None, False),
    ('en-US', 'no lower abdominal pain', None, False),
    ('en-US', "she's not on anything to help her breathing, she breathes fine", None, False),
    ('en-US', "we don't give him anything to stop his legs giving out, they've never given out", None, False),  # review NEW
    ('en-US', "no pills to ease chest pain, there isn't any", 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', "I'm not on meds to lower fever, never had one", 'FEVER', False),  # review NEW
    ('en-US', "I'm not on anything to help my chest pain because I don't have chest pain", None, False),  # review NEW
    ('en-US', 'I go to the gym every day, my arms feel sorer from curls, the back is better', 'WORSENING_PAIN', False),  # review NEW
    ('en-US', "I'm better every day, yesterday was worse", 'WORSENING_PAIN', False),  # review NEW
    ('en-US', 'each day is a little easier, the first day was worse', 'WORSENING_PAIN', False),  # review NEW
    ('en-US', "I'm stronger but the spasm is sharper every day", 'WORSENING_PAIN', True),
    ('en-US', 'every morning the pain is worse than the morning before', 'WORSENING_PAIN', True),
    ('en-US', 'my calf just quit cramping', None, False),
    ('en-US', 'my ankle just quit swelling', None, False),
    ('en-US', 'I came round into the kitchen and my legs gave way', None, True),
    ('en-US', 'hi fever last night, still hot', None, True),
    ('en-US', 'hi, no fever, just spasms', 'FEVER', False),
    ('en-US', 'hi temp about a hundred and three and chills', 'FEVER', True),
    ('en-US', "my mom hasn't peed at all today and her belly is swollen", 'BLADDER_BOWEL', True),
    ('en-US', "I haven't peed yet but I just drank water, I'm fine", 'BLADDER_BOWEL', False),  # review NEW
    ('en-US', "he's hot and shaking under three blankets", 'FEVER', True),
    ('en-US', "I'm freezing cold, teeth chattering, and then hot", 'FEVER', True),
    ('en-US', 'my hands are stone cold from the ice pack', 'FEVER', False),
    ('es-US', 'No toma nada para que se le baje la fiebre, no tiene', 'FEVER', False),
    ('es-US', 'No uso nada que me controle la orina, no se me sale', 'BLADDER_BOWEL', False),
    ('es-US', 'Estoy tapado con cobijas y me da frío, pero no tiemblo', 'FEVER', False),
    ('es-US', 'Mi abuela tiembla por el Parkinson y le pusimos una cobija', 'FEVER', False),  # review NEW
    ('es-US', 'No me aguanto las ganas de comer, la orina bien', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'Hice pipí normal; no me aguanto parado mucho tiempo', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'El carro de enfrente chocó conmigo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'Las ideas de mi hijo chocaron con nosotros, nada grave', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'Los precios se vencen, las piernas bien', 'BOTH_LEGS', False),  # review NEW
    ('es-US', 'Los papeles se vencen mañana y me duelen los pies de tanto caminar', 'BOTH_LEGS', False),  # review NEW
    ('es-US', 'Se aflojan los músculos de las piernas con el masaje', 'BOTH_LEGS', False),  # review NEW
    ('es-US', 'Las dos piernas se me doblan cuando me paro', None, True),
    ('es-US', 'De ninguna manera se me quita la tos, pero la espalda bien', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'De ninguna forma se le calma el niño, llora y llora, pero a mí la espalda ya no me duele', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'Pongo una pelota donde me duele y me recargo en la pared', 'SWELLING_OR_SPREADING_PAIN', False),  # review NEW
    ('es-US', 'Me sale una bola donde me duele y está roja', None, True),
    ('es-US', 'No sé si es una bolita donde me duele o el músculo', None, True),
    ('es-US', 'Lo que hago hoy en el gym es el pecho', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'Lo que me duele no es el pecho, es la espalda', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'Lo que me aprieta es el pecho y me falta el aire', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'Le pegó el toro a mi hermano en el rancho', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'Mi tía está que quema de fiebre', 'FEVER', True),
    ('es-US', 'Mi hijo está que hierve de coraje porque perdió su equipo', 'FEVER', False),
    ('es-US', 'Creo que es el pecho, me aprieta', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "I'm not on anything to reduce my fever, there's no fever", 'FEVER', False),  # review NEW
])
def test_round_25_as_a_clinician_reviewed_it(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 26, the fresh measure (CM and Spanish CD, on the reviewed state), its misses as classes in other words:
    # not even able to crawl; a ladder that slid out from under; thinking of cutting oneself (not one's hair, not
    # the grass: "cortarme" is kept whole); a pain score given as where the pain "está"; a bladder that does not
    # work; hot as an oven, said of a person; tight "aquí adelante"; "no me deja respirar" (goose flesh alone is none).
    ("en-US", "she couldn't even crawl to the phone", "CANNOT_MOVE", True),
    ("es-US", "se le corrió la escalera a mi esposo cuando bajaba", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se me fue el camión de las seis y llegué tarde", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "a veces me dan ganas de cortarme los brazos", "SELF_HARM", True),
    ("es-US", "quiero cortar el zacate pero la espalda no me deja", "SELF_HARM", False),
    ("es-US", "mañana voy a cortarme el cabello", "SELF_HARM", False),
    ("es-US", "el dolor ya está en ocho y no baja", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "hoy está en diez grados afuera y me duele la espalda", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "a mi papá ya no le funciona la vejiga", "BLADDER_BOWEL", True),
    ("es-US", "mi mamá se siente como una brasa", "FEVER", True),
    ("es-US", "la cocina está como un horno", "FEVER", False),
    ("es-US", "se me pone la piel chinita cuando oigo esa canción", "FEVER", False),
    ("es-US", "me aprieta por delante cuando subo la escalera", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "la tos no le deja respirar a mi abuelo", "CHEST_PAIN_OR_BREATHING", True),
])
def test_classes_of_round_26_cm_and_spanish_cd(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 27, the fresh measure of round 26's classes (CN and Spanish CE), its misses as classes in other words:
    # tried to rise and failed; a hard tackle taken; the chest that burns; Portuguese "falta de ar"; rural "aigre";
    # "esta espalda trabada" (this locked back) is no one stuck.
    ("en-US", "grandma tried to stand up from the toilet but she couldn't do it", "CANNOT_STAND_WALK", True),
    ("en-US", "he tries to get up but just falls back into bed", "CANNOT_STAND_WALK", True),
    ("en-US", "i tried to get up early but could not find my glasses", "CANNOT_STAND_WALK", False),
    ("en-US", "my son took a late tackle in the match and his back is in spasm", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "a mi papá le quema el pecho cuando camina", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "minha mãe tem falta de ar e dor nas costas", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "a mi abuelo le falta el aigre", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "una semana con esta espalda trabada, cuándo se me quita", "CANNOT_MOVE", False),
])
def test_classes_of_round_27_cn_and_spanish_ce(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The seventeenth clinician-style review, of rounds 26 and 27 (420 sentences of its own against the reviewed
    # state and the round's commit). Every sentence whose answer was clear and that the reader now reads right, with
    # each worse reading it found (# review NEW) corrected: "doce" is heard as "dos", so it is no high score; a
    # pain score only where the pain "está" (not a pregnancy's months, not degrees); tight "aquí adelante" not of a
    # brace or a belt; a chest burnt by the sun or coffee; the ladder alone slides out; hair and nails cut; a tackle
    # box; crawling said of a person; tried to rise from a seat and failed, said close.
    ('en-US', "I tried to get up this morning and I couldn't", None, True),
    ('en-US', "tried to stand up but my legs just wouldn't hold me", None, True),
    ('en-US', 'she tried to get up off the floor and just fell back down', None, True),
    ('en-US', "he tries to stand up and can't", None, True),
    ('en-US', "I've tried getting up three times, no luck", None, True),
    ('en-US', 'I tried to sit up in bed but gave up, it hurts too much', None, True),
    ('en-US', "I tried to get out of the car and couldn't do it", None, True),
    ('en-US', "I tried to get up, wasn't able to", None, True),
    ('en-US', "my dad tried to get out of his recliner and couldn't manage it", None, True),
    ('en-US', "I tried to get up off the toilet and I can't", None, True),
    ('en-US', "tried standing up, no use, I'm stuck on the couch", None, True),
    ('en-US', "Mom tried to stand up from the chair and couldn't, she's still sitting there", None, True),
    ('en-US', 'he tried to get up and fell back down', None, True),
    ('en-US', 'tries to stand up but cannot', None, True),
    ('en-US', "my husband tried to get out of the tub and can't", None, True),
    ('en-US', "I tried getting up but it's no use, my legs won't work", None, True),
    ('en-US', 'tried to stand up and couldnt', None, True),
    ('en-US', 'tried to stand up, not sure I can', None, True),
    ('en-US', "I tried to get him up but I couldn't lift him", None, True),
    ('en-US', "she tried to get up from the floor and couldn't, she's been down there an hour", None, True),
    ('en-US', 'I keep trying to stand but my legs give out', None, True),
    ('en-US', "I attempted to get up and I just couldn't", None, True),
    ('en-US', 'I wanted to get up but I physically could not stand', None, True),
    ('en-US', "tried to get up and it's impossible, I can't put weight on my legs", None, True),
    ('en-US', "I'm not sure I can stand, I tried to get up once and couldn't", None, True),
    ('en-US', 'I tried to get up and um I could not', None, True),
    ('en-US', "I tried to get up early to stretch but I couldn't find my foam roller", 'CANNOT_STAND_WALK', False),
    ('en-US', "I couldn't sleep, so I tried to get up and walk around, and that helped", 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I tried to get out of work early but couldn't", 'CANNOT_STAND_WALK', False),
    ('en-US', 'I tried to get out of jury duty, no luck', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to stand up and I could, it just hurts', 'CANNOT_STAND_WALK', False),
    ('en-US', "I tried to get up and walk and it was fine, I can't complain", 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to get up slowly like you said, and it worked', 'CANNOT_STAND_WALK', False),
    ('en-US', "I tried to sit up straight at my desk but I can't focus with this spasm", 'CANNOT_STAND_WALK', False),
    ('en-US', "I tried to get up at six but I couldn't get the kids out the door on time", 'CANNOT_STAND_WALK', False),
    ('en-US', "He tries to get up every hour to stretch, I can't get him to rest", 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to stand up for myself at work and gave up', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I try to get up at five every day but I can't do it on weekends", 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I tried to get out of bed and couldn't find my glasses", 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to get up there to fix the gutter, no luck, the ladder was too short', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I tried to get up the nerve to call the doctor but couldn't", 'CANNOT_STAND_WALK', False),
    ('en-US', 'I tried to get up the hill on my bike and gave up', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to get out of the lease, no luck', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to get up for my 5 am shift, no luck with the alarm', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I tried to sit up and read but I couldn't concentrate", 'CANNOT_STAND_WALK', False),
    ('en-US', "I try to get up and move every hour, I can't sit for long", 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to stand up and it took a while but I got there', 'CANNOT_STAND_WALK', False),
    ('en-US', 'I tried to get out of bed and it was slow but I managed', 'CANNOT_STAND_WALK', False),
    ('en-US', 'I tried to get up and stood fine, no trouble standing at all', 'CANNOT_STAND_WALK', False),
    ('en-US', 'I tried ice, heat and stretching, no luck, so I tried to get up and walk and that helped', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to get out of the car and could not believe how stiff I was, but I walked in fine', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to stand up on a chair to reach the shelf but gave up, my back said no', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I could not decide whether to try to get up or stay in bed, so I stayed in bed and rested', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'no trouble standing, I tried to get up and I could', 'CANNOT_STAND_WALK', False),
    ('en-US', "I tried to get out of the house for a walk but couldn't because of the rain", 'CANNOT_STAND_WALK', False),
    ('en-US', "I can't find my heating pad, I tried to get up and look but then I found it", 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to get up and go to the gym but gave up and did yoga at home instead', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I couldn't even crawl to the bathroom", None, True),
    ('en-US', 'I was unable to crawl out of bed this morning', None, True),
    ('en-US', "I literally couldn't even crawl to the phone", None, True),
    ('en-US', "I can't even crawl, the pain is that bad", None, True),
    ('en-US', "my baby can't crawl yet so I carry him all day and now my back spasms", 'CANNOT_MOVE', False),  # review NEW
    ('en-US', "traffic couldn't even crawl on the freeway, I sat in the car for two hours", 'CANNOT_MOVE', False),  # review NEW
    ('en-US', "our son is seven months and he can't crawl yet", 'CANNOT_MOVE', False),  # review NEW
    ('en-US', 'I could not crawl into the attic to check the insulation with this back', 'CANNOT_MOVE', False),  # review NEW
    ('en-US', 'I could not crawl under the car to change the oil today', 'CANNOT_MOVE', False),  # review NEW
    ('en-US', "the slow internet couldn't even crawl today", 'CANNOT_MOVE', False),  # review NEW
    ('en-US', 'my son took a hard tackle at football practice and now his back hurts', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'took a late tackle in rugby and landed on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I took a nasty tackle last week playing football, now spasms', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'he got tackled hard in the game and landed on his back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I took a tackle box to the lake and bent over to get it', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'I took a heavy tackle box out of the truck and my back seized', 'SERIOUS_FALL_ACCIDENT', False),  # review PRE
    ('en-US', 'I took a big tackle bag fishing and carried it all day', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'I tackled the yard work today and my back spasmed', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', "he didn't take a hard tackle, he just twisted turning around", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', "I'm going to tackle the garage tomorrow if my back lets me", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'I took a fishing tackle box and a cooler to the boat', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'no tackle, no fall, nothing like that, I just bent over', None, False),
    ('en-US', 'no fever, no numbness, nothing like that', None, False),
    ('en-US', 'I fell off the ladder yesterday', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I got out of the car and my back spasmed', None, False),
    ('en-US', 'getting out of the car is hard but I can do it', None, False),
    ('en-US', 'my pain is a ten out of ten and nothing helps', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'my doctor says my blood pressure is 120 over 80', None, False),
    ('en-US', "it's 10 degrees outside and my back is stiff", None, False),
    ('en-US', "I'm 80 years old and I tried to get up and couldn't", None, True),
    ('en-US', "I tried to get up but I could not stand and now I'm on the floor", None, True),
    ('en-US', 'no luck with the heat pad either', 'CANNOT_STAND_WALK', False),
    ('en-US', "gave up on the stretches, they didn't help", 'CANNOT_STAND_WALK', False),
    ('en-US', 'tried to get up, could not get up, called my daughter', None, True),
    ('en-US', 'I tried to stand and my legs buckled', None, True),
    ('en-US', "I tried to get up to go pee and couldn't", None, True),
    ('en-US', "she tries to get up but I can't lift her and she's too heavy", None, True),
    ('en-US', 'tried to get up but the dog was on my legs, no luck till he moved', 'CANNOT_STAND_WALK', False),
    ('es-US', 'se me barrió la escalera y caí de espaldas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'la escalera se me barrió', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'a mi esposo se le zafó la escalera del techo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se le corrió la escalera y se cayó del techo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'la troca se me barrió en el hielo y choqué', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'creo que se le zafó la escalera, lo encontré en el piso', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'a mi papá se le barrió la escalera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se me varrió la escalera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se me barrió el caballo en el lodo y me caí', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'no sé si se le zafó la escalera, no se acuerda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se le zafó el caballo y tuvimos que correr detrás de él', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'se me zafó el caballo del corral', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'se me corrió la troca en la bajada pero la frené a tiempo', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'se me barrió el pie en la escalera pero me agarré del barandal', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'se me zafó la manguera del camión', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'se me corrió el rímel de tanto llorar del dolor', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'no, no se me barrió la escalera, nomás me agaché', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'se me barrió la troca en la curva pero no choqué ni nada', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'se le zafó el caballo a mi hijo y se fue corriendo al monte', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'se me zafó el camión, lo perdí por dos minutos', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'se me corrió el camión de la basura, no alcancé a sacar los botes', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'se me zafó el tornillo de la escalera, la tengo que arreglar', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'a veces quiero cortarme', 'SELF_HARM', True),
    ('es-US', 'tengo ganas de cortarme las venas', 'SELF_HARM', True),
    ('es-US', 'me quiero cortar los brazos', 'SELF_HARM', True),
    ('es-US', 'pienso en cortarme otra vez', 'SELF_HARM', True),
    ('es-US', 'tengo ganas de cortarme con algo', 'SELF_HARM', True),
    ('es-US', 'quiero cortarme las venas', 'SELF_HARM', True),
    ('es-US', 'a veces me dan ganas de cortarme', 'SELF_HARM', True),
    ('es-US', 'cuando me baño pienso en cortarme', 'SELF_HARM', True),
    ('es-US', 'mi hijo dice que quiere cortarse las venas', 'SELF_HARM', True),
    ('es-US', 'se quiere cortar las venas', 'SELF_HARM', True),
    ('es-US', 'me dan ganas de cortarme las muñecas', 'SELF_HARM', True),
    ('es-US', 'mi hija se quiere cortarse otra vez', 'SELF_HARM', True),
    ('es-US', 'quiero cortarme el pelo pero no aguanto sentada en la silla del barbero', 'SELF_HARM', False),
    ('es-US', 'quiero cortarme las uñas de los pies y no me puedo agachar', 'SELF_HARM', False),
    ('es-US', 'quiero cortarme mi pelo', 'SELF_HARM', False),  # review NEW
    ('es-US', 'tengo ganas de cortarme el cabello bien corto', 'SELF_HARM', False),
    ('es-US', 'quiero ir a cortarme mañana a la peluquería', 'SELF_HARM', False),
    ('es-US', 'quiero cortarme la uña del dedo gordo y no alcanzo', 'SELF_HARM', False),  # review NEW
    ('es-US', 'quiero cortarme las greñas', 'SELF_HARM', False),  # review NEW
    ('es-US', 'quiero cortarme el copete', 'SELF_HARM', False),  # review NEW
    ('es-US', 'mi esposo quiere cortarse la barba', 'SELF_HARM', False),
    ('es-US', 'quiere cortarse las patillas', 'SELF_HARM', False),  # review NEW
    ('es-US', 'no quiero cortarme, nada de eso', 'SELF_HARM', False),
    ('es-US', 'pienso en cortarme el pelo', 'SELF_HARM', False),
    ('es-US', 'quiero cortarme las uñas', 'SELF_HARM', False),
    ('es-US', 'me quiero cortar el pelo', 'SELF_HARM', False),
    ('es-US', 'quiero cortarme el pelo bien cortito', 'SELF_HARM', False),
    ('es-US', 'mi hijo quiere cortarse el pelo como futbolista', 'SELF_HARM', False),
    ('es-US', 'quiero cortarme el cabello pero me duele la espalda al agacharme', 'SELF_HARM', False),
    ('es-US', 'quiero cortarme un pedazo de pastel', 'SELF_HARM', False),  # review NEW
    ('es-US', 'no, no pienso en cortarme', 'SELF_HARM', False),
    ('es-US', 'me siento como un horno', 'FEVER', True),
    ('es-US', 'mi bebé está como un horno', 'FEVER', True),
    ('es-US', 'mi esposo se siente como una brasa', 'FEVER', True),
    ('es-US', 'tengo la piel chinita de frío y estoy temblando', 'FEVER', True),
    ('es-US', 'mi mamá está como un horno y tiene escalofríos', 'FEVER', True),
    ('es-US', 'mi hijo está como un horno, creo que tiene fiebre', 'FEVER', True),
    ('es-US', 'mi viejo está como un horno desde anoche', 'FEVER', True),
    ('es-US', 'a lo mejor tengo calentura, me siento como un horno', 'FEVER', True),
    ('es-US', 'mi abuela está como un comal', 'FEVER', True),
    ('es-US', 'le dio fever y está como un horno', 'FEVER', True),
    ('es-US', 'se me pone la piel chinita cuando oigo esa canción', 'FEVER', False),  # review NEW
    ('es-US', 'se me puso la piel chinita de la emoción', 'FEVER', False),  # review NEW
    ('es-US', 'la casa está como un horno', 'FEVER', False),
    ('es-US', 'la troca está como un horno, no tiene aire', 'FEVER', False),
    ('es-US', 'mi esposa está como un volcán, bien enojada', 'FEVER', False),  # review NEW
    ('es-US', 'me siento como un volcán a punto de explotar de coraje', 'FEVER', False),  # review NEW
    ('es-US', 'el comal está como lumbre', 'FEVER', False),
    ('es-US', 'no me siento como un horno, nomás me duele la espalda', 'FEVER', False),
    ('es-US', 'no tengo la piel chinita ni nada de eso', 'FEVER', False),
    ('es-US', 'el cuarto está como un horno y no puedo dormir', 'FEVER', False),
    ('es-US', 'el carro estaba como un horno', 'FEVER', False),
    ('es-US', 'tengo la piel de gallina de frío, el aire acondicionado está muy fuerte', 'FEVER', False),  # review NEW
    ('es-US', 'la parrilla está como una brasa', 'FEVER', False),
    ('es-US', 'la sopa me quema la lengua', None, False),
    ('es-US', 'me puse la bolsa de agua caliente y ahora la piel está como una brasa', 'FEVER', False),
    ('es-US', 'la piel chinita me da cuando escucho a Vicente Fernández', 'FEVER', False),  # review NEW
    ('es-US', 'me siento en la cocina y está como un horno', 'FEVER', False),
    ('es-US', 'mi papá está como lumbre de enojado', 'FEVER', False),  # review NEW
    ('es-US', 'tengo la piel chinita de frío porque está nevando afuera', 'FEVER', False),  # review NEW
    ('es-US', 'me aprieta aquí adelante, en el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'me aprieta al frente y no puedo respirar bien', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'me quema el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'el pecho me quema cuando respiro', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'tengo falta de aire', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'siento falta de aigre', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'me falta el aire cuando subo escaleras', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'tengo una opresión aquí adelante', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'me quema el pecho y se me va el aire', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'el pecho me quema desde la mañana', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'a mi papá le quema el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'siento que me falta el aigre', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'la faja me aprieta adelante', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'el cinturón de seguridad me aprieta aquí adelante', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'el zapato me aprieta adelante', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'los pantalones me aprietan adelante', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'la faja le aprieta por delante a mi mamá', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'el brasier me aprieta al frente', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'la faja que me dieron me aprieta mucho adelante, ¿me la puedo aflojar?', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'no me quema el pecho, es solo la espalda', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'la pomada me quema la espalda', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el parche de calor me quemó la piel', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el café me quema', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el sol me quemó el pecho en la playa', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'me quemé el pecho con café caliente', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'me dio un aigre en la espalda', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'me pegó un aire en la espalda', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'no tengo falta de aire', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'tengo falta de sueño por el dolor', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'me aprieta la espalda', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'siéntate aquí adelante en el carro', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'aquí adelante en el carro hay espacio para acostarse', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'la troca no tiene aire, hace un calor', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'nada de falta de aire ni dolor de pecho', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el espasmo me aprieta aquí atrás', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el cinturón me aprieta al frente cuando manejo', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'la faja me aprieta en frente de la panza', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'no me funciona la vejiga', 'BLADDER_BOWEL', True),
    ('es-US', 'la vejiga no le funciona a mi papá desde ayer', 'BLADDER_BOWEL', True),
    ('es-US', 'creo que la vejiga no me funciona, casi no he orinado', 'BLADDER_BOWEL', True),
    ('es-US', 'no sé si me funciona la vejiga, no he hecho pipí desde ayer', 'BLADDER_BOWEL', True),
    ('es-US', 'la bejiga no me funciona', 'BLADDER_BOWEL', True),
    ('es-US', 'la pastilla para la vejiga no me funciona', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'la medicina de la orina no me funciona', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'no me funciona la lavadora', None, False),
    ('es-US', 'el baño no funciona', None, False),
    ('es-US', 'la vejiga me funciona bien', 'BLADDER_BOWEL', False),
    ('es-US', 'la bomba de agua no me funciona', None, False),
    ('es-US', 'no me funciona el celular', None, False),
    ('es-US', 'la vejiga sí me funciona, no hay problema con eso', 'BLADDER_BOWEL', False),
    ('es-US', 'el remedio para la vejiga no le funciona a mi mamá', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'el dolor está en diez', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'hoy está en 9, nada me lo quita', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'el dolor está en un 9 y ni con pastillas se quita', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'el dolor ya está en 11', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'el dolor estaba en diez ayer, hoy está en tres', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'mi esposa ya está en 8 meses de embarazo', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'mi presión hoy está en 12 sobre 8', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'la cita ya está en diez días', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'hoy está en 10 grados afuera', 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', 'la comida ya está en 10 minutos', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'el dolor está en dos, ya casi no duele', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'el dolor está en la espalda baja', 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', 'mi hijo ya está en octavo grado', 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', 'hoy está en 90 grados', 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', 'el dolor no está en diez, está en cuatro', 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', 'el precio hoy está en 10 dólares', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'mi bebé ya está en 9 meses', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'mi hijo ya está en 10 años', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'el termómetro hoy está en 8 grados', 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', 'el dolor hoy está en 12 de 10', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'el azúcar hoy está en 9', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'el dolor ayer estaba en 9, ahorita ya bajó a 4', 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', 'la hemoglobina ya está en 10', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'tengo esta espalda trabada desde ayer pero camino', 'CANNOT_MOVE', False),
    ('es-US', 'está la espalda trabada y no me puedo mover de la cama', 'CANNOT_MOVE', True),
    ('es-US', 'mi esposo está tirado en el piso, está la espalda trabada, no se puede mover', 'CANNOT_MOVE', True),
    ('es-US', 'me quedé trabado en la cama y no me puedo levantar', None, True),
    ('es-US', 'está la espalda como una tabla, no me puedo mover nada', 'CANNOT_MOVE', True),
    ('es-US', 'tengo la espalda trabada pero sí me muevo', 'CANNOT_MOVE', False),
    ('es-US', 'esta espalda está trabada, ni me puedo mover', 'CANNOT_MOVE', True),
    ('es-US', 'mi papá trató de levantarse y no pudo', None, True),
    ('es-US', 'my dad se cayó de la escalera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me quema el chest', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'se me barrió the ladder y me caí', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'traté de levantarme temprano pero no encontré mis llaves', None, False),
    ('es-US', 'no tengo calentura ni escalofríos ni nada de eso', None, False),
    ('es-US', 'no me caí, nada de eso', None, False),
    ('es-US', 'me bajé de la troca y me dio el espasmo', None, False),
    ('es-US', 'me quemé con el comal haciendo tortillas', None, False),
    ('es-US', 'tengo 80 años y me duele la espalda', None, False),
    ('es-US', 'tengo piel de gallina de frío y calentura', 'FEVER', True),
    ('es-US', 'me corté el pelo ayer y me agaché mucho', None, False),
    ('es-US', 'se me zafó la espalda cargando la caja', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'falta de ganas de todo por este dolor', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'me siento como un horno y tengo escalofríos', 'FEVER', True),
    ('es-US', 'le aprieta el pecho a mi esposo', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'le falta de aire a mi mamá', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'me quema adelante en el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'se me zafó el pie de la escalera y me caí de espaldas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'nomás me aprieta la faja al frente, fuera de eso bien', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el dolor está en dos', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'hoy está en dos, mucho mejor', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'mi dolor ya está en dos de diez', 'SEVERE_PAIN_NO_RELIEF', False),  # review PRE
    ('es-US', 'el dolor hoy está en dos, gracias a la pastilla', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'la cita ya está en dos días', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'el dolor está en 10 de 10', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'mi dolor está en diez de diez', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'no sé, el dolor está como en un nueve', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'hoy está en nueve grados', 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', 'la temperatura hoy está en 10', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('es-US', 'tengo la piel chinita y calentura', 'FEVER', True),
    ('es-US', 'mi esposa está como un horno y tiembla', 'FEVER', True),
    ('es-US', 'no sé si es fiebre pero me siento como un horno', 'FEVER', True),
    ('es-US', 'no sé si me quema el pecho o es la espalda', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'le quema el pecho a mi esposo cuando camina', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'la faja me aprieta, adelante y atrás', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'el pantalón le aprieta al frente a mi hijo', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'el arnés del trabajo me aprieta al frente', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'me aprieta al frente de la rodilla', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'no me aprieta adelante, solo atrás en la espalda', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'la orina no me funciona, no sale nada', 'BLADDER_BOWEL', True),
    ('es-US', 'el pipí no le funciona a mi papá', 'BLADDER_BOWEL', True),
    ('es-US', 'la vejiga no me funciona bien desde la caída', 'BLADDER_BOWEL', True),
    ('es-US', 'el medicamento de la próstata para la orina no me funciona', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'se me zafó la escalera y me caí del techo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se me corrió la escalera, caí de como tres metros', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se le zafó la troca en neutral y se fue sola calle abajo', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'se me barrió el camión en la lluvia y me salí de la carretera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'quiero cortarme el pelo, la barba y el bigote', 'SELF_HARM', False),
    ('es-US', 'mi hija quiere cortarse el fleco', 'SELF_HARM', False),
    ('es-US', 'ganas de cortarme, eso es lo que tengo', 'SELF_HARM', True),
    ('es-US', 'mi hijo piensa en cortarse', 'SELF_HARM', True),
    ('en-US', "I tried to get out of the shower and couldn't, my wife had to help me", None, True),
    ('en-US', "tried to sit up, couldn't do it, I'm still flat on my back", None, True),
    ('en-US', "my mom tries to get up from bed and just can't", None, True),
    ('en-US', 'I tried to get out of the chair, gave up after three tries', None, True),
    ('en-US', "I tried to get up but I couldn't, maybe I can later", None, True),
    ('en-US', 'I tried to get out of doing the dishes, no luck, so I bent over the sink', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to stand up the Christmas tree by myself and gave up', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I tried to get up on the roof but couldn't reach", 'CANNOT_STAND_WALK', False),
    ('en-US', "I tried to get out of the parking lot but couldn't, traffic was terrible", 'CANNOT_STAND_WALK', False),
    ('en-US', "he tried to get up in the rankings but couldn't, and now he's upset", 'CANNOT_STAND_WALK', False),
    ('en-US', "my toddler can't crawl up the stairs so I carry her", 'CANNOT_MOVE', False),  # review NEW
    ('en-US', "I couldn't even crawl to the bed, I slept on the floor", None, True),
    ('en-US', 'I took a hard tackle, the guy landed right on me', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I took a late tackle to the ribs and now my chest hurts when I breathe', None, True),
    ('en-US', "I took a tackle box from my dad's garage", 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', "my son didn't take a hard tackle, it was flag football", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'I tried to get up from the couch and I can not, my back is locked', None, True),
    ('en-US', "tried to get out of bed, couldn't get out, I'm stuck", None, True),
    ('en-US', 'she tried to stand up and was not able to', None, True),
    ('en-US', 'I tried to stand up twice, no use', None, True),
    ('en-US', "he tried to get up off the bathroom floor and couldn't make it", None, True),
    ('en-US', 'tried to get up but could not do it without screaming', None, True),
    ('en-US', "I tried to get up and I couldn't, I think", None, True),
    ('en-US', "I tried to get out of the car at the store but I couldn't, my son had to pull me out", None, True),
    ('en-US', "grandpa tries to stand up and can't, we're worried", None, True),
    ('en-US', "I try to stand up and I can't, it's like my legs are gone", None, True),
    ('en-US', "I'm lying on the floor, I tried to get up and I can't", None, True),
    ('en-US', 'I tried standing up and just fell back down onto the bed', None, True),
    ('en-US', "I tried to get up from the floor and it's no use", None, True),
    ('en-US', 'I tried to get up and I was able to walk to the kitchen', 'CANNOT_STAND_WALK', False),
    ('en-US', 'I tried to stand up and walk around like the app said, and I could', 'CANNOT_STAND_WALK', False),
    ('en-US', 'I did not have any trouble when I tried to get up', 'CANNOT_STAND_WALK', False),
    ('en-US', 'I tried to get up and it went fine, no problems standing', 'CANNOT_STAND_WALK', False),
    ('en-US', 'no problem standing, I tried to stand up and walked fine', 'CANNOT_STAND_WALK', False),
    ('en-US', 'I tried to get out of the car slowly and it was okay', 'CANNOT_STAND_WALK', False),
    ('en-US', 'I could not find the ibuprofen, so I tried to get up and look in the cabinet, and found it', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I tried to get up and stretch, I can not believe how much better it feels', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I can't remember if I tried to stand up before or after the heat pad", 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I tried to get up to speed on stretches but couldn't find a good video", 'CANNOT_STAND_WALK', False),
    ('en-US', "I tried to get out of the meeting but couldn't, so I sat for two hours", 'CANNOT_STAND_WALK', False),
    ('en-US', 'she could not stop laughing when I tried to get up off the beanbag, but I made it', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I tried to get out of the tub and could not, I'm still sitting here", None, True),
    ('en-US', "we tried to get him up and couldn't, he's too heavy", None, True),
    ('en-US', "I tried to get out of my truck and couldn't stand", None, True),
    ('en-US', 'no luck finding a chiropractor open on Sunday', None, False),
    ('en-US', 'I gave up coffee and my back still hurts', None, False),
    ('en-US', 'I tried to get up early but no luck, I slept through the alarm', 'CANNOT_STAND_WALK', False),
    ('en-US', 'I tried to sit up straighter at work but gave up by lunch', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I tried to get up the ladder to clean the gutters but couldn't reach them", 'CANNOT_STAND_WALK', False),
    ('en-US', "I tried to get out of the car wash line but couldn't, so I waited", 'CANNOT_STAND_WALK', False),
    ('en-US', 'I tried to stand up to the pain and keep working but gave up and went home', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I tried to get up my courage and go to urgent care but couldn't decide", 'CANNOT_STAND_WALK', False),
    ('en-US', "he tries to get up to use the bathroom on his own, I can't stop him", 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "I can't crawl under the desk to plug in my computer with this back", 'CANNOT_MOVE', False),  # review NEW
    ('en-US', "my grandson can't crawl yet, he just rolls", 'CANNOT_MOVE', False),  # review NEW
    ('en-US', "the line at the pharmacy couldn't even crawl", 'CANNOT_MOVE', False),  # review NEW
    ('en-US', 'I could barely crawl to the bathroom this morning', None, True),
    ('en-US', "he can't even crawl, he's just lying there", None, True),
    ('en-US', 'unable to crawl or stand', None, True),
    ('en-US', "I took a hard tackle in the game Saturday and now I can't feel my legs", None, True),
    ('en-US', "took a big tackle playing football, now my back's spasming", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I took a tackle box and a rod to the pier', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'I took a heavy tackle bag off the boat', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', "I didn't take any tackle, I was just lifting boxes", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'no fall, no tackle, no accident, I just sneezed', None, False),
    ('en-US', "I don't have a fever, no chills, no chest pain", None, False),
    ('en-US', "I feel like an oven and I'm shivering", 'FEVER', True),
    ('en-US', 'my house feels like an oven, the AC broke', 'FEVER', False),
    ('en-US', 'I got goosebumps listening to that song', 'FEVER', False),
    ('en-US', 'my pain is a two today, much better', 'SEVERE_PAIN_NO_RELIEF', False),
    ('en-US', "I'm 10 years past my surgery and this spasm came out of nowhere", None, False),
    ('en-US', "my bladder medicine isn't working", 'BLADDER_BOWEL', False),
    ('en-US', "my bladder isn't working, I haven't peed since yesterday", 'BLADDER_BOWEL', True),
    ('en-US', 'the seatbelt is tight across the front', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el dolor es un dos de diez', 'SEVERE_PAIN_NO_RELIEF', False),  # review PRE
    ('es-US', 'fiebre no, pero me duele mucho la espalda', 'FEVER', False),
])
def test_rounds_26_and_27_as_a_clinician_reviewed_them(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 28, the fresh measure of the final reviewed state (CO and Spanish CF), a few of its misses as classes in
    # other words (measured on no fresh set): "can't bear" says too much pain, it denies nothing; the worst pain
    # someone else has felt; a plumbing trap; someone who went straight down (not a pain going down a leg); going
    # over on a step; rolled out of bed by someone; "shorter breath"; weak all through the body; a back smashed on
    # an edge; pain working round into the ribs; "don't think i could walk"; Italian mixed into Spanish.
    ("en-US", "my wife can't bear the pain, she says it's a nine", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "mum says this is the worst pain she's ever felt", "AORTA", True),
    ("en-US", "there's a mouse trap under the bed and my back is sore", None, False),
    ("en-US", "she went right down in the garden and can't say why", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the ache is going straight down the back of my thigh", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "dad went over on the curb coming out of the bank", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the nurse had to roll him out of bed", "CANNOT_MOVE", True),
    ("en-US", "he's shorter breath than usual", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "i feel so weak all through my body", "DEHYDRATION_SIGNS", True),
    ("en-US", "i smacked my back on the table corner", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "it's creeping round into his ribs", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "i pulled round into the car park and my back twinged", "SWELLING_OR_SPREADING_PAIN", False),
    ("en-US", "i don't think she could walk to the bathroom", "CANNOT_STAND_WALK", True),
    ("en-US", "i don't think i could stand another week of this", "CANNOT_STAND_WALK", False),
    ("es-US", "mi nonno si è caduto nella cocina", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi suegra no retiene ni el agua, lo devuelve todo", "DEHYDRATION_SIGNS", True),
    ("es-US", "no puede alzar el brazo para peinarse", "CANNOT_STAND_WALK", False),
])
def test_classes_of_round_28_co_and_spanish_cf(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 28's leftovers as classes, in other words: a place restated after the back is denied ("it's not my back,
    # it's my chest"); a heavy thing that fell onto the body, said whole, beats the "se me cayó" of dropping
    # something (``whole_signs``); a heavy thing dropped onto the back; "came down" keeps its particle, so a load
    # that came down on a back is no spasm that "comes back"; "doce" is twelve, not "dos" ("dos días" is no long
    # time); a split word heard with its shared sound twice ("throw wing").
    ("en-US", "it isn't his back, it's his chest", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "her back's fine, it's her heart", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "it's not my chest, it's my back", "CHEST_PAIN_OR_BREATHING", False),
    ("en-US", "my back is fine and my chest is fine", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "no le duele la cintura, es el pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "no es la columna, es mas bien el pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "lo que no le duele es el pecho", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "a mi cuñado se le cayó un tronco sobre la espalda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se me cayó el teléfono en la cama", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my buddy dropped the pallet on my back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i dropped the remote and bent to get it", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "a ladder came down on her back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a ladder came down on her back", "RECURRING_SPASMS", False),
    ("es-US", "ya el dolor está en doce", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "llevo doce días así", "PERSISTENT_PAIN", True),
    ("es-US", "hace dos días me empezó", "PERSISTENT_PAIN", False),
    ("en-US", "she's been throw wing up all night", "DEHYDRATION_SIGNS", True),
    ("en-US", "we got a hot tub for my back", None, False),
])
def test_classes_of_round_28_leftovers(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 29 (CP and Spanish CG), its misses and false alarms as classes in other words: any remedy that does
    # nothing; bones older than the person; a person hot as a stove (not a kitchen, nor "hot as hell" after the gym);
    # coming down with a temperature; "fell" heard as "fill" where people fall; tangled in a leash or a cord; a car
    # behind that tapped or nudged; doubt whether someone can pee or stand; low oxygen; a chest whose pain is denied
    # and whose squeeze is said; a person hit, said in the passive; Galician "non"; a vocative between a sign's
    # words ("mija", "doc"); reaching back into something is no car backing into it; a back that locked is no
    # person stuck; a knee or an ankle swollen is no swelling of the back.
    ("en-US", "heat and stretching do nothing for me", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i do nothing all day but lie here", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "the doctor said mum has the bones of an old woman", "OSTEOPOROSIS", True),
    ("en-US", "my son is hot as a furnace tonight", "FEVER", True),
    ("en-US", "the garage is hot as an oven, that's where i hurt it", "FEVER", False),
    ("en-US", "i might be coming down with a temp", "FEVER", True),
    ("en-US", "my wife fill down the porch steps", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "dad caught his foot in the garden hose", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "some guy's van nudged us at the light", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i wonder if he's able to pee at all", "BLADDER_BOWEL", True),
    ("en-US", "grandma's oxygen levels are dropping", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "his chest doesn't hurt but it feels heavy", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "my chest doesn't hurt, only my back", "CHEST_PAIN_OR_BREATHING", False),
    ("en-US", "i leaned back into the couch and it eased", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "no sé si mi abuela puede hacer pipí", "BLADDER_BOWEL", True),
    ("es-US", "no sé si mi tío se puede levantar solo", "CANNOT_STAND_WALK", True),
    ("es-US", "el oxímetro marca ochenta y pico", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "el pecho no le duele pero siento presión dice", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "mi sobrino fue tacleado en el partido", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "non podo camiñar", "CANNOT_STAND_WALK", True),
    ("es-US", "se le quedó trabada la cintura al cargar al niño", "CANNOT_MOVE", False),
    ("es-US", "traigo el tobillo hinchado del fútbol", "SWELLING_OR_SPREADING_PAIN", False),
])
def test_classes_of_round_29_cp_and_spanish_cg(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 30, the fresh measure of round 29's classes (CQ and Spanish CH), its misses and false alarms as classes
    # in other words: a back the colour of a plum; a stomach doing flips; legs without force; breath, dizzy and
    # nauseous as a recogniser mishears them ("short of bread", "does he", "nations"), only where a person says how
    # they feel; someone on the floor beside a bed, or who slid out of one; vomiting said with "echar" and a meal
    # (not pouring ice); a back that gets stuck ("se queda clavada") is no person stuck; a drop of water not drunk
    # is no drop of urine.
    ("en-US", "her lower back is the color of an eggplant", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "his stomach is doing somersaults since lunch", "DEHYDRATION_SIGNS", True),
    ("en-US", "she says her legs are without strength today", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "he gets short of bread on the stairs", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "we're out of bread and milk", None, False),
    ("en-US", "i feel so does he when i stand", "DEHYDRATION_SIGNS", True),
    ("en-US", "does he need heat or ice", None, False),
    ("en-US", "my grandma's on the floor beside the toilet", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my patient slid out of his wheelchair", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi suegra echó todo lo que comió", "DEHYDRATION_SIGNS", True),
    ("es-US", "le eché todo el hielo a la espalda", None, False),
    ("es-US", "ella hace toda la comida", None, False),
    ("es-US", "la cintura se me queda clavada cada mañana", "CANNOT_MOVE", False),
    ("es-US", "no he tomado ni una gota de agua hoy", "BLADDER_BOWEL", False),
    ("es-US", "no le sale ni una gota cuando va al baño", "BLADDER_BOWEL", True),
    # ... and the class behind its caregiver on the floor: someone named on the floor beside a bed or a toilet, or
    # moaning there, is found there; one simply on the floor is not ("with her legs up", "en su tapete").
    ("en-US", "my father is on the garage floor moaning", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my wife is on the floor with her legs up on the couch", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my husband got down on the floor to do his stretches", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi suegra está en el suelo de la cocina quejándose", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi esposo está en el piso en su tapete, dice que así descansa", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_round_30_cq_and_spanish_ch(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)



@pytest.mark.parametrize("locale,said,flag,raised", [
    # The eighteenth review: a clinician-style helper that saw no set wrote its own sentences against this session's
    # first four commits of classes and their parent, both ways. Its 110 worse readings were nearly all false alarms of
    # classes with no person, body part or event: a chest "restated" with a rash or a tattoo, oxygen tanks and "bajo"
    # (under), "the kitchen feels hot as an oven", a puppy tangled in a leash, people sitting on the floor by the couch,
    # "slid out of the meeting", "can i fill in the tub", the passive of a crisis or a ball, whole signs that skipped a
    # "what if", "se oye caer", a car the colour of an eggplant, stomach flips before an interview, "echar" food to the
    # dog, "the bones of an old whale", doubt whether one may pee before a scan or park the car, "doce semanas". Every
    # sentence it was sure of that reads right now is kept here.
    ('en-US', "it's not my back, it's my chest", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "it's not really my back, it's more like my chest", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "my back is fine, it's my chest that hurts", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "honestly it's not the back, it's in my chest", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "my back doesn't hurt, it's up in my chest", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "the pain isn't in my back, it's in my chest", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "it's not back pain, it's more like my chest", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "my back's okay, it's my breastbone, right in the middle", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "not my back honey, it's my chest", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "it's not my back, it's my chest that has a rash", 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', "my back is okay, it's my heart medication I have a question about", 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', "it's not my back workout today, it's my chest workout", 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', "my back is fine, it's my chest cold that's bugging me", 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', "not my back, it's my chest tattoo that itches", 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', 'his oxygen is low, like eighty eight', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'the pulse ox reads eighty seven', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'her sats are in the eighties', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'my oxygen keeps dropping when I walk', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "the nurse said he's desatting", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'my o2 dropped to eighty five', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'his oxygen level went down to eighty seven', 'CHEST_PAIN_OR_BREATHING', True),  # review PRE
    ('en-US', 'the oximeter shows eighty four', 'CHEST_PAIN_OR_BREATHING', True),  # review PRE
    ('en-US', 'my oxygen saturation is only eighty nine', 'CHEST_PAIN_OR_BREATHING', True),  # review PRE
    ('en-US', "mom's oxygen levels are really low today", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "my dad's oxygen tank is low, we need a refill", 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', 'we are running low on oxygen tanks', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', "my son's SAT scores are low", 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', 'the saturation on my TV is low', 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', 'the oxygen in the fish tank is low', 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', 'his oxygen is fine, ninety eight percent', 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', "my oxygen isn't low, it's ninety seven", 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', 'I sat low on the couch all day and now my back is stiff', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', 'the spare oxygen is down in the basement', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', 'the oxygen got dropped off today by the supply company', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', "no, her sats aren't low", 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', 'the oxygen concentrator is down the hall', 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', "my chest doesn't hurt but it feels tight", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "my chest doesn't hurt, it's more like pressure", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'my chest does not hurt, it is heavy', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "the chest doesn't hurt, it's just tight when I breathe", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "my chest doesn't hurt, it's my back, it's tight", 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', "my chest doesn't hurt and it isn't tight", 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', "my chest doesn't hurt, my hamstring is tight though", 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', 'my mom is hot as a stove', 'FEVER', True),
    ('en-US', 'his forehead is hot as an oven', 'FEVER', True),
    ('en-US', 'she feels hot as a radiator', 'FEVER', True),
    ('en-US', 'the baby feels hot like fire', 'FEVER', True),
    ('en-US', 'my forehead is hot as fire', 'FEVER', True),
    ('en-US', 'my son is burning hot like a furnace', 'FEVER', True),
    ('en-US', 'grandpa is hot as blazes and shaking', 'FEVER', True),
    ('en-US', 'dad came down with a temperature last night', 'FEVER', True),
    ('en-US', "I think I'm coming down with a temperature", 'FEVER', True),
    ('en-US', "my little girl's skin is hot as a heater", 'FEVER', True),
    ('en-US', 'the kitchen feels hot as an oven', 'FEVER', False),  # review NEW
    ('en-US', 'the car feels hot as a furnace after sitting in the sun', 'FEVER', False),  # review NEW
    ('en-US', 'this heating pad feels hot as fire, is that okay', 'FEVER', False),  # review NEW
    ('en-US', 'the heating pad is hot as a stove, is that safe', 'FEVER', False),
    ('en-US', "it's hot as hell outside and my back is killing me", 'FEVER', False),
    ('en-US', 'the garage is hot as blazes', 'FEVER', False),
    ('en-US', "my mom is not hot as a stove, she's just warm", 'FEVER', False),
    ('en-US', 'the bath water feels hot as hell', 'FEVER', False),  # review NEW
    ('en-US', 'my wife says the shower feels hot as fire', 'FEVER', False),  # review NEW
    ('en-US', 'my mom got tangled in the dog leash and went down', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I caught my foot in the garden hose and fell hard on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'grandpa got tangled up in his oxygen tubing and hit the floor', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my husband got his feet tangled in the vacuum cord and went flying', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the puppy got tangled up in the leash again', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'the cat got tangled in the vacuum cord', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'my earbuds are always tangled in the cord', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', "she got tangled in her oxygen tubing while sleeping but she's fine", 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'I got tangled in the leash but caught myself on the fence', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', "I didn't get tangled in the leash, I just twisted wrong", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'the dogs got tangled in the leash at the park', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'a pallet dropped on his back at the warehouse', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a tree branch landed on my head while I was raking', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the tv came down on my back when the stand broke', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my coworker dropped a beam on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I dropped the tv on the carpet, no harm done', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'a car tapped me in the parking lot while I was walking', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the car behind hit us at the light', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a truck backed into me in the parking lot', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I found my mom on the floor next to her bed this morning', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'grandma was on the floor by her bed when I got home', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "my dad is on the floor by the toilet and can't get up", None, True),
    ('en-US', 'my husband is on the floor next to the couch doing his back stretches', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'my daughter is on the carpet next to me doing homework', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', "my mom sleeps on the floor next to the bed because it's better for her back", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'my son is on the rug beside the dog watching TV', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', "my dad slid off the toilet and couldn't get up", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'she slid out of her wheelchair this morning', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'he slid out trying to get into the tub', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'grandma slid off her bed onto the floor last night', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'he slid out of the meeting early', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'I slid out of my jacket because it hurt to lift my arms', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'we slid out of the party before the speeches', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'she slid out of bed carefully the way the physical therapist showed her', 'SERIOUS_FALL_ACCIDENT', False),  # review PRE
    ('en-US', 'I slid out of bed on my side like you told me', 'SERIOUS_FALL_ACCIDENT', False),  # review PRE
    ('en-US', "he slid out of the car slowly so his back wouldn't twinge", 'SERIOUS_FALL_ACCIDENT', False),  # review PRE
    ('en-US', "my legs without strength, I can't hold myself up", None, True),
    ('en-US', "suddenly there's no force in my legs", 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'my leg is without power since this morning', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'my knee without strength exercises just aches', 'SUDDEN_WEAKNESS_NUMBNESS', False),  # review NEW
    ('en-US', 'I did leg day without power racks at the home gym', 'SUDDEN_WEAKNESS_NUMBNESS', False),
    ('en-US', "the foot massager stopped, it's without power since the outage", 'SUDDEN_WEAKNESS_NUMBNESS', False),
    ('en-US', 'the heating pad does nothing for it', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "ice does nothing, heat does nothing, it's a ten", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'massage does nothing anymore, the pain is unbearable', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'the doctor said rest, do nothing heavy for a week', 'SEVERE_PAIN_NO_RELIEF', False),
    ('en-US', 'does heat do nothing or should I use ice', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('en-US', 'I just rest and do nothing all weekend', 'SEVERE_PAIN_NO_RELIEF', False),
    ('en-US', 'the side of my back looks like a plum', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'his back is purple like a grape where he hit the step', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'the bruise on my back is the color of an eggplant', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'my lower back looks like an eggplant', 'SWELLING_OR_SPREADING_PAIN', True),  # review PRE
    ('en-US', 'my new car is the color of an eggplant', 'SWELLING_OR_SPREADING_PAIN', False),  # review NEW
    ('en-US', 'I painted the bedroom the color of a plum', 'SWELLING_OR_SPREADING_PAIN', False),  # review NEW
    ('en-US', 'the smoothie is the color of a blueberry', 'SWELLING_OR_SPREADING_PAIN', False),  # review NEW
    ('en-US', 'my stomach has been doing flips all morning with this back pain', 'DEHYDRATION_SIGNS', True),
    ('en-US', "my stomach is flip flopping and I can't keep food down", 'DEHYDRATION_SIGNS', True),
    ('en-US', 'my stomach is doing flips before my job interview', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('en-US', 'my stomach is doing flips every time I see my crush', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('en-US', 'the baby is kicking so much my stomach is doing flips', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('en-US', "my stomach isn't doing flips or anything", 'DEHYDRATION_SIGNS', False),
    ('en-US', "my daughter's stomach is doing somersaults, she is so excited for the trip", 'DEHYDRATION_SIGNS', False),  # review NEW
    ('en-US', 'the doctor said I have the bones of an old woman', 'OSTEOPOROSIS', True),
    ('en-US', 'my x-ray showed the bones of an eighty year old', 'OSTEOPOROSIS', True),
    ('en-US', 'she says I have bones like an old lady', 'OSTEOPOROSIS', True),
    ('en-US', 'my scan says I have the bones of someone twice my age', 'OSTEOPOROSIS', True),
    ('en-US', 'my doctor said I have the bones of a twenty year old', 'OSTEOPOROSIS', False),
    ('en-US', 'the house has the good bones of an old farmhouse', 'OSTEOPOROSIS', False),  # review NEW
    ('en-US', 'the museum has the bones of an old whale', 'OSTEOPOROSIS', False),  # review NEW
    ('en-US', 'the dog dug up the bones of an old steak', 'OSTEOPOROSIS', False),  # review NEW
    ('en-US', 'my bone scan was great, not the bones of an old man at all', 'OSTEOPOROSIS', False),
    ('en-US', "I'm short of bread when I walk up the stairs", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "I can't catch my bread", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'she gets short of brett just walking to the bathroom', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'I am does he when I stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', "I'm feeling nations", 'DEHYDRATION_SIGNS', True),
    ('en-US', 'I feel so does he and sick', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'we are short of bread for the sandwiches', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', 'the store was short of bread today', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', 'is the pain real, does he need an x ray', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('en-US', "I am not dizzy and I'm not nauseous", 'DEHYDRATION_SIGNS', False),
    ('en-US', 'my mom fill in the bathtub last night', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my dad fill down the basement stairs', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'can I fill in the bathtub with epsom salt for my back', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'should I fill in the tub with hot water or use a heating pad', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', "honey I can't feel my legs", None, True),
    ('en-US', "dude I've been throwing up all day", 'DEHYDRATION_SIGNS', True),
    ('en-US', "sweetie I'm so dizzy", 'DEHYDRATION_SIGNS', True),
    ('en-US', 'I have no fever, doc', 'FEVER', False),
    ('en-US', "no honey, I didn't fall", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'doc, my temperature is one oh two', 'FEVER', True),
    ('en-US', 'no doc, no fever at all', 'FEVER', False),
    ('en-US', "I'm not running a fever honey, just sore", 'FEVER', False),
    ('en-US', 'I put honey on my toast and then my back went out', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'I went back into the house and my back seized', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'I crawled back into bed and the spasm hit', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'I slammed back into the wall when I slipped', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the forklift came back into the aisle and hit me', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I reached back into the car for my purse and felt a pull', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'I eased back into my chair slowly', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'I stepped back into the pool drain and went down hard on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "I'm not sure if he can pee", 'BLADDER_BOWEL', True),
    ('en-US', "I don't know if she can pee, she's been trying all morning", 'BLADDER_BOWEL', True),
    ('en-US', 'I doubt he can urinate, he keeps trying and nothing', 'BLADDER_BOWEL', True),
    ('en-US', 'I wonder if I can pee in the cup at home before the appointment', 'BLADDER_BOWEL', False),  # review NEW
    ('en-US', 'no doubt he can pee, he went three times this morning', 'BLADDER_BOWEL', False),
    ('en-US', "not sure if it's the water pills but he's been peeing a lot", 'BLADDER_BOWEL', False),
    ('en-US', 'not sure if the dog has been peeing on the rug', 'BLADDER_BOWEL', False),  # review NEW
    ('en-US', 'I wonder if the puppy can pee outside yet', 'BLADDER_BOWEL', False),  # review NEW
    ('en-US', "I'm not sure whether I can pee before the MRI or if I should wait", 'BLADDER_BOWEL', False),  # review NEW
    ('en-US', 'I keep throw wing up', 'DEHYDRATION_SIGNS', True),
    ('en-US', "she's been vomit ting all night", 'DEHYDRATION_SIGNS', True),
    ('en-US', 'I was throw wing the ball for the dog when my back went out', 'DEHYDRATION_SIGNS', False),
    ('en-US', 'when I came down to the kitchen my back locked up', 'FAINTING', False),
    ('en-US', 'it all came down to the mattress, my back is better now', 'FAINTING', False),
    ('en-US', "when she came to she didn't know where she was", 'FAINTING', True),
    ('en-US', "dude, I can't get doc to walk me through the stretches", 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "doc, I'm not sure if I can pee", 'BLADDER_BOWEL', True),
    ('en-US', 'it feels hot as fire where I put the muscle rub', 'FEVER', False),  # review NEW
    ('en-US', 'my back feels hot as fire where the spasm is', 'FEVER', False),  # review NEW
    ('en-US', 'the heating pad feels hot like a griddle', 'FEVER', False),  # review NEW
    ('en-US', 'my son feels hot as fire, I think he has a fever', 'FEVER', True),
    ('en-US', 'my husband is hot as a furnace and has chills', 'FEVER', True),
    ('en-US', "I doubt it's a bladder thing, he's been peeing normally", 'BLADDER_BOWEL', False),  # review NEW
    ('en-US', "not sure he can pee, he's been in there twenty minutes", 'BLADDER_BOWEL', True),
    ('en-US', "my back's fine, it's the chest that's tight", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'my o2 sat is low', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'his oxygen dropped to eighty nine on the oximeter', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'what does low oxygen mean', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', 'is low oxygen a sign of something serious', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', 'I caught my foot in the dog leash and hit the ground hard', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the christmas lights got tangled in the extension cord', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', "my grandpa on the floor by the bed, he can't get up", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a semi nudged us off the road', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my bone density test says I have bones like an old man', 'OSTEOPOROSIS', True),
    ('en-US', 'we found the bones of an old cow in the back field', 'OSTEOPOROSIS', False),  # review NEW
    ('en-US', "my legs aren't without strength, they're just sore", 'SUDDEN_WEAKNESS_NUMBNESS', False),
    ('en-US', 'I am not feeling nations or dizzy, just sore', 'DEHYDRATION_SIGNS', False),
    ('en-US', "I'm not short of breath at all", 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', "the mower landed on my foot but it was turned off and I'm fine", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'the ladder landed on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the shelf came down on my head at work', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'no me duele la espalda, es el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'no es la espalda, es más bien el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'la espalda está bien, es aquí en el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'no es dolor de espalda, es del corazón', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'a mi papá no le duele la espalda, es el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'no es tanto la espalda, es en el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'mija no es la espalda, es el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'no es la espalda, es el pecho de mi bebé, tiene un sarpullido', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'no me duele la espalda, es el pecho del pollo lo que no me cayó bien', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'el oxígeno le bajó a ochenta y cinco', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'la saturación está en ochenta y siete', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'mi mamá está saturando bajo', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'mi papá está bajo de oxígeno', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'el oxímetro marca ochenta y cinco', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'la enfermera dijo que se desatura cuando camina', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'tiene la oxigenación baja', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'el oxígeno está bien, noventa y siete', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el tanque de oxígeno está bajo la cama', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'el oxígeno no está bajo, está en noventa y ocho', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el oxígeno del acuario está bajo', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'desde que usa oxígeno, la espalda baja le duele', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'el oxígeno se lo bajé a dos litros como dijo el doctor', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'el doctor le bajó el oxígeno porque ya está mejor', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'la saturación del color de la tele está baja', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el tanque de oxígeno ya está bajo, hay que pedir otro', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'no me duele el pecho pero me aprieta', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'el pecho no me duele, es como presión', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'no es dolor de pecho, es como una faja', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'no le duele el pecho, pero siente presión', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'no me duele el pecho, me aprieta el zapato', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'no le duele el pecho, le aprieta la faja de la espalda', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'no me duele el pecho ni siento presión', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'no me duele el pecho, me pesa la mochila en la espalda', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'no estoy segura si mi papá puede orinar', 'BLADDER_BOWEL', True),
    ('es-US', 'no sabemos si puede hacer pipí, no le sale nada', 'BLADDER_BOWEL', True),
    ('es-US', 'no sé si se puede parar solo', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no sé si mi mamá se puede levantar del piso', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no sé si puede dar un paso', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me pregunto si me puedo levantar temprano mañana para trabajar', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'no sé si se puede parar aquí con el carro', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'no sé si puedo orinar antes del ultrasonido', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'no sé si el perrito puede hacer pipí en el pasto', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'no sé si se puede levantar la cama del hospital más alto', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'no sé si puedo orinar en el vaso aquí o en la clínica', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'no sé si me puedo levantar de la cama sin torcerme, ¿cómo lo hago?', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'me duele la espalda desde hace doce días', 'PERSISTENT_PAIN', True),
    ('es-US', 'tengo dos días con el dolor', 'PERSISTENT_PAIN', False),
    ('es-US', 'hace uno o dos días que me duele', 'PERSISTENT_PAIN', False),
    ('es-US', 'llevo dos días con espasmos', 'PERSISTENT_PAIN', False),
    ('es-US', 'me empezó a doler a las doce de la noche', 'PERSISTENT_PAIN', False),
    ('es-US', 'me empezó a doler a las doce de la noche', 'SEVERE_PAIN_NO_RELIEF', False),
    ('es-US', 'el dolor es un doce de diez', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'tengo un hijo de doce años y me duele la espalda', 'PERSISTENT_PAIN', False),
    ('es-US', 'hace doce horas que me duele', 'PERSISTENT_PAIN', False),
    ('es-US', 'llevo doce semanas con este dolor', 'PERSISTENT_PAIN', True),  # review NEW
    ('es-US', 'ya van dos semanas y no se me quita', 'PERSISTENT_PAIN', True),
    ('es-US', 'me duele desde hace dos días nada más', 'PERSISTENT_PAIN', False),
    ('es-US', 'tengo doce días con el dolor de espalda', 'PERSISTENT_PAIN', True),
    ('es-US', 'me lastimé la espalda a las doce cargando cajas', 'PERSISTENT_PAIN', False),
    ('es-US', 'mi hijo fue golpeado por una viga en la obra', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi papá fue atropellado por un carro', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'salió golpeado del accidente de la troca', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'lo han golpeado en la calle y le duele la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi esposo fue arrollado por una moto', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi tío fue golpeado por la crisis y perdió su casa', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'mi hermano fue empujado a renunciar', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'el balón fue pateado fuera del estadio', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'el árbol fue derribado por la ciudad', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'mi papá fue golpeado por la noticia de la muerte de su hermano', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'no fue golpeado, solo se asustó', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'el carro salió golpeado pero nosotros estamos bien', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'la casa fue golpeada por el huracán pero ya la arreglamos', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'lo han empujado a trabajar doble turno y por eso le duele la espalda', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'la puerta fue empujada por el viento', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'hace doce semanas que me duele la espalda', 'PERSISTENT_PAIN', True),  # review NEW
    ('es-US', 'va para doce semanas con el dolor', 'PERSISTENT_PAIN', True),
    ('es-US', 'tengo doce meses con este dolor de espalda', 'PERSISTENT_PAIN', True),
    ('es-US', 'no ha orinado en doce horas', 'BLADDER_BOWEL', True),
    ('es-US', 'mi papá se tomó doce pastillas de tylenol de un jalón', 'OVERDOSE', True),
    ('es-US', 'hace dos horas que me duele', 'PERSISTENT_PAIN', False),
    ('es-US', 'me duele desde ayer, como dos días', 'PERSISTENT_PAIN', False),
    ('es-US', 'non me podo mover', 'CANNOT_MOVE', True),
    ('es-US', 'non puedo orinar', 'BLADDER_BOWEL', True),
    ('es-US', 'non pode camiñar, non se pode poñer de pé', 'CANNOT_STAND_WALK', True),
    ('es-US', 'non me caín, só me doe', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'non tengo fiebre', 'FEVER', False),
    ('es-US', 'non me caí, me agaché mal', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'estoy vomitando non stop', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'non me puedo mover da cama', 'CANNOT_MOVE', True),
    ('es-US', 'non sinto as pernas', None, True),
    ('es-US', 'eché todo el desayuno', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'está echando todo lo que come', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'eché hasta la cena de anoche', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'le echo toda la comida al perro', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'eché la comida a la basura porque estaba echada a perder', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'estoy echando la comida en los platos', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'eché la cena al horno y me dio el espasmo', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'echo todo el desayuno en la licuadora', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'no he echado el almuerzo, solo me duele la espalda', 'DEHYDRATION_SIGNS', False),
    ('es-US', 'le eché la culpa al almuerzo pero era la espalda', 'DEHYDRATION_SIGNS', False),
    ('es-US', 'echo toda la comida en el refri después de cenar', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'eché el almuerzo en la lonchera de mi hijo', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'oiga, me caí de la escalera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mija, no siento las piernas', None, True),
    ('es-US', 'no, mija, no tengo fiebre', 'FEVER', False),
    ('es-US', 'oye, mi papá se cayó en el baño', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi compa se cayó del andamio', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se oye caer la lluvia en el techo', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'no, carnal, no me caí, nomás me agaché', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'oye, me duele mucho el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'no puedo, mijita, caminar', 'CANNOT_STAND_WALK', True),
    ('es-US', 'mi papá no oye bien y por eso vine yo', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'se me cayó una viga en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se le cayó un tronco en la cabeza', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se me cayeron unas cajas en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se me cayó la tabla en la cabeza', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se le cayó el refri encima de la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se me cayó el celular', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'se me cayó la tele pero no se rompió', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'no se me cayó nada en la espalda, solo me agaché', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'se me cayó el pelo en la espalda cuando me lo corté', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'se me cayó el mundo encima cuando me dieron la noticia', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'se me cayó la caja de pastillas en la cama', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'se me cayó la cara de vergüenza', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'se me cayó un tubo de crema en la espalda cuando me la estaba poniendo', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'tengo la rodilla hinchada', 'SWELLING_OR_SPREADING_PAIN', False),
    ('es-US', 'tengo la rodilla hinchada y la espalda también', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'se me hinchó el tobillo y también la espalda', 'SWELLING_OR_SPREADING_PAIN', True),  # review NEW
    ('es-US', 'se me hinchó la espalda', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'tengo los ojos hinchados de tanto llorar', 'SWELLING_OR_SPREADING_PAIN', False),
    ('es-US', 'tengo la espalda hinchada y la rodilla hinchada', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'tengo la espalda y la rodilla hinchadas', 'SWELLING_OR_SPREADING_PAIN', True),  # review NEW
    ('es-US', 'tengo la espalda hinchada, no la rodilla', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'tengo la muela hinchada desde ayer', 'SWELLING_OR_SPREADING_PAIN', False),
    ('es-US', 'se le hinchó el dedo a mi hijo con el balón', 'SWELLING_OR_SPREADING_PAIN', False),
    ('es-US', 'la espalda baja se ve hinchada, y la mano también', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'tengo una bola hinchada en la espalda y la rodilla hinchada', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'tengo la garganta hinchada por la gripa', 'SWELLING_OR_SPREADING_PAIN', False),
    ('es-US', 'se me hinchó la rodilla y la espalda', 'SWELLING_OR_SPREADING_PAIN', True),  # review NEW
    ('es-US', 'tengo la mano hinchada y la espalda también', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'la rodilla y la espalda están hinchadas', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'tengo el tobillo hinchado y la espalda bien hinchada', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'se me hinchó la espalda y el tobillo', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'tengo las manos hinchadas por el calor', 'SWELLING_OR_SPREADING_PAIN', False),
    ('es-US', 'se me quedó trabada la espalda', 'CANNOT_MOVE', False),
    ('es-US', 'se me quedó trabada la espalda y no me puedo mover', 'CANNOT_MOVE', True),
    ('es-US', 'se me quedó trabada la espalda y no me puedo ni levantar', None, True),
    ('es-US', 'me quedé trabado de la espalda, no me puedo mover para nada', 'CANNOT_MOVE', True),
    ('es-US', 'se me quedó clavada la espalda, estoy tirado en el piso sin poder moverme', 'CANNOT_MOVE', True),
    ('es-US', 'tengo la espalda clavada y no me puedo mover', 'CANNOT_MOVE', True),
    ('es-US', 'estoy clavado en el trabajo todo el día', 'CANNOT_MOVE', False),
    ('es-US', 'la espalda se me queda tiesa en las mañanas pero se me quita', 'CANNOT_MOVE', False),
    ('es-US', 'la espalda se me quedó trabada y no me puedo voltear ni mover', 'CANNOT_MOVE', True),
    ('es-US', 'no he tomado ni una gota de agua hoy', 'BLADDER_BOWEL', False),
    ('es-US', 'no me sale ni una gota de orina', 'BLADDER_BOWEL', True),
    ('es-US', 'no me sale ni una gota cuando voy al baño', 'BLADDER_BOWEL', True),
    ('es-US', 'no ha orinado ni una gota desde ayer', 'BLADDER_BOWEL', True),
    ('es-US', 'no ha tomado ni una gota de agua en todo el día', 'BLADDER_BOWEL', False),
    ('es-US', 'no orina ni una gota aunque toma agua', 'BLADDER_BOWEL', True),
    ('es-US', 'estoy to siendo sangre', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'mi papá está tos siendo sangre', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'me siento muy marea ado', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'estoy muy mar reado', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'mi papá fue tumbado por una vaca en el rancho', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'fue embestido por un toro', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi hijo fue tacleado muy fuerte en el partido y cayó de espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'fue tumbado del puesto por su jefe', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'el proyecto fue derribado en el congreso', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'mi esposo fue empujado por los compañeros a pedir aumento', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'el precio del maíz fue golpeado por la sequía', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'el pan fue golpeado para hacer la masa', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'no es en la espalda, es en el pecho, como que me oprime', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'la espalda no me duele, es el esternón', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'no es dolor de espalda, es del corazón que ando triste porque se murió mi perro', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'la saturación le bajó a ochenta y nueve', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'tiene el oxígeno bajo, en ochenta y ocho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', '¿es peligroso tener el oxígeno bajo?', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'mi suegra vive en la montaña donde el oxígeno es bajo, y le duele la espalda', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'el oxígeno bajo el agua se acaba rápido cuando buceo', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('es-US', 'no sé si puede orinar el gato en la arena nueva', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'no sé si se puede parar el tratamiento antes de tiempo', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'no estoy seguro si mi esposo ha orinado desde ayer, dice que no puede', 'BLADDER_BOWEL', True),
    ('es-US', 'sí se puede parar, no te preocupes', 'CANNOT_STAND_WALK', False),
    ('es-US', 'sí puede orinar bien, no hay problema', 'BLADDER_BOWEL', False),
    ('es-US', 'no se me cayó ninguna viga en la espalda', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'tengo miedo de que se me caiga una viga en la espalda en el trabajo', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'uso casco para que no se me caiga un ladrillo en la cabeza', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', '¿qué hago si se me cae una caja en la espalda?', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'no tengo la rodilla hinchada y la espalda tampoco', 'SWELLING_OR_SPREADING_PAIN', False),
    ('es-US', 'se me cayó encima un mueble y me pegó en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'fue golpeado en la espalda con un bate', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', '¿qué pasa si uno es golpeado en la espalda?', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'no me duele el pecho ni me aprieta', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el pecho no me duele y no siento presión', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'el pecho no le duele pero le pesa mucho y le falta el aire', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'no sé si puedo orinar después de la inyección o tengo que esperar', 'BLADDER_BOWEL', False),  # review NEW
    ('es-US', 'no sé si se puede levantar peso con un espasmo', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'hace como doce días que empezó el dolor', 'PERSISTENT_PAIN', True),
    ('es-US', 'me dio el espasmo hace un par de días, como dos', 'PERSISTENT_PAIN', False),
])
def test_the_eighteenth_review_as_a_clinician_read_it(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 31, the fresh measure of the reviewed state (CR and Spanish CI), its misses as classes in other words: a
    # leg that flopped or folded under someone; a vehicle backed or reversed into a person (not a mailbox); a meal as
    # a region names it that won't stay down; "nauseous" and "worse" as a recogniser hears them; hurling is a sport;
    # a back swollen more on one side ("inflado"); Asturian "nun" and Chavacano "cae yo"; one's own standing doubted
    # and answered no; a back "como de palo" is stiff, not numb; wanting to go with the Lord at one's age.
    ("en-US", "his legs crumpled under him on the stairs", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "my neighbour reversed his truck into me in the driveway", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the guy reversed into my mailbox", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "she can't keep her tea down", "DEHYDRATION_SIGNS", True),
    ("en-US", "i'm kind of naw shus since this morning", "DEHYDRATION_SIGNS", True),
    ("en-US", "it's getting wars than last week", "WORSENING_PAIN", True),
    ("en-US", "we watched the hurling final at the pub", None, False),
    ("es-US", "tiene la cintura inflada de un lado", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "el globo está más inflado que el otro", None, False),
    ("es-US", "nun puedo caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "ya cae ele na baño", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no estoy segura si me puedo levantar, me parece que no", "CANNOT_STAND_WALK", True),
    ("es-US", "me levanté con la cintura como de palo", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "ya me quiero ir con diosito, no aguanto", "SELF_HARM", True),
    ("es-US", "me quiero ir con el señor de la tienda", "SELF_HARM", False),
])
def test_classes_of_round_31_cr_and_spanish_ci(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 32, the fresh measure of round 31's classes (CS and Spanish CJ), its misses and false alarms as classes in
    # other words (measured on no fresh set): an ice chest or a tool chest is no chest; someone lying at the foot of
    # any steps (not one who stood there); an assault ("got jumped", not a child jumping on someone); a back that
    # swelled; breath "not good" as a learner says it; cold and shaking all over; "throne up" and "cants her" as a
    # recogniser hears them; the room turning; "fuimos a cenar" is no breast; a back left stiff is no person stuck; a
    # car door opened on a cyclist; water that goes without wanting; Portuguese "não consigo"; someone found on the
    # floor when a neighbour went to see.
    ("en-US", "i carried the tool chest up and now my back is tight", "CHEST_PAIN_OR_BREATHING", False),
    ("en-US", "grandpa was lying at the foot of the porch stairs", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i stood at the bottom of the stairs and twisted", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my nephew got jumped walking home", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the puppy was jumping on me and i bent wrong", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "her back has swelled on the left", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "he can not breathe good since the morning", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "i feel cold shaking under two blankets", "FEVER", True),
    ("en-US", "she has throne up twice", "DEHYDRATION_SIGNS", True),
    ("en-US", "my dad had cants her in his colon", "CANCER_HISTORY", True),
    ("en-US", "the whole room goes round when i sit up", "DEHYDRATION_SIGNS", True),
    ("es-US", "anoche fuimos a cenar y hoy amanecí tiesa", "PAIN_SPREADING_CHEST", False),
    ("es-US", "se le quedó la cintura trabada al cargar la cubeta", "CANNOT_MOVE", False),
    ("es-US", "una camioneta me abrió la puerta y caí de la bici", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "a mi abuela se le va el agua sin darse cuenta", "BLADDER_BOWEL", True),
    ("es-US", "meu pai não consegue caminhar", "CANNOT_STAND_WALK", True),
    ("es-US", "cuando fui a verla estaba tirada en el piso de la cocina", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_round_32_cs_and_spanish_cj(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The nineteenth review: a clinician-style helper that saw no set wrote 226 sentences of its own against rounds 31
    # and 32's classes and their parent. Its 33 worse readings were false alarms of phrases with no person in them:
    # "keep down meals costs", a king's throne up on a stage, "i cant sir", a cat lying at the bottom of the stairs,
    # "got roughed up in the game", bad breath, a dog cold and shaking, "everything is turning out fine", a tyre
    # "inflada" at the back, Jesús as a name, a taxi driver holding the door, flying to Mexico, water escaping a pool,
    # someone lying on the sofa when a visitor came in. Every sentence it was sure of that reads right now is kept here.
    ('en-US', 'my legs just folded under me when I stood up from the couch', None, True),
    ('en-US', 'this morning my legs crumpled under me in the kitchen', None, True),
    ('en-US', 'my leg flopped under me and I went down', None, True),
    ('en-US', 'both my legs went out under me on the way to the bathroom', None, True),
    ('en-US', 'his legs gave out under him in the driveway', None, True),
    ('en-US', 'her legs collapsed under her at church', None, True),
    ('en-US', 'my legs just quit holding me up and I hit the ground', None, True),
    ('en-US', "my legs turned to jelly and I couldn't stay standing", None, True),
    ('en-US', 'my legs never gave out under me, they are strong', None, False),
    ('en-US', 'a guy backed his truck into me while I was walking behind it', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my neighbor reversed his van into me in the driveway and knocked me over', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a delivery truck backed up over my foot and knocked me down', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I got hit by a car that was backing out of a parking spot', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I backed my truck into the garage door this morning', None, False),
    ('en-US', 'he backed his truck into the driveway so we could unload the couch', None, False),
    ('en-US', 'I reversed into the parking space and my back twinged', None, False),
    ('en-US', 'my husband backed his car into the mailbox', None, False),
    ('en-US', "I can't keep my food down since yesterday", 'DEHYDRATION_SIGNS', True),
    ('en-US', "she couldn't keep her breakfast down this morning", 'DEHYDRATION_SIGNS', True),
    ('en-US', "I can't hold my dinner down at all", 'DEHYDRATION_SIGNS', True),
    ('en-US', 'I was able to keep my dinner down fine', None, False),
    ('en-US', 'we try to keep down meals costs by cooking at home', None, False),  # review NEW
    ('en-US', 'we are going to brunch after church', None, False),
    ('en-US', 'I had tea and a meal and I feel okay', None, False),
    ('en-US', 'I feel now shus and my back is killing me', 'DEHYDRATION_SIGNS', True),
    ('en-US', "I've been feeling naw shus all day", 'DEHYDRATION_SIGNS', True),
    ('en-US', 'she gets no shus when the pain spikes', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'the pain is wars than yesterday', 'WORSENING_PAIN', True),
    ('en-US', 'my back is getting wars and wars', 'WORSENING_PAIN', True),
    ('en-US', "I've throne up three times today", 'DEHYDRATION_SIGNS', True),
    ('en-US', 'I had cants her two years ago', 'CANCER_HISTORY', True),
    ('en-US', "I don't feel now shus at all", None, False),
    ('en-US', "the old king's throne up on the stage is made of wood", None, False),  # review NEW
    ('en-US', 'no I cant sir, I just wanted to ask about stretches', None, False),  # review NEW
    ('en-US', 'I cant sir, my back hurts too much to lift it', 'CANCER_HISTORY', False),  # review NEW
    ('en-US', 'my muscles can sore after the gym', 'CANCER_HISTORY', False),  # review NEW
    ('en-US', "I've been hurling all night and can't keep water down", 'DEHYDRATION_SIGNS', True),
    ('en-US', 'he keeps hurling every time he moves', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'my son plays hurling and hurt his back at practice', None, False),
    ('en-US', 'we watched the hurling final on TV', None, False),
    ('en-US', "not sure if I can stand, I don't think so", 'CANNOT_STAND_WALK', True),
    ('en-US', 'I doubt I can walk, probably not', 'CANNOT_STAND_WALK', True),
    ('en-US', "wondering if I can get up by myself, I don't think so", 'CANNOT_STAND_WALK', True),
    ('en-US', 'I lifted the ice chest and hurt my back', None, False),
    ('en-US', 'I was moving my tool chest and my back seized', None, False),
    ('en-US', 'grabbed a big ice chest of drinks and my lower back locked up', None, False),
    ('en-US', "I lifted an ice chest and now I have crushing chest pain and can't breathe", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'after moving the tool chest my chest feels tight and pain goes down my left arm', None, True),
    ('en-US', "carrying the cedar chest upstairs, now I have chest pain and I'm sweaty", None, True),
    ('en-US', "I woke up at the bottom of the stairs and don't know how I got there", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'we found dad at the bottom of the basement steps', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I landed at the bottom of the porch steps on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'mom was lying at the foot of the stairs when I came home', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I tumbled all the way down the stairs', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'our cat is always lying at the bottom of the stairs', None, False),  # review NEW
    ('en-US', 'the laundry basket was lying at the bottom of the stairs', None, False),  # review NEW
    ('en-US', "I've been at the bottom of the stairs waiting for the kids", None, False),  # review NEW
    ('en-US', 'the dog lay at the foot of the steps all afternoon', None, False),  # review NEW
    ('en-US', 'some guys jumped me outside the bar last night', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I got jumped walking home and they kicked my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my son got beat up at school and his back hurts', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I was mugged and thrown to the ground', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a man attacked me and punched me in the back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'somebody hit me with a bat', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'we got roughed up in the second half of the game', None, False),  # review NEW
    ('en-US', 'the dog kept jumping on me and I hurt my back bending over', None, False),
    ('en-US', 'the dog was jumping on me and knocked me down the stairs', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "my lower back swelled up overnight and it's hot to touch", 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'my back has swelled on one side', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', "my back never swelled up, it's just tight", None, False),
    ('en-US', "my breath not good, I can't catch it", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'I cannot breathe good since this morning', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'my breath is not good, I need some mints before my date', None, False),  # review NEW
    ('en-US', "my dog's breath is not good, what should I feed him", None, False),  # review NEW
    ('en-US', "I have a fever and I'm cold shaking all over", 'FEVER', True),
    ('en-US', "I'm freezing and shaking all over with chills under three blankets", 'FEVER', True),
    ('en-US', 'I was shoveling snow and came inside shaking from the cold', 'FEVER', False),  # review NEW
    ('en-US', 'the dog is cold shaking after his bath', None, False),  # review NEW
    ('en-US', 'the washing machine is shaking the whole house', None, False),
    ('en-US', 'the room is going round when I stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'everything starts turning when I sit up', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'I feel like the room is spinning', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'everything is turning out fine with physical therapy', None, False),  # review NEW
    ('en-US', 'everything is turning around for me since I started stretching', None, False),  # review NEW
    ('en-US', 'the ground is turning green now that spring is here', None, False),  # review NEW
    ('en-US', 'the house is turning a hundred years old this year', None, False),  # review NEW
    ('en-US', 'the ceiling fan is turning too slowly', None, False),
    ('en-US', 'the flu is going around at work', None, False),
    ('en-US', 'I was riding my bike and someone opened their car door on me and I flew over', 'SERIOUS_FALL_ACCIDENT', True),  # review PRE
    ('es-US', 'nun puedo caminar desde esta manana', 'CANNOT_STAND_WALK', True),
    ('es-US', 'nun puedo mover las piernas', None, True),
    ('es-US', 'nun tengo fiebre, solo me duele la espalda', None, False),
    ('es-US', 'ya cae yo na escalera y nun puedo levantame', None, True),
    ('es-US', 'ya cae yo y no puedo pararme', 'CANNOT_STAND_WALK', True),
    ('es-US', 'não consigo andar por causa de la dor nas costas', 'CANNOT_STAND_WALK', True),
    ('es-US', 'nao consigo me levantar da cama', 'CANNOT_STAND_WALK', True),
    ('es-US', 'não consigo urinar desde ontem', 'BLADDER_BOWEL', True),
    ('es-US', 'estou com dor nas costas mas consigo caminhar normal', None, False),
    ('es-US', 'nao consigo dormir bem por la dor na espalda', None, False),
    ('es-US', 'não posso ir a la fiesta hoy por la espalda', None, False),
    ('es-US', 'levantame a las siete manana por favor', None, False),
    ('es-US', 'tengo la espalda inflada de un lado y caliente', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'la espalda de un lado mas hinchada que el otro', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'se me hincho la espalda baja de repente', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'la llanta de atras esta inflada de mas', None, False),  # review NEW
    ('es-US', 'me siento la panza inflada despues de comer frijoles', None, False),
    ('es-US', 'la espalda no esta inflada, solo duele', None, False),
    ('es-US', 'no se si me puedo parar, creo que no', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no estoy seguro si puedo caminar, me parece que no', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no se si me puedo levantar solo, lo dudo', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no se si me puedo mover de casa este ano, creo que no', None, False),
    ('es-US', 'tengo la espalda como de palo por el espasmo', None, False),
    ('es-US', 'tengo la espalda como de palo y no siento las piernas', None, True),
    ('es-US', 'tengo la espalda dura como de palo y no puedo controlar la orina', 'BLADDER_BOWEL', True),
    ('es-US', 'ya me quiero ir con Dios, no aguanto mas este dolor', 'SELF_HARM', True),
    ('es-US', 'le pido a Dios que me lleve ya, no quiero vivir asi', 'SELF_HARM', True),
    ('es-US', 'ya no quiero vivir', 'SELF_HARM', True),
    ('es-US', 'me quiero ir con Jesus al partido, el maneja', None, False),  # review NEW
    ('es-US', 'que Jesus me lleve al doctor porque no puedo manejar', None, False),  # review NEW
    ('es-US', 'mi hijo Cristo se quiere ir con Cristo al cine', None, False),  # review NEW
    ('es-US', 'que la Virgen me recoja en sus brazos y me cuide', None, False),  # review NEW
    ('es-US', 'gracias a Dios me siento mejor', None, False),
    ('es-US', 'levante la hielera y se me trabo la espalda', None, False),
    ('es-US', 'lo encontre tirado al pie de la escalera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me cai de las escaleras y me pegue en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me asaltaron y me golpearon en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'unos tipos me dieron una golpiza anoche', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me atacaron en la calle y me tiraron al suelo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'a mi perro lo ataco otro perro en el parque', None, False),
    ('es-US', 'tengo escalofrios y tiemblo de todo el cuerpo', 'FEVER', True),
    ('es-US', 'todo me da vueltas cuando me levanto', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'el cuarto me da vueltas', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'vamos a dar una vuelta por el parque', None, False),
    ('es-US', 'vamos a ir a cenar con mi suegra hoy', None, False),
    ('es-US', 'me duele el pecho y se me va al brazo izquierdo, iba a ir a cenar', None, True),
    ('es-US', 'despues de ir a cenar me empezo un dolor en el pecho que se va a la espalda', None, True),
    ('es-US', 'se me quedo la espalda trabada al agacharme', 'CANNOT_MOVE', False),
    ('es-US', 'se me quedo la espalda trabada y no me puedo mover para nada', 'CANNOT_MOVE', True),
    ('es-US', 'quedo la espalda tiesa despues del trabajo', 'CANNOT_MOVE', False),
    ('es-US', 'se le quedo la espalda bloqueada y no se puede mover de la cama', 'CANNOT_MOVE', True),
    ('es-US', 'iba en la bici y un carro me abrio la puerta y vole', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me abrieron la puerta del carro cuando pasaba en la bici y cai al pavimento', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el taxi me abrio la puerta y me ayudo con las bolsas', None, False),  # review NEW
    ('es-US', 'el uber me abrio la puerta muy amable', None, False),  # review NEW
    ('es-US', 'fui a Mexico y vole por Aeromexico, el asiento me lastimo la espalda', None, False),  # review NEW
    ('es-US', 'compre boletos y vole y llegue cansado con dolor de espalda', None, False),  # review NEW
    ('es-US', 'me choco un carro y sali volando de la moto', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se me va el agua sin darme cuenta desde ayer', 'BLADDER_BOWEL', True),
    ('es-US', 'se me sale la orina sin sentir', 'BLADDER_BOWEL', True),
    ('es-US', 'me he meado encima sin darme cuenta', 'BLADDER_BOWEL', True),
    ('es-US', 'se le va el pipi y no se da cuenta', 'BLADDER_BOWEL', True),
    ('es-US', 'se nos escapa el agua de la alberca por una grieta', None, False),  # review NEW
    ('es-US', 'a la lavadora se le sale el agua sin parar', None, False),  # review NEW
    ('es-US', 'se me sale el agua sin querer cuando riego las plantas', None, False),  # review NEW
    ('es-US', 'se me va el agua de la llave, hay que llamar al plomero', None, False),
    ('es-US', 'casi me meo de la risa con la pelicula', None, False),
    ('es-US', 'fui a verla y estaba en el piso del bano', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'cuando llegue estaba tirado en el suelo y no se podia levantar', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'lo encontre sentado en el piso y no sabe como llego ahi', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'cuando llegue estaba tirado en el sofa viendo la tele', None, False),  # review NEW
    ('es-US', 'fui a verlo y estaba sentado en el piso jugando con los nietos', None, False),
    ('es-US', 'no se como llego ahi el control de la tele', None, False),
    ('es-US', 'vomito todo lo que como desde ayer', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'echo todo lo que comi', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'no me he caido y no tengo fiebre', None, False),
    ('es-US', 'no me asaltaron, solo me agache mal', None, False),
    ('es-US', 'que diosito ya me recoja, ya no aguanto vivir asi', 'SELF_HARM', True),
    ('es-US', 'ya me quiero ir con mi diosito, estoy cansada de vivir', 'SELF_HARM', True),
    ('es-US', 'me quiero ir con Dios al cielo, ya no quiero estar aqui', 'SELF_HARM', True),
    ('es-US', 'mi esposo se quiere ir con Jesus a pescar el sabado', None, False),  # review NEW
    ('es-US', 'iba en la moto y un carro me abrio la puerta y sali volando', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me tropece y vole por encima de la cerca y cai de espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'cuando entre estaba en el suelo quejandose y no se podia parar', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'cuando entre estaba en el suelo jugando con el perro', None, False),  # review NEW
    ('es-US', 'mi abuela no sabe como llego al piso, la encontre ahi', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'nun me cai, solo me agache', None, False),
])
def test_the_nineteenth_review_as_a_clinician_read_it(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 33 (CT and Spanish CK, first contact on the last session's state), its misses and false alarms as classes
    # in other words: Scots and Trinidadian function words around a sign ("cannae", "masel", "wi", "meh", "cyah",
    # "gwine", "me" before the body); a remedy that "has done nothing"; pain gone "from bad to" anything; "hard
    # breathing"; not able to say whether one can walk; a shearing board and barrels loaded
    # into a truck are no accident; a rising score is not "and now it's a bit sore". Spanish: "no manches" and "no
    # tiene caso" are no denial; Cibaeño "infaito"; a trip said without its clitic; "cada hora que pasa" worse;
    # "me cuesta un mundo" or taking half an hour to stand; "echando las tripas"; "me marco" heard for "me mareo";
    # the chest "también"; the article the slot may drop ("carro de atrás no frenó"). As the twentieth review corrected
    # them: "me marco" only before standing up (it is mostly a phone call).
    ("en-US", "ma granny cannae get hersel oot the bath", "CANNOT_STAND_WALK", True),
    ("en-US", "he was talkin aboot killin hissel", "SELF_HARM", True),
    ("en-US", "a canny walk the day", "CANNOT_STAND_WALK", True),
    ("en-US", "she wet meh self she say", "BLADDER_BOWEL", True),
    ("en-US", "de pain gwine down me legs now", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "he cyah hold he water since morning", "BLADDER_BOWEL", True),
    ("en-US", "the muscle rub has done nothing for him", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "my wife's pain went from bad to unbearable overnight", "WORSENING_PAIN", True),
    ("en-US", "he has some hard breathing since lunch", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "i can't say if i can stand i haven't tried", "CANNOT_STAND_WALK", True),
    ("en-US", "no joke my husband's lips are turning blue", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "my ma dropped down in the garden", "FAINTING", True),
    ("en-US", "i need to get the chills checked", "FEVER", True),
    ("en-US", "we were stacking the feed barrels into the trailer", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "it was stiff this morning and now it's a bit achy", "WORSENING_PAIN", False),
    ("en-US", "every time i try to stand my back drops me back down", "FAINTING", False),
    ("es-US", "no mames mi papá se cayó del techo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "ya no tiene caso mejor me quito del camino", "SELF_HARM", True),
    ("es-US", "a mi tío le dio un infaito el año pasado y ahora le duele el pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "mi abuela tropezó con el tapete", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "cada día que pasa le duele más", "WORSENING_PAIN", True),
    ("es-US", "le cuesta muchísimo caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "se tarda un rato largo en pararse del sillón", "CANNOT_STAND_WALK", True),
    ("es-US", "mi hijo está echando las tripas desde anoche", "DEHYDRATION_SIGNS", True),
    ("es-US", "me marco mucho cuando me paro de golpe", "DEHYDRATION_SIGNS", True),
    ("es-US", "mi hija me marcó cuando llegó a la casa", "DEHYDRATION_SIGNS", False),
    ("es-US", "camión de atrás no frenó y le dio a mi esposo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me cuesta mucho ir a la escuela con este dolor", "CANNOT_STAND_WALK", False),
    ("es-US", "no manches ya no tengo fiebre", "FEVER", False),
    ("es-US", "el termómetro me marcó treinta y nueve", "FEVER", True),
])
def test_classes_of_round_33_ct_and_spanish_ck(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 34, the fresh measure of round 33's classes (CU and Spanish CL), its misses and false alarms as classes in
    # other words: Australian "copped" for got, a tackle or a knock taken; a remedy after which the pain "hasn't
    # budged"; lying like a turtle on its back; "a whole different animal"; "pins" for legs; pain going "in" a leg;
    # everything turning; a split "con troll" and "up chucking"; heart medicines are no heart pain. Spanish: wanting
    # to hurt oneself; falling "de costado", "de traste"; "un tumbo"; Valencian "esquena"; one side "como un globo";
    # down to the heel; "huesos ralos"; a fronted "ni para" that denies standing; wet, in doubt.
    ("en-US", "my son copped a knock to the back at rugby", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she took a nasty tackle at netball", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the heating pad and the tylenol and it still has not budged", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "i can't budge off the couch heat or ice", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "dad's like a beetle on its back in the bed", "CANNOT_MOVE", True),
    ("en-US", "this morning it was sore now it's a whole other animal", "WORSENING_PAIN", True),
    ("en-US", "grandpa says his pins gave out on the stairs", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "the ache is going in my leg now", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "she sits up and everything keeps turning", "DEHYDRATION_SIGNS", True),
    ("en-US", "everything is turning out okay with the move", "DEHYDRATION_SIGNS", False),
    ("en-US", "he can't con trol his bowels", "BLADDER_BOWEL", True),
    ("en-US", "can i take ibuprofen with my heart pills", "CHEST_PAIN_OR_BREATHING", False),
    ("en-US", "i have chest pain and take heart pills", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "a veces me dan ganas de hacerme daño", "SELF_HARM", True),
    ("es-US", "me lastimé la espalda cargando la lavadora", "SELF_HARM", False),
    ("es-US", "mi suegro se fue de costado en la regadera", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi hijo se dio un tumbo en la bici", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "tiene la esquena inflada del lado izquierdo", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "tiene la cintura como un globo de un lado", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "el dolor le baja hasta el calcañar", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "mi abuela tiene los huesos flojos", "OSTEOPOROSIS", True),
    ("es-US", "ni para ir a la cocina se puede parar", "CANNOT_STAND_WALK", True),
    ("es-US", "no tengo ni para la renta pero me puedo parar bien", "CANNOT_STAND_WALK", False),
    ("es-US", "creo que me mojé anoche sin querer", "BLADDER_BOWEL", True),
    ("es-US", "mi hijo se mojó jugando con la manguera", "BLADDER_BOWEL", False),
])
def test_classes_of_round_34_cu_and_spanish_cl(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The twentieth review: a clinician-style helper that saw no set wrote 374 sentences of its own against round 33's
    # classes and their parent. Its 62 worse readings came from entries too broad: a bare "ah" (a filler inside a
    # denial) read as "i"; Geordie "a canny walk"; "eh" before "helping" as a filler or Canada's "eh"; "no doubt"
    # that let a doubt rule through; "gone from bad to better"; hard breathing exercises; hits "on the boards" with
    # other verbs; "now it's a bit worse"; "tropezó con su maestra"; "cada día me aprieta más la ropa"; "cuesta mucho
    # andar con tacones"; minutes to walk to work; "me marcó" on the phone; "no frenó y nos dio un susto". All but two
    # now read right (a 5k one cannot say one can walk; a patch that did nothing to the skin): every sentence it was
    # sure of that reads right now is kept here.
    ('en-US', 'a canny get up, ma legs have gone', 'CANNOT_STAND_WALK', True),
    ('en-US', 'ah canny walk since ah hurt ma back', 'CANNOT_STAND_WALK', True),
    ('en-US', 'ah havnae been able tae walk since Tuesday', 'CANNOT_STAND_WALK', True),
    ('en-US', 'she hasnae been able tae stand up aw day', 'CANNOT_STAND_WALK', True),
    ('en-US', 'he canny get aff the flair', 'CANNOT_STAND_WALK', True),  # review PRE
    ('en-US', 'ma da fell aff the ladder and banged his heid', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'ma granny fell doon the stairs this morning', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'ah fell ower on the ice and landed on ma back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a cant pee since this morning', 'BLADDER_BOWEL', True),
    ('en-US', 'ah wet masel and didnae even feel it', 'BLADDER_BOWEL', True),
    ('en-US', 'he canny pass water and his belly is sore', 'BLADDER_BOWEL', True),
    ('en-US', 'ahm burning up wi a fever', 'FEVER', True),
    ('en-US', 'ma man has had a fever aw night', 'FEVER', True),
    ('en-US', 'ma chest is awfy tight and ah canny get ma breath', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'the pain is getting worse fae this morning', 'WORSENING_PAIN', True),
    ('en-US', 'ah want tae kill masel', 'SELF_HARM', True),
    ('en-US', 'ah dinnae want tae be here anymair', 'SELF_HARM', True),
    ('en-US', 'ah canny feel ma leg at aw', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'he isnae able tae walk tae the toilet', 'CANNOT_STAND_WALK', True),
    ('en-US', 'the heat pack has done nothing and the pain is unbearable', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'we went for a canny walk along the beach and my back was fine', None, False),  # review NEW
    ('en-US', 'she is a canny lass, she looks after her granny', None, False),
    ('en-US', 'he is canny wi his money', None, False),
    ('en-US', 'the wi fi keeps dropping out', None, False),
    ('en-US', 'I go to tae kwon do on Tuesdays', None, False),
    ('en-US', 'aw that is lovely, thanks very much', None, False),
    ('en-US', 'nae bother, see you tomorrow', None, False),
    ('en-US', 'my ma is back home from the shops', None, False),
    ('en-US', 'can you call me back later', None, False),
    ('en-US', 'ma, head to bed, it is late', None, False),
    ('en-US', 'let me head out to the pharmacy', None, False),
    ('en-US', 'let me foot the bill this time', None, False),
    ('en-US', 'show me chest stretches for posture', None, False),
    ('en-US', 'my ma and da are coming for dinner', None, False),
    ('en-US', 'my ma fell down the stairs', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'ma fell in the garden and cannot get up', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'ah havnae got a fever', 'FEVER', False),
    ('en-US', 'nae fever and nae chest pain, just ma back', None, False),
    ('en-US', 'he didnae fall, he just twisted', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'ah can walk fine, nae bother', 'CANNOT_STAND_WALK', False),
    ('en-US', 'she hasnae wet hersel and she can pee fine', 'BLADDER_BOWEL', False),
    ('en-US', 'he doesnae have a temperature', 'FEVER', False),
    ('en-US', "I don't, ah, have a fever", 'FEVER', False),  # review NEW
    ('en-US', "there's been no, ah, fall", 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', 'ah no, no fever, thank goodness', 'FEVER', False),
    ('en-US', "ah, I can't stand up", 'CANNOT_STAND_WALK', True),
    ('en-US', "he doesn't have, ah, any chest pain", 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', 'I cyah walk at all', 'CANNOT_STAND_WALK', True),
    ('en-US', 'meh back lock up and I cyan stand up', 'CANNOT_STAND_WALK', True),
    ('en-US', "I cyan't get out of bed", 'CANNOT_STAND_WALK', True),
    ('en-US', "she caan't walk to the bathroom", 'CANNOT_STAND_WALK', True),
    ('en-US', 'he cyah pass he water since yesterday', 'BLADDER_BOWEL', True),
    ('en-US', 'she cyah hold she water', 'BLADDER_BOWEL', True),
    ('en-US', 'the pills eh helping at all and the pain real bad', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'the heat pack done nothing for the pain', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'the tablets eh working, the pain is too much', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'me chest tight tight and I cyah breathe', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'he fall off de roof this morning', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'me leg give out and I fall down de steps', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'de pain getting worse and worse', 'WORSENING_PAIN', True),
    ('en-US', 'I cyah feel me legs', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'I tink I gwine faint', 'FAINTING', True),
    ('en-US', 'I ben having fever since Monday', 'FEVER', True),
    ('en-US', 'I not ben able to walk since the fall', 'CANNOT_STAND_WALK', True),
    ('en-US', 'I tink I want to end it all', 'SELF_HARM', True),
    ('en-US', 'dis is de best day, I feel good', None, False),
    ('en-US', 'he water de plants every morning', None, False),
    ('en-US', 'I gwine to de market later', None, False),
    ('en-US', 'the movie was meh', None, False),
    ('en-US', 'meh, it is a normal day', None, False),
    ('en-US', 'wah time is it', None, False),
    ('en-US', 'the paint colour is cyan', None, False),
    ('en-US', 'thank you Ben, that is all', None, False),
    ('en-US', 'the heat is eh helping a bit', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('en-US', 'I was, eh, working in the garden all day and feel fine', None, False),  # review NEW
    ('en-US', 'I told you Ben fell off the ladder', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'her lips look cyan and she is gasping', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'ice packs have done nothing, it still hurts bad', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'the massager does nothing, I am in agony', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'the hot water bottle did nothing and the pain is a ten', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'stretches have done nothing for this pain', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'the physio said after the heat pack do nothing strenuous for an hour', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('en-US', 'the pain has gone from bad to unbearable', 'WORSENING_PAIN', True),
    ('en-US', 'my back has gone from bad to horrible overnight', 'WORSENING_PAIN', True),
    ('en-US', 'it keeps going from bad to awful', 'WORSENING_PAIN', True),
    ('en-US', 'the pain has gone from bad to manageable', 'WORSENING_PAIN', False),  # review NEW
    ('en-US', 'it has gone from bad to better since the physio', 'WORSENING_PAIN', False),  # review NEW
    ('en-US', 'the pain went from bad to bearable after the pills', 'WORSENING_PAIN', False),  # review NEW
    ('en-US', 'he got hard breathing since this morning', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'she is having a bit hard breathing when she lies down', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'hard breathing and pain in his chest', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'no hard breathing and no chest pain', 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', 'my yoga teacher makes us do hard breathing exercises', 'CHEST_PAIN_OR_BREATHING', False),  # review NEW
    ('en-US', 'he is not hard breathing, he is just tired', 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', "I can't say if I can walk, I haven't tried to get up", 'CANNOT_STAND_WALK', True),
    ('en-US', "I can't tell whether she can stand, she won't try", 'CANNOT_STAND_WALK', True),
    ('en-US', "I can't tell if he could get up on his own", 'CANNOT_STAND_WALK', True),
    ('en-US', "I can't rightly say if I can stand up", 'CANNOT_STAND_WALK', True),
    ('en-US', "no doubt I can walk, it's just sore", 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "hard to say if it's the mattress, but I can walk fine", 'CANNOT_STAND_WALK', False),
    ('en-US', 'I can walk fine and I can stand up fine', 'CANNOT_STAND_WALK', False),
    ('en-US', 'hard to say whether it is a pulled muscle, he can walk and stand without trouble', 'CANNOT_STAND_WALK', False),
    ('en-US', 'we were loading the barrels into the truck when my back went', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'I was lifting the rain barrel into the shed and felt a twinge', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'rolling barrels into the warehouse all day wrecked my back', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'I had to stack barrels into the corner at work', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'a guy on a bike barreled into me and I went down', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'he ran full barrel into me and I hit the ground hard', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the dog barrelled into my legs and knocked me over', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a truck barreled into the back of our car', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "he got crunched on the boards and can't turn his neck", 'SERIOUS_FALL_ACCIDENT', True),  # review NEW
    ('en-US', 'my son got hammered on the boards in hockey and his back is killing him', 'SERIOUS_FALL_ACCIDENT', True),  # review NEW
    ('en-US', 'she got drilled on the boards during the game', 'SERIOUS_FALL_ACCIDENT', True),  # review NEW
    ('en-US', 'he was slammed on the boards last night', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'he got checked on the boards and went down hard', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my daughter is on the boards in the school musical', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'we walked on the boards by the beach', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'the cat sleeps on the boards in the attic', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', "it was a seven and now it's a bit better", 'WORSENING_PAIN', False),
    ('en-US', "it was really bad this morning and now it's a little easier", 'WORSENING_PAIN', False),
    ('en-US', "it was a spasm yesterday and now it's a little ache", 'WORSENING_PAIN', False),
    ('en-US', "it was an ache and now it's a bit worse", 'WORSENING_PAIN', True),  # review NEW
    ('en-US', "it started as a twinge and now it's a little worse", 'WORSENING_PAIN', True),  # review NEW
    ('en-US', "it was a four and now it's a bit over eight", 'WORSENING_PAIN', True),  # review NEW
    ('en-US', "it was manageable yesterday and now it's a bit too much to bear", 'WORSENING_PAIN', True),  # review NEW
    ('en-US', "it was a three and now it's an eight", 'WORSENING_PAIN', True),
    ('en-US', "no joke, I can't stand up", 'CANNOT_STAND_WALK', True),
    ('en-US', 'no kidding, he fell down the whole flight of stairs', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "no lie, I've had a fever for three days", 'FEVER', True),
    ('en-US', "no cap, my chest is killing me and I can't breathe", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'no word of a lie, I wet myself', 'BLADDER_BOWEL', True),
    ('en-US', 'no question, the pain is getting worse', 'WORSENING_PAIN', True),
    ('en-US', 'no doubt about it, she has a fever', 'FEVER', True),
    ('en-US', 'no doubt he will be fine, he has no fever', 'FEVER', False),
    ('en-US', "no kidding, there's no fever at all", 'FEVER', False),
    ('en-US', "no lie, I haven't fallen", 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'no question, he can walk fine', 'CANNOT_STAND_WALK', False),
    ('en-US', 'no lying down all day, the physio said keep moving', None, False),
    ('en-US', 'no doubt about it, no fever', 'FEVER', False),
    ('en-US', 'no joke, that was the best pizza ever', None, False),
    ('en-US', "I can't feel me feet", 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', "me bladder's gone, I wet meself", 'BLADDER_BOWEL', True),
    ('en-US', 'ma leg gave out and I fell', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I fell and hit me head on the floor', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "my ma's chest is fine, she's just tired", 'CHEST_PAIN_OR_BREATHING', False),
    ('en-US', 'ma back from the shops yet', None, False),
    ('en-US', 'my ma is back in a minute', None, False),
    ('en-US', 'I want to hurt meself', 'SELF_HARM', True),
    ('en-US', "ah'm thinking o' ending it aw", 'SELF_HARM', True),
    ('es-US', 'me duele la epalda y no me puedo paiar', 'CANNOT_STAND_WALK', True),
    ('es-US', 'tengo la pieina dormida y no puedo caminar', 'CANNOT_STAND_WALK', True),
    ('es-US', 'creo que me está dando un infaito', 'HEART_ATTACK_STROKE', True),
    ('es-US', 'a mi papá le dio un infaito anoche', 'HEART_ATTACK_STROKE', True),
    ('es-US', 'me duele todo el cueipo y tengo fiebre', 'FEVER', True),
    ('es-US', 'mi mamá no se puede paiar de la cama', 'CANNOT_STAND_WALK', True),
    ('es-US', 'tengo un dolor fueite en el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'perdí el control de la vieja higa', 'BLADDER_BOWEL', True),
    ('es-US', 'no puedo paiarme, las pieinas no me responden', 'CANNOT_STAND_WALK', True),
    ('es-US', 'se me durmió la pieina de repente y no la siento', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'el dolor de ehpalda no se me quita con nada', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'no puede paiaise poique le duele mucho la epalda', 'CANNOT_STAND_WALK', True),
    ('es-US', 'mi vieja está en la casa cocinando', None, False),
    ('es-US', 'no tengo fiebre, me siento bien del cueipo', None, False),
    ('es-US', 'no es un infaito, el doctor ya lo revisó', 'HEART_ATTACK_STROKE', False),
    ('es-US', 'mi papá ya se puede paiar solo', 'CANNOT_STAND_WALK', False),
    ('es-US', 'me duele un poco la epalda de cargar al niño', None, False),
    ('es-US', 'no tiene fiebre poique ya le tomé la temperatura', 'FEVER', False),
    ('es-US', 'hay que paiar en la tienda a comprar pan', None, False),
    ('es-US', 'no manches, me caí de la escalera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'no mames, no puedo caminar', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no inventes, tengo fiebre de cuarenta', 'FEVER', True),
    ('es-US', 'no me digas, se cayó otra vez mi papá', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'ya no tiene caso seguir viviendo', 'SELF_HARM', True),
    ('es-US', 'no jodas, me duele el pecho bien feo', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'no friegues, mi abuela se cayó en el baño', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'no manches, no tengo fiebre', 'FEVER', False),
    ('es-US', 'no mames, ya no me duele el pecho', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'no tiene caso llevarlo al doctor, no tiene fiebre', 'FEVER', False),
    ('es-US', 'no me digas que no te acuerdas de mi cumpleaños', None, False),
    ('es-US', 'no inventes, mi equipo ganó el partido', None, False),
    ('es-US', 'no manches, no me he caído nunca', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'no tiene caso discutir con mi suegra', None, False),
    ('es-US', 'tropecé con un escalón y caí de espaldas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi papá tropezó con la alfombra y se dio en la cabeza', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'tropezaron los dos en la escalera y rodaron hasta abajo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi abuela tropezó y quedó tirada en el piso', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'tropezó en la banqueta y se pegó en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'tropecé con un amigo en el súper', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'mi mamá tropezó con una amiga en la iglesia', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'tropezó con la misma piedra otra vez, volvió con el novio', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'tropezamos con un problema en el banco', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'tropecé con un video de ejercicios para la espalda', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'mi hijo tropezó con su maestra en la tienda', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'tropezaron con unos vecinos en el parque', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'no tropecé ni me caí', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'no se tropezó, solo se le trabó la espalda', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'cada hora que pasa me duele más la espalda', 'WORSENING_PAIN', True),
    ('es-US', 'cada minuto que pasa le duele más', 'WORSENING_PAIN', True),
    ('es-US', 'cada día que pasa estoy peor', 'WORSENING_PAIN', True),
    ('es-US', 'cada hora me arde más la cintura', 'WORSENING_PAIN', True),
    ('es-US', 'con cada hora que pasa me punza más', 'WORSENING_PAIN', True),
    ('es-US', 'cada rato que pasa le aprieta más el dolor', 'WORSENING_PAIN', True),
    ('es-US', 'cada día que pasa me siento mejor', 'WORSENING_PAIN', False),
    ('es-US', 'cada día me aprieta más la ropa, tengo que bajar de peso', 'WORSENING_PAIN', False),  # review NEW
    ('es-US', 'cada día me jala más la idea de regresar a México', 'WORSENING_PAIN', False),  # review NEW
    ('es-US', 'cada día que pasa me duele menos', 'WORSENING_PAIN', False),
    ('es-US', 'cada hora me tomo un vaso de agua', None, False),
    ('es-US', 'cada día me friega más mi suegra', 'WORSENING_PAIN', False),  # review NEW
    ('es-US', 'cada día me quema más el sol en el trabajo', 'WORSENING_PAIN', False),  # review NEW
    ('es-US', 'me cuesta un mundo caminar', 'CANNOT_STAND_WALK', True),
    ('es-US', 'le cuesta horrores ponerse de pie', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me cuesta un montón pararme', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me cuesta ir de la cama al baño', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me cuesta muchísimo caminar del cuarto a la cocina', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me cuesta un chingo dar un paso', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me cuesta bastante moverme del sillón', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me cuesta un triunfo enderezarme', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me cuesta mucho ir a trabajar los lunes', None, False),
    ('es-US', 'me cuesta mucho parar de comer dulces', 'CANNOT_STAND_WALK', False),  # review PRE
    ('es-US', 'me cuesta trabajo parar de fumar', 'CANNOT_STAND_WALK', False),  # review PRE
    ('es-US', 'no me cuesta nada caminar', 'CANNOT_STAND_WALK', False),
    ('es-US', 'no me cuesta trabajo pararme', 'CANNOT_STAND_WALK', False),
    ('es-US', 'la terapia cuesta bastante, andar con el seguro es mejor', None, False),  # review NEW
    ('es-US', 'me cuesta mucho dejar de fumar', None, False),
    ('es-US', 'cuánto cuesta ir de la casa al aeropuerto en taxi', None, False),
    ('es-US', 'me tardo como diez minutos en ponerme de pie', 'CANNOT_STAND_WALK', True),
    ('es-US', 'le toma cinco minutos en ponerse en pie', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me toma un buen rato en pararme de la cama', 'CANNOT_STAND_WALK', True),
    ('es-US', 'se tarda muchísimo en enderezarse del dolor', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me tardo veinte minutos en caminar al trabajo', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'le toma media hora en caminar a la escuela', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'se tarda una hora en caminar al parque con el perro', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'me tardo mucho en arreglarme para salir', None, False),
    ('es-US', 'la enfermera le toma la presión, y en caminar no tiene problema', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'me toma diez minutos en andar en bici a la tienda', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'lleva toda la noche echando las tripas', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'eché las tripas desde ayer y no retengo nada', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'mi hijo echó las tripas toda la mañana', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'se me revuelven las tripas de los nervios', None, False),
    ('es-US', 'me rugen las tripas del hambre', None, False),
    ('es-US', 'preparé unas tripas para la cena', None, False),
    ('es-US', 'me marco mucho cuando me paro', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'me mareo mucho cuando me levanto', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'se marea cada vez que se para', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'mi hija me marcó cuando llegó a su casa', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'me marcó al celular', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'la muerte de mi papá me marcó mucho', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'mi jefe me marcó todo el día', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'el termómetro me marcó treinta y nueve', 'DEHYDRATION_SIGNS', False),
    ('es-US', 'el termómetro me marcó treinta y nueve', 'FEVER', True),
    ('es-US', 'mi hermana me marcó al rato para ver cómo estaba', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'el doctor me marcó cuando salieron los resultados', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'me marcó si ocupaba algo', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'no me mareo, nada más me duele la espalda', 'DEHYDRATION_SIGNS', False),
    ('es-US', 'no nada más es la espalda, también es el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'me duele la espalda y creo que también es el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'es el pecho también, me aprieta', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'la espalda me duele pero el pecho no', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'no es el pecho, es la espalda nada más', 'CHEST_PAIN_OR_BREATHING', False),
    ('es-US', 'un carro de atrás no frenó y nos pegó', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'una troca de atrás no frenó y nos chocó', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el señor no frenó y nos dio por detrás', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el taxi no frenó y le dio a mi papá', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el de enfrente no frenó y me chocó', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el camión no frenó y nos dio un susto pero lo esquivamos', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'el chofer no frenó y nos dio tiempo de quitarnos', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'dejé la bolsa en el carro de atrás', None, False),
    ('es-US', 'mi hermano viene en el coche de atrás', None, False),
    ('es-US', 'no tengo fiebre ni me he caído', None, False),
    ('es-US', 'no me he caído y puedo caminar bien', None, False),
    ('es-US', 'no tengo dolor de pecho ni me falta el aire', None, False),
    ('es-US', 'hoy fui a caminar al parque con mi esposa', None, False),
    ('es-US', 'mi hija se fue a trabajar temprano', None, False),
    ('en-US', 'he has nae feeling in his legs', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'ahm no able tae walk', 'CANNOT_STAND_WALK', True),
    ('en-US', 'a cant remember if ah fell', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'Mrs de Souza fell at church and hit her head', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the de la Cruz family came over for dinner', None, False),
    ('en-US', "aw naw, ah've wet masel", 'BLADDER_BOWEL', True),
    ('en-US', 'no doubt he can stand, he was up this morning', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', 'I have no doubt I can walk to the shop', 'CANNOT_STAND_WALK', False),  # review NEW
    ('en-US', "there's no question she can walk, she walked to the shop", 'CANNOT_STAND_WALK', False),
    ('en-US', 'I doubt I can walk', 'CANNOT_STAND_WALK', True),
    ('en-US', "no kidding, she can't pee at all", 'BLADDER_BOWEL', True),
    ('en-US', "uh, I don't have a fever", 'FEVER', False),
    ('en-US', "she didn't, ah, fall or hit her head", 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('en-US', "he doesn't, ah, have any numbness", 'SUDDEN_WEAKNESS_NUMBNESS', False),  # review NEW
    ('en-US', "she hasn't lost control of her bladder", 'BLADDER_BOWEL', False),
    ('en-US', 'he water look dark like tea and he cyah keep nothing down', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'I cyan breathe good', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'the ice eh helping none and the pain is terrible', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "it's cold out eh, helping my neighbour shovel snow today", None, False),  # review NEW
    ('en-US', 'the physio session is eh helping a lot', 'SEVERE_PAIN_NO_RELIEF', False),  # review NEW
    ('en-US', 'lidocaine patches do nothing for the pain', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "the heating pad does nothing, it's a ten", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'in one hour it went from bad to agony', 'WORSENING_PAIN', True),
    ('en-US', 'my mood has gone from bad to good since the walk', 'WORSENING_PAIN', False),  # review NEW
    ('en-US', 'hard breathing when I climb the stairs', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'I was heaving a full barrel into the truck when my back gave', 'SERIOUS_FALL_ACCIDENT', False),
    ('en-US', 'he came barreling into the room and knocked grandma down', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "he got pinned on the boards and couldn't get up", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "it was a dull ache and now it's a lot worse", 'WORSENING_PAIN', True),
    ('en-US', "this morning it was a niggle and now it's a bit of a nightmare", 'WORSENING_PAIN', True),  # review NEW
    ('en-US', "I've got a flair for cooking", None, False),
    ('es-US', 'me duele el cueipo y estoy temblando de fiebre', 'FEVER', True),
    ('es-US', 'se me dobló la pieina y me caí', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se me sale el pipí, no controlo la vieja higa', 'BLADDER_BOWEL', True),
    ('es-US', 'no a guanto más este dolor', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'mi hijo entró al cueipo de policía', None, False),
    ('es-US', 'no manches, mi papá se cayó del techo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'no inventes, no se cayó, nada más se sentó', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'no chingues, no puedo ni pararme', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no tiene caso vivir así', 'SELF_HARM', True),
    ('es-US', 'ya no tiene caso, me quiero morir', 'SELF_HARM', True),
    ('es-US', 'tropezó con el perro y cayó al suelo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'tropecé con mi ex en el mall', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'tropezó con una idea buenísima para el negocio', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'tropezaste con alguien conocido en la fiesta', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'cada día que pasa le quema más la pierna', 'WORSENING_PAIN', True),
    ('es-US', 'cada hora está peor, ya no sé qué hacer', 'WORSENING_PAIN', True),
    ('es-US', 'cada minuto que pasa me jala más la pierna', 'WORSENING_PAIN', True),
    ('es-US', 'a mi abuela le cuesta mucho trabajo andar', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me cuesta ir del baño a la cama', 'CANNOT_STAND_WALK', True),
    ('es-US', 'cuesta mucho andar con tacones', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'los zapatos cuestan mucho', None, False),
    ('es-US', 'me cuesta demasiado enderezarme en la mañana', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no me cuesta mucho caminar, solo un poco', 'CANNOT_STAND_WALK', False),
    ('es-US', 'cuesta trabajo caminar en la arena de la playa', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'mi mamá se tarda mucho en ponerse de pie por el dolor', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me tardo diez minutos en caminar de la casa al metro', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'cuánto te tardas en caminar al trabajo, me tardo quince minutos', 'CANNOT_STAND_WALK', False),  # review NEW
    ('es-US', 'le toma la temperatura a mi hijo cada hora', None, False),
    ('es-US', 'me marco cuando me levanto rápido', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'mi hermano me marcó cuando iba saliendo', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'la báscula me marcó mucho más peso', 'DEHYDRATION_SIGNS', False),  # review NEW
    ('es-US', 'me duele aquí en la espalda y también es el pecho, como que me aprieta', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'el de atrás no frenó y nos dio un golpe tremendo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el camión no frenó y le dio la vuelta a la glorieta', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'el chofer no frenó y nos dio risa porque se pasó la salida', 'SERIOUS_FALL_ACCIDENT', False),  # review NEW
    ('es-US', 'mi mamá está bien, no se cayó', 'SERIOUS_FALL_ACCIDENT', False),
    ('es-US', 'mi vieja y yo fuimos al mercado', None, False),
    ('es-US', 'tengo que parar en la farmacia', None, False),
    ('en-US', "I can't rightly say whether she can walk", 'CANNOT_STAND_WALK', True),
    ('en-US', 'tell me stomach flu symptoms go away in a day', None, False),
    ('en-US', 'I asked me sister to drive me to work', None, False),
    ('es-US', 'los domingos mi hijo se tarda horas en arreglarse', None, False),
    ('es-US', 'a mi esposo le cuesta mucho parar de trabajar', 'CANNOT_STAND_WALK', False),  # review PRE
    ('es-US', 'no me digas que ya se acabó el café', None, False),
    ('es-US', 'no me digas que se cayó otra vez, ¿qué hago?', 'SERIOUS_FALL_ACCIDENT', True),
])
def test_the_twentieth_review_as_a_clinician_read_it(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 35, the fresh measure of round 34 and the twentieth review (CV and Spanish CM), its misses and false alarms
    # as classes in other words: boiling one minute and freezing the next; failing to get out of bed; "p" for pee; a
    # family better off if one never came home; asking whether it is normal not to twist or bend is the spasm's own
    # stiffness; "nothing wrong with my legs". Spanish: not able to feel the feet; a leg one no longer feels, or feels
    # as someone else's; Chilean "la pieza" that spins and "la pega" (work); "mario" heard for "mareo"; "no siento nada
    # raro" in the legs denies.
    ("en-US", "she says she's freezing then she's boiling", "FEVER", True),
    ("en-US", "should i use freezing cold packs or boiling hot water bottles", "FEVER", False),
    ("en-US", "grandpa keeps failing to stand up from the toilet", "CANNOT_STAND_WALK", True),
    ("en-US", "my husband could not p all night", "BLADDER_BOWEL", True),
    ("en-US", "sometimes i think they'd be better off if i was gone", "SELF_HARM", True),
    ("en-US", "we'd be better off if i was not around the office this week", "SELF_HARM", True),
    ("en-US", "is it normal that i can not bend with this spasm", "CANNOT_MOVE", False),
    ("en-US", "i can't bend or twist at all", "CANNOT_MOVE", True),
    ("en-US", "is it normal that i can't move at all", "CANNOT_MOVE", True),
    ("en-US", "there's nothing wrong with his legs", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "mi esposo ya no puede sentir la pierna izquierda", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "los pies ya ni los siento", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "siento las piernas como si no fueran mías", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "toda la pieza le da vueltas a mi mamá", "DEHYDRATION_SIGNS", True),
    ("es-US", "me lastimé cargando cajas en la pega", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi cuñado se fue cortado de la escalera", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi abuelo siente mario al levantarse", "DEHYDRATION_SIGNS", True),
    ("es-US", "en los pies no siento nada extraño", "SUDDEN_WEAKNESS_NUMBNESS", False),
])
def test_classes_of_round_35_cv_and_spanish_cm(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 36, the fresh measure of round 35 (CW and Spanish CN), its misses and false alarms as classes in other
    # words (measured on no fresh set): trying to get air; Spanglish "chocaron"; not caring whether one wakes up;
    # literally crying; remedies tried and the spasm "won't let go"; food not staying down; a back blown up like a
    # balloon; a walker the only thing keeping someone up; "noshus"; "maybe it's my breathing"; pants that got wet;
    # standing only if somebody helps; a tackle as the cause. Spanish: buttocks no longer felt, as if sat on ice; down
    # "más rápido de lo que quería"; twenty minutes to get from the bed to the bathroom; "problemas respirando"; "no
    # había forma de pararme"; God to take one "de una vez"; a leg that does not answer; asking whether it is normal not
    # to turn is the spasm's own stiffness.
    ("en-US", "she keeps trying to get air between words", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "a guy chocaron my car at the light", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "honestly i don't really care if i wake up", "SELF_HARM", True),
    ("en-US", "my tough old dad is literally crying from his back", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "tried the heating pad and the pills and it will not let go", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "nothing is staying down since last night", "DEHYDRATION_SIGNS", True),
    ("en-US", "his lower back puffed up like a balloon", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "the cane is the only thing holding me up", "CANNOT_STAND_WALK", True),
    ("en-US", "she said she feels noshis", "DEHYDRATION_SIGNS", True),
    ("en-US", "he felt his pants get wet in the store", "BLADDER_BOWEL", True),
    ("en-US", "my pants got wet in the rain", "BLADDER_BOWEL", False),
    ("en-US", "i can walk if someone helps me", "CANNOT_STAND_WALK", True),
    ("en-US", "i think it's from the tackle at practice", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i bought a new tackle box for fishing", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi esposa se sentó en la banca de hielo del parque", "SADDLE_NUMBNESS", False),
    ("es-US", "la nalga ya ni la siento", "SADDLE_NUMBNESS", True),
    ("es-US", "bajé la escalera más rápido de lo que quería", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi papá tiene problemas respirando desde la tarde", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "no hubo manera de pararla del piso", "CANNOT_STAND_WALK", False),
    ("es-US", "no hay forma de caminar así", "CANNOT_STAND_WALK", True),
    ("es-US", "ojalá me recoja diosito de una vez", "SELF_HARM", True),
    ("es-US", "la pierna derecha no me responde", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "es normal que no pueda voltearme con este espasmo", "CANNOT_MOVE", False),
    ("es-US", "no puedo moverme para nada", "CANNOT_MOVE", True),
])
def test_classes_of_round_36_cw_and_spanish_cn(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 37 (CX and Spanish CO, on the re-read's state), its misses and false alarms as classes in other words:
    # someone found at the foot of the stairs by the speaker's family; a shot taken from a player or an animal; no
    # way of getting back up; remedies after which the pain is exactly the same; from bad to nasty; "rise" for
    # standing; stranded on the floor; a tilting kitchen; bailing onto the coping; "a temperature" as what one has;
    # "short nest of breath". Not signs: a back gone into spasm is the spasm, not pain spreading; a thing that
    # slipped from one's hands; trips made to and fro; a work break. Spanish: hit from the side; soiled underwear; pain
    # that does not ease even with rest; not even able to walk; needing others to stand; past ten on the scale; a
    # swelling "abultado"; asking the Lord to take one; the whole body hot; Portuguese "osteoporose"; "pez cho";
    # "irse de la escalera"; yesterday little and today worse. Not signs: "ya no siento tan feo"; asking a man to
    # drive one somewhere.
    ("en-US", "my son found us at the bottom of the basement steps", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he took a shot from the steer while loading it", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "no way he is getting up off that floor", "CANNOT_STAND_WALK", True),
    ("en-US", "put the heating pad on all night and it's exactly the same", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "since sunday it went from bad to really ugly", "WORSENING_PAIN", True),
    ("en-US", "grandma cannot rise from her recliner", "CANNOT_STAND_WALK", True),
    ("en-US", "she's stranded on the bathroom floor", "CANNOT_STAND_WALK", True),
    ("en-US", "the bedroom keeps tilting when i sit up", "DEHYDRATION_SIGNS", True),
    ("en-US", "my boy bailed onto the concrete off his board", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a temperature since lunch and a sore back", "FEVER", True),
    ("en-US", "keep the bath at a temperature that feels nice", "FEVER", False),
    ("en-US", "he gets short mess of breath on the stairs", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "my back goes into spasm whenever i lift my grandson", "SWELLING_OR_SPREADING_PAIN", False),
    ("en-US", "it slipped out of her hands and she bent to catch it", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the mug slipped and i caught it", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "she slipped on the wet deck", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i made several trips to the attic with boxes", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he tripped over the hose on one of his trips", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "at lunch break my back locked up", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "una camioneta nos dio de lado en el cruce", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi papá ensució los pantalones sin darse cuenta", "BLADDER_BOWEL", True),
    ("es-US", "el dolor no cede con nada de lo que le doy", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ya ni caminar la deja el dolor", "CANNOT_STAND_WALK", True),
    ("es-US", "para levantarse necesita que lo cargue su hijo", "CANNOT_STAND_WALK", True),
    ("es-US", "de uno a diez le pongo un quince", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "se le abultó la espalda del lado izquierdo", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "mi abuela le pide al señor que se la lleve ya", "SELF_HARM", True),
    ("es-US", "le pedí al señor del taxi que me lleve a la clínica", "SELF_HARM", False),
    ("es-US", "siento todo mi cuerpo caliente desde anoche", "FEVER", True),
    ("es-US", "meu pai tem osteoporose e dor nas costas", "OSTEOPOROSIS", True),
    ("es-US", "le duele el pe cho cuando respira", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "mi compadre se fue del andamio ayer", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi hijo se fue de la casa a los dieciocho", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "al principio era leve y ahora me duele horrible", "WORSENING_PAIN", True),
    ("es-US", "hoy ya no siento tan fuerte el espasmo", "SUDDEN_WEAKNESS_NUMBNESS", False),
])
def test_classes_of_round_37_cx_and_spanish_co(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 38, the fresh measure of round 37 (CY and Spanish CP), its misses and false alarms as classes in other
    # words: Pidgin "stay" before crying; the worst thing one has ever felt, or worse than childbirth; meaner every
    # morning; "out from" for "out of" and a truck's cabin; a back bounced or banged against something. Not signs: a
    # season ("come fall"); a back or waist that "caught" one; a drain being snaked. Spanish: punches landed
    # ("me conectaron"); a ball that hit one ("un pelotazo"); jumping down from a scaffold; screaming like mad; not even
    # old blows hurt like this; pills so the bones do not break; "no capaz de caminar"; "quitar su vida". Not signs:
    # "ni modo".
    ("en-US", "she stay crying from her back all day", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "the worst thing he has ever felt he says", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "my wife says it's worse than giving birth", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "the pain gets nastier every night", "WORSENING_PAIN", True),
    ("en-US", "my father cannot get out from the car", "CANNOT_STAND_WALK", True),
    ("en-US", "he whacked his back against the tailgate", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "we plant in spring and harvest come fall", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "lifting the laundry basket my back caught me", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "a truck caught me in the parking lot", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i was unclogging the shower drain when it spasmed", "DEHYDRATION_SIGNS", False),
    ("en-US", "i feel drained and lightheaded", "DEHYDRATION_SIGNS", True),
    ("es-US", "en el sparring le conectaron un golpe en las costillas", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "a mi hijo le pegaron un balonazo en la espalda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi primo saltó del techo de la casa", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se me conectó el teléfono al carro", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi abuela gritó como loca cuando se movió", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni el parto me dolió tanto", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni modo, mañana vuelvo a la chamba", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "mi mamá toma medicina para los huesos", "OSTEOPOROSIS", True),
    ("es-US", "mi tío está no capaz de pararse solo", "CANNOT_STAND_WALK", True),
    ("es-US", "dice que quiere quitar su vida", "SELF_HARM", True),
])
def test_classes_of_round_38_cy_and_spanish_cp(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 39, the fresh measure of round 38 (CZ and Spanish CQ), its misses as classes in other words: not a drop
    # squeezed out; peeing that has got harder; Jamaican "miself"; hot, hot to the touch; seeing spots or stars; nothing
    # one does making it stop; bone density shots; bumped hard into something on a blood thinner. Not signs: a hot, hot
    # shower; bumping into a neighbour. Spanish: something stuck through the chest; heat all through the body with
    # shaking; "hincó" heard for "hinchó"; a crash heard and someone found on the floor; "ascos" (nausea); pain that
    # took the chest; a bull or a cow that hit one. Not signs: kneeling to pray; "me da asco" (disgust).
    ("en-US", "he tried for ages but couldn't squeeze a drop", "BLADDER_BOWEL", True),
    ("en-US", "it's harder to pee since the spasm started", "BLADDER_BOWEL", True),
    ("en-US", "granny wet up herself and neva know", "BLADDER_BOWEL", True),
    ("en-US", "mi wet miself in di night", "BLADDER_BOWEL", True),
    ("en-US", "my dad feels hot hot and shaky", "FEVER", True),
    ("en-US", "i run a hot hot bath for my back", "FEVER", False),
    ("en-US", "when i stand up i see black spots", "DEHYDRATION_SIGNS", True),
    ("en-US", "nothing we do makes it stop", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "she takes pills for her bones and her back is spasming", "OSTEOPOROSIS", True),
    ("en-US", "he's on eliquis and slammed hard into the door frame", "FALL_ON_BLOODTHINNER", True),
    ("en-US", "i bumped into my old boss at the pharmacy", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "siento como una estaca clavada en el pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "mi niño tiene calor en todo el cuerpo y está temblando", "FEVER", True),
    ("es-US", "se le hincó la cintura del lado derecho", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "mi papá se hincó en la misa y le dolió la espalda", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "oímos un golpazo y mi abuelo estaba tirado junto a la cama", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "desde ayer tiene ascos y no come", "DEHYDRATION_SIGNS", True),
    ("es-US", "me da asco el olor del cloro", "DEHYDRATION_SIGNS", False),
    ("es-US", "le dio un dolor que le agarró el pecho", "PAIN_SPREADING_CHEST", True),
    ("es-US", "a mi tío le pegó una vaca en el corral", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_round_39_cz_and_spanish_cq(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The twenty-first review (rounds 37 to 39), as a clinician read it: each sentence the reviewer wrote, with what
    # a clinician wants (None: no sign at all). It found not-signs that hid real signs ("since the fall", "shot up to
    # a temperature of", a person who "slipped out of my hands", "que me lleve al cielo", "no siento tan bien la
    # pierna", "cayó mal") and new phrases with everyday meanings (a holiday cabin, bread that will not rise, "me dio
    # de lado", breastfeeding, heat as a remedy); each was fixed as a class. What it found that was there before the
    # round is in the README.
    ('en-US', 'I have short nest of breath and my back hurts', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "he's got shortest of breath since this morning", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "it's a bit hard breathing when the spasm hits", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "I can't get out from the bed by miself", 'CANNOT_STAND_WALK', True),
    ('en-US', "he can't walk by imself anymore", 'CANNOT_STAND_WALK', True),
    ('en-US', "I'm stuck in the truck cabin, my back locked up", 'CANNOT_MOVE', True),
    ('en-US', "I can't get out of the cockpit, my back seized", 'CANNOT_STAND_WALK', True),
    ('en-US', 'we got snowed in and stuck in the cabin all weekend', None, False),
    ('en-US', "we can't get out of the cabin till the road gets plowed", None, False),
    ('en-US', 'the whole room keeps tilting on me', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'the bedroom is tipping when I sit up', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'everything turns when I stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', "the whole house was rocking at my grandson's party", None, False),
    ('en-US', 'my son found me on the floor this morning', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the neighbor found us on the kitchen floor', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my wife saw me on the floor doing my stretches', None, False),
    ('en-US', 'my daughter dropped me off at work and then my back started spasming', None, False),
    ('en-US', 'I bailed onto the concrete doing a kickflip', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'he bailed on the handrail and landed on his back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'we bailed on the concrete job early because my back was killing me', None, False),
    ('en-US', 'I bailed on the curb cleanup because of my back', None, False),
    ('en-US', 'the pain went from bad to worse', 'WORSENING_PAIN', True),
    ('en-US', "it's gone from bad to miserable overnight", 'WORSENING_PAIN', True),
    ('en-US', 'my back went from bad to not so bad', None, False),
    ('en-US', "it's a whole different beast today", 'WORSENING_PAIN', True),
    ('en-US', 'I took a shot from a linebacker right in the back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I took a shot from a bull at the rodeo', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I took a shot from a guy at the bar and then my back started acting up', None, False),
    ('en-US', 'I took a big shot from the bottle to dull the pain', None, False),
    ('en-US', 'my son took a shot from a kid in dodgeball and says his back hurts', None, False),
    ('en-US', 'he slammed his back into the dashboard in the crash', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I hit my back on the edge of the tub when I fell', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the bull slam he back into the gate', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I bounce my back on the exercise ball to loosen it up', None, False),
    ('en-US', 'the pain hit hard into my lower back this morning', None, False),
    ('en-US', "I'm on Eliquis and I bumped hard into the counter", 'FALL_ON_BLOODTHINNER', True),
    ('en-US', 'I take warfarin and I walked into the door frame', 'FALL_ON_BLOODTHINNER', True),
    ('en-US', 'on plavix and I went down hard on the ice', 'FALL_ON_BLOODTHINNER', True),
    ('en-US', "I'm on Xarelto and the pain hit me out of nowhere", None, False),
    ('en-US', 'I ran into my neighbor at the pharmacy picking up my Eliquis', None, False),
    ('en-US', "I'm on blood thinners and the spasm hit when I bent over", None, False),
    ('en-US', 'I take Coumadin, and it hit me this morning when I got out of bed', None, False),
    ('en-US', "I can't squeeze out a drop when I try to pee", 'BLADDER_BOWEL', True),
    ('en-US', "I couldn't squeeze a drop even though I feel like I have to go", 'BLADDER_BOWEL', True),
    ('en-US', 'pee is getting harder to start', 'BLADDER_BOWEL', True),
    ('en-US', 'my pee is harder to get going since yesterday', 'BLADDER_BOWEL', True),
    ('en-US', "I can't squeeze anything out of this tube of Voltaren", None, False),
    ('en-US', "it's not harder to pee, that's fine", None, False),
    ('en-US', 'he has a temperature and his back hurts', 'FEVER', True),
    ('en-US', "she's got a temperature, you think I should take her in?", 'FEVER', True),
    ('en-US', "he's got a temperature you know, and chills", 'FEVER', True),
    ('en-US', 'he woke up to a temperature of 103', 'FEVER', True),
    ('en-US', 'it shot up to a temperature of 102 last night', 'FEVER', True),
    ('en-US', "he's at a temperature of 101 and his back is killing him", 'FEVER', True),
    ('en-US', "what a temperature he's running", 'FEVER', True),
    ('en-US', 'she feels hot when I touch her', 'FEVER', True),
    ('en-US', "He's running hot, bath didn't bring it down", 'FEVER', True),
    ('en-US', 'She is running hot, shower made her shiver', 'FEVER', True),
    ('en-US', "my patient is running hot, water is all she'll take", 'FEVER', True),
    ('en-US', 'set the heating pad to a temperature you can tolerate', None, False),
    ('en-US', "what's a normal temperature?", None, False),
    ('en-US', 'is there a temperature setting on the heating pad', None, False),
    ('en-US', 'does the heating pad have a temperature control', None, False),
    ('en-US', "he doesn't have a temperature", None, False),
    ('en-US', 'I checked and she has a temperature of 98.6, normal', None, False),
    ('en-US', 'the heating pad is hot hot, careful', None, False),
    ('en-US', 'the water is hot hot in this shower', None, False),
    ('en-US', "I'm going to run a hot bath for my back", None, False),
    ('en-US', "no way I'm getting up off this floor", 'CANNOT_STAND_WALK', True),
    ('en-US', "there's no way he is getting up by himself", 'CANNOT_STAND_WALK', True),
    ('en-US', "no way I'm getting up early on a Saturday", None, False),
    ('en-US', "I can't rise", 'CANNOT_STAND_WALK', True),
    ('en-US', "the bread dough couldn't rise because the kitchen was cold", None, False),
    ('en-US', 'my teenage son can barely rise before noon on weekends', None, False),
    ('en-US', "I'm stranded on the bathroom floor", 'CANNOT_STAND_WALK', True),
    ('en-US', "he's stranded on the couch", 'CANNOT_STAND_WALK', True),
    ('en-US', "we're stranded down here in Houston because our flight was canceled", None, False),
    ('en-US', "I tried ice and heat and it's exactly the same", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'is ice exactly the same as heat for a spasm?', None, False),
    ('en-US', 'this is the worst thing I have ever felt', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "it's worse than childbirth", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'the traffic was worse than labor day weekend', None, False),
    ('en-US', 'I stay crying all night with this back', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'nothing I do makes it stop', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "the neighbor's dog keeps barking and nothing makes it stop", None, False),
    ('en-US', 'the pills did nothing', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "I'm in tears from the pain", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "it's not the worst thing I've ever felt, just annoying", None, False),
    ('en-US', "it's worse every day", 'WORSENING_PAIN', True),
    ('en-US', 'the pain gets worse by the hour', 'WORSENING_PAIN', True),
    ('en-US', 'the spasms are stronger every day', 'WORSENING_PAIN', True),
    ('en-US', "I'm getting stronger every day with physical therapy", None, False),
    ('en-US', "it's not worse every day, it's about the same", None, False),
    ('en-US', 'I see spots when I stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'I see red spots on my lower back', None, False),
    ('en-US', 'I saw spots on my back after cupping', None, False),
    ('en-US', 'we saw stars at the campsite last night', None, False),
    ('en-US', 'he hit his head on the ice and is seeing stars', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'food is not staying down', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'I feel drained and dizzy', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'I cleaned out the shower drain and my back went into a spasm', None, False),
    ('en-US', 'my back went into a spasm', None, False),
    ('en-US', 'the pain goes into my leg and then my back goes into spasm', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'my back is puffed up like a balloon', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'I get bone density shots', 'OSTEOPOROSIS', True),
    ('en-US', 'Grandma slipped out of my hands while I was moving her to the toilet', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my mother slipped from my hands and ended up on the floor', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'Dad slipped out of my grip in the shower', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the jar slipped and I caught it', None, False),
    ('en-US', 'Mom had several trips over the rug this month', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I hurt my back on my lunch break', None, False),
    ('en-US', 'I fell during my lunch break at work', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I think I did break my back when I fell', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'it has hurt ever since the fall', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'before the fall she was walking fine', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'I was hurt by the fall', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'until the fall last week he had no back problems', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'come fall my back always acts up', None, False),
    ('en-US', 'my back caught me when I bent over', None, False),
    ('en-US', 'the spasm caught me on the stairs and I fell down', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my back caught me on the stairs and I went down hard', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me duele el pez cho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'se me hinco la espalda', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'se le hinco la pierna a mi papa', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'le pido al Señor que me lleve ya', 'SELF_HARM', True),
    ('es-US', 'le pido al Señor que me lleve a su lado', 'SELF_HARM', True),
    ('es-US', 'todas las noches le pido al Señor que me lleve al cielo', 'SELF_HARM', True),
    ('es-US', 'le pido al Señor que ya me lleve a descansar', 'SELF_HARM', True),
    ('es-US', 'estoy pidiendo al Señor que ya me lleve con él', 'SELF_HARM', True),
    ('es-US', 'mi mamá le pide al Señor que se la lleve', 'SELF_HARM', True),
    ('es-US', 'le pedí al señor que me lleve al hospital', None, False),
    ('es-US', 'le pido al señor del taxi que me lleve a la clínica', None, False),
    ('es-US', 'quiero quitar mi vida', 'SELF_HARM', True),
    ('es-US', 'no quiero quitar mi vida, solo que pare el dolor', None, False),
    ('es-US', 'siento como un cuchillo clavado en el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'tengo un dolor atravesado en el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'tengo algo en el pecho que me aprieta', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'tal vez también sea el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'el dolor de espalda me agarró el pecho', 'PAIN_SPREADING_CHEST', True),
    ('es-US', 'el niño me tomó el pecho toda la noche', None, False),
    ('es-US', 'mi novio me dio de lado desde que me lastimé la espalda', None, False),
    ('es-US', 'se fue del techo mi esposo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me conectaron un golpe en las costillas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'en la terapia me conectaron en la espalda unos electrodos', None, False),
    ('es-US', 'me conecto en la espalda el aparatito TENS', None, False),
    ('es-US', 'brinqué de la escalera y caí mal', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me caí mal', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'cayó mal de la bicicleta', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'la pastilla me cayó mal', None, False),
    ('es-US', 'el doctor me cayó mal', None, False),
    ('es-US', 'le caí mal a la enfermera', None, False),
    ('es-US', 'escuché un golpe y la encontré tirada en el piso', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'oí un ruido y mi mamá estaba en el suelo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'escuché un ruido en el piso de arriba', None, False),
    ('es-US', 'oímos un golpe, era el gato que había tirado un vaso', None, False),
    ('es-US', 'le dio el toro por detrás', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi papá me dio un caballo de regalo', None, False),
    ('es-US', 'le di de comer a la vaca y me dio el espasmo', None, False),
    ('es-US', 'me di un tumbo en la escalera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'no frenó y nos dio por detrás', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me ensucié los calzones sin darme cuenta', 'BLADDER_BOWEL', True),
    ('es-US', 'mi papá ensució la cama anoche y no se dio cuenta', 'BLADDER_BOWEL', True),
    ('es-US', 'el perro ensució la cama', None, False),
    ('es-US', 'el niño ensucia los pantalones de lodo', None, False),
    ('es-US', 'el bebé ensució el pañal', None, False),
    ('es-US', 'las nalgas ya ni las siento', 'SADDLE_NUMBNESS', True),
    ('es-US', 'la pierna ya ni la siento', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'ya no siento tan fuerte el dolor', None, False),
    ('es-US', 'no siento tan bien la pierna, como dormida', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'ya no siento tan bien los pies', 'BOTH_LEGS', True),
    ('es-US', 'tiene todo el cuerpo caliente', 'FEVER', True),
    ('es-US', 'mi hijo tiene el cuerpo caliente y está temblando', 'FEVER', True),
    ('es-US', 'tiene calor y tiembla', 'FEVER', True),
    ('es-US', 'la pomada me da calor en el cuerpo', None, False),
    ('es-US', 'me pongo calor en la espalda y la pierna me tiembla', None, False),
    ('es-US', 'con la menopausia me da mucho calor en el cuerpo', None, False),
    ('es-US', 'el dolor ni moverme me deja', 'CANNOT_MOVE', True),
    ('es-US', 'ni pararme me deja este espasmo', 'CANNOT_STAND_WALK', True),
    ('es-US', 'para pararme necesito agarrarme de la mesa', 'CANNOT_STAND_WALK', True),
    ('es-US', 'para levantarse necesita que la ayudemos', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no capaz de caminar', 'CANNOT_STAND_WALK', True),
    ('es-US', 'para levantarme necesito tres alarmas', None, False),
    ('es-US', 'para levantarme necesito mi cafecito', None, False),
    ('es-US', 'el dolor no cede con nada', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'no cede ni con pastillas', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'ni con hielo cede', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'del uno al diez es un quince', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'grité de dolor cuando me agaché', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'ni el parto me dolió así', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'el dolor ni se me quita con las pastillas', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'ni se calma con nada', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'fui a un quince el sábado y bailé mucho, ahora me duele la espalda', None, False),
    ('es-US', 'del uno al diez un seis, desde el once de marzo', None, False),
    ('es-US', 'grité como loca en el concierto de anoche', None, False),
    ('es-US', 'ni modo, tengo que trabajar', None, False),
    ('es-US', 'ni idea de por qué me dio', None, False),
    ('es-US', 'cada vez me duele más', 'WORSENING_PAIN', True),
    ('es-US', 'ayer era poquito y hoy no me puedo mover', 'WORSENING_PAIN', True),
    ('es-US', 'antes no era nada y ahora me tiene llorando', 'WORSENING_PAIN', True),
    ('es-US', 'al principio era leve y ahora ya casi no me duele', None, False),
    ('es-US', 'ayer era poco y hoy ya se me quitó', None, False),
    ('es-US', 'se me abultó la espalda donde me pegué', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'mi cartera está abultada de tantos recibos', None, False),
    ('es-US', 'tengo ascos y no puedo comer', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'esos baños son unos ascos', None, False),
    ('es-US', 'tomo pastillas para los huesos', 'OSTEOPOROSIS', True),
    ('es-US', 'me dan medicina para que no se me quiebren los huesos', 'OSTEOPOROSIS', True),
    ('es-US', '¿qué ejercicios son buenos para fortalecer los huesos?', None, False),
    ('en-US', 'my back has been bad since my fall', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the ladder slipped out of my hands and I fell off', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'le pido al Señor que me lleve en paz', 'SELF_HARM', True),
    ('es-US', 'le pido al Señor que me lleve para siempre', 'SELF_HARM', True),
    ('es-US', 'mi hijo cayó mal de la bicicleta', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'ni se me quita con nada', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'I see flashes of light in my left eye', None, False),
])
def test_the_twenty_first_review_as_a_clinician_read_it(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 40, the fresh measure of round 39 and the twenty-first review (DA and Spanish CR), its misses and false
    # alarms as classes in other words: stuck on one's own floor ("his", not "the"); Spanish "fiebre" said in English;
    # legs that "gave a little"; the ice (or the stairs) that "got" someone. Not signs: drinking more water beside a
    # pill; a ship's deck. Spanish: "to'" for "todo"; one side "más abultado que el otro"; Portuguese "piorando"; "en
    # chada" heard for "hinchada"; finding it hard to hold one's urine; bones "thinning". Not signs: the cold that makes
    # it worse.
    ("en-US", "my mother is stuck on her bathroom floor", "CANNOT_STAND_WALK", True),
    ("en-US", "my son has calentura since last night", "FEVER", True),
    ("en-US", "his knees gave a bit when he got off the tractor", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "black ice got him in the driveway", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the doctor said drink plenty of water and take the pills with food", "OVERDOSE", False),
    ("en-US", "i was scrubbing the pool deck when my back locked", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "a mi suegra to' le da vueltas", "DEHYDRATION_SIGNS", True),
    ("es-US", "la cintura la tiene más hinchada que la otra", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "minha dor está piorando", "WORSENING_PAIN", True),
    ("es-US", "tiene la cintura in chado de un lado", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "a mi papá le cuesta aguantar la orina desde ayer", "BLADDER_BOWEL", True),
    ("es-US", "el médico dice que los huesos se le están adelgazando", "OSTEOPOROSIS", True),
    ("es-US", "el aire acondicionado me pone peor la espalda", "WORSENING_PAIN", False),
])
def test_classes_of_round_40_da_and_spanish_cr(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 41, the fresh measure of round 40 (DB and Spanish CS), its misses as classes in other words (measured on
    # no fresh set): unable to lift oneself off a bed or out of a chair; "emesis" as nurses say it; a walker that went
    # one way while its user went the other; "getting words" heard for "getting worse"; control of a ladder or a
    # bike lost. Not signs: breathing said to be fine. Spanish: smashed against the ground; lying on the rug; no
    # position that eases it; not even reaching the bathroom; dragging a leg; tightening more by the hour; not even
    # three pills; Portuguese "não passa"; fallen from a tree; gone over backwards ("pa'trás").
    ("en-US", "he can't push himself up out of the recliner", "CANNOT_STAND_WALK", True),
    ("en-US", "she had emesis twice since lunch", "DEHYDRATION_SIGNS", True),
    ("en-US", "the cart went one way and he went the other", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "her back keeps getting words every day", "WORSENING_PAIN", True),
    ("en-US", "my husband lost control of the mower on the slope", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "breathing is fine and my chest is fine it's just my back", "CHEST_PAIN_OR_BREATHING", False),
    ("en-US", "he says he has trouble breathing", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "mi sobrino se estrelló contra el piso del almacén", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi abuelo se quedó tirado en el tapete del cuarto", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no encuentra posición para dormir del dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ni al baño llega solita", "CANNOT_STAND_WALK", True),
    ("es-US", "mi papá arrastra la pata desde ayer", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "cada hora peor la cintura", "WORSENING_PAIN", True),
    ("es-US", "ni dos tylenol le hicieron nada", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "mi cuñado cayó de un árbol de mango", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "la vi que se fue para atrás en la banqueta", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_round_41_db_and_spanish_cs(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 42, the fresh measure of round 41 (DC and Spanish CT), its misses and false alarms as classes in other
    # words (measured on no fresh set): waking in a soaked bed without knowing one had gone; "my water" for urine;
    # "tempter chur" and "whet"; hung up in a rope and dragged; dumped off a horse; "slide" for slid on a step;
    # thrown across a boat's cabin; bumped by a mare. Not signs: a disc "slipped" twenty years ago. Spanish: Andean
    # "achachay" and "arrarray" (cold, then burning); leaving this world; a head "dándome vueltas"; "resbalé" with no
    # clitic; not getting up from the rocking chair; Portuguese "não consegue ficar de pé"; "cosquillas" heard for
    # "costillas" and "vía" for "vida"; the car behind that "touched" one. Not signs: a horn sounded by the car behind.
    ("en-US", "she woke up in a wet bed and never knew she had gone", "BLADDER_BOWEL", True),
    ("en-US", "grandpa can't hold his water since the spasm", "BLADDER_BOWEL", True),
    ("en-US", "he has a temp chur of a hundred and one", "FEVER", True),
    ("en-US", "the horse dumped him off by the barn", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my mom slid on the porch steps this morning", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a wave threw him across the deck", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he got bumped by a steer in the chute", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my disk is slipped since i was young and it spasms", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi mamá dice achachay y luego arrarray", "FEVER", True),
    ("es-US", "a veces quiero desaparecer de este mundo", "SELF_HARM", True),
    ("es-US", "mi suegro tiene la cabeza dándole vueltas", "DEHYDRATION_SIGNS", True),
    ("es-US", "resbalé en la cocina con el piso mojado", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi abuela no se para de la silla desde ayer", "CANNOT_STAND_WALK", True),
    ("es-US", "eu não consigo andar com essa dor", "CANNOT_STAND_WALK", True),
    ("es-US", "me duele en las cosquillas del lado izquierdo", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "dice que quiere quitarse la vía", "SELF_HARM", True),
    ("es-US", "la troca de atrás nos tocó en el semáforo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el carro de atrás me tocó el claxon", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_round_42_dc_and_spanish_ct(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 43: first the classes round 42 left (DC's last misses), then the first contact of DD and Spanish CU, as
    # classes in other words. Taglish "grabe" (terrible) and "sobrang sakit" (terrible pain); everything turning
    # around a person, while things turning around for one (getting better) stay no sign; livestock that hook, horn,
    # butt or roll a rider, and coming off after the animal is named.
    ("en-US", "grabe this back pain even after the tylenol", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "sobrang sakit when i bend", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "my lola says everything is turning around her when she sits up", "DEHYDRATION_SIGNS", True),
    ("en-US", "the spasm is easing and everything is turning around for me now", "DEHYDRATION_SIGNS", False),
    ("en-US", "my nephew got hooked by a bull at practice", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the heifer butted my husband into the gate", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the mare spooked at a plastic bag and he came off", "SERIOUS_FALL_ACCIDENT", True),
    # DD and CU: a vehicle that comes into one's own (taxi included), but not climbing into one's car; crushed
    # "pinched" or "sandwiched" between things; grey or black spots seen; weight that can't be put down; a back
    # that won't let one rise; a cart or dolly shoved into someone; pain "not leaving" after care; pain that goes
    # to the ribs in any tense; hot and cold together; wishing not to be alive; "week" heard for weak; a place
    # that tilts or sways; a leg that won't obey; sliding on a floor or ice; toes gone fuzzy; a sick stomach;
    # doubting one can make it to the car; "swole". Not signs: will heat burn the skin; "my pressure's fine";
    # an injury "as a kid" or "years ago".
    ("en-US", "some lady in a minivan came right into my uber at the light", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i can barely climb into my truck with this spasm", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "his hand got sandwiched between two pallets and he went down", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "when she gets out of bed she sees black dots", "DEHYDRATION_SIGNS", True),
    ("en-US", "he can't put his weight down on that foot", "CANNOT_STAND_WALK", True),
    ("en-US", "this morning the spasm would not let her rise from the pew", "CANNOT_STAND_WALK", True),
    ("en-US", "a kid shoved a shopping cart into him at the store", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i used the heating pad and ibuprofen and the spasm is not leaving", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "now it moves to her side and her belly", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "grandpa is hot then cold all evening", "FEVER", True),
    ("en-US", "some days i want to not exist", "SELF_HARM", True),
    ("en-US", "her knees went week on the stairs", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "the kitchen keeps swaying when i stand", "DEHYDRATION_SIGNS", True),
    ("en-US", "his right leg won't obey him since lunch", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "she slid on the ice in the driveway", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "both my feet feel staticky", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "my stomach feels sick since the spasm started", "DEHYDRATION_SIGNS", True),
    ("en-US", "not sure he can make it to the truck", "CANNOT_STAND_WALK", True),
    ("en-US", "her ankle is all swole", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "can i sleep on a heating pad or does it burn your skin", "FEVER", False),
    ("en-US", "my pressure is good and my chest feels normal", "CHEST_PAIN_OR_BREATHING", False),
    ("en-US", "as a teenager i fell off a horse and my back has been touchy since", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "back in college i was in a car wreck but today i just bent over", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "years ago i broke my wrist and this morning i fell in the tub", "SERIOUS_FALL_ACCIDENT", True),
    # Spanish: the body boiling and shivering with cold; a pain "en once" on the scale of ten; sick "del
    # estómago"; feet that feel like touching wood; left "tendido" after a blow, but not lying in bed; "chocamos"
    # against someone; tripping on a hose, cord or leash and ending up on the pavement; a non-native "caer de";
    # "apertado" for apretado; diminutive "escalofriítos"; hanging oneself said with a verb of intent, while a
    # hanging instrument or a worker left hanging from a scaffold is no wish to die; a back hurt "de chavo".
    ("es-US", "a mi suegra le hierve el cuerpo desde la tarde", "FEVER", True),
    ("es-US", "mi papá tiritaba de frío toda la noche", "FEVER", True),
    ("es-US", "en la escala del uno al diez le pongo un doce", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "el dolor es como un cuatro de diez", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "ando malo de la panza desde ayer", "DEHYDRATION_SIGNS", True),
    ("es-US", "me toco las piernas y es como si tocara madera", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "tengo la espalda tiesa como una tabla", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "le pegaron en el partido y quedó tendido en la cancha", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me quedé tendida en la cama todo el domingo", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "chocamos contra un poste con la camioneta", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi tía se enredó con la correa del perro y acabó en la banqueta", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi amigo caer de la escalera en trabajo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "siento la garganta apertada y no jalo aire", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "al niño le dan escalofriitos", "FEVER", True),
    ("es-US", "a veces pienso en colgarme", "SELF_HARM", True),
    ("es-US", "traía la mochila colgada del hombro todo el día", "SELF_HARM", False),
    ("es-US", "de muchacho me lastimé la cintura cargando costales", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_round_43_dd_and_spanish_cu(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 44, the fresh measure of round 43 (DE and Spanish CV), its misses and false alarms as classes in other
    # words: not feeling like being here or living; having to grab a counter or rail (now, not once); bones losing
    # density; pills by number or "popped" with pain "still hollering"; a spasm that takes one's wind; going
    # through a floor or deck ("threw" heard for through), but pain going through the roof is no fall; clipped or
    # whacked by a load. Spanish: Maya "chokó" (hot); "nosiento" and "nopuedo" run together; "sien todos" heard for
    # ciento dos; a calf's "patadón"; the stomach "se voltea"; pain from the back down to the leg. Not signs: a loose
    # scaffold ("el andamio estaba flojo"); "una cosa" (once read as a kick).
    ("en-US", "some nights he doesn't feel like living anymore", "SELF_HARM", True),
    ("en-US", "she has to hold onto the railing every time she gets up", "CANNOT_STAND_WALK", True),
    ("en-US", "my back seized at the sink and i had to grab the counter but it let go", "CANNOT_STAND_WALK", False),
    ("en-US", "the doctor said her bones are getting thin", "OSTEOPOROSIS", True),
    ("en-US", "popped three tylenol an hour ago and it's still pounding", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "this spasm takes his wind when he climbs the steps", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "my son put his foot through the rotten deck boards and went down", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "dad fell threw the floorboards in the barn", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "when i bent over the pain went through the roof", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he got whacked by a swinging steel beam", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi mamá está bien chokó desde la mañana", "FEVER", True),
    ("es-US", "mi esposo nopuede pararse de la cama", "CANNOT_STAND_WALK", True),
    ("es-US", "el niño tiene sien to uno de fiebre", "FEVER", True),
    ("es-US", "el caballo le soltó una patada al patrón en la cintura", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "con este dolor se le voltea el estómago a mi abuela", "DEHYDRATION_SIGNS", True),
    ("es-US", "a mi tío le duele la cintura hasta la rodilla", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "el barandal estaba medio flojo y me agarré de él", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "una cosa más qué hago con el calor", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_round_44_de_and_spanish_cv(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 45, the fresh measure of round 44 (DF and Spanish CW), its misses and false alarms as classes in other
    # words: a hi-lo or pallet truck backed into someone; an animal that spooks and rolls on a rider; trying to get
    # one's feet under one; stuck on a floor one lay down on; yelping or hollering at every move; holding on "just to
    # stand up"; rolled out of bed by someone; bones like a honeycomb or chalk; sliding off the side of a bed; "dis
    # he" heard for dizzy. Not signs: sweating through shirts at work; an old injury with "years ago" after it.
    # Spanish: coming down off a ladder ("me vine de la escalera"); hit with a bat or a pipe; walking held on to the
    # furniture; "de ahí no me paro"; "ni dormir puedo"; more "recio" each time; bones like crackers; pain to the
    # ribs; "pero" heard for peor. Not signs: a pain that "me pega" every month or again; "de tanto cargar"; a
    # table against the wall; coming home from work ("me vine del trabajo"); resting on the grass.
    ("en-US", "a guy at the warehouse rammed a pallet truck into me", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the colt bucked and stomped on my husband in the pen", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "grandma keeps trying to get her feet under her and can't", "CANNOT_STAND_WALK", True),
    ("en-US", "i got my feet under me and walked the dog fine", "CANNOT_STAND_WALK", False),
    ("en-US", "i stretched out on the kitchen floor and i've been stuck ever since", "CANNOT_STAND_WALK", True),
    ("en-US", "he hollers every time he shifts in the chair", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "it takes everything i have just to get out of bed", "CANNOT_STAND_WALK", True),
    ("en-US", "my daughter has to roll her out of bed every morning", "CANNOT_STAND_WALK", True),
    ("en-US", "the scan said her hips are like chalk", "OSTEOPOROSIS", True),
    ("en-US", "he slid off the edge of the couch onto the rug", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i get diz he every time i bend over", "DEHYDRATION_SIGNS", True),
    ("en-US", "in july i sweat through my work shirt by noon", "FEVER", False),
    ("en-US", "tweaked my back in high school and it still acts up", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi compadre se vino del techo ayer", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "a mi hijo le pegaron con un palo en la espalda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi abuelo anda agarrado de las paredes para ir al baño", "CANNOT_STAND_WALK", True),
    ("es-US", "me senté en el sillón y de ahí no me levanto", "CANNOT_STAND_WALK", True),
    ("es-US", "mi esposa ya ni dormir puede con el dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "cada vez le pega más recio a mi papá", "WORSENING_PAIN", True),
    ("es-US", "el doctor dijo que tengo los huesos como de gis", "OSTEOPOROSIS", True),
    ("es-US", "el dolor se me corre pa las costillas", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "la cintura está pero cada vez", "WORSENING_PAIN", True),
    ("es-US", "toma eliquis pero que ayer se sintió bien", "WORSENING_PAIN", False),
    ("es-US", "cada semana me pega el mismo dolor de espalda", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "la hernia me volvió a pegar hoy", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "la mesa de la cocina está pegada a la pared", "CANNOT_STAND_WALK", False),
    ("es-US", "hoy me vine del trabajo temprano por el dolor", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "después del almuerzo acabé en el zacate descansando", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_round_45_df_and_spanish_cw(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 46, the first contact of DG and Spanish CX, as classes in other words: thrown out of one's seat or into
    # the dash; hitting "the back" on something; "gnome" heard for numb, "chilies" for chills, "noxious" for
    # nauseous. Not signs: a driver's third trip of the day (while tripping on a step still is). Spanish: burning up
    # ("ando que me quemo") and shaking "como perro mojado", but not a pain that burns; a non-native "calor en
    # cuerpo" said of a fever, while a cream or a hot flash that gives "calor en el cuerpo" is none; small yesterday
    # and big today ("hoy ya es"); pain "más grande cada día"; Portuguese "levei um tombo"; "cansé de mama" heard for
    # cancer; a hedged "chorrito de orina"; not feeling one's legs, then asking whether that is bad.
    ("en-US", "the driver slammed the brakes and my mom got thrown into the dashboard", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he smacked the back on the tailgate", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "her feet went gnome at church", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "grandpa has the chilies tonight", "FEVER", True),
    ("en-US", "i've been feeling noxious since lunch", "DEHYDRATION_SIGNS", True),
    ("en-US", "on my second trip up with the groceries my back grabbed", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "on my second trip up the stairs i tripped on the top step", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi niña está que se quema y tiembla como perro", "FEVER", True),
    ("es-US", "es un ardor en la cintura que me quema", "FEVER", False),
    ("es-US", "mi hijo tiene calor en cuerpo desde anoche", "FEVER", True),
    ("es-US", "la pomada de chile me da calor en el cuerpo", "FEVER", False),
    ("es-US", "antes era una molestia y ahora ya es un dolor que no aguanto", "WORSENING_PAIN", True),
    ("es-US", "el dolor se hace más grande cada día", "WORSENING_PAIN", True),
    ("es-US", "minha mãe levou um tombo no banheiro", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi mamá tuvo canser de seno hace años", "CANCER_HISTORY", True),
    ("es-US", "creo que se le escapó un chorrito de pipí al toser", "BLADDER_BOWEL", True),
    ("es-US", "no siento mis pies bien eso es malo", "BOTH_LEGS", True),
])
def test_classes_of_round_46_dg_and_spanish_cx(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 47, the fresh measure of round 46 (DH and Spanish CY), its misses and false alarms as classes in other
    # words: a rock or stone on the chest (Pidgin "get one rock on top"); trying to pass water and nothing comes;
    # able yesterday, unable now; a helmet or cleat taken to the back; missing one's footing; lying on the floor a
    # long while or until found; doubting one can feel the toilet seat; more than the pills can handle. Not signs:
    # "a word i shouldn't have" (no speech trouble); hitting a bucket of balls at the range; a carer who found
    # glasses on the floor; feeling the toilet seat fine. Spanish: a sack "de harina de cincuenta libras" fallen on
    # the back; a forehead "que pela"; "azoté en el pavimento" and a foot that "se zafó" off a step; waking worse
    # each morning; "que diosito ya me recogiera"; a back that "no me responde para caminar" and "ni al mercado
    # puedo ir"; "hin chó" heard for hinchó. Not signs: a week better "que la anterior"; waking up calmer.
    ("en-US", "feels like somebody set a big rock on his chest", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "she keeps trying to pee and nothing comes", "BLADDER_BOWEL", True),
    ("en-US", "this morning i could walk to the kitchen and now i can't make it past the bed", "WORSENING_PAIN", True),
    ("en-US", "my boy took a cleat to the lower back in the pileup", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "grandma missed her footing getting off the bus", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he was on the kitchen floor for hours before anyone came", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i can barely feel the toilet seat since this started", "SADDLE_NUMBNESS", True),
    ("en-US", "the spasm is too much for the muscle relaxers", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "when it grabbed i said a bad word in front of the kids", "HEART_ATTACK_STROKE", False),
    ("en-US", "hit a bucket of balls at the range and now it's tight", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my daughter found her earring on the floor", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i can feel the toilet seat fine it's just my back", "SADDLE_NUMBNESS", False),
    ("es-US", "se le cayó un bulto de cemento pesado en la espalda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el niño tiene la frente que pela", "FEVER", True),
    ("es-US", "mi abuela azotó en el piso de la cocina", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se le zafó el pie del escalón de la troca", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "cada mañana peor de la cintura", "WORSENING_PAIN", True),
    ("es-US", "a veces le pido a diosito que ya me recoja", "SELF_HARM", True),
    ("es-US", "la pierna ya no le responde pa caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "a mi suegro se le hin chó un lado de la espalda", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "esta semana la espalda está mejor que la anterior", "WORSENING_PAIN", False),
    ("es-US", "hoy amanezco más tranquila gracias a dios", "WORSENING_PAIN", False),
])
def test_classes_of_round_47_dh_and_spanish_cy(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The twenty-second review (rounds 43 to 46), as a clinician read it: each sentence the reviewer wrote that the
    # reader now reads as a clinician wants (None: no sign at all). It found regressions (a wish to hang oneself said
    # with "quisiera"; today's falls of someone "in the army" or "en la secundaria" read as long ago; night sweats
    # through a shirt; cars hit by a semi or a deer) and new phrases with everyday meanings (a nerve pinched between
    # vertebrae, alternating heat and ice, not feeling like going on a trip, a brother not answering the phone, ribs
    # for the barbecue, a baby's kick); each was fixed as a class. What it found that is still read wrong is in the
    # README.
    ('en-US', 'my legs went week and i almost fell', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'we go week by week with the physical therapy', None, False),
    ('en-US', 'my legs are gnome from the knees down', 'BOTH_LEGS', True),
    ('en-US', 'my garden is all gnome statues', None, False),
    ('en-US', "i've got the chills and my back hurts", 'FEVER', True),
    ('en-US', 'we got chilis for dinner last night', None, False),
    ('en-US', 'i feel noxious every time the spasm hits', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'i get dis he when i stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'my ankles are swole', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'i stepped threw the rotten boards on the porch and fell to my waist', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the crane hook hit me in the back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a steel beam swung and knocked me off the scaffold', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i swung a bucket of feed over the fence and felt a pop', None, False),
    ('en-US', "the bull hooked the cowboy and he hasn't gotten up", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "the horse hit the guy and he's not moving", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'we got slammed by the cattle prices this year', None, False),
    ('en-US', 'the horse spooked and i came off hard', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my horse stumbled on the trail but i never came off', None, False),
    ('en-US', 'we dropped the client when they stopped paying', None, False),
    ('en-US', 'i got pinched between the truck and the loading dock', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i feel caught between a rock and a hard place with this pain', None, False),
    ('en-US', 'the doctor said a nerve is pinched between two vertebrae', None, False),
    ('en-US', 'my schedule is sandwiched between two shifts and my back is killing me', None, False),
    ('en-US', 'the forklift driver backed the pallet jack into me at work', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my toddler pushed his stroller into me', None, False),
    ('en-US', 'i slid on the ice in the parking lot and landed on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the kids slid down the hill on their sleds', None, False),
    ('en-US', 'the puck slid across the ice and he scored', None, False),
    ('en-US', 'i slide off the side of the bed to get up like the therapist showed me', None, False),
    ('en-US', "my grandma slid off her chair onto the floor and can't get up", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a truck plowed right into my car at the light', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the semi veered into our car on the interstate', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a deer jumped into my car on the highway', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i lifted the bike into my truck and my back seized', None, False),
    ('en-US', 'i loaded the groceries into my car and felt a pop', None, False),
    ('en-US', 'i went into my car to get my heating pad', None, False),
    ('en-US', 'my dad went through the ice on the pond and hit his back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'we went through the steps of the stretches with the physical therapist', None, False),
    ('en-US', 'the nail went through the plywood and i jerked back', None, False),
    ('en-US', 'i got clipped by a car in the parking lot', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i got nailed by a huge medical bill this week', None, False),
    ('en-US', 'i was thrown into the dashboard when we got hit', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i hit the back on the edge of the tub when i slipped', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my legs feel fuzzy and i keep tripping', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'there is a static feeling in my groin and butt', 'SADDLE_NUMBNESS', True),
    ('en-US', 'my foot is asleep from sitting cross legged', None, False),
    ('en-US', 'this bleacher seat is like wood', None, False),
    ('en-US', 'i alternate cold then hot like the nurse said', None, False),
    ('en-US', 'i tried hot and cold both and neither helped', None, False),
    ('en-US', 'i have been doing cold and then hot compresses', None, False),
    ('en-US', 'i feel hot one minute and cold the next and my back is killing me', 'FEVER', True),
    ('en-US', 'i wake up at night and sweat through my shirt', 'FEVER', True),
    ('en-US', 'i sweat through my work shirt every day in this heat', None, False),
    ('en-US', 'the heating pad burned my skin a little', None, False),
    ('en-US', 'not sure we can make it to the house for thanksgiving', None, False),
    ('en-US', 'i have to grab the truck from the mechanic after work', None, False),
    ('en-US', 'i have to hold the table while he drills', None, False),
    ('en-US', 'i set three alarms just to get out of bed for work', None, False),
    ('en-US', 'it takes me ten minutes just to get out of bed', 'CANNOT_STAND_WALK', True),
    ('en-US', 'my wife has to get me up at six for work', None, False),
    ('en-US', 'my husband has to help me out of bed since the spasm', 'CANNOT_STAND_WALK', True),
    ('en-US', "i'm still trying to get my feet under me at the new job", None, False),
    ('en-US', "i laid down on the floor to stretch and now i've been stuck here an hour", 'CANNOT_STAND_WALK', True),
    ('en-US', 'the dough could not rise from the cold kitchen', None, False),
    ('en-US', 'the dog yelps when the mailman comes', None, False),
    ('en-US', 'my puppy was yelping all night', None, False),
    ('en-US', 'i yelp every time i bend over', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'i rested all weekend and the dog is still barking', None, False),
    ('en-US', 'i took two advil and my boss is still yelling at me', None, False),
    ('en-US', 'i popped a couple advil and the pain is still pounding', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "i took four tylenol and it's still on fire", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'i used the heating pad and the stiffness is still there but way better', None, False),
    ('en-US', 'i went to leg day at the gym and now my back is tight', None, False),
    ('en-US', "i'm going to rib him about his cooking", None, False),
    ('en-US', 'the pain shoots to my groin and down my leg', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'the whole church was swaying to the choir', None, False),
    ('en-US', 'the room starts spinning when i stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'everything is turning around me when i stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'we saw white lights on the tree downtown', None, False),
    ('en-US', 'density is low on this cheap foam mattress', None, False),
    ('en-US', "the doctor said i'm losing density in my hips", 'OSTEOPOROSIS', True),
    ('en-US', 'the chicken bones are like toothpicks', None, False),
    ('en-US', 'my spine looks like swiss cheese on the x ray', 'OSTEOPOROSIS', True),
    ('en-US', "i'm in the army i fell off a truck this morning", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my daughter is in college she fell down the stairs at her dorm last night', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my son plays ball in high school he got tackled hard tonight', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'when i was young i fell out of a tree', None, False),
    ('en-US', 'back in college i hurt my back but today i fell down the stairs', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i try to not wake up my wife when i get up at night', None, False),
    ('en-US', "i don't feel like going on the trip this weekend", None, False),
    ('en-US', "i don't feel like going on anymore", 'SELF_HARM', True),
    ('en-US', "i don't feel like being here at the office today", None, False),
    ('en-US', "i don't feel like living like this", 'SELF_HARM', True),
    ('en-US', 'i wish i was not alive', 'SELF_HARM', True),
    ('en-US', 'sometimes i feel like not waking up would be easier', 'SELF_HARM', True),
    ('en-US', 'this pain is taking my wind when i climb the stairs', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'we can not get wind of what the insurance decided', None, False),
    ('en-US', "i'm out of shape and had no wind left after the first mile", None, False),
    ('en-US', "my blood pressure is fine but i'm short of breath", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'my brother is not answering his phone and the pain is on one side of my back', None, False),
    ('en-US', 'the farm hand is not answering his phone', None, False),
    ('en-US', 'my right arm is not obeying me since this morning', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'quisiera colgarme ya no aguanto', 'SELF_HARM', True),
    ('es-US', 'he pensado colgarme', 'SELF_HARM', True),
    ('es-US', 'a veces pienso en colgarme', 'SELF_HARM', True),
    ('es-US', 'me dan ganas de colgarme', 'SELF_HARM', True),
    ('es-US', 'ojala pudiera colgarme y acabar con esto', 'SELF_HARM', True),
    ('es-US', 'mejor me cuelgo de la barra del gimnasio para descomprimir la columna', None, False),
    ('es-US', 'voy a colgarme de la barra para estirar la espalda', None, False),
    ('es-US', 'hoy me cai en la secundaria donde trabajo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi hijo se cayo en la prepa hoy y no puede mover las piernas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'de muchacho me cai de un techo', None, False),
    ('es-US', 'me cai de chavo de un caballo', None, False),
    ('es-US', 'mi abuelo se cayo cuando era joven', None, False),
    ('es-US', 'me lastime la espalda de muchacho y hoy me cai de la escalera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'le pongo un veinte de gasolina a la troca', None, False),
    ('es-US', 'le doy un veinte al nino para el recreo', None, False),
    ('es-US', 'mi hijo saco un cien y le pongo un cien en su tarea', None, False),
    ('es-US', 'el dolor esta en un once', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'el dolor es tan fuerte que ni dormir puedo', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'habla mas recio que no te oigo', None, False),
    ('es-US', 'el dolor me pega mas recio cada dia', 'WORSENING_PAIN', True),
    ('es-US', 'cada vez me da mas hambre en la noche', None, False),
    ('es-US', 'cada vez me da mas el dolor en la espalda', 'WORSENING_PAIN', True),
    ('es-US', 'ayer era lunes y hoy ya es martes', None, False),
    ('es-US', 'antes era soltero y ahora ya es casado mi hijo', None, False),
    ('es-US', 'ayer era un dolorcito y hoy ya es insoportable', 'WORSENING_PAIN', True),
    ('es-US', 'mi nieto esta mas grande cada dia', None, False),
    ('es-US', 'la bola en la espalda se hace mas grande', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'mi espalda esta pero cada dia', 'WORSENING_PAIN', True),
    ('es-US', 'el doctor si esta pero hoy no da consultas', None, False),
    ('es-US', 'compre una salsa para las costillas', None, False),
    ('es-US', 'le eche sal a las costillas para la carne asada', None, False),
    ('es-US', 'el dolor se corre pa los lados de las costillas', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'me baja el dolor de la espalda hasta mi pierna', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'ando mal del estomago y vomitando desde ayer', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'el doctor dice que mis huesos estan como galleta', 'OSTEOPOROSIS', True),
    ('es-US', 'los huesos del pollo quedaron como galleta', None, False),
    ('es-US', 'me quede tendido en el pasto tomando el sol', None, False),
    ('es-US', 'la ropa quedo tendida en el patio', None, False),
    ('es-US', 'me cai y quede tendido en el piso una hora', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'chocamos de cabeza jugando futbol y quedo inconsciente', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el bebe me dio una patada en la panza', None, False),
    ('es-US', 'el caballo me dio una patada en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'le dieron con un bate en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me fui del segundo piso porque las escaleras me dolian', None, False),
    ('es-US', 'me vine del techo y cai de espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me enrede con los cables del cargador pero no me cai', None, False),
    ('es-US', 'el perro se enredo con la correa', None, False),
    ('es-US', 'mi hija se enredo en las sabanas y no podia dormir', None, False),
    ('es-US', 'me enrede con la manguera y me cai de espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el tombo no me dejo pasar', None, False),
    ('es-US', 'levei um tombo na escada ontem', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'tengo miedo de caer de la escalera', None, False),
    ('es-US', 'acabe en el piso de la cocina despues de resbalarme', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi esposo me pega otra vez', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'la vaca me volvio a pegar una patada', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'de tanto cargar me cai de la escalera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se me escapo un chorrito de orina sin darme cuenta', 'BLADDER_BOWEL', True),
    ('es-US', 'se escapo un chorrito de agua de la llave', None, False),
    ('es-US', 'le escapo un chorrito de aceite al sarten', None, False),
    ('es-US', 'siento la pierna como tocar un pedazo de madera', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'eso es como tocar madera para la buena suerte', None, False),
    ('es-US', 'el escalon estaba flojo y me cai', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se me puso la pata floja de repente', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'tirito de frio aunque estoy tapado y me duele la espalda', 'FEVER', True),
    ('es-US', 'el perro huele como perro mojado', None, False),
    ('es-US', 'tiemblo como perro mojado en la noche', 'FEVER', True),
    ('es-US', 'me hierve el cuerpo desde anoche', 'FEVER', True),
    ('es-US', 'estoy que me quemo con este sol de julio', None, False),
    ('es-US', 'voy a ponerme calor en el cuerpo con la cobija electrica', None, False),
    ('es-US', 'tengo sien todos de temperatura', 'FEVER', True),
    ('es-US', 'tengo escalofriitos y me duele la espalda', 'FEVER', True),
    ('es-US', 'ando agarrada de los muebles para llegar al bano', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no me he parado desde el domingo de la cama', 'CANNOT_STAND_WALK', True),
    ('es-US', 'pongo la novela y de ahi no me paro', None, False),
    ('es-US', 'nosiento las piernas', 'BOTH_LEGS', True),
    ('es-US', 'nopuedo caminar desde ayer', 'CANNOT_STAND_WALK', True),
    ('es-US', 'ya me canse de mama siempre me regana', None, False),
    ('es-US', 'tuve canse de mama hace cinco anos', 'CANCER_HISTORY', True),
    ('es-US', 'no siento las piernas es malo', 'BOTH_LEGS', True),
])
def test_the_twenty_second_review_as_a_clinician_read_it(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 48, the fresh measure of round 47 and the twenty-second review (DI and Spanish CZ), its misses and false
    # alarms as classes in other words (measured on no fresh set): sliding off a roof; an elbow taken to the spine;
    # still down on the floor hours later; going on one's knees to the bathroom; spiking a temp, or a "temper" of a
    # hundred and one; Hindi "ulti" (vomiting); coming down the last rungs on one's backside; none of the pills
    # doing a thing; puffiness back there; coughing up something pink. Not signs: work pants (no panting); a knee
    # that clicks going down the stairs; a wreck "back in" an old year. Spanish: found on the floor in the morning
    # ("amaneció tirada"); a chest "apachurrado"; pain that climbs to the front of the chest; a side "abultado";
    # urine that "se sale solita"; not even the sobadora helped; a bad mammogram or a cancerous mole years ago;
    # stuck ("atrancada") in the tub; Spanglish "se va down a mi pierna"; not sure she can walk.
    ("en-US", "he was cleaning the gutters on the roof and slid off", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my son took an elbow to the lower back at practice", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i lay down on the kitchen floor an hour ago and i'm still down here on the floor", "CANNOT_STAND_WALK", True),
    ("en-US", "she crawled to the bathroom this morning", "CANNOT_STAND_WALK", True),
    ("en-US", "my husband is spiking temps since last night", "FEVER", True),
    ("en-US", "my mother is doing ulti since morning", "DEHYDRATION_SIGNS", True),
    ("en-US", "i missed a rung and came down hard on my tailbone", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "none of the muscle relaxers help at all", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "he's coughing up pinkish phlegm", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "i ripped my work pants bending over", "CHEST_PAIN_OR_BREATHING", False),
    ("en-US", "my hip aches when i go down the stairs", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi papá amaneció tirado en el baño", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "siento que me apachurran el pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "el dolor se le sube al pecho a mi esposo", "PAIN_SPREADING_CHEST", True),
    ("es-US", "el lado izquierdo de la espalda lo tengo abultado", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "a mi abuela se le sale sola la orina", "BLADDER_BOWEL", True),
    ("es-US", "ni el huesero le pudo quitar el dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "hace tiempo me sacaron un lunar con cáncer", "CANCER_HISTORY", True),
    ("es-US", "mi tía quedó atrancada en la tina", "CANNOT_STAND_WALK", True),
    ("es-US", "my dolor se va down a la pierna", "SWELLING_OR_SPREADING_PAIN", True),
])
def test_classes_of_round_48_di_and_spanish_cz(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 49 (DJ and Spanish DA, first contact), its misses and false alarms as classes in other words: a filler run
    # that would cross "it it", where one clause ends and the next begins; wetting a couch or a car seat; a colour
    # said with any verb of becoming; stuck on a table one lies on for care; trapped by the chair itself, or unable to
    # haul oneself out of it; cancer heard as "cans or"; puffiness said alone (not a puffy coat, not huffing and
    # puffing); a blade in the chest (not a shoulder blade). Spanish: ending up on the sidewalk or at the bottom of a
    # boat; "llegar a caerse" (actually falling); an animal that pins one against something (not a back that
    # tightens); pain that wraps round to where the heart is; the urge with nothing coming out; waking up stuck to the
    # bed (not waking up stiff); "me va la cabeza"; a cane that is no longer enough; no strength left ("ni fuerzas");
    # Portuguese tingling; a part that feels like someone else's; wet, not sure it was water; maybe it's the heart;
    # not sure one can bear it; drinking little water is a cause asked about, not a sign ("aguado" is not "agua").
    ("en-US", "is heat good for it it's swollen up on the left side", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "what can i take for swelling on one side", "SWELLING_OR_SPREADING_PAIN", False),
    ("en-US", "my dad wet the couch and didn't notice", "BLADDER_BOWEL", True),
    ("en-US", "she wet her wheelchair cushion twice today", "BLADDER_BOWEL", True),
    ("en-US", "my hip has gone the color of an eggplant", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "my wife can't get off the exam table", "CANNOT_MOVE", True),
    ("en-US", "the lift chair has him trapped", "CANNOT_MOVE", True),
    ("en-US", "i'm in the armchair and can't drag myself out", "CANNOT_MOVE", True),
    ("en-US", "he had can sor a few years back", "CANCER_HISTORY", True),
    ("en-US", "i see some puffiness near my spine", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "i bought a puffy coat for the winter", "SWELLING_OR_SPREADING_PAIN", False),
    ("en-US", "he's huffing and puffing up the stairs", "SWELLING_OR_SPREADING_PAIN", False),
    ("en-US", "like somebody stuck a dagger in my chest", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "my chest is fine it's between my shoulder blades", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "me resbalé y terminé en la acera", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se resbaló y fue a dar al fondo de la zanja", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi abuela se llegó a caer en la regadera", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el toro se me echó encima contra la cerca", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "montando el caballo se me apretó la espalda", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "el dolor se va hasta adelante donde está el corazón", "PAIN_SPREADING_CHEST", True),
    ("es-US", "me dan ganas de hacer pipí y no me sale", "BLADDER_BOWEL", True),
    ("es-US", "mi suegra amaneció pegada a la cama sin poder moverse", "CANNOT_MOVE", True),
    ("es-US", "amanecí trabada de la espalda qué me pongo", "CANNOT_MOVE", False),
    ("es-US", "al pararme le va la cabeza a mi papá", "DEHYDRATION_SIGNS", True),
    ("es-US", "la andadera ya no le sirve para llegar a la cocina", "CANNOT_STAND_WALK", True),
    ("es-US", "no tengo ni fuerzas para levantarme", "DEHYDRATION_SIGNS", True),
    ("es-US", "sinto formigamento nas pernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "la pierna la siento como si no fuera mía", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "mi papá se mojó pero no sé si fue el agua de la manguera", "BLADDER_BOWEL", True),
    ("es-US", "será el corazón porque me late raro", "HEART_ATTACK_STROKE", True),
    ("es-US", "lo quiero con todo el corazón", "HEART_ATTACK_STROKE", False),
    ("es-US", "no sé si aguanto la noche con este dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "tomo bien poca agua en el trabajo", "DEHYDRATION_SIGNS", False),
])
def test_classes_of_round_49_dj_and_spanish_da(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 50, the fresh measure of round 49 (DK and Spanish DB), its misses as classes in other words: eyeing the pills
    # and thinking of swallowing them all; the room going sideways, or one's head turning; trying to get up for a long
    # while; a stool one cannot get off; the worst it has hurt in one's life; a chest "tied"; light-headed heard as
    # "lie headed"; having done the stretches or taken the pills and it has not eased (but pain that has not let up for
    # two weeks is lasting pain, not pain nothing touches); trying to pee with little coming out. Spanish: shivering
    # then sweating, or cold with a hot head; not even wanting to wake up; not making it to the truck; no way out of
    # bed.
    ("en-US", "i've got my sleeping pills here and i'm thinking of taking all of them", "SELF_HARM", True),
    ("en-US", "i'm thinking about taking all my vacation days", "SELF_HARM", False),
    ("en-US", "when i lie down the whole room goes sideways", "DEHYDRATION_SIGNS", True),
    ("en-US", "my grandma says her head is turning around when she stands", "DEHYDRATION_SIGNS", True),
    ("en-US", "the project went sideways last week", "DEHYDRATION_SIGNS", False),
    ("en-US", "he's been trying to get up off the floor for half an hour", "CANNOT_STAND_WALK", True),
    ("en-US", "she can't get off the bar stool at the diner", "CANNOT_MOVE", True),
    ("en-US", "it hurts worst ever in my life this back", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "his chest feels all tied up in knots", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "i get lie headed getting out of the car", "DEHYDRATION_SIGNS", True),
    ("en-US", "i did the stretches and it has not eased", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "three weeks now and it hasn't let up one bit", "SEVERE_PAIN_NO_RELIEF", False),
    ("en-US", "trying to pee but hardly anything comes out", "BLADDER_BOWEL", True),
    ("es-US", "tirita toda la noche y después suda mucho", "FEVER", True),
    ("es-US", "me da frío y tengo la frente caliente", "FEVER", True),
    ("es-US", "ya ni quiero despertar con tanto dolor", "SELF_HARM", True),
    ("es-US", "mi papá no pudo llegar al carro solo", "CANNOT_STAND_WALK", True),
    ("es-US", "estoy en la cama y no hay forma de salir de aquí", "CANNOT_MOVE", True),
])
def test_classes_of_round_50_dk_and_spanish_db(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 51, the fresh measure of round 50 (DL and Spanish DC), its misses and false alarms as classes in other
    # words: flung or pitched into something; wanting to go home to glory; a hot wire or a bolt of lightning down a
    # leg; a whole body limp as a wet rag; "da" for "the"; grabbing shelves to get across a room; urine that comes out
    # by itself; smashed hard in the back; a filly or a pony that bumps one. Spanish: "los fríos" and a body that burns;
    # a forklift that hits one from behind; a chest that is closing; having tried everything and the pain not going
    # down; a lump on one side; not even the touch of the sheet; "no es posible pararse"; "pueblo" heard for "puedo",
    # "percho" for "pecho", "now seas" for "náuseas"; a player who throws himself on one. Not signs: hair or teeth
    # falling out; not being able to tie one's shoes.
    ("en-US", "the wave threw the skiff and he got flung into the cooler", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "some days i just want to go home to glory", "SELF_HARM", True),
    ("en-US", "there's like a live wire from my butt down to my foot", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "her whole body feels like a wet rag today", "DEHYDRATION_SIGNS", True),
    ("en-US", "my wife stay stuck in da recliner", "CANNOT_MOVE", True),
    ("en-US", "he's grabbing onto the counters to get to the sink", "CANNOT_STAND_WALK", True),
    ("en-US", "my pee comes out by itself now", "BLADDER_BOWEL", True),
    ("en-US", "a bat smashed my son hard in the back at little league", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the pony bumped her into the gate", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "a mi hijo le dan los fríos y le arde el cuerpo", "FEVER", True),
    ("es-US", "el tractor le dio en la espalda a mi compadre", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "siento que se me cerró el pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "he probado de todo y sigue igual", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "le salió una bolita del lado derecho", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "ninguna pomada le calma el dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "a mi mamá no es posible levantarse", "CANNOT_STAND_WALK", True),
    ("es-US", "mi hijo no pueblo pararse", "CANNOT_STAND_WALK", True),
    ("es-US", "siento presión en el percho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "un jugador se le aventó encima a mi hija", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se me están cayendo los dientes", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "ya no me puedo ni poner los zapatos con este espasmo", "CANNOT_MOVE", False),
])
def test_classes_of_round_51_dl_and_spanish_dc(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 51's rules that the earlier reviews' must-not-match lists caught before they were committed, held in
    # other words: a dog or a grandchild who throws himself on one in play; a question whether walking a little is
    # possible; running into a relative somewhere; holding a table for someone.
    ("es-US", "mi sobrina se me tiró encima para abrazarme", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "en el partido un defensa se le tiró encima a mi hijo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no es posible estirarse un poco para el dolor", "CANNOT_STAND_WALK", False),
    ("en-US", "i bumped into my sister in the back of the church", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i hold the table steady while my husband sands it", None, False),
])
def test_round_51_rules_held_to_the_earlier_reviews(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


# The twenty-third review: 202 sentences of its own by a helper that saw no set, read as an emergency physician would,
# against the state before and after rounds 49 to 51. The 178 it reads as the physician wanted after the fixes that
# followed it; the other 24 are listed in the README (most were there before these rounds).
@pytest.mark.parametrize("locale,said,flag,raised", [
    ('en-US', 'it feels like a knife in my chest when i breathe', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'like an ice pick stuck in my chest', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "my chest feels all tied up in knots and i can't catch my breath", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'the pain in my left arm and jaw is like a knife', 'HEART_ATTACK_STROKE', True),
    ('en-US', 'i keep the kitchen knives in the old cedar chest', None, False),
    ('en-US', 'bless his heart he got tied up in traffic again', None, False),
    ('en-US', 'i put my whole heart into knitting with my new needles', None, False),
    ('en-US', 'my jaw dropped when the guy pulled a knife in the movie', None, False),
    ('en-US', 'the nurse used two needles in my left arm to draw blood', None, False),
    ('en-US', "i can't get off the massage table my back locked up", 'CANNOT_MOVE', True),
    ('en-US', "she's stuck on the exam table and can't get down", 'CANNOT_MOVE', True),
    ('en-US', "i've been stuck on stool softeners since my surgery", None, False),
    ('en-US', "i can't get off the tanning bed habit before summer", None, False),
    ('en-US', 'the baby has been trying to get out of her high chair for ages', None, False),
    ('en-US', 'a guy smashed me in the back with a bat', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a car door got swung and smashed my dad right in the back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i always smash him at ping pong', None, False),
    ('en-US', 'the critics bashed her new book', None, False),
    ('en-US', 'she was grabbing onto the shelves to get across the kitchen', 'CANNOT_STAND_WALK', True),
    ('en-US', 'the ivy is clinging to the wall behind the garage', None, False),
    ('en-US', 'i was walking the aisles grabbing at the shelves for snacks', None, False),
    ('en-US', 'the toddler was clutching the table to get to the cookies', None, False),
    ('en-US', 'i have to grab the shelf brackets at the hardware store', None, False),
    ('en-US', 'he was clutching his chest and sweating', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'the filly kicked me in the back and i went down', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a yearling knocked me into the fence', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the pony ran into me and knocked me flat', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "he's stubborn as a mule and he shoved me out of the way to get the last donut", None, False),
    ('en-US', 'i got flung into the windshield when the truck stopped', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the wave pitched me against the rocks', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i tossed it into the salad at the last minute', None, False),
    ('en-US', 'i got pitched a timeshare on our vacation', None, False),
    ('en-US', 'our team got pitched against the state champions', None, False),
    ('en-US', 'he pitched into the seventh inning last night', None, False),
    ('en-US', 'i was flung into a new job with no training', None, False),
    ('en-US', "i wet my recliner last night and didn't even feel it", 'BLADDER_BOWEL', True),
    ('en-US', "dad wet his chair and didn't notice", 'BLADDER_BOWEL', True),
    ('en-US', 'the toddler wet her car seat on the drive home', None, False),
    ('en-US', 'i spilled my coffee and wet the seat cushion', None, False),
    ('en-US', 'the rain came in the window and wet the sheets', None, False),
    ('en-US', 'when i pee not much comes out', 'BLADDER_BOWEL', True),
    ('en-US', 'i feel like i need to pee but hardly anything comes out', 'BLADDER_BOWEL', True),
    ('en-US', 'my urine comes out by itself when i stand up', 'BLADDER_BOWEL', True),
    ('en-US', "i'm a wee bit stiff and the shampoo barely comes out of the bottle", None, False),
    ('en-US', 'my dog pees on the rug and i can not control it', None, False),
    ('en-US', 'my lower back has turned the color of an eggplant', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'the bruise on my side went the color of a plum', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', "i've been trying to get up off the floor for an hour", 'CANNOT_STAND_WALK', True),
    ('en-US', "he's been trying to get out of the recliner for twenty minutes", 'CANNOT_STAND_WALK', True),
    ('en-US', "i've been trying to get up since five but i keep hitting snooze", None, False),
    ('en-US', 'the whole room goes sideways when i stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'my head keeps turning around when i get up', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'her new red dress was head turning', None, False),
    ('en-US', 'my world went sideways when my mom died', None, False),
    ('en-US', 'i just want to go home to glory', 'SELF_HARM', True),
    ('en-US', "i'm ready to go be with the lord this pain is too much", 'SELF_HARM', True),
    ('en-US', 'i want to go to my reward ceremony at work friday', None, False),
    ('en-US', 'i keep thinking about taking all my pills at once', 'SELF_HARM', True),
    ('en-US', 'sometimes i want to swallow them all the whole bottle of pain pills', 'SELF_HARM', True),
    ('en-US', 'the doctor said to take every last one of the pills even if i feel better', None, False),
    ('en-US', "i'm thinking about taking all of next week off and i'll pack my meds", None, False),
    ('en-US', 'the kids love their vitamin gummies they down them all in a minute', None, False),
    ('en-US', "i've taken my pain pills and it's still killing me", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "i did my stretches and it hasn't eased at all", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "i've taken the pills and it's much better now", None, False),
    ('en-US', 'this is the worst pain of my life', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'it hurts worst ever in my life', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'the traffic this morning was the worst in my life', None, False),
    ('en-US', 'the ibuprofen has not helped one bit', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "there's a puffy spot on my lower back near the spine", 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'i have some puffiness over my tailbone', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'i wore my puffy jacket to walk the dog', None, False),
    ('en-US', 'the puffiness of the souffle was perfect', None, False),
    ('en-US', "it's like a hot wire running down my leg", 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'the electricity bill costs an arm and a leg', None, False),
    ('en-US', 'i got a lightning bolt tattooed on my leg', None, False),
    ('en-US', 'my whole body feels like a wet noodle', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'i had cans or in my breast five years ago', 'CANCER_HISTORY', True),
    ('en-US', 'we bought two cans or three of soup for the week', None, False),
    ('en-US', 'she opens the cans her mom sent from home', None, False),
    ('en-US', 'i feel lie headed when i stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', "what can i take for it it's swollen", 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', "i can't it it feel my legs", 'BOTH_LEGS', True),
    ('en-US', "i can't it it move my legs", 'BOTH_LEGS', True),
    ('en-US', "he can't it it stand up", 'CANNOT_STAND_WALK', True),
    ('en-US', "i wore my puffer jacket and now there's puffiness over my spine", 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', "i'm huffing and puffing just walking to the bathroom", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "grandpa's been trying to get up off the floor since this morning", 'CANNOT_STAND_WALK', True),
    ('en-US', "i can't da walk", 'CANNOT_STAND_WALK', True),
    ('es-US', 'no pueblo caminar desde ayer', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me duele mucho el percho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'tengo now seas y no paro de vomitar', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'nao seas asi mijo ayudame con la espalda', None, False),
    ('es-US', 'siento dormencia en la entrepierna', 'SADDLE_NUMBNESS', True),
    ('es-US', 'tengo la pierna dormente desde esta mañana', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'me duele donde esta el corazon', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'el dolor de espalda se me pasa hasta donde esta el corazon', 'PAIN_SPREADING_CHEST', True),
    ('es-US', 'me resbale y acabe en el asfalto de espaldas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el perro esta tirado en la acera y no se levanta', None, False),
    ('es-US', 'la pelota fue a dar a la vereda del vecino', None, False),
    ('es-US', 'mi papa se cayo en la acera y no se levanta', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'tiemblo de frio y luego sudo a chorros', 'FEVER', True),
    ('es-US', 'me dan los frios en la noche', 'FEVER', True),
    ('es-US', 'con los frios de diciembre me duele mas la espalda', None, False),
    ('es-US', 'harto frio afuera y yo sudando en el gimnasio', None, False),
    ('es-US', 'me moje los zapatos en el patio si fue agua del aspersor', None, False),
    ('es-US', 'el montacargas me dio en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'la vaca me aplasto contra la cerca', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el caballo se me echo encima y me atrapo la pierna', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi hijo es bien macho y me atrapo jugando a las escondidas', None, False),
    ('es-US', 'en el partido un jugador se me tiro encima y cai de espaldas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi nieta se me tiro encima para abrazarme duro', None, False),
    ('es-US', 'tengo ganas de ir al bano pero no sale nada', 'BLADDER_BOWEL', True),
    ('es-US', 'tengo ganas de ir al bano y no sale mi esposo de ahi', None, False),
    ('es-US', 'la orina ya ni sale', 'BLADDER_BOWEL', True),
    ('es-US', 'se mojo pero no se si fue orina', 'BLADDER_BOWEL', True),
    ('es-US', 'la ropa se mojo pero no se si fue la lluvia o la lavadora', None, False),
    ('es-US', 'siento la pierna como que no es mia', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'esta casa como que no es mia con tanta visita', None, False),
    ('es-US', 'esa parte no es mia es de mi jefe', None, False),
    ('es-US', 'la casa nueva todavia no la siento mia', None, False),
    ('es-US', 'siento que no es mia la decision es de mis hijos', None, False),
    ('es-US', 'no me despego de la cama del dolor', 'CANNOT_MOVE', True),
    ('es-US', 'amaneci pegada a la cama no me puedo mover', 'CANNOT_MOVE', True),
    ('es-US', 'con este frio no me despego de la cama hasta las diez', None, False),
    ('es-US', 'no me despego del celular y luego me voy a la cama', None, False),
    ('es-US', 'no puedo ni ponerme los zapatos del dolor', None, False),
    ('es-US', 'ni amarrarme los zapatos tengo tiempo en la mañana', None, False),
    ('es-US', 'el andador ya no me sirve no doy ni un paso', 'CANNOT_STAND_WALK', True),
    ('es-US', 'ya no me alcanza para el baston nuevo de mi papa', None, False),
    ('es-US', 'no pude llegar a la troca del dolor', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no pudo llegar al camion de las siete y llego tarde al trabajo', None, False),
    ('es-US', 'yo no es posible caminar', 'CANNOT_STAND_WALK', True),
    ('es-US', 'para el jefe no es posible moverse de la oficina antes de las cinco', None, False),
    ('es-US', 'me duele tanto que no se si aguanto', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'no se si aguanto a mi suegra en navidad', None, False),
    ('es-US', 'no se si aguanto otra temporada con este equipo', None, False),
    ('es-US', 'ya probe de todo y el dolor no baja', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'no aguanto ni el roce de la sabana en la espalda', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'no quiero ni que me toquen el tema de la boda', None, False),
    ('es-US', 'mi hijo no deja ni que lo toquen sus juguetes', None, False),
    ('es-US', 'ninguna pastilla me quita el dolor', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'ninguna crema me quita las manchas de la cara', None, False),
    ('es-US', 'tengo una bola del lado derecho de la espalda', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'patee la bola del lado equivocado de la cancha', None, False),
    ('es-US', 'me va la cabeza cuando me paro', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'a mi me va la cabeza a mil con tanto trabajo', None, False),
    ('es-US', 'no tengo ni fuerzas para levantarme', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'mi hijo no se come las verduras ni a fuerza', None, False),
    ('es-US', 'no me quedan ni fuerzas para discutir con mi hijo', None, False),
    ('es-US', 'ya ni quiero despertar con este dolor', 'SELF_HARM', True),
    ('es-US', 'mañana es domingo ni quiero despertar temprano', None, False),
    ('es-US', 'ni ganas de despertar a los niños tan temprano', None, False),
    ('es-US', 'tengo miedo que sea el corazon me duele el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'mi abuela es el corazon y el alma de la familia', None, False),
    ('es-US', 'la cocina es el corazon de la casa', None, False),
    ('es-US', 'mi papa toma pastillas por algo del corazon desde hace años', None, False),
    ('es-US', 'le regale algo del corazon a mi esposa', None, False),
    ('es-US', 'quiero ser el corazon del equipo', None, False),
    ('es-US', 'el doctor dijo que no es el corazon que es muscular', None, False),
    ('es-US', 'se me esta cerrando el pecho y no puedo respirar', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'en esta oficina no hay quien respire con tanto trabajo', None, False),
    ('es-US', 'con el humo del asado no hay quien respire', None, False),
    ('es-US', 'me resbale en la escalera y fui a dar al fondo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'en el torneo fuimos a dar al fondo de la tabla', None, False),
    ('es-US', 'fue a dar al fondo del cajon la receta', None, False),
    ('es-US', 'llegue a caerme dos veces esta semana', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'casi llegue a caerme pero me agarre del barandal', None, False),
    ('es-US', 'se me esta cayendo el pelo', None, False),
    ('es-US', 'se cayo el abuelo en el baño y se le cayo un diente', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'siento dolor donde esta el corazon', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'siento algo en el corazon como que me aprieta', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'la cocina es el corazon del hogar', None, False),
    ('es-US', 'tengo algo en el corazon que no te he dicho', None, False),
    ('es-US', 'me duele el corazon de la nada y me falta el aire', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'me cai de la escalera y se me cayo un diente', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se me cae el pelo y me cai en la regadera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'no puedo ni ponerme los zapatos ni caminar', 'CANNOT_STAND_WALK', True),
])
def test_the_twenty_third_review_as_a_clinician_read_it(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 52, the fresh measure of round 51 and the twenty-third review (DM and Spanish DD), its misses and false
    # alarms as classes in other words (measured on no fresh set): wetting one's work clothes; a leg that quits holding
    # one up; a meal that comes back up (not a spasm coming back); no way to get out of a chair; not a lick of
    # strength; on the floor and unable to lift oneself; "hun dread" for hundred, "controller" for "control of";
    # stumbling into a ditch; a relative who wishes she were dead. Spanish: not even with pills and heat does it calm;
    # a stomach "virao" or feeling sick in the stomach; knees that stop holding one up; a cold that shakes the whole
    # body; better not to be here; "cosiendo" heard for coughing. Not signs: a Spanglish "trip" (a journey); the
    # bouncing of a truck; cancer one never had.
    ("en-US", "i lost it and wet my scrubs at work", "BLADDER_BOWEL", True),
    ("en-US", "his left leg quit holding him up on the stairs", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "my breakfast keeps coming back up", "DEHYDRATION_SIGNS", True),
    ("en-US", "she's in the recliner and there's no way to get up", "CANNOT_STAND_WALK", True),
    ("en-US", "he ain't got an ounce of strength today", "DEHYDRATION_SIGNS", True),
    ("en-US", "grandpa's on the floor and he can't lift himself up", "CANNOT_STAND_WALK", True),
    ("en-US", "her fever is a hun dred and one", "FEVER", True),
    ("en-US", "she has no controller her bladder since this morning", "BLADDER_BOWEL", True),
    ("en-US", "he stumbled into the drainage ditch behind the barn", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my dad keeps saying he wishes he were dead", "SELF_HARM", True),
    ("es-US", "ni con la pomada ni con las pastillas se le quita", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ando con el estómago virado desde la mañana", "DEHYDRATION_SIGNS", True),
    ("es-US", "las piernas ya no la sostienen a mi abuela", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "tengo un frío que me hace temblar aunque estoy tapado", "FEVER", True),
    ("es-US", "a veces creo que sería mejor no estar aquí", "SELF_HARM", True),
    ("es-US", "mi esposo está cosiendo sangre", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "el lunes tengo un trip a chicago y me duele la espalda", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "con los brincos del camión me duele la espalda", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "cáncer nunca ha tenido mi mamá", "CANCER_HISTORY", False),
])
def test_classes_of_round_52_dm_and_spanish_dd(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 53, the fresh measure of round 52's classes (DN and Spanish DE), its misses as classes in other words
    # (measured on no fresh set): a pain a notch meaner each day; a meal tossed; breathing that goes funny. Spanish:
    # not even a few steps; "no puedo ni con mi alma", all limp or tired all over; "sentiendo" for "sintiendo";
    # "me las veo negras para caminar"; a side swollen out; a foot that slips on the stairs.
    ("en-US", "every morning it's a notch nastier than the last", "WORSENING_PAIN", True),
    ("en-US", "she's been tossing her dinner since the spasm started", "DEHYDRATION_SIGNS", True),
    ("en-US", "his breathing went weird when he bent over", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "mi abuelo no puede caminar ni unos pasos", "CANNOT_STAND_WALK", True),
    ("es-US", "mi mamá ya no puede ni con su alma", "DEHYDRATION_SIGNS", True),
    ("es-US", "me siento todo el cuerpo cansado desde ayer", "DEHYDRATION_SIGNS", True),
    ("es-US", "mi papá se las ve negras para caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "tiene la espalda abultada de un lado", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "a mi esposa se le fue el pie en la escalera", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_round_53_dn_and_spanish_de(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # A vague change in a body function the warning signs watch (found by probing, not by a set's miss): the bladder
    # or bowels "acting funny", "something off with" one's breathing, legs that "feel wrong", and the same in Spanish
    # ("la orina la siento extraña", "algo raro en las piernas"). A red flag said vaguely is still a red flag: the
    # skill errs toward care. Denied ("no issues with her bowels") it raises nothing; a house's plumbing is no body.
    ("en-US", "her bowels have been acting funny since the spasm", "BLADDER_BOWEL", True),
    ("en-US", "there's something not right with his waterworks", "BLADDER_BOWEL", True),
    ("en-US", "something funny going on with my breathing tonight", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "grandma says her legs feel all wrong", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "no issues with her bowels or bladder at all", "BLADDER_BOWEL", False),
    ("en-US", "the plumbing in the kitchen is acting up again", "BLADDER_BOWEL", False),
    ("es-US", "la orina la siento extraña desde ayer", "BLADDER_BOWEL", True),
    ("es-US", "mi suegro dice que algo anda mal con sus intestinos", "BLADDER_BOWEL", True),
    ("es-US", "noto algo raro en las piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "mi papá no tiene ningún problema con la vejiga", "BLADDER_BOWEL", False),
])
def test_a_vague_change_in_a_watched_body_function_is_a_sign(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 54 (DO and Spanish DF, the first measure of the vague-change classes), its misses and false alarms as
    # classes in other words (measured on no fresh set): not feeling oneself go, waking up soaked; one's "water" gone
    # funny; pain going up another notch; a remedy doing nothing or bringing no change; no crossing a room without
    # holding on to things; coming off the rungs of a ladder; "fee vur", "this he" and "your in" heard for fever, dizzy
    # and urine; an emphatic "did" ("my head did feel light"). Not signs: a trip that is a journey; a night frost;
    # waking up soaked in sweat is no wetting. Spanish: pain that "se mete" under the ribs or "algo" that runs down a
    # leg; "escalofriado"; "orinar no puedo"; "patiné"; the feeling that "se le fue" from a leg. Not a sign: a towel
    # or a spoon that falls.
    ("en-US", "she said she never felt herself go until the chair was wet", "BLADDER_BOWEL", True),
    ("en-US", "grandpa didn't even feel himself going in the night", "BLADDER_BOWEL", True),
    ("en-US", "my son woke up drenched and the sheets smell of pee", "BLADDER_BOWEL", True),
    ("en-US", "woke up drenched in sweat with the spasm", "BLADDER_BOWEL", False),
    ("en-US", "his water has been acting funny since the injury", "BLADDER_BOWEL", True),
    ("en-US", "by lunch the ache goes up another notch", "WORSENING_PAIN", True),
    ("en-US", "the ice pack is doing nothing at all", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "tried the muscle rub and no difference", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "she can't reach the bathroom without hanging onto the walls", "CANNOT_STAND_WALK", True),
    ("en-US", "my uncle slipped off the top rung of the ladder", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my wife has a fe vur and chills", "FEVER", True),
    ("en-US", "he's feeling this he when he stands", "DEHYDRATION_SIGNS", True),
    ("en-US", "she hasn't passed your in all day", "BLADDER_BOWEL", True),
    ("en-US", "my legs does feel numb", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "on our fishing trip my back locked up", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "there's a freeze warning so i covered the plants with blankets", "FEVER", False),
    ("es-US", "el dolor se le mete debajo de la costilla", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "se le mete el dolor por debajo de la nalga", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "siento que me corre algo a la pierna izquierda", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "mi esposo amaneció escalofriado", "FEVER", True),
    ("es-US", "hacer pipí no ha podido mi papá", "BLADDER_BOWEL", True),
    ("es-US", "patiné en el piso del baño", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "a mi tío se le fue la sensación de la pierna", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "se me resbaló la cuchara y cuando me agaché me dio el espasmo", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "el jabón se cayó y al agacharme me dio el tirón", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_round_54_do_and_spanish_df(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 55, the fresh measure of round 54's classes (DP and Spanish DG), its misses and false alarms as classes in
    # other words (measured on no fresh set): not making it down or across a place; staying on the floor; a hard lick
    # taken at a game; cold and shaking; hot and cold said without a subject. Not signs: a spasm that "caught me"; a
    # couch tipped over a railing; peeing fine when only bending is hard. Spanish: "estoy que ardo"; a dark patch on
    # the skin (not a purple drink); "sirimbo", "patatús"; a blow with a thing, or a thing fallen, on the back; "al
    # caer"; a bump given to the car; a thin stream or peeing with effort; "si me muero se acaba todo"; "dos" for
    # "tos", "de mayo" for "desmayo"; little words fused to the next ("alpiso"); a diminutive stemmed as its base
    # ("golpecito" as "golpe"). Not a sign: "no me estoy orinando ni nada" denies.
    ("en-US", "she can't even make it across the kitchen anymore", "CANNOT_STAND_WALK", True),
    ("en-US", "my wife stayed on the floor of the bathroom all night", "CANNOT_STAND_WALK", True),
    ("en-US", "he caught a hard lick at kickball and now his back's locked", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i'm feeling cold and shivering under the quilt", "FEVER", True),
    ("en-US", "feeling hot then cold all evening", "FEVER", True),
    ("en-US", "it caught me wrong when i reached for the laundry", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "we tipped the dresser over the banister and i felt a pull", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "she's peeing fine just can't twist", "BLADDER_BOWEL", False),
    ("es-US", "mi niña está que arde en calentura", "FEVER", True),
    ("es-US", "le salió una mancha morada en la espalda", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "le estoy preparando chicha morada a mi abuela", "SWELLING_OR_SPREADING_PAIN", False),
    ("es-US", "a mi suegra le dio un patatús en la cocina", "FAINTING", True),
    ("es-US", "me dieron con la pala en la espalda sin querer", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "le cayó una tabla en la espalda a mi hermano", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "al caerme de la escalera me pegué en la cintura", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "le dieron un golpecito a la troca en el semáforo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "al orinar me sale nomás un hilito", "BLADDER_BOWEL", True),
    ("es-US", "orino con mucho trabajo desde el lunes", "BLADDER_BOWEL", True),
    ("es-US", "a veces pienso que si me muero se acaba el problema", "SELF_HARM", True),
    ("es-US", "mi papá tiene dos con sangre", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "a mi tía le dio un de mayo en misa", "FAINTING", True),
    ("es-US", "el dolor de espalda se le sube alpecho", "PAIN_SPREADING_CHEST", True),
    ("es-US", "mi abuelo se dio un golpecito en la espalda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no me estoy orinando ni nada de eso, nomás es el dolor", "BLADDER_BOWEL", False),
])
def test_classes_of_round_55_dp_and_spanish_dg(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("fused,apart", [
    ("alpecho", "al pecho"), ("delapierna", "de la pierna"), ("enlaespalda", "en la espalda"),
    ("golpecito", "golpe"), ("toquecito", "toque"),
])
def test_spanish_fused_little_words_and_diminutives_read_as_their_words(fused, apart):
    lexicon = CONTENT["es-US"].lexicon
    assert lexicon.tokens(fused) == lexicon.tokens(apart)


@pytest.mark.parametrize("word", ["algo", "alguien", "delgado", "alcohol", "delantal", "alarma"])
def test_spanish_words_that_only_start_like_a_little_word_stay_whole(word):
    assert len(CONTENT["es-US"].lexicon.tokens(word)) == 1


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 56, the fresh measure of round 55's classes (DQ and Spanish DH), its misses and false alarms as classes in
    # other words (measured on no fresh set): skin down there like a stranger's; legs gone soft like noodles; clothes
    # wet up (with "she" as the possessive, as in Caribbean English); hitting the concrete; tagged or knocked into by
    # a thing or a person. Not signs: a roof rack; forty trips up the stairs (but "i did trip" is still a fall).
    # Spanish: the whole bottle of pills ("el bottle"); not even rest or ointment eases it; still screaming after
    # every remedy; trousers all wet; not sure she will be able to stand; wanting to disappear once and for all;
    # "algo del corazón"; a boom or a beam that hit him; a chest that feels "weird" in Spanglish. Not a denial:
    # Cuban "ñó", which folding would make "no".
    ("en-US", "wiping feels like it's someone else's bottom", "SADDLE_NUMBNESS", True),
    ("en-US", "grandpa's legs turned to noodles on the porch", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "my mother wet up all she clothes last night", "BLADDER_BOWEL", True),
    ("en-US", "my cousin slipped on the ramp and hit the concrete", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the swinging gate bonked me in the back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "we strapped the canoe to the roof rack and my back seized", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i made twenty trips up the stairs with boxes", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i did trip on the rug this morning", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "quisiera tomarme el frasco entero de pastillas", "OVERDOSE", True),
    ("es-US", "ni con el hielo se le calma a mi esposo", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "mi abuela no para de gritar del dolor", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "encontré a mi papá con los pantalones mojados", "BLADDER_BOWEL", True),
    ("es-US", "llegó con el pantalón mojado de la lluvia", "BLADDER_BOWEL", False),
    ("es-US", "no estoy seguro si mi mamá va a poder pararse", "CANNOT_STAND_WALK", True),
    ("es-US", "sí puede levantarse y caminar solita", "CANNOT_STAND_WALK", False),
    ("es-US", "a veces quiero desaparecer para siempre", "SELF_HARM", True),
    ("es-US", "tengo miedo que sea algo del corazón", "HEART_ATTACK_STROKE", True),
    ("es-US", "la viga le pegó cuando estaba en la obra", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el chest se siente bien weird desde anoche", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "ñó, me caí de la silla", "SERIOUS_FALL_ACCIDENT", True),
])
def test_classes_of_round_56_dq_and_spanish_dh(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 57, the fresh measure of round 56's classes (DR and Spanish DI), its misses and false alarms as classes in
    # other words (measured on no fresh set): breathing as if through a straw; someone has to roll one out of bed;
    # not making it from one place to another; a head "turning turning"; a car hit from behind; "kent" for "can't".
    # Not signs: "numb er" (a number); bucking logs; rolling out from under a car (but a ladder that slid out from
    # under is a fall). Spanish: a car that cut in ("se me metió"); "ni me siento las patas"; "cachimbazo"; each day
    # more "amolado"; turned over in bed by two people; "no me alzo"; "res valle" for "resbalé"; seen slipping; a blow
    # with a thing; a relative who feels "como caliente"; pain wanting to get into the chest; "fui a dar al suelo"; a
    # shoulder driven into the back. Denials: "fiebre no le ha dado" (a sign put first, then denied with its verb);
    # "no e' que me chocaron". Not a sign: "arroz a la tumbada".
    ("en-US", "it's like trying to breathe through a straw", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "my son had to roll me out of the recliner", "CANNOT_MOVE", True),
    ("en-US", "she can't make it from the couch to the kitchen", "CANNOT_STAND_WALK", True),
    ("en-US", "grandma says her head is turning round and she has to sit", "DEHYDRATION_SIGNS", True),
    ("en-US", "a pickup bashed our car from behind at the light", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he kent walk since this morning", "CANNOT_STAND_WALK", True),
    ("en-US", "what's the numb er for the clinic", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("en-US", "i was bucking logs all afternoon and my back tightened", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the step stool slid out from under him", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "una troca se nos atravesó en la carretera", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "ni siento las piernas desde ayer", "BOTH_LEGS", True),
    ("es-US", "amanece más adolorida que ayer mi mamá", "WORSENING_PAIN", True),
    ("es-US", "a mi abuelo lo tenemos que voltear entre dos", "CANNOT_MOVE", True),
    ("es-US", "mi suegra ya no se alza de la cama", "CANNOT_STAND_WALK", True),
    ("es-US", "me res bale en el baño", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "la vi caer en el patio", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi nieta anda como caliente desde la tarde", "FEVER", True),
    ("es-US", "siento que el dolor se quiere meter al pecho", "PAIN_SPREADING_CHEST", True),
    ("es-US", "calentura no tiene pero no se puede agachar", "FEVER", False),
    ("es-US", "fiebre no me ha dado, nomás el dolor", "FEVER", False),
    ("es-US", "hoy comimos pescado a la tumbada", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_round_57_dr_and_spanish_di(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 58, the fresh measure of round 57's classes (DS and Spanish DJ), its misses and false alarms as classes in
    # other words (measured on no fresh set): a driver behind who did not stop in time; ending up right back in the
    # chair; able yesterday, not today; a back puffed up; fire inside; "mareada" in English; shins gone dumb; not
    # making it to the mailbox; a head that goes light; something odd when wiping. Not signs: a spinning room, a
    # hiking trip. Spanish: crawling from room to room; a pain not wished on one's worst enemy; pills the pain does
    # not even notice; found on the floor; not up from the chair unless helped; "no able" in Spanglish; could not get
    # back on one's feet; barely able to stand; thin bones. A vocative "nene" before "me hice pipí" is no baby who
    # soiled himself, and "ice" heard for "hice" is "hice".
    ("en-US", "the truck behind us couldn't brake in time", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she tries to stand and ends up right back in the chair", "CANNOT_STAND_WALK", True),
    ("en-US", "yesterday he could walk the dog and today he can't get out of bed", "WORSENING_PAIN", True),
    ("en-US", "the left side of her back is puffed up", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "my son says he feels like fire inside", "FEVER", True),
    ("en-US", "my mom is mareado and can't stand", "DEHYDRATION_SIGNS", True),
    ("en-US", "both my feet went dumb this morning", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "i couldn't make it to the bathroom by myself", "CANNOT_STAND_WALK", True),
    ("en-US", "her head gets light every time she sits up", "DEHYDRATION_SIGNS", True),
    ("en-US", "when i wipe it feels strange down there", "SADDLE_NUMBNESS", True),
    ("en-US", "we have a family trip to the lake next week", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "mi tío se va arrastrando para llegar al baño", "CANNOT_STAND_WALK", True),
    ("es-US", "vengo arrastrando este dolor desde el invierno", "CANNOT_STAND_WALK", False),
    ("es-US", "ese dolor no se lo deseo a nadie", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "le di el ibuprofeno y el dolor no se inmuta", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "lo encontramos en el piso del baño", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi abuela no se levanta de la cama sin que la ayuden", "CANNOT_STAND_WALK", True),
    ("es-US", "mi hermano is no able caminar", "CANNOT_STAND_WALK", True),
    ("es-US", "me agaché y ya no me pude parar", "CANNOT_STAND_WALK", True),
    ("es-US", "apenas se para mi papá", "CANNOT_STAND_WALK", True),
    ("es-US", "el doctor dice que tiene los huesos muy delgados", "OSTEOPOROSIS", True),
    ("es-US", "ay mija me hice pipí sin darme cuenta", "BLADDER_BOWEL", True),
    ("es-US", "me ice pipí en la silla", "BLADDER_BOWEL", True),
])
def test_classes_of_round_58_ds_and_spanish_dj(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 59's misses (DT, measured after round 58 and the twenty-fourth review) as classes in other words: a small
    # plane's hard landing; a car's touch told as "a little tap from" it; bones likened to anything fragile; the world
    # adrift (a boat, a cloud, drunk) at the moment of standing; numbness told as wiping or having somebody else's body;
    # not able to make oneself get up. Not signs: a boat ride's seasickness with standing fine; a caregiver's wiping.
    ("en-US", "my husband had a hard landing in his cessna and now his back is locked up", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "dad ground looped the taildragger last week", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "got a little nudge from a pickup at the stop sign", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "her bones are like fine china the doctor said", "OSTEOPOROSIS", True),
    ("en-US", "grandpa's bones are as brittle as dry sticks", "OSTEOPOROSIS", True),
    ("en-US", "soon as i get up it feels like i'm on a ship in a storm", "DEHYDRATION_SIGNS", True),
    ("en-US", "when she stands up she says it's like walking on ice", "DEHYDRATION_SIGNS", True),
    ("en-US", "we went out on the boat and got seasick but i can stand up fine now", "DEHYDRATION_SIGNS", False),
    ("en-US", "my left leg feels like it belongs to someone else", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "it's like i'm wiping a stranger when i use the toilet paper", "SADDLE_NUMBNESS", True),
    ("en-US", "at work i wipe somebody else all day and my back aches", "SADDLE_NUMBNESS", False),
    ("en-US", "he can't manage to get up off the recliner", "CANNOT_STAND_WALK", True),
])
def test_classes_of_round_59_dt(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 60 (DU and Spanish DK, first contact after round 59's classes), its misses and false alarms as classes in
    # other words: breathing told as labour; a load that came down "right" on someone; pidgin legs that "no can" hold;
    # a bruise told by its colour on the back; a raised or squishy swelling; a collapse said in patois; an animal that
    # spooked and dumped its rider; fever felt by a hand pulled back from the forehead. Not signs: a partner who dumped
    # someone, dropping a phone, a manicure. Spanish: pain that does not let up after pills; pain that comes to the
    # ribs; not turning "to any side" (turning to reverse a car stays no sign); the breathed j heard as an h in a split
    # word; nausea heard as two little words.
    ("en-US", "each breath is a battle for my grandma tonight", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "he has to work hard to breathe since the spasm started", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "a roll of carpet fell right on my husband at the warehouse", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "auntie say her legs no can hold her", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "there's a big plum colored spot on his lower back", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "there's a spongy bump right above my belt", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "she said she dropped when her head started spinning", "FAINTING", True),
    ("en-US", "i did drop my keys in the parking lot", "FAINTING", False),
    ("en-US", "the mare spooked at a plastic bag and dumped him in the arena", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my boyfriend dumped me last week and now my back is tight", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i felt his forehead and jerked my hand back", "FEVER", True),
    ("en-US", "i do nails all day bent over the table", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "mi cyaan hold mi wata since morning", "BLADDER_BOWEL", True),
    ("es-US", "le di dos tylenol y el dolor no cede", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "el dolor me baja a la nalga", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "mi papá no se puede mover para ningún lado", "CANNOT_MOVE", True),
    ("es-US", "no puedo voltear para atrás cuando doy reversa", "CANNOT_MOVE", False),
    ("es-US", "amanecí toda mo hada", "BLADDER_BOWEL", True),
    ("es-US", "mi hija se hizo una trenza", None, False),
    ("es-US", "me da nao sea cuando me agacho", "DEHYDRATION_SIGNS", True),
])
def test_classes_of_round_60_du_and_spanish_dk(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 61 (DV and Spanish DL, the fresh measure of round 60's classes), its misses and false alarms as classes in
    # other words: breathing with its "is" dropped ("breathing's ragged"); a ladder or a truck named with a word before
    # it; "no bladder control" (the "no" is the sign); staying on one's feet; a world that spins "on" someone; a tumble
    # in idiom; Gullah and patois ("tin" bones, "cyan", "ain", "mought"). Not signs: walking little as a habit, staying
    # up late, a tin roof. Spanish: a tackle given; an arm with no grip; not moving even to reach the bathroom; learner
    # "no es posible para caminar"; Portuguese "caiu"; wetting the bed unawares; "no calma con nada"; "techo" heard for
    # "pecho" beside pain (a roof stays a roof); "caro" heard for "carro" after a crash; a misstep and "me fui"; the
    # stomach in the throat. Not signs: a back stiff as a board, an expensive car.
    ("en-US", "grandpa's breathing's ragged tonight", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "she came off the orchard ladder picking peaches", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my neighbor flipped the grain truck in the ditch", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he has zero bowel control since the fall", "BLADDER_BOWEL", True),
    ("en-US", "he couldn't keep his feet under him walking to the truck", "CANNOT_STAND_WALK", True),
    ("en-US", "i can't stay up past nine anymore", "CANNOT_STAND_WALK", False),
    ("en-US", "mama says the ceiling is spinning on her", "DEHYDRATION_SIGNS", True),
    ("en-US", "he took a header off the porch steps", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the doctor say her bone be tin", "OSTEOPOROSIS", True),
    ("en-US", "we put a new tin roof on the barn and my back is sore", "OSTEOPOROSIS", False),
    ("en-US", "he cyan stand up by heself", "CANNOT_STAND_WALK", True),
    ("en-US", "she don't walk much these days but her back is tight", "CANNOT_STAND_WALK", False),
    ("es-US", "a mi hijo le metieron un tackle en el partido", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "la mano izquierda no le agarra fuerza desde hoy", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "ya no me muevo ni para comer", "CANNOT_MOVE", True),
    ("es-US", "mi esposo no es posible para pararse solo", "CANNOT_STAND_WALK", True),
    ("es-US", "meu pai caiu da escada ontem", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi suegra se hace pipí solita en la noche", "BLADDER_BOWEL", True),
    ("es-US", "me duele el techo cuando respiro", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "estuve arreglando el techo y me dio el espasmo", "CHEST_PAIN_OR_BREATHING", False),
    ("es-US", "mi hermano chocó el caro en la autopista", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el carro nuevo salió muy caro", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "me resbalé y me fui en la cocina", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "tengo la espalda tiesa como tabla desde el lunes", "CANNOT_MOVE", False),
    ("es-US", "se me revuelve el estómago con el dolor", "DEHYDRATION_SIGNS", True),
])
def test_classes_of_round_61_dv_and_spanish_dl(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 62 (DW and Spanish DM, the fresh measure of round 61's classes), its misses and false alarms as classes in
    # other words: rolled over by a log or a bale; up on a height and "came off"; a walking aid that skidded; the floor
    # that moves; a body "is fire" with shaking; less feeling where one sits; a ball booted into the back; a truck that
    # "bump me" reversing; "field" heard for "feel"; "her" heard for "or" between two verbs; an adverb ("rightly")
    # inside a phrase. Not signs: roasting a leg of lamb; going over the railroad tracks. Spanish: finding oneself on
    # the floor; urine that will not come; pain that takes hold in front like a fist; not a single step; crying just
    # from turning; yesterday little and today unbearable; "le cuesta un mundo"; "lo malo" for cancer; a beam that
    # struck a back in learner Spanish; Spanglish legs; "aquí" inside a phrase; "a cabar" split; Caribbean "mojá"; and
    # a cause opened by "por este" is its own clause. Not signs: wet laundry sheets; ending "all this pain".
    ("en-US", "a round bale rolled onto my dad in the field", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he was up on the scaffold and slid off", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "grandma's cane slid out and she's on the floor", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my wife says the ground keeps moving under her", "DEHYDRATION_SIGNS", True),
    ("en-US", "his whole body is fire and he can't stop shaking", "FEVER", True),
    ("en-US", "there's less feeling in my bottom than yesterday", "SADDLE_NUMBNESS", True),
    ("en-US", "a kid kicked the ball right into my back at practice", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a forklift is reversing and bump him", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she can't field her feet", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "he can't stand her walk since the spasm", "CANNOT_STAND_WALK", True),
    ("en-US", "i'm not rightly sure i can walk to the car", "CANNOT_STAND_WALK", True),
    ("en-US", "we roast a turkey every thanksgiving", "FEVER", False),
    ("en-US", "my bus goes over the tracks and i go over the bridge twice a day", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "cuando abrí los ojos me vi en el piso del baño", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi papá no hace pipí desde ayer no le sale ni gotita", "BLADDER_BOWEL", True),
    ("es-US", "el dolor le aprieta por delante como un puño", "PAIN_SPREADING_CHEST", True),
    ("es-US", "mi abuelo no da ni un paso", "CANNOT_STAND_WALK", True),
    ("es-US", "mi hija llora nomás de sentarse", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ayer no era nada y hoy no me puedo ni mover del dolor", "WORSENING_PAIN", True),
    ("es-US", "a mi mamá le cuesta horrores levantarse", "CANNOT_STAND_WALK", True),
    ("es-US", "a mi tía le salió lo malo en el seno hace tiempo", "CANCER_HISTORY", True),
    ("es-US", "le pegó un tubo en la espalda en la obra", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "mi papá no siente his legs", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "me duele aquí en el pecho", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "a veces pienso en a cabar con todo", "SELF_HARM", True),
    ("es-US", "ya quiero acabar con todo este dolor de espalda", "SELF_HARM", False),
    ("es-US", "amaneció toda mojá la cama de mi abuelo", "BLADDER_BOWEL", True),
    ("es-US", "en la lavandería cargo sábanas mojadas todo el día", "BLADDER_BOWEL", False),
])
def test_classes_of_round_62_dw_and_spanish_dm(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The twenty-fifth review: a physician-minded helper wrote 190 sentences of its own against this session's lexicon
    # changes (rounds 59 to 61), each where an addition should raise a sign and where the same words are harmless.
    # These 160 are read as it wanted; 30 are still wrong (listed in the README).
    ('en-US', 'i cyan walk since this morning', 'CANNOT_STAND_WALK', True),
    ('en-US', 'i kyan stand up from the pain', 'CANNOT_STAND_WALK', True),
    ('en-US', 'i caan walk at all', 'CANNOT_STAND_WALK', True),
    ('en-US', 'i cyan hold mi wata', 'BLADDER_BOWEL', True),
    ('en-US', 'my legs ain working since last night', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'i feel like i mought pass out when i stand up', 'FAINTING', True),
    ('en-US', 'mi mout dry and my head spin when i stand', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'my favorite color is cyan', None, False),
    ('en-US', 'i ordered a cyan standing desk for work', None, False),
    ('en-US', 'his lips are turning cyan', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'kyan walks the dog every morning before school', None, False),
    ('en-US', 'we watched a james caan movie last night', None, False),
    ('en-US', 'my coworker ain drove me home after i fell off the ladder', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'dr ain told me my bones are thin', 'OSTEOPOROSIS', True),
    ('en-US', 'drink plenty of wata today', None, False),
    ('en-US', 'my bones are getting tin', 'OSTEOPOROSIS', True),
    ('en-US', 'i boiled a soup bone in the big tin pot', None, False),
    ('en-US', 'the dog buried his bone next to the tin shed', None, False),
    ('en-US', 'when i stand up it feels like flying in a cloud with no horizon', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'when i get up there is no up or down and the room spins', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'no up or down problems and no dizziness at all', None, False),
    ('en-US', 'i did drop down in the kitchen this morning', 'FAINTING', True),
    ('en-US', 'i dropped when i stood up from the toilet', 'FAINTING', True),
    ('en-US', 'i did drop down to part time at work', None, False),
    ('en-US', 'she did drop like ten pounds on that diet', None, False),
    ('en-US', 'the call dropped when i got up to leave', None, False),
    ('en-US', 'prices dropped when everything went on sale', None, False),
    ('en-US', 'my jaw dropped when my head coach told me', None, False),
    ('en-US', 'every breath is a fight since this morning', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'it is hard work to breathe lying down', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'his breathing is ragged and fast', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'my therapist has me working to breathe slower when i panic', None, False),
    ('en-US', 'the yoga teacher says breathing is a workout for your core', None, False),
    ('en-US', 'i crash landed the super cub in a field', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the economy is heading for a hard landing', None, False),
    ('en-US', 'piper went down for her nap at two', None, False),
    ('en-US', 'we got bumped by a school bus on the highway', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i got a tap from the lady behind me in line at the store', None, False),
    ('en-US', 'the school bus rolled up at seven', None, False),
    ('en-US', 'combine the eggs and flour then flipped the pancakes', None, False),
    ('en-US', 'i came off the extension ladder about ten feet up', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'we came down off the deer stand at dusk and went home', None, False),
    ('en-US', 'the model came down the catwalk in red', None, False),
    ('en-US', 'stocks took a tumble this week', None, False),
    ('en-US', 'my son did a header at soccer practice', None, False),
    ('en-US', 'the fireworks went off and we hit the dirt laughing', None, False),
    ('en-US', 'i totally biffed it on my math test', None, False),
    ('en-US', 'when we got home from the trip i kissed the ground', None, False),
    ('en-US', 'my papers were sent flying by the fan', None, False),
    ('en-US', 'the ball went end over end through the uprights', None, False),
    ('en-US', 'a steel beam came down right on my back at the site', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a car hit me in the parking lot of the nail salon', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my sister does nails at the mall', None, False),
    ('en-US', 'i have no bladder control since my back went out', 'BLADDER_BOWEL', True),
    ('en-US', 'she got no control of her water since yesterday', 'BLADDER_BOWEL', True),
    ('en-US', 'we have no control of the water pressure in this building', None, False),
    ('en-US', 'we had no control of the water coming into the basement', None, False),
    ('en-US', 'when i wipe it feels like somebody else is there', 'SADDLE_NUMBNESS', True),
    ('en-US', 'when i wipe off my makeup i look like another person', None, False),
    ('en-US', 'my leg feels like it belongs to someone else', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'my legs no like hold me today', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'the calf no want go in the trailer', None, False),
    ('en-US', 'i touched his forehead and pulled my hand back quick he was burning', 'FEVER', True),
    ('en-US', 'i went to pet the dog on his head and he growled so i jerked my hand back', None, False),
    ('en-US', 'i burned the skin on my finger on the stove and pulled it away fast', None, False),
    ('en-US', 'i can not make myself stand up the pain is too bad', 'CANNOT_STAND_WALK', True),
    ('en-US', "i can't bring myself to walk past his old house", None, False),
    ('en-US', "i can't make myself walk on the treadmill in the mornings", None, False),
    ('en-US', 'i have trouble keeping my feet warm at night', None, False),
    ('en-US', 'it is hard to keep upright posture at my desk', None, False),
    ('en-US', 'since yesterday i can not walk as much as ten steps', 'CANNOT_STAND_WALK', True),
    ('en-US', 'i do not walk far these days because of my knees', None, False),
    ('en-US', 'there is a purple spot on my lower back since the fall', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'the cake has a squishy spot in the middle', None, False),
    ('en-US', 'the wine tastes like a plum on the finish', None, False),
    ('en-US', 'we hit a raised bump in the road', None, False),
    ('en-US', 'when i stand up i feel like i am on a boat', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'my boss spun on me in the meeting', None, False),
    ('en-US', 'the whole truck was spinning its wheels in the mud', None, False),
    ('en-US', 'the ceiling fan keeps spinning all night', None, False),
    ('en-US', 'i got up to dance at the wedding and felt tipsy after the champagne', None, False),
    ('en-US', 'my doctor says i have bones like bird bones', 'OSTEOPOROSIS', True),
    ('en-US', 'the chicken bones snap like twigs', None, False),
    ('en-US', 'the haunted house had bones made of paper', None, False),
    ('en-US', 'ain fell off the roof this morning', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my ain legs are numb', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'my rib bones are thin from the steroids', 'OSTEOPOROSIS', True),
    ('en-US', 'i can not bring myself to stand up', 'CANNOT_STAND_WALK', True),
    ('en-US', 'he can not hold himself up', 'CANNOT_STAND_WALK', True),
    ('es-US', 'tengo nao sea y me mareo cuando me paro', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'me da nao sea con el dolor', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'sin nao sea ni vomito', None, False),
    ('es-US', 'con nao sea y mareo desde anoche', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'no controlo la ve higa desde ayer', 'BLADDER_BOWEL', True),
    ('es-US', 'perdi el control de la ve hi ga', 'BLADDER_BOWEL', True),
    ('es-US', 'se me salio la orina y estoy todo mo hado', 'BLADDER_BOWEL', True),
    ('es-US', 'que ha pasado con mi cita', None, False),
    ('es-US', 'o hala que se me quite pronto', None, False),
    ('es-US', 'ba he la escalera despacio para no caerme', None, False),
    ('es-US', 'mi hi ho se cayo del techo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'tengo dolor en el techo y me falta el aire', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'me duele el techo cuando respiro hondo', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'me duele el percho cuando respiro', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'me duele el techo de la boca por la pizza caliente', None, False),
    ('es-US', 'hay mucha presion en el techo por la nieve', None, False),
    ('es-US', 'tengo dolor de cabeza por la gotera del techo', None, False),
    ('es-US', 'me cai del techo limpiando las canaletas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'le cayo el techo encima en el terremoto', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me choco un caro en la esquina', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el caro se volteo en la curva', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'compre el caro y me duele la espalda de cargarlo', None, False),
    ('es-US', 'todo esta bien caro en la tienda', None, False),
    ('es-US', 'no me puedo voltear para ningun lado en la cama', 'CANNOT_MOVE', True),
    ('es-US', 'no puedo moverme para ningun lado del dolor', 'CANNOT_MOVE', True),
    ('es-US', 'no me puedo mover ni para ir al baño', 'CANNOT_MOVE', True),
    ('es-US', 'de ninguna manera me he orinado encima', None, False),
    ('es-US', 'de ninguna manera he tenido fiebre', None, False),
    ('es-US', 'no encuentro mis pastillas por ningun lado', None, False),
    ('es-US', 'el dolor no se me corre a ningun lado', None, False),
    ('es-US', 'no puedo voltear para atras cuando manejo', None, False),
    ('es-US', 'no puedo voltear para revisar el punto ciego', None, False),
    ('es-US', 'no puedo voltear para cambiar de carril', None, False),
    ('es-US', 'no puedo voltearme para el otro lado en la cama', 'CANNOT_MOVE', True),
    ('es-US', 'me tumbaron de la moto en la carretera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me tiraron un tackle en el futbol y no siento las piernas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'casi me cai de la silla cuando me dijeron el precio', None, False),
    ('es-US', 'me cai de la risa con el chiste', None, False),
    ('es-US', 'se me cayo dos veces el telefono', None, False),
    ('es-US', 'meu pai caiu do telhado', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'pise mal en el baile y me fui a sentar un rato', None, False),
    ('es-US', 'me tropece con mi ex en la tienda y me fui rapido', None, False),
    ('es-US', 'me resbale en el hielo y me fui de nalgas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se resbalo y se fue de senton en la cocina', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi papa esta orinando solito sin darse cuenta', 'BLADDER_BOWEL', True),
    ('es-US', 'se orina sin que sepa desde ayer', 'BLADDER_BOWEL', True),
    ('es-US', 'mi hijo ya esta orinando solito en el baño', None, False),
    ('es-US', 'mi mama ya esta orinando sola despues de que le quitaron la sonda', None, False),
    ('es-US', 'mi nieto de cuatro años sigue orinando en la cama sin pañal', None, False),
    ('es-US', 'el perrito anda orinando solito por toda la casa', None, False),
    ('es-US', 'la mano derecha no me agarra fuerza de la nada', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'la pierna no me responde desde esta mañana', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'la pierna se me quedo sin fuerza de repente', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'el brazo derecho del jefe no me responde los correos', None, False),
    ('es-US', 'no es posible para caminar desde ayer', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no soy capaz de pararme de la cama', 'CANNOT_STAND_WALK', True),
    ('es-US', 'me tome dos pastillas y el dolor sigue igual', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'tome ibuprofeno pero el dolor no afloja', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'no me calma con nada este dolor', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'me tome las pastillas y el dolor no ha regresado', None, False),
    ('es-US', 'le di una pastilla y el dolor no volvio en toda la noche', None, False),
    ('es-US', 'el tornillo no afloja con nada', None, False),
    ('es-US', 'el precio de la gasolina no baja con nada', None, False),
    ('es-US', 'el dolor se me corre a las costillas', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'el dolor de espalda me baja a la pierna', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'se me revuelve el estomago y vomite dos veces', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'tenia el estomago en la garganta antes del examen', None, False),
    ('es-US', 'me da asco con cada bocado de higado', None, False),
    ('es-US', 'tengo bascas desde la mañana', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'de ningun modo he perdido el control de la orina', None, False),
    ('es-US', 'no tengo fiebre de ningun modo', None, False),
])
def test_the_twenty_fifth_review_as_a_clinician_read_it(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 63's misses (DX and DY, the fresh measure of round 62 and the twenty-fifth review) as classes in other
    # words, measured on no fresh set: "thinking of" is "thinking about", and "my self" is "myself"; an animal that put
    # a rider in a fence; a foot that will not do what it is told; weak "all my body"; rest or pills that have "not done
    # a thing"; a whole place that starts spinning; thrown off a tube; face first down a bank; someone still down on
    # the floor; half the mouth that will not move; dragged to a chair; a load come down on a shoulder; pills thought
    # about "every one of them"; "chills" apart from "chill out". Not signs: a film's fight gag; a spasm that "caught
    # me" on a weekday; a boat that lurched; "didn't think much of it".
    ("en-US", "my brother says he keeps thinking of killing him self", "SELF_HARM", True),
    ("en-US", "the bull spooked and put me into the rail", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he can't get his leg to lift into the truck since this morning", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "the heating pad hasn't done a thing and it's been two days", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "when i stand the whole kitchen starts tilting", "DEHYDRATION_SIGNS", True),
    ("en-US", "my nephew went head first into the boards at hockey", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i don't know how long he was on the floor before i found him", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the corner of her mouth is drooping since lunch", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "my wife had to drag me to the couch", "CANNOT_MOVE", True),
    ("en-US", "she keeps thinking about taking all of them, the pills in the cabinet", "SELF_HARM", True),
    ("en-US", "i've got the chills out in the barn with this back", "FEVER", True),
    ("en-US", "tell them to chill out about my back", "FEVER", False),
    ("en-US", "we shot a fight gag all day and my back is sore", "DEHYDRATION_SIGNS", False),
    ("en-US", "caught me this morning tying my shoes", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "i slipped on the dock but didn't think much of it until the back end of the day", "SELF_HARM", False),
])
def test_classes_of_round_63_dx_and_dy(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)



@pytest.mark.parametrize("locale,said,flag,raised", [
    # The twenty-fourth review: a physician-minded helper wrote 213 sentences of its own against this session's lexicon
    # changes (rounds 54 to 58), each where an addition should raise a sign and where the same words are harmless.
    # These 190 are read as it wanted; 23 are still wrong (listed in the README).
    ('en-US', "it feels like i'm breathing through a straw", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'i can only get air in like sucking through a coffee straw', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'something is off with my breathing since last night', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'does my breathing sound funny to you', 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', 'we had problems with wind on the golf course all afternoon', None, False),
    ('en-US', "there's a change in wind direction so the smoke is coming our way", None, False),
    ('en-US', 'the chest freezer in the garage is acting up again', None, False),
    ('en-US', 'the wind is all wrong for sailing today', None, False),
    ('en-US', 'my bladder feels weird since my back went out', 'BLADDER_BOWEL', True),
    ('en-US', "i've had trouble with my bladder since the spasm started", 'BLADDER_BOWEL', True),
    ('en-US', 'my plumbing is acting up again the kitchen sink is clogged', None, False),
    ('en-US', 'the bar stool is wonky so i sat on the couch', None, False),
    ('en-US', 'my pee smells funny after eating asparagus', None, False),
    ('en-US', "there's something wrong with my water heater", None, False),
    ('en-US', 'my water tastes funny since they fixed the well', None, False),
    ('en-US', "we've had problems with my water bill all year", None, False),
    ('en-US', 'i did not even feel myself go until i saw the wet spot', 'BLADDER_BOWEL', True),
    ('en-US', 'i woke up soaked and the sheets smelled like pee', 'BLADDER_BOWEL', True),
    ('en-US', 'i woke up drenched and had to change my shirt twice', 'FEVER', True),
    ('en-US', 'the tent leaked and we woke up soaked', None, False),
    ('en-US', 'my toddler woke up wet again last night', None, False),
    ('en-US', "i wet up my pants in the truck and didn't even know", 'BLADDER_BOWEL', True),
    ('en-US', "when i wipe it feels like someone else's skin", 'SADDLE_NUMBNESS', True),
    ('en-US', "it feels like somebody else's bottom when i sit on the toilet", 'SADDLE_NUMBNESS', True),
    ('en-US', "i spend all day wiping someone else's bottom at the daycare", None, False),
    ('en-US', 'is someone else down there in the basement with you', None, False),
    ('en-US', 'when i wipe the counters someone else messes them up', None, False),
    ('en-US', 'my legs feel funny and weak since this morning', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'the table leg is wonky so put a coaster under it', None, False),
    ('en-US', 'we had trouble with the leg from denver because of snow', None, False),
    ('en-US', 'my legs went to noodles and i had to sit down on the stairs', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'my feet feel soft after the pedicure', None, False),
    ('en-US', 'i came off the last couple rungs and landed on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i slipped and hit the concrete hard on my tailbone', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "let's hit the ground running on monday", None, False),
    ('en-US', 'the plate slipped out of my hand and hit the tile', None, False),
    ('en-US', 'we hit the tarmac in denver around six', None, False),
    ('en-US', 'the first snow hit the driveway last night', None, False),
    ('en-US', 'a truck hit my car from behind at the light', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i pushed the car from behind when it stalled and my back seized', None, False),
    ('en-US', 'my sister tagged me in a photo on facebook', None, False),
    ('en-US', 'my toddler bonked me on the nose with a block', None, False),
    ('en-US', 'the printer jammed on me all morning', None, False),
    ('en-US', 'a linebacker thumped me in the back and i went down hard', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i took a hard lick at recess playing dodgeball and landed on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my grandson took a lick of my ice cream at recess', None, False),
    ('en-US', 'on our last trip i tripped and fell down the stairs at the hotel', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i leaned off the ladder and tipped it over and fell on the driveway', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i fell off the roof of the truck while loading hay', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the beam swung around and it caught him in the back and knocked him off the scaffold', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the horse was bucking up and threw me into the fence', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i rolled out from under the car and the jack slipped and it came down on my legs', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my daughter hugged me from behind and my back spasmed', None, False),
    ('en-US', 'they had to roll me out of bed onto the floor this morning', 'CANNOT_MOVE', True),
    ('en-US', 'i ate so much they had to roll me out of the restaurant', None, False),
    ('en-US', "the boat wouldn't start so we had to roll her out of the barn", None, False),
    ('en-US', "i can't make it from the bed to the bathroom", 'CANNOT_STAND_WALK', True),
    ('en-US', "i can't make it from the office before six tonight", None, False),
    ('en-US', 'the kids stayed on the floor watching cartoons all afternoon', None, False),
    ('en-US', "i stayed on the floor all night because i couldn't get up", 'CANNOT_STAND_WALK', True),
    ('en-US', 'should i stay on the floor or go to bed', None, False),
    ('en-US', "i can't walk to the kitchen without holding the counter", 'CANNOT_STAND_WALK', True),
    ('en-US', "i can't reach the top cabinet without holding the counter with one hand", None, False),
    ('en-US', "the ice pack is doing nothing and i'm crying", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'we sat on the ice doing nothing all day and caught no fish', None, False),
    ('en-US', 'i took the pill and no change at all', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'the pain goes up another notch every day', 'WORSENING_PAIN', True),
    ('en-US', 'emeril says kick it up another notch with garlic', None, False),
    ('en-US', 'the boss cranked the pressure up another notch this week', None, False),
    ('en-US', 'i feel hot then cold and my teeth are chattering', 'FEVER', True),
    ('en-US', 'i feel cold shivering under two blankets', 'FEVER', True),
    ('en-US', "there's a freeze warning tonight so cover the tomatoes", None, False),
    ('en-US', 'i feel this he when i stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'so this he told me the game was canceled', None, False),
    ('en-US', 'it was kind of this he said she said thing', None, False),
    ('en-US', 'my head keeps turning round and round when i get up', 'DEHYDRATION_SIGNS', True),
    ('en-US', "the owl's head keeps turning toward the window", None, False),
    ('en-US', "i can't pass your in since last night", 'BLADDER_BOWEL', True),
    ('en-US', 'both my legs are numb er tingly since this morning', 'BOTH_LEGS', True),
    ('en-US', 'my bottom is numb er kind of dead down there', 'SADDLE_NUMBNESS', True),
    ('en-US', 'i lost my phone numb er i mean my phone', None, False),
    ('en-US', 'he kent move his legs at all', 'BOTH_LEGS', True),
    ('en-US', 'my head did feel light and then everything went black', 'FAINTING', True),
    ('en-US', 'no i did not hit my head and i did not pass out', None, False),
    ('en-US', 'the fever did break last night', 'FEVER', True),
    ('en-US', "i've had a fe ver since yesterday", 'FEVER', True),
    ('en-US', 'my butt is numb er down there', 'SADDLE_NUMBNESS', True),
    ('en-US', 'my feet are numb er both of them', 'BOTH_LEGS', True),
    ('en-US', "i'm numb er down there", 'SADDLE_NUMBNESS', True),
    ('en-US', 'the tree came down and it caught her in the back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i pee fine just can not walk', 'CANNOT_STAND_WALK', True),
    ('en-US', 'i can not get up should i stay on the floor or call someone', 'CANNOT_STAND_WALK', True),
    ('en-US', 'we kent state fans drove all night', None, False),
    ('en-US', 'my leg does feel funny', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'the bucket swung and it caught him square in the back', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el dolor se me va alpecho', 'PAIN_SPREADING_CHEST', True),
    ('es-US', 'no siento nada enlas piernas desde ayer', 'BOTH_LEGS', True),
    ('es-US', 'guarde el azucar en la alacena', None, False),
    ('es-US', 'mi hijo esta delgado y come poco', None, False),
    ('es-US', 'el cochecito del bebe se me atraveso en el pasillo', None, False),
    ('es-US', 'hubo un temblorcito anoche y nos desperto', None, False),
    ('es-US', 'tengo fiebrecita desde ayer', 'FEVER', True),
    ('es-US', 'me dieron un golpecito en el carro por detras y ahora me truena la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me dieron un toque por detras en el hombro para saludarme', None, False),
    ('es-US', 'ño me duele el pecho horrible', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'ñó que susto me cai de la escalera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'ñó que rico el cafecito', None, False),
    ('es-US', 'fiebre no le ha dado', None, False),
    ('es-US', 'fiebre no tengo pero me desmaye en el bano', 'FAINTING', True),
    ('es-US', 'desmayos no ha tenido y fiebre tampoco', None, False),
    ('es-US', 'estoy que quemo desde anoche', 'FEVER', True),
    ('es-US', 'me quemo con el aceite cuando frio pescado', None, False),
    ('es-US', 'estoy que ardo del coraje con mi jefe', None, False),
    ('es-US', 'hiervo el agua para el cafe', None, False),
    ('es-US', 'mi papa ta como caliente y tiembla', 'FEVER', True),
    ('es-US', 'ando escalofriado desde la manana', 'FEVER', True),
    ('es-US', 'al caer me pegue en la cabeza', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'al caer enfermo mi papa dejo de trabajar', None, False),
    ('es-US', 'al caerse el vaso se rompio en mil pedazos', None, False),
    ('es-US', 'al caer el precio del dolar compramos mas', None, False),
    ('es-US', 'y cai en cuenta de que era domingo', None, False),
    ('es-US', 'me resbale en el hielo y me cai de espaldas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'fui a dar al suelo cuando se rompio la silla', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'fui a dar a las vacas de comer temprano', None, False),
    ('es-US', 'mi hija me vio caer de la escalera', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'la escalera me dio miedo pero subi', None, False),
    ('es-US', 'la caja me dio el cambio mal en la tienda', None, False),
    ('es-US', 'la llanta me dio problemas en la carretera', None, False),
    ('es-US', 'la viga le cayo encima a mi esposo en la obra', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'la vaca me dio una patada en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'una troca se me atraveso y choque', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi compadre me metio el hombro para subir el refrigerador', None, False),
    ('es-US', 'la orina la siento rara y casi no sale', 'BLADDER_BOWEL', True),
    ('es-US', 'la llave del bano no funciona', None, False),
    ('es-US', 'la puerta del bano esta descompuesta', None, False),
    ('es-US', 'el popo del bebe sale verde y raro', None, False),
    ('es-US', 'orinar no puedo desde anoche', 'BLADDER_BOWEL', True),
    ('es-US', 'de la llave sale un hilito de agua', None, False),
    ('es-US', 'echale nomas un hilito de aceite a la sarten', None, False),
    ('es-US', 'nomas unas gotitas de limon al caldo', None, False),
    ('es-US', 'cuando voy al bano nomas salen unas gotitas', 'BLADDER_BOWEL', True),
    ('es-US', 'tengo ganas de orinar pero estoy con mucho trabajo', None, False),
    ('es-US', 'orino con mucho trabajo y me duele la espalda', 'BLADDER_BOWEL', True),
    ('es-US', 'le cambie el panal mojado al bebe', None, False),
    ('es-US', 'saque la ropa interior mojada de la lavadora', None, False),
    ('es-US', 'el nino dejo la cama mojada otra vez', None, False),
    ('es-US', 'el colchon mojado por la gotera', None, False),
    ('es-US', 'amaneci con el pantalon todo mojado y no senti nada', 'BLADDER_BOWEL', True),
    ('es-US', 'problemas con la vejiga desde que me lastime', 'BLADDER_BOWEL', True),
    ('es-US', 'siento raro alla abajo y no siento cuando me limpio', 'SADDLE_NUMBNESS', True),
    ('es-US', 'ahi abajo no funciona el wifi', None, False),
    ('es-US', 'la parte de abajo de la lavadora no funciona', None, False),
    ('es-US', 'aca abajo esta raro el clima este ano', None, False),
    ('es-US', 'siento raras las piernas y se me doblan', 'BOTH_LEGS', True),
    ('es-US', 'las patas de la mesa estan raras', None, False),
    ('es-US', 'se me fue la sensacion de la pierna derecha', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'se me fue la sensacion de hambre', None, False),
    ('es-US', 'ni me siento las piernas desde que me cai', 'BOTH_LEGS', True),
    ('es-US', 'el aire no funciona en el carro', None, False),
    ('es-US', 'tengo problemas con el aire acondicionado', None, False),
    ('es-US', 'algo raro con la respiracion desde anoche', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'el dolor se me mete al pecho', 'PAIN_SPREADING_CHEST', True),
    ('es-US', 'el gato se mete al pie de la cama a dormir', None, False),
    ('es-US', 'la receta es del corazon de oaxaca', None, False),
    ('es-US', 'me da miedo que sea algo del corazon', 'HEART_ATTACK_STROKE', True),
    ('es-US', 'me dio un soponcio y quede en el suelo', 'FAINTING', True),
    ('es-US', 'necesito que me ayuden entre dos a mover el sofa', None, False),
    ('es-US', 'entre dos me voltean en la cama porque no me puedo mover', 'CANNOT_MOVE', True),
    ('es-US', 'no estoy segura si pueda caminar manana', 'CANNOT_STAND_WALK', True),
    ('es-US', 'la masa no se alza si hace frio', None, False),
    ('es-US', 'ya no me alzo de la cama sin ayuda', 'CANNOT_STAND_WALK', True),
    ('es-US', 'ni con las pastillas se me quita el dolor', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'el vecino sigue gritando por el futbol', None, False),
    ('es-US', 'mi esposo sigue gritando del dolor', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'cada dia estoy mas amolado que ayer', 'WORSENING_PAIN', True),
    ('es-US', 'el cuadro esta mas chueco que ayer', None, False),
    ('es-US', 'me salio una mancha morada que se esta extendiendo por la pierna', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'el platano tiene manchas negras', None, False),
    ('es-US', 'hay una mancha oscura en el techo por la humedad', None, False),
    ('es-US', 'quiero tomarme todo el bottle de pastillas', 'OVERDOSE', True),
    ('es-US', 'hace calor quiero tomarme todo el bottle de agua', None, False),
    ('es-US', 'quiero desaparecer las manchas de la cara', None, False),
    ('es-US', 'a veces quisiera desaparecer para siempre', 'SELF_HARM', True),
    ('es-US', 'si me muero se acaba todo este sufrimiento', 'SELF_HARM', True),
    ('es-US', 'no me estoy orinando ni me sale nada cuando voy al bano', 'BLADDER_BOWEL', True),
    ('es-US', 'no me estoy orinando ni siento cuando sale', 'BLADDER_BOWEL', True),
    ('es-US', 'ni con las pastillas se me quita la tos ni el dolor de espalda', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'calentura no le ha dado y vomito no ha tenido', None, False),
    ('es-US', 'desmayo no le dio', None, False),
    ('es-US', 'estoy que hiervo desde anoche', 'FEVER', True),
])
def test_the_twenty_fourth_review_as_a_clinician_read_it(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 64's misses (DZ and Spanish DN, the fresh measure of round 63) as classes in other words: "number" for
    # "numb" after a limb and any verb of becoming; "stolen" for "swollen" after a body part; "naw shus" however the
    # pieces are spelled; a household thing used "like a stick" or "as a cane"; the guts or insides doing flips;
    # Spanish "orilla" for "orina" where only urine comes out; a weight that sat "aquí adelante"; squeezing in the
    # middle "por delante" with a likeness between; a lump "como una loma" on one side; the back that "no responde"
    # for getting up; a cold inside, or that no blanket takes away. Not signs: crawling as the work (crawl spaces,
    # under houses); reaching out to the side at work; a stiff back that loosens "un poquito" (named legs still do).
    ("en-US", "both her feet got number on the drive home", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("en-US", "my leg is number one on my list of worries", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("en-US", "his whole side is kind of stolen and hot", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "somebody stolen my truck and now my back hurts from walking", "SWELLING_OR_SPREADING_PAIN", False),
    ("en-US", "she's been nah shuss since lunch", "DEHYDRATION_SIGNS", True),
    ("en-US", "grandma's getting around with the broom as a crutch", "CANNOT_STAND_WALK", True),
    ("en-US", "his insides keep rolling since the spasm started", "DEHYDRATION_SIGNS", True),
    ("en-US", "i spent the day crawling through attics running cable", "CANNOT_STAND_WALK", False),
    ("en-US", "he crawled to the phone after he went down", "CANNOT_STAND_WALK", True),
    ("en-US", "i kept reaching over to the side to stock the shelves", "SWELLING_OR_SPREADING_PAIN", False),
    ("en-US", "the ache is reaching out to my side now", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "a mi suegra se le salió la orilla en la tienda sin darse cuenta", "BLADDER_BOWEL", True),
    ("es-US", "es como si un saco de cemento se me subiera encima", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "me oprime acá en medio, como una faja, por el frente", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "le salió como un chipote de un lado de la espalda", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "mi papá dice que el cuerpo no le responde para pararse de la cama", "CANNOT_STAND_WALK", True),
    ("es-US", "tiene un frío que no se le quitaba ni con dos cobijas", "FEVER", True),
    ("es-US", "hace un frío por dentro de la troca que ni te cuento", "FEVER", False),
    ("es-US", "en la mañana está tiesa pero con el baño calientito se me afloja tantito", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "y de repente se me aflojan tantito las piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
])
def test_classes_of_round_64_dz_and_dn(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 65's misses (EA and Spanish DO, the fresh measure of round 64) as classes in other words: a hit taken in a
    # contact sport ("checked hard" stays a sign though "got checked" is a check-up); pinned against a wall by an
    # animal; "dumped me on the" floor; dialect "i come down" after its subject; puffing up on one side; every remedy
    # tried and it is "still raising cain"; a place that spins when one sits up; "today it's a monster"; soaked through
    # one's clothes unnoticed; hot and cold with the shakes; not sure one went down, or is peeing normally, or can
    # make it up the stairs (doubt counts); Spanish: wishing not to wake up; a ladder and "bajé de golpe"; a car that
    # hit one's side ("de lao"); not feeling a pin; a limb fronted and taken up by "lo"; "ya ni camino"; lifted out of
    # bed between two; out of bed only if someone lifts one; thrown by a bike ("vici"); bones "adelgazando"; "como que
    # me da asco"; come home "todo golpeado"; "también" between a verb and its object. Not signs: a double shift;
    # years "off the roofs"; a ferry's car deck; disgust at a smell; a dented car; "stiff only in the back".
    ("en-US", "my son got body checked in the hockey game and now his back's seized", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i got checked out at the urgent care last week", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the heifer pinned me against the gate this morning", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the old chair broke and dumped him onto the tile", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "then she come off the ladder backwards", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "they come and go every couple weeks", "RECURRING_SPASMS", True),
    ("en-US", "it's all bulged out on just one side now", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "tried tylenol and the heating pad and it's still killing me", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "the camper starts spinning when i stand up", "DEHYDRATION_SIGNS", True),
    ("en-US", "last night it was a twinge and this morning it's a real beast", "WORSENING_PAIN", True),
    ("en-US", "grandpa soaked through his pants in the recliner and didn't notice", "BLADDER_BOWEL", True),
    ("en-US", "my shirt's soaked through with sweat from mowing", "BLADDER_BOWEL", False),
    ("en-US", "she's shaking under the blankets and going hot then cold then hot", "FEVER", True),
    ("en-US", "he tripped on the hose and i'm not sure if he actually fell", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "no idea if she's peeing right since the spasm started", "BLADDER_BOWEL", True),
    ("en-US", "i doubt he can make it to the bathroom on his own", "CANNOT_STAND_WALK", True),
    ("en-US", "i pulled a double at the plant and now my back's tight what do i take", "OVERDOSE", False),
    ("en-US", "he's been ten years off the roofs and takes warfarin now", "FALL_ON_BLOODTHINNER", False),
    ("es-US", "a veces pienso que ojalá ya no amanezca", "SELF_HARM", True),
    ("es-US", "no quiero despertar a mi esposo con mis quejidos", "SELF_HARM", False),
    ("es-US", "estaba en el andamio y me vine abajo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "una camioneta nos pegó de lao en el cruce", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "no siento cuando me pellizco el muslo", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "la pierna izquierda la ando arrastrando desde ayer", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "cada paso me quema así que ya ni camino", "CANNOT_STAND_WALK", True),
    ("es-US", "la tuvimos que sacar entre dos para sacarla de la tina", "CANNOT_STAND_WALK", True),
    ("es-US", "entre dos cargamos el ropero y ahí me dio el tirón", "CANNOT_STAND_WALK", False),
    ("es-US", "a mi hijo le tumbó la moto en la vereda", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "la doctora dijo que los huesos se le están adelgazando", "OSTEOPOROSIS", True),
    ("es-US", "me da asco el olor del linimento", "DEHYDRATION_SIGNS", False),
    ("es-US", "anda con asco desde que le dio el espasmo", "DEHYDRATION_SIGNS", True),
    ("es-US", "mi hermano llegó todo golpeado y con la espalda chueca", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "la troca toda golpeada pero yo no me pegué", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "ando entumida pero nada más de la cintura, las piernas bien", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "le duelen también las costillas cuando respira", "SWELLING_OR_SPREADING_PAIN", True),
])
def test_classes_of_round_65_ea_and_do(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 66's misses (EB and Spanish DP, the fresh measure of round 65) as classes in other words: medicine "doing
    # nothing" with words between; holding onto something just to get across; not making it to the showers; stepped
    # on by an animal; "nauseous" heard as "now she's" after a feeling word; Spanish: gasping like a fish out of water;
    # lifted off the toilet by someone; out of a seat only if someone pulls one, in any order; "pegué el suelo"; a
    # ladder that moved; "el chucho"; "to'" for "todo"; "ni modo" is no denial. Not signs: the bug "that hit me"; "now
    # she's" told of someone; a dish that fell; a jolt felt ("sentí el trancazo") while lifting.
    ("en-US", "the muscle relaxer the doctor gave him is doing nothing", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "she had to grab onto the fence just to get across the yard", "CANNOT_STAND_WALK", True),
    ("en-US", "he couldn't make it to the restroom at the rest stop", "CANNOT_STAND_WALK", True),
    ("en-US", "the bull stepped on my dad's back in the pen", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i'm kind of naw shes since lunch", "DEHYDRATION_SIGNS", True),
    ("en-US", "the flu that hit me in october was worse than this", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my sister called and now shes coming over with soup", "DEHYDRATION_SIGNS", False),
    ("es-US", "camino dos pasos y ando boqueando como pez", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "mis hijos tuvieron que levantarme de la silla", "CANNOT_STAND_WALK", True),
    ("es-US", "mi abuela no sale de la cama si no la ayudan", "CANNOT_STAND_WALK", True),
    ("es-US", "la escalera se meneó y pegué contra el piso", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "en la madrugada le dan chuchos a mi papá", "FEVER", True),
    ("es-US", "le tiembla to' el cuerpo de frío y está tapado", "FEVER", True),
    ("es-US", "me resbalé y ni modo, me fui de espaldas contra la pared", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me agaché por el celular que se cayó y me dio el tirón", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "cargando la lavadora sentí un trancazo en la cintura", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_round_66_eb_and_dp(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 67's misses (EC and ED, the fresh measure of round 66) as classes in other words, measured on EE and DQ:
    # gone off a platform backwards; a bone broken by almost nothing; minutes to get down the hall; a mark coming up;
    # launched off a tube by a wake; a lungful not got; behind the breastbone; slammed onto a hard floor; hours on the
    # floor waiting for help; "still won't budge"; under the bra line; wanting to pass water and nothing coming; doored
    # or "ate it" on a bike; slid down a roof's pitch; "bust my behind" on the ice; breathing "a bit off" (a gerund's
    # "'s" is "is"); "felt faint it's" is no "fainted". Not signs: a back "caught on me"; asking whether to shuffle
    # around; nothing wrong with the bowels; chile to roast; baseball pants; "bust my butt" at work.
    ("en-US", "my son fell backwards off the catwalk at the plant", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she cracked a rib just coughing last winter", "OSTEOPOROSIS", True),
    ("en-US", "it takes him twenty minutes to get to the bathroom now", "CANNOT_STAND_WALK", True),
    ("en-US", "there's a bruise coming up right where the pain is", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "he hit the wake wrong on the jet ski and now his back is locked", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i can't get a good lungful since the spasm started", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "there's a pressure under her breastbone and her back aches", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "took a charge and slammed the court hard with my back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "mom's been lying on the kitchen floor for hours waiting for someone to help her", "CANNOT_MOVE", True),
    ("en-US", "tried the heating pad and the advil and it still won't let up", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "it wraps around along my bra line on the left", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "he tries to pass water but nothing comes out", "BLADDER_BOWEL", True),
    ("en-US", "a guy doored me on my bike and i totally ate it", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i slid off the barn roof into the snow", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "busted my tail on the ice getting the mail", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "his breathing's kind of off since this morning", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "i haven't felt faint it's just stiff", "FAINTING", False),
    ("en-US", "my back caught on me again splitting wood", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "should he get up and shuffle around or rest", "CANNOT_STAND_WALK", False),
    ("en-US", "nothing wrong with his bladder just the back", "BLADDER_BOWEL", False),
    ("en-US", "we roast hatch chile every september", "FEVER", False),
    ("en-US", "he tore his baseball pants sliding into second", "CHEST_PAIN_OR_BREATHING", False),
    ("en-US", "i bust my butt on the farm every day", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_round_67_ec_and_ed(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The twenty-sixth review: a physician-minded helper wrote 196 sentences of its own against this session's lexicon
    # changes (rounds 64 to 66), each where an addition should raise a sign and where the same words are harmless.
    # These 156 are read as it wanted; 40 are still wrong (listed in the README).
    ('en-US', 'i soaked through my pants last night and never even noticed', 'BLADDER_BOWEL', True),
    ('en-US', 'i got soaked through my jeans walking home in the rain', None, False),
    ('en-US', 'i was soaked through my scrubs with sweat after a double', None, False),
    ('en-US', "i'm not sure i've been peeing right since the spasm started", 'BLADDER_BOWEL', True),
    ('en-US', "i've been using the broom like a cane to get to the kitchen", 'CANNOT_STAND_WALK', True),
    ('en-US', "he's leaning on the shopping cart to walk through the store", 'CANNOT_STAND_WALK', True),
    ('en-US', 'the kids used the broom as a staff in the school play', None, False),
    ('en-US', "i'm not sure i can make it to the bathroom on my own", 'CANNOT_STAND_WALK', True),
    ('en-US', "i don't think we can make it to the car before the rain hits", None, False),
    ('en-US', 'i have to hold on to the wall just to walk to the bathroom', 'CANNOT_STAND_WALK', True),
    ('en-US', 'i crawl around in attics all day for work', None, False),
    ('en-US', 'i crawled under the truck to change the oil and my back seized', None, False),
    ('en-US', "i was crawling to the bathroom because i couldn't stand up", 'CANNOT_STAND_WALK', True),
    ('en-US', "i had to crawl under the table to reach the phone because my legs wouldn't hold me", 'CANNOT_STAND_WALK', True),
    ('en-US', "my stomach keeps churning and i can't keep water down", 'DEHYDRATION_SIGNS', True),
    ('en-US', "my gut is off on this guy i don't trust him", None, False),
    ('en-US', 'the cabin starts spinning when i stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', "i'm hot and cold and shaking all night", 'FEVER', True),
    ('en-US', 'the washer was shaking again and the hot and cold hoses are leaking', None, False),
    ('en-US', 'i got checked hard into the boards last night and my back is killing me', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i took a check in la cross and landed flat on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i got checked at the clinic yesterday and they said it's a spasm", None, False),
    ('en-US', 'i checked hard for ticks after the hike', None, False),
    ('en-US', 'the dealer did a hard check on my credit', None, False),
    ('en-US', 'i took a check to the bank this morning', None, False),
    ('en-US', 'my ex took a cheap shot at me on facebook', None, False),
    ('en-US', 'we tackled hard problems at work all week', None, False),
    ('en-US', 'the bull pinned me against the fence', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the horse dumped me on the ground and i landed on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my girlfriend dumped me on the steps of the church', None, False),
    ('en-US', 'i tripped on the stairs and i went down hard', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i stumbled on the ice and i'm not sure i actually went down", 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i got stepped on by a bull in the chute', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i got stepped on by my toddler', None, False),
    ('en-US', 'the horse stepped on my hat', None, False),
    ('en-US', "i've been off the roofs for ten years but my back still hurts", None, False),
    ('en-US', 'after two years off the roofs i fell off the roof yesterday', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i slipped on the car deck of the ferry and fell down the stairs', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "it's the same bug that hit me last winter", None, False),
    ('en-US', 'the thing that hit me was a forklift going full speed', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i come down off the ladder hard on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'then he come off the horse and landed on the rocks', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i come down to the shop every morning at six', None, False),
    ('en-US', 'i come off work at six and my back is stiff', None, False),
    ('en-US', 'i worked a double and then took a double dose of my muscle relaxers', 'OVERDOSE', True),
    ('en-US', 'i took a double on the pain pills last night', 'OVERDOSE', True),
    ('en-US', "i tried the heating pad and it's still killing me", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'the pills are doing nothing for it', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "i took my pills and i'm doing nothing all day just resting", None, False),
    ('en-US', 'the baby is still screaming i gave him tylenol for his teeth', None, False),
    ('en-US', 'the coffee at work is too strong to bear', None, False),
    ('en-US', 'my lower back is puffed up on one side', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'i hurt it reaching out to the side for a box', None, False),
    ('en-US', 'the pain keeps reaching way out to my side and down my leg', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', "yesterday it was a twinge but today it's a monster", 'WORSENING_PAIN', True),
    ('en-US', 'my toddler turned into a monster at the store', None, False),
    ('en-US', "traffic today it's a bear", None, False),
    ('en-US', 'the new job has become a nightmare', None, False),
    ('en-US', 'none of my guys got hurt but i fell off the ladder', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'none of the pills work and i passed out twice today', 'FAINTING', True),
    ('en-US', 'neither of my legs will hold me up', 'BOTH_LEGS', True),
    ('en-US', 'none of my guys got hit just me', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my legs went number when i stood up', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'my truck got stolen last night', None, False),
    ('en-US', 'my parking spot got stolen again', None, False),
    ('en-US', 'i feel naw shus when i stand up', 'DEHYDRATION_SIGNS', True),
    ('en-US', "i'm not now shus at all", None, False),
    ('en-US', 'i feel now shes and dizzy', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'my back went out and i was crawling around in there for hours', 'CANNOT_STAND_WALK', True),
    ('en-US', 'i had to crawl under the table to get to the phone', 'CANNOT_STAND_WALK', True),
    ('en-US', 'my back is all stolen up on one side', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'the car that hit me was doing fifty', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'neither of us saw the truck before it hit us', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the pain is too strong', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'i soaked the cushion and did not notice', 'BLADDER_BOWEL', True),
    ('en-US', 'none of my crew fell but i did', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'la pierna no me responde para pararme', 'CANNOT_STAND_WALK', True),
    ('es-US', 'ya ni camino del dolor de espalda', 'CANNOT_STAND_WALK', True),
    ('es-US', 'ya ni camino al trabajo ahora tengo carro', None, False),
    ('es-US', 'ya ni ando en bici desde que me mude', None, False),
    ('es-US', 'ya ni me paro por la iglesia', None, False),
    ('es-US', 'a mi mama la levantamos entre dos porque no puede sola', 'CANNOT_STAND_WALK', True),
    ('es-US', 'el refri lo levantamos entre dos', None, False),
    ('es-US', 'no salgo de la cama si no me ayudan', 'CANNOT_STAND_WALK', True),
    ('es-US', 'no salgo de la cama si no me hacen cafe', None, False),
    ('es-US', 'no me levanto si no me pongo la alarma', None, False),
    ('es-US', 'el perro no sale si no lo saca mi hijo', None, False),
    ('es-US', 'mi esposo tuvo que levantarme del inodoro', 'CANNOT_STAND_WALK', True),
    ('es-US', 'mi esposa tuvo que levantarme de la cama porque no sono la alarma', None, False),
    ('es-US', 'la espalda no me responde', 'CANNOT_STAND_WALK', True),
    ('es-US', 'siento como si un elefante se me sentara encima', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'mi hijo iba montado encima de un caballo en la feria', None, False),
    ('es-US', 'me duele la espalda de estar parado encima de un camion todo el dia', None, False),
    ('es-US', 'ando jalando aire como pescado', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'salimos al patio buscando aire fresco', None, False),
    ('es-US', 'me senti como pez fuera del agua en la fiesta', None, False),
    ('es-US', 'me da como asco la comida y vomite dos veces', 'DEHYDRATION_SIGNS', True),
    ('es-US', 'ese tipo me da como asco', None, False),
    ('es-US', 'tengo frio por dentro y no se me quita ni con la cobija', 'FEVER', True),
    ('es-US', 'hizo un frio en la manana y el dolor no se me quitaba', 'PERSISTENT_PAIN', True),
    ('es-US', 'me agarra el chucho en las noches', 'FEVER', True),
    ('es-US', 'me tiembla to el cuerpo de frio y tengo calentura', 'FEVER', True),
    ('es-US', 'el doctor dice que los huesos se me estan adelgazando', 'OSTEOPOROSIS', True),
    ('es-US', 'estoy adelgazando con la dieta y me duelen los huesos', None, False),
    ('es-US', 'estoy gastando mucho en el doctor de los huesos', None, False),
    ('es-US', 'a veces quisiera dormirme y no despertar', 'SELF_HARM', True),
    ('es-US', 'no quiero despertar a mi esposo cuando me levanto', None, False),
    ('es-US', 'mejor no despertar al perro', None, False),
    ('es-US', 'no quisiera despertar a otro dia asi', 'SELF_HARM', True),
    ('es-US', 'iba bajando la escalera y me fui para abajo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'subo la escalera diario y baje de golpe cinco kilos', None, False),
    ('es-US', 'la escalera se movio y me cai', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi vecino se movio a otra casa y me presto su escalera', None, False),
    ('es-US', 'un camion nos dio de lado en el cruce', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se paso la luz roja y nos choco', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi hijo se paso el rojo y nos pusieron multa', None, False),
    ('es-US', 'me tumbo la vici en la bajada', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el vecino me tiro la bici a la basura', None, False),
    ('es-US', 'llego todo golpeado despues de la pelea', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el carro quedo todo golpeado', None, False),
    ('es-US', 'compre una troca usada toda golpeada', None, False),
    ('es-US', 'la fruta llego toda golpeada del mercado', None, False),
    ('es-US', 'le dieron una paliza a los tigres anoche', None, False),
    ('es-US', 'la loseta la pego en el piso mi esposo', None, False),
    ('es-US', 'me fui de lao y cai contra el piso', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'se cayo la botella y yo me resbale y me cai de espaldas', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'mi mama se cayo por una toalla que se cayo al piso', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'nos chocaron por atras y senti el trancazo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'senti el trancazo en la espalda cuando levante la caja', None, False),
    ('es-US', 'ninguno de los muchachos se lastimo pero yo me cai del techo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'nadie de la familia me ayuda y me desmaye ayer', 'FAINTING', True),
    ('es-US', 'ninguna de las pastillas me hace nada', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'ninguno de los doctores me cree que se me duermen las piernas', 'BOTH_LEGS', True),
    ('es-US', 'ni siente cuando le pico el pie', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'ni siente el piquete de la vacuna es bien valiente', None, False),
    ('es-US', 'la pierna la vengo arrastrando desde ayer', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'tengo la mano cansada y la maleta la traigo arrastrando', None, False),
    ('es-US', 'se me aflojan tantito las piernas al caminar', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'la pierna se me afloja con cada paso y me caigo', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'el musculo se me afloja con el calor', None, False),
    ('es-US', 'estoy dormida nomas de la cintura para abajo', 'BOTH_LEGS', True),
    ('es-US', 'tengo dormida nomas la espalda', None, False),
    ('es-US', 'se me hizo una bola de un lado de la espalda', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'me cai de la escalera pero ni modo', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'ni modo se me duermen las piernas', 'BOTH_LEGS', True),
    ('es-US', 'se me duermen tambien las piernas', 'BOTH_LEGS', True),
    ('es-US', 'me duele tambien el pecho', 'CHEST_PAIN_OR_BREATHING', True),
    ('es-US', 'tengo to la pierna dormida', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'se me sale la orilla cuando toso', 'BLADDER_BOWEL', True),
    ('es-US', 'se me sale la orilla de la camisa', None, False),
    ('es-US', 'se le va la orilla al pastel', None, False),
    ('es-US', 'la pierna se me afloja con cada paso', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'se me afloja un poquito la rodilla cuando camino', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'no quisiera despertar', 'SELF_HARM', True),
    ('es-US', 'ni modo no me cai', None, False),
    ('es-US', 'mi papa se cayo al recoger el plato que se cayo', 'SERIOUS_FALL_ACCIDENT', True),
])
def test_the_twenty_sixth_review_as_a_clinician_read_it(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # Round 68's misses (EE and DQ, the fresh measure of round 67 and the twenty-sixth review) as classes in other
    # words, measured on no fresh set: a knee or a weight to the back; a while on the floor before one could get up;
    # a belt cinched across the front; Spanish: one side bigger than the other; not even able to get out of the car;
    # "me aflojé de las piernas"; "diez desde diez"; "peso" for "pecho" where pain goes; "mor a tones". Not signs:
    # working a boat's deck; out in the cold; "nothing like that" after a denied accident.
    ("en-US", "took an elbow to the back going up for a rebound", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a dumbbell rolled off the rack and bounced off my back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "she was on the bathroom floor a long while before she could get up", "CANNOT_MOVE", True),
    ("en-US", "it's like a band around my chest when the spasm hits", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "sore from working the deck all week on the crab boat", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my lips are chapped from being out in the cold all day", "FAINTING", False),
    ("en-US", "he ain't wet himself nothing like that", "BLADDER_BOWEL", False),
    ("es-US", "la espalda se le ve más hinchada de un lado que del otro", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "mi papá no puede ni salir del carro del dolor", "CANNOT_STAND_WALK", True),
    ("es-US", "se aflojó de las piernas en la cocina", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "el dolor anda en nueve desde diez", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "el dolor de la espalda se le pasa al peso", "PAIN_SPREADING_CHEST", True),
    ("es-US", "le salieron more tones en la cintura", "SWELLING_OR_SPREADING_PAIN", True),
])
def test_classes_of_round_68_ee_and_dq(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,negated", [
    ("en-US", "none of my guys got hit, one just tweaked it lifting", True),
    ("en-US", "neither of the boys fell off the trailer", True),
    ("en-US", "none of that helped and then he fell", False),
    ("en-US", "no fever, fell off the porch this morning", False),
    ("es-US", "nadie de la familia se ha caído", True),
    ("es-US", "no fiebre, se cayó del techo", False),
])
def test_a_cue_that_is_the_subject_of_a_group_denies_what_the_group_did(locale, said, negated):
    """"none of my guys got hit": the verb after the group is the cue's own, not a new clause ("no fever, fell
    off the porch" still says the fall)."""
    falls = [f for f in CONTENT[locale].lexicon.findings(said) if f.flag == "SERIOUS_FALL_ACCIDENT"]
    assert falls and all(f.negated == negated for f in falls), falls


def test_a_respelling_heard_only_after_some_words_is_read_there_and_nowhere_else():
    """"respellings_after" writes a slip once with the words it follows: "number" is "numb" after "my legs are
    going", never in "call the number"; and the same context written twice is an error, not a silent choice."""
    from skill.red_flag_reader import all_respellings

    english = CONTENT["en-US"].lexicon
    assert any(f.flag == "SUDDEN_WEAKNESS_NUMBNESS" and not f.negated
               for f in english.findings("my legs are going number"))
    assert english.tokens("call the number on the card")[:3] == english.tokens("call the number")
    assert "numb" not in english.tokens("call the number on the card")
    normalise = {"respellings": {"fee ver": "fever"},
                 "respellings_after": [{"heard": ["number"], "as": "numb", "after": ["legs going", "feet feel"]},
                                       {"heard": ["on"], "as": "", "after": ["keeps"]}]}
    assert all_respellings(normalise) == {"fee ver": "fever", "legs going number": "legs going numb",
                                          "feet feel number": "feet feel numb", "keeps on": "keeps"}
    normalise["respellings"]["feet feel number"] = "feet feel number"
    with pytest.raises(ValueError, match="written twice"):
        all_respellings(normalise)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # a pain number, then "way past that": the number was the floor, and the pain has risen over it
    ("en-US", "it was a four this morning, tonight it's way beyond that", "WORSENING_PAIN", True),
    ("en-US", "it was a five earlier and it's way higher than that now", "WORSENING_PAIN", True),
    ("en-US", "it was a five earlier and it's down to a two now", "WORSENING_PAIN", False),
    # keeping down even a little: the small amount said
    ("en-US", "he can't hold down a spoonful of soup", "DEHYDRATION_SIGNS", True),
    ("en-US", "she couldn't keep a bite of toast down all day", "DEHYDRATION_SIGNS", True),
    ("en-US", "he took a bite of toast and kept it down fine", "DEHYDRATION_SIGNS", False),
    # a stomach that is "off", with or without its "is"
    ("en-US", "my stomach's been off since this morning", "DEHYDRATION_SIGNS", True),
    ("en-US", "her belly feels not right", "DEHYDRATION_SIGNS", True),
    ("en-US", "my stomach is fine, it's only my back", "DEHYDRATION_SIGNS", False),
    # asking whether pills mix is a question, not pills mixed
    ("en-US", "does tylenol mix okay with my blood pressure pills", "OVERDOSE", False),
    ("en-US", "will these muscle relaxers mix with my sleeping pills", "OVERDOSE", False),
    ("en-US", "he mixed his pain pills with a lot of beer", "OVERDOSE", True),
    # "short ___ of breath": a slip in the middle of shortness
    ("en-US", "she gets short nuss of breath on the stairs", "CHEST_PAIN_OR_BREATHING", True),
    ("en-US", "the walk was short, and I'm fine", "CHEST_PAIN_OR_BREATHING", False),
    # the old slang "pins" for legs, but not "pins and needles" of worry
    ("en-US", "grandpa is shaky on his pins this week", "CANNOT_STAND_WALK", True),
    ("en-US", "we were on pins and needles all night waiting for news", None, False),
    # a long word said as syllables, some written as words or letter names
    ("en-US", "my mom has oss tee oh pour oh sis", "OSTEOPOROSIS", True),
    ("en-US", "he has scol ee oh sis", "CHRONIC_BACK_CONDITION", True),
    ("en-US", "oh so tired of this oh well", "OSTEOPOROSIS", False),
    # a mild pain denied is a severe one
    ("en-US", "trust me this is no ordinary backache", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "it's only a little ache, nothing serious", "SEVERE_PAIN_NO_RELIEF", False),
    # a car jack that gives way onto the person under the car
    ("es-US", "se le zafó el gato a mi primo y el carro le pegó en el pecho", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "el gato se resbaló del techo pero está bien el animalito", "SERIOUS_FALL_ACCIDENT", False),
    # a wetting where the person sits or lies
    ("es-US", "mi suegro se orinó en el sillón sin darse cuenta", "BLADDER_BOWEL", True),
    ("es-US", "el niño se mojó en la lluvia", "BLADDER_BOWEL", False),
    # no stream comes
    ("es-US", "quiere orinar pero no le sale el chorro", "BLADDER_BOWEL", True),
    ("es-US", "no sale el chorro de la manguera", "BLADDER_BOWEL", False),
    # an English verb inside Spanish, and a Portuguese one
    ("es-US", "mi papá no puede feel sus piernas", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "mi papá dice que ya puede feel sus piernas bien", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "meu pai no consigue ficar de pie", "CANNOT_STAND_WALK", True),
    # as bad as before, in the speaker's own word for bad; stiffness that lasts is not that
    ("es-US", "me tomé el té de la abuela y sigo igual de jodido", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ya van diez días y sigo igual de tieso", "SEVERE_PAIN_NO_RELIEF", False),
    ("es-US", "este dolor no es un dolorcito cualquiera", "SEVERE_PAIN_NO_RELIEF", True),
    # a back that fails is not legs giving way
    ("es-US", "la cintura me falla cuando cargo cosas", "SUDDEN_WEAKNESS_NUMBNESS", False),
    ("es-US", "las rodillas me fallan y me caigo", "SUDDEN_WEAKNESS_NUMBNESS", True),
])
def test_classes_of_round_69_ef_and_dr(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # "i'd gone": before a past participle, 'd is "had"
    ("en-US", "his chair was soaked and he never knew he'd gone", "BLADDER_BOWEL", True),
    ("en-US", "she'd fallen off the porch before anyone saw", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he'd gone to work like normal and came home stiff", None, False),
    # a rack or stack of light things falls as one heavy thing; a single plate does not
    ("en-US", "a whole stack of books came down on my mom's back", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "a plate fell off the counter and broke", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "the crate it fell on his back at the dock", "SERIOUS_FALL_ACCIDENT", True),
    # can't push oneself up off the bed or chair
    ("en-US", "she can't push herself up out of the recliner", "CANNOT_STAND_WALK", True),
    ("en-US", "he pushed himself up off the couch and walked to the kitchen", "CANNOT_STAND_WALK", False),
    # the sun or a fever that goes down is not a person
    ("en-US", "what time does the moon go down tonight", None, False),
    ("en-US", "grandma went down in the garden and can't get up", "SERIOUS_FALL_ACCIDENT", True),
    # "downed" is swallowing; "down" is a direction
    ("en-US", "we worked down in the double hull all shift", "OVERDOSE", False),
    ("en-US", "he downed twice his sleeping pills", "OVERDOSE", True),
    # an animal's fever is not the person's
    ("en-US", "our goat's running a fever, should we call the vet", "FEVER", False),
    ("en-US", "my husband's running a fever and his back hurts", "FEVER", True),
    # a belly said to be fine beside a back spasm
    ("en-US", "my stomach is fine, the pain's just the spasm in my back", "AORTA", False),
    ("es-US", "mi tío se hace pipí en su ropa sin darse cuenta", "BLADDER_BOWEL", True),
    ("es-US", "lavé la pipí del perro de mi ropa", "BLADDER_BOWEL", False),
    # a big animal that pushes a person against something
    ("es-US", "la vaca lo aplastó contra la cerca a mi papá", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "empujé la vaca para que entrara al corral", "SERIOUS_FALL_ACCIDENT", False),
    # dizzy on standing, in the Portuguese word
    ("es-US", "me pongo toda tonta al levantarme de la siesta", "FAINTING", False),
    ("es-US", "me siento tonta por no haber ido antes", "FAINTING", False),
    # carried into a vehicle by two
    ("es-US", "lo tuvieron que subir al carro entre dos porque no daba un paso", "CANNOT_STAND_WALK", True),
    ("es-US", "subimos el refri a la troca entre dos", "CANNOT_STAND_WALK", False),
    # black with blue: a bruise's colours
    ("es-US", "tiene la cadera negro con morado desde que se cayó", "SWELLING_OR_SPREADING_PAIN", True),
    # not even a little
    ("es-US", "le di su pastilla y el dolor no afloja ni tantito", "SEVERE_PAIN_NO_RELIEF", True),
    ("es-US", "ya se me quitó el dolor, ni tantito me duele", "SEVERE_PAIN_NO_RELIEF", False),
    # the recogniser's "bah a" for "va a", and "a minar" for "caminar"; a vahído still a faint
    ("es-US", "cuánto tiempo me bah a durar esto", None, False),
    ("es-US", "a mi abuela le dan vahídos", "FAINTING", True),
    ("es-US", "mi esposo ya no pudo a minar", "CANNOT_STAND_WALK", True),
])
def test_classes_of_round_70_eg_and_ds(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # pulled down by an animal
    ("en-US", "the horse yanked her off her feet in the barn", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the puppy pulled me down the hall to his bowl", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i pulled the dog off the couch", "SERIOUS_FALL_ACCIDENT", False),
    # a foot through a ceiling or rotten boards
    ("en-US", "he put his foot through the attic floor and caught himself on a joist", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "we went through the boxes in the attic all morning", None, False),
    # hot then cold from one minute to the next, even where "roasting the" would be cooking
    ("en-US", "one minute she's burning up, the next she's shivering", "FEVER", True),
    ("en-US", "one minute i'm cold the next i'm fine", "FEVER", False),
    # a rung or ladder that gives way under someone
    ("en-US", "the bottom rung cracked under him and down he went", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "the old ladder in the shed is cracked, we threw it out", "SERIOUS_FALL_ACCIDENT", False),
    # a swollen spot; "care for" is no "for swelling"
    ("en-US", "the man i care for has a puffy spot near his spine", "SWELLING_OR_SPREADING_PAIN", True),
    ("en-US", "what's good for swelling after a pulled muscle", "SWELLING_OR_SPREADING_PAIN", False),
    # can't manage a walker
    ("en-US", "mom can't manage her walker this morning, the pain is too much", "CANNOT_STAND_WALK", True),
    ("en-US", "mom can manage her walker fine, she is just sore", "CANNOT_STAND_WALK", False),
    # weak as dishwater; a learner's "my head turning", "no more walking", "no can"
    ("en-US", "since the spasm started he's weak as a wet rag", "DEHYDRATION_SIGNS", True),
    ("en-US", "my head is turning when i stand up", "DEHYDRATION_SIGNS", True),
    ("en-US", "my father no more walking since tuesday", "CANNOT_STAND_WALK", True),
    ("en-US", "i no can stand up from the bed", "CANNOT_STAND_WALK", True),
    ("en-US", "no can do, i'm stuck at work until six", None, False),
    # a slip known only as it sounds once its pieces are joined
    ("en-US", "she got a temp a ture of a hundred and two", "FEVER", True),
    # a blow in Central American slang, with "tremendo" before it
    ("es-US", "mi hijo se dio tremendo pijazo en la patineta", "SERIOUS_FALL_ACCIDENT", True),
    # the body an oven
    ("es-US", "la niña tiene el cuerpo como un horno y le duele la espalda", "FEVER", True),
    ("es-US", "la cocina está hecha un horno con este calor", "FEVER", False),
    ("es-US", "prendí el horno para hacer pan", "FEVER", False),
    # landed on the pavement
    ("es-US", "mi abuelo fue a dar al asfalto cuando bajaba del camión", "SERIOUS_FALL_ACCIDENT", True),
    # a part named, then "no las siento"
    ("es-US", "las piernas de mi mamá, dice que ya ni las siente", "SUDDEN_WEAKNESS_NUMBNESS", True),
    ("es-US", "las nalgas me duelen de tanto estar sentado", "SADDLE_NUMBNESS", False),
    # an eggplant's colour
    ("es-US", "tiene la cadera como una berenjena de tanto golpe", "SWELLING_OR_SPREADING_PAIN", True),
    # not even holding on
    ("es-US", "ni apoyada en la pared se puede sostener", "CANNOT_STAND_WALK", True),
    ("es-US", "camina apoyada en su bastón sin problema", "CANNOT_STAND_WALK", False),
    # "ala pierna", "sin fuercita", "pancita" and bread
    ("es-US", "el dolor le corre ala pierna izquierda", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "mi suegra anda sin fuercita en todo el cuerpo", "DEHYDRATION_SIGNS", True),
    ("es-US", "me duele la espalda cuando cargo el pan", "AORTA", False),
])
def test_classes_of_round_71_eh_and_dt(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # a check in a contact sport, said with the sport; a bank's check is none
    ("en-US", "at hockey last night she took a big check into the glass", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "he took a check from the bank to the store", "SERIOUS_FALL_ACCIDENT", False),
    # goosebumps all over; a little warm said of a person
    ("en-US", "grandpa has goose bumps all over and his back is sore", "FEVER", True),
    ("en-US", "he might be a little warm, hard to say", "FEVER", True),
    ("en-US", "the kitchen might be a little warm for the dough", "FEVER", False),
    # a parachute that fails, a landing like a sack
    ("en-US", "his chute didn't open right and he landed like a sack of potatoes", "SERIOUS_FALL_ACCIDENT", True),
    # a learner's peeing in the clothes
    ("en-US", "my mother make pee in the bed and on her clothes", "BLADDER_BOWEL", True),
    # a car struck with people in it
    ("en-US", "a truck hit our cab with us inside", "SERIOUS_FALL_ACCIDENT", True),
    # pitched off a boat or a horse
    ("en-US", "the mare spooked and pitched him off into the fence", "SERIOUS_FALL_ACCIDENT", True),
    # still severe after rest; pain that makes one cry
    ("en-US", "two days of rest and the pain is still severe", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "the pain had her crying in bed all night", "SEVERE_PAIN_NO_RELIEF", True),
    ("en-US", "that sad movie had me crying, my back is fine", "SEVERE_PAIN_NO_RELIEF", False),
    # bigger each day
    ("en-US", "my pain getting bigger every morning", "WORSENING_PAIN", True),
    # dragged to the car by others
    ("en-US", "my brothers had to drag me to the car after the spasm", "CANNOT_STAND_WALK", True),
    ("en-US", "my wife drags me to church every sunday", "CANNOT_STAND_WALK", False),
    # a jump on the day is no assault; a belly with "it" near is no aorta
    ("en-US", "i want to get a jump on the yard work before the spasm comes back", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "my son has a bump on his belly, what is it", "AORTA", False),
    ("en-US", "her belly aches and her back is killing her", "AORTA", True),
    # an event placed long ago is history; said with anything recent it is not
    ("en-US", "i got thrown from a horse when i was a kid and my back still acts up", "SERIOUS_FALL_ACCIDENT", False),
    ("en-US", "he fell off a ladder years ago and fell again this morning", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "me caí de la bici cuando era chamaco y desde entonces me duele", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "uno de los chamacos se cayó del techo", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my son in college fell down the stairs", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "trabajo de albañil desde hace años y hoy me caí del andamio", "SERIOUS_FALL_ACCIDENT", True),
    # Spanish: a child's back struck in a game, a truck that overturned with us
    ("es-US", "mi hija golpeó la espalda contra otra niña en el recreo", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "se les volteó el carro en la carretera", "SERIOUS_FALL_ACCIDENT", True),
    # the body that does not answer; held up to walk; hard to stand
    ("es-US", "a mi tío no le responde el cuerpo desde el espasmo", "CANNOT_MOVE", True),
    ("es-US", "el celular no me responde", "CANNOT_MOVE", False),
    ("es-US", "mi abuela necesita que la sostengan para ir al baño", "CANNOT_STAND_WALK", True),
    ("es-US", "se le hace difícil caminar a mi esposo", "CANNOT_STAND_WALK", True),
    # blown up like a balloon, but not a tyre
    ("es-US", "se le infló la espalda baja", "SWELLING_OR_SPREADING_PAIN", True),
    ("es-US", "se me infló la llanta del carro", "SWELLING_OR_SPREADING_PAIN", False),
    # the recogniser's "lair" and "echo"
    ("es-US", "a mi papá le falta lair", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "siente dolor en su echo", "CHEST_PAIN_OR_BREATHING", True),
    ("es-US", "a mi hijo lo echo de menos", None, False),
])
def test_classes_of_round_72_ei_and_du(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # a boat that rolled, a run into the trees; crawling out from under a machine is none
    ("en-US", "the skiff rolled and i hit the rail hard, i think, when the boat rolled", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "my nephew skied into a tree on the last run", "SERIOUS_FALL_ACCIDENT", True),
    ("en-US", "i crawled out from under the truck and my back seized", "SERIOUS_FALL_ACCIDENT", False),
    # better gone; "dye" after "want to"
    ("en-US", "some nights i feel they'd be better off if i was gone, everyone would be better without me", "SELF_HARM", True),
    ("en-US", "i just want to dye", "SELF_HARM", True),
    ("en-US", "i want to dye my hair red", "SELF_HARM", False),
    # walked to the car by someone; no getting up from the couch
    ("en-US", "my son had to walk me to the car this morning", "CANNOT_STAND_WALK", True),
    ("en-US", "there's no getting up from this recliner", "CANNOT_STAND_WALK", True),
    ("en-US", "i walked my dog to the car", "CANNOT_STAND_WALK", False),
    # wobbly-headed; "throne up"
    ("en-US", "she went all shaky headed on the stairs", "DEHYDRATION_SIGNS", True),
    ("en-US", "he's throne up twice since lunch", "DEHYDRATION_SIGNS", True),
    # pain in back and leg, said bare
    ("en-US", "pain only in my back and my leg", "SWELLING_OR_SPREADING_PAIN", True),
    # Spanish: turned over, counted in turns; the mat that slid
    ("es-US", "el carro dio varias vueltas y mi hermano va atrás", "SERIOUS_FALL_ACCIDENT", True),
    ("es-US", "dio tres vueltas a la manzana buscando dónde estacionar", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "a mi abuelo se le corrió el tapete en la cocina", "SERIOUS_FALL_ACCIDENT", True),
    # a floating head, a house that turns
    ("es-US", "a mi mamá la cabeza le flota cuando se levanta", "DEHYDRATION_SIGNS", True),
    ("es-US", "se me voltea el cuarto cuando me acuesto", "DEHYDRATION_SIGNS", True),
    # bones that break with nothing; not able to stand; a blown-up lump
    ("es-US", "mis huesos se quiebran con nada dice el doctor", "OSTEOPOROSIS", True),
    ("es-US", "mi suegro no es capaz de ponerse en pie", "CANNOT_STAND_WALK", True),
    ("es-US", "le salió una bolita inflada en la espalda", "SWELLING_OR_SPREADING_PAIN", True),
    # a spasm that strikes, counted, is no blow; "call" is "llamar"
    ("es-US", "es la tercera vez esta semana que me pega el espasmo", "SERIOUS_FALL_ACCIDENT", False),
    ("es-US", "a qué número hago call para el er", "SERIOUS_FALL_ACCIDENT", False),
])
def test_classes_of_round_73_ej_and_dv(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)


@pytest.mark.parametrize("locale,said,flag,raised", [
    # The twenty-seventh review: a physician-minded helper wrote 187 sentences of its own against this session's lexicon
    # changes (rounds 69 to 72), each where an addition should raise a sign and where the same words are harmless.
    # These 148 are read as it wanted; 39 are still wrong (listed in the README).
    ('en-US', "i'm unsteady on my feet since this morning", 'CANNOT_STAND_WALK', True),
    ('en-US', 'he was weaving on his feet after the bar', None, False),
    ('en-US', "i can't push myself off the wall anymore at the pool", None, False),
    ('en-US', "i can't get myself off the toilet", 'CANNOT_STAND_WALK', True),
    ('en-US', "i can't walk even with my walker", 'CANNOT_STAND_WALK', True),
    ('en-US', "i can't use my cane at work they won't let me", None, False),
    ('en-US', "i can't manage my wheelchair anymore my arms are too weak", 'CANNOT_STAND_WALK', True),
    ('en-US', 'he no more walking since yesterday', 'CANNOT_STAND_WALK', True),
    ('en-US', 'he no walk since the fall', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'he no walk to school he takes the bus', None, False),
    ('en-US', "she no walking the dog today it's raining", None, False),
    ('en-US', 'no walking since monday the gym is closed', None, False),
    ('en-US', "i'm short of breath", 'CHEST_PAIN_OR_BREATHING', True),
    ('en-US', "my tummy is off and i can't keep anything down", 'DEHYDRATION_SIGNS', True),
    ('en-US', 'my stomach feels funny', None, False),
    ('en-US', 'that joke made my tummy feel funny from laughing', None, False),
    ('en-US', "my belly's acting up after the tacos", None, False),
    ('en-US', 'my insides feel funny when i see her', None, False),
    ('en-US', "i'm weak as a kitten", 'DEHYDRATION_SIGNS', True),
    ('en-US', 'the coffee is weak as dishwater', None, False),
    ('en-US', 'the team is weak as water this season', None, False),
    ('en-US', 'my head keeps turning', 'DEHYDRATION_SIGNS', True),
    ('en-US', "one minute i'm burning up the next i'm freezing", 'FEVER', True),
    ('en-US', 'give me one minute the oven is hot and the drinks are cold', None, False),
    ('en-US', "one minute the soup is boiling the next it's cold", None, False),
    ('en-US', 'my dog dragged me down the driveway', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'my dog pulled me off the couch for a walk', None, False),
    ('en-US', 'got dragged by the dog to the park again', None, False),
    ('en-US', 'the horse pulled me along on the sled', None, False),
    ('en-US', 'she went through the insulation invoice with me', None, False),
    ('en-US', 'i put my foot through the drywall when i kicked it in anger', None, False),
    ('en-US', 'i put my foot through the attic floor and fell', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the rung snapped and i fell', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'the step broke and i fixed it', None, False),
    ('en-US', 'the school board broke and i voted', None, False),
    ('en-US', 'the board gave out and i ordered a new circuit board', None, False),
    ('en-US', 'the cedar plank split and i grilled the salmon anyway', None, False),
    ('en-US', 'caught myself on a joist', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a box of books fell on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'a stack of papers fell off my desk', None, False),
    ('en-US', 'this is no ordinary pain', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', 'this is not your normal backache doctor', 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "that's no small pain for a small business", None, False),
    ('en-US', 'it is no little pain getting the kids to school', None, False),
    ('en-US', "it's way more than a little twinge i can't move", 'SEVERE_PAIN_NO_RELIEF', True),
    ('en-US', "there's a swollen spot on my lower back", 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', "my pain was a four this morning now it's way past that", 'WORSENING_PAIN', True),
    ('en-US', 'i got a 3 on the test and my brother is way past that', None, False),
    ('en-US', "the price was a three hundred and now it's way past that", None, False),
    ('en-US', 'my belly feels fine but the pain is ripping through my back', 'AORTA', True),
    ('en-US', 'my legs are on pins and needles', 'BOTH_LEGS', True),
    ('en-US', "i'm on pins and needles waiting for the results", None, False),
    ('en-US', 'half my face is on pins and needles', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'my arm is on pins and needles', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('en-US', 'the pig has a fever', None, False),
    ('en-US', 'the pig has the chills and i have them too', 'FEVER', True),
    ('en-US', 'the sheep is hot and so is my forehead', 'FEVER', True),
    ('en-US', 'my pig running a fever so i slept in the barn and now i have a fever', 'FEVER', True),
    ('en-US', 'i downed the whole bottle of pills', 'OVERDOSE', True),
    ('en-US', 'we downed a few beers at the game', None, False),
    ('en-US', 'can i take tramadol and xanax do they mix', None, False),
    ('en-US', 'i took all my pills at once will they mix ok', 'OVERDOSE', True),
    ('en-US', 'i took a double dose in the double wide', 'OVERDOSE', True),
    ('en-US', 'the power went down and i went down hard on the ice', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i'm worried for swelling in my back", 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'what can i take for swelling', None, False),
    ('en-US', 'my legs went number', 'BOTH_LEGS', True),
    ('en-US', 'give me your phone number', None, False),
    ('en-US', 'my truck got stolen', None, False),
    ('en-US', 'my back is stolen', 'SWELLING_OR_SPREADING_PAIN', True),
    ('en-US', 'i feel naw shus', 'DEHYDRATION_SIGNS', True),
    ('en-US', 'i come down the stairs on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'i come down with a cold', None, False),
    ('en-US', 'i no can feel my legs', 'BOTH_LEGS', True),
    ('en-US', 'no can do boss', None, False),
    ('en-US', 'my temp a chur is a hunt red and three', 'FEVER', True),
    ('en-US', 'temp a cher in the oven is four hundred', None, False),
    ('en-US', 'i got checked hard into the boards and landed on my back', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', "i got checked at the clinic and they said it's a spasm", None, False),
    ('en-US', 'none of my guys got hit but i got hit by a car', 'SERIOUS_FALL_ACCIDENT', True),
    ('en-US', 'no fever but i fainted at work', 'FAINTING', True),
    ('en-US', 'oss tee oh pro sis', 'OSTEOPOROSIS', True),
    ('en-US', "i made par ah my sis didn't", None, False),
    ('en-US', 'i met a stay sis at church', None, False),
    ('es-US', 'mi esposo se mojo en la cama anoche', 'BLADDER_BOWEL', True),
    ('es-US', 'me moje en la lluvia camino al trabajo', None, False),
    ('es-US', 'me orine en los pantalones', 'BLADDER_BOWEL', True),
    ('es-US', 'no me sale el chorro', 'BLADDER_BOWEL', True),
    ('es-US', 'ni el chorro me sale', 'BLADDER_BOWEL', True),
    ('es-US', 'no me baja el chorro de la orina', 'BLADDER_BOWEL', True),
    ('es-US', 'no le sale el chorro a la manguera', None, False),
    ('es-US', 'no me sale el chorro del agua en la regadera', None, False),
    ('es-US', 'no me baja el chorro de agua de la llave', None, False),
    ('es-US', 'ni agarrado del andador puedo caminar', 'CANNOT_STAND_WALK', True),
    ('es-US', 'ni recargado en la pared me puedo parar', 'CANNOT_STAND_WALK', True),
    ('es-US', 'ni agarrada de la mano de mi esposo quiero ir a la fiesta', None, False),
    ('es-US', 'ni apoyado de mi familia pude comprar la casa', None, False),
    ('es-US', 'me tuvieron que subir entre dos a la cama', 'CANNOT_STAND_WALK', True),
    ('es-US', 'lo tuvieron que subir entre dos a la troca', 'CANNOT_STAND_WALK', True),
    ('es-US', 'tuvimos que subirlo entre dos al segundo piso el refrigerador', None, False),
    ('es-US', 'me tuvieron que subir el sueldo entre dos jefes', None, False),
    ('es-US', 'me pongo tonto cuando me levanto temprano', None, False),
    ('es-US', 'estoy tonta al levantarme de la siesta', None, False),
    ('es-US', 'fica tonta la niña con el celular', None, False),
    ('es-US', 'mi cuerpo es un horno', 'FEVER', True),
    ('es-US', 'la cocina es un horno', None, False),
    ('es-US', 'mis nalgas no las siento', 'SADDLE_NUMBNESS', True),
    ('es-US', 'las nalgas de mi bebe no las siento rozadas', None, False),
    ('es-US', 'mis pies no los siento', 'BOTH_LEGS', True),
    ('es-US', 'la espalda me falla cuando cargo cajas', None, False),
    ('es-US', 'me falla la espalda y las piernas tambien me fallan', 'BOTH_LEGS', True),
    ('es-US', 'se zafo el gato y me pego la troca en la espalda', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'el gato se bajo de la mesa y me rozo la pierna', None, False),
    ('es-US', 'el gato se solto de su correa y me rasguño', None, False),
    ('es-US', 'el toro me empujo contra la cerca', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'fui a dar al pavimento', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'fui a dar al hospital por el dolor', None, False),
    ('es-US', 'sigo igual de mal', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'esto no es un dolorcito', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'esto no es cualquier cosa es mi boda', None, False),
    ('es-US', 'no es una molestia es un placer ayudarte', None, False),
    ('es-US', 'no cede ni tantito', 'SEVERE_PAIN_NO_RELIEF', True),
    ('es-US', 'no baja ni tantito el precio', None, False),
    ('es-US', 'parece una berenjena', 'SWELLING_OR_SPREADING_PAIN', True),
    ('es-US', 'se me sale la orilla sin darme cuenta', 'BLADDER_BOWEL', True),
    ('es-US', 'fuimos a la orilla del rio', None, False),
    ('es-US', 'se le salio la orilla al vestido', None, False),
    ('es-US', 'no puedo feel las piernas', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'feel que me voy a desmayar', 'FAINTING', True),
    ('es-US', 'ni modo tengo fiebre', 'FEVER', True),
    ('es-US', 'ni modo asi es la vida', None, False),
    ('es-US', 'no tengo fiebre ni modo', None, False),
    ('es-US', 'me duele to el lao derecho y tengo calentura', 'FEVER', True),
    ('es-US', 'me cai de la vici y no me puedo levantar', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'me duele la espalda y tambien tengo fiebre', 'FEVER', True),
    ('es-US', 'me duele tambien la pierna y no la siento', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'ninguno de los muchachos se cayo', None, False),
    ('es-US', 'ninguno de mis hijos se cayo de la troca pero yo si', 'SERIOUS_FALL_ACCIDENT', True),
    ('es-US', 'no tengo fiebre me desmaye', 'FAINTING', True),
    ('es-US', 'no tengo fuercita en los bracitos', 'SUDDEN_WEAKNESS_NUMBNESS', True),
    ('es-US', 'esta mora esta bien dulce', None, False),
    ('es-US', 'no puedo a minar', 'CANNOT_STAND_WALK', True),
    ('es-US', 'puedo ir a minar oro', None, False),
    ('es-US', 'me dio un vahido y me cai', 'FAINTING', True),
    ('es-US', 'vimos un tremendo partido ayer', None, False),
    ('es-US', 'in con ti nen cia', 'BLADDER_BOWEL', True),
    ('es-US', 'mi mama esta de so rien ta da', 'HEART_ATTACK_STROKE', True),
    ('es-US', 'el perro me arrastro al parque', None, False),
])
def test_the_twenty_seventh_review_as_a_clinician_read_it(locale, said, flag, raised):
    assert_raises(locale, said, flag, raised)
