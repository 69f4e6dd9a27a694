"""Sizing dialogs to the screen they open on: the size they are laid out for, never
larger than the screen's free area (without the panels), whatever the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the window's title bar and borders, which are not known before it shows.
FRAME = QSize(16, 48)


def fitted(wanted: QSize, available: QRect) -> QSize:
    """``wanted``, made smaller where it would not fit in ``available`` with its frame."""
    room = QSize(available.width() - FRAME.width(), available.height() - FRAME.height())
    return wanted.boundedTo(room)


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Give ``window`` the size ``wanted``, fitted to the screen of its parent (or its own)."""
    screen = (window.parentWidget() or window).screen() or QGuiApplication.primaryScreen()
    window.resize(fitted(wanted, screen.availableGeometry()))
