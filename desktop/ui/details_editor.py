"""Editing a document's title and date in the Details pane: two fields, Save and Cancel.

The values are checked as the operation that stores them checks them
(:mod:`desktop.operations.documents`), so a wrong date is refused here, in plain words under
the fields, before anything is sent to the archive.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations.documents import checked_date, checked_title
from desktop.ui.tr import error_text, translate
from index.errors import CaseDeskError


class DetailsEditor(QWidget):
    """The title and date of one document, editable.

    Signals: ``save_requested(str, str)`` with the checked title and date (``""``: no
    date) when Save is pressed (or Enter in a field); ``cancelled()`` on Cancel or Escape.
    """

    save_requested = Signal(str, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("details-editor")
        self.title = QLineEdit(objectName="edit-title")
        self.date = QLineEdit(
            objectName="edit-date",
            placeholderText=translate("DetailsEditor", "YYYY-MM-DD, or empty"),
        )
        self.error = QLabel(objectName="edit-error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.save = QPushButton(translate("DetailsEditor", "Save"), objectName="save-details")
        self.cancel = QPushButton(translate("DetailsEditor", "Cancel"), objectName="cancel-details")
        self.save.clicked.connect(lambda: self.request_save())
        self.cancel.clicked.connect(lambda: self.cancelled.emit())
        for field in (self.title, self.date):
            field.returnPressed.connect(lambda: self.request_save())
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(translate("DetailsEditor", "Title:"), self.title)
        form.addRow(translate("DetailsEditor", "Date:"), self.date)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def start(self, title: str, date: str) -> None:
        """Show the fields filled with the document's current title and date."""
        self.title.setText(title)
        self.date.setText(date)
        self.error.hide()
        self.set_saving(False)
        self.show()
        self.title.setFocus()

    def request_save(self) -> None:
        """Check the fields; ask for the save, or say what is wrong."""
        try:
            title = checked_title(self.title.text())
            date = checked_date(self.date.text(), datetime.date.today())
        except CaseDeskError as error:
            self.show_error(error_text(error))
            return
        self.error.hide()
        self.set_saving(True)
        self.save_requested.emit(title, date)

    def show_error(self, message: str) -> None:
        """Say under the fields why the values cannot be saved (the fields stay editable)."""
        self.set_saving(False)
        self.error.setText(message)
        self.error.show()

    def set_saving(self, saving: bool) -> None:
        """While a save is on its way the fields and Save wait."""
        for widget in (self.title, self.date, self.save):
            widget.setEnabled(not saving)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape cancels."""
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)
