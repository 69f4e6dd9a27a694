"""``casedesk packet``: a case's documents as one stamped, bookmarked PDF.

Without ``--doc`` or ``--from-search`` the packet holds every document of the case in
date order, except the office's internal ones (briefing notes, cover sheets, earlier
packets) unless ``--include-internal``; the summary names those left out.  A
password-protected PDF needs ``--pdf-password ID=PW`` (used once, never kept), or
``--leave-out-locked``; exit code 1 when one was left out.  The packet is kept in the
archive (``outputs/``, with its manifest) and copied to ``-o``; ``--json`` prints the
manifest.  ``--redact passport,a-number,…`` takes those values of the case out of the
packet for real (pages that held one become pictures with the value painted black; the
manifest lists them).  Pages that are pictures (scans, photos) are read by OCR for it; one
OCR cannot read well enough to be sure is blacked out (``--scan-policy black-out``, the
default: the summary and the manifest's ``withheld_pages`` name it) or stops the packet,
naming its stamp (``--scan-policy refuse``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.commands import OK, SOME_PROBLEMS, open_archive
from desktop.cli.output import emit
from desktop.cli.words import ltr, number, translate
from desktop.packets.model import (
    DEFAULT_COVER,
    SCAN_POLICIES,
    LockedDocuments,
    Packet,
    PacketOptions,
)
from desktop.redaction.kinds import KINDS, RedactionError, parse_kinds
from index.errors import UsageError
from index.location import office_url

if TYPE_CHECKING:
    from desktop.packets.keep import KeptPacket
    from desktop.packets.model import Manifest
    from desktop.packets.selection import Selection

SOME_LEFT_OUT = SOME_PROBLEMS  # built, but a password-protected PDF was left out


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The ``packet`` command."""
    packet = sub.add_parser(
        "packet",
        parents=[common],
        help=translate(
            "Cli", "build a briefing packet: cover, contents and the case's documents, stamped"
        ),
        description=translate(
            "Cli",
            "Every page is stamped PREFIX + a running number (CD-000001) at the bottom "
            "right. Without --doc or --from-search, all the case's documents go in, oldest first.",
        ),
    )
    packet.add_argument(
        "--case", required=True, metavar="ID", help=translate("Cli", "the case the packet is for")
    )
    packet.add_argument(
        "--doc",
        action="append",
        type=int,
        default=[],
        metavar="DOC_ID",
        help=translate("Cli", "a document, in order"),
    )
    packet.add_argument(
        "--from-search", default="", metavar="QUERY", help=translate("Cli", "the documents found")
    )
    packet.add_argument(
        "--include-internal",
        action="store_true",
        help=translate(
            "Cli",
            "also put in the case's (or the search's) briefing notes, cover sheets and "
            "earlier packets; without it they are left out (documents given with --doc "
            "always go in)",
        ),
    )
    packet.add_argument(
        "--pdf-password",
        action="append",
        default=[],
        metavar="DOC_ID=PW",
        help=translate(
            "Cli",
            "the password of a password-protected PDF in the packet (may be repeated; "
            "used for this packet only, never kept)",
        ),
    )
    packet.add_argument(
        "--leave-out-locked",
        action="store_true",
        help=translate("Cli", "leave out password-protected PDFs whose password was not given"),
    )
    packet.add_argument(
        "--cover",
        default=DEFAULT_COVER,
        metavar="TEMPLATE",
        help=translate("Cli", "cover template, or none"),
    )
    packet.add_argument("--title", default="", help=translate("Cli", "the packet's title"))
    packet.add_argument(
        "--stamp", default="CD-", metavar="PREFIX", help=translate("Cli", "stamp prefix (CD-)")
    )
    packet.add_argument(
        "--start", type=int, default=1, metavar="N", help=translate("Cli", "first stamp number")
    )
    packet.add_argument(
        "--no-toc", action="store_true", help=translate("Cli", "leave out the contents page")
    )
    packet.add_argument(
        "--confidential",
        action="store_true",
        help=translate("Cli", 'a "CONFIDENTIAL" header on every page'),
    )
    packet.add_argument(
        "--password", metavar="PW", help=translate("Cli", "encrypt the packet (AES-256)")
    )
    packet.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help=translate("Cli", "paper (default: office setting)"),
    )
    add_redact_argument(packet)
    packet.add_argument(
        "--scan-policy",
        choices=SCAN_POLICIES,
        default=SCAN_POLICIES[0],
        help=translate(
            "Cli",
            "with --redact, a scanned page OCR cannot read well enough to be sure no value "
            "is left on it: black the whole page out (default), or refuse to build the packet",
        ),
    )
    packet.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")


