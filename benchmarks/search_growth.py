"""How search latency grows with the number of documents, from search_latency's JSON files.

Reads the results ``benchmarks/search_latency.py --json`` wrote and prints, for each
corpus (vocabulary) and facets on or off, one line per file in order of N: CaseDesk's
p50 / p95 / p99, FTS5's in the same run, the anchors' where measured, the load, and
CaseDesk's p50 and p99 as multiples of the smallest N's.  ``--by-class`` adds CaseDesk's
percentiles per query class; ``--cpu`` prints the CPU times instead of the wall times
(what compares between runs when the machine is loaded many times over).  Run from the
project root::

    .venv/bin/python benchmarks/search_growth.py benchmarks/results/search-*-growth-*.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ANCHORS = ("tantivy", "recoll", "recollq")


def triple(p: dict[str, float] | None) -> str:
    """``p50 / p95 / p99`` of a percentiles dict, or a dash."""
    return "—" if not p else f"{p['p50']} / {p['p95']} / {p['p99']}"


def load(paths: list[Path]) -> list[dict[str, Any]]:
    """The results, each with its file name, in order of corpus, facets and N."""
    results = []
    for path in paths:
        result = json.loads(path.read_text())
        result["file"] = path.name
        results.append(result)
    return sorted(results, key=lambda r: (r["vocabulary"], r["facets"], r["docs"], r["file"]))


def line(result: dict[str, Any], base: dict[str, Any], cpu: bool) -> str:
    """One result as a row of the growth table (CPU times if ``cpu``)."""
    suffix = "_cpu" if cpu else ""
    ours, first = result.get("casedesk" + suffix), base.get("casedesk" + suffix)
    growth = "—"
    if ours and first:
        growth = f"×{ours['p50'] / first['p50']:.1f} / ×{ours['p99'] / first['p99']:.1f}"
    anchors = result.get("anchors", {})
    cells = [f"{result['docs']:,}", triple(ours), growth, triple(result.get("fts5" + suffix))]
    key = "overall_cpu" if cpu else "overall"
    cells += [triple(anchors.get(name, {}).get(key)) for name in ANCHORS]
    load_avg = result.get("load_before")
    cells.append(f"{load_avg[0]:.1f}" if load_avg else "?")
    return "| " + " | ".join(cells) + f" | {result['file']} |"


def print_growth(results: list[dict[str, Any]], by_class: bool, cpu: bool) -> None:
    """The growth tables (Markdown), one per corpus and facets setting."""
    head = ["N", "CaseDesk", "p50 / p99 growth", "FTS5", *ANCHORS, "load", "file"]
    groups: dict[tuple[str, bool], list[dict[str, Any]]] = {}
    for result in results:
        groups.setdefault((result["vocabulary"], result["facets"]), []).append(result)
    for (vocabulary, facets), rows in groups.items():
        what = "CPU" if cpu else "wall"
        state = f"facets {'on' if facets else 'off'}"
        print(f"\n{vocabulary} corpus, {state} ({what} p50 / p95 / p99 ms)\n")
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for result in rows:
            print(line(result, rows[0], cpu))
        if by_class:
            print_classes(rows, "casedesk_cpu_by_class" if cpu else "casedesk_by_class")


def print_classes(rows: list[dict[str, Any]], key: str) -> None:
    """CaseDesk's p50 / p95 / p99 per query class, one column per file."""
    classes = list(rows[0].get(key, {}))
    if not classes:
        return
    print("\n| class | " + " | ".join(f"{r['docs']:,}" for r in rows) + " |")
    print("|---|" + "---|" * len(rows))
    for group in classes:
        cells = [triple(r.get(key, {}).get(group)) for r in rows]
        print(f"| {group} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", type=Path, nargs="+", help="search_latency.py JSON results")
    parser.add_argument("--by-class", action="store_true", help="also per query class")
    parser.add_argument("--cpu", action="store_true", help="CPU times instead of wall times")
    args = parser.parse_args(argv)
    print_growth(load(args.files), args.by_class, args.cpu)
    return 0


if __name__ == "__main__":
    sys.exit(main())
