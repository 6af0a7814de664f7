"""Where in an utterance a built-in slot value may be: the word spans a parser is asked about.

Alexa fills a built-in slot with a whole phrase ("two and a half days ago"), never with part of a
word run and never with words around it ("she fell", "and"). The parsers try each run of words their
type uses, leftmost first and longest first, so the biggest phrase wins and nothing else is taken.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator, NamedTuple

_WORD = re.compile(r"[\w.'-]+")


class Span(NamedTuple):
    words: str  # as said, so the slot's spoken words can be compared with what the sample captured
    value: str


def words_of(text: str) -> list[str]:
    """The words of ``text`` in lower case; punctuation between them is dropped."""
    return [word.strip(".'-") or word for word in _WORD.findall(text.lower())]


def runs(words: list[str], belongs: Callable[[str], bool]) -> Iterator[list[str]]:
    """Maximal runs of consecutive words that ``belongs`` accepts."""
    run: list[str] = []
    for word in words + [""]:
        if word and belongs(word):
            run.append(word)
        elif run:
            yield run
            run = []


def first_span(text: str, belongs: Callable[[str], bool], parse: Callable[[str], str | None]) -> Span | None:
    """The leftmost, then longest, run of accepted words that ``parse`` turns into a value."""
    for run in runs(words_of(text), belongs):
        for start in range(len(run)):
            for end in range(len(run), start, -1):
                said = " ".join(run[start:end])
                value = parse(said)
                if value is not None:
                    return Span(said, value)
    return None
