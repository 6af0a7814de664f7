"""Package the Lambda zip offline into a folder of your choice, leaving this checkout's `.serverless/` alone.

    .venv/bin/python deploy/package.py OUT_DIR        # writes OUT_DIR/back-spasm-skill.zip and the templates

Serverless v3 always builds in `<service>/.serverless/` and empties that folder first, even with
`--package OUT_DIR`; so this runs `serverless package` in a copy of the checkout (the tests and the
benchmark use it, and a `.serverless/` of your own survives them). The copy is what Serverless would see
here: the same serverless.yml, the same files for its patterns, this checkout's node_modules. It needs
`npm ci` first, and a Python 3.11 (PYTHON_BIN, default python3.11) for the dependencies and the bytecode.
ALEXA_SKILL_ID comes from the environment, or a placeholder id is used (packaging needs one).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVERLESS = ROOT / "node_modules" / ".bin" / "serverless"
ZIP_NAME = "back-spasm-skill.zip"
PLACEHOLDER_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
# Never copied: what is not the service's source (its own .serverless/ least of all).
SKIP = shutil.ignore_patterns(".git", ".venv", "node_modules", ".serverless", "build", "dist", "*.egg-info",
                              "__pycache__", "*.pyc", ".pytest_cache", ".hypothesis")


class PackagingError(RuntimeError):
    """`serverless package` failed or could not run; the message carries its output."""


RUNTIME = "python3.11"  # serverless.yml's provider.runtime


def runtime_python() -> str | None:
    """The Lambda runtime's Python itself, outside any venv (the real interpreter, not a venv's link
    to it), or None when this machine has none."""
    if f"python{sys.version_info.major}.{sys.version_info.minor}" == RUNTIME:
        return os.path.realpath(sys.executable)
    found = shutil.which(RUNTIME)
    return os.path.realpath(found) if found else None


def package(out: Path, *, stage: str = "prod", env: dict[str, str] | None = None, timeout: float = 600) -> Path:
    """Runs `serverless package` on a copy of the checkout; returns OUT/back-spasm-skill.zip."""
    if not SERVERLESS.exists():
        raise PackagingError("node_modules/.bin/serverless is missing: run `npm ci` first")
    environment = dict(os.environ if env is None else env)
    environment.setdefault("ALEXA_SKILL_ID", PLACEHOLDER_SKILL_ID)
    environment.setdefault("SLS_TELEMETRY_DISABLED", "1")
    environment.setdefault("SLS_NOTIFICATIONS_MODE", "off")
    out = out.resolve()
    if out.exists() and any(out.iterdir()) and not (out / "serverless-state.json").exists():
        # Serverless replaces the folder given to --package, whatever it holds.
        raise PackagingError(f"{out} is not empty and holds no earlier package: Serverless would delete it")
    with tempfile.TemporaryDirectory(prefix="back-spasm-package-") as scratch:
        service = Path(scratch) / "service"
        shutil.copytree(ROOT, service, ignore=SKIP, symlinks=True)
        (service / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
        try:
            result = subprocess.run([str(SERVERLESS), "package", "--stage", stage, "--package", str(out)],
                                    cwd=service, env=environment, capture_output=True, text=True, timeout=timeout)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise PackagingError(f"serverless package did not finish: {error}") from None
    if result.returncode != 0:
        raise PackagingError(f"serverless package failed ({result.returncode}):\n"
                             f"{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return out / ZIP_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the zip and the CloudFormation templates (replaced)")
    parser.add_argument("--stage", default="prod")
    args = parser.parse_args(argv)
    if args.out.resolve() == (ROOT / ".serverless").resolve():
        parser.error("that is the folder Serverless empties; run `npx serverless package` to build there")
    try:
        archive = package(args.out, stage=args.stage)
    except PackagingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{archive} ({archive.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
