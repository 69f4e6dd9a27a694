"""The terminal progress bar."""

from __future__ import annotations

import io

from desktop.cli.output import ProgressBar
from index.ingest.summary import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_draws_on_a_terminal_and_ends_the_line() -> None:
    """GIVEN a terminal WHEN progress goes from 1 to 4 of 4 THEN the bar fills, shows counts and the
    file name, and the last update ends with a newline."""
    screen = _Terminal()
    bar = ProgressBar(screen, interval=0)
    for done in range(1, 5):
        bar(Progress(done, 4, f"file{done}.pdf"))
    lines = screen.getvalue().split("\r")
    assert "1/4 file1.pdf" in lines[1]
    assert lines[-1].startswith("[" + "#" * 10) and "4/4 file4.pdf" in lines[-1]
    assert screen.getvalue().endswith("\n")


def test_the_progress_bar_is_silent_when_output_is_not_a_terminal() -> None:
    """GIVEN output to a file or pipe WHEN progress is reported THEN nothing is written."""
    stream = io.StringIO()
    ProgressBar(stream, interval=0)(Progress(1, 1, "a.pdf"))
    assert stream.getvalue() == ""
