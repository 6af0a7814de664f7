"""The Flask app factory: the same skill object as Lambda, behind Alexa's request verification."""

from __future__ import annotations

import logging
import os

from ask_sdk_core.skill import CustomSkill
from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from ..builder import build_skill
from ..request_log import RequestLog
from .adapter import VERIFY_SIGNATURE, VERIFY_TIMESTAMP, SkillAdapter, error_response
from .verification import RequestVerifier

logger = logging.getLogger(__name__)

ALEXA_ROUTE = "/"
MAX_BODY_BYTES = 128 * 1024  # Alexa requests are a few kilobytes
DEFAULT_SERVICE_NAME = "back-spasm-web"


class ConfigurationError(Exception):
    """The service would start unsafe or broken; it refuses to start instead."""


def _flag(value, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() not in ("0", "false", "no", "off", "")


def create_app(skill: CustomSkill | None = None, *, verifier: RequestVerifier | None = None,
               config: dict | None = None, request_log: RequestLog | None = None) -> Flask:
    """The web service. Settings come from ``config``, then the environment:

    ``ALEXA_SKILL_ID`` (required while signatures are verified), ``ASK_SDK_VERIFY_SIGNATURE`` and
    ``ASK_SDK_VERIFY_TIMESTAMP`` (both on unless set to false; turning them off is for development),
    ``SERVICE_NAME`` (the ``service`` of its log lines and metrics, default back-spasm-web),
    ``SIMULATOR_PAGE`` (``python -m skill.web --dev`` only: ``GET /simulator``, the simulator as a web page;
    refused while signatures are verified, so production answers it 404).
    Each request and each refusal is one JSON line on stdout (``request_log``).
    """
    settings = {key: os.environ.get(key)
                for key in ("ALEXA_SKILL_ID", VERIFY_SIGNATURE, VERIFY_TIMESTAMP, "SERVICE_NAME")}
    settings["SIMULATOR_PAGE"] = None  # never from the environment: only --dev turns the page on
    settings.update(config or {})
    # No /static route: the only static files are the simulator page's, served by its blueprint in --dev.
    app = Flask(__name__, static_folder=None)
    app.config[VERIFY_SIGNATURE] = _flag(settings[VERIFY_SIGNATURE], True)
    app.config[VERIFY_TIMESTAMP] = _flag(settings[VERIFY_TIMESTAMP], True)
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    skill_id = settings.get("ALEXA_SKILL_ID") or None

    if app.config[VERIFY_SIGNATURE]:
        if skill_id is None:
            raise ConfigurationError("ALEXA_SKILL_ID must be set while request signatures are verified")
        verifier = verifier or RequestVerifier()
    if not (app.config[VERIFY_SIGNATURE] and app.config[VERIFY_TIMESTAMP]):
        logger.warning("Alexa request verification is OFF (signature=%s, timestamp=%s): development only, "
                       "never expose this service to the internet", app.config[VERIFY_SIGNATURE],
                       app.config[VERIFY_TIMESTAMP])

    simulator_page = _flag(settings.get("SIMULATOR_PAGE"), False)
    if simulator_page and app.config[VERIFY_SIGNATURE]:
        raise ConfigurationError("the simulator page is for development only: turn signature verification off")

    request_log = request_log or RequestLog(service=settings.get("SERVICE_NAME") or DEFAULT_SERVICE_NAME)
    # The skill id goes to the adapter, which answers a mismatch with 403 before the SDK sees it.
    skill = skill or build_skill()
    SkillAdapter(skill, skill_id, verifier, request_log).register(app, ALEXA_ROUTE)
    if simulator_page:
        from .simulator_page import create_blueprint  # noqa: PLC0415 - production never loads the simulator

        app.register_blueprint(create_blueprint(skill))

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        # Wrong method, path or size: refused before the adapter, logged like its refusals.
        status = error.code or 400
        request_log.rejected(status, type(error).__name__, request.headers.get("SignatureCertChainUrl"))
        return error_response(error.description or error.name, status)

    return app
