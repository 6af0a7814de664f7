"""Alexa request verification: certificate chain URL, chain of trust, signature, timestamp.

Follows Alexa's rules for skills hosted as web services. The chain is validated with
``cryptography.x509.verification`` against a root store (certifi's by default), and the
``Signature-256`` header (SHA-256, PKCS#1 v1.5) is checked over the exact raw body bytes. A chain not
yet cached is downloaded through ``certificate_fetching``, which bounds what downloads may cost.
Each refusal is its own exception type (``rejections``).
"""

from __future__ import annotations

import base64
import binascii
import posixpath
import threading
import time
import urllib.request
from collections import OrderedDict
from datetime import datetime, timezone
from typing import Callable, NamedTuple
from urllib.parse import unquote, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509 import Certificate, DNSName, load_pem_x509_certificates
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError as ChainError

from .certificate_fetching import CertificateFetcher
from .rejections import BadCertificateUrl, BadSignature, BadTimestamp, CertificateRejected

CERT_HOST = "s3.amazonaws.com"
CERT_PATH_PREFIX = "/echo.api/"
SIGNING_NAME = "echo-api.amazon.com"
MAX_REQUEST_AGE_SECONDS = 150
MAX_SKILL_EVENT_AGE_SECONDS = 3600  # skill events (AlexaSkillEvent.*) may be delivered up to an hour late
MAX_CHAIN_BYTES = 64 * 1024
FETCH_TIMEOUT_SECONDS = 5

Fetcher = Callable[[str], bytes]


def check_cert_chain_url(url: str | None) -> str:
    """The URL if Alexa could have sent it: https, s3.amazonaws.com, port 443, path under /echo.api/."""
    if not url:
        raise BadCertificateUrl("missing SignatureCertChainUrl header")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise BadCertificateUrl("malformed SignatureCertChainUrl") from None
    if parts.scheme.lower() != "https":
        raise BadCertificateUrl("certificate URL must use https")
    if (parts.hostname or "").lower() != CERT_HOST:
        raise BadCertificateUrl("certificate URL host must be s3.amazonaws.com")
    if port is not None and port != 443:
        raise BadCertificateUrl("certificate URL port must be 443")
    path = posixpath.normpath(unquote(parts.path)) if parts.path else ""
    if not path.startswith(CERT_PATH_PREFIX):
        raise BadCertificateUrl("certificate URL path must start with /echo.api/")
    return url


def fetch_https(url: str) -> bytes:
    """Downloads a certificate chain; production's fetcher (tests inject their own)."""
    with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT_SECONDS) as response:  # noqa: S310 (https only, checked)
        data = response.read(MAX_CHAIN_BYTES + 1)
    if len(data) > MAX_CHAIN_BYTES:
        raise CertificateRejected("certificate chain is too large")
    return data


def default_trust_store() -> Store:
    import certifi

    with open(certifi.where(), "rb") as bundle:
        return Store(load_pem_x509_certificates(bundle.read()))


class _CachedChain(NamedTuple):
    leaf: Certificate
    expires_at: float


class CertificateCache:
    """Validated signing certificates by URL: bounded in size, each entry expiring."""

    def __init__(self, max_entries: int = 32, ttl_seconds: float = 3600):
        self.max_entries = max_entries
        self.ttl_seconds = ttl_seconds
        self._entries: OrderedDict[str, _CachedChain] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, url: str, now: float) -> Certificate | None:
        with self._lock:
            entry = self._entries.get(url)
            if entry is None:
                return None
            if entry.expires_at <= now:
                del self._entries[url]
                return None
            self._entries.move_to_end(url)
            return entry.leaf

    def put(self, url: str, leaf: Certificate, now: float) -> None:
        not_after = leaf.not_valid_after_utc.timestamp()
        with self._lock:
            self._entries[url] = _CachedChain(leaf, min(now + self.ttl_seconds, not_after))
            self._entries.move_to_end(url)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


class RequestVerifier:
    """Verifies that a request body was signed by Alexa. Raises a VerificationError subclass otherwise.

    ``fetch_limits`` go to the CertificateFetcher (``max_fetches``, ``max_waiting``, ``wait_seconds``,
    ``failure_seconds``, ``clock``).
    """

    def __init__(self, trust_store: Store | None = None, fetcher: Fetcher = fetch_https,
                 clock: Callable[[], float] = time.time, cache: CertificateCache | None = None, **fetch_limits):
        self._store = trust_store or default_trust_store()
        self._fetch = fetcher
        self._clock = clock
        self.cache = cache or CertificateCache()
        self.certificates = CertificateFetcher(self._download_and_validate, **fetch_limits)
        self.fetches = 0

    def verify_signature(self, cert_url: str | None, signature_b64: str | None, body: bytes) -> None:
        url = check_cert_chain_url(cert_url)
        if not signature_b64:
            raise BadSignature("missing Signature-256 header")
        try:
            signature = base64.b64decode(signature_b64, validate=True)
        except (binascii.Error, ValueError):
            raise BadSignature("Signature-256 is not base64") from None
        leaf = self._signing_certificate(url)
        public_key = leaf.public_key()
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise CertificateRejected("signing certificate does not hold an RSA key")
        try:
            public_key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise BadSignature("signature does not match the request body") from None

    def _signing_certificate(self, url: str) -> Certificate:
        leaf = self.cache.get(url, self._clock())
        return leaf if leaf is not None else self.certificates.get(url)

    def _download_and_validate(self, url: str) -> Certificate:
        """Runs in the CertificateFetcher's own thread; any exception is the request's refusal."""
        pem = self._fetch(url)
        self.fetches += 1
        now = self._clock()
        try:
            certificates = load_pem_x509_certificates(pem)
        except ValueError:
            raise CertificateRejected("certificate chain is not PEM") from None
        leaf, intermediates = certificates[0], certificates[1:]
        verifier = (PolicyBuilder().store(self._store)
                    .time(datetime.fromtimestamp(now, timezone.utc))
                    .build_server_verifier(DNSName(SIGNING_NAME)))
        try:
            verifier.verify(leaf, intermediates)
        except ChainError as error:
            raise CertificateRejected(f"certificate chain rejected: {_short(error)}") from None
        self.cache.put(url, leaf, now)
        return leaf


def check_timestamp(timestamp: str | None, request_type: str, now: float) -> None:
    if not isinstance(timestamp, str) or not timestamp:
        raise BadTimestamp("request has no timestamp")
    try:
        sent = datetime.fromisoformat(timestamp)
    except ValueError:
        raise BadTimestamp("request timestamp is not ISO 8601") from None
    if sent.tzinfo is None:
        raise BadTimestamp("request timestamp has no timezone")
    allowed = MAX_SKILL_EVENT_AGE_SECONDS if request_type.startswith("AlexaSkillEvent.") else MAX_REQUEST_AGE_SECONDS
    if abs(now - sent.timestamp()) > allowed:
        raise BadTimestamp(f"request timestamp is more than {allowed} seconds from now")


def _short(error: Exception) -> str:
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__
