"""The Packet builder's options: title, cover, contents, stamps, header, paper, what to
redact (and what becomes of scans too poor to read), password.

:class:`PacketOptionsForm` turns what is filled in into a cover name and
:class:`~desktop.packets.model.PacketOptions`, or a sentence saying what to fix.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.packets.model import DEFAULT_COVER, PacketError, PacketOptions
from desktop.ui.protect import REDACT_HELP, PasswordChoice, RedactChoice
from desktop.ui.tr import translate
from index.errors import UsageError

NO_COVER = ""
_PAPERS = (("A4", "a4"), (QT_TRANSLATE_NOOP("PacketOptions", "US Letter"), "letter"))
_SCAN_POLICIES = (
    (QT_TRANSLATE_NOOP("PacketOptions", "Black them out"), "black-out"),
    (QT_TRANSLATE_NOOP("PacketOptions", "Refuse the packet"), "refuse"),
)
SCAN_POLICY_HELP = QT_TRANSLATE_NOOP(
    "PacketOptions",
    "Scanned pages and photos are read by OCR to find the values. When a page cannot be "
    "read well enough to be sure no value is left on it, black the whole page out (the "
    "status names it), or do not build the packet and name the page.",
)


class PacketOptionsForm(QWidget):
    """The options of one packet, with sensible defaults (cover sheet, contents, CD- stamps)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(objectName="packet-title")
        self.title.setPlaceholderText(translate("PacketOptions", "Briefing packet AFG-…"))
        self.cover = QComboBox(objectName="packet-cover")
        self.cover.setToolTip(
            translate("PacketOptions", "The first pages: a template filled in from the case")
        )
        self.toc = QCheckBox(
            translate("PacketOptions", "&Contents page with each document's first page"),
            checked=True,
        )
        self.toc.setObjectName("packet-toc")
        self.stamp = QLineEdit("CD-", objectName="packet-stamp", maxLength=20)
        self.stamp.setToolTip(
            translate(
                "PacketOptions", "Every page is stamped with this and a running number: CD-000001"
            )
        )
        self.start = QSpinBox(objectName="packet-start", minimum=0, maximum=10**9, value=1)
        self.start.setToolTip(translate("PacketOptions", "The number on the packet's first page"))
        self.confidential = QCheckBox(
            translate("PacketOptions", '"CONFIDENTIAL" at the top of every page')
        )
        self.confidential.setObjectName("packet-confidential")
        self.paper = QComboBox(objectName="packet-paper")
        for label, value in _PAPERS:
            self.paper.addItem(translate("PacketOptions", label), value)
        self.redaction = RedactChoice("packet")
        self.redact = self.redaction.boxes
        self.scan_policy = QComboBox(objectName="packet-scan-policy")
        for label, value in _SCAN_POLICIES:
            self.scan_policy.addItem(translate("PacketOptions", label), value)
        self.scan_policy.setToolTip(translate("PacketOptions", SCAN_POLICY_HELP))
        self.secret = PasswordChoice(
            "packet",
            translate(
                "PacketOptions", "&Encrypt with a password (for packets that leave the office)"
            ),
        )
        self.encrypt, self.password, self.again = (
            self.secret.encrypt,
            self.secret.password,
            self.secret.again,
        )
        stamps = QHBoxLayout()
        stamps.addWidget(self.stamp, 1)
        stamps.addWidget(self.start)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("PacketOptions", "&Title"), self.title)
        form.addRow(translate("PacketOptions", "Co&ver"), self.cover)
        form.addRow("", self.toc)
        stamps_label = QLabel(translate("PacketOptions", "&Stamps"))
        stamps_label.setBuddy(self.stamp)
        form.addRow(stamps_label, stamps)
        form.addRow("", self.confidential)
        form.addRow(translate("PacketOptions", "&Paper"), self.paper)
        redact_label = QLabel(translate("PacketOptions", "&Remove these values:"))
        redact_label.setBuddy(self.redaction.first())
        redact_label.setToolTip(translate("Protect", REDACT_HELP))
        # Across the whole width: two columns of long labels beside a label column would
        # make the builder wider than a small screen.
        scans_label = QLabel(translate("PacketOptions", "Poor sca&ns:"))
        scans_label.setBuddy(self.scan_policy)
        scans_label.setToolTip(translate("PacketOptions", SCAN_POLICY_HELP))
        # Beside "Remove these values:", on the row it has to itself: the builder must
        # still fit a 1366x768 laptop's height.
        remove = QHBoxLayout()
        remove.addWidget(redact_label)
        remove.addStretch(1)
        remove.addWidget(scans_label)
        remove.addWidget(self.scan_policy)
        form.addRow(remove)
        form.addRow(self.redaction)
        form.addRow(self.secret)

    def set_covers(self, covers: list[tuple[str, str]]) -> None:
        """Offer these templates (name, title) as covers, the packet cover sheet chosen."""
        self.cover.clear()
        for name, title in covers:
            self.cover.addItem(title, name)
        self.cover.addItem(translate("PacketOptions", "No cover"), NO_COVER)
        found = self.cover.findData(DEFAULT_COVER)
        self.cover.setCurrentIndex(max(found, 0))

    def set_paper(self, paper: str) -> None:
        """Choose the paper (the office's setting, at first)."""
        self.paper.setCurrentIndex(max(self.paper.findData(paper), 0))

    def cover_name(self) -> str | None:
        """The chosen cover template, or ``None`` for no cover."""
        return self.cover.currentData() or None

    def options(self) -> PacketOptions:
        """The options as filled in, or :class:`PacketError` saying what to fix."""
        try:
            password = self.secret.chosen(translate("PacketOptions", "the packet"))
        except UsageError as error:
            raise PacketError(str(error)) from None
        return PacketOptions(
            toc=self.toc.isChecked(),
            stamp_prefix=self.stamp.text().strip(),
            start_number=self.start.value(),
            confidential=self.confidential.isChecked(),
            paper=self.paper.currentData(),
            password=password,
            redact=self.redacted(),
            scan_policy=self.scan_policy.currentData(),
        ).checked()

    def redacted(self) -> tuple[str, ...]:
        """The kinds of value ticked for removal, in the usual order."""
        return self.redaction.chosen()
