"""``python -m skill.simulator``: talk to the skill offline, as the Alexa developer console's Test tab would.

    python -m skill.simulator "should I use heat or ice" "yes"     each argument is one turn
    python -m skill.simulator                                       interactive, like `ask dialog`
    python -m skill.simulator --replay dialog.json                  an ASK CLI replay file
    python -m skill.simulator --json "open back spasm helper"       simulation-API-shaped JSON per turn
    python -m skill.simulator --timezone Europe/London "it started last night"   the device's time zone
    python -m skill.simulator --locale es-US "abre ayudante de espasmos"          another language
    python -m skill.simulator --model tests/fixtures/es-US.model.json "..."       a model from a file
    python -m skill.simulator --permissions reminders "..."      the person already allowed reminders

When the skill asks for a permission, Alexa's own question is shown and the next turn answers it
("I approve", "no"); in interactive mode, ``.reminders`` lists the reminders the device accepted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..facility import FacilityError
from .client import EndpointError, HttpSkill, InProcessSkill
from .device import DEFAULT_TIME_ZONE, UnknownTimeZone, time_zone
from .engine import Simulator, SimulatorError
from .model import ModelError, load_model_path
from .reminders_api import SCOPE as REMINDERS_SCOPE
from .replay import ReplayError, read_replay, write_replay

PROMPT = "User  > "
PERMISSIONS = {"reminders": REMINDERS_SCOPE}


class OneLineErrors(argparse.ArgumentParser):
    """Bad arguments are one line, ``error: ...``, and status 2, like every other bad input here."""

    def error(self, message: str):
        print(f"error: {message} (see --help)", file=sys.stderr)
        sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrors(prog="python -m skill.simulator",
                                     description="Offline Alexa simulator for the back-spasm skill.")
    parser.add_argument("turns", nargs="*", help="what the user says, one argument per turn")
    parser.add_argument("--replay", metavar="FILE", help="play an ASK CLI dialog replay file")
    parser.add_argument("--json", action="store_true", help="print one simulation result (JSON) per turn")
    parser.add_argument("--locale", default=None, help="locale of the interaction model (default en-US)")
    parser.add_argument("--model", metavar="PATH",
                        help="an interaction model file, or a folder of <locale>.json files, instead of the "
                             "skill's own (a file's locale is --locale, else the one its name starts with)")
    parser.add_argument("--endpoint", metavar="URL", help="send requests to a running web service instead")
    parser.add_argument("--permissions", action="append", choices=sorted(PERMISSIONS), default=[],
                        metavar="PERMISSION", help="a permission the person already granted the skill: reminders "
                                                   "(without it, the skill asks, and Alexa's question is shown)")
    parser.add_argument("--timezone", metavar="ZONE", default=DEFAULT_TIME_ZONE,
                        help=f"the device's IANA time zone, for dates and the Settings API (default {DEFAULT_TIME_ZONE})")
    return parser


class Printer:
    def __init__(self, as_json: bool, out=sys.stdout):
        self.as_json = as_json
        self.out = out

    def turn(self, turn, echo_user: bool = True) -> None:
        if self.as_json:
            print(json.dumps(turn.simulation_result()), file=self.out, flush=True)
            return
        if echo_user:
            print(f"{PROMPT}{turn.text}", file=self.out)
        if turn.speech:
            print(f"Alexa > {turn.speech}", file=self.out)
        if turn.prompt:  # Alexa's own question (a permission), answered by the next turn
            print(f"Alexa > {turn.prompt}", file=self.out)
        if turn.exchange.ends_session or turn.exchange.request["request"]["type"] == "SessionEndedRequest":
            print("Session ended", file=self.out)
        self.out.flush()


def run_turns(simulator: Simulator, turns: list[str], printer: Printer) -> None:
    for text in turns:
        printer.turn(simulator.say(text))


def read_line(typed: bool) -> str:
    """One line from the user. Piped lines are echoed after the prompt, so the transcript reads
    "User  > ..." then "Alexa > ...", as it does when a person types them."""
    if typed:
        return input(PROMPT)
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line.strip():
        print(f"{PROMPT}{line.rstrip(chr(10))}", flush=True)
    return line


def interactive(simulator: Simulator, printer: Printer) -> None:
    said: list[str] = []
    typed = sys.stdin.isatty()
    while True:
        try:
            text = read_line(typed)
        except EOFError:
            if typed:
                print(file=sys.stdout)
            return
        command = text.strip()
        if command == ".quit":
            return
        if command.startswith(".record"):
            record(simulator, command[len(".record"):].strip(), said)
            continue
        if command == ".reminders":
            list_reminders(simulator)
            continue
        if not command:
            continue
        try:
            turn = simulator.say(command)
        except SimulatorError as error:
            print(f"error: {error}", file=sys.stderr)
            continue
        said.append(command)
        printer.turn(turn, echo_user=False)


def list_reminders(simulator: Simulator) -> None:
    """``.reminders``: what the device's Reminders API accepted, one line each."""
    reminders = simulator.reminders
    if not reminders:
        print("No reminders set.")
    for number, reminder in enumerate(reminders, 1):
        if "scheduledTime" in reminder:
            when = f"{reminder['scheduledTime'].replace('T', ' ')} {reminder['timeZoneId']}"
        else:
            when = f"in {reminder['offsetInSeconds']} s ({reminder['firesAtUtc'].replace('T', ' ')} UTC)"
        print(f"Reminder {number}: {when}: {reminder['text']}")


def record(simulator: Simulator, target: str, said: list[str]) -> None:
    """``.record FILE``: what was said so far as a replay file; a file that cannot be written is one
    line on stderr, and the session goes on."""
    if not target:
        print("error: .record needs a file name", file=sys.stderr)
        return
    try:
        write_replay(Path(target), simulator.locale, said)
    except ReplayError as error:
        print(f"error: {error}", file=sys.stderr)
        return
    print(f"Recorded {len(said)} turns to {target}")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    simulator = None
    try:
        time_zone(args.timezone)  # before anything is loaded: a wrong zone is the first thing to say
        turns = list(args.turns)
        locale = args.locale
        if args.replay:
            replay = read_replay(Path(args.replay))
            locale = locale or replay.locale
            turns = replay.turns + turns
        model = load_model_path(args.model, locale) if args.model else None
        locale = locale or (model.locale if model else "en-US")
        skill = HttpSkill(args.endpoint) if args.endpoint else InProcessSkill()
        simulator = Simulator(skill, locale=locale, model=model, time_zone=args.timezone)
        for permission in args.permissions:
            simulator.grant(PERMISSIONS[permission])
        printer = Printer(args.json)
        if turns:
            run_turns(simulator, turns, printer)
        else:
            interactive(simulator, printer)
    except (SimulatorError, ReplayError, ModelError, EndpointError, UnknownTimeZone,
            FacilityError) as error:  # a bad FACILITY_FILE stops the in-process skill at its start
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (for example `| head`): nothing left to say
        sys.stderr.close()
        return 0
    finally:
        if simulator is not None:
            simulator.close()  # stops the loopback Settings API
    return 0
