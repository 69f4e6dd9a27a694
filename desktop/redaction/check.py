"""Reading a finished PDF back to prove a redaction held.

Four readings, any of which would show a value that slipped through: PDFium's text
of every page; OCR of every page that is or holds a picture (a page made a picture by
the redaction, a scan that went in as it was), matched exactly and approximately as
:mod:`.approximate` does; every string and name in the file's object tree (metadata,
bookmarks, form fields, annotations — everything reachable from the trailer); and every
stream but images' pixels decompressed, searched as bytes.  Places are described
("page 3 text", "page 4 picture", "object 41"), never the value.  A picture page OCR
could not read within its limits is named too ("page 4 picture (not read back)"): a
check that could not look is not a check that passed.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from desktop.redaction.kinds import Redaction
from desktop.redaction.pages import page_text
from desktop.redaction.scans import ScanReader, look_at, needs_reading, read_pictures


def leaks(
    path: Path | bytes,
    redaction: Redaction,
    password: str | None = None,
    scans: ScanReader | None = None,
) -> list[str]:
    """Where in the PDF (a file or its bytes) a redacted value can still be read (empty:
    nowhere).  Pictures are read by OCR with ``scans`` (a new reader when none)."""
    if not redaction:
        return []
    if scans is None:
        with ScanReader() as own:
            pages = _page_leaks(path, redaction, password, own)
    else:
        pages = _page_leaks(path, redaction, password, scans)
    return pages + _object_leaks(path, redaction, password)


def _page_leaks(
    path: Path | bytes, redaction: Redaction, password: str | None, scans: ScanReader
) -> list[str]:
    document = pdfium.PdfDocument(path if isinstance(path, bytes) else str(path), password=password)
    try:
        places = []
        for index in range(len(document)):
            text = page_text(document, index)
            if redaction.spans(text):
                places.append(f"page {index + 1} text")
            shown = _picture_shows_value(document[index], text, redaction, scans)
            if shown:
                places.append(f"page {index + 1} {shown}")
        return places
    finally:
        document.close()


def _picture_shows_value(
    page: pdfium.PdfPage, text: str, redaction: Redaction, scans: ScanReader
) -> str:
    """ "picture" when OCR finds a value on the page, "picture (not read back)" when OCR
    could not read it within its limits, else "" (only a page that is or holds a picture
    is read: the text layer was searched already)."""
    try:
        look = look_at(page, sum(not c.isspace() for c in text))
        if not needs_reading(page, look):
            return ""
        finding = read_pictures(page, look, redaction, scans, unsure_numbers=False)
        if not finding.read:
            return "picture (not read back)"
        return "picture" if finding.matches else ""
    finally:
        page.close()


def _object_leaks(path: Path | bytes, redaction: Redaction, password: str | None) -> list[str]:
    reader = PdfReader(io.BytesIO(path) if isinstance(path, bytes) else path)
    if reader.is_encrypted:
        reader.decrypt(password or "")
    places: list[str] = []
    seen: set[int] = set()
    pending: list[tuple[object, str]] = [(reader.trailer, "trailer")]
    while pending:
        item, where = pending.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            pending.append((item.get_object(), f"object {item.idnum}"))
        elif isinstance(item, DictionaryObject):
            if isinstance(item, StreamObject) and _is_text(item) and _found_in(item, redaction):
                places.append(f"{where} (stream)")
            for key, value in item.items():
                if key != "/Parent":
                    pending.append((value, where))
                if redaction.spans(str(key)):
                    places.append(f"{where} (name)")
        elif isinstance(item, ArrayObject):
            pending.extend((value, where) for value in item)
        elif isinstance(item, str | bytes) and redaction.spans(_as_text(item)):
            places.append(where)
    return places


def _is_text(stream: StreamObject) -> bool:
    """Every stream but an image's pixels (megabytes each, and no reader takes text there)."""
    return stream.get("/Subtype") != "/Image"


def _found_in(stream: StreamObject, redaction: Redaction) -> bool:
    try:
        data = stream.get_data()
    except Exception:
        data = stream._data
    return bool(redaction.spans(data.decode("latin-1")))


def _as_text(value: str | bytes) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)
