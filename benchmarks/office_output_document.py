"""What making a kept output a document of the office costs: ``OfficeOutputs.keep`` of a
one-page HTML letter without the office's URL (kept only: original, ``outputs`` row, audit
row) against with it (then read on this desk as ``casedesk add`` reads a file, sent with
the push, the row linked), taking turns, each letter different.  In one process (the
ingest's own worker process included in each keep's time).

Starts a throwaway PostgreSQL cluster (tests/support/pg_cluster.py: fsync off, Unix
socket) unless ``--server`` gives one; the owner's login keeps the outputs; the desk's
folders (staging archive) are under ``--work``.

    .venv/bin/python -m benchmarks.office_output_document --letters 10 --work /tmp/outdoc \
        --json benchmarks/results/office-output-document.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import psycopg

from tests.support import pg_cluster

CASE = "AFG-2024-00137"


def database(server: str) -> str:
    """A new database set up by init, holding the case; the owner's URL."""
    url = pg_cluster.new_office(server, "output_bench")
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO cases (id, created_at) VALUES (%s, '2026-12-08')", (CASE,))
    return url


def letter(n: int) -> bytes:
    """A one-page letter, different each time (so each is a new original)."""
    body = f"<p>Letter {n} for case {CASE}: the interview is confirmed for the family.</p>"
    return f"<html><body><h1>Referral letter {n}</h1>{body}</body></html>".encode()


def run(letters: int, url: str) -> dict[str, object]:
    from index.office.connect import connect
    from index.office.outputs import OfficeOutputs
    from index.outputs import NewOutput

    new = NewOutput("resettlement-referral", "letter", ".html", CASE)
    times: dict[str, list[float]] = {"kept_only": [], "kept_as_document": []}
    with connect(url, autocommit=True) as conn:
        for n in range(letters * 2):
            as_document = n % 2 == 1
            outputs = OfficeOutputs(conn, url if as_document else None)
            started = time.perf_counter()
            saved = outputs.keep(letter(n), new)
            times["kept_as_document" if as_document else "kept_only"].append(
                time.perf_counter() - started
            )
            assert (saved.document_id is not None) == as_document
    return {
        name: {"median_s": round(statistics.median(t), 3), "runs_s": [round(x, 3) for x in t]}
        for name, t in times.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=10)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--server", help="a superuser's URL (default: a throwaway cluster)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(args.work / variable.lower())
    cluster = None if args.server else pg_cluster.start(args.work / "pg")
    try:
        load_before = Path("/proc/loadavg").read_text().split()[:3]
        result = run(args.letters, database(args.server or cluster.url))
        result = {"letters": args.letters, "load_before": load_before, **result,
                  "load_after": Path("/proc/loadavg").read_text().split()[:3]}  # fmt: skip
    finally:
        if cluster is not None:
            pg_cluster.remove(cluster.base)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    sys.exit(main())
