"""The pages read by OCR: which pages wait, what each page read gave, and the counts.

A page is *pending* when it is flagged ``needs_ocr`` (a picture, an image-only PDF page)
and has no row in ``page_readings``.  :meth:`Readings.save` stores one page in one
transaction — its reading, its text in ``pages`` (what search and snippets read), its
references and the case links they make — and marks the document for indexing, so a run
killed after any page keeps exactly the pages it saved.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from index.catalog.audit import now
from index.catalog.catalog import Catalog
from index.catalog.records import AUTO
from index.ocr.reading import PageReading, Word
from index.text.language import detect_language
from index.text.reference import Reference

READING_COLUMNS = (
    "page, text, words, confidence, languages, script, engine, rotation, skew, width, "
    "height, dpi, seconds, failure, read_at"
)


@dataclass(frozen=True)
class PendingPage:
    """A page to read: its document, the stored original's hash, and its number."""

    document_id: int
    sha256: str
    page: int


@dataclass(frozen=True)
class StoredReading:
    """A page as it was read (``failure`` says why it could not be read at all)."""

    page: int
    reading: PageReading
    failure: str
    read_at: str

    @property
    def readable(self) -> bool:
        """True when at least one word was read."""
        return bool(self.reading.words)


@dataclass(frozen=True)
class UnreadablePages:
    """A document some of whose pages gave no words: where it came from, and the pages."""

    document_id: int
    title: str
    pages: tuple[int, ...]
    failures: tuple[str, ...]  # why pages could not be read at all (empty when just blank)


@dataclass(frozen=True)
class ReadingCounts:
    """Pages waiting for OCR, read with words, and read with no words."""

    pending: int
    read: int
    unreadable: int


