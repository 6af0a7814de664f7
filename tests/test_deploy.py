"""The deployment: the Lambda zip that `serverless package` builds offline really runs, alone.

Needs the Serverless Framework from package.json (`npm ci`); .ci/run installs it and sets
REQUIRE_PACKAGING=1 so that CI fails rather than skips when it is missing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from skill.simulator import envelopes

SERVERLESS = ROOT / "node_modules" / ".bin" / "serverless"
SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555"
FORBIDDEN_IN_ZIP = ("tests/", "benchmarks/", "node_modules/", "skill/simulator/", "skill/web/", "__pycache__/",
                    ".pyc", "interaction_models/", ".git/", "pytest", "sklearn/", "flask/", "hypothesis/")

# Runs in a Python with nothing but the standard library and the unzipped package on its path.
RUN_ZIP = """
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
handler = importlib.import_module("lambda.lambda_function").lambda_handler
answers = [handler(event, None) for event in json.loads(sys.stdin.read())]
print(json.dumps(answers))
"""


@pytest.fixture(scope="module")
def packaged(tmp_path_factory):
    if not SERVERLESS.exists():
        if os.environ.get("REQUIRE_PACKAGING"):
            pytest.fail("node_modules/.bin/serverless is missing: run `npm ci` first")
        pytest.skip("Serverless Framework not installed (npm ci); CI runs these tests")
    out = tmp_path_factory.mktemp("package")
    env = dict(os.environ, ALEXA_SKILL_ID=SKILL_ID, SLS_TELEMETRY_DISABLED="1", SLS_NOTIFICATIONS_MODE="off",
               PYTHON_BIN=f"python{sys.version_info.major}.{sys.version_info.minor}")
    result = subprocess.run([str(SERVERLESS), "package", "--stage", "prod", "--package", str(out)], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return out


def events() -> list[dict]:
    def wrap(request):
        return envelopes.envelope(request, session_id="amzn1.echo-api.session.zip", new=True, attributes={},
                                  skill_id=SKILL_ID)

    slot = envelopes.slot
    return [
        wrap(envelopes.launch_request("en-US")),
        wrap(envelopes.intent_request("en-US", "HeatOrIceIntent", {"onset_duration": slot(
            "onset_duration", "P3D", slot_type="AMAZON.DURATION")})),
        wrap(envelopes.intent_request("en-US", "ReportSymptomIntent", {"symptom": slot(
            "symptom", "can't stand up", slot_type="SymptomType", value_id="CANNOT_STAND_WALK")})),
    ]


def run_unzipped(folder: Path) -> subprocess.CompletedProcess:
    # -I: no environment variables, no user site; -S: no site-packages. Only the zip and the stdlib.
    return subprocess.run([sys.executable, "-I", "-S", "-c", RUN_ZIP, str(folder)], input=json.dumps(events()),
                          capture_output=True, text=True, timeout=60, env={"ALEXA_SKILL_ID": SKILL_ID})


def unzip(packaged: Path, target: Path) -> Path:
    with zipfile.ZipFile(packaged / "back-spasm-skill.zip") as archive:
        archive.extractall(target)
    return target


def test_zip_answers_three_requests_from_an_empty_python(packaged, tmp_path):
    result = run_unzipped(unzip(packaged, tmp_path / "unzipped"))
    assert result.returncode == 0, result.stderr[-2000:]
    *log_lines, answers = result.stdout.splitlines()  # the handler logs one JSON line per request first
    launch, heat, urgent = json.loads(answers)
    assert [json.loads(line)["triage"] for line in log_lines] == ["none", "none", "urgent"]
    assert "Welcome to Back Spasm Helper" in launch["response"]["outputSpeech"]["ssml"]
    assert "heat is better now" in heat["response"]["outputSpeech"]["ssml"]
    assert urgent["sessionAttributes"]["triage"] == "urgent"
    assert urgent["response"]["outputSpeech"]["ssml"].startswith("<speak>Get emergency care now")


def test_zip_fails_without_a_dependency(packaged, tmp_path):
    """The check above is real: take one dependency out and the same run breaks."""
    folder = unzip(packaged, tmp_path / "unzipped")
    shutil.rmtree(folder / "ask_sdk_model")
    result = run_unzipped(folder)
    assert result.returncode != 0 and "ask_sdk_model" in result.stderr


def test_zip_is_lean(packaged):
    archive = packaged / "back-spasm-skill.zip"
    names = zipfile.ZipFile(archive).namelist()
    offenders = [name for name in names if any(part in name for part in FORBIDDEN_IN_ZIP)]
    assert not offenders, offenders[:10]
    assert "lambda/lambda_function.py" in names and "skill/content/en-US.json" in names
    size_mb = archive.stat().st_size / 1e6
    print(f"\nLambda zip: {size_mb:.2f} MB, {len(names)} files")
    assert size_mb < 5


def test_template_grants_alexa_with_the_skill_id(packaged):
    template = json.loads((packaged / "cloudformation-template-update-stack.json").read_text())
    resources = template["Resources"]
    permissions = [r["Properties"] for r in resources.values() if r["Type"] == "AWS::Lambda::Permission"]
    assert permissions == [{"FunctionName": {"Fn::GetAtt": ["SkillLambdaFunction", "Arn"]},
                            "Action": "lambda:InvokeFunction", "Principal": "alexa-appkit.amazon.com",
                            "EventSourceToken": SKILL_ID}]
    function = resources["SkillLambdaFunction"]["Properties"]
    assert function["Handler"] == "lambda/lambda_function.lambda_handler"
    assert function["Runtime"] == "python3.11"
    assert function["Timeout"] < 8
    assert function["Environment"]["Variables"]["ALEXA_SKILL_ID"] == SKILL_ID
    log_groups = [r["Properties"] for r in resources.values() if r["Type"] == "AWS::Logs::LogGroup"]
    assert log_groups and all(group["RetentionInDays"] == 14 for group in log_groups)


def test_serverless_config_hard_codes_no_skill_id():
    lines = [line for line in (ROOT / "serverless.yml").read_text().splitlines() if not line.lstrip().startswith("#")]
    text = "\n".join(lines)
    assert not re.search(r"amzn1\.ask\.skill\.[0-9a-f-]{8,}", text)
    assert "${env:ALEXA_SKILL_ID}" in text
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]
    assert pinned["serverless"].startswith("3.")


def test_lambda_requirements_are_pinned():
    lines = [line for line in (ROOT / "lambda" / "requirements.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines and all("==" in line for line in lines)
    assert any(line.startswith("ask-sdk-core==") for line in lines)
