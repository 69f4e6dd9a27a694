"""The preview: a PDF rendered by QtPdf at the page of the hit with the matched word
highlighted, or any other document's text with every matched word marked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QWidget

from index.search.snippets import mark_text

_EMPTY, _PDF, _TEXT = 0, 1, 2


class Preview(QStackedWidget):
    """Shows one document: ``show_pdf`` or ``show_text``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.empty = QLabel("Select a result to preview it here.")
        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setSearchModel(self.search_model)
        self.text_view = QTextBrowser(self)
        self.text_view.setObjectName("preview-text")
        for widget in (self.empty, self.pdf_view, self.text_view):
            self.addWidget(widget)
        self.shown_page = 0

    def clear(self) -> None:
        """Show nothing."""
        self.document.close()
        self.setCurrentIndex(_EMPTY)
        self.shown_page = 0

    def show_pdf(self, path: Path, page: int, words: list[str], password: str = "") -> bool:
        """Render the PDF at ``path`` from ``page`` (1-based), highlighting the first word."""
        self.document.close()
        self.document.setPassword(password)
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            return False
        target = max(0, min(page - 1, self.document.pageCount() - 1))
        self.search_model.setSearchString(words[0] if words else "")
        self.pdf_view.pageNavigator().jump(target, QPointF(0, 0), 0)
        self.setCurrentIndex(_PDF)
        self.shown_page = target + 1
        return True

    def show_text(self, pages: list[str], page: int, marks: object) -> None:
        """Show the text of every page, matched words marked, scrolled to ``page``."""
        parts = []
        for number, text in enumerate(pages, start=1):
            marked, _words = mark_text(text, marks)  # type: ignore[arg-type]
            parts.append(
                f"<h4 id='page{number}'>Page {number}</h4>"
                f"<p style='white-space: pre-wrap'>{marked}</p>"
            )
        self.text_view.setHtml(
            "".join(parts)
            .replace("<mark>", "<b style='background:#fff2a8'>")
            .replace("</mark>", "</b>")
        )
        if page > 1:
            self.text_view.scrollToAnchor(f"page{page}")
        self.setCurrentIndex(_TEXT)
        self.shown_page = max(page, 1)
