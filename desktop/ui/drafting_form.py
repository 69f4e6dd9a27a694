"""The parts of the Drafting dialog that take input: the template, its fields, citations.

:class:`TemplateChooser` offers the templates by title in a drop-down (one line, so the
fields below get the room) with the chosen one's description, and says which templates
cannot be used (file, line and what is wrong).

:class:`FieldsForm` is generated from a template's fields: text → line, multiline → text
box, date → line checked as YYYY-MM-DD, choice → drop-down.  A required field that is
still empty has its label in bold with a red marker and a tooltip.  It remembers which
fields the volunteer typed in (``touched``) so prefills never overwrite them.

:class:`CitedDocuments` lists the documents to cite and asks for more by id (or from the
case's own documents), with an optional page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.drafting.citations import CitationRequest
from desktop.drafting.metadata import Field
from desktop.ui import language
from desktop.ui.drafting_jobs import Templates
from desktop.ui.text_direction import ParagraphsEdit
from desktop.ui.tr import error_text, translate
from index.cases.checks import is_iso_date

MISSING_MARK = "#c00000"
MISSING_TIP = QT_TRANSLATE_NOOP(
    "DraftingForm", "Required: fill this in before the draft can be saved or printed."
)
BAD_DATE_TIP = QT_TRANSLATE_NOOP("DraftingForm", "Write the date as YYYY-MM-DD, e.g. 2025-04-30.")
_LEADING_ID = re.compile(r"\s*#?(\d+)")


class TemplateChooser(QWidget):
    """The templates by title.  Signals: ``chosen(str)`` with the chosen template's name."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QComboBox(objectName="templates")
        self.list.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.list.setMinimumContentsLength(24)
        self.description = QLabel(objectName="template-description")
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #444444;")
        self.broken = QLabel(objectName="broken-templates")
        self.broken.setWordWrap(True)
        self.broken.setTextFormat(Qt.TextFormat.PlainText)
        self.broken.setStyleSheet(f"color: {MISSING_MARK};")
        self.broken.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.list, self.description, self.broken):
            layout.addWidget(widget)
        self.list.currentIndexChanged.connect(self._chosen)

    def show_templates(self, found: Templates, wanted: str = "") -> None:
        """List ``found``; ``wanted`` (a name) is chosen if it is there, else the first
        letter (a cover sheet or a note is rarely what a draft starts from), else the first."""
        self.list.blockSignals(True)
        self.list.clear()
        code = language.current()  # a template's own words, in the window's language
        for info in found.good:
            self.list.addItem(info.title_in(code), info.name)
            self.list.setItemData(
                self.list.count() - 1, info.description_in(code), Qt.ItemDataRole.ToolTipRole
            )
        self.list.setCurrentIndex(-1)
        self.list.blockSignals(False)
        broken = [error_text(error) for error in found.broken]
        self.broken.setText(
            translate("DraftingForm", "These templates cannot be used:\n") + "\n".join(broken)
            if broken
            else ""
        )
        self.broken.setVisible(bool(broken))
        names = self.names()
        letters = [info.name for info in found.good if info.kind == "letter"]
        choice = wanted if wanted in names else (letters[0] if letters else "")
        if names:
            self.list.setCurrentIndex(names.index(choice) if choice in names else 0)

    def names(self) -> list[str]:
        """The names of the templates listed, in order."""
        return [self.list.itemData(i) for i in range(self.list.count())]

    def current_title(self) -> str:
        """The title of the chosen template ("" when none)."""
        return self.list.currentText()

    def choose(self, name: str) -> bool:
        """Choose the template called ``name`` (emits ``chosen``); False if not listed."""
        names = self.names()
        if name not in names:
            return False
        self.list.setCurrentIndex(names.index(name))
        return True

    def _chosen(self, index: int) -> None:
        if index >= 0:
            self.description.setText(self.list.itemData(index, Qt.ItemDataRole.ToolTipRole))
            self.chosen.emit(self.list.itemData(index))


