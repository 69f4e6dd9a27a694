"""Values that go into and come out of the catalog."""

from __future__ import annotations

from dataclasses import dataclass, field

from index.extract.form_field import FormField
from index.text.reference import Reference

# How a document came to be linked to a case (``case_documents.how``): because its text
# names the case, or because someone linked it (``add --case``, ``case link``).  Catalogs
# written before version 3 say "manual" for the second; readers treat it as "by hand".
AUTO = "auto"
BY_HAND = "by hand"


@dataclass(frozen=True)
class FileSeen:
    """A file on disk as the ingest saw it (its absolute path, size and change time)."""

    path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class NewDocument:
    """Everything the catalog stores about a newly read document."""

    sha256: str
    size: int
    name: str
    title: str
    format: str
    kind: str
    pages: tuple[str, ...]
    date: str = ""
    needs_ocr: tuple[int, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)
    fields: tuple[FormField, ...] = ()
    refs: tuple[Reference, ...] = ()
    parent_id: int | None = None
    language: str = ""
    title_source: str = ""
    date_source: str = ""


@dataclass(frozen=True)
class Document:
    """A document as the catalog holds it (without its text)."""

    id: int
    sha256: str
    parent_id: int | None
    name: str
    title: str
    format: str
    kind: str
    date: str
    page_count: int
    needs_ocr: int
    added_at: str
    indexed: bool
    metadata: dict[str, str]
    language: str = ""
    title_source: str = ""  # see index/text/document_title.py; "" before catalog v7
    date_source: str = ""  # see index/text/document_date.py; "" without a date or before v7


@dataclass(frozen=True)
class ProblemRow:
    """A file that was given but not indexed, with the reason and what to do."""

    path: str
    kind: str
    reason: str
    action: str
    detail: str
    size: int
    mtime_ns: int
    sha256: str | None
    at: str


@dataclass(frozen=True)
class IndexEntry:
    """Everything the search index needs about one document, read from the catalog."""

    document: Document
    pages: tuple[str, ...]
    fields: tuple[FormField, ...]
    refs: tuple[Reference, ...]
    cases: tuple[str, ...]
    paths: tuple[str, ...]
    tags: tuple[str, ...] = ()
