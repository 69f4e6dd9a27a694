"""The work the Packet builder hands to lanes: plain functions, no widgets.

Reading a case's documents, the chosen search results, the covers and the office's
paper run on the session's reads lane; building and keeping the packet (the file in
``outputs/``, its manifest, the audit row) on the writes lane, reporting its pages as
it goes and stopping when the task is cancelled.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import digits
from desktop.drafting.library import TemplateLibrary
from desktop.packets.keep import (
    Audit,
    KeptPacket,
    build_and_keep,
    build_and_keep_here,
    export_packet,
    packet_used,
)
from desktop.packets.model import DEFAULT_COVER, PAPERS, Packet
from desktop.packets.selection import is_internal
from desktop.ui import language
from desktop.ui.case_words import kind_label
from desktop.ui.text_direction import latin_run
from desktop.ui.tr import translate
from desktop.ui.workers import Task
from index.archive import Archive
from index.cases.model import Case
from index.catalog.records import Document

if TYPE_CHECKING:
    from index.office.desk_archive import DeskArchive


@dataclass(frozen=True)
class Entry:
    """One document as the builder lists it."""

    id: int
    title: str
    kind: str
    date: str
    pages: int

    @property
    def label(self) -> str:
        """What the list shows: title, then kind, date and pages when known."""
        about = [kind_label(self.kind or "document")]
        if self.date:
            about.append(latin_run(digits.number(self.date)))
        if self.pages:
            about.append(
                translate("PacketJobs", "1 page")
                if self.pages == 1
                else translate("PacketJobs", "{pages} pages").format(
                    pages=digits.number(self.pages)
                )
            )
        return f"{self.title}  ({', '.join(about)})"


@dataclass(frozen=True)
class Listing:
    """Documents for the builder's list, and the internal ones left out of it."""

    entries: list[Entry]
    internal: list[Entry]


@dataclass(frozen=True)
class Start:
    """What the builder needs to open: the cases, covers, the office's paper, documents."""

    cases: list[Case]
    covers: list[tuple[str, str]]  # (template name, title), the packet cover first
    paper: str
    listing: Listing


def entry(document: Document) -> Entry:
    """A catalog document as a list entry."""
    return Entry(
        document.id,
        document.title or document.name,
        document.kind,
        document.date,
        document.page_count,
    )


def case_entries(archive: Archive, case_id: str) -> Listing:
    """The case's documents, oldest first; its internal ones (briefing notes, cover
    sheets, earlier packets) apart."""
    if not case_id:
        return Listing([], [])
    return _listing(d for d, _how in archive.cases.documents(case_id))


def entries(archive: Archive, ids: Sequence[int]) -> Listing:
    """The documents ``ids`` in that order (each once, gone ones dropped), internal ones
    apart: chosen search results are a search, whose internal hits wait to be asked for."""
    found = (archive.documents.document(doc_id) for doc_id in dict.fromkeys(ids))
    return _listing(d for d in found if d is not None)


def _listing(documents: Iterable[Document]) -> Listing:
    listing = Listing([], [])
    for document in documents:
        side = listing.internal if is_internal(document.kind) else listing.entries
        side.append(entry(document))
    return listing


def covers(library: TemplateLibrary) -> list[tuple[str, str]]:
    """Every readable template as a possible cover, the packet cover sheet first, each by
    its title in the window's language (a template's own translation, as Drafting lists)."""
    good, _broken = library.scan()
    code = language.current()
    listed = sorted(good, key=lambda t: (t.name != DEFAULT_COVER, t.title_in(code).lower()))
    return [(t.name, t.title_in(code)) for t in listed]


def start(
    archive: Archive, library: TemplateLibrary, case_id: str, ids: Sequence[int] | None
) -> Start:
    """Everything the builder shows at first: ``ids`` if given, else the case's documents."""
    paper = archive.cases.office().get("paper") or "a4"
    chosen = entries(archive, ids) if ids else case_entries(archive, case_id)
    return Start(archive.cases.list(), covers(library), paper if paper in PAPERS else "a4", chosen)


def build(archive: Archive, packet: Packet, task: Task) -> KeptPacket:
    """Build and keep ``packet``, reporting ``(pages done, pages in all)``; on an office
    database it is built in this desk's cache and kept in the office's outputs (this
    desk keeps a copy to open, save and print)."""

    def progress(done: int, total: int) -> None:
        task.report((done, total))

    def cancelled() -> bool:
        return task.cancelled

    if archive.in_office:
        work = archive.documents.cache
        return build_and_keep_here(archive, archive.outputs, packet, work, progress, cancelled)
    return build_and_keep(archive, packet, progress=progress, cancelled=cancelled)


def export_copy(archive: Archive, kept: KeptPacket, target: Path) -> Path:
    """Copy the kept packet to ``target`` (whole or not at all) and note it in the audit log."""
    export_packet(archive, kept, target, _audit(archive))
    return target


def note_printed(archive: Archive, kept: KeptPacket, pages: int) -> None:
    """Note in the audit log that the packet was printed."""
    _audit(archive)("printed", {**packet_used(kept), "pages": pages})


def _audit(archive: Archive | DeskArchive) -> Audit:
    """Where audit rows go: the archive's catalog, or the office database (its login)."""
    return archive.outputs.record if archive.in_office else archive.catalog.audit


def in_archive(kept: KeptPacket, root: Path) -> str:
    """Where the packet is kept, relative to the archive's folder."""
    try:
        return kept.output.path.relative_to(root).as_posix()
    except ValueError:  # an office database's: its name there
        return kept.manifest.output or str(kept.output.path)
