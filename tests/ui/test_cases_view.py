"""The Cases view on a real archive: list and filters, the case form, linked documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.case_list import SOON_COLOUR
from desktop.ui.cases_view import CasesView
from desktop.ui.session import Session
from index.archive import Archive
from tests.support.drafting import CASE_ID
from tests.support.ui_cases import (
    OTHER_CASE,
    PASSED_CASE,
    SOON_CASE,
    TODAY,
    close_session,
    quiet_errors,
)

NEW_CASE = "AFG-2025-00777"


@pytest.fixture
def view(qtbot, session: Session) -> CasesView:
    """The Cases view, its list loaded, with the tests' fixed today."""
    shown = CasesView(session, quiet_errors(session), today=lambda: TODAY)
    qtbot.addWidget(shown, before_close_func=lambda w: w.close())
    shown.resize(1300, 900)
    shown.show()
    qtbot.waitUntil(lambda: shown.list.rowCount() == 4 and shown.editor.loaded is not None)
    yield shown
    shown.close()


def _stored(root: Path, case_id: str):
    with Archive.open(root, write=False) as archive:
        return archive.cases.get(case_id), archive.cases.documents(case_id)


def _open(qtbot, view: CasesView, case_id: str) -> None:
    with qtbot.waitSignal(view.documents_shown, timeout=5000):
        assert view.list.select_case(case_id)
    assert view.shown_case_id() == case_id


def test_the_list_shows_cases_with_deadlines_marked(view: CasesView) -> None:
    """GIVEN four cases WHEN the view opens THEN emergencies come first, the principal's
    name shows with the name in Arabic script, the deadline within 14 days is highlighted
    and the one that passed is marked."""
    ids = [c.id for c in view.list.cases]
    assert ids[0] == SOON_CASE and set(ids) == {CASE_ID, OTHER_CASE, SOON_CASE, PASSED_CASE}
    row = ids.index(CASE_ID)
    assert view.list.item(row, 1).text() == "Shabnam Rahimi — شبنم رحیمی"
    soon = view.list.item(ids.index(SOON_CASE), 5)
    assert soon.text() == "2025-03-20 interview (in 6 days)"
    assert soon.background().color() == SOON_COLOUR
    assert "passed" in view.list.item(ids.index(PASSED_CASE), 5).text()
    later = view.list.item(row, 5)
    assert later.text().startswith("2025-04-30") and later.background().color() != SOON_COLOUR


def test_filters_narrow_the_list(qtbot, view: CasesView) -> None:
    """GIVEN the list WHEN filtered by status, then priority, then due within 14 days
    THEN only the matching cases remain."""
    with qtbot.waitSignal(view.cases_shown) as shown:
        view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    assert [c.id for c in shown.args[0]] == [PASSED_CASE]
    with qtbot.waitSignal(view.cases_shown) as shown:
        view.status_filter.setCurrentIndex(0)
    assert len(shown.args[0]) == 4
    with qtbot.waitSignal(view.cases_shown) as shown:
        view.priority_filter.setCurrentIndex(view.priority_filter.findData("urgent"))
    assert [c.id for c in shown.args[0]] == [CASE_ID]
    with qtbot.waitSignal(view.cases_shown):
        view.priority_filter.setCurrentIndex(0)
    with qtbot.waitSignal(view.cases_shown) as shown:
        view.due_filter.setChecked(True)
    assert [c.id for c in shown.args[0]] == [SOON_CASE]
    assert view.list.rowCount() == 1


