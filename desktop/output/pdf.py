"""HTML → PDF through Qt's ``QTextDocument`` and ``QPdfWriter`` (fonts embedded)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from desktop.qt_libraries import missing_for_x11
from desktop.x_display import x_display_unreachable

_PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


_APP: QApplication | None = None  # kept alive while Qt renders


def ensure_gui_application() -> QApplication:
    """The running Qt application, or a new one for rendering without a window.

    A ``QApplication`` (not a bare ``QGuiApplication``), so the window can still open
    in the same process; without a screen it runs offscreen, and ``QT_QPA_PLATFORM`` is
    left as it was so that later code does not take "offscreen" for a screen.
    """
    global _APP
    app = QApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    before = os.environ.get("QT_QPA_PLATFORM")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = before or "offscreen"
    elif missing_for_x11() or x_display_unreachable():
        # Qt would abort loading its X11 plugin, or connecting to a display that does not
        # answer; rendering needs no screen.  The window, if asked for later, refuses with
        # the plain message (desktop.ui.app.run).
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        _APP = QApplication([])
    finally:
        if before is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = before
    return _APP


def html_to_pdf(html: str, target: Path, *, paper: str = "a4", title: str = "") -> Path:
    """Render ``html`` to a PDF file at ``target`` (A4 or Letter, 2 cm margins)."""
    ensure_gui_application()
    writer = QPdfWriter(str(target))
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("CaseDesk")
    layout = QPageLayout(
        QPageSize(_PAPER[paper]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(20, 20, 20, 20),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    return target
