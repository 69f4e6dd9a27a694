"""The case rows of an office's PostgreSQL database (:class:`~index.cases.rows.CaseRows`).

Several desks save cases at once here, so a save reads the case and writes it in one
transaction that first takes a transaction-level advisory lock on the case number: a
second desk saving the same case waits until the first commits, then reads the case as
the first stored it, and :class:`~index.cases.store.CaseStore` refuses to overwrite it
(:class:`~index.errors.CaseConflict`).  The lock covers a case not stored yet too, which
``SELECT … FOR UPDATE`` could not.  The audit rows take ``who`` from the server
(``current_user``: the login role), and the conflict names that role.

The server enforces the roles: a reader's writes are refused by PostgreSQL
(:class:`~index.office.connect.NotAllowed` in plain words), and a reader, who may not
read people's identity numbers and birth dates, loads them as ``""``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

import psycopg

from index.cases.model import Case
from index.cases.rows import PERSON_COLUMNS, UNLINKED, CaseFilter, case_writes, load_cases
from index.cases.store import CaseStore
from index.catalog.entries import DOCUMENT_COLUMNS, Rows, document_from_row
from index.catalog.records import AUTO, Document
from index.office.connect import ServerUnreachable, connect, refused

# The lock's key space: an advisory lock of one case's saves (hashtext of this and the id).
_LOCK = "SELECT pg_advisory_xact_lock(hashtext('casedesk case ' || %s))"


def _sql(sql: str) -> str:
    """A ``?`` statement of the shared case SQL as psycopg's."""
    return sql.replace("?", "%s")


@dataclass
class _Writing:
    conn: psycopg.Connection
    stored: Case | None

    def write_case(self, case: Case, stamp: str) -> None:
        with self.conn.cursor() as cursor:
            for sql, rows in case_writes(case, stamp):
                cursor.executemany(_sql(sql), rows)

    def link_documents_naming(self, case_id: str) -> int:
        """As the SQLite catalog does (:mod:`index.cases.sqlite_rows`), in PostgreSQL's JSON."""
        text = "%" + re.sub(r"([\\%_])", r"\\\1", case_id) + "%"
        missing = self.conn.execute(
            "SELECT document_id FROM refs WHERE kind = 'case' AND value = %s "
            "UNION SELECT document_id FROM pages WHERE text LIKE %s ESCAPE '\\' "
            "EXCEPT SELECT document_id FROM case_documents WHERE case_id = %s "
            "EXCEPT SELECT (detail::jsonb ->> 'document')::bigint FROM audit "
            "WHERE action = %s AND detail::jsonb ->> 'case' = %s",
            (case_id, text, case_id, UNLINKED, case_id),
        ).fetchall()
        for (doc_id,) in missing:
            self.conn.execute(
                "INSERT INTO case_documents VALUES (%s, %s, %s)", (case_id, doc_id, AUTO)
            )
            _touch(self.conn, doc_id)
        return len(missing)

    def audit(self, action: str, detail: dict[str, object]) -> None:
        _audit(self.conn, action, detail)


