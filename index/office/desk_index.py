"""A desk's own search index of an office database, caught up from its ``changes``.

The index is derived data in the user's cache folder
(``office-indexes/<hash of host:port/database and what this login may read>``; no user
name or password in the path or in any file there), rebuilt whenever it is missing or was
written by other analyzers.  Catching up reads, in one snapshot, the changes after the
last seq applied (:mod:`index.office.desk_state`), fetches the documents they touch with
the same assembly as the SQLite catalog (:func:`index.catalog.entries.index_entries`),
adds, replaces or deletes them locally, and only then records the new seq.  Everything is
read with the desk's own login, so the index holds only what the server shows it; logins
that may read different things (a reader, a volunteer) never share a folder.  Searching is
local; the snippets' page texts are read from the server for the hits shown, in one query.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from index.catalog.entries import index_entries
from index.errors import ArchiveError
from index.office import desk_state, schema
from index.office.connect import NewerSchema, NotCaseDesk, plain_reads
from index.office.setup import schema_version
from index.search import SearchIndex, SearchOptions, SearchResult

if TYPE_CHECKING:
    import psycopg

_BATCH = 500
# The tables whose rows make up a document's index entry, and the column naming it.
_DOCUMENT_KEY = {
    "documents": "id",
    "pages": "document_id",
    "fields": "document_id",
    "refs": "document_id",
    "tags": "document_id",
    "case_documents": "document_id",
}


@dataclass(frozen=True)
class CatchUp:
    """What one catch-up did: changes read, documents (re)indexed and removed, last seq."""

    changes: int
    indexed: int
    removed: int
    seq: int


def cache_root() -> Path:
    """Where desks keep their office indexes: the user's cache folder."""
    from platformdirs import user_cache_path

    return user_cache_path("CaseDesk", appauthor=False) / "office-indexes"


def local_folder(conn: psycopg.Connection, root: Path | None = None) -> Path:
    """This desk's folder for the database behind ``conn``, per what its login may read."""
    reach = conn.execute(
        "SELECT has_column_privilege('case_people', 'passport', 'SELECT')"
    ).fetchone()
    info = conn.info
    key = f"{info.host}:{info.port}/{info.dbname}|{'all' if reach and reach[0] else 'open'}"
    return (root or cache_root()) / hashlib.sha256(key.encode()).hexdigest()[:24]


def require_office(conn: psycopg.Connection) -> None:
    """Refuse, in plain words, a database that is not (or not yet) this CaseDesk's."""
    version = schema_version(conn)
    place = {"database": conn.info.dbname, "server": conn.info.host}
    if version is None:
        raise NotCaseDesk(
            "The database {database} on {server} is not a CaseDesk office database (or is "
            "not set up yet: casedesk office-server init sets it up).",
            **place,
        )
    if version > schema.VERSION:
        raise NewerSchema(
            "The database {database} on {server} was set up by a newer CaseDesk (schema "
            "version {version}). Update CaseDesk to search it.",
            **place,
            version=version,
        )


def _in_plain_words(conn: psycopg.Connection) -> AbstractContextManager[None]:
    """The server lost, or a login that may not read documents, as a CaseDesk error (the
    index on this computer is kept)."""
    return plain_reads(conn, lost=_LOST)


_LOST = (
    "The connection to the office server was lost (database {database} on {server}). "
    "The search index on this computer is kept; run the same command again once the "
    "server is back."
)


