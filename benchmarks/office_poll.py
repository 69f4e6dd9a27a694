"""What the window's watch of an office database costs: one idle catch-up every 2 s.

The window on an office database (``desktop/ui/office_session.py``) catches its desk's
index up from the change sequence every :data:`~desktop.ui.office_session.POLL_MS` on its
reads lane.  This starts a throwaway PostgreSQL (``tests/support/pg_cluster.py``: Unix
socket, fsync off), writes ``--documents`` invented documents, makes the desk's index with
a first catch-up, then times ``--polls`` catch-ups with nothing new (medians), and, for
comparison in the same run, catch-ups after one changed document each.

    .venv/bin/python -m benchmarks.office_poll [--documents 2000] [--polls 200] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import psycopg

from desktop.ui.office_session import POLL_MS
from index.office.desk_index import DeskIndex
from index.office.setup import init_database
from tests.support import pg_cluster
from tests.support.office_documents import add_many


def _median_ms(run, times: int) -> float:
    spent = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        spent.append(time.perf_counter() - started)
    return round(statistics.median(spent) * 1000, 3)


def measure(documents: int, polls: int) -> dict[str, object]:
    """Idle and one-change catch-up medians, and an idle poll's share of a core."""
    with tempfile.TemporaryDirectory() as scratch:
        server = Path(tempfile.mkdtemp(prefix="casedesk-pg-"))  # the postgres user enters it
        url = pg_cluster.start(server).url
        try:
            init_database(url)
            add_many(url, documents, "rent")
            with (
                psycopg.connect(url, autocommit=True) as conn,
                DeskIndex(conn, Path(scratch) / "desk") as desk,
            ):
                desk.catch_up()
                cpu = time.process_time()
                idle = _median_ms(desk.catch_up, polls)
                cpu_idle = (time.process_time() - cpu) / polls
                with psycopg.connect(url, autocommit=True) as writer:
                    n = iter(range(polls))
                    changed = _median_ms(
                        lambda: (
                            writer.execute(
                                "UPDATE documents SET title = %s WHERE id = 1",
                                [f"edited {next(n)}"],
                            ),
                            desk.catch_up(),
                        ),
                        max(20, polls // 10),
                    )
        finally:
            pg_cluster.remove(server)
    return {
        "documents": documents,
        "polls": polls,
        "idle_catch_up_median_ms": idle,
        "idle_catch_up_cpu_ms": round(cpu_idle * 1000, 3),
        "idle_core_share_percent_of_desk_process": round(cpu_idle / (POLL_MS / 1000) * 100, 4),
        "one_change_catch_up_median_ms": changed,
        "load_average": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--polls", type=int, default=200)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    result = measure(args.documents, args.polls)
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