def add_redact_argument(parser: argparse.ArgumentParser) -> None:
    """``--redact KINDS`` (shared with ``casedesk draft``)."""
    parser.add_argument(
        "--redact",
        default="",
        metavar="KINDS",
        help=translate(
            "Cli", "remove these values of the case from the output, comma-separated: {kinds}"
        ).format(kinds=", ".join(KINDS)),
    )


def redact_kinds(args: argparse.Namespace) -> tuple[str, ...]:
    """The kinds given to ``--redact``; :class:`UsageError` naming any unknown one."""
    try:
        return parse_kinds(args.redact)
    except RedactionError as error:
        raise UsageError(error.template, **error.values) from None


def packet(args: argparse.Namespace) -> int:
    """casedesk packet --case ID …: build, keep in the archive, copy to -o."""
    # Here, not at the top: it brings in Qt (pages are laid out with it), which every
    # other command would pay for (0.3 s, and an import hook on every later import).
    from desktop.packets.keep import build_and_keep, export_packet
    from desktop.packets.selection import choose_documents  # the archive and its search

    if args.output.suffix.lower() != ".pdf":
        raise UsageError(
            "Write the packet to a .pdf file, not {name}.", name=repr(args.output.name)
        )
    case_id = args.case.strip().upper()
    url = office_url(args.archive)
    if url is not None:
        return _packet_in_office(args, url, case_id)
    with open_archive(args, write=True) as archive:
        chosen = choose_documents(
            archive, case_id, args.doc, args.from_search, args.include_internal
        )
        packet = _packet(args, case_id, chosen.ids, archive.cases.office())
        try:
            kept = build_and_keep(archive, packet)
        except LockedDocuments as locked:
            raise UsageError(_locked_advice(locked)) from None
        export_packet(archive, kept, args.output)
    emit(_data(kept, args.output, chosen), args.json, _text(kept, args.output, chosen))
    return SOME_LEFT_OUT if kept.manifest.left_out else OK


def _packet_in_office(args: argparse.Namespace, url: str, case_id: str) -> int:
    """The packet of an office database: the case and documents read with the desk's
    login, originals fetched from their chunks into this desk's cache, the packet built
    there and kept in the office's ``outputs`` (audit rows naming the login)."""
    from desktop.packets.keep import build_keep_and_export
    from desktop.packets.selection import choose_documents
    from index.office.office_archive import office_archive

    with office_archive(url) as office:
        chosen = choose_documents(
            office, case_id, args.doc, args.from_search, args.include_internal
        )
        packet = _packet(args, case_id, chosen.ids, office.cases.office())
        try:
            kept = build_keep_and_export(
                office, office.outputs, packet, args.output, office.documents.cache
            )
        except LockedDocuments as locked:
            raise UsageError(_locked_advice(locked)) from None
    emit(_data(kept, args.output, chosen), args.json, _text(kept, args.output, chosen))
    return SOME_LEFT_OUT if kept.manifest.left_out else OK


def _packet(
    args: argparse.Namespace, case_id: str, ids: tuple[int, ...], office: dict[str, str]
) -> Packet:
    """The packet the arguments ask for, of the documents ``ids``."""
    options = PacketOptions(
        toc=not args.no_toc,
        stamp_prefix=args.stamp,
        start_number=args.start,
        confidential=args.confidential,
        paper=args.paper or office.get("paper") or "a4",
        password=args.password,
        redact=redact_kinds(args),
        scan_policy=args.scan_policy,
    )
    cover = None if args.cover.lower() == "none" else args.cover
    title = args.title or f"Briefing packet {case_id}"  # the packet's own words
    passwords = _passwords(args.pdf_password)
    return Packet(title, case_id, ids, cover, options, passwords, args.leave_out_locked)


