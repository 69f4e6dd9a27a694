"""The window's size and layout, remembered between runs in the settings file.

The first time (nothing remembered) the window takes most of the screen it opens on —
all of it, maximised, on a laptop-sized screen.  A remembered size larger than the
screen it opens on now (a laptop after a big monitor) is fitted to it by Qt's
``restoreGeometry``; whether the remembered layout leaves the results readable is
checked once the window is shown (:func:`desktop.ui.window_layout.squeezed`).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop.ui import window_layout


def restore(window: QMainWindow, splitter: QSplitter, store: QSettings) -> bool:
    """Give the window the size, docks and splitter positions it had when last closed;
    False when nothing was remembered (the window got a size for its screen)."""
    geometry = store.value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        _first_time(window)
        return False
    for key, put_back in (
        ("window/state", window.restoreState),
        ("window/splitter", splitter.restoreState),
    ):
        value = store.value(key)
        if value is not None:
            put_back(value)
    return True


def save(window: QMainWindow, splitter: QSplitter, store: QSettings) -> None:
    """Remember the window's size, docks and splitter positions (written at once)."""
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    store.setValue("window/splitter", splitter.saveState())
    store.sync()


def _first_time(window: QMainWindow) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    window.setGeometry(window_layout.default_geometry(available))
    if window_layout.starts_maximised(available):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
