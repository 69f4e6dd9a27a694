"""What the window's reads lane does when the index changes under it (issue 20, item 3).

While an ingest runs, each batch it indexes is a new version of the index (new segments).
The window's next search then opens the new version (a new Whoosh searcher), runs the
query, and its counts (:meth:`~index.search.searchindex.SearchIndex.tally`) need the
facets of that version.  All of it is Python on one thread of the window's process,
holding the interpreter lock the UI thread needs.  This adds ``--files`` invented
documents to an index in batches of ``--batch`` (a segment each, as the ingest's indexing
process writes them) and, after each, times those steps in a reader kept open throughout
(as the window keeps its own), in that thread's CPU time: Whoosh and the tables are pure
Python, so that is about how long the step holds the lock.

    .venv/bin/python benchmarks/reads_at_commit.py --files 2000 --batch 200 [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import documents  # noqa: E402
from benchmarks.search_latency import entry_of  # noqa: E402
from index.search import SearchIndex, SearchOptions  # noqa: E402

QUERIES = ("visa", "Mohammad Ahmadzai", "interview Kandahar", "passport")
STEPS = ("open", "search", "tally")


def cpu_ms(step: Callable[[], object]) -> float:
    """The calling thread's CPU time for ``step()``, in ms."""
    started = time.thread_time()
    step()
    return (time.thread_time() - started) * 1000


def after_commit(reader: SearchIndex, query: str) -> dict[str, float]:
    """The reads lane's work for the first search after the index changed."""
    return {
        "open": cpu_ms(reader._current),
        "search": cpu_ms(lambda: reader.search(query, SearchOptions(limit=50, facets=False))),
        "tally": cpu_ms(lambda: reader.tally(query)),
        "tally_again": cpu_ms(lambda: reader.tally(query)),
    }


def run(folder: Path, files: int, batch: int) -> list[dict[str, object]]:
    """Index ``files`` documents ``batch`` at a time; after each, time the reader."""
    entries = [entry_of(doc) for doc in documents(files)]
    writer, reader = SearchIndex(folder), SearchIndex(folder, vectorised=True)
    writer.open(create=True)
    reader.open(create=False)
    rows = []
    try:
        for number, start in enumerate(range(0, files, batch)):
            writer.add(entries[start : start + batch])
            steps = after_commit(reader, QUERIES[number % len(QUERIES)])
            rows.append({"documents": start + batch, "parts": reader.segments(), **steps})
    finally:
        writer.close()
        reader.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    rounds = []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="casedesk-reads-") as temp:
            rounds.append(run(Path(temp) / "index", args.files, args.batch))
    summed = [{k: round(sum(r[k] for r in rows), 1) for k in STEPS} for rows in rounds]
    for total in summed:
        print(f"CPU ms summed over the {len(rounds[0])} commits: {total}")
    largest = [round(max(r["tally"] for r in rows), 1) for rows in rounds]
    print(f"largest tally after a commit (ms): {largest}; load {os.getloadavg()}")
    if args.json:
        report = {
            "files": args.files,
            "batch": args.batch,
            "summed_cpu_ms": summed,
            "largest_tally_ms": largest,
            "rounds": rounds,
            "load": os.getloadavg(),
        }
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
