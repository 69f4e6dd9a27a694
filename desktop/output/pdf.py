"""HTML → PDF through Qt's ``QTextDocument`` and ``QPdfWriter`` (fonts embedded)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

_PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one for work without a window."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app  # type: ignore[return-value]


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
