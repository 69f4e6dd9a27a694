"""The window in Dari and Pashto: mirrored, every visible string translated."""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from bidi import get_display
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop import digits
from desktop.ui import app, catalogues, language
from desktop.ui.case_words import CHOICES
from desktop.ui.language_menu import LanguageMenu
from desktop.ui.locked_pdf import LockedPdfDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.packet_jobs import Entry
from desktop.ui.problem_words import WORDINGS, problem_words
from desktop.ui.results_view import hit_html
from desktop.ui.tr import translate
from index.archive import Archive
from index.cases.model import (
    DEADLINE_KINDS,
    NEEDS,
    PATHWAYS,
    PRIORITIES,
    RELATIONSHIPS,
    STATUSES,
)
from index.extract.base import ExtractionFailed, ExtractOptions
from index.extract.image import _size_words
from index.extract.pdf import _security_words
from index.extract.registry import describe, extract_file
from index.extract.ziparchive import ZipLimits
from index.problems import Problem, ProblemKind
from tests.support.case_sheets import BAD, DARI, GOOD, write_csv
from tests.support.untranslated import is_english, untranslated
from tests.ui.conftest import shown_window


@pytest.fixture
def empty_archive(tmp_path: Path) -> Path:
    """An archive with nothing in it: the window shows only its own words, no data."""
    root = tmp_path / "archive"
    with Archive.open(root, write=True):
        pass
    return root


@pytest.fixture
def interface(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The application in the language of the test's parameter (compiled into the
    test's own cache folder), back to English after the test."""
    installed = language.apply(qapp, request.param)
    yield request.param
    language.withdraw(qapp, installed)


@pytest.fixture
def translated_window(qtbot, interface: str, empty_archive: Path) -> Iterator[MainWindow]:
    """The main window on the empty archive, in the language of ``interface``."""
    yield from shown_window(qtbot, empty_archive)
    QThreadPool.globalInstance().waitForDone()


def report(missing: list) -> str:
    """One line per untranslated text: where it is and what it says."""
    lines = [f"  {shown.where}: {shown.text!r}" for shown in missing]
    return (
        "These texts of the window have no translation (add them to the .ts files, see "
        "docs/TRANSLATIONS.md):\n" + "\n".join(lines)
    )


def open_everything(qtbot, window: MainWindow, folder: Path) -> list[QWidget]:
    """The Cases dock with a new case, the drafting and packet dialogs, the locked-PDF
    question, Office details, the Import cases preview (of a sheet with a refused row,
    written in ``folder``) and Back up: every dialog that opens without waiting for an
    answer."""
    window.case_work.new_case()
    window.case_work.open_drafting("", [])
    packet = window.case_work.open_packet("", [])
    locked = LockedPdfDialog(7, "مکتوب سفارت", parent=window)
    locked.show()
    office = window.open_office()
    sheet = write_csv(folder / "دوسیه‌ها.csv", [*GOOD, BAD], header=DARI)
    imported = window.import_and_backup.import_cases(sheet)
    backup = window.import_and_backup.back_up()
    qtbot.waitUntil(lambda: window.case_work.dock.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: imported.plan is not None, timeout=10_000)
    qtbot.wait(300)  # the dialogs' first loads (templates, cases, office) come back
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(100)
    return [packet, locked, office, imported, backup]


@pytest.mark.parametrize("interface", [language.PASHTO, language.DARI], indirect=True)
def test_the_window_is_mirrored_and_shows_no_english(
    qtbot, translated_window: MainWindow, tmp_path: Path
):
    """GIVEN CaseDesk in Pashto (and in Dari) on an empty archive
    WHEN the main window, its menus, its docks and its dialogs (drafting, packet, Office
    details, Import cases, Back up…) are open
    THEN the layout runs right to left and every text shown is translated."""
    window = translated_window
    dialogs = open_everything(qtbot, window, tmp_path)
    assert all(dialog.isVisible() for dialog in dialogs)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.case_work.dock.isVisible()
    missing = untranslated(window)
    assert not missing, report(missing)
    assert window.menuBar().actions()[0].text() != "&File"


@pytest.mark.parametrize("interface", [language.PASHTO], indirect=True)
def test_a_new_string_without_translation_is_named(qtbot, interface: str):
    """GIVEN the interface in Pashto and a widget with a new label nobody translated
    WHEN its texts are checked
    THEN that label is reported by its text and its widget, and the translated one is not."""
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel(translate("MainWindow", "Filters"), objectName="known"))
    layout.addWidget(QLabel(translate("Office", "Office details…"), objectName="new-label"))
    missing = untranslated(box)
    assert [(m.where, m.text) for m in missing] == [("QLabel('new-label') text", "Office details…")]
    assert "QLabel('new-label') text: 'Office details…'" in report(missing)


