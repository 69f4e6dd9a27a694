"""How long ``casedesk backup`` and ``casedesk restore`` take, and their peak memory.

Runs on an archive already built (the ingest benchmark's 10,000-file archive, see
docs/INGEST-BENCHMARK.md), each command as the CLI runs it, watched by
:mod:`benchmarks.process_watch` (wall, CPU, peak RSS of the process tree):

1. a backup to one file, without and with a password;
2. a restore of each into a new folder (the index rebuilt, ``check`` without re-hashing);
3. an increment into a folder after a first backup there, nothing new meanwhile;
4. with ``--extra-mb N``: the same encrypted backup and restore after N MB of random bytes
   were put in the archive's ``outputs/`` — peak memory must not grow with the archive.

    .venv/bin/python -m benchmarks.backup_rate /tmp/casedesk-ingest-10000/archive \
        --work /tmp/backup-bench --extra-mb 2048 --json benchmarks/results/backup.json

Everything is written under ``--work`` (the archive is copied there first when
``--extra-mb`` is given, so the source is left as it was).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
from pathlib import Path

from benchmarks.ingest_rate import casedesk
from benchmarks.process_watch import Watched, run_watched

PASSWORD = "benchmark-password"


def watched(*args: str) -> dict[str, object]:
    """Run ``casedesk ARGS --json``; its figures and its JSON answer."""
    run: Watched = run_watched(casedesk(*args, "--json"))
    if run.returncode != 0:
        raise SystemExit(f"casedesk {args[0]} failed: {run.stderr[-2000:]}")
    return {
        "wall_s": round(run.wall_s, 2),
        "cpu_s": round(run.cpu_s, 2),
        "peak_tree_rss_mb": round(run.peak_tree_rss_mb, 1),
        "answer": json.loads(run.stdout),
    }


def backup_and_restore(archive: Path, work: Path, password: str | None) -> dict[str, object]:
    """One backup to a file and its restore, with or without a password."""
    name = "encrypted" if password else "plain"
    secret = ["--password", password] if password else []
    out = work / f"{name}.cdbak"
    made = watched("backup", str(out), "--archive", str(archive), *secret)
    restored = watched("restore", str(out), "--archive", str(work / f"restored-{name}"), *secret)
    size = out.stat().st_size
    shutil.rmtree(work / f"restored-{name}")
    out.unlink()
    return {"backup": made, "restore": restored, "bytes": size}


def increment(archive: Path, work: Path) -> dict[str, object]:
    """A base and then an increment with nothing new, into one folder."""
    folder = work / "folder"
    folder.mkdir()
    base = watched("backup", str(folder), "--archive", str(archive), "--password", PASSWORD)
    again = watched("backup", str(folder), "--archive", str(archive), "--password", PASSWORD)
    shutil.rmtree(folder)
    return {"base": base, "increment": again}


def with_extra(archive: Path, work: Path, megabytes: int) -> dict[str, object]:
    """The encrypted backup and restore of a copy of the archive with ``megabytes`` more."""
    copy = work / "larger"
    shutil.copytree(archive, copy, ignore=shutil.ignore_patterns("writer.lock"))
    with (copy / "outputs" / "large.bin").open("wb") as f:
        for _ in range(megabytes):
            f.write(os.urandom(1 << 20))
    try:
        return {"extra_mb": megabytes, **backup_and_restore(copy, work, PASSWORD)}
    finally:
        shutil.rmtree(copy)


def main(argv: list[str] | None = None) -> int:
    """Measure, print the figures, and write them as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/casedesk-backup-bench"))
    parser.add_argument("--extra-mb", type=int, default=0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=False)
    report: dict[str, object] = {
        "plain": backup_and_restore(args.archive, args.work, None),
        "encrypted": backup_and_restore(args.archive, args.work, PASSWORD),
        "folder": increment(args.archive, args.work),
    }
    if args.extra_mb:
        report["larger"] = with_extra(args.archive, args.work, args.extra_mb)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
