"""Signing certificates fetched so that a slow or failing download can never starve the service.

Anyone can send a request naming a certificate URL the service has not seen, and each one used to
hold a worker thread for the whole download (up to 5 s, more while DNS hangs): eight of them took
every thread of the README's gunicorn setup, and a URL that failed was fetched again on every request.
Now, per process:

- one download per URL at a time, shared by every request that needs it (single flight);
- it runs in its own thread, so a waiting request gives up at its deadline even if the download
  never returns (urllib's timeout bounds each socket read, not the whole download, nor DNS);
- at most ``max_fetches`` downloads run and at most ``max_waiting`` requests wait for one; past
  either, a request is refused at once (CertificateFetchBusy) instead of queueing;
- a failure (download, chain, deadline) is remembered for ``failure_seconds`` and answered from
  memory, without another download.

Requests whose certificate is cached never come here, so they are answered while all this goes on.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Callable, NamedTuple

from cryptography.x509 import Certificate

from .rejections import (CertificateFetchBusy, CertificateFetchTimeout, CertificateUnavailable,
                         VerificationError)

MAX_FETCHES = 2
# Half of the README's 4 threads per gunicorn worker: the other half always answers cached requests.
MAX_WAITING = 2
WAIT_SECONDS = 5.0
FAILURE_SECONDS = 60.0
MAX_REMEMBERED_FAILURES = 1024  # made-up URLs each fail once; remembering them must not grow without end


class _Failure(NamedTuple):
    error_type: type[VerificationError]
    reason: str
    until: float


class _Flight:
    """One download under way: its result, once ``done`` is set."""

    def __init__(self, started: float):
        self.started = started
        self.done = threading.Event()
        self.leaf: Certificate | None = None
        self.failure: _Failure | None = None


class CertificateFetcher:
    """``get(url)``: the validated signing certificate for ``url``, from ``load`` (download and
    validate), at most one load per URL at a time. Raises a VerificationError subclass otherwise."""

    def __init__(self, load: Callable[[str], Certificate], *, max_fetches: int = MAX_FETCHES,
                 max_waiting: int = MAX_WAITING, wait_seconds: float = WAIT_SECONDS,
                 failure_seconds: float = FAILURE_SECONDS, clock: Callable[[], float] = time.monotonic):
        self._load = load
        self.max_fetches = max_fetches
        self.max_waiting = max_waiting
        self.wait_seconds = wait_seconds
        self.failure_seconds = failure_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._flights: dict[str, _Flight] = {}
        self._failures: OrderedDict[str, _Failure] = OrderedDict()
        self.running = 0   # downloads whose thread has not returned, even past their deadline
        self.waiting = 0   # requests blocked in get()

    def get(self, url: str) -> Certificate:
        flight, leader = self._join(url)
        if leader:
            try:
                threading.Thread(target=self._fetch, args=(url, flight), name="certificate-fetch", daemon=True).start()
            except RuntimeError:  # no thread to be had: a failure like any other, never a stuck slot
                self._finish(url, flight, self._failure(CertificateUnavailable, "could not start the download"))
        try:
            finished = flight.done.wait(max(0.0, flight.started + self.wait_seconds - self._clock()))
        finally:
            with self._lock:
                self.waiting -= 1
        if not finished:
            self._give_up(url, flight)
            raise CertificateFetchTimeout(f"certificate download took more than {self.wait_seconds:g} s")
        if flight.failure is not None:
            raise flight.failure.error_type(flight.failure.reason)
        return flight.leaf

    def _join(self, url: str) -> tuple[_Flight, bool]:
        """The flight to wait for, and whether this request must start it; or a rejection, at once."""
        now = self._clock()
        with self._lock:
            failure = self._failures.get(url)
            if failure is not None:
                if failure.until > now:
                    raise failure.error_type(f"{failure.reason} (remembered for {self.failure_seconds:g} s)")
                del self._failures[url]
            if self.waiting >= self.max_waiting:
                raise CertificateFetchBusy("too many requests already waiting for a certificate download")
            flight = self._flights.get(url)
            leader = flight is None
            if leader:
                if self.running >= self.max_fetches:
                    raise CertificateFetchBusy("too many certificate downloads already running")
                flight = self._flights[url] = _Flight(now)
                self.running += 1
            self.waiting += 1
            return flight, leader

    def _fetch(self, url: str, flight: _Flight) -> None:
        failure = None
        try:
            flight.leaf = self._load(url)
        except VerificationError as error:
            failure = self._failure(type(error), error.reason)
        except Exception:  # noqa: BLE001 - any download failure is the request's problem, not a 500
            failure = self._failure(CertificateUnavailable, "could not download the signing certificate chain")
        self._finish(url, flight, failure)

    def _finish(self, url: str, flight: _Flight, failure: _Failure | None) -> None:
        flight.failure = failure
        with self._lock:
            self.running -= 1
            if self._flights.get(url) is flight:
                del self._flights[url]
            if flight.failure is not None:
                self._remember(url, flight.failure)
            else:
                self._failures.pop(url, None)  # a late success, after a deadline gave up on it
        flight.done.set()

    def _give_up(self, url: str, flight: _Flight) -> None:
        """Past the deadline: later requests for this URL are refused from memory, not made to wait."""
        with self._lock:
            if self._flights.get(url) is flight:
                del self._flights[url]
                self._remember(url, self._failure(CertificateUnavailable, "certificate download timed out"))

    def _failure(self, error_type: type[VerificationError], reason: str) -> _Failure:
        return _Failure(error_type, reason, self._clock() + self.failure_seconds)

    def _remember(self, url: str, failure: _Failure) -> None:
        self._failures[url] = failure
        self._failures.move_to_end(url)
        while len(self._failures) > MAX_REMEMBERED_FAILURES:
            self._failures.popitem(last=False)
