"""The Details pane: where a document's date and title came from, its pages needing OCR, and
editing its title and date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.ui.app import open_window
from desktop.ui.main_window import MainWindow
from index.archive import Archive
from index.ingest.pipeline import Ingest
from tests.support.letters import SCAN, letter_pdf
from tests.ui.conftest import search, settle, shown_window

LETTER = [
    "Afghan Relief Office (demo)",
    "Ref. ARO/2021/77 Date: 3 March 2021",
    "Employment letter",
    "To whom it may concern,",
    "Mr. Karim Example worked for our office in Kabul.",
]


@pytest.fixture
def scans_root(tmp_path: Path) -> Path:
    """An archive with scan0001.pdf (a letter of 3 March 2021, scanned on 7 December 2026,
    page 2 only a picture) and a note without scans."""
    folder = tmp_path / "desk"
    folder.mkdir()
    letter_pdf(folder / "scan0001.pdf", [LETTER, SCAN], created="2026-12-07")
    (folder / "note.txt").write_text("Note: Karim Example called from Peshawar.")
    root = tmp_path / "archive"
    with Archive.open(root, write=True) as archive:
        Ingest(archive).run([folder])
    return root


@pytest.fixture
def window(qtbot, scans_root: Path) -> Iterator[MainWindow]:
    """The main window on that archive; closed (work cancelled and awaited) after the test."""
    yield from shown_window(qtbot, scans_root)


def _row_shown(window: MainWindow, key: str) -> bool:
    return window.details.form.isRowVisible(window.details.labels[key])


def test_details_show_the_sources_and_the_pages_needing_ocr(qtbot, window: MainWindow) -> None:
    """GIVEN the scanned letter WHEN it is the selected hit THEN Details shows the written date,
    the heading as title, where each came from, and that page 2 (a scan) has no readable
    text; a note without scans has no "Scans" row."""
    search(qtbot, window, "employment")
    labels = window.details.labels
    assert labels["Title"].text() == "Employment letter"
    assert labels["Date"].text() == "2021-03-03"
    assert labels["Title source"].text() == "Taken from the heading of its first page."
    assert labels["Date source"].text() == "Taken from the “Date:” line of its first page."
    assert _row_shown(window, "Scans")
    assert labels["Scans"].text() == "No readable text: page 2"  # read by OCR: a grey square
    search(qtbot, window, "Peshawar")
    assert labels["Title"].text() == "note" and not _row_shown(window, "Scans")


def test_editing_title_and_date_saves_them_everywhere(
    qtbot, window: MainWindow, scans_root: Path
) -> None:
    """GIVEN the scanned letter selected WHEN Edit is clicked, a new title and date typed and
    Save clicked THEN Details and the results row show them, the catalog holds them as set by
    hand, and a title: search finds the letter by its new title."""
    search(qtbot, window, "employment")
    pane = window.details
    window.tabs.setCurrentWidget(pane)
    qtbot.mouseClick(pane.edit_button, Qt.MouseButton.LeftButton)
    assert pane.editor.isVisible() and not pane.edit_button.isVisible()
    assert (pane.editor.title.text(), pane.editor.date.text()) == (
        "Employment letter",
        "2021-03-03",
    )
    pane.editor.title.clear()
    qtbot.keyClicks(pane.editor.title, "Letter of employment")
    pane.editor.date.clear()
    qtbot.keyClicks(pane.editor.date, "2021-03-04")
    with qtbot.waitSignal(pane.edited, timeout=10_000):
        qtbot.mouseClick(pane.editor.save, Qt.MouseButton.LeftButton)
    assert not pane.editor.isVisible() and pane.edit_button.isVisible()
    assert pane.labels["Title"].text() == "Letter of employment"
    assert pane.labels["Date"].text() == "2021-03-04"
    assert pane.labels["Title source"].text() == pane.labels["Date source"].text() == "Set by hand."
    assert window.results.current_hit().title == "Letter of employment"
    assert window.results.currentItem().text() == "Letter of employment"
    assert not window.loading_document
    with Archive.open(scans_root, write=False) as archive:
        doc = archive.catalog.document(window.results.current_hit().id)
    assert (doc.title, doc.date, doc.title_source, doc.date_source) == (
        "Letter of employment",
        "2021-03-04",
        "edited",
        "edited",
    )
    search(qtbot, window, 'title:"letter of employment" date:2021-03-04')
    assert [h.title for h in window.results.hits] == ["Letter of employment"]


def test_a_wrong_date_is_refused_in_the_pane_and_cancel_keeps_the_old(
    qtbot, window: MainWindow, scans_root: Path
) -> None:
    """GIVEN the letter being edited WHEN a date in another form is saved THEN a plain message
    under the fields, nothing stored; WHEN Cancel THEN the old title and date are shown."""
    search(qtbot, window, "employment")
    pane = window.details
    window.tabs.setCurrentWidget(pane)
    pane.start_editing()
    pane.editor.date.setText("3/4/2021")
    qtbot.keyClick(pane.editor.date, Qt.Key.Key_Return)
    assert pane.editor.error.isVisible()
    assert "year-month-day, for example 2021-03-03" in pane.editor.error.text()
    assert pane.editor.save.isEnabled()
    qtbot.mouseClick(pane.editor.cancel, Qt.MouseButton.LeftButton)
    assert not pane.editor.isVisible() and pane.labels["Date"].text() == "2021-03-03"
    with Archive.open(scans_root, write=False) as archive:
        assert archive.catalog.audit_log(actions=("document edited",)) == []


def test_a_read_only_window_cannot_edit(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a second window opened while another CaseDesk held the archive's writer lock
    throughout (so read-only; a second window on an idle archive writes, see
    test_shared_archive) WHEN a document is shown there
    THEN its Edit button is disabled and says why."""
    monkeypatch.setenv("CASEDESK_LOCK_WAIT", "0.2")
    with Archive.open(window.session.root, write=True, holder="casedesk add"):
        second = open_window(window.session.root)
    second.errors.quiet = True
    qtbot.addWidget(second)
    try:
        settle(qtbot, second)
        search(qtbot, second, "employment")
        button = second.details.edit_button
        assert second.session.read_only and not button.isEnabled()
        assert "read-only" in button.toolTip()
        second.details.start_editing()
        assert not second.details.editor.isVisible()
    finally:
        second.close()
