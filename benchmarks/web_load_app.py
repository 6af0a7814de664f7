"""Gunicorn entry for benchmarks/web_load.py: the real service with a local test chain of trust.

``LOAD_SKILL`` picks ``ours`` or ``bare``; ``LOAD_CHAIN_PEM`` and ``LOAD_ROOT_PEM`` name the chain the
injected fetcher serves (instead of s3.amazonaws.com) and the root it is checked against.
"""

import os
from pathlib import Path

from cryptography.x509 import load_pem_x509_certificates
from cryptography.x509.verification import Store

from skill.simulator.envelopes import SIMULATOR_SKILL_ID
from skill.web import create_app as create_service
from skill.web.verification import RequestVerifier


def create_app():
    chain = Path(os.environ["LOAD_CHAIN_PEM"]).read_bytes()
    store = Store(load_pem_x509_certificates(Path(os.environ["LOAD_ROOT_PEM"]).read_bytes()))
    verifier = RequestVerifier(trust_store=store, fetcher=lambda url: chain)
    if os.environ.get("LOAD_SKILL") == "bare":
        from bare_skill import build_skill
    else:
        from skill.builder import build_skill
    return create_service(build_skill(), verifier=verifier, config={
        "ALEXA_SKILL_ID": SIMULATOR_SKILL_ID, "ASK_SDK_VERIFY_SIGNATURE": True, "ASK_SDK_VERIFY_TIMESTAMP": True})
