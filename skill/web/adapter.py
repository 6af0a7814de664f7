"""A small Flask adapter for an ask-sdk-core skill, shaped like flask-ask-sdk's SkillAdapter.

flask-ask-sdk 1.0.0 cannot be imported on OpenSSL 3.0.10 or newer (its oscrypto 1.3.0 fails to detect
the libcrypto version), so this adapter does the same job with Flask and ``cryptography``:
``SkillAdapter(skill, skill_id, verifier, request_log).register(app, route)``, honouring the config keys
``ASK_SDK_VERIFY_SIGNATURE`` and ``ASK_SDK_VERIFY_TIMESTAMP``. Every refusal is a typed exception
(``rejections``) whose type alone chooses the status and is logged as the reason, in one JSON line.
"""

from __future__ import annotations

import json
import time

from ask_sdk_core.exceptions import AskSdkException
from ask_sdk_core.skill import CustomSkill
from ask_sdk_model.request import Request
from flask import Flask, Response, current_app, request

from ..builder import SkillIdMismatch
from ..request_log import RequestLog
from ..serialization import request_envelope as read_request
from .rejections import (BadRequestBody, CertificateFetchBusy, CertificateFetchTimeout, VerificationError,
                         WrongSkill)
from .verification import RequestVerifier, check_timestamp

VERIFY_SIGNATURE = "ASK_SDK_VERIFY_SIGNATURE"
VERIFY_TIMESTAMP = "ASK_SDK_VERIFY_TIMESTAMP"
KNOWN_REQUEST_TYPES = frozenset(Request.discriminator_value_class_map)
# The status of each kind of refusal, by type; anything else the verifier refuses is a 400. A busy or
# slow certificate download is the service's state, not the request's fault: 503, so Alexa may retry.
STATUS_BY_REJECTION = {WrongSkill: 403, CertificateFetchBusy: 503, CertificateFetchTimeout: 503}


def status_for(rejection: VerificationError) -> int:
    for kind in type(rejection).__mro__:
        if kind in STATUS_BY_REJECTION:
            return STATUS_BY_REJECTION[kind]
    return 400


def error_response(reason: str, status: int) -> Response:
    return Response(json.dumps({"error": reason}), status=status, mimetype="application/json")


class SkillAdapter:
    def __init__(self, skill: CustomSkill, skill_id: str | None, verifier: RequestVerifier | None,
                 request_log: RequestLog):
        self.skill = skill
        self.skill_id = skill_id
        self.verifier = verifier
        self.request_log = request_log

    def register(self, app: Flask, route: str) -> None:
        app.add_url_rule(route, endpoint="alexa", view_func=self.dispatch, methods=["POST"])

    def dispatch(self) -> Response:
        try:
            return self._answer()
        except VerificationError as error:
            status = status_for(error)
            self.request_log.rejected(status, type(error).__name__, request.headers.get("SignatureCertChainUrl"))
            return error_response(error.reason, status)

    def _answer(self) -> Response:
        body = request.get_data(cache=False)
        if current_app.config[VERIFY_SIGNATURE]:
            # Before anything is parsed: only the exact bytes Alexa signed are trusted.
            self.verifier.verify_signature(request.headers.get("SignatureCertChainUrl"),
                                           request.headers.get("Signature-256"), body)
        envelope = _parse_envelope(body)
        request_type = envelope["request"]["type"]
        if current_app.config[VERIFY_TIMESTAMP]:
            check_timestamp(envelope["request"].get("timestamp"), request_type, time.time())
        if self.skill_id is not None and _application_id(envelope) != self.skill_id:
            raise WrongSkill("request is for another skill")
        try:
            # As Lambda and the simulator read it: the dict already parsed, without the unread viewports.
            request_envelope = read_request(self.skill.serializer, envelope)
        except Exception:  # noqa: BLE001 - the SDK raises several types for malformed fields
            raise BadRequestBody("request envelope does not match the Alexa request format") from None
        try:
            response_envelope = self.request_log.invoke(self.skill, request_envelope, None)
        except SkillIdMismatch:
            raise WrongSkill("request is for another skill") from None
        except AskSdkException:
            # The SDK refused the envelope before any handler ran (errors in handlers are answered
            # by the skill's own error handler); its message is not ours to echo.
            raise BadRequestBody("the skill could not read this request") from None
        return Response(json.dumps(self.skill.serializer.serialize(response_envelope)), status=200,
                        mimetype="application/json")


def _parse_envelope(body: bytes) -> dict:
    try:
        envelope = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        raise BadRequestBody("body is not JSON") from None
    if not isinstance(envelope, dict):
        raise BadRequestBody("body is not an Alexa request envelope")
    alexa_request = envelope.get("request")
    if not isinstance(envelope.get("version"), str) or not isinstance(alexa_request, dict):
        raise BadRequestBody("body is not an Alexa request envelope")
    request_type = alexa_request.get("type")
    if not isinstance(request_type, str):
        raise BadRequestBody("request has no type")
    if request_type not in KNOWN_REQUEST_TYPES:
        raise BadRequestBody(f"unknown request type {request_type[:60]!r}")
    if not isinstance(envelope.get("context"), dict) and not isinstance(envelope.get("session"), dict):
        raise BadRequestBody("request has neither context nor session")
    return envelope


def _application_id(envelope: dict) -> str | None:
    """The skill the request is for: context.System.application, or the session's for old requests."""
    for path in (("context", "System", "application", "applicationId"), ("session", "application", "applicationId")):
        value = _dig(envelope, path)
        if isinstance(value, str):
            return value
    return None


def _dig(value, path: tuple[str, ...]):
    """``value[a][b]...`` or None wherever a step is missing or not an object."""
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value
