"""A stand-in for the Alexa Settings API: a real HTTP server on 127.0.0.1, in a thread.

It serves ``GET /v2/devices/{deviceId}/settings/System.timeZone`` with whatever a test set for that
device (a zone name as a JSON string, an HTTP error, garbage, or a delay longer than the skill's
timeout), and keeps every call, so a test can also show that the API was not asked.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_PATH = re.compile(r"^/v2/devices/(?P<device>[^/]+)/settings/System\.timeZone$")


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b""
    delay: float = 0.0


def zone(name: str) -> Answer:
    return Answer(body=json.dumps(name).encode())


@dataclass(frozen=True)
class Call:
    device_id: str
    authorization: str | None


class SettingsApi:
    """``url`` is the apiEndpoint to put in envelopes; ``answers`` maps a device id to its Answer."""

    def __init__(self):
        self.answers: dict[str, Answer] = {}
        self.calls: list[Call] = []
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                match = _PATH.match(self.path)
                device_id = match["device"] if match else ""
                api.calls.append(Call(device_id, self.headers.get("Authorization")))
                answer = api.answers.get(device_id, Answer(status=404, body=b'{"message": "no such device"}'))
                time.sleep(answer.delay)
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(answer.body)))
                    self.end_headers()
                    self.wfile.write(answer.body)
                except OSError:
                    pass  # the skill gave up waiting and closed the connection, as it should

            def log_message(self, *args):  # keep test output quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True  # a handler still sleeping never holds up the tests' exit
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def calls_for(self, device_id: str) -> list[Call]:
        return [call for call in self.calls if call.device_id == device_id]

    def __enter__(self) -> SettingsApi:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
