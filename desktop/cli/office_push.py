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
from desktop.cli.words import ltr, number, translate

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
        line = translate(
            "Cli", "documents {done} of {total}, originals {sent} MB of {size} MB"
        ).format(
            done=number(f"{progress.documents:,}"),
            total=number(f"{progress.documents_total:,}"),
            sent=number(f"{progress.bytes / 1e6:,.1f}"),
            size=number(f"{progress.bytes_total / 1e6:,.1f}"),
        )
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    return show


def push_summary(result: PushResult) -> str:
    """What a push did, in the command line's language."""
    rows = sum(desk for desk, _office in result.counts.values())
    lines = [
        translate(
            "Cli", "Pushed {pushed} documents; {there} were already in the office database."
        ).format(
            pushed=number(f"{result.documents_pushed:,}"),
            there=number(f"{result.documents_there:,}"),
        )
    ]
    if result.cases_differing:
        lines.append(
            translate(
                "Cli",
                "{cases} case(s) were already in the office database with other contents and "
                "were kept as they are there; the desk's version is still on the desk. Compare "
                "them and save the right one in the office database.",
            ).format(cases=number(f"{result.cases_differing:,}"))
        )
    if not result.mismatches:
        lines.append(
            translate(
                "Cli", "The office database holds all {rows} rows of the desk (counts checked)."
            ).format(rows=number(f"{rows:,}"))
        )
    else:
        lines += [translate("Cli", "The counts differ:"), *_differences(result)]
        if not result.cases_differing:
            lines.append(translate("Cli", "Run the same push again."))
    return "\n".join(lines)


def _differences(result: PushResult) -> list[str]:
    """The tables whose counts differ (the engine's ``mismatches``), one line each."""
    said = translate(
        "Cli", "{table}: the desk has {desk} rows, the office database holds {office}."
    )
    return [
        "  ✗ "
        + said.format(table=ltr(table), desk=number(f"{desk:,}"), office=number(f"{office:,}"))
        for table, (desk, office) in result.counts.items()
        if desk != office
    ]
