"""Why a file was not indexed, in the interface's language.

The catalog keeps each problem's reason and advice in English, as :mod:`index.problems`
words them (the engine has no Qt).  Here each standard wording is marked for ``lupdate``
and a stored text is matched back to its wording - the values filled into it (a file's
kind, a limit) are kept - and shown translated.  Text with no standard wording (an
older catalog's, or one a format words itself) is shown as it was stored.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.ui.tr import translate

CONTEXT = "IndexProblems"
# index.problems._REASONS, reasons then advice (tests/ui/test_translations.py checks the
# two lists agree).
WORDINGS = (
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Password-protected file: CaseDesk could not open it without its password.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Add it again with its password (casedesk add --password PASSWORD FILE).",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "CaseDesk cannot read this kind of file{what}."),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Save it as PDF, Word (.docx), email (.eml), web page or plain text and add it again.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "The file is damaged or is not what its name says, so CaseDesk could not read it{what}.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Open it in its own program; if it opens there, save or print a new copy as PDF "
        "and add that.",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "The file is empty: it has no text and no pages."),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Check that this is the right file; if the document is a scan, add the scan itself.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems", "Reading the file took longer than {limit} and was stopped."
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "It may be damaged or very large. Add it again with a longer limit "
        "(casedesk add --time-limit 300 FILE).",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "The file is too large to read safely: {limit}."),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Split it into smaller files, or add it again with a higher limit "
        "(casedesk add --memory-limit / --max-size).",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "The reader stopped unexpectedly on this file; it is probably damaged.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "This is a link (shortcut) to another file; CaseDesk does not follow links.",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "Add the file the link points to."),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "CaseDesk could not read this file from the disk (it was moved, or access is denied).",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Check that the file is still there and that you may open it, then add it again.",
    ),
)


def problem_words(stored: str) -> str:
    """``stored`` (a reason or advice as the catalog keeps it) in the interface's language."""
    for wording, pattern in _patterns():
        found = pattern.fullmatch(stored)
        if found:
            return translate(CONTEXT, wording).format(**found.groupdict())
    return stored


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each wording with a pattern that matches it filled in: ``{what}`` and ``{limit}``
    stand for any text."""
    return tuple((wording, _pattern(wording)) for wording in WORDINGS)


def _pattern(wording: str) -> re.Pattern[str]:
    parts = re.split(r"\{(what|limit)\}", wording)
    regex = "".join(
        f"(?P<{part}>.*?)" if number % 2 else re.escape(part) for number, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)
