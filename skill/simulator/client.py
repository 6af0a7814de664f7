"""Sends envelopes to the skill, in-process or over HTTP, and keeps the session between turns."""

from __future__ import annotations

import json
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from . import envelopes
from .device import VirtualDevice


class EndpointError(Exception):
    """The web service could not be reached or did not answer with a skill response."""


class InProcessSkill:
    """Calls the same skill object the Lambda handler uses, through JSON both ways, as Alexa would."""

    endpoint = "in-process"

    def __init__(self, skill=None):
        if skill is None:
            from ..builder import build_skill

            skill = build_skill()
        self._skill = skill

    def __call__(self, request_envelope: dict) -> dict:
        from ..serialization import request_envelope as read_request  # noqa: PLC0415 - with the skill, as Lambda reads it

        serializer = self._skill.serializer
        request = read_request(serializer, request_envelope)
        return serializer.serialize(self._skill.invoke(request_envelope=request, context=None))


class HttpSkill:
    """POSTs envelopes to a running web service (verification off, development mode)."""

    def __init__(self, url: str, timeout: float = 8.0):
        self.endpoint = checked_url(url)
        self._timeout = timeout

    def __call__(self, request_envelope: dict) -> dict:
        body = json.dumps(request_envelope).encode("utf-8")
        import urllib.error  # noqa: PLC0415 - only --endpoint pays for urllib's HTTP stack
        import urllib.request  # noqa: PLC0415

        request = urllib.request.Request(self.endpoint, data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self._timeout) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            reason = error.read().decode("utf-8", "replace")[:200]
            raise EndpointError(f"{self.endpoint} answered {error.code}: {reason}") from None
        except (urllib.error.URLError, OSError) as error:
            raise EndpointError(f"cannot reach {self.endpoint}: {getattr(error, 'reason', error)}") from None
        except json.JSONDecodeError:
            raise EndpointError(f"{self.endpoint} did not answer with JSON") from None


def checked_url(url: str) -> str:
    """``url`` if it is an http(s) URL with a host; EndpointError, in one line, otherwise."""
    example = "give a URL such as http://127.0.0.1:5000/"
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number)
    except ValueError as error:
        raise EndpointError(f"bad endpoint {url!r} ({error}): {example}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"bad endpoint {url!r}: {example}")
    return url


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Exchange:
    request: dict
    response: dict
    milliseconds: float

    @property
    def speech(self) -> str:
        return ((self.response.get("response") or {}).get("outputSpeech") or {}).get("ssml", "")

    @property
    def ends_session(self) -> bool:
        return bool((self.response.get("response") or {}).get("shouldEndSession"))

    @property
    def attributes(self) -> dict:
        return self.response.get("sessionAttributes") or {}

    @property
    def screen(self) -> dict | None:
        """The APL RenderDocument directive of the response, if it has one."""
        directives = (self.response.get("response") or {}).get("directives") or []
        return next((d for d in directives if d.get("type") == "Alexa.Presentation.APL.RenderDocument"), None)


@dataclass
class Conversation:
    """One Alexa session: carries session attributes from each response into the next request.

    With a ``device``, every request names it and carries the token and endpoint of its Settings API,
    as Alexa's do; ``clock`` stamps the requests (real UTC time unless a test fixes it).
    """

    skill: object
    locale: str = "en-US"
    skill_id: str = envelopes.SIMULATOR_SKILL_ID
    device: VirtualDevice | None = None
    clock: Callable[[], datetime] = utc_now
    session_id: str = field(default_factory=envelopes.new_session_id)
    attributes: dict | None = None
    started: bool = False
    ended: bool = False
    screen: bool = False  # an Echo Show: requests list the APL interface

    def send(self, request: dict) -> Exchange:
        if self.ended:
            self.restart()
        system = self.device.system_context() if self.device else None
        envelope = envelopes.envelope(request, session_id=self.session_id, new=not self.started,
                                      attributes=self.attributes, skill_id=self.skill_id, system=system,
                                      screen=self.screen)
        began = time.perf_counter()
        response = self.skill(envelope)
        elapsed = (time.perf_counter() - began) * 1000
        self.started = True
        self.attributes = response.get("sessionAttributes") or {}
        exchange = Exchange(envelope, response, elapsed)
        if request["type"] == "SessionEndedRequest" or exchange.ends_session:
            self.ended = True
        return exchange

    def launch(self) -> Exchange:
        return self.send(envelopes.launch_request(self.locale, now=self.clock()))

    def intent(self, name: str, slots: dict[str, dict] | None = None) -> Exchange:
        return self.send(envelopes.intent_request(self.locale, name, slots, now=self.clock()))

    def touch(self, arguments: list) -> Exchange:
        """A touch on the screen whose SendEvent carries ``arguments`` (an APL UserEvent)."""
        return self.send(envelopes.user_event_request(self.locale, arguments, now=self.clock()))

    def end(self) -> Exchange:
        return self.send(envelopes.session_ended_request(self.locale, now=self.clock()))

    def restart(self) -> None:
        self.session_id = envelopes.new_session_id()
        self.attributes = None
        self.started = False
        self.ended = False
