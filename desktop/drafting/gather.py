"""The context of a draft: the case, its documents, the office.

The case, its linked documents and the office settings come from a case store
(``Archive.cases``, or an office database's); citations from the page texts of the
document reads (``Archive.documents``, or an office database's).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from desktop.drafting.citations import CitationRequest, cite
from desktop.drafting.context import build_context, document_entries
from index.cases.store import CaseStore
from index.documents.reads import DocumentReads
from index.errors import UsageError


class Holdings(Protocol):
    """What drafting and packets read from: an archive folder (``index.archive.Archive``)
    or an office database (``index.office.office_archive.OfficeArchive``)."""

    @property
    def cases(self) -> CaseStore: ...
    @property
    def documents(self) -> DocumentReads: ...
    @property
    def root(self) -> Path | None:
        """The archive folder (its own templates are there); ``None``: shipped ones only."""


def context_for_case(
    archive: Holdings,
    case_id: str,
    *,
    cites: Sequence[CitationRequest] = (),
    include_confidential: bool = False,
    today: datetime.date | None = None,
    redact: Sequence[str] = (),
) -> dict[str, object]:
    """Everything a template sees for case ``case_id`` of ``archive`` (a folder or an
    office database; typed-in fields aside); the values of the ``redact`` kinds withheld
    whatever ``include_confidential`` says."""
    cases, reads = archive.cases, archive.documents
    case = cases.get(case_id)
    if case is None:
        raise UsageError(f"There is no case {case_id} in this archive (see casedesk case list).")
    return build_context(
        case,
        office=cases.office(),
        citations=[cite(reads, request) for request in cites],
        documents=document_entries(cases.documents(case.id)),
        include_confidential=include_confidential,
        today=today,
        redact=redact,
    )
