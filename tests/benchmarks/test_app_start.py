"""The app-start benchmark opens the real window on an archive and reports every figure
(correctness only, no timing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import app_start

pytestmark = pytest.mark.slow


def test_a_small_run_reports_every_figure(tmp_path: Path) -> None:
    """GIVEN 60 invented documents added by the real command WHEN the app-start benchmark
    opens the window on them THEN the report has the window's start, each query's time,
    memory, the baseline's figures, the index's parts and a verdict for every target."""
    report_path = tmp_path / "start.json"
    argv = ["--count", "60", "--workdir", str(tmp_path / "work"), "--json", str(report_path)]
    app_start.main(argv)  # its exit status is the verdict, which timing decides

    report = json.loads(report_path.read_text())
    assert report["archive_documents"] == 60
    assert report["index_segments"] >= 1
    window, baseline = report["window"], report["baseline"]
    assert window["interactive_s"] > 0 and window["first_results_s"] > 0
    assert set(window["search_ms"]) == set(app_start.QUERIES)
    assert all(ms is not None and ms > 0 for ms in window["search_ms"].values())
    assert window["rss_mb"] > 0 and window["peak_mb"] >= window["rss_mb"]
    assert set(baseline["engine_search_ms"]) == set(app_start.QUERIES)
    assert set(report["met"]) == set(app_start.TARGETS)
    assert report["casedesk_add"]["files"] == 60
