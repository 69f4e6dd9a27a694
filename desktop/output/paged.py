"""Letters as PDF: HTML laid out page by page, with a "Page i of n" footer on each.

``QTextDocument.print_`` adds its own margins and no footer, so the pages are painted
here: the document is laid out once at a fixed 96 dpi (so CSS pixel lengths mean what
they mean on screen, whatever the screen), cut into pages the height of the page's
body, and each page is painted onto the ``QPdfWriter`` scaled to its 300 dpi, with the
footer drawn under it.  Fonts are embedded; text stays text (searchable, copyable).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop.output.fonts import FontUse, arabic_script_family, body_font, fonts_used
from desktop.output.pdf import ensure_gui_application

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_LAYOUT_DPI = 96
_PDF_DPI = 300
_FOOTER_MM = 12.0  # space kept at the bottom of the body for the footer
_HEAD_END = re.compile(r"</head\s*>", re.I)


@dataclass(frozen=True)
class PageSetup:
    """Paper, margins (millimetres: left, top, right, bottom) and the footer's left text."""

    paper: str = "a4"
    margins_mm: tuple[float, float, float, float] = (22.0, 16.0, 20.0, 12.0)
    footer_left: str = ""
    title: str = ""


@dataclass(frozen=True)
class PdfResult:
    """A rendered PDF: its bytes, its page count and the fonts that drew it."""

    data: bytes
    pages: int
    fonts: tuple[FontUse, ...] = field(default=())

    @property
    def missing_glyphs(self) -> int:
        """Characters drawn as empty boxes because no font had them (0 when all is well)."""
        return sum(f.missing for f in self.fonts)


def letter_document(html: str) -> QTextDocument:
    """``html`` as a ``QTextDocument`` set in the letter fonts (for the PDF and previews).

    Names in Arabic script (``class="native"``) are set in one font that has all their
    letters: a style rule for it goes after the template's own (Qt ranks a default
    style sheet below the document's), so it wins over a template's font list.
    """
    ensure_gui_application()
    document = QTextDocument()
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    document.setDefaultFont(body_font())
    document.setHtml(_with_native_font(html, arabic_script_family(html)))
    return document


def _with_native_font(html: str, family: str) -> str:
    rule = f'<style>.native {{ font-family: "{family}"; }}</style>'
    end = _HEAD_END.search(html)
    return html[: end.start()] + rule + html[end.start() :] if end else rule + html


def render_pdf(html: str, setup: PageSetup | None = None) -> PdfResult:
    """Render ``html`` to PDF bytes on the paper and with the footer of ``setup``."""
    setup = setup or PageSetup()
    document = letter_document(html)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_PDF_DPI)
    writer.setTitle(setup.title)
    writer.setCreator("CaseDesk")
    writer.setPageLayout(page_layout(setup))
    pages = paint_pages(document, writer, setup.footer_left)
    buffer.close()
    return PdfResult(bytes(buffer.data().data()), pages, tuple(fonts_used(document)))


def write_pdf(html: str, target: Path, setup: PageSetup | None = None) -> PdfResult:
    """Render ``html`` to a PDF file at ``target``."""
    result = render_pdf(html, setup)
    target.write_bytes(result.data)
    return result


def page_layout(setup: PageSetup) -> QPageLayout:
    """The paper and margins of ``setup`` (for a ``QPdfWriter`` or a ``QPrinter``)."""
    if setup.paper not in PAPER:
        raise ValueError(f"unknown paper {setup.paper!r}")
    left, top, right, bottom = setup.margins_mm
    return QPageLayout(
        QPageSize(PAPER[setup.paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, footer_left: str = "") -> int:
    """Paint ``document`` page by page on ``device`` (a PDF writer or a printer), each page
    with its footer, using the device's own page layout; returns the number of pages.
    """
    dpi = device.logicalDpiY()
    scale = dpi / _LAYOUT_DPI
    paint = device.pageLayout().paintRectPixels(dpi)
    footer = _FOOTER_MM * dpi / 25.4
    body = QSizeF(paint.width() / scale, (paint.height() - footer) / scale)
    document.documentLayout().setPaintDevice(_layout_device())
    document.setPageSize(body)
    pages = max(1, document.pageCount())
    painter = QPainter(device)
    try:
        for number in range(pages):
            if number:
                device.newPage()
            _paint_body(painter, document, number, body, scale)
            area = QRectF(0, paint.height() - footer, paint.width(), footer)
            _paint_footer(painter, area, f"Page {number + 1} of {pages}", footer_left)
    finally:
        painter.end()
    return pages


def _layout_device() -> QImage:
    """A paint device of exactly 96 dpi for layout, whatever the screen's resolution.

    Kept for the life of the process: a document's layout holds on to its device.
    """
    global _DEVICE
    if _DEVICE is None:
        _DEVICE = QImage(1, 1, QImage.Format.Format_RGB32)
        dots_per_metre = round(_LAYOUT_DPI / 0.0254)
        _DEVICE.setDotsPerMeterX(dots_per_metre)
        _DEVICE.setDotsPerMeterY(dots_per_metre)
    return _DEVICE


_DEVICE: QImage | None = None


def _paint_body(
    painter: QPainter, document: QTextDocument, number: int, body: QSizeF, scale: float
) -> None:
    painter.save()
    painter.scale(scale, scale)
    painter.translate(0, -number * body.height())
    document.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
    painter.restore()


def _paint_footer(painter: QPainter, area: QRectF, page: str, left: str) -> None:
    painter.save()
    painter.setPen(QPen(QColor("#999999"), 2))
    rule = area.top() + area.height() * 0.35
    painter.drawLine(int(area.left()), int(rule), int(area.right()), int(rule))
    font = QFont(body_font(8.0))
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    text_area = QRectF(area.left(), rule, area.width(), area.bottom() - rule)
    flags = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(text_area, flags | Qt.AlignmentFlag.AlignRight, page)
    if left:
        painter.drawText(text_area, flags | Qt.AlignmentFlag.AlignLeft, left)
    painter.restore()
