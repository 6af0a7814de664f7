"""Alexa reminders on the person's own device: the permission, asking for it by voice, and setting one
through ask-sdk's ReminderManagementServiceClient (over ``skill.api_client``, with its short timeout).

Nothing here keeps anything: a reminder lives in the person's Alexa account, which they manage in the
Alexa app; the skill remembers only, for the session, which ones it set (so it never sets one twice).
The reminder model classes are imported when a reminder is set, not at a cold start.
"""

from __future__ import annotations

import logging
from datetime import datetime

from ask_sdk_core.handler_input import HandlerInput

from .reminder_time import Schedule

logger = logging.getLogger(__name__)

SCOPE = "alexa::alerts:reminders:skill:readwrite"
# The AskFor request's token comes back in its Connections.Response: it says the answer is about reminders.
PERMISSION_TOKEN = "reminders"
CONNECTIONS_RESPONSE = "Connections.Response"


def has_permission(handler_input: HandlerInput) -> bool:
    """Whether the request says the person allowed this skill's reminders (context.System.user.permissions)."""
    system = getattr(handler_input.request_envelope.context, "system", None)
    permissions = getattr(getattr(system, "user", None), "permissions", None)
    scope = (getattr(permissions, "scopes", None) or {}).get(SCOPE)
    status = getattr(scope, "status", None)
    return getattr(status, "value", status) == "GRANTED"


def ask_for_permission():
    """Alexa asks by voice whether the person allows reminders; the answer comes back as a
    Connections.Response named AskFor."""
    from ask_sdk_model.interfaces.connections import SendRequestDirective  # noqa: PLC0415

    return SendRequestDirective(name="AskFor", token=PERMISSION_TOKEN, payload={
        "@type": "AskForPermissionsConsentRequest", "@version": "2",
        "permissionScopes": [{"permissionScope": SCOPE, "consentLevel": "ACCOUNT"}]})


def permission_card():
    """The Alexa app's card with the button that allows reminders."""
    from ask_sdk_model.ui import AskForPermissionsConsentCard  # noqa: PLC0415

    return AskForPermissionsConsentCard(permissions=[SCOPE])


def permission_answer(handler_input: HandlerInput) -> str | None:
    """"ACCEPTED", "DENIED" or "NOT_ANSWERED" for the answer to this skill's AskFor; None for any other request."""
    request = handler_input.request_envelope.request
    if getattr(request, "object_type", None) != CONNECTIONS_RESPONSE or getattr(request, "name", None) != "AskFor":
        return None
    payload = getattr(request, "payload", None) or {}
    status = payload.get("status") if isinstance(payload, dict) else None
    return status if status in ("ACCEPTED", "DENIED") else "NOT_ANSWERED"


def create(handler_input: HandlerInput, schedule: Schedule, text: str, locale: str, now: datetime) -> bool:
    """Sets one reminder saying ``text``; False when it could not be set (no API in the request, a
    timeout, an error from the API): the caller says so and gives the time to do it by hand."""
    system = getattr(handler_input.request_envelope.context, "system", None)
    factory = handler_input.service_client_factory
    if not (factory and getattr(system, "api_endpoint", None) and getattr(system, "api_access_token", None)):
        return _failed("no API access in the request")
    from ask_sdk_model.services.reminder_management import (  # noqa: PLC0415 - only when a reminder is set
        AlertInfo, PushNotification, PushNotificationStatus, ReminderRequest, SpokenInfo, SpokenText, Trigger,
        TriggerType)

    if schedule.local is not None:
        trigger = Trigger(object_type=TriggerType.SCHEDULED_ABSOLUTE, scheduled_time=schedule.local,
                          time_zone_id=schedule.zone)
    else:
        trigger = Trigger(object_type=TriggerType.SCHEDULED_RELATIVE, offset_in_seconds=schedule.offset_seconds(now))
    reminder = ReminderRequest(
        request_time=now.replace(tzinfo=None), trigger=trigger,
        alert_info=AlertInfo(spoken_info=SpokenInfo(content=[SpokenText(locale=locale, text=text)])),
        push_notification=PushNotification(status=PushNotificationStatus.ENABLED))
    try:
        factory.get_reminder_management_service().create_reminder(reminder)
    except Exception as error:  # noqa: BLE001 - service, network and serializer errors alike: an apology
        return _failed(type(error).__name__, getattr(error, "status_code", None))
    return True


def _failed(reason: str, status: int | None = None) -> bool:
    # Only why: never the reminder, its time or anything the person said.
    logger.warning("Reminder not set: %s%s", reason, f" ({status})" if status else "")
    return False
