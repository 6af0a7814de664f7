"""Language understanding trained only from the interaction model.

Intent: a linear classifier (scikit-learn) over word and character n-grams of the model's sample
utterances, with slots filled by the slot types' values and synonyms. Character n-grams carry it
over typos and word order; a similarity floor sends what looks like nothing in the model to
AMAZON.FallbackIntent, as Alexa does. Slots: the sample templates first, then a fuzzy search
(rapidfuzz) for custom values and patterns for the built-in types; custom values are resolved to
their ids the way Alexa's entity resolution does.
"""

from __future__ import annotations

import math
import re
import time
from datetime import date
from typing import NamedTuple

from rapidfuzz import fuzz, process
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

from . import builtins
from .envelopes import SIMULATOR_SKILL_ID, slot as slot_json
from .model import SLOT_REFERENCE, InteractionModel, SlotValue
from .text import normalize, without_apostrophes

FALLBACK = "AMAZON.FallbackIntent"
# Below this cosine similarity to every training utterance, a request is out of the model's domain.
MIN_SIMILARITY = 0.36
# At least this share of an utterance's content words must be words the model knows; a word that is
# only close to a known one (a typo, or a different word) counts for less.
MIN_KNOWN_WORDS = 0.5
TYPO_SCORE = 75
TYPO_CREDIT = 0.4
# How close a spoken value must be to a slot value or synonym (0-100) to resolve to it.
MATCH_SCORE = 86
# Each slotted sample is expanded with this many values at least; every value appears somewhere.
MIN_FILLS_PER_SAMPLE = 6
FILLS_PER_VALUE = 2


class Understanding(NamedTuple):
    intent: str
    slots: dict[str, dict]
    considered: list[tuple[str, float]]
    similarity: float


