"""What an ingest and an OCR run did, in the sentences both faces show.

``casedesk add`` prints them a line each, the window's status bar shows them on one line
after an add, ``casedesk ocr`` prints the scans' sentences: one wording, translated once
(context ``IngestWords``).  An add to an office database says the same.

No Qt here: the window passes its translator (:mod:`desktop.ui.tr`) and the command line
its own Qt-free one (:mod:`desktop.cli.words`); ``number`` writes a count in the digits
chosen (:func:`desktop.digits.number`).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.ts_catalogue import QT_TRANSLATE_NOOP
from index.ingest.summary import OcrSummary, Summary

CONTEXT = "IngestWords"
Translate = Callable[[str, str], str]
Number = Callable[[int], str]
# index.ingest.scans' reason for stopping (tests/ui/test_ingest_words.py checks they agree).
NOT_INSTALLED = QT_TRANSLATE_NOOP(
    "IngestWords",
    "CaseDesk cannot read scans on this computer: Tesseract or its language data is "
    "not installed. Run tools/bootstrap.sh again, then casedesk ocr.",
)


def summary_sentences(
    summary: Summary, translate: Translate, number: Number, *, command_line: bool
) -> list[str]:
    """The files given and what became of them, the attachments found in them, a stop
    before the end, and the scans read afterwards; where to look next is said for the
    command line or for the window."""
    sentences = [
        translate(
            "IngestWords",
            "{given} file(s): {added} added, {unchanged} unchanged, {duplicates} duplicate(s), "
            "{problems} not indexed.",
        ).format(
            given=number(summary.given),
            added=number(summary.added),
            unchanged=number(summary.unchanged),
            duplicates=number(summary.duplicates),
            problems=number(len(summary.problems)),
        )
    ]
    if summary.attachments or summary.attachment_problems:
        sentences.append(
            translate(
                "IngestWords",
                "{attachments} attachment(s) and embedded file(s) added, {problems} not indexed.",
            ).format(
                attachments=number(summary.attachments),
                problems=number(len(summary.attachment_problems)),
            )
        )
    if summary.cancelled and summary.ocr is None:
        sentences.append(
            translate(
                "IngestWords", "Stopped before the end: {count} file(s) not done yet."
            ).format(count=number(summary.not_done))
        )
    return sentences + scan_sentences(summary.ocr, translate, number, command_line=command_line)


def scan_sentences(
    ocr: OcrSummary | None, translate: Translate, number: Number, *, command_line: bool
) -> list[str]:
    """What an OCR run did (none when no page was waiting)."""
    if ocr is None or not ocr.pages:
        return []
    sentences = [
        translate(
            "IngestWords",
            "Scans: {pages} page(s) to read: {read} read, {no_text} with no readable text, "
            "{failed} could not be read.",
        ).format(
            pages=number(ocr.pages),
            read=number(ocr.read),
            no_text=number(ocr.no_text),
            failed=number(ocr.failed),
        )
    ]
    if ocr.not_done:
        waiting = (
            translate(
                "IngestWords",
                "Stopped before the end: {count} page(s) still waiting (casedesk ocr reads them).",
            )
            if command_line
            else translate(
                "IngestWords",
                "Stopped before the end: {count} page(s) still waiting (the next add reads them).",
            )
        )
        sentences.append(waiting.format(count=number(ocr.not_done)))
    if ocr.no_text or ocr.failed:
        sentences.append(
            translate("IngestWords", "casedesk problems lists the pages with no readable text.")
            if command_line
            else translate("IngestWords", "Problems lists the pages with no readable text.")
        )
    if ocr.stopped:
        sentences.append(translate("IngestWords", ocr.stopped))
    return sentences
