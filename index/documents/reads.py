"""What the faces read about documents, behind one interface (:class:`DocumentReads`).

Drafting, packets, ``casedesk show``/``problems`` and the window's Details pane read a
document's record, its pages' text, fields, references, tags, OCR readings, cases and
paths, and its original as a local file.  Two implementations: an archive folder's SQLite
catalog (:mod:`index.documents.sqlite_reads`) and an office's PostgreSQL database
(:mod:`index.office.document_reads`).  The SELECTs are the same SQL in both, written once
here (:class:`DocumentRows`) with ``?`` placeholders and run through a
:data:`~index.catalog.entries.Rows` function, as the search entries and the case rows are.
Lists are sorted in Python, not by ``ORDER BY`` on text: PostgreSQL orders text by its
collation, SQLite by code point, and a read must not depend on where it came from.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Protocol

from index.catalog import entries
from index.catalog.entries import DOCUMENT_COLUMNS, Rows, document_from_row
from index.catalog.readings import READING_COLUMNS, StoredReading, UnreadablePages, stored_reading
from index.catalog.records import Document, ProblemRow
from index.extract.base import FormField
from index.text.reference import Reference

_PROBLEM_COLUMNS = "path, kind, reason, action, detail, size, mtime_ns, sha256, at"


class DocumentReads(Protocol):
    """The reads about documents that drafting, packets, ``show`` and the window need."""

    def document(self, doc_id: int) -> Document | None: ...
    def pages(self, doc_id: int) -> tuple[str, ...]: ...
    def fields(self, doc_id: int) -> tuple[FormField, ...]: ...
    def references(self, doc_id: int) -> tuple[Reference, ...]: ...
    def tags_of(self, doc_id: int) -> tuple[str, ...]: ...
    def cases_of(self, doc_id: int) -> tuple[str, ...]: ...
    def paths_of(self, doc_id: int) -> tuple[str, ...]: ...
    def where_from(self, doc_id: int) -> tuple[str, ...]: ...
    def pages_needing_ocr(self, doc_id: int) -> tuple[int, ...]: ...
    def readings(self, doc_id: int) -> tuple[StoredReading, ...]: ...
    def waiting(self, doc_id: int) -> tuple[int, ...]: ...
    def problems(self) -> list[ProblemRow]: ...
    def unreadable(self) -> list[UnreadablePages]: ...
    def original(self, sha256: str) -> Path: ...


class DocumentRows:
    """Every read of :class:`DocumentReads` but :meth:`original`, over a ``Rows`` function
    (the same SQL for SQLite and PostgreSQL)."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def document(self, doc_id: int) -> Document | None:
        """One document, or ``None``."""
        found = self._all(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?", doc_id)
        return document_from_row(found[0]) if found else None

    def pages(self, doc_id: int) -> tuple[str, ...]:
        """The text of each page, in page order."""
        found = self._all("SELECT page, text FROM pages WHERE document_id = ?", doc_id)
        return tuple(text for _, text in sorted(found))

    def fields(self, doc_id: int) -> tuple[FormField, ...]:
        """The form fields, in form order."""
        sql = "SELECT position, name, value, type, label FROM fields WHERE document_id = ?"
        return tuple(FormField(*rest) for _, *rest in sorted(self._all(sql, doc_id)))

    def references(self, doc_id: int) -> tuple[Reference, ...]:
        """The references found, by page, kind and value."""
        found = self._all("SELECT page, kind, value FROM refs WHERE document_id = ?", doc_id)
        return tuple(Reference(kind, value, page) for page, kind, value in sorted(found))

    def tags_of(self, doc_id: int) -> tuple[str, ...]:
        """The tags, sorted."""
        return self._column("SELECT tag FROM tags WHERE document_id = ?", doc_id)

    def cases_of(self, doc_id: int) -> tuple[str, ...]:
        """The cases it is linked to, sorted."""
        return self._column("SELECT case_id FROM case_documents WHERE document_id = ?", doc_id)

    def paths_of(self, doc_id: int) -> tuple[str, ...]:
        """Every path its bytes were added from, sorted."""
        sql = "SELECT p.path FROM paths p JOIN documents d ON d.sha256 = p.sha256 WHERE d.id = ?"
        return self._column(sql, doc_id)

    def where_from(self, doc_id: int) -> tuple[str, ...]:
        """Its paths, or for an attachment "email › name"."""
        return entries.where_from(self._rows, doc_id)

    def pages_needing_ocr(self, doc_id: int) -> tuple[int, ...]:
        """The pages with no text layer (scans), 1-based."""
        sql = "SELECT page FROM pages WHERE document_id = ? AND needs_ocr = 1"
        return self._column(sql, doc_id)

    def readings(self, doc_id: int) -> tuple[StoredReading, ...]:
        """Every page read by OCR so far, in page order."""
        sql = f"SELECT {READING_COLUMNS} FROM page_readings WHERE document_id = ?"
        return tuple(stored_reading(row) for row in sorted(self._all(sql, doc_id)))

    def waiting(self, doc_id: int) -> tuple[int, ...]:
        """The pages flagged for OCR and not read yet."""
        sql = (
            "SELECT p.page FROM pages p WHERE p.document_id = ? AND p.needs_ocr = 1 AND NOT "
            "EXISTS (SELECT 1 FROM page_readings r WHERE r.document_id = p.document_id "
            "AND r.page = p.page)"
        )
        return self._column(sql, doc_id)

    def problems(self) -> list[ProblemRow]:
        """Every file that was not indexed, in path order."""
        found = self._rows(f"SELECT {_PROBLEM_COLUMNS} FROM problems", [])
        return [ProblemRow(*row) for row in sorted(found, key=lambda row: row[0])]

    def unreadable(self) -> list[UnreadablePages]:
        """Documents with pages read that gave no words, by document."""
        found = self._rows(
            "SELECT r.document_id, d.title, r.page, r.failure FROM page_readings r "
            "JOIN documents d ON d.id = r.document_id WHERE r.word_count = 0",
            [],
        )
        grouped: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
        for doc_id, title, page, failure in found:
            grouped[(doc_id, title)].append((page, failure))
        return [
            UnreadablePages(
                doc_id,
                title,
                tuple(sorted(page for page, _ in pages)),
                tuple(sorted({failure for _, failure in pages if failure})),
            )
            for (doc_id, title), pages in sorted(grouped.items())
        ]

    def _all(self, sql: str, doc_id: int) -> list[tuple]:
        return list(self._rows(sql, [doc_id]))

    def _column(self, sql: str, doc_id: int) -> tuple:
        return tuple(sorted(value for (value,) in self._all(sql, doc_id)))
