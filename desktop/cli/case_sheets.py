"""``casedesk case import FILE`` and ``casedesk case export``: cases from and to a spreadsheet,
of an archive folder or an office database.

Exit codes: 0 every row imported (or, with ``--dry-run``, would be); 1 imported with rows
left out (``--skip-bad``); 2 nothing written because a row was refused.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from desktop.cli.case_place import case_place, on_office
from desktop.cli.commands import FAILED, OK, SOME_PROBLEMS
from desktop.cli.output import emit, say
from desktop.cli.words import error_text, number, translate
from desktop.operations.case_columns import case_rows
from desktop.operations.case_import import ImportResult, Refusal, plan_import, run_import
from desktop.operations.case_sheet import write_sheet
from index.archive import CATALOG_NAME
from index.errors import UsageError
from index.location import archive_dir


def import_cases(args: argparse.Namespace) -> int:
    """casedesk case import FILE: add the cases of a spreadsheet, all or none."""
    # A dry run reads the archive (a window may be writing it); a new archive is made.
    exists = on_office(args) or (archive_dir(args.archive) / CATALOG_NAME).is_file()
    with case_place(args, write=not (args.dry_run and exists)) as (cases, _suggest):
        plan = plan_import(cases, args.file)
        if args.dry_run:
            result = ImportResult(plan, written=False)
        else:
            result = run_import(cases, plan, skip_bad=args.skip_bad)
    emit(_result_json(result, args.dry_run), args.json, _result_text(result, args.dry_run))
    if plan.refused and not result.written:
        return FAILED
    return SOME_PROBLEMS if plan.refused else OK


def export_cases(args: argparse.Namespace) -> int:
    """casedesk case export --csv|--xlsx [-o FILE]: every case as a spreadsheet."""
    kind = "xlsx" if args.xlsx else "csv"
    if kind == "xlsx" and args.output is None and sys.stdout.isatty():
        raise UsageError("An Excel workbook cannot be shown here: name a file with -o FILE.xlsx.")
    with case_place(args, write=False) as (store, _suggest):
        cases = store.list()
        rows = [row for c in cases for row in case_rows(c, confidential=args.confidential)]
        if on_office(args):  # before the sheet is written: no export without its row
            detail = {"sheet": kind, "cases": len(cases), "confidential": args.confidential}
            store.rows.record("exported", detail)
    data = write_sheet(args.output, rows, kind)
    if data is not None:
        sys.stdout.buffer.write(data)
    else:
        wrote = (
            translate("Cli", "Wrote {cases} case(s), {rows} row(s), to {file}.")
            if args.confidential
            else translate(
                "Cli",
                "Wrote {cases} case(s), {rows} row(s), to {file} (confidential fields left out).",
            )
        )
        say(wrote.format(cases=number(len(cases)), rows=number(len(rows)), file=args.output))
    return OK


def _result_json(result: ImportResult, dry_run: bool) -> dict[str, object]:
    plan = result.plan
    return {
        "file": plan.source,
        "rows": plan.rows,
        "dry_run": dry_run,
        "written": result.written,
        "cases": [c.id for c in plan.cases],
        "people": plan.people,
        "added": list(result.added),
        "refused": [asdict(r) for r in plan.refused],
        "left_out": list(plan.left_out),
        "unknown_columns": list(plan.unknown_headers),
    }


def _result_text(result: ImportResult, dry_run: bool) -> str:
    plan = result.plan
    lines = [_headline(result, dry_run)]
    if plan.unknown_headers:
        lines.append(
            translate("Cli", "Columns not read: {columns}.").format(
                columns=", ".join(plan.unknown_headers)
            )
        )
    if plan.refused:
        lines.append(
            translate("Cli", "{problems} problem(s) in {rows} row(s):").format(
                problems=number(len(plan.refused)),
                rows=number(len({r.line for r in plan.refused})),
            )
        )
        lines += [_refusal_text(r) for r in plan.refused]
    return "\n".join(lines)


def _headline(result: ImportResult, dry_run: bool) -> str:
    plan = result.plan
    counts = {
        "rows": number(plan.rows),
        "file": plan.source,
        "cases": number(len(plan.cases)),
        "people": number(plan.people),
    }
    if dry_run and plan.refused:
        return translate(
            "Cli",
            "{rows} row(s) in {file}: {cases} case(s) with {people} person(s) ready to import; "
            "as it is, nothing would be imported (use --skip-bad to leave them out).",
        ).format(**counts)
    if dry_run:
        return translate(
            "Cli",
            "{rows} row(s) in {file}: {cases} case(s) with {people} person(s) ready to import "
            "(nothing was written: a dry run).",
        ).format(**counts)
    if result.written and plan.left_out:
        return translate(
            "Cli", "Imported {count} case(s) from {file}; left out: {left_out}."
        ).format(
            count=number(len(result.added)), file=plan.source, left_out=", ".join(plan.left_out)
        )
    if result.written:
        return translate("Cli", "Imported {count} case(s) from {file}.").format(
            count=number(len(result.added)), file=plan.source
        )
    return translate(
        "Cli",
        "Nothing was imported from {file}: fix the rows below and run it again, or import the "
        "rest with --skip-bad.",
    ).format(file=plan.source)


def _refusal_text(refusal: Refusal) -> str:
    from desktop.ui.case_column_words import column_words  # Qt-free: the window's names

    where = translate("Cli", "row {row}").format(row=number(refusal.line))
    where += f", {column_words(refusal.column, translate)}" if refusal.column else ""
    shown = f" {refusal.value!r}:" if refusal.value else ":"
    return f"  {where}{shown} {error_text(refusal.reason)}"
