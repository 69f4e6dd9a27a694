"""Searching in the window: type, narrow with a facet, preview, keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import search, settle


def _titles(window: MainWindow) -> list[str]:
    return [Path(h.path).name for h in window.results.hits]


def test_typing_a_query_shows_results_with_snippets(qtbot, window: MainWindow) -> None:
    """GIVEN the window WHEN "Mohammad" is typed THEN both spellings' documents are listed,
    with the word marked in the rows' snippets."""
    search(qtbot, window, "Mohammad")
    assert set(_titles(window)) == {"note.txt", "statement.txt"}
    assert "2 document(s)" in window.status_label.text()
    assert all(h.snippets for h in window.results.hits)
    # the counts come in a second step; once settled they are exact and the filters live
    assert window.last_result.exact and window.facets.isEnabled()
    assert window.last_result.facets["case"]


def test_a_facet_narrows_the_results(qtbot, window: MainWindow) -> None:
    """GIVEN results from two cases WHEN the facet of one case is clicked
    THEN the query gains the case term and only that case's documents remain."""
    search(qtbot, window, "interview")
    assert len(window.results.hits) == 4
    item = window.facets.item_for("case:AFG-2024-00200")
    assert item is not None
    window.facets.itemClicked.emit(item, 0)
    settle(qtbot, window)
    assert "case:AFG-2024-00200" in window.search_box.text()
    assert _titles(window) == ["note.txt"]


def test_a_pdf_hit_is_previewed_at_its_page(qtbot, window: MainWindow) -> None:
    """GIVEN a three-page PDF whose third page matches WHEN it is the selected hit
    THEN the PDF preview shows page 3 and the details list its kind and cases."""
    search(qtbot, window, "Ahmadzai family")
    assert _titles(window) == ["embassy-letter.pdf"]
    qtbot.waitUntil(
        lambda: window.preview.currentWidget() is window.preview.pdf_view, timeout=10_000
    )
    assert window.preview.shown_page == 3
    assert window.preview.document.pageCount() == 3
    assert "pdf" in window.details.labels["Kind"].text()


def test_text_documents_are_previewed_with_the_words_marked(qtbot, window: MainWindow) -> None:
    """GIVEN a text document hit WHEN selected THEN the text preview marks the matched word."""
    search(qtbot, window, "Peshawar")
    qtbot.waitUntil(
        lambda: window.preview.currentWidget() is window.preview.text_view, timeout=10_000
    )
    assert "Peshawar" in window.preview.text_view.toPlainText()
    assert 'background-color:#fff2a8;">Peshawar</span>' in window.preview.text_view.toHtml()


@pytest.mark.qt_log_ignore("does not support QPlatformServices")  # no desktop to open it here
def test_keyboard_ctrl_f_arrows_and_enter(qtbot, window: MainWindow) -> None:
    """GIVEN results WHEN Ctrl+F, Down and Enter are pressed THEN the search box gets focus,
    the next result becomes current, and Enter opens a read-only copy of that original
    inside the archive folder, removed when the window closes."""
    search(qtbot, window, "interview")
    window.results.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus() or window.focusWidget() is window.search_box
    window.results.setFocus()
    window.results.setCurrentRow(0)
    qtbot.keyClick(window.results, Qt.Key.Key_Down)
    assert window.results.currentRow() == 1
    with qtbot.waitSignal(window.results.opened, timeout=2000) as opened:
        qtbot.keyClick(window.results, Qt.Key.Key_Return)
    assert opened.args[0] is window.results.hits[1]
    viewing, name = window.session.root / "viewing", Path(window.results.hits[1].path).name

    def copy_made_read_only() -> bool:
        # The copy is written, then made read-only: wait for both (a busy machine may be
        # looking between the two), and for no other file to be left beside it.
        files = [p for p in viewing.rglob("*") if p.is_file()]
        return [p.name for p in files] == [name] and not files[0].stat().st_mode & 0o222

    qtbot.waitUntil(copy_made_read_only, timeout=5000)
    window.close()
    assert not viewing.exists()


def test_a_broken_query_still_searches_and_says_what_it_ignored(qtbot, window: MainWindow) -> None:
    """GIVEN a query with an unclosed quote WHEN typed THEN results come and the note says so."""
    search(qtbot, window, '"Peshawar')
    assert _titles(window) == ["note.txt"]
    assert "unclosed" in window.status_label.text()
