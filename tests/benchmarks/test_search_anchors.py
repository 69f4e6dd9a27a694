"""The search benchmark's anchors (tantivy, Recoll) and its growth table."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from benchmarks import recoll_anchor, search_growth, tantivy_anchor
from benchmarks.anchor_queries import recoll_text, tantivy_text
from benchmarks.corpus import documents
from benchmarks.search_latency import build, fts_search, queries, samples

DOCS = 150
# Where the anchors' languages cannot say what FTS5 says (anchor_queries' docstring).
TANTIVY_DIFFERS = {"type:form visa", "Qasim~", "interpeter~"}


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """CaseDesk's and FTS5's benchmark indexes of 150 Zipfian documents, and the probes."""
    workdir = tmp_path_factory.mktemp("search-bench") / "index"
    build(workdir, DOCS, "zipf")
    return workdir, queries(*samples(DOCS, "zipf"))


def fts_totals(workdir: Path, probes: list) -> dict[str, int]:
    db = sqlite3.connect(workdir / "pages.sqlite")
    try:
        return {p.casedesk: fts_search(db, p) for p in probes}
    finally:
        db.close()


def test_queries_are_mapped_into_each_language(bench: tuple[Path, list]) -> None:
    """GIVEN the benchmark's probes THEN the wildcard, date, kind and NOT are written in
    tantivy's and Recoll's own syntax."""
    _, probes = bench
    by_text = {p.casedesk: p for p in probes}
    assert tantivy_text(by_text["Ahmad*"]).startswith("title:/ahmad.*/ OR body:/ahmad.*/")
    assert tantivy_text(by_text["interview date:2022"]) == (
        "interview AND date:[20220101 TO 20221231]"
    )
    assert tantivy_text(by_text["type:form visa"]) == "kind:form AND visa"
    assert recoll_text(by_text["visa -email"]) == "visa -email"
    assert recoll_text(by_text["date:2023-10..2023-12"]) == "date:2023-10-01/2023-12-31"
    assert recoll_text(by_text["familyname:Ahmadzai"]) == "ahmadzai"


@pytest.mark.skipif(bool(tantivy_anchor.missing()), reason="tantivy is not installed")
def test_tantivy_finds_what_fts5_finds(bench: tuple[Path, list], tmp_path: Path) -> None:
    """GIVEN tantivy's index of the same documents WHEN every probe is searched THEN its
    counts are FTS5's, except where its language says something else (kind, fuzzy)."""
    workdir, probes = bench
    tantivy_anchor.build(tmp_path / "tantivy", documents(DOCS, vocabulary="zipf"))
    run = tantivy_anchor.run(tmp_path / "tantivy", probes, repeat=1)
    expected = fts_totals(workdir, probes)
    same = {q: n for q, n in run["totals"].items() if q not in TANTIVY_DIFFERS}
    assert same == {q: n for q, n in expected.items() if q not in TANTIVY_DIFFERS}
    assert sum(same.values()) > 0
    assert 0 < run["totals"]["type:form visa"] < expected["type:form visa"]
    assert all(len(times) == 1 for times in run["times"].values())
    assert all(cpu[0] > 0 for cpu in run["cpu"].values())


@pytest.mark.skipif(
    bool(recoll_anchor.missing() or recoll_anchor.module_missing()),
    reason="Recoll or its Python module is not installed",
)
def test_recoll_two_ways_agree_and_filter_by_date(bench: tuple[Path, list], tmp_path: Path) -> None:
    """GIVEN Recoll's index of the same documents, dated as they are WHEN every probe is
    asked through the module and by recollq THEN both count alike where the count is
    small enough to be exact, and the date filters and phrases count as FTS5."""
    workdir, probes = bench
    built = recoll_anchor.build(tmp_path / "recoll", documents(DOCS, vocabulary="zipf"))
    assert built["documents_in_index"] == DOCS + 1  # Recoll counts the folder too
    module = recoll_anchor.run_module(tmp_path / "recoll", probes, repeat=1)
    cli = recoll_anchor.run_cli(tmp_path / "recoll", probes, repeat=1)
    assert module["totals"] == cli["totals"]
    expected = fts_totals(workdir, probes)
    for probe in probes:
        if probe.group in ("date", "phrase"):
            assert cli["totals"][probe.casedesk] == expected[probe.casedesk] > 0
    assert cli["start_and_open_ms"]["p50"] > 0


def result(docs: int, p50: float, p99: float) -> dict:
    stats = {"p50": p50, "p95": p99, "p99": p99, "max": p99}
    return {
        "docs": docs,
        "vocabulary": "zipf",
        "facets": False,
        "casedesk": stats,
        "fts5": stats,
        "casedesk_by_class": {"word": stats},
        "casedesk_cpu": {k: v / 2 for k, v in stats.items()},
        "load_before": [1.5, 1.0, 1.0],
        "anchors": {"tantivy": {"overall": stats}},
    }


def test_growth_table_from_results(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """GIVEN two results files at 10,000 and 100,000 documents WHEN the growth script
    reads them THEN one table in order of N, with the growth against the smallest."""
    (tmp_path / "big.json").write_text(json.dumps(result(100_000, 8.0, 60.0)))
    (tmp_path / "small.json").write_text(json.dumps(result(10_000, 4.0, 20.0)))
    search_growth.main([str(tmp_path / "big.json"), str(tmp_path / "small.json"), "--by-class"])
    out = capsys.readouterr().out
    assert out.index("| 10,000 |") < out.index("| 100,000 |")
    assert "×2.0 / ×3.0" in out and "| 8.0 / 60.0 / 60.0 |" in out
    assert "| word | 4.0 / 20.0 / 20.0 | 8.0 / 60.0 / 60.0 |" in out
    search_growth.main([str(tmp_path / "big.json"), str(tmp_path / "small.json"), "--cpu"])
    out = capsys.readouterr().out
    assert "CPU p50" in out and "| 100,000 | 4.0 / 30.0 / 30.0 | ×2.0 / ×3.0 |" in out
