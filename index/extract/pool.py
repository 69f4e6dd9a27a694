"""Extraction in worker processes that are killed from outside at their limits.

PDF and Office readers can hang or swallow exceptions on hostile files (pypdf catches
``Exception`` internally), so a time limit raised inside the reader cannot be relied
on.  Each worker is a separate process; the pool watches its clock and its memory and
kills it (SIGKILL) when it passes a limit, records why, and starts a fresh worker.  A
worker that dies on its own (a crash in native code) is reported the same way.  The
caller's process is never at risk.
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from index.errors import CaseDeskError
from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.problems import Problem, ProblemKind
from index.processes import die_with_parent, give_back_memory

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
    """

    token: Any
    path: Path
    suffix: str
    options: ExtractOptions
    then: Callable[[Extraction], Any] | None = None


Outcome = Extraction | Problem | Any  # Any: what a job's ``then`` returns


def _quiet_readers() -> None:
    """Silence the readers' own warnings: they are noise to a volunteer, and may quote files."""
    logging.disable(logging.WARNING)
    warnings.simplefilter("ignore")


def _worker_main(conn: Connection, memory_bytes: int, parent_pid: int) -> None:
    """Loop in the worker process: receive a job, send back its outcome."""
    die_with_parent(parent_pid)
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


def _extract_safely(extract_file: Callable[..., Extraction], job: Job) -> Outcome:
    try:
        extraction = extract_file(job.path, job.suffix, job.options)
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
    """One worker process and the job it is running, if any."""

    def __init__(self, context: multiprocessing.context.BaseContext, memory_bytes: int) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main,
            args=(child, memory_bytes, os.getpid()),
            daemon=True,
            name="casedesk-extract",
        )
        self.process.start()
        child.close()
        self.job: Job | None = None
        self.started = 0.0
        self.ready = False

    def give(self, job: Job) -> None:
        self.job, self.started = job, time.monotonic()
        with contextlib.suppress(OSError):
            # A worker that died while idle: collecting finds it dead and reports the job
            # as crashed (a BrokenPipeError escaping would end the command silently).
            self.conn.send(job)

    def rss_bytes(self) -> int:
        try:
            with open(f"/proc/{self.process.pid}/statm", "rb") as f:
                return int(f.read().split()[1]) * _PAGE_SIZE
        except (OSError, IndexError, ValueError):
            return 0

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

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker (killing those still busy)."""
        for worker in self._workers:
            if worker.job is None:
                worker.stop()
            else:
                worker.kill()
        self._workers.clear()

    def run(self, next_job: Callable[[], Job | None]) -> Iterator[tuple[Job, Outcome]]:
        """Read jobs until ``next_job`` has none left; yield each job with its outcome.

        ``next_job`` is asked whenever a worker is free, so the caller can prepare the
        next file while workers read the current ones, and can add jobs (attachments)
        while results come in.  Outcomes come in the order jobs finish.
        """
        while True:
            no_more = self._fill(next_job)
            busy = [w for w in self._workers if w.job is not None]
            if no_more and not busy:
                return
            yield from self._collect(busy)

    def _fill(self, next_job: Callable[[], Job | None]) -> bool:
        """Give a job to every free worker; True when ``next_job`` had none left."""
        while any(w.job is None for w in self._workers) or len(self._workers) < self.size:
            job = next_job()
            if job is None:
                return True
            self._free_worker().give(job)
        return False

    def _free_worker(self) -> _Worker:
        idle = [w for w in self._workers if w.job is None]
        for worker in idle:
            if worker.rss_bytes() > self.retire_bytes:  # swollen by its last file
                worker.stop()
                self._workers.remove(worker)
            else:
                return worker
        worker = _Worker(self._context, self.limits.memory_bytes)
        self._workers.append(worker)
        return worker

    def _collect(self, busy: list[_Worker]) -> Iterator[tuple[Job, Outcome]]:
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], _POLL_SECONDS)
        for worker in busy:
            outcome = self._outcome(worker, ready)
            if outcome is not None:
                job, worker.job = worker.job, None
                assert job is not None
                yield job, outcome

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
        """Kill a worker; a fresh one is started when the next job needs it."""
        worker.kill()
        self._workers.remove(worker)
