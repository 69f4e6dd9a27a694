"""Why a file could not be indexed, in words a volunteer understands.

A :class:`Problem` is recorded for every file that was given but not indexed, so that
nothing is silently skipped.  ``detail`` holds only technical facts (an exception's
class name, a limit) — never text from the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ProblemKind(StrEnum):
    """The kinds of problem, each with one reason and one suggested action."""

    PASSWORD = "password"
    SECURITY = "security"
    REFUSED = "refused"
    UNSUPPORTED = "unsupported"
    DAMAGED = "damaged"
    EMPTY = "empty"
    TOO_SLOW = "too-slow"
    TOO_LARGE = "too-large"
    CRASHED = "crashed"
    LINK = "link"
    UNREADABLE = "unreadable"


_REASONS: dict[ProblemKind, tuple[str, str]] = {
    ProblemKind.PASSWORD: (
        "Password-protected file: CaseDesk could not open it without its password.",
        "Add it again with its password (casedesk add --password PASSWORD FILE).",
    ),
    ProblemKind.SECURITY: (
        "The file is protected by a kind of security CaseDesk cannot open{what}.",
        "Ask the sender for a copy without this protection, or open it in the program it "
        "was made for (Adobe Acrobat for a certificate) and print it to a new PDF.",
    ),
    ProblemKind.REFUSED: (
        "CaseDesk refused to read this file for safety: it holds something files of its "
        "kind never need but attacks use{what}.",
        "Ask the sender to send it again, or open it in its own program and save or print "
        "a new copy as PDF.",
    ),
    ProblemKind.UNSUPPORTED: (
        "CaseDesk cannot read this kind of file{what}.",
        "Save it as PDF, Word (.docx), email (.eml), web page or plain text and add it again.",
    ),
    ProblemKind.DAMAGED: (
        "The file is damaged or is not what its name says, so CaseDesk could not read it{what}.",
        "Open it in its own program; if it opens there, save or print a new copy as PDF "
        "and add that.",
    ),
    ProblemKind.EMPTY: (
        "The file is empty: it has no text and no pages.",
        "Check that this is the right file; if the document is a scan, add the scan itself.",
    ),
    ProblemKind.TOO_SLOW: (
        "Reading the file took longer than {limit} and was stopped.",
        "It may be damaged or very large. Add it again with a longer limit "
        "(casedesk add --time-limit 300 FILE).",
    ),
    ProblemKind.TOO_LARGE: (
        "The file is too large to read safely: {limit}.",
        "Split it into smaller files, or add it again with a higher limit "
        "(casedesk add --memory-limit / --max-size).",
    ),
    ProblemKind.CRASHED: (
        "The reader stopped unexpectedly on this file; it is probably damaged.",
        "Open it in its own program; if it opens there, save or print a new copy as PDF "
        "and add that.",
    ),
    ProblemKind.LINK: (
        "This is a link (shortcut) to another file; CaseDesk does not follow links.",
        "Add the file the link points to.",
    ),
    ProblemKind.UNREADABLE: (
        "CaseDesk could not read this file from the disk (it was moved, or access is denied).",
        "Check that the file is still there and that you may open it, then add it again.",
    ),
}


@dataclass(frozen=True)
class Problem:
    """One file that was not indexed: what went wrong and what the user can do."""

    kind: ProblemKind
    reason: str
    action: str
    detail: str = ""

    @classmethod
    def of(
        cls,
        kind: ProblemKind,
        *,
        what: str = "",
        limit: str = "",
        detail: str = "",
        action: str = "",
    ) -> Problem:
        """Build the problem of ``kind`` with its standard wording (``action`` may replace
        the standard advice where a format needs its own)."""
        reason, standard_action = _REASONS[kind]
        what_text = f" ({what})" if what else ""
        text = reason.format(what=what_text, limit=limit)
        return cls(kind, text, action or standard_action, detail)
