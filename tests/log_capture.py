"""Everything a run writes to its logs, as text: stdout (where the request log goes) and every log
record of any level with its traceback. For tests that show no secret reaches any log."""

from __future__ import annotations

import contextlib
import io
import logging
from typing import Callable, Iterator


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(self.format(record))  # with any traceback, formatted as a handler would


@contextlib.contextmanager
def all_log_output() -> Iterator[Callable[[], str]]:
    root, handler, stdout = logging.getLogger(), _Collect(), io.StringIO()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        with contextlib.redirect_stdout(stdout):
            yield lambda: stdout.getvalue() + "\n".join(handler.lines)
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
