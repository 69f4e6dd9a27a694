"""How the main window shares its room: the sidebar (saved searches and filters), the
results, the document (preview and details), the Cases dock and the Problems panel.

The shares are worked out from the window's size, not fixed pixels, so a 1366×768
laptop and a 1920×1080 screen both get a usable window.  With the Cases dock open on a
narrow window the sidebar folds away (View ▸ Saved searches and filters brings it
back): the results, the preview and the case form are what a volunteer works with at
once, and the filters are one click away.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

# Below this the results column shows a few words of each title and snippet per line.
MIN_RESULTS = 380
# Enforced by Qt whatever the user drags: the results and the document stay usable.
HARD_MIN_RESULTS, HARD_MIN_DOCUMENT, MIN_DOCK = 300, 260, 400
MIN_RESULTS_HEIGHT = 160  # the Problems panel may not push the results below this
SIDEBAR = 200  # the sidebar's width when brought back by hand
# A screen smaller than this gets the window maximised the first time.
SMALL_SCREEN = QSize(1600, 1000)


@dataclass(frozen=True)
class Shares:
    """Widths for the main splitter's three parts and the Cases dock (0: closed)."""

    sidebar: int
    results: int
    document: int
    dock: int


def plan(width: int, dock_open: bool) -> Shares:
    """The widths for a window ``width`` pixels wide, with or without the Cases dock."""
    dock = _clamp(round(width * 0.32), MIN_DOCK, 600) if dock_open else 0
    rest = width - dock
    # Sidebar, results and a preview wide enough to read a page need about 1000 px.
    sidebar = _clamp(round(rest * 0.16), 180, 260) if rest >= 1000 else 0
    results = _clamp(round((rest - sidebar) * 0.45), MIN_RESULTS, 640)
    return Shares(sidebar, results, rest - sidebar - results, dock)


def problems_height(height: int) -> int:
    """The Problems panel's height in a window ``height`` pixels high."""
    return _clamp(round(height * 0.2), 110, 240)


def default_geometry(available: QRect) -> QRect:
    """Where a window opened for the first time goes on a screen's ``available`` area:
    most of it, centred, with room for the window's frame (on a small screen this is
    its size once no longer maximised, see :func:`starts_maximised`)."""
    size = QSize(round(available.width() * 0.85), round(available.height() * 0.85))
    box = QRect(available.topLeft(), size)
    box.moveCenter(available.center())
    return box


def starts_maximised(available: QRect) -> bool:
    """Whether a window opened for the first time on this screen is maximised."""
    return _is_small(available)


def squeezed(results: QWidget, window: QWidget) -> bool:
    """True when the results column is narrower than :data:`MIN_RESULTS` although the
    window has room for it beside the Cases dock and a readable preview."""
    return results.width() < MIN_RESULTS and window.width() >= MIN_RESULTS + MIN_DOCK + 400


def share_out(
    window: QMainWindow, splitter: QSplitter, cases: QDockWidget, problems: QDockWidget
) -> None:
    """Give the window's parts the room :func:`plan` says for its size now."""
    shares = plan(window.width(), cases.isVisible() and not cases.isFloating())
    if shares.dock:
        window.resizeDocks([cases], [shares.dock], Qt.Orientation.Horizontal)
    if problems.isVisible() and not problems.isFloating():
        window.resizeDocks([problems], [problems_height(window.height())], Qt.Orientation.Vertical)
    window.layout().activate()  # the splitter gets its width now, not at the next event
    room = splitter.width() - splitter.handleWidth() * (splitter.count() - 1)
    results = min(shares.results, room - shares.sidebar - HARD_MIN_DOCUMENT)
    splitter.setSizes([shares.sidebar, results, room - shares.sidebar - results])


def sidebar_sizes(sizes: list[int], shown: bool) -> list[int]:
    """The main splitter's ``sizes`` with the sidebar brought back (its room taken from the
    document, down to the document's minimum) or folded away (its room given back)."""
    sidebar, results, document = sizes
    moved = min(SIDEBAR, max(document - HARD_MIN_DOCUMENT, 0)) if shown else -sidebar
    return [sidebar + moved, results, document - moved]


def _is_small(available: QRect) -> bool:
    return available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height()


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))
