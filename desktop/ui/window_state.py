"""The window's size and layout, remembered between runs in the settings file."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

DEFAULT_SIZE = (1280, 800)


def restore(window: QMainWindow, splitter: QSplitter, store: QSettings) -> None:
    """Give the window the size, docks and splitter positions it had when last closed."""
    geometry = store.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    for key, put_back in (
        ("window/state", window.restoreState),
        ("window/splitter", splitter.restoreState),
    ):
        value = store.value(key)
        if value is not None:
            put_back(value)


def save(window: QMainWindow, splitter: QSplitter, store: QSettings) -> None:
    """Remember the window's size, docks and splitter positions (written at once)."""
    store.setValue("window/geometry", window.saveGeometry())
    store.setValue("window/state", window.saveState())
    store.setValue("window/splitter", splitter.saveState())
    store.sync()