@pytest.mark.parametrize("interface", [language.PASHTO], indirect=True)
def test_problem_reasons_are_shown_translated(interface: str):
    """GIVEN the interface in Pashto and problems worded by the engine in English
    WHEN the panel's words for them are asked for
    THEN the reason is in Pashto with the limit kept, and unknown text is left as it was."""
    problem = Problem.of(ProblemKind.TOO_SLOW, limit="60 s")
    shown = problem_words(problem.reason, translate)
    assert shown == "د فایل لوستل له 60 s څخه ډېر وخت ونیو او ودرول شو."
    assert (
        problem_words("Something new the engine says.", translate)
        == "Something new the engine says."
    )


def _zip_of_many_files(path: Path, files: int) -> Path:
    """A ZIP archive of ``files`` tiny text files (more than the reader takes)."""
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(files):
            archive.writestr(f"note-{number}.txt", "x")
    return path


@pytest.mark.parametrize("interface", [language.PASHTO], indirect=True)
def test_reasons_and_advice_of_formats_are_shown_translated(interface: str, tmp_path: Path):
    """GIVEN the interface in Pashto and problems as the readers of formats word them: a
    RAR archive, a ZIP archive of too many files (a possible zip bomb), a PDF locked by a
    certificate and a picture too large
    WHEN the Problems panel's words for them are asked for
    THEN reason and advice read in Pashto, the kind of file and the limit translated too."""
    many = ZipLimits().max_members + 1
    with pytest.raises(ExtractionFailed) as bomb:
        extract_file(_zip_of_many_files(tmp_path / "many.zip", many), ".zip", ExtractOptions())
    rar = Problem.of(ProblemKind.UNSUPPORTED, what=describe(b"Rar!\x1a\x07\x00", ".rar"))
    pdf = Problem.of(ProblemKind.SECURITY, what=_security_words("adbe.pkcs7.s5"))
    picture = Problem.of(ProblemKind.TOO_LARGE, limit=_size_words(40_000, 30_000))
    shown = {
        "bomb": problem_words(bomb.value.problem.reason, translate),
        "bomb advice": problem_words(bomb.value.problem.action, translate),
        "rar": problem_words(rar.reason, translate),
        "pdf": problem_words(pdf.reason, translate),
        "picture": problem_words(picture.reason, translate),
    }
    assert shown["bomb"] == (
        "فایل د خوندي لوستلو لپاره ډېر لوی دی: له 1000 څخه ډېرې فایلونه پکې دي؛ کېدای شي "
        "«د ZIP بم» وي چې د ډیسک ډکولو لپاره جوړ شوی."
    )
    assert shown["bomb advice"].startswith("که پر هغه ځای باور لرئ")
    assert "(د RAR آرشیف: خلاص یې کړئ (7-Zip یې پرانیزي)" in shown["rar"]
    assert shown["pdf"].endswith("(ډیجیټل تصدیق، adbe.pkcs7.s5).")
    assert "انځور 40,000 په 30,000 پکسله دی (1,200 میلیونه)" in shown["picture"]
    english = ("the", "it", "unpack", "files", "security", "picture", "archive")
    for text in shown.values():
        assert not set(re.findall(r"[a-z]+", text)) & set(english), text


