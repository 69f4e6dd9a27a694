"""The window's connection to one archive: a writer and a reader, each on its own lane.

The writer (``Archive.open(write=True)``) holds the archive's writer lock for as long as
the window is open, so a second CaseDesk gets a clear refusal; every change — ingest,
tags, saved searches — runs on the ``writes`` lane, one at a time.  Searches and reads
run on the ``reads`` lane with a read-only archive of their own (SQLite in WAL mode lets
it read while the writer writes).  If another CaseDesk already holds the lock, the
session opens read-only and says who holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from desktop.ui.workers import Lane, Task
from index.archive import Archive
from index.errors import ArchiveBusy
from index.search.optimise import optimise_elsewhere


class Session(QObject):
    """An open archive for the window."""

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.busy_message = ""
        try:
            self.writer: Archive | None = Archive.open(root, write=True, holder="casedesk window")
        except ArchiveBusy as busy:
            self.writer = None
            self.busy_message = str(busy)
        try:
            self.reader = Archive.open(root, write=False)
        except BaseException:
            if self.writer is not None:
                self.writer.close()  # give the lock back: no window will hold this session
            raise
        self.writes = Lane("casedesk-writes", self)
        self.reads = Lane("casedesk-reads", self)
        self._tidying: Task | None = None

    @property
    def read_only(self) -> bool:
        """True when another CaseDesk holds the writer lock."""
        return self.writer is None

    def read(self, function: Callable[[Archive, Task], Any], **callbacks: Any) -> Task:
        """Run ``function(reader, task)`` on the reads lane."""
        return self.reads.start(lambda task: function(self.reader, task), **callbacks)

    def write(self, function: Callable[[Archive, Task], Any], **callbacks: Any) -> Task:
        """Run ``function(writer, task)`` on the writes lane (only when not read-only)."""
        assert self.writer is not None, "the archive is open read-only"
        if self._tidying is not None:
            self._tidying.cancel()  # a change asked for goes first; the tidying comes again
            self._tidying = None
        writer = self.writer
        return self.writes.start(lambda task: function(writer, task), **callbacks)

    def index_untidy(self) -> bool:
        """True when the search index is in enough parts to be worth merging."""
        return self.writer is not None and self.writer.search.needs_optimise()

    def tidy(self, **callbacks: Any) -> Task:
        """Merge the search index into one part in a background process, on the writes
        lane; any write asked for meanwhile stops it first (the index stays as it was)."""
        assert self.writer is not None, "the archive is open read-only"
        folder = self.writer.search.folder
        self._tidying = self.writes.start(
            lambda task: optimise_elsewhere(folder, cancelled=lambda: task.cancelled),
            **callbacks,
        )
        return self._tidying

    def close(self) -> None:
        """Stop the lanes (cancelling their work), then close both archives."""
        self.writes.shut_down()
        self.reads.shut_down()
        self.reader.close()
        if self.writer is not None:
            self.writer.close()
            self.writer = None
