"""What a window's watch for other writers costs: one ``PRAGMA data_version`` poll.

A window polls the catalog every :data:`desktop.ui.changes.POLL_MS` to notice what
another window or the command line committed.  This builds a small archive of invented
notes, times many polls on a read-only connection (as ``ChangeWatch`` holds one), and
checks that a commit by another connection changes the value.

    .venv/bin/python -m benchmarks.change_poll [--notes 200] [--polls 20000]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from desktop.ui.changes import POLL_MS
from index.archive import CATALOG_NAME, Archive
from index.ingest.pipeline import Ingest


def measure(notes: int, polls: int) -> dict[str, float | bool]:
    """Microseconds per poll, the share of one core at the window's interval, and whether
    another connection's commit was seen."""
    with tempfile.TemporaryDirectory() as scratch:
        root, source = Path(scratch) / "archive", Path(scratch) / "notes"
        source.mkdir()
        for n in range(notes):
            (source / f"note-{n}.txt").write_text(f"Invented follow-up note {n}. " * 50)
        with Archive.open(root, write=True) as archive:
            Ingest(archive).run([source])
        catalog = root / CATALOG_NAME
        watch = sqlite3.connect(f"{catalog.as_uri()}?mode=ro", uri=True)
        started = time.perf_counter()
        for _ in range(polls):
            watch.execute("PRAGMA data_version").fetchone()
        each = (time.perf_counter() - started) / polls
        before = watch.execute("PRAGMA data_version").fetchone()[0]
        other = sqlite3.connect(catalog, isolation_level=None)
        other.execute("INSERT INTO settings (key, value) VALUES ('probe', '1')")
        other.close()
        seen = watch.execute("PRAGMA data_version").fetchone()[0] != before
        watch.close()
    return {
        "poll_us": round(each * 1e6, 1),
        "core_share_percent": round(each / (POLL_MS / 1000) * 100, 5),
        "commit_seen": seen,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--polls", type=int, default=20_000)
    args = parser.parse_args()
    print(measure(args.notes, args.polls))


if __name__ == "__main__":
    main()
