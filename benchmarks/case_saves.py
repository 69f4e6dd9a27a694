"""How long a checked case save takes on an office database against a folder's catalog.

Starts a throwaway PostgreSQL (tests/support/pg_cluster.py), sets up an office database
with one volunteer login, and in the same run saves the same invented case N times on
each (each save an edit of the version read before it, with the conflict check: read,
lock, compare, write, audit in one transaction), the two taking turns; prints the median
milliseconds of a save and of a read, and their ratio office / folder.

    .venv/bin/python -m benchmarks.case_saves [--saves 200]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from index.archive import Archive
from index.cases.model import Case, Person
from index.cases.store import CaseStore
from index.office.case_rows import office_cases
from index.office.setup import add_user, init_database
from tests.support import pg_cluster


def _timed(store: CaseStore, case_id: str, number: int) -> tuple[float, float]:
    """The seconds of one read and of one checked save of an edit."""
    start = time.perf_counter()
    base = store.get(case_id)
    read = time.perf_counter() - start
    start = time.perf_counter()
    store.save(replace(base, location=f"Office {number}"), base=base)
    return read, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200)
    saves = parser.parse_args().saves
    server = Path(tempfile.mkdtemp(prefix="casedesk-pg-"))
    folder = Path(tempfile.mkdtemp(prefix="casedesk-bench-"))
    case = Case(id="AFG-2024-00137", people=(Person("Invented Person", passport="P0000001"),))
    timings: dict[str, list[tuple[float, float]]] = {"office": [], "folder": []}
    try:
        url = pg_cluster.start(server).url
        init_database(url)
        add_user(url, "bench_volunteer", "volunteer", "bench-password")
        login = url.replace(url.split("@")[0].split("//")[1], "bench_volunteer:bench-password")
        with (
            Archive.open(folder / "archive", write=True) as archive,
            office_cases(login) as (
                office,
                _,
            ),
        ):
            for store in (archive.cases, office):
                store.save(case, base=None)
            for number in range(saves):
                timings["folder"].append(_timed(archive.cases, case.id, number))
                timings["office"].append(_timed(office, case.id, number))
    finally:
        pg_cluster.remove(server)
    medians = {
        where: {"read_ms": statistics.median(t[0] for t in found) * 1000,
                "save_ms": statistics.median(t[1] for t in found) * 1000}
        for where, found in timings.items()
    }  # fmt: skip
    medians["ratio_save"] = medians["office"]["save_ms"] / medians["folder"]["save_ms"]
    print(json.dumps(medians, indent=1))


if __name__ == "__main__":
    main()
