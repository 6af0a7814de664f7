"""The deployment: the Lambda zip that `serverless package` builds offline really runs, alone, from its bytecode.

Needs the Serverless Framework from package.json (`npm ci`); .ci/run installs it and sets
REQUIRE_PACKAGING=1 so that CI fails rather than skips when it is missing. The zip is built by
deploy/package.py in a copy of the checkout, so the tests never touch a `.serverless/` of your own.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import uuid
import zipfile
import zoneinfo
from datetime import datetime, timezone
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from conftest import ROOT
from settings_api import Call, SettingsApi, zone
from skill.simulator import envelopes
from skill.simulator.device import SystemContext


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lambda_package = _load("lambda_package", ROOT / "deploy" / "package.py")

SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555"
RUNTIME = lambda_package.RUNTIME  # serverless.yml's provider.runtime; test_template_... checks the template says so
CACHE_TAG = "cpython-" + RUNTIME.removeprefix("python").replace(".", "")
# The dependencies are about 2.7 MB of it; the content files (speech and lexicons) and the lexicons' compiled token
# files 0.34 MB, growing with each breadth round (3.5 MB until the third, 3.6 MB until the fifth: 3.58 MB after it;
# 3.8 MB until the DO round's four hundred phrases took it just over, to 3.80 MB).
MAX_ZIP_MB = 3.9
FORBIDDEN_IN_ZIP = ("tests/", "benchmarks/", "node_modules/", "skill/simulator/", "skill/web/", "deploy/",
                    "interaction_models/", ".git/", "pytest", "sklearn/", "flask/", "hypothesis/")
# Declared by what ships, never imported by the skill, so left out of the zip (lambda/requirements.txt).
NOT_SHIPPED = {
    "requests": "ask-sdk-core's DefaultApiClient only; the skill's own client is skill/api_client.py (urllib)",
    "urllib3": "requests' and DefaultApiClient's",
    "idna": "requests'",
    "charset-normalizer": "requests'",
    "certifi": "requests'",
    "tzdata": "python-dateutil's and zoneinfo's fallback when the system has no zone database; "
              "Lambda's Amazon Linux 2 has /usr/share/zoneinfo",
}
NOT_SHIPPED_MODULES = {"requests", "urllib3", "idna", "charset_normalizer", "certifi", "tzdata"}
PYC = re.compile(r"^(?P<folder>(?:.*/)?)__pycache__/(?P<stem>[^/]+?)\.(?P<tag>[^./]+)(?:\.opt-\d)?\.pyc$")

# Runs in the runtime's Python with nothing but the standard library and the unzipped package on its path
# (-I ignores PYTHONPATH, so the folder goes on sys.path here, first, as Lambda puts /var/task). Every module
# Python has to compile from source, rather than load from the zip's bytecode, is noted.
RUN_ZIP = """
import importlib, importlib.machinery, json, sys
sys.path.insert(0, sys.argv[1])
compiled = []
source_to_code = importlib.machinery.SourceFileLoader.source_to_code
def noting_source_to_code(self, data, path, *args, **kwargs):
    compiled.append(path)
    return source_to_code(self, data, path, *args, **kwargs)
importlib.machinery.SourceFileLoader.source_to_code = noting_source_to_code
handler = importlib.import_module("lambda.lambda_function").lambda_handler
modules_at_import = sorted(sys.modules)
answers = [handler(event, None) for event in json.loads(sys.stdin.read())]
print(json.dumps({"answers": answers, "modules_at_import": modules_at_import, "modules": sorted(sys.modules),
                  "compiled": [path for path in compiled if path.startswith(sys.argv[1])]}))
"""

# Reads each .pyc's header in the runtime's Python (magic number and source hash are version-specific).
CHECK_PYC = """
import importlib.util, json, sys, zipfile
report = {}
with zipfile.ZipFile(sys.argv[1]) as archive:
    for pyc, source in json.loads(sys.stdin.read()).items():
        data = archive.read(pyc)
        report[pyc] = {"magic": data[:4] == importlib.util.MAGIC_NUMBER,
                       "flags": int.from_bytes(data[4:8], "little"),
                       "hash": data[8:16] == importlib.util.source_hash(archive.read(source))}
