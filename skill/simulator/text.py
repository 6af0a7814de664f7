"""Text normalisation shared by training and understanding, so both see words the same way."""

from __future__ import annotations

import re

_ABBREVIATION = re.compile(r"\b((?:[a-z]\.\s?){2,})")
_SPOKEN_DIGITS = {"911": "nine one one"}
_NOT_WORD = re.compile(r"[^a-z0-9' ]+")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Lowercase words as Alexa would transcribe them: "E. R." and "ER" both become "er", "911" is spoken."""
    text = text.lower().replace("\u2019", "'")
    text = _ABBREVIATION.sub(lambda m: m.group(1).replace(".", "").replace(" ", "") + " ", text)
    for digits, words in _SPOKEN_DIGITS.items():
        text = re.sub(rf"\b{digits}\b", words, text)
    text = _NOT_WORD.sub(" ", text.replace("-", " "))
    return _SPACES.sub(" ", text).strip()


def without_apostrophes(text: str) -> str:
    """For the classifier, "can't" and a typed "cant" are the same word."""
    return text.replace("'", "")
