"""The device's time zone, from the Alexa Settings API, asked at most once per request.

Alexa resolves "yesterday" on the device's calendar, so the skill must count on it too. The zone
needs no permission from the user. Any failure (no API access in the request, a timeout, an HTTP
error, an unknown zone name) gives None and the date counts conservatively (``skill.onset``): the
turn never fails for it.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from ask_sdk_core.handler_input import HandlerInput

logger = logging.getLogger(__name__)

# Request attribute holding the zone (or None once the API failed): request attributes live for one
# request only, so the zone is never kept about a user.
_ZONE = "device_time_zone"


def device_zone(handler_input: HandlerInput) -> ZoneInfo | None:
    """The device's zone; the Settings API is called on the first use in a request only."""
    attributes = handler_input.attributes_manager.request_attributes
    if _ZONE not in attributes:
        attributes[_ZONE] = _ask_settings_api(handler_input)
    return attributes[_ZONE]


def _ask_settings_api(handler_input: HandlerInput) -> ZoneInfo | None:
    system = getattr(handler_input.request_envelope.context, "system", None)
    device_id = getattr(getattr(system, "device", None), "device_id", None)
    factory = handler_input.service_client_factory
    if not (factory and device_id and getattr(system, "api_endpoint", None)
            and getattr(system, "api_access_token", None)):
        return None  # a request from a test tool or an old envelope: nothing to ask
    try:
        name = factory.get_ups_service().get_system_time_zone(device_id)
        # zoneinfo reads the system's zone database (Lambda's Amazon Linux has /usr/share/zoneinfo),
        # or the tzdata package when there is none; an unknown name is a failed answer like any other.
        return ZoneInfo(name) if isinstance(name, str) else _failed("no zone name")
    except Exception as error:  # noqa: BLE001 - service, network, serializer and zoneinfo errors alike
        return _failed(type(error).__name__, getattr(error, "status_code", None))


def _failed(reason: str, status: int | None = None) -> None:
    # Only why it failed: never the zone, the device or anything the user said.
    logger.warning("Settings API time zone unavailable: %s%s", reason, f" ({status})" if status else "")
    return None
