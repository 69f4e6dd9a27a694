"""The documents linked to a case, how each was linked, and linking one by its id.

Signals: ``link_requested(int)`` with a document id typed in; ``unlink_requested(list)``
with the ids of the selected documents.  The panel only shows and asks; the Cases view
does the work on the archive's writes lane.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import digits
from desktop.ui.text_direction import DirectionDelegate
from desktop.ui.tr import translate
from index.catalog.records import AUTO, Document

COLUMNS = (
    QT_TRANSLATE_NOOP("CaseDocuments", "Id"),
    QT_TRANSLATE_NOOP("CaseDocuments", "Title"),
    QT_TRANSLATE_NOOP("CaseDocuments", "Kind"),
    QT_TRANSLATE_NOOP("CaseDocuments", "Date"),
    QT_TRANSLATE_NOOP("CaseDocuments", "Linked"),
)
_HOW_WORDS = {AUTO: QT_TRANSLATE_NOOP("CaseDocuments", "auto (its text names the case)")}
QT_TRANSLATE_NOOP("CaseDocuments", "linked by hand")


class LinkedDocuments(QWidget):
    """The case's documents, with Link document by id and Unlink."""

    link_requested = Signal(int)
    unlink_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case-documents")
        self.documents: list[tuple[Document, str]] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("CaseDocuments", c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegate(DirectionDelegate(self.table))  # Dari titles right to left
        self.table.setColumnWidth(0, 50)
        self.table.setColumnWidth(1, 260)
        self.doc_id = QSpinBox(minimum=1, maximum=2**31 - 1, objectName="link-document-id")
        self.doc_id.setToolTip(
            translate("CaseDocuments", "The document's id, as its details show it")
        )
        self.link_button = QPushButton(translate("CaseDocuments", "&Link document"))
        self.unlink_button = QPushButton(translate("CaseDocuments", "&Unlink"))
        self.message = QLabel(objectName="documents-message")
        self.message.setWordWrap(True)
        self.link_button.clicked.connect(lambda: self.link_requested.emit(self.doc_id.value()))
        self.unlink_button.clicked.connect(lambda: self._unlink_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("CaseDocuments", "Document id:")))
        row.addWidget(self.doc_id)
        row.addWidget(self.link_button)
        row.addStretch(1)
        row.addWidget(self.unlink_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("CaseDocuments", "<b>Documents of this case</b>")))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._editable = True
        self._update_buttons()

    def show_documents(self, documents: Sequence[tuple[Document, str]]) -> None:
        """Replace the rows with ``(document, how)`` pairs."""
        self.documents = list(documents)
        self.table.setRowCount(0)
        for row, (doc, how) in enumerate(self.documents):
            self.table.insertRow(row)
            texts = (str(doc.id), doc.title or doc.name, doc.kind, digits.number(doc.date), how)
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if col == len(texts) - 1:
                    item.setToolTip(
                        translate("CaseDocuments", _HOW_WORDS.get(how, "linked by hand"))
                    )
                self.table.setItem(row, col, item)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        """The ids of the selected documents, in list order."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.documents[r][0].id for r in rows if r < len(self.documents)]

    def select_ids(self, ids: Sequence[int]) -> None:
        """Select the rows of these documents."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row, (doc, _how) in enumerate(self.documents):
            if doc.id in ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def say(self, text: str, problem: bool = False) -> None:
        """Show a line under the list (red when something was refused)."""
        self.message.setStyleSheet("color: #9b1c1c;" if problem else "")
        self.message.setText(text)

    def set_editable(self, editable: bool) -> None:
        """Allow linking and unlinking (a saved case in a writable archive) or not."""
        self._editable = editable
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.doc_id.setEnabled(self._editable)
        self.link_button.setEnabled(self._editable)
        self.unlink_button.setEnabled(self._editable and bool(self.selected_ids()))

    def _unlink_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.unlink_requested.emit(ids)
