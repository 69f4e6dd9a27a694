"""The protocol every extractor follows, and the values they return.

An extractor turns one file into an :class:`Extraction` (text per page, form fields,
metadata, attachments) or raises :class:`ExtractionFailed` with a
:class:`~index.problems.Problem`.  Extractors run inside worker processes that the
ingest kills from outside when they pass their time or memory limit, so an extractor
never needs to police its own running time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from index.errors import CaseDeskError
from index.extract.form_field import FormField as FormField  # where extractors find it
from index.problems import Problem, ProblemKind


@dataclass(frozen=True)
class Attachment:
    """A file carried inside another (an email's attachment, a PDF's embedded file).

    ``problem`` is set (and ``data`` empty) when the container shows the file is there but
    its bytes cannot be taken out: it is then reported as not indexed, never dropped.
    """

    name: str
    data: bytes
    problem: Problem | None = None


@dataclass(frozen=True)
class Extraction:
    """What an extractor read from one file.

    ``pages`` holds the raw text of each page (one entry for formats without pages);
    the ingest normalises it.  ``needs_ocr`` lists 1-based pages with no text layer.
    ``date`` is an ISO 8601 date (``YYYY-MM-DD``) when the file says when it was made.
    """

    format: str
    pages: tuple[str, ...]
    title: str = ""
    date: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    fields: tuple[FormField, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    needs_ocr: tuple[int, ...] = ()


@dataclass(frozen=True)
class ExtractOptions:
    """Choices the user made for this ingest that extractors need to know."""

    passwords: tuple[str, ...] = ()
    max_attachments: int = 1000


class ExtractionFailed(CaseDeskError):
    """The file could not be read; ``problem`` says why in plain words."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.reason)
        self.problem = problem

    @classmethod
    def of(
        cls,
        kind: ProblemKind,
        *,
        what: str = "",
        limit: str = "",
        detail: str = "",
        action: str = "",
    ) -> ExtractionFailed:
        """Shorthand for ``ExtractionFailed(Problem.of(kind, ...))``."""
        return cls(Problem.of(kind, what=what, limit=limit, detail=detail, action=action))


class Extractor(Protocol):
    """Reads one format.

    ``score`` looks at the first bytes of a file and its lower-case suffix (``".pdf"``)
    and says how sure it is that it can read it: 0 means no, 100 means the content
    itself proves the format (magic bytes); a suffix alone gives less, so a mislabelled
    file goes to the extractor its content calls for.
    """

    name: str
    # The MIME types of the files it reads, for the desktop's "Open with" (the
    # menu entry's MimeType=); what decides is still ``score``.
    mime_types: tuple[str, ...]

    def score(self, head: bytes, suffix: str) -> int:
        """How well this extractor fits a file starting with ``head`` (0–100)."""
        ...

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """Read ``path``; raise :class:`ExtractionFailed` when it cannot be read."""
        ...