def test_a_new_case_is_saved_from_the_editor(qtbot, view: CasesView, session: Session) -> None:
    """GIVEN the view WHEN New case… is filled in (number, two people, pathway, a need, a
    deadline, a confidential note, a confidential field) and saved THEN the archive holds
    the case as typed and the list shows it."""
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert editor.case_id.text() == "" and not editor.case_id.isReadOnly()
    qtbot.keyClicks(editor.case_id, NEW_CASE.lower())
    assert view.dirty and view.save_button.isEnabled()
    qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
    editor.people.set_text(0, "name", "Zarmina Example")
    editor.people.set_text(0, "name_native", "زرمینه")
    editor.people.set_text(0, "passport", "p1234567")
    qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
    editor.people.set_text(1, "name", "Baby Example")
    editor.people.set_text(1, "relationship", "child")
    editor.pathway.setCurrentText("P-2")
    editor.priority.setCurrentText("urgent")
    editor.set_need("journalist")
    editor.location.setText("Peshawar")
    qtbot.mouseClick(editor.deadlines.add_button, Qt.MouseButton.LeftButton)
    editor.deadlines.set_text(0, "kind", "interview")
    editor.deadlines.set_text(0, "date", "2025-03-25")
    qtbot.mouseClick(editor.notes.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.notes.text, "Threatened by phone in February.")
    editor.notes.confidential.setChecked(True)
    editor.confidential["passport"].setChecked(True)
    with qtbot.waitSignal(view.case_saved, timeout=10_000) as saved:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].id == NEW_CASE
    case, _documents = _stored(session.root, NEW_CASE)
    assert [(p.name, p.name_native, p.relationship) for p in case.people] == [
        ("Zarmina Example", "زرمینه", "principal"),
        ("Baby Example", "", "child"),
    ]
    assert case.people[0].passport == "P1234567"
    assert (case.pathway, case.priority, case.location) == ("P-2", "urgent", "Peshawar")
    assert case.needs == ("journalist",)
    assert [(d.kind, d.date) for d in case.deadlines] == [("interview", "2025-03-25")]
    assert [(n.text, n.confidential) for n in case.notes] == [
        ("Threatened by phone in February.", True)
    ]
    assert case.confidential == ("passport",)
    assert not view.dirty and editor.case_id.isReadOnly()
    assert view.errors.shown == []
    qtbot.waitUntil(lambda: NEW_CASE in [c.id for c in view.list.cases])
    assert view.list.current_case_id() == NEW_CASE


def test_partial_and_solar_hijri_dates_are_accepted_by_the_form(
    qtbot, view: CasesView, session: Session
) -> None:
    """GIVEN a new case typed in the form: the principal born "1990", a spouse "about 1985", a
    child born ۲۲ ثور ۱۴۰۰ (Solar Hijri) and a deadline on 8 Dalw 1403
    WHEN the child's date is typed THEN its tooltip already says the Gregorian day;
    AND WHEN saved THEN the archive holds 1990, ~1985, 2021-05-12 and the deadline 2025-01-27,
    the form shows them so, and their tooltips say them in both calendars."""
    view.new_case()
    editor = view.editor
    qtbot.keyClicks(editor.case_id, NEW_CASE)
    for name, relationship, born in (
        ("Gul Makai Example", "principal", "1990"),
        ("Baryalai Example", "spouse", "about 1985"),
        ("Zarghona Example", "child", "۲۲ ثور ۱۴۰۰"),
    ):
        row = editor.people.add_row({"name": name})
        editor.people.set_text(row, "relationship", relationship)
        editor.people.set_text(row, "birth_date", born)
    born_column = [c.key for c in editor.people.columns].index("birth_date")
    child = editor.people.table.item(2, born_column)
    assert child.toolTip() == "12 May 2021 (22 Sawr 1400)"
    editor.deadlines.add_row({"kind": "interview"})
    editor.deadlines.set_text(0, "date", "8 Dalw 1403")
    with qtbot.waitSignal(view.case_saved, timeout=10_000):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    case, _documents = _stored(session.root, NEW_CASE)
    assert [p.birth_date for p in case.people] == ["1990", "~1985", "2021-05-12"]
    assert [d.date for d in case.deadlines] == ["2025-01-27"]
    qtbot.waitUntil(lambda: editor.people.table.item(1, born_column).text() == "~1985")
    cells = [editor.people.table.item(row, born_column) for row in range(3)]
    assert [c.toolTip() for c in cells] == ["1990", "about 1985", "12 May 2021 (22 Sawr 1400)"]
    deadline = editor.deadlines.table.item(0, 1)
    assert deadline.text() == "2025-01-27" and deadline.toolTip() == "27 January 2025 (8 Dalw 1403)"


def test_a_refused_case_lists_the_reasons_next_to_the_form(qtbot, view: CasesView) -> None:
    """GIVEN a new case with a wrong number, a person without a name and a birth date that
    is not a date WHEN saved THEN nothing is stored and the reasons are listed above the
    form in plain words; no error dialog, no crash."""
    view.new_case()
    qtbot.keyClicks(view.editor.case_id, "case 12")
    view.editor.people.add_row({"name": "", "birth_date": "spring 1990", "nationality": "Afghan"})
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.editor.problems.isVisible)
    text = view.editor.problems.text()
    assert "The case was not saved" in text
    assert "is not a case number" in text
    assert "Person 1 (principal) has no name in Latin script." in text
    assert "birth date of person 1 (principal) could not be read" in text
    assert view.errors.shown == [] and view.dirty and view.save_button.isEnabled()
    with Archive.open(view.session.root, write=False) as archive:
        assert len(archive.cases.list()) == 4


