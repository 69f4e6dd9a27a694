"""File ▸ Back up…: the backup dialog, and the status-bar reminder when one is due.

The backup runs on a lane of the dialog's own (it reads the archive's files, never its
open connections, so searches and changes go on meanwhile) with a progress bar and
Cancel; closing the dialog cancels it and waits.  A password typed twice encrypts it.

Signals of :class:`BackupDialog`: ``finished_backup(BackupResult)`` once a backup is kept;
``refused(str)`` when it was not (cancelled, wrong folder, disk full …).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.digits import number
from desktop.operations.backup import BackupResult, backup_due, last_backup, make_backup
from desktop.ui.errors import ErrorBoundary
from desktop.ui.guard import StopsWhenClosed, while_alive
from desktop.ui.notice import Notice
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.tr import error_text, translate
from desktop.ui.workers import Lane, Task
from index.errors import CaseDeskError

DIALOG_SIZE = QSize(620, 320)
_UNENCRYPTED = QT_TRANSLATE_NOOP(
    "BackupView",
    "Without a password, anyone who holds the backup can read every document in it. "
    "Type a password twice to encrypt it (keep the password apart from the backup).",
)

# A backup's kind, shown in the sentence after a backup (the values of BackupResult.kind).
_KINDS = {
    "base": QT_TRANSLATE_NOOP("BackupView", "full backup"),
    "increment": QT_TRANSLATE_NOOP("BackupView", "only what is new"),
}


class BackupDialog(StopsWhenClosed, QDialog):
    """Back the archive up to a file, or into a folder (only what is new after the first)."""

    finished_backup = Signal(object)
    refused = Signal(str)

    def __init__(self, root: Path, errors: ErrorBoundary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup")
        self.setWindowTitle(translate("BackupView", "Back up the archive"))
        self.root, self.errors = root, errors
        self.lane = Lane("casedesk-backup", self)
        self.task: Task | None = None
        self._build()
        self._set_running(False)
        fit_to_screen(self, DIALOG_SIZE)

    def _build(self) -> None:
        self.target = QLineEdit(objectName="backup-target")
        self.target.setPlaceholderText(
            translate("BackupView", "A file (…/office.cdbak) or a folder for backups")
        )
        file_button = QPushButton(translate("BackupView", "&File…"))
        folder_button = QPushButton(translate("BackupView", "F&older…"))
        file_button.clicked.connect(lambda: self._choose_file())
        folder_button.clicked.connect(lambda: self._choose_folder())
        where = QHBoxLayout()
        for widget in (self.target, file_button, folder_button):
            where.addWidget(widget)
        self.password = QLineEdit(
            objectName="backup-password", echoMode=QLineEdit.EchoMode.Password
        )
        self.again = QLineEdit(objectName="backup-again", echoMode=QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(translate("BackupView", "Back up to:"), where)
        form.addRow(translate("BackupView", "Password:"), self.password)
        form.addRow(translate("BackupView", "Password again:"), self.again)
        self.warning = Notice("backup-warning", "#8a5a00")
        self.warning.setText(translate("BackupView", _UNENCRYPTED))
        self.password.textChanged.connect(lambda text: self.warning.setVisible(not text))
        self.progress = QProgressBar(objectName="backup-progress", textVisible=True)
        self.status = Notice("backup-status")
        self.problem = Notice("backup-problem", "#9b1c1c")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = QPushButton(
            translate("BackupView", "&Back up"), objectName="backup-start"
        )
        self.cancel_button = QPushButton(
            translate("BackupView", "&Cancel"), objectName="backup-cancel"
        )
        for button in (self.start_button, self.cancel_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.clicked.connect(lambda: self.start())
        self.cancel_button.clicked.connect(lambda: self.stop_work())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.warning, self.progress, self.status, self.problem):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("BackupView", "Back up to a file"),
            "casedesk-backup.cdbak",
            translate("BackupView", "CaseDesk backups (*.cdbak)"),
        )
        if name:
            self.target.setText(name)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("BackupView", "Back up into a folder")
        )
        if folder:
            self.target.setText(folder)

    def start(self) -> None:
        """Check what was typed, then back up on the dialog's lane."""
        self.problem.clear()
        if not self.target.text().strip():
            self.problem.setText(
                translate("BackupView", "Choose where to back up to: a file or a folder.")
            )
            return
        if self.password.text() != self.again.text():
            self.problem.setText(
                translate("BackupView", "The two passwords differ: type the same password twice.")
            )
            return
        out, password = Path(self.target.text().strip()).expanduser(), self.password.text()
        root = self.root
        self.task = self.lane.start(
            lambda task: make_backup(
                root, out, password or None,
                progress=lambda phase, done, total: task.report((phase, done, total)),
                cancelled=lambda: task.cancelled,
            ),
            on_done=while_alive(self, self._done),
            on_error=while_alive(self, self._failed),
            on_progress=while_alive(self, self._show_progress),
        )  # fmt: skip
        self.status.setText(translate("BackupView", "Backing up…"))
        self._set_running(True)

    def _show_progress(self, value: tuple[str, int, int]) -> None:
        phase, done, total = value
        self.progress.setRange(0, max(total >> 20, 1))
        self.progress.setValue(min(done >> 20, max(total >> 20, 1)))
        sentence = (
            translate("BackupView", "Writing: {done} of {total} MB")
            if phase == "writing"
            else translate("BackupView", "Reading it back to check it: {done} of {total} MB")
        )
        self.status.setText(
            sentence.format(done=number(f"{done >> 20:,}"), total=number(f"{total >> 20:,}"))
        )

    def _done(self, result: BackupResult) -> None:
        self._set_running(False)
        self.status.setText(done_words(result))
        self.finished_backup.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.status.clear()
        if isinstance(error, CaseDeskError):
            message = error_text(error)
        else:
            self.errors.report(error)
            message = translate(
                "BackupView", "The backup could not be made because of an unexpected error."
            )
        self.problem.setText(message)
        self.refused.emit(message)

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)

    def stop_work(self) -> None:
        """Cancel a backup under way (nothing is kept) and wait for it to stop."""
        if self.task is not None and not self.task.done.is_set():
            self.task.cancel()
            self.status.setText(translate("BackupView", "Stopping…"))
        if self.closing:
            self.lane.shut_down()


