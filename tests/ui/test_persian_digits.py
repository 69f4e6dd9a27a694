"""Settings ▸ Persian digits beyond the result count: the results' dates and page
numbers, the preview's pages, the case list's deadlines, the packet builder's page counts
(issue 19, item 5).  Stored values and what is typed stay Latin."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop import digits
from desktop.ui import language
from desktop.ui.case_list import deadline_mark
from desktop.ui.packet_jobs import Entry
from desktop.ui.results_view import _HTML_ROLE, hit_html
from index.archive import Archive
from index.cases.model import Case, Deadline
from index.ingest.pipeline import Ingest
from index.search import Hit
from tests.ui.conftest import search, shown_window
from tests.ui.test_packet_builder import packet_session  # noqa: F401  (the fixture)

HIT = Hit(7, "مکتوب", "letter", ("AFG-2024-00412",), "2023-10-07", 1.0, "/a/b.pdf", 3)


@pytest.fixture
def interface(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The application in the test's language; English and Latin digits after it."""
    installed = language.apply(qapp, request.param)
    yield request.param
    language.withdraw(qapp, installed)
    digits.want(False)


@pytest.mark.parametrize("interface", [language.PASHTO], indirect=True)
def test_a_results_row_writes_its_date_and_page_in_persian_digits(interface: str) -> None:
    """GIVEN the window in Pashto WHEN a hit of 7 Oct 2023, page 3, is written as a row
    THEN its date and page are in Latin digits; AND with Persian digits on, in Persian
    digits, while its case number keeps its Latin ones."""
    assert "2023-10-07" in hit_html(HIT)
    digits.want(True)
    row = hit_html(HIT)
    assert "۲۰۲۳-۱۰-۰۷" in row
    assert "۳ مخ" in row
    assert "AFG-2024-00412" in row


@pytest.mark.parametrize("interface", [language.DARI], indirect=True)
def test_the_case_list_and_packet_list_count_in_persian_digits(interface: str) -> None:
    """GIVEN the window in Dari with Persian digits on WHEN a case's next deadline, 12
    days away, and a 14-page document of the packet builder are shown THEN their dates,
    days and pages are written in Persian digits."""
    digits.want(True)
    case = Case(id="AFG-2024-00412", deadlines=(Deadline(kind="visa expiry", date="2025-03-13"),))
    mark = deadline_mark(case, datetime.date(2025, 3, 1))
    assert "۲۰۲۵-۰۳-۱۳" in mark.text
    assert "۱۲" in mark.text
    assert not any(c.isascii() and c.isdigit() for c in mark.text)
    entry = Entry(1, "تذکره", "form", "2024-01-02", 14)
    assert "۱۴" in entry.label
    assert "۲۰۲۴-۰۱-۰۲" in entry.label


@pytest.mark.parametrize("interface", [language.PASHTO], indirect=True)
def test_the_shown_results_are_rewritten_when_the_option_changes(
    qtbot, interface: str, tmp_path: Path
) -> None:
    """GIVEN the window in Pashto showing results with dates WHEN Settings ▸ Persian digits
    is turned on THEN the rows already shown are written again in Persian digits; AND
    turned off, in Latin digits."""
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "letter.txt").write_text("Date: 7 October 2023\n\nLetter about Mohammad Karimi.")
    root = tmp_path / "archive"
    with Archive.open(root, write=True) as archive:
        Ingest(archive).run([desk])
    for window in shown_window(qtbot, root):
        search(qtbot, window, "Mohammad")
        dated = [row for row, hit in enumerate(window.results.hits) if hit.date]
        assert dated
        row = dated[0]
        latin = window.results.hits[row].date
        window.digits_action.setChecked(True)
        assert latin.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) in (
            window.results.item(row).data(_HTML_ROLE)
        )
        window.digits_action.setChecked(False)
        assert latin in window.results.item(row).data(_HTML_ROLE)


def _latin_digits(text: str) -> list[str]:
    return [c for c in text if c.isascii() and c.isdigit()]


