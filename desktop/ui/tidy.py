"""Tidying the search index while the window is idle.

A large ingest leaves the index in many parts (see :mod:`index.search.merging`), and
searching many parts is slower.  A minute after the window opens or an ingest ends, if
the index is worth merging, the merge runs in a background process at low priority; any
change asked for meanwhile (an ingest, a tag) stops it first, and it is tried again a
minute after that change.  The status bar says what is happening.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from desktop.ui.session import Session
from desktop.ui.tr import translate
from desktop.ui.workers import Task

log = logging.getLogger(__name__)
TIDY_AFTER_MS = 60_000
WORKING = QT_TRANSLATE_NOOP(
    "Tidy", "Tidying the search index for faster searches (in the background)…"
)
DONE = QT_TRANSLATE_NOOP("Tidy", "The search index is tidy: searches are faster.")


class IndexTidier(QObject):
    """Starts the idle merge of ``session``'s index, reporting on ``status``."""

    def __init__(self, session: Session, status: QStatusBar, parent: QObject) -> None:
        super().__init__(parent)
        self.session, self.status = session, status
        self.task: Task | None = None
        self.timer = QTimer(self, singleShot=True, interval=TIDY_AFTER_MS)
        self.timer.timeout.connect(self._maybe_tidy)

    def schedule(self) -> None:
        """Look again in a minute (the window is read-only: never)."""
        if not self.session.read_only:
            self.timer.start()

    def stop(self) -> None:
        """No more tidying (the window is closing; the session stops a running one)."""
        self.timer.stop()

    def _maybe_tidy(self) -> None:
        if self.session.writes.busy():
            self.schedule()  # an ingest or another change is running: later
            return
        if not self.session.index_untidy():
            return
        self.status.showMessage(translate("Tidy", WORKING))
        self.task = self.session.tidy(on_done=self._done, on_error=self._failed)

    def _done(self, finished: object) -> None:
        self.task = None
        if finished:
            self.status.showMessage(translate("Tidy", DONE), 10_000)
        else:
            self.status.clearMessage()  # stopped for other work: try again after it
            self.schedule()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.status.clearMessage()
        # Not the user's problem: searches work on the untidy index just the same.
        log.warning("the search index could not be tidied: %s", type(error).__name__)
