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
