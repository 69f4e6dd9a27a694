"""File ▸ Import cases… and File ▸ Back up…, and the backup reminder in the status bar.

Added to the main window by :class:`ImportAndBackup`; the dialogs themselves are in
:mod:`desktop.ui.case_import_view` and :mod:`desktop.ui.backup_view`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from desktop.operations.case_import import ImportResult
from desktop.ui.backup_view import BackupDialog, BackupReminder
from desktop.ui.case_import_view import ImportCasesDialog
from desktop.ui.limits import limit
from desktop.ui.tr import translate

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class ImportAndBackup(QObject):
    """The two File menu entries of one window, and its reminder."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = QAction(translate("FileActions", "&Import cases…"), window)
        self.import_action.triggered.connect(lambda: self.import_cases())
        self.backup_action = QAction(translate("FileActions", "&Back up…"), window)
        self.backup_action.triggered.connect(lambda: self.back_up())
        limit(self.import_action, window.session, writes=True, folder_only=True)
        limit(self.backup_action, window.session, writes=False, folder_only=True)
        quit_action = menu.actions()[-1]  # before Quit, after the ways to add
        menu.insertActions(quit_action, [self.import_action, self.backup_action])
        menu.insertSeparator(quit_action)
        self.reminder = BackupReminder(window.session.root, window)
        if window.session.is_office:
            self.reminder.hide()  # the office's server is backed up by PostgreSQL's tools
        window.statusBar().addPermanentWidget(self.reminder)
        self.dialogs: list[QDialog] = []

    def import_cases(self, path: Path | None = None) -> ImportCasesDialog | None:
        """Ask for a spreadsheet (unless given) and open its import preview."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                translate("FileActions", "Import cases from a spreadsheet"),
                "",
                translate("FileActions", "Spreadsheets (*.csv *.xlsx)"),
            )
            if not name:
                return None
            path = Path(name)
        dialog = ImportCasesDialog(self.window.session, self.window.errors, path, self.window)
        dialog.imported.connect(self._imported)
        return self._open(dialog)

    def back_up(self) -> BackupDialog:
        """Open the backup dialog."""
        dialog = BackupDialog(self.window.session.root, self.window.errors, self.window)
        dialog.finished_backup.connect(lambda _result: self.reminder.refresh())
        return self._open(dialog)

    def close(self) -> None:
        """Close the open dialogs (stopping a backup under way)."""
        for dialog in self.dialogs:
            dialog.close()
        self.dialogs.clear()

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.show()
        return dialog

    def _imported(self, result: ImportResult) -> None:
        if result.written:
            self.window.statusBar().showMessage(imported_words(len(result.added)), 15_000)
            self.window.case_work.after_change()


def imported_words(cases: int) -> str:
    """ "Imported 3 cases." in the interface's language (one and many are two sentences)."""
    if cases == 1:
        return translate("FileActions", "Imported 1 case.")
    return translate("FileActions", "Imported {cases} cases.").format(cases=cases)
