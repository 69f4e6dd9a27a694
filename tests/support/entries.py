"""Search index entries for invented documents, for tests of the index alone."""

from __future__ import annotations

from index.catalog.records import Document, IndexEntry
from index.extract.base import FormField


def index_entry(
    number: int,
    text: str,
    *,
    title: str = "",
    kind: str = "note",
    date: str = "2024-05-01",
    case: str = "",
    fields: tuple[FormField, ...] = (),
) -> IndexEntry:
    """The index entry of invented document ``number``: one page of ``text``."""
    document = Document(
        id=number,
        sha256=f"{number:064x}",
        parent_id=None,
        name=f"d{number}.txt",
        title=title or f"Document {number}",
        format="text",
        kind=kind,
        date=date,
        page_count=1,
        needs_ocr=0,
        added_at="2026-11-01T09:00:00",
        indexed=True,
        metadata={},
        language="en",
    )
    cases = (case,) if case else ()
    return IndexEntry(document, (text,), fields, (), cases, (f"/d{number}.txt",))
