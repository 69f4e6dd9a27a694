"""The preview: a PDF rendered by QtPdf at the page of the hit with the matched word
highlighted, a scanned page (a picture, or a PDF page read by OCR) with the matched
words' boxes painted over (:class:`~desktop.ui.scan_view.ScanView`), or any other
document's text with every matched word marked.

A PDF has its tools above it (:class:`~desktop.ui.pdf_tools.PdfTools`: pages and zoom);
Page Up and Page Down turn its pages while the preview has the keyboard.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from desktop import digits
from desktop.ui.pdf_tools import PdfTools
from desktop.ui.scan_page import ScanPicture
from desktop.ui.scan_view import ScanView
from desktop.ui.tr import translate
from index.search.snippets import mark_text

_EMPTY, _PDF, _TEXT, _SCAN = 0, 1, 2, 3


class Preview(QWidget):
    """Shows one document: ``show_pdf`` or ``show_text``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.empty = QLabel(translate("Preview", "Select a result to preview it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setSearchModel(self.search_model)
        self.tools = PdfTools(self.pdf_view, self)
        self.text_view = QTextBrowser(self)
        self.text_view.setObjectName("preview-text")
        self.scan_view = ScanView(self)
        self.stack = QStackedWidget(self)
        for widget in (self.empty, self.pdf_view, self.text_view, self.scan_view):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tools)
        layout.addWidget(self.stack, 1)
        self._page_keys()
        self.shown_page = 0
        self._show(_EMPTY)

    def _page_keys(self) -> None:
        for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
            action = QAction(self, shortcut=QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, by=step: self.turn_page(by))
            self.addAction(action)

    def turn_page(self, step: int) -> None:
        """A PDF: the next (1) or previous (-1) page; text scrolls by a screen."""
        if self.stack.currentIndex() == _PDF:
            self.tools.go_to(self.tools.current_page() + step)
        else:
            bar = self.text_view.verticalScrollBar()
            bar.setValue(bar.value() + step * bar.pageStep())

    def currentWidget(self) -> QWidget:
        """What is shown: the empty label, ``pdf_view``, ``text_view`` or ``scan_view``."""
        return self.stack.currentWidget()

    def clear(self) -> None:
        """Show nothing."""
        self.document.close()
        self._show(_EMPTY)
        self.shown_page = 0

    def show_pdf(self, path: Path, page: int, words: list[str], password: str = "") -> bool:
        """Render the PDF at ``path`` from ``page`` (1-based), highlighting the first word;
        the zoom stays as it was for the document before."""
        self.document.close()
        self.document.setPassword(password)
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            return False
        target = max(0, min(page - 1, self.document.pageCount() - 1))
        self.search_model.setSearchString(words[0] if words else "")
        self._show(_PDF)
        self.tools.document_loaded()
        self.tools.go_to(target)
        self.shown_page = target + 1
        return True

    def show_scan(self, picture: ScanPicture) -> None:
        """Show a scanned page with the matched words' boxes highlighted."""
        self.document.close()
        where = (
            translate("Preview", "Page {page} of {pages}. ").format(
                page=digits.number(picture.page), pages=digits.number(picture.pages)
            )
            if picture.pages > 1
            else ""
        )
        self._show(_SCAN)
        self.scan_view.show_scan(picture.image, picture.boxes, (where + picture.note).strip())
        self.shown_page = picture.page

    def show_text(self, pages: list[str], page: int, marks: object) -> None:
        """Show the text of every page, matched words marked, scrolled to ``page``."""
        parts = []
        for number, text in enumerate(pages, start=1):
            marked, _words = mark_text(text, marks)  # type: ignore[arg-type]
            parts.append(
                f"<h4 id='page{number}'>"
                + translate("Preview", "Page {page}").format(page=digits.number(number))
                + "</h4>"
                f"<p style='white-space: pre-wrap'>{marked}</p>"
            )
        self.text_view.setHtml(
            "".join(parts)
            .replace("<mark>", "<b style='background:#fff2a8'>")
            .replace("</mark>", "</b>")
        )
        if page > 1:
            self.text_view.scrollToAnchor(f"page{page}")
        self._show(_TEXT)
        self.shown_page = max(page, 1)

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.tools.setVisible(index == _PDF)
