"""Letters as PDF: HTML laid out page by page, with a "Page i of n" footer on each.

``QTextDocument.print_`` adds its own margins and no footer, so the pages are painted
here: the document is laid out once at a fixed 96 dpi (so CSS pixel lengths mean what
they mean on screen, whatever the screen), cut into pages the height of the page's
body, and each page is painted onto the ``QPdfWriter`` scaled to its 300 dpi, with the
footer drawn under it.  Fonts are embedded; text stays text (searchable, copyable).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
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
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from desktop.output.bidi import direction
from desktop.output.drawn_text import DrawnText
from desktop.output.fonts import (
    FontUse,
    arabic_script_family,
    body_font,
    fonts_used,
    right_to_left_blocks_in_script_font,
)
from desktop.output.pdf import ensure_gui_application
from desktop.output.text_layer import repair

PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
_LAYOUT_DPI = 96
_PDF_DPI = 300
_FOOTER_MM = 12.0  # space kept at the bottom of the body for the footer
_HEAD_END = re.compile(r"</head\s*>", re.I)
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@dataclass(frozen=True)
class PageSetup:
    """Paper, margins (millimetres: left, top, right, bottom) and the footer's left text."""

    paper: str = "a4"
    margins_mm: tuple[float, float, float, float] = (22.0, 16.0, 20.0, 12.0)
    footer_left: str = ""
    title: str = ""
    # "Page 1 of 3" in the output's language: the pattern, with {page} and {pages}.
    page_of: str = "Page {page} of {pages}"
    persian_digits: bool = False

    def page_label(self, page: int, pages: int) -> str:
        """The footer's page number, e.g. "Page 1 of 3" or "صفحهٔ ۱ از ۳"."""
        return page_label(self.page_of, self.persian_digits, page, pages)


def page_label(pattern: str, persian_digits: bool, page: int, pages: int) -> str:
    """``pattern`` filled with the page and the page count, in Persian digits if asked."""
    text = pattern.format(page=page, pages=pages)
    return text.translate(_PERSIAN) if persian_digits else text


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
    _without_ligatures(document)
    right_to_left_blocks_in_script_font(document)
    return document


def _without_ligatures(document: QTextDocument) -> None:
    """Optional ligatures off: a glyph that stands for several letters (Noto Naskh
    Arabic's الله) cannot be read back in order from a right-to-left line's text layer.
    Required ones (لا) stay; Qt's CSS has no ``font-feature-settings``, hence the cursor.
    """
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    plain = QTextCharFormat()
    plain.setFontFeatures({QFont.Tag("liga"): 0})
    cursor.mergeCharFormat(plain)


def _with_native_font(html: str, family: str) -> str:
    rule = f'<style>.native {{ font-family: "{family}"; }}</style>'
    end = _HEAD_END.search(html)
    return html[: end.start()] + rule + html[end.start() :] if end else rule + html


def render_pdf(html: str, setup: PageSetup | None = None) -> PdfResult:
    """Render ``html`` to PDF bytes on the paper and with the footer of ``setup``.

    The text layer is then put right (:mod:`desktop.output.text_layer`): every glyph
    reads back as the letters it was drawn for, whatever Qt's own map said.
    """
    setup = setup or PageSetup()
    document = letter_document(html)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_PDF_DPI)
    writer.setTitle(setup.title)
    writer.setCreator("CaseDesk")
    writer.setPageLayout(page_layout(setup))
    drawn = DrawnText()
    pages = paint_pages(document, writer, setup.footer_left, drawn, setup.page_label)
    buffer.close()
    data = repair(bytes(buffer.data().data()), drawn)
    return PdfResult(data, pages, tuple(fonts_used(document)))


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


