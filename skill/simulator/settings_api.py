"""The Alexa Settings API, served on loopback: what the skill asks Alexa about the device, answered offline.

    GET /v2/devices/{deviceId}/settings/System.timeZone   ->  200  "America/Chicago"

with ``Authorization: Bearer <the request's apiAccessToken>``, as Alexa's own API wants it; 401 without
that token, 404 for any other path or device. The server listens on 127.0.0.1 on a port the system
picks, starts on first use, and stops when the simulator closes.
"""

from __future__ import annotations

import hmac
import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TIME_ZONE_PATH = "/v2/devices/{device_id}/settings/System.timeZone"


class SettingsApi:
    """One device's settings, answered over HTTP on loopback for as long as the simulator runs."""

    def __init__(self, device_id: str, time_zone: str, token: str):
        self.device_id = device_id
        self.time_zone = time_zone
        self.token = token
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def endpoint(self) -> str:
        """The base URL to put in a request's ``context.System.apiEndpoint``; starts the server."""
        with self._lock:
            if self._server is None:
                self._start()
            host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    def _start(self) -> None:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        server.daemon_threads = True  # a call still open never keeps the simulator from exiting
        server.settings = self
        self._thread = threading.Thread(target=server.serve_forever, name="alexa-settings-api", daemon=True)
        self._thread.start()
        self._server = server

    def stop(self) -> None:
        with self._lock:
            if self._server is None:
                return
            self._server.shutdown()
            self._server.server_close()
            self._thread.join()
            self._server = self._thread = None

    def answer(self, path: str, authorization: str | None) -> tuple[int, object]:
        """The status and JSON body for a GET of ``path``; the HTTP layer only carries them."""
        if path.split("?", 1)[0] != TIME_ZONE_PATH.format(device_id=self.device_id):
            return HTTPStatus.NOT_FOUND, {"code": "INVALID_URI", "message": f"no such setting: {path}"}
        if not hmac.compare_digest((authorization or "").encode(), f"Bearer {self.token}".encode()):
            return HTTPStatus.UNAUTHORIZED, {"code": "INVALID_TOKEN",
                                             "message": "the request's apiAccessToken is required"}
        return HTTPStatus.OK, self.time_zone


class _Handler(BaseHTTPRequestHandler):
    server_version = "AlexaSettingsSimulator/1.0"

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        status, body = self.server.settings.answer(self.path, self.headers.get("Authorization"))
        payload = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        """Quiet: the simulator's output is the conversation, not an access log."""
