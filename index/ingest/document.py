"""Turning an extractor's raw result into the document the catalog stores."""

from __future__ import annotations

from pathlib import PurePath

from index.catalog.records import NewDocument
from index.extract.base import Extraction
from index.originals import Stored
from index.text.language import detect_language
from index.text.normalize import normalize_text
from index.text.references import Reference, find_references


def kind_of(extraction: Extraction) -> str:
    """A first, format-based kind; the search issue refines it (statement, letter, …)."""
    if extraction.format == "email":
        return "email"
    if extraction.fields:
        return "form"
    return "document"


def build_document(
    extraction: Extraction,
    stored: Stored,
    name: str,
    case_pattern: str,
    parent_id: int | None = None,
) -> NewDocument:
    """The catalog record for a read file: normalised text, references, a title."""
    pages = tuple(normalize_text(page) for page in extraction.pages)
    fields = extraction.fields
    field_text = "\n".join(f"{f.label} {f.value}" for f in fields if f.value)
    refs = find_references((*pages, field_text), case_pattern)
    return NewDocument(
        sha256=stored.sha256,
        size=stored.size,
        name=name,
        title=normalize_text(extraction.title) or PurePath(name).stem or name,
        format=extraction.format,
        kind=kind_of(extraction),
        pages=pages,
        date=extraction.date,
        needs_ocr=extraction.needs_ocr,
        metadata={k: normalize_text(v) for k, v in extraction.metadata.items()},
        fields=fields,
        refs=tuple(r for r in refs if r.page <= len(pages)) + _field_refs(refs, len(pages)),
        parent_id=parent_id,
        language=detect_language("\n".join((extraction.title, *pages))),
    )


def _field_refs(refs: list[Reference], page_count: int) -> tuple[Reference, ...]:
    """References found in form fields, given page 0 (they belong to no one page)."""
    return tuple(Reference(r.kind, r.value, 0) for r in refs if r.page > page_count)
