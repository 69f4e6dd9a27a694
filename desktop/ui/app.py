"""Starting the window: the Qt application, the archive session, the error boundary."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_config_path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.ui.errors import ErrorBoundary
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session
from index.errors import CaseDeskError


def settings() -> QSettings:
    """Where the window remembers its state: the user's config folder, never the archive.

    The path is worked out on each call (Qt caches its own idea of the config folder for
    the life of the process).
    """
    path = user_config_path("CaseDesk", appauthor=False) / "window.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def remember_archive(store: QSettings, root: Path) -> None:
    """Put ``root`` first in the recent archives list."""
    recent = [str(root)] + [p for p in (store.value("archives/recent") or []) if p != str(root)]
    store.setValue("archives/recent", recent[:10])


def open_window(root: Path) -> MainWindow:
    """Open the archive at ``root`` in a new main window (a QApplication must exist)."""
    session = Session(root)
    store = settings()
    remember_archive(store, root)
    return MainWindow(session, store)


def run(root: Path) -> int:
    """Run the window until it is closed; returns the exit code."""
    if not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise CaseDeskError(
            "There is no screen to show the window on (no DISPLAY). "
            "Use the casedesk commands, or start a desktop session."
        )
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CaseDesk")
    try:
        window = open_window(root)
    except CaseDeskError as error:
        ErrorBoundary(root / "logs").report(error)
        return 2
    window.errors.install_excepthook()
    window.show()
    return app.exec()
