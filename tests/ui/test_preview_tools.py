"""The PDF preview's pages and zoom: previous / next, "3 / 12", Page Up / Down, fit width,
fit page, zoom in and out by button, key and Ctrl + wheel; the zoom kept between documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication

from desktop.ui.app import open_window
from desktop.ui.preview import Preview
from tests.support.hostile import simple_pdf
from tests.ui.conftest import search, settle

ZOOM = QPdfView.ZoomMode


@pytest.fixture
def pdfs(tmp_path: Path) -> tuple[Path, Path]:
    """A five-page PDF with a word on page 3, and a two-page one."""
    long = simple_pdf(
        tmp_path / "long.pdf", ["One", "Two", "Three: the interview date", "Four", "Five"]
    )
    return long, simple_pdf(tmp_path / "short.pdf", ["First page", "Second page"])


@pytest.fixture
def preview(qtbot) -> Preview:
    """The preview, as wide as beside the Cases dock on a laptop."""
    shown = Preview()
    qtbot.addWidget(shown)
    shown.resize(460, 560)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def page_in_view(preview: Preview) -> int:
    """The page (1-based) the view shows, as its page box says."""
    QApplication.processEvents()
    return preview.tools.current_page() + 1


def test_the_pages_turn_by_button_box_and_keys(qtbot, preview: Preview, pdfs) -> None:
    """GIVEN a five-page PDF opened at its hit on page 3 WHEN next, previous, a page number
    typed in the box, Page Down and Page Up are used THEN the view moves page by page
    and the box says where it is ("4 / 5")."""
    assert preview.show_pdf(pdfs[0], 3, ["interview"])
    assert preview.tools.isVisible()
    assert page_in_view(preview) == 3 and preview.tools.page_box.text() == "3 / 5"
    preview.tools.next_action.trigger()
    assert page_in_view(preview) == 4 and preview.tools.page_box.text() == "4 / 5"
    preview.tools.previous_action.trigger()
    preview.tools.previous_action.trigger()
    assert page_in_view(preview) == 2
    preview.tools.page_box.setValue(5)
    assert page_in_view(preview) == 5 and not preview.tools.next_action.isEnabled()
    preview.tools.set_zoom_state("2")  # a page taller than the view: a key turns a page
    preview.pdf_view.setFocus()
    qtbot.keyClick(preview.pdf_view, Qt.Key.Key_PageUp)
    assert page_in_view(preview) == 4
    qtbot.keyClick(preview.pdf_view, Qt.Key.Key_PageDown)
    assert page_in_view(preview) == 5


def test_zoom_fits_the_width_first_then_in_out_and_fit_page(qtbot, preview: Preview, pdfs) -> None:
    """GIVEN a PDF shown (fitted to the width) WHEN zoomed in, out, to the whole page and
    back with Ctrl+0 THEN the pages grow past the view's width, shrink, a whole page fits
    in the view, and the width fits again; the label says the zoom."""
    preview.show_pdf(pdfs[0], 1, [])
    tools, view = preview.tools, preview.pdf_view
    fitted = tools.effective_zoom()
    assert view.zoomMode() == ZOOM.FitToWidth and tools.fit_width_action.isChecked()
    assert view.horizontalScrollBar().maximum() == 0
    tools.zoom_in_action.trigger()
    assert view.zoomMode() == ZOOM.Custom and view.zoomFactor() > fitted
    assert view.horizontalScrollBar().maximum() > 0  # wider than the view now
    assert tools.zoom_label.text() == f"{round(view.zoomFactor() * 100)} %"
    tools.zoom_out_action.trigger()
    tools.zoom_out_action.trigger()
    assert view.zoomFactor() < fitted and view.horizontalScrollBar().maximum() == 0
    tools.fit_page_action.trigger()
    page_height = pdfs_page_height(preview) * tools.effective_zoom()
    assert view.zoomMode() == ZOOM.FitInView and page_height <= view.viewport().height()
    preview.pdf_view.setFocus()
    qtbot.keyClick(preview.pdf_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == ZOOM.FitToWidth
    qtbot.keyClick(preview.pdf_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == ZOOM.Custom and view.zoomFactor() > fitted
    qtbot.keyClick(preview.pdf_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() <= fitted


def pdfs_page_height(preview: Preview) -> float:
    """The first page's height in pixels at zoom 1 on this screen."""
    points = preview.document.pagePointSize(0).height()
    return points * preview.screen().logicalDotsPerInch() / 72


def test_ctrl_and_the_wheel_zoom(qtbot, preview: Preview, pdfs) -> None:
    """GIVEN a PDF shown WHEN the wheel turns with Ctrl held THEN it zooms in (away from
    the reader: larger) and out; without Ctrl it scrolls and the zoom stays."""
    preview.show_pdf(pdfs[0], 1, [])
    view, fitted = preview.pdf_view, preview.tools.effective_zoom()
    wheel(view, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomMode() == ZOOM.Custom and view.zoomFactor() > fitted
    larger = view.zoomFactor()
    wheel(view, -120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoomFactor() < larger
    before = view.zoomFactor()
    wheel(view, -120, Qt.KeyboardModifier.NoModifier)
    assert view.zoomFactor() == before and view.verticalScrollBar().value() > 0


def wheel(view: QPdfView, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    """Turn the mouse wheel over the middle of the view."""
    middle = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        middle,
        QPointF(view.viewport().mapToGlobal(QPoint(int(middle.x()), int(middle.y())))),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_the_zoom_stays_from_one_document_to_the_next(preview: Preview, pdfs) -> None:
    """GIVEN the whole page fitted, then 150 % chosen WHEN the next document opens at its
    hit's page THEN it shows at the same zoom, at that page."""
    preview.show_pdf(pdfs[1], 1, [])
    preview.tools.fit_page()
    preview.show_pdf(pdfs[0], 3, ["interview"])
    assert preview.pdf_view.zoomMode() == ZOOM.FitInView and page_in_view(preview) == 3
    preview.tools.set_zoom_state("1.5")
    preview.show_pdf(pdfs[1], 2, ["Second"])
    assert preview.tools.zoom_state() == "1.5" and page_in_view(preview) == 2


def test_the_window_remembers_the_zoom_between_runs(qtbot, window, archive_root: Path) -> None:
    """GIVEN the preview zoomed to fit the whole page WHEN the window is closed and opened
    again THEN a PDF hit is shown fitted to the page again, at the hit's page."""
    search(qtbot, window, "Ahmadzai family interview")
    qtbot.waitUntil(lambda: window.preview.currentWidget() is window.preview.pdf_view)
    window.preview.tools.fit_page_action.trigger()
    window.close()
    again = open_window(archive_root)
    again.errors.quiet = True
    qtbot.addWidget(again, before_close_func=lambda w: w.close())
    again.show()
    try:
        qtbot.waitUntil(lambda: again.last_result is not None, timeout=10_000)
        search(qtbot, again, "Ahmadzai family interview")
        settle(qtbot, again)
        assert again.preview.pdf_view.zoomMode() == ZOOM.FitInView
        assert again.preview.shown_page == 3 and page_in_view(again.preview) == 3
    finally:
        again.close()
