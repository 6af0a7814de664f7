"""The intent classifier as plain arrays, answered without scikit-learn.

scikit-learn trains it (``training.py``); what the simulator needs at every start is only the result:
two TF-IDF vocabularies with their idf weights, a linear model's coefficients, and the training rows
for the nearest-sample similarity. Importing scikit-learn takes seconds and its per-call checks cost
more than the arithmetic, so the weights are kept here in ``array`` form and applied in Python, with
exactly the analysers scikit-learn used (word 1-2 grams, ``char_wb`` 2-4 grams, sublinear tf, l2),
and NumPy for the two products, imported at the first request that needs the classifier.
"""

from __future__ import annotations

import json
import math
import re
from array import array
from collections import Counter
from functools import lru_cache

# scikit-learn's default token pattern: words of two or more characters.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_FORMAT = b"back-spasm-classifier/1\n"
CHAR_NGRAMS = (2, 4)
WORD_NGRAMS = (1, 2)


def word_ngrams(text: str) -> list[str]:
    tokens = _TOKEN.findall(text)
    grams = list(tokens)
    for n in range(max(2, WORD_NGRAMS[0]), WORD_NGRAMS[1] + 1):
        grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def char_wb_ngrams(text: str) -> list[str]:
    """scikit-learn's ``char_wb`` analyser: n-grams inside each space-padded word."""
    grams = []
    for word in text.split():
        padded = f" {word} "
        for n in range(CHAR_NGRAMS[0], CHAR_NGRAMS[1] + 1):
            offset = 0
            grams.append(padded[offset:offset + n])
            while offset + n < len(padded):
                offset += 1
                grams.append(padded[offset:offset + n])
            if offset == 0:  # the word is shorter than n: longer n-grams would repeat it
                break
    return grams


class _Analyser:
    """One TF-IDF half: its n-grams, their column numbers from ``offset`` on, and the idf weights."""

    def __init__(self, ngrams, vocabulary: list[str], idf: array, offset: int):
        self.ngrams = ngrams
        self.terms = vocabulary
        self.columns = {term: offset + index for index, term in enumerate(vocabulary)}
        self.idf = idf
        self.offset = offset

    def features(self, text: str) -> list[tuple[int, float]]:
        counts = Counter(gram for gram in self.ngrams(text) if gram in self.columns)
        weighted = [(self.columns[gram], (1 + math.log(count)) * self.idf[self.columns[gram] - self.offset])
                    for gram, count in counts.items()]
        norm = math.sqrt(sum(value * value for _, value in weighted))
        return [(column, value / norm) for column, value in weighted] if norm else []


class CompiledClassifier:
    """A linear one-vs-rest model over word and character TF-IDF features, as arrays."""

    def __init__(self, classes: list[str], words: tuple[list[str], array], chars: tuple[list[str], array],
                 coefficients: array, intercepts: array, training: tuple[array, array, array], rows: int,
                 stop_words: list[str], vocabulary: list[str]):
        self.classes = classes
        self._words = _Analyser(word_ngrams, words[0], words[1], 0)
        self._chars = _Analyser(char_wb_ngrams, chars[0], chars[1], len(words[0]))
        self.coefficients = coefficients  # feature-major: column c's weights for every class
        self.intercepts = intercepts
        self.training = training  # the training rows' features, by column (CSC): pointers, rows, values
        self.rows = rows
        self.stop_words = frozenset(stop_words)
        self.vocabulary = vocabulary  # the words of the in-domain training rows
        self._numpy = None

    @lru_cache(maxsize=64)
    def features(self, text: str) -> tuple[tuple[int, float], ...]:
        return tuple(self._words.features(text) + self._chars.features(text))

    def rank(self, text: str) -> list[tuple[str, float]]:
        """Every class with its decision score, best first."""
        numpy, coefficients, _ = self._arrays()
        features = self.features(text)
        scores = numpy.array(self.intercepts)
        if features:
            columns, values = zip(*features)
            scores += numpy.asarray(values) @ coefficients[list(columns)]
        return sorted(zip(self.classes, scores.tolist()), key=lambda item: -item[1])

    def similarity(self, text: str) -> float:
        """The best cosine similarity to a training row, in [0, 1] (each half is a unit vector)."""
        features = self.features(text)
        if not features:
            return 0.0
        numpy, _, (pointers, rows, values) = self._arrays()
        columns, weights = (numpy.asarray(part) for part in zip(*features))
        # Every stored entry of the request's columns, gathered at once, then summed per training row.
        starts, lengths = pointers[columns], pointers[columns + 1] - pointers[columns]
        where = numpy.repeat(starts - numpy.cumsum(lengths) + lengths, lengths) + numpy.arange(lengths.sum())
        totals = numpy.bincount(rows[where], values[where] * numpy.repeat(weights, lengths), minlength=self.rows)
        return float(totals.max()) / 2

    def _arrays(self):
        """NumPy views of the weights, made at the first question: a request the simulator answers
        without the classifier (a sample said word for word) never imports NumPy."""
        if self._numpy is None:
            import numpy  # noqa: PLC0415

            coefficients = numpy.frombuffer(self.coefficients, dtype=self.coefficients.typecode).reshape(-1, len(self.classes))
            training = tuple(numpy.frombuffer(part, dtype=part.typecode) for part in self.training)
            self._numpy = (numpy, coefficients, training)
        return self._numpy

    # storage ---------------------------------------------------------------------------------
    def to_bytes(self, key: str) -> bytes:
        arrays = {"word_idf": self._words.idf, "char_idf": self._chars.idf, "coefficients": self.coefficients,
                  "intercepts": self.intercepts, "pointers": self.training[0], "rows": self.training[1],
                  "values": self.training[2]}
        header = {"key": key, "classes": self.classes, "words": self._words.terms, "chars": self._chars.terms,
                  "training_rows": self.rows, "stop_words": sorted(self.stop_words), "vocabulary": self.vocabulary,
                  "arrays": [[name, part.typecode, len(part)] for name, part in arrays.items()]}
        encoded = json.dumps(header, separators=(",", ":")).encode()
        return b"".join([_FORMAT, str(len(encoded)).encode(), b"\n", encoded,
                         *(part.tobytes() for part in arrays.values())])

    @classmethod
    def from_bytes(cls, data: bytes, key: str) -> CompiledClassifier | None:
        """The classifier stored by ``to_bytes`` under ``key``; None for another key or a damaged file."""
        try:
            if not data.startswith(_FORMAT):
                return None
            length_end = data.index(b"\n", len(_FORMAT))
            start = length_end + 1
            end = start + int(data[len(_FORMAT):length_end])
            header = json.loads(data[start:end])
            if header.get("key") != key:
                return None
            arrays = {}
            for name, typecode, count in header["arrays"]:
                part = array(typecode)
                size = part.itemsize * count
                part.frombytes(data[end:end + size])
                if len(part) != count:
                    return None
                arrays[name] = part
                end += size
            if end != len(data):
                return None
        except (ValueError, KeyError, TypeError):
            return None
        return cls(header["classes"], (header["words"], arrays["word_idf"]), (header["chars"], arrays["char_idf"]),
                   arrays["coefficients"], arrays["intercepts"],
                   (arrays["pointers"], arrays["rows"], arrays["values"]), header["training_rows"],
                   header["stop_words"], header["vocabulary"])
