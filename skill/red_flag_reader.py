"""The red-flag reader: warning signs in free text, whatever words a person uses.

Alexa's entity resolution is exact, so a sign said in words nobody listed arrives as raw slot words
with ``ER_SUCCESS_NO_MATCH``. This module reads those words against the locale's lexicon (data in
``skill/content/<locale>.json`` under ``"lexicon"``, reviewable by a clinician) and says which signs
are present, which are denied, and, in the guided check, whether a sentence means yes, no or not sure.

How words are compared: lowercase, accents folded ("orinó" and "orino" are one word, in every locale),
contractions and common speech-recogniser slips rewritten
("can't" -> "can not", "fee ver" -> "fever"), irregular forms mapped ("fell" -> "fall"), then a light
suffix stemmer so "falls", "falling", "fallen" and "fallin" are one word. Lexicon phrases go through the same
steps, so they can be written plainly. A phrase matches its words in order; a few filler words
("really", "even", "my") may sit between them. ``{"all": [...]}`` rules need every part nearby in
any order ("numb" near "groin"). ``<NAME>`` stands for every phrase of the word class NAME.

The negation rule (NegEx-style, Chapman et al. 2001): a sign is denied when a negation cue ("no",
"not", "never", "without", ...) comes before it within ``negation_window`` words, and nothing between
them ends the cue's scope: a scope-ending word ("but", "just", "and", ...) or a new subject ("I",
"he", "she", ...), so "no, I can't walk" and "I don't think she fell" still raise the sign. Cue words
inside the sign's own phrase ("can't walk", "nothing helps") are part of the sign, not a denial.
Uncertainty phrases that contain a cue ("not sure", "no idea") do not negate: an uncertain sign
raises, as the skill errs toward care. Nothing after a sign negates it ("the numbness isn't going away"
must raise), except a bare no answering a sign said bare, as in a list ("fever? no", "numbness, none").
A whole-denial cue ("it's not that", "no es que") denies the sign right after it, even one with its own
cue: "it's not that I can't walk, it just hurts". A subject word right before "or" is a listed object,
not a new clause: "I didn't hit it or fall" denies the fall. A speaker who says a sign, then an explicit
correction ("no wait", "scratch that", "mejor dicho"; never the filler "I mean"), then soon after the same
sign denied in its own words, or a normal temperature, has taken it back; anything less keeps the sign
("chest pain, no wait, I'm not short of breath" denies a detail, not the pain). Only the later word counts,
so "I didn't fall, wait, I did fall" raises it.

Five more rules, each data in the lexicon and listed by ``python -m skill.review``: a clinical denial lists what
it denies ("denies chest pain and shortness of breath"), but never into a clause of its own; a sign asked about
and reported answered no ("I asked if she fell and she said no") is denied when the no is the last word on it;
a bare "no" opening before "my" answers something else ("no, my legs are numb"), unless the sign is said to be
over; in Spanish, a clitic verb right where a denied sign ends is a clause of its own ("no me caí, me resbalé");
and a request's first word may be read as another ("know fever" is "no fever"), after a stutter's false starts
are dropped ("i c c can't w w walk").

And, each data too: a denied place among the opposites ("not my chest") takes back only a sign said with its words and
ends the cue's scope; a degree right before a sign ("not a high fever") denies the degree, not the sign; a denial
re-described ("not chest pain, more like pressure") keeps a sign of presence, never one of degree; without commas, a
finite verb after the words a cue denied opens a clause of its own ("no fever, fainted this morning"); the asked-if
rules hear anyone asked ("i asked my mother in law if") and abilities asked with "able to", "has", "feels", "if it
helped" or "could he"; a sign listed in ``whole_signs`` is raised when said whole, whatever not-sign is inside it ("se
me cayó una viga en la espalda" is a blow, though "se me cayó" alone drops something), though one that starts before
it still cancels it ("qué hago si se me cae una caja en la espalda"); and a word split with the sound its pieces
share heard twice ("throw wing") is joined once.
"""

from __future__ import annotations

import functools
import gc
import json
import re
import threading
import unicodedata
from itertools import product
from typing import Iterable, NamedTuple

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
_CLASS = re.compile(r"<([A-Z0-9_]+)>")
_PLAIN = re.compile(r"[a-z0-9 ]*")
_UNICODE_WORD = re.compile(r"\w+")


class Finding(NamedTuple):
    flag: str
    start: int  # token span in the normalised text
    end: int
    negated: bool
    parts: tuple[tuple[int, int], ...] = ()  # each part's span, for an {"all": [...]} rule


class _Index:
    """Token sequences by their first token, so a text is matched without trying every sequence."""

    def __init__(self, sequences: Iterable[tuple[str, ...]]):
        # first token -> (sequence, its words): a sequence whose words are not all said is skipped at once
        self.by_first: dict[str, list[tuple[tuple[str, ...], frozenset]]] = {}
        for sequence in dict.fromkeys(sequences):
            self.by_first.setdefault(sequence[0], []).append((sequence, frozenset(sequence)))
        self.firsts = frozenset(self.by_first)


class _LazyIndex:
    """An _Index built at its first use: a rule's part with several word classes expands into many
    sequences, and most rules are never tried on a given text. Its first words are known at once, so the
    rule can still be filed under them."""

    def __init__(self, build, firsts: frozenset):
        self._build = build
        self.firsts = firsts
        self._built: _Index | None = None

    @property
    def by_first(self) -> dict[str, list[tuple[tuple[str, ...], frozenset]]]:
        if self._built is None:
            self._built = _Index(self._build())
        return self._built.by_first


class _ClassIndex:
    """A word class whose members have classes of their own, its sequences made per first word when a text
    first says it: "<LONG_SPAN>" stands for some 1,700 sequences, and a text needs the few that start with
    one of its words. Serves as its own ``by_first``."""

    def __init__(self, members_by_first: dict[str, list[str]], expand_from):
        self.firsts = frozenset(members_by_first)
        self._members = members_by_first
        self._expand_from = expand_from  # (member, first word) -> the member's sequences that start with it
        self._made: dict[str, list[tuple[tuple[str, ...], frozenset]]] = {}

    @property
    def by_first(self) -> "_ClassIndex":
        return self

    def get(self, token: str, default=()):
        if token not in self._members:
            return default
        if token not in self._made:
            sequences = dict.fromkeys(sequence for member in self._members[token]
                                      for sequence in self._expand_from(member, token) if sequence and sequence[0] == token)
            self._made[token] = [(sequence, frozenset(sequence)) for sequence in sequences]
        return self._made[token]

    def __getitem__(self, token: str):
        return self.get(token)

    def __iter__(self):
        return iter(self.firsts)


class _Words(list):
    """The words of one text being read, with where each word is and the spans found so far.

    Kept on the words themselves, not on the shared lexicon, so threads reading at once (the web
    service's worker threads) never see each other's text.
    """

    def __init__(self, words: Iterable[str], said: list[str] | None = None):
        super().__init__(words)
        self.words = said if said is not None else list(self)  # each token's word as said, before stemming
        self.positions: dict[str, list[int]] = {}
        for number, word in enumerate(self):
            self.positions.setdefault(word, []).append(number)
        self.said = frozenset(self.positions)  # a real set: set operations then walk the smaller side
        self.spans: dict[int, list[tuple[int, int]]] = {}
        self.ends: dict[tuple[int, int], list[int]] = {}  # (piece, where) -> where its alternatives end


class _Pattern(NamedTuple):
    flag: str
    tokens: tuple[str, ...]
    words: frozenset  # its words, to skip it at once when one of them is not said


class _Chain(NamedTuple):
    """A phrase with word classes: its pieces in order, each any of its alternatives ("<CAN_NOT> <STAND_WALK>").

    Matched piece by piece rather than expanded into every combination, which keeps compiling fast.
    """

    flag: str
    parts: tuple[_Index, ...]
    later_firsts: tuple[frozenset, ...]  # the words each later piece can start with, for a quick skip

    def may_follow(self, said: frozenset) -> bool:
        """Whether every later piece can start with a word said: when one cannot (the usual case), the chain
        is skipped without being tried."""
        for firsts in self.later_firsts:
            if firsts.isdisjoint(said):
                return False
        return True


class _Rule(NamedTuple):
    """All parts must be present within ``window`` tokens of each other, in any order."""

    flag: str
    parts: tuple[_Index, ...]  # each part: its alternative token sequences


