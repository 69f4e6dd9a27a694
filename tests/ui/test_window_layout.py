"""The main window laid out for a 1366×768 laptop: results, preview and the case form at
once, a remembered layout that squeezes the results put right, windows fitted to the screen.

Offscreen Qt has one 800×800 screen; a maximised laptop window (1366×768 less a panel)
is made by resizing the window, as the window manager would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop.ui import window_layout
from desktop.ui.app import open_window
from desktop.ui.main_window import MainWindow
from tests.support.drafting import CASE_ID
from tests.ui import conftest
from tests.ui.conftest import in_view

LAPTOP = (conftest.LAPTOP.width(), conftest.LAPTOP.height())  # maximised on 1366×768
BIG_SCREEN = (1920, 1050)


@pytest.fixture
def opened(qtbot, archive: tuple[Path, dict[str, int]]):
    """Opens windows on the case archive; each is closed (work awaited) after the test."""
    windows: list[MainWindow] = []

    def open_one(size: tuple[int, int] | None = None, restored: list | None = None) -> MainWindow:
        window = open_window(archive[0])
        window.errors.quiet = True
        qtbot.addWidget(window, before_close_func=lambda w: w.close())
        if restored is not None:
            restored.append(window.geometry())  # as the remembered state was put back
        if size is not None:  # before it shows: as it opens maximised on that screen
            window.setWindowState(Qt.WindowState.WindowNoState)  # the screen here is smaller
            window.resize(*size)
        window.show()
        qtbot.waitUntil(lambda: window.last_result is not None, timeout=10_000)
        windows.append(window)
        return window

    yield open_one
    for window in windows:
        window.close()
    QThreadPool.globalInstance().waitForDone()


def open_cases(qtbot, window: MainWindow, case_id: str = CASE_ID) -> None:
    """Show the Cases dock (as Ctrl+Shift+C does) with ``case_id`` in the form."""
    window.case_work.dock.toggleViewAction().trigger()
    cases = window.case_work.cases
    qtbot.waitUntil(lambda: cases.list.rowCount() > 0, timeout=10_000)
    cases.open_case(case_id)
    qtbot.waitUntil(lambda: cases.shown_case_id() == case_id, timeout=10_000)


def test_a_first_window_fits_the_screen_it_opens_on(opened) -> None:
    """GIVEN no window remembered WHEN the window opens THEN it lies within the screen's free
    area (this 800×800 screen is laptop-sized: maximised), never a fixed size larger."""
    window = opened()
    available = window.screen().availableGeometry()
    assert window.isMaximized()
    assert available.contains(window.frameGeometry())


def test_at_1366x768_the_results_preview_and_case_form_are_usable_at_once(qtbot, opened) -> None:
    """GIVEN a window maximised on a 1366×768 laptop WHEN the Cases dock opens on a case
    THEN the results are wide enough to read (≥ 380 px), the preview is beside them, and
    the case form's main fields are visible without scrolling the form."""
    window = opened(LAPTOP)
    open_cases(qtbot, window)
    qtbot.waitUntil(lambda: window.results.width() >= window_layout.MIN_RESULTS, timeout=5000)
    assert window.tabs.width() >= 450  # the preview: a page at fit width is legible
    assert window.case_work.dock.width() >= window_layout.MIN_DOCK
    editor = window.case_work.cases.editor
    page = editor.tabs.currentWidget()
    for field in (editor.case_id, editor.pathway, editor.priority, editor.status):
        assert in_view(field, page.viewport())
    assert page.verticalScrollBar().maximum() == 0  # the whole Case tab, nothing to scroll
    assert editor.case_id.text() == CASE_ID


def test_a_remembered_layout_that_squeezes_the_results_is_put_right(qtbot, opened) -> None:
    """GIVEN a window closed on a big screen with the Cases dock pulled wide over a thin
    results column WHEN it opens again maximised on a 1366×768 laptop THEN it fits the
    screen and the results are readable again, the dock still open."""
    first = opened(BIG_SCREEN)
    open_cases(qtbot, first)
    first.resizeDocks([first.case_work.dock], [1400], Qt.Orientation.Horizontal)
    first.splitter.setSizes([200, 0, 300])
    QApplication.processEvents()
    assert first.results.width() < window_layout.MIN_RESULTS  # squeezed as it was left
    first.close()
    restored: list[QRect] = []
    second = opened(LAPTOP, restored)  # maximised by the window manager once it shows
    assert QApplication.primaryScreen().availableGeometry().contains(restored[0])
    assert second.case_work.dock.isVisible()
    qtbot.waitUntil(lambda: second.results.width() >= window_layout.MIN_RESULTS, timeout=5000)
    assert second.tabs.width() >= window_layout.HARD_MIN_DOCUMENT


def test_the_saved_searches_and_filters_fold_away_and_come_back(qtbot, opened) -> None:
    """GIVEN the Cases dock open on a laptop (the sidebar folded away for the results)
    WHEN View ▸ Saved searches and filters is ticked THEN they show again beside the
    results; unticked, they fold away."""
    window = opened(LAPTOP)
    open_cases(qtbot, window)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] == 0, timeout=5000)
    assert not window.sidebar_action.isChecked()
    window.sidebar_action.trigger()
    assert window.splitter.sizes()[0] >= 150 and window.facets.isVisible()
    assert window.results.width() >= window_layout.HARD_MIN_RESULTS
    window.sidebar_action.trigger()
    assert window.splitter.sizes()[0] == 0


@pytest.mark.parametrize(
    ("width", "dock"), [(1366, False), (1366, True), (1920, False), (1920, True)]
)
def test_the_shares_leave_the_results_readable(width: int, dock: bool) -> None:
    """GIVEN a 1366 or 1920 px wide window, with or without the Cases dock WHEN the room
    is shared THEN the results get at least 380 px, the document and the dock their
    minimum, and the parts add up to the window."""
    shares = window_layout.plan(width, dock)
    assert shares.results >= window_layout.MIN_RESULTS
    assert shares.document >= 400
    assert (shares.dock >= window_layout.MIN_DOCK) == dock
    assert shares.sidebar + shares.results + shares.document + shares.dock == width
    assert (shares.sidebar > 0) == (width > 1366 or not dock)
