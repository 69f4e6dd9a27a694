"""Starting the window: the Qt application, the archive session, the error boundary.

Open windows are kept in :data:`windows` so that Python does not collect one while it
is showing.  A window that asks for another archive (File ▸ Open archive…, Recent
archives) is replaced by a new window on it, see :func:`switch_archive`.

Before Qt is started, the libraries its X11 plugin needs are checked
(:mod:`desktop.qt_libraries`): a missing one is named in plain words instead of Qt's
abort.  Files given on the command line (the menu entry's "Open with") are offered to
the window already open on the archive if there is one (:mod:`desktop.ui.handover`),
else to the new window; either asks before adding them (:mod:`desktop.ui.open_with`).
"""

from __future__ import annotations

import logging
import os
import sys
import weakref
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_config_path
from PySide6.QtCore import QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from desktop import digits
from desktop.qt_libraries import check_window_libraries
from desktop.ui import language
from desktop.ui.collector import settle
from desktop.ui.errors import ErrorBoundary
from desktop.ui.handover import Handover, hand_over
from desktop.ui.icon import app_icon
from desktop.ui.main_window import MainWindow
from desktop.ui.office_login import LoginCancelled
from desktop.ui.open_with import ask_to_add
from desktop.ui.recent import Location, remember_archive
from desktop.ui.session import Session
from desktop.ui.tr import translate
from desktop.x_display import check_display
from index.archive import CATALOG_NAME
from index.errors import ArchiveError, CaseDeskError
from index.location import is_office_url
from index.office.connect import without_password

if TYPE_CHECKING:
    from desktop.ui.office_session import OfficeSession

__all__ = [
    "open_window",
    "remember_archive",
    "run",
    "settings",
    "start",
    "switch_archive",
    "windows",
]

windows: list[MainWindow] = []
translators: list[QTranslator] = []  # the interface language's, installed at start


def settings() -> QSettings:
    """Where the window remembers its state: the user's config folder, never the archive.

    The path is worked out on each call (Qt caches its own idea of the config folder for
    the life of the process).
    """
    path = user_config_path("CaseDesk", appauthor=False) / "window.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def open_window(root: Location, parent: QWidget | None = None) -> MainWindow:
    """Open the archive at ``root`` (a folder, or an office database's address) in a new
    main window (a QApplication must exist); for an office database the password is asked
    for over ``parent`` when the server wants one (:mod:`desktop.ui.office_login`).

    The window is not shown yet; it is listed in :data:`windows` until it closes.
    """
    session = _session(root, parent)
    try:
        store = settings()
        remember_archive(store, root)  # an address without its password
        window = MainWindow(session, store)
    except BaseException:
        session.close()
        raise
    # Weak references: a window's own signals must not keep it alive.
    window.archive_chosen.connect(partial(_switch, weakref.ref(window)))
    window.closed.connect(partial(_forget, weakref.ref(window)))
    if not (session.read_only or session.is_office):
        _listen_for_files(window)
    windows.append(window)
    settle()
    return window


def _listen_for_files(window: MainWindow) -> None:
    """Later launches with files on this archive hand them to ``window``."""
    handover = Handover(window.session.root, window)
    if handover.listen():
        handover.files_received.connect(partial(_files_arrived, weakref.ref(window)))
        window.closed.connect(handover.close)


def _files_arrived(window_ref: weakref.ref[MainWindow], files: list[Path]) -> None:
    window = window_ref()
    if window is None or not files:
        return
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    ask_to_add(window, files)


def _session(root: Location, parent: QWidget | None) -> Session | OfficeSession:
    """The session on a folder, or on an office database (asking for its password)."""
    if is_office_url(root):
        from desktop.ui.office_login import open_office

        return open_office(str(root), parent)
    return Session(Path(root))


