"""Callbacks of background tasks that must not reach a widget that is gone.

A task's ``finished`` can arrive after its view was closed (or deleted by Qt): the
callback then does nothing instead of touching a dead widget.  A dialog with work of its
own running stops it when it closes (:class:`StopsWhenClosed`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QCloseEvent


def while_alive(owner: QObject, function: Callable[..., Any]) -> Callable[..., None]:
    """``function``, turned into a no-op once ``owner`` is deleted or says it is ``closing``."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner) and not getattr(owner, "closing", False):
            function(*args)

    return call


class StopsWhenClosed:
    """Mixed into a dialog (before ``QDialog``): once it is done (Close, Escape, accepted)
    or closed (a close that was not refused), it is marked ``closing`` — so the callbacks
    :func:`while_alive` guards do nothing — and its :meth:`stop_work` runs."""

    closing = False

    def stop_work(self) -> None:
        """Stop the dialog's background work (what was kept in the archive stays)."""

    def done(self, result: int) -> None:
        self._closed()
        super().done(result)  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)  # type: ignore[misc]
        if event.isAccepted():
            self._closed()

    def _closed(self) -> None:
        self.closing = True
        self.stop_work()
