"""A test certificate authority that signs request bodies exactly as Alexa does, offline.

Tests and benchmarks/web_load.py build their own root, intermediate and leaf certificates, hand the
chain to the verifier through an injected fetcher, and never touch the network.
"""

from __future__ import annotations

import base64
from datetime import datetime, timedelta, timezone

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from cryptography.x509.verification import Store

CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"
ALEXA_NAME = "echo-api.amazon.com"


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(subject: str, key, issuer_name: x509.Name, issuer_key, *, ca: bool, san: list[str] | None,
                 not_before: datetime, not_after: datetime) -> x509.Certificate:
    builder = (x509.CertificateBuilder()
               .subject_name(_name(subject)).issuer_name(issuer_name)
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(not_before).not_valid_after(not_after)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                              critical=False))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False),
            critical=True)
    else:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=True, data_encipherment=False,
            key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False),
            critical=True)
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH,
                                                               ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        if san:  # an empty list leaves the extension out: a certificate with no SAN at all
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(n) for n in san]),
                                            critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


class TestAuthority:
    """A root, an intermediate and an Alexa-like signing certificate."""

    __test__ = False  # not a pytest test class

    def __init__(self, san: list[str] | None = None, leaf_expired: bool = False, name: str = "Test"):
        now = datetime.now(timezone.utc)
        self.root_key, self.intermediate_key, self.leaf_key = _key(), _key(), _key()
        long_ago, far_off = now - timedelta(days=30), now + timedelta(days=365)
        self.root = _certificate(f"{name} Root CA", self.root_key, _name(f"{name} Root CA"), self.root_key, ca=True,
                                 san=None, not_before=long_ago, not_after=far_off)
        self.intermediate = _certificate(f"{name} Intermediate CA", self.intermediate_key, self.root.subject,
                                         self.root_key, ca=True, san=None, not_before=long_ago, not_after=far_off)
        leaf_after = now - timedelta(days=1) if leaf_expired else now + timedelta(days=90)
        self.leaf = _certificate(ALEXA_NAME, self.leaf_key, self.intermediate.subject, self.intermediate_key,
                                 ca=False, san=[ALEXA_NAME] if san is None else san, not_before=long_ago,
                                 not_after=leaf_after)

    def store(self) -> Store:
        return Store([self.root])

    def chain_pem(self) -> bytes:
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (self.leaf, self.intermediate))

    def root_pem(self) -> bytes:
        return self.root.public_bytes(serialization.Encoding.PEM)

    def sign(self, body: bytes) -> str:
        return base64.b64encode(self.leaf_key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()

    def sign_sha1(self, body: bytes) -> str:
        return base64.b64encode(self.leaf_key.sign(body, padding.PKCS1v15(), hashes.SHA1())).decode()

    def headers(self, body: bytes, url: str = CERT_URL) -> dict[str, str]:
        return {"SignatureCertChainUrl": url, "Signature-256": self.sign(body), "Content-Type": "application/json"}


class ChainServer:
    """The injected fetcher: serves one chain for any URL and counts downloads."""

    def __init__(self, pem: bytes):
        self.pem = pem
        self.requests: list[str] = []

    def __call__(self, url: str) -> bytes:
        self.requests.append(url)
        return self.pem
