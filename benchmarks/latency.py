"""Cold-start and warm latency of the skill's Lambda handler against a bare ask-sdk-core hello world.

Both are measured in the same run, alternating, so a noisy machine slows both alike; the figures
that matter are the ratios. Targets: cold at most 1.5x the bare skill, warm at most 2x.

    python benchmarks/latency.py [--cold-runs 15] [--warm-requests 3000]
"""

from __future__ import annotations

import argparse
import json
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
BARE_EVENT = event("HelloWorldIntent")

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
    return float(output.strip()), time.perf_counter() - began


def warm(handler, sample: dict, requests: int) -> list[float]:
    for _ in range(50):
        handler(sample, None)
    timings = []
    for _ in range(requests):
        began = time.perf_counter()
        handler(sample, None)
        timings.append(time.perf_counter() - began)
    return timings


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cold-runs", type=int, default=15)
    parser.add_argument("--warm-requests", type=int, default=3000)
    args = parser.parse_args(argv)

    cold = {"ours": [], "bare": []}
    process = {"ours": [], "bare": []}
    for _ in range(args.cold_runs):
        for name, module, sample in (("ours", "lambda_function", OURS_EVENT), ("bare", "bare_skill", BARE_EVENT)):
            first_answer, whole_process = cold_once(module, sample)
            cold[name].append(first_answer)
            process[name].append(whole_process)

    import bare_skill
    import lambda_function

    warm_ours, warm_bare = [], []
    for _ in range(3):  # interleave rounds so drift on the machine hits both
        warm_ours += warm(lambda_function.lambda_handler, OURS_EVENT, args.warm_requests // 3)
        warm_bare += warm(bare_skill.lambda_handler, BARE_EVENT, args.warm_requests // 3)

    def ms(values):
        return statistics.median(values) * 1000

    def p99(values):
        return sorted(values)[int(len(values) * 0.99) - 1] * 1000

    cold_ratio = ms(cold["ours"]) / ms(cold["bare"])
    process_ratio = ms(process["ours"]) / ms(process["bare"])
    warm_ratio = ms(warm_ours) / ms(warm_bare)
    print(f"cold start, import to first answer (median of {args.cold_runs} fresh processes)")
    print(f"  ours {ms(cold['ours']):8.1f} ms   bare {ms(cold['bare']):8.1f} ms   ratio {cold_ratio:.2f}x"
          f"   target <= {COLD_TARGET}x")
    print(f"  whole process incl. interpreter: ours {ms(process['ours']):.1f} ms, bare {ms(process['bare']):.1f} ms,"
          f" ratio {process_ratio:.2f}x")
    print(f"warm request (median of {len(warm_ours)}; p99 in brackets)")
    print(f"  ours {ms(warm_ours):8.3f} ms ({p99(warm_ours):.3f})   bare {ms(warm_bare):8.3f} ms ({p99(warm_bare):.3f})"
          f"   ratio {warm_ratio:.2f}x   target <= {WARM_TARGET}x")
    met = cold_ratio <= COLD_TARGET and warm_ratio <= WARM_TARGET
    print("targets met" if met else "TARGETS MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
