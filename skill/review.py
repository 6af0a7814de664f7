"""``python -m skill.review``: every answer the skill can speak, with its source, for clinical review.

Prints Markdown: the facility in effect (``FACILITY_FILE`` or the default) and the texts that change
with it, each entry as it is spoken (first answers with their "Want to hear more?", the "more" parts,
every red flag composed with its level's lead, the guided check), and where it comes from.
"""

from __future__ import annotations

import json
import sys
from typing import Iterator, NamedTuple

from .facility import DEFAULT_FACILITY_FILE, FIELDS, FacilityError
from .intent_topics import TIMED_HEAT_OR_ICE, TOPIC_OF_INTENT
from .reminder_time import example_when

try:  # the content is spoken for the facility FACILITY_FILE names, read here
    from .content import CONTENT, CONTENT_DIR, DEFAULT_LOCALE, PLACEHOLDER, Content, render
    from .ssml import plain_text
    from .handlers.turns import (heat_or_ice_asking_onset_turn, more_turn, question_turn, red_flag_turn,
                                 topic_turn)
except FacilityError as error:
    if __name__ != "__main__":
        raise
    print(f"error: {error}", file=sys.stderr)  # `python -m skill.review` with a bad FACILITY_FILE: one line
    sys.exit(2)

# Every topic answer, from the one intent-to-topic table, with the heat-or-ice answer's timed forms.
TOPICS = (*TOPIC_OF_INTENT.values(), *TIMED_HEAT_OR_ICE)
CHECK_PREFIXES = ("check_intro", "check_next", "check_help", "check_finish_first")


class Spoken(NamedTuple):
    name: str
    ssml: str
    first_answer: bool
    source: str


def _source(source) -> str:
    section = source.get("section")
    parts = [f"guide: {section}" if section else None,
             "safety net (not in the guide)" if source.get("safety_net") else None,
             source.get("note") if not section and not source.get("safety_net") else None]
    return "; ".join(p for p in parts if p) or "-"


def spoken_turns(content: Content) -> Iterator[Spoken]:
    """Every response text the skill composes from its content, with whether it is a first answer."""
    when = example_when(content.reminders.clock) if content.reminders else ""
    for entry_id, entry in content.entries.items():
        source = _source(entry.source)
        yield Spoken(entry_id, entry.speech.replace("{when}", when), True, source)
        if entry.reprompt:
            yield Spoken(f"{entry_id} (reprompt)", entry.reprompt, False, source)
        if entry.more:
            yield Spoken(f"{entry_id} (more)", more_turn(content, entry_id).speech, False, source)
    for topic in TOPICS:
        yield Spoken(f"{topic} (as answered)", topic_turn(content, topic).speech, True,
                     _source(content.entry(topic).source))
    yield Spoken("heat_or_ice (asking when it started)", heat_or_ice_asking_onset_turn(content).speech, True,
                 _source(content.entry("heat_or_ice").source))
    if content.reminders:  # what a reminder says on the person's device when it goes off
        for kind, alert in content.reminders.alerts.items():
            yield Spoken(f"reminder going off: {kind}", alert, False, _source(content.reminders.source[kind]))
    for flag in content.red_flags.values():
        turn = red_flag_turn(content, flag)
        yield Spoken(f"red flag {flag.id} [{flag.level}]", turn.speech, True, _source(flag.source))
        yield Spoken(f"red flag {flag.id} (reprompt)", turn.reprompt, False, _source(flag.source))
    for question in content.check_questions:
        turn = red_flag_turn(content, content.red_flags[question.flag], question.detail)
        yield Spoken(f"check {question.id} answered yes", turn.speech, True, _source(question.source))
        for prefix in CHECK_PREFIXES:
            yield Spoken(f"check {question.id} after {prefix}", question_turn(content, question, prefix).speech,
                         False, _source(question.source))


def facility_report(content: Content) -> list[str]:
    """The ER the answers name: each value in effect, and where it comes from."""
    facility = content.facility
    named = f" (named by {facility.origin})." if facility.origin else "."
    if facility.path == str(DEFAULT_FACILITY_FILE):
        named = " (the default; set FACILITY_FILE to name another)."
    lines = ["## The facility in effect", "", f"From `{facility.path}`{named}", "",
             "| field | value | source |", "| --- | --- | --- |"]
    for field in FIELDS:
        value = facility.value(field)
        shown = value if value is not None else "not set: the skill says it does not have it"
        lines.append(f"| {field} | {shown} | {facility.source.get(field, '-')} |")
    return lines + [""] + templates_report(content) + [""]


