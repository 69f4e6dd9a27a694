"""The Problems panel: every file that was not indexed, why, and what can be done.

Signals: ``password_given(path, password)`` when the user enters a password for a
protected file; ``retry(path)`` when the user asks to read a file again.

The engine's advice is written for the command line (``casedesk add --password …``);
where the window has its own way, the panel says that instead (:func:`what_to_do`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ocr_words import NO_TEXT_KIND
from desktop.ui.problem_words import problem_words
from desktop.ui.text_direction import DirectionDelegate
from desktop.ui.tr import translate
from index.catalog.records import ProblemRow

PASSWORD_ACTION = QT_TRANSLATE_NOOP("Problems", "Enter password…")
# What to do in the window, for the kinds whose engine advice names a casedesk command.
WINDOW_ADVICE = {
    "password": QT_TRANSLATE_NOOP(
        "Problems", "Select it and choose Enter password… to read it with its password."
    ),
    "too-slow": QT_TRANSLATE_NOOP(
        "Problems",
        "It may be damaged or very large. Choose Try again; if it stops again, "
        "open it in its own program, save a smaller copy as PDF and add that.",
    ),
    "too-large": QT_TRANSLATE_NOOP(
        "Problems", "Split it into smaller files (or save a smaller copy as PDF) and add those."
    ),
}


def what_to_do(problem: ProblemRow) -> str:
    """The advice the panel shows for ``problem``: the window's own where it has one."""
    advice = WINDOW_ADVICE.get(problem.kind)
    return translate("Problems", advice) if advice else problem_words(problem.action, translate)


class ProblemsPanel(QWidget):
    """A table of problems with the actions that apply to the selected one."""

    password_given = Signal(str, str)
    retry = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.rows: list[ProblemRow] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Problems", "File"),
                translate("Problems", "Why it was not indexed"),
                translate("Problems", "What to do"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 360)
        self.table.setColumnWidth(1, 420)
        self.table.setWordWrap(True)
        # Paths read left to right in a Dari or Pashto window too.
        self.table.setItemDelegateForColumn(0, DirectionDelegate(self.table, always="ltr"))
        self.password_button = QPushButton(translate("Problems", PASSWORD_ACTION), self)
        self.retry_button = QPushButton(translate("Problems", "Try again"), self)
        self.password_button.clicked.connect(lambda: self._ask_password())
        self.retry_button.clicked.connect(lambda: self._retry())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_problems(self, rows: list[ProblemRow]) -> None:
        """Replace the table's rows."""
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for row, problem in enumerate(self.rows):
            for column, text in enumerate(
                (problem.path, problem_words(problem.reason, translate), what_to_do(problem))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._update_buttons()

    def selected(self) -> ProblemRow | None:
        """The selected problem, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_path(self, path: str) -> None:
        """Select the problem of ``path``."""
        for row, problem in enumerate(self.rows):
            if problem.path == path:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        problem = self.selected()
        self.password_button.setEnabled(problem is not None and problem.kind == "password")
        self.retry_button.setEnabled(
            problem is not None and " › " not in problem.path and problem.kind != NO_TEXT_KIND
        )

    def _ask_password(self, password: str | None = None) -> None:
        problem = self.selected()
        if problem is None:
            return
        if password is None:
            password, ok = QInputDialog.getText(
                self,
                translate("Problems", "Password"),
                translate("Problems", "Password for {path}:").format(path=problem.path),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        self.password_given.emit(problem.path, password)

    def _retry(self) -> None:
        problem = self.selected()
        if problem is not None:
            self.retry.emit(problem.path)

    def sizeHint(self) -> QSize:
        """Room for a few rows."""
        hint = super().sizeHint()
        hint.setHeight(max(hint.height(), 160))
        return hint
