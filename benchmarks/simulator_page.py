"""The simulator page (``python -m skill.web --dev``, ``GET /simulator``) driven in Chromium by Playwright,
against baselines measured in the same run.

    .venv/bin/python benchmarks/simulator_page.py [--starts 5] [--turns 60]

1. Page ready: the service is started afresh ``--starts`` times; from the moment it answers ``/healthz``
   to the page's first "New session" line (HTML, CSS, script, and the session the script opens: the
   simulator's NLU and a device). Target: median under 1 s. Baseline: the same browser loading the
   service's ``/healthz`` at that moment (a bare Flask answer), printed as a ratio.
2. A typed turn: from Enter in "What would you say?" to the answer's line on screen, timed in the page
   (``performance.now()``), median over ``--turns`` labelled utterances. Target: at most 300 ms.
   Baseline: the same utterances posted by the page's own ``fetch`` straight to the turn API (the
   pipeline without the page's drawing), alternating with the typed turns, printed as a ratio.

Needs Playwright (pip) and Chromium (Debian's package; CHROMIUM_PATH to point elsewhere), as the
browser tests do.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY_TARGET_S, TURN_TARGET_MS = 1.0, 300.0
ENDING = {"AMAZON.StopIntent", "AMAZON.CancelIntent"}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Resolves when the conversation has one more Alexa line than it had: the typed turn is on screen.
TYPED_TURN = """async (text) => {
    const list = document.getElementById("conversation");
    const error = document.getElementById("error");
    const before = list.querySelectorAll("li.alexa").length;
    const box = document.getElementById("say");
    const shown = new Promise((resolve, reject) => {
        const watcher = new MutationObserver(() => {
            if (list.querySelectorAll("li.alexa").length > before) { watcher.disconnect(); resolve(); }
            else if (error.textContent) { watcher.disconnect(); reject(new Error(error.textContent)); }
        });
        watcher.observe(document.body, {childList: true, subtree: true, characterData: true});
    });
    box.value = text;
    const began = performance.now();
    box.form.requestSubmit();
    await shown;
    return performance.now() - began;
}"""

# A session of the page's API of its own, for the baseline's turns.
API_SESSION = """async () => {
    const reply = await fetch("/simulator/api/session", {method: "POST", headers: {"Content-Type": "application/json"},
                              body: JSON.stringify({locale: "en-US", timeZone: "America/Chicago", screen: false})});
    return (await reply.json()).session;
}"""

# The same turn straight to the API the page calls: the pipeline without the page's drawing.
API_TURN = """async ([session, text]) => {
    const began = performance.now();
    const reply = await fetch("/simulator/api/turn", {method: "POST", headers: {"Content-Type": "application/json"},
                                                       body: JSON.stringify({session, text})});
    await reply.json();
    return performance.now() - began;
}"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Service:
    """``python -m skill.web --dev`` on a free loopback port; ``up_at`` is when /healthz first answered."""

    def __init__(self):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.launched_at = time.perf_counter()
        self.process = subprocess.Popen([sys.executable, "-m", "skill.web", "--dev", "--port", str(self.port)],
                                        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{self.base}/healthz", timeout=2):
                    break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    sys.exit("error: python -m skill.web --dev did not start")
                time.sleep(0.01)
        self.up_at = time.perf_counter()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def labelled_texts(count: int) -> list[str]:
    """In-domain English utterances from the labelled sets, spread over all of them."""
    rows = [json.loads(line) for path in sorted((ROOT / "benchmarks" / "labelled").glob("en-US-triage-*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if '"text"' in line]
    # A stop or cancel ends the session, and the turns after it would time a new one's opening.
    texts = [row["text"] for row in rows if row.get("intent") not in ENDING]
    step = max(1, len(texts) // count)
    return texts[::step][:count]


def ms(values: list[float]) -> float:
    return statistics.median(values)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=5, help="fresh service starts to time the page's readiness")
    parser.add_argument("--turns", type=int, default=60, help="typed turns to time (and as many API turns)")
    args = parser.parse_args(argv)
    try:
        from playwright import sync_api
    except ImportError:
        sys.exit("error: Playwright is not installed (pip install -e '.[dev]')")
    chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("error: Chromium is not installed (apt-get install -y chromium, or set CHROMIUM_PATH)")

    ready, bare_ready, from_launch, typed, api = [], [], [], [], []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        for start in range(args.starts):
            service = Service()
            try:
                # Alternate which is loaded first, so neither always meets a colder service.
                for first in ((True, False) if start % 2 else (False, True)):
                    context = browser.new_context()
                    page = context.new_page()
                    if first:
                        page.goto(f"{service.base}/simulator")
                        page.locator("#conversation li.system", has_text="New session").wait_for()
                        ready.append(time.perf_counter() - service.up_at)
                        from_launch.append(time.perf_counter() - service.launched_at)
                    else:
                        began = time.perf_counter()
                        page.goto(f"{service.base}/healthz")
                        bare_ready.append(time.perf_counter() - began)
                    context.close()
                if start == 0:
                    texts = labelled_texts(args.turns)
                    page = browser.new_page()
                    page.goto(f"{service.base}/simulator")
                    page.locator("#conversation li.system", has_text="New session").wait_for()
                    session = page.evaluate(API_SESSION)
                    for number, text in enumerate(texts):
                        order = ((TYPED_TURN, text, typed), (API_TURN, [session, text], api))
                        for script, argument, timings in (order if number % 2 else order[::-1]):
                            timings.append(page.evaluate(script, argument))
                    page.close()
            finally:
                service.stop()
        browser.close()

    ready_s, bare_s = ms(ready), ms(bare_ready)
    typed_ms, api_ms = ms(typed), ms(api)
    ready_ok, typed_ok = ready_s < READY_TARGET_S, typed_ms <= TURN_TARGET_MS
    print(f"page ready after the service answers, median of {len(ready)} fresh starts: {ready_s * 1000:6.1f} ms "
          f"({ready_s / bare_s:5.2f}x the bare /healthz page, {bare_s * 1000:.1f} ms)  "
          f"target < {READY_TARGET_S * 1000:.0f} ms: {'met' if ready_ok else 'MISSED'}")
    print(f"  counted from the command's launch instead (the service's own start included): "
          f"{ms(from_launch) * 1000:.0f} ms")
    print(f"typed turn to the answer on screen, median of {len(typed)}: {typed_ms:6.1f} ms "
          f"({typed_ms / api_ms:5.2f}x the same turn posted to the API, {api_ms:.1f} ms)  "
          f"target <= {TURN_TARGET_MS:.0f} ms: {'met' if typed_ok else 'MISSED'}")
    print("targets met" if ready_ok and typed_ok else "TARGETS MISSED")
    return 0 if ready_ok and typed_ok else 1


if __name__ == "__main__":
    sys.exit(main())
