"""Scans in the window: "Reading scans: page x of y" with Cancel, what was read kept, the
Problems panel's "no readable text", and the matched words' boxes painted on a scan."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QThreadPool
from PySide6.QtGui import QColor

from desktop.ui.app import open_window
from index.archive import Archive
from index.ingest.pipeline import Ingest
from index.ingest.scans import READING_SCANS
from tests.support import scans
from tests.ui.conftest import search, settle
from tests.ui.test_ingest_window import drop, wait_for_ingest

PESHAWAR = ("The office in Peshawar confirms the interview.", "Second line of the letter.")


@pytest.fixture
def scanned_window(qtbot, tmp_path: Path):
    """A window on an archive holding a scan (its word boxes known), a PDF whose second
    page is a scan, and a blank page, all read."""
    desk = tmp_path / "desk"
    desk.mkdir()
    page, drawn = scans.scan_with_words(PESHAWAR)
    page.save(desk / "letter.png")
    scans.pdf_with_a_scanned_page(
        desk / "mixed.pdf", "Typed cover letter", scans.scan(("Seen in Jalalabad today.",))
    )
    scans.blank(desk / "blank.png")
    root = tmp_path / "archive"
    with Archive.open(root, write=True) as archive:
        Ingest(archive).run([desk])
    window = open_window(root)
    window.errors.quiet = True
    qtbot.addWidget(window, before_close_func=lambda w: w.close())
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=10_000)
    settle(qtbot, window)
    yield window, page.size, next(w.box for w in drawn if w.text == "Peshawar")
    window.close()
    QThreadPool.globalInstance().waitForDone()


def _overlap(a: QRectF, b: QRectF) -> float:
    """How much of ``b`` ``a`` covers."""
    both = a.intersected(b)
    return both.width() * both.height() / (b.width() * b.height())


def test_a_hit_on_a_scan_paints_the_word_box(qtbot, scanned_window, tmp_path: Path) -> None:
    """GIVEN a scanned letter read by OCR
    WHEN "Peshawar" is searched
    THEN the preview shows the scan, not text, with a highlight over where the word was
    drawn (scaled to the shown width), painted in the highlight's yellow."""
    window, size, drawn = scanned_window
    search(qtbot, window, "Peshawar")
    view = window.preview.scan_view
    assert window.preview.currentWidget() is view
    qtbot.waitUntil(lambda: view.canvas.width() > 100)
    highlights = view.highlights()
    assert len(highlights) == 1
    scale = view.canvas.width() / size[0]
    word = QRectF(drawn[0] * scale, drawn[1] * scale, (drawn[2] - drawn[0]) * scale,
                  (drawn[3] - drawn[1]) * scale)  # fmt: skip
    assert _overlap(highlights[0], word) > 0.8
    shot = view.canvas.grab().toImage()
    shot.save(str(tmp_path / "scan-highlight.png"))
    edge = shot.pixelColor(int(highlights[0].left()), int(highlights[0].center().y()))
    assert _yellowish(edge)
    assert "Read by OCR (English, tesseract 5." in window.details.labels["Scans"].text()


def test_a_scanned_pdf_page_is_shown_with_its_highlight(qtbot, scanned_window) -> None:
    """GIVEN a PDF whose second page is a scan read by OCR
    WHEN a word of that page is searched
    THEN the preview shows page 2 as a picture with the word highlighted."""
    window, _size, _drawn = scanned_window
    search(qtbot, window, "Jalalabad")
    view = window.preview.scan_view
    assert window.preview.currentWidget() is view
    assert window.preview.shown_page == 2 and view.note.text().startswith("Page 2 of 2")
    assert len(view.highlights()) == 1


def test_the_problems_panel_lists_a_page_with_no_readable_text(qtbot, scanned_window) -> None:
    """GIVEN a blank page read by OCR
    WHEN the window shows its problems
    THEN the blank page is listed as having no readable text, on page 1, without Try again."""
    window, _size, _drawn = scanned_window
    rows = window.problems.rows
    assert [(Path(r.path).name, r.kind) for r in rows] == [("blank.png", "no-text")]
    assert "No readable text on page 1" in window.problems.table.item(0, 1).text()
    window.problems.table.selectRow(0)
    assert not window.problems.retry_button.isEnabled()


def test_reading_scans_shows_progress_and_cancel_keeps_what_was_read(qtbot, tmp_path: Path) -> None:
    """GIVEN the window and a folder of eight scans dropped on it
    WHEN the status bar says "Reading scans: page …" and Cancel is pressed after a page
    THEN the reading stops with pages still waiting, the pages read are kept and found,
    and the status line says how many wait."""
    root = tmp_path / "archive"
    Archive.open(root, write=True).close()
    window = open_window(root)
    window.errors.quiet = True
    qtbot.addWidget(window, before_close_func=lambda w: w.close())
    window.show()
    folder = tmp_path / "scans"
    folder.mkdir()
    for n in range(8):
        scans.save_scan(folder / f"scan-{n}.png", (f"Bundle page {n} from Kunduz.",))
    labels: list[str] = []
    drop(window, folder)
    task = window.ingest_bar.task
    task.signals.progress.connect(lambda _p: labels.append(window.ingest_bar.label.text()))
    reading: list[int] = []
    task.signals.progress.connect(
        lambda p: reading.append(p.done) if p.name == READING_SCANS else None
    )
    qtbot.waitUntil(lambda: bool(reading) and reading[-1] >= 1, timeout=60_000)
    assert window.ingest_bar.cancel_button.isEnabled()
    window.ingest_bar.cancel_button.click()
    wait_for_ingest(qtbot, window)
    assert any(label.startswith("Reading scans: page ") and " of 8" in label for label in labels)
    with Archive.open(root, write=False) as archive:
        counts = archive.readings.counts()
    assert counts.read >= 1 and counts.pending >= 1 and counts.read + counts.pending == 8
    assert "still waiting" in window.statusBar().currentMessage()
    search(qtbot, window, "Kunduz")
    assert window.last_result.total == counts.read
    window.close()
    QThreadPool.globalInstance().waitForDone()


def _yellowish(color: QColor) -> bool:
    """The highlight's yellow over paper: red high, blue clearly lower."""
    return color.red() > 200 and color.blue() < color.red() - 60