def paint_pages(
    document: QTextDocument,
    device: QPagedPaintDevice,
    footer_left: str = "",
    drawn: DrawnText | None = None,
    label: Callable[[int, int], str] = PageSetup().page_label,
) -> int:
    """Paint ``document`` page by page on ``device`` (a PDF writer or a printer), each page
    with its footer (``label(page, pages)`` on the right, ``footer_left`` on the left),
    using the device's own page layout; returns the number of pages.
    ``drawn``, when given, learns what every glyph drawn stands for and where it went.
    """
    sheet = _Sheet.of(device)
    document.documentLayout().setPaintDevice(_layout_device())
    document.setPageSize(sheet.body)
    pages = max(1, document.pageCount())
    if drawn is not None:
        drawn.add_document(document, sheet.place)
    painter = QPainter(device)
    try:
        for number in range(pages):
            if number:
                device.newPage()
            _paint_body(painter, document, number, sheet)
            footer = (label(number + 1, pages), footer_left)
            _paint_footer(painter, sheet, number, footer, drawn)
    finally:
        painter.end()
    return pages


@dataclass(frozen=True)
class _Sheet:
    """A device's page in layout units (96 dpi): the body's size, the footer's height,
    and where a point of the layout lands on a PDF page (in points, y upwards)."""

    scale: float  # device pixels per layout unit
    left: float  # the paint area's corner on the page, in device pixels
    top: float
    points: float  # PDF points per device pixel
    height: float  # the whole page's height in points
    body: QSizeF
    footer: float

    @classmethod
    def of(cls, device: QPagedPaintDevice) -> _Sheet:
        dpi = device.logicalDpiY()
        scale = dpi / _LAYOUT_DPI
        page = device.pageLayout()
        paint = page.paintRectPixels(dpi)
        footer = _FOOTER_MM * dpi / 25.4 / scale
        body = QSizeF(paint.width() / scale, paint.height() / scale - footer)
        full = page.fullRectPoints().height()
        return cls(scale, paint.left(), paint.top(), 72 / dpi, full, body, footer)

    def place(self, x: float, y: float) -> tuple[int, float, float]:
        """The page and PDF point of the document's point (x, y)."""
        number = int(y // self.body.height())
        return self.on_page(number, x, y - number * self.body.height())

    def on_page(self, number: int, x: float, y: float) -> tuple[int, float, float]:
        """The PDF point of (x, y) measured from the top left of page ``number``'s body."""
        across = (self.left + x * self.scale) * self.points
        down = (self.top + y * self.scale) * self.points
        return number, across, self.height - down


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


def _paint_body(painter: QPainter, document: QTextDocument, number: int, sheet: _Sheet) -> None:
    body = sheet.body
    painter.save()
    painter.scale(sheet.scale, sheet.scale)
    painter.translate(0, -number * body.height())
    document.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
    painter.restore()


def _paint_footer(
    painter: QPainter,
    sheet: _Sheet,
    number: int,
    texts: tuple[str, str],
    drawn: DrawnText | None,
) -> None:
    """The rule and, under it, "Page i of n" on the right and the footer text on the left,
    each laid out by the bidirectional algorithm in its own direction."""
    body = sheet.body
    painter.save()
    painter.scale(sheet.scale, sheet.scale)
    painter.setPen(QPen(QColor("#999999"), 2 / sheet.scale))
    rule = body.height() + sheet.footer * 0.35
    painter.drawLine(QPointF(0, rule), QPointF(body.width(), rule))
    painter.setPen(QColor("#555555"))
    middle = (rule + body.height() + sheet.footer) / 2
    for text, side in (
        (texts[0], Qt.AlignmentFlag.AlignRight),
        (texts[1], Qt.AlignmentFlag.AlignLeft),
    ):
        if not text:
            continue
        layout = _footer_line(text, body.width(), side)
        origin = QPointF(0, middle - layout.lineAt(0).height() / 2)
        layout.draw(painter, origin)
        if drawn is not None:
            drawn.add_layout(layout, origin, lambda x, y: sheet.on_page(number, x, y))
    painter.restore()


def _footer_line(text: str, width: float, side: Qt.AlignmentFlag) -> QTextLayout:
    """``text`` laid out on one line of ``width`` in the footer's font, at ``side``, in
    its own direction."""
    layout = QTextLayout(text, body_font(8.0), _layout_device())
    option = QTextOption(side | Qt.AlignmentFlag.AlignAbsolute)
    rtl = direction(text) == "rtl"
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(width)
    layout.endLayout()
    return layout
