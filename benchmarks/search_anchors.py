"""The anchors of the search benchmark: tantivy and Recoll beside CaseDesk and FTS5.

``benchmarks/search_latency.py --anchors`` asks two mature engines the same queries on
the same invented documents, in the same run: tantivy (:mod:`benchmarks.tantivy_anchor`)
and Recoll (:mod:`benchmarks.recoll_anchor`, through its Python module and by
``recollq``).  How each query is written in their languages is in
:mod:`benchmarks.anchor_queries`.  An anchor whose package is not installed is skipped
with a plain message.  Their indexes are kept in the workdir beside CaseDesk's
(``anchors.json`` says what they were built from) and built again when the documents
change.
"""

from __future__ import annotations

import json
import shutil
import statistics
from pathlib import Path
from typing import Any

from benchmarks import recoll_anchor, tantivy_anchor
from benchmarks.corpus import documents
from benchmarks.latency_stats import by_class, flatten, percentiles

ENGINES = ("tantivy", "recoll", "recollq")


def built_anchors(workdir: Path, n: int, vocabulary: str) -> dict[str, Any]:
    """The anchors' indexes for these documents, built now if missing or stale."""
    marker = workdir / "anchors.json"
    wanted = {"docs": n, "vocabulary": vocabulary}
    built = json.loads(marker.read_text()) if marker.exists() else {}
    for name, module in (("tantivy", tantivy_anchor), ("recoll", recoll_anchor)):
        if module.missing() or {k: built.get(name, {}).get(k) for k in wanted} == wanted:
            continue
        print(f"building the {name} anchor for {n} documents …", flush=True)
        folder = workdir / name
        shutil.rmtree(folder, ignore_errors=True)
        result = module.build(folder, documents(n, vocabulary=vocabulary))
        built[name] = {**wanted, "build": result}
        marker.write_text(json.dumps(built, indent=2))
    return built


def run_anchors(workdir: Path, n: int, vocabulary: str, probes: list, repeat: int) -> dict:
    """Every available anchor's times, totals and percentiles, by engine name."""
    built = built_anchors(workdir, n, vocabulary)
    runs: dict[str, Any] = {}
    if reason := tantivy_anchor.missing():
        runs["tantivy"] = {"skipped": reason}
    else:
        runs["tantivy"] = tantivy_anchor.run(workdir / "tantivy", probes, repeat)
    if reason := recoll_anchor.missing() or recoll_anchor.module_missing():
        runs["recoll"] = {"skipped": reason}
    else:
        runs["recoll"] = recoll_anchor.run_module(workdir / "recoll", probes, repeat)
    if reason := recoll_anchor.missing():
        runs["recollq"] = {"skipped": reason}
    else:
        runs["recollq"] = recoll_anchor.run_cli(workdir / "recoll", probes, repeat)
    groups = [(p.group, p.casedesk) for p in probes]
    for name, run in runs.items():
        if "times" in run:
            run["overall"] = percentiles(flatten(run["times"]))
            run["overall_cpu"] = percentiles(flatten(run["cpu"]))
            run["by_class"] = by_class(groups, run["times"])
            run["build"] = built.get(name if name != "recollq" else "recoll", {}).get("build")
    return runs


def print_anchors(runs: dict[str, Any], probes: list) -> None:
    """A table of every anchor's median time and count per query, then percentiles."""
    live = [name for name in ENGINES if "times" in runs.get(name, {})]
    for name in ENGINES:
        if "skipped" in runs.get(name, {}):
            print(f"{name}: {runs[name]['skipped']}")
    if not live:
        return
    print(f"\n{'class':9} {'query':34}" + "".join(f" {n + ' ms':>11} {'hits':>7}" for n in live))
    for probe in probes:
        cells = "".join(
            f" {statistics.median(runs[n]['times'][probe.casedesk]):11.1f}"
            f" {runs[n]['totals'][probe.casedesk]:7d}"
            for n in live
        )
        print(f"{probe.group:9} {probe.casedesk[:34]:34}{cells}")
    for name in live:
        print(f"{name}: {runs[name]['overall']}; CPU {runs[name]['overall_cpu']}")
    if "recollq" in live:
        floor = runs["recollq"]
        print(f"recollq, start and open alone: {floor['start_and_open_ms']}")
        print(f"  CPU: {floor['start_and_open_cpu_ms']}")


def json_ready(runs: dict[str, Any]) -> dict[str, Any]:
    """The runs for the results file: per-query medians instead of every time."""
    ready = {}
    for name, run in runs.items():
        ready[name] = {k: v for k, v in run.items() if k not in ("times", "cpu")}
        if "times" in run:
            ready[name]["median_ms"] = {
                q: round(statistics.median(v), 1) for q, v in run["times"].items()
            }
    return ready
