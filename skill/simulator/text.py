"""Text normalisation shared by training and understanding, so both see words the same way.

Letters of any language are kept as they are written (Unicode NFC: "niño", "qué"); ``fold`` drops
their accents for comparing, as a speech recogniser may or may not write them.
"""

from __future__ import annotations

import re
import unicodedata

_ABBREVIATION = re.compile(r"\b((?:[a-z]\.\s?){2,})")
# Numbers said digit by digit, in English unless the locale's language.json says (``spoken_digits``).
ENGLISH_SPOKEN_DIGITS = {"911": "nine one one"}
# Anything but letters, digits, apostrophes and spaces: punctuation, "¿" and "¡", symbols.
_NOT_WORD = re.compile(r"[^\w' ]+|_")
_SPACES = re.compile(r"\s+")


def normalize(text: str, spoken_digits: dict[str, str] | None = None) -> str:
    """Lowercase words as Alexa would transcribe them: "E. R." and "ER" both become "er", "911" is spoken,
    "¿Qué hago?" is "qué hago"."""
    text = unicodedata.normalize("NFC", text).lower().replace("\u2019", "'")
    text = _ABBREVIATION.sub(lambda m: m.group(1).replace(".", "").replace(" ", "") + " ", text)
    for digits, words in (ENGLISH_SPOKEN_DIGITS if spoken_digits is None else spoken_digits).items():
        text = re.sub(rf"\b{digits}\b", words, text)
    text = _NOT_WORD.sub(" ", text.replace("-", " "))
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """``text`` without accents, one character for one ("qué" -> "que", "niño" -> "nino"), so a
    position in the folded text is the same position in ``text`` (which is NFC)."""
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFD", char)[0] for char in text)


def without_apostrophes(text: str) -> str:
    """For the classifier and for comparing words: "can't" and a typed "cant" are the same word, and so
    are "qué" and "que"."""
    return fold(text).replace("'", "")
