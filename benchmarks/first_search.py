"""The first searches on an archive's index in a fresh process, wall and CPU time.

``benchmarks/app_start.py`` times the first search through the window; this times the
engine alone (:class:`~index.search.searchindex.SearchIndex`: the best 50 hits, then the
exact total and facets the window asks for next) and reports CPU time beside wall time,
which a busy shared machine disturbs far less.  Point it at two archives (say, one left
in many parts by an ingest and one tidied) and run it several times, alternating::

    .venv/bin/python benchmarks/first_search.py /tmp/a/archive /tmp/b/archive --runs 3

Prints one JSON line per archive and run: parts, and [wall ms, CPU ms] per step.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ("Ahmadzai", "Mohammad Karimi", "deportation", "visa interview", "interpeter")


def _since(wall: float, cpu: float) -> list[int]:
    return [round((time.perf_counter() - wall) * 1000), round((time.process_time() - cpu) * 1000)]


def measure(archive: Path) -> dict[str, object]:
    """In this process: open the index of ``archive`` and run each query once."""
    from index.search import SearchIndex, SearchOptions

    wall, cpu = time.perf_counter(), time.process_time()
    search = SearchIndex(archive / "index")
    search.open(create=False)
    report: dict[str, object] = {"archive": str(archive), "segments": search.segments()}
    report["open_ms"] = _since(wall, cpu)
    hits, tally = {}, {}
    for query in QUERIES:
        wall, cpu = time.perf_counter(), time.process_time()
        search.search(query, SearchOptions(limit=50, facets=False))
        hits[query] = _since(wall, cpu)
        wall, cpu = time.perf_counter(), time.process_time()
        search.tally(query)
        tally[query] = _since(wall, cpu)
    search.close()
    return {**report, "hits_ms": hits, "tally_ms": tally}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archives", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=1, help="rounds over the archives")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.child:
        print(json.dumps(measure(args.archives[0])))
        return 0
    for _ in range(max(1, args.runs)):
        for archive in args.archives:  # each in a fresh process: nothing warm but the disk cache
            command = [sys.executable, __file__, "--child", str(archive)]
            done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
            print(done.stdout.strip(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
