"""An ingest run in a child process, for the window (docs/UI-RESPONSIVENESS.md).

The window's ingest loop — storing originals, writing catalog rows, feeding the workers —
is Python; on a thread of the window's process it held the interpreter lock the UI
thread needs, and when the operating system took that thread off a core at an index
commit the window waited with it.  :func:`ingest_elsewhere` runs the same
:class:`~index.ingest.pipeline.Ingest` as ``casedesk add`` in a child process instead.

The child opens the archive for writing itself, so it holds the writer lock while it
writes (another writer is waited for as before: the wait is told back to the parent) and
the operating system gives the lock back if it dies.  Over one pipe it sends back each
:class:`~index.ingest.summary.Progress`, the final :class:`~index.ingest.summary.Summary`
(or the error, rebuilt in the parent so the window words it as before), and it is told
to stop when the parent's ``is_cancelled()`` turns true: what was added stays added.
Progress is sent at most every :data:`PROGRESS_EVERY` seconds (the latest one; the last
of each phase and each change of phase at once): each report wakes a thread of the
window's process and its UI thread, and a bar moved 20 times a second looks the same.
A child killed or crashed becomes :class:`IngestStopped`; what it committed is kept and
the next run does the rest, as after a killed ``casedesk add``.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from time import monotonic

from index.errors import ArchiveError, CaseDeskError
from index.ingest.pipeline import INDEXING, TIDYING, IngestOptions
from index.ingest.scans import READING_SCANS
from index.ingest.summary import Progress, Summary

_PROGRESS, _WAITING, _DONE, _ERROR, _CRASH = "progress", "waiting", "done", "error", "crash"
_CANCEL, _NOTED = "cancel", "noted"
_POLL_SECONDS = 0.1  # how soon a Cancel reaches the child
_NOTED_WAIT = 10.0  # how long the child keeps the lock for the parent to take note
_JOIN_SECONDS = 10.0
PROGRESS_EVERY = 0.05  # seconds between progress reports, at most
_PHASES = (INDEXING, TIDYING, READING_SCANS)  # progress names that are not a file's

STOPPED_MESSAGE = (
    "Adding files stopped unexpectedly: the process adding them ended. What was added "
    "before is kept and the archive is sound. Add the same files again to finish."
)


class IngestStopped(ArchiveError):
    """The child process ended (killed, out of memory) before it said it was done."""


class IngestCrashed(Exception):
    """An unexpected error in the child; the message is its traceback, for the log."""


@dataclass(frozen=True)
class Handover:
    """What a child needs to write to the archive in the parent's stead, and what the
    parent does meanwhile: ``on_wait`` is told when another writer is waited for, and
    ``settle`` runs once the child is done, while it still holds the writer lock."""

    root: Path
    holder: str
    on_wait: Callable[[str], object] = lambda _notice: None
    settle: Callable[[], object] = lambda: None


@dataclass(frozen=True)
class _Request:
    root: str
    holder: str
    paths: tuple[str, ...]
    options: IngestOptions


def ingest_elsewhere(
    handover: Handover,
    paths: list[Path],
    options: IngestOptions,
    on_progress: Callable[[Progress], object],
    is_cancelled: Callable[[], bool],
) -> Summary:
    """Run an ingest of ``paths`` in a child process and return its summary; raises what
    the ingest raised (its error rebuilt here), or :class:`IngestStopped`."""
    request = _Request(str(handover.root), handover.holder, tuple(map(str, paths)), options)
    context = multiprocessing.get_context("spawn")
    conn, child_end = context.Pipe()
    process = context.Process(
        target=_child,
        args=(child_end, request, os.getpid()),
        daemon=False,  # it starts extraction workers and the indexing process
        name="casedesk-ingest",
    )
    process.start()
    child_end.close()
    try:
        return _follow(conn, handover, on_progress, is_cancelled)
    finally:
        _end(process, conn)


def _follow(
    conn: Connection,
    handover: Handover,
    on_progress: Callable[[Progress], object],
    is_cancelled: Callable[[], bool],
) -> Summary:
    """Pass on what the child says until it is done; tell it when to stop."""
    asked_to_stop = False
    while True:
        if not asked_to_stop and is_cancelled():
            asked_to_stop = _send(conn, _CANCEL)
        if not conn.poll(_POLL_SECONDS):
            continue
        try:
            kind, value = conn.recv()
        except (EOFError, OSError):
            raise IngestStopped(STOPPED_MESSAGE) from None
        if kind == _PROGRESS:
            on_progress(value)
        elif kind == _WAITING:
            handover.on_wait(value)
        elif kind == _DONE:
            handover.settle()
            _send(conn, _NOTED)
            return value
        else:
            raise _rebuilt(kind, value)


def _send(conn: Connection, message: str) -> bool:
    with contextlib.suppress(OSError):
        conn.send(message)
    return True


def _end(process: multiprocessing.process.BaseProcess, conn: Connection) -> None:
    """Wait for the child to leave (it gives the lock back as it goes); kill it if not."""
    process.join(_JOIN_SECONDS)
    if process.is_alive():
        with contextlib.suppress(OSError):
            process.kill()
        process.join(_JOIN_SECONDS)
    conn.close()


def _rebuilt(kind: str, value: object) -> BaseException:
    """The child's error as the parent raises it."""
    if kind == _ERROR:
        module, name, template, values = value  # type: ignore[misc]
        error_class = getattr(importlib.import_module(module), name)
        error = error_class.__new__(error_class)
        CaseDeskError.__init__(error, template, **values)
        return error
    return IngestCrashed(str(value))


