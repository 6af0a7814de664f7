"""How a spoken turn addresses the skill: "open X", "ask X to ...", or nothing (already in session)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .text import normalize

LAUNCH_VERBS = ("open", "start", "launch", "begin", "load", "run", "use", "play", "resume")
ONE_SHOT_VERBS = ("ask", "tell", "talk to", "ask for", "get")
CONNECTORS = ("to", "about", "for", "if", "whether", "what", "how", "that", "and")


class Addressed(NamedTuple):
    kind: str  # "launch", "one_shot" or "in_session"
    utterance: str


def parse_turn(turn: str, invocation_name: str) -> Addressed:
    """Strips a leading "Alexa," and Alexa's launch and one-shot forms around the invocation name."""
    text = normalize(turn)
    text = re.sub(r"^(alexa|echo|computer)\s+", "", text)
    name = normalize(invocation_name)
    launch = rf"^(?:{'|'.join(LAUNCH_VERBS)})\s+{re.escape(name)}$"
    if re.match(launch, text):
        return Addressed("launch", "")
    one_shot = rf"^(?:{'|'.join(ONE_SHOT_VERBS + LAUNCH_VERBS)})\s+{re.escape(name)}\s+(?P<rest>.+)$"
    match = re.match(one_shot, text)
    if match:
        rest = match.group("rest")
        rest = re.sub(rf"^(?:{'|'.join(('to', 'about', 'for', 'and'))})\s+", "", rest)
        return Addressed("one_shot", rest)
    trailing = re.match(rf"^(?P<rest>.+?)\s+(?:using|with|from|on)\s+{re.escape(name)}$", text)
    if trailing:
        return Addressed("one_shot", trailing.group("rest"))
    return Addressed("in_session", text)
