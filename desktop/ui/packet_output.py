"""Where a built packet goes from the builder: the system viewer, a printer, a copy.

:func:`print_pdf` paints each page of the packet's PDF (rendered by PDFium through
QtPdf, one page at a time, off the UI thread) onto any ``QPrinter`` — the one the system
print dialog set up, or a ``QPrinter`` writing a PDF file, which is how tests print
without a dialog.
:func:`ask_copy_target` asks where a copy goes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, QStandardPaths
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui.tr import translate
from index.errors import UsageError

PRINT_DPI = 200  # sharp on paper, and a page image stays under 20 MB


def open_pdf(path: Path, password: str | None = None) -> QPdfDocument:
    """The packet's PDF, opened (with its password when it has one)."""
    document = QPdfDocument()
    if password:
        document.setPassword(password)
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_:
        raise UsageError(
            translate(
                "PacketOutput", "The packet {name} could not be opened for printing ({error})."
            ).format(name=path.name, error=error.name)
        )
    return document


def prepare_printer(printer: QPrinter, path: Path, password: str | None = None) -> None:
    """Give ``printer`` the packet's paper (from its first page), no margins, its name."""
    document = open_pdf(path, password)
    try:
        size = document.pagePointSize(0)
    finally:
        document.close()
    page_size = QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point)
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(page_size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    printer.setDocName(path.stem)
    printer.setCreator("CaseDesk")


def print_pdf(
    path: Path,
    printer: QPrinter,
    password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Paint every page of the PDF at ``path`` on ``printer``; returns the pages printed.

    ``progress(pages done, pages in all)`` is called after each page.  Nothing here
    touches a widget, so it may run off the UI thread.
    """
    document = open_pdf(path, password)
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise UsageError(
            translate(
                "PacketOutput", "The printer could not be started; check it is ready and try again."
            )
        )
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            points = document.pagePointSize(page)
            dpi = min(PRINT_DPI, printer.resolution())
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            painter.drawImage(_fitted(target, image.width(), image.height()), image)
            if progress is not None:
                progress(page + 1, document.pageCount())
        return document.pageCount()
    finally:
        painter.end()
        document.close()


def _fitted(target: QRectF, width: int, height: int) -> QRectF:
    """``target`` shrunk to the image's proportions, centred."""
    scale = min(target.width() / width, target.height() / height)
    w, h = width * scale, height * scale
    return QRectF(
        target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h
    )


def ask_copy_target(parent: QWidget, name: str) -> Path | None:
    """Ask where to save a copy of the packet; ``None`` if the volunteer cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("PacketOutput", "Save a copy of the packet"),
        str(Path(folder) / name),
        translate("PacketOutput", "PDF document (*.pdf)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    return target if target.suffix.lower() == ".pdf" else target.with_name(f"{target.name}.pdf")
