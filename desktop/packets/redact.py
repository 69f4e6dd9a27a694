"""Redacting a packet's documents: values found on a page make that page a picture.

Each document is first flattened exactly as the packet will show it (form values drawn
into the page, annotations dropped, fitted to the paper, no stamp), so a value typed
into a form field is found like any other text.  PDFium then reads every flattened
page, and OCR reads those that are or hold pictures (scans, photos); a page holding a
value is replaced by its picture with the value painted black
(:mod:`desktop.redaction.pages`), and the document goes into the packet from that
file, where it is stamped like any other — the stamps stay text.  A page OCR could not
read well enough to be sure is, under the ``black-out`` policy, a black page saying it
was withheld; under ``refuse`` the packet stops (:mod:`desktop.packets.assemble` names
the pages).  A document without a value goes in from its original, untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from desktop.packets.pages import Marks, PageFitter
from desktop.packets.sources import Source
from desktop.redaction.kinds import Redaction
from desktop.redaction.pages import Found, find_values, write_redacted
from desktop.redaction.scans import ScanReader


@dataclass(frozen=True)
class RedactedSource:
    """A document after redaction: the source to use and the pages made pictures."""

    source: Source
    found: tuple[Found, ...]


def redact_source(
    source: Source,
    redaction: Redaction,
    work: Path,
    paper: str,
    scans: ScanReader | None = None,
    stop: Callable[[], None] = lambda: None,
) -> RedactedSource:
    """``source`` with every page that holds a value replaced by its redacted picture, and
    every page OCR could not be sure of by a withheld page (pictures are read with
    ``scans``; none: the text layer only)."""
    flat = work / f"flat-{source.id}.pdf"
    flatten(source.path, flat, paper)
    try:
        found = find_values(flat, redaction, scans=scans, stop=stop)
        if not found:
            return RedactedSource(source, ())
        target = work / f"redacted-{source.id}.pdf"
        write_redacted(flat, found, target)
    finally:
        flat.unlink(missing_ok=True)
    return RedactedSource(replace(source, path=target), tuple(found))


def flatten(path: Path, target: Path, paper: str) -> None:
    """The PDF at ``path`` as the packet would show it, without stamps, into ``target``."""
    writer = PdfWriter()
    fitter = PageFitter(writer, paper)
    with path.open("rb") as stream:
        reader = PdfReader(stream)
        if reader.is_encrypted:
            reader.decrypt("")
        for page in reader.pages:
            fitter.add(page, Marks(""))
        with target.open("wb") as out:
            writer.write(out)