class FieldsForm(QWidget):
    """One input per field.  Signals: ``edited(str)`` with the name of a field typed in."""

    edited = Signal(str)

    def __init__(
        self,
        fields: Sequence[Field],
        values: Mapping[str, str],
        touched: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draft-fields")
        self.language = language.current()  # labels and help in the window's language
        self.fields = {f.name: f for f in fields}
        self.touched = set(touched) & set(self.fields)
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.missing: set[str] = set()
        layout = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addStretch(1)  # rows stay together at the top, however tall the room
        for field in fields:
            widget = self._input(field)
            label = QLabel()
            label.setBuddy(widget)
            label.setWordWrap(True)
            self.inputs[field.name], self.labels[field.name] = widget, label
            self.set_value(field.name, values.get(field.name, ""))
            layout.addRow(label, widget)
        if not fields:
            layout.addRow(
                QLabel(translate("DraftingForm", "This template has nothing to fill in."))
            )
        self.mark_missing(())

    # -- values ---------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """Every field's text, as typed."""
        return {name: _text_of(widget) for name, widget in self.inputs.items()}

    def preview_values(self) -> dict[str, str]:
        """The values for a preview: a date that is not a date yet counts as empty."""
        values = self.values()
        for name, field in self.fields.items():
            if field.type == "date" and values[name].strip() and not is_iso_date(values[name]):
                values[name] = ""
        return values

    def set_value(self, name: str, text: str) -> None:
        """Put ``text`` in a field without counting it as typed by the volunteer."""
        widget = self.inputs[name]
        widget.blockSignals(True)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findText(text), 0))
        elif isinstance(widget, ParagraphsEdit):
            widget.setPlainText(text)
        elif isinstance(widget, QLineEdit):
            widget.setText(text)
        widget.blockSignals(False)
        self._check_date(name)

    def set_prefilled(self, values: Mapping[str, str]) -> None:
        """New prefills (the case or its context changed) for the fields not typed in."""
        for name, text in values.items():
            if name in self.inputs and name not in self.touched:
                self.set_value(name, text)

    def label_of(self, name: str, otherwise: str = "") -> str:
        """The label field ``name`` is shown with (``otherwise`` when there is no such field)."""
        field = self.fields.get(name)
        return field.label_in(self.language) if field is not None else otherwise

    # -- marks ----------------------------------------------------------------------

    def mark_missing(self, names: Iterable[str]) -> None:
        """Mark these fields' labels as required and empty; unmark the others."""
        self.missing = set(names) & set(self.fields)
        for name, field in self.fields.items():
            label, tip = self.labels[name], field.help_in(self.language)
            text = _escape(self.label_of(name))
            if name in self.missing:
                label.setText(
                    f"<b>{text}</b> <span style='color:{MISSING_MARK}'>"
                    + translate("DraftingForm", "● required")
                    + "</span>"
                )
                label.setToolTip(translate("DraftingForm", MISSING_TIP))
            elif not field.required:
                label.setText(
                    f"{text} <span style='color:#666666'>"
                    + translate("DraftingForm", "(optional)")
                    + "</span>"
                )
                label.setToolTip(tip)
            else:
                label.setText(text)
                label.setToolTip(tip)
            self.inputs[name].setToolTip(tip or self.label_of(name))

    # -- inside ---------------------------------------------------------------------

    def _input(self, field: Field) -> QWidget:
        widget: QWidget
        if field.type == "multiline":
            widget = ParagraphsEdit()  # a Dari paragraph right to left, at the right
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(86)
            widget.textChanged.connect(lambda: self._edited(field.name))
        elif field.type == "choice":
            widget = QComboBox()
            widget.addItems(["", *field.choices])
            widget.currentIndexChanged.connect(lambda _i: self._edited(field.name))
        else:
            widget = QLineEdit()
            if field.type == "date":
                widget.setPlaceholderText(translate("DraftingForm", "YYYY-MM-DD"))
            widget.textChanged.connect(lambda _t: self._edited(field.name))
        widget.setObjectName(f"field-{field.name}")
        widget.setAccessibleName(field.label_in(self.language))
        return widget

    def _edited(self, name: str) -> None:
        self.touched.add(name)
        self._check_date(name)
        self.edited.emit(name)

    def _check_date(self, name: str) -> None:
        widget = self.inputs[name]
        if self.fields[name].type != "date" or not isinstance(widget, QLineEdit):
            return
        text = widget.text().strip()
        bad = bool(text) and not is_iso_date(text)
        widget.setStyleSheet(f"border: 1px solid {MISSING_MARK};" if bad else "")
        widget.setToolTip(
            translate("DraftingForm", BAD_DATE_TIP)
            if bad
            else self.fields[name].help_in(self.language)
        )


