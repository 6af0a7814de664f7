"""One JSON log line per request, the same on Lambda and in the web service, with its CloudWatch metrics.

The line says what an operator needs and nothing about the person: the request's id, type, intent
and locale, the triage level the answer gave, how long it took, and how it ended. Never a slot value,
a user, device or session id, an API token, or anything said. Fields that come from the request are
kept only when they have the shape Alexa gives them, so even a forged request cannot put words in
the log.

Hosts call ``RequestLog.invoke`` instead of ``skill.invoke``. While it runs, ``speech.speak``
reports the triage level it says (``note_triage``) and the error handler the error it apologised
for (``note_error``), through a thread-local record: each request (thread) sees only its own. (Both
hosts answer a request on one thread; a ``contextvars`` variable would cost the cold start 0.2 ms more.)
The simulator calls ``skill.invoke`` directly and so writes no log line.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from typing import TextIO
from urllib.parse import urlsplit

from .emf import COUNT, MILLISECONDS, directive, with_metrics

NAMESPACE = "BackSpasmSkill"
TRIAGE_LEVELS = ("emergency", "urgent", "see_doctor")
NO_TRIAGE = "none"

ANSWERED = "answered"        # the skill answered as it meant to
APOLOGISED = "apologised"    # a handler failed; the error handler said sorry and the 911 line
FAILED = "failed"            # the error escaped the skill: on Lambda a function error, in the web service a 4xx

REQUEST_METRICS = [directive([["service", "triage"]], {"Requests": COUNT}),
                   directive([["service"]], {"Duration": MILLISECONDS})]
ERROR_METRICS = directive([["service", "error_type"], ["service"]], {"Errors": COUNT})
REJECTION_METRICS = directive([["service", "reason"], ["service"]], {"Rejections": COUNT})


class _Shape:
    """The characters and length Alexa gives a field. Sets, not regular expressions: compiling four
    of those added about 0.3 ms to every cold start (python -X importtime)."""

    def __init__(self, characters: str, longest: int):
        self.characters = frozenset(characters)
        self.longest = longest

    def fits(self, value: str) -> bool:
        return 0 < len(value) <= self.longest and self.characters.issuperset(value)


_LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"
_NAME = _LOWER + _LOWER.upper()
# Anything else is logged as "invalid" rather than as itself. (Request types share the intent's
# shape: "IntentRequest", "AlexaSkillEvent.SkillEnabled".)
_REQUEST_ID = _Shape(_NAME + "._:-", 128)
_INTENT = _Shape(_NAME + "_.", 100)
_LOCALE = _Shape(_NAME + "-", 16)
_HOST = _Shape(_LOWER + ".-", 253)
INVALID = "invalid"


class _Record:
    __slots__ = ("triage", "error_type")

    def __init__(self):
        self.triage = NO_TRIAGE
        self.error_type: str | None = None


_current = threading.local()  # .record: the _Record of the request this thread is answering, or None


def note_triage(level: str | None) -> None:
    """The triage level this request's answer gives (None: none). Only the skill's own levels count:
    a repeated answer carries its level from the session, which a tampered request could fill."""
    record = getattr(_current, "record", None)
    if record is not None:
        record.triage = level if level in TRIAGE_LEVELS else NO_TRIAGE


def note_error(error: BaseException) -> None:
    """An error the skill caught and answered for; its type (never its message) goes in the line."""
    record = getattr(_current, "record", None)
    if record is not None:
        record.error_type = type(error).__name__


def shaped(value, shape: _Shape) -> str | None:
    """``value`` if it has the shape Alexa gives that field, None when absent, else "invalid"."""
    if value is None:
        return None
    return value if isinstance(value, str) and shape.fits(value) else INVALID


def cert_host(url: str | None) -> str | None:
    """The host of a SignatureCertChainUrl, for a rejection's line: never the path, never other text."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        return INVALID
    return shaped(host, _HOST)


class RequestLog:
    """Writes one JSON line per request to ``stream`` (stdout, read at each write, by default).

    ``service`` is the metrics' ``service`` dimension: the Lambda function's name, or the web
    service's name, so two deployments never add up into one figure.
    """

    def __init__(self, service: str, stream: TextIO | None = None, clock=time.time):
        self.service = service
        self.stream = stream  # where lines go; None: sys.stdout, read at each write
        self._clock = clock
        self._lock = threading.Lock()

    def invoke(self, skill, request_envelope, context):
        """``skill.invoke``, timed and logged. An exception that escapes is logged, then re-raised."""
        record = _Record()
        outer, _current.record = getattr(_current, "record", None), record
        started = time.perf_counter()
        outcome = ANSWERED
        try:
            return skill.invoke(request_envelope=request_envelope, context=context)
        except Exception as error:
            outcome, record.error_type = FAILED, type(error).__name__
            raise
        finally:
            _current.record = outer
            if outcome == ANSWERED and record.error_type is not None:
                outcome = APOLOGISED
            self._write_request(request_envelope, context, record, outcome, time.perf_counter() - started)

    def rejected(self, status: int, reason: str, cert_url: str | None = None) -> None:
        """A web request refused before the skill saw it: the status and the reason's class only."""
        fields = {"log": "rejected", "service": self.service, "status": status, "reason": reason,
                  "cert_host": cert_host(cert_url), "Rejections": 1}
        self.write(with_metrics(fields, NAMESPACE, [REJECTION_METRICS], self._timestamp_ms()))

    def write(self, fields: dict) -> None:
        # One write of one line per record, under a lock: threads never interleave half lines, and a
        # flush sends it now (gunicorn's stdout is a pipe, block-buffered otherwise).
        line = json.dumps(fields, separators=(",", ":")) + "\n"
        stream = self.stream or sys.stdout
        with self._lock:
            try:
                stream.write(line)
                stream.flush()
            except (OSError, ValueError):
                pass  # a log that cannot be written (a closed or broken stdout) must not cost the answer

    def _write_request(self, request_envelope, context, record: _Record, outcome: str, seconds: float) -> None:
        request = getattr(request_envelope, "request", None)
        intent = getattr(request, "intent", None)
        fields = {
            "log": "request",
            "service": self.service,
            "request_id": shaped(getattr(request, "request_id", None), _REQUEST_ID),
            "request_type": shaped(getattr(request, "object_type", None), _INTENT),
            "intent": shaped(getattr(intent, "name", None), _INTENT),
            "locale": shaped(getattr(request, "locale", None), _LOCALE),
            "triage": record.triage,
            "outcome": outcome,
            "error_type": record.error_type,
            "duration_ms": round(seconds * 1000, 3),
        }
        lambda_request_id = getattr(context, "aws_request_id", None)
        if isinstance(lambda_request_id, str):
            fields["aws_request_id"] = shaped(lambda_request_id, _REQUEST_ID)
        fields["Requests"] = 1
        fields["Duration"] = fields["duration_ms"]
        directives = REQUEST_METRICS
        if record.error_type is not None:
            fields["Errors"] = 1
            directives = [*REQUEST_METRICS, ERROR_METRICS]
        self.write(with_metrics(fields, NAMESPACE, directives, self._timestamp_ms()))

    def _timestamp_ms(self) -> int:
        return int(self._clock() * 1000)
