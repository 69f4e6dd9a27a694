"""A killed ingest (kill -9) loses nothing: re-run it and the archive is whole and exact."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from tests.cli.conftest import casedesk_command
from tests.support.hostile import simple_pdf


def _documents(catalog: Path) -> int:
    try:
        db = sqlite3.connect(f"{catalog.as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def _large_folder(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        if i % 10 == 0:
            simple_pdf(folder / f"letter-{i:04}.pdf", [f"Letter {i} page {p}" for p in range(3)])
        else:
            (folder / f"note-{i:04}.txt").write_text(f"Note {i} for case AFG-2024-{i:05}\n" * 20)
    return folder


def test_kill_9_during_ingest_then_rerun_gives_exact_counts(tmp_path: Path, casedesk) -> None:
    """GIVEN an ingest of 1,200 files WHEN it is killed with SIGKILL part way
    THEN re-running it exits 0 with every file accounted, no duplicates, and check passes."""
    folder = _large_folder(tmp_path / "big", 1200)
    env = {**os.environ, "CASEDESK_ARCHIVE": str(casedesk.archive)}
    process = subprocess.Popen(
        [*casedesk_command(), "add", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    catalog = casedesk.archive / "catalog.sqlite"
    deadline = time.monotonic() + 120
    while _documents(catalog) < 250 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the ingest finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()
    done_before = _documents(catalog)
    assert 250 <= done_before < 1200

    rerun = casedesk("add", folder, "--json")
    assert rerun.code == 0, rerun.err
    summary = rerun.json
    assert summary["unchanged"] == done_before
    assert summary["added"] == 1200 - done_before
    assert summary["problems"] == [] and summary["duplicates"] == 0
    stats = casedesk("stats", "--json").json
    assert stats["documents"] == stats["index_documents"] == 1200
    check = casedesk("check", "--json")
    assert check.code == 0, check.out
