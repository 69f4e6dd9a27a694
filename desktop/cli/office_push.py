"""``casedesk office-server push``: a desk's archive folder moved into the office database
(:mod:`index.office.push`), with its progress lines and summary.  psycopg is imported
inside the command only."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.cli.commands import OK, SOME_PROBLEMS
from desktop.cli.output import emit

if TYPE_CHECKING:
    from index.office.push import PushProgress, PushResult


def push(args: argparse.Namespace) -> int:
    from index.office.push import push_archive

    if args.pending:
        from desktop.cli.office_add import send_pending

        return send_pending(args)
    result = push_archive(args.source, args.url, progress_printer())
    data = {"ok": not result.mismatches, "documents_pushed": result.documents_pushed,
            "documents_already_there": result.documents_there,
            "counts": {t: {"desk": d, "office": o} for t, (d, o) in result.counts.items()},
            "mismatches": list(result.mismatches),
            "cases_differing": result.cases_differing}  # fmt: skip
    emit(data, args.json, push_summary(result))
    return OK if not result.mismatches and not result.cases_differing else SOME_PROBLEMS


def progress_printer() -> Callable[[PushProgress], None]:
    """A progress callback printing a line to stderr about every 1% of the documents."""

    def show(progress: PushProgress) -> None:
        step = max(1, progress.documents_total // 100)
        if progress.documents % step and progress.documents != progress.documents_total:
            return
        megabytes = f"{progress.bytes / 1e6:,.1f} MB of {progress.bytes_total / 1e6:,.1f} MB"
        line = f"documents {progress.documents:,} of {progress.documents_total:,}, originals "
        sys.stderr.write(line + megabytes + "\n")
        sys.stderr.flush()

    return show


def push_summary(result: PushResult) -> str:
    rows = sum(desk for desk, _office in result.counts.values())
    head = (
        f"Pushed {result.documents_pushed:,} documents; {result.documents_there:,} were "
        "already in the office database."
    )
    lines = [head]
    if result.cases_differing:
        lines.append(
            f"{result.cases_differing:,} case(s) were already in the office database with "
            "other contents and were kept as they are there; the desk's version is still on "
            "the desk. Compare them and save the right one in the office database."
        )
    if not result.mismatches:
        lines.append(f"The office database holds all {rows:,} rows of the desk (counts checked).")
    else:
        lines += ["The counts differ:", *[f"  ✗ {m}" for m in result.mismatches]]
        if not result.cases_differing:
            lines.append("Run the same push again.")
    return "\n".join(lines)