class Lexicon:
    """One locale's lexicon, compiled once, on first use: a request with no words to read (a launch, a
    date) never pays for it, which keeps the Lambda cold start short."""

    def __init__(self, raw: dict, token_cache: dict | None = None):
        self.raw = raw  # as written, for the clinician's review report
        self._compiled = False
        self._compiling = threading.Lock()
        self._compiler: int | None = None  # the thread compiling, which may read words while it does
        # Phrases already normalised, written by `python -m skill.vocabulary`: used only while they were
        # made from this very lexicon, so a stale cache is never trusted, only slower.
        self._token_cache = token_cache

    def _ready(self) -> None:
        if self._compiled or self._compiler == threading.get_ident():
            return
        with self._compiling:  # one thread compiles; the others wait for the whole of it
            if not self._compiled:
                self._compiler = threading.get_ident()
                # Compiling makes some hundred thousand small tuples and sets at once, none of them garbage:
                # the collector's passes over them were a third of the compile (about 15 ms of a cold start).
                collecting = gc.isenabled()
                gc.disable()
                try:
                    self._compile(self.raw)
                    self._compiled = True
                finally:
                    self._compiler = None
                    if collecting:
                        gc.enable()

    def _compile(self, raw: dict) -> None:
        cache = self._token_cache
        fresh = bool(cache) and cache.get("lexicon") == fingerprint(raw)
        self._cached_tokens = cache["tokens"] if fresh else {}
        self._cached_known = cache.get("known_words") if fresh else None
        self._cached_sounds_changed = cache.get("sounds_changed") if fresh else None
        self._sounds: dict[str, str] = {}
        normalise = raw["normalise"]
        self._contractions = dict(normalise["contractions"])
        self._suffix_contractions = [tuple(pair) for pair in normalise["suffix_contractions"]]
        # Respellings by their first word, longest first: "fee ver" -> "fever", "cant" -> "can not".
        self._respellings: dict[str, list[tuple[tuple[str, ...], list[str]]]] = {}
        for source, target in sorted(all_respellings(normalise).items(), key=lambda item: -len(item[0].split())):
            words = tuple(source.split())
            self._respellings.setdefault(words[0], []).append((words, target.split()))
        # A homophone only one reading fits where a request opens: a request opens with "no", never with "know"
        # ("know fever", "know feeling in my legs"), which elsewhere is the verb ("i know i have a fever").
        # ... unless a word follows that makes it the verb after all ("know what, my legs are numb", "know if i
        # should worry"; Spanish "caer en cama" is to be bedridden).
        self._opening_respellings = {word: (rule["as"].split(), [tuple(after.split()) for after in rule.get("unless_before", [])])
                                     for word, rule in normalise.get("opening_respellings", {}).items()}
        # Letters a recogniser writes for one sound ("ciento" for "siento", "dies" for "diez", "asiendo" for
        # "haciendo"): every word, and the stemmer's own data, is spelled one way before it is stemmed.
        self._sound_alike = [(re.compile(pattern), replacement) for pattern, replacement in normalise.get("sound_alike", [])]
        # Words that folding would make another: Cuban "ñó" (an exclamation) is not "no". Read before accents go.
        self._before_folding = normalise.get("before_folding", {})
        # Little words a recogniser fuses to the next ("alpecho", "delapierna"): a word the lexicon does not know that
        # starts with one, and whose rest is a word it knows, is read as the two. Longest first: "alas" before "al".
        self._fused = sorted(((prefix, spoken.split()) for prefix, spoken in normalise.get("fused_prefixes", {}).items()),
                             key=lambda item: -len(item[0]))
        # Letters not heard at all (Spanish h: "inchada", "uesos"), dropped from the stem once the suffix is
        # off, so a shorter word does not lose its suffix rule ("haciendo" and "aciendo" both stem "ac").
        self._silent = [(re.compile(pattern), replacement) for pattern, replacement in normalise.get("silent", [])]
        sound = self._sounded
        self._irregular = {sound(form): sound(base) for form, base in normalise["irregular"].items()}
        # A prefixed verb keeps its base's irregular forms: "detengo", "retiene" and "contuve" are "tener"'s.
        for base, prefixes in normalise.get("irregular_prefixes", {}).items():
            for form in [form for form, of in normalise["irregular"].items() if of == base]:
                for prefix in prefixes:
                    self._irregular.setdefault(sound(prefix + form), sound(prefix + base))
        # An irregular form said without its silent letters is that form too ("ice" for "hice", "hacer").
        for form, base in list(self._irregular.items()):
            self._irregular.setdefault(self._silenced(form), base)
        self._suffixes = tuple(":".join(sound(part) for part in suffix.split(":")) for suffix in normalise["suffixes"])
        # A suffix not taken off after these endings ("bleed", "pass", "this" keep theirs): {"ed": "e", "s": "su"}.
        self._suffix_guards = {sound(suffix): tuple(sound(end) for end in ends)
                               for suffix, ends in normalise.get("suffix_guards", {}).items()}
        self._min_stem = normalise["min_stem"]
        # Suffixes that leave a word still to stem: a diminutive's base keeps its own ending ("golpecito" is
        # "golpe" + "cito", stemmed as "golpe" is).
        self._stem_again_after = frozenset(sound(suffix) for suffix in normalise.get("stem_again_after", ()))
        # Letters a recogniser writes at the start of a later piece of a split word for another sound: Caribbean
        # Spanish breathes its j as an h, heard as "ve higa" for "vejiga", "mo hado" for "mojado".
        self._inner_piece_starts = normalise.get("inner_piece_starts", {})
        # Sounds a speaker fills a pause with ("um", "eh"): never a piece of a misheard split word.
        self._fillers = frozenset(sound(word) for word in normalise.get("fillers", []))
        # A doubled final letter left by a suffix is undoubled ("stopp" -> "stop"), unless the language says not.
        self._undouble = normalise.get("undouble", True)
        self._no_undouble = normalise["keep_double"] + "aeiou"
        self._drop_final = sound(normalise["drop_final"]) if normalise["drop_final"] else None
        self._keep_final = tuple(sound(end) for end in normalise.get("keep_final_after", ()))
        self._stems: dict[str, str] = {}  # word -> stem, filled as words are met (the lexicon's own first)
        self._literal_tokens: dict[str, tuple[str, ...]] = {}
        self._gap_words = self._word_set(raw["gap_words"])
        self.max_gap = raw["max_gap"]
        self.window = raw["rule_window"]

        negation = raw["negation"]
        self._cues = self._sequences(negation["cues"])
        # After these words a phrase allows no filler: "no better" must not reach across "no, it's getting better".
        self._no_gap_after = self._word_set(raw.get("no_gap_after", []))
        # A verb's particle is part of the verb, never filler after it: "can't stand up her back" is not
        # "can't stand her".
        self._bound_pairs = {tuple(self.tokens(f"{verb} {particle}", said=False))
                             for verb, particles in raw.get("bound_particles", {}).items() for particle in particles}
        # Words that only meet where one clause ends and the next begins, which no filler run may cross even where
        # the speaker marked no break: in "what can I take for it it's swollen" the first "it" ends the question and
        # "it is" opens the swelling, so "for ... swollen" is not a question about swelling. A bare "it it" is no
        # break: it is as often a stammer ("i can't it it feel my legs").
        # Filed under their first word: a filler is skipped at nearly every phrase tried, and seldom starts a run.
        self._clause_breaking_runs: dict[str, list[tuple[str, ...]]] = {}
        for run in raw.get("clause_breaking_runs", []):
            words = tuple(self.tokens(run, said=False))
            self._clause_breaking_runs.setdefault(words[0], []).append(words)
        # Doubt right after a denied sign takes the denial back ("but he might have", "pero a lo mejor sí").
        self._reopeners = self._optional_index(negation, "reopeners")
        # A bare no right after a sign said bare, as one answers a list: "fever? no", "numbness, none".
        self._post_cues = self._optional_index(negation, "post_cues")
        # ... unless the sign was asserted: then the no is a tag question. English marks it by an article, as a
        # slot keeps "a fever no" of "i have a fever, no?" once Alexa strips the "i have".
        self._asserted_by = self._sequences(negation.get("asserted_by", []))
        # "it's not that i can't walk": a denial of what follows, even a sign with its own cue.
        self._whole_cues = self._optional_index(negation, "whole_cues")
        # "a bronc stomped me twenty years ago": an event placed long ago is history, not an emergency now, unless
        # the text also says something recent ("and again yesterday").
        long_ago = raw.get("long_ago", {})
        self._long_ago_flags = frozenset(long_ago.get("flags", ()))
        self._long_ago_markers = self._optional_index(long_ago, "markers")
        self._recent_markers = self._optional_index(long_ago, "recent")
        self._scope_enders = self._word_set(negation["scope_enders"])
        # Words that split an {"all": [...]} rule's parts apart: "my leg is numb but my groin is fine".
        self._rule_breakers = self._word_set(raw["rule_breakers"])
        self._subjects = self._word_set(negation["subjects"])
        # A subject word right before "or" is the object of a list under the cue, not a new clause's
        # subject: "i didn't hit it or fall" denies the fall.
        self._list_joiners = self._word_set(negation.get("list_joiners", []))
        # A speaker correcting themself: "i fell, no wait, i didn't fall" takes the fall back.
        self._corrections = self._optional_index(negation, "corrections")
        self._answer_no_before = self._word_set(negation.get("answer_no_before", []))
        # As written, not stemmed: "gone" and "going" stem alike, and only the first says a sign is over.
        over = negation.get("answer_no_unless", {})
        self._over_phrases = tuple(f" {phrase} " for phrase in over.get("over", []))
        self._over_unless = frozenset(over.get("unless", []))
        self._list_cues = self._optional_index(negation, "list_cues")
        self._list_continuers = self._word_set(negation.get("list_continuers", []))
        self._list_breakers = self._word_set(negation.get("list_breakers", []))
        self._new_clause_clitics = self._word_set(negation.get("new_clause_clitics", []))
        # ... and the clitics, object ones too, that open a denied clause before it ("no lo empujaron, se cayó").
        self._denied_clause_openers = self._word_set(negation.get("denied_clause_openers", []))
        # ... the content words that may open one too, their objects said as the negative ("no retengo nada").
        self._concord_objects = self._word_set(negation.get("concord_objects", []))
        self._concord_negators = self._word_set(negation.get("concord_negators", []))
        # A sign asked about and answered no, as a caregiver reports it: "i asked if she fell and she said no",
        # "le pregunté si se había caído y me dijo que no". Only an explicit no counts ("she doesn't remember" keeps it).
        asked = negation.get("asked_if") or {}
        self._asked_if = self._optional_index(asked, "asks")
        # ... or put to anyone named between the verb and the "if": "i asked my mother in law if", "le pregunté a mi
        # hermano si".
        who = asked.get("asked_who") or {}
        self._ask_verbs = self._word_set(who.get("verbs", []))
        self._ask_joins = self._word_set(who.get("joins", []))
        self._ask_between = who.get("between", 0)
        # A question reported as asked, without "if": "i asked him could he pee" (the question starts at "could").
        self._ask_question_joins = self._word_set(who.get("question_joins", []))
        self._said_no = self._optional_index(asked, "answers")
        self._narrowers = self._word_set(asked.get("narrowers", []))
        self._narrowed_still_no = self._optional_index(asked, "narrowed_still_no")
        self._firm_no = self._optional_index(asked, "firm")
        self._doubt_after_no = self._optional_index(asked, "doubt_after")
        self._unreliable = self._optional_index(asked, "unreliable")
        ability = asked.get("ability")
        self._ability = (frozenset(ability["modals"]), ability["negation"], ability.get("after_modal", True),
                         frozenset(ability.get("clitics", []))) if ability else None
        # The negation goes before these ("if he was able to pee": "he was not able to pee"); a no followed by these
        # answers something else ("said no problem").
        self._ability_before = frozenset(ability.get("before", [])) if ability else frozenset()
        self._not_after_no = self._sequences(ability.get("not_after_no", [])) if ability else None
        # "not chest pain, more like pressure": the correction re-describes the sign, it does not take it back.
        self._redescribed_by = self._optional_index(negation, "redescribed_by")
        # ... and so does a denial re-described, for a sign whose presence matters more than its name; never for one
        # of degree ("it's not a ten, more like a four" is a four).
        self._redescribed_flags = frozenset(negation.get("redescribed_flags", []))

        # ... or saying its opposite after the correction: "he has a fever, no actually, it's ninety eight point six".
        self._opposites = {flag: self._sequences(phrases) for flag, phrases in negation.get("opposites", {}).items()}
        # An opposite that is itself a denial names a place ("not my chest", "no es el pecho"): it takes back only a
        # sign said with its words, and what follows it is the place meant, said, not denied ("not my chest, my
        # left arm and my jaw").
        self._place_denials = self._sequences(phrase for phrases in negation.get("opposites", {}).values()
                                              for phrase in phrases if self.tokens(phrase, said=False)[0] in self._cues.firsts)
        # A denial of how much is no denial that it is there: "not a high fever", "not bad chest pain", "no tiene
        # mucha fiebre"; Spanish says the degree after the sign too ("no tiene fiebre alta").
        self._degree_words = self._word_set(negation.get("degree_words", []))
        self._clause_verbs = frozenset(fold(word) for word in negation.get("clause_verbs", []))
        # A cue that is itself the subject, of a group ("none of my guys", "ninguno de los muchachos"): the verb
        # after the group is what it denies ("none of us got hit"), not a clause of its own.
        self._partitives = [tuple(self.tokens(phrase, said=False)) for phrase in negation.get("partitive_cues", [])]
        # The words an answer opens with: a run of them before "my" answers something asked before.
        self._answer_noes = self._word_set(negation.get("answer_noes", []))
        self._degree_after = self._word_set(negation.get("degree_after", []))
        self.negation_window = negation["window"]

        self.classes = raw["classes"]
        self._class_sequences: dict[str, list[tuple[str, ...]]] = {}
        self._members_by_first_made: dict[str, dict[str, list[str]] | None] = {}
        # Compiled once the classes are known: a pseudo-negation may name a class ("not bring <WHOSE_EN> fever down").
        self._pseudo = self._sequences(negation["pseudo"])
        # A verb that takes a sign away, said word for word right before it ("gets rid of her fever", "le quita la
        # fiebre"): a cue governs the taking away, so the sign stays ("nothing gets rid of her fever", "ni el tequila
        # le quita la fiebre"). No filler between ("bring up the chest pain" takes nothing away), and not as a
        # purpose: "not taking anything to ease the numbness, i'm not numb" and "nada para bajar la fiebre" deny.
        self._removals = frozenset(seq for phrase in negation.get("removals", []) for seq in self._expand(phrase))
        self._longest_removal = max(map(len, self._removals), default=0)
        self._removal_purposes = frozenset(seq for phrase in negation.get("removal_not_after", [])
                                           for seq in self._expand(phrase))
        self._patterns: dict[str, list[_Pattern]] = {}
        self._chains: dict[str, list[_Chain]] = {}
        self._cache: dict[str, tuple[Finding, ...]] = {}
        self._rules: list[_Rule] = []
        self._rules_by_first: dict[str, list[_Rule]] = {}
        self._part_indexes: dict[str, _Index] = {}
        self._excluded = {}
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for flag, phrases in raw["signs"].items():
            for phrase in phrases:
                if isinstance(phrase, dict):
                    parts = tuple(self._part_index(part) for part in phrase["all"])
                    self._rules.append(_Rule(flag, parts))
                    # A rule is tried only when a word that starts its rarest part is said.
                    rarest = min(parts, key=lambda part: len(part.firsts))
                    for first in rarest.firsts:
                        self._rules_by_first.setdefault(first, []).append(self._rules[-1])
                elif _CLASS.search(phrase):
                    self._file_chain(self._chains, flag, phrase)
                else:
                    tokens = self._literal(phrase)
                    if tokens and (flag, tokens) not in seen:
                        seen.add((flag, tokens))
                        self._patterns.setdefault(tokens[0], []).append(_Pattern(flag, tokens, frozenset(tokens)))
        # Signs said whole, which no not-sign inside them cancels (``whole_signs``): "se me cayó" alone drops
        # something, but "se me cayó una viga en la espalda" is a blow.
        self._whole_chains: dict[str, list[_Chain]] = {}
        for flag, phrases in raw.get("whole_signs", {}).items():
            for phrase in phrases:
                self._file_chain(self._whole_chains, flag, phrase)
        # Exceptions and answer words are compiled when first needed: most requests never need them.
        self._answer_cues: dict[str, _Index] = {}

    # normalising -------------------------------------------------------------------------
    def tokens(self, text: str, said: bool = True) -> list[str]:
        """The text as the lexicon compares it: rewritten, then stemmed word by word. ``said`` is False for the
        lexicon's own phrases, which are not requests and so have no opening to respell."""
        self._ready()
        stems = self._stems
        if len(stems) > WORD_CACHE_SIZE:  # words said to a long-lived service are many; forget, recompute
            stems.clear()
        words = self._words(text, said)
        return _Words((stems[word] if word in stems else stems.setdefault(word, self._stem(word)) for word in words), words)

    def _words(self, text: str, said: bool = True) -> list[str]:
        if _PLAIN.fullmatch(text):  # most text is already plain lowercase words: skip the slow path
            contractions = self._contractions
            words = [part for word in text.split() for part in contractions.get(word, word).split()]
        else:
            if self._before_folding and not text.isascii():
                text = _UNICODE_WORD.sub(lambda match: self._before_folding.get(match[0], match[0]), text.lower())
            words = []
            for word in _WORD.findall(fold(text)):
                words.extend(self._uncontract(word).split())
        if said:
            words = self._unstuttered(words)
            if self._fused:
                words = self._unfused(words)
            if words and words[0] in self._opening_respellings:
                target, unless = self._opening_respellings[words[0]]
                if not any(tuple(words[1:1 + len(after)]) == after for after in unless):
                    words = target + words[1:]
        return self._respell(words)

    def _unfused(self, words: list[str]) -> list[str]:
        known = self._known_words
        out: list[str] = []
        for word in words:
            if len(word) > 5 and word not in known:
                for prefix, spoken in self._fused:
                    rest = word[len(prefix):]
                    if word.startswith(prefix) and len(rest) >= FUSED_REST_LENGTH and rest in known:
                        out.extend(spoken)
                        word = rest
                        break
            out.append(word)
        return out

    def _uncontract(self, word: str) -> str:
        if word in self._contractions:
            return self._contractions[word]
        if "'" not in word:
            return word
        for suffix, replacement in self._suffix_contractions:
            if word.endswith(suffix) and len(word) > len(suffix):
                return word[: -len(suffix)] + replacement
        return word.replace("'", "")

    def _unstuttered(self, words: list[str]) -> list[str]:
        """A stutter's false starts dropped: "i c c can't w walk" is "i can't walk". A piece of at most three
        letters that the next word kept starts with, and that is no word the lexicon knows, is a false start, however
        often it is repeated ("no pu pu puede")."""
        known = self._known_words
        kept: list[str] = []
        following = ""  # the next word kept: a false start said twice ("w w walk") is dropped both times
        for word in reversed(words):
            if not (len(word) <= 3 and len(following) > len(word) and following.startswith(word) and word not in known):
                kept.append(word)
                following = word
        return kept[::-1]

    def _respell(self, words: list[str]) -> list[str]:
        if not self._compiled:
            return self._respelled(words)
        # Joined before respelling too, where a piece could be respelled: "pa rar" is "parar", not the
        # respelled "para" and a stray "rar".
        if not self._respellings.keys().isdisjoint(words):
            words = self._join_split_words(words)
        return self._join_split_words(self._respelled(words))

    def _join_split_words(self, words: list[str]) -> list[str]:
        """A word the recogniser split in two, three or four ("get ting worse", "fee ver", "ost e o porosis") is
        joined back when the pieces together are a word of the lexicon and some piece alone is not. Pieces
        are compared as they sound: "in chada" is "hinchada" said without its silent h."""
        known = self._joinable
        heard = [self._sounded_word(word) for word in words]
        # A misheard split word is never joined from a filler or a single letter ("he was um conscious"), and two
        # of its pieces at least are no word of the lexicon nor a number ("odd"). Most texts have fewer than two,
        # and skip the near join altogether.
        usable = [len(piece) > 1 and piece not in self._fillers for piece in heard]
        lexicon_words = self._known_sounds
        odd = [fit and piece.isalpha() and piece not in lexicon_words for fit, piece in zip(usable, heard)]
        may_near = sum(odd) >= 2
        spelled = [_syllable(piece) for piece in heard] if may_near else heard  # worked out once per text
        out: list[str] = []
        i = 0
        while i < len(words):
            size = self._join_size(heard, i, known)
            if size and heard[i] in known and self._join_size(heard, i + 1, known) > size - 1:
                size = 0  # a whole word stays whole when what follows joins further on: "de bo mitar", not "debo"
            near = None if size or not may_near else self._near_join(heard, spelled, usable, odd, i)
            if size:
                # "mar hado" is the slip "marhado"; the pieces were joined as they sound, so a slip known only as
                # it sounds is respelled as that: "tempa chur" is heard "tempature", a slip for "temperature".
                joined, sounded = "".join(words[i:i + size]), "".join(heard[i:i + size])
                slips = self._respellings
                out.extend(self._respelled([sounded if sounded in slips and joined not in slips else joined]))
                i += size
            elif near:
                size, word = near
                out.extend(self._respelled([word]))
                i += size
            elif inner := self._inner_start_join(words, heard, i, known):
                out.extend(self._respelled([inner[1]]))
                i += inner[0]
            elif self._echo_join(heard, i, known):
                # The sound both pieces share, heard twice: "throw wing" is "throwing", "swell ling" "swelling".
                out.extend(self._respelled([words[i] + words[i + 1][1:]]))
                i += 2
            else:
                out.append(words[i])
                i += 1
        return out

    def _near_join(self, heard: list[str], spelled: list[str], usable: list[bool], odd: list[bool],
                   i: int) -> tuple[int, str] | None:
        """A long word split and misheard at once ("ostio pour osis" is "osteoporosis"): two to five pieces, two of
        them no word of the lexicon (three when a piece inside is a filler or a single letter), the first and last
        neither, whose join, as written or as the syllables the pieces spell, is one letter from one of its long
        words that starts and ends with the same sounds (two letters from twelve letters on), as (pieces, that
        word). Only long words: a short join near a word is too often another word."""
        for size in (5, 4, 3, 2):
            pieces = heard[i:i + size]
            # Two odd pieces at least: one alone is often a word the lexicon lacks ("chess"). A piece inside may
            # sound like a filler or a letter ("oss tee oh pro sis" has "oh" in it), but then three must be odd:
            # "i met a stay sis" is a meeting, not "metastasis".
            if len(pieces) < size or not (usable[i] and usable[i + size - 1]):
                continue
            if sum(odd[i:i + size]) < (2 if all(usable[i:i + size]) else 3):
                continue
            # Each syllable as written when the recogniser spells it as a word or a letter's name: a doubled
            # letter once ("oss" is "os", "tee" "te"), a vowel's trailing h dropped ("oh" is "o").
            for joined in dict.fromkeys(("".join(pieces), "".join(spelled[i:i + size]))):
                found = self._nearest_long_word(joined)
                if found:
                    return size, found
        return None

    def _nearest_long_word(self, joined: str) -> str | None:
        """The lexicon's long word within one edit of ``joined`` (two from NEAR_JOIN_TWO_EDITS letters), with the
        same first and last sound; the closest when several are."""
        if len(joined) < NEAR_JOIN_LENGTH:
            return None
        long_words = self._long_words
        # Two edits only for the longest words: "partly sad" is two from "paralysed".
        allowed = NEAR_JOIN_EDITS if len(joined) >= NEAR_JOIN_TWO_EDITS else 1
        best = None
        pairs = None
        for length in range(len(joined) - allowed, len(joined) + allowed + 1):
            for sound, written, its_pairs in long_words.get((joined[0], joined[-1], length), ()):
                pairs = pairs or _letter_pairs(joined)
                # Each edit breaks at most two of a word's letter pairs: a cheap test before the full one.
                if len(its_pairs - pairs) > 2 * allowed:
                    continue
                edits = _edits_within(joined, sound, allowed)
                if edits is not None and (best is None or edits < best[0]):
                    best = (edits, written)
        return best[1] if best else None

    @functools.cached_property
    def _long_words(self) -> dict[tuple[str, str, int], list[tuple[str, str, frozenset[str]]]]:
        """The lexicon's long words as they sound, with how they are written, by first and last sound and length
        (a recogniser's split keeps a word's ends; the few candidates keep the reader fast)."""
        index: dict[tuple[str, str, int], list[tuple[str, str, frozenset[str]]]] = {}
        for word in sorted(self._known_words):
            sound = self._heard(word)  # not through the per-word cache, which is for words said
            if len(sound) >= NEAR_JOIN_LENGTH:
                index.setdefault((sound[0], sound[-1], len(sound)), []).append((sound, word, _letter_pairs(sound)))
        return index

    def _inner_start_join(self, words: list[str], heard: list[str], i: int,
                          known: frozenset[str]) -> tuple[int, str] | None:
        """Pieces that join into a word of the lexicon once a later piece's first letter is read as the sound it
        stands for (``inner_piece_starts``), as (pieces, that word): "ve higa" is "vejiga". The first piece keeps
        its letter: a word's own start is written as said."""
        starts = self._inner_piece_starts
        if not starts or not any(word[:1] in starts for word in words[i + 1:i + 4]):
            return None
        for size in (4, 3, 2):
            pieces = words[i:i + size]
            if len(pieces) < size or not any(piece[:1] in starts for piece in pieces[1:]):
                continue
            written = pieces[0] + "".join(starts.get(piece[:1], piece[:1]) + piece[1:] for piece in pieces[1:])
            if self._heard(written) in known and not all(piece in known for piece in heard[i:i + size]):
                return size, written
        return None

    def _echo_join(self, heard: list[str], i: int, known: frozenset[str]) -> bool:
        """Two pieces that share the sound where they meet join once, as a word of the lexicon, when the second
        alone is no word of it: "throw wing" (but "hot tub" stays two words: "hotub" is no word)."""
        if i + 1 >= len(heard):
            return False
        first, second = heard[i], heard[i + 1]
        return (len(first) > 2 and len(second) > 2 and first[-1] == second[0] and first.isalpha() and second.isalpha()
                and second not in self._known_sounds and first + second[1:] in known)

    @staticmethod
    def _join_size(heard: list[str], i: int, known: frozenset[str]) -> int:
        """How many pieces from ``i`` join into a word of the lexicon (4, 3 or 2), or 0: together they must be
        a known word, and some piece alone must not be."""
        for size in (4, 3, 2):
            pieces = heard[i:i + size]
            if len(pieces) == size and "".join(pieces) in known and not all(piece in known for piece in pieces):
                return size
        return 0

    @functools.cached_property
    def _known_words(self) -> frozenset[str]:
        """Every word written in the lexicon's phrases, as written (before stemming); from the compiled file
        when it is this lexicon's (the file lists every phrase, so nothing is missed)."""
        if self._cached_known is not None:
            return frozenset(self._cached_known)
        # A stale file: read from the lexicon itself, never from the phrases normalised so far, which depend on
        # what was read first (a short word unknown then is a stutter's false start: "one o one" lost its "o").
        return written_words(self.raw)

    @functools.cached_property
    def _known_sounds(self) -> frozenset[str]:
        """The lexicon's words as they sound (``sound_alike``, ``silent``). The compiled file, when it is this
        lexicon's, lists only the words whose sound differs from their spelling, to keep the Lambda zip small."""
        if self._cached_sounds_changed is not None:
            changed = self._cached_sounds_changed
            return frozenset(self._known_words - changed.keys()) | frozenset(changed.values())
        return frozenset(self._heard(word) for word in self._known_words)

    @functools.cached_property
    def _joinable(self) -> frozenset[str]:
        """What split pieces may be joined into: the lexicon's words, and the one-word slips it respells
        ("mar iado" is "mariado", which is "mareado"), as they sound."""
        return self._known_sounds | {self._heard(source[0]) for source, _ in
                                     (entry for entries in self._respellings.values() for entry in entries)
                                     if len(source) == 1}

    def _sounded_word(self, word: str) -> str:
        sounds = self._sounds
        if len(sounds) > WORD_CACHE_SIZE:
            sounds.clear()
        if word not in sounds:
            sounds[word] = self._heard(word)
        return sounds[word]

    def knows_word(self, word: str) -> bool:
        """Whether ``word`` (another lexicon's token) is a word of this lexicon's language as its phrases write
        it, or the start of one ("nausea" of "nauseas"): a borrowed reading counts only for words foreign to it."""
        self._ready()
        if word in self._known_words:
            return True
        return len(word) >= 5 and any(known.startswith(word) for known in self._known_by_prefix.get(word[:5], ()))

    @functools.cached_property
    def _known_by_prefix(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for word in self._known_words:
            index.setdefault(word[:5], []).append(word)
        return index

    def span_tokens(self, text: str, finding: "Finding") -> list[str]:
        """The tokens a finding was read from: its span, or each part's for a rule."""
        tokens = self.tokens(text)
        return [tokens[i] for start, end in (finding.parts or ((finding.start, finding.end),)) for i in range(start, end)]

    def _respelled(self, words: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(words):
            for source, target in self._respellings.get(words[i], ()):
                if tuple(words[i:i + len(source)]) == source:
                    out.extend(target)
                    i += len(source)
                    break
            else:
                out.append(words[i])
                i += 1
        return out

    def _sounded(self, word: str) -> str:
        for pattern, replacement in self._sound_alike:
            word = pattern.sub(replacement, word)
        return word

    def _heard(self, word: str) -> str:
        """A whole word as it sounds, silent letters dropped too: how split pieces are compared."""
        return self._silenced(self._sounded(word))

    def _silenced(self, word: str) -> str:
        for pattern, replacement in self._silent:
            word = pattern.sub(replacement, word)
        return word

    def _stem(self, word: str) -> str:
        return self._silenced(self._stem_sounded(word))

    def _stem_sounded(self, word: str) -> str:
        word = self._sounded(word)
        base = self._irregular.get(word)
        if base == word or word.isdigit():
            return word  # listed as its own base ("nothing", "this"): not a suffix to strip
        if base is not None and self._irregular.get(base) == base:
            return base  # a form of a word listed as its own base is that word, unstemmed: "ice" (heard) is "hice"
        word = base or word
        word, again = self._suffix_off(word)
        if again:
            word = self._suffix_off(word)[0]
        if (self._drop_final and word.endswith(self._drop_final) and len(word) > self._min_stem
                and not word.endswith(self._keep_final)):
            word = word[:-1]
        return word

    def _suffix_off(self, word: str) -> tuple[str, bool]:
        """The word without its first suffix that applies, and whether that suffix leaves a word to stem again."""
        for suffix in self._suffixes:
            target, _, replacement = suffix.partition(":")
            if not word.endswith(target) or len(word) - len(target) < self._min_stem:
                continue
            stem = word[: -len(target)]
            # "bleed", "pass" and "this" keep their endings: only a real suffix is taken off.
            if stem.endswith(self._suffix_guards.get(target, ())):
                continue
            word = stem + replacement
            if self._undouble and len(word) > 2 and word[-1] == word[-2] and word[-1] not in self._no_undouble:
                word = word[:-1]
            return word, target in self._stem_again_after
        return word, False

    def _word_set(self, words: Iterable[str]) -> set[str]:
        """Single words from the lexicon (gap words, scope enders, subjects), as the reader compares them."""
        return set(self.tokens(" ".join(words), said=False))

    # compiling ---------------------------------------------------------------------------
    def _class_phrases(self, name: str) -> list[str]:
        if name not in self.classes:
            raise KeyError(f"lexicon word class <{name}> is not defined")
        return self.classes[name]

    def _class(self, name: str) -> list[tuple[str, ...]]:
        if name not in self._class_sequences:
            self._class_sequences[name] = [seq for phrase in self._class_phrases(name) for seq in self._expand(phrase)]
        return self._class_sequences[name]

    def _expand(self, phrase: str) -> list[tuple[str, ...]]:
        """Every token sequence a phrase stands for, with its word classes filled in."""
        if "<" not in phrase:  # plain words: one sequence, no combinations to make
            tokens = self._literal(phrase)
            return [tokens] if tokens else []
        return self._combinations(self._pieces(phrase))

    def _expand_from(self, phrase: str, first: str) -> list[tuple[str, ...]]:
        """The sequences of a phrase that start with ``first``: its first piece is narrowed before the
        combinations are made ("<SELF_UP_VERB> <REFLEXIVE> off <SEAT>" is 4,750 sequences, 250 of them "get")."""
        if "<" not in phrase:
            return self._expand(phrase)
        pieces = self._pieces(phrase)
        if pieces:
            pieces[0] = [sequence for sequence in pieces[0] if sequence and sequence[0] == first]
        return self._combinations(pieces)

    @staticmethod
    def _combinations(pieces: list[list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
        """Every sequence the pieces make, one choice from each piece in turn."""
        return [tuple(t for piece in combo for t in piece) for combo in product(*pieces) if any(combo)]

    def _pieces(self, phrase: str) -> list[list[tuple[str, ...]]]:
        """The phrase as runs of literal words and word classes, each a list of its token sequences."""
        if "<" not in phrase:
            return [[self._literal(phrase)]]
        pieces: list[list[tuple[str, ...]]] = []
        literal: list[str] = []
        for raw_word in phrase.split() + ["<>"]:
            reference = _CLASS.fullmatch(raw_word)
            if reference or raw_word == "<>":
                if literal:  # literal words together, so multi-word respellings apply as in speech
                    pieces.append([self._literal(" ".join(literal))])
                    literal = []
                if reference:
                    pieces.append(self._class(reference.group(1)))
            else:
                literal.append(raw_word)
        return [piece for piece in pieces if any(piece)]

    def _part_index(self, part: str) -> _Index | _LazyIndex:
        """The index for a rule's or chain's part, made once per distinct part ("<NUMB>" is in many). A part of
        several pieces is expanded only when first tried; its first words come from its first piece."""
        if part not in self._part_indexes:
            whole_class = _CLASS.fullmatch(part)
            members = self._members_by_first(whole_class.group(1)) if whole_class else None
            if members:
                # One word class whose members have classes of their own ("<LONG_SPAN>"): its first words
                # come from each member's first piece, and its combinations are made per first word said.
                self._part_indexes[part] = _ClassIndex(members, self._expand_from)
                return self._part_indexes[part]
            pieces = self._chain_pieces(part) if "<" in part else None
            # Only the first piece is looked at now: a later piece's class ("to <STAND_WALK>") may be thousands
            # of sequences, made only if a word that starts the part is said.
            firsts = self._first_words(pieces[0]) if pieces and len(pieces) > 1 else None
            if firsts is not None:
                self._part_indexes[part] = _LazyIndex(lambda part=part: self._expand(part), frozenset(firsts))
            else:
                self._part_indexes[part] = _Index(self._expand(part))
        return self._part_indexes[part]

    def _file_chain(self, chains: dict[str, list[_Chain]], flag: str, phrase: str) -> None:
        """A phrase with word classes as a chain of its pieces, filed under the words it can start with."""
        parts = tuple(self._part_index(piece) for piece in self._chain_pieces(phrase))
        chain = _Chain(flag, parts, tuple(part.firsts for part in parts[1:]))
        for first in parts[0].firsts:
            chains.setdefault(first, []).append(chain)

    def _members_by_first(self, name: str) -> dict[str, list[str]] | None:
        """A class with nested classes: its members under each word they can start with, found without making
        their combinations. None for a class of plain phrases (cheap to expand whole) or one with a member
        that could start with nothing said. Made once per class: nested classes are met again and again."""
        if name not in self._members_by_first_made:
            self._members_by_first_made[name] = self._make_members_by_first(name)
        return self._members_by_first_made[name]

    def _make_members_by_first(self, name: str) -> dict[str, list[str]] | None:
        members = self._class_phrases(name)
        if not any("<" in member for member in members):
            return None
        by_first: dict[str, list[str]] = {}
        for member in members:
            firsts = self._first_words(self._chain_pieces(member)[0] if member.strip() else "")
            if firsts is None:
                return None
            for first in firsts:
                by_first.setdefault(first, []).append(member)
        return by_first

    def _first_words(self, piece: str) -> set[str] | None:
        """The words a piece (literal words or one word class) can start with, found without making a nested
        class's combinations; None if it could start with nothing said."""
        reference = _CLASS.fullmatch(piece)
        if not reference:
            tokens = self._literal(piece)
            return {tokens[0]} if tokens else None
        nested = self._members_by_first(reference.group(1))
        if nested is not None:
            return set(nested)
        sequences = self._class(reference.group(1))
        return {sequence[0] for sequence in sequences} if all(sequences) else None

    @staticmethod
    def _chain_pieces(phrase: str) -> list[str]:
        """A phrase split into its literal runs and word classes, as text: "<CAN_NOT> get <SEAT>"."""
        pieces: list[str] = []
        for word in phrase.split():
            if _CLASS.fullmatch(word) or not pieces or _CLASS.fullmatch(pieces[-1]):
                pieces.append(word)
            else:
                pieces[-1] += " " + word
        return pieces

    def _literal(self, text: str) -> tuple[str, ...]:
        if text not in self._literal_tokens:
            cached = self._cached_tokens.get(text)
            self._literal_tokens[text] = tuple(cached.split() if cached is not None else self.tokens(text, said=False))
        return self._literal_tokens[text]

    def token_cache(self) -> dict:
        """Every phrase of the lexicon as normalised words, with the lexicon's fingerprint."""
        self._ready()
        for flag in self.raw.get("not_signs", {}):
            self._excluded_index(flag)
        for index in list(self._part_indexes.values()):
            for first in index.firsts:  # builds a lazy part, so its phrases' words are cached too
                index.by_first.get(first, ())
        for kind in self.raw["answers"]:
            self._answer_words(kind)
        known = written_words(self.raw)
        return {"lexicon": fingerprint(self.raw),
                "tokens": {text: " ".join(tokens) for text, tokens in sorted(self._literal_tokens.items())},
                "known_words": sorted(known),
                "sounds_changed": {word: sound for word in sorted(known) if (sound := self._heard(word)) != word}}

    def _sequences(self, phrases: Iterable[str]) -> _Index:
        return _Index(seq for phrase in phrases for seq in self._expand(phrase))

    def _optional_index(self, section: dict, key: str) -> _Index | None:
        """The section's phrases under ``key`` as an index, or None where the locale lists none."""
        return self._sequences(section[key]) if section.get(key) else None

    # matching ----------------------------------------------------------------------------
    def _match_at(self, tokens: list[str], start: int, sequence: tuple[str, ...],
                  keep: range | tuple = ()) -> int | None:
        """End index if ``sequence`` matches from ``start``, allowing a few filler words between its words,
        but never skipping a position in ``keep``.

        Not after the lexicon's ``no_gap_after`` words: "no better" must not reach across "no, it's getting better".
        """
        if tokens[start] != sequence[0]:
            return None
        gap = 0 if sequence[0] in self._no_gap_after else self.max_gap
        position = start + 1
        for wanted in sequence[1:]:
            skipped = 0
            while position < len(tokens) and tokens[position] != wanted:
                if tokens[position] not in self._gap_words or skipped >= gap or position in keep:
                    return None
                if not skipped and self._particle_of_previous(tokens, position):
                    return None
                if self._breaks_clause(tokens, position):
                    return None
                position += 1
                skipped += 1
            if position >= len(tokens):
                return None
            position += 1
        return position

    def _breaks_clause(self, tokens: list[str], position: int) -> bool:
        """Whether one of the ``clause_breaking_runs`` starts at ``position``."""
        return any(tuple(tokens[position:position + len(run)]) == run
                   for run in self._clause_breaking_runs.get(tokens[position], ()))

    def _particle_of_previous(self, tokens: list[str], position: int) -> bool:
        """Whether the word at ``position`` is the particle of the word before it (``bound_particles``), which
        a phrase may not skip as filler."""
        return (tokens[position - 1], tokens[position]) in self._bound_pairs

    def _match_chain(self, tokens: list[str], start: int, chain: _Chain, keep: range | tuple = ()) -> int | None:
        """End index if every piece of the chain follows the last, with at most a few filler words between
        (never skipping a position in ``keep``)."""
        return self._chain_from(tokens, start, chain.parts, 0, keep)

    def _chain_from(self, tokens: list[str], position: int, parts: tuple[_Index, ...], number: int,
                    keep: range | tuple = ()) -> int | None:
        """Pieces ``number`` on, from ``position``. Every alternative of a piece is tried, not only the first
        that matches: "went" and "went off" both start "went off in the ditch", and only the longer one
        lets "ditch" follow."""
        if number == len(parts):
            return position
        reach = 0 if number == 0 else self.max_gap
        if reach and position < len(tokens) and self._particle_of_previous(tokens, position):
            reach = 0
        for at in range(position, min(position + reach + 1, len(tokens))):
            if at > position and (tokens[at - 1] not in self._gap_words or at - 1 in keep
                                  or self._breaks_clause(tokens, at - 1)):
                break
            for end in self._part_ends(tokens, parts[number], at, keep):
                rest = self._chain_from(tokens, end, parts, number + 1, keep)
                if rest is not None:
                    return rest
        return None

    def _part_ends(self, tokens: _Words, part: _Index, at: int, keep: range | tuple = ()) -> list[int]:
        """Where the piece's alternatives said from ``at`` end, first tried first. Many chains share a piece
        ("<CAN_NOT>", "no me puedo"): kept for the text, each piece is matched once at each place."""
        key = (id(part), at)
        if not keep and key in tokens.ends:
            return tokens.ends[key]
        said = tokens.said
        ends: list[int] = []
        for sequence, words in part.by_first.get(tokens[at], ()):
            if not words <= said:
                continue  # a word of the alternative is never said: the usual case, and a cheap one
            end = self._match_at(tokens, at, sequence, keep)
            if end is not None and end not in ends:
                ends.append(end)
        if not keep:
            tokens.ends[key] = ends  # pieces live as long as the lexicon, so their ids stay theirs
        return ends

    def _occurrences(self, tokens: _Words, index: _Index) -> list[tuple[int, int]]:
        """Every (start, end) where one of the index's sequences is said; only first words said are tried."""
        if id(index) in tokens.spans:
            return tokens.spans[id(index)]
        positions = tokens.positions
        said = tokens.said
        spans = []
        for first in said.intersection(index.firsts):
            for start in positions[first]:
                for sequence, words in index.by_first[first]:
                    if words <= said:
                        end = self._match_at(tokens, start, sequence)
                        if end is not None:
                            spans.append((start, end))
        spans.sort()
        tokens.spans[id(index)] = spans  # indexes live as long as the lexicon, so their ids stay theirs
        return spans

    def findings(self, text: str) -> list[Finding]:
        """Every sign the text names, each marked negated or not, in the order said.

        Kept for the last few hundred texts: one request asks about the same words several times.
        """
        self._ready()
        cached = self._cache.get(text)
        if cached is None:
            cached = tuple(self._read(text))
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[text] = cached
        return list(cached)

    def _read(self, text: str) -> list[Finding]:
        tokens = self.tokens(text)
        said = tokens.said
        found: list[Finding] = []
        patterns, chains, ends = self._patterns, self._chains, tokens.ends
        viable: dict[str, list[_Chain]] = {}  # a word's chains whose later pieces can all start here, found once a word
        for start, token in enumerate(tokens):
            for pattern in patterns.get(token, ()):
                if not pattern.words <= said:
                    continue
                end = self._match_at(tokens, start, pattern.tokens)
                if end is not None:
                    found.append(Finding(pattern.flag, start, end, False))
            if token not in viable:
                kept = viable[token] = []
                for chain in chains.get(token, ()):  # _Chain.may_follow, inlined: the reader's hottest loop
                    for firsts in chain.later_firsts:
                        if firsts.isdisjoint(said):
                            break
                    else:
                        kept.append(chain)
            for chain in viable[token]:
                # Most chains a word can start end at once: "no" starts "no me puedo" and a hundred others, and the
                # first piece, matched once here for all of them (``_part_ends``), is usually not said whole.
                first = ends.get((id(chain.parts[0]), start))
                if first is None:
                    first = self._part_ends(tokens, chain.parts[0], start)
                if not first:
                    continue
                end = self._chain_from(tokens, start, chain.parts, 0)
                if end is not None:
                    found.append(Finding(chain.flag, start, end, False))
        candidates = {id(rule): rule for token in said for rule in self._rules_by_first.get(token, ())}
        for rule in candidates.values():
            spans = self._rule_spans(tokens, rule, said)
            if spans is not None:
                found.append(Finding(rule.flag, min(s for s, _ in spans), max(e for _, e in spans), False, spans))
        found = [f for f in dict.fromkeys(found) if not self._excluded_here(tokens, f)]
        if self._whole_chains:
            found += [f for f in self._whole_findings(tokens) if f not in found and not self._excluded_here(tokens, f, before=True)]
        pseudo = self._pseudo_starts(tokens)
        # The "no" that opens a correction ("no, sorry, thirty eight point seven") takes back what came before
        # it; it does not deny what follows. One that ends it ("bueno no, no tengo") still may.
        corrections = self._occurrences(tokens, self._corrections) if self._corrections else []
        # A bare "no" that opens the request before "my" or "his" answers something asked before; the sentence
        # after it is said, not denied: "no, my legs are numb" (but "no numbness in my legs" denies, and "no, my
        # fever is gone" still does).
        opening = self._opening_answer(tokens, corrections)
        cues = [(s, e) for s, e in self._occurrences(tokens, self._cues)
                if s not in pseudo and not any(cs <= s and e < ce for cs, ce in corrections)
                and not (s < opening < len(tokens) and tokens[opening] in self._answer_no_before and not self._said_over(text))]
        # Only doubt that closes what is said counts: "but he might have" at the end, not "... might have a cold".
        # ... unless the speaker closes it with a contrast and a bare no: "mi hijo cree que sí, pero no" (a tag
        # question, "creo que sí, ¿o no?", is doubt still).
        reopened = [start for start, end in self._occurrences(tokens, self._reopeners)
                    if end == len(tokens) or tokens[end] in self._scope_enders
                    and not (tokens[end] in self._rule_breakers and tokens[end + 1:] == ["no"])] if self._reopeners else []
        whole = [end for _, end in self._occurrences(tokens, self._whole_cues)] if self._whole_cues else []
        read = sorted((f._replace(negated=(self._negated(tokens, f, cues) or self._wholly_denied(tokens, f, whole))
                                  and not self._reopened(f, reopened))
                       for f in found), key=lambda f: (f.start, f.end))
        if self._new_clause_clitics:
            read = self._own_clauses(tokens, read, cues)
        if corrections:
            read = self._corrected(tokens, read, corrections)
        if (self._asked_if or self._ask_verbs) and any(f for f in read if not f.negated):
            read = self._answered_when_asked(tokens, read)
        if self._ability:
            read = read + self._unable_when_asked(tokens)
        if self._long_ago_markers and any(f.flag in self._long_ago_flags and not f.negated for f in read):
            read = self._history(tokens, read)
        return self._answered_no(tokens, read, cues) if self._post_cues else read

    def _history(self, tokens: _Words, findings: list[Finding]) -> list[Finding]:
        """An event placed long ago, within a rule's window of it ("since a bronc stomped me twenty years ago", "de
        chamaco"), is read as denied now: a back hurt long ago is the chronic condition, which its own signs raise.
        Anything recent said anywhere ("again", "yesterday", "desde hace años" as a span up to now) keeps it."""
        if self._recent_markers and self._occurrences(tokens, self._recent_markers):
            return findings
        markers = self._occurrences(tokens, self._long_ago_markers)
        if not markers:
            return findings
        return [f._replace(negated=True) if f.flag in self._long_ago_flags and not f.negated and any(
                    start - self.window <= f.end and f.start <= end + self.window for start, end in markers) else f
                for f in findings]

    def _whole_findings(self, tokens: _Words) -> list[Finding]:
        """The whole signs said: a not-sign inside one does not cancel it, as the whole says more than its part."""
        found = []
        for start, token in enumerate(tokens):
            for chain in self._whole_chains.get(token, ()):
                if chain.may_follow(tokens.said):
                    end = self._match_chain(tokens, start, chain)
                    if end is not None:
                        found.append(Finding(chain.flag, start, end, False))
        return found

    def _unable_when_asked(self, tokens: _Words) -> list[Finding]:
        """An ability asked about and reported answered no is the inability said: "i asked if she could pee and
        she said no" reads as "she could not pee", "le pregunté si puede caminar y dijo que no" as "no puede
        caminar". A no to a sign's absence is a sign."""
        asks = self._asks(tokens)
        if not asks:
            return []
        # Any no counts here, whatever follows ("said no, he's been trying all morning"): a no to "can he pee" is the
        # sign said, and the skill errs toward care. Only "said no problem" answers something else.
        other = {start for start, _ in self._occurrences(tokens, self._not_after_no)} if self._not_after_no else set()
        answers = [start for start, end in self._occurrences(tokens, self._said_no) if end not in other]
        words = tokens.words  # one word per token, before stemming
        modals, negation, after, clitics = self._ability
        found: list[Finding] = []
        for _, ask_end in asks:
            answer = next((start for start in answers if start > ask_end), None)
            if answer is None or answer - ask_end > self.negation_window + 4:
                continue
            asked = words[ask_end:answer]
            at = next((i for i, word in enumerate(asked) if word in modals or word in self._ability_before), None)
            if at is None or negation in asked:
                continue  # no ability asked, or a negative question ("if she could not pee"), the asked-if rule's
            if after and asked[at + 1:at + 2] and asked[at + 1] in self._subjects:
                said = asked[:at] + [asked[at + 1], asked[at], negation] + asked[at + 2:]  # "could he pee": "he could not pee"
            elif after and asked[at] in self._ability_before:
                said = asked[:at] + [negation] + asked[at:]
            elif after:
                said = asked[:at + 1] + [negation] + asked[at + 1:]
            else:
                at = at - 1 if at and asked[at - 1] in clitics else at
                said = asked[:at] + [negation] + asked[at:]
            flags = dict.fromkeys(f.flag for f in self.findings(" ".join(said)) if not f.negated)
            found += [Finding(flag, ask_end, answer, False, ()) for flag in flags]
        return found

    def _corrected(self, tokens: list[str], findings: list[Finding], marks: list[tuple[int, int]]) -> list[Finding]:
        """A sign said, then an explicit correction ("no wait", "scratch that", "mejor dicho"), then soon after
        the same sign denied in its own words, or a normal reading said ("no wait, it's ninety eight point six"):
        the speaker took it back, so it is denied. Anything less keeps the sign, as the skill errs toward care:
        a denied detail of the same group ("chest pain, no wait, i'm not short of breath"), a denial said far
        from the correction, a reading itself denied. Only the later word counts: "i didn't fall, wait, i did"."""
        cues = self._occurrences(tokens, self._cues)
        # A correction's own "no" ("no perdón, casi me caigo", "no no, ninety eight point six") denies nothing
        # of the reading after it.
        reading_cues = [start for start, _ in cues if not any(opening <= start < close for opening, close in marks)]
        place_denials = set(self._occurrences(tokens, self._place_denials))
        redescriptions = [start for start, _ in self._occurrences(tokens, self._redescribed_by)] if self._redescribed_by else []

        def redescribed(end: int) -> bool:
            return any(end <= start <= end + 2 for start in redescriptions)

        def own_words(finding: Finding) -> set[str]:
            return {t for t in tokens[finding.start:finding.end]
                    if t not in self._gap_words and t not in self._scope_enders and t not in self._cues.firsts}

        def taken_back(f: Finding, end: int) -> bool:
            soon = range(end, end + self.negation_window + 1)
            if any(g.flag == f.flag and g.start >= end and not g.negated for g in findings):
                return False  # said again after the correction
            if any(g.negated and g.flag == f.flag and g.start in soon and own_words(f) & own_words(g)
                   and not redescribed(g.end) for g in findings):
                return True
            return f.flag in self._opposites and any(
                s in soon and not any(s - 2 <= c < s for c in reading_cues)
                and ((s, e) not in place_denials or own_words(f) & set(tokens[s:e]))
                for s, e in self._occurrences(tokens, self._opposites[f.flag]))

        return [f._replace(negated=True) if not f.negated and any(
            f.end <= start and taken_back(f, end) for start, end in marks) else f for f in findings]

    def _opening_answer(self, tokens: list[str], corrections: list[tuple[int, int]]) -> int:
        """Where the answer that opens a request ends: its bare noes and corrections ("no", "no no", "i mean no,
        no"), or 0 when it opens otherwise."""
        at = 0
        while at < len(tokens):
            step = next((end for start, end in corrections if start == at), None)
            if step is None and tokens[at] in self._answer_noes:
                step = at + 1
            if step is None:
                return at
            at = step
        return at

    def _said_over(self, text: str) -> bool:
        """"no, my fever is gone": the sign after an opening no is said to be over, in so many words, and nothing
        near says it is not ("no, the fever never went away", "no, the fever is back", "no, it went down but it's still
        a hundred and two"). Only the opening words can say it is over: "no, my legs are numb but the fever is gone"
        says the numbness."""
        words = _WORD.findall(fold(text))[1:12]
        said = f" {' '.join(words[:6])} "
        return any(phrase in said for phrase in self._over_phrases) and self._over_unless.isdisjoint(words)

    def _own_clauses(self, tokens: list[str], findings: list[Finding], cues: list[tuple[int, int]]) -> list[Finding]:
        """Spanish drops its subjects: a sign that opens with its own clitic verb right where a denied clause
        ends is a clause of its own, not more of the denial: "no me caí, me resbalé" says the slip, and "no se
        pegó, se cayó" or "no se fue a trabajar, se orinó" the fall and the wetting. A denied clause is a denied
        sign, or a clitic verb of up to three words right after the cue with no other cue after it ("no me duele
        ni se me duermen las piernas" denies both), or a "no" and up to three content words
        (``_denied_content_clause_ends``). The next clause's clitic verb may come up to three words before the sign's."""
        clitics = self._new_clause_clitics
        cue_starts = {start for start, _ in cues}
        ends = {f.end for f in findings if f.negated}
        ends |= {at for _, cue_end in cues if cue_end < len(tokens) and tokens[cue_end] in self._denied_clause_openers
                 for at in range(cue_end + 2, cue_end + 5) if not any(cue_end <= other < at for other in cue_starts)}
        ends |= {at for start, cue_end in cues if tokens[start] in self._concord_negators
                 for at in self._denied_content_clause_ends(tokens, cue_end, cue_starts)}
        # A "nada" right after a verb that follows a "no" is that verb's object, however the "no" was read ("no
        # aguanto nada"): it closes the clause, and one that opens with its own clitic after it is said. Not "para
        # nada" or "no, nada": those deny what follows.
        ends |= {cue_end for start, cue_end in cues if self._closes_denial(tokens, start, cue_starts)
                 and not self._concord_negators.isdisjoint(tokens[max(0, start - 3):start])}
        # The clause's clitic verb may come before the sign's own words: "no puede, se queda tirado en el piso",
        # "no me duele, se me quedan dormidas las piernas" (a clitic up to three words before it, no cue between).
        return [f._replace(negated=False) if f.negated and any(
                    at in ends and tokens[at] in clitics and not any(at <= start < f.start for start in cue_starts)
                    for at in range(max(0, f.start - 3), f.start + 1))
                else f for f in findings]

    def _denied_content_clause_ends(self, tokens: list[str], cue_end: int, cue_starts: set[int]) -> range:
        """Where a denied clause of one to three content words ends: "no aguanto, se me sale la orina", "no
        retengo nada, me orino encima" (a "nada" that only closes the denial, as Spanish says it twice, is part of
        it). Not when a function word, a degree, a subject or a "que" is among them: "nunca en su vida se ha
        caído" and "no, para nada se ha caído" still deny. Only after a "no" (``concord_negators``), whose next
        word is its verb: after "ni" it may be the clitic verb's own object put first ("ni cuenta me di")."""
        for at in range(cue_end, min(cue_end + 3, len(tokens))):
            closes = at > cue_end and self._closes_denial(tokens, at, cue_starts)
            if not closes and not self._content_word(tokens, at, cue_starts):
                return range(cue_end + 1, at + 1) if at > cue_end else range(0)
        return range(cue_end + 1, min(cue_end + 4, len(tokens) + 1))

    def _closes_denial(self, tokens: list[str], at: int, cue_starts: set[int]) -> bool:
        """A negative object ("nada") right after a content word: it ends the denied clause it belongs to."""
        return tokens[at] in self._concord_objects and at > 0 and self._content_word(tokens, at - 1, cue_starts)

    def _content_word(self, tokens: list[str], at: int, cue_starts: set[int]) -> bool:
        """A word that may be a denied clause's own verb or object: no function word, degree, subject, clitic or cue."""
        word = tokens[at]
        return not (word in self._gap_words or word in self._scope_enders or word in self._subjects
                    or word in self._degree_words or word in self._new_clause_clitics or at in cue_starts)

    def _asks(self, tokens: _Words) -> list[tuple[int, int]]:
        """Each reported question: a listed asking phrase, or an asking verb and its "if" with up to a few words of
        who was asked between, none of which ends a clause."""
        asks = self._occurrences(tokens, self._asked_if) if self._asked_if else []
        if self._ask_verbs.isdisjoint(tokens.said):
            return asks
        for verb in (i for i, token in enumerate(tokens) if token in self._ask_verbs):
            for join in range(verb + 1, min(verb + 2 + self._ask_between, len(tokens))):
                if tokens[join] in self._ask_joins or tokens[join] in self._ask_question_joins:
                    end = join + 1 if tokens[join] in self._ask_joins else join
                    if not any(start <= verb < stop for start, stop in asks):
                        asks.append((verb, end))
                    break
                if tokens[join] in self._scope_enders:
                    break
        return sorted(set(asks))

    def _narrowed_to_the_back(self, tokens: _Words, narrower: int) -> bool:
        """"said no, just the back": a no narrowed to the back itself is still a no."""
        return self._narrowed_still_no is not None and any(
            narrower < start <= narrower + 2 for start, _ in self._occurrences(tokens, self._narrowed_still_no))

    def _clause_breaks_at(self, tokens: list[str], at: int) -> bool:
        """Nothing more, a scope-ending word or a new subject at ``at``: what was said before it is whole."""
        return at == len(tokens) or tokens[at] in self._scope_enders or tokens[at] in self._subjects

    def _answered_when_asked(self, tokens: list[str], findings: list[Finding]) -> list[Finding]:
        """A sign inside a reported question ("i asked if she fell") whose reported answer is no soon after
        ("and she said no") is denied; the answer must come within the negation window of the sign."""
        asks = self._asks(tokens)
        if not asks:
            return findings
        if self._unreliable and self._occurrences(tokens, self._unreliable):
            return findings  # a confused person's no is no answer
        # The no must be the whole answer, and the last word on it: said last, or followed by a new clause that
        # neither narrows it ("said no, only his feet"), doubts it ("but i'm not sure", "no se acuerda", "but now
        # i do") nor says the sign again ("said no, just pressure in his chest"). Anything else keeps the sign.
        answers = []
        firm = self._occurrences(tokens, self._firm_no) if self._firm_no else []
        doubts = self._occurrences(tokens, self._doubt_after_no) if self._doubt_after_no else []
        for start, end in self._occurrences(tokens, self._said_no):
            if any(start_ == end and self._clause_breaks_at(tokens, stop) for start_, stop in firm):
                answers.append(start)  # "said no, not at all": a no said twice over
                continue
            if not self._clause_breaks_at(tokens, end) or (
                    end < len(tokens) and tokens[end] in self._narrowers and not self._narrowed_to_the_back(tokens, end)):
                continue
            if any(doubt >= end for doubt, _ in doubts) or any(f.start >= end and not f.negated for f in findings):
                continue
            answers.append(start)

        cue_starts = [start for start, _ in self._occurrences(tokens, self._cues)]

        bare_last = any(end == len(tokens) for _, end in self._occurrences(tokens, self._said_no))

        def answered_no(f: Finding) -> bool:
            if any(_inside(start, f.parts or ((f.start, f.end),)) for start in cue_starts) and any(
                    end <= f.start <= end + 2 for _, end in asks) and bare_last:
                return False  # "i asked if he still can't pee and he said no": a bare no to a negative question is unclear
            return any(end <= f.start <= end + self.negation_window for _, end in asks) and any(
                f.end <= start <= f.end + self.negation_window for start in answers)

        return [f._replace(negated=True) if not f.negated and answered_no(f) else f for f in findings]

    def _answered_no(self, tokens: list[str], findings: list[Finding], cues: list[tuple[int, int]]) -> list[Finding]:
        """A sign said bare and answered by a bare no is denied: "fever? no", "numbness, none", "fever? no,
        he's fine". Before the sign, nothing but filler or earlier answers ("i have a fever, no?" asks, and
        stays a sign); after the no, the end, "but" or "and", a new subject or another denial ("no sir,
        never"). A no followed by another sign is not this rule's: without commas "fever, no chills" says
        the fever is there. "dizzy, no joke" stays a sign, and a sign with its own cue is agreed to, not
        denied ("i can't walk, no"); so is a sign asserted (``asserted_by``: an article, as in "a fever no", what a
        slot keeps of "i have a fever, no?"). Spanish has no bare-no rule: its slots lose the verb that tells a tag
        question apart. Its post cues carry their verb ("fiebre no le ha dado", "calentura no tiene"), as a sign put
        first and then denied is said."""
        out: list[Finding] = []
        answered_to = 0  # every token before this is filler or an answered sign
        starts = {f.start for f in findings}
        asserted_at = [s for s, _ in self._occurrences(tokens, self._asserted_by)]
        for finding in findings:
            if finding.start < answered_to:
                out.append(finding._replace(negated=True) if finding.end <= answered_to else finding)
                continue
            bare = all(tokens[i] in self._gap_words or tokens[i] in self._scope_enders
                       for i in range(answered_to, finding.start))
            parts = finding.parts or ((finding.start, finding.end),)
            end = finding.end
            no_end = None
            asserted = any(answered_to <= s < end for s in asserted_at)
            if (bare and not asserted and end < len(tokens) and end not in starts
                    and not any(_inside(s, parts) for s, _ in cues)):
                for sequence, _ in self._post_cues.by_first.get(tokens[end], ()):
                    stop = end + len(sequence)
                    if tuple(tokens[end:stop]) == sequence and (
                            stop == len(tokens) or tokens[stop] in self._scope_enders
                            or tokens[stop] in self._subjects or tokens[stop] in self._post_cues.firsts
                            or any(start == stop for start, _ in cues)):
                        no_end = stop
                        break
            if no_end is None:
                out.append(finding)
                continue
            out.append(finding._replace(negated=True))
            answered_to = no_end
        return out

    def _reopened(self, finding: Finding, reopened: list[int]) -> bool:
        """A denial taken back by doubt soon after it, closing the clause: "he didn't fall, but he might have"
        is a maybe, and a maybe counts as said."""
        return any(finding.end <= start <= finding.end + self.negation_window for start in reopened)

    def _rule_spans(self, tokens: list[str], rule: _Rule, said: set[str]) -> tuple[tuple[int, int], ...] | None:
        """Each part's span, at the first place where every part of the rule is said close together."""
        if any(part.firsts.isdisjoint(said) for part in rule.parts):
            return None  # some part's first word is never said: the usual case, and a cheap one
        per_part = []
        for part in rule.parts:  # a part never said ends the search before the later parts are read
            spans = self._occurrences(tokens, part)
            if not spans:
                return None
            per_part.append(spans)
        for combo in product(*per_part):
            start, end = min(s for s, _ in combo), max(e for _, e in combo)
            if end - start <= self.window and not any(
                    tokens[i] in self._rule_breakers for i in range(start, end) if not _inside(i, combo)):
                return tuple(combo)
        return None

    def _excluded_here(self, tokens: list[str], finding: Finding, before: bool = False) -> bool:
        """"my leg fell asleep" is not a fall: a not-sign phrase covering the finding's start cancels it.

        A rule's parts are said apart, so a not-sign covering the start of any part cancels it: "hope"
        with "not wake up" is a wish not to live, but "not wake up with this pain" is not.
        A not-sign may skip filler words ("skin a little numb"), but never a word of the sign itself:
        "end it with" (a stretch) must not swallow the "all" of "ending it all with this back".
        A whole sign (``before``) is cancelled only by a not-sign that starts before it: "por si se me cae una viga en
        la espalda" asks what if, while the "se me cayó" inside it is the whole sign's own words.
        """
        starts = {finding.start} | {start for start, _ in finding.parts}
        own = () if before else range(finding.start, finding.end)
        said, last = tokens.said, max(starts)
        for index, chains, anchored in self._excluded_index(finding.flag):
            def covers(s: int, e: int) -> bool:
                if before:
                    return not anchored and s < finding.start < e
                return s in starts if anchored else any(s <= start < e for start in starts)
            for s, e in self._occurrences(tokens, index):
                if covers(s, e) and any(
                        self._match_at(tokens, s, sequence, keep=own) == e for sequence, _ in index.by_first[tokens[s]]):
                    return True
            for s, token in enumerate(tokens[:last + 1]):  # a not-sign starting after every start covers none
                for chain in chains.get(token, ()):
                    if not chain.may_follow(said):
                        continue
                    end = self._match_chain(tokens, s, chain, keep=own)
                    if end is not None and covers(s, end):
                        return True
        return False

    def _excluded_index(self, flag: str) -> list[tuple[_Index, dict[str, list[_Chain]], bool]]:
        """A flag's not-signs: plain phrases as sequences, phrases with word classes as chains, matched piece
        by piece like the signs' (expanded, "<LIGHT_OBJECT> <FALL_EVENT>" alone was thousands of sequences
        to build at the first fall a cold start reads).

        A not-sign written with a leading "^" cancels only a sign that starts where it starts: "^is not breathing
        <BREATH_MANNER>" cancels "is not breathing" in "he's not breathing fast", not the fast breathing it denies."""
        if flag not in self._excluded:
            groups = []
            for anchored in (False, True):
                phrases = [p[1:].strip() if anchored else p for p in self.raw.get("not_signs", {}).get(flag, [])
                           if p.startswith("^") == anchored]
                if anchored and not phrases:
                    continue
                chains: dict[str, list[_Chain]] = {}
                for phrase in phrases:
                    if _CLASS.search(phrase):
                        self._file_chain(chains, flag, phrase)
                groups.append((self._sequences(p for p in phrases if not _CLASS.search(p)), chains, anchored))
            self._excluded[flag] = groups
        return self._excluded[flag]

    def _answer_words(self, kind: str) -> _Index:
        if kind not in self._answer_cues:
            self._answer_cues[kind] = self._sequences(self.raw["answers"].get(kind, []))
        return self._answer_cues[kind]

    def _negated(self, tokens: list[str], finding: Finding, cues: list[tuple[int, int]]) -> bool:
        """Negated when a cue governs the sign, or, for a rule, any one of its parts: "no numbness down
        there", "the pain doesn't spread into my chest"."""
        parts = finding.parts or ((finding.start, finding.end),)
        # A cue inside the sign's own words makes it part of the sign ("can't control my bowels", "nothing
        # has touched it"), and such a sign is said, not denied: "i can't sleep, nothing helps".
        if any(_inside(start, parts) for start, _ in cues):
            return False
        if finding.end < len(tokens) and tokens[finding.end] in self._degree_after:
            return False  # "no tiene fiebre alta": how high is denied, not the fever
        if finding.flag in self._redescribed_flags and self._redescribed_after(tokens, finding.end):
            return False  # "not chest pain, more like pressure": the word is taken back, not the sign
        if any(self._removed_before(tokens, start) for start, _ in parts):
            return False  # "nothing gets rid of the numbness": what is denied is the taking away
        return any(self._negated_at(tokens, start, cues, cues) for start, _ in parts)

    def _removed_before(self, tokens: _Words, start: int) -> bool:
        """A verb that takes the sign away said right before it ("rid of the", "le quita la"), not as a purpose."""
        for size in range(1, min(self._longest_removal, start) + 1):
            if tuple(tokens[start - size:start]) in self._removals:
                before = start - size
                return not any(tuple(tokens[before - len(purpose):before]) == purpose for purpose in self._removal_purposes)
        return False

    def _redescribed_after(self, tokens: _Words, end: int) -> bool:
        """A re-description within three words after the sign ("more like", "más bien"), unless it moves the
        complaint to the back itself ("not chest pain, more like my back is tight")."""
        if self._redescribed_by is None:
            return False
        for start, stop in self._occurrences(tokens, self._redescribed_by):
            if end <= start <= end + 3:
                return not (self._narrowed_still_no is not None and any(
                    stop <= back <= stop + 2 for back, _ in self._occurrences(tokens, self._narrowed_still_no)))
        return False

    def _degree_before(self, tokens: _Words, start: int, cue_end: int) -> bool:
        """A degree word said right before the sign, over filler only ("not a high fever", "not very bad chest pain"),
        and after the cue: one said of something before ("no high blood pressure or fever") does not count."""
        at = start - 1
        while at >= cue_end and tokens[at] in self._gap_words and tokens[at] not in self._degree_words:
            at -= 1
        return at >= cue_end and tokens[at] in self._degree_words

    def _new_clause_verb(self, tokens: _Words, start: int, cue_start: int, cue_end: int) -> bool:
        """Alexa sends no commas: in "no fever fainted this morning" or "no tiene fiebre tiene las piernas dormidas", a
        finite verb (``clause_verbs``, as said, not stemmed) after words the cue denied, and no later than the sign's
        first word, starts a clause of its own, so the sign is said. Not a verb right after the cue ("didn't faint",
        "never really fainted"), nor one listed with "or" ("didn't trip or fall"), nor one inside the sign's own words:
        "it's not the worst pain i've ever had" denies it; nor the verb of a cue that is the subject of a group
        (``partitive_cues``: "none of my guys got hit")."""
        if not self._clause_verbs:
            return False
        said = tokens.words
        for at in range(cue_end + 1, start + 1):
            if said[at] in self._clause_verbs and tokens[at - 1] not in self._list_joiners and tokens[at - 1] not in self._list_continuers:
                return any(tokens[between] not in self._gap_words for between in range(cue_end, at)) and not any(
                    tuple(tokens[cue_start:cue_start + len(partitive)]) == partitive for partitive in self._partitives)
        return False

    def _wholly_denied(self, tokens: list[str], finding: Finding, whole_ends: list[int]) -> bool:
        """A whole-denial cue ("not that", "no es que") up to three words before the sign, with nothing
        between that ends its scope, denies it even when the sign has a cue of its own: "it's not that he
        can't walk" (both "can't walk" and its "not walk")."""
        return any(end <= finding.start <= end + 3 and not any(
            t in self._scope_enders for t in tokens[end:finding.start]) for end in whole_ends)

    def _negated_at(self, tokens: list[str], start: int, cues: list[tuple[int, int]],
                    all_cues: list[tuple[int, int]] = ()) -> bool:
        """A cue negates a sign when nothing between them ends its scope: a scope-ending word, a new
        subject, or another cue ("i can't sleep, nothing helps": the "not" does not reach "helps")."""
        for cue_start, cue_end in cues:
            if cue_end > start or start - cue_end > self.negation_window:
                continue
            between = tokens[cue_end:start]
            # A clinical denial lists what it denies: "denies chest pain and shortness of breath" (or "... and any
            # numbness") denies both. Only an item within three words after "and" is listed, and not one that opens
            # a clause of its own ("denies fever and fell down the stairs", "niega fiebre y tiene las piernas dormidas").
            joints = [j for j in range(max(cue_end, start - 3), start) if tokens[j] in self._list_continuers]
            listed = (bool(joints) and self._list_breakers.isdisjoint(tokens[joints[-1] + 1:start + 1])
                      and self._list_cues is not None
                      and any(begin == cue_start for begin, _ in self._occurrences(tokens, self._list_cues)))
            enders = self._scope_enders - self._list_continuers if listed else self._scope_enders
            if any(t in enders or (t in self._subjects and not (
                    cue_end + i + 1 < start and tokens[cue_end + i + 1] in self._list_joiners))
                   for i, t in enumerate(between)):
                continue
            if any(cue_end <= other < start for other, _ in all_cues):
                continue
            if self._degree_before(tokens, start, cue_end) or any(
                    cue_start < bound <= start for _, bound in self._occurrences(tokens, self._place_denials)):
                continue  # a degree denied ("not a high fever"), or a place denied ("not my chest") before the place meant
            if self._new_clause_verb(tokens, start, cue_start, cue_end):
                continue  # "no fever, fainted this morning": a verb after the denied words opens a clause of its own
            return True
        return False

    # answers -----------------------------------------------------------------------------
    def signs(self, text: str) -> list[str]:
        """Flags said and not denied, first said first, each once."""
        seen: list[str] = []
        for finding in self.findings(text):
            if not finding.negated and finding.flag not in seen:
                seen.append(finding.flag)
        return seen

    def answer(self, text: str) -> str | None:
        """A full-sentence reply to a yes/no question: "yes", "no", "unsure", or None if it is neither.

        A sign said and not denied is a yes; doubt is "unsure" (which counts as yes for serious signs);
        a reply that starts with a no word, or only denies signs, is a no.
        """
        tokens = self.tokens(text)
        if not tokens:
            return None
        findings = self.findings(text)
        if any(not f.negated for f in findings):
            return "yes"

        def said(kind: str, at_start: bool = False, alone: bool = False) -> bool:
            return any((s == 0 or not at_start) and (e == len(tokens) or not alone)
                       for s, e in self._occurrences(tokens, self._answer_words(kind)))

        if said("unsure") and not said("no_despite_unsure"):
            return "unsure"
        if said("no", at_start=True):
            return "no"
        if said("yes", at_start=True):
            return "yes"
        if said("yes_at_end", alone=True):
            return "yes"  # said last, after the detail: "there's some pressure there, yes"
        # Only denied signs, or reassurance ("her bladder's fine", "this is the first time"), is a no.
        if findings or said("no_anywhere"):
            return "no"
        if said("yes_alone", at_start=True, alone=True):
            return "yes"
        # A negation with no sign said ("she has no trouble with her bladder") answers no.
        if any(s not in self._pseudo_starts(tokens) for s, _ in self._occurrences(tokens, self._cues)):
            return "no"
        return None

    def _pseudo_starts(self, tokens: list[str]) -> set[int]:
        return {i for s, e in self._occurrences(tokens, self._pseudo) for i in range(s, e)}


CACHE_SIZE = 256
NEAR_JOIN_LENGTH = 9  # a split word joined to the nearest long word of the lexicon: this long at least ...
NEAR_JOIN_EDITS = 2  # ... and this many letters different at most (one below NEAR_JOIN_TWO_EDITS letters)
NEAR_JOIN_TWO_EDITS = 12
_DOUBLED_LETTER = re.compile(r"(.)\1")
FUSED_REST_LENGTH = 4  # a fused little word is split off only before a known word this long: "alpiso", not "algo"


def _letter_pairs(word: str) -> frozenset[str]:
    return frozenset(word[i:i + 2] for i in range(len(word) - 1))


def _syllable(piece: str) -> str:
    """A piece of a split word as the syllable it stands for, when the recogniser wrote the syllable as a word or a
    letter's name: a doubled letter once ("oss", "tee"), a vowel's trailing h dropped ("oh")."""
    piece = _DOUBLED_LETTER.sub(r"\1", piece)
    return piece[:-1] if len(piece) == 2 and piece[1] == "h" and piece[0] in "aeiou" else piece


def _edits_within(a: str, b: str, limit: int) -> int | None:
    """The edit distance of ``a`` and ``b`` when at most ``limit``, else None (rows stop once all exceed it)."""
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        if min(current) > limit:
            return None
        previous = current
    return previous[-1] if previous[-1] <= limit else None


# Stems and sounds kept per word; a service that has heard this many distinct words starts again.
WORD_CACHE_SIZE = 50_000


def fold(text: str) -> str:
    """Lowercase, typographic apostrophes made plain, and accents taken off letters ("orinó" -> "orino",
    "caída" -> "caida", "año" -> "ano"), so a word is one word however it is written or recognised."""
    text = unicodedata.normalize("NFKC", text or "").lower().replace("\u2019", "'").replace("\u2018", "'")
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def all_respellings(normalise: dict) -> dict[str, str]:
    """Every respelling, heard words to meant words: the plain ones, and those heard only after some words
    ("respellings_after"), each made whole with what it follows. "number" is "numb" only after "my legs are
    going", "bread" is "breath" only after "short of"; written once per slip rather than once per context, and
    the context as a list of words or as one word from each of several lists ("after_each")."""
    respellings = dict(normalise["respellings"])
    for rule in normalise.get("respellings_after", []):
        # "after_each": one word from each list, in order ("legs" or "feet", then "went" or "are going").
        each = [" ".join(words) for words in product(*rule.get("after_each", []))] if rule.get("after_each") else []
        for before in [*rule.get("after", []), *each]:
            for heard in rule["heard"]:
                source = f"{before} {heard}"
                if source in respellings:
                    raise ValueError(f"respelling {source!r} is written twice")
                respellings[source] = f"{before} {rule['as']}".rstrip()  # "as" may be nothing: "keeps on" is "keeps"
    return respellings


def fingerprint(raw: dict) -> str:
    """Names one exact lexicon, to tell a stale compiled file from this lexicon's: the length and two
    checksums of its ``marshal`` bytes. Not hashlib: importing it (OpenSSL) took 16 ms of a cold start that
    reads words; not JSON: writing the lexicon out as sorted JSON took 2 to 3 ms of it, marshal a tenth of
    that. marshal's format 2 (no back-references, which depend on how shared the strings happen to be) writes
    the same dict, read from the same file, the same way; another Python version may
    write it differently, which only makes the compiled file stale (a slower first read, never a wrong one).
    An accidental edit that keeps the length and both checksums is beyond any real chance."""
    import marshal  # noqa: PLC0415 - only a compile or a cache check needs it
    import zlib  # noqa: PLC0415

    data = marshal.dumps(raw, 2)
    return f"{len(data)}-{zlib.crc32(data):08x}-{zlib.adler32(data):08x}"


def written_words(raw: dict) -> frozenset[str]:
    """Every word written in the lexicon outside its normalising tables, as written: the words a recogniser's
    pieces may join into, and that a stutter never drops."""
    def strings(value) -> Iterable[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, (list, dict)):
            for item in value.values() if isinstance(value, dict) else value:
                yield from strings(item)
    return frozenset(word for key, section in raw.items() if key not in ("about", "normalise")
                     for text in strings(section) for word in text.split() if word.isalpha())


def _inside(index: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= index < e for s, e in spans)
