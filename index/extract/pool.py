"""Extraction in worker processes that are killed from outside at their limits.

PDF and Office readers can hang or swallow exceptions on hostile files (pypdf catches
``Exception`` internally), so a time limit raised inside the reader cannot be relied
on.  Each worker is a separate process; the pool watches its clock and its memory and
kills it (SIGKILL) when it passes a limit, records why, and starts a fresh worker.  A
worker that dies on its own (a crash in native code) is reported the same way.  The
caller's process is never at risk.

A worker is given its next small file while it reads the current one (it waits in the
worker's pipe), so it starts on it at once instead of waiting for the caller to take the
outcome and hand out the next file: on a folder of small files the caller's own work
between files was a serial step both readers waited on.  Only small files wait behind
another (a long file queued behind a long file would keep the other worker idle at the
end), and a file queued on a worker that is killed, crashes or retires is given to
another worker, never reported as that worker's failure.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import resource
import time
import traceback
import warnings
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from index.errors import CaseDeskError
from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.problems import Problem, ProblemKind
from index.processes import die_with_parent, give_back_memory, yield_to_parent

_POLL_SECONDS = 0.05
_BROKEN_INSTALL_EXIT = 97
_READY = "ready"  # a worker's first message: the readers are loaded, its clock may start
# Starting a worker (a fresh interpreter loading the readers) takes about a second, more
# on a busy machine; it is not the file's time, but a worker must not hang starting.
_STARTUP_SECONDS = 60.0
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
# The address-space cap is a backstop for allocations faster than the RSS poll;
# native libraries reserve far more address space than they touch, hence the margin.
_ADDRESS_SPACE_MARGIN = 3 << 30
# A worker still holding more than this after a file (a long, dense PDF leaves its heap
# grown) is stopped and a fresh one started for the next file, so that what the readers
# hold over a long ingest is bounded by what one file needs, not by the largest file so far.
RETIRE_BYTES = 320 << 20
_RETIRED_EXIT = 98  # a worker above RETIRE_BYTES after a file leaves with this code
# A file this small may wait in a busy worker's pipe: reading it takes well under a second.
QUEUE_BYTES = 1 << 20


class ReadersBroken(CaseDeskError):
    """The extractors cannot even be imported: an installation fault, not a file's."""


@dataclass(frozen=True)
class Limits:
    """How long and how much memory reading one file may take."""

    seconds: float = 60.0
    memory_bytes: int = 1 << 30

    def describe_time(self) -> str:
        """The time limit in words ("60 seconds")."""
        return f"{self.seconds:g} seconds"

    def describe_memory(self) -> str:
        """The memory limit in words ("it needed more than 1024 MB of memory")."""
        return f"it needed more than {self.memory_bytes >> 20} MB of memory"


@dataclass(frozen=True)
class Job:
    """One file to read: where its bytes are, its original suffix, and a caller's token.

    ``then``, when given, is applied to the extraction in the worker and its result is
    the outcome instead: work that depends only on the text (finding references,
    normalising) is done there, on every core, rather than in the caller between files.
    It must be picklable (a module-level function, or a ``functools.partial`` of one).
    ``read``, when given, replaces the extractors: ``read(path, suffix, options)`` is run
    instead (reading one scanned page: ``index.ocr.job``), with the same limits and the
    same problems for what it raises.
    """

    token: Any
    path: Path
    suffix: str
    options: ExtractOptions
    then: Callable[[Extraction], Any] | None = None
    size: int = 0  # the file's size in bytes, when known: small files may wait in a queue
    read: Callable[[Path, str, ExtractOptions], Any] | None = None

    @property
    def may_wait(self) -> bool:
        """True when this job may be queued behind another on a busy worker."""
        return 0 < self.size <= QUEUE_BYTES


Outcome = Extraction | Problem | Any  # Any: what a job's ``then`` returns


def _quiet_readers() -> None:
    """Silence the readers' own warnings: they are noise to a volunteer, and may quote files."""
    logging.disable(logging.WARNING)
    warnings.simplefilter("ignore")


