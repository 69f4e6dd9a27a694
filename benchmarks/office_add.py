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

``--corpus mixed`` adds the ingest benchmark's mixed corpus instead of letters
(:mod:`benchmarks.archive_corpus`: PDFs with and without forms, emails with
attachments, Word files, text; generated once into ``--work``/corpus and kept): the
issue's "10k mixed benchmark corpus" with ``--documents 10000``.  The two desks then
take every other file each.
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

from psycopg.conninfo import conninfo_to_dict

from benchmarks.ingest_rate import casedesk, ensure_corpus
from benchmarks.office_push import letters
from benchmarks.process_watch import Watched, run_watched
from index.office.setup import add_user
from tests.support import pg_cluster


def office(server: str, name: str, desks: int) -> list[str]:
    """A new database ``name`` set up by init; a volunteer login's URL for each desk."""
    pg_cluster.new_office(server, name)
    parts = conninfo_to_dict(server)
    where = f"?host={parts['host']}&port={parts['port']}"
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


def split_in_two(files: Path, work: Path) -> list[Path]:
    """Every other file of ``files`` (hard links, the tree kept) into two folders."""
    halves = [work / "half-0", work / "half-1"]
    for half in halves:
        shutil.rmtree(half, ignore_errors=True)
    chosen = sorted(p for p in files.rglob("*") if p.is_file())
    for n, path in enumerate(chosen):
        target = halves[n % 2] / path.relative_to(files)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(path, target)
    return halves


def two_at_once(work: Path, files: Path, urls: list[str]) -> dict[str, object]:
    """Each desk adds its own half of the files, both started together."""
    halves = split_in_two(files, work)
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


def source_files(work: Path, corpus: str, documents: int) -> Path:
    """The folder of files to add: generated letters, or the mixed corpus (kept)."""
    if corpus == "mixed":
        ensure_corpus(work, documents, seed=7)
        return work / "corpus"
    shutil.rmtree(work / "files", ignore_errors=True)
    letters(work / "files", documents)
    return work / "files"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--corpus", choices=("letters", "mixed"), default="letters")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for old in ("folder-archive", "pg", "home-one", "home-two-0", "home-two-1"):
        shutil.rmtree(args.work / old, ignore_errors=True)
    files = source_files(args.work, args.corpus, args.documents)
    load_at_start = os.getloadavg()
    folder = run_watched(casedesk("add", str(files), "--archive",
                                  str(args.work / "folder-archive"), "--json"))  # fmt: skip
    cluster = pg_cluster.start(args.work / "pg")
    try:
        one = figures(desk_add(files, office(cluster.url, "one_desk", 1)[0],
                               args.work / "home-one"))  # fmt: skip
        two = two_at_once(args.work, files, office(cluster.url, "two_desks", 2))
    finally:
        pg_cluster.remove(args.work / "pg")
    folder_figures = {"wall_s": round(folder.wall_s, 2), "cpu_s": round(folder.cpu_s, 2)}
    report = {"documents": args.documents, "corpus": args.corpus,
              "load_average_at_start": load_at_start,
              "load_average_at_end": os.getloadavg(), "folder_archive": folder_figures,
              "one_desk": one, "two_desks_at_once": two,
              "one_desk_to_folder": round(one["wall_s"] / folder.wall_s, 2),
              "two_desks_to_folder": round(two["wall_s"] / folder.wall_s, 2)}  # fmt: skip
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
