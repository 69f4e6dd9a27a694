"""File ▸ Office details…: the office's name, address, contacts, signatory, logo, paper and
usual addressees, with the letterhead every letter starts with previewed as they are typed.

The values are read and saved through :mod:`desktop.operations.office` — the same operation
``casedesk office`` calls — on the session's lanes; the preview is the ``_letterhead.html``
part rendered by the drafting sandbox (``office.letterhead_html``), the logo shown above it.

Signals: ``loaded()`` once the details are in the form; ``saved(OfficeDetails)`` once they
are stored; ``preview_shown(str)`` with the letterhead's HTML each time the preview changes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import office
from desktop.operations.office import OfficeDetails
from desktop.ui.errors import ErrorBoundary
from desktop.ui.guard import StopsWhenClosed, while_alive
from desktop.ui.notice import Notice
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.session import Session
from desktop.ui.tr import error_text, translate
from index.errors import CaseDeskError

DIALOG_SIZE = QSize(980, 600)  # fits a 1366×768 laptop with room to spare
LOGO_URL = QUrl("casedesk-office:logo")
_LINES = {
    "name": QT_TRANSLATE_NOOP("OfficeDialog", "&Name"),
    "phone": QT_TRANSLATE_NOOP("OfficeDialog", "&Telephone"),
    "email": QT_TRANSLATE_NOOP("OfficeDialog", "&Email"),
    "signatory": QT_TRANSLATE_NOOP("OfficeDialog", "&Signatory"),
    "signatory_title": QT_TRANSLATE_NOOP("OfficeDialog", "Signatory's &title"),
}
_TEXTS = {
    "address": QT_TRANSLATE_NOOP("OfficeDialog", "&Address"),
    "addressees": QT_TRANSLATE_NOOP("OfficeDialog", "Usual a&ddressees"),
}
_PAPER = (
    (QT_TRANSLATE_NOOP("OfficeDialog", "A4"), "a4"),
    (QT_TRANSLATE_NOOP("OfficeDialog", "Letter (US)"), "letter"),
)


class OfficeDialog(StopsWhenClosed, QDialog):
    """The office's details, editable, with a live preview of the letterhead."""

    loaded = Signal()
    saved = Signal(object)
    preview_shown = Signal(str)

    def __init__(self, session: Session, errors: ErrorBoundary, parent: QWidget | None = None):
        super().__init__(parent, objectName="office-dialog")
        self.setWindowTitle(translate("OfficeDialog", "Office details"))
        self.session = session
        self.errors = errors
        self.details = OfficeDetails()
        self.new_logo: Path | None = None  # a picture chosen, copied in when saved
        self.logo_wanted = False  # the letterhead has a logo (the stored one or new_logo)
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.show_preview)
        self.session.read(
            lambda archive, _task: office.details(archive),
            on_done=while_alive(self, self._fill),
            on_error=while_alive(self, self._failed),
        )
        fit_to_screen(self, DIALOG_SIZE)

    # -- building -------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        for key in {**_LINES, **_TEXTS}:
            box = (
                QPlainTextEdit(objectName=f"office-{key}")
                if key in _TEXTS
                else QLineEdit(objectName=f"office-{key}")
            )
            if isinstance(box, QPlainTextEdit):
                box.setTabChangesFocus(True)
                lines = 5 if key == "addressees" else 3
                box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
                box.textChanged.connect(self._changed)
            else:
                box.textChanged.connect(lambda _t: self._changed())
            self.inputs[key] = box
        self.addressees_help = QLabel(
            translate(
                "OfficeDialog",
                "One addressee per paragraph (a blank line between two); the first is put in "
                "new letters.",
            ),
            wordWrap=True,
        )
        self.paper = QComboBox(objectName="office-paper")
        for text, value in _PAPER:
            self.paper.addItem(translate("OfficeDialog", text), value)
        self.paper.currentIndexChanged.connect(lambda _i: self._changed())
        for key in ("name", "address", "phone", "email", "signatory", "signatory_title"):
            form.addRow(translate("OfficeDialog", _LINES.get(key) or _TEXTS[key]), self.inputs[key])
        form.addRow(translate("OfficeDialog", "&Paper"), self.paper)
        form.addRow(translate("OfficeDialog", "&Logo"), self._logo_row())
        form.addRow(translate("OfficeDialog", _TEXTS["addressees"]), self.inputs["addressees"])
        form.addRow("", self.addressees_help)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and isinstance(label.widget(), QLabel):
                label.widget().setBuddy(field.widget())
        self.preview = QTextBrowser(objectName="office-preview")
        self.preview.setOpenLinks(False)
        self.problem = Notice("office-problem", "#9b1c1c")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)  # until the details are loaded
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(form)

    def _logo_row(self) -> QWidget:
        row = QWidget()
        self.logo_name = QLabel(translate("OfficeDialog", "No logo"), objectName="office-logo-name")
        self.choose_logo = QPushButton(
            translate("OfficeDialog", "Choose picture…"), objectName="office-choose-logo"
        )
        self.remove_logo = QPushButton(
            translate("OfficeDialog", "Remove"), objectName="office-remove-logo"
        )
        self.choose_logo.clicked.connect(lambda: self.ask_logo())
        self.remove_logo.clicked.connect(lambda: self.set_logo(None))
        row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.logo_name, 1)
        layout.addWidget(self.choose_logo)
        layout.addWidget(self.remove_logo)
        return row

    def _lay_out(self, form: QFormLayout) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("OfficeDialog", "<b>Letterhead</b> (as letters start)")))
        right.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        columns.addWidget(left, 5)
        columns.addLayout(right, 4)
        layout = QVBoxLayout(self)
        if self.session.read_only:
            layout.addWidget(
                QLabel(
                    translate(
                        "OfficeDialog",
                        "The archive is open read-only here: the details cannot be changed.",
                    )
                )
            )
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    # -- values ---------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """What the form holds now, by detail name (the logo aside)."""
        typed = {
            key: box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()
            for key, box in self.inputs.items()
        }
        return {**typed, "paper": str(self.paper.currentData())}

    def shown_details(self) -> OfficeDetails:
        """The details as the form shows them (the logo as it will be once saved)."""
        logo = self.details.logo if self.new_logo is None else str(self.new_logo)
        return replace(self.details, **self.values(), logo=logo if self.logo_wanted else "")

    def _fill(self, details: OfficeDetails) -> None:
        self.details = details
        self.logo_wanted = bool(details.logo)
        for key, box in self.inputs.items():
            text = getattr(details, key)
            box.setPlainText(text) if isinstance(box, QPlainTextEdit) else box.setText(text)
        self.paper.setCurrentIndex(max(self.paper.findData(details.paper), 0))
        self._show_logo_name()
        self.save_button.setEnabled(not self.session.read_only)
        self.show_preview()
        self.loaded.emit()

    def ask_logo(self) -> None:
        """Ask for a picture to use as the logo."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("OfficeDialog", "Choose the office's logo"),
            str(Path.home()),
            translate("OfficeDialog", "Pictures (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.set_logo(Path(name))

    def set_logo(self, path: Path | None) -> None:
        """Use the picture at ``path`` as the logo once saved (``None``: no logo)."""
        self.new_logo = path
        self.logo_wanted = path is not None
        self._show_logo_name()
        self._changed()

    def _show_logo_name(self) -> None:
        if not self.logo_wanted:
            self.logo_name.setText(translate("OfficeDialog", "No logo"))
        else:
            self.logo_name.setText((self.new_logo or Path(self.details.logo)).name)
        self.remove_logo.setEnabled(self.logo_wanted)

    # -- preview and saving ---------------------------------------------------------

    def _changed(self) -> None:
        self._timer.start()

    def show_preview(self) -> None:
        """Render the letterhead for what the form holds, the logo above it."""
        try:
            html = office.letterhead_html(self.session.root, self.shown_details())
        except CaseDeskError as error:
            self.problem.setText(error_text(error))
            return
        logo = self._logo_file()
        document: QTextDocument = self.preview.document()
        if logo is not None:
            document.addResource(QTextDocument.ResourceType.ImageResource, LOGO_URL, QImage(logo))
            html = html.replace(
                "<body>", f'<body><p><img src="{LOGO_URL.toString()}" height="56"></p>', 1
            )
        self.preview.setHtml(html)
        self.preview_shown.emit(html)

    def _logo_file(self) -> str | None:
        if not self.logo_wanted:
            return None
        if self.new_logo is not None:
            return str(self.new_logo)
        found = self.details.logo_path(self.session.root)
        return str(found) if found else None

    def save(self) -> None:
        """Store the details (and copy the chosen logo in) on the writes lane."""
        if self.session.read_only:
            return
        values = self.values()
        if not self.logo_wanted:
            values["logo"] = ""
        logo = self.new_logo if self.logo_wanted else None
        self.save_button.setEnabled(False)
        self.session.write(
            lambda archive, _task: office.change(archive, values, logo_file=logo),
            on_done=while_alive(self, self._saved),
            on_error=while_alive(self, self._failed),
        )

    def _saved(self, details: OfficeDetails) -> None:
        self.details = details
        self.saved.emit(details)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(not self.session.read_only)
        if isinstance(error, CaseDeskError):
            self.problem.setText(error_text(error))
        else:
            self.errors.report(error)
