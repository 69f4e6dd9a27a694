"""Asking for the password of a locked PDF that is to go into a packet.

The dialog is opened window-modal (``open()``), never run in a nested event loop, so
the window keeps painting.  When it closes, :attr:`choice` says what the user chose:
``INCLUDE`` (with :attr:`password`), ``LEAVE_OUT``, or ``None`` (stop the build).
The password lives only as long as the build that asked for it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.tr import translate

INCLUDE, LEAVE_OUT = "include", "leave out"


class LockedPdfDialog(QDialog):
    """ "This PDF is password-protected": type its password, or leave it out."""

    def __init__(self, doc_id: int, title: str, error: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("locked-pdf")
        self.setWindowTitle(translate("LockedPdf", "Password-protected PDF"))
        self.doc_id = doc_id
        self.choice: str | None = None
        question = QLabel(
            translate(
                "LockedPdf",
                "“{title}” (document {doc_id}) is a password-protected PDF. Type its password "
                "to put it in the packet, or leave it out. CaseDesk does not keep the password.",
            ).format(title=title, doc_id=doc_id),
            wordWrap=True,
        )
        question.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel(error, objectName="locked-pdf-error", wordWrap=True)
        self.error.setStyleSheet("color: #9b1c1c;")
        self.error.setVisible(bool(error))
        self.password_box = QLineEdit(objectName="locked-pdf-password")
        self.password_box.setEchoMode(QLineEdit.EchoMode.Password)
        self.include_button = QPushButton(
            translate("LockedPdf", "&Put it in"), objectName="locked-pdf-include"
        )
        self.leave_button = QPushButton(
            translate("LockedPdf", "&Leave it out"), objectName="locked-pdf-leave"
        )
        self.stop_button = QPushButton(
            translate("LockedPdf", "&Stop building"), objectName="locked-pdf-stop"
        )
        buttons = QDialogButtonBox()
        buttons.addButton(self.include_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.leave_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.include_button.setDefault(True)
        self.include_button.setEnabled(False)
        self.password_box.textChanged.connect(
            lambda text: self.include_button.setEnabled(bool(text))
        )
        self.include_button.clicked.connect(lambda: self._close_with(INCLUDE))
        self.leave_button.clicked.connect(lambda: self._close_with(LEAVE_OUT))
        self.stop_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (question, self.error, self.password_box, buttons):
            layout.addWidget(widget)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)

    @property
    def password(self) -> str:
        """The password typed."""
        return self.password_box.text()

    def _close_with(self, choice: str) -> None:
        self.choice = choice
        self.accept()
