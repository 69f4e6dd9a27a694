"""One document: what the Details pane and ``casedesk show`` tell about it (its
machine-readable zones too, read again from its pages' text), and changing its title and
date by hand (``casedesk doc edit``, the Details pane's Edit).

An edit is one catalog transaction with its audit row ("document edited": the document and
which fields, never their values); the fields' source becomes ``edited``, so nothing chooses
them again, and the document is indexed again at once, so ``title:`` and ``date:`` searches,
the results list and later letters' citations follow.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from desktop.ocr_words import Translate, ocr_lines
from index.archive import Archive
from index.catalog.readings import StoredReading
from index.catalog.records import Document
from index.documents.reads import DocumentReads
from index.errors import DocumentError, ReadOnlyArchive
from index.extract.form_field import FormField
from index.text import document_date, document_title
from index.text.mrz.fields import ZoneOnPage, zones_in
from index.text.normalize import normalize_text
from index.text.reference import Reference

MAX_TITLE = 300

_TITLE_SOURCES = {
    document_title.NAME: "taken from the file's name",
    document_title.METADATA: "taken from the file's own title (or an email's subject)",
    document_title.SUBJECT: "taken from the “Subject:” line of its first page",
    document_title.HEADING: "taken from the heading of its first page",
    document_date.EDITED: "set by hand",
}
_DATE_SOURCES = {
    document_date.LABELLED: "taken from the “Date:” line of its first page",
    document_date.HEAD: "taken from the head of the letter",
    document_date.FIRST_PAGE: "taken from a date on its first page",
    document_date.METADATA: "taken from the file's own date (when it was made or sent)",
    document_date.EDITED: "set by hand",
}


@dataclass(frozen=True)
class DocumentDetails:
    """Everything the Details pane and ``casedesk show`` tell about one document."""

    document: Document
    paths: tuple[str, ...]
    cases: tuple[str, ...]
    tags: tuple[str, ...]
    references: tuple[Reference, ...]
    fields: tuple[FormField, ...]
    pages_needing_ocr: tuple[int, ...] = ()
    readings: tuple[StoredReading, ...] = ()  # its pages read by OCR
    waiting: tuple[int, ...] = ()  # its pages still waiting to be read
    zones: tuple[ZoneOnPage, ...] = ()  # machine-readable zones read from its pages

    @property
    def ocr(self) -> tuple[str, ...]:
        """How its scanned pages were read, in plain lines (empty when it has none)."""
        return tuple(ocr_lines(list(self.readings), self.waiting))

    def ocr_in(
        self,
        translate: Translate,
        number: Callable[[int], str],
        failures: Callable[[str], str] = str,
    ) -> tuple[str, ...]:
        """:attr:`ocr` in the words of ``translate`` (context ``OcrWords``), its page
        numbers written by ``number``, why pages could not be read by ``failures``."""
        return tuple(ocr_lines(list(self.readings), self.waiting, translate, number, failures))


def details(reads: DocumentReads, doc_id: int) -> DocumentDetails | None:
    """What an archive folder or an office database knows about document ``doc_id``
    (``None`` if there is none, or the login may not see it)."""
    document = reads.document(doc_id)
    if document is None:
        return None
    return DocumentDetails(
        document,
        reads.where_from(doc_id),
        reads.cases_of(doc_id),
        reads.tags_of(doc_id),
        reads.references(doc_id),
        reads.fields(doc_id),
        reads.pages_needing_ocr(doc_id),
        reads.readings(doc_id),
        reads.waiting(doc_id),
        zones_in(reads.pages(doc_id)),
    )


def edit(
    archive: Archive,
    doc_id: int,
    *,
    title: str | None = None,
    date: str | None = None,
    today: datetime.date | None = None,
) -> DocumentDetails:
    """Set document ``doc_id``'s title and/or date (``""`` takes the date away); ``None``
    leaves a field as it is.  Raises :class:`DocumentError` in plain words when a value
    cannot be a title or a date, :class:`ReadOnlyArchive` on a read-only archive."""
    if not archive.writable:
        raise ReadOnlyArchive(
            "This archive is open read-only (another CaseDesk is changing it): "
            "a document's title and date cannot be changed now."
        )
    document = archive.catalog.document(doc_id)
    if document is None:
        raise DocumentError("There is no document {doc_id} in this archive.", doc_id=doc_id)
    changes = changed(document, title=title, date=date, today=today)
    if changes:
        archive.catalog.edit_document(doc_id, changes)
        archive.index_pending()
    found = details(archive.documents, doc_id)
    assert found is not None
    return found


class DocumentEdits(Protocol):
    """Where an edit of an office's document is written (``index.office.document_edits``)."""

    def edit_document(self, doc_id: int, changes: dict[str, str]) -> None: ...


def edit_in(
    reads: DocumentReads,
    edits: DocumentEdits,
    doc_id: int,
    *,
    title: str | None = None,
    date: str | None = None,
    today: datetime.date | None = None,
) -> DocumentDetails:
    """:func:`edit` of a document read through ``reads`` and written through ``edits``
    (an office database, whose server decides who may)."""
    document = reads.document(doc_id)
    if document is None:
        raise DocumentError("There is no document {doc_id} in this archive.", doc_id=doc_id)
    changes = changed(document, title=title, date=date, today=today)
    if changes:
        edits.edit_document(doc_id, changes)
    found = details(reads, doc_id)
    assert found is not None
    return found


def changed(
    document: Document,
    *,
    title: str | None = None,
    date: str | None = None,
    today: datetime.date | None = None,
) -> dict[str, str]:
    """The fields that an edit would change, checked and in their stored form
    (:class:`DocumentError` when one cannot be stored)."""
    wanted: dict[str, str] = {}
    if title is not None:
        wanted["title"] = checked_title(title)
    if date is not None:
        wanted["date"] = checked_date(date, today or datetime.date.today())
    return {name: value for name, value in wanted.items() if getattr(document, name) != value}


def checked_title(text: str) -> str:
    """``text`` as a title is stored (NFKC, one space between words), or an error."""
    title = " ".join(normalize_text(text).split())
    if not title:
        raise DocumentError("A document needs a title: the title cannot be empty.")
    if len(title) > MAX_TITLE:
        raise DocumentError("A title can be at most {limit} characters long.", limit=MAX_TITLE)
    return title


def checked_date(text: str, today: datetime.date) -> str:
    """``text`` as a date is stored (``YYYY-MM-DD``, or ``""`` for none), or an error."""
    text = text.strip()
    if not text:
        return ""
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        day = None
    if day is None or len(text) != 10:
        raise DocumentError(
            "Write the date as year-month-day, for example 2021-03-03 (or leave it empty)."
        )
    if not document_date.checked_date(text, today):
        raise DocumentError("The date must be between 1900-01-01 and today.")
    return text


def title_source(source: str) -> str:
    """Where a title came from, in plain words ("taken from …", "set by hand"; empty when
    not recorded)."""
    return _TITLE_SOURCES.get(source, "")


def date_source(source: str) -> str:
    """Where a date came from, in plain words ("taken from …", "set by hand"; empty when
    not recorded or there is no date)."""
    return _DATE_SOURCES.get(source, "")
