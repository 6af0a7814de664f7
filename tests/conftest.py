"""Shared fixtures: the real skill, its content, its interaction model, and conversation runners."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from skill.builder import build_skill
from skill.content import CONTENT
from skill.simulator.client import Conversation, InProcessSkill

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "interaction_models" / "en-US.json"
GUIDE_PATH = Path(os.environ.get("BACK_SPASM_GUIDE", ROOT.parent / "shared" / "guide" / "back-spasms-guide.txt"))


@pytest.fixture(scope="session")
def skill():
    return build_skill()


@pytest.fixture(scope="session")
def content():
    return CONTENT["en-US"]


@pytest.fixture(scope="session")
def language_model() -> dict:
    return json.loads(MODEL_PATH.read_text())["interactionModel"]["languageModel"]


@pytest.fixture(scope="session")
def guide_text() -> str:
    if not GUIDE_PATH.exists():
        pytest.fail(f"the guide is missing at {GUIDE_PATH}; set BACK_SPASM_GUIDE to its path")
    return GUIDE_PATH.read_text(encoding="utf-8")


@pytest.fixture
def conversation(skill):
    def start(locale: str = "en-US") -> Conversation:
        return Conversation(InProcessSkill(skill), locale=locale)

    return start
