"""How long a desk takes to make an office original into a local file, and how much memory
it needs: ``OfficeDocumentReads.original`` (chunks streamed from PostgreSQL into the desk's
cache, hashed on the way) for an original of N MB, the first time (fetched) and the second
(already in the cache: hashed again), against hashing the same file from a local disk
(``file_sha256``), each in a fresh child process whose peak memory (``ru_maxrss``) is read.

Starts a throwaway PostgreSQL cluster (tests/support/pg_cluster.py: fsync off, Unix
socket) unless ``--server`` gives one; stores random bytes (incompressible, like a scan)
as one original with the owner's login.

    .venv/bin/python -m benchmarks.office_original_fetch --megabytes 200 --work /tmp/fetch \
        --json benchmarks/results/office-original-fetch-200mb.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from index.office.connect import connect
from index.office.originals import put_original
from tests.support import pg_cluster


def child(argv: list[str]) -> None:
    """In a fresh process: fetch (``office URL SHA CACHE``) or hash (``local PATH``) once;
    print its seconds and the process's peak memory."""
    started = time.perf_counter()
    if argv[0] == "office":
        from index.office.document_reads import office_documents

        url, sha, cache = argv[1:]
        with office_documents(url, Path(cache)) as reads:
            found = reads.original(sha)
        assert found.name == sha
    else:
        from index.originals import file_sha256

        file_sha256(Path(argv[1]))
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": round(seconds, 3), "peak_mb": round(peak_mb, 1)}))


def measured(*argv: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.office_original_fetch", "--child", *argv],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def database(server: str) -> str:
    """A new database set up by init; the owner's URL."""
    return pg_cluster.new_office(server, "fetch_bench")


def run(megabytes: int, work: Path, server: str) -> dict[str, object]:
    original = work / "scan.bin"
    with original.open("wb") as out:
        for _ in range(megabytes):
            out.write(os.urandom(1 << 20))
    url = database(server)
    with connect(url) as conn, conn.transaction():
        sha = put_original(conn, original)
    cache = work / "cache"
    return {
        "megabytes": megabytes,
        "load_before": Path("/proc/loadavg").read_text().split()[:3],
        "local_hash": measured("local", str(original)),
        "fetched": measured("office", url, sha, str(cache)),
        "cached_checked": measured("office", url, sha, str(cache)),
        "load_after": Path("/proc/loadavg").read_text().split()[:3],
    }


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--server", help="a superuser's URL (default: a throwaway cluster)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    cluster = None if args.server else pg_cluster.start(args.work / "pg")
    try:
        result = run(args.megabytes, args.work, args.server or cluster.url)
    finally:
        if cluster is not None:
            pg_cluster.remove(cluster.base)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
