"""Cold-start and warm latency of the Lambda zip as shipped, against a bare ask-sdk-core hello world packaged
the default way (dependencies installed without bytecode).

Every run is a fresh `python3.11 -I -S -B` process that sees only one folder and the standard library, as
Lambda's /var/task (read-only, so nothing compiled is ever kept):
- ours: the zip, unzipped (its code and dependencies with hash-checked bytecode, deploy/bytecode.py);
- ours without bytecode: the same folder with every __pycache__ taken out (as the zip shipped before);
- bare: `pip install --target DIR --no-compile ask-sdk-core==<our pin>` (with its dependencies, as
  serverless-python-requirements installs them by default) and benchmarks/bare_skill.py.
Cold: the time from the first import of the handler to its first answer, and the whole process; the
median of --runs rounds, each round running every variant once, in a rotating order, so a noisy machine
slows all alike. Warm: the median of many requests in one process per variant, alternating rounds.
Targets: cold at most 0.7x the bare skill, warm at most 2x; the same answer on a screen device (with its
APL directive) at most 1.2x ours without, warm.

    .venv/bin/python benchmarks/latency.py [--runs 15] [--warm-requests 3000] [--zip ZIP | --rebuild]

The zip: --zip, else `.serverless/back-spasm-skill.zip` when it is there and holds bytecode (say
--rebuild to package afresh), else a fresh one from deploy/package.py (Serverless from `npm ci`; works
offline, and leaves `.serverless/` alone). The bare folder needs pip to fetch ask-sdk-core and its
dependencies (PyPI, unless pip finds them in its cache or a local index).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from skill.simulator import envelopes  # noqa: E402

COLD_TARGET, WARM_TARGET = 0.7, 2.0
SCREEN_TARGET = 1.2  # the screen (APL) adds under 20% to our own warm answer


def _load_lambda_package():
    """deploy/package.py (a script folder, not a package): how the zip is built, and the runtime."""
    spec = importlib.util.spec_from_file_location("lambda_package", ROOT / "deploy" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LAMBDA_PACKAGE = _load_lambda_package()
RUNTIME = LAMBDA_PACKAGE.RUNTIME
MIN_RUNS = 11
OWN_BUILD = ROOT / ".serverless" / "back-spasm-skill.zip"


def event(intent: str, slots: dict | None = None, screen: bool = False) -> dict:
    return envelopes.envelope(envelopes.intent_request("en-US", intent, slots), session_id="bench", new=True,
                              attributes={}, screen=screen)


OURS_EVENT = event("HeatOrIceIntent", {"onset_duration": envelopes.slot("onset_duration", "P1D",
                                                                          slot_type="AMAZON.DURATION")})
# A warning sign in words no synonym lists: the red-flag reader compiles its lexicon and reads them.
SYMPTOM_EVENT = event("ReportSymptomIntent", {"symptom": envelopes.slot(
    "symptom", "my husband took a tumble and he can't get up", slot_type="SymptomType")})
# The same answer asked from an Echo Show: it also carries the APL RenderDocument directive.
SCREEN_EVENT = event("HeatOrIceIntent", OURS_EVENT["request"]["intent"]["slots"], screen=True)
# The bare skill gets the same slots, so both pay the same to read the envelope.
BARE_EVENT = event("HelloWorldIntent", {**OURS_EVENT["request"]["intent"]["slots"],
                                        **SYMPTOM_EVENT["request"]["intent"]["slots"]})

# A fresh interpreter with one folder on its path: the time from the first import to the first answer.
COLD_SCRIPT = """
import importlib, json, sys, time
event = json.loads(sys.stdin.read())
sys.path.insert(0, sys.argv[1])
started = time.perf_counter()
handler = importlib.import_module(sys.argv[2]).lambda_handler
response = handler(event, None)
elapsed = time.perf_counter() - started
assert response["response"]["outputSpeech"]["ssml"]
print(elapsed)
"""

# One warm container: 50 requests to warm up, then N timed, each with slot words never seen before so the
# red-flag reader's cache of texts never helps.
WARM_SCRIPT = """
import copy, importlib, json, sys, time
sample = json.loads(sys.stdin.read())
sys.path.insert(0, sys.argv[1])
handler = importlib.import_module(sys.argv[2]).lambda_handler
def fresh(number):
    slots = sample["request"].get("intent", {}).get("slots") or {}
    if "symptom" not in slots:
        return sample
    event = copy.deepcopy(sample)
    event["request"]["intent"]["slots"]["symptom"]["value"] += f" request {number}"
    return event