def test_every_engine_problem_wording_is_marked_for_translation():
    """GIVEN the engine's standard wording of every kind of problem
    WHEN it is compared with the words the window marks for translation
    THEN each is there (a reason reworded in index/problems.py must be reworded here)."""
    engine = {
        text
        for kind in ProblemKind
        for text in (
            Problem.of(kind, what="{what}", limit="{limit}").reason.replace(" ({what})", "{what}"),
            Problem.of(kind).action,
        )
    }
    assert engine == set(WORDINGS)


def test_catalogues_are_compiled_into_the_cache_and_again_when_the_source_changes(
    tmp_path: Path,
):
    """GIVEN no compiled catalogue yet
    WHEN the Pashto catalogue is asked for, then its source becomes newer
    THEN it is compiled into the cache, kept while current, and compiled again after."""
    cache = tmp_path / "cache"
    first = catalogues.compiled_catalogue(language.PASHTO, cache)
    assert first == cache / "casedesk_ps.qm"
    assert first.stat().st_size > 1000
    os.utime(first, (1, 1))  # older than its source
    again = catalogues.compiled_catalogue(language.PASHTO, cache)
    assert again.stat().st_mtime > 1
    kept = again.stat().st_mtime_ns
    assert catalogues.compiled_catalogue(language.PASHTO, cache).stat().st_mtime_ns == kept


def test_the_system_locale_chooses_the_language_until_one_is_chosen(qtbot, tmp_path: Path):
    """GIVEN settings with no language chosen
    WHEN the system is Afghan Persian, Pashto or English, and then Pashto is chosen
    THEN Dari, Pashto and English follow the system, and the choice wins after that."""
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert language.chosen(settings, "fa_AF.UTF-8") == language.DARI
    assert language.chosen(settings, "prs_AF") == language.DARI
    assert language.chosen(settings, "ps_AF") == language.PASHTO
    assert language.chosen(settings, "en_GB") == language.ENGLISH
    menu = LanguageMenu(settings)
    qtbot.addWidget(menu)
    assert menu.choices[language.SYSTEM].isChecked()
    menu.choose(language.PASHTO, tell=False)
    reread = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert language.chosen(reread, "en_GB") == language.PASHTO
    assert menu.choices[language.PASHTO].isChecked()


def test_the_language_chosen_is_used_at_start(qapp: QApplication):
    """GIVEN Pashto chosen in Settings ▸ Language (kept in the window's settings)
    WHEN CaseDesk starts its window
    THEN Pashto is installed before any widget is built, and the layout is right to left."""
    language.remember(app.settings(), language.PASHTO)
    try:
        app.use_language(qapp)
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert translate("MainWindow", "&File") == "فایل (&F)"
    finally:
        language.withdraw(qapp, app.translators)
    assert translate("MainWindow", "&File") == "&File"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_every_case_choice_is_marked_for_translation():
    """GIVEN the values a case's drop-downs and needs offer (index.cases.model)
    WHEN they are compared with the words the window marks for translation
    THEN each is there, so none shows in English in a Dari or Pashto window."""
    offered = {*PATHWAYS, *NEEDS, *PRIORITIES, *STATUSES, *RELATIONSHIPS, *DEADLINE_KINDS}
    assert offered == set(CHOICES)


def test_everything_a_template_needs_is_marked_and_translated():
    """GIVEN what a template may need besides its fields (desktop.drafting.fields.NEED_LABELS:
    office details, parts of the case, a cited document) WHEN compared with the words the
    window marks (desktop/ui/need_words.py) THEN each is marked and has a Dari and a Pashto
    translation, so "Also needed: …" and casedesk draft's refusal show none in English."""
    from desktop import ts_catalogue
    from desktop.drafting.fields import NEED_LABELS
    from desktop.ui.need_words import CONTEXT, MARKED

    assert set(NEED_LABELS.values()) == set(MARKED)
    for code in (language.DARI, language.PASHTO):
        for label in MARKED:
            assert ts_catalogue.lookup(code, CONTEXT, label) != label, (code, label)


