"""The front of a packet: the cover (a rendered template) and the table of contents.

The contents page lists each document with the packet page it starts on and its
stamps.  Its numbers depend on its own length, so it is rendered until its page count
stops changing (once or twice in practice).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace

from desktop.drafting.errors import MissingFields
from desktop.drafting.fields import needed_fields
from desktop.drafting.gather import Holdings, context_for_case
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.output import to_pdf
from desktop.drafting.prefill import prefill
from desktop.drafting.render import render_html
from desktop.output.bidi import dir_attribute, isolate
from desktop.output.paged import PageSetup, PdfResult, render_pdf
from desktop.packets.model import Packet, PacketError, PacketOptions, PlacedDocument
from desktop.packets.sources import Source
from desktop.redaction.kinds import Redaction

_MAX_TOC_ROUNDS = 5


def render_cover(
    archive: Holdings, packet: Packet, sources: Sequence[Source], redaction: Redaction | None = None
) -> PdfResult | None:
    """The cover template rendered for the packet's case, or ``None`` for no cover.

    Redacted kinds are withheld from the case the template sees (as drafting withholds
    confidential fields), and any value still in the rendered page is replaced.
    """
    if packet.cover is None:
        return None
    library = TemplateLibrary.for_archive(archive.root)
    info = library.get(packet.cover)
    context = context_for_case(archive, packet.case_id, redact=packet.options.redact)
    context["packet"] = {"first_stamp": packet.options.stamp(0), "documents": len(sources)}
    names = {f.name for f in needed_fields(library, info)}
    given = {
        "packet_title": packet.title,
        # Numbered as the contents page numbers them (never by the archive's own ids).
        # A Dari title isolated: the numbered line stays a line of the (English) cover.
        "packet_documents": "\n".join(f"{n}. {isolate(s.title)}" for n, s in enumerate(sources, 1)),
    }
    values = {**prefill(library, info, context), **{k: v for k, v in given.items() if k in names}}
    try:
        rendered = render_html(library, packet.cover, context, values)
    except MissingFields as missing:
        labels = "; ".join(m.label for m in missing.missing)
        raise PacketError(
            f"The {missing.template_title} cannot be a packet cover as it is: it needs "
            f"{labels}. Choose another cover (or none)."
        ) from None
    if redaction:
        rendered = replace(rendered, html=redaction.replace(rendered.html))
    return to_pdf(rendered, packet.options.paper)


def place(
    sources: Sequence[Source], first_page: int, options: PacketOptions
) -> tuple[PlacedDocument, ...]:
    """Where each document lands when the first starts on packet page ``first_page``."""
    placed, page = [], first_page
    for source in sources:
        last = page + source.pages - 1
        stamps = options.stamp(page - 1), options.stamp(last - 1)
        placed.append(PlacedDocument(source.id, source.title, page, last, *stamps))
        page = last + 1
    return tuple(placed)


def render_toc(
    packet: Packet, sources: Sequence[Source], cover_pages: int
) -> tuple[PdfResult | None, tuple[PlacedDocument, ...]]:
    """The contents pages (``None`` when switched off) and where each document lands."""
    options = packet.options
    if not options.toc:
        return None, place(sources, cover_pages + 1, options)
    setup = PageSetup(paper=options.paper, footer_left=f"{packet.case_id} · Contents")
    toc_pages = 1
    for _ in range(_MAX_TOC_ROUNDS):
        placed = place(sources, cover_pages + toc_pages + 1, options)
        result = render_pdf(toc_html(packet, placed), setup)
        if result.pages == toc_pages:
            return result, placed
        toc_pages = result.pages
    raise PacketError("The table of contents could not be laid out; build without it.")


def toc_html(packet: Packet, placed: Sequence[PlacedDocument]) -> str:
    """The contents as HTML: number, title, packet page, stamps."""
    rows = "".join(
        f"<tr><td>{n}</td><td{dir_attribute(d.title)}>{html.escape(d.title)}</td>"
        f"<td align='right'>{d.first_page}</td>"
        f"<td>{html.escape(d.stamp_first)} – {html.escape(d.stamp_last)}</td></tr>"
        for n, d in enumerate(placed, start=1)
    )
    return (
        "<html><head><meta charset='utf-8'><style>"
        "body { font-size: 10pt } h1 { font-size: 15pt } th { text-align: left }"
        "td, th { padding: 3px; border-bottom: 1px solid #cccccc }"
        "</style></head><body>"
        f"<h1>Contents</h1><p>{html.escape(isolate(packet.title))} · case "
        f"{html.escape(packet.case_id)}</p>"
        "<table width='100%' cellspacing='0'><tr><th width='6%'>No.</th><th>Document</th>"
        f"<th width='10%'>Page</th><th width='30%'>Stamps</th></tr>{rows}</table>"
        "</body></html>"
    )
