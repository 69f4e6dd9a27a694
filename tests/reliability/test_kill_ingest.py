"""Crash safety of ``casedesk add``: SIGKILL at many random moments loses nothing.

One uninterrupted run measures how long the job takes and gives the reference counts.
Then, on fresh archives, the same add is started and killed (SIGKILL, no chance to clean
up) at moments drawn from a seeded generator over that duration (scaled down to what is
left of the job after earlier kills), several times in a row;
after every kill the archive must pass ``casedesk check`` and every stored original must
be byte-identical to its source.  A final run must finish with counts that add up and a
catalog equal to the reference run's.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from tests.reliability.conftest import SEED, SOAK
from tests.reliability.workload import (
    check_passes,
    run_casedesk,
    start_casedesk,
    stored_copies_match_sources,
    workload,
)

# With the 4 + 4 kills of test_kill_outputs, ≥ 50 kill points per CI run.
KILL_POINTS = 42 * SOAK
KILLS_PER_ARCHIVE = 11


@pytest.fixture(scope="module")
def job(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The workload folder, and what one uninterrupted add of it did and took."""
    corpus = CORPUS if CORPUS.is_dir() else None  # without it, generated files only
    base = tmp_path_factory.mktemp("kill")
    folder = workload(base / "files", corpus, generated=30)
    started = time.monotonic()
    first = run_casedesk(base / "reference", "add", folder, "--json", "--workers", "2")
    seconds = time.monotonic() - started
    assert first.code in (0, 1), first.err
    return {
        "folder": folder,
        "seconds": seconds,
        "summary": first.json,
        "catalog": _catalog_counts(base / "reference"),
    }


def _catalog_counts(archive: Path) -> dict[str, int]:
    db = sqlite3.connect(f"{(archive / 'catalog.sqlite').as_uri()}?mode=ro", uri=True)
    try:
        return {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "pages", "paths", "problems", "originals", "refs")
        }
    finally:
        db.close()


def kill_at(process: subprocess.Popen, seconds: float) -> bool:
    """SIGKILL ``process`` after ``seconds`` unless it ends first; True when it was killed.

    Only the command itself is killed: its reader processes must die with it, which
    :func:`no_survivors` checks.
    """
    try:
        process.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        pass
    process.send_signal(signal.SIGKILL)
    process.communicate()
    return True


def no_survivors(groups: list[int]) -> None:
    """No process of the killed commands' process groups is left (readers died with them)."""
    deadline = time.monotonic() + 10
    alive = list(groups)
    while alive and time.monotonic() < deadline:
        alive = [g for g in alive if _group_alive(g)]
        time.sleep(0.05)
    for group in alive:
        os.killpg(group, signal.SIGKILL)
    assert not alive, f"{len(alive)} killed command(s) left reader processes running"


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def test_sigkill_at_random_moments_loses_nothing(job: dict, tmp_path: Path, figures) -> None:
    """GIVEN a mixed folder of generated and real files and the counts of one clean add
    WHEN the same add is SIGKILLed at ≥ 42 seeded random moments (11 in a row per archive)
    THEN after each kill check passes and stored originals equal their sources, AND the
    final run accounts for every file and leaves the same catalog as the clean run."""
    rng = random.Random(SEED)
    killed = archives = compared = 0
    groups: list[int] = []
    # The limit only stops a loop that cannot reach its kill points; a busy machine (the
    # other test process, other work) makes every run longer, so it grows with the clean
    # run's time: 180 s when that took 12 s, as on a quiet machine.
    deadline = time.monotonic() + max(180.0, 15 * job["seconds"]) * SOAK
    while killed < KILL_POINTS and time.monotonic() < deadline:
        archive = tmp_path / f"archive-{archives}"
        archives += 1
        for _ in range(min(KILLS_PER_ARCHIVE, KILL_POINTS - killed)):
            moment = rng.uniform(0.0, job["seconds"] * _left_to_do(archive, job))
            process = start_casedesk(archive, "add", job["folder"], "--json", "--workers", "2")
            if not kill_at(process, moment):
                break
            killed += 1
            groups.append(process.pid)
            if (archive / "catalog.sqlite").exists():
                check_passes(archive)
                compared += stored_copies_match_sources(archive)
        _finish_exactly(archive, job, again=archives == 1)
    no_survivors(groups)
    figures.add("kill_points_ingest", killed)
    figures.add("kill_archives_ingest", archives)
    figures.add("kill_originals_compared", compared)
    figures.put("kill_uninterrupted_seconds", round(job["seconds"], 2))
    assert killed >= KILL_POINTS, f"only {killed} kill points in the time allowed"


def _left_to_do(archive: Path, job: dict) -> float:
    """About what share of the job a re-run still has to do (never below a third, so
    kills also land in the start-up, the re-hashing and the final indexing)."""
    if not (archive / "catalog.sqlite").exists():
        return 1.0
    done, total = _catalog_counts(archive), job["catalog"]
    settled = done["paths"] + done["problems"]
    return max(1 / 3, 1 - settled / (total["paths"] + total["problems"]))


def _finish_exactly(archive: Path, job: dict, *, again: bool) -> None:
    """Re-run the add to the end: every file accounted, the catalog as after a clean run."""
    rerun = run_casedesk(archive, "add", job["folder"], "--json", "--workers", "2")
    assert rerun.code in (0, 1) and rerun.out, (rerun.code, rerun.err)
    summary, reference = rerun.json, job["summary"]
    assert summary["given"] == reference["given"]
    accounted = (
        summary["added"] + summary["unchanged"] + summary["duplicates"] + len(summary["problems"])
    )
    assert accounted == summary["given"] and summary["not_done"] == 0
    assert len(summary["problems"]) == len(reference["problems"])
    assert _catalog_counts(archive) == job["catalog"]
    report = check_passes(archive)
    assert report["documents"] == report["index_documents"] == job["catalog"]["documents"]
    if again:
        rerun = json.loads(run_casedesk(archive, "add", job["folder"], "--json").out)
        assert rerun["added"] == 0 and rerun["extracted"] == 0
