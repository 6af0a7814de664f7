"""The skill as a user installs it: a wheel built from the source, installed into a fresh venv and run
from a folder that is not the checkout, so nothing can come from the repository beside it."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What the console scripts import that is not the skill; each one's folder also holds its own dependencies.
THIRD_PARTY = ("ask_sdk_core", "sklearn", "rapidfuzz")
SKIP_IN_COPY = shutil.ignore_patterns(".git", ".venv", "node_modules", "build", "dist", "*.egg-info", "__pycache__",
                                      ".pytest_cache", ".hypothesis", ".serverless")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Built from a copy, so a stale build/ folder in the checkout can neither hide nor add a file.
    work = tmp_path_factory.mktemp("wheel")
    shutil.copytree(ROOT, work / "source", ignore=SKIP_IN_COPY)
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "dist"),
                             str(work / "source")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    (built,) = (work / "dist").glob("*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh venv with only the wheel installed. Its third-party packages come from this environment
    through a .pth file, so the test needs no network: a folder named in a .pth file is only put on
    sys.path (after the venv's own site-packages), its own .pth files are not run, so this environment's
    editable install of the skill cannot leak in."""
    folder = tmp_path_factory.mktemp("venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=120)
    python = folder / "bin" / "python"
    result = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
                             str(wheel)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    folders = dict.fromkeys(str(Path(importlib.util.find_spec(name).origin).parent.parent) for name in THIRD_PARTY)
    (Path(site) / "third_party.pth").write_text("\n".join(folders) + "\n")
    return folder


def run(venv: Path, cwd: Path, command: str, *args: str) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    return subprocess.run([str(venv / "bin" / command), *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=120)


def archive_bytes(wheel, name: str) -> bytes:
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(name)


def test_the_wheel_holds_every_module_and_the_models_as_in_the_source(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        shipped_model = archive.read("skill/interaction_models/en-US.json")
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "skill").rglob("*.py")}
    assert modules <= names, f"left out of pyproject.toml's packages: {sorted(modules - names)}"
    assert shipped_model == (ROOT / "interaction_models" / "en-US.json").read_bytes()
    for model in (ROOT / "interaction_models").glob("*.json"):
        locale = model.stem
        assert archive_bytes(wheel, f"skill/interaction_models/{locale}.json") == model.read_bytes()
        assert {f"skill/content/{locale}.json", f"skill/content/compiled/{locale}.tokens.json"} <= names
    apl_documents = {path.relative_to(ROOT).as_posix() for path in (ROOT / "skill" / "content" / "apl").glob("*.json")}
    assert apl_documents and apl_documents <= names, "the APL documents are left out of the wheel"
    assert not [name for name in names if name.startswith("interaction_models/")], "models belong under skill/"


def test_the_installed_commands_answer_from_anywhere(venv, tmp_path):
    where = run(venv, tmp_path, "python", "-c", "import json, skill, skill.simulator.model as m; "
                "print(json.dumps([skill.__file__, str(m.MODELS_DIR), m.available_locales()]))")
    assert where.returncode == 0, where.stderr
    skill_file, models_dir, locales = json.loads(where.stdout)
    assert Path(skill_file).is_relative_to(venv) and Path(models_dir).is_relative_to(venv)
    assert locales == sorted(path.stem for path in (ROOT / "interaction_models").glob("*.json"))

    usage = run(venv, tmp_path, "back-spasm-simulator", "--help")
    assert usage.returncode == 0 and "--locale" in usage.stdout, usage.stderr

    asked = run(venv, tmp_path, "back-spasm-ask", "how long will it last")
    assert asked.returncode == 0, asked.stderr
    assert "User  > how long will it last" in asked.stdout
    assert "Alexa > Most back spasms get better within a few days" in asked.stdout

    urgent = run(venv, tmp_path, "back-spasm-simulator", "ask back spasm helper should i use ice he can't stand up")
    assert urgent.returncode == 0, urgent.stderr
    assert "Get emergency care now" in urgent.stdout
