"""Time Recoll's searches in one process, through its Python module (``python3-recoll``).

Run by :mod:`benchmarks.search_anchors` with the system's ``python3`` (Debian's package
installs the module there, not in our virtual environment)::

    /usr/bin/python3 benchmarks/recoll_search.py CONFDIR REPEAT < queries.json

Reads a JSON list of query strings on standard input; opens the index once; runs every
query once untimed, then ``REPEAT`` times timed: the query, its result count (Recoll's
estimate, as its own window shows), the first 20 results and an abstract (snippet) of
each.  Prints ``{"open_ms": …, "times": {query: [ms, …]}, "cpu": {…}, "totals": {query: n}}``
(wall and CPU times).
"""

from __future__ import annotations

import json
import sys
import time

from recoll import recoll


def one_search(db, text: str) -> int:
    """The first 20 results with their abstracts; returns the result count."""
    query = db.query()
    query.execute(text, stemming=1)
    for doc in query.fetchmany(20):
        query.makedocabstract(doc)
    total = query.rowcount
    query.close()
    return total


def main() -> int:
    confdir, repeat = sys.argv[1], int(sys.argv[2])
    texts = json.load(sys.stdin)
    started = time.perf_counter()
    db = recoll.connect(confdir=confdir)
    open_ms = (time.perf_counter() - started) * 1000
    for text in texts:
        one_search(db, text)
    times = {text: [] for text in texts}
    cpu = {text: [] for text in texts}
    totals = {}
    for _ in range(repeat):
        for text in texts:
            started, cpu_started = time.perf_counter(), time.process_time()
            totals[text] = one_search(db, text)
            cpu[text].append((time.process_time() - cpu_started) * 1000)
            times[text].append((time.perf_counter() - started) * 1000)
    found = {"open_ms": open_ms, "times": times, "cpu": cpu, "totals": totals}
    json.dump(found, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
