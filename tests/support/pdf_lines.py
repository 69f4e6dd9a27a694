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
    """Every line of ``page`` with the left and right edges of its drawn characters."""
    document = pdfium.PdfDocument(pdf)
    textpage = document[page].get_textpage()
    lines, chars, edges = [], [], []
    for index in range(textpage.count_chars()):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if char == "\n":
            lines.append(_line(chars, edges))
            chars, edges = [], []
        elif char != "\r":
            chars.append(char)
            if not char.isspace():
                left, _bottom, right, _top = textpage.get_charbox(index)
                edges.append((left, right))
    lines.append(_line(chars, edges))
    return [line for line in lines if line.text.strip()]


def _line(chars: list[str], edges: list[tuple[float, float]]) -> PlacedLine:
    lefts, rights = [e[0] for e in edges] or [0.0], [e[1] for e in edges] or [0.0]
    return PlacedLine("".join(chars), min(lefts), max(rights))


def margins(setup: PageSetup | None = None) -> tuple[float, float]:
    """The x of the left and right margins of a page of ``setup``, in points."""
    paint = page_layout(setup or PageSetup()).paintRect(QPageLayout.Unit.Point)
    return paint.left(), paint.right()
