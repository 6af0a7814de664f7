"""The Alexa Settings API, served on loopback: what the skill asks Alexa about the device, answered offline.

    GET /v2/devices/{deviceId}/settings/System.timeZone   ->  200  "America/Chicago"
    POST /v1/alerts/reminders                             ->  the Reminders API (``reminders_api``)

with ``Authorization: Bearer <the request's apiAccessToken>``, as Alexa's own API wants it; 401 without
that token, 404 for any other path or device. The server listens on 127.0.0.1 on a port the system
picks, starts on first use, and stops when the simulator closes.
"""

from __future__ import annotations

import contextlib
import functools
import json
import socket
import threading
from http import HTTPStatus

from .reminders_api import REMINDERS_PATH, RemindersApi

TIME_ZONE_PATH = "/v2/devices/{device_id}/settings/System.timeZone"
MAX_BODY_BYTES = 64 * 1024


class SettingsApi:
    """One device's settings, answered over HTTP on loopback for as long as the simulator runs.

    The port is bound at first use, and a thread waits in ``accept``; http.server is imported and a
    handler made only when a request arrives. Most turns carry no date and never call the API, so a
    one-shot run pays for a socket and a thread, not for an HTTP server it does not use.
    """

    def __init__(self, device_id: str, time_zone: str, token: str):
        self.device_id = device_id
        self.time_zone = time_zone
        self.token = token
        self.reminders = RemindersApi()
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._lock = threading.Lock()

    @property
    def endpoint(self) -> str:
        """The base URL to put in a request's ``context.System.apiEndpoint``; starts the server."""
        with self._lock:
            if self._socket is None:
                self._start()
            host, port = self._socket.getsockname()[:2]
        return f"http://{host}:{port}"

    @property
    def running(self) -> bool:
        return self._socket is not None

    def _start(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self._stopping = False
        self._thread = threading.Thread(target=self._accept, args=(self._socket,), name="alexa-settings-api",
                                        daemon=True)
        self._thread.start()

    def _accept(self, listening: socket.socket) -> None:
        while True:
            try:
                connection, address = listening.accept()
            except OSError:
                return
            if self._stopping:
                connection.close()
                return
            # One thread per call, as a threading server does: a call left open never blocks the next.
            threading.Thread(target=self._serve, args=(connection, address), daemon=True).start()

    def _serve(self, connection: socket.socket, address) -> None:
        try:
            _handler_class()(connection, address, self)
        except OSError:
            pass  # the caller went away mid-call: nothing to answer
        finally:
            connection.close()

    def stop(self) -> None:
        with self._lock:
            if self._socket is None:
                return
            self._stopping = True
            # accept() is not woken by close() on every system: one connection of our own wakes it.
            with contextlib.suppress(OSError), socket.socket(self._socket.family) as waker:
                waker.settimeout(1)
                waker.connect(self._socket.getsockname())
            self._thread.join(timeout=2)
            self._socket.close()
            self._socket = self._thread = None

    @property
    def settings(self) -> "SettingsApi":
        """What the request handler asks for (``self.server.settings``), as with a server object."""
        return self

    def answer(self, path: str, authorization: str | None) -> tuple[int, object]:
        """The status and JSON body for a GET of ``path``; the HTTP layer only carries them."""
        if path.split("?", 1)[0] != TIME_ZONE_PATH.format(device_id=self.device_id):
            return HTTPStatus.NOT_FOUND, {"code": "INVALID_URI", "message": f"no such setting: {path}"}
        return self._authorized(authorization) or (HTTPStatus.OK, self.time_zone)

    def post(self, path: str, authorization: str | None, body: bytes) -> tuple[int, object]:
        """The status and JSON body for a POST of ``body`` to ``path``: only the Reminders API takes one."""
        if path.split("?", 1)[0] != REMINDERS_PATH:
            return HTTPStatus.NOT_FOUND, {"code": "INVALID_URI", "message": f"no such API: {path}"}
        refused = self._authorized(authorization)
        if refused:
            return refused
        try:
            data = json.loads(body)
        except ValueError:
            return HTTPStatus.BAD_REQUEST, {"code": "INVALID_REQUEST", "message": "the body is not JSON"}
        return self.reminders.create(data)

    def _authorized(self, authorization: str | None) -> tuple[int, object] | None:
        import hmac  # noqa: PLC0415 - only a call to the API pays for hashlib

        if not hmac.compare_digest((authorization or "").encode(), f"Bearer {self.token}".encode()):
            return HTTPStatus.UNAUTHORIZED, {"code": "INVALID_TOKEN",
                                             "message": "the request's apiAccessToken is required"}
        return None


@functools.cache
def _handler_class():
    """http.server's request handler, made at the first call (the import is most of a one-shot's cost)."""
    from http.server import BaseHTTPRequestHandler  # noqa: PLC0415

    class _Handler(BaseHTTPRequestHandler):
        server_version = "AlexaSettingsSimulator/1.0"

        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            self._send(*self.server.settings.answer(self.path, self.headers.get("Authorization")))

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            if not 0 <= length <= MAX_BODY_BYTES:
                self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"code": "INVALID_REQUEST", "message": "too long"})
                return
            body = self.rfile.read(length)
            self._send(*self.server.settings.post(self.path, self.headers.get("Authorization"), body))

        def _send(self, status: int, body: object) -> None:
            payload = json.dumps(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args) -> None:  # noqa: A002
            """Quiet: the simulator's output is the conversation, not an access log."""

    return _Handler
