"""``python -m skill.skill_package``: lay out the ASK CLI skill package from ``interaction_models/``.

The interaction models have one source of truth, ``interaction_models/<locale>.json``; this copies
them to ``skill-package/interactionModels/custom/`` where ``ask deploy`` reads them, and with
``--endpoint ARN`` writes the Lambda function's ARN (from ``serverless deploy``) into skill.json, and
with ``--skill-id ID`` records the existing skill in ``.ask/ask-states.json``, where ``ask deploy``
looks for it: without it, ``ask deploy`` creates a second skill. ``--check`` only reports whether the
package is in step with the source.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "interaction_models"
PACKAGE = ROOT / "skill-package"
PACKAGED_MODELS = PACKAGE / "interactionModels" / "custom"
MANIFEST = PACKAGE / "skill.json"
ASK_STATES = ROOT / ".ask" / "ask-states.json"
SKILL_ID = re.compile(r"^amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
LAMBDA_ARN = re.compile(r"^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)?$")


def out_of_step(source: Path = SOURCE, packaged: Path = PACKAGED_MODELS) -> list[str]:
    """Locales whose packaged model differs from the source, or exists on one side only."""
    sources = {p.name: p.read_bytes() for p in source.glob("*.json")}
    copies = {p.name: p.read_bytes() for p in packaged.glob("*.json")} if packaged.exists() else {}
    return sorted(name for name in sources.keys() | copies.keys() if sources.get(name) != copies.get(name))


def sync(source: Path = SOURCE, packaged: Path = PACKAGED_MODELS) -> list[str]:
    packaged.mkdir(parents=True, exist_ok=True)
    for stale in set(p.name for p in packaged.glob("*.json")) - set(p.name for p in source.glob("*.json")):
        (packaged / stale).unlink()
    changed = out_of_step(source, packaged)
    for path in source.glob("*.json"):
        (packaged / path.name).write_bytes(path.read_bytes())
    return changed


def set_endpoint(arn: str, manifest: Path = MANIFEST) -> None:
    if not LAMBDA_ARN.match(arn):
        raise ValueError(f"not a Lambda function ARN: {arn}")
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["manifest"]["apis"]["custom"]["endpoint"]["uri"] = arn
    manifest.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def set_skill_id(skill_id: str, states: Path = ASK_STATES, profile: str = "default") -> None:
    """Record the skill ``ask deploy`` is to update, keeping whatever else the ASK CLI wrote there."""
    if not SKILL_ID.match(skill_id):
        raise ValueError(f"not an Alexa skill id (amzn1.ask.skill.<uuid>): {skill_id}")
    data = json.loads(states.read_text(encoding="utf-8")) if states.exists() else {}
    data.setdefault("askcliStatesVersion", "2020-03-31")
    data.setdefault("profiles", {}).setdefault(profile, {})["skillId"] = skill_id
    states.parent.mkdir(parents=True, exist_ok=True)
    states.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill.skill_package", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the package is out of step")
    parser.add_argument("--endpoint", metavar="ARN", help="the Lambda function ARN to put in skill.json")
    parser.add_argument("--skill-id", metavar="ID", help="the existing skill's id, for ask deploy (.ask/ask-states.json)")
    args = parser.parse_args(argv)
    if args.check:
        stale = out_of_step()
        print("skill package is in step" if not stale else f"out of step: {', '.join(stale)}")
        return 1 if stale else 0
    changed = sync()
    print(f"copied interaction models ({', '.join(changed) or 'no changes'})")
    settings = ((args.endpoint, set_endpoint, f"endpoint set to {args.endpoint}"),
                (args.skill_id, set_skill_id, f"ask deploy will update skill {args.skill_id} (.ask/ask-states.json)"))
    for value, write, done in settings:
        if not value:
            continue
        try:
            write(value)
        except ValueError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        print(done)
    return 0


if __name__ == "__main__":
    sys.exit(main())
