"""A passport's machine-readable zone in the window: its fields in Details, and its expiry
offered to the linked case in the Cases dock ("… add as a deadline?")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.ui.cases_view import CasesView
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session
from index.archive import Archive
from index.ingest.pipeline import Ingest, IngestOptions
from tests.support import mrz
from tests.support.drafting import CASE_ID, SECRET_PASSPORT
from tests.support.ui_cases import OTHER_CASE, TODAY, build_case_archive, quiet_errors
from tests.ui.conftest import search, shown_window

EXPIRY = "2031-03-01"
QUESTION = f"Passport {SECRET_PASSPORT} of document {{}} expires {EXPIRY}: add as a deadline?"


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """The cases archive, with a typed copy of the principal's passport zone linked to her
    case (an invented zone: RAHIMI<<SHABNAM, her passport number)."""
    root, ids = build_case_archive(tmp_path)
    first, second = mrz.td3("RAHIMI", "SHABNAM", SECRET_PASSPORT, "910612", "310301")
    copy = tmp_path / "scans" / "passport-copy.txt"
    copy.parent.mkdir()
    copy.write_text(f"Passport data page (copy)\n\n{first}\n{second}\n")
    with Archive.open(root, write=True) as opened:
        Ingest(opened, IngestOptions(cases=(CASE_ID,))).run([copy])
        (hit,) = opened.find(f"passport:{SECRET_PASSPORT}").hits
    return root, {**ids, "passport-copy.txt": hit.id}


@pytest.fixture
def view(qtbot, session: Session) -> CasesView:
    """The Cases view, showing the case with the passport copy."""
    shown = CasesView(session, quiet_errors(session), today=lambda: TODAY)
    qtbot.addWidget(shown, before_close_func=lambda w: w.close())
    shown.resize(900, 800)
    shown.show()
    qtbot.waitUntil(lambda: shown.list.rowCount() == 4 and shown.editor.loaded is not None)
    if shown.shown_case_id() != CASE_ID:
        with qtbot.waitSignal(shown.suggestions_shown, timeout=5000):
            shown.list.select_case(CASE_ID)
    qtbot.waitUntil(lambda: shown.suggestions.isVisible(), timeout=5000)
    yield shown
    shown.close()


@pytest.fixture
def window(qtbot, archive: tuple[Path, dict[str, int]]) -> Iterator[MainWindow]:
    """The main window on that archive."""
    yield from shown_window(qtbot, archive[0])


def test_the_expiry_is_offered_and_added_to_the_form(qtbot, view: CasesView, archive) -> None:
    """GIVEN a case whose linked document carries a passport zone expiring 2031-03-01
    WHEN the case is shown THEN the dock asks "Passport … of document N expires 2031-03-01:
    add as a deadline?"; WHEN Add deadline is clicked THEN the Deadlines tab shows it, the
    case is changed but not saved; AND once saved, it is stored and not offered again."""
    doc_id = archive[1]["passport-copy.txt"]
    assert view.suggestions.question.text() == QUESTION.format(doc_id)
    before = view.editor.deadlines.table.rowCount()
    qtbot.mouseClick(view.suggestions.add_button, Qt.MouseButton.LeftButton)
    assert not view.suggestions.isVisible() and view.dirty
    assert view.editor.tabs.currentWidget() is view.editor.deadlines
    added = view.editor.case().deadlines[-1]
    assert (added.kind, added.date) == ("passport expiry", EXPIRY)
    assert view.editor.deadlines.table.rowCount() == before + 1
    with Archive.open(archive[0], write=False) as opened:
        assert len(opened.cases.get(CASE_ID).deadlines) == before  # not saved by itself
    with qtbot.waitSignal(view.case_saved, timeout=5000):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    with Archive.open(archive[0], write=False) as opened:
        kinds = [(d.kind, d.date) for d in opened.cases.get(CASE_ID).deadlines]
    assert ("passport expiry", EXPIRY) in kinds
    assert not view.suggestions.isVisible()


def test_not_now_puts_it_off_until_the_case_is_shown_again(qtbot, view: CasesView) -> None:
    """GIVEN the question WHEN Not now is clicked THEN it goes and nothing changes;
    WHEN another case and then this one are shown THEN it is asked again."""
    qtbot.mouseClick(view.suggestions.later_button, Qt.MouseButton.LeftButton)
    assert not view.suggestions.isVisible() and not view.dirty
    with qtbot.waitSignal(view.suggestions_shown, timeout=5000) as other:
        view.list.select_case(OTHER_CASE)
    assert other.args == [[]] and not view.suggestions.isVisible()
    with qtbot.waitSignal(view.suggestions_shown, timeout=5000) as again:
        view.list.select_case(CASE_ID)
    assert len(again.args[0]) == 1 and view.suggestions.isVisible()


def test_details_list_the_zone_s_fields(qtbot, window: MainWindow, archive, tmp_path) -> None:
    """GIVEN the passport copy WHEN passport:<number> is searched and the hit shown
    THEN Details has a "Passport (machine-readable zone), page 1" group with the number,
    names, nationality, birth date and expiry; the References line keeps the number only."""
    search(qtbot, window, f"passport:{SECRET_PASSPORT}")
    details = window.details
    window.tabs.setCurrentWidget(details)
    qtbot.waitUntil(lambda: details.zones.isVisible(), timeout=5000)
    assert details.zones.title() == "Passport (machine-readable zone), page 1"
    text = details.zones.fields.text()
    for value in (SECRET_PASSPORT, "RAHIMI", "SHABNAM", "AFG", "1991-06-12", EXPIRY):
        assert value in text
    assert details.labels["References"].text() == f"passport {SECRET_PASSPORT}"
    window.grab().save(str(tmp_path / "details-zone.png"))
