"""The command lines' bad input: one line on stderr, exit status 2, never a traceback."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from conftest import run_module


def run(module: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return run_module(module, *args, input_text=stdin)


def assert_one_line_error(result: subprocess.CompletedProcess, fragment: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and fragment in lines[0], result.stderr


@pytest.mark.parametrize("args,fragment", [
    (["--endpoint", "notaurl", "hello"], "bad endpoint 'notaurl'"),
    (["--endpoint", "http://[::1", "hello"], "Invalid IPv6 URL"),
    (["--endpoint", "ftp://127.0.0.1/", "hello"], "bad endpoint"),
    (["--endpoint", "http://127.0.0.1:port/", "hello"], "bad endpoint"),
    (["--timezone", "Mars/Olympus", "hello"], "unknown time zone 'Mars/Olympus'"),
    (["--timezone", "", "hello"], "unknown time zone ''"),
    (["--timezone", "../../etc/passwd"], "unknown time zone"),
])
def test_simulator_bad_options(args, fragment):
    assert_one_line_error(run("skill.simulator", *args), fragment)


@pytest.mark.parametrize("question", ["", "   "])
def test_ask_refuses_an_empty_question(question):
    result = run("skill.ask", question)
    assert_one_line_error(result, "the question is empty")
    assert result.stdout == ""


def test_ask_asks_the_question_given():
    result = run("skill.ask", "how long will this last")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("User  > how long will this last\nAlexa > ")


def test_a_record_that_cannot_be_written_is_one_line_and_the_session_goes_on(tmp_path):
    piped = "should i use heat or ice\n.record /no/such/dir/x.json\nit started two days ago\n"
    result = run("skill.simulator", stdin=piped)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "error: cannot write replay file /no/such/dir/x.json: No such file or directory"]
    said, answered = result.stdout.splitlines()[-2:]
    assert said == "User  > it started two days ago" and answered.startswith("Alexa > ")


def test_piped_input_reads_as_a_transcript():
    result = run("skill.simulator", stdin="open back spasm helper\n\nwhat causes back spasms\n.quit\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line[:8] for line in lines] == ["User  > ", "Alexa > ", "User  > ", "Alexa > ", "User  > "]
    assert lines[0] == "User  > open back spasm helper" and lines[2] == "User  > what causes back spasms"
    assert lines[4] == "User  > .quit"


def test_timezone_sets_the_devices_day():
    zone = ZoneInfo("Pacific/Kiritimati")  # UTC+14: its day is not UTC's for most of the day
    before = datetime.now(zone).date().isoformat()
    result = run("skill.simulator", "--json", "--timezone", "Pacific/Kiritimati", "it started today")
    after = datetime.now(zone).date().isoformat()
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)["skillExecutionInfo"]["invocations"][0]["invocationRequest"]["body"]
    assert body["request"]["intent"]["slots"]["onset_date"]["value"] in {before, after}
    system = body["context"]["System"]
    assert system["apiEndpoint"].startswith("http://127.0.0.1:") and system["apiAccessToken"]
