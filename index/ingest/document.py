"""Turning an extractor's raw result into the document the catalog stores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from index.catalog.records import NewDocument
from index.extract.base import Attachment, Extraction
from index.originals import Stored
from index.text.document_date import document_date
from index.text.document_title import document_title
from index.text.language import detect_language
from index.text.normalize import normalize_text
from index.text.references import Reference, find_references

# A document's kind from words in its file name or title (checked in this order).
_KIND_WORDS = (
    ("statement", ("statement", "affidavit", "declaration", "اظهارنامه", "بیانیه")),
    ("letter", ("letter", "نامه", "لیک")),
    ("note", ("note", "memo", "یادداشت", "یادښت")),
    ("case file", ("case file", "case summary", "intake", "summary", "پرونده")),
    ("form", ("form", "application", "فورم", "فرم")),
)


def kind_of(extraction: Extraction, name: str, title: str = "") -> str:
    """What sort of document this is, in the words officers use.

    Emails and fillable forms are known by their format; other documents by words in
    their file name or title (the file's own, or ``title`` as chosen from the content:
    statement, letter, note, case file, form); the rest are "document".
    """
    if extraction.format == "email":
        return "email"
    if extraction.fields:
        return "form"
    label = f"{name} {extraction.title} {title}".lower().replace("_", " ").replace("-", " ")
    for kind, words in _KIND_WORDS:
        if any(word in label for word in words):
            return kind
    return "document"


def build_document(
    extraction: Extraction,
    stored: Stored,
    name: str,
    case_pattern: str,
    parent_id: int | None = None,
    today: date | None = None,
) -> NewDocument:
    """The catalog record for a read file: normalised text, references, a title and a
    date from its content (see :mod:`index.text.document_title` and ``document_date``);
    ``today`` is the day it is added (dates after it are not the document's)."""
    pages = tuple(normalize_text(page) for page in extraction.pages)
    fields = extraction.fields
    field_text = "\n".join(f"{f.label} {f.value}" for f in fields if f.value)
    refs = find_references((*pages, field_text), case_pattern)
    first = pages[0] if pages else ""
    is_email = extraction.format == "email"
    title = document_title(name, extraction.title, first, is_email=is_email)
    dated = document_date(
        first, extraction.date, today=today or date.today(), file_date_first=is_email
    )
    return NewDocument(
        sha256=stored.sha256,
        size=stored.size,
        name=name,
        title=title.value,
        title_source=title.source,
        format=extraction.format,
        kind=kind_of(extraction, name, title.value),
        pages=pages,
        date=dated.value,
        date_source=dated.source,
        needs_ocr=extraction.needs_ocr,
        metadata={k: normalize_text(v) for k, v in extraction.metadata.items()},
        fields=fields,
        refs=tuple(r for r in refs if r.page <= len(pages)) + _field_refs(refs, len(pages)),
        parent_id=parent_id,
        language=detect_language("\n".join((extraction.title, *pages))),
    )


@dataclass(frozen=True)
class Prepared:
    """What an ingest needs of a read file: its catalog record and its attachments."""

    document: NewDocument
    attachments: tuple[Attachment, ...]


def prepare(
    extraction: Extraction,
    stored: Stored,
    name: str,
    case_pattern: str,
    parent_id: int | None = None,
) -> Prepared:
    """:func:`build_document` and the attachments, without the raw text: run in the
    extraction worker, so only the normalised text crosses back to the ingest."""
    document = build_document(extraction, stored, name, case_pattern, parent_id)
    return Prepared(document, extraction.attachments)


def _field_refs(refs: list[Reference], page_count: int) -> tuple[Reference, ...]:
    """References found in form fields, given page 0 (they belong to no one page)."""
    return tuple(Reference(r.kind, r.value, 0) for r in refs if r.page > page_count)
