"""Breadth probes for the Spanish reader (tests/golden/probes.es-US.yaml): everyday US Spanish written to find
wording the lexicon lacks before an unseen set does. Each raise probe must raise its sign; a never_raise probe
(a denial in any word order, a topic question, another meaning of a sign word, a pet, another body part) must
raise no sign at all, a stricter bar than the golden never_raise list."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from skill.content import CONTENT

READER = CONTENT["es-US"].lexicon
PROBES = yaml.safe_load((Path(__file__).parent / "golden" / "probes.es-US.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("flag,phrase", [(flag, phrase) for flag, phrases in PROBES["raise"].items()
                                         for phrase in phrases])
def test_probe_raises_its_sign(flag, phrase):
    assert flag in READER.signs(phrase), READER.findings(phrase)


@pytest.mark.parametrize("phrase", PROBES["never_raise"])
def test_probe_raises_nothing(phrase):
    assert READER.signs(phrase) == [], READER.findings(phrase)


def test_every_sign_has_at_least_fifteen_probes():
    assert set(PROBES["raise"]) == set(CONTENT["es-US"].red_flags)
    assert all(len(phrases) >= 15 for phrases in PROBES["raise"].values())


def test_no_probe_is_listed_twice():
    phrases = [p for ps in PROBES["raise"].values() for p in ps] + PROBES["never_raise"]
    assert len(phrases) == len(set(phrases))
