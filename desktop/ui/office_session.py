"""The window's connection to an office database: :class:`Session`'s role (lanes,
``read``, ``write``, ``changed``, ``read_only``, ``close``) over two
:class:`~index.office.desk_archive.DeskArchive`, one per lane, opened with the desk's login.

The desk's own search index is caught up in the background when the window opens (the
first job on the reads lane, before the first search) and kept live by polling: every
:data:`POLL_MS` the reads lane catches up from the server's change sequence (one small
snapshot query when nothing changed) and, when anything changed, :attr:`changed` is
emitted, on which the window searches again and reloads its cases — as a folder's
``ChangeWatch`` does.  A lost server is said once in the status bar (:attr:`waiting`);
each job connects again first, so the window carries on once the server is back.

``read_only`` is the server's answer: a login that may not add documents (a reader).  Its
writes still go to the server when asked (which refuses them, said in plain words); the
window disables them beforehand with a tooltip.  The password, if the window asked for
one, lives in the connection string in memory only: :attr:`location` is the address
without it, for the title bar and Recent archives.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.ui.tr import error_text, translate
from desktop.ui.workers import Lane, Task
from index.ingest.pipeline import IngestOptions
from index.office.connect import ServerUnreachable, with_password, without_password
from index.office.desk_add import Callbacks
from index.office.desk_archive import DeskArchive
from index.office.desk_index import CatchUp
from index.office.staging import office_folder

POLL_MS = 2000


class OfficeSession(QObject):
    """An office database open in the window.

    Signals: ``waiting(str)`` — a sentence for the status bar (the server lost);
    ``changed()`` — another desk changed the database (this desk's index has caught up)."""

    waiting = Signal(str)
    changed = Signal()
    is_office = True

    def __init__(self, url: str, password: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = without_password(url)
        self.root = office_folder(url)  # this desk's folder for the office: logs, copies
        conninfo = with_password(url, password) if password else url
        self.reader = DeskArchive(conninfo)
        try:
            self.writer = DeskArchive(conninfo)
            self.busy_message = "" if self.reader.may_write() else reader_words()
        except BaseException:
            self.reader.close()
            raise
        self.writes = Lane("casedesk-office-writes", self)
        self.reads = Lane("casedesk-office-reads", self)
        self._following: Task | None = None
        self._lost = False
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.follow)
        self.follow()  # the first catch-up, before any search the window asks for
        self._timer.start()

    @property
    def read_only(self) -> bool:
        """True when the server lets this login read only."""
        return bool(self.busy_message)

    @property
    def templates_root(self) -> Path:
        """Where the office's own templates and logo are laid out as a folder's."""
        return self.reader.root

    def read(self, function: Callable[[DeskArchive, Task], Any], **callbacks: Any) -> Task:
        """Run ``function(reader, task)`` on the reads lane."""
        return self.reads.start(lambda task: _on(self.reader, function, task), **callbacks)

    def write(
        self, function: Callable[[DeskArchive, Task], Any], *, doing: str = "", **callbacks: Any
    ) -> Task:
        """Run ``function(writer, task)`` on the writes lane (the server decides whether
        this login may; ``doing`` is for the folder's writer lock, not needed here)."""
        return self.writes.start(lambda task: _on(self.writer, function, task), **callbacks)

    def add_files(self, paths: list[Path], options: IngestOptions, **callbacks: Any) -> Task:
        """Read ``paths`` on this desk and send them to the office, on the writes lane."""

        def add(archive: DeskArchive, task: Task) -> object:
            told = Callbacks(ingest=task.report, cancelled=lambda: task.cancelled)
            return archive.add(paths, options, told)

        return self.write(add, **callbacks)

    def follow(self) -> None:
        """Catch up with the server's changes on the reads lane (one at a time)."""
        if self._following is not None and not self._following.done.is_set():
            return
        self._following = self.read(
            lambda archive, _task: archive.catch_up(),
            on_done=self._caught_up,
            on_error=self._follow_failed,
        )

    def _caught_up(self, done: CatchUp) -> None:
        self._lost = False
        if done.changes:
            self.changed.emit()

    def _follow_failed(self, error: BaseException) -> None:
        if isinstance(error, ServerUnreachable) and self._lost:
            return  # said once; said again only after the server came back
        self._lost = isinstance(error, ServerUnreachable)
        self.waiting.emit(error_text(error))

    def index_untidy(self) -> bool:
        """Never: a desk's index is tidied by its catch-ups (no background merge here)."""
        return False

    def close(self) -> None:
        """Stop following and the lanes (cancelling their work), then disconnect."""
        self._timer.stop()
        self.writes.shut_down()
        self.reads.shut_down()
        self.reader.close()
        self.writer.close()


def _on(archive: DeskArchive, function: Callable[[DeskArchive, Task], Any], task: Task) -> Any:
    archive.ready()
    return function(archive, task)


def reader_words() -> str:
    """Why the window's write actions are disabled for a reader's login (a tooltip)."""
    return translate(
        "OfficeSession",
        "This login may only read the office's documents and cases. To add or change "
        "them, ask the office's administrator for the volunteer role.",
    )
