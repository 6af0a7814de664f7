"""The Echo the simulator stands in for: its id, its time zone, the permissions granted, and the Alexa APIs
that answer for it."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .reminders_api import SCOPE as REMINDERS_SCOPE
from .settings_api import SettingsApi

DEFAULT_TIME_ZONE = "America/Chicago"
SIMULATOR_DEVICE_ID = "amzn1.ask.device.SIMULATOR"


class UnknownTimeZone(ValueError):
    """A time zone name that is not in the IANA database."""


def time_zone(name: str) -> ZoneInfo:
    """The IANA zone called ``name`` ("America/Chicago"); UnknownTimeZone, in one line, otherwise."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UnknownTimeZone(f"unknown time zone {name!r}: give an IANA name such as America/Chicago") from None


class SystemContext(NamedTuple):
    """What a request's ``context.System`` says about the device and the API the skill may call."""

    device_id: str
    api_endpoint: str
    api_access_token: str
    permissions: tuple[str, ...] = ()  # the permission scopes the person granted this skill


class VirtualDevice:
    """A device in one time zone whose Settings API runs on loopback from the first request to close()."""

    def __init__(self, zone_name: str = DEFAULT_TIME_ZONE, device_id: str = SIMULATOR_DEVICE_ID):
        self.zone = time_zone(zone_name)
        self.zone_name = zone_name
        self.device_id = device_id
        # A fresh token per device: the API answers only requests that carry it, as Alexa's does.
        self.api_access_token = f"simulator.{secrets.token_urlsafe(24)}"
        self.settings_api = SettingsApi(device_id, zone_name, self.api_access_token)

    @property
    def reminders(self):
        """The Reminders API this device's loopback server answers: its permission and what it accepted."""
        return self.settings_api.reminders

    def system_context(self) -> SystemContext:
        granted = (REMINDERS_SCOPE,) if self.reminders.granted else ()
        return SystemContext(self.device_id, self.settings_api.endpoint, self.api_access_token, granted)

    def local_time(self, now: datetime) -> datetime:
        """``now`` (timezone-aware) as the device's wall clock shows it."""
        return now.astimezone(self.zone)

    def close(self) -> None:
        self.settings_api.stop()

    def __enter__(self) -> "VirtualDevice":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
