"""A line of text for what a dialog has to say (a refusal, where a file went): wrapped,
and taking no room while it says nothing, so the forms above get that room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class Notice(QLabel):
    """A wrapped label shown only while it has text."""

    def __init__(
        self,
        name: str,
        colour: str = "",
        text_format: Qt.TextFormat = Qt.TextFormat.PlainText,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName=name)
        self.setWordWrap(True)
        self.setTextFormat(text_format)
        if colour:
            self.setStyleSheet(f"color: {colour};")
        self.hide()

    def setText(self, text: str) -> None:
        """Say ``text`` (nothing: take no room)."""
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        """Say nothing."""
        self.setText("")
