"""File ▸ Open archive…: a folder on this computer, or the office's database.

A small dialog: "Choose folder…" asks for an archive folder (and closes the dialog);
the address field takes an office database as ``postgresql://user@server/database``,
with a line of help.  A password typed into the address is used for that connection
only: the title bar and Recent archives show the address without it
(:class:`~desktop.ui.office_session.OfficeSession`), and when the server wants a password
and none was given the window asks for it (:mod:`desktop.ui.office_login`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.tr import translate
from index.location import is_office_url


class OpenArchiveDialog(QDialog):
    """Ask for an archive; :attr:`location` is the folder (a Path) or the office
    database's address (a str) once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="open-archive")
        self.setWindowTitle(translate("OpenArchive", "Open an archive"))
        self.location: Path | str | None = None
        self.folder_button = QPushButton(
            translate("OpenArchive", "Choose a &folder on this computer…"), objectName="folder"
        )
        self.folder_button.clicked.connect(lambda: self.choose_folder())
        self.address = QLineEdit(objectName="office-address")
        self.address.setPlaceholderText("postgresql://user@server/casedesk")
        self.problem = QLabel(objectName="address-problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        help_text = QLabel(
            translate(
                "OpenArchive",
                "Or the office's database: its address, as your office's administrator gave "
                "it, e.g. postgresql://farid_k@office-server/casedesk. The password is asked "
                "for when the server wants one, or taken from ~/.pgpass; CaseDesk never "
                "stores it.",
            )
        )
        help_text.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.open_address)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.folder_button, help_text, self.address, self.problem, buttons):
            layout.addWidget(widget)

    def choose_folder(self) -> None:
        """Ask for an archive's folder; chosen, the dialog is done."""
        folder = QFileDialog.getExistingDirectory(self, translate("Recent", "Open an archive"))
        if folder:
            self.location = Path(folder)
            self.accept()

    def open_address(self) -> None:
        """Take the address typed, or say what is wrong with it."""
        text = self.address.text().strip()
        if not is_office_url(text):
            self.problem.setText(
                translate(
                    "OpenArchive",
                    "An office database's address starts with postgresql://, e.g. "
                    "postgresql://farid_k@office-server/casedesk.",
                )
            )
            self.problem.show()
            return
        self.location = text
        self.accept()
