"""Finding values on PDF pages (PDFium, and OCR for pictures) and replacing such a page
by a picture of it.

A page's text layer is searched through PDFium's characters; a page that is or holds a
picture is also read by OCR (:mod:`.scans`), and the words showing a value are found
exactly or approximately (:mod:`.approximate`).  A page holding a value is rendered by
PDFium (150 dpi by default), each character (or OCR'd word) of each value is painted
solid black on the picture, and the picture becomes the whole of a new page of the same
size: no text layer is left on that page at all, so nothing under a black box can be
selected, copied or extracted.  A page whose OCR reading was not sure enough is, when
written, a black page saying it was withheld.  Pages without a value are copied as they
are and stay searchable.  Expects upright pages (``/Rotate`` 0, the media box at the
origin), as the packet's page fitter makes them.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject

from desktop.redaction.kinds import Redaction
from desktop.redaction.scans import ScanReader, look_at, needs_reading, read_pictures

DPI = 150
WITHHELD = "page withheld: could not be read well enough to redact"
_PAD = 1.5  # points of black around each character
Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points


@dataclass(frozen=True)
class Found:
    """Values found on one page: how many, and the characters' (or words') boxes to paint
    over.  ``sure`` is False when the page was read by OCR and the reading cannot be
    trusted: the whole page is withheld rather than painted."""

    page: int  # from 0
    matches: int
    boxes: tuple[Box, ...]
    sure: bool = True


def find_values(
    path: Path,
    redaction: Redaction,
    password: str | None = None,
    scans: ScanReader | None = None,
    stop: Callable[[], None] = lambda: None,
) -> list[Found]:
    """Every page of the PDF at ``path`` that holds a value (or that OCR could not read
    well enough to be sure), with where it is.  Pictures are read by OCR with ``scans``
    (none: text only); ``stop`` is called before each page and may raise to cancel."""
    document = pdfium.PdfDocument(str(path), password=password)
    try:
        found = []
        for index in range(len(document)):
            stop()
            here = _find_on(document, index, redaction)
            if scans is not None:
                here = _with_pictures(document, index, redaction, scans, here)
            if here is not None:
                found.append(here)
        return found
    finally:
        document.close()


def _with_pictures(
    document: pdfium.PdfDocument,
    index: int,
    redaction: Redaction,
    scans: ScanReader,
    found: Found | None,
) -> Found | None:
    """``found`` (the text layer's values) with what OCR finds in the page's pictures."""
    page = document[index]
    try:
        look = look_at(page, _characters(document, index))
        if not needs_reading(page, look):
            return found
        scan = read_pictures(page, look, redaction, scans)
    finally:
        page.close()
    if not scan.matches and scan.sure:
        return found
    matches, boxes = (found.matches, found.boxes) if found else (0, ())
    return Found(index, matches + scan.matches, boxes + scan.boxes, scan.sure)


def _characters(document: pdfium.PdfDocument, index: int) -> int:
    return sum(not c.isspace() for c in page_text(document, index))


def page_text(document: pdfium.PdfDocument, index: int) -> str:
    """Page ``index``'s text, one character per PDFium character index."""
    page = document[index]
    textpage = page.get_textpage()
    try:
        return "".join(
            _char(pdfium_c.FPDFText_GetUnicode(textpage.raw, i))
            for i in range(textpage.count_chars())
        )
    finally:
        textpage.close()
        page.close()


def _find_on(document: pdfium.PdfDocument, index: int, redaction: Redaction) -> Found | None:
    spans = redaction.spans(page_text(document, index))
    if not spans:
        return None
    page = document[index]
    textpage = page.get_textpage()
    try:
        boxes = [textpage.get_charbox(i, loose=True) for a, b in spans for i in range(a, b)]
    finally:
        textpage.close()
        page.close()
    drawn = tuple(tuple(map(float, b)) for b in boxes if b[2] > b[0] and b[3] > b[1])
    return Found(index, len(spans), drawn)  # type: ignore[arg-type]


def _char(code: int) -> str:
    return chr(code) if 0 < code < 0x110000 and not 0xD800 <= code < 0xE000 else "\ufffd"


def write_redacted(source: Path, found: list[Found], target: Path, dpi: int = DPI) -> None:
    """``source`` copied to ``target`` with each page in ``found`` replaced by its picture."""
    by_page = {f.page: f for f in found}
    pictures = pdfium.PdfDocument(str(source))
    try:
        writer = PdfWriter()
        for index, page in enumerate(PdfReader(source).pages):
            if index in by_page and not by_page[index].sure:
                writer.add_page(_withheld_page(writer, page))
            elif index in by_page:
                writer.add_page(_picture_page(writer, pictures, by_page[index], dpi))
            else:
                writer.add_page(page)
        with target.open("wb") as out:
            writer.write(out)
    finally:
        pictures.close()


def _picture_page(
    writer: PdfWriter, document: pdfium.PdfDocument, found: Found, dpi: int
) -> PageObject:
    """A new page of the same size holding only the page's picture, values painted black."""
    page = document[found.page]
    try:
        width, height = page.get_size()
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
        pixels, columns, rows = _rgb(bitmap)
        bitmap.close()
    finally:
        page.close()
    scale = columns / width
    for box in found.boxes:
        _paint(pixels, columns, rows, _pixel_box(box, height, scale))
    blank = PageObject.create_blank_page(width=width, height=height)
    image = _image(pixels, columns, rows)
    blank[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/XObject"): DictionaryObject(
                {NameObject("/CDRedacted"): writer._add_object(image)}
            )
        }
    )
    content = StreamObject()
    content._data = f"q {width:.4f} 0 0 {height:.4f} 0 0 cm /CDRedacted Do Q".encode()
    blank[NameObject("/Contents")] = writer._add_object(content)
    return blank


