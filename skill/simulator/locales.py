"""What Alexa knows of one language, read from data: ``skill/simulator/alexa/<locale>/``.

Each locale's folder holds everything the simulator knows of its language, and no code does:

    builtin_intents.json  phrases for Alexa's built-in intents (AMAZON.YesIntent, ...), per intent
    other_domain.txt      what people ask other skills and about other topics (stands in for Alexa's
                          fallback model), one request a line, ``#`` starts a comment line
    stop_words.txt        words too common to tell anything, one a line
    language.json         the rest: the language's code for text2num and dateparser, exit phrases, the
                          launch and one-shot forms around the invocation name, negation and filler
                          words, how a story turns into its question, examples for built-in slot
                          types, and (for a language other than English) how its built-in values
                          (dates, durations, times, numbers) are said; and the words of the skill's
                          own subject ("my back", "spasm"), which keep a request in the skill; and the
                          question words a recogniser may send unaccented at a request's start
                          (``opening_respellings``: "porque me dan espasmos" asks "por qué")

A locale with no folder of its own uses one of the same language ("es-MX" uses "es-US"); a language
with none is an error. Words are compared folded (``text.fold``): without accents, as a recogniser
may send them.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable

from .spans import Span, first_span
from .text import fold

ALEXA_DIR = resources.files(__package__).joinpath("alexa")
FILES = ("builtin_intents.json", "other_domain.txt", "stop_words.txt", "language.json")


class LocaleError(Exception):
    """No language resources for a locale."""


def available() -> list[str]:
    return sorted(item.name for item in ALEXA_DIR.iterdir() if item.is_dir() and item.joinpath("language.json").is_file())


def folder(locale: str) -> Traversable:
    """The locale's own folder, else one of the same language."""
    known = available()
    if locale in known:
        return ALEXA_DIR.joinpath(locale)
    same_language = [name for name in known if name.split("-")[0] == locale.split("-")[0]]
    if same_language:
        return ALEXA_DIR.joinpath(same_language[0])
    raise LocaleError(f"no language resources for locale {locale!r} (available: {', '.join(known) or 'none'})")


def _lines(path: Traversable) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def _words(words) -> str:
    return "|".join(fold(word) for word in words)


@lru_cache(maxsize=None)
def for_locale(locale: str) -> "LocaleResources":
    return LocaleResources(folder(locale))


