"""Noticing what another window or command wrote into the archive.

SQLite's ``PRAGMA data_version`` on one connection changes whenever another connection
commits, and costs a read of the WAL index — microseconds, polled every
:data:`POLL_MS`.  The window's own writes are absorbed (read under the writer lock, when
no one else can commit), so only others' changes are news.  The search index needs no
signal: it opens a new searcher by itself when its files changed.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from index.archive import CATALOG_NAME

POLL_MS = 1500


class ChangeWatch(QObject):
    """Emits ``changed()`` on the UI thread after another process commits to the catalog."""

    changed = Signal()

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        uri = f"{(root / CATALOG_NAME).as_uri()}?mode=ro"
        # Shared by the UI thread (polling) and the writes lane (absorbing), one at a time.
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._guard = threading.Lock()
        self._seen = self._version()
        self._writing = False  # this window holds the writer lock: no one else commits
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def _version(self) -> int:
        with self._guard:
            return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def writing(self) -> None:
        """This window took the writer lock: what changes now is its own doing."""
        self._writing = True

    def absorb(self) -> None:
        """Take the catalog as it is now as seen (called while this window still holds the
        writer lock, so nothing another process wrote is absorbed with it)."""
        self._seen = self._version()
        self._writing = False

    def not_writing(self) -> None:
        """This window's write ended without :meth:`absorb` (a child writing for it
        stopped): what changed since the last absorb is news."""
        self._writing = False

    def poll(self) -> bool:
        """Emit ``changed`` if another process committed since the last look; True then."""
        if self._writing:
            return False
        version = self._version()
        if version == self._seen:
            return False
        self._seen = version
        self.changed.emit()
        return True

    def stop(self) -> None:
        """Stop polling and close the connection."""
        self._timer.stop()
        with self._guard:
            self._db.close()
