"""A stored file's page as an image to read: a picture's page, or a PDF page rendered.

PDF pages are rendered upright by PDFium at :data:`PDF_DPI`, smaller when the page is so
large that the picture would pass the pictures' own pixel limit (a scanner's page that is
one picture at that resolution is taken as it is: ``pdf_scan``); pictures are opened
through ``index.extract.image`` (size checked before decoding, EXIF orientation applied)
and reduced to :data:`READ_SIDE` pixels a side — more detail than that does not help
Tesseract and costs time and memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image

from index.extract.base import ExtractionFailed, ExtractOptions
from index.extract.image import MAX_PIXELS, open_page, picture_format
from index.extract.pdf import HEAD_WINDOW, MAGIC
from index.ocr.pdf_scan import scanned_picture
from index.problems import ProblemKind

PDF_DPI = 300
READ_SIDE = 4200


@dataclass(frozen=True)
class PageImage:
    """A page ready to read: the image, the size of the page as shown (boxes are given in
    it), and the resolution a PDF page was rendered at (0 for a picture)."""

    image: Image.Image
    size: tuple[int, int]
    dpi: int = 0


def page_image(path: Path, page: int, options: ExtractOptions) -> PageImage:
    """Page ``page`` (from 1) of the file at ``path``, as an image."""
    try:
        with path.open("rb") as f:
            head = f.read(HEAD_WINDOW)
    except OSError as error:
        raise ExtractionFailed.of(ProblemKind.UNREADABLE, detail=type(error).__name__) from None
    if MAGIC in head:
        return _pdf_page(path, page, options.passwords)
    if picture_format(head):
        image, size = open_page(path, page, READ_SIDE)
        return PageImage(image, size)
    raise ExtractionFailed.of(ProblemKind.UNSUPPORTED, what="not a picture or a PDF")


def shown_page(path: Path, page: int, max_side: int, passwords: tuple[str, ...] = ()) -> PageImage:
    """Page ``page`` of a picture or PDF as a viewer shows it, at most ``max_side`` pixels
    a side (for the preview: the boxes of a reading scale to it by width)."""
    with path.open("rb") as f:
        head = f.read(HEAD_WINDOW)
    if MAGIC in head:
        return _pdf_page(path, page, passwords, max_side)
    image, size = open_page(path, page, max_side)
    return PageImage(image, size)


def _pdf_page(path: Path, page: int, passwords: tuple[str, ...], max_side: int = 0) -> PageImage:
    document = _open_pdf(path, passwords)
    try:
        if not 1 <= page <= len(document):
            raise ExtractionFailed.of(ProblemKind.DAMAGED, detail=f"no page {page}")
        pdf_page = document[page - 1]
        try:
            width, height = pdf_page.get_size()  # points, as shown (after /Rotate)
            dpi = _dpi_within_limit(width, height)
            if max_side:
                dpi = min(dpi, max(1, int(max_side * 72 / max(width, height))))
            image = None if max_side else scanned_picture(pdf_page, dpi)
            if image is None:
                bitmap = pdf_page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True)
                image = bitmap.to_pil().convert("L")
        finally:
            pdf_page.close()
    except pdfium.PdfiumError:
        raise ExtractionFailed.of(ProblemKind.DAMAGED, detail="PdfiumError") from None
    finally:
        document.close()
    return PageImage(image, image.size, dpi)


def _open_pdf(path: Path, passwords: tuple[str, ...]) -> pdfium.PdfDocument:
    for password in dict.fromkeys(("", *passwords)):
        try:
            return pdfium.PdfDocument(path, password=password or None)
        except pdfium.PdfiumError:
            continue
    raise ExtractionFailed.of(ProblemKind.PASSWORD)


def _dpi_within_limit(width_pt: float, height_pt: float) -> int:
    """:data:`PDF_DPI`, or less for a page that would otherwise pass the pixel limit."""
    pixels = (width_pt / 72 * PDF_DPI) * (height_pt / 72 * PDF_DPI)
    if pixels <= MAX_PIXELS:
        return PDF_DPI
    return max(36, int(PDF_DPI * (MAX_PIXELS / pixels) ** 0.5))
