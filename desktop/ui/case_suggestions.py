"""Deadlines the case's documents suggest, offered one at a time above the case form.

"Passport P00015201 of document 12 expires 2026-03-01: add as a deadline?" with **Add
deadline** and **Not now**.  Add puts the deadline in the form's Deadlines (not saved:
the volunteer saves the case); Not now hides it until the case is shown again.  The bar
takes no room while it has nothing to ask.  Signals: ``add_requested(object)`` with the
:class:`~index.cases.suggestions.SuggestedDeadline` to add.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.tr import translate
from index.cases.model import Deadline
from index.cases.suggestions import SuggestedDeadline


class SuggestionBar(QFrame):
    """Asks about the first suggestion not yet added or put off."""

    add_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="case-suggestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.pending: list[SuggestedDeadline] = []
        self.question = QLabel(objectName="case-suggestion-question")
        self.question.setWordWrap(True)
        self.add_button = QPushButton(
            translate("CaseSuggestions", "&Add deadline"), objectName="add-suggested-deadline"
        )
        self.later_button = QPushButton(
            translate("CaseSuggestions", "Not no&w"), objectName="not-now"
        )
        self.add_button.clicked.connect(lambda: self._answer(add=True))
        self.later_button.clicked.connect(lambda: self._answer(add=False))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.question)
        layout.addLayout(buttons)
        self.offer(())

    def offer(
        self, suggestions: Sequence[SuggestedDeadline], have: Sequence[Deadline] = ()
    ) -> list[SuggestedDeadline]:
        """Ask about those whose deadline is not in ``have`` (none: hide the bar); returns
        them."""
        known = {(d.kind, d.date) for d in have}
        self.pending = [s for s in suggestions if (s.deadline.kind, s.deadline.date) not in known]
        self._ask_next()
        return list(self.pending)

    def set_editable(self, editable: bool) -> None:
        """A read-only archive's case cannot take a deadline: the button is disabled."""
        self.add_button.setEnabled(editable)

    def _answer(self, *, add: bool) -> None:
        if not self.pending:
            return
        answered = self.pending.pop(0)
        if add:
            self.add_requested.emit(answered)
        self._ask_next()

    def _ask_next(self) -> None:
        if self.pending:
            self.question.setText(self.pending[0].question)
        else:
            self.question.clear()
        self.setVisible(bool(self.pending))
