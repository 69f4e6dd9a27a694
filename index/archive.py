"""An archive: one folder with the catalog, the originals and the search index.

```
<archive>/catalog.sqlite   source of truth
<archive>/originals/       imported files, by SHA-256, never modified
<archive>/index/           Whoosh index, derived from the catalog
<archive>/outputs/         letters, notes and packets made from the archive
<archive>/writer.lock      who is writing now
```

Opened for writing, an archive takes the writer lock and brings the index up to date
with the catalog (repairing what a crash between the two left behind); one process does
this while the others wait for the lock and then find nothing left to do.  The command
line keeps the lock until it closes the archive; a window (``hold=False``) gives it back
at once and takes it again for each change (:meth:`Archive.writing`), so two windows and
the command line can all change one archive, one write at a time.  Opened for reading it
takes no lock and changes nothing.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from index.catalog import Catalog
from index.errors import ArchiveError, disk_full_in_plain_words
from index.originals import Originals
from index.search import SearchIndex, SearchOptions, SearchResult

# Cases, OCR readings and the writer lock are imported when first used: a search (the
# command line's most frequent use) needs none of them (issue 20, item 5).
if TYPE_CHECKING:
    from index.cases.store import CaseStore
    from index.catalog.readings import Readings
    from index.documents.sqlite_reads import SqliteDocumentReads
    from index.lock import WriterLock

CATALOG_NAME = "catalog.sqlite"
_INDEX_BATCH = 500


@dataclass
class CheckReport:
    """What ``check`` found: an empty ``errors`` list means the archive is sound."""

    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


class Archive:
    """An open archive.  Use :meth:`open` and close it (or use it as a context manager)."""

    in_office = False  # an archive folder (the window's DeskArchive: an office database)

    def __init__(self, root: Path, catalog: Catalog, search: SearchIndex, lock: WriterLock | None):
        self.root = root
        self.catalog = catalog
        self.search = search
        self.originals = Originals(root / "originals")
        self._lock = lock
        # False: a catalog without a search index of its own (a desk's staging archive,
        # whose documents are searched in the office's index): nothing is indexed.
        self.indexing = True

    @functools.cached_property
    def cases(self) -> CaseStore:
        """Cases read from any archive; changing them needs one opened for writing."""
        from index.cases.store import CaseStore

        return CaseStore(self.catalog, on_links_changed=self.index_pending)

    @functools.cached_property
    def documents(self) -> SqliteDocumentReads:
        """What drafting, packets, ``show`` and the window read about documents."""
        from index.documents.sqlite_reads import SqliteDocumentReads

        return SqliteDocumentReads(self.catalog, self.originals)

    @functools.cached_property
    def readings(self) -> Readings:
        """Pages read by OCR, and those waiting."""
        from index.catalog.readings import Readings

        return Readings(self.catalog)

    @property
    def writable(self) -> bool:
        """True when this archive was opened for writing (it may take the writer lock)."""
        return self._lock is not None

    @contextlib.contextmanager
    def writing(
        self, holder: str | None = None, on_wait: Callable[[str], object] | None = None
    ) -> Iterator[None]:
        """Hold the writer lock for the block (waiting a bounded time for another writer,
        told to ``on_wait``); ``holder`` names the work for the other writers' messages."""
        if self._lock is None:
            raise ArchiveError("The archive is open read-only here: it cannot be changed.")
        named = self._lock.holder
        if holder is not None and not self._lock.held:
            self._lock.holder = holder
        try:
            self._lock.acquire(on_wait=on_wait)
        finally:
            self._lock.holder = named
        try:
            yield
        finally:
            self._lock.release()

    @classmethod
    def open(
        cls,
        root: Path,
        *,
        write: bool,
        holder: str = "casedesk",
        repair: bool = True,
        hold: bool = True,
        on_wait: Callable[[str], object] | None = None,
        index: bool = True,
    ) -> Archive:
        """Open (and, for writing, create) the archive at ``root``.

        Opened for writing, the index is brought up to date with the catalog unless
        ``repair`` is False (``check`` wants to see the archive as it is), under the writer
        lock (another writer is waited for, told to ``on_wait``); ``hold=False`` gives the
        lock back afterwards, to be taken again for each change with :meth:`writing`.
        ``index=False`` (for writing) keeps the catalog and originals only: no document is
        put in the search index (a desk's staging archive for an office database).
        """
        root = Path(os.path.abspath(Path(root).expanduser()))
        if write:
            archive = cls._open_for_writing(root, holder, repair and index, on_wait)
            archive.indexing = index
            if not hold:
                archive._lock.release()  # type: ignore[union-attr]
            return archive
        if not (root / CATALOG_NAME).is_file():
            raise ArchiveError(
                "No CaseDesk archive at {root}. Add documents first (casedesk add), "
                "or choose another archive with --archive.",
                root=str(root),
            )
        search = SearchIndex(root / "index")
        archive = cls(root, Catalog(root / CATALOG_NAME, writable=False), search, None)
        if not search.open(create=False):
            archive.close()
            raise ArchiveError(
                "The archive's search index is missing or damaged: run casedesk reindex."
            )
        return archive

    @classmethod
    def _open_for_writing(
        cls, root: Path, holder: str, repair: bool, on_wait: Callable[[str], object] | None
    ) -> Archive:
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ArchiveError(
                "Cannot create the archive folder {root}: {reason}.",
                root=str(root),
                reason=error.strerror,
            ) from error
        from index.lock import WriterLock

        lock = WriterLock(root, holder)
        lock.acquire(on_wait=on_wait)
        try:
            catalog = Catalog(root / CATALOG_NAME, writable=True)
        except BaseException:
            lock.close()
            raise
        archive = cls(root, catalog, SearchIndex(root / "index"), lock)
        try:
            with disk_full_in_plain_words():
                archive._prepare(repair)
        except BaseException:
            archive.close()
            raise
        return archive

    def _prepare(self, repair: bool) -> None:
        self.originals.prepare()
        _remove_unfinished_outputs(self.root / "outputs")
        # An index written by an older CaseDesk's analyzers is rebuilt: its words would not
        # be found as queries are folded now (reading it stays possible meanwhile).
        if not self.search.open(create=False) or self.search.outdated():
            self.search.clear()
            self.catalog.mark_all_unindexed()
        if repair:
            self.index_pending()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the catalog and the index, and give back the writer lock."""
        self.search.close()
        self.catalog.close()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    @contextlib.contextmanager
    def grouped(self) -> Iterator[None]:
        """Within the block (an ingest) originals stored and catalog changes are made
        durable together at each :meth:`commit_group` and at the end, rather than each
        with flushes of its own; if the block fails, what was not committed is rolled
        back (its originals stay, unreferenced, and are used again by the next ingest)."""
        # The originals' flush at the end of their block comes before the catalog's commit.
        with self.catalog.grouped(), self.originals.deferring():
            yield

    def commit_group(self) -> None:
        """Make what the group holds so far durable: originals first, then the catalog."""
        self.originals.sync()
        self.catalog.commit_group()

    def index_pending(self) -> int:
        """Put every document the index does not have yet into it; returns how many."""
        if not self.indexing:
            return 0
        pending = self.catalog.unindexed_ids()
        for start in range(0, len(pending), _INDEX_BATCH):
            batch = pending[start : start + _INDEX_BATCH]
            entries = (self.catalog.index_entry(i) for i in batch)
            done = self.search.add(e for e in entries if e is not None)
            self.catalog.mark_indexed(done)
        return len(pending)

    def find(self, text: str, options: SearchOptions | None = None) -> SearchResult:
        """Search the archive: hits with their best page and marked snippets."""
        return self.search.search(text, options, pages_of_hits=self.catalog.pages_of_documents)

    def tally(
        self, text: str, options: SearchOptions | None = None
    ) -> tuple[int, dict[str, dict[str, int]]]:
        """How many documents match, and the facet counts (see :meth:`SearchIndex.tally`)."""
        return self.search.tally(text, options)

    def saved_searches(self) -> list[tuple[str, str]]:
        """Every saved search as ``(name, query)``, by name (as an office database's)."""
        return self.catalog.saved_searches()

    def reindex(self) -> int:
        """Rebuild the search index from the catalog alone (originals are not read)."""
        with disk_full_in_plain_words():
            self.search.clear()
            self.catalog.mark_all_unindexed()
            return self.index_pending()

    def optimise_index(self) -> tuple[int, int]:
        """Merge the search index into one segment (faster searches; minutes on a large
        archive); the number of segments before and after."""
        before = self.search.segments()
        if before > 1:
            with disk_full_in_plain_words():
                self.search.optimise()
        return before, self.search.segments()

    def stats(self) -> dict[str, int]:
        """Counts for ``casedesk stats``."""
        counts = self.catalog.counts()
        ocr = self.readings.counts()
        return {
            "documents": counts["documents"],
            "pages": counts["pages"],
            "problems": counts["problems"],
            "index_documents": self.search.count(),
            "documents_needing_ocr": counts["documents_needing_ocr"],
            "pages_needing_ocr": counts["pages_needing_ocr"],
            "pages_read_by_ocr": ocr.read,
            "pages_waiting_for_ocr": ocr.pending,
            "pages_without_readable_text": ocr.unreadable,
        }

    def check(self, *, verify_hashes: bool = True) -> CheckReport:
        """Compare catalog, originals and index; list every disagreement."""
        report = CheckReport(errors=self.catalog.integrity_errors())
        self._check_originals(report, verify_hashes)
        self._check_index(report)
        report.counts = self.stats()
        return report

    def _check_originals(self, report: CheckReport, verify_hashes: bool) -> None:
        listed = self.catalog.original_hashes()
        stored = set(self.originals.all())
        for sha in sorted(listed - stored):
            report.errors.append(
                f"original {sha[:12]}… is in the catalog but missing from originals/"
            )
        if stored - listed:
            report.notes.append(
                f"{len(stored - listed)} stored original(s) not yet in the catalog "
                "(left by an interrupted import; adding the files again uses them)"
            )
        if verify_hashes:
            for sha in sorted(listed & stored):
                if self.originals.hash_of(sha) != sha:
                    report.errors.append(f"original {sha[:12]}… has changed on disk")

    def _check_index(self, report: CheckReport) -> None:
        in_catalog = self.catalog.document_ids()
        in_index = self.search.ids()
        # Documents the catalog still marks as waiting are what an interrupted import
        # leaves between its two commits; opening the archive for writing indexes them.
        waiting = (in_catalog - in_index) & set(self.catalog.unindexed_ids())
        if waiting:
            report.notes.append(
                f"{len(waiting)} document(s) waiting to be indexed (left by an interrupted "
                "import; the next casedesk add or reindex indexes them)"
            )
        if in_catalog - in_index - waiting:
            report.errors.append(
                f"{len(in_catalog - in_index - waiting)} document(s) missing from the search "
                "index (run casedesk reindex)"
            )
        if in_index - in_catalog:
            report.errors.append(
                f"{len(in_index - in_catalog)} document(s) in the search index but not in the "
                "catalog (run casedesk reindex)"
            )


def _remove_unfinished_outputs(folder: Path) -> None:
    """Create ``outputs/`` and delete what a killed draft or packet left half-written.

    Outputs are written under a hidden temporary name and linked to their final name
    only when complete, so a hidden file here is always unfinished; only the writer
    (which holds the lock, as we do now) writes them.
    """
    folder.mkdir(exist_ok=True)
    for leftover in folder.glob(".*"):
        if leftover.is_file():
            with contextlib.suppress(OSError):
                leftover.unlink()
