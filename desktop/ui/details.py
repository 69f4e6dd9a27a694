"""The details pane: what the catalog knows about the selected document."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from index.catalog.records import Document
from index.extract.base import FormField
from index.text.language import LANGUAGE_NAMES
from index.text.mrz import ZONE_KINDS
from index.text.mrz.fields import ZoneOnPage
from index.text.references import Reference

# References not listed as such: dates are too many, a zone's fields have their own group.
_NOT_LISTED = {"date", *ZONE_KINDS}


@dataclass(frozen=True)
class DocumentDetails:
    """Everything the pane shows, read on the reads lane."""

    document: Document
    paths: tuple[str, ...]
    cases: tuple[str, ...]
    tags: tuple[str, ...]
    references: tuple[Reference, ...]
    fields: tuple[FormField, ...]
    zones: tuple[ZoneOnPage, ...] = ()  # machine-readable zones read from its pages


class DetailsPane(QWidget):
    """Metadata, references and form fields of one document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("details")
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key in ("Title", "Kind", "Date", "Language", "Cases", "Tags", "From", "References"):
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
        self.zones = QGroupBox(objectName="zones")
        self.zone_fields = QLabel(objectName="zone-fields")
        self.zone_fields.setTextFormat(Qt.TextFormat.RichText)
        self.zone_fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.zones).addWidget(self.zone_fields)
        self.zones.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.zones)
        layout.addWidget(QLabel("Form fields:"))
        layout.addWidget(self.fields)

    def show_details(self, details: DocumentDetails | None) -> None:
        """Fill the pane (or empty it)."""
        if details is None:
            for label in self.labels.values():
                label.clear()
            self.fields.setRowCount(0)
            self.show_zones(())
            return
        doc = details.document
        refs = ", ".join(
            sorted({f"{r.kind} {r.value}" for r in details.references if r.kind not in _NOT_LISTED})
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
        }
        for key, value in values.items():
            self.labels[key].setText(value)
        self.show_zones(details.zones)
        filled = [f for f in details.fields if f.value]
        self.fields.setRowCount(len(filled))
        for row, field in enumerate(filled):
            for column, text in enumerate((field.label or field.name, field.value, field.type)):
                self.fields.setItem(row, column, QTableWidgetItem(text))

    def show_zones(self, zones: tuple[ZoneOnPage, ...]) -> None:
        """The machine-readable zones as a group of fields (hidden when there is none)."""
        self.zones.setVisible(bool(zones))
        if not zones:
            self.zone_fields.clear()
            return
        self.zones.setTitle(zones[0].heading if len(zones) == 1 else "Machine-readable zones")
        self.zone_fields.setText("".join(_zone_html(zone, len(zones) > 1) for zone in zones))


def _zone_html(zone: ZoneOnPage, titled: bool) -> str:
    """One zone as a small table (its heading above it when there are several)."""
    rows = "".join(
        f"<tr><td>{escape(label)}:&nbsp;</td><td>{escape(value)}</td></tr>"
        for label, value in zone.rows
    )
    heading = f"<b>{escape(zone.heading)}</b>" if titled else ""
    return f"{heading}<table>{rows}</table>"
