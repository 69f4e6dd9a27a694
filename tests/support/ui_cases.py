"""A real archive with cases for the window's Cases and Drafting tests (no real people)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool

from desktop.ui.errors import ErrorBoundary
from desktop.ui.session import Session
from index.archive import Archive
from index.cases.model import Case, Deadline, Person
from tests.support.drafting import TODAY, build_archive, write_documents

OTHER_CASE = "AFG-2025-00031"  # no documents of its own
SOON_CASE = "AFG-2025-00032"  # an interview within the fortnight
PASSED_CASE = "AFG-2025-00033"  # an exit deadline already gone, case closed


def extra_cases() -> list[Case]:
    """Three more invented cases, with deadlines around the tests' fixed today."""
    return [
        Case(OTHER_CASE, (Person("Farid Example", "فرید"),), pathway="SIV", priority="normal"),
        Case(
            SOON_CASE,
            (Person("Laila Example", "لیلا"),),
            priority="emergency",
            deadlines=(Deadline("interview", "2025-03-20"),),
        ),
        Case(
            PASSED_CASE,
            (Person("Omid Example"),),
            status="closed",
            deadlines=(Deadline("exit deadline", "2025-01-31"),),
        ),
    ]


def build_case_archive(base: Path) -> tuple[Path, dict[str, int]]:
    """The drafting archive (case, office, two documents) and :func:`extra_cases`."""
    root = base / "archive"
    ids = build_archive(root, write_documents(base / "documents"))
    with Archive.open(root, write=True) as archive:
        for case in extra_cases():
            archive.cases.save(case)
    return root, ids


def quiet_errors(session: Session) -> ErrorBoundary:
    """An error boundary that records instead of opening a message box."""
    errors = ErrorBoundary(session.root / "logs")
    errors.quiet = True
    return errors


def close_session(session: Session) -> None:
    """Stop the session's lanes, close its archives and drain Qt's global pool."""
    session.close()
    QThreadPool.globalInstance().waitForDone()


__all__ = ["TODAY", "build_case_archive", "close_session", "extra_cases", "quiet_errors"]
