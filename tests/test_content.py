"""The spoken content: short, valid SSML, traceable to the guide, and written fresh rather than pasted."""

import re
import xml.etree.ElementTree as ElementTree

import pytest

from skill.ssml import plain_text
from skill.review import report, spoken_turns

FIRST_ANSWER_WORDS = 35
ANY_SPEECH_WORDS = 60
ALLOWED_TAGS = {"speak", "say-as", "break", "emphasis", "p", "s", "sub"}
# Standard clinical red flags the guide leaves out, and the level each is answered at.
SAFETY_NET_FLAGS = {"BLADDER_BOWEL": "emergency", "SADDLE_NUMBNESS": "emergency", "BOTH_LEGS": "emergency",
                    "FEVER": "emergency", "CHEST_PAIN_OR_BREATHING": "emergency", "SELF_HARM": "emergency",
                    "HEART_ATTACK_STROKE": "emergency", "FAINTING": "emergency", "FALL_ON_BLOODTHINNER": "emergency",
                    "CANCER_HISTORY": "urgent", "AORTA": "emergency", "OVERDOSE": "emergency"}

# Every warning sign and "when to visit" item of the guide, and the flag that answers it.
GUIDE_WARNING_SIGNS = {
    "Severe pain that does not improve with rest": ["SEVERE_PAIN_NO_RELIEF"],
    "Spasms accompanied by swelling or bruising": ["SWELLING_OR_SPREADING_PAIN"],
    "Difficulty standing or walking": ["CANNOT_STAND_WALK"],
    "Muscle spasms that recur frequently": ["RECURRING_SPASMS"],
    "Lower back spasms with an inability to move": ["CANNOT_MOVE"],
    "Pain spreading to the chest, ribs, or legs": ["PAIN_SPREADING_CHEST", "SWELLING_OR_SPREADING_PAIN"],
    "History of osteoporosis, recent trauma, or chronic back conditions":
        ["OSTEOPOROSIS", "SERIOUS_FALL_ACCIDENT", "CHRONIC_BACK_CONDITION"],
    "Back spasms that leave you unable to move": ["CANNOT_MOVE"],
    "Persistent pain after a pulled chest muscle or strained back": ["PERSISTENT_PAIN"],
    "Pain that worsens instead of improving": ["WORSENING_PAIN"],
    "Sudden weakness or numbness": ["SUDDEN_WEAKNESS_NUMBNESS"],
    "Severe emergencies related to falls, injuries, or sports accidents": ["SERIOUS_FALL_ACCIDENT"],
}


def words(ssml: str) -> int:
    return len(plain_text(ssml).split())


def all_spoken_turns(content):
    """Every response text the skill can compose, with whether it is a first answer."""
    return [(turn.name, turn.ssml, turn.first_answer) for turn in spoken_turns(content)]


def test_the_enumeration_covers_every_entry_flag_and_question(locale_content):
    content = locale_content
    names = " ".join(name for name, _, _ in all_spoken_turns(content))
    assert all(entry_id in names for entry_id in content.entries)
    assert all(f"red flag {flag_id} " in names for flag_id in content.red_flags)
    assert all(f"check {q.id} " in names for q in content.check_questions)


def test_review_report_lists_everything(locale_content):
    content = locale_content
    text = report(content)
    assert len(re.findall(r"^\| \d+ \|", text, re.MULTILINE)) == len(all_spoken_turns(content))
    for flag in content.red_flags.values():
        assert flag.detail in text


def test_first_answers_are_short_and_no_speech_is_long(locale_content):
    content = locale_content
    for name, speech, first in all_spoken_turns(content):
        limit = FIRST_ANSWER_WORDS if first else ANY_SPEECH_WORDS
        assert words(speech) <= limit, f"{name}: {words(speech)} words"


