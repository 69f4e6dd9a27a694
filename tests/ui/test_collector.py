"""The window's long-lived objects kept out of the collector's passes (desktop/ui/collector.py)."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QThreadPool

from desktop.ui.app import open_window
from desktop.ui.collector import settle


class _Node:
    """An object in a reference cycle: only the collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_an_opened_window_is_frozen_out_of_the_collectors_passes(qtbot, archive_root) -> None:
    """GIVEN no object frozen WHEN a window opens THEN the objects alive then are frozen."""
    gc.unfreeze()
    window = open_window(archive_root)
    try:
        assert gc.get_freeze_count() > 0
    finally:
        window.errors.quiet = True
        window.close()
        QThreadPool.globalInstance().waitForDone()
        gc.unfreeze()


def test_what_was_frozen_and_then_dropped_is_freed_by_the_next_settle() -> None:
    """GIVEN an object in a cycle alive at one settle (so frozen), then dropped (as a
    closed window's objects are) WHEN the next window settles THEN it is freed: freezing
    never keeps garbage for ever."""
    node = _Node()
    gone = weakref.ref(node)
    settle()
    del node
    gc.collect()
    assert gone() is not None  # frozen: the collector's passes do not see it
    settle()
    assert gone() is None
    gc.unfreeze()
