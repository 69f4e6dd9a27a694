"""The window's connection to one archive: a writer and a reader, each on its own lane.

The writer (``Archive.open(write=True, hold=False)``) takes the archive's writer lock to
open the archive and then gives it back: every change — ingest, tags, saved searches —
runs on the ``writes`` lane, one at a time, each holding the lock only while it runs
(waiting a few seconds, said by :attr:`Session.waiting`, for another window or command
writing).  So other windows and the command line change the archive too.  Searches and
reads run on the ``reads`` lane with a read-only archive of their own (SQLite in WAL mode
lets it read while a writer writes).  If another CaseDesk holds the lock all the while
the window opens (a long ingest), the session opens read-only and says who holds it.
An ingest is the one change not made in this process: :meth:`Session.write_in_child`
keeps the writes lane busy while a child process (``index.ingest.elsewhere``) takes the
lock and writes, so the ingest's Python does not share the window's interpreter.

What others write is noticed by :class:`~desktop.ui.changes.ChangeWatch` (the catalog's
``PRAGMA data_version``, polled), which emits :attr:`Session.changed`; the search index
opens a new searcher by itself when it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.changes import ChangeWatch
from desktop.ui.tr import error_text
from desktop.ui.workers import Lane, Task
from index.archive import Archive
from index.errors import ArchiveBusy
from index.ingest.elsewhere import Handover, ingest_elsewhere
from index.ingest.pipeline import IngestOptions
from index.ingest.summary import Summary
from index.search.optimise import optimise_elsewhere

HOLDER = "casedesk window"


class Session(QObject):
    """An open archive for the window.

    Signals: ``waiting(str)`` — a change waits for another window or command writing now
    (the sentence names it); ``changed()`` — another process changed the archive."""

    waiting = Signal(str)
    changed = Signal()
    is_office = False  # an archive folder (OfficeSession: an office database)

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.location: Path | str = root  # what the title bar and Recent archives show
        self.busy_message = ""
        try:
            self.writer: Archive | None = Archive.open(
                root, write=True, holder=HOLDER, hold=False, on_wait=self._tell_waiting
            )
        except ArchiveBusy as busy:
            self.writer = None
            self.busy_message = error_text(busy)
        try:
            self.reader = Archive.open(root, write=False)
        except BaseException:
            if self.writer is not None:
                self.writer.close()  # give the lock back: no window will hold this session
            raise
        self.writes = Lane("casedesk-writes", self)
        self.reads = Lane("casedesk-reads", self)
        self._tidying: Task | None = None
        self.watch = ChangeWatch(root, self)
        self.watch.changed.connect(self.changed)

    def _tell_waiting(self, notice: str) -> None:
        """Pass on, in the window's language, that a change waits for another writer
        (called on whichever thread is waiting; the signal reaches the window queued)."""
        self.waiting.emit(error_text(notice))

    @property
    def read_only(self) -> bool:
        """True when another CaseDesk held the writer lock all the while this opened."""
        return self.writer is None

    @property
    def templates_root(self) -> Path:
        """The folder whose ``templates/`` and ``office/logo.*`` drafting uses: the archive's."""
        return self.root

    def read(self, function: Callable[[Archive, Task], Any], **callbacks: Any) -> Task:
        """Run ``function(reader, task)`` on the reads lane."""
        return self.reads.start(lambda task: function(self.reader, task), **callbacks)

    def write(
        self,
        function: Callable[[Archive, Task], Any],
        *,
        doing: str = "",
        **callbacks: Any,
    ) -> Task:
        """Run ``function(writer, task)`` on the writes lane (only when not read-only),
        holding the writer lock while it runs; ``doing`` says what, for other writers."""
        assert self.writer is not None, "the archive is open read-only"
        self._stop_tidying()
        writer = self.writer
        holder = f"{HOLDER} ({doing})" if doing else HOLDER

        def locked(task: Task) -> Any:
            with writer.writing(holder, on_wait=self._tell_waiting):
                self.watch.writing()
                try:
                    return function(writer, task)
                finally:
                    self.watch.absorb()  # what this window wrote is not news to it

        return self.writes.start(locked, **callbacks)

    def add_files(self, paths: list[Path], options: IngestOptions, **callbacks: Any) -> Task:
        """Ingest ``paths`` in a child process (out of the window's interpreter: the same
        ``Ingest`` as ``casedesk add``), with progress reports and Cancel."""

        def ingest(handover: Handover, task: Task) -> Summary:
            return ingest_elsewhere(
                handover,
                paths,
                options,
                on_progress=task.report,
                is_cancelled=lambda: task.cancelled,
            )

        return self.write_in_child(ingest, doing="adding files", **callbacks)

    def write_in_child(
        self,
        function: Callable[[Handover, Task], Any],
        *,
        doing: str = "",
        **callbacks: Any,
    ) -> Task:
        """Run ``function(handover, task)`` on the writes lane for a change a child process
        makes (an ingest): the child takes the writer lock itself, as :meth:`write` would
        here, and ``handover`` says where and in whose name."""
        assert self.writer is not None, "the archive is open read-only"
        self._stop_tidying()
        holder = f"{HOLDER} ({doing})" if doing else HOLDER
        handover = Handover(self.root, holder, self._tell_waiting, self.watch.absorb)

        def elsewhere(task: Task) -> Any:
            self.watch.writing()
            try:
                return function(handover, task)
            finally:
                self.watch.not_writing()  # if the child did not settle, its writes are news

        return self.writes.start(elsewhere, **callbacks)

    def _stop_tidying(self) -> None:
        if self._tidying is not None:
            self._tidying.cancel()  # a change asked for goes first; the tidying comes again
            self._tidying = None

    def index_untidy(self) -> bool:
        """True when the search index is in enough parts to be worth merging."""
        return self.writer is not None and self.writer.search.needs_optimise()

    def tidy(self, **callbacks: Any) -> Task:
        """Merge the search index into one part in a background process, on the writes
        lane; any write asked for meanwhile stops it first (the index stays as it was)."""
        assert self.writer is not None, "the archive is open read-only"
        writer = self.writer
        folder = writer.search.folder

        def locked(task: Task) -> Any:
            with writer.writing(f"{HOLDER} (tidying the index)"):
                return optimise_elsewhere(folder, cancelled=lambda: task.cancelled)

        self._tidying = self.writes.start(locked, **callbacks)
        return self._tidying

    def close(self) -> None:
        """Stop the lanes (cancelling their work), then close both archives."""
        self.watch.stop()
        self.writes.shut_down()
        self.reads.shut_down()
        self.reader.close()
        if self.writer is not None:
            self.writer.close()
            self.writer = None
