"""``python -m skill.ask [QUESTION]``: ask the skill one question, offline, and print what Alexa says.

Without a question it asks the embedded default, "should I use heat or ice?".
"""

from __future__ import annotations

import sys

DEFAULT_QUESTION = "should I use heat or ice?"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    question = " ".join(args).strip() or DEFAULT_QUESTION
    from .simulator.cli import main as simulator_main

    return simulator_main([question])


if __name__ == "__main__":
    sys.exit(main())
