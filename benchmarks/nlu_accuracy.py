"""Accuracy of the simulator's language understanding on labelled utterances, through the real skill.

Each line of the labelled file is JSON: {"text": ..., "intent": ..., "triage": "emergency" | "urgent" |
"see_doctor" | null}. The default set (benchmarks/nlu_labelled.jsonl) was written apart from the
model's samples: paraphrases, typos, caregivers, warning signs and requests for other skills.

    python benchmarks/nlu_accuracy.py [--file my_labelled.jsonl] [--locale en-US]

Targets: top-1 intent >= 95%, every urgent utterance triaged emergency or urgent, out-of-domain to
AMAZON.FallbackIntent >= 90%, no non-urgent utterance triaged emergency or urgent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from skill.simulator.client import InProcessSkill  # noqa: E402
from skill.simulator.engine import Simulator  # noqa: E402
from skill.simulator.model import ModelError  # noqa: E402

URGENT = {"emergency", "urgent"}
FALLBACK = "AMAZON.FallbackIntent"
TARGETS = {"intent": 0.95, "urgent": 1.0, "fallback": 0.90}


class LabelError(Exception):
    pass


def read_labelled(path: Path) -> list[dict]:
    if not path.exists():
        raise LabelError(f"labelled file not found: {path}")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise LabelError(f"{path}:{number}: not JSON ({error.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not isinstance(row.get("intent"), str):
            raise LabelError(f"{path}:{number}: needs string fields 'text' and 'intent'")
        if row.get("triage") not in (None, "emergency", "urgent", "see_doctor"):
            raise LabelError(f"{path}:{number}: triage must be emergency, urgent, see_doctor or null")
        rows.append(row)
    if not rows:
        raise LabelError(f"{path} holds no labelled utterances")
    return rows


def evaluate(rows: list[dict], locale: str) -> dict:
    began = time.perf_counter()
    simulator = Simulator(InProcessSkill(), locale=locale)
    trained_in = time.perf_counter() - began
    results = []
    for row in rows:
        simulator.conversation.restart()
        turn = simulator.say(row["text"])
        results.append((row, turn.intent, turn.exchange.attributes.get("triage")))
    return {"trained_in": trained_in, "training_seconds": simulator.nlu.training_seconds,
            "training_rows": simulator.nlu.training_rows, "results": results}


def report(evaluation: dict) -> bool:
    results = evaluation["results"]
    correct = sum(1 for row, intent, _ in results if intent == row["intent"])
    urgent = [(row, triage) for row, _, triage in results if row.get("triage") in URGENT]
    urgent_caught = sum(1 for _, triage in urgent if triage in URGENT)
    out_of_domain = [(row, intent) for row, intent, _ in results if row["intent"] == FALLBACK]
    to_fallback = sum(1 for _, intent in out_of_domain if intent == FALLBACK)
    over_triaged = [(row, triage) for row, _, triage in results if row.get("triage") not in URGENT and triage in URGENT]
    triage_exact = sum(1 for row, _, triage in results if row.get("triage") == triage)

    def share(part, whole):
        return part / whole if whole else 1.0

    figures = {
        "intent": share(correct, len(results)),
        "urgent": share(urgent_caught, len(urgent)),
        "fallback": share(to_fallback, len(out_of_domain)),
    }
    print(f"utterances: {len(results)} ({len(urgent)} urgent, {len(out_of_domain)} out of domain)")
    print(f"language model trained in {evaluation['training_seconds']:.2f} s on {evaluation['training_rows']} rows"
          f" ({evaluation['trained_in']:.2f} s with loading the model and the skill)")
    print(f"top-1 intent accuracy:          {correct}/{len(results)} = {figures['intent']:.1%}   target >= 95%")
    print(f"urgent triaged emergency/urgent: {urgent_caught}/{len(urgent)} = {figures['urgent']:.1%}   target 100%")
    print(f"out of domain to Fallback:       {to_fallback}/{len(out_of_domain)} = {figures['fallback']:.1%}"
          f"   target >= 90%")
    print(f"non-urgent triaged as urgent:    {len(over_triaged)}   target 0")
    print(f"triage level exactly as labelled: {triage_exact}/{len(results)}")
    confusions = Counter((row["intent"], intent) for row, intent, _ in results if intent != row["intent"])
    if confusions:
        print("confusions (expected -> understood: count, examples):")
        for (expected, got), count in confusions.most_common():
            examples = [row["text"] for row, intent, _ in results if row["intent"] == expected and intent == got]
            print(f"  {expected} -> {got}: {count}  e.g. {examples[:2]}")
    for row, triage in urgent:
        if triage not in URGENT:
            print(f"  MISSED URGENT: {row['text']!r} got triage {triage}")
    for row, triage in over_triaged:
        print(f"  OVER-TRIAGED: {row['text']!r} got {triage}")
    met = all(figures[key] >= TARGETS[key] for key in TARGETS) and not over_triaged
    print("targets met" if met else "TARGETS MISSED")
    return met


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Measure the simulator's understanding on labelled utterances.")
    parser.add_argument("--file", default=str(ROOT / "benchmarks" / "nlu_labelled.jsonl"))
    parser.add_argument("--locale", default="en-US")
    args = parser.parse_args(argv)
    try:
        rows = read_labelled(Path(args.file))
        return 0 if report(evaluate(rows, args.locale)) else 1
    except (LabelError, ModelError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (for example `| head`): nothing left to say
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
