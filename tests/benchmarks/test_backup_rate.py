"""A small backup benchmark run gives every figure (correctness only, no timing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import backup_rate
from tests.support.backups import build_source

pytestmark = pytest.mark.slow


def test_small_run_reports_every_figure(tmp_path: Path) -> None:
    """GIVEN a small archive WHEN the backup benchmark runs with 2 MB more
    THEN the JSON has time and memory for plain, encrypted, folder and larger runs, and each
    restore gave back the counts of its backup."""
    source = build_source(tmp_path / "source", tmp_path / "work")
    report_path = tmp_path / "backup.json"
    argv = [str(source), "--work", str(tmp_path / "bench"), "--extra-mb", "2",
            "--json", str(report_path)]  # fmt: skip
    assert backup_rate.main(argv) == 0
    report = json.loads(report_path.read_text())
    for run in ("plain", "encrypted", "larger"):
        restore = report[run]["restore"]
        assert restore["answer"]["counts"] == restore["answer"]["expected"]
        assert report[run]["backup"]["peak_tree_rss_mb"] > 0
    assert report["folder"]["increment"]["answer"]["kind"] == "increment"
    assert report["larger"]["bytes"] > 2 << 20
