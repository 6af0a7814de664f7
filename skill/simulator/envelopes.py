"""Alexa request envelopes as JSON dicts, shaped exactly as Alexa sends them to a custom skill."""

from __future__ import annotations

import os
from datetime import datetime, timezone

from .device import SIMULATOR_DEVICE_ID, SystemContext

SIMULATOR_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
SIMULATOR_USER_ID = "amzn1.ask.account.SIMULATOR"
API_ENDPOINT = "https://api.amazonalexa.com"
APL_INTERFACE = "Alexa.Presentation.APL"
APL_TOKEN = "backSpasmScreen"  # the token skill.apl renders with (not imported: the simulator stays light)
# An Echo Show 8's screen, as its requests describe it.
SCREEN_VIEWPORT = {"experiences": [{"arcMinuteWidth": 346, "arcMinuteHeight": 216, "canRotate": False,
                                    "canResize": False}],
                   "mode": "HUB", "shape": "RECTANGLE", "pixelWidth": 1280, "pixelHeight": 800, "dpi": 160,
                   "currentPixelWidth": 1280, "currentPixelHeight": 800, "touch": ["SINGLE"], "keyboard": []}


def timestamp(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return now.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _id(prefix: str) -> str:
    # A random id in UUID form, from os.urandom: the uuid module costs a one-shot run several ms to import.
    digits = os.urandom(16).hex()
    return f"amzn1.echo-api.{prefix}.{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def resolution_authority(skill_id: str, slot_type: str) -> str:
    return f"amzn1.er-authority.echo-sdk.{skill_id}.{slot_type}"


def slot(name: str, value: str | None, *, slot_type: str | None = None, value_id: str | None = None,
         canonical: str | None = None, skill_id: str = SIMULATOR_SKILL_ID) -> dict:
    """One slot. Custom slot types carry entity resolution: a match with the value's id, or no match."""
    result: dict = {"name": name, "confirmationStatus": "NONE"}
    if value is None:
        return result
    result["value"] = value
    if slot_type and not slot_type.startswith("AMAZON."):
        authority = {"authority": resolution_authority(skill_id, slot_type)}
        if value_id:
            authority["status"] = {"code": "ER_SUCCESS_MATCH"}
            authority["values"] = [{"value": {"name": canonical or value, "id": value_id}}]
        else:
            authority["status"] = {"code": "ER_SUCCESS_NO_MATCH"}
        result["resolutions"] = {"resolutionsPerAuthority": [authority]}
    return result


# Each request's timestamp is when it is sent, in UTC, as Alexa stamps it; ``now`` fixes it in tests.
def launch_request(locale: str, now: datetime | None = None) -> dict:
    return {"type": "LaunchRequest", "requestId": _id("request"), "timestamp": timestamp(now), "locale": locale}


def intent_request(locale: str, intent: str, slots: dict[str, dict] | None = None,
                   now: datetime | None = None) -> dict:
    return {"type": "IntentRequest", "requestId": _id("request"), "timestamp": timestamp(now), "locale": locale,
            "dialogState": "STARTED",
            "intent": {"name": intent, "confirmationStatus": "NONE", "slots": slots or {}}}


def session_ended_request(locale: str, reason: str = "USER_INITIATED", now: datetime | None = None) -> dict:
    return {"type": "SessionEndedRequest", "requestId": _id("request"), "timestamp": timestamp(now),
            "locale": locale, "reason": reason}


def user_event_request(locale: str, arguments: list, token: str = APL_TOKEN, now: datetime | None = None) -> dict:
    """A touch on the screen: an APL SendEvent's arguments, as Alexa sends them back to the skill."""
    return {"type": "Alexa.Presentation.APL.UserEvent", "requestId": _id("request"), "timestamp": timestamp(now),
            "locale": locale, "token": token, "arguments": list(arguments),
            "source": {"type": "TouchWrapper", "handler": "Press", "id": ""}}


def permission_response(locale: str, scope: str, status: str, token: str, now: datetime | None = None) -> dict:
    """Alexa's answer to a skill's AskFor: the person accepted, denied, or did not answer (``status``)."""
    return {"type": "Connections.Response", "requestId": _id("request"), "timestamp": timestamp(now),
            "locale": locale, "name": "AskFor", "status": {"code": "200", "message": "OK"}, "token": token,
            "payload": {"permissionScope": scope, "status": status}}


def envelope(request: dict, *, session_id: str, new: bool, attributes: dict | None,
             skill_id: str = SIMULATOR_SKILL_ID, system: SystemContext | None = None, screen: bool = False) -> dict:
    """The whole request body. ``system`` names the device and the Alexa API the skill may call with
    the token (the simulator's loopback Settings API); without it, no token, so no API to call.
    ``screen`` makes the device an Echo Show: it lists APL among its interfaces and gives its viewport."""
    application = {"applicationId": skill_id}
    user = {"userId": SIMULATOR_USER_ID}
    if system and system.permissions:  # as Alexa lists what the person allowed, with a consent token
        user["permissions"] = {"consentToken": system.api_access_token,
                               "scopes": {scope: {"status": "GRANTED"} for scope in system.permissions}}
    device = {"deviceId": system.device_id if system else SIMULATOR_DEVICE_ID,
              "supportedInterfaces": {APL_INTERFACE: {"runtime": {"maxVersion": "1.6"}}} if screen else {}}
    context = {"application": application, "user": user, "device": device,
               "apiEndpoint": system.api_endpoint if system else API_ENDPOINT}
    if system:
        context["apiAccessToken"] = system.api_access_token
    whole_context = {"System": context}
    if screen:
        whole_context["Viewport"] = SCREEN_VIEWPORT
    return {
        "version": "1.0",
        "session": {"new": new, "sessionId": session_id, "application": application,
                    "attributes": dict(attributes or {}), "user": user},
        "context": whole_context,
        "request": request,
    }


def new_session_id() -> str:
    return _id("session")