@pytest.mark.parametrize("interface", [language.PASHTO], indirect=True)
def test_progress_problems_and_details_count_in_persian_digits(
    interface: str, tmp_path: Path
) -> None:
    """GIVEN the window in Pashto with Persian digits on WHEN an ingest's summary line, a
    document's Details (its page count, date and scans waiting) are written THEN every
    number is in Persian digits and the scans line is in Pashto."""
    from dataclasses import replace

    from desktop.operations import documents
    from desktop.ui.details import _values
    from desktop.ui.loading import summary_line
    from index.ingest.summary import Summary

    digits.want(True)
    line = summary_line(Summary(given=12, added=10, unchanged=1, duplicates=1))
    assert "۱۲" in line and _latin_digits(line) == [], line
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "letter.txt").write_text("Date: 7 October 2023\n\nLetter about Mohammad Karimi.")
    with Archive.open(tmp_path / "archive", write=True) as archive:
        Ingest(archive).run([desk])
        found = documents.details(archive.documents, 1)
    assert found is not None
    shown = _values(replace(found, waiting=(1, 2, 3)))
    assert "۱" in shown["Kind"] and _latin_digits(shown["Kind"]) == [], shown["Kind"]
    assert shown["Date"] == "۲۰۲۳-۱۰-۰۷"
    assert shown["Scans"] == "د لوستلو په تمه: مخونه ۱–۳"


@pytest.mark.parametrize("interface", [language.DARI], indirect=True)
def test_the_ingest_bar_and_backup_progress_count_in_persian_digits(
    qtbot, interface: str, tmp_path: Path
) -> None:
    """GIVEN the window in Dari with Persian digits on WHEN the ingest bar shows file 3 of
    12 and the indexing of 1,200 documents, and Back up shows 3 of 12 MB written THEN
    their numbers are in Persian digits (the file's name as it is)."""
    from desktop.ui.backup_view import BackupDialog
    from desktop.ui.errors import ErrorBoundary
    from desktop.ui.ingest_bar import IngestBar
    from index.ingest.pipeline import INDEXING
    from index.ingest.summary import Progress

    digits.want(True)
    bar = IngestBar()
    qtbot.addWidget(bar)
    bar.show_progress(Progress(3, 12, "letter-2.pdf"))
    assert "۳" in bar.label.text() and "۱۲" in bar.label.text(), bar.label.text()
    assert _latin_digits(bar.label.text()) == ["2"]  # the file's name
    bar.show_progress(Progress(5, 1200, INDEXING))
    assert "۱,۲۰۰" in bar.label.text() and _latin_digits(bar.label.text()) == []
    view = BackupDialog(tmp_path / "archive", ErrorBoundary(tmp_path / "logs"))
    qtbot.addWidget(view)
    view._show_progress(("writing", 3 << 20, 12 << 20))
    assert "۳" in view.status.text() and _latin_digits(view.status.text()) == []


@pytest.mark.parametrize("interface", [language.PASHTO], indirect=True)
def test_the_packet_builders_progress_and_printing_count_in_persian_digits(
    qtbot,
    interface: str,
    packet_session,  # noqa: F811  (the fixture imported above)
) -> None:
    """GIVEN the packet builder in Pashto on a case of four documents WHEN Persian digits
    are on and it counts its documents, builds page 3 of 12 and sends 12 pages to the
    printer THEN each message's numbers are in Persian digits; AND with them off, Latin."""
    from desktop.ui.packet_view import PacketDialog
    from tests.support.ui_cases import quiet_errors
    from tests.ui.test_packet_builder import CASE_ID

    session, _ids = packet_session
    digits.want(True)
    dialog = PacketDialog(session, quiet_errors(session), CASE_ID)
    qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    assert "۴" in dialog.status.text() and _latin_digits(dialog.status.text()) == []
    dialog._progress((3, 12))
    assert "۳" in dialog.status.text() and "۱۲" in dialog.status.text()
    assert _latin_digits(dialog.status.text()) == []
    dialog._printed(12)
    assert "۱۲" in dialog.status.text() and _latin_digits(dialog.status.text()) == []
    digits.want(False)
    dialog._printed(12)
    assert "12" in dialog.status.text()
    dialog.close()


@pytest.mark.parametrize("interface", [language.DARI], indirect=True)
def test_the_numbers_in_problem_reasons_are_in_persian_digits(interface: str) -> None:
    """GIVEN the window in Dari with Persian digits on WHEN a reason with a time limit, a
    picture's limits and a scan's pages 4-6 with no text are worded THEN their numbers
    are in Persian digits; AND with the option off, in Latin digits."""
    from desktop.ocr_words import no_text_problem
    from desktop.ui.problem_words import problem_words
    from desktop.ui.tr import translate
    from index.catalog.readings import UnreadablePages
    from index.problems import Problem, ProblemKind

    slow = Problem.of(ProblemKind.TOO_SLOW, limit="120 seconds").reason
    blank = no_text_problem(UnreadablePages(1, "t", (4, 5, 6), ()), "scan.pdf").reason
    digits.want(True)
    for reason, shown in ((slow, "۱۲۰"), (blank, "۴–۶")):
        words = problem_words(reason, translate)
        assert shown in words and _latin_digits(words) == [], words
    digits.want(False)
    assert "120" in problem_words(slow, translate)
