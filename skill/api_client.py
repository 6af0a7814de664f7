"""ask-sdk's ApiClient over the standard library, with a short timeout.

ask-sdk-core's DefaultApiClient needs ``requests``, which the Lambda zip would then have to carry, and
waits as long as the server likes. Alexa gives the whole answer about 8 seconds, so a call to an Alexa
API (the Settings API, for the device's time zone; the Reminders API) must give up quickly and let the skill
answer without it.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse

TIMEOUT_SECONDS = 1.0
MAX_BODY_BYTES = 64 * 1024  # a setting is a few bytes; never read an endless body
# Plain http only to this machine (a local stand-in for the Alexa APIs): the bearer token of a real
# request must never cross a network unencrypted.
_LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")


class UrllibApiClient(ApiClient):
    """Sends ask-sdk service requests with urllib; ``timeout`` bounds connecting and each read."""

    def __init__(self, timeout: float = TIMEOUT_SECONDS):
        self.timeout = timeout

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        # Imported here, not at module import: only turns that call an API pay for urllib's HTTP stack,
        # so a cold start stays as quick as before.
        import urllib.error
        import urllib.request

        _check_url(request.url)
        body = _encoded(request.body)
        outgoing = urllib.request.Request(request.url, data=body, method=request.method,
                                          headers=_joined(request.headers))
        try:
            with urllib.request.urlopen(outgoing, timeout=self.timeout) as response:
                return ApiClientResponse(headers=list(response.headers.items()), status_code=response.status,
                                         body=_text(response.read(MAX_BODY_BYTES)))
        except urllib.error.HTTPError as error:
            # Not an exception to ask-sdk: the service client turns the status into its own error.
            with error:
                return ApiClientResponse(headers=list(error.headers.items()) if error.headers else [],
                                         status_code=error.code, body=_text(error.read(MAX_BODY_BYTES)))


def _check_url(url: str | None) -> None:
    parts = urlsplit(url or "")
    if parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS):
        return
    raise ValueError("Alexa API requests must use https")


def _encoded(body) -> bytes | None:
    """The request body as bytes: ask-sdk's service clients hand over the serialised object (a reminder,
    a dict), as DefaultApiClient would send it: JSON."""
    if body is None or isinstance(body, bytes):
        return body
    return (body if isinstance(body, str) else json.dumps(body)).encode("utf-8")


def _joined(headers: list[tuple[str, str]] | None) -> dict[str, str]:
    """ask-sdk's header list as a dict; a header given twice keeps both values, comma-separated."""
    joined: dict[str, str] = {}
    for name, value in headers or []:
        joined[name] = f"{joined[name]}, {value}" if name in joined else value
    return joined


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")
