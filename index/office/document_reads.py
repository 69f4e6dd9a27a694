"""The document reads of an office's PostgreSQL database
(:class:`~index.documents.reads.DocumentReads`).

The same SQL as an archive folder's (:class:`~index.documents.reads.DocumentRows`), run
with the desk's own login, so what the server does not show that login (row-level
security, column grants) is not read.  An original is fetched from its chunks into this
desk's cache folder (:mod:`index.office.original_files`), one folder per database and per
what the login may read, as the desk's search index is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import psycopg

from index.documents.reads import DocumentRows
from index.office.connect import connect, plain_reads
from index.office.desk_index import local_folder, require_office
from index.office.original_files import cache_root, local_original


class OfficeDocumentReads(DocumentRows):
    """Documents in an office database, read on one autocommit connection."""

    def __init__(self, conn: psycopg.Connection, cache: Path | None = None) -> None:
        super().__init__(self._rows_of)
        self.conn = conn
        with plain_reads(conn):
            self.cache = local_folder(conn, cache or cache_root())

    def original(self, sha256: str) -> Path:
        """The original ``sha256`` as a file in this desk's cache (fetched and checked)."""
        with plain_reads(self.conn):
            return local_original(self.conn, sha256, self.cache)

    def _rows_of(self, sql: str, params: Sequence[object]) -> list[tuple]:
        with plain_reads(self.conn):
            return self.conn.execute(sql.replace("?", "%s"), params).fetchall()


@contextmanager
def office_documents(url: str, cache: Path | None = None) -> Iterator[OfficeDocumentReads]:
    """The documents of the office database at ``url`` for the length of the block."""
    conn = connect(url, autocommit=True)
    try:
        with plain_reads(conn):
            require_office(conn)
        yield OfficeDocumentReads(conn, cache)
    finally:
        conn.close()
