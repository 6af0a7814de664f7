"""Language understanding trained only from the interaction model.

Intent: a linear classifier over word and character n-grams of the model's sample utterances,
trained with scikit-learn once per model and answered from cached weights (``cache.py``), with
slots filled by the slot types' values and synonyms. Character n-grams carry it
over typos and word order; a similarity floor sends what looks like nothing in the model to
AMAZON.FallbackIntent, as Alexa does. Slots: the sample templates first, then a fuzzy search
(rapidfuzz) for custom values and patterns for the built-in types; custom values are resolved to
their ids the way Alexa's entity resolution does.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import cached_property, lru_cache, partial
from typing import NamedTuple

from .classifier import CompiledClassifier
from .envelopes import SIMULATOR_SKILL_ID, slot as slot_json
from .locales import LocaleResources, for_locale
from .model import SLOT_REFERENCE, InteractionModel, SlotValue
from .text import fold, normalize, without_apostrophes

FALLBACK = "AMAZON.FallbackIntent"
REPORT = "ReportSymptomIntent"
# Alexa's answers to a yes/no question: said as one of their phrases first ("yes", "no, nothing like that"),
# never as a sentence that happens to hold "absolutely" or "hasn't".
ANSWERS = ("AMAZON.YesIntent", "AMAZON.NoIntent")
LONG_STORY_WORDS = 9
# The lowest score at which a long story's closing question is taken as its topic.
QUESTION_FLOOR = -0.5
# A request that surely opens as a question asks its best topic unless reporting a symptom scores this much
# higher: a question is not a report, though "can i take my arthritis pills for this back spasm" has more
# symptom words than question words.
QUESTION_MARGIN = 1.0
# The fewest words a question said before a story keeps: "where's the er", "can i take".
QUESTION_HEAD_WORDS = 3
# The words of a language (story breaks, question words, negations, fillers) are the locale's data:
# ``alexa/<locale>/language.json``, read by ``locales.py``.


# Below this cosine similarity to every training utterance, a request is out of the model's domain.
MIN_SIMILARITY = 0.36
# A one-vs-rest score this high for an intent of the skill is the classifier being sure: the word
# heuristics below do not overrule it.
SURE_SCORE = 0.0
# At least this share of an utterance's content words must be words the model knows; a word that is
# only close to a known one (a typo, or a different word) counts for less.
MIN_KNOWN_WORDS = 0.5
TYPO_SCORE = 75
# A request all of whose content words are the model's own is in its domain however it strings them.
ALL_KNOWN = 0.99
TYPO_CREDIT = 0.4
# How close a spoken value must be to a slot value or synonym (0-100) to resolve to it.
MATCH_SCORE = 86
# Each slotted sample is expanded with this many values at least; every value appears somewhere.
MIN_FILLS_PER_SAMPLE = 6
# The most words a built-in date or duration takes ("two and a half weeks").
MAX_BUILTIN_WORDS = 5
FILLS_PER_VALUE = 2


@lru_cache(maxsize=1)
def _fuzzy():
    """rapidfuzz, imported at the first near match: a one-shot request that is a sample never needs it."""
    import rapidfuzz  # noqa: PLC0415
    import rapidfuzz.fuzz  # noqa: PLC0415
    import rapidfuzz.process  # noqa: PLC0415

    return rapidfuzz


def _word_stem(word: str, endings: tuple[str, ...]) -> str:
    """A word without its inflection ("peeing", "peed", "pees" all "pee"), for telling known words.

    ``endings`` are the language's (``word_endings`` in its language.json), the first that fits taken."""
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsaeiou":
        word = word[:-1]  # "slipped" -> "slipp" -> "slip"
    return word.rstrip("e") if len(word) > 3 else word


def _common_length(words: list[str], fixed: tuple[str, ...], negation: re.Pattern) -> int:
    """How many of ``fixed``'s words ``words`` starts with; a negation is never taken as fixed words."""
    length = 0
    for said, expected in zip(words, fixed):
        if said != expected or negation.fullmatch(said):
            break
        length += 1
    return length


class Understanding(NamedTuple):
    intent: str
    slots: dict[str, dict]
    considered: list[tuple[str, float]]
    similarity: float | None  # to the nearest sample; None where the known words settled the domain


