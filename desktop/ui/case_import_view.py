"""File ▸ Import cases…: a spreadsheet's cases, previewed, then imported.

The dialog reads and checks the file on the reads lane
(:func:`desktop.operations.case_import.plan_import`) and shows what an import would do:
the cases and people to add, and a table of refused rows (row, column, value, why).
Import runs on the writes lane, checking the file again against the archive as it is then,
and writes all the cases or none — unless "Leave out the cases with refused rows" is ticked.

Signals: ``planned(ImportPlan)`` once the preview is shown; ``imported(ImportResult)`` once
the import ran (``written`` False when it wrote nothing); ``failed(str)`` when the file could
not be read or the import failed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.digits import number
from desktop.operations.case_import import ImportPlan, ImportResult, plan_import, run_import
from desktop.ui.case_column_words import column_words
from desktop.ui.errors import ErrorBoundary
from desktop.ui.guard import StopsWhenClosed, while_alive
from desktop.ui.notice import Notice
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.session import Session
from desktop.ui.tr import error_text, translate
from index.archive import Archive
from index.errors import CaseDeskError

DIALOG_SIZE = QSize(760, 520)
_HEADERS = (
    QT_TRANSLATE_NOOP("CaseImportView", "Row"),
    QT_TRANSLATE_NOOP("CaseImportView", "Column"),
    QT_TRANSLATE_NOOP("CaseImportView", "Value"),
    QT_TRANSLATE_NOOP("CaseImportView", "Why it was refused"),
)


class ImportCasesDialog(StopsWhenClosed, QDialog):
    """The preview and import of one spreadsheet of cases."""

    planned = Signal(object)
    imported = Signal(object)
    failed = Signal(str)

    def __init__(
        self, session: Session, errors: ErrorBoundary, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-cases")
        self.setWindowTitle(
            translate("CaseImportView", "Import cases — {name}").format(name=path.name)
        )
        self.session, self.errors, self.path = session, errors, path
        self.plan: ImportPlan | None = None
        self._build()
        fit_to_screen(self, DIALOG_SIZE)
        self.session.read(
            lambda archive, _task: plan_import(archive.cases, path),
            on_done=while_alive(self, self._show_plan),
            on_error=while_alive(self, self._failed),
        )

    def _build(self) -> None:
        self.summary = Notice("import-summary")
        self.summary.setText(
            translate("CaseImportView", "Reading {name}…").format(name=self.path.name)
        )
        self.table = QTableWidget(0, len(_HEADERS), objectName="import-refused")
        self.table.setHorizontalHeaderLabels(
            [translate("CaseImportView", text) for text in _HEADERS]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.hide()
        self.skip_bad = QCheckBox(
            translate(
                "CaseImportView", "&Leave out the cases with refused rows and import the rest"
            )
        )
        self.skip_bad.setObjectName("import-skip-bad")
        self.skip_bad.hide()
        self.skip_bad.toggled.connect(lambda _on: self._enable())
        self.problem = Notice("import-problem", "#9b1c1c")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(
            translate("CaseImportView", "&Import"), objectName="import-run"
        )
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(lambda: self.run())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.table, self.skip_bad, self.problem):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.summary.setText(plan_words(plan))
        self._fill(plan)
        self._enable()
        self.planned.emit(plan)

    def _fill(self, plan: ImportPlan) -> None:
        self.table.setRowCount(len(plan.refused))
        for row, refusal in enumerate(plan.refused):
            column = column_words(refusal.column, translate)
            cells = (number(refusal.line), column, refusal.value, error_text(refusal.reason))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:  # a value in Dari or Pashto reads from the right
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(plan.refused))
        self.skip_bad.setVisible(bool(plan.refused) and bool(plan.cases))

    def _enable(self) -> None:
        plan = self.plan
        ready = plan is not None and bool(plan.cases)
        allowed = plan is not None and (not plan.refused or self.skip_bad.isChecked())
        self.import_button.setEnabled(ready and allowed and not self.session.read_only)
        if self.session.read_only:
            self.problem.setText(
                translate(
                    "CaseImportView", "This archive is open read-only here: cases cannot be added."
                )
            )

    def run(self) -> None:
        """Import on the writes lane (the file is checked again against the archive now)."""
        skip_bad, path = self.skip_bad.isChecked(), self.path
        self.import_button.setEnabled(False)
        self.session.write(
            lambda archive, _task: _import(archive, path, skip_bad),
            on_done=while_alive(self, self._done),
            on_error=while_alive(self, self._failed),
        )

    def _done(self, result: ImportResult) -> None:
        if result.written:
            self.summary.setText(
                translate("CaseImportView", "Imported {cases} case(s) from {name}.").format(
                    cases=len(result.added), name=self.path.name
                )
            )
            self.table.hide()
            self.skip_bad.hide()
        else:  # the archive changed since the preview: show what stops it now
            self._show_plan(result.plan)
        self.imported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.summary.clear()
        if isinstance(error, CaseDeskError):
            message = error_text(error)
        else:  # a bug: the boundary logs it; the dialog says it in plain words
            self.errors.report(error)
            message = translate(
                "CaseImportView", "The cases could not be imported because of an unexpected error."
            )
        self.problem.setText(message)
        self.failed.emit(message)


def plan_words(plan: ImportPlan) -> str:
    """What an import of ``plan`` would do, in whole sentences of the interface's language."""
    lines = [
        translate(
            "CaseImportView",
            "{rows} row(s): {cases} case(s) with {people} person(s) ready to import.",
        ).format(rows=plan.rows, cases=len(plan.cases), people=plan.people)
    ]
    if plan.refused:
        rows = len({r.line for r in plan.refused})
        lines.append(
            translate(
                "CaseImportView", "{rows} row(s) refused; as it is, nothing will be imported."
            ).format(rows=rows)
        )
    if plan.unknown_headers:
        lines.append(
            translate("CaseImportView", "Columns not read: {columns}.").format(
                columns=", ".join(plan.unknown_headers)
            )
        )
    return "\n".join(lines)


def _import(archive: Archive, path: Path, skip_bad: bool) -> ImportResult:
    """Check the file against the archive as it is now, then import (on the writes lane)."""
    return run_import(archive.cases, plan_import(archive.cases, path), skip_bad=skip_bad)
