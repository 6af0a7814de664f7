"""``python -m skill.web --dev``: the web service on this machine for development, verification off."""

from __future__ import annotations

import argparse
import logging
import sys

from .app import ConfigurationError, create_app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill.web", description=__doc__)
    parser.add_argument("--dev", action="store_true",
                        help="turn request verification off and serve the simulator page at /simulator "
                             "(development only; production runs gunicorn)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5000)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    config = ({"ASK_SDK_VERIFY_SIGNATURE": False, "ASK_SDK_VERIFY_TIMESTAMP": False, "SIMULATOR_PAGE": True}
              if args.dev else None)
    try:
        app = create_app(config=config)
    except ConfigurationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    app.run(host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
