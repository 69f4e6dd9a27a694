"""``casedesk show`` / ``casedesk doc show`` and ``casedesk doc edit``: one document.

Both read and change through :mod:`desktop.operations.documents`, as the window does.
"""

from __future__ import annotations

import argparse
import functools
from dataclasses import asdict
from typing import TYPE_CHECKING

from desktop.cli.commands import FAILED, OK, open_archive
from desktop.cli.output import emit, say
from desktop.cli.words import QT_TRANSLATE_NOOP, ltr, number, translate
from index.errors import UsageError
from index.location import office_url
from index.text.language import LANGUAGE_NAMES
from index.text.mrz.fields import ZoneOnPage

# The operations (and the archive under them) are imported by the commands that run
# them: every command builds this module's arguments.
if TYPE_CHECKING:
    from desktop.operations.documents import DocumentDetails
    from index.catalog.readings import StoredReading

# Which library read a PDF's text (``metadata["reader"]``, docs/PDF-EXTRACTION.md).
READERS = {
    "pdfium": "PDFium",
    "pypdf": QT_TRANSLATE_NOOP("Cli", "pypdf (PDFium could not read this PDF)"),
    "poppler": QT_TRANSLATE_NOOP("Cli", "poppler (PDFium and pypdf could not read this PDF)"),
}
# Where a title or a date came from (desktop.operations.documents words them in English).
SOURCES = (
    QT_TRANSLATE_NOOP("Cli", "taken from the file's name"),
    QT_TRANSLATE_NOOP("Cli", "taken from the file's own title (or an email's subject)"),
    QT_TRANSLATE_NOOP("Cli", "taken from the “Subject:” line of its first page"),
    QT_TRANSLATE_NOOP("Cli", "taken from the heading of its first page"),
    QT_TRANSLATE_NOOP("Cli", "set by hand"),
    QT_TRANSLATE_NOOP("Cli", "taken from the “Date:” line of its first page"),
    QT_TRANSLATE_NOOP("Cli", "taken from the head of the letter"),
    QT_TRANSLATE_NOOP("Cli", "taken from a date on its first page"),
    QT_TRANSLATE_NOOP("Cli", "taken from the file's own date (when it was made or sent)"),
)


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``show`` and ``doc show|edit`` to the command line."""
    _show_flags(
        sub.add_parser("show", parents=[common], help=translate("Cli", "show one document"))
    )
    doc = sub.add_parser(
        "doc", help=translate("Cli", "show one document, or change its title and date")
    )
    actions = doc.add_subparsers(dest="doc_command", metavar="ACTION", required=True)
    _show_flags(
        actions.add_parser(
            "show", parents=[common], help=translate("Cli", "the same as casedesk show")
        )
    )
    edit = actions.add_parser(
        "edit",
        parents=[common],
        help=translate("Cli", "change a document's title and/or date"),
        description=translate(
            "Cli",
            "Change a document's title and/or date by hand. The search index and "
            "letters drafted from then on use them; adding the file again does not undo them.",
        ),
    )
    edit.add_argument("doc_id", type=int, metavar="DOC_ID")
    edit.add_argument("--title", metavar="TITLE", help=translate("Cli", "the new title"))
    edit.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=translate("Cli", 'the date written on the document ("" for none)'),
    )


def _show_flags(show: argparse.ArgumentParser) -> None:
    show.add_argument("doc_id", type=int, metavar="DOC_ID")
    show.add_argument(
        "--text", action="store_true", help=translate("Cli", "include the text of every page")
    )
    show.add_argument("--fields", action="store_true", help=translate("Cli", "include form fields"))


def doc(args: argparse.Namespace) -> int:
    """casedesk doc ACTION."""
    return {"show": show, "edit": edit}[args.doc_command](args)


def show(args: argparse.Namespace) -> int:
    """casedesk show DOC_ID: one document's record (and text, fields)."""
    from desktop.cli.document_place import document_reads
    from desktop.operations import documents

    with document_reads(args) as reads:
        found = documents.details(reads, args.doc_id)
        if found is None:
            say(
                translate("Cli", "There is no document {doc_id} in this archive.").format(
                    doc_id=args.doc_id
                )
            )
            return FAILED
        pages = reads.pages(args.doc_id) if args.text else None
    data = _details_json(found, with_fields=args.fields)
    if pages is not None:
        data["text"] = list(pages)
    emit(data, args.json, _details_text(data, found))
    return OK