def _rss_bytes(pid: int | str = "self") -> int:
    """Resident memory of process ``pid`` (this one by default); 0 if it is gone."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0


def _worker_main(conn: Connection, memory_bytes: int, retire_bytes: int, parent_pid: int) -> None:
    """Loop in the worker process: receive a job, send back its outcome; leave when
    swollen above ``retire_bytes`` after a file (a job waiting in the pipe is re-given)."""
    die_with_parent(parent_pid)
    yield_to_parent()
    _quiet_readers()
    with contextlib.suppress(ValueError, OSError):
        cap = memory_bytes + _ADDRESS_SPACE_MARGIN
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    from index.extract.registry import extract_file, extractors

    try:
        extractors()
    except Exception:
        traceback.print_exc()
        os._exit(_BROKEN_INSTALL_EXIT)
    conn.send(_READY)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        outcome = _extract_safely(extract_file, job)
        try:
            conn.send(outcome)
        except (MemoryError, ValueError, OverflowError):
            conn.send(Problem.of(ProblemKind.TOO_LARGE, limit="its text is too large to handle"))
        except OSError:
            return  # the ingest is gone
        del outcome
        give_back_memory()  # what the file's reading freed, so that the worker shrinks
        if _rss_bytes() > retire_bytes:  # still swollen by its last file
            os._exit(_RETIRED_EXIT)


def _extract_safely(extract_file: Callable[..., Extraction], job: Job) -> Outcome:
    try:
        extraction = (job.read or extract_file)(job.path, job.suffix, job.options)
        return extraction if job.then is None else job.then(extraction)
    except ExtractionFailed as failed:
        return failed.problem
    except MemoryError:
        return Problem.of(ProblemKind.TOO_LARGE, limit="it needs too much memory to read")
    except FileNotFoundError:
        return Problem.of(ProblemKind.UNREADABLE, detail="FileNotFoundError")
    except Exception as error:
        return Problem.of(ProblemKind.DAMAGED, detail=type(error).__name__)


class _Worker:
    """One worker process and the jobs given to it: the first is being read, the others
    wait in its pipe."""

    def __init__(
        self, context: multiprocessing.context.BaseContext, memory_bytes: int, retire_bytes: int
    ) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main,
            args=(child, memory_bytes, retire_bytes, os.getpid()),
            daemon=True,
            name="casedesk-extract",
        )
        self.process.start()
        child.close()
        self.jobs: deque[Job] = deque()
        self.started = 0.0  # when the first of ``jobs`` started
        self.ready = False

    def give(self, job: Job) -> None:
        if not self.jobs:
            self.started = time.monotonic()
        self.jobs.append(job)
        with contextlib.suppress(OSError):
            # A worker that died while idle: collecting finds it dead and reports the job
            # as crashed (a BrokenPipeError escaping would end the command silently).
            self.conn.send(job)

    def done(self) -> Job:
        """The first job is done; the next one (already in the pipe) starts now."""
        job = self.jobs.popleft()
        self.started = time.monotonic()
        return job

    def rss_bytes(self) -> int:
        return _rss_bytes(self.process.pid)

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, BrokenPipeError):
            self.conn.send(None)
        self.process.join(2)
        if self.process.is_alive():
            self.kill()
        else:
            self.conn.close()


class ExtractionPool:
    """Runs jobs on ``workers`` processes, each job bounded by ``limits``.

    Use it as a context manager and call :meth:`run`.
    """

    def __init__(self, workers: int = 0, limits: Limits | None = None) -> None:
        self.size = workers or max(1, os.cpu_count() or 1)
        self.limits = limits or Limits()
        self.retire_bytes = RETIRE_BYTES
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []
        self._undealt: deque[Job] = deque()  # taken from the caller, or back from a lost worker

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker (killing those still busy)."""
        for worker in self._workers:
            if worker.jobs:
                worker.kill()
            else:
                worker.stop()
        self._workers.clear()
        self._undealt.clear()

    def run(
        self, next_job: Callable[[], Job | None], stop: Callable[[], bool] | None = None
    ) -> Iterator[tuple[Job, Outcome]]:
        """Read jobs until ``next_job`` has none left; yield each job with its outcome.

        ``next_job`` is asked whenever a worker can take a job, so the caller can prepare
        the next file while workers read the current ones, and can add jobs (attachments)
        while results come in.  Outcomes come in the order jobs finish.  ``stop``, when
        given, is asked between polls (every 50 ms): once it says True the run ends at
        once, leaving the jobs in hand to :meth:`close` (a Cancel while a long scanned
        page is read should not wait for that page).
        """
        while True:
            no_more = self._fill(next_job)
            busy = [w for w in self._workers if w.jobs]
            if (no_more and not busy and not self._undealt) or (stop is not None and stop()):
                return
            yield from self._collect(busy)

    def _fill(self, next_job: Callable[[], Job | None]) -> bool:
        """Give jobs to every worker that can take one; True when ``next_job`` had none left."""
        while True:
            if not self._undealt:
                job = next_job()
                if job is None:
                    return True
                self._undealt.append(job)
            worker = self._worker_for(self._undealt[0])
            if worker is None:
                return False
            worker.give(self._undealt.popleft())

    def _worker_for(self, job: Job) -> _Worker | None:
        """An idle worker (started if need be), else a busy one with nothing queued if
        ``job`` is small enough to wait; None when the job must wait for a worker."""
        for worker in self._workers:
            if not worker.jobs:
                return worker
        if len(self._workers) < self.size:
            worker = _Worker(self._context, self.limits.memory_bytes, self.retire_bytes)
            self._workers.append(worker)
            return worker
        if job.may_wait:
            for worker in self._workers:
                if len(worker.jobs) == 1 and worker.ready:
                    return worker
        return None

    def _collect(self, busy: list[_Worker]) -> Iterator[tuple[Job, Outcome]]:
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], _POLL_SECONDS)
        for worker in busy:
            outcome = self._outcome(worker, ready)
            if outcome is not None:
                yield worker.done(), outcome

    def _outcome(self, worker: _Worker, ready: list[Any]) -> Outcome | None:
        if worker.conn in ready:
            try:
                message = worker.conn.recv()
            except (EOFError, OSError):
                pass  # died while sending: handled as a crash below
            else:
                if message != _READY:
                    return message
                worker.ready, worker.started = True, time.monotonic()
                return None
        elif worker.process.sentinel not in ready:
            return self._check_limits(worker)
        self._replace(worker)
        if worker.process.exitcode == _RETIRED_EXIT:
            self._take_back(worker, everything=True)
            return None
        if worker.process.exitcode == _BROKEN_INSTALL_EXIT:
            raise ReadersBroken(
                "CaseDesk's file readers could not start; CaseDesk may be installed "
                "incompletely. Run tools/bootstrap.sh again. Nothing was changed."
            )
        return Problem.of(ProblemKind.CRASHED, detail=f"exit code {worker.process.exitcode}")

    def _check_limits(self, worker: _Worker) -> Problem | None:
        allowed = self.limits.seconds + (0 if worker.ready else _STARTUP_SECONDS)
        if time.monotonic() - worker.started > allowed:
            self._replace(worker)
            return Problem.of(ProblemKind.TOO_SLOW, limit=self.limits.describe_time())
        if worker.rss_bytes() > self.limits.memory_bytes:
            self._replace(worker)
            return Problem.of(ProblemKind.TOO_LARGE, limit=self.limits.describe_memory())
        return None

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker, taking back the jobs queued behind the one it was reading; a
        fresh worker is started when a job needs it."""
        worker.kill()
        self._workers.remove(worker)
        self._take_back(worker, everything=False)

    def _take_back(self, worker: _Worker, *, everything: bool) -> None:
        """Deal ``worker``'s waiting jobs again, first; with ``everything``, the first too
        (a worker that retired between files had not started it)."""
        keep = 0 if everything else 1
        while len(worker.jobs) > keep:
            self._undealt.appendleft(worker.jobs.pop())
