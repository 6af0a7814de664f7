"""``python -m skill.ask [QUESTION]``: ask the skill one question, offline, and print what Alexa says.

Without a question it asks the embedded default, "should I use heat or ice?". A question given but
empty ("") is an error, not the default: it is what a broken script passes.
"""

from __future__ import annotations

import sys

DEFAULT_QUESTION = "should I use heat or ice?"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if not args:
        question = DEFAULT_QUESTION
    else:
        question = " ".join(args).strip()
        if not question:
            print('error: the question is empty: ask one in quotes, such as "how long will this last", '
                  "or give none for the default", file=sys.stderr)
            return 2
    from .simulator.cli import main as simulator_main

    return simulator_main([question])


if __name__ == "__main__":
    sys.exit(main())
