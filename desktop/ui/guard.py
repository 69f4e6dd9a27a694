"""Callbacks of background tasks that must not reach a widget that is gone.

A task's ``finished`` can arrive after its view was closed (or deleted by Qt): the
callback then does nothing instead of touching a dead widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def while_alive(owner: QObject, function: Callable[..., Any]) -> Callable[..., None]:
    """``function``, turned into a no-op once ``owner`` is deleted or says it is ``closing``."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner) and not getattr(owner, "closing", False):
            function(*args)

    return call
