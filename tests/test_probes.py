"""Breadth probes for the English red-flag reader (tests/golden/probes.en-US.yaml): everyday wordings of every
warning sign, and everyday talk that must raise nothing. They guard the lexicon's classes against losing the
wordings they were added for; they are not an accuracy figure (benchmarks/labelled/ is)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from skill.content import content_for

PROBES = yaml.safe_load((Path(__file__).parent / "golden" / "probes.en-US.yaml").read_text(encoding="utf-8"))
READER = content_for("en-US").lexicon
# Back pain that has reached the chest is chest pain: the same level and the same advice.
ALSO_MEETS = {"PAIN_SPREADING_CHEST": {"CHEST_PAIN_OR_BREATHING"}}


def test_every_red_flag_has_at_least_fifteen_probes():
    flags = set(content_for("en-US").red_flags)
    assert set(PROBES["raise"]) == flags
    assert all(len(PROBES["raise"][flag]) >= 15 for flag in flags), {f: len(p) for f, p in PROBES["raise"].items()}


def test_probes_are_not_repeated():
    phrases = [p for ps in PROBES["raise"].values() for p in ps] + PROBES["never_raise"] + PROBES["denied"]
    assert len(phrases) == len(set(phrases)), sorted({p for p in phrases if phrases.count(p) > 1})


@pytest.mark.parametrize("flag,phrase", [(flag, phrase) for flag, phrases in PROBES["raise"].items() for phrase in phrases])
def test_probe_raises_its_sign(flag, phrase):
    signs = set(READER.signs(phrase))
    assert signs & ({flag} | ALSO_MEETS.get(flag, set())), READER.findings(phrase)


@pytest.mark.parametrize("phrase", PROBES["never_raise"])
def test_probe_raises_nothing(phrase):
    assert READER.signs(phrase) == [], READER.findings(phrase)


@pytest.mark.parametrize("phrase", PROBES["denied"])
def test_denied_probe_raises_nothing_and_is_read_as_denied(phrase):
    findings = READER.findings(phrase)
    assert READER.signs(phrase) == [], findings
    assert any(f.negated for f in findings), f"the denial was not read: {phrase!r}"
