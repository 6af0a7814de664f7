"""Shared fixtures: the real skill, its content, its interaction model, and conversation runners."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# The simulator's trained weights go to a cache of this run's own, so the tests never read a stale one
# from the user's home nor leave one behind (tests/test_nlu_cache.py checks the cache itself).
os.environ.setdefault("BACK_SPASM_CACHE", str(Path(__import__("tempfile").mkdtemp(prefix="back-spasm-cache-"))))
# The tests speak for the repository's default facility, whatever the shell running them has configured.
os.environ.pop("FACILITY_FILE", None)

from skill.builder import build_skill
from skill.content import CONTENT
from skill.simulator.client import Conversation, InProcessSkill

ROOT = Path(__file__).resolve().parent.parent
# A test that runs the simulator in a subprocess may be the run's first to train its classifier from nothing (over a
# minute on a slow machine); this timeout only guards against a hang.
SIMULATOR_SUBPROCESS_TIMEOUT = 300


def run_module(module: str, *args: str, input_text: str | None = None,
               env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m module args``, as a user runs it from the checkout: output captured as text."""
    return subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, cwd=ROOT,
                          input=input_text, timeout=SIMULATOR_SUBPROCESS_TIMEOUT, env=env)


MODEL_PATH = ROOT / "interaction_models" / "en-US.json"
# Every locale the skill speaks: a content file and an interaction model of its own. Tests that hold for
# any language run over each (the fixtures locale_content and locale_model); English wording stays on en-US.
LOCALES = sorted(locale for locale in CONTENT if (ROOT / "interaction_models" / f"{locale}.json").exists())


def model_for(locale: str) -> dict:
    return json.loads((ROOT / "interaction_models" / f"{locale}.json").read_text(encoding="utf-8"))[
        "interactionModel"]["languageModel"]
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


@pytest.fixture(scope="session", params=LOCALES)
def locale(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def locale_content(locale):
    """Each locale's content in turn."""
    return CONTENT[locale]


@pytest.fixture(scope="session")
def locale_model(locale) -> dict:
    """Each locale's interaction model in turn."""
    return model_for(locale)


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


@pytest.fixture
def dev_service(skill):
    """The web service in development mode (no signature checks) on a loopback port: its base URL."""
    import threading

    from werkzeug.serving import make_server

    from skill.web import create_app

    app = create_app(skill, config={"ASK_SDK_VERIFY_SIGNATURE": False, "ASK_SDK_VERIFY_TIMESTAMP": False})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        thread.join()
