"""Safety and understanding on labelled utterances written apart from the model, per category, two ways.

    python benchmarks/triage_accuracy.py [--file SET.jsonl] [--checks ANSWERS.jsonl] [--locale en-US]

Each line of a set is JSON: {"text", "intent", "triage": "emergency" | "urgent" | "see_doctor" | null,
"category", "negated"}. Each line of a check-answer file is {"question": check question id, "text",
"answer": "yes" | "no" | "unsure"}. The defaults are set A (benchmarks/labelled/, frozen before the
red-flag reader was built; see BRIEF.md for how it was written).

Two ways:
- simulator: the text through the offline simulator's understanding, then the skill;
- raw: the text sent to the Lambda handler as the raw ``symptom`` value with ER_SUCCESS_NO_MATCH, on
  the labelled intent (ReportSymptomIntent for built-in intents): what any NLU may do, so the safety
  figures do not rest on the simulator's understanding.

Targets: urgent and emergency rows triaged urgent or emergency 100% both ways; emergency rows at the
emergency level >= 98%; negated signs raised to urgent or emergency <= 1 in 50; intent accuracy
through the simulator >= 95%; check answers read as labelled.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "lambda")]

from skill.content import CONTENT  # noqa: E402
from skill.simulator import envelopes  # noqa: E402
from skill.simulator.client import Conversation, InProcessSkill  # noqa: E402
from skill.simulator.engine import Simulator  # noqa: E402
from skill.simulator.model import ModelError, load_model  # noqa: E402

LABELLED = ROOT / "benchmarks" / "labelled"
URGENT = {"emergency", "urgent"}
FALLBACK = "AMAZON.FallbackIntent"
LEVELS = (None, "emergency", "urgent", "see_doctor")
TARGETS = {"recall": 1.0, "emergency_exact": 0.98, "negation_raised": 1 / 50, "intent": 0.95, "answers": 0.95}
# The frozen sets were labelled when the ER's address and phone were ERInfoIntent questions, before they
# got intents of their own (issue 10): an ERInfoIntent label is also met by those.
LABELLED_BEFORE_SPLIT = {"ERInfoIntent": {"ERLocationIntent", "ERPhoneIntent"}}


def intent_meets(label: str, intent: str | None) -> bool:
    return intent == label or intent in LABELLED_BEFORE_SPLIT.get(label, ())


class LabelError(Exception):
    pass


def read_jsonl(path: Path, required: dict[str, tuple]) -> list[dict]:
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
        for key, allowed in required.items():
            if not isinstance(row, dict) or key not in row and None not in allowed:
                raise LabelError(f"{path}:{number}: needs the field {key!r}")
            value = row.get(key)
            if allowed and value not in allowed or not allowed and not isinstance(value, str):
                raise LabelError(f"{path}:{number}: {key} must be {' or '.join(map(str, allowed)) or 'a string'}")
        rows.append(row)
    if not rows:
        raise LabelError(f"{path} holds no labelled utterances")
    return rows


class Runner:
    def __init__(self, locale: str):
        import lambda_function

        self.locale = locale
        self.content = CONTENT[locale]
        self.simulator = Simulator(InProcessSkill(), locale=locale)
        self.handler = lambda event: lambda_function.lambda_handler(event, None)
        # The handler writes its request log line to stdout, as on Lambda; not into this report.
        lambda_function.REQUEST_LOG.stream = open(os.devnull, "w")  # noqa: SIM115 - for the whole run
        model = load_model(locale)
        # The check questions are reached in the locale's words: the model's first way of asking
        # whether it is an emergency, and Alexa's first way of saying no.
        self.ask_emergency = model.intents["EmergencyCheckIntent"].samples[0]
        self.say_no = self.simulator.language.builtin_intents["AMAZON.NoIntent"][0]
        self.symptom_intents = {name for name, intent in model.intents.items() if "symptom" in intent.slots}

    # one utterance ---------------------------------------------------------------------------
    def through_simulator(self, text: str) -> tuple[str | None, str | None]:
        self.simulator.conversation.restart()
        turn = self.simulator.say(text)
        return turn.intent, turn.exchange.attributes.get("triage")

    def raw_slot(self, text: str) -> dict:
        return {"symptom": envelopes.slot("symptom", text, slot_type="SymptomType")}

    def as_raw_value(self, text: str, intent: str) -> str | None:
        intent = intent if intent in self.symptom_intents else "ReportSymptomIntent"
        exchange = Conversation(self.handler, self.locale).intent(intent, self.raw_slot(text))
        return exchange.attributes.get("triage")

    # one check answer ------------------------------------------------------------------------
    def check_answer(self, row: dict, way: str) -> str:
        """What the skill made of the answer: "yes" (it triaged), "no" (it moved on) or "unsure"."""
        questions = [q.id for q in self.content.check_questions]
        index = questions.index(row["question"])
        talk = Conversation(self.handler, self.locale) if way == "raw" else None
        if way == "simulator":
            self.simulator.conversation.restart()
        exchange = None
        for _ in range(index + 1):
            if talk is not None:
                exchange = talk.intent("EmergencyCheckIntent") if exchange is None else talk.intent("AMAZON.NoIntent")
            else:
                exchange = self.simulator.say(self.ask_emergency if exchange is None else self.say_no).exchange
        if talk is not None:
            exchange = talk.intent("ReportSymptomIntent", self.raw_slot(row["text"]))
        else:
            exchange = self.simulator.say(row["text"]).exchange
        step = (exchange.attributes.get("check") or {}).get("step")
        if exchange.attributes.get("triage"):
            return "yes"
        if step == index + 1 or step is None and "check" not in exchange.attributes and index + 1 == len(questions):
            return "no"
        return "unclear"


def share(part: int, whole: int) -> str:
    """"512/539 = 94.9%": rounded down, so a share just under a target never prints as meeting it."""
    return f"{part}/{whole} = {math.floor(part / whole * 1000) / 10:.1f}%" if whole else "-"


def report_set(rows: list[dict], runner: Runner) -> bool:
    results = []
    for row in rows:
        intent, sim_triage = runner.through_simulator(row["text"])
        raw_triage = runner.as_raw_value(row["text"], row["intent"])
        results.append((row, intent, sim_triage, raw_triage))

    categories = defaultdict(list)
    for result in results:
        categories[result[0].get("category", "all")].append(result)
    categories["ALL"] = results

    def figures(items):
        urgent = [r for r in items if r[0]["triage"] in URGENT]
        emergency = [r for r in items if r[0]["triage"] == "emergency"]
        calm = [r for r in items if r[0]["triage"] not in URGENT]
        negated = [r for r in items if r[0].get("negated") and r[0]["triage"] not in URGENT]
        return {
            "n": len(items),
            "recall_sim": (sum(r[2] in URGENT for r in urgent), len(urgent)),
            "recall_raw": (sum(r[3] in URGENT for r in urgent), len(urgent)),
            "emerg_sim": (sum(r[2] == "emergency" for r in emergency), len(emergency)),
            "emerg_raw": (sum(r[3] == "emergency" for r in emergency), len(emergency)),
            "false_sim": (sum(r[2] in URGENT for r in calm), len(calm)),
            "false_raw": (sum(r[3] in URGENT for r in calm), len(calm)),
            "neg_sim": (sum(r[2] in URGENT for r in negated), len(negated)),
            "neg_raw": (sum(r[3] in URGENT for r in negated), len(negated)),
            "intent": (sum(intent_meets(r[0]["intent"], r[1]) for r in items), len(items)),
        }

    columns = ["recall_sim", "recall_raw", "emerg_sim", "emerg_raw", "false_sim", "false_raw", "neg_sim",
               "neg_raw", "intent"]
    print(f"{'category':20} {'n':>4} " + " ".join(f"{c:>10}" for c in columns))
    for name in sorted(categories, key=lambda c: (c == "ALL", c)):
        f = figures(categories[name])
        print(f"{name:20} {f['n']:>4} " + " ".join(f"{f[c][0]:>4}/{f[c][1]:<5}" for c in columns))
    print("recall: urgent+emergency rows triaged urgent or emergency; emerg: emergency rows at emergency;")
    print("false: rows without an urgent sign triaged urgent or emergency; neg: of those, rows that deny a sign;")
    print("intent: top-1 intent through the simulator. _sim through the simulator, _raw as the raw slot value.")

    total = figures(results)
    checks = {
        "urgent recall, simulator": (total["recall_sim"], TARGETS["recall"], ">="),
        "urgent recall, raw value": (total["recall_raw"], TARGETS["recall"], ">="),
        "emergency exact, simulator": (total["emerg_sim"], TARGETS["emergency_exact"], ">="),
        "emergency exact, raw value": (total["emerg_raw"], TARGETS["emergency_exact"], ">="),
        "negations raised, simulator": (total["neg_sim"], TARGETS["negation_raised"], "<="),
        "negations raised, raw value": (total["neg_raw"], TARGETS["negation_raised"], "<="),
        "intent accuracy, simulator": (total["intent"], TARGETS["intent"], ">="),
    }
    met = True
    print()
    for name, ((part, whole), target, sense) in checks.items():
        ok = (part / whole if whole else 1.0) >= target if sense == ">=" else (part / whole if whole else 0) <= target
        met &= ok
        print(f"{name:30} {share(part, whole):>22}   target {sense} {target:.0%}  {'ok' if ok else 'MISSED'}")
    out_of_domain = [r for r in results if r[0]["intent"] == FALLBACK]
    print(f"{'out of domain to Fallback':30} {share(sum(r[1] == FALLBACK for r in out_of_domain), len(out_of_domain)):>22}")
    print(f"{'false alarms, simulator':30} {share(*total['false_sim']):>22}")
    print(f"{'false alarms, raw value':30} {share(*total['false_raw']):>22}")
    print()
    for row, intent, sim, raw in results:
        if row["triage"] in URGENT and (sim not in URGENT or raw not in URGENT):
            print(f"  MISSED {row['triage']:9} sim={sim} raw={raw} [{intent}] {row['text']!r}")
    for row, intent, sim, raw in results:
        if row["triage"] == "emergency" and sim in URGENT and raw in URGENT and "emergency" not in (sim, raw):
            print(f"  LOWER   emergency sim={sim} raw={raw} {row['text']!r}")
    for row, intent, sim, raw in results:
        if row["triage"] not in URGENT and (sim in URGENT or raw in URGENT):
            print(f"  RAISED  {str(row['triage']):9} sim={sim} raw={raw} neg={row.get('negated')} {row['text']!r}")
    for row, intent, sim, raw in results:
        if not intent_meets(row["intent"], intent):
            print(f"  INTENT  {row['intent']} -> {intent}: {row['text']!r}")
    return met


def report_checks(rows: list[dict], runner: Runner) -> bool:
    met = True
    print()
    for way in ("simulator", "raw"):
        right, wrong = 0, []
        for row in rows:
            question = next(q for q in runner.content.check_questions if q.id == row["question"])
            expected = row["answer"]
            if expected == "unsure":
                expected = "yes" if question.unsure_is_yes else "no"
            got = runner.check_answer(row, way)
            if got == expected:
                right += 1
            else:
                wrong.append((row, got))
        ok = right / len(rows) >= TARGETS["answers"]
        # A "yes" read as anything else is a missed warning sign: none allowed.
        missed = [row for row, got in wrong if row["answer"] == "yes" or
                  row["answer"] == "unsure" and next(q for q in runner.content.check_questions
                                                     if q.id == row["question"]).unsure_is_yes]
        ok &= not missed
        met &= ok
        print(f"check answers read as labelled, {way:9} {share(right, len(rows)):>22}   target >= 95%, "
              f"no yes missed ({len(missed)})  {'ok' if ok else 'MISSED'}")
        for row, got in wrong:
            print(f"  ANSWER {row['question']:8} {row['answer']:6} read {got:8} {row['text']!r}")
    return met


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", help="labelled set (default: the locale's set A)")
    parser.add_argument("--checks", help="check-answer file, or '' for none (default: the locale's file A "
                                         "with --file unset, else none)")
    parser.add_argument("--locale", default="en-US")
    args = parser.parse_args(argv)
    # Each locale's own files by default, so a Spanish run never plays English answers through the Spanish check.
    if args.checks is None:
        args.checks = str(LABELLED / f"{args.locale}-check-answers-a.jsonl") if args.file is None else ""
    if args.file is None:
        args.file = str(LABELLED / f"{args.locale}-triage-a.jsonl")
    try:
        if args.locale not in CONTENT:
            raise LabelError(f"no content for locale {args.locale!r}")
        rows = read_jsonl(Path(args.file), {"text": (), "intent": (), "triage": LEVELS})
        answers = read_jsonl(Path(args.checks), {"question": (), "text": (), "answer": ("yes", "no", "unsure")}) \
            if args.checks else []
        runner = Runner(args.locale)
        known = {q.id for q in runner.content.check_questions}
        unknown = {row["question"] for row in answers} - known
        if unknown:
            raise LabelError(f"unknown check question ids {sorted(unknown)} (known: {sorted(known)})")
        met = report_set(rows, runner)
        if answers:
            met &= report_checks(answers, runner)
        print("targets met" if met else "TARGETS MISSED")
        return 0 if met else 1
    except (LabelError, ModelError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