def test_a_refusal_is_shown_whole_in_a_dock_on_a_laptop(qtbot, view: CasesView) -> None:
    """GIVEN the view as narrow and low as the Cases dock on a 1366×768 laptop WHEN a case
    with several mistakes is refused THEN every reason is shown whole above the tabs:
    wrapped to the view's width, none cut off at the side or the bottom."""
    view.resize(460, 690)
    view.new_case()
    qtbot.keyClicks(view.editor.case_id, "case 12")
    view.editor.people.add_row({"name": "", "birth_date": "spring 1990", "nationality": "Afghan"})
    view.editor.deadlines.add_row({"kind": "interview", "date": "next Tuesday"})
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.editor.problems.isVisible)
    problems = view.editor.problems
    QApplication.processEvents()
    shown = problems.visibleRegion().boundingRect()
    assert shown == problems.rect()  # nothing of it outside what the view shows
    assert problems.height() >= problems.heightForWidth(problems.width())
    assert problems.mapTo(view, problems.rect().topRight()).x() < view.width()


def test_a_document_is_linked_by_id_and_unlinked(
    qtbot, view: CasesView, archive: tuple[Path, dict[str, int]]
) -> None:
    """GIVEN a case without documents WHEN a document is linked by its id THEN it is listed
    as linked by hand (and stored); linking an id that does not exist says so; Unlink
    takes it out again."""
    root, ids = archive
    statement = ids["statement.txt"]
    _open(qtbot, view, OTHER_CASE)
    assert view.documents.table.rowCount() == 0
    view.documents.doc_id.setValue(statement)
    with qtbot.waitSignal(view.documents_shown, timeout=10_000):
        qtbot.mouseClick(view.documents.link_button, Qt.MouseButton.LeftButton)
    assert view.documents.table.item(0, 0).text() == str(statement)
    assert view.documents.table.item(0, 4).text() == "by hand"
    assert [(d.id, how) for d, how in _stored(root, OTHER_CASE)[1]] == [(statement, "by hand")]
    view.documents.doc_id.setValue(9999)
    qtbot.mouseClick(view.documents.link_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no document 9999" in view.documents.message.text())
    assert view.errors.shown == []
    view.documents.table.selectRow(0)
    with qtbot.waitSignal(view.documents_shown, timeout=10_000):
        qtbot.mouseClick(view.documents.unlink_button, Qt.MouseButton.LeftButton)
    assert view.documents.table.rowCount() == 0
    assert _stored(root, OTHER_CASE)[1] == []


def test_draft_asks_for_the_case_and_the_selected_documents(
    qtbot, view: CasesView, archive: tuple[Path, dict[str, int]]
) -> None:
    """GIVEN a case with two documents, one selected WHEN Draft… is clicked THEN
    draft_requested carries the case number and the selected document's id."""
    _open(qtbot, view, CASE_ID)
    assert sorted(d.id for d, _how in view.documents.documents) == sorted(archive[1].values())
    radio = archive[1]["radio-letter.pdf"]
    view.documents.select_ids([radio])
    with qtbot.waitSignal(view.draft_requested) as asked:
        qtbot.mouseClick(view.draft_button, Qt.MouseButton.LeftButton)
    assert asked.args == [CASE_ID, [radio]]


def test_a_read_only_session_cannot_edit(
    qtbot, archive: tuple[Path, dict[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN another CaseDesk holding the archive's writer lock while the session opens
    WHEN the view opens
    THEN cases are listed and shown, but the form, Save, New case and linking are off."""
    monkeypatch.setenv("CASEDESK_LOCK_WAIT", "0.2")  # the session waits a few seconds first
    root = archive[0]
    with Archive.open(root, write=True, holder="another window"):
        session = Session(root)
        try:
            assert session.read_only
            view = CasesView(session, quiet_errors(session), today=lambda: TODAY)
            qtbot.addWidget(view)
            view.show()
            qtbot.waitUntil(lambda: view.editor.loaded is not None, timeout=5000)
            assert not view.save_button.isEnabled() and not view.new_button.isEnabled()
            assert not view.editor.priority.isEnabled() and view.editor.location.isReadOnly()
            assert not view.editor.people.add_button.isEnabled()
            assert not view.documents.link_button.isEnabled()
            assert view.draft_button.isEnabled()
            view.close()
        finally:
            close_session(session)
