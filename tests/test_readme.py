"""The README's commands are the ones that run: CI calls its test command exactly, and no command
depends on an activated venv or a `python` on PATH (a fresh clone has neither)."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SHELL_BLOCKS = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
COMMANDS = [line.strip() for block in SHELL_BLOCKS for line in block.splitlines()
            if line.strip() and not line.strip().startswith("#")]


def test_ci_runs_the_readmes_test_command_exactly():
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    test_command = next(command for command in COMMANDS if command.endswith("-m pytest -q"))
    assert ci_lines[-1] == test_command


def test_the_two_commands_come_first_and_start_from_nothing():
    ask, tests = COMMANDS[:2]
    for command in (ask, tests):
        assert command.startswith("python3.11 -m venv .venv && .venv/bin/pip install -e \".[dev]\" && ")
    assert ask.endswith(".venv/bin/python -m skill.ask") and tests.endswith(".venv/bin/python -m pytest -q")


def test_no_command_needs_an_activated_venv():
    bare = [command for command in COMMANDS
            if re.match(r"^(python|pip|pytest|gunicorn|flask)\b(?!3\.11 -m venv)", command)]
    assert bare == []


def test_every_picture_the_readme_shows_is_a_committed_png():
    pictures = re.findall(r"!\[([^\]]+)\]\(([^)]+)\)", README)
    assert {path for _, path in pictures} >= {"docs/screenshots/simulator-page.png", "docs/screenshots/apl-preview.png"}
    for alt, path in pictures:
        assert alt.strip(), f"{path} has no alternative text"
        assert (ROOT / path).read_bytes().startswith(b"\x89PNG\r\n\x1a\n"), path
