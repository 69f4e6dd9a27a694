"""Printing results: JSON for scripts, plain lines for people, a progress bar on terminals."""

from __future__ import annotations

import re
import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from index.ingest.summary import Progress

# Control characters (but the line break) and the bidi controls that reorder what follows:
# a file named with them could move the cursor, retitle the terminal or show
# "invoice\u202efdp.exe" as "invoiceexe.pdf".  JSON escapes the C0 ones itself.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# A left-to-right isolate closed with nothing else bidi inside: how a Dari or Pashto
# translation keeps a path, a case id or a number in place within its sentence.  It cannot
# reorder anything outside itself, so it is kept; every other isolate is escaped.
_KEPT_ISOLATE = re.compile("\u2066([^\u2066-\u2069\u202a-\u202e]*)\u2069")


def printable(text: str) -> str:
    """``text`` with every control and bidi-override character shown as an escape (\\u202e),
    but closed left-to-right isolates (U+2066 … U+2069), kept."""
    parts = _KEPT_ISOLATE.split(text)  # outside, inside, outside, inside … outside
    return "".join(
        f"\u2066{_escaped(part)}\u2069" if i % 2 else _escaped(part) for i, part in enumerate(parts)
    )


def _escaped(text: str) -> str:
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def emit(data: Any, as_json: bool, human: str) -> None:
    """Print ``data`` as JSON, or the ``human`` text (made safe for a terminal)."""
    if as_json:
        import json  # only scripts ask for it: not paid by every command

        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(printable(human.rstrip("\n")) + "\n")


def say(message: str) -> None:
    """A message for the person at the terminal (on stderr, so JSON stays clean)."""
    sys.stderr.write(printable(message.rstrip("\n")) + "\n")


class ProgressBar:
    """A one-line progress bar on a terminal; silent when output is not a terminal."""

    def __init__(self, stream: TextIO | None = None, interval: float = 0.1) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.interval = interval
        self._last = 0.0

    def __call__(self, progress: Progress) -> None:
        """Show ``progress`` (at most every ``interval`` seconds, and always the last)."""
        now = time.monotonic()
        last = progress.done >= progress.total
        if not self.enabled or (now - self._last < self.interval and not last):
            return
        self._last = now
        import shutil

        width = shutil.get_terminal_size((80, 20)).columns
        bar_width = max(10, min(30, width - 40))
        filled = bar_width * progress.done // max(progress.total, 1)
        head = f"[{'#' * filled}{' ' * (bar_width - filled)}] {progress.done}/{progress.total} "
        name = printable(progress.name)[: max(0, width - len(head) - 1)]
        self.stream.write("\r" + (head + name).ljust(width - 1))
        if last:
            self.stream.write("\n")
        self.stream.flush()
