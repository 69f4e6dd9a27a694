"""``casedesk ocr``: read (or read again) the pages that are pictures, and how an ingest's
OCR phase is told."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli.commands import FAILED, OK, SOME_PROBLEMS, open_archive
from desktop.cli.output import ProgressBar, emit
from desktop.cli.words import number, translate

if TYPE_CHECKING:
    from index.ingest.summary import OcrSummary


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The ``ocr`` command's arguments."""
    ocr = sub.add_parser(
        "ocr",
        parents=[common],
        help=translate(
            "Cli", "read the text of scans and photos still waiting (or, with --redo, all again)"
        ),
    )
    ocr.add_argument(
        "--redo", action="store_true", help=translate("Cli", "read every scanned page again")
    )
    ocr.add_argument(
        "--password",
        action="append",
        metavar="PW",
        help=translate("Cli", "password to try on protected PDFs (may be repeated)"),
    )
    ocr.add_argument(
        "--time-limit",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help=translate("Cli", "stop reading a page after this long (default 60)"),
    )
    ocr.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help=translate("Cli", "reader processes (default: one per core)"),
    )


def ocr(args: argparse.Namespace) -> int:
    """casedesk ocr [--redo]: read the pages waiting for OCR."""
    from index.extract.pool import Limits
    from index.ingest.scans import OcrOptions, ScanReading

    options = OcrOptions(
        redo=args.redo,
        limits=Limits(seconds=args.time_limit),
        workers=args.workers,
        passwords=tuple(args.password or []),
    )
    with open_archive(args, write=True) as archive:
        summary = ScanReading(archive, options, on_progress=ProgressBar()).run()
    emit(
        summary.to_dict(),
        args.json,
        ocr_text(summary) or translate("Cli", "No pages are waiting to be read."),
    )
    if summary.stopped:
        return FAILED
    return SOME_PROBLEMS if summary.failed or summary.cancelled else OK


def ocr_text(summary: OcrSummary | None) -> str:
    """What an OCR run did, in plain lines ("" when there was nothing to read)."""
    from desktop.ui.ingest_words import scan_sentences  # Qt-free: the window's wording

    return "\n".join(scan_sentences(summary, translate, number, command_line=True))