# -- in the child -----------------------------------------------------------------------


class _Parent:
    """The child's end of the pipe: what it tells, and whether it was asked to stop."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.stop = False
        self._pending: Progress | None = None  # the latest progress not sent yet
        self._phase = ""
        self._due = 0.0  # when the next progress may be sent

    def tell(self, kind: str, value: object) -> None:
        self.conn.send((kind, value))

    def progress(self, progress: Progress) -> None:
        """Send ``progress`` now if due (or if it starts or ends a phase), else later."""
        phase = progress.name if progress.name in _PHASES else ""
        self._pending = progress
        if phase != self._phase or progress.done >= progress.total or monotonic() >= self._due:
            self._phase = phase
            self.flush()

    def flush(self) -> None:
        """Send the progress held back, if any."""
        if self._pending is not None:
            self.tell(_PROGRESS, self._pending)
            self._pending = None
            self._due = monotonic() + PROGRESS_EVERY

    def last_word(self, kind: str, value: object) -> None:
        with contextlib.suppress(OSError):  # the parent may be gone
            self.tell(kind, value)

    def cancelled(self) -> bool:
        """True once the parent asked to stop (asked often: a held-back progress due
        is sent from here too)."""
        if self._pending is not None and monotonic() >= self._due:
            self.flush()
        while not self.stop and self.conn.poll():
            self.stop = self.conn.recv() == _CANCEL
        return self.stop

    def wait_noted(self) -> None:
        with contextlib.suppress(EOFError, OSError):
            self.conn.poll(_NOTED_WAIT)


def _child(conn: Connection, request: _Request, parent_pid: int) -> None:
    """The child process: ingest, holding the writer lock, telling the parent."""
    from index.processes import die_with_parent

    die_with_parent(parent_pid)
    parent = _Parent(conn)
    try:
        _ingest(request, parent)
    except CaseDeskError as error:
        cls = type(error)
        parent.last_word(_ERROR, (cls.__module__, cls.__qualname__, error.template, error.values))
    except BaseException as error:  # a bug: its traceback goes to the window's log
        parent.last_word(_CRASH, "".join(traceback.format_exception(error)))
    finally:
        conn.close()


def _ingest(request: _Request, parent: _Parent) -> None:
    from index.archive import Archive
    from index.ingest.pipeline import Ingest

    def waiting(notice: str) -> None:
        parent.tell(_WAITING, notice)

    root = Path(request.root)
    with Archive.open(root, write=True, holder=request.holder, on_wait=waiting) as archive:
        ingest = Ingest(
            archive,
            request.options,
            on_progress=parent.progress,
            is_cancelled=parent.cancelled,
        )
        summary = ingest.run([Path(p) for p in request.paths])
        parent.flush()
        parent.tell(_DONE, summary)
        parent.wait_noted()  # keep the lock until the parent has taken note
