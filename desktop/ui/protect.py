"""Protecting what leaves the office, as the Packet builder and the Drafting dialog offer it.

:class:`RedactChoice` ticks the kinds of value to take out (A-numbers, passport numbers,
…: :mod:`desktop.redaction.kinds`); :class:`PasswordChoice` asks for a password twice
when the file is to be encrypted.  Neither shows or keeps a value anywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from desktop.redaction.kinds import redaction_kinds
from desktop.ui.tr import translate
from index.errors import UsageError

REDACT_HELP = QT_TRANSLATE_NOOP(
    "Protect",
    "Take the case's values of these kinds out for real: a PDF page that holds one "
    "becomes a picture with the value blacked out (no text left under it), a value in "
    "a letter or an email is replaced by █████ [redacted], and the finished file is read "
    "back before it is kept.",
)

# desktop.redaction.kinds.LABELS, for lupdate (that module is the CLI's too: no Qt there).
_KIND_LABELS = (
    QT_TRANSLATE_NOOP("Protect", "A-numbers"),
    QT_TRANSLATE_NOOP("Protect", "Passport numbers"),
    QT_TRANSLATE_NOOP("Protect", "Tazkira numbers"),
    QT_TRANSLATE_NOOP("Protect", "Dates of birth"),
    QT_TRANSLATE_NOOP("Protect", "Addresses (the case's current location)"),
    QT_TRANSLATE_NOOP("Protect", "Confidential notes"),
)


class RedactChoice(QWidget):
    """A box per kind of value that can be redacted, ``columns`` to a row; none ticked at
    first."""

    changed = Signal()

    def __init__(self, prefix: str, parent: QWidget | None = None, *, columns: int = 2) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, (kind, label) in enumerate(redaction_kinds()):
            box = QCheckBox(translate("Protect", label), objectName=f"{prefix}-redact-{kind}")
            box.setToolTip(translate("Protect", REDACT_HELP))
            box.toggled.connect(lambda _on: self.changed.emit())
            grid.addWidget(box, number // columns, number % columns)
            self.boxes[kind] = box

    def first(self) -> QCheckBox:
        """The first box (for a label's keyboard shortcut)."""
        return next(iter(self.boxes.values()))

    def chosen(self) -> tuple[str, ...]:
        """The kinds ticked, in the usual order."""
        return tuple(kind for kind, box in self.boxes.items() if box.isChecked())


class PasswordChoice(QWidget):
    """ "Encrypt with a password", and the password typed twice (hidden): below the box,
    or beside it when ``inline``."""

    def __init__(
        self, prefix: str, label: str, parent: QWidget | None = None, *, inline: bool = False
    ) -> None:
        super().__init__(parent)
        self.encrypt = QCheckBox(label, objectName=f"{prefix}-encrypt")
        self.password = _secret(f"{prefix}-password", translate("Protect", "Password"))
        self.again = _secret(
            f"{prefix}-password-again", translate("Protect", "The same password again")
        )
        self.encrypt.toggled.connect(self._update)
        fields = QHBoxLayout()
        fields.addWidget(self.password)
        fields.addWidget(self.again)
        layout = QHBoxLayout(self) if inline else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.encrypt)
        layout.addLayout(fields, 1)
        self._update(False)

    def chosen(self, what: str) -> str | None:
        """The password, ``None`` when not encrypting, or :class:`UsageError` saying what
        to fix; ``what`` names the thing ("the packet")."""
        if not self.encrypt.isChecked():
            return None
        password = self.password.text()
        if not password:
            raise UsageError(
                translate("Protect", "Type the password {what} is to be opened with.").format(
                    what=what
                )
            )
        if password != self.again.text():
            raise UsageError(
                translate("Protect", "The two passwords are not the same; type them again.")
            )
        return password

    def _update(self, on: bool) -> None:
        for box in (self.password, self.again):
            box.setEnabled(on)
            if not on:
                box.clear()


def _secret(name: str, placeholder: str) -> QLineEdit:
    box = QLineEdit(objectName=name)
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setPlaceholderText(placeholder)
    return box