def test_every_speech_is_valid_ssml_with_alexa_tags(locale_content):
    content = locale_content
    for name, speech, _ in all_spoken_turns(content):
        root = ElementTree.fromstring(f"<speak>{speech}</speak>")
        tags = {element.tag for element in root.iter()}
        assert tags <= ALLOWED_TAGS, f"{name}: {tags - ALLOWED_TAGS}"
        assert "&" not in re.sub(r"&(amp|lt|gt|quot|apos);", "", speech), name


def test_no_turn_lists_more_than_three_items(locale_content):
    content = locale_content
    for name, speech, _ in all_spoken_turns(content):
        # A clause ends at . ? ! : or ; and a list is the commas of one clause ending in ", and" or ", or".
        for clause in re.split(r"[.?!:;]\s+", plain_text(speech)):
            if re.search(r", (and|or|y|o|e|u) ", clause):
                assert clause.count(",") + 1 <= 3, f"{name}: {clause}"


def test_sources_name_real_guide_sections(locale_content, guide_text):
    content = locale_content
    headings = {line.strip() for line in guide_text.splitlines()}
    sources = [(e.id, e.source) for e in content.entries.values()]
    sources += [(f.id, f.source) for f in content.red_flags.values()]
    sources += [(q.id, q.source) for q in content.check_questions]
    for name, source in sources:
        section = source.get("section")
        if section is None:
            assert source.get("safety_net") or source.get("note"), f"{name} names no source"
        elif section != "Introduction":
            assert section in headings, f"{name}: {section!r} is not a guide heading"


def test_safety_net_flags_are_marked_and_emergency(locale_content):
    content = locale_content
    marked = {flag.id for flag in content.red_flags.values() if flag.source.get("safety_net")}
    assert marked == set(SAFETY_NET_FLAGS)
    for flag_id, level in SAFETY_NET_FLAGS.items():
        assert content.red_flags[flag_id].level == level
        assert content.red_flags[flag_id].source.get("section") is None


def test_every_guide_warning_sign_is_mapped(guide_text, locale_content):
    content = locale_content
    listed = re.findall(r"warning signs:\n((?:- .*\n)+)", guide_text)
    listed += re.findall(r"one or more of the following:\n((?:- .*\n)+)", guide_text)
    bullets = {line[2:].strip() for block in listed for line in block.splitlines()}
    assert len(bullets) == len(GUIDE_WARNING_SIGNS), sorted(bullets ^ set(GUIDE_WARNING_SIGNS))
    for bullet in bullets:
        for flag_id in GUIDE_WARNING_SIGNS[bullet]:
            assert content.red_flags[flag_id].level in ("emergency", "urgent", "see_doctor")


