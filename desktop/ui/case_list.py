"""The list of cases: number, principal applicant, pathway, priority, status, next deadline.

A deadline within :data:`SOON_DAYS` days is highlighted; a case whose deadlines have all
passed shows the last one, marked "passed".  Signals: ``chosen(str)`` with the case
number when the current row changes.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from desktop import digits
from desktop.ui.case_words import choice_label
from desktop.ui.text_direction import DirectionDelegate
from desktop.ui.tr import translate
from index.cases.model import Case

SOON_DAYS = 14
SOON_COLOUR = QColor("#fff2a8")
PASSED_COLOUR = QColor("#9b1c1c")
COLUMNS = (
    QT_TRANSLATE_NOOP("CaseList", "Case"),
    QT_TRANSLATE_NOOP("CaseList", "Principal applicant"),
    QT_TRANSLATE_NOOP("CaseList", "Pathway"),
    QT_TRANSLATE_NOOP("CaseList", "Priority"),
    QT_TRANSLATE_NOOP("CaseList", "Status"),
    QT_TRANSLATE_NOOP("CaseList", "Next deadline"),
)
_WIDTHS = (120, 220, 130, 80, 70)


@dataclass(frozen=True)
class DeadlineMark:
    """What the "Next deadline" cell says, and whether it is soon or has passed."""

    text: str
    soon: bool = False
    passed: bool = False
    tooltip: str = ""


def deadline_mark(case: Case, today: datetime.date, soon_days: int = SOON_DAYS) -> DeadlineMark:
    """The next deadline of ``case`` from ``today`` on (else the last one, passed)."""
    if not case.deadlines:
        return DeadlineMark("")
    start = today.isoformat()
    ordered = sorted(case.deadlines, key=lambda d: d.date)
    tooltip = "\n".join(
        f"{digits.number(d.date)}  {choice_label(d.kind)}{f' ({d.note})' if d.note else ''}"
        for d in ordered
    )
    coming = [d for d in ordered if d.date >= start]
    if not coming:
        last = ordered[-1]
        return DeadlineMark(
            translate("CaseList", "{date} {kind} — passed").format(
                date=digits.number(last.date), kind=choice_label(last.kind)
            ),
            passed=True,
            tooltip=tooltip,
        )
    first = coming[0]
    days = (datetime.date.fromisoformat(first.date) - today).days
    when = (
        translate("CaseList", "today")
        if days == 0
        else translate("CaseList", "in 1 day")
        if days == 1
        else translate("CaseList", "in {days} days").format(days=digits.number(days))
    )
    return DeadlineMark(
        translate("CaseList", "{date} {kind} ({when})").format(
            date=digits.number(first.date), kind=choice_label(first.kind), when=when
        ),
        soon=days <= soon_days,
        tooltip=tooltip,
    )


def principal_text(case: Case) -> str:
    """The principal applicant's name, with the name in Arabic script after it."""
    person = case.principal
    if person is None:
        return translate("CaseList", "(no people recorded yet)")
    return f"{person.name} — {person.name_native}" if person.name_native else person.name


class CaseList(QTableWidget):
    """The cases the filters let through, in the order the case store gives them."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("case-list")
        self.setAccessibleName(translate("CaseList", "Cases"))
        self.setHorizontalHeaderLabels([translate("CaseList", c) for c in COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setItemDelegate(DirectionDelegate(self))  # a Dari name or place right to left
        self.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(_WIDTHS):
            self.setColumnWidth(column, width)
        self.cases: list[Case] = []
        self.marks: list[DeadlineMark] = []
        self.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._row_changed(row))

    def show_cases(self, cases: Sequence[Case], today: datetime.date, keep: str = "") -> None:
        """Replace the rows; the case numbered ``keep`` stays current if it is listed."""
        self.blockSignals(True)
        self.setRowCount(0)
        self.cases = list(cases)
        self.marks = [deadline_mark(c, today) for c in self.cases]
        for row, (case, mark) in enumerate(zip(self.cases, self.marks, strict=True)):
            self.insertRow(row)
            choices = (case.pathway, case.priority, case.status)
            texts = (case.id, principal_text(case), *map(choice_label, choices))
            for col, text in enumerate((*texts, mark.text)):
                self.setItem(row, col, QTableWidgetItem(text))
            self._mark(row, case, mark)
        ids = [c.id for c in self.cases]
        self.setCurrentCell(ids.index(keep) if keep in ids else -1, 0)
        self.blockSignals(False)

    def current_case_id(self) -> str:
        """The number of the case in the current row ("" when none)."""
        row = self.currentRow()
        return self.cases[row].id if 0 <= row < len(self.cases) else ""

    def select_case(self, case_id: str) -> bool:
        """Make the row of ``case_id`` current (emits ``chosen``); False if not listed."""
        ids = [c.id for c in self.cases]
        if case_id not in ids:
            return False
        self.setCurrentCell(ids.index(case_id), 0)
        return True

    def _mark(self, row: int, case: Case, mark: DeadlineMark) -> None:
        cell = self.item(row, len(COLUMNS) - 1)
        cell.setToolTip(mark.tooltip)
        if mark.soon:
            cell.setBackground(QBrush(SOON_COLOUR))
            cell.setFont(_bold())
            cell.setToolTip(
                translate("CaseList", "Due within {SOON_DAYS} days.\n{tooltip}").format(
                    SOON_DAYS=SOON_DAYS, tooltip=mark.tooltip
                )
            )
        elif mark.passed:
            cell.setForeground(QBrush(PASSED_COLOUR))
            cell.setToolTip(
                translate("CaseList", "Every deadline of this case has passed.\n{tooltip}").format(
                    tooltip=mark.tooltip
                )
            )
        if case.priority == "emergency":
            priority = self.item(row, 3)
            priority.setForeground(QBrush(PASSED_COLOUR))
            priority.setFont(_bold())

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.cases):
            self.chosen.emit(self.cases[row].id)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
