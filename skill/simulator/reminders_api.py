"""The Alexa Reminders API, as the simulator's loopback server answers it (``settings_api``):

    POST /v1/alerts/reminders    ->  201 {"alertToken", "createdTime", "updatedTime", "status", "version", "href"}

with ``Authorization: Bearer <the request's apiAccessToken>``. Without the reminders permission on the
device, 401; a body that is not a reminder Alexa would take, 400 with the reason; with ``failing`` set
(a test's outage), 503. Accepted reminders are kept, in order, for ``.reminders`` and ``--json``.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from http import HTTPStatus
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

REMINDERS_PATH = "/v1/alerts/reminders"
SCOPE = "alexa::alerts:reminders:skill:readwrite"


class RemindersApi:
    def __init__(self):
        self.granted = False  # the reminders permission, on this device, for this skill
        self.failing = False
        self.reminders: list[dict] = []
        self._lock = threading.Lock()

    def create(self, body) -> tuple[int, dict]:
        if self.failing:
            return HTTPStatus.SERVICE_UNAVAILABLE, {"code": "SERVICE_UNAVAILABLE", "message": "simulated outage"}
        if not self.granted:
            return HTTPStatus.UNAUTHORIZED, {"code": "UNAUTHORIZED",
                                             "message": f"the user has not granted {SCOPE}"}
        try:
            reminder = _reminder(body)
        except (KeyError, TypeError, ValueError, IndexError, ZoneInfoNotFoundError) as error:
            return HTTPStatus.BAD_REQUEST, {"code": "INVALID_REQUEST", "message": str(error) or type(error).__name__}
        with self._lock:
            token = f"simulator-reminder-{len(self.reminders) + 1}"
            self.reminders.append({"alertToken": token, **reminder})
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        return HTTPStatus.CREATED, {"alertToken": token, "createdTime": now, "updatedTime": now, "status": "ON",
                                    "version": "1", "href": f"{REMINDERS_PATH}/{token}"}


def _reminder(body: dict) -> dict:
    """What a reminder says and when it goes off, checked as the API would; ValueError with the reason."""
    requested = datetime.fromisoformat(body["requestTime"])
    trigger = body["trigger"]
    spoken = body["alertInfo"]["spokenInfo"]["content"][0]
    text, locale = spoken["text"], spoken["locale"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError("alertInfo.spokenInfo.content[0].text is empty")
    if trigger["type"] == "SCHEDULED_ABSOLUTE":
        local = datetime.fromisoformat(trigger["scheduledTime"])
        if local.tzinfo is not None:
            raise ValueError("scheduledTime is local time, without an offset; timeZoneId names the zone")
        zone = ZoneInfo(trigger["timeZoneId"])
        fires = local.replace(tzinfo=zone)
        if fires.astimezone(timezone.utc).replace(tzinfo=None) <= requested.replace(tzinfo=None):
            raise ValueError("scheduledTime is not after requestTime")
        when = {"scheduledTime": local.isoformat(timespec="minutes"), "timeZoneId": zone.key}
    elif trigger["type"] == "SCHEDULED_RELATIVE":
        offset = trigger["offsetInSeconds"]
        if not isinstance(offset, int) or offset <= 0:
            raise ValueError("offsetInSeconds must be a positive whole number")
        fires = requested.replace(tzinfo=timezone.utc) + timedelta(seconds=offset)
        when = {"offsetInSeconds": offset, "firesAtUtc": fires.isoformat(timespec="minutes")}
    else:
        raise ValueError(f"trigger type {trigger['type']!r} is not one this simulator knows")
    return {"text": text, "locale": locale, **when}
