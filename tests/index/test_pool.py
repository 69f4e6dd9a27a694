"""The extraction pool kills readers from outside at their time and memory limits."""

from __future__ import annotations

import time
from pathlib import Path

from index.extract.base import Extraction, ExtractOptions
from index.extract.pool import QUEUE_BYTES, ExtractionPool, Job, Limits
from index.problems import Problem, ProblemKind
from tests.support.hostile import simple_pdf, xobject_bomb_pdf


def _run(pool: ExtractionPool, jobs: list[Job]) -> dict[str, object]:
    pending = iter(jobs)
    return {job.token: outcome for job, outcome in pool.run(lambda: next(pending, None))}


def _job(token: str, path: Path, size: int | None = None) -> Job:
    """A job for ``path``; with its real size, so small files may wait in a busy worker."""
    size = path.stat().st_size if size is None else size
    return Job(token, path, path.suffix, ExtractOptions(), size=size)


def _waiting_at_each_outcome(pool: ExtractionPool, jobs: list[Job]) -> list[tuple[str, int]]:
    """Each outcome's token with how many jobs were already in the workers' pipes when it
    came back (given before it, not yet read)."""
    pending, seen = iter(jobs), []
    for job, outcome in pool.run(lambda: next(pending, None)):
        assert isinstance(outcome, Extraction), outcome
        seen.append((job.token, sum(len(w.jobs) for w in pool._workers)))
    return seen


def test_a_reader_that_runs_too_long_is_killed_and_the_rest_go_on(tmp_path: Path) -> None:
    """GIVEN a PDF whose page takes minutes to read, and two ordinary PDFs
    WHEN the pool reads them with a 1.5 second limit
    THEN the slow one is a "too slow" problem within a few seconds and the others are read."""
    bomb = xobject_bomb_pdf(tmp_path / "bomb.pdf", depth=12)
    good = [simple_pdf(tmp_path / f"ok{i}.pdf", [f"page of file {i}"]) for i in range(2)]
    started = time.monotonic()
    with ExtractionPool(workers=2, limits=Limits(seconds=1.5, memory_bytes=8 << 30)) as pool:
        outcomes = _run(pool, [_job("bomb", bomb)] + [_job(p.name, p) for p in good])
    assert time.monotonic() - started < 20
    problem = outcomes["bomb"]
    assert isinstance(problem, Problem) and problem.kind is ProblemKind.TOO_SLOW
    assert "1.5 seconds" in problem.reason
    for p in good:
        assert isinstance(outcomes[p.name], Extraction)


def test_a_reader_that_eats_memory_is_killed_at_the_limit(tmp_path: Path) -> None:
    """GIVEN a PDF that needs gigabytes of memory to read
    WHEN the pool reads it with a 300 MB memory limit and a long time limit
    THEN it becomes a "too large" problem naming the limit, long before the time limit."""
    bomb = xobject_bomb_pdf(tmp_path / "bomb.pdf", depth=12)
    started = time.monotonic()
    with ExtractionPool(workers=1, limits=Limits(seconds=120, memory_bytes=300 << 20)) as pool:
        outcomes = _run(pool, [_job("bomb", bomb)])
    assert time.monotonic() - started < 60
    problem = outcomes["bomb"]
    assert isinstance(problem, Problem) and problem.kind is ProblemKind.TOO_LARGE
    assert "300 MB" in problem.reason


def test_a_worker_is_replaced_after_a_kill(tmp_path: Path) -> None:
    """GIVEN one worker and a file that gets it killed, followed by a good file (small:
    it waits in the doomed worker's pipe) WHEN both are read
    THEN a fresh worker reads the good file, which is not reported as the killed one's."""
    bomb = xobject_bomb_pdf(tmp_path / "bomb.pdf", depth=12)
    good = simple_pdf(tmp_path / "good.pdf", ["still read"])
    with ExtractionPool(workers=1, limits=Limits(seconds=1.0)) as pool:
        outcomes = _run(pool, [_job("bomb", bomb), _job("good", good)])
    assert good.stat().st_size <= QUEUE_BYTES
    assert isinstance(outcomes["bomb"], Problem)
    extraction = outcomes["good"]
    assert isinstance(extraction, Extraction) and "still read" in extraction.pages[0]


def test_a_busy_worker_is_given_its_next_small_file_before_it_finishes(tmp_path: Path) -> None:
    """GIVEN one worker and three small PDFs WHEN the pool reads them
    THEN each next file is already waiting in the worker's pipe when the outcome of the one
    being read comes back, so the worker never waits for the caller between files."""
    files = [simple_pdf(tmp_path / f"s{i}.pdf", [f"small file {i}"]) for i in range(3)]
    with ExtractionPool(workers=1) as pool:
        seen = _waiting_at_each_outcome(pool, [_job(p.stem, p) for p in files])
    assert seen == [("s0", 1), ("s1", 1), ("s2", 0)]


def test_a_large_file_waits_for_a_free_worker(tmp_path: Path) -> None:
    """GIVEN one worker and files above the queueing size WHEN the pool reads them
    THEN each is given only once the worker is free (a long file queued behind a long file
    would leave the other workers idle at the end)."""
    files = [simple_pdf(tmp_path / f"l{i}.pdf", [f"large file {i}"]) for i in range(2)]
    with ExtractionPool(workers=1) as pool:
        seen = _waiting_at_each_outcome(pool, [_job(p.stem, p, QUEUE_BYTES + 1) for p in files])
    assert seen == [("l0", 0), ("l1", 0)]