class LocaleResources:
    """One locale's language data, and the patterns and parsers made from it."""

    def __init__(self, path: Traversable):
        self.path = path
        self.name = path.name
        data = json.loads(path.joinpath("language.json").read_text(encoding="utf-8"))
        self.data = data
        self.language: str = data["language"]
        self.builtin_intents: dict[str, list[str]] = json.loads(
            path.joinpath("builtin_intents.json").read_text(encoding="utf-8"))
        self.other_domain: list[str] = _lines(path.joinpath("other_domain.txt"))
        self.stop_words: list[str] = sorted({fold(word) for word in _lines(path.joinpath("stop_words.txt"))})
        self.exit_phrases = frozenset(data["exit_phrases"])
        self.spoken_digits: dict[str, str] = data.get("spoken_digits", {})
        self.examples: dict[str, list[str]] = data.get("examples", {})
        self.invocation: dict = data["invocation"]
        self.filler = frozenset(fold(word) for word in data["filler_words"])
        # Inflections dropped to tell another form of a known word ("peeing" for "pee"): the first that fits.
        self.word_endings = tuple(fold(ending) for ending in data["word_endings"])
        # Words that deny or doubt: they stay with a slot's words and never take part in a near match.
        self.negation = re.compile(rf"\b({_words(data['negation_words'])})\b")
        # Where a told story turns into its question, and where a question starts in it.
        # (Regular expressions, matched on folded words.)
        self.story_break = re.compile(rf"\b({_words(data['story_breaks'])})\b")
        # Turns of phrase that announce the question itself ("i was wondering if", "no sé si"): what follows asks.
        self.asking_break = re.compile(rf"\b({_words(data['asking_breaks'])})\b")
        self.question_start = re.compile(rf"\b({_words(data['question_starts'])})\b")
        # Fillers a request may open with ("um", "so", "bueno") before its first real word.
        self._opening_fillers = _words(data["question_fillers"])
        # A request that opens as a question: an auxiliary verb or a question word first, after any filler.
        self.opening_question = self.opening_with(_words(data["question_openers"]))
        # A request that opens with a question's own words ("can i take ...", "qué le pongo ..."), which no
        # statement starts with: it asks, however many symptom words follow. Spanish marks a yes/no question
        # only by its tune, so its list holds question words alone.
        self.sure_question = self.opening_with(_words(data["question_words"]))
        # A negation right before a verb that may start a question ("no me puedo levantar"), with only object
        # pronouns between, makes it a statement's verb. English needs none: its questions invert ("can i").
        self.verb_negation = frozenset(fold(word) for word in data.get("verb_negation", []))
        self.object_pronouns = frozenset(fold(word) for word in data.get("object_pronouns", []))
        self.condition = re.compile(rf" (?:{_words(data['condition_words'])}) ")
        # Words that start a statement ("i", "my", "she"): a short question said first and run on into a story
        # ("where's the er my husband can't stand up") ends where one of them starts a new clause.
        self.statement_subjects = frozenset(fold(word) for word in data.get("statement_subjects", []))
        # "what happened is i fell" opens with a question word but states: a copula before the subject makes a cleft.
        self.cleft_copulas = frozenset(fold(word) for word in data.get("cleft_copulas", []))
        self.values = _SpokenValues(data["values"], self.language) if data.get("values") else None
        # The skill's subject: a request that names it is the skill's business, however odd its other
        # words ("my back is all brews in"), as a model trained on samples that all say it would judge.
        self.subject = re.compile(rf"\b({_words(data['subject_words'])})\b") if data.get("subject_words") else None
        # Parts of the body the skill is not about ("a toothache", "me arde el ojo"): a complaint of one of them,
        # with no word of the back and no warning sign, belongs to another skill.
        self.other_body_part = re.compile(rf"\b({_words(data['other_body_parts'])})\b") if data.get("other_body_parts") else None

        # A question word heard without its accent at the very start ("porque me dan espasmos" is "por qué"): a request
        # to this skill never opens with the conjunction, so the recogniser's slip is read as the question it is.
        respell = data.get("opening_respellings", {})
        self._opening_respelling = (self.opening_with(_words(list(respell))),
                                    {fold(word): spoken for word, spoken in respell.items()}) if respell else None

    def respell_opening(self, text: str) -> str:
        if self._opening_respelling is None:
            return text
        pattern, spoken = self._opening_respelling
        found = pattern.match(text)
        return text if found is None else text[:found.start(1)] + spoken[fold(found[1])] + text[found.end(1):]

    def opening_with(self, alternatives: str) -> re.Pattern:
        """A request that opens, after any filler, with one of ``alternatives`` (a regular expression)."""
        return re.compile(rf"^(?:(?:{self._opening_fillers}) )*({alternatives})\b")

    def key_bytes(self) -> bytes:
        """Everything in the folder, for the training cache's key."""
        return b"".join(name.encode() + b"\0" + self.path.joinpath(name).read_bytes() for name in FILES)

    # built-in slot values ---------------------------------------------------------------
    def parse_date(self, text: str, today: date) -> Span | None:
        from .spoken_dates import parse_date  # noqa: PLC0415

        if self.values is None:
            return parse_date(text, today, self.language)
        return self.values.parse(text, self.values.date_words, lambda english: _date_value(english, today))

    def parse_duration(self, text: str) -> Span | None:
        from .spoken_durations import iso_duration, parse_duration  # noqa: PLC0415

        if self.values is None:
            return parse_duration(text, self.language)
        return self.values.parse(text, self.values.duration_words, lambda english: iso_duration(english, "en"))

    def parse_time(self, text: str) -> Span | None:
        from .spoken_times import alexa_time, parse_time  # noqa: PLC0415

        values = self.values
        if values is None:
            return parse_time(text, self.language)
        # No time ends on a word no date ends on ("la una" is one o'clock), and the English reading
        # takes no loose word at either end, so only the first word is checked.
        return values.parse(text, values.time_words, lambda english: alexa_time(english, "en"),
                            not_first=values.time_not_first, not_last=frozenset(),
                            quantities=values.time_quantities, rewrites=values.time_rewrites)

    def parse_number(self, text: str) -> Span | None:
        from .spoken_numbers import parse_number  # noqa: PLC0415

        return parse_number(text, self.language, joiners=tuple(self.data.get("number_joiners", ["and"])))


