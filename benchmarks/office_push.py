"""How long ``casedesk office-server push`` takes for a desk of N generated documents.

Builds a desk by ``casedesk add`` of N generated letters (the baseline: that ingest's own
time, in the same run on the same machine), starts a throwaway PostgreSQL cluster
(tests/support/pg_cluster.py: fsync off, Unix socket), runs ``office-server init``, then
the push, then the same push again (everything there: the re-run's cost), each watched
by :mod:`benchmarks.process_watch`.

    .venv/bin/python -m benchmarks.office_push --documents 1000 --work /tmp/push-bench \
        --json benchmarks/results/office-push-1000.json
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from benchmarks.ingest_rate import casedesk
from benchmarks.process_watch import run_watched
from tests.support import pg_cluster


def letters(folder: Path, count: int) -> None:
    """``count`` invented letters of a few kilobytes, each different."""
    folder.mkdir(parents=True)
    for n in range(count):
        body = f"Letter {n} for case AFG-2024-{n % 97:05d}: interview in room {n % 17}.\n"
        (folder / f"letter-{n:05d}.txt").write_text(body * (20 + n % 60))


def timed(*args: str) -> dict[str, object]:
    run = run_watched(casedesk(*args, "--json"))
    if run.returncode != 0:
        raise SystemExit(f"casedesk {args[0]} failed: {run.stderr[-2000:]}")
    return {"wall_s": round(run.wall_s, 2), "cpu_s": round(run.cpu_s, 2),
            "peak_tree_rss_mb": round(run.peak_tree_rss_mb, 1),
            "answer": json.loads(run.stdout)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    letters(args.work / "files", args.documents)
    desk = args.work / "desk"
    ingest = timed("add", str(args.work / "files"), "--archive", str(desk))
    cluster = pg_cluster.start(args.work / "pg")
    try:
        timed("office-server", "init", cluster.url)
        first = timed("office-server", "push", "--from", str(desk), "--to", cluster.url)
        again = timed("office-server", "push", "--from", str(desk), "--to", cluster.url)
    finally:
        pg_cluster.remove(args.work / "pg")
    rows = sum(c["desk"] for c in first["answer"]["counts"].values())
    report = {"documents": args.documents, "rows": rows, "ingest": ingest, "push": first,
              "push_again": again, "rows_per_s": round(rows / first["wall_s"], 1),
              "push_to_ingest": round(first["wall_s"] / ingest["wall_s"], 2),
              "again_to_push": round(again["wall_s"] / first["wall_s"], 2)}  # fmt: skip
    for part in (ingest, first, again):
        part.pop("answer")
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
