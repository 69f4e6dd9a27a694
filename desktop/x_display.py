"""Does the X display named by ``DISPLAY`` answer?  Asked before Qt is, without Qt.

Qt's X11 plugin aborts the whole process (exit 134) when it cannot connect to the display
— a ``DISPLAY`` left over from an ended session, an SSH login without X forwarding, a
display this user may not use.  ``libxcb`` (installed with Qt's X libraries by
``tools/bootstrap.sh``) answers the same question in a few milliseconds, so the window can
refuse in plain words and the command line can render its PDFs offscreen instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Mapping

from desktop.qt_libraries import uses_xcb
from index.errors import CaseDeskError


class NoDisplay(CaseDeskError):
    """``DISPLAY`` is set, but no X server there lets CaseDesk in."""


def display_answers(display: str) -> bool:
    """True when an X server at ``display`` accepts a connection from this process.

    True as well when ``libxcb`` cannot be loaded: then Qt could not load its plugin
    either, and :mod:`desktop.qt_libraries` says so first.
    """
    name = ctypes.util.find_library("xcb")
    if name is None:
        return True
    xcb = ctypes.CDLL(name)
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def x_display_unreachable(environ: Mapping[str, str] = os.environ) -> bool:
    """True when Qt would use X11 (see :func:`uses_xcb`) and its display does not answer."""
    return uses_xcb(environ) and not display_answers(environ.get("DISPLAY", ""))


def check_display(environ: Mapping[str, str] = os.environ) -> None:
    """Raise :class:`NoDisplay` when Qt would abort connecting to the X display."""
    if x_display_unreachable(environ):
        raise NoDisplay(
            f"The window cannot open: no screen answers at DISPLAY={environ.get('DISPLAY')} "
            "(the desktop session may have ended, or this user may not use it). Start "
            "CaseDesk from your desktop session, or use the casedesk commands without a window."
        )