class CitedDocuments(QWidget):
    """The documents to cite.  Signals: ``wanted(list)``: the citations asked for now
    (a list of :class:`CitationRequest`), to be checked and shown with :meth:`show_citations`."""

    wanted = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cited-documents")
        self.requests: list[CitationRequest] = []
        self.list = QListWidget(objectName="citations")
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        self.list.setWordWrap(True)
        self.document = QComboBox(objectName="cite-document", editable=True)
        self.document.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.document.setMinimumContentsLength(8)  # titles are long; the list shows them
        self.document.lineEdit().setPlaceholderText(
            translate("DraftingForm", "Document id, or one of the case's")
        )
        self.page = QSpinBox(minimum=0, maximum=100_000, objectName="cite-page")
        self.page.setSpecialValueText(translate("DraftingForm", "page: auto"))
        self.page.setPrefix(translate("DraftingForm", "page "))
        self.add_button = QPushButton(translate("DraftingForm", "&Cite"))
        self.remove_button = QPushButton(translate("DraftingForm", "Remove"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {MISSING_MARK};")
        listed = QHBoxLayout()  # Remove beside the list, so the row below stays narrow
        listed.addWidget(self.list, 1)
        listed.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(self.document, 1)
        row.addWidget(self.page)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(listed)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(lambda: self._add_typed())
        self.remove_button.clicked.connect(lambda: self.remove_selected())

    def show_citations(
        self, requests: Sequence[CitationRequest], citations: Sequence[Mapping]
    ) -> None:
        """Show the accepted ``requests`` with their citations as the template sees them."""
        self.requests = list(requests)
        self.list.clear()
        for request, cited in zip(self.requests, citations, strict=False):
            self.list.addItem(f"{request.document_id} · {cited.get('text', '')}")

    def set_documents(self, documents: Sequence[Mapping]) -> None:
        """Offer the case's own documents in the drop-down."""
        typed = self.document.currentText()
        self.document.clear()
        for doc in documents:
            when = f" ({doc['date']})" if doc.get("date") else ""
            self.document.addItem(f"{doc['id']} — {doc['title']}{when}", doc["id"])
        self.document.setCurrentText(typed)

    def add(self, document_id: int, page: int | None = None) -> None:
        """Ask to cite a document (page ``None``: the page is found)."""
        self.message.clear()
        self.wanted.emit([*self.requests, CitationRequest(document_id, page)])

    def remove_selected(self) -> None:
        """Ask to stop citing the selected documents."""
        rows = {self.list.row(item) for item in self.list.selectedItems()}
        if rows:
            self.message.clear()
            self.wanted.emit([r for i, r in enumerate(self.requests) if i not in rows])

    def refuse(self, message: str) -> None:
        """Say why the last change could not be made (the list stays as it was)."""
        self.message.setText(message)

    def _add_typed(self) -> None:
        match = _LEADING_ID.match(self.document.currentText())
        if match is None:
            self.refuse(
                translate(
                    "DraftingForm", "Type a document's id, or choose one of the case's documents."
                )
            )
            return
        self.add(int(match.group(1)), self.page.value() or None)


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, ParagraphsEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
