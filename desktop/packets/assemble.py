"""Building a packet: check every document, lay out the front, write the PDF.

Nothing is written until every document has been read and counted (a damaged or
locked PDF stops the packet first).  Pages are then added one document at a time,
each source closed once its pages are in, and the writer streams the result straight
to a temporary file beside ``target`` that replaces ``target`` only when complete: a
failure or a cancel leaves no half-written file.

With redaction (``PacketOptions.redact``) the values are taken out before anything is
laid out — from rendered documents' text, titles, the cover's case, and by making each
PDF page that holds one a picture (:mod:`desktop.packets.redact`; pages that are
pictures are read by OCR) — and the finished file is read back, its picture pages by
OCR too (:func:`desktop.redaction.check.leaks`), before it replaces ``target``: a packet
in which a value can still be read is not kept.  A picture page OCR could not read well
enough is blacked out, or, with ``scan_policy="refuse"``, stops the packet with
:class:`UnreadableScans` naming its stamp.  OCR runs in one killable worker process
(:class:`~desktop.redaction.scans.ScanReader`), each page within ``ocr_seconds`` and the
pool's memory limit; a page past them is such a page, and Cancel kills the worker.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from desktop.drafting.gather import Holdings
from desktop.output.encrypt import encrypt_writer
from desktop.packets.front import render_cover, render_toc
from desktop.packets.model import (
    Manifest,
    Packet,
    PacketError,
    PacketOptions,
    PlacedDocument,
    RedactedPage,
    UnreadableScans,
)
from desktop.packets.pages import Marks, PageFitter
from desktop.packets.redact import RedactedSource, redact_source
from desktop.packets.sources import Source, prepare_sources
from desktop.redaction.check import leaks
from desktop.redaction.kinds import Redaction, redaction_for
from desktop.redaction.scans import ScanReader
from index.extract.pool import Limits

CONFIDENTIAL = "CONFIDENTIAL"
Progress = Callable[[int, int], None]  # pages done, pages in all


class PacketCancelled(PacketError):
    """The packet was cancelled while it was being built; nothing was kept."""


def build_packet(
    archive: Holdings,
    packet: Packet,
    target: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Manifest:
    """Build ``packet`` from ``archive`` into the PDF file ``target``; returns its manifest."""
    options = packet.options.checked()
    if not packet.document_ids:
        raise PacketError("A packet needs at least one document.")
    stop = _stopper(cancelled)
    redaction = _redaction(archive, packet.case_id, options.redact)
    packet = replace(packet, title=redaction.replace(packet.title), options=options)
    with (
        ScanReader(Limits(seconds=options.ocr_seconds), stop) as scans,
        tempfile.TemporaryDirectory(prefix="casedesk-packet-") as work,
    ):
        sources, left_out = prepare_sources(archive, packet, Path(work), redaction)
        if not sources:
            raise PacketError("None of the packet's documents could go in; nothing was built.")
        redacted = [
            _redacted(s, redaction, Path(work), options.paper, stop, scans) for s in sources
        ]
        read_by_ocr = scans.pages
        sources = [r.source for r in redacted]
        cover = render_cover(archive, packet, sources, redaction)
        cover_pages = cover.pages if cover else 0
        toc, placed = render_toc(packet, sources, cover_pages)
        toc_pages = toc.pages if toc else 0
        pages, withheld = _redacted_pages(redacted, placed, options)
        if withheld and options.scan_policy == "refuse":
            raise UnreadableScans(tuple(p.stamp for p in withheld))
        total = cover_pages + toc_pages + sum(s.pages for s in sources)
        writer = _Writer(packet, total, progress, cancelled)
        writer.add_front(cover.data if cover else None, toc.data if toc else None)
        for source in sources:
            writer.add_source(source)
        writer.outline(cover_pages, toc_pages, placed)
        writer.finish(target, lambda path: _check(path, redaction, options.password, scans))
    return Manifest(
        total,
        placed,
        options.password is not None,
        cover_pages,
        toc_pages,
        str(target),
        options.redact,
        pages,
        tuple((s.id, s.replaced) for s in sources if s.replaced),
        left_out,
        withheld,
        read_by_ocr,
        options.scan_policy,
    )


def _stopper(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    def stop() -> None:
        if cancelled is not None and cancelled():
            raise PacketCancelled("The packet was cancelled; nothing was kept.")

    return stop


def _redaction(archive: Holdings, case_id: str, kinds: tuple[str, ...]) -> Redaction:
    """The values to take out of the packet (none when nothing is to be redacted)."""
    if not kinds:
        return Redaction()
    case = archive.cases.get(case_id)
    if case is None:
        raise PacketError(f"There is no case {case_id} in this archive.")
    return redaction_for(case, kinds)


def _redacted(
    source: Source,
    redaction: Redaction,
    work: Path,
    paper: str,
    stop: Callable[[], None],
    scans: ScanReader,
) -> RedactedSource:
    stop()
    if not redaction:
        return RedactedSource(source, ())
    return redact_source(source, redaction, work, paper, scans, stop)


def _redacted_pages(
    redacted: Sequence[RedactedSource],
    placed: Sequence[PlacedDocument],
    options: PacketOptions,
) -> tuple[tuple[RedactedPage, ...], tuple[RedactedPage, ...]]:
    """Each page made a picture, and each page withheld (OCR was not sure of it), by its
    packet page number and stamp (never the values)."""
    pages: tuple[list[RedactedPage], list[RedactedPage]] = ([], [])
    for document, done in zip(placed, redacted, strict=True):
        for found in done.found:
            number = document.first_page + found.page
            entry = RedactedPage(number, options.stamp(number - 1), document.id, found.matches)
            pages[0 if found.sure else 1].append(entry)
    return tuple(pages[0]), tuple(pages[1])


def _check(path: Path, redaction: Redaction, password: str | None, scans: ScanReader) -> None:
    """Refuse to keep a packet in which a redacted value can still be read."""
    places = leaks(path, redaction, password, scans)
    if places:
        raise PacketError(
            "The packet was not kept: a value chosen for redaction could still be read in "
            f"it ({', '.join(places[:5])}). Leave that document out, or report this."
        )


class _Writer:
    """The packet's PDF as it is written: pages, stamps, bookmarks, encryption."""

    def __init__(
        self,
        packet: Packet,
        total: int,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.packet = packet
        self.total = total
        self.writer = PdfWriter()
        self.fitter = PageFitter(self.writer, packet.options.paper)
        self.done = 0
        self._progress = progress or (lambda _done, _total: None)
        self._cancelled = cancelled or (lambda: False)

    def add_front(self, cover: bytes | None, toc: bytes | None) -> None:
        """The cover and contents pages (rendered in memory: a few pages each)."""
        for data in (cover, toc):
            if data is not None:
                self._add_pages(PdfReader(io.BytesIO(data)))

    def add_source(self, source: Source) -> None:
        """Every page of one document, then let go of its file."""
        with source.path.open("rb") as stream:
            reader = PdfReader(stream)
            if reader.is_encrypted:
                reader.decrypt("")
            self._add_pages(reader)

    def _add_pages(self, reader: PdfReader) -> None:
        options = self.packet.options
        header = CONFIDENTIAL if options.confidential else ""
        for page in reader.pages:
            if self._cancelled():
                raise PacketCancelled("The packet was cancelled; nothing was kept.")
            self.fitter.add(page, Marks(options.stamp(self.done), header))
            self.done += 1
            self._progress(self.done, self.total)

    def outline(self, cover_pages: int, toc_pages: int, placed: tuple[PlacedDocument, ...]) -> None:
        """Bookmarks: Cover, Contents, and each document under "Documents"."""
        add = self.writer.add_outline_item
        if cover_pages:
            add(title="Cover", page_number=0)
        if toc_pages:
            add(title="Contents", page_number=cover_pages)
        if placed:
            parent = add(title="Documents", page_number=placed[0].first_page - 1)
            for document in placed:
                add(title=document.title, page_number=document.first_page - 1, parent=parent)
        self.writer.page_mode = "/UseOutlines"

    def finish(self, target: Path, check: Callable[[Path], None]) -> None:
        """Encrypt if asked, then stream the PDF to ``target`` (whole or not at all);
        ``check`` reads the written file and raises to keep it from replacing ``target``."""
        options = self.packet.options
        self.writer.add_metadata({"/Title": self.packet.title, "/Creator": "CaseDesk"})
        if options.password is not None:
            encrypt_writer(self.writer, options.password)
        with _replacing(target) as temporary:
            with temporary.open("wb") as out:
                self.writer.write(out)
                out.flush()
                os.fsync(out.fileno())
            check(temporary)


@contextlib.contextmanager
def _replacing(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target`` that becomes ``target`` if all went well."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}-", suffix=".part")
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
