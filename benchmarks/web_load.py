"""Load test: the web service under gunicorn on loopback, every request signed and verified.

Starts two services the same way (workers, threads, verification on, certificate cached): ours, and a
bare ask-sdk-core hello-world skill. Sends the same number of signed requests to each from concurrent
clients, alternating rounds so the noisy machine slows both alike, and prints requests per second,
p50 and p99 latency and errors. Target: zero errors and at least 0.7x the bare skill's throughput.

    python benchmarks/web_load.py [--requests 20000] [--clients 16]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from signing import CERT_URL, TestAuthority  # noqa: E402
from skill.simulator import envelopes  # noqa: E402

THROUGHPUT_TARGET = 0.7
ROUND_SECONDS_LIMIT = 120  # requests are signed with a timestamp Alexa allows for 150 s


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_service(kind: str, chain: Path, root: Path, workers: int, threads: int,
                  extra_env: dict | None = None) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = dict(os.environ, LOAD_SKILL=kind, LOAD_CHAIN_PEM=str(chain), LOAD_ROOT_PEM=str(root),
               PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "benchmarks")]), **(extra_env or {}))
    # Each request's JSON log line is written, as in production, but not shown: stdout goes nowhere.
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", str(workers), "--worker-class", "gthread",
         "--threads", str(threads), "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
         "web_load_app:create_app()"], cwd=ROOT / "benchmarks", env=env, stdout=subprocess.DEVNULL)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return process, port
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"error: the {kind} service did not start on port {port}")


def signed_pool(authority: TestAuthority, size: int) -> list[tuple[bytes, str]]:
    """Distinct, freshly timestamped requests with their Signature-256, shared by both services."""
    slot = envelopes.slot
    requests = [
        lambda: envelopes.launch_request("en-US"),
        lambda: envelopes.intent_request("en-US", "HeatOrIceIntent", {"onset_duration": slot(
            "onset_duration", "P1D", slot_type="AMAZON.DURATION")}),
        lambda: envelopes.intent_request("en-US", "ReportSymptomIntent", {"symptom": slot(
            "symptom", "can't stand up", slot_type="SymptomType", value_id="CANNOT_STAND_WALK")}),
        lambda: envelopes.intent_request("en-US", "CausesIntent"),
        lambda: envelopes.intent_request("en-US", "AMAZON.HelpIntent"),
    ]
    pool = []
    for index in range(size):
        body = json.dumps(envelopes.envelope(requests[index % len(requests)](), session_id=f"load-{index}",
                                             new=True, attributes={})).encode()
        pool.append((body, authority.sign(body)))
    return pool


def client_process(port: int, pool: list[tuple[bytes, str]], count: int, threads: int, seed: int) -> dict:
    """One client process: ``threads`` keep-alive connections sending ``count`` requests in all."""
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.time() + ROUND_SECONDS_LIMIT

    def worker(share: int, offset: int):
        local, failures = [], []
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for n in range(share):
            if time.time() > stop_at:
                failures.append("round time limit")
                break
            body, signature = pool[(offset + n) % len(pool)]
            began = time.perf_counter()
            try:
                connection.request("POST", "/", body=body, headers={
                    "Content-Type": "application/json", "SignatureCertChainUrl": CERT_URL, "Signature-256": signature})
                response = connection.getresponse()
                payload = response.read()
                if response.status != 200 or b'"outputSpeech"' not in payload:
                    failures.append(f"{response.status}: {payload[:80]!r}")
            except (OSError, http.client.HTTPException) as error:
                failures.append(type(error).__name__)
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            local.append(time.perf_counter() - began)
        connection.close()
        with lock:
            latencies.extend(local)
            errors.extend(failures)

    random.seed(seed)
    shares = [count // threads + (1 if i < count % threads else 0) for i in range(threads)]
    workers = [threading.Thread(target=worker, args=(share, random.randrange(len(pool)))) for share in shares]
    began = time.perf_counter()
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    return {"latencies": latencies, "errors": errors, "seconds": time.perf_counter() - began}


def run_round(port: int, pool, count: int, processes: int, threads: int) -> dict:
    began = time.perf_counter()
    with ProcessPoolExecutor(processes) as executor:
        parts = list(executor.map(client_process, [port] * processes, [pool] * processes,
                                  [count // processes] * processes, [threads] * processes, range(processes)))
    elapsed = time.perf_counter() - began
    return {"latencies": [x for p in parts for x in p["latencies"]], "errors": [e for p in parts for e in p["errors"]],
            "seconds": elapsed}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20000, help="signed requests per service")
    parser.add_argument("--clients", type=int, default=16, help="concurrent connections")
    parser.add_argument("--rounds", type=int, default=8, help="alternating rounds the requests are split into")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args(argv)
    processes = 2
    threads = max(1, args.clients // processes)

    authority = TestAuthority()
    results = {"ours": [], "bare": []}
    with tempfile.TemporaryDirectory() as folder:
        chain, root = Path(folder) / "chain.pem", Path(folder) / "root.pem"
        chain.write_bytes(authority.chain_pem())
        root.write_bytes(authority.root_pem())
        services = {kind: start_service(kind, chain, root, args.workers, args.threads) for kind in results}
        try:
            for _, port in services.values():  # warm-up: imports, caches, the certificate download
                run_round(port, signed_pool(authority, 50), 200, processes, threads)
            per_round = args.requests // args.rounds
            for round_number in range(args.rounds):
                pool = signed_pool(authority, 300)
                order = ("ours", "bare") if round_number % 2 == 0 else ("bare", "ours")
                for kind in order:
                    results[kind].append(run_round(services[kind][1], pool, per_round, processes, threads))
        finally:
            for process, _ in services.values():
                process.terminate()
                process.wait(timeout=10)

    summary = {}
    for kind, rounds in results.items():
        latencies = sorted(x for r in rounds for x in r["latencies"])
        summary[kind] = {
            "requests": len(latencies),
            "rps": len(latencies) / sum(r["seconds"] for r in rounds),
            "p50": statistics.median(latencies) * 1000,
            "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
            "errors": sum(len(r["errors"]) for r in rounds),
            "examples": [e for r in rounds for e in r["errors"]][:3],
        }
    print(f"{args.clients} concurrent clients, gunicorn gthread {args.workers} workers x {args.threads} threads,"
          f" verification on, certificate cached")
    for kind in ("ours", "bare"):
        s = summary[kind]
        print(f"  {kind:4}  {s['requests']:6d} requests  {s['rps']:8.0f} req/s  p50 {s['p50']:6.2f} ms"
              f"  p99 {s['p99']:6.2f} ms  errors {s['errors']}" + (f"  e.g. {s['examples']}" if s["errors"] else ""))
    # Each round of ours runs right next to a round of bare; the median of those paired ratios is less
    # swayed by a burst of load elsewhere on the machine than the ratio of the totals.
    paired = [len(o["latencies"]) / o["seconds"] / (len(b["latencies"]) / b["seconds"])
              for o, b in zip(results["ours"], results["bare"])]
    ratio = statistics.median(paired)
    total_ratio = summary["ours"]["rps"] / summary["bare"]["rps"]
    print("paired round ratios: " + " ".join(f"{r:.2f}" for r in paired))
    print(f"throughput ratio ours/bare {ratio:.2f}x (median of paired rounds; {total_ratio:.2f}x from the totals)"
          f"   target >= {THROUGHPUT_TARGET}x, zero errors")
    met = ratio >= THROUGHPUT_TARGET and summary["ours"]["errors"] == 0 and summary["bare"]["errors"] == 0
    print("targets met" if met else "TARGETS MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