def _withheld_page(writer: PdfWriter, page: PageObject) -> PageObject:
    """A black page of the same size with one white line saying it was withheld."""
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    blank = PageObject.create_blank_page(width=width, height=height)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )
    blank[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/CDW"): writer._add_object(font)})}
    )
    size = min(14.0, width / 34)  # the line fits across the page
    content = StreamObject()
    content._data = (
        f"q 0 g 0 0 {width:.4f} {height:.4f} re f 1 g BT /CDW {size:.2f} Tf "
        f"{width * 0.08:.4f} {height / 2:.4f} Td ({WITHHELD}) Tj ET Q"
    ).encode()
    blank[NameObject("/Contents")] = writer._add_object(content)
    return blank


def _rgb(bitmap: pdfium.PdfBitmap) -> tuple[bytearray, int, int]:
    """The bitmap's pixels as tightly packed RGB rows."""
    columns, rows, stride = bitmap.width, bitmap.height, bitmap.stride
    channels = bitmap.n_channels
    raw = bytes(bitmap.buffer)
    if channels == 3 and stride == columns * 3:
        return bytearray(raw), columns, rows
    packed = bytearray(columns * rows * 3)
    for y in range(rows):
        line = raw[y * stride : y * stride + columns * channels]
        if channels == 4:
            line = bytes(b for i, b in enumerate(line) if i % 4 != 3)
        packed[y * columns * 3 : (y + 1) * columns * 3] = line
    return packed, columns, rows


def _pixel_box(box: Box, height: float, scale: float) -> tuple[int, int, int, int]:
    left, bottom, right, top = box
    return (
        math.floor((left - _PAD) * scale),
        math.floor((height - top - _PAD) * scale),
        math.ceil((right + _PAD) * scale),
        math.ceil((height - bottom + _PAD) * scale),
    )


def _paint(pixels: bytearray, columns: int, rows: int, box: tuple[int, int, int, int]) -> None:
    x0, y0, x1, y1 = max(box[0], 0), max(box[1], 0), min(box[2], columns), min(box[3], rows)
    if x1 <= x0 or y1 <= y0:
        return
    black = bytes((x1 - x0) * 3)
    for y in range(y0, y1):
        start = (y * columns + x0) * 3
        pixels[start : start + len(black)] = black


def _image(pixels: bytearray, columns: int, rows: int) -> StreamObject:
    """The picture as a Flate image: lossless, and grey when the page has no colour (a
    third of the size)."""
    red, green, blue = pixels[0::3], pixels[1::3], pixels[2::3]
    grey = red == green == blue
    image = StreamObject()
    image._data = zlib.compress(bytes(red if grey else pixels), 6)
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(columns),
            NameObject("/Height"): NumberObject(rows),
            NameObject("/ColorSpace"): NameObject("/DeviceGray" if grey else "/DeviceRGB"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/FlateDecode"),
        }
    )
    return image
