"""Crash safety of ``casedesk backup``: a kill leaves no file that looks like a whole backup.

The backup is run once to the end to time it, then started and SIGKILLed at seeded random
moments over that time.  After each kill the only file under the backup's name is a whole
backup (the kill came after it was kept) or there is none: what a kill leaves is a hidden
``.part`` file.  The last backup kept restores to an archive with the source's counts.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from tests.reliability.conftest import SEED, SOAK
from tests.reliability.test_kill_ingest import kill_at, no_survivors
from tests.reliability.workload import run_casedesk, start_casedesk
from tests.support.backups import build_source

KILLS = 6 * SOAK


def test_sigkill_during_a_backup_leaves_no_file_that_looks_whole(tmp_path: Path, figures) -> None:
    """GIVEN an archive with 40 MB of outputs WHEN an encrypted backup to a file is SIGKILLed
    at seeded random moments THEN after each kill the target is absent or restores whole, and
    nothing else but hidden part files is left beside it; AND the archive is unchanged."""
    source = build_source(tmp_path / "source", tmp_path / "work", extra_bytes=40 << 20)
    out_dir = tmp_path / "backups"
    out_dir.mkdir()
    args = ("backup", out_dir / "office.cdbak", "--password", "pw")
    started = time.monotonic()
    first = run_casedesk(source, *args)
    assert first.code == 0, first.err
    seconds = time.monotonic() - started
    (out_dir / "office.cdbak").unlink()
    rng = random.Random(f"{SEED}-backup")
    killed, groups, kept = 0, [], 0
    for _ in range(KILLS):
        process = start_casedesk(source, *args)
        killed += kill_at(process, rng.uniform(0.0, seconds))
        groups.append(process.pid)
        visible = [p.name for p in out_dir.iterdir() if not p.name.startswith(".")]
        assert visible in ([], ["office.cdbak"]), visible
        if visible:
            kept += 1
            restored = tmp_path / f"restored-{kept}"
            done = run_casedesk(source, "restore", out_dir / visible[0], "--archive", restored,
                                "--password", "pw", "--json")  # fmt: skip
            assert done.code == 0, done.err
            (out_dir / "office.cdbak").unlink()
        for part in out_dir.glob(".*"):
            part.unlink()
    no_survivors(groups)
    assert killed >= KILLS // 2, "the backup ended before most kill points: make it larger"
    assert run_casedesk(source, "check").code == 0
    figures.add("kill_points_backup", killed)
    figures.put("backup_seconds_40mb", round(seconds, 2))