def templates_report(content: Content) -> list[str]:
    """Every text with facility values, its alternatives in order, and the one said with this facility."""
    raw = json.loads((CONTENT_DIR / f"{content.locale}.json").read_text(encoding="utf-8"))
    lines = ["Texts that name the facility (the first alternative whose values are all set is said):", "",
             "| text | alternatives, in order | said now |", "| --- | --- | --- |"]
    for group in ("entries", "levels", "red_flags"):
        for key, value in raw[group].items():
            for field, template in value.items():
                alternatives = template if isinstance(template, list) else [template]
                if not any(isinstance(a, str) and PLACEHOLDER.search(a) for a in alternatives):
                    continue
                said = render(template, content.facility, f"{key}.{field}", ssml=False, region=content.region)
                options = " / ".join(plain_text(a) if a else "(nothing)" for a in alternatives)
                lines.append(f"| {key}.{field} | {options} | {plain_text(said) if said else '(nothing)'} |")
    return lines


def report(content: Content) -> str:
    lines = [f"# Everything Back Spasm Helper says ({content.locale})", ""]
    lines += facility_report(content)
    lines += ["## Every answer, as spoken", "", "| # | what | spoken | source |", "| --- | --- | --- | --- |"]
    for number, turn in enumerate(spoken_turns(content), 1):
        lines.append(f"| {number} | {turn.name} | {plain_text(turn.ssml)} | {turn.source} |")
    lines += ["", "## Warning-sign check, in order", ""]
    for number, question in enumerate(content.check_questions, 1):
        flag = content.red_flags[question.flag]
        unsure = "counts as yes" if question.unsure_is_yes else "counts as no"
        lines.append(f"{number}. {question.speech} Yes: {flag.level} (covers {', '.join(question.covers)});"
                     f" not sure {unsure}.")
    lines += screen_report(content)
    lines += lexicon_report(content)
    return "\n".join(lines) + "\n"


def screen_report(content: Content) -> list[str]:
    """The words only a screen (an Echo Show) adds to the spoken ones: banners and button labels."""
    lines = ["", "## On a screen: get-care-now banners and the check's buttons", "",
             "A screen shows every answer's spoken words, and above a get-care-now answer this banner:", "",
             "| answer | banner | below it |", "| --- | --- | --- |"]
    for name, level in content.levels.items():
        if level.banner:
            lines.append(f"| level {name} | {level.banner} | {level.banner_detail or '-'} |")
    for flag in content.red_flags.values():
        if flag.banner:
            lines.append(f"| red flag {flag.id} | {flag.banner} | {flag.banner_detail or '-'} |")
    labels = ", ".join(f"{answer}: {label}" for answer, label in content.screen.items())
    return lines + ["", f"The check's buttons: {labels}."]


def lexicon_report(content: Content) -> list[str]:
    """The red-flag lexicon as a clinician reads it: each sign, its level, and the words that raise it."""
    raw = content.lexicon.raw
    lines = ["", "## Red-flag lexicon: the words that raise each warning sign", "",
             "Phrases are matched after contractions, common speech-recognition slips and word endings are",
             "normalised. <CLASS> stands for every phrase of a word class (listed below); \"all of\" needs every",
             "part said close together in any order. A sign is not raised when a negation governs it",
             f"({', '.join(raw['negation']['cues'])}), within {raw['negation']['window']} words and not across",
             f"{', '.join(raw['negation']['scope_enders'])} or a new subject; doubt",
             f"({', '.join(raw['negation']['pseudo'])}) never negates.", *_taken_back(raw), "",
             "| sign | level | raised by | never raised by |", "| --- | --- | --- | --- |"]
    for flag_id, phrases in raw["signs"].items():
        flag = content.red_flags[flag_id]
        said = "; ".join(" + ".join(p["all"]) if isinstance(p, dict) else p for p in phrases)
        exceptions = "; ".join(raw.get("not_signs", {}).get(flag_id, [])) or "-"
        lines.append(f"| {flag_id} | {flag.level}{' (safety net)' if flag.source.get('safety_net') else ''} |"
                     f" {said} | {exceptions} |")
    whole = raw.get("whole_signs", {})
    if whole:
        lines += ["", "Said whole, these raise their sign even where a not-sign inside them would cancel a shorter"
                  " sign (\"se me cayó\" alone is dropping something; a beam that fell on the back is a blow): "
                  + "; ".join(f"{flag}: {', '.join(phrases)}" for flag, phrases in whole.items()) + "."]
    lines += ["", "| word class | phrases |", "| --- | --- |"]
    lines += [f"| <{name}> | {'; '.join(members)} |" for name, members in raw["classes"].items()]
    return lines + _matching_report(raw)


