"""``GET /simulator``: the offline simulator as a web page, served by ``python -m skill.web --dev`` only.

The page is plain HTML, CSS and a small script (``templates/simulator.html``, ``static/``); every turn goes
through a small JSON endpoint to the same pipeline as the CLI: the simulator's NLU, the envelope it builds,
the same skill object as the Alexa route, and the loopback Settings API it emulates.

    POST /simulator/api/session   {"locale", "timeZone", "screen"}          -> a new session
    POST /simulator/api/turn      {"session", "text"} or {"session", "event": [...]}  -> one turn
    GET  /simulator/api/replay/<session>                                     -> an ASK CLI replay file

Bad input is a 4xx with ``{"error": reason}``. Never registered in production (create_app refuses).
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict

from flask import Blueprint, Response, jsonify, render_template, request

from ..content import CONTENT
from ..simulator.client import InProcessSkill
from ..simulator.device import DEFAULT_TIME_ZONE, UnknownTimeZone, time_zone
from ..simulator.engine import Simulator, SimulatorError
from ..simulator.locales import LocaleError
from ..simulator.model import ModelError
from ..simulator.replay import replay_text
from ..ssml import plain_text

# The locales the skill speaks, from its content: a new language needs no change here.
LOCALES = tuple(CONTENT)
TIME_ZONES = ("America/Chicago", "America/New_York", "America/Denver", "America/Phoenix", "America/Los_Angeles",
              "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "America/Mexico_City", "UTC",
              "Europe/London", "Asia/Tokyo")
MAX_SESSIONS = 16  # a development page: the oldest session is closed (its Settings API stopped) past this
MAX_TEXT = 500
RENDER = "Alexa.Presentation.APL.RenderDocument"


class BadInput(Exception):
    def __init__(self, reason: str, status: int = 400):
        super().__init__(reason)
        self.reason = reason
        self.status = status


class PageSession:
    """One browser session: a Simulator (its own device and Settings API) and what was said, for replay."""

    def __init__(self, skill, locale: str, zone: str, screen: bool):
        self.simulator = Simulator(InProcessSkill(skill), locale=locale, time_zone=zone)
        self.simulator.conversation.screen = screen
        self.screen = screen
        self.said: list[str] = []
        self.lock = threading.Lock()

    def close(self) -> None:
        self.simulator.close()


class Sessions:
    def __init__(self, skill, limit: int = MAX_SESSIONS):
        self.skill = skill
        self.limit = limit
        self._sessions: OrderedDict[str, PageSession] = OrderedDict()
        self._lock = threading.Lock()

    def new(self, locale: str, zone: str, screen: bool) -> tuple[str, PageSession]:
        session = PageSession(self.skill, locale, zone, screen)
        key = secrets.token_urlsafe(16)
        with self._lock:
            self._sessions[key] = session
            evicted = []
            while len(self._sessions) > self.limit:
                evicted.append(self._sessions.popitem(last=False)[1])
        for old in evicted:
            old.close()
        return key, session

    def get(self, key) -> PageSession:
        with self._lock:
            session = self._sessions.get(key) if isinstance(key, str) else None
            if session is None:
                raise BadInput("unknown session: start a new one (POST /simulator/api/session)", 404)
            self._sessions.move_to_end(key)
            return session

    def close(self, key) -> None:
        with self._lock:
            session = self._sessions.pop(key, None) if isinstance(key, str) else None
        if session is not None:
            session.close()


def _body() -> dict:
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise BadInput("send a JSON object (Content-Type: application/json)")
    return data


def _screen_preview(response: dict) -> dict | None:
    """What the APL document would show: its texts, banner and buttons (each with the UserEvent it sends)."""
    directives = (response.get("response") or {}).get("directives") or []
    directive = next((d for d in directives if d.get("type") == RENDER), None)
    if directive is None:
        return None
    data = (directive.get("datasources") or {}).get("screen") or {}
    buttons = [{"label": b.get("label", ""), "arguments": [b.get("event"), b.get("answer")]}
               for b in data.get("buttons") or []]
    return {"text": data.get("text", ""), "banner": data.get("banner") if data.get("hasBanner") else None,
            "bannerDetail": data.get("bannerDetail") if data.get("hasBannerDetail") else None,
            "buttons": buttons, "token": directive.get("token")}


def _slots(request_body: dict) -> dict:
    slots = ((request_body.get("request") or {}).get("intent") or {}).get("slots") or {}
    result = {}
    for name, slot in slots.items():
        if "value" not in slot:
            continue
        authorities = (slot.get("resolutions") or {}).get("resolutionsPerAuthority") or []
        resolved = None
        status = None
        if authorities:
            status = authorities[0].get("status", {}).get("code")
            values = authorities[0].get("values") or []
            resolved = values[0]["value"]["id"] if values else None
        result[name] = {"value": slot["value"], "id": resolved, "status": status}
    return result


def _card(card: dict | None) -> dict | None:
    if not card:
        return None
    if card.get("type") == "AskForPermissionsConsent":  # the Alexa app's button to allow a permission
        return {"title": "Permission card (Alexa app)", "text": "Asks to allow: " + ", ".join(card.get("permissions") or [])}
    return {"title": card.get("title", ""), "text": card.get("content") or card.get("text") or ""}


def turn_result(user: str, turn_request: dict, response: dict, intent: str | None, ended: bool,
                prompt: str | None = None) -> dict:
    """One turn for the page. ``prompt`` is Alexa's own question after the skill's answer (a permission)."""
    body = response.get("response") or {}
    card = body.get("card")
    last = (response.get("sessionAttributes") or {}).get("last") or {}
    speech = " ".join(part for part in (plain_text((body.get("outputSpeech") or {}).get("ssml", "")), prompt)
                      if part)
    return {
        "user": user,
        "speech": speech,
        "card": _card(card),
        "triage": last.get("triage") if isinstance(last, dict) else None,
        "requestType": (turn_request.get("request") or {}).get("type"),
        "intent": intent,
        "slots": _slots(turn_request),
        "screen": _screen_preview(response),
        "ended": ended,
        "request": turn_request,
        "response": response,
    }


def create_blueprint(skill) -> Blueprint:
    page = Blueprint("simulator_page", __name__, template_folder="templates", static_folder="static",
                     static_url_path="/simulator/static")
    sessions = Sessions(skill)
    page.sessions = sessions  # for tests

    @page.errorhandler(BadInput)
    def bad_input(error: BadInput):
        return jsonify(error=error.reason), error.status

    @page.get("/simulator")
    def simulator_page():
        return render_template("simulator.html", locales=LOCALES, time_zones=TIME_ZONES,
                               default_zone=DEFAULT_TIME_ZONE)

    @page.post("/simulator/api/session")
    def new_session():
        data = _body()
        locale = data.get("locale", "en-US")
        zone = data.get("timeZone", DEFAULT_TIME_ZONE)
        screen = data.get("screen", False)
        if locale not in LOCALES:
            raise BadInput(f"unknown locale {locale!r}: choose one of {', '.join(LOCALES)}")
        if not isinstance(zone, str):
            raise BadInput("timeZone must be an IANA name such as America/Chicago")
        try:
            time_zone(zone)
        except UnknownTimeZone as error:
            raise BadInput(str(error)) from None
        if not isinstance(screen, bool):
            raise BadInput("screen must be true or false")
        sessions.close(data.get("previous"))
        try:
            key, _ = sessions.new(locale, zone, screen)
        except (SimulatorError, LocaleError, ModelError) as error:
            raise BadInput(str(error)) from None
        return jsonify(session=key, locale=locale, timeZone=zone, screen=screen)

    @page.post("/simulator/api/turn")
    def turn():
        data = _body()
        session = sessions.get(data.get("session"))
        with session.lock:
            if "event" in data:
                arguments = data["event"]
                if not (isinstance(arguments, list) and 0 < len(arguments) <= 8
                        and all(isinstance(a, (str, int, float, bool)) for a in arguments)):
                    raise BadInput("event must be a short list of the touched button's arguments")
                if not session.screen:
                    raise BadInput("this session's device has no screen to touch")
                conversation = session.simulator.conversation
                exchange = conversation.touch(arguments)
                label = data.get("label") if isinstance(data.get("label"), str) else None
                # The replay file is text only: a touch is recorded as the button's words, as said aloud.
                if label:
                    session.said.append(label[:MAX_TEXT])
                return jsonify(turn_result(f"(touched {label or arguments})", exchange.request, exchange.response,
                                           None, conversation.ended))
            text = data.get("text")
            if not isinstance(text, str):
                raise BadInput("text must be what the user says, as a string")
            if len(text) > MAX_TEXT:
                raise BadInput(f"text is too long ({len(text)} characters; at most {MAX_TEXT})")
            try:
                said = session.simulator.say(text)
            except SimulatorError as error:
                raise BadInput(str(error)) from None
            session.said.append(text.strip())
            return jsonify(turn_result(text.strip(), said.exchange.request, said.exchange.response, said.intent,
                                       session.simulator.session_ended, said.prompt))

    @page.get("/simulator/api/replay/<key>")
    def replay(key: str):
        session = sessions.get(key)
        if not session.said:
            raise BadInput("nothing said yet: a replay file needs at least one turn")
        return Response(replay_text(session.simulator.locale, session.said), mimetype="application/json",
                        headers={"Content-Disposition": 'attachment; filename="simulator-session.json"'})

    return page
