"""Alexa request envelopes as JSON dicts, shaped exactly as Alexa sends them to a custom skill."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

SIMULATOR_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
SIMULATOR_USER_ID = "amzn1.ask.account.SIMULATOR"
SIMULATOR_DEVICE_ID = "amzn1.ask.device.SIMULATOR"
API_ENDPOINT = "https://api.amazonalexa.com"


def timestamp(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return now.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _id(prefix: str) -> str:
    return f"amzn1.echo-api.{prefix}.{uuid.uuid4()}"


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


def launch_request(locale: str) -> dict:
    return {"type": "LaunchRequest", "requestId": _id("request"), "timestamp": timestamp(), "locale": locale}


def intent_request(locale: str, intent: str, slots: dict[str, dict] | None = None) -> dict:
    return {"type": "IntentRequest", "requestId": _id("request"), "timestamp": timestamp(), "locale": locale,
            "dialogState": "STARTED",
            "intent": {"name": intent, "confirmationStatus": "NONE", "slots": slots or {}}}


def session_ended_request(locale: str, reason: str = "USER_INITIATED") -> dict:
    return {"type": "SessionEndedRequest", "requestId": _id("request"), "timestamp": timestamp(),
            "locale": locale, "reason": reason}


def envelope(request: dict, *, session_id: str, new: bool, attributes: dict | None,
             skill_id: str = SIMULATOR_SKILL_ID) -> dict:
    application = {"applicationId": skill_id}
    user = {"userId": SIMULATOR_USER_ID}
    return {
        "version": "1.0",
        "session": {"new": new, "sessionId": session_id, "application": application,
                    "attributes": dict(attributes or {}), "user": user},
        "context": {"System": {"application": application, "user": user,
                               "device": {"deviceId": SIMULATOR_DEVICE_ID, "supportedInterfaces": {}},
                               "apiEndpoint": API_ENDPOINT}},
        "request": request,
    }


def new_session_id() -> str:
    return _id("session")
