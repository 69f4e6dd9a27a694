"""Search indexing in a child process, so that it runs beside extraction, not after it.

Whoosh is pure Python: in the ingesting process its indexing held the one interpreter
while the extraction workers waited for their next file (measured: about 40% of a 1,000
file ingest).  :class:`BackgroundIndexer` starts one child process that owns the index's
writer for the ingest.  The parent sends it batches of document ids once their catalog
rows are committed; the child reads what to index from the catalog itself (a read-only
SQLite connection: only ids cross between the processes), adds them to the index,
commits, and answers with the ids done.  The parent marks those indexed in the catalog.
The child does not write the documents itself: helpers it forks at its start (one per
core, :mod:`index.search.parallel`) write each batch as new segments while the child
merges, so that indexing uses every core once reading is done.

If the child dies or fails, the ids it had not answered for stay unindexed in the
catalog, and the next :meth:`~index.archive.Archive.index_pending` indexes them: nothing
is lost, at worst indexed twice (Whoosh's update replaces by id).

:class:`IndexFeeder` is what an ingest uses: it starts the child only when the first batch
is due (a small ingest is indexed in-process at its end, without the child's start-up),
sends a new batch only when the child has answered the last one and a quarter as many
documents as the index holds have come (:data:`GROWTH`; at least ``every``, at most
:data:`MAX_BATCH`, what a kill makes the next run index again) — reports the indexing
still to do at the end of an ingest, and falls back to indexing in-process if the child
fails.

At the end of an ingest that used the child, the child merges the segments the ingest
wrote (:meth:`BackgroundIndexer.tidy`, :func:`index.search.merging.ingest_tidy`), its
helpers each merging a share at once, so that the first search after a large ingest does
not ask dozens of segments.  The ingest waits for it — in its own thread, not the
window's — and stopping the ingest stops it: the child is killed, and the index stays as
every batch left it (complete, in more segments; the window's idle tidy merges them).

Batches grow with the index because each one becomes new segments that an ingest leaves
unmerged (:func:`index.search.merging.merge_later`): with batches of a fixed 200 a
10,000-file ingest went past 64 segments (and a search asks each one), with growing ones
it ends in 32, and a 100,000-file ingest in 53 after a few merges of small segments,
where Whoosh's own policy re-wrote 150,000 documents.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import traceback
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from index.errors import DISK_FULL_MESSAGE, ArchiveError, DiskFull, is_disk_full
from index.processes import die_with_parent, yield_to_parent

if TYPE_CHECKING:
    from index.archive import Archive
    from index.catalog.catalog import Catalog
    from index.catalog.records import IndexEntry

log = logging.getLogger(__name__)
MAX_BATCH = 4000
GROWTH = 4  # a batch is due when a quarter as many documents as the index holds are new
HELPERS = max(1, min(os.cpu_count() or 1, 4))  # processes writing each batch at once
_IN_FLIGHT = 2  # batches sent and not answered, at most (the pipes must never both fill)
_STOP, _TIDY = None, "tidy"
_POLL_SECONDS = 0.2  # how soon a stop is seen while the child tidies


class IndexerFailed(ArchiveError):
    """The indexing process stopped with an error; what it had not finished stays pending."""


class BackgroundIndexer:
    """One indexing child process for ``index_folder``, reading from ``catalog_path``."""

    def __init__(self, catalog_path: Path, index_folder: Path) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=_serve,
            args=(child, str(catalog_path), str(index_folder)),
            # Not a daemon, since daemons may not start processes (its helpers); it
            # dies with this process all the same (die_with_parent, and kill()).
            daemon=False,
            name="casedesk-index",
        )
        self._process.start()
        child.close()
        self._waiting = 0  # batches sent and not answered yet

    @property
    def busy(self) -> bool:
        """True while a batch sent has not been answered."""
        return self._waiting > 0

    @property
    def in_flight(self) -> int:
        """How many batches sent have not been answered."""
        return self._waiting

    def submit(self, ids: Iterable[int]) -> None:
        """Ask for ``ids`` to be indexed (their catalog rows must be committed)."""
        batch = list(ids)
        if batch:
            self._send(batch)
            self._waiting += 1

    def collect(self, *, wait: bool = False) -> list[int]:
        """The ids indexed since the last call; with ``wait``, every batch sent is done."""
        done: list[int] = []
        while self._waiting and (wait or self._conn.poll()):
            done += self._receive()
            self._waiting -= 1
        return done

    def next_batch(self) -> list[int]:
        """Wait for the oldest batch not answered yet; the ids it indexed."""
        done = self._receive()
        self._waiting -= 1
        return done

    def tidy(self, cancelled: Callable[[], bool]) -> bool:
        """Have the child merge the segments this ingest wrote (every batch must be
        answered); True when done, False when ``cancelled()`` came first (the child is
        then killed, and the index is as the batches left it)."""
        self._send(_TIDY)
        while not cancelled():
            if self._conn.poll(_POLL_SECONDS):
                self._receive()
                return True
        self.kill()
        return False

    def finish(self) -> list[int]:
        """Wait for every batch, stop the child, and return the ids it indexed last."""
        try:
            done = self.collect(wait=True)
            self._send(_STOP)
            self._process.join(30)
        finally:
            self.kill()
        return done

    def kill(self) -> None:
        """Stop the child at once (its unfinished batch stays pending in the catalog)."""
        if self._process.is_alive():
            with contextlib.suppress(OSError):
                self._process.kill()
            self._process.join(5)
        self._conn.close()

    def _send(self, message: object) -> None:
        try:
            self._conn.send(message)
        except (BrokenPipeError, OSError) as error:
            raise IndexerFailed(
                "The search indexing process stopped unexpectedly; the documents it had "
                "not indexed will be indexed the next time the archive is opened."
            ) from error

    def _receive(self) -> list[int]:
        try:
            kind, value = self._conn.recv()
        except (EOFError, OSError) as error:
            raise IndexerFailed(
                "The search indexing process stopped unexpectedly; the documents it had "
                "not indexed will be indexed the next time the archive is opened."
            ) from error
        if kind == "done":
            return value
        if kind == "disk full":
            raise DiskFull(value)
        raise IndexerFailed(f"Search indexing failed: {value}")


class IndexFeeder:
    """Keeps the search index following an ingest into ``archive``, a batch every
    ``every`` new documents (in a :class:`BackgroundIndexer` when ``background``)."""

    def __init__(self, archive: Archive, every: int, *, background: bool = True) -> None:
        self.archive, self.every, self.background = archive, every, background
        self._indexer: BackgroundIndexer | None = None
        self._new = 0  # documents recorded and not sent yet
        self._sent: set[int] = set()  # sent and not answered yet
        self._indexed = archive.catalog.indexed_count()

    def added(self) -> None:
        """One more document is recorded in the catalog (committed before it is sent)."""
        if not self.archive.indexing:
            return
        self._new += 1
        if self._indexer is not None:
            self._guarded(lambda indexer: self._settle(indexer.collect()))
        if self._new >= self._due():
            self._send()

    def finish(
        self,
        report: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
        tidying: Callable[[], None] = lambda: None,
    ) -> None:
        """Index everything recorded, wait for it, have the child merge what it wrote
        (``tidying()`` first; not once ``cancelled()``, which also stops it), and stop the
        child; ``report(done, total)`` after each batch of what was still to index."""
        self.archive.commit_group()  # the indexing process reads committed rows only
        if self._indexer is not None:

            def last(indexer: BackgroundIndexer) -> None:
                total, done = len(self._unsent()) + len(self._sent), 0
                while True:
                    while indexer.in_flight < _IN_FLIGHT and self._submit(indexer):
                        pass
                    if not indexer.busy:
                        break
                    answered = indexer.next_batch()
                    self._settle(answered)
                    done += len(answered)
                    if report is not None:
                        report(min(done, total), total)
                if not cancelled():
                    tidying()
                    if not indexer.tidy(cancelled):
                        return  # stopped: the child is gone, the index complete
                indexer.finish()

            self._guarded(last)
            self._indexer = None
        self.archive.index_pending()  # all of a small ingest; nothing after a good run

    def close(self) -> None:
        """Stop the child at once if it still runs (an ingest that failed)."""
        if self._indexer is not None:
            self._indexer.kill()
            self._indexer = None

    def _due(self) -> int:
        """How many new documents make the next batch."""
        return max(self.every, min(MAX_BATCH, self._indexed // GROWTH))

    def _send(self) -> None:
        if not self.background:
            self.archive.commit_group()
            self._indexed += self.archive.index_pending()
            self._new = 0
            return
        if self._indexer is None:
            self._indexer = BackgroundIndexer(self.archive.catalog.path, self.archive.search.folder)
        if not self._indexer.busy:
            self.archive.commit_group()  # the indexing process reads committed rows only
            self._guarded(self._submit)

    def _unsent(self) -> list[int]:
        return [i for i in self.archive.catalog.unindexed_ids() if i not in self._sent]

    def _submit(self, indexer: BackgroundIndexer) -> bool:
        """Send the next batch (at most :data:`MAX_BATCH`); False when none was left."""
        unsent = self._unsent()
        batch = unsent[:MAX_BATCH]
        if batch:
            indexer.submit(batch)
            self._sent.update(batch)
        self._new = len(unsent) - len(batch)
        return bool(batch)

    def _settle(self, done: list[int]) -> None:
        if done:
            self.archive.catalog.mark_indexed(done)
            self._sent.difference_update(done)
            self._indexed += len(done)

    def _guarded(self, step: Callable[[BackgroundIndexer], None]) -> None:
        """Run ``step`` with the child; if the child failed, index in this process instead."""
        assert self._indexer is not None
        try:
            step(self._indexer)
        except IndexerFailed as error:
            log.warning("indexing in this process from now on: %s", error)
            self._indexer.kill()
            self._indexer, self.background = None, False
            self._sent.clear()


class _Entries:
    """``load(ids)`` for the indexing helpers: the index entries of ``ids`` from the
    catalog, opened read-only on first use in the process that uses it."""

    def __init__(self, catalog_path: str) -> None:
        self.catalog_path = catalog_path
        self._catalog: Catalog | None = None

    def __call__(self, ids: list[int]) -> list[IndexEntry | None]:
        if self._catalog is None:
            from index.catalog.catalog import Catalog

            self._catalog = Catalog(Path(self.catalog_path), writable=False)
        return [self._catalog.index_entry(doc_id) for doc_id in ids]


def _serve(conn: Connection, catalog_path: str, index_folder: str) -> None:
    """The child: index each batch of ids it is sent, answer with the ids done.

    The documents are written by :data:`HELPERS` helper processes at once (see
    :mod:`index.search.parallel`), forked first thing, while nothing is open yet.
    """
    die_with_parent()
    yield_to_parent()  # its helpers, forked next, inherit it
    from index.search.parallel import HelperFailed
    from index.search.searchindex import SearchIndex

    search = SearchIndex(Path(index_folder))
    helpers = search.helpers(_Entries(catalog_path), HELPERS)
    try:
        if not search.open(create=False):
            conn.send(("error", "the search index could not be opened"))
            return
        before = search.segment_ids()
        while (ids := conn.recv()) is not _STOP:
            if ids == _TIDY:
                conn.send(("done", search.tidy_ingested(helpers, before)))
                continue
            try:
                done = search.add_by(helpers, ids)
            except (OSError, HelperFailed) as error:
                full = error.disk_full if isinstance(error, HelperFailed) else is_disk_full(error)
                if not full:
                    raise
                conn.send(("disk full", DISK_FULL_MESSAGE))
                return
            conn.send(("done", done))
    except EOFError:
        pass  # the parent went away
    except Exception as error:
        detail = "".join(traceback.format_exception_only(error)).strip()
        with contextlib.suppress(OSError):
            conn.send(("error", detail))
    finally:
        helpers.close()
        search.close()