def _matching_report(raw: dict) -> list[str]:
    """How a phrase's words may be spread out when said: the filler words skipped between them, and what a filler
    run never crosses. Data like the phrases, so the clinician sees every word of it."""
    particles = "; ".join(f"{verb} {', '.join(words)}" for verb, words in raw.get("bound_particles", {}).items())
    return ["", f"Between a phrase's words up to {raw['max_gap']} filler words may be said: "
            f"{', '.join(raw['gap_words'])}.",
            f"No filler after: {', '.join(raw.get('no_gap_after', [])) or '-'}.",
            f"Never skipped as filler, a verb's own particle: {particles or '-'}.",
            f"Never crossed, where one clause ends and the next begins: "
            f"{', '.join(raw.get('clause_breaking_runs', [])) or '-'}."]


# The negation rule's other words, each with what it does (the README's negation rule says why).
RULES = {
    "subjects": "A new subject ends a cue's scope",
    "answer_no_unless": "... unless the sign is said to be over, and nothing near says it is not",
    "reopeners": "Doubt right after a denial takes it back (\"he didn't fall, but he might have\")",
    "post_cues": "A bare no right after a sign said bare denies it (\"fever? no\")",
    "asserted_by": "... unless the sign was asserted, as an article marks it (\"a fever no\" asks)",
    "whole_cues": "A whole-denial cue denies the sign right after it, even one with its own cue",
    "list_joiners": "A subject word right before these is a listed object, not a new clause",
    "list_cues": "A clinical denial lists what it denies",
    "list_continuers": "... joined by",
    "list_breakers": "... but no item after one of these, which opens a clause of its own",
    "answer_no_before": "A run of noes opening the request before one of these answers something else (\"no no, my legs are numb\")",
    "degree_words": "A degree between the cue and the sign denies how much, not the sign (\"not a high fever\")",
    "degree_after": "... or right after the sign (\"no tiene fiebre alta\")",
    "redescribed_by": "A correction that goes on with these re-describes the sign and keeps it (\"not chest pain, more like pressure\")",
    "redescribed_flags": "... and a denial re-described that way keeps these signs, which are about presence, not degree",
    "clause_verbs": "A verb said after words a cue denied opens a clause of its own (\"no fever, fainted\")",
    "partitive_cues": "... unless the cue is the subject, of a group, and the verb its own (\"none of my guys got hit\")",
    "answer_noes": "The noes an answer opens with",
    "removals": "A verb that takes a sign away, said right before it, is what a cue denies: the sign stays (\"nothing gets rid of the fever\")",
    "removal_not_after": "... unless the verb is a purpose, after these (\"nothing to ease the numbness, I'm not numb\")",
    "new_clause_clitics": "A sign opening with one of these where a denied clause ends is a clause of its own",
    "denied_clause_openers": "... a denied clause being a denied sign or one of these and up to three words after the cue",
    "concord_negators": "... or, after one of these, up to three content words (its verb and object: \"no aguanto, se me sale\")",
    "concord_objects": "... the object said as a negative closing it when right after a verb (\"no retengo nada, me orino\")",
}
ASKED_RULES = {
    "asked_who": "... or asked of anyone named between the asking verb and its join",
    "narrowers": "A no narrowed by these is no answer (\"said no, only his feet\")",
    "narrowed_still_no": "... unless narrowed to the back itself",
    "firm": "A no said twice over",
    "doubt_after": "A no doubted after it by these is no answer",
    "unreliable": "Nobody's no counts when the person asked is",
}


# Normalisation settings that read one word as another, each listed as "word" as "reading".
READINGS = {
    "before_folding": "Read before accents are folded, as folding would make them another word",
    "fused_prefixes": "A word fused to the little word before it is read as the two when the rest is a word of the lexicon",
    "inner_piece_starts": "A later piece of a split word may start with a letter written for another sound",
}