@pytest.fixture
def pashto_window_on_documents(qtbot, interface: str, archive_root: Path) -> Iterator[MainWindow]:
    """The main window in Pashto on the archive of the desk's documents."""
    yield from shown_window(qtbot, archive_root)


@pytest.mark.parametrize("interface", [language.PASHTO], indirect=True)
def test_kinds_and_languages_of_documents_are_shown_in_pashto(
    qtbot, pashto_window_on_documents: MainWindow
):
    """GIVEN the window in Pashto on an archive of letters, notes and statements
    WHEN its results and filters are shown
    THEN each document's kind and language read in Pashto, in the filters and the rows."""
    window = pashto_window_on_documents
    qtbot.waitUntil(lambda: window.facets.topLevelItemCount() > 0, timeout=10_000)
    shown = [
        window.facets.topLevelItem(top).child(row).text(0)
        for top in range(window.facets.topLevelItemCount())
        if window.facets.topLevelItem(top).text(0) in ("ډول", "ژبه")
        for row in range(window.facets.topLevelItem(top).childCount())
    ]
    assert shown and not [text for text in shown if is_english(text)]
    assert "یادښت" in shown  # note
    rows = [hit_html(hit) for hit in window.last_result.hits]
    assert any("یادښت ·" in row for row in rows)
    assert all("note ·" not in row for row in rows)


@pytest.mark.parametrize("interface", [language.PASHTO], indirect=True)
def test_a_date_after_pashto_words_reads_left_to_right(interface: str):
    """GIVEN the window in Pashto and a packet's document listed with its kind and date
    WHEN its line is laid out right to left (Unicode Bidirectional Algorithm)
    THEN the date reads 2023-11-14, not 14-11-2023, after the translated kind."""
    entry = Entry(1, "Employment verification", "letter", "2023-11-14", 1)
    assert "لیک" in entry.label
    shown = get_display(entry.label, base_dir="R")
    assert "2023-11-14" in shown
    assert "14-11-2023" not in shown


@pytest.mark.parametrize("interface", [language.PASHTO, language.DARI], indirect=True)
def test_an_engine_error_is_shown_translated(interface: str, tmp_path: Path):
    """GIVEN the interface in Pashto (and in Dari) WHEN the error boundary shows the
    engine's error for a folder without an archive THEN the dialog's sentence is the
    translation with the folder filled in, left to right in an isolate."""
    from desktop.ui.errors import ErrorBoundary
    from index.errors import ArchiveError

    missing = tmp_path / "nowhere"
    with pytest.raises(ArchiveError) as raised:
        Archive.open(missing, write=False)
    boundary = ErrorBoundary(tmp_path / "logs")
    boundary.quiet = True
    boundary.report(raised.value)
    expected = {
        language.PASHTO: f"په \u2066{missing}\u2069 کې د CaseDesk آرشیف نشته.",
        language.DARI: f"در \u2066{missing}\u2069 آرشیف CaseDesk نیست.",
    }[interface]
    assert boundary.shown[-1].startswith(expected)
    assert "No CaseDesk archive" not in boundary.shown[-1]


@pytest.fixture
def latin_digits_after() -> Iterator[None]:
    """Persian digits are not wanted again after the test, whatever it chose."""
    yield
    digits.want(False)