def _scan_lines(manifest: Manifest) -> list[str]:
    """What the summary says of scanned pages: how many were read, which were withheld."""
    lines = []
    if manifest.read_by_ocr:
        lines.append(
            translate("Cli", "Pages read by OCR (scans and pictures): {count}.").format(
                count=number(manifest.read_by_ocr)
            )
        )
    if manifest.withheld:
        named = ", ".join(f"{number(p.page)} ({ltr(p.stamp)})" for p in manifest.withheld)
        lines.append(
            translate(
                "Cli",
                "Pages withheld, blacked out (could not be read well enough to redact): {pages}.",
            ).format(pages=named)
        )
    return lines


def _passwords(given: list[str]) -> dict[int, str]:
    """``--pdf-password 14=secret`` as ``{14: "secret"}``; :class:`UsageError` if malformed."""
    passwords = {}
    for item in given:
        number, sep, password = item.partition("=")
        if not (sep and number.strip().isdigit() and password):
            raise UsageError(
                "Give a PDF's password as --pdf-password DOC_ID=PASSWORD "
                "(the document's number, as casedesk search and show print it)."
            )
        passwords[int(number)] = password
    return passwords


def _locked_advice(locked: LockedDocuments) -> str:
    """The refusal for locked PDFs without a password, with the two ways on."""
    from desktop.cli.words import error_text

    first = locked.documents[0][0]
    ways = translate(
        "Cli",
        "Give each password with --pdf-password ID=PASSWORD (e.g. --pdf-password {first}=…), "
        "or build without them: --leave-out-locked.",
    )
    return f"{error_text(locked)} {ways.format(first=first)}"


def _data(kept: KeptPacket, target: Path, chosen: Selection) -> dict[str, object]:
    data = kept.manifest.as_json()
    data["internal_left_out"] = [
        {"id": i, "title": title, "kind": kind} for i, title, kind in chosen.internal
    ]
    data["output"] = str(target)
    data["archive_path"] = str(kept.output.path)
    data["output_id"] = kept.output.id
    data["document_id"] = kept.output.document_id
    return data


def _text(kept: KeptPacket, target: Path, chosen: Selection) -> str:
    manifest = kept.manifest
    built = translate("Cli", "Built a packet of {pages} page(s): {file}")
    lines = [built.format(pages=number(manifest.pages), file=target)]
    on_page = translate("Cli", "p. {page}")
    for d in manifest.documents:
        stamps = ltr(f"{d.stamp_first}–{d.stamp_last}")
        lines.append(f"  {stamps}  ({on_page.format(page=number(d.first_page))})  {d.title}")
    if manifest.redact:
        pages = ", ".join(number(p.page) for p in manifest.redacted) or translate("Cli", "none")
        redacted = translate("Cli", "Redacted {kinds}; pages made pictures: {pages}")
        lines.append(redacted.format(kinds=", ".join(manifest.redact), pages=pages))
        lines += _scan_lines(manifest)
    left_out = translate("Cli", "Left out document {doc_id} ({title}): {reason}.")
    for d in manifest.left_out:
        lines.append(left_out.format(doc_id=d.id, title=d.title, reason=d.reason))
    if chosen.internal:
        names = "; ".join(f"{i} {title} ({kind})" for i, title, kind in chosen.internal)
        lines.append(
            translate(
                "Cli",
                "Left out as internal (briefing notes, cover sheets and earlier packets): "
                "{documents}. Add --include-internal (or --doc ID) to put them in.",
            ).format(documents=names)
        )
    where = (
        translate("Cli", "Kept in the archive as {path} (encrypted: not searchable)")
        if manifest.encrypted
        else translate("Cli", "Kept in the archive as {path}")
    )
    lines.append(where.format(path=kept.output.path))
    return "\n".join(lines)