def _words_of(value) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{key}: {_words_of(inner)}" for key, inner in value.items())
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _taken_back(raw: dict) -> list[str]:
    """The rules that take a sign back after it was said, and the opening words read as another word."""
    negation, lines = raw["negation"], []
    if negation.get("corrections"):
        opposites = "; ".join(f"{flag}: {', '.join(said)}" for flag, said in negation.get("opposites", {}).items())
        lines.append(f"A sign is taken back by an explicit correction ({', '.join(negation['corrections'])}) followed"
                     f" within {negation['window']} words by the same sign denied in its own words, or by its opposite"
                     f" ({opposites or 'none listed'}).")
    if negation.get("asked_if"):
        asked = negation["asked_if"]
        lines.append(f"A sign asked about ({', '.join(asked['asks'])}) and reported answered no"
                     f" ({', '.join(asked['answers'])}) within {negation['window']} words is denied.")
        if asked.get("ability"):
            ability = asked["ability"]
            lines.append(f"An ability asked about ({', '.join(ability['modals'] + ability.get('before', []))}) and answered"
                         f" no is the inability said: \"{ability['negation']}\" is read with it; a no followed by"
                         f" {', '.join(ability.get('not_after_no', [])) or 'nothing listed'} answers something else.")
    lines += [f"{RULES[key]}: {_words_of(negation[key])}." for key in RULES if negation.get(key)]
    asked = negation.get("asked_if") or {}
    lines += [f"{ASKED_RULES[key]}: {_words_of(asked[key])}." for key in ASKED_RULES if asked.get(key)]
    long_ago = raw.get("long_ago")
    if long_ago:
        lines.append(f"{', '.join(long_ago['flags'])} placed long ago ({', '.join(long_ago['markers'])}) within"
                     f" {raw['rule_window']} words is read as denied, unless the text says anything recent"
                     f" ({', '.join(long_ago['recent'])}).")
    opening = raw["normalise"].get("opening_respellings", {})
    if opening:
        lines.append("A request's first word is read as another: " + "; ".join(
            f'"{word}" as "{rule["as"]}", unless followed by {", ".join(rule.get("unless_before", [])) or "nothing listed"}'
            for word, rule in opening.items()) + ".")
    respellings = raw["normalise"].get("respellings", {})
    if respellings:
        lines.append("Words a recogniser writes for others are read as the words meant, wherever they are said: " + "; ".join(
            f'"{heard}" as "{meant}"' for heard, meant in respellings.items()) + ".")
    for rule in raw["normalise"].get("respellings_after", []):
        heard = " or ".join(f'"{words}"' for words in rule["heard"])
        meant = f'"{rule["as"]}"' if rule["as"] else "nothing"
        after = ", ".join(rule.get("after", []))
        if rule.get("after_each"):
            after = "; ".join(filter(None, [after, " then ".join(
                "(" + ", ".join(words) + ")" for words in rule["after_each"]) + ", one word of each in order"]))
        if rule["heard"] == [rule["as"]]:  # a guard: the longest respelling wins, and this one keeps the words
            lines.append(f"{heard} is kept as said, and no shorter respelling applies, after: {after}.")
        else:
            lines.append(f"{heard} is read as {meant} only after: {after}.")
    for key, rule in READINGS.items():
        if raw["normalise"].get(key):
            lines.append(f"{rule}: " + ", ".join(f'"{word}" as "{spoken}"' for word, spoken in raw["normalise"][key].items()) + ".")
    again = raw["normalise"].get("stem_again_after", [])
    if again:
        lines.append(f"A word stemmed after these endings is stemmed once more, as its base would be: {', '.join(again)}.")
    fillers = raw["normalise"].get("fillers", [])
    if fillers:
        lines.append("A long word split and misheard is joined to the nearest long word of the lexicon, never from a"
                     f" pause filler: {', '.join(fillers)}.")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv[1:])
    # `--locale es-US`, or the locale alone as the first word (as before).
    if args[:1] == ["--locale"] and len(args) >= 2:
        args = args[1:]
    locale = args[0] if args else DEFAULT_LOCALE
    content = CONTENT.get(locale)
    if content is None or len(args) > 1 or locale.startswith("-"):
        print(f"error: usage: python -m skill.review [--locale LOCALE]; no content for {locale!r} "
              f"(available: {', '.join(CONTENT)})" if content is None else
              "error: usage: python -m skill.review [--locale LOCALE]", file=sys.stderr)
        return 2
    sys.stdout.write(report(content))
    return 0


if __name__ == "__main__":
    sys.exit(main())