def test_no_sentence_is_pasted_from_the_guide(locale_content, guide_text):
    content = locale_content
    """No run of seven words in a row is copied from the guide."""
    def runs(text, n=7):
        tokens = re.findall(r"[a-z0-9']+", text.lower())
        return {" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}

    guide_runs = runs(guide_text)
    for name, speech, _ in all_spoken_turns(content):
        copied = runs(plain_text(speech)) & guide_runs
        assert not copied, f"{name} copies {copied}"


def test_no_dosages(locale_content):
    content = locale_content
    for name, speech, _ in all_spoken_turns(content):
        assert not re.search(r"\d+\s*(mg|milligram|gram|pill|tablet|capsule|dose|miligramo|gramo|pastilla|tableta|c[aá]psula|dosis)", plain_text(speech), re.I), name


# What each language must say, in its own words: the tests below hold every locale to the same promises.
WORDING = {
    "en-US": {"lead": "Get emergency care now", "phone": "phone", "er": "emergency room", "call": "call 911",
              "disclaimer": "not a diagnosis", "opens_with_yes": r"yes\b", "switching": r"switch(ing)? between|alternat"},
    "es-US": {"lead": "Busque atención de emergencia ahora", "phone": "teléfono", "er": "sala de emergencias",
              "call": "llame al 911", "disclaimer": "no un diagnóstico", "opens_with_yes": r"[¡¿]?s[ií]\b",
              "switching": r"cambiando entre|altern"},
}


def test_every_locale_has_its_wording_checked():
    from skill.content import CONTENT

    assert set(WORDING) == set(CONTENT), "add the new language's words to WORDING"


def test_emergency_lines_say_how(locale_content):
    said = WORDING[locale_content.locale]
    emergency = locale_content.levels["emergency"]
    assert emergency.lead.startswith(said["lead"])
    assert "911" in emergency.lead and said["phone"] in emergency.lead
    urgent = locale_content.levels["urgent"]
    assert urgent.lead.startswith(said["lead"]) and said["er"] in urgent.lead
    for flag in locale_content.red_flags.values():
        assert flag.lead is None or flag.lead.startswith(said["lead"]), flag.id


@pytest.mark.parametrize("entry_id", ["launch", "help", "fallback", "error"])
def test_safety_line_in_launch_help_fallback_and_error(locale_content, entry_id):
    assert '<say-as interpret-as="telephone">911</say-as>' in locale_content.entry(entry_id).speech


def test_launch_disclaims_and_gives_two_examples(locale_content):
    said = WORDING[locale_content.locale]
    launch = plain_text(locale_content.entry("launch").speech)
    assert said["disclaimer"] in launch and said["call"] in launch
    assert launch.count("?") >= 2


def test_review_shows_the_lexicon_for_a_clinician(locale_content):
    content = locale_content
    text = report(content)
    assert "Red-flag lexicon" in text
    for flag_id in content.lexicon.raw["signs"]:
        assert f"| {flag_id} |" in text
    for name in content.lexicon.raw["classes"]:
        assert f"<{name}>" in text


def test_review_lists_every_whole_sign(locale_content):
    """A sign that beats a not-sign inside it is shown to the clinician as such, phrase by phrase."""
    text = report(locale_content)
    for flag, phrases in locale_content.lexicon.raw.get("whole_signs", {}).items():
        line = next(line for line in text.splitlines() if line.startswith("Said whole"))
        assert flag in line and all(phrase in line for phrase in phrases)


def words_listed(line: str) -> list[str]:
    """The words a report line lists after its colon: "...: a, b, c." is [a, b, c]."""
    return line.split(": ", 1)[1].rstrip(".").split(", ")


def test_review_lists_the_fillers_a_split_word_is_never_joined_from(locale_content):
    """The near join's exception is data too, so the clinician sees every filler it never joins."""
    text = report(locale_content)
    fillers = locale_content.lexicon.raw["normalise"].get("fillers", [])
    assert fillers
    line = next(line for line in text.splitlines() if "pause filler" in line)
    assert all(word in words_listed(line) for word in fillers)


def test_review_lists_every_respelling_the_reader_applies(locale_content):
    """Every respelling the reader applies (a slip read as the word meant) is in the clinician's report: the
    plain ones in full, and each one heard only after some words with every one of those words."""
    from skill.red_flag_reader import all_respellings

    text = report(locale_content)
    normalise = locale_content.lexicon.raw["normalise"]
    assert all_respellings(normalise)
    for heard, meant in normalise["respellings"].items():
        assert f'"{heard}" as "{meant}"' in text
    lines = text.splitlines()
    for rule in normalise.get("respellings_after", []):
        heard = " or ".join(f'"{words}"' for words in rule["heard"]) + " is "
        line = next(line for line in lines if line.startswith(heard)
                    and all(f"({', '.join(words)})" in line for words in rule.get("after_each", []))
                    and ", ".join(rule.get("after", [])) in line)
        assert line.endswith(".") and rule.get("after", []) + rule.get("after_each", []), rule


def test_review_lists_every_word_of_the_negation_rule(locale_content):
    """Each setting of the negation rule, however it is stored, is in the clinician's report with its words:
    a rule added to the data is never applied unseen."""
    text = report(locale_content)

    def words(value):
        if isinstance(value, dict):
            return [word for inner in value.values() for word in words(inner)]
        return [value] if isinstance(value, str) else [word for item in value for word in words(item)] if isinstance(value, list) else []

    negation = locale_content.lexicon.raw["negation"]
    for key, value in negation.items():
        for word in words(value):
            assert word in text, (key, word)


def test_no_answer_that_may_follow_a_statement_starts_with_yes(locale_content):
    """ "I'm dehydrated" or "I can't stand up at all" may reach a topic; its answer must not open with "Yes." """
    opens_with_yes = re.compile(WORDING[locale_content.locale]["opens_with_yes"], re.I)
    for entry in locale_content.entries.values():
        assert not opens_with_yes.match(plain_text(entry.speech)), entry.id


def test_the_ice_answer_keeps_to_ice_inside_48_hours(locale_content):
    entry = locale_content.entry("heat_or_ice_ice")
    for text in (entry.speech, entry.more):
        assert not re.search(WORDING[locale_content.locale]["switching"], text, re.I), text


def test_poison_control_for_too_much_medicine(locale_content):
    content = locale_content
    flag = content.red_flags["OVERDOSE"]
    assert flag.level == "emergency" and "1-800-222-1222" in flag.lead and "911" in flag.lead
    assert "1-800-222-1222" in flag.reprompt


def test_crisis_line_names_988_and_911(locale_content):
    content = locale_content
    lead = content.red_flags["SELF_HARM"].lead
    assert lead.startswith(content.levels["emergency"].lead.split(":")[0]) and "988" in lead and "911" in lead
    assert content.red_flags["SELF_HARM"].level == "emergency"
    assert content.red_flags["HEART_ATTACK_STROKE"].level == "emergency"


# Spanish (es-US) only: its register

@pytest.fixture(scope="module")
def spanish():
    from skill.content import CONTENT

    return CONTENT["es-US"]


def test_spanish_speaks_usted_and_plain_words(spanish):
    """Usted, not tú; "sala de emergencias" for the ER; the facility's name kept as a proper noun."""
    texts = [plain_text(speech) for _, speech, _ in all_spoken_turns(spanish)]
    joined = " ".join(texts).lower()
    for tu_form in (" tú ", " tienes ", " puedes ", " quieres ", " llama al ", " ve a "):
        assert tu_form not in f" {joined} ", tu_form
    assert "sala de emergencias" in joined and "er of kingwood" in joined


def test_each_locale_is_read_when_first_asked_for_and_once(monkeypatch):
    """A cold start that answers in English does not read the Spanish file; Spanish, when asked for, reads
    its own and borrows the English lexicon already read; threads asking at once read a locale once."""
    import threading

    import skill.content as content_module

    read: list[str] = []
    real = content_module.load_content

    def counting(path, facility, regions=None):
        read.append(path.stem)
        return real(path, facility, regions)

    monkeypatch.setattr(content_module, "load_content", counting)
    contents = content_module.load_contents(content_module.FACILITY)
    assert "es-US" in contents and "xx-XX" not in contents and set(contents) == {"en-US", "es-US"}
    assert read == []
    assert contents["en-US"].locale == "en-US" and read == ["en-US"]
    threads = [threading.Thread(target=lambda: contents["es-US"]) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert read == ["en-US", "es-US"]
    assert contents["es-US"].borrowed_lexicons == (contents["en-US"].lexicon,)
    with pytest.raises(KeyError):
        contents["xx-XX"]


def test_review_lists_how_a_phrase_may_be_spread_out(locale_content):
    """The filler words, the words after which none is allowed, verbs' particles and the runs no filler crosses are
    data that change what the reader raises: each is in the clinician's report, word by word."""
    raw = locale_content.lexicon.raw
    lines = report(locale_content).splitlines()

    def listed(start: str) -> list[str]:
        return words_listed(next(line for line in lines if line.startswith(start)))

    assert listed("Between a phrase's words") == raw["gap_words"]
    assert listed("No filler after") == (raw.get("no_gap_after") or ["-"])
    assert listed("Never crossed") == (raw.get("clause_breaking_runs") or ["-"])
    particles = next(line for line in lines if line.startswith("Never skipped as filler"))
    for verb, words in raw.get("bound_particles", {}).items():
        assert f"{verb} {', '.join(words)}" in particles
