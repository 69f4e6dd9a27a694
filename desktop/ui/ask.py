"""Questions the window asks before it throws work away."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def may_discard(parent: QWidget, question: str) -> bool:
    """Ask ``question`` with Discard / Cancel (Cancel the default); True to discard."""
    answer = QMessageBox.question(
        parent,
        "CaseDesk",
        question,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


SAVE, DISCARD = "save", "discard"


def save_or_discard(parent: QWidget, question: str) -> str | None:
    """Ask ``question`` with Save / Discard / Cancel (Save the default): :data:`SAVE`,
    :data:`DISCARD`, or None to cancel what was about to happen."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        "CaseDesk",
        question,
        buttons.Save | buttons.Discard | buttons.Cancel,
        buttons.Save,
    )
    return {buttons.Save: SAVE, buttons.Discard: DISCARD}.get(answer)
