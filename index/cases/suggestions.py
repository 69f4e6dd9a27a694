"""Deadlines a case's own documents suggest: the expiry of a passport or visa whose
machine-readable zone is on a linked document, when the case has no such deadline yet.

Only zones whose check digits all agree gave an expiry reference at ingest
(:mod:`index.text.mrz`); the page of each such reference is read again here for the
number that goes with the date.  Nothing is saved: the volunteer adds the deadline to the
case form and saves the case.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.cases.model import Case, Deadline
from index.catalog import Catalog
from index.catalog.entries import Rows
from index.text.mrz import EXPIRY_KINDS, find_zones

# The deadline kind for the expiry of each kind of document.
EXPIRY_DEADLINES = {"passport": "passport expiry", "visa": "visa expiry"}
_EXPIRY_REFS = tuple(k for k in EXPIRY_KINDS if k.removesuffix("-expiry") in EXPIRY_DEADLINES)


@dataclass(frozen=True)
class SuggestedDeadline:
    """A deadline read from a linked document: its passport's (or visa's) expiry."""

    document_id: int
    page: int
    document: str  # "passport" or "visa"
    number: str
    deadline: Deadline

    @property
    def fact(self) -> str:
        """What the document says: "Passport P00015201 of document 12 expires 2026-03-01"."""
        return (
            f"{self.document.capitalize()} {self.number} of document {self.document_id} "
            f"expires {self.deadline.date}"
        )

    @property
    def question(self) -> str:
        """The fact, and whether to add it: "…: add as a deadline?"."""
        return f"{self.fact}: add as a deadline?"


def suggested_deadlines(catalog: Catalog, case: Case) -> list[SuggestedDeadline]:
    """The expiry dates on the case's linked documents that are not among its deadlines
    (same kind, same date), one for each date, oldest document first."""
    return suggested_from(lambda sql, params: catalog.conn.execute(sql, params).fetchall(), case)


def suggested_from(rows: Rows, case: Case) -> list[SuggestedDeadline]:
    """:func:`suggested_deadlines` read through ``rows`` (an office database's too)."""
    found_rows = rows(
        "SELECT DISTINCT r.document_id, r.page, p.text FROM refs r "
        "JOIN case_documents cd ON cd.document_id = r.document_id "
        "JOIN pages p ON p.document_id = r.document_id AND p.page = r.page "
        f"WHERE cd.case_id = ? AND r.kind IN ({', '.join('?' * len(_EXPIRY_REFS))}) "
        "ORDER BY r.document_id, r.page",
        (case.id, *_EXPIRY_REFS),
    )
    known = {(d.kind, d.date) for d in case.deadlines}
    found: dict[tuple[str, str], SuggestedDeadline] = {}
    for doc_id, page, text in found_rows:
        for zone in find_zones(text).found:
            kind = EXPIRY_DEADLINES.get(zone.document)
            if kind is None or not zone.expiry or (kind, zone.expiry) in known:
                continue
            note = f"{zone.document.capitalize()} {zone.number} (document {doc_id})"
            deadline = Deadline(kind, zone.expiry, note)
            suggestion = SuggestedDeadline(doc_id, page, zone.document, zone.number, deadline)
            found.setdefault((kind, zone.expiry), suggestion)
    return list(found.values())