def switch_archive(window: MainWindow, root: Location) -> MainWindow | None:
    """Show the archive at ``root`` in a new window in place of ``window``.

    ``window`` closes as on any close (its work stopped, its archive let go) once the new
    one shows.  If the new archive cannot be opened, ``window`` stays and says why; an
    archive another CaseDesk is changing opens read-only, as a second window does.
    Returns the new window, or None when ``window`` stays.
    """
    if _same(root, window.session.location):
        return None  # already open here
    try:
        new = open_window(_existing_archive(root), parent=window)
    except LoginCancelled:
        return None  # the user closed the password prompt: the window stays, nothing to say
    except Exception as error:  # the boundary: every failure is shown, none ends the app
        window.errors.report(error)
        return None
    if window.errors.handles_uncaught:
        new.errors.install_excepthook()
    new.show()
    window.close()
    return new


def _same(one: Location, other: Location) -> bool:
    """True when both name the same archive (an address with or without its password)."""
    if is_office_url(one) or is_office_url(other):
        return without_password(str(one)) == without_password(str(other))
    return Path(one).resolve() == Path(other).resolve()


def _existing_archive(root: Location) -> Location:
    """``root`` if it holds an archive; opening never makes a new archive in a folder (an
    office database is checked by connecting to it)."""
    if is_office_url(root):
        return root
    root = Path(root)
    if not (root / CATALOG_NAME).is_file():
        raise ArchiveError(
            translate(
                "App",
                "There is no CaseDesk archive in {root}. Choose the folder that holds "
                "{catalog} (the archive folder itself, not one inside it).",
            ).format(root=root, catalog=CATALOG_NAME)
        )
    return root


def _switch(window_ref: weakref.ref[MainWindow], root: Location) -> None:
    window = window_ref()
    if window is not None:
        switch_archive(window, root)


def _forget(window_ref: weakref.ref[MainWindow]) -> None:
    """Let a closed window go — after the event that closed it has finished with it."""
    QTimer.singleShot(0, lambda: _drop(window_ref()))


def _drop(window: MainWindow | None) -> None:
    if window in windows:
        windows.remove(window)


def _logs(root: Location) -> Path:
    """Where the window's log is: the archive folder's, or this desk's for an office."""
    if is_office_url(root):
        from index.office.staging import office_folder

        return office_folder(str(root)) / "logs"
    return Path(root) / "logs"


def use_language(app: QApplication) -> None:
    """Show the window in the language chosen (Settings ▸ Language) or the system's; a
    translation that cannot be prepared leaves the window in English and says why in the log."""
    store = settings()
    digits.want(store.value(digits.DIGITS_KEY, digits.LATIN) == digits.PERSIAN)
    try:
        translators[:] = language.apply(app, language.chosen(store))
    except CaseDeskError as error:
        logging.getLogger(__name__).warning("%s", error)


def start(root: Location, files: Sequence[Path] = ()) -> MainWindow:
    """Open and show the window on ``root``; with ``files``, ask whether to add them."""
    window = open_window(root)
    window.show()
    if files:
        ask_to_add(window, list(files))
    return window


def run(root: Location, files: Sequence[Path] = ()) -> int:
    """Run the window until it is closed; returns the exit code.

    ``root`` is an archive folder or an office database's address.  With ``files`` and a
    window already open on the folder ``root``, that window gets them and this returns at
    once.
    """
    if not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise CaseDeskError(
            "There is no screen to show the window on (no DISPLAY). "
            "Use the casedesk commands, or start a desktop session."
        )
    check_window_libraries()  # before Qt loads its plugin: Qt would abort the process
    check_display()  # the same for a DISPLAY nobody answers at
    if files and not is_office_url(root) and hand_over(Path(root), list(files)):
        print(f"The CaseDesk window open on {root} asks whether to add them.")
        return 0
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("CaseDesk")
    app.setDesktopFileName("casedesk")  # matches the menu entry (Wayland's app id)
    app.setWindowIcon(app_icon())
    use_language(app)
    try:
        window = start(root, files)
    except LoginCancelled:
        return 1
    except CaseDeskError as error:
        ErrorBoundary(_logs(root)).report(error)
        return 2
    window.errors.install_excepthook()
    return app.exec()