class Readings:
    """The OCR readings of an archive's catalog (``Archive.readings``)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    @property
    def _db(self) -> sqlite3.Connection:
        return self.catalog.conn

    def pending(self, *, redo: bool = False) -> list[PendingPage]:
        """Pages to read, by document and page; with ``redo``, every flagged page."""
        unread = "" if redo else "AND NOT EXISTS (SELECT 1 FROM page_readings r " \
            "WHERE r.document_id = p.document_id AND r.page = p.page)"  # fmt: skip
        rows = self._db.execute(
            "SELECT p.document_id, d.sha256, p.page FROM pages p "
            "JOIN documents d ON d.id = p.document_id "
            f"WHERE p.needs_ocr = 1 {unread} ORDER BY p.document_id, p.page"
        )
        return [PendingPage(*row) for row in rows]

    def save(
        self, doc_id: int, reading: PageReading, text: str, refs: Iterable[Reference],
        page: int, failure: str = "",
    ) -> None:  # fmt: skip
        """Store one page read: its reading, its normalised ``text`` in ``pages``, its
        references (linking the cases they name), in one transaction; the document is
        left to be indexed again."""
        refs = list(refs)
        with self.catalog.transaction() as db:
            if db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
                return  # the document went away while its page was read
            db.execute(
                "INSERT OR REPLACE INTO page_readings (document_id, word_count, "
                f"{READING_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, len(reading.words), *_row(reading, page, failure)),
            )
            db.execute(
                "UPDATE pages SET text = ? WHERE document_id = ? AND page = ?", (text, doc_id, page)
            )
            db.execute("DELETE FROM refs WHERE document_id = ? AND page = ?", (doc_id, page))
            db.executemany(
                "INSERT OR IGNORE INTO refs VALUES (?, ?, ?, ?)",
                ((doc_id, r.kind, r.value, page) for r in refs),
            )
            for ref in refs:
                if ref.kind == "case":
                    db.execute(
                        "INSERT OR IGNORE INTO cases (id, created_at) VALUES (?, ?)",
                        (ref.value, now()),
                    )
                    db.execute(
                        "INSERT OR IGNORE INTO case_documents VALUES (?, ?, ?)",
                        (ref.value, doc_id, AUTO),
                    )
            db.execute(
                "UPDATE documents SET indexed = 0, language = ? WHERE id = ?",
                (_language(db, doc_id), doc_id),
            )

    def of_document(self, doc_id: int) -> list[StoredReading]:
        """Every page of a document read so far, in page order."""
        rows = self._db.execute(
            f"SELECT {READING_COLUMNS} FROM page_readings WHERE document_id = ? ORDER BY page",
            (doc_id,),
        )
        return [stored_reading(row) for row in rows]

    def of_page(self, doc_id: int, page: int) -> StoredReading | None:
        """One page's reading, if it was read."""
        row = self._db.execute(
            f"SELECT {READING_COLUMNS} FROM page_readings WHERE document_id = ? AND page = ?",
            (doc_id, page),
        ).fetchone()
        return stored_reading(row) if row else None

    def waiting(self, doc_id: int) -> tuple[int, ...]:
        """The pages of a document flagged for OCR and not read yet."""
        rows = self._db.execute(
            "SELECT p.page FROM pages p WHERE p.document_id = ? AND p.needs_ocr = 1 AND NOT "
            "EXISTS (SELECT 1 FROM page_readings r WHERE r.document_id = p.document_id "
            "AND r.page = p.page) ORDER BY p.page",
            (doc_id,),
        )
        return tuple(r[0] for r in rows)

    def counts(self) -> ReadingCounts:
        """How many pages wait, were read with words, were read with none."""
        read, unreadable = self._db.execute(
            "SELECT coalesce(sum(word_count > 0), 0), coalesce(sum(word_count = 0), 0) "
            "FROM page_readings"
        ).fetchone()
        return ReadingCounts(len(self.pending()), read, unreadable)

    def unreadable(self) -> list[UnreadablePages]:
        """Documents with pages read that gave no words, by document."""
        rows = self._db.execute(
            "SELECT r.document_id, d.title, group_concat(r.page), "
            "group_concat(r.failure, char(31)) FROM page_readings r "
            "JOIN documents d ON d.id = r.document_id WHERE r.word_count = 0 "
            "GROUP BY r.document_id ORDER BY r.document_id"
        )
        return [
            UnreadablePages(
                doc_id,
                title,
                tuple(sorted(int(p) for p in pages.split(","))),
                tuple(sorted({f for f in failures.split("\x1f") if f})),
            )
            for doc_id, title, pages, failures in rows
        ]


def _row(reading: PageReading, page: int, failure: str) -> tuple[object, ...]:
    words = json.dumps(
        [[w.text, *w.box, w.confidence, w.line] for w in reading.words],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return (
        page, reading.text, words, reading.confidence, reading.languages, reading.script,
        reading.engine, reading.rotation, reading.skew, reading.width, reading.height,
        reading.dpi, reading.seconds, failure, now(),
    )  # fmt: skip


def stored_reading(row: tuple) -> StoredReading:
    """A :class:`StoredReading` from a row of :data:`READING_COLUMNS` (SQLite's or
    PostgreSQL's: the same columns)."""
    page, text, words, confidence, languages, script, engine, rotation, skew, *rest = row
    width, height, dpi, seconds, failure, read_at = rest
    reading = PageReading(
        text=text,
        words=tuple(Word(w[0], (w[1], w[2], w[3], w[4]), w[5], w[6]) for w in json.loads(words)),
        confidence=confidence,
        languages=languages,
        script=script,
        engine=engine,
        rotation=rotation,
        skew=skew,
        width=width,
        height=height,
        dpi=dpi,
        seconds=seconds,
    )
    return StoredReading(page, reading, failure, read_at)


def _language(db: sqlite3.Connection, doc_id: int) -> str:
    """The document's language from all its pages' text as it is now."""
    rows = db.execute("SELECT text FROM pages WHERE document_id = ? ORDER BY page", (doc_id,))
    return detect_language("\n".join(r[0] for r in rows))
