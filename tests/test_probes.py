"""Breadth probes for each locale's red-flag reader (tests/golden/probes.<locale>.yaml): everyday wordings of
every warning sign, written to find wording the lexicon lacks before an unseen set does, and everyday talk
(topic questions, denials in any word order, other meanings of sign words, pets, other body parts) that must
raise no sign at all, a stricter bar than the golden never_raise lists. They guard the lexicon's classes
against losing the wordings they were added for; they are not an accuracy figure (benchmarks/labelled/ is)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from skill.content import CONTENT

GOLDEN = Path(__file__).parent / "golden"
PROBES = {path.name.removeprefix("probes.").removesuffix(".yaml"): yaml.safe_load(path.read_text(encoding="utf-8"))
          for path in sorted(GOLDEN.glob("probes.*.yaml"))}
# English only: back pain that has reached the chest is chest pain, the same level and the same advice.
ALSO_MEETS = {"en-US": {"PAIN_SPREADING_CHEST": {"CHEST_PAIN_OR_BREATHING"}}}


def reader(locale: str):
    return CONTENT[locale].lexicon


def test_every_locale_has_probes():
    assert set(PROBES) == set(CONTENT)


@pytest.mark.parametrize("locale", sorted(PROBES))
def test_every_red_flag_has_at_least_fifteen_probes(locale):
    raised = PROBES[locale]["raise"]
    assert set(raised) == set(CONTENT[locale].red_flags)
    assert all(len(phrases) >= 15 for phrases in raised.values()), {f: len(p) for f, p in raised.items()}


@pytest.mark.parametrize("locale", sorted(PROBES))
def test_probes_are_not_repeated(locale):
    probes = PROBES[locale]
    phrases = [p for ps in probes["raise"].values() for p in ps] + probes["never_raise"] + probes.get("denied", [])
    assert len(phrases) == len(set(phrases)), sorted({p for p in phrases if phrases.count(p) > 1})


@pytest.mark.parametrize("locale,flag,phrase", [(locale, flag, phrase) for locale, probes in PROBES.items()
                                                for flag, phrases in probes["raise"].items() for phrase in phrases])
def test_probe_raises_its_sign(locale, flag, phrase):
    signs = set(reader(locale).signs(phrase))
    assert signs & ({flag} | ALSO_MEETS.get(locale, {}).get(flag, set())), reader(locale).findings(phrase)


@pytest.mark.parametrize("locale,phrase", [(locale, phrase) for locale, probes in PROBES.items()
                                           for phrase in probes["never_raise"]])
def test_probe_raises_nothing(locale, phrase):
    assert reader(locale).signs(phrase) == [], reader(locale).findings(phrase)


@pytest.mark.parametrize("locale,phrase", [(locale, phrase) for locale, probes in PROBES.items()
                                           for phrase in probes.get("denied", [])])
def test_denied_probe_raises_nothing_and_is_read_as_denied(locale, phrase):
    findings = reader(locale).findings(phrase)
    assert reader(locale).signs(phrase) == [], findings
    assert any(f.negated for f in findings), f"the denial was not read: {phrase!r}"
