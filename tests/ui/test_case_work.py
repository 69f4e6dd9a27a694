"""The main window's cases and drafting: the Cases dock, its menu, "cite these"."""

from __future__ import annotations

from desktop.ui.drafting_view import DraftingDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import search


def test_cite_these_opens_a_draft_citing_the_selected_results(qtbot, window: MainWindow) -> None:
    """GIVEN two results of case AFG-2024-00137 selected WHEN "Cite these in a draft…" is
    chosen THEN a drafting dialog opens on that case citing both documents."""
    search(qtbot, window, "case:AFG-2024-00137")
    assert len(window.results.hits) >= 2
    window.results.selectAll()
    window.case_work.cite_these()
    dialog = window.findChild(DraftingDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.cited.list.count() == len(window.results.hits), timeout=10_000)
    assert dialog.case_box.currentData() == "AFG-2024-00137"
    dialog.close()


def test_the_cases_menu_shows_the_dock_with_a_new_case(qtbot, window: MainWindow) -> None:
    """GIVEN the window WHEN Cases ▸ New case… is chosen THEN the Cases dock shows an
    empty case to fill in."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Cases")
    (new,) = [a for a in menu.actions() if a.text() == "&New case…"]
    new.trigger()
    assert window.case_work.dock.isVisible()
    assert window.case_work.cases.shown_case_id() == ""
