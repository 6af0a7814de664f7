"""Why the web service refuses a request, as exception types.

The adapter picks the HTTP status by type (``adapter.STATUS_BY_REJECTION``) and logs the type's name as
the reason class; the text is only the short reason in the JSON answer, and nothing depends on it.
"""

from __future__ import annotations


class VerificationError(Exception):
    """A request that must not reach the skill."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class BadCertificateUrl(VerificationError):
    """SignatureCertChainUrl missing, or not a URL Alexa could have sent."""


class BadSignature(VerificationError):
    """Signature-256 missing, not base64, or not a signature of the body by the certificate's key."""


class CertificateRejected(VerificationError):
    """The downloaded chain is not PEM, too large, not trusted, or not Alexa's signing certificate."""


class CertificateUnavailable(VerificationError):
    """The chain could not be downloaded, now or in the last minute (failures are remembered)."""


class CertificateFetchBusy(VerificationError):
    """Too many certificate downloads already running or waited for: refused at once, not queued."""


class CertificateFetchTimeout(VerificationError):
    """The chain's download did not finish in time."""


class BadTimestamp(VerificationError):
    """No timestamp, not ISO 8601 with a zone, or too far from now."""


class BadRequestBody(VerificationError):
    """Not JSON, not an Alexa request envelope, or an unknown request type."""


class WrongSkill(VerificationError):
    """A request for another skill."""
