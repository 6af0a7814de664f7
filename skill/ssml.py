"""SSML text helpers, with no content behind them: the simulator's captions use them without loading the skill."""

from __future__ import annotations

import re

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def plain_text(ssml: str) -> str:
    """Card text for an SSML fragment: the words without the tags, and ``&amp;`` as ``&``."""
    text = _SPACE.sub(" ", _TAG.sub("", ssml)).strip()
    return _ENTITY.sub(lambda match: _ENTITIES[match[1]], text) if "&" in text else text


def escape(text: str) -> str:
    """Plain text made safe inside SSML: an address with "&" stays valid speech."""
    return text.translate(_ESCAPES)
