"""A full disk during ``casedesk add``: a plain message, a sound archive, a re-run that finishes.

Two ways to fill the disk.  Always: a fault-injecting wrapper makes every file write of
the ``casedesk`` process fail with ENOSPC once a byte budget is spent (originals and
outputs are written through ``os.fdopen``).  As root where mounting is allowed: the
archive lives on a 3 MB tmpfs that really fills up — SQLite and the Whoosh index hit the
wall too — and is grown afterwards to free the space.
"""

from __future__ import annotations

import contextlib
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.conftest import SEED
from tests.reliability.workload import check_passes, run_casedesk

# Runs casedesk with os.fdopen'd files that fail with ENOSPC past a byte budget.
_FULL_DISK_RUNNER = """
import errno, os, sys
budget = [int(sys.argv.pop(1))]
real_fdopen = os.fdopen

class FillingFile:
    def __init__(self, file):
        self._file = file
    def write(self, data):
        budget[0] -= len(data)
        if budget[0] < 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self._file.write(data)
    def __getattr__(self, name):
        return getattr(self._file, name)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self._file.__exit__(*exc)

def fdopen(fd, mode="r", *args, **kwargs):
    file = real_fdopen(fd, mode, *args, **kwargs)
    return FillingFile(file) if "w" in mode or "a" in mode else file

os.fdopen = fdopen
from desktop.cli.main import main
sys.argv[0] = "casedesk"
sys.exit(main())
"""

WORDS = [
    "statement",
    "hearing",
    "appointment",
    "embassy",
    "passport",
    "visa",
    "family",
    "threat",
    "radio",
    "school",
]


def _notes(folder: Path, count: int, size: int) -> Path:
    """``count`` text files of about ``size`` bytes drawn from 500 words."""
    rng = random.Random(SEED)
    folder.mkdir()
    for i in range(count):
        words = [f"{rng.choice(WORDS)}{rng.randrange(50)}" for _ in range(size // 10)]
        (folder / f"note-{i:03}.txt").write_text(f"Case AFG-2024-{i:05}\n" + " ".join(words))
    return folder


def _is_plain_disk_full(result) -> bool:
    return (
        result.code == 2
        and "The disk is full" in result.err
        and "unexpected" not in result.err
        and "Traceback" not in result.err
    )


def _finishes_exactly(archive: Path, folder: Path, count: int) -> None:
    check_passes(archive)
    rerun = run_casedesk(archive, "add", folder, "--json")
    assert rerun.code == 0, rerun.err
    summary = rerun.json
    assert summary["added"] + summary["unchanged"] == count and summary["problems"] == []
    report = check_passes(archive)
    assert report["documents"] == report["index_documents"] == count


def test_a_write_failing_with_disk_full_is_reported_plainly_and_the_add_can_finish(
    tmp_path: Path, figures
) -> None:
    """GIVEN 30 notes and file writes that fail with ENOSPC after 200 KB
    WHEN casedesk add runs THEN it stops with exit 2 and "The disk is full …" (no traceback),
    check passes, AND WHEN run again with space THEN every note is added and check passes."""
    folder = _notes(tmp_path / "notes", 30, 20_000)
    archive = tmp_path / "archive"
    env = {**os.environ, "CASEDESK_ARCHIVE": str(archive)}
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK_RUNNER, str(200_000), "add", str(folder)],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    from tests.cli.conftest import Result

    result = Result(done.returncode, done.stdout, done.stderr)
    assert _is_plain_disk_full(result), result.err
    _finishes_exactly(archive, folder, 30)
    figures.add("disk_full_runs", 1)


@contextlib.contextmanager
def _small_tmpfs(mountpoint: Path, size: str) -> Iterator[Path]:
    mountpoint.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mountpoint)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


def test_a_really_full_disk_stops_add_plainly_and_freeing_space_lets_it_finish(
    tmp_path: Path, figures
) -> None:
    """GIVEN an archive on a 3 MB tmpfs and 40 notes of 80 KB (more than fits)
    WHEN casedesk add runs THEN exit 2 with "The disk is full …" and no traceback;
    AND WHEN the tmpfs is grown to 64 MB THEN check passes and the same add finishes exactly."""
    folder = _notes(tmp_path / "notes", 40, 80_000)
    with _small_tmpfs(tmp_path / "small", "3m") as mountpoint:
        archive = mountpoint / "archive"
        full = run_casedesk(archive, "add", folder)
        assert _is_plain_disk_full(full), full.err
        subprocess.run(["mount", "-o", "remount,size=64m", str(mountpoint)], check=True)
        _finishes_exactly(archive, folder, 40)
    figures.add("disk_full_runs", 1)