class LanguageUnderstanding:
    def __init__(self, model: InteractionModel, skill_id: str = SIMULATOR_SKILL_ID, classifier=None,
                 language: LocaleResources | None = None):
        """``classifier`` answers "which intent" and "how close to a sample"; by default the cached one.
        ``language`` is what Alexa knows of the model's language; by default the model locale's data.

        Everything else is made at first use: a one-shot request that is one of the samples needs
        neither the classifier nor the slot types' tables.
        """
        self.model = model
        self.language = language or for_locale(model.locale)
        self._normalize = partial(normalize, spoken_digits=self.language.spoken_digits)
        self.skill_id = skill_id
        self._given_classifier = classifier
        self.from_cache = False
        # Each intent's slot-less samples.
        self._plain_samples = {
            intent.name: [without_apostrophes(self._normalize(sample)).split() for sample in intent.samples
                          if not SLOT_REFERENCE.search(sample)]
            for intent in model.intents.values()
        }
        # Intents that answer a question about a topic (not a report, not Alexa's own intents).
        self._topics = {name for name in model.intents if not name.startswith("AMAZON.") and name != REPORT}
        # Slots are optional, so "how long will it last {symptom}" said without a symptom is that sample too;
        # a sample with no slots wins over one whose slots were left out.
        self._exact = {" ".join(without_apostrophes(self._normalize(SLOT_REFERENCE.sub(" ", sample))).split()): intent.name
                       for intent in model.intents.values() for sample in intent.samples if SLOT_REFERENCE.search(sample)}
        self._exact.pop("", None)
        # Alexa's own phrases for its built-in intents ("sí", "yes") beat a sample whose slot was left out
        # ("sí {symptom}" said as "sí"), and the model's own slot-less samples beat both.
        self._exact.update({" ".join(without_apostrophes(self._normalize(phrase)).split()): name
                            for name in model.intents for phrase in self.language.builtin_intents.get(name, [])})
        self._exact.update({" ".join(words): name for name, samples in self._plain_samples.items() for words in samples})

    @cached_property
    def _classifier(self):
        if self._given_classifier is not None:
            return self._given_classifier
        from . import cache  # noqa: PLC0415 - a request that is a sample never needs the weights

        classifier, self.from_cache = cache.load_or_train(self.model, self.train)
        return classifier

    @cached_property
    def _slot_edges(self) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
        """The fixed words before and after the slots of each slotted sample."""
        return {
            intent.name: [tuple(tuple(without_apostrophes(self._normalize(part)).split()) for part in (
                sample[:sample.index("{")], sample[sample.rindex("}") + 1:]))
                for sample in intent.samples if SLOT_REFERENCE.search(sample)]
            for intent in self.model.intents.values()
        }

    @cached_property
    def _phrases(self) -> dict[str, dict[str, SlotValue]]:
        """Slot values and synonyms as the classifier sees words: "can't stand up" and "cant stand up" alike."""
        return {type_name: {without_apostrophes(self._normalize(phrase)): value for value in values for phrase in value.phrases}
                for type_name, values in self.model.types.items()}

    @cached_property
    def _phrases_by_size(self) -> dict[str, dict[int, list[str]]]:
        by_size = {type_name: {} for type_name in self._phrases}
        for type_name, phrases in self._phrases.items():
            for phrase in phrases:
                by_size[type_name].setdefault(len(phrase.split()), []).append(phrase)
        return by_size

    @cached_property
    def _long_phrases(self) -> dict[str, list[str]]:
        return {type_name: [phrase for phrase in phrases if len(phrase) >= 6] for type_name, phrases in self._phrases.items()}

    @cached_property
    def _stop_words(self) -> frozenset[str]:
        return self._classifier.stop_words

    @cached_property
    def _vocabulary(self) -> set[str]:
        # Every word of every slot value is the model's own, as it is for Alexa.
        return set(self._classifier.vocabulary) | {
            word for phrases in self._phrases.values() for phrase in phrases for word in phrase.split()}

    @cached_property
    def _vocabulary_stems(self) -> set[str]:
        return {_word_stem(word, self.language.word_endings) for word in self._vocabulary}

    # training ------------------------------------------------------------------------------
    def train(self) -> CompiledClassifier:
        """Trains with scikit-learn (imported only here) and compiles the weights for the cache."""
        from . import training  # noqa: PLC0415 - seconds to import; a cached start never does

        return training.compile_pipeline(*self.fit(), stop_words=self.language.stop_words)

    def fit(self):
        """The scikit-learn pipeline and the vocabulary of in-domain words, from the training rows."""
        from . import training  # noqa: PLC0415

        texts, labels = self._training_rows()
        # Words of the other-domain phrases do not count as known: they are what fallback looks like.
        vocabulary = sorted({word for text, label in zip(texts, labels) if label != FALLBACK for word in text.split()})
        return training.fit(texts, labels), vocabulary

    def _fills(self, slot_type: str) -> list[str]:
        """Phrases to fill a slot with, one value's at a time in turn, so every value is met early."""
        if slot_type in self.model.types:
            per_value = [value.phrases for value in self.model.types[slot_type]]
            return [phrases[k] for k in range(max(map(len, per_value))) for phrases in per_value if k < len(phrases)]
        return self.language.examples.get(slot_type, ["something"])

    def _training_rows(self) -> tuple[list[str], list[str]]:
        texts, labels = [], []
        for intent in self.model.intents.values():
            slotted = [s for s in intent.samples if SLOT_REFERENCE.search(s)]
            for sample in intent.samples:
                if sample in slotted:
                    expansions = self._expand(sample, intent.slots, slotted.index(sample), len(slotted), intent.samples)
                else:
                    expansions = [sample]
                texts += [without_apostrophes(self._normalize(text)) for text in expansions]
                labels += [intent.name] * len(expansions)
            for phrase in self.language.builtin_intents.get(intent.name, []):
                texts.append(without_apostrophes(self._normalize(phrase)))
                labels.append(intent.name)
        if FALLBACK in self.model.intents:
            texts += [without_apostrophes(self._normalize(phrase)) for phrase in self.language.other_domain]
            labels += [FALLBACK] * len(self.language.other_domain)
        return texts, labels

    def _expand(self, sample: str, slots: dict[str, str], position: int, count: int,
                samples: tuple[str, ...]) -> list[str]:
        """The sample with its slots filled, rotating through the values and synonyms so each gets used.

        A custom slot's values teach an intent only when every sample of the intent has that slot: the
        slot is what the intent is about ("my husband {symptom}"). Where it is an aside ("should i use ice
        {symptom}", "maybe {symptom}"), the intent's own words must carry it, so the slot is left empty and
        symptom words stay evidence for reporting a symptom.
        """
        names = SLOT_REFERENCE.findall(sample)
        fills = {name: self._fills(slots[name]) for name in names}
        fills.update({name: [""] for name in names if slots[name] in self.model.types and not all(
            "{" + name + "}" in other for other in samples)})
        widest = max(len(values) for values in fills.values())
        per_sample = min(widest, max(MIN_FILLS_PER_SAMPLE, math.ceil(widest * FILLS_PER_VALUE / count)))
        rows = []
        for k in range(per_sample):
            text = sample
            for name, values in fills.items():
                text = text.replace("{" + name + "}", values[(position * per_sample + k) % len(values)])
            rows.append(" ".join(text.split()))
        return list(dict.fromkeys(rows))

    @lru_cache(maxsize=None)  # noqa: B019 - one simulator per model, kept for the process
    def _templates(self, intent_name: str) -> list[tuple[re.Pattern, int, frozenset[str]]]:
        """Each slotted sample of the intent as a pattern over normalised, folded words: "my husband {symptom}",
        with its number of fixed words and the fixed words themselves (a request lacking one cannot
        match, so the pattern is not even tried), those with the most fixed words first. Compiled at
        the intent's first request."""
        intent = self.model.intents.get(intent_name)
        compiled = []
        for sample in intent.samples if intent else ():
            if not SLOT_REFERENCE.search(sample):
                continue
            parts, fixed = [], []
            for part in re.split(r"({\w+})", sample):
                reference = SLOT_REFERENCE.fullmatch(part)
                if reference:
                    parts.append(rf"(?P<{reference.group(1)}>.+?)")
                elif self._normalize(part):
                    fixed += without_apostrophes(self._normalize(part)).split()
                    parts.append(re.escape(fold(self._normalize(part))).replace("'", "'?"))
            compiled.append((re.compile("^" + " ".join(parts) + "$"), len(fixed), frozenset(fixed)))
        return sorted(compiled, key=lambda item: -item[1])

    # understanding -------------------------------------------------------------------------
    def understand(self, utterance: str, today: date | None = None) -> Understanding:
        today = today or date.today()
        text = self.language.respell_opening(self._normalize(utterance))
        words = without_apostrophes(text)
        # A request that is word for word one of the model's samples is that sample's intent, as for Alexa;
        # it needs no classifier (and so a one-shot run of a sample never loads the weights' arrays).
        exact = self._exact.get(words)
        if exact:
            return Understanding(exact, self.fill_slots(exact, text, today), [(exact, 1.0)], 1.0)
        ranked = self._classifier.rank(words)
        considered = ranked[:3]
        known = self.known_share(words)
        # Far from every sample and not made of the model's own words; or mostly words it never uses;
        # unless the classifier is sure of an intent of the skill (a typo'd "fee ver" or a new word
        # like "basketball" in a plain report). The similarity, the costly question, is asked only
        # when the known words leave it open.
        sure = any(name != FALLBACK and score >= SURE_SCORE for name, score in ranked[:2])
        similarity = (self._classifier.similarity(words)
                      if text and not sure and MIN_KNOWN_WORDS <= known < ALL_KNOWN else None)
        out_of_domain = not sure and (known < MIN_KNOWN_WORDS or similarity is not None and similarity < MIN_SIMILARITY)
        # A slot value said is strong evidence, as it is for Alexa: "my grandpa can't walk" names
        # "can't walk" though the model never saw "grandpa", and "he has a feverr" still names a fever.
        matched = self._sample_shapes_with_values(text)
        # Searched once, and only where it can change the answer: the search is the costliest step.
        # Naming the skill's subject ("my back", "spasm") counts as much as naming a value: of the labelled
        # requests sent to Fallback that named it, nearly all were about the skill ("a squeaky back door" was not).
        named = not matched and (out_of_domain or considered[0][0] == FALLBACK) and (
            self._names_subject(words) or self._names_a_slot_value(words))
        if not text or (out_of_domain and not matched and not named):
            return Understanding(FALLBACK, {}, [(FALLBACK, 1.0)] + considered[:2], similarity)
        intent = considered[0][0]
        if intent == FALLBACK and named:
            # One of the skill's own values said ("a box fell on me at the warehouse"): the request is
            # the skill's business even where the rest reads like another skill's.
            intent = next(name for name, _ in ranked if name != FALLBACK)
        if intent in ANSWERS and not self._starts_as_answer(words, intent):
            intent = next(name for name, _ in ranked if name not in ANSWERS and name != FALLBACK)
        if matched and intent not in matched:
            # Said in the shape of a sample with a listed value in its slot ("my wife {symptom}" with
            # "can't walk"): Alexa matches that sample outright, whatever a statistical guess says.
            intent = max(matched, key=matched.get)
        else:
            intent = self._asked(words, intent)
        if not intent.startswith("AMAZON.") and self._other_body_complaint(words):
            return Understanding(FALLBACK, {}, [(FALLBACK, 1.0)] + considered[:2], similarity)
        slots = self.fill_slots(intent, text, today)
        if intent == REPORT and not any((slot or {}).get("value") for slot in slots.values()):
            # A report with nothing in its slots reports nothing: "um, i'm not sure" leaves only filler for the
            # symptom, so it is the best of the other intents ("i don't know"), as every report sample has the slot.
            other = next((name for name, _ in ranked if name not in (REPORT, FALLBACK)), None)
            if other is not None:
                return Understanding(other, self.fill_slots(other, text, today), considered, similarity)
        return Understanding(intent, slots, considered, similarity)

    def _sample_shapes_with_values(self, text: str) -> dict[str, int]:
        """Intents with a sample the request matches word for word, each slot holding a whole value:
        a custom slot a value or synonym said exactly, a built-in slot a whole date or duration.
        Each intent comes with the most fixed words of such a sample (the more specific)."""
        matched: dict[str, int] = {}
        said = set(without_apostrophes(text).split())
        for intent in self.model.intents.values():
            for pattern, fixed, words in self._templates(intent.name):
                if not words <= said:
                    continue
                match = pattern.match(fold(text))
                if not match or fixed <= matched.get(intent.name, -1):
                    continue
                if all(without_apostrophes(value.strip()) in self._phrases[intent.slots[name]]
                       if intent.slots[name] in self.model.types
                       else self._is_builtin_value(intent.slots[name], value.strip())
                       for name, value in _captured(match, text).items()):
                    matched[intent.name] = fixed
        return matched

    def _asked(self, words: str, intent: str) -> str:
        """The question a report carries: one said first ("should i use heat if ..."), or one it closes with
        ("... so what should i take for it", "... and i'm scared, should i be worried").

        Told as one breath, the story's symptom words outweigh the question's few. A question may start
        after any turn of phrase ("so", "my question is", "i was wondering") or at any question word, and a
        story can have several of each: every such clause is tried, longest first, and the first that reads
        as a topic more than as a report is what was asked. The whole text still fills the symptom slot, so
        a warning sign in it is read all the same.
        """
        said = words.split()
        if intent != REPORT and not (intent == FALLBACK and len(said) >= LONG_STORY_WORDS):
            return intent
        language = self.language
        # Each clause with the margin its topic needs over a report: one an asking phrase announces asks.
        margins: dict[str, float] = {}
        opening = language.opening_question.match(words) if intent == REPORT else None
        if opening:
            first = language.condition.split(words[opening.start(1):])[0]
            if language.sure_question.match(words):
                clause = first.split()
                asked = self._topic_of(clause, intent, QUESTION_MARGIN)
                if asked == intent and (head := self._question_head(clause)):
                    asked = self._topic_of(head, intent, QUESTION_MARGIN)
                if asked != intent:
                    return asked
            margins[first] = 0.0
        for found in language.question_start.finditer(words):
            if not self._negated_verb(words[:found.start()].split()):
                margins.setdefault(words[found.start():].strip(), 0.0)
        for found in language.story_break.finditer(words):
            margins.setdefault(words[found.end():].strip(), 0.0)
        for found in language.asking_break.finditer(words):
            margins[words[found.end():].strip()] = QUESTION_MARGIN
        for clause in sorted(margins, key=len, reverse=True):
            if 2 <= len(clause.split()) < len(said):
                asked = self._topic_of(clause.split(), intent, margins[clause])
                if asked != intent:
                    return asked
        return intent

    def _question_head(self, opening: list[str]) -> list[str] | None:
        """A short question said first, up to where a new statement starts with its own subject: "where's the er"
        of "where's the er i can't breathe", "am i having a heart attack" of "... my chest and back both hurt".
        The question's own first words may hold a subject ("can i", "should my wife"), so a split comes after
        them, and the question keeps at least three words."""
        subjects = self.language.statement_subjects
        for position in range(QUESTION_HEAD_WORDS, len(opening) - 1):
            if opening[position] in subjects:
                return None if opening[position - 1] in self.language.cleft_copulas else opening[:position]
        return None

    @lru_cache(maxsize=None)  # noqa: B019 - one simulator per model, kept for the process
    def _answer_start(self, intent: str) -> re.Pattern:
        phrases = sorted({without_apostrophes(self._normalize(phrase)) for phrase in self.language.builtin_intents.get(intent, [])},
                         key=len, reverse=True)
        return self.language.opening_with("|".join(map(re.escape, phrases)))

    def _starts_as_answer(self, words: str, intent: str) -> bool:
        return self._answer_start(intent).match(words) is not None

    def _negated_verb(self, before: list[str]) -> bool:
        """A question's verb right after a negation, with only object pronouns between, is a statement's:
        "no me puedo levantar" asks nothing, though "puedo" may start a question."""
        while before and before[-1] in self.language.object_pronouns:
            before = before[:-1]
        return bool(before) and before[-1] in self.language.verb_negation

    def _topic_of(self, clause, intent, margin=0.0):
        # The question's best topic, when the clause reads more like it than like a report (by ``margin``, for
        # a sure question): a short question ("what causes that") scores low for every intent, so the bar is
        # below zero.
        ranked = self._classifier.rank(" ".join(clause))
        scores = dict(ranked)
        asked, score = next(((name, value) for name, value in ranked if name in self._topics), (intent, 0.0))
        return asked if score > QUESTION_FLOOR and score > scores.get(REPORT, float("-inf")) - margin else intent

    def known_share(self, text: str) -> float:
        """The share of content words the model knows: "how do I bake bread" knows none for sure."""
        words = [word for word in text.split() if word not in self._stop_words] or text.split()
        known = 0.0
        for word in words:
            if word in self._vocabulary or _word_stem(word, self.language.word_endings) in self._vocabulary_stems:
                known += 1  # another form of a known word ("peeing" for "pee") is known too, as for Alexa
            elif len(word) >= 4 and _fuzzy().process.extractOne(word, self._vocabulary, scorer=_fuzzy().fuzz.ratio,
                                                       score_cutoff=TYPO_SCORE) is not None:
                known += TYPO_CREDIT
        return known / len(words) if words else 0.0

    def _other_body_complaint(self, text: str) -> bool:
        """About another part of the body ("my wrist hurts from typing", "tengo el ojo rojo"), naming neither the
        back nor a spasm nor any warning sign the skill's red-flag reader finds: another skill's business. The
        reader is asked so that this never takes a sign away ("i hit my ankle when i fell down the stairs")."""
        other = self.language.other_body_part
        if other is None or other.search(text) is None or self._names_subject(text):
            return False
        from skill.content import CONTENT  # noqa: PLC0415 - only a request naming another body part needs it
        content = CONTENT.get(self.model.locale)
        return content is not None and not any(not finding.negated for lexicon in (content.lexicon, *content.borrowed_lexicons)
                                               for finding in lexicon.findings(text))

    def _names_subject(self, text: str) -> bool:
        subject = self.language.subject
        return subject is not None and subject.search(text) is not None

    def _names_a_slot_value(self, text: str) -> bool:
        """Is a value or synonym said (word for word, nearly, or in another order) anywhere in ``text``?"""
        said = text.split()
        runs = {" ".join(said[start:start + size]) for size in range(1, self._longest_phrase + 1)
                for start in range(len(said) - size + 1)}
        if not runs.isdisjoint(self._all_phrases):
            return True
        # Another form of a value's words names it too ("peeing herself" for "pee herself"), as another
        # form of a known word is known: for routing, not for resolving the slot to the value.
        stems = [_word_stem(word, self.language.word_endings) for word in said]
        stemmed_runs = {" ".join(stems[start:start + size]) for size in range(1, self._longest_phrase + 1)
                        for start in range(len(stems) - size + 1)}
        if not stemmed_runs.isdisjoint(self._all_phrase_stems):
            return True
        words = set(said)
        if any(content <= words for word in words for content in self._phrases_by_content_word.get(word, ())):
            return True
        return any(_fuzzy().process.extractOne(text, phrases, scorer=_fuzzy().fuzz.partial_ratio, score_cutoff=MATCH_SCORE + 4)
                   is not None for phrases in self._long_phrases.values())

    @cached_property
    def _all_phrases(self) -> frozenset[str]:
        return frozenset(phrase for phrases in self._phrases.values() for phrase in phrases)

    @cached_property
    def _all_phrase_stems(self) -> frozenset[str]:
        """The values' and synonyms' words as stems, for phrases of two words or more (a single short
        word's stem is too loose a match)."""
        return frozenset(" ".join(_word_stem(word, self.language.word_endings) for word in phrase.split())
                         for phrase in self._all_phrases if len(phrase.split()) >= 2)

    @cached_property
    def _longest_phrase(self) -> int:
        return max((len(phrase.split()) for phrase in self._all_phrases), default=0)

    @cached_property
    def _phrases_by_content_word(self) -> dict[str, list[frozenset[str]]]:
        """Phrases of two or more content words, filed under one of them, for "said in another order"."""
        index: dict[str, list[frozenset[str]]] = {}
        for phrase in self._all_phrases:
            content = frozenset(word for word in phrase.split() if word not in self._stop_words)
            if len(content) >= 2:
                index.setdefault(min(content), []).append(content)
        return index

    def fill_slots(self, intent_name: str, text: str, today: date) -> dict[str, dict]:
        """Each slot from the words at its place, and each word in one slot at most, as Alexa fills them.

        Built-in slots first: where two read the same words, the one at its place in a matched sample
        wins, else the longest span: "two days ago" is a date, and its "two days" not also a duration. Their words are then no longer the
        custom slot's: "it started yesterday" gives a date and no symptom.
        """
        intent = self.model.intents.get(intent_name)
        if intent is None or not intent.slots:
            return {}
        captures = self._from_templates(intent_name, text)
        parsed: dict[str, tuple[str, str]] = {}
        at_its_place: set[str] = set()
        for name, slot_type in intent.slots.items():
            if slot_type not in self.model.types:
                spoken = [capture[name] for capture in captures if capture.get(name)]
                if captures and not spoken:
                    continue  # the matched sample has no place for this slot: "... heat now" is no date
                found = self._builtin_value(slot_type, spoken[0] if spoken else text, today)
                if found is not None:
                    parsed[name] = found
                    at_its_place |= {name} if spoken else set()
        kept: dict[str, tuple[str, str]] = {}
        # A slot at its place in a matched sample first ("{onset_duration} ago"), then the longest span.
        for name, (words, value) in sorted(parsed.items(),
                                           key=lambda item: (item[0] not in at_its_place, -len(item[1][0].split()))):
            if not any(_overlaps(words, other) for other, _ in kept.values()):
                kept[name] = (words, value)
        slots = {}
        best = self._best_reading(captures, intent.slots)
        for name, slot_type in intent.slots.items():
            if slot_type in self.model.types:
                spoken = [capture[name] for capture in captures if capture.get(name)]
                if best is not None and any(intent.slots.get(other) in self.model.types for other in best):
                    # Alexa fills custom slots from one reading of the request: the sample whose custom
                    # words are values. "remind me to {reminder}" takes "switch to heat", and no other
                    # sample's split gives "to heat" to the symptom as well.
                    spoken = [best[name]] if best.get(name) else []
                    if not spoken:
                        slots[name] = slot_json(name, None)
                        continue
                slots[name] = self._custom_slot(name, slot_type, spoken, text, intent_name,
                                                [words for words, _ in kept.values()])
            elif name in kept:
                slots[name] = slot_json(name, kept[name][1], slot_type=slot_type)
            else:
                slots[name] = slot_json(name, None)
        return slots

    def _from_templates(self, intent_name: str, text: str) -> list[dict[str, str]]:
        """What each matching sample template captures, samples with the most fixed words first.

        A built-in slot holds a date or a duration, not a clause: "for {onset_duration}" does not take
        "an hour and i just can't", so that sample does not match and the words stay with the symptom.
        """
        slot_types = self.model.intents[intent_name].slots if intent_name in self.model.intents else {}
        captures = []
        said = set(without_apostrophes(text).split())
        for pattern, _, words in self._templates(intent_name):
            if not words <= said:
                continue
            match = pattern.match(fold(text))
            if match and not self._builtins_whole(_captured(match, text), slot_types):
                # Two slots side by side split at the first space that fits ("{reminder} {reminder_time}"
                # takes "drink" and "water this afternoon"): try again with the time's own words. Only
                # times: a date or duration beside a symptom keeps its words with the symptom, which
                # the red-flag reader reads (a coded date is no words to it).
                match = self._with_builtin_words(pattern, _captured(match, text), slot_types, text)
            if match:
                capture = {name: value.strip() for name, value in _captured(match, text).items()}
                if self._builtins_whole(capture, slot_types):
                    captures.append(capture)
        return captures

    def _best_reading(self, captures: list[dict[str, str]], slot_types: dict[str, str]) -> dict[str, str] | None:
        """The capture whose custom slots' words all resolve to values, else the first (the sample with the
        most fixed words); None without any. Values are resolved only when readings differ: resolution
        loads the model's phrases, which a one-shot question with one reading never needs."""
        readings = {tuple(sorted((name, value) for name, value in capture.items() if slot_types.get(name) in self.model.types))
                    for capture in captures}
        if len(readings) <= 1:
            return captures[0] if captures else None

        def resolves(capture: dict[str, str]) -> bool:
            return all(self._resolve(without_apostrophes(value), slot_types[name]) is not None
                       for name, value in capture.items() if slot_types.get(name) in self.model.types)

        return next((capture for capture in captures if resolves(capture)), captures[0] if captures else None)

    def _builtins_whole(self, capture: dict[str, str], slot_types: dict[str, str]) -> bool:
        return all(self._is_builtin_value(slot_types[name], value.strip()) for name, value in capture.items()
                   if slot_types.get(name, "").startswith("AMAZON."))

    def _with_builtin_words(self, pattern: re.Pattern, capture: dict[str, str], slot_types: dict[str, str],
                            text: str) -> re.Match | None:
        """The template matched again with each built-in slot held to the value its parser finds in the text."""
        source = pattern.pattern
        for name, value in capture.items():
            slot_type = slot_types.get(name, "")
            if slot_type.startswith("AMAZON.") and not self._is_builtin_value(slot_type, value.strip()):
                if slot_type != "AMAZON.TIME":
                    return None
                found = self._builtin_value(slot_type, text, date.today())
                if found is None:
                    return None
                source = source.replace(f"(?P<{name}>.+?)", f"(?P<{name}>{re.escape(fold(found[0]))})")
        return re.match(source, fold(text))

    def _is_builtin_value(self, slot_type: str, words: str) -> bool:
        """The words are all one date, duration, time or number (or at most a few of a type not parsed here).

        Whether words are a date does not depend on the day, so any day will do for the check.
        """
        language = self.language
        parser = {"AMAZON.DURATION": language.parse_duration, "AMAZON.NUMBER": language.parse_number,
                  "AMAZON.DATE": lambda said: language.parse_date(said, date.today()),
                  "AMAZON.TIME": language.parse_time}.get(slot_type)
        if parser is None:
            return len(words.split()) <= MAX_BUILTIN_WORDS
        parsed = parser(words)
        return parsed is not None and len(parsed[0].split()) == len(words.split())

    def _custom_slot(self, name: str, slot_type: str, spoken: list[str], text: str, intent_name: str,
                     taken: list[str] = ()) -> dict:
        """The slot as Alexa fills it: the words said at the slot's place, resolved to a value id only
        when they are a value or synonym (nearly: a typo in a long word).

        When no sample template matches word for word, the slot's words are what the closest sample's
        fixed words do not explain ("should i use ice she fell this morning" against "should i use ice or
        heat" leaves "she fell this morning"), as Alexa fills a slot from a sample's shape. Alexa's own
        words, not a search for known values anywhere: negations and hedges stay with the symptom.
        """
        words = _without(spoken[0] if spoken else self._remainder(intent_name, text) or "", list(taken))
        if not words or all(without_apostrophes(word) in self.language.filler for word in words.split()):
            return slot_json(name, None)
        value = self._resolve(without_apostrophes(words), slot_type)
        if value is not None:
            return self._slot(name, slot_type, words, value)
        return slot_json(name, words, slot_type=slot_type, skill_id=self.skill_id)

    def _remainder(self, intent_name: str, text: str) -> str | None:
        """The words a sample shaped "prefix {slot} suffix" leaves for its slot, when none matches exactly.

        Each slotted sample's fixed words are compared with the start and the end of what was said; the
        sample that explains most of the edges wins and the middle is the slot's. A request that is one
        of the intent's slot-less samples fills no slot.
        """
        said = text.split()
        words = [without_apostrophes(word) for word in said]
        if words in self._plain_samples.get(intent_name, []):
            return None
        best, span = -1, (0, len(words))
        for prefix, suffix in self._slot_edges.get(intent_name, []):
            head = self._explained(words, prefix)
            tail = self._explained(words[head:][::-1], suffix[::-1])
            if head + tail > best:
                best, span = head + tail, (head, len(words) - tail)
        rest = said[span[0]:span[1]]
        if all(without_apostrophes(word) in self.language.filler for word in rest):
            return None
        return " ".join(rest)

    def _explained(self, words: list[str], fixed: tuple[str, ...]) -> int:
        """How many of ``words`` a sample's edge (``fixed``, read from the same end) explains: the words they share,
        when the edge is all said, or when at least two words are shared and one carries meaning. Shared pronouns
        ("me", "se me") or one word ("helps" of "what helps") are a coincidence, and taking them from the slot
        loses the words a sign needs: "[me] volqué con la troca", "[se me] durmió", "nothing i do [helps]"."""
        length = _common_length(words, fixed, self.language.negation)
        if length == len(fixed) or (length >= 2 and any(word not in self._stop_words for word in words[:length])):
            return length
        return 0

    def _slot(self, name: str, slot_type: str, words: str, value: SlotValue) -> dict:
        return slot_json(name, words, slot_type=slot_type, value_id=value.id, canonical=value.name,
                         skill_id=self.skill_id)

    def _resolve(self, spoken: str, slot_type: str) -> SlotValue | None:
        """Entity resolution: the value whose name or synonym the spoken words are (nearly) equal to.

        Near means a typo in a word of four letters or more; short words and stop words never
        stretch to a value ("it" is not "sit"), as Alexa's exact resolution would not.
        """
        phrases = self._phrases[slot_type]
        if spoken in phrases:
            return phrases[spoken]
        content = [word for word in spoken.split() if word not in self._stop_words]
        if not content or max(len(word) for word in content) < 4 or self.language.negation.search(spoken):
            return None
        # A typo changes letters, not the number of words: "a feverr" is "a fever", "not bruised" is not "bruised".
        near = _fuzzy().process.extractOne(spoken, self._phrases_by_size[slot_type].get(len(spoken.split()), ()),
                                  scorer=_fuzzy().fuzz.token_sort_ratio, score_cutoff=MATCH_SCORE)
        return phrases[near[0]] if near else None

    def _builtin_value(self, slot_type: str, text: str, today: date) -> tuple[str, str] | None:
        """The first value of a built-in type in ``text``: (the words said, Alexa's value)."""
        language = self.language
        parsers = {"AMAZON.DURATION": language.parse_duration,
                   "AMAZON.DATE": lambda words: language.parse_date(words, today),
                   "AMAZON.NUMBER": language.parse_number,
                   "AMAZON.TIME": language.parse_time}
        parser = parsers.get(slot_type)
        parsed = parser(text) if parser else None
        return (parsed[0], parsed[1]) if parsed else None


def _captured(match: re.Match, text: str) -> dict[str, str]:
    """A template's captures, matched on the folded text, as said: with their accents."""
    return {name: text[match.start(name):match.end(name)] for name in match.groupdict()}


def _overlaps(words: str, other: str) -> bool:
    """Do two spans of spoken words share a word (said within one another)?"""
    return words in other or other in words


def _without(words: str, spans: list[str]) -> str:
    """``words`` less the spans already given to built-in slots (nothing left if they are inside one)."""
    for span in spans:
        if f" {words} " in f" {span} ":
            return ""
        words = f" {words} ".replace(f" {span} ", " ")
    return " ".join(words.split())
