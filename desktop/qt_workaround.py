"""A guard against a reference-counting bug in PySide6 6.12.0 on Python 3.11.

With shiboken6 6.12.0 under Python 3.11, every call of a Qt method that returns nothing
(``setText``, ``QTimer.start``, ``setValue`` …) releases one reference to ``None`` too
many, and some bool-returning calls do the same to ``True``/``False``.  After a few
thousand calls Python aborts with "Fatal Python error: none_dealloc" — within minutes of
using the window.  Python 3.12 made these objects immortal, so the bug is harmless there;
here we give them the same protection by raising their reference counts far beyond
anything a session could wear down (2**40: eleven days of a million calls a second).
``tests/desktop/test_qt_workaround.py`` reproduces the crash without the guard.

Which releases have the bug (2026-12-07, Python 3.11.7; each installed into a fresh
virtual environment and made to call ``QLineEdit.setText`` 20,000 times without this
guard, as the test does): 6.12.0 aborts with ``none_dealloc``; 6.11.3, 6.10.3, 6.9.3 and
6.8.3 do not (None's reference count unchanged after the calls).  We stay on 6.12.0 with
this guard all the same: the window's PDF preview needs QtPdf, which the registry has as
the small ``PySide6-Pdf`` package (2.8 MB) only for 6.12.0 (``6.12.0.140``, requiring
``PySide6-Essentials==6.12.0``); before 6.12 QtPdf comes only in ``PySide6-Addons``
(6.11.3: a 175 MB download, 438 MB installed, with the Qt WebEngine we left out on
purpose).  See docs/ARCHITECTURE.md.

Remove this module when the pinned PySide6 or Python no longer needs it: the test's
``test_the_guard_is_what_keeps_it_alive`` starts failing then.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40
_applied = False


def needed() -> bool:
    """True on the interpreters where the extra references protect something."""
    # sys.implementation, not the platform module: every casedesk command imports this
    # one, and importing platform costs a few milliseconds of each (issue 20, item 5).
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def apply() -> None:
    """Make ``None``, ``True`` and ``False`` practically immortal (once per process)."""
    global _applied
    if _applied or not needed():
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in CPython 3.11.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    _applied = True
