"""A small ingest benchmark run gives every figure (correctness only, no timing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import ingest_rate
from benchmarks.recoll_run import available

pytestmark = pytest.mark.slow


def test_small_run_reports_every_figure(tmp_path: Path) -> None:
    """GIVEN 100 generated documents WHEN the ingest benchmark runs THEN the JSON has the
    add, re-add, extraction, indexing, FTS5 and ratio figures, nothing failed, and Recoll's
    figures or the reason they are missing."""
    report_path = tmp_path / "ingest.json"
    argv = ["--count", "100", "--workdir", str(tmp_path / "work"), "--json", str(report_path)]
    assert ingest_rate.main(argv) == 0

    report = json.loads(report_path.read_text())
    assert report["partial"] is False
    add = report["casedesk_add"]
    assert add["files"] == 100
    assert add["problems"] == 0
    assert add["readd_unchanged"] == 100
    assert add["documents"] > 100  # the emails' attachments are documents too
    assert add["index_segments"] >= 1
    for key in (
        "wall_s",
        "files_per_s",
        "pages_per_s",
        "peak_tree_rss_mb",
        "peak_tree_pss_mb",
        "readd_percent",
    ):
        assert add[key] > 0, key
    alone = report["alone"]
    assert alone["documents"] == add["documents"]
    assert alone["failed"] == []
    for part in ("extraction", "preparation", "whoosh_indexing", "fts5_insert"):
        assert alone[part]["cpu_s"] > 0, part
    assert report["efficiency"]["efficiency_ratio"] > 0
    assert report["casedesk_optimise"]["segments_after"] == 1  # the state app_start opens
    recoll, missing = report["recollindex"], available()
    if not missing:
        assert recoll["returncode"] == 0
        assert recoll["files_done"] >= 100
    else:
        assert recoll == {"available": False, "reason": missing}


def test_add_only_with_optimise_reports_the_add_and_the_merge(tmp_path: Path) -> None:
    """GIVEN 60 generated documents WHEN the benchmark runs with --add-only --optimise
    THEN the JSON has the add and the optimise (one segment after it), and no baselines."""
    report_path = tmp_path / "ingest.json"
    work = ["--workdir", str(tmp_path / "work"), "--json", str(report_path)]
    assert ingest_rate.main(["--count", "60", *work, "--add-only", "--optimise"]) == 0
    report = json.loads(report_path.read_text())
    assert report["partial"] is False and "alone" not in report
    assert report["casedesk_add"]["added"] == 60
    optimise = report["casedesk_optimise"]
    assert optimise["segments_after"] == 1 and optimise["wall_s"] > 0
