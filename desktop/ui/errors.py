"""The one place where errors reach the user in the window.

A :class:`~index.errors.CaseDeskError` is shown as its own sentence.  Anything else is
logged with its traceback to ``<archive>/logs/casedesk.log`` and shown as a plain
message that says the archive is safe.  The same path serves exceptions from background
tasks and, through :func:`install_excepthook`, anything uncaught on the UI thread.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.tr import error_text, translate
from index.errors import CaseDeskError

log = logging.getLogger("casedesk.ui")


class ErrorBoundary:
    """Shows errors once, in plain words, and logs the unexpected ones."""

    def __init__(self, log_dir: Path, parent: QWidget | None = None) -> None:
        self.log_file = log_dir / "casedesk.log"
        self.parent = parent
        self.shown: list[str] = []  # what was shown (tests read it)
        self.quiet = False  # tests set this so no modal dialog blocks them
        self._hook: object = None

    def report(self, error: BaseException) -> None:
        """Log ``error`` if unexpected and tell the user."""
        if isinstance(error, CaseDeskError):
            message = error_text(error)
        else:
            self._log(error)
            message = translate(
                "Errors",
                "CaseDesk hit an unexpected error ({error}). Everything already saved in the "
                "archive is safe. Details are in {log_file}.",
            ).format(error=type(error).__name__, log_file=self.log_file)
        self.shown.append(message)
        if self.quiet:
            return
        parent = self.parent if self.parent is not None and shiboken6.isValid(self.parent) else None
        QMessageBox.warning(parent, translate("Errors", "CaseDesk"), message)

    def _log(self, error: BaseException) -> None:
        try:
            self.log_file.parent.mkdir(parents=True, exist_ok=True)
            with self.log_file.open("a", encoding="utf-8") as f:
                f.write("".join(traceback.format_exception(error)) + "\n")
        except OSError:
            log.exception("could not write the log file")

    def install_excepthook(self) -> None:
        """Send uncaught exceptions on the UI thread here instead of killing the app."""

        def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, error, tb)
                return
            self.report(error.with_traceback(tb))

        sys.excepthook = self._hook = hook

    @property
    def handles_uncaught(self) -> bool:
        """True while :meth:`install_excepthook`'s hook is the one in place."""
        return self._hook is not None and sys.excepthook is self._hook
