"""Where a draft is seen and where it goes: the preview, a file, a printer.

:class:`LetterPreview` shows the draft's HTML and loads nothing from outside.
:func:`ask_target` asks where to save a file; :func:`kept_message` says where it went.
:func:`prepare_printer` sets the draft's paper and margins on a ``QPrinter`` before the
system print dialog opens (the volunteer may change them there); :func:`print_rendered`
paints the same pages as the PDF (footer with "Page i of n") on whatever printer it is
given — also a ``QPrinter`` writing a PDF file, which is how tests print without a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QTextBrowser, QWidget

from desktop.digits import number
from desktop.drafting.output import page_setup
from desktop.drafting.render import Rendered
from desktop.output.fonts import body_font
from desktop.output.paged import letter_document, page_layout, paint_pages
from desktop.ui.drafting_jobs import Kept
from desktop.ui.tr import translate

_FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("DraftingOutput", "PDF document (*.pdf)"),
    "html": QT_TRANSLATE_NOOP("DraftingOutput", "Web page (*.html *.htm)"),
    "docx": QT_TRANSLATE_NOOP("DraftingOutput", "Word document (*.docx)"),
}
_SUFFIXES = {"pdf": (".pdf",), "html": (".html", ".htm"), "docx": (".docx",)}
_NAMES = {"pdf": "PDF", "html": "HTML", "docx": "Word"}


class LetterPreview(QTextBrowser):
    """The preview: the draft's HTML, with nothing loaded from files or the network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft-preview")
        self.setOpenLinks(False)
        self.document().setDefaultFont(body_font())

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Templates may not pull in images or style sheets from anywhere."""
        return None

    def show_html(self, html: str) -> None:
        """Show ``html`` where the reader was (the scroll position is kept)."""
        position = self.verticalScrollBar().value()
        self.setHtml(html)
        self.verticalScrollBar().setValue(position)


def ask_target(parent: QWidget, rendered: Rendered, fmt: str) -> Path | None:
    """Ask where to save the draft as ``fmt``; ``None`` if the volunteer cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"{rendered.case_id or 'draft'}-{rendered.template.name}.{fmt}"
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("DraftingOutput", "Save the draft as {format}").format(format=_NAMES[fmt]),
        str(Path(folder) / name),
        translate("DraftingOutput", _FILTERS[fmt]),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() not in _SUFFIXES[fmt]:
        target = target.with_name(f"{target.name}.{fmt}")
    return target


def kept_message(kept: Kept) -> str:
    """Where a saved draft went: the chosen file and the archive's copy."""
    pdf = kept.saved.pdf
    pages = ""
    if pdf:
        pages = (
            translate("DraftingOutput", " (1 page)")
            if pdf.pages == 1
            else translate("DraftingOutput", " ({pages} pages)").format(pages=number(pdf.pages))
        )
    saved = kept.saved
    lines = [
        translate("DraftingOutput", "Saved to {target}{pages}.").format(
            target=kept.target, pages=pages
        )
    ]
    if saved.encrypted:
        lines.append(translate("DraftingOutput", "Encrypted: it opens only with its password."))
    if saved.redacted:
        lines.append(
            translate("DraftingOutput", "Removed: {kinds}.").format(kinds=", ".join(saved.redacted))
        )
    if saved.output.document_id is None:
        lines.append(
            translate("DraftingOutput", "Kept in the archive (not searchable): {path}").format(
                path=kept.in_archive.as_posix()
            )
        )
    else:
        lines.append(
            translate(
                "DraftingOutput", "Kept in the archive as document {document_id}: {path}"
            ).format(document_id=saved.output.document_id, path=kept.in_archive.as_posix())
        )
    if pdf is not None and pdf.missing_glyphs:
        lines.append(
            translate(
                "DraftingOutput",
                "Warning: {missing_glyphs} character(s) have no glyph in any installed font and "
                "show as boxes; install fonts-noto-core.",
            ).format(missing_glyphs=pdf.missing_glyphs)
        )
    return "\n".join(lines)


def prepare_printer(printer: QPrinter, rendered: Rendered) -> None:
    """Give ``printer`` the draft's paper and margins and its title as the job name."""
    setup = page_setup(rendered)
    printer.setPageLayout(page_layout(setup))
    printer.setDocName(setup.title)
    printer.setCreator("CaseDesk")


def print_rendered(rendered: Rendered, printer: QPrinter) -> int:
    """Paint the draft on ``printer`` page by page; returns the number of pages."""
    document = letter_document(rendered.html)
    setup = page_setup(rendered)
    return paint_pages(document, printer, setup.footer_left, label=setup.page_label)
