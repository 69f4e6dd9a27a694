"""An office database kept open for the window: one lane's connection with the desk's
login, its documents, cases and outputs, and the desk's own search index.

The window holds two (its reads lane's and its writes lane's; a psycopg connection is
used by one thread at a time).  Each job on a lane first calls :meth:`DeskArchive.ready`,
which connects again when the connection was lost (the server restarted, the network
came back), so a window outlives a restart of the server: the job during the outage is
refused in plain words, the next one works.  The password, when the window asked for one,
is part of the connection string held here in memory only.  As for a command
(:func:`~index.office.office_archive.office_archive`), the office's own templates and logo
are laid out as an archive folder's (:attr:`DeskArchive.root`, renewed at each connection),
and a draft or packet kept becomes a document of the office.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path

from index.cases.store import CaseStore
from index.ingest.pipeline import IngestOptions
from index.office.case_rows import OfficeCaseRows
from index.office.connect import connect, plain_reads
from index.office.desk_add import Callbacks, OfficeAdd, add_to_office
from index.office.desk_index import CatchUp, DeskIndex
from index.office.document_reads import OfficeDocumentReads
from index.office.office_files import office_files
from index.office.outputs import OfficeOutputs
from index.search import SearchOptions, SearchResult


class DeskArchive:
    """The office database at ``conninfo`` for one lane of a window."""

    in_office = True  # as against a folder's Archive: outputs and audit rows go to the server

    def __init__(
        self, conninfo: str, originals: Path | None = None, indexes: Path | None = None
    ) -> None:
        self._conninfo, self._originals, self._indexes = conninfo, originals, indexes
        self._open()

    def _open(self) -> None:
        conn = connect(self._conninfo, autocommit=True)
        files = ExitStack()
        try:
            self.desk = DeskIndex(conn, self._indexes)
            self.documents = OfficeDocumentReads(conn, self._originals)
            self.cases = CaseStore(OfficeCaseRows(conn))
            self.outputs = OfficeOutputs(conn, self._conninfo)
            work = self.documents.cache.with_name(f"{self.documents.cache.name}-files")
            # The office's templates and logo, as an archive folder's templates/ and office/.
            self.root: Path = files.enter_context(office_files(conn, self.documents.original, work))
        except BaseException:
            files.close()
            conn.close()
            raise
        self.conn, self._files = conn, files

    def ready(self) -> None:
        """Connect again if the connection was lost since the last job."""
        if self.conn.closed or self.conn.broken:
            self.close()
            self._open()

    def catch_up(self) -> CatchUp:
        """Bring this desk's search index up to the server's changes."""
        return self.desk.catch_up()

    def find(self, text: str, options: SearchOptions | None = None) -> SearchResult:
        """Search this desk's index (as caught up last)."""
        return self.desk.find(text, options)

    def tally(
        self, text: str, options: SearchOptions | None = None
    ) -> tuple[int, dict[str, dict[str, int]]]:
        """How many documents match, and the facet counts."""
        return self.desk.tally(text, options)

    def saved_searches(self) -> list[tuple[str, str]]:
        """The office's saved searches as ``(name, query)``, by name."""
        with plain_reads(self.conn):
            rows = self.conn.execute("SELECT name, query FROM saved_searches").fetchall()
        return sorted((str(name), str(query)) for name, query in rows)

    def may_write(self) -> bool:
        """True when the server lets this login add documents (a volunteer, an admin)."""
        with plain_reads(self.conn):
            found = self.conn.execute(
                "SELECT has_table_privilege('documents', 'INSERT')"
            ).fetchone()
        return bool(found and found[0])

    def add(self, paths: Iterable[Path], options: IngestOptions, told: Callbacks) -> OfficeAdd:
        """Read ``paths`` on this desk and send them to the office (``casedesk add``'s
        way: the desk's staging archive, then the push)."""
        return add_to_office(self._conninfo, paths, options, told)

    def close(self) -> None:
        """Close the local index and the connection; remove the office's files laid out."""
        self.desk.close()
        self._files.close()
        self.conn.close()
