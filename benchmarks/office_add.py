"""How long ``casedesk add --archive postgresql://…`` takes for N generated letters, from
one desk and from two desks at once, against ``casedesk add`` into a folder archive in the
same run on the same machine (the baseline).

Starts a throwaway PostgreSQL cluster (tests/support/pg_cluster.py: fsync off, Unix
socket), one database for each of the two office runs (``office-server init``), a
volunteer login per desk, and gives each desk its own HOME / XDG folders.  From one desk:
all N letters.  Two at once: each desk adds its own half, both started together; the
wall time is until both have finished.

    .venv/bin/python -m benchmarks.office_add --documents 1000 --work /tmp/add-bench \
        --json benchmarks/results/office-add-1000.json
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import threading
import time
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg.conninfo import conninfo_to_dict

from benchmarks.ingest_rate import casedesk
from benchmarks.office_push import letters
from benchmarks.process_watch import Watched, run_watched
from index.office.setup import add_user, init_database
from tests.support import pg_cluster


def office(server: str, name: str, desks: int) -> list[str]:
    """A new database ``name`` set up by init; a volunteer login's URL for each desk."""
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    parts = conninfo_to_dict(server)
    where = f"?host={parts['host']}&port={parts['port']}"
    init_database(f"postgresql://{parts['user']}:{parts['password']}@/{name}{where}")
    urls = []
    for desk in range(desks):
        user, password = f"{name}_desk{desk}", secrets.token_hex(12)
        add_user(server.replace("/postgres?", f"/{name}?"), user, "volunteer", password)
        urls.append(f"postgresql://{quote(user)}:{password}@/{name}{where}")
    return urls


def desk_add(folder: Path, url: str, home: Path) -> Watched:
    env = {**os.environ, "HOME": str(home)}
    env |= {f"XDG_{kind.upper()}_HOME": str(home / kind) for kind in ("data", "config", "cache")}
    run = run_watched(casedesk("add", str(folder), "--archive", url, "--json"), env)
    if run.returncode != 0:
        raise SystemExit(f"casedesk add failed: {run.stderr[-2000:]}")
    return run


def figures(run: Watched) -> dict[str, object]:
    sent = json.loads(run.stdout)["office"]
    return {"wall_s": round(run.wall_s, 2), "cpu_s": round(run.cpu_s, 2),
            "peak_tree_rss_mb": round(run.peak_tree_rss_mb, 1),
            "documents_sent": sent["documents_sent"]}  # fmt: skip


def two_at_once(work: Path, urls: list[str], documents: int) -> dict[str, object]:
    """Each desk adds its own half of the letters, both started together."""
    halves = [work / "half-0", work / "half-1"]
    letters(halves[0], documents // 2)
    for n, path in enumerate(sorted((work / "files").iterdir())[documents // 2 :]):
        halves[1].mkdir(exist_ok=True)
        shutil.copy(path, halves[1] / f"b-{n:05d}.txt")
    runs: list[Watched] = [None, None]  # type: ignore[list-item]

    def one(desk: int) -> None:
        runs[desk] = desk_add(halves[desk], urls[desk], work / f"home-two-{desk}")

    started = time.perf_counter()
    threads = [threading.Thread(target=one, args=(d,)) for d in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    return {"wall_s": round(wall, 2), "desks": [figures(r) for r in runs]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    load_at_start = os.getloadavg()
    letters(args.work / "files", args.documents)
    folder = run_watched(casedesk("add", str(args.work / "files"), "--archive",
                                  str(args.work / "folder-archive"), "--json"))  # fmt: skip
    cluster = pg_cluster.start(args.work / "pg")
    try:
        one = figures(desk_add(args.work / "files", office(cluster.url, "one_desk", 1)[0],
                               args.work / "home-one"))  # fmt: skip
        two = two_at_once(args.work, office(cluster.url, "two_desks", 2), args.documents)
    finally:
        pg_cluster.remove(args.work / "pg")
    folder_figures = {"wall_s": round(folder.wall_s, 2), "cpu_s": round(folder.cpu_s, 2)}
    report = {"documents": args.documents, "load_average_at_start": load_at_start,
              "load_average_at_end": os.getloadavg(), "folder_archive": folder_figures,
              "one_desk": one, "two_desks_at_once": two,
              "one_desk_to_folder": round(one["wall_s"] / folder.wall_s, 2),
              "two_desks_to_folder": round(two["wall_s"] / folder.wall_s, 2)}  # fmt: skip
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
