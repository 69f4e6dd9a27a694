"""An office database opened for one command: its cases, documents and outputs on one
connection with the desk's own login (the server decides what it may read and write)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from index.cases.store import CaseStore
from index.office.case_rows import OfficeCaseRows
from index.office.connect import connect
from index.office.desk_index import require_office
from index.office.document_reads import OfficeDocumentReads, plain_reads
from index.office.outputs import OfficeOutputs


@dataclass(frozen=True)
class OfficeArchive:
    """What drafting and packets use of an office database."""

    cases: CaseStore
    documents: OfficeDocumentReads
    outputs: OfficeOutputs


@contextmanager
def office_archive(url: str, cache: Path | None = None) -> Iterator[OfficeArchive]:
    """The office database at ``url`` for the length of the block."""
    conn = connect(url, autocommit=True)
    try:
        with plain_reads(conn):
            require_office(conn)
        yield OfficeArchive(
            CaseStore(OfficeCaseRows(conn)), OfficeDocumentReads(conn, cache), OfficeOutputs(conn)
        )
    finally:
        conn.close()
