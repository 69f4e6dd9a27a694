"""An office database opened for one command: one autocommit connection with the desk's
own login, checked to be a CaseDesk database this program knows, closed afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

from index.office.connect import connect, plain_reads
from index.office.desk_index import require_office


@contextmanager
def office_connection(url: str) -> Iterator[psycopg.Connection]:
    """The office database at ``url`` for the length of the block."""
    conn = connect(url, autocommit=True)
    try:
        with plain_reads(conn):
            require_office(conn)
        yield conn
    finally:
        conn.close()
