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


def test_file_names_cannot_steer_the_terminal(capsys) -> None:
    """GIVEN file names holding an ANSI escape, a bell, a carriage return and a right-to-left
    override WHEN printed as human text, as a message and in the progress bar THEN each such
    character shows as a visible escape, line breaks and Persian letters stay as they are."""
    from desktop.cli.output import emit, printable, say

    name = "invoice\u202efdp.exe \x1b[2J\x07\rنامه.pdf"
    emit({}, False, f"✗ {name}\n    reason")
    say(f"Cannot read {name}")
    out, err = capsys.readouterr()
    for text in (out, err):
        assert "\x1b" not in text and "\u202e" not in text and "\r" not in text
        assert "invoice\\u202efdp.exe \\x1b[2J\\x07\\rنامه.pdf" in text
    assert out.count("\n") == 2
    screen = _Terminal()
    ProgressBar(screen, interval=0)(Progress(1, 1, name))
    assert "\x1b" not in screen.getvalue() and "\\u202e" in screen.getvalue()
    assert printable("\u200cپرونده") == "\u200cپرونده"  # the ZWNJ of Persian words stays


def test_a_translations_closed_isolates_are_kept_others_escaped() -> None:
    """GIVEN a Dari sentence with a path in a left-to-right isolate, and names holding an
    unclosed isolate, a right-to-left one and an override inside an isolate WHEN made
    printable THEN only the closed left-to-right isolate is kept as it is."""
    from desktop.cli.output import printable

    kept = "در \u2066/tmp/archive\u2069 آرشیف CaseDesk نیست."
    assert printable(kept) == kept
    assert printable("a\u2066open.txt") == "a\\u2066open.txt"
    assert printable("\u2067rtl\u2069") == "\\u2067rtl\\u2069"
    assert printable("\u2066x\u202ey\u2069") == "\\u2066x\\u202ey\\u2069"