def test_jobs_added_while_running_are_read(tmp_path: Path) -> None:
    """GIVEN a job source that adds a job after the first result (as attachments do)
    WHEN the pool runs
    THEN both jobs are read."""
    first = simple_pdf(tmp_path / "a.pdf", ["first"])
    second = simple_pdf(tmp_path / "b.pdf", ["second"])
    queue = [_job("a", first)]
    seen = []
    with ExtractionPool(workers=2) as pool:
        for job, _outcome in pool.run(lambda: queue.pop() if queue else None):
            seen.append(job.token)
            if job.token == "a":
                queue.append(_job("b", second))
    assert seen == ["a", "b"]


def test_a_worker_whose_ingest_died_while_it_started_leaves_at_once() -> None:
    """GIVEN a worker starting after the process that launched it has already died (SIGKILLed
    while the worker was booting, so the die-with-parent request comes too late)
    WHEN it asks to die with its parent THEN it exits at once instead of loading the readers."""
    import subprocess
    import sys

    code = "from index.processes import die_with_parent; die_with_parent(1); print('alive')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (0, "")


def test_a_worker_that_died_while_idle_is_reported_not_raised(tmp_path: Path) -> None:
    """GIVEN a pool whose idle worker has died (killed from outside between two jobs)
    WHEN the next job is given to it THEN that job is a "crashed" problem, no BrokenPipeError
    escapes (the command line would take it for a closed terminal), and the next job is read."""
    files = [simple_pdf(tmp_path / f"ok{i}.pdf", [f"page of file {i}"]) for i in range(3)]
    with ExtractionPool(workers=1, limits=Limits(seconds=30)) as pool:
        first = _run(pool, [_job("first", files[0])])
        worker = pool._workers[0]
        worker.process.kill()
        worker.process.join(5)
        outcomes = _run(pool, [_job("second", files[1]), _job("third", files[2])])
    assert isinstance(first["first"], Extraction)
    assert isinstance(outcomes["second"], Problem)
    assert outcomes["second"].kind is ProblemKind.CRASHED
    assert isinstance(outcomes["third"], Extraction)


def test_the_time_limit_counts_reading_not_starting_the_reader(tmp_path: Path) -> None:
    """GIVEN fresh workers (starting one loads the readers: about a second, more on a busy
    machine) and a 0.5 s time limit WHEN two small PDFs are read
    THEN both are read: the clock starts when the worker is ready, not when it is launched."""
    files = [simple_pdf(tmp_path / f"ok{i}.pdf", [f"page of file {i}"]) for i in range(2)]
    with ExtractionPool(workers=2, limits=Limits(seconds=0.5)) as pool:
        outcomes = _run(pool, [_job(p.name, p) for p in files])
    assert all(isinstance(outcomes[p.name], Extraction) for p in files), outcomes


def test_a_worker_left_holding_much_memory_is_replaced_before_its_next_file(
    tmp_path: Path,
) -> None:
    """GIVEN one worker and three small files WHEN each file leaves the worker above the
    pool's retire size (here: any size) THEN each file is read by a fresh process and read
    well (the one waiting in the retiring worker's pipe goes to the next worker); with the
    usual retire size one process reads them all."""
    files = [simple_pdf(tmp_path / f"f{i}.pdf", [f"text of file {i}"]) for i in range(3)]

    def readers(retire_bytes: int) -> list[int]:
        pending = iter([_job(p.name, p) for p in files])
        seen = []
        with ExtractionPool(workers=1) as pool:
            if retire_bytes:
                pool.retire_bytes = retire_bytes
            for job, outcome in pool.run(lambda: next(pending, None)):
                assert isinstance(outcome, Extraction) and job.token[1] in outcome.pages[0]
                seen += [w.process.pid for w in pool._workers]
        return seen

    assert len(set(readers(retire_bytes=1))) == 3
    assert len(set(readers(retire_bytes=0))) == 1


def test_a_jobs_then_runs_in_the_worker_and_its_failure_is_the_files_problem(
    tmp_path: Path,
) -> None:
    """GIVEN two PDFs, one job asking for its pages after reading and one asking for an
    attribute an extraction does not have
    WHEN the pool reads them
    THEN the first outcome is the page texts themselves, and the second a "damaged"
    problem naming only the exception class."""
    from operator import attrgetter

    first = simple_pdf(tmp_path / "first.pdf", ["text done in the worker"])
    second = simple_pdf(tmp_path / "second.pdf", ["never mind"])
    jobs = [
        Job("first", first, ".pdf", ExtractOptions(), attrgetter("pages")),
        Job("second", second, ".pdf", ExtractOptions(), attrgetter("no_such_part")),
    ]
    with ExtractionPool(workers=1) as pool:
        outcomes = _run(pool, jobs)
    assert isinstance(outcomes["first"], tuple)
    assert "text done in the worker" in outcomes["first"][0]
    problem = outcomes["second"]
    assert isinstance(problem, Problem) and problem.kind is ProblemKind.DAMAGED
    assert problem.detail == "AttributeError"


def test_workers_run_at_a_lower_priority_than_the_process_that_started_them(
    tmp_path: Path,
) -> None:
    """GIVEN a pool WHEN a worker has read a file THEN it runs WORKER_NICE below this
    process's priority, so that with every core busy the starting process's threads
    (a window's, holding Python's interpreter lock) are run first."""
    import os

    from index.processes import WORKER_NICE

    note = tmp_path / "note.txt"
    note.write_text("A short note.")
    with ExtractionPool(workers=1) as pool:
        assert isinstance(_run(pool, [_job("note", note)])["note"], Extraction)
        worker = pool._workers[0].process.pid
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, worker) == min(19, ours + WORKER_NICE)
