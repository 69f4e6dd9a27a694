"""CaseDesk's icon (``resources/icons/casedesk.svg``) for the application and its windows."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop.desktop_entry import ICON_SOURCE


@cache
def app_icon() -> QIcon:
    """The icon, drawn from the SVG at whatever size is asked (Qt's SVG icon engine)."""
    return QIcon(str(ICON_SOURCE))
