"""Cold-start and warm latency of the skill's Lambda handler against a bare ask-sdk-core hello world.

Both are measured in the same run, alternating, so a noisy machine slows both alike; the figures
that matter are the ratios. Targets: cold at most 1.5x the bare skill, warm at most 2x.

    python benchmarks/latency.py [--cold-runs 15] [--warm-requests 3000]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "lambda"), str(ROOT / "benchmarks")]

from skill.simulator import envelopes  # noqa: E402

COLD_TARGET, WARM_TARGET = 1.5, 2.0


def event(intent: str, slots: dict | None = None) -> dict:
    return envelopes.envelope(envelopes.intent_request("en-US", intent, slots), session_id="bench", new=True,
                              attributes={})


OURS_EVENT = event("HeatOrIceIntent", {"onset_duration": envelopes.slot("onset_duration", "P1D",
                                                                          slot_type="AMAZON.DURATION")})
# A warning sign in words no synonym lists: the red-flag reader compiles its lexicon and reads them.
SYMPTOM_EVENT = event("ReportSymptomIntent", {"symptom": envelopes.slot(
    "symptom", "my husband took a tumble and he can't get up", slot_type="SymptomType")})
# The bare skill gets the same slots, so both pay the same to read the envelope.
BARE_EVENT = event("HelloWorldIntent", {**OURS_EVENT["request"]["intent"]["slots"],
                                        **SYMPTOM_EVENT["request"]["intent"]["slots"]})

# Runs in a fresh interpreter: time from the first import to the first answer.
COLD_SCRIPT = """
import json, sys, time
sys.path[:0] = {paths!r}
event = json.loads({event!r})
started = time.perf_counter()
import {module} as handler_module
response = handler_module.lambda_handler(event, None)
elapsed = time.perf_counter() - started
assert response["response"]["outputSpeech"]["ssml"]
print(elapsed)
"""


def cold_once(module: str, sample: dict) -> tuple[float, float]:
    paths = [str(ROOT), str(ROOT / "lambda"), str(ROOT / "benchmarks")]
    script = COLD_SCRIPT.format(paths=paths, event=json.dumps(sample), module=module)
    began = time.perf_counter()
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return float(output.strip().splitlines()[-1]), time.perf_counter() - began  # after the handler's log line


def warm(handler, sample: dict, requests: int) -> list[float]:
    for _ in range(50):
        handler(sample, None)
    timings = []
    for number in range(requests):
        event_ = fresh_words(sample, number)
        began = time.perf_counter()
        handler(event_, None)
        timings.append(time.perf_counter() - began)
    return timings


def fresh_words(sample: dict, number: int) -> dict:
    """The same request with slot words never seen before, so the reader's cache of texts never helps."""
    slots = sample["request"].get("intent", {}).get("slots") or {}
    if "symptom" not in slots:
        return sample
    copy = json.loads(json.dumps(sample))
    copy["request"]["intent"]["slots"]["symptom"]["value"] += f" request {number}"
    return copy


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold-runs", type=int, default=15)
    parser.add_argument("--warm-requests", type=int, default=3000)
    args = parser.parse_args(argv)

    cold = {"ours": [], "symptom": [], "bare": []}
    process = {"ours": [], "symptom": [], "bare": []}
    for _ in range(args.cold_runs):
        for name, module, sample in (("ours", "lambda_function", OURS_EVENT), ("symptom", "lambda_function", SYMPTOM_EVENT),
                                     ("bare", "bare_skill", BARE_EVENT)):
            first_answer, whole_process = cold_once(module, sample)
            cold[name].append(first_answer)
            process[name].append(whole_process)

    import bare_skill
    import lambda_function

    warm_ours, warm_symptom, warm_bare = [], [], []
    # Our handler writes its log line per request, as on Lambda; to /dev/null here, not to this report.
    with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
        for _ in range(3):  # interleave rounds so drift on the machine hits both
            warm_ours += warm(lambda_function.lambda_handler, OURS_EVENT, args.warm_requests // 3)
            warm_symptom += warm(lambda_function.lambda_handler, SYMPTOM_EVENT, args.warm_requests // 3)
            warm_bare += warm(bare_skill.lambda_handler, BARE_EVENT, args.warm_requests // 3)

    def ms(values):
        return statistics.median(values) * 1000

    def p99(values):
        return sorted(values)[int(len(values) * 0.99) - 1] * 1000

    cold_ratio = ms(cold["ours"]) / ms(cold["bare"])
    symptom_cold_ratio = ms(cold["symptom"]) / ms(cold["bare"])
    process_ratio = ms(process["ours"]) / ms(process["bare"])
    warm_ratio = ms(warm_ours) / ms(warm_bare)
    symptom_warm_ratio = ms(warm_symptom) / ms(warm_bare)
    print(f"cold start, import to first answer (median of {args.cold_runs} fresh processes)")
    print(f"  ours {ms(cold['ours']):8.1f} ms   bare {ms(cold['bare']):8.1f} ms   ratio {cold_ratio:.2f}x"
          f"   target <= {COLD_TARGET}x")
    print(f"  symptom in free words {ms(cold['symptom']):8.1f} ms   ratio {symptom_cold_ratio:.2f}x"
          f"   target <= {COLD_TARGET}x (the red-flag reader compiles its lexicon)")
    print(f"  whole process incl. interpreter: ours {ms(process['ours']):.1f} ms, bare {ms(process['bare']):.1f} ms,"
          f" ratio {process_ratio:.2f}x")
    print(f"warm request (median of {len(warm_ours)}; p99 in brackets)")
    print(f"  ours {ms(warm_ours):8.3f} ms ({p99(warm_ours):.3f})   bare {ms(warm_bare):8.3f} ms ({p99(warm_bare):.3f})"
          f"   ratio {warm_ratio:.2f}x   target <= {WARM_TARGET}x")
    print(f"  symptom in free words {ms(warm_symptom):8.3f} ms ({p99(warm_symptom):.3f})"
          f"   ratio {symptom_warm_ratio:.2f}x   target <= {WARM_TARGET}x")
    met = max(cold_ratio, symptom_cold_ratio) <= COLD_TARGET and max(warm_ratio, symptom_warm_ratio) <= WARM_TARGET
    print("targets met" if met else "TARGETS MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