class LanguageUnderstanding:
    def __init__(self, model: InteractionModel, skill_id: str = SIMULATOR_SKILL_ID):
        began = time.perf_counter()
        self.model = model
        self.skill_id = skill_id
        self._templates = self._compile_templates()
        # Slot values and synonyms as the classifier sees words: "can't stand up" and "cant stand up" alike.
        self._phrases = {
            type_name: {without_apostrophes(normalize(phrase)): value for value in values for phrase in value.phrases}
            for type_name, values in model.types.items()
        }
        texts, labels = self._training_rows()
        # Words of the other-domain phrases do not count as known: they are what fallback looks like.
        self._vocabulary = {word for text, label in zip(texts, labels) if label != FALLBACK for word in text.split()}
        self._vectorizer = FeatureUnion([
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)),
        ])
        features = self._vectorizer.fit_transform(texts)
        self._training = features
        self._classifier = LinearSVC(C=0.8).fit(features, labels)
        self.training_seconds = time.perf_counter() - began
        self.training_rows = len(texts)

    # training ------------------------------------------------------------------------------
    def _fills(self, slot_type: str) -> list[str]:
        if slot_type in self.model.types:
            return [phrase for value in self.model.types[slot_type] for phrase in value.phrases]
        return builtins.EXAMPLES.get(slot_type, ["something"])

    def _training_rows(self) -> tuple[list[str], list[str]]:
        texts, labels = [], []
        for intent in self.model.intents.values():
            slotted = [s for s in intent.samples if SLOT_REFERENCE.search(s)]
            for sample in intent.samples:
                if sample in slotted:
                    expansions = self._expand(sample, intent.slots, slotted.index(sample), len(slotted))
                else:
                    expansions = [sample]
                texts += [without_apostrophes(normalize(text)) for text in expansions]
                labels += [intent.name] * len(expansions)
            for phrase in builtins.BUILTIN_INTENT_PHRASES.get(intent.name, []):
                texts.append(without_apostrophes(normalize(phrase)))
                labels.append(intent.name)
        if FALLBACK in self.model.intents:
            texts += [without_apostrophes(normalize(phrase)) for phrase in builtins.OTHER_DOMAIN_PHRASES]
            labels += [FALLBACK] * len(builtins.OTHER_DOMAIN_PHRASES)
        return texts, labels

    def _expand(self, sample: str, slots: dict[str, str], position: int, count: int) -> list[str]:
        """The sample with its slots filled, rotating through the values so each gets used."""
        names = SLOT_REFERENCE.findall(sample)
        fills = {name: self._fills(slots[name]) for name in names}
        widest = max(len(values) for values in fills.values())
        per_sample = max(MIN_FILLS_PER_SAMPLE, math.ceil(widest * FILLS_PER_VALUE / count))
        rows = []
        for k in range(per_sample):
            text = sample
            for name, values in fills.items():
                text = text.replace("{" + name + "}", values[(position * per_sample + k) % len(values)])
            rows.append(text)
        return rows

    def _compile_templates(self) -> dict[str, list[tuple[re.Pattern, int]]]:
        """Each slotted sample as a pattern over normalised words: "my husband {symptom}"."""
        templates = {}
        for intent in self.model.intents.values():
            compiled = []
            for sample in intent.samples:
                if not SLOT_REFERENCE.search(sample):
                    continue
                parts, literal = [], 0
                for part in re.split(r"({\w+})", sample):
                    reference = SLOT_REFERENCE.fullmatch(part)
                    if reference:
                        parts.append(rf"(?P<{reference.group(1)}>.+?)")
                    elif normalize(part):
                        literal += len(normalize(part).split())
                        parts.append(re.escape(normalize(part)).replace("'", "'?"))
                compiled.append((re.compile("^" + " ".join(parts) + "$"), literal))
            templates[intent.name] = sorted(compiled, key=lambda item: -item[1])
        return templates

    # understanding -------------------------------------------------------------------------
    def understand(self, utterance: str, today: date | None = None) -> Understanding:
        today = today or date.today()
        text = normalize(utterance)
        words = without_apostrophes(text)
        features = self._vectorizer.transform([words])
        # Both halves of the union are unit vectors, so half the dot product is a cosine in [0, 1].
        similarity = float((self._training @ features.T).max()) / 2 if text else 0.0
        scores = self._classifier.decision_function(features)[0]
        ranked = sorted(zip(self._classifier.classes_, scores), key=lambda item: -item[1])
        considered = [(str(name), float(score)) for name, score in ranked[:3]]
        out_of_domain = similarity < MIN_SIMILARITY or self.known_share(words) < MIN_KNOWN_WORDS
        # A slot value said is strong evidence, as it is for Alexa: "my grandpa can't walk" names
        # "can't walk" though the model never saw "grandpa", and "he has a feverr" still names a fever.
        if not text or (out_of_domain and not self._names_a_slot_value(words)):
            return Understanding(FALLBACK, {}, [(FALLBACK, 1.0)] + considered[:2], similarity)
        intent = considered[0][0]
        return Understanding(intent, self.fill_slots(intent, text, today), considered, similarity)

    def known_share(self, text: str) -> float:
        """The share of content words the model knows: "how do I bake bread" knows none for sure."""
        words = [word for word in text.split() if word not in ENGLISH_STOP_WORDS] or text.split()
        known = 0.0
        for word in words:
            if word in self._vocabulary:
                known += 1
            elif len(word) >= 4 and process.extractOne(word, self._vocabulary, scorer=fuzz.ratio,
                                                       score_cutoff=TYPO_SCORE) is not None:
                known += TYPO_CREDIT
        return known / len(words) if words else 0.0

    def _names_a_slot_value(self, text: str) -> bool:
        return any(self._search(text, phrases) is not None for phrases in self._phrases.values())

    def fill_slots(self, intent_name: str, text: str, today: date) -> dict[str, dict]:
        intent = self.model.intents.get(intent_name)
        if intent is None or not intent.slots:
            return {}
        captures = self._from_templates(intent_name, text)
        slots = {}
        for name, slot_type in intent.slots.items():
            spoken = [capture[name] for capture in captures if capture.get(name)]
            if slot_type in self.model.types:
                slots[name] = self._custom_slot(name, slot_type, spoken, text)
            else:
                slots[name] = self._builtin_slot(name, slot_type, spoken[0] if spoken else text, today)
        return slots

    def _from_templates(self, intent_name: str, text: str) -> list[dict[str, str]]:
        """What each matching sample template captures, samples with the most fixed words first."""
        captures = []
        for pattern, _ in self._templates.get(intent_name, []):
            match = pattern.match(text)
            if match:
                captures.append({name: value.strip() for name, value in match.groupdict().items()})
        return captures

    def _custom_slot(self, name: str, slot_type: str, spoken: list[str], text: str) -> dict:
        """The slot as Alexa fills it: the words said for it, resolved to a value id when one fits."""
        phrases = self._phrases[slot_type]
        for words in spoken:
            value = self._resolve(without_apostrophes(words), phrases)
            if value is not None:
                return self._slot(name, slot_type, words, value)
        # No template captured a known value: look for one anywhere, as Alexa's slot filling would.
        plain = without_apostrophes(text)
        found = self._search(without_apostrophes(" ".join(spoken)), phrases) if spoken else None
        found = found or self._search(plain, phrases)
        if found is not None:
            return self._slot(name, slot_type, found[0], found[1])
        if spoken:
            return slot_json(name, spoken[0], slot_type=slot_type, skill_id=self.skill_id)
        return slot_json(name, None)

    def _slot(self, name: str, slot_type: str, words: str, value: SlotValue) -> dict:
        return slot_json(name, words, slot_type=slot_type, value_id=value.id, canonical=value.name,
                         skill_id=self.skill_id)

    @staticmethod
    def _resolve(spoken: str, phrases: dict[str, SlotValue]) -> SlotValue | None:
        """Entity resolution: the value whose name or synonym the spoken words are (nearly) equal to."""
        if spoken in phrases:
            return phrases[spoken]
        best = process.extractOne(spoken, phrases.keys(), scorer=fuzz.token_sort_ratio, score_cutoff=MATCH_SCORE)
        return phrases[best[0]] if best else None

    @staticmethod
    def _search(text: str, phrases: dict[str, SlotValue]) -> tuple[str, SlotValue] | None:
        """A value named inside ``text``: said word for word, nearly (a typo), or in another word order.

        The most literal kind of match wins, then the longest phrase, since it is the most specific.
        """
        padded = f" {text} "
        words = set(text.split())
        best = None
        for phrase, value in phrases.items():
            content = [word for word in phrase.split() if word not in ENGLISH_STOP_WORDS]
            if f" {phrase} " in padded:
                rank, said = (3, len(phrase)), phrase
            elif len(phrase) >= 6 and (alignment := fuzz.partial_ratio_alignment(
                    phrase, text, score_cutoff=MATCH_SCORE + 4)) is not None:
                rank, said = (2, len(phrase)), text[alignment.dest_start:alignment.dest_end].strip()
            elif len(content) >= 2 and set(content) <= words:
                rank, said = (1, len(phrase)), phrase
            else:
                continue
            if best is None or rank > best[0]:
                best = (rank, said, value)
        return (best[1], best[2]) if best else None

    @staticmethod
    def _builtin_slot(name: str, slot_type: str, text: str, today: date) -> dict:
        parsers = {"AMAZON.DURATION": builtins.parse_duration,
                   "AMAZON.DATE": lambda words: builtins.parse_date(words, today),
                   "AMAZON.NUMBER": builtins.parse_number}
        parser = parsers.get(slot_type)
        parsed = parser(text) if parser else None
        if parsed is None:
            return slot_json(name, None)
        return slot_json(name, parsed[1], slot_type=slot_type)
