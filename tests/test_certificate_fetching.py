"""Certificate downloads that cannot starve the web service: single flight, bounded, failures remembered.

The only stand-in is the network download: an injected fetcher serves the test chain, and for URLs
under /echo.api/hang/ it blocks until the test releases it, as a download to an unreachable host would.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from signing import CERT_URL, TestAuthority
from skill.simulator import envelopes
from skill.web import create_app
from skill.web.certificate_fetching import CertificateFetcher
from skill.web.rejections import (CertificateFetchBusy, CertificateFetchTimeout, CertificateRejected,
                                  CertificateUnavailable)
from skill.web.verification import RequestVerifier

HANG = "https://s3.amazonaws.com/echo.api/hang/"


@pytest.fixture(scope="module")
def authority():
    return TestAuthority()


class GatedFetcher:
    """Serves ``pem`` for any URL; a URL under /echo.api/hang/ first waits for ``release``."""

    def __init__(self, pem: bytes):
        self.pem = pem
        self.release = threading.Event()
        self.calls: Counter = Counter()
        self._lock = threading.Lock()

    def __call__(self, url: str) -> bytes:
        with self._lock:
            self.calls[url] += 1
        if url.startswith(HANG) and not self.release.wait(timeout=30):
            raise OSError("timed out")
        return self.pem


def wait_until(condition, seconds: float = 5.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.005)


def test_concurrent_requests_for_one_url_share_one_download(authority):
    fetcher = GatedFetcher(authority.chain_pem())
    verifier = RequestVerifier(trust_store=authority.store(), fetcher=fetcher, max_waiting=6)
    url, body = HANG + "one.pem", b"{}"
    try:
        with ThreadPoolExecutor(6) as pool:
            results = [pool.submit(verifier.verify_signature, url, authority.sign(body), body) for _ in range(6)]
            wait_until(lambda: verifier.certificates.waiting == 6)
            fetcher.release.set()
            assert [result.result(timeout=5) for result in results] == [None] * 6
    finally:
        fetcher.release.set()
    assert fetcher.calls[url] == 1
    assert verifier.cache.get(url, time.time()) is not None


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_failed_download_is_remembered_for_a_minute():
    calls = []

    def unreachable(url):
        calls.append(url)
        raise OSError("no route to host")

    clock = Clock()
    fetcher = CertificateFetcher(unreachable, clock=clock)
    for _ in range(3):
        with pytest.raises(CertificateUnavailable):
            fetcher.get(CERT_URL)
    assert len(calls) == 1, "failures within a minute are answered from memory"
    clock.now += 59
    with pytest.raises(CertificateUnavailable, match="remembered"):
        fetcher.get(CERT_URL)
    clock.now += 2
    with pytest.raises(CertificateUnavailable):
        fetcher.get(CERT_URL)
    assert len(calls) == 2


def test_a_rejected_chain_is_remembered_as_rejected(authority):
    stranger = TestAuthority(name="Stranger")
    fetcher = GatedFetcher(stranger.chain_pem())
    verifier = RequestVerifier(trust_store=authority.store(), fetcher=fetcher)
    for _ in range(2):
        with pytest.raises(CertificateRejected, match="chain rejected"):
            verifier.verify_signature(CERT_URL, stranger.sign(b"{}"), b"{}")
    assert fetcher.calls[CERT_URL] == 1


def test_downloads_and_waiters_are_bounded_and_the_rest_refused_at_once(authority):
    fetcher = GatedFetcher(authority.chain_pem())
    # A long deadline: the waiters must still be waiting when the test releases them, however slow the
    # machine running the tests is (a loaded CI machine made the default 5 s flaky).
    certificates = CertificateFetcher(lambda url: fetcher(url), max_fetches=2, max_waiting=3, wait_seconds=60)
    pool = ThreadPoolExecutor(3)
    try:
        hanging = [pool.submit(certificates.get, HANG + f"{n}.pem") for n in range(2)]
        wait_until(lambda: certificates.running == 2)
        began = time.monotonic()
        with pytest.raises(CertificateFetchBusy, match="downloads already running"):
            certificates.get(HANG + "third.pem")
        refusal_seconds = [time.monotonic() - began]
        follower = pool.submit(certificates.get, HANG + "0.pem")  # joins a running download: waits
        wait_until(lambda: certificates.waiting == 3)
        began = time.monotonic()
        with pytest.raises(CertificateFetchBusy, match="waiting"):
            certificates.get(HANG + "0.pem")
        refusal_seconds.append(time.monotonic() - began)
        assert max(refusal_seconds) < 1.0, "refusals do not wait"
        # A download's slot is taken just before its thread calls the fetcher: wait for the call itself.
        wait_until(lambda: fetcher.calls[HANG + "0.pem"] >= 1)
        assert fetcher.calls[HANG + "third.pem"] == 0 and fetcher.calls[HANG + "0.pem"] == 1
    finally:
        fetcher.release.set()
        pool.shutdown(wait=True)
    assert all(future.exception() is None for future in [*hanging, follower])
    assert (certificates.running, certificates.waiting) == (0, 0)


def test_a_download_that_never_returns_releases_its_waiters_at_the_deadline(authority):
    fetcher = GatedFetcher(authority.chain_pem())
    certificates = CertificateFetcher(fetcher, wait_seconds=0.2, max_fetches=1)
    try:
        began = time.monotonic()
        with pytest.raises(CertificateFetchTimeout):
            certificates.get(HANG + "never.pem")
        assert 0.15 < time.monotonic() - began < 2.0
        with pytest.raises(CertificateUnavailable, match="timed out"):
            certificates.get(HANG + "never.pem")  # remembered: no second download, no waiting
        assert fetcher.calls[HANG + "never.pem"] == 1
        # The hung download still holds its place, so hung downloads can never pile up.
        with pytest.raises(CertificateFetchBusy):
            certificates.get(HANG + "another.pem")
    finally:
        fetcher.release.set()
    wait_until(lambda: certificates.running == 0)


def test_cached_requests_are_answered_promptly_while_downloads_hang(authority, capsys):
    """Eight requests naming new certificate URLs whose download hangs used to hold eight threads
    (every thread of the README's gunicorn setup) for 5 s each. Now at most two wait; the others are
    refused at once with 503, and requests whose certificate is cached are answered meanwhile."""
    fetcher = GatedFetcher(authority.chain_pem())
    verifier = RequestVerifier(trust_store=authority.store(), fetcher=fetcher)
    app = create_app(verifier=verifier, config={"ALEXA_SKILL_ID": envelopes.SIMULATOR_SKILL_ID,
                                                "ASK_SDK_VERIFY_SIGNATURE": True, "ASK_SDK_VERIFY_TIMESTAMP": True})

    def post(url: str):
        body = json.dumps(envelopes.envelope(envelopes.launch_request("en-US"), session_id="s", new=True,
                                             attributes={})).encode()
        began = time.monotonic()
        response = app.test_client().post("/", data=body, headers=authority.headers(body, url=url))
        return response.status_code, time.monotonic() - began

    assert post(CERT_URL)[0] == 200  # its certificate is now cached
    pool = ThreadPoolExecutor(8)
    try:
        hanging = [pool.submit(post, HANG + f"{n}.pem") for n in range(8)]
        wait_until(lambda: sum(future.done() for future in hanging) == 6)
        assert [future.result()[0] for future in hanging if future.done()] == [503] * 6
        assert verifier.certificates.waiting == 2
        cached = [post(CERT_URL) for _ in range(20)]
        assert all(status == 200 for status, _ in cached)
        assert max(seconds for _, seconds in cached) < 0.5, cached
        assert sum(future.done() for future in hanging) == 6, "two still wait for their download"
    finally:
        fetcher.release.set()
        pool.shutdown(wait=True)
    assert sorted(future.result()[0] for future in hanging) == [200, 200] + [503] * 6
    rejections = [json.loads(line) for line in capsys.readouterr().out.splitlines() if '"rejected"' in line]
    assert [(r["status"], r["reason"], r["cert_host"]) for r in rejections] == [
        (503, "CertificateFetchBusy", "s3.amazonaws.com")] * 6