for number in range(50):
    handler(fresh(-number), None)
timings = []
for number in range(int(sys.argv[3])):
    event = fresh(number)
    began = time.perf_counter()
    handler(event, None)
    timings.append(time.perf_counter() - began)
print(json.dumps(timings))
"""


class Variant:
    def __init__(self, name: str, folder: Path, module: str, sample: dict):
        self.name, self.folder, self.module, self.sample = name, folder, module, sample
        self.cold: list[float] = []
        self.process: list[float] = []
        self.warm: list[float] = []


def runtime_python() -> str:
    """The runtime's Python itself, outside any venv."""
    found = LAMBDA_PACKAGE.runtime_python()
    if not found:
        sys.exit(f"error: {RUNTIME} is needed: the zip's bytecode is for the Lambda runtime's Python")
    return found


def has_bytecode(archive: Path) -> bool:
    tag = "cpython-" + RUNTIME.removeprefix("python").replace(".", "")
    with zipfile.ZipFile(archive) as opened:
        return any(name.endswith(f".{tag}.pyc") for name in opened.namelist())


def obtain_zip(args, scratch: Path) -> Path:
    if args.zip:
        print(f"zip: {args.zip} (given)")
        return args.zip
    if OWN_BUILD.exists() and not args.rebuild:
        built = datetime.fromtimestamp(OWN_BUILD.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        if has_bytecode(OWN_BUILD):
            print(f"zip: reusing {OWN_BUILD.relative_to(ROOT)}, built {built}; --rebuild packages this checkout afresh")
            return OWN_BUILD
        print(f"zip: {OWN_BUILD.relative_to(ROOT)} (built {built}) holds no bytecode, an older build; packaging afresh")
    print("zip: packaging this checkout with deploy/package.py (serverless package in a copy of it) ...", flush=True)
    try:
        return LAMBDA_PACKAGE.package(scratch / "package", env=dict(os.environ, PYTHON_BIN=RUNTIME))
    except LAMBDA_PACKAGE.PackagingError as error:
        sys.exit(f"error: {error}")


def pinned(name: str) -> str:
    for line in (ROOT / "lambda" / "requirements.txt").read_text().splitlines():
        if line.startswith(f"{name}=="):
            return line.strip()
    sys.exit(f"error: {name} is not pinned in lambda/requirements.txt")


def bare_folder(target: Path) -> Path:
    """ask-sdk-core as serverless-python-requirements installs it by default: with its dependencies, no bytecode."""
    requirement = pinned("ask-sdk-core")
    print(f"bare: pip install --target --no-compile {requirement} (with its dependencies) ...", flush=True)
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-compile",
               "--target", str(target), requirement, "--constraint", str(ROOT / "lambda" / "requirements.txt")]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"error: pip could not install {requirement} (it may need the network):\n{result.stderr[-2000:]}")
    shutil.copy(ROOT / "benchmarks" / "bare_skill.py", target / "bare_skill.py")
    assert not list(target.rglob("*.pyc")), "pip --no-compile left bytecode"
    return target


def run(python: str, script: str, variant: Variant, *args: str) -> tuple[str, float]:
    began = time.perf_counter()
    result = subprocess.run([python, "-I", "-S", "-B", "-c", script, str(variant.folder), variant.module, *args],
                            input=json.dumps(variant.sample), capture_output=True, text=True, env={})
    whole = time.perf_counter() - began
    if result.returncode != 0:
        sys.exit(f"error: {variant.name} failed:\n{result.stderr[-2000:]}")
    # Our handler writes its request log line to stdout first, as on Lambda; the script's result is last.
    return result.stdout.splitlines()[-1], whole


def ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def p99(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.99) - 1] * 1000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help=f"cold-start rounds (at least {MIN_RUNS})")
    parser.add_argument("--warm-requests", type=int, default=3000)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--zip", type=Path, help="a packaged zip to measure")
    source.add_argument("--rebuild", action="store_true", help="package afresh even if .serverless/ holds a zip")
    args = parser.parse_args(argv)
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS}")
    python = runtime_python()

    with tempfile.TemporaryDirectory(prefix="back-spasm-latency-") as scratch_name:
        scratch = Path(scratch_name)
        archive = obtain_zip(args, scratch)
        ours = scratch / "ours"
        with zipfile.ZipFile(archive) as opened:
            opened.extractall(ours)
        without = scratch / "ours-without-bytecode"
        shutil.copytree(ours, without, ignore=shutil.ignore_patterns("__pycache__"))
        bare = bare_folder(scratch / "bare")
        print(f"zip: {archive.stat().st_size / 1e6:.2f} MB, {len(zipfile.ZipFile(archive).namelist())} files; "
              f"python: {python}", flush=True)

        handler = "lambda.lambda_function"
        variants = {
            "ours": Variant("ours", ours, handler, OURS_EVENT),
            "symptom": Variant("ours, symptom in free words", ours, handler, SYMPTOM_EVENT),
            "screen": Variant("ours, on a screen (APL)", ours, handler, SCREEN_EVENT),
            "unbytecoded": Variant("ours without bytecode", without, handler, OURS_EVENT),
            "bare": Variant("bare", bare, "bare_skill", BARE_EVENT),
        }
        order = list(variants.values())
        for round_ in range(args.runs):
            for variant in order[round_ % len(order):] + order[:round_ % len(order)]:
                output, whole = run(python, COLD_SCRIPT, variant)
                variant.cold.append(float(output))
                variant.process.append(whole)
        for _ in range(3):  # alternating rounds, so drift on the machine hits all alike
            for key in ("ours", "symptom", "screen", "bare"):
                variant = variants[key]
                variant.warm += json.loads(run(python, WARM_SCRIPT, variant, str(args.warm_requests // 3))[0])

    ours, symptom, screen, unbytecoded, bare = variants.values()
    cold_ratio, symptom_ratio = ms(ours.cold) / ms(bare.cold), ms(symptom.cold) / ms(bare.cold)
    warm_ratio, symptom_warm_ratio = ms(ours.warm) / ms(bare.warm), ms(symptom.warm) / ms(bare.warm)
    def verdict(variant: Variant, ratio: float, target: float) -> str:
        if variant not in (ours, symptom):
            return ""
        return f"  target <= {target}x: {'met' if ratio <= target else 'MISSED'}"

    print(f"\ncold start, median of {args.runs} fresh processes each: import to first answer | whole process")
    for variant in variants.values():
        ratio = ms(variant.cold) / ms(bare.cold)
        print(f"  {variant.name:30} {ms(variant.cold):6.1f} ms {ratio:5.2f}x | {ms(variant.process):6.1f} ms "
              f"{ms(variant.process) / ms(bare.process):5.2f}x{verdict(variant, ratio, COLD_TARGET)}")
    print(f"  the bytecode makes ours {ms(unbytecoded.cold) / ms(ours.cold):.2f}x faster to its first answer, "
          f"{ms(unbytecoded.process) / ms(ours.process):.2f}x over the whole process")
    print(f"warm request, median of {len(ours.warm)} (p99 in brackets)")
    for variant in (ours, symptom, screen, bare):
        ratio = ms(variant.warm) / ms(bare.warm)
        print(f"  {variant.name:30} {ms(variant.warm):6.3f} ms ({p99(variant.warm):.3f}) {ratio:5.2f}x"
              f"{verdict(variant, ratio, WARM_TARGET)}")
    screen_ratio = ms(screen.warm) / ms(ours.warm)
    print(f"the screen adds {(screen_ratio - 1) * 100:.0f}% to our warm answer ({screen_ratio:.2f}x)  "
          f"target <= {SCREEN_TARGET}x: {'met' if screen_ratio <= SCREEN_TARGET else 'MISSED'}")
    met = (max(cold_ratio, symptom_ratio) <= COLD_TARGET and max(warm_ratio, symptom_warm_ratio) <= WARM_TARGET
           and screen_ratio <= SCREEN_TARGET)
    print("targets met" if met else "TARGETS MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
