"""Load test: requests with a cached certificate while certificate downloads hang.

One service under gunicorn as in benchmarks/web_load.py (2 gthread workers x 4 threads, verification
on). Its injected fetcher hangs for ``--hang-seconds`` and then fails for any URL under
/echo.api/hang/, as a download from an unreachable host would. Rounds alternate:

- quiet: 16 connections send signed requests whose certificate is cached;
- attacked: the same, while ``--hang-clients`` more connections each keep sending requests that name
  a certificate URL never seen before (a new one every time), as anyone on the internet can.

Targets: zero errors for the cached-certificate requests, and their p99 latency in attacked rounds at
most 1.5x their p99 in quiet rounds, measured in the same run. The hang default (6 s, just past the
5 s a request waits for a download) keeps request threads waiting as much as the bounds allow.

    python benchmarks/web_hanging_fetch.py [--requests 48000] [--hang-clients 8] [--hang-seconds 6]
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

from web_load import run_round, signed_pool, start_service  # the same setup and clients as web_load.py

from signing import TestAuthority
from skill.simulator import envelopes
from web_load_app import HANG_PREFIX

P99_TARGET = 1.5


def attacker(port: int, clients: int, stop, results, body: bytes, signature: str) -> None:
    """``clients`` connections, each sending requests naming a new certificate URL until ``stop``."""
    statuses: Counter = Counter()
    waits: list[float] = []
    lock = threading.Lock()

    def loop():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while not stop.is_set():
            began = time.perf_counter()
            try:
                connection.request("POST", "/", body=body, headers={
                    "Content-Type": "application/json", "Signature-256": signature,
                    "SignatureCertChainUrl": f"{HANG_PREFIX}{uuid.uuid4().hex}.pem"})
                response = connection.getresponse()
                reason = json.loads(response.read() or b"{}").get("error", "")
                key = f"{response.status} {reason.split(' (')[0]}"
            except (OSError, http.client.HTTPException) as error:
                key = type(error).__name__
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            with lock:
                statuses[key] += 1
                waits.append(time.perf_counter() - began)
        connection.close()

    threads = [threading.Thread(target=loop) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put((dict(statuses), waits))


def p99(latencies: list[float]) -> float:
    return sorted(latencies)[int(len(latencies) * 0.99) - 1] * 1000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=48000, help="cached-certificate requests in all")
    parser.add_argument("--clients", type=int, default=16, help="connections sending cached-certificate requests")
    parser.add_argument("--rounds", type=int, default=8, help="alternating quiet and attacked rounds in all")
    parser.add_argument("--hang-clients", type=int, default=8, help="connections naming new certificate URLs")
    parser.add_argument("--hang-seconds", type=float, default=6.0, help="how long each such download hangs")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args(argv)
    processes = 2
    threads = max(1, args.clients // processes)
    per_round = args.requests // args.rounds

    authority = TestAuthority()
    attack_body = json.dumps(envelopes.envelope(envelopes.launch_request("en-US"), session_id="attack", new=True,
                                                attributes={})).encode()
    results = {"quiet": [], "attacked": []}
    attacks = []
    with tempfile.TemporaryDirectory() as folder:
        chain, root = Path(folder) / "chain.pem", Path(folder) / "root.pem"
        chain.write_bytes(authority.chain_pem())
        root.write_bytes(authority.root_pem())
        process, port = start_service("ours", chain, root, args.workers, args.threads,
                                      extra_env={"LOAD_HANG_SECONDS": str(args.hang_seconds)})
        try:
            run_round(port, signed_pool(authority, 50), 400, processes, threads)  # warm-up, caches the chain
            for round_number in range(args.rounds):
                pool = signed_pool(authority, 300)
                kind = "quiet" if round_number % 2 == 0 else "attacked"
                if kind == "quiet":
                    results[kind].append(run_round(port, pool, per_round, processes, threads))
                    continue
                stop, queue = multiprocessing.Event(), multiprocessing.Queue()
                attack = multiprocessing.Process(target=attacker, args=(
                    port, args.hang_clients, stop, queue, attack_body, authority.sign(attack_body)))
                attack.start()
                time.sleep(1.0)  # the attack in full swing: downloads hanging, threads waiting
                results[kind].append(run_round(port, pool, per_round, processes, threads))
                stop.set()
                attacks.append(queue.get(timeout=args.hang_seconds + 30))
                attack.join(timeout=30)
        finally:
            process.terminate()
            process.wait(timeout=10)

    summary = {}
    for kind, rounds in results.items():
        latencies = [x for r in rounds for x in r["latencies"]]
        summary[kind] = {"requests": len(latencies), "p50": statistics.median(latencies) * 1000,
                         "p99": p99(latencies), "errors": sum(len(r["errors"]) for r in rounds),
                         "rps": len(latencies) / sum(r["seconds"] for r in rounds),
                         "examples": [e for r in rounds for e in r["errors"]][:3]}
    statuses: Counter = Counter()
    for counts, _ in attacks:
        statuses.update(counts)
    attack_waits = [w for _, waits in attacks for w in waits]
    print(f"{args.clients} connections with a cached certificate; in attacked rounds {args.hang_clients} more"
          f" naming new certificate URLs whose download hangs {args.hang_seconds:g} s;"
          f" gunicorn gthread {args.workers} workers x {args.threads} threads")
    for kind in ("quiet", "attacked"):
        s = summary[kind]
        print(f"  {kind:8}  {s['requests']:6d} cached-certificate requests  {s['rps']:6.0f} req/s"
              f"  p50 {s['p50']:6.2f} ms  p99 {s['p99']:6.2f} ms  errors {s['errors']}"
              + (f"  e.g. {s['examples']}" if s["errors"] else ""))
    print(f"  attack requests: {sum(statuses.values())}, answered: "
          + ", ".join(f"{count} x {status}" for status, count in statuses.most_common())
          + (f"; median {statistics.median(attack_waits) * 1000:.1f} ms, longest {max(attack_waits):.2f} s"
             if attack_waits else ""))
    ratio = summary["attacked"]["p99"] / summary["quiet"]["p99"]
    print(f"p99 ratio attacked/quiet {ratio:.2f}x   target <= {P99_TARGET}x, zero errors for cached-certificate requests")
    met = ratio <= P99_TARGET and summary["quiet"]["errors"] == 0 and summary["attacked"]["errors"] == 0
    print("targets met" if met else "TARGETS MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
