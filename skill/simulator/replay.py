"""ASK CLI dialog replay files: ``{"skillId", "locale", "type": "text", "userInput": [...]}``.

The same file plays here and with ``ask dialog --replay`` against the live skill.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from .envelopes import SIMULATOR_SKILL_ID


class ReplayError(Exception):
    """A replay file that cannot be played, with the reason in one line."""


class Replay(NamedTuple):
    skill_id: str
    locale: str
    turns: list[str]


def read_replay(path: Path) -> Replay:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReplayError(f"replay file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ReplayError(f"cannot read replay file {path}: {error}") from None
    except json.JSONDecodeError as error:
        raise ReplayError(f"replay file {path} is not valid JSON: {error.msg} at line {error.lineno}") from None
    if not isinstance(data, dict):
        raise ReplayError(f"replay file {path} must hold a JSON object")
    missing = [key for key in ("skillId", "locale", "type", "userInput") if key not in data]
    if missing:
        raise ReplayError(f"replay file {path} is missing {', '.join(missing)}")
    if data["type"] != "text":
        raise ReplayError(f"replay file {path} has type {data['type']!r}; only 'text' is supported")
    turns = data["userInput"]
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
        raise ReplayError(f"replay file {path}: userInput must be a non-empty list of non-empty strings")
    if not isinstance(data["locale"], str) or not isinstance(data["skillId"], str):
        raise ReplayError(f"replay file {path}: skillId and locale must be strings")
    return Replay(data["skillId"], data["locale"], turns)


def replay_text(locale: str, turns: list[str], skill_id: str = SIMULATOR_SKILL_ID) -> str:
    """An ASK CLI replay file's text: what the CLI's ``.record`` writes and the browser page downloads."""
    data = {"skillId": skill_id, "locale": locale, "type": "text", "userInput": list(turns)}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_replay(path: Path, locale: str, turns: list[str], skill_id: str = SIMULATOR_SKILL_ID) -> None:
    try:
        path.write_text(replay_text(locale, turns, skill_id), encoding="utf-8")
    except OSError as error:
        raise ReplayError(f"cannot write replay file {path}: {error.strerror or error}") from None