class OfficeCaseRows:
    """Cases in an office database, on one autocommit connection (each change its own
    transaction)."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        with self._plain():
            self._people = tuple(
                column if self._may_read("case_people", column) else f"'' AS {column}"
                for column in PERSON_COLUMNS
            )

    @property
    def writable(self) -> bool:
        """Always True here: the server decides, and refuses a reader's writes."""
        return True

    def rows(self, sql: str, params: Sequence[object]) -> list[tuple]:
        """The rows of a ``?`` statement (an :data:`~index.catalog.entries.Rows`)."""
        with self._plain():
            return self.conn.execute(_sql(sql), params).fetchall()

    def setting(self, key: str, default: str) -> str:
        found = self.rows("SELECT value FROM settings WHERE key = ?", (key,))
        return found[0][0] if found else default

    def load(self, chosen: CaseFilter) -> list[Case]:
        with self._plain(), self.conn.transaction():
            return load_cases(self.rows, chosen, self._people)

    @contextmanager
    def saving(self, case_id: str) -> Iterator[_Writing]:
        with self._plain(), self.conn.transaction():
            self.conn.execute(_LOCK, (case_id,))
            found = load_cases(self.rows, CaseFilter(case_id=case_id), self._people)
            yield _Writing(self.conn, found[0] if found else None)

    def last_change(self, case_id: str) -> tuple[str, str]:
        """When and by which login role the case was last changed, from the audit log."""
        found = self.rows(
            "SELECT at, who FROM audit WHERE detail::jsonb ->> 'case' = ? ORDER BY id DESC LIMIT 1",
            (case_id,),
        )
        return (found[0][0].isoformat(timespec="seconds"), found[0][1]) if found else ("", "")

    def documents(self, case_id: str) -> list[tuple[Document, str]]:
        found = self.rows(
            f"SELECT {DOCUMENT_COLUMNS}, how FROM documents d JOIN case_documents cd "
            "ON d.id = cd.document_id WHERE case_id = ? ORDER BY d.date = '', d.date, d.id",
            (case_id,),
        )
        return [(document_from_row(row[:-1]), row[-1]) for row in found]

    def case_exists(self, case_id: str) -> bool:
        return bool(self.rows("SELECT 1 FROM cases WHERE id = ?", (case_id,)))

    def document_exists(self, doc_id: int) -> bool:
        return bool(self.rows("SELECT 1 FROM documents WHERE id = ?", (doc_id,)))

    def link(self, case_id: str, doc_id: int, how: str) -> bool:
        with self._plain(), self.conn.transaction():
            made = self.conn.execute(
                "INSERT INTO case_documents VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                (case_id, doc_id, how),
            ).rowcount
            if made:
                _touch(self.conn, doc_id)
                _audit(self.conn, "case document linked", {"case": case_id, "document": doc_id})
        return bool(made)

    def unlink(self, case_id: str, doc_id: int) -> bool:
        with self._plain(), self.conn.transaction():
            gone = self.conn.execute(
                "DELETE FROM case_documents WHERE case_id = %s AND document_id = %s",
                (case_id, doc_id),
            ).rowcount
            if gone:
                _touch(self.conn, doc_id)
                _audit(self.conn, UNLINKED, {"case": case_id, "document": doc_id})
        return bool(gone)

    def set_settings(self, values: dict[str, str], detail: dict[str, object]) -> None:
        with self._plain(), self.conn.transaction(), self.conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO settings VALUES (%s, %s) ON CONFLICT (key) "
                "DO UPDATE SET value = excluded.value",
                list(values.items()),
            )
            _audit(self.conn, "office changed", detail)

    @contextmanager
    def all_or_none(self) -> Iterator[None]:
        """One transaction around several saves (each its own savepoint in it): a failure
        or a refusal part-way keeps none."""
        with self._plain(), self.conn.transaction():
            yield

    def record(self, action: str, detail: dict[str, object]) -> None:
        with self._plain(), self.conn.transaction():
            _audit(self.conn, action, detail)

    def _may_read(self, table: str, column: str) -> bool:
        found = self.conn.execute(
            "SELECT has_column_privilege(%s, %s, 'SELECT')", (table, column)
        ).fetchone()
        return bool(found and found[0])

    def _plain(self) -> AbstractContextManager[None]:
        return plain_writes()


@contextmanager
def plain_writes() -> Iterator[None]:
    """The server's refusals and a lost connection, while writing, in plain words."""
    try:
        yield
    except psycopg.errors.InsufficientPrivilege as error:
        raise refused(error) from None
    except psycopg.OperationalError:
        raise ServerUnreachable(
            "The connection to the office server was lost; nothing was saved by this "
            "step. Check that the server is running and reachable, then try again."
        ) from None


@contextmanager
def office_cases(url: str) -> Iterator[tuple[CaseStore, Rows]]:
    """The cases of the office database at ``url`` for the length of the block, and its
    :data:`~index.catalog.entries.Rows` (for what else the case commands read)."""
    conn = connect(url, autocommit=True)
    try:
        rows = OfficeCaseRows(conn)
        yield CaseStore(rows), rows.rows
    finally:
        conn.close()


def _audit(conn: psycopg.Connection, action: str, detail: dict[str, object]) -> None:
    """An audit row; its ``who`` and ``at`` are the server's (current_user, now())."""
    conn.execute(
        "INSERT INTO audit (action, detail) VALUES (%s, %s)",
        (action, json.dumps(detail, ensure_ascii=False)),
    )


def _touch(conn: psycopg.Connection, doc_id: int) -> None:
    """The document's cases changed: desks index it again (its change is followed)."""
    conn.execute("UPDATE documents SET indexed = 0 WHERE id = %s", (doc_id,))
