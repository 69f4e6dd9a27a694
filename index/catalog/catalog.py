"""The catalog: documents, their pages, fields and references, paths, problems, cases.

One SQLite file in WAL mode with ``synchronous=FULL``: a committed transaction
survives a crash or power cut, and readers never block the one writer.  Every change
goes through :meth:`Catalog.transaction`, which commits only when its block succeeds.

Within :meth:`Catalog.grouped` (an ingest), transactions are savepoints of one larger
transaction committed by :meth:`Catalog.commit_group`: a commit flushes the disk, and one
per document was a fifth of a 10,000-file ingest.  A crash loses what the group had not
committed yet — those files are read again by the next ingest — and never half of it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from index.catalog import entries, schema
from index.catalog.audit import AuditEntry, append_audit, now, read_audit
from index.catalog.records import (
    BY_HAND,
    Document,
    FileSeen,
    IndexEntry,
    NewDocument,
    ProblemRow,
)
from index.errors import ArchiveError
from index.extract.form_field import FormField
from index.problems import Problem
from index.text.reference import Reference

# What a person may change of a document by hand, and the source an edited value gets.
EDITABLE = ("title", "date")
EDITED = "edited"


class Catalog:
    """Access to ``catalog.sqlite``; open read-only unless ``writable``."""

    def __init__(self, path: Path, *, writable: bool) -> None:
        self.path = path
        self.writable = writable
        self._grouped = False
        try:
            self.conn = _connect(path, writable)
            if writable:
                schema.migrate(self.conn)
            else:
                self._check_version()
        except sqlite3.DatabaseError as error:
            raise ArchiveError(
                f"The archive's catalog could not be opened ({type(error).__name__}). "
                "It may be damaged; restore it from a backup."
            ) from error

    def _check_version(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version != schema.VERSION:
            raise ArchiveError(
                f"This archive's catalog is at version {version}; this CaseDesk needs "
                f"{schema.VERSION}. Open it once for writing (e.g. casedesk check) to update it."
            )

    def close(self) -> None:
        """Close the database connection."""
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed if the block succeeds, rolled back if not
        (within :meth:`grouped`, a savepoint: kept or undone, committed with the group)."""
        begin, undo, end = (
            ("SAVEPOINT step", "ROLLBACK TO step", "RELEASE step")
            if self._grouped
            else ("BEGIN IMMEDIATE", "ROLLBACK", "COMMIT")
        )
        self.conn.execute(begin)
        try:
            yield self.conn
        except BaseException:
            # A full disk or an I/O error may have made SQLite roll back everything.
            if self.conn.in_transaction:
                self.conn.execute(undo)
                if self._grouped:
                    self.conn.execute(end)
            raise
        self.conn.execute(end)

    @contextmanager
    def grouped(self) -> Iterator[None]:
        """Within the block, transactions commit together at each :meth:`commit_group`
        and at its end; if the block fails, what was not committed is rolled back."""
        self.conn.execute("BEGIN IMMEDIATE")
        self._grouped = True
        try:
            yield
            self.conn.execute("COMMIT")
        finally:
            self._grouped = False
            if self.conn.in_transaction:  # the block or its commit failed
                self.conn.execute("ROLLBACK")

    def commit_group(self) -> None:
        """Commit what the group holds so far and go on grouping (outside
        :meth:`grouped` every transaction is committed already: nothing to do)."""
        if not self._grouped:
            return
        self.conn.execute("COMMIT")
        self.conn.execute("BEGIN IMMEDIATE")

    # -- settings -------------------------------------------------------------------

    def setting(self, key: str, default: str) -> str:
        """A setting's value, or ``default`` when it was never set."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting."""
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))

    # -- what the ingest asks before reading a file ---------------------------------

    def path_state(self, path: str) -> tuple[str, int, int] | None:
        """``(sha256, size, mtime_ns)`` recorded for an indexed path, if any."""
        return self.conn.execute(
            "SELECT sha256, size, mtime_ns FROM paths WHERE path = ?", (path,)
        ).fetchone()

    def problem_at(self, path: str) -> ProblemRow | None:
        """The problem recorded for a path, if any."""
        row = self.conn.execute(
            "SELECT path, kind, reason, action, detail, size, mtime_ns, sha256, at "
            "FROM problems WHERE path = ?",
            (path,),
        ).fetchone()
        return ProblemRow(*row) if row else None

    def problems_inside(self, sha256: str) -> list[tuple[ProblemRow, int]]:
        """The problems of attachments and embedded files inside the document made from
        these bytes, at any depth (so that adding it again still says what was lost), each
        with the id of the document it is inside."""
        rows = self.conn.execute(
            "WITH RECURSIVE inside(id) AS ("
            " SELECT id FROM documents WHERE sha256 = ?"
            " UNION SELECT d.id FROM documents d JOIN inside ON d.parent_id = inside.id) "
            "SELECT path, kind, reason, action, detail, size, mtime_ns, sha256, at, parent_id "
            "FROM problems WHERE parent_id IN (SELECT id FROM inside) ORDER BY path",
            (sha256,),
        )
        return [(ProblemRow(*r[:-1]), r[-1]) for r in rows]

    def has_problems_inside(self) -> bool:
        """Whether any attachment or embedded file is recorded as a problem (one quick
        look, so that re-adding an archive without any asks nothing per file)."""
        row = self.conn.execute(
            "SELECT 1 FROM problems WHERE parent_id IS NOT NULL LIMIT 1"
        ).fetchone()
        return row is not None

    def forget_problems(self, paths: Iterable[str]) -> None:
        """Delete the problems recorded for these paths (they are about to be read again)."""
        with self.transaction() as db:
            db.executemany("DELETE FROM problems WHERE path = ?", [(p,) for p in paths])

    def document_id(self, sha256: str) -> int | None:
        """The document made from these bytes, if there is one."""
        row = self.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return row[0] if row else None

    # -- writes -----------------------------------------------------------------------

    def add_document(
        self,
        new: NewDocument,
        seen: FileSeen | None,
        cases: Iterable[tuple[str, str]] = (),
        attachments: tuple[str, int] | None = None,
    ) -> int:
        """Record a new document (and the path it came from) in one transaction.

        ``cases`` holds ``(case_id, how)`` pairs to link it to.  ``attachments``, when
        given, is ``(label, depth)``: the document has attachments still to be read, and
        stays in :meth:`pending_attachments` until :meth:`attachments_done`.
        """
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO originals VALUES (?, ?, ?)", (new.sha256, new.size, now())
            )
            doc_id = _insert_document(db, new)
            if seen is not None:
                _remember_path(db, seen, new.sha256)
            for case_id, how in cases:
                _link_case(db, case_id, doc_id, how)
            if attachments is not None:
                db.execute(
                    "INSERT INTO attachments_pending VALUES (?, ?, ?)", (doc_id, *attachments)
                )
        return doc_id

    def pending_attachments(self) -> list[tuple[int, str, int]]:
        """``(document_id, label, depth)`` of documents whose attachments are not all read."""
        return self.conn.execute(
            "SELECT document_id, label, depth FROM attachments_pending ORDER BY document_id"
        ).fetchall()

    def attachments_done(self, doc_id: int) -> None:
        """Note that every attachment of a document has been added or recorded as a problem."""
        with self.transaction() as db:
            db.execute("DELETE FROM attachments_pending WHERE document_id = ?", (doc_id,))

    def add_path(self, seen: FileSeen, sha256: str, cases: Iterable[str] = ()) -> None:
        """Remember that a path holds bytes the archive already has (linked to ``cases``).

        A new link leaves the document to be indexed again, so ``case:`` finds it.
        """
        with self.transaction() as db:
            _remember_path(db, seen, sha256)
            doc_id = db.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
            if any([_link_case(db, case_id, doc_id[0], BY_HAND) for case_id in cases]):
                db.execute("UPDATE documents SET indexed = 0 WHERE id = ?", (doc_id[0],))

    def record_problem(
        self,
        path: str,
        problem: Problem,
        seen: FileSeen | None = None,
        sha256: str | None = None,
        parent_id: int | None = None,
    ) -> None:
        """Record (or replace) the problem of a path that could not be indexed."""
        size, mtime = (seen.size, seen.mtime_ns) if seen else (-1, -1)
        with self.transaction() as db:
            if sha256 is not None:
                db.execute(
                    "INSERT OR IGNORE INTO originals VALUES (?, ?, ?)", (sha256, size, now())
                )
            db.execute("DELETE FROM paths WHERE path = ?", (path,))
            db.execute(
                "INSERT OR REPLACE INTO problems VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    path,
                    sha256,
                    size,
                    mtime,
                    problem.kind.value,
                    problem.reason,
                    problem.action,
                    problem.detail,
                    parent_id,
                    now(),
                ),
            )

    def edit_document(self, doc_id: int, changes: dict[str, str]) -> None:
        """Set a document's title and/or date by hand (``changes`` maps names in
        :data:`EDITABLE` to new values) in one transaction with its audit row, which names
        the fields, never their values; their source becomes ``edited`` and the document
        waits to be indexed again."""
        assert changes and set(changes) <= set(EDITABLE), changes
        names = [name for name in EDITABLE if name in changes]
        settings = ", ".join(f"{n} = ?, {n}_source = '{EDITED}'" for n in names)
        with self.transaction() as db:
            db.execute(
                f"UPDATE documents SET {settings}, indexed = 0 WHERE id = ?",
                (*(changes[n] for n in names), doc_id),
            )
            append_audit(db, "document edited", {"document": doc_id, "changed": names})

    def mark_indexed(self, ids: Iterable[int]) -> None:
        """Note that these documents are in the search index."""
        with self.transaction() as db:
            db.executemany("UPDATE documents SET indexed = 1 WHERE id = ?", ((i,) for i in ids))

    def mark_all_unindexed(self) -> None:
        """Note that the search index holds nothing (before a rebuild)."""
        with self.transaction() as db:
            db.execute("UPDATE documents SET indexed = 0")

    def audit(self, action: str, detail: dict[str, object]) -> None:
        """Append to the audit log (which cannot be edited afterwards)."""
        with self.transaction() as db:
            append_audit(db, action, detail)

    def audit_log(
        self, case_id: str | None = None, actions: tuple[str, ...] = (), limit: int | None = None
    ) -> list[AuditEntry]:
        """The audit log, newest first (of one case, of some actions, when asked)."""
        return read_audit(self.conn, case_id=case_id, actions=actions, limit=limit)

    # -- reads ------------------------------------------------------------------------

    def document(self, doc_id: int) -> Document | None:
        """One document, or ``None``."""
        row = self.conn.execute(
            f"SELECT {entries.DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        return entries.document_from_row(row) if row else None

    def document_ids(self) -> set[int]:
        """The ids of every document."""
        return {r[0] for r in self.conn.execute("SELECT id FROM documents")}

    def indexed_count(self) -> int:
        """How many documents are (known to be) in the search index."""
        return self.conn.execute("SELECT count(*) FROM documents WHERE indexed = 1").fetchone()[0]

    def unindexed_ids(self) -> list[int]:
        """Documents recorded in the catalog but not yet (known to be) in the index."""
        return [r[0] for r in self.conn.execute("SELECT id FROM documents WHERE indexed = 0")]

    def pages(self, doc_id: int) -> tuple[str, ...]:
        """The text of each page of a document."""
        rows = self.conn.execute(
            "SELECT text FROM pages WHERE document_id = ? ORDER BY page", (doc_id,)
        )
        return tuple(r[0] for r in rows)

    def pages_of_documents(self, doc_ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """The page texts of several documents (the hits shown), in one query."""
        texts: dict[int, list[str]] = {doc_id: [] for doc_id in doc_ids}
        if not texts:
            return {}
        marks = ",".join("?" * len(texts))
        rows = self.conn.execute(
            f"SELECT document_id, text FROM pages WHERE document_id IN ({marks}) "
            "ORDER BY document_id, page",
            list(texts),
        )
        for doc_id, text in rows:
            texts[doc_id].append(text)
        return {doc_id: tuple(pages) for doc_id, pages in texts.items()}

    def fields(self, doc_id: int) -> tuple[FormField, ...]:
        """A document's form fields, in form order."""
        rows = self.conn.execute(
            "SELECT name, value, type, label FROM fields WHERE document_id = ? ORDER BY position",
            (doc_id,),
        )
        return tuple(FormField(*r) for r in rows)

    def references(self, doc_id: int) -> tuple[Reference, ...]:
        """The references found in a document."""
        rows = self.conn.execute(
            "SELECT kind, value, page FROM refs WHERE document_id = ? ORDER BY page, kind, value",
            (doc_id,),
        )
        return tuple(Reference(*r) for r in rows)

    def pages_needing_ocr(self, doc_id: int) -> tuple[int, ...]:
        """The pages of a document that have no text layer (scans), 1-based."""
        rows = self.conn.execute(
            "SELECT page FROM pages WHERE document_id = ? AND needs_ocr = 1 ORDER BY page",
            (doc_id,),
        )
        return tuple(r[0] for r in rows)

    def cases_of(self, doc_id: int) -> tuple[str, ...]:
        """The cases a document is linked to."""
        rows = self.conn.execute(
            "SELECT case_id FROM case_documents WHERE document_id = ? ORDER BY case_id", (doc_id,)
        )
        return tuple(r[0] for r in rows)

    def paths_of(self, doc_id: int) -> tuple[str, ...]:
        """Every path on disk this document's bytes were added from."""
        rows = self.conn.execute(
            "SELECT p.path FROM paths p JOIN documents d ON d.sha256 = p.sha256 "
            "WHERE d.id = ? ORDER BY p.path",
            (doc_id,),
        )
        return tuple(r[0] for r in rows)

    def where_from(self, doc_id: int) -> tuple[str, ...]:
        """Where a document came from: its paths, or for an attachment "email › name"."""
        return entries.where_from(self._rows, doc_id)

    def index_entry(self, doc_id: int) -> IndexEntry | None:
        """What the search index needs to know about one document."""
        found = entries.index_entries(self._rows, [doc_id])
        return found[0] if found else None

    def _rows(self, sql: str, params: Sequence[object]) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    def tags_of(self, doc_id: int) -> tuple[str, ...]:
        """A document's tags, sorted."""
        rows = self.conn.execute(
            "SELECT tag FROM tags WHERE document_id = ? ORDER BY tag", (doc_id,)
        )
        return tuple(r[0] for r in rows)

    def set_tags(self, doc_id: int, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        """Add and remove tags; the document must be indexed again afterwards."""
        with self.transaction() as db:
            db.executemany("INSERT OR IGNORE INTO tags VALUES (?, ?)", ((doc_id, t) for t in add))
            db.executemany(
                "DELETE FROM tags WHERE document_id = ? AND tag = ?", ((doc_id, t) for t in remove)
            )
            db.execute("UPDATE documents SET indexed = 0 WHERE id = ?", (doc_id,))

    def save_search(self, name: str, query: str) -> None:
        """Store (or replace) a named search."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO saved_searches VALUES (?, ?, ?)", (name, query, now())
            )

    def delete_search(self, name: str) -> bool:
        """Forget a named search; False when there was none of that name."""
        with self.transaction() as db:
            return db.execute("DELETE FROM saved_searches WHERE name = ?", (name,)).rowcount > 0

    def saved_searches(self) -> list[tuple[str, str]]:
        """Every saved search as ``(name, query)``, by name."""
        return list(self.conn.execute("SELECT name, query FROM saved_searches ORDER BY name"))

    def problems(self) -> list[ProblemRow]:
        """Every recorded problem, in path order."""
        rows = self.conn.execute(
            "SELECT path, kind, reason, action, detail, size, mtime_ns, sha256, at "
            "FROM problems ORDER BY path"
        )
        return [ProblemRow(*r) for r in rows]

    def counts(self) -> dict[str, int]:
        """How many documents, pages, problems, originals and paths the catalog holds, and
        how many documents and pages need OCR (pages without a text layer)."""
        one = self.conn.execute
        ocr = "SELECT count(*), coalesce(sum(needs_ocr), 0) FROM documents WHERE needs_ocr > 0"
        ocr_documents, ocr_pages = one(ocr).fetchone()
        return {
            "documents": one("SELECT count(*) FROM documents").fetchone()[0],
            "pages": one("SELECT coalesce(sum(page_count), 0) FROM documents").fetchone()[0],
            "documents_needing_ocr": ocr_documents,
            "pages_needing_ocr": ocr_pages,
            "problems": one("SELECT count(*) FROM problems").fetchone()[0],
            "originals": one("SELECT count(*) FROM originals").fetchone()[0],
            "paths": one("SELECT count(*) FROM paths").fetchone()[0],
        }

    def original_hashes(self) -> set[str]:
        """Every hash the catalog says is stored."""
        return {r[0] for r in self.conn.execute("SELECT sha256 FROM originals")}

    def integrity_errors(self) -> list[str]:
        """What SQLite's own integrity and foreign-key checks report (empty when sound)."""
        errors = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        errors += [
            f"broken link in table {r[0]}" for r in self.conn.execute("PRAGMA foreign_key_check")
        ]
        return errors


def _connect(path: Path, writable: bool) -> sqlite3.Connection:
    if writable:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    else:
        if not path.is_file():
            raise ArchiveError("This folder holds no CaseDesk archive (no catalog.sqlite).")
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def _insert_document(db: sqlite3.Connection, new: NewDocument) -> int:
    cursor = db.execute(
        "INSERT INTO documents (sha256, parent_id, name, title, format, kind, date, page_count, "
        "needs_ocr, metadata, added_at, language, title_source, date_source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new.sha256,
            new.parent_id,
            new.name,
            new.title,
            new.format,
            new.kind,
            new.date,
            len(new.pages),
            len(new.needs_ocr),
            json.dumps(new.metadata, ensure_ascii=False),
            now(),
            new.language,
            new.title_source,
            new.date_source,
        ),
    )
    doc_id = int(cursor.lastrowid or 0)
    ocr = set(new.needs_ocr)
    db.executemany(
        "INSERT INTO pages VALUES (?, ?, ?, ?)",
        ((doc_id, n, text, int(n in ocr)) for n, text in enumerate(new.pages, start=1)),
    )
    db.executemany(
        "INSERT INTO fields VALUES (?, ?, ?, ?, ?, ?)",
        ((doc_id, i, f.name, f.value, f.type, f.label) for i, f in enumerate(new.fields)),
    )
    db.executemany(
        "INSERT OR IGNORE INTO refs VALUES (?, ?, ?, ?)",
        ((doc_id, r.kind, r.value, r.page) for r in new.refs),
    )
    return doc_id


def _remember_path(db: sqlite3.Connection, seen: FileSeen, sha256: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO paths VALUES (?, ?, ?, ?, ?)",
        (seen.path, sha256, seen.size, seen.mtime_ns, now()),
    )
    db.execute("DELETE FROM problems WHERE path = ?", (seen.path,))


def _link_case(db: sqlite3.Connection, case_id: str, doc_id: int, how: str) -> bool:
    """Link a document to a case (known from then on); False when it already was."""
    db.execute("INSERT OR IGNORE INTO cases (id, created_at) VALUES (?, ?)", (case_id, now()))
    return (
        db.execute(
            "INSERT OR IGNORE INTO case_documents VALUES (?, ?, ?)", (case_id, doc_id, how)
        ).rowcount
        > 0
    )
