"""The context of a draft from an open archive: the case, its documents, the office.

The case, its linked documents and the office settings come from the archive's case
store (``Archive.cases``); citations from the catalog's page texts.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from desktop.drafting.citations import CitationRequest, cite
from desktop.drafting.context import build_context, document_entries
from index.archive import Archive
from index.errors import UsageError


def context_for_case(
    archive: Archive,
    case_id: str,
    *,
    cites: Sequence[CitationRequest] = (),
    include_confidential: bool = False,
    today: datetime.date | None = None,
    redact: Sequence[str] = (),
) -> dict[str, object]:
    """Everything a template sees for case ``case_id`` (typed-in fields aside);
    the values of the ``redact`` kinds withheld whatever ``include_confidential`` says."""
    cases = archive.cases
    case = cases.get(case_id)
    if case is None:
        raise UsageError(f"There is no case {case_id} in this archive (see casedesk case list).")
    return build_context(
        case,
        office=cases.office(),
        citations=[cite(archive.catalog, request) for request in cites],
        documents=document_entries(cases.documents(case.id)),
        include_confidential=include_confidential,
        today=today,
        redact=redact,
    )
