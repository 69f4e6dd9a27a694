"""The details pane: what the catalog knows about the selected document."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from index.catalog.records import Document
from index.extract.base import FormField
from index.text.language import LANGUAGE_NAMES
from index.text.references import Reference


@dataclass(frozen=True)
class DocumentDetails:
    """Everything the pane shows, read on the reads lane."""

    document: Document
    paths: tuple[str, ...]
    cases: tuple[str, ...]
    tags: tuple[str, ...]
    references: tuple[Reference, ...]
    fields: tuple[FormField, ...]
    ocr: tuple[str, ...] = ()  # how its scanned pages were read (desktop.ocr_words)


class DetailsPane(QWidget):
    """Metadata, references and form fields of one document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key in (
            "Title",
            "Kind",
            "Date",
            "Language",
            "Cases",
            "Tags",
            "From",
            "References",
            "Scans",
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            self.form.addRow(f"{key}:", label)
        self.fields = QTableWidget(0, 3, self)
        self.fields.setObjectName("form-fields")
        self.fields.setHorizontalHeaderLabels(["Field", "Value", "Type"])
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(QLabel("Form fields:"))
        layout.addWidget(self.fields)

    def show_details(self, details: DocumentDetails | None) -> None:
        """Fill the pane (or empty it)."""
        if details is None:
            for label in self.labels.values():
                label.clear()
            self.fields.setRowCount(0)
            return
        doc = details.document
        refs = ", ".join(
            sorted({f"{r.kind} {r.value}" for r in details.references if r.kind != "date"})
        )
        values = {
            "Title": doc.title,
            "Kind": f"{doc.kind} ({doc.format}, {doc.page_count} page(s))",
            "Date": doc.date,
            "Language": LANGUAGE_NAMES.get(doc.language, doc.language),
            "Cases": ", ".join(details.cases),
            "Tags": ", ".join(details.tags),
            "From": "\n".join(details.paths),
            "References": refs,
            "Scans": "\n".join(details.ocr),
        }
        for key, value in values.items():
            self.labels[key].setText(value)
        filled = [f for f in details.fields if f.value]
        self.fields.setRowCount(len(filled))
        for row, field in enumerate(filled):
            for column, text in enumerate((field.label or field.name, field.value, field.type)):
                self.fields.setItem(row, column, QTableWidgetItem(text))
