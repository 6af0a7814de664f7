"""Gunicorn entry for benchmarks/web_load.py: the real service with a local test chain of trust.

``LOAD_SKILL`` picks ``ours`` or ``bare``; ``LOAD_CHAIN_PEM`` and ``LOAD_ROOT_PEM`` name the chain the
injected fetcher serves (instead of s3.amazonaws.com) and the root it is checked against. With
``LOAD_HANG_SECONDS``, a download from a URL under ``HANG_PREFIX`` hangs that long and then fails, as
one to an unreachable host would (benchmarks/web_hanging_fetch.py).
"""

import os
import time
from pathlib import Path

from cryptography.x509 import load_pem_x509_certificates
from cryptography.x509.verification import Store

from skill.simulator.envelopes import SIMULATOR_SKILL_ID
from skill.web import create_app as create_service
from skill.web.verification import RequestVerifier

HANG_PREFIX = "https://s3.amazonaws.com/echo.api/hang/"


def create_app():
    chain = Path(os.environ["LOAD_CHAIN_PEM"]).read_bytes()
    store = Store(load_pem_x509_certificates(Path(os.environ["LOAD_ROOT_PEM"]).read_bytes()))
    hang_seconds = float(os.environ.get("LOAD_HANG_SECONDS") or 0)

    def fetcher(url: str) -> bytes:
        if hang_seconds and url.startswith(HANG_PREFIX):
            time.sleep(hang_seconds)
            raise OSError("timed out")
        return chain

    verifier = RequestVerifier(trust_store=store, fetcher=fetcher)
    if os.environ.get("LOAD_SKILL") == "bare":
        from bare_skill import build_skill
    else:
        from skill.builder import build_skill
    return create_service(build_skill(), verifier=verifier, config={
        "ALEXA_SKILL_ID": SIMULATOR_SKILL_ID, "ASK_SDK_VERIFY_SIGNATURE": True, "ASK_SDK_VERIFY_TIMESTAMP": True})