print(json.dumps(report))
"""


def runtime_python() -> str:
    """The Lambda runtime's Python, outside any venv (the real interpreter, not the venv's link to it)."""
    found = lambda_package.runtime_python()
    if not found:
        pytest.fail(f"{RUNTIME} is needed to run the zip as Lambda would")
    return found


@pytest.fixture(scope="module")
def packaged(tmp_path_factory):
    if not lambda_package.SERVERLESS.exists():
        if os.environ.get("REQUIRE_PACKAGING"):
            pytest.fail("node_modules/.bin/serverless is missing: run `npm ci` first")
        pytest.skip("Serverless Framework not installed (npm ci); CI runs these tests")
    out = tmp_path_factory.mktemp("package")
    env = dict(os.environ, ALEXA_SKILL_ID=SKILL_ID, PYTHON_BIN=RUNTIME)
    own_before = snapshot(ROOT / ".serverless")
    try:
        lambda_package.package(out, env=env)
    except lambda_package.PackagingError as error:
        pytest.fail(str(error))
    PACKAGING_LEFT["own .serverless"] = (own_before, snapshot(ROOT / ".serverless"))
    return out


PACKAGING_LEFT: dict[str, tuple] = {}


def snapshot(folder: Path) -> list[tuple[str, int, int]] | None:
    if not folder.exists():
        return None
    return sorted((str(path.relative_to(folder)), path.stat().st_size, path.stat().st_mtime_ns)
                  for path in folder.rglob("*"))


@pytest.fixture(scope="module")
def archive(packaged) -> Path:
    return packaged / lambda_package.ZIP_NAME


@pytest.fixture(scope="module")
def settings_api():
    with SettingsApi() as api:
        yield api


# Sunday 29 November, 8 am in Tokyo (28 November, 23:00 UTC); the pain started on the 27th: two days ago on
# the person's calendar, so heat. Without the device's zone the skill counts conservatively: ice.
TOKYO_MOMENT = datetime(2026, 11, 28, 23, tzinfo=timezone.utc)


def events(settings_api: SettingsApi, device_id: str) -> list[dict]:
    def wrap(request, system=None):
        return envelopes.envelope(request, session_id="amzn1.echo-api.session.zip", new=True, attributes={},
                                  skill_id=SKILL_ID, system=system)

    slot = envelopes.slot
    settings_api.answers[device_id] = zone("Asia/Tokyo")
    dated = envelopes.intent_request("en-US", "HeatOrIceIntent", {"onset_date": slot(
        "onset_date", "2026-11-27", slot_type="AMAZON.DATE")}, now=TOKYO_MOMENT)
    return [
        wrap(envelopes.launch_request("en-US")),
        wrap(envelopes.intent_request("en-US", "HeatOrIceIntent", {"onset_duration": slot(
            "onset_duration", "P3D", slot_type="AMAZON.DURATION")})),
        # Raw words, ER_SUCCESS_NO_MATCH: the red-flag reader has to read them.
        wrap(envelopes.intent_request("en-US", "ReportSymptomIntent", {"symptom": slot(
            "symptom", "my husband fell and can't get up", slot_type="SymptomType")})),
        # The device's time zone from the Settings API, through the skill's urllib client.
        wrap(dated, SystemContext(device_id, settings_api.url, "zip-token")),
    ]


def run_unzipped(folder: Path, settings_api: SettingsApi, device_id: str | None = None) -> subprocess.CompletedProcess:
    # -I: no environment variables, no user site; -S: no site-packages; -B: write no bytecode (/var/task is
    # read-only). Only the zip and the standard library.
    device_id = device_id or f"amzn1.ask.device.{uuid.uuid4().hex}"
    return subprocess.run([runtime_python(), "-I", "-S", "-B", "-c", RUN_ZIP, str(folder)],
                          input=json.dumps(events(settings_api, device_id)), capture_output=True, text=True,
                          timeout=60, env={"ALEXA_SKILL_ID": SKILL_ID})


def unzip(archive: Path, target: Path) -> Path:
    """Extracted with the dates the zip records (the packager's 1980-01-01), which no .pyc's timestamp matches."""
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(target)
        for info in opened.infolist():
            stamp = datetime(*info.date_time).timestamp()
            os.utime(target / info.filename, (stamp, stamp))
    return target


@pytest.fixture(scope="module")
def zip_run(archive, settings_api, tmp_path_factory) -> dict:
    folder = unzip(archive, tmp_path_factory.mktemp("unzipped"))
    device_id = f"amzn1.ask.device.{uuid.uuid4().hex}"
    result = run_unzipped(folder, settings_api, device_id)
    assert result.returncode == 0, result.stderr[-3000:]
    *log_lines, answers = result.stdout.splitlines()  # the handler logs one JSON line per request first
    return {**json.loads(answers), "device_id": device_id, "log": [json.loads(line) for line in log_lines]}


def top_level(modules: list[str]) -> set[str]:
    return {name.partition(".")[0] for name in modules}


def test_zip_answers_from_an_empty_python(zip_run, content):
    launch, heat, fall, tokyo = zip_run["answers"]
    assert [line["triage"] for line in zip_run["log"]] == ["none", "none", "emergency", "none"]
    assert "Welcome to Back Spasm Helper" in launch["response"]["outputSpeech"]["ssml"]
    assert "heat is better now" in heat["response"]["outputSpeech"]["ssml"]
    assert fall["sessionAttributes"]["triage"] == "emergency"
    assert fall["response"]["outputSpeech"]["ssml"].startswith("<speak>Get emergency care now")
    assert "keep the person still" in fall["response"]["outputSpeech"]["ssml"]
    speech = tokyo["response"]["outputSpeech"]["ssml"]
    # tzdata is not shipped: zoneinfo reads the system's zone database, as on Lambda's Amazon Linux 2. A
    # machine without one gets the answer for an unknown zone, as Lambda would without it.
    system_has_zones = any((Path(folder) / "Asia" / "Tokyo").is_file() for folder in zoneinfo.TZPATH)
    expected, other = ("heat_or_ice_heat", "heat_or_ice_ice") if system_has_zones else ("heat_or_ice_ice",
                                                                                         "heat_or_ice_heat")
    assert content.entry(expected).speech in speech and content.entry(other).speech not in speech, speech


def test_zip_asks_the_settings_api_with_its_own_client(zip_run, settings_api):
    device_id = zip_run["device_id"]
    assert settings_api.calls_for(device_id) == [Call(device_id, "Bearer zip-token")]


def test_zip_never_imports_what_it_leaves_out(zip_run):
    assert not top_level(zip_run["modules_at_import"]) & NOT_SHIPPED_MODULES
    # ... nor on any request, the Settings API call included.
    assert not top_level(zip_run["modules"]) & NOT_SHIPPED_MODULES, top_level(zip_run["modules"])
    assert {"ask_sdk_core", "ask_sdk_model", "ask_sdk_runtime", "dateutil", "six", "skill"} <= top_level(
        zip_run["modules"])


def test_zip_runs_from_its_bytecode(zip_run):
    """Not one module of the zip is compiled at the cold start: Python takes every .pyc as valid."""
    assert zip_run["compiled"] == []
    assert len([name for name in zip_run["modules"] if name.startswith(("ask_sdk", "skill"))]) > 100


def test_the_bytecode_check_is_real(archive, settings_api, tmp_path):
    """Take the skill's bytecode out and the same run compiles the skill's modules, and only those."""
    folder = unzip(archive, tmp_path / "unzipped")
    for cache in (folder / "skill").rglob("__pycache__"):
        shutil.rmtree(cache)
    result = run_unzipped(folder, settings_api)
    assert result.returncode == 0, result.stderr[-2000:]
    compiled = json.loads(result.stdout.splitlines()[-1])["compiled"]
    assert str(folder / "skill" / "builder.py") in compiled
    assert all(path.startswith(str(folder / "skill")) for path in compiled)


def test_zip_fails_without_a_dependency(archive, settings_api, tmp_path):
    """The run is real: take one dependency out and the same run breaks."""
    folder = unzip(archive, tmp_path / "unzipped")
    shutil.rmtree(folder / "ask_sdk_model")
    result = run_unzipped(folder, settings_api)
    assert result.returncode != 0 and "ask_sdk_model" in result.stderr


def test_zip_holds_hash_checked_bytecode_for_every_module_and_no_other(archive):
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
    sources = {name for name in names if name.endswith(".py")}
    bytecode = {name for name in names if name.endswith((".pyc", ".pyo")) or "__pycache__/" in name}
    pycs = {name: PYC.match(name) for name in bytecode}
    assert all(pycs.values()), [name for name, match in pycs.items() if not match]
    assert {match["tag"] for match in pycs.values()} == {CACHE_TAG}  # none for another Python, no .opt-N
    source_of = {name: f"{match['folder']}{match['stem']}.py" for name, match in pycs.items()}
    assert sorted(source_of.values()) == sorted(sources)  # one for every .py, none without one
    result = subprocess.run([runtime_python(), "-I", "-S", "-c", CHECK_PYC, str(archive)],
                            input=json.dumps(source_of), capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # Flags (PEP 552): bit 0 hash-based, bit 1 check_source; the hash is the source's in the zip.
    bad = {name: header for name, header in report.items() if header != {"magic": True, "flags": 0b11, "hash": True}}
    assert not bad, list(bad.items())[:5]
    assert "skill/__pycache__/builder.cpython-311.pyc" in report and "__pycache__/six.cpython-311.pyc" in report


def test_zip_is_lean(archive):
    names = zipfile.ZipFile(archive).namelist()
    offenders = [name for name in names if any(part in name for part in FORBIDDEN_IN_ZIP)]
    assert not offenders, offenders[:10]
    left_out = [name for name in names if re.split(r"[/.-]", name, maxsplit=1)[0] in NOT_SHIPPED_MODULES]
    assert not left_out, left_out[:10]
    assert not [name for name in names if ".dist-info/" in name or name.startswith("bin/")]
    assert "lambda/lambda_function.py" in names and "skill/content/en-US.json" in names
    size_mb = archive.stat().st_size / 1e6
    print(f"\nLambda zip: {size_mb:.2f} MB, {len(names)} files")
    assert size_mb <= MAX_ZIP_MB


def test_packaging_leaves_the_checkouts_serverless_folder_alone(packaged):
    """The user's own `.serverless/` (Serverless empties the one it builds in) is as it was, or still absent."""
    before, after = PACKAGING_LEFT["own .serverless"]
    assert after == before


def test_template_grants_alexa_with_the_skill_id(packaged):
    template = json.loads((packaged / "cloudformation-template-update-stack.json").read_text())
    resources = template["Resources"]
    permissions = [r["Properties"] for r in resources.values() if r["Type"] == "AWS::Lambda::Permission"]
    assert permissions == [{"FunctionName": {"Fn::GetAtt": ["SkillLambdaFunction", "Arn"]},
                            "Action": "lambda:InvokeFunction", "Principal": "alexa-appkit.amazon.com",
                            "EventSourceToken": SKILL_ID}]
    function = resources["SkillLambdaFunction"]["Properties"]
    assert function["Handler"] == "lambda/lambda_function.lambda_handler"
    assert function["Runtime"] == RUNTIME
    assert function["Timeout"] < 8
    assert function["Environment"]["Variables"]["ALEXA_SKILL_ID"] == SKILL_ID
    log_groups = [r["Properties"] for r in resources.values() if r["Type"] == "AWS::Logs::LogGroup"]
    assert log_groups and all(group["RetentionInDays"] == 14 for group in log_groups)


def test_serverless_config_hard_codes_no_skill_id():
    lines = [line for line in (ROOT / "serverless.yml").read_text().splitlines() if not line.lstrip().startswith("#")]
    text = "\n".join(lines)
    assert not re.search(r"amzn1\.ask\.skill\.[0-9a-f-]{8,}", text)
    assert "${env:ALEXA_SKILL_ID}" in text
    assert f"runtime: {RUNTIME}" in text
    pinned = json.loads((ROOT / "package.json").read_text())["devDependencies"]
    assert pinned["serverless"].startswith("3.")


def pinned_requirements() -> dict[str, str]:
    lines = [line.strip() for line in (ROOT / "lambda" / "requirements.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines and all("==" in line for line in lines)
    return {canonicalize_name(name): version for name, version in (line.split("==") for line in lines)}


def test_lambda_requirements_are_pinned():
    assert "ask-sdk-core" in pinned_requirements()


def test_lambda_requirements_are_exactly_what_the_skill_needs():
    """The pinned list is ask-sdk-core's dependencies as its packages declare them (installed here), minus
    what is never imported; pip installs it with --no-deps, so nothing missing here would be noticed."""
    from importlib.metadata import requires

    needed, todo = set(), ["ask-sdk-core"]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in needed or name in NOT_SHIPPED:
            continue
        needed.add(name)
        for line in requires(name) or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    assert set(pinned_requirements()) == needed


def test_invoke_local_answers_the_readmes_example_event():
    """`serverless invoke local` as the README documents it: the venv's python first on PATH."""
    if not lambda_package.SERVERLESS.exists():
        if os.environ.get("REQUIRE_PACKAGING"):
            pytest.fail("node_modules/.bin/serverless is missing: run `npm ci` first")
        pytest.skip("Serverless Framework not installed (npm ci); CI runs these tests")
    # The example events are the simulator's, addressed to its skill id: the function must be set to it.
    event_skill = json.loads((ROOT / "lambda" / "events" / "symptom.json").read_text())["session"]["application"]
    env = dict(os.environ, ALEXA_SKILL_ID=event_skill["applicationId"], SLS_TELEMETRY_DISABLED="1",
               SLS_NOTIFICATIONS_MODE="off",
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    result = subprocess.run([str(lambda_package.SERVERLESS), "invoke", "local", "--function", "skill",
                             "--path", "lambda/events/symptom.json"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Get emergency care now" in result.stdout