def edit(args: argparse.Namespace) -> int:
    """casedesk doc edit DOC_ID [--title T] [--date D]: change them by hand."""
    if args.title is None and args.date is None:
        raise UsageError("Say what to change: --title, --date or both.")
    from desktop.operations import documents
    from index.catalog.catalog import EDITABLE

    url = office_url(args.archive)
    if url is not None:
        from desktop.cli.office_upkeep import edit as edit_in_office

        before, after = edit_in_office(args, url)
    else:
        with open_archive(args, write=True) as archive:
            before = archive.catalog.document(args.doc_id)
            after = documents.edit(archive, args.doc_id, title=args.title, date=args.date)
    changed = [n for n in EDITABLE if getattr(before, n) != getattr(after.document, n)]
    data = {"changed": changed, **_details_json(after, with_fields=False)}
    heading = (
        translate("Cli", "Changed: {fields}.").format(fields=", ".join(changed))
        if changed
        else translate("Cli", "Nothing to change.")
    )
    emit(data, args.json, f"{heading}\n{_details_text(data, after)}")
    return OK


def _details_json(found: DocumentDetails, *, with_fields: bool) -> dict[str, object]:
    data = asdict(found.document)
    data["paths"] = list(found.paths)
    data["cases"] = list(found.cases)
    data["tags"] = list(found.tags)
    data["references"] = [asdict(r) for r in found.references]
    data["pages_needing_ocr"] = list(found.pages_needing_ocr)
    data["ocr"] = [_reading_json(r) for r in found.readings]
    data["waiting_for_ocr"] = list(found.waiting)
    data["ocr_lines"] = list(found.ocr)
    data["zones"] = [zone.as_json() for zone in found.zones]
    if with_fields:
        data["fields"] = [asdict(f) for f in found.fields]
    return data


def _reading_json(stored: StoredReading) -> dict[str, object]:
    """One page read by OCR, for ``show --json`` (how it was read, not its words)."""
    r = stored.reading
    return {
        "page": stored.page,
        "languages": r.languages,
        "engine": r.engine,
        "words": len(r.words),
        "confidence": r.confidence,
        "rotation": r.rotation,
        "failure": stored.failure,
        "read_at": stored.read_at,
    }


def _details_text(data: dict[str, object], found: DocumentDetails) -> str:
    pages = translate("Cli", "{pages} page(s)").format(pages=number(data["page_count"]))
    kind = translate("DocumentKinds", str(data["kind"]))
    lines = [f"{data['id']}: {data['title']}  ({kind}, {data['format']}, {pages})"]
    lines += _where_from_lines(data)
    lines += [  # type: ignore[union-attr]
        "  " + translate("Cli", "from: {path}").format(path=ltr(p)) for p in data["paths"]
    ]
    if data["cases"]:
        cases = ", ".join(data["cases"])  # type: ignore[arg-type]
        lines.append("  " + translate("Cli", "cases: {cases}").format(cases=ltr(cases)))
    if data["tags"]:
        tags = ", ".join(data["tags"])  # type: ignore[arg-type]
        lines.append("  " + translate("Cli", "tags: {tags}").format(tags=tags))
    if data["language"]:
        name = LANGUAGE_NAMES.get(str(data["language"]), str(data["language"]))
        name = translate("DocumentLanguages", name)
        lines.append("  " + translate("Cli", "language: {language}").format(language=name))
    reader = data["metadata"].get("reader", "")  # type: ignore[attr-defined]
    if reader:
        by = translate("Cli", READERS.get(reader, reader))
        lines.append("  " + translate("Cli", "read by: {reader}").format(reader=by))
    from desktop.ui.problem_words import failure_words  # Qt-free: the window's wordings

    failures = functools.partial(failure_words, translate=translate)
    lines += [f"  {line}" for line in found.ocr_in(translate, number, failures)]
    lines += _zones_lines(found.zones)
    for field in data.get("fields", []):  # type: ignore[union-attr]
        lines.append(f"  [{field['type']}] {field['label'] or field['name']}: {field['value']}")
    for page_number, page in enumerate(data.get("text", []), start=1):  # type: ignore[arg-type]
        heading = translate("Cli", "--- page {number} ---").format(number=number(page_number))
        lines.append(f"\n{heading}\n{page}")
    return "\n".join(lines)


def _zones_lines(zones: tuple[ZoneOnPage, ...]) -> list[str]:
    """Each machine-readable zone: its fields when its check digits agree, else why not."""
    lines = []
    for zone in zones:
        lines.append(f"  {zone.heading}:")
        lines += [f"      {label.lower()}: {value}" for label, value in zone.rows]
    return lines


def _where_from_lines(data: dict[str, object]) -> list[str]:
    """The date and where it and the title came from."""
    from desktop.operations import documents

    lines = []
    date_from = documents.date_source(str(data["date_source"]))
    if data["date"]:
        date = translate("Cli", "date: {date}").format(date=ltr(data["date"]))
        lines.append(f"  {date}" + (f" ({translate('Cli', date_from)})" if date_from else ""))
    title_from = documents.title_source(str(data["title_source"]))
    if title_from:
        lines.append(
            "  " + translate("Cli", "title {source}").format(source=translate("Cli", title_from))
        )
    return lines