@pytest.mark.parametrize("interface", [language.PASHTO], indirect=True)
def test_persian_digits_in_the_result_count_on_and_off(
    qtbot, interface: str, archive_root: Path, latin_digits_after: None
):
    """GIVEN the window in Pashto on the desk documents WHEN "Mohammad" is searched
    THEN the count is in Latin digits (the default); AND with Settings ▸ Persian digits
    on, in Persian digits, remembered; AND off again, in Latin digits."""
    from tests.ui.conftest import search

    for window in shown_window(qtbot, archive_root):
        search(qtbot, window, "Mohammad")
        qtbot.waitUntil(lambda w=window: w.last_result.exact, timeout=10_000)
        assert window.status_label.text().startswith("2 سندونه")
        window.digits_action.setChecked(True)
        assert window.status_label.text().startswith("۲ سندونه")
        assert window.settings.value(digits.DIGITS_KEY) == digits.PERSIAN
        window.digits_action.setChecked(False)
        assert window.status_label.text().startswith("2 سندونه")


def test_every_ocr_line_is_marked_and_translated():
    """GIVEN pages read in Dari and English, a blank page, a page that failed and pages
    waiting WHEN their OCR lines are written THEN every sentence and word asked for is
    marked in desktop/ui/details.py and has a finished translation in both catalogues."""
    from desktop import ts_catalogue
    from desktop.ocr_words import CONTEXT, ocr_lines
    from desktop.ui.details import OCR_WORDS
    from index.catalog.readings import StoredReading
    from index.ocr.reading import PageReading, Word

    def reading(languages: str, words: int) -> PageReading:
        word = Word("x", (0, 0, 1, 1), 90.0, 1)
        return PageReading("x", (word,) * words, 90.0, languages, "", "tesseract 5", 0, 0, 1, 1)

    pages = [
        StoredReading(1, reading("fas+eng+pus+urd", 1), "", ""),
        StoredReading(2, reading("", 1), "", ""),
        StoredReading(3, reading("eng", 0), "", ""),
        StoredReading(4, reading("eng", 0), "timed out", ""),
    ]
    asked: list[tuple[str, str]] = []
    ocr_lines(pages, (5, 6), lambda context, text: asked.append((context, text)) or text)
    assert {context for context, _ in asked} == {CONTEXT}
    assert {text for _, text in asked} == set(OCR_WORDS)
    for code in ("fa_AF", "ps"):
        missing = [
            t
            for t in OCR_WORDS
            if (CONTEXT, t) not in ts_catalogue.read_ts(ts_catalogue.source(code))
        ]
        assert missing == [], (code, missing)


@pytest.mark.parametrize("interface", [language.PASHTO, language.DARI], indirect=True)
def test_the_problems_rows_of_scans_with_no_text_are_translated(interface: str) -> None:
    """GIVEN a scan whose pages 1-3 and 5 gave no text and one whose page could not be read
    (Tesseract's words) WHEN the Problems panel words their rows THEN the reason (the pages
    named in the panel's language) and the advice have no English sentence left, only
    Tesseract's own words kept; the English rows still read as the engine wrote them."""
    from desktop.ocr_words import no_text_problem
    from desktop.ui.problems import what_to_do
    from index.catalog.readings import UnreadablePages

    blank = no_text_problem(UnreadablePages(1, "t", (1, 2, 3, 5), ()), "scan.pdf")
    failed = no_text_problem(UnreadablePages(2, "t", (4,), ("tesseract timed out",)), "a.png")
    assert blank.reason.startswith("No readable text on pages 1–3, 5 (read by OCR): the page")
    for row in (blank, failed):
        reason = problem_words(row.reason, translate)
        assert not is_english(reason.replace("tesseract timed out", "")), reason
        assert not is_english(what_to_do(row)), what_to_do(row)
    assert "\u2066tesseract timed out\u2069" in problem_words(failed.reason, translate)


