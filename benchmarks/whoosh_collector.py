"""Whoosh's top-N collector with its matcher swaps (``replace = 10``, Whoosh's default,
as CaseDesk used it before) and without them (``replace = 0``, now: the swaps lost an
AND's best hits), in one process, taking turns, on an index built by
``benchmarks/search_latency.py``.

Only what goes Whoosh's way is affected: small archives (under 1,000 documents),
phrases, sorting by date and shapes the arrays do not take.

    .venv/bin/python -m benchmarks.whoosh_collector /tmp/search-10000/whoosh [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from whoosh import collectors

from index.search import SearchIndex
from index.search.query import QueryBuilder

QUERIES = (
    '"visa application centre"',
    '"judicial review"',
    "visa",
    "tazkira passport",
    "Kabul OR Herat",
    "visa -email",
    "interview date:2022",
    "Ahmad*",
    "Qasim~",
    "سفارت",
)


def timed(searcher, query, replace: int) -> tuple[float, list[float]]:
    collector = collectors.TopCollector(20, usequality=True)
    collector.replace = replace
    started = time.perf_counter()
    searcher.search_with_collector(query, collector)
    results = collector.results()
    return (time.perf_counter() - started) * 1000, [round(h.score, 4) for h in results]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index", type=Path, help="the whoosh folder of a built index")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    search = SearchIndex(args.index, vectorised=False)
    search.open(create=False)
    searcher = search._current().searcher
    report = {"documents": searcher.doc_count(), "load_at_start": os.getloadavg(), "queries": {}}
    for text in QUERIES:
        query = QueryBuilder(searcher.reader(), None).build(text).query
        times: dict[int, list[float]] = {10: [], 0: []}
        best: dict[int, list[float]] = {}
        for _ in range(args.rounds):
            for replace in (10, 0):
                ms, best[replace] = timed(searcher, query, replace)
                times[replace].append(ms)
        row = {"with_swaps_ms": round(statistics.median(times[10]), 1),
               "without_ms": round(statistics.median(times[0]), 1),
               "same_best_20": best[10] == best[0]}  # fmt: skip
        report["queries"][text] = row
        print(f"{text:30s} {row}", flush=True)
    report["load_at_end"] = os.getloadavg()
    search.close()
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
