"""The case rows of an archive folder's SQLite catalog (:class:`~index.cases.rows.CaseRows`).

Every change is one catalog transaction together with its audit row, whose ``who`` is
the computer account (or ``CASEDESK_USER``).  A save's transaction is ``BEGIN
IMMEDIATE``: no other writer changes the case between reading it and writing it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

from index.cases.model import Case
from index.cases.rows import PERSON_COLUMNS, UNLINKED, CaseFilter, case_writes, load_cases
from index.catalog import Catalog
from index.catalog.audit import append_audit
from index.catalog.records import AUTO, BY_HAND, Document

# Older catalogs call a link made by a person "manual".
_HOW = {"manual": BY_HAND}


@dataclass
class _Writing:
    db: sqlite3.Connection
    stored: Case | None

    def write_case(self, case: Case, stamp: str) -> None:
        """Insert or update the case row and rewrite its people, deadlines and notes."""
        for sql, rows in case_writes(case, stamp):
            self.db.executemany(sql, rows)

    def link_documents_naming(self, case_id: str) -> int:
        """Link the documents that name the case and are not linked to it; how many.

        A document names it when the ingest found the number in it, or when its text
        holds the number (documents added before the archive's case pattern matched such
        numbers).  Documents someone took out of the case stay out.
        """
        text = "%" + re.sub(r"([\\%_])", r"\\\1", case_id) + "%"
        rows = self.db.execute(
            "SELECT document_id FROM refs WHERE kind = 'case' AND value = ? "
            "UNION SELECT document_id FROM pages WHERE text LIKE ? ESCAPE '\\' "
            "EXCEPT SELECT document_id FROM case_documents WHERE case_id = ? "
            "EXCEPT SELECT json_extract(detail, '$.document') FROM audit "
            "WHERE action = ? AND json_extract(detail, '$.case') = ?",
            (case_id, text, case_id, UNLINKED, case_id),
        )
        missing = [r[0] for r in rows]
        for doc_id in missing:
            self.db.execute("INSERT INTO case_documents VALUES (?, ?, ?)", (case_id, doc_id, AUTO))
            _touch(self.db, doc_id)
        return len(missing)

    def audit(self, action: str, detail: dict[str, object]) -> None:
        append_audit(self.db, action, detail)


class SqliteCaseRows:
    """Cases in an archive's catalog."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    @property
    def writable(self) -> bool:
        return self.catalog.writable

    def setting(self, key: str, default: str) -> str:
        return self.catalog.setting(key, default)

    def load(self, chosen: CaseFilter) -> list[Case]:
        return load_cases(self._rows, chosen, PERSON_COLUMNS)

    @contextmanager
    def saving(self, case_id: str) -> Iterator[_Writing]:
        with self.catalog.transaction() as db:
            found = self.load(CaseFilter(case_id=case_id))
            yield _Writing(db, found[0] if found else None)

    def last_change(self, case_id: str) -> tuple[str, str]:
        """When and by whom the case was last changed, from the audit log."""
        last = self.catalog.audit_log(case_id=case_id, limit=1)
        return (last[0].at, last[0].who) if last else ("", "")

    def documents(self, case_id: str) -> list[tuple[Document, str]]:
        rows = self.catalog.conn.execute(
            "SELECT document_id, how FROM case_documents cd JOIN documents d "
            "ON d.id = cd.document_id WHERE case_id = ? ORDER BY d.date = '', d.date, d.id",
            (case_id,),
        ).fetchall()
        found = ((self.catalog.document(doc_id), how) for doc_id, how in rows)
        return [(doc, _HOW.get(how, how)) for doc, how in found if doc is not None]

    def case_exists(self, case_id: str) -> bool:
        row = self.catalog.conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,))
        return row.fetchone() is not None

    def document_exists(self, doc_id: int) -> bool:
        return self.catalog.document(doc_id) is not None

    def link(self, case_id: str, doc_id: int, how: str) -> bool:
        with self.catalog.transaction() as db:
            made = db.execute(
                "INSERT OR IGNORE INTO case_documents VALUES (?, ?, ?)", (case_id, doc_id, how)
            ).rowcount
            if made:
                _touch(db, doc_id)
                append_audit(db, "case document linked", {"case": case_id, "document": doc_id})
        return bool(made)

    def unlink(self, case_id: str, doc_id: int) -> bool:
        with self.catalog.transaction() as db:
            gone = db.execute(
                "DELETE FROM case_documents WHERE case_id = ? AND document_id = ?",
                (case_id, doc_id),
            ).rowcount
            if gone:
                _touch(db, doc_id)
                append_audit(db, UNLINKED, {"case": case_id, "document": doc_id})
        return bool(gone)

    def set_settings(self, values: dict[str, str], detail: dict[str, object]) -> None:
        with self.catalog.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO settings VALUES (?, ?)", values.items())
            append_audit(db, "office changed", detail)

    def all_or_none(self) -> AbstractContextManager[object]:
        """One catalog transaction around several saves: a failure part-way keeps none."""
        return self.catalog.grouped()

    def record(self, action: str, detail: dict[str, object]) -> None:
        with self.catalog.transaction() as db:
            append_audit(db, action, detail)

    def rows(self, sql: str, params: object) -> list[tuple]:
        """The rows of a ``?`` statement (an :data:`~index.catalog.entries.Rows`)."""
        return self.catalog.conn.execute(sql, params).fetchall()  # type: ignore[arg-type]

    _rows = rows


def _touch(db: sqlite3.Connection, doc_id: int) -> None:
    """The document's cases changed: it must be indexed again."""
    db.execute("UPDATE documents SET indexed = 0 WHERE id = ?", (doc_id,))