class DeskIndex:
    """The local index of one office database, caught up through ``conn``, which must be in
    autocommit mode (each catch-up opens its own snapshot transaction)."""

    def __init__(self, conn: psycopg.Connection, root: Path | None = None) -> None:
        with _in_plain_words(conn):
            require_office(conn)
            self.folder = local_folder(conn, root)
        self.conn = conn
        self.search = SearchIndex(self.folder / "index")
        self._opened = False

    def __enter__(self) -> DeskIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the local index (the connection is the caller's)."""
        self.search.close()

    def catch_up(self) -> CatchUp:
        """Apply the changes after the last seq applied (all documents the first time)."""
        with self._locked(), _in_plain_words(self.conn):
            applied = desk_state.read(self.folder)
            if not self.search.open(create=False) or self.search.outdated():
                self.search.clear()
                desk_state.forget(self.folder)
                applied = desk_state.Applied()
            self._opened = True
            with self.conn.transaction():
                self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                seen, ids = self._changed(applied)
                xmin, xmax = self.conn.execute(
                    "SELECT pg_snapshot_xmin(s)::text::bigint, pg_snapshot_xmax(s)::text::bigint "
                    "FROM pg_current_snapshot() AS s"
                ).fetchone()
                indexed, removed = self._apply(ids)
            done = applied.after(seen, xmin, xmax)
            if done != applied:  # a window polls every few seconds: no fsync when idle
                desk_state.write(self.folder, done)
        return CatchUp(len(seen), indexed, removed, done.seq)

    def rebuild(self) -> CatchUp:
        """Throw this desk's index away and index every document again (``reindex``)."""
        with self._locked():
            self.search.clear()
            desk_state.forget(self.folder)
        return self.catch_up()

    def optimise(self) -> tuple[int, int]:
        """Merge this desk's index into one part (after a catch-up); the parts before and
        after."""
        with self._locked():
            before = self.search.segments()
            if before > 1:
                self.search.optimise()
            return before, self.search.segments()

    def find(self, text: str, options: SearchOptions | None = None) -> SearchResult:
        """Search the local index (after a catch-up); the hits' pages are read from the
        server."""
        self._require_index()
        with _in_plain_words(self.conn):
            return self.search.search(text, options, pages_of_hits=self._pages_of)

    def tally(
        self, text: str, options: SearchOptions | None = None
    ) -> tuple[int, dict[str, dict[str, int]]]:
        """How many documents match, and the facet counts (local only: no page is read)."""
        self._require_index()
        return self.search.tally(text, options)

    def _require_index(self) -> None:
        if not self._opened and not self.search.open(create=False):
            raise ArchiveError(
                "This computer has no search index of the office database yet: run "
                "casedesk office-server sync."
            )
        self._opened = True

    def _changed(self, applied: desk_state.Applied) -> tuple[list[int], set[int]]:
        """The seqs of the changes to apply, and the documents they touch."""
        where = ["seq > %s"] + ["seq BETWEEN %s AND %s"] * len(applied.gaps)
        values = [applied.seq, *(n for g in applied.gaps for n in (g.low, g.high))]
        rows = self.conn.execute(
            f"SELECT seq, tbl, key FROM changes WHERE {' OR '.join(where)} ORDER BY seq", values
        ).fetchall()
        if applied.seq == 0:  # the first time: every document
            ids = {r[0] for r in self.conn.execute("SELECT id FROM documents")}
            return [r[0] for r in rows], ids
        ids = {int(key[_DOCUMENT_KEY[t]]) for _, t, key in rows if t in _DOCUMENT_KEY}
        ids |= self._documents_of_paths([key for _, t, key in rows if t == "paths"])
        return [r[0] for r in rows], ids

    def _documents_of_paths(self, keys: list[dict]) -> set[int]:
        """The documents whose paths changed: by the original the change names (a deleted
        path's document too), or, for changes made before schema version 2, by the path."""
        shas = [key["sha256"] for key in keys if key.get("sha256")]
        paths = [key["path"] for key in keys if not key.get("sha256")]
        found = set()
        if shas:
            found |= {r[0] for r in self.conn.execute(_DOCUMENTS_OF, [shas])}
        if paths:
            found |= {r[0] for r in self.conn.execute(_DOCUMENTS_AT, [paths])}
        return found

    def _apply(self, ids: set[int]) -> tuple[int, int]:
        """Index the documents ``ids`` as the server has them now; delete those gone."""
        ordered, indexed, gone = sorted(ids), 0, []
        for start in range(0, len(ordered), _BATCH):
            batch = ordered[start : start + _BATCH]
            entries = index_entries(self._rows, batch)
            if entries:
                indexed += len(self.search.add(entries))
            found = {e.document.id for e in entries}
            gone += [i for i in batch if i not in found]
        if gone:  # reading every id of the index only when something may be deleted
            present = self.search.ids()
            gone = [i for i in gone if i in present]
        if gone:
            self.search.delete(gone)
        return indexed, len(gone)

    def _rows(self, sql: str, params: Sequence[object]) -> list[tuple]:
        return self.conn.execute(sql.replace("?", "%s"), params).fetchall()

    def _pages_of(self, ids: list[int]) -> dict[int, tuple[str, ...]]:
        """The page texts of the documents ``ids`` (the hits shown), in one query."""
        texts: dict[int, list[str]] = {}
        rows = self.conn.execute(
            "SELECT document_id, text FROM pages WHERE document_id = ANY(%s) "
            "ORDER BY document_id, page",
            [ids],
        )
        for doc_id, text in rows:
            texts.setdefault(doc_id, []).append(text)
        return {doc_id: tuple(pages) for doc_id, pages in texts.items()}

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """One catch-up at a time on this desk (a search and a follower, say)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.folder / "catching-up.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)


_DOCUMENTS_OF = "SELECT id FROM documents WHERE sha256 = ANY(%s)"
_DOCUMENTS_AT = (
    "SELECT d.id FROM paths p JOIN documents d ON d.sha256 = p.sha256 WHERE p.path = ANY(%s)"
)