@pytest.mark.parametrize("interface", [language.PASHTO, language.DARI], indirect=True)
def test_why_a_scans_page_could_not_be_read_is_translated(interface: str) -> None:
    """GIVEN a scan whose pages could not be read, for reasons the reader gives (stopped
    unexpectedly: a reason holding "; " itself; took too long) and one it does not know
    WHEN the Problems panel's row and Details' OCR line word them THEN each known reason
    is in the interface's language and only the unknown one is kept as it came, left to
    right; AND in English the row reads as stored."""
    from desktop.ocr_words import no_text_problem, ocr_lines
    from desktop.ui.problem_words import failure_words
    from index.catalog.readings import StoredReading, UnreadablePages
    from index.ocr.reading import PageReading

    crashed = Problem.of(ProblemKind.CRASHED).reason
    slow = Problem.of(ProblemKind.TOO_SLOW, limit="120 seconds").reason
    failures = (crashed, slow, "engine said no")
    row = no_text_problem(UnreadablePages(2, "t", (4, 5, 6), failures), "a.png")
    reason = problem_words(row.reason, translate)
    assert reason.count("\u2066") == 1 and "\u2066engine said no\u2069" in reason, reason
    assert not is_english(reason.replace("engine said no", "")), reason
    assert problem_words(row.reason, lambda _c, text: text) == row.reason
    nothing = PageReading("", (), 0.0, "eng", "", "tesseract 5", 0, 0, 1, 1)
    pages = [StoredReading(4, nothing, crashed, ""), StoredReading(5, nothing, slow, "")]
    line = ocr_lines(pages, (), translate, failures=lambda f: failure_words(f, translate))[-1]
    assert not is_english(line), line


@pytest.mark.parametrize("interface", [language.PASHTO], indirect=True)
def test_the_case_forms_dates_are_written_in_pashto(interface: str) -> None:
    """GIVEN the window in Pashto WHEN the case form says what a typed birth date and a
    deadline mean THEN the months of both calendars are Pashto words, no English left."""
    from desktop.ui.case_parts import described_birth, described_day

    assert described_birth("12 May 1990") == "12 مۍ 1990 (22 غویی 1369)"
    assert described_birth("about 1985") == "شاوخوا 1985"
    assert not is_english(described_day("1403-11-08")), described_day("1403-11-08")


_ISOLATED = re.compile("\u2066[^\u2069]*\u2069")


@pytest.mark.parametrize("interface", [language.PASHTO, language.DARI], indirect=True)
def test_a_refused_case_is_explained_in_the_forms_language(qtbot, interface: str) -> None:
    """GIVEN the window in Pashto (and Dari) WHEN a case with a wrong number, two
    principals, a person without a name and a birth date that is not a date is refused
    THEN the case form lists each reason translated (values kept left to right), the
    relationship in the form's words; no English left."""
    from desktop.ui.case_editor import CaseEditor
    from index.cases.checks import checked
    from index.cases.model import Case, Person
    from index.errors import CaseError

    people = (Person(name="", birth_date="بهار"), Person(name="Laila", relationship="principal"))
    with pytest.raises(CaseError) as refused:
        checked(Case(id="دوسیه ۱۲", people=people))
    editor = CaseEditor()
    qtbot.addWidget(editor)
    editor.show_problems(refused.value.problems)
    shown = editor.problems.text()
    assert shown.count("<li>") == 4 and translate("CaseChoices", "principal") in shown
    assert not is_english(_ISOLATED.sub(" ", shown)), shown


@pytest.mark.parametrize("interface", [language.PASHTO, language.DARI], indirect=True)
def test_an_imports_refused_rows_are_explained_in_the_windows_language(
    qtbot, translated_window: MainWindow, tmp_path: Path
) -> None:
    """GIVEN the window in Pashto (and Dari) WHEN a sheet with a wrong birth date and
    priority is previewed in Import cases THEN the refused rows' columns and reasons are
    translated (the values typed and the choices offered kept left to right)."""
    sheet = write_csv(tmp_path / "دوسیه‌ها.csv", [*GOOD, BAD], header=DARI)
    imported = translated_window.import_and_backup.import_cases(sheet)
    qtbot.waitUntil(lambda: imported.plan is not None, timeout=10_000)
    table = imported.table
    assert table.rowCount() == 2
    for row in range(table.rowCount()):
        for column in (0, 1, 3):
            text = table.item(row, column).text()
            assert not is_english(_ISOLATED.sub(" ", text)), text
    imported.close()
