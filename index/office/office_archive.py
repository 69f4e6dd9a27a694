"""An office database opened for one command: its cases, documents and outputs on one
connection with the desk's own login (the server decides what it may read and write),
and its own templates and logo as files in a folder laid out as an archive folder's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from index.cases.store import CaseStore
from index.office.case_rows import OfficeCaseRows
from index.office.connect import connect, plain_reads
from index.office.desk_index import DeskIndex, require_office
from index.office.document_reads import OfficeDocumentReads
from index.office.office_files import office_files
from index.office.outputs import OfficeOutputs
from index.search import SearchOptions, SearchResult


@dataclass(frozen=True)
class OfficeArchive:
    """What drafting and packets use of an office database."""

    cases: CaseStore
    documents: OfficeDocumentReads
    outputs: OfficeOutputs
    root: Path | None = None  # the office's templates and logo, laid out as a folder's

    def find(self, text: str, options: SearchOptions | None = None) -> SearchResult:
        """Search this desk's own index of the office database, caught up first (as
        ``casedesk search`` does)."""
        with DeskIndex(self.documents.conn) as desk:
            desk.catch_up()
            return desk.find(text, options)


@contextmanager
def office_archive(url: str, cache: Path | None = None) -> Iterator[OfficeArchive]:
    """The office database at ``url`` for the length of the block."""
    conn = connect(url, autocommit=True)
    try:
        with plain_reads(conn):
            require_office(conn)
        reads = OfficeDocumentReads(conn, cache)
        work = reads.cache.with_name(f"{reads.cache.name}-files")
        with office_files(conn, reads.original, work) as root:
            yield OfficeArchive(
                CaseStore(OfficeCaseRows(conn)), reads, OfficeOutputs(conn, url), root
            )
    finally:
        conn.close()
