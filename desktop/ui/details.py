"""The details pane: what the catalog knows about the selected document; its title and
date can be changed there (Edit), through the same operation as ``casedesk doc edit``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import digits
from desktop.operations import documents
from desktop.operations.documents import DocumentDetails
from desktop.ui.case_words import kind_label, language_label
from desktop.ui.details_editor import DetailsEditor
from desktop.ui.guard import while_alive
from desktop.ui.limits import office_not_yet
from desktop.ui.problem_words import failure_words
from desktop.ui.session import Session
from desktop.ui.text_direction import DirectionDelegate, follow_text
from desktop.ui.tr import error_text, translate
from desktop.ui.zone_fields import ZoneGroup
from index.errors import CaseDeskError
from index.text.language import LANGUAGE_NAMES
from index.text.mrz import ZONE_KINDS

_ROWS = (
    QT_TRANSLATE_NOOP("Details", "Title"),
    QT_TRANSLATE_NOOP("Details", "Kind"),
    QT_TRANSLATE_NOOP("Details", "Date"),
    QT_TRANSLATE_NOOP("Details", "Title source"),
    QT_TRANSLATE_NOOP("Details", "Date source"),
    QT_TRANSLATE_NOOP("Details", "Scans"),
    QT_TRANSLATE_NOOP("Details", "Language"),
    QT_TRANSLATE_NOOP("Details", "Cases"),
    QT_TRANSLATE_NOOP("Details", "Tags"),
    QT_TRANSLATE_NOOP("Details", "From"),
    QT_TRANSLATE_NOOP("Details", "References"),
)
_HIDDEN_WHEN_EMPTY = (
    QT_TRANSLATE_NOOP("Details", "Title source"),
    QT_TRANSLATE_NOOP("Details", "Date source"),
    QT_TRANSLATE_NOOP("Details", "Scans"),
)
# How OCR read a document's pages (desktop/ocr_words.py writes them; the command line's
# `casedesk show` too): marked here for lupdate.
OCR_WORDS = (
    QT_TRANSLATE_NOOP("OcrWords", "Read by OCR ({language}, {engine}): {pages}"),
    QT_TRANSLATE_NOOP("OcrWords", "No readable text: {pages}"),
    QT_TRANSLATE_NOOP("OcrWords", "Could not be read: {pages} ({reasons})"),
    QT_TRANSLATE_NOOP("OcrWords", "Waiting to be read: {pages}"),
    QT_TRANSLATE_NOOP("OcrWords", "page {pages}"),
    QT_TRANSLATE_NOOP("OcrWords", "pages {pages}"),
    QT_TRANSLATE_NOOP("OcrWords", "English"),
    QT_TRANSLATE_NOOP("OcrWords", "Dari"),
    QT_TRANSLATE_NOOP("OcrWords", "Pashto"),
    QT_TRANSLATE_NOOP("OcrWords", "Urdu"),
    QT_TRANSLATE_NOOP("OcrWords", "unknown language"),
    QT_TRANSLATE_NOOP("OcrWords", "{languages} and {language}"),
)
# References not listed as such: dates are too many, a zone's fields have their own group.
_NOT_LISTED = {"date", *ZONE_KINDS}


class DetailsPane(QWidget):
    """Metadata, references and form fields of one document.

    Signals: ``edited(DocumentDetails)`` once a new title or date is saved (the window
    shows it in the results); ``failed(object)`` when saving fails unexpectedly (a wrong
    value is said in the pane itself).
    """

    edited = Signal(object)
    failed = Signal(object)

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self.session = session
        self.shown: DocumentDetails | None = None
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key in _ROWS:
            label = QLabel(wordWrap=True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            self.form.addRow(
                translate("Details", "{field}:").format(field=translate("Details", key)), label
            )
        self.edit_button = QPushButton(
            translate("Details", "Edit title and date…"), objectName="edit-details"
        )
        self.edit_button.clicked.connect(lambda: self.start_editing())
        self.editor = DetailsEditor(self)
        self.editor.hide()
        self.editor.save_requested.connect(self._save)
        self.editor.cancelled.connect(self.stop_editing)
        self.fields = QTableWidget(0, 3, self)
        self.fields.setObjectName("form-fields")
        self.fields.setHorizontalHeaderLabels(
            [
                translate("Details", "Field"),
                translate("Details", "Value"),
                translate("Details", "Type"),
            ]
        )
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.zones = ZoneGroup()
        self.fields.setItemDelegate(DirectionDelegate(self.fields))  # Dari values right to left
        self._lay_out()
        self.show_details(None)

    def _lay_out(self) -> None:
        """Everything in a scroll area: the editor's extra rows must not make the window grow."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        inner = QWidget()
        scroll = QScrollArea(self, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)
        layout = QVBoxLayout(inner)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)
        layout.addWidget(self.zones)
        layout.addWidget(QLabel(translate("Details", "Form fields:")))
        layout.addWidget(self.fields)

    @property
    def read_only(self) -> bool:
        """True when the archive cannot be changed from here."""
        return self.session is None or self.session.read_only or self.session.is_office

    def show_details(self, details: DocumentDetails | None) -> None:
        """Fill the pane (or empty it); an edit in progress is dropped."""
        self.shown = details
        self.stop_editing()
        values = _values(details) if details else dict.fromkeys(_ROWS, "")
        for key, value in values.items():
            self.labels[key].setText(value)
            follow_text(self.labels[key], value)  # a Dari title right to left
        for key in _HIDDEN_WHEN_EMPTY:
            self.form.setRowVisible(self.labels[key], bool(values[key]))
        self._show_fields(details)
        self.zones.show_zones(details.zones if details else ())

    def _show_fields(self, details: DocumentDetails | None) -> None:
        filled = [f for f in details.fields if f.value] if details else []
        self.fields.setRowCount(len(filled))
        for row, field in enumerate(filled):
            for column, text in enumerate((field.label or field.name, field.value, field.type)):
                self.fields.setItem(row, column, QTableWidgetItem(text))

    def start_editing(self) -> None:
        """Show the title and date as editable fields."""
        if self.shown is None or self.read_only:
            return
        self.edit_button.hide()
        self.editor.start(self.shown.document.title, self.shown.document.date)

    def stop_editing(self) -> None:
        """Put the fields away, keeping what is stored."""
        self.editor.hide()
        self.edit_button.show()
        self.edit_button.setEnabled(self.shown is not None and not self.read_only)
        if self.session is not None and self.session.is_office:
            self.edit_button.setToolTip(office_not_yet())
        else:
            self.edit_button.setToolTip(
                translate("Details", "This archive is open read-only: nothing can be changed here.")
                if self.read_only
                else translate("Details", "Change the title and the date of this document.")
            )

    def _save(self, title: str, date: str) -> None:
        if self.shown is None or self.session is None or self.read_only:
            return
        doc_id = self.shown.document.id
        self.session.write(
            lambda archive, _task: documents.edit(archive, doc_id, title=title, date=date),
            on_done=while_alive(self, self._saved),
            on_error=while_alive(self, self._save_failed),
        )

    def _saved(self, details: DocumentDetails) -> None:
        if self.shown is not None and self.shown.document.id == details.document.id:
            self.show_details(details)
        self.edited.emit(details)

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, CaseDeskError):
            self.editor.show_error(error_text(error))
        else:
            self.editor.set_saving(False)
            self.failed.emit(error)


def _values(details: DocumentDetails) -> dict[str, str]:
    doc = details.document
    refs = ", ".join(
        sorted({f"{r.kind} {r.value}" for r in details.references if r.kind not in _NOT_LISTED})
    )
    return {
        "Title": doc.title,
        "Kind": translate("Details", "{kind} ({format}, {pages} page(s))").format(
            kind=kind_label(doc.kind), format=doc.format, pages=digits.number(doc.page_count)
        ),
        "Date": digits.number(doc.date),
        "Title source": _sentence(documents.title_source(doc.title_source)),
        "Date source": _sentence(documents.date_source(doc.date_source) if doc.date else ""),
        # how OCR read its pictures, or that they wait
        "Scans": "\n".join(details.ocr_in(translate, digits.number, _failures)),
        "Language": language_label(LANGUAGE_NAMES.get(doc.language, doc.language)),
        "Cases": ", ".join(details.cases),
        "Tags": ", ".join(details.tags),
        "From": "\n".join(details.paths),
        "References": refs,
    }


def _sentence(words: str) -> str:
    return f"{words[:1].upper()}{words[1:]}." if words else ""


def _failures(failures: str) -> str:
    """Why a scan's pages could not be read, in the interface's language."""
    return failure_words(failures, translate)
