"""The Details pane's group for a document's machine-readable zones: "Passport
(machine-readable zone), page 1" with its number, names, nationality, birth date, expiry
and issuer — or, for a zone whose check digits do not agree, why nothing was taken."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.tr import translate
from index.text.mrz.fields import ZoneOnPage


class ZoneGroup(QGroupBox):
    """The zones of the document shown (hidden when it has none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="zones")
        self.fields = QLabel(objectName="zone-fields")
        self.fields.setTextFormat(Qt.TextFormat.RichText)
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.fields)
        self.hide()

    def show_zones(self, zones: tuple[ZoneOnPage, ...]) -> None:
        """Show ``zones``, titled by the zone when there is one."""
        self.setVisible(bool(zones))
        if not zones:
            self.fields.clear()
            return
        self.setTitle(
            zones[0].heading
            if len(zones) == 1
            else translate("ZoneFields", "Machine-readable zones")
        )
        self.fields.setText("".join(_zone_html(zone, len(zones) > 1) for zone in zones))


def _zone_html(zone: ZoneOnPage, titled: bool) -> str:
    """One zone as a small table (its heading above it when there are several)."""
    rows = "".join(
        f"<tr><td>{escape(label)}:&nbsp;</td><td>{escape(value)}</td></tr>"
        for label, value in zone.rows
    )
    heading = f"<b>{escape(zone.heading)}</b>" if titled else ""
    return f"{heading}<table>{rows}</table>"
