"""Lines of a PDF page as PDFium places them: their text and left and right edges."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtGui import QPageLayout

from desktop.output.paged import PageSetup, page_layout


@dataclass(frozen=True)
class PlacedLine:
    """A line of a page: its characters in PDFium's order and its edges in points."""

    text: str
    left: float
    right: float


def placed_lines(pdf: bytes | Path, page: int = 0) -> list[PlacedLine]:
    """Every line of ``page`` with the left and right edges of its drawn glyphs.

    The edges are those of the characters' boxes and of the text objects drawn level with
    them: PDFium gives the characters of an /ActualText span (a word with marks in our own
    PDFs, desktop/output/actual_text.py) boxes squeezed into its first glyph's."""
    document = pdfium.PdfDocument(pdf)
    textpage = document[page].get_textpage()
    drawn = [obj.get_bounds() for obj in document[page].get_objects([pdfium_c.FPDF_PAGEOBJ_TEXT])]
    lines, chars, boxes = [], [], []
    for index in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if char == "\n":
            lines.append(_line(chars, boxes, drawn))
            chars, boxes = [], []
        elif char != "\r":
            chars.append(char)
            if not char.isspace():
                boxes.append(textpage.get_charbox(index))
    lines.append(_line(chars, boxes, drawn))
    return [line for line in lines if line.text.strip()]


Box = tuple[float, float, float, float]  # left, bottom, right, top


def _line(chars: list[str], boxes: list[Box], drawn: list[Box]) -> PlacedLine:
    if not boxes:
        return PlacedLine("".join(chars), 0.0, 0.0)
    bottom, top = min(b[1] for b in boxes), max(b[3] for b in boxes)
    level = [d for d in drawn if bottom <= (d[1] + d[3]) / 2 <= top]
    edges = [(b[0], b[2]) for b in [*boxes, *level]]
    return PlacedLine("".join(chars), min(e[0] for e in edges), max(e[1] for e in edges))


def margins(setup: PageSetup | None = None) -> tuple[float, float]:
    """The x of the left and right margins of a page of ``setup``, in points."""
    paint = page_layout(setup or PageSetup()).paintRect(QPageLayout.Unit.Point)
    return paint.left(), paint.right()