def _date_value(english: str, today: date) -> str | None:
    from .spoken_dates import alexa_date, local_now  # noqa: PLC0415

    return alexa_date(english, local_now(today), "en")


class _SpokenValues:
    """Dates, durations and times said in another language, read by saying them in English first.

    The language's numbers become digits (text2num reads it), then its ``rewrites`` (regular
    expressions over folded words, in order) and its ``words`` (one word for one or more English
    words) turn "hace 2 dias" into "2 days ago", which the English parsers write in Alexa's forms.
    A time's own quantities and rewrites come first ("y cuarto" is 15 minutes past, "de la tarde" in
    the afternoon), as its clock words mean something else in a date ("media" is half a day).
    The spoken words kept in the slot are the ones said.
    """

    def __init__(self, data: dict, language: str):
        self.language = language
        self.quantities = {tuple(fold(phrase).split()): value for phrase, value in data.get("quantities", {}).items()}
        self.rewrites = [(re.compile(pattern), replacement) for pattern, replacement in data.get("rewrites", [])]
        self.words = {fold(word): english for word, english in data.get("words", {}).items()}
        self.date_words = frozenset(fold(word) for word in data.get("date_words", []))
        self.duration_words = frozenset(fold(word) for word in data.get("duration_words", []))
        # A date's or duration's words never start or end on these ("y", "de"), as in English.
        self.not_first = frozenset(fold(word) for word in data.get("not_first", []))
        self.not_last = frozenset(fold(word) for word in data.get("not_last", []))
        self.time_words = frozenset(fold(word) for word in data.get("time_words", []))
        self.time_quantities = self.quantities | {tuple(fold(phrase).split()): value
                                                  for phrase, value in data.get("time_quantities", {}).items()}
        self.time_rewrites = [(re.compile(pattern), replacement)
                              for pattern, replacement in data.get("time_rewrites", [])]
        self.time_not_first = frozenset(fold(word) for word in data.get("time_not_first", []))

    def english(self, said: str, quantities: dict | None = None, rewrites: list = ()) -> str:
        """``said`` in English; ``quantities`` instead of the language's, ``rewrites`` before its own."""
        from .spoken_numbers import digits  # noqa: PLC0415

        quantities = self.quantities if quantities is None else quantities
        tokens, folded, index, kept = said.split(), fold(said).split(), 0, []
        while index < len(tokens):
            for phrase in sorted(quantities, key=len, reverse=True):
                if tuple(folded[index:index + len(phrase)]) == phrase:
                    kept.append(quantities[phrase])
                    index += len(phrase)
                    break
            else:
                kept.append(tokens[index])
                index += 1
        text = fold(digits(" ".join(kept), self.language))
        for pattern, replacement in [*rewrites, *self.rewrites]:
            text = pattern.sub(replacement, text)
        return " ".join(self.words.get(word, word) for word in text.split())

    def parse(self, text: str, vocabulary: frozenset[str], value, *, not_first: frozenset[str] | None = None,
              not_last: frozenset[str] | None = None, quantities: dict | None = None,
              rewrites: list = ()) -> Span | None:
        from .spoken_numbers import is_number, is_number_word  # noqa: PLC0415

        not_first = self.not_first if not_first is None else not_first
        not_last = self.not_last if not_last is None else not_last

        def belongs(word: str) -> bool:
            return fold(word) in vocabulary or is_number(word) or is_number_word(word, self.language)

        def parse(said: str) -> str | None:
            words = fold(said).split()
            if words[0] in not_first or words[-1] in not_last:
                return None
            return value(self.english(said, quantities, rewrites))

        return first_span(text, belongs, parse)