def done_words(result: BackupResult) -> str:
    """What was backed up, where, and whether it is encrypted: one whole sentence each way."""
    sentence = (
        translate(
            "BackupView",
            "Backed up to {path} ({kind}, {files} file(s), {size} MB, encrypted); "
            "read back and checked.",
        )
        if result.encrypted
        else translate(
            "BackupView",
            "Backed up to {path} ({kind}, {files} file(s), {size} MB, not encrypted); "
            "read back and checked.",
        )
    )
    return sentence.format(
        path=result.path,
        kind=translate("BackupView", _KINDS.get(result.kind, result.kind)),
        files=f"{result.files:,}",
        size=f"{result.bytes / 1e6:,.1f}",
    )


class BackupReminder(QLabel):
    """In the status bar: shown when the archive was never backed up or not for 7 days."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="backup-reminder")
        self.root = root
        self.setStyleSheet("color: #8a5a00;")
        self.refresh()

    def refresh(self, now: datetime.datetime | None = None) -> None:
        """Show or hide the reminder for the time now."""
        if not backup_due(self.root, now):
            self.hide()
            return
        last = last_backup(self.root)
        now = now or datetime.datetime.now(datetime.UTC)
        if last is None:
            self.setText(translate("BackupView", "Never backed up — File ▸ Back up…"))
        else:
            days = (now - last).days
            self.setText(
                translate("BackupView", "Last backup {days} days ago — File ▸ Back up…").format(
                    days=days
                )
            )
        self.show()
