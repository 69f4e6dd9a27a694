"""A scanned page for the preview: the picture upright, and the boxes of the matched words.

Run on the reads lane (no widgets; a QImage may be made off the UI thread).  The boxes
OCR stored are in pixels of the page as a viewer shows it (a photo with its EXIF
orientation applied, a PDF page rendered at the reading's dpi); the preview shows a
smaller copy, turned upright by the quarter turn the page was read at, so each box is
scaled by the copy's width and turned with the picture (``Placement``, as OCR turned it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from desktop.ui.tr import translate
from index.catalog.readings import StoredReading
from index.catalog.records import Document
from index.documents.reads import DocumentReads
from index.errors import CaseDeskError
from index.extract.base import ExtractionFailed
from index.ocr.geometry import Placement
from index.ocr.sources import shown_page
from index.search.query import Marks
from index.search.snippets import mark_text

SHOWN_SIDE = 1800  # pixels: sharp at the preview's widths, quick to decode and turn


@dataclass(frozen=True)
class ScanPicture:
    """A page to show as a picture, with the matched words' boxes on it."""

    image: QImage
    boxes: tuple[QRect, ...]
    page: int
    pages: int
    note: str  # "" or a line saying how the page was read


def scan_picture(
    reads: DocumentReads, document: Document, page: int, marks: Marks | None
) -> ScanPicture | None:
    """The picture of ``page`` when it should be shown as one: any page of a picture, and
    a PDF page read by OCR (its text layer, if any, was not the page's text); None else."""
    page = max(1, min(page or 1, document.page_count))
    stored = next((r for r in reads.readings(document.id) if r.page == page), None)
    if document.format != "image" and (stored is None or not stored.readable):
        return None
    original = reads.original(document.sha256)
    try:
        shown = shown_page(original, page, SHOWN_SIDE).image
    except (ExtractionFailed, CaseDeskError, OSError):
        return None  # the text view shows what was read
    boxes: tuple[tuple[int, int, int, int], ...] = ()
    if stored is not None:
        shown, boxes = _upright(shown, stored, _matched_boxes(stored, marks))
    rects = tuple(
        QRect(left, top, right - left, bottom - top) for left, top, right, bottom in boxes
    )
    return ScanPicture(_qimage(shown), rects, page, document.page_count, _note(stored))


def _matched_boxes(stored: StoredReading, marks: Marks | None) -> list[tuple[int, int, int, int]]:
    """The boxes (on the page as shown) of the words the search matched."""
    if marks is None:
        return []
    return [w.box for w in stored.reading.words if mark_text(w.text, marks)[1]]


def _upright(
    image: Image.Image, stored: StoredReading, boxes: list[tuple[int, int, int, int]]
) -> tuple[Image.Image, tuple[tuple[int, int, int, int], ...]]:
    """The picture turned the way it was read, and the boxes on it."""
    reading = stored.reading
    source = (reading.width or image.width, reading.height or image.height)
    placement = Placement.within(image, source)
    turned, placement = placement.turned(image, reading.rotation)
    return turned, tuple(placement.to_image(box) for box in boxes)


def _qimage(image: Image.Image) -> QImage:
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()


def _note(stored: StoredReading | None) -> str:
    if stored is None:
        return translate("ScanPage", "This page has not been read yet.")
    if not stored.readable:
        return translate("ScanPage", "No readable text was found on this page.")
    return ""
