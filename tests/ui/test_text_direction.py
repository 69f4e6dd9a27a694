"""Dari text in the window laid out right to left: result snippets, notes, names, details."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.operations.documents import DocumentDetails
from desktop.ui.case_parts import PEOPLE_COLUMNS, NotesEditor, RowsTable
from desktop.ui.details import DetailsPane
from desktop.ui.results_view import ResultsView, hit_html
from index.cases.model import Note
from index.catalog.records import Document
from index.extract.base import FormField
from index.search import Hit

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
DARI_SNIPPET = "…پس از اسد ۱۴۰۰ <mark>طالبان</mark> به خانه پدرم آمدند."
DARI_NOTE = "متقاضی در ماه اسد ۱۴۰۰ تهدید شد؛ پرونده AFG-2024-00210 فوری است."


def hit(title: str, snippet: str) -> Hit:
    return Hit(1, title, "statement", ("AFG-2024-00210",), "2024-04-05", 1.0, "", 1, (snippet,))


def blocks(document: QTextDocument) -> list[tuple[str, Qt.LayoutDirection]]:
    found, block = [], document.begin()
    while block.isValid():
        found.append((block.text(), block.textDirection()))
        block = block.next()
    return found


@pytest.fixture
def results(qtbot) -> ResultsView:
    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(520, 200)
    view.show()
    return view


def test_a_dari_snippet_row_is_built_right_to_left(qtbot, results: ResultsView) -> None:
    """GIVEN a hit with an English title and a Dari snippet WHEN its row is painted
    THEN the delegate's document has the title left to right and the snippet a right-to-left
    block, and the snippet's words are drawn at the right of the row, not the left."""
    results.show_hits([hit("statement-fa", DARI_SNIPPET)])
    results.clearSelection()  # dark text on a light row
    image = results.viewport().grab().toImage()  # paints the row through the delegate
    painted = blocks(results.itemDelegate()._document)
    assert painted[0] == ("statement-fa", LTR)
    assert painted[-1][1] == RTL and "طالبان" in painted[-1][0]
    rect = results.visualItemRect(results.item(0))
    band = rect.top() + int(rect.height() * 0.62), rect.bottom() - 6  # the snippet's line
    left, right = _ink(image, band, rect.width())
    assert right > rect.width() - 30 and left > rect.width() * 0.3, (left, right)


def test_a_dari_title_row_runs_right_to_left(qtbot) -> None:
    """GIVEN a hit with a Dari title and an English snippet WHEN its row is made
    THEN the title is a right-to-left block and the snippet a left-to-right one."""
    document = QTextDocument()
    document.setHtml(
        hit_html(hit("اظهارنامه متقاضی", "…the applicant was <mark>threatened</mark>"))
    )
    found = blocks(document)
    assert found[0] == ("اظهارنامه متقاضی", RTL)
    assert found[-1][1] == LTR


def test_notes_and_names_in_dari(qtbot) -> None:
    """GIVEN a Dari note in the case form's notes and a person's name in Arabic script
    WHEN they are shown THEN the note's row is drawn right to left, the note's text is a
    right-to-left paragraph at the right edge of its box, and the "Name (Arabic script)"
    column is right to left even for a cell still empty."""
    notes = NotesEditor()
    qtbot.addWidget(notes)
    notes.resize(420, 300)
    notes.set_notes([Note("Prefers calls after 4 pm."), Note(DARI_NOTE)])
    notes.show()
    assert _cell_direction(notes.list, notes.list.model().index(1, 0)) == RTL
    assert _cell_direction(notes.list, notes.list.model().index(0, 0)) == LTR
    document = notes.text.document()
    layout = document.begin().layout()
    line = layout.lineAt(0)
    edge = document.textWidth() - document.documentMargin()
    assert document.begin().textDirection() == RTL
    assert layout.position().x() + line.naturalTextRect().right() > edge - 1
    assert line.naturalTextRect().left() > 20

    people = RowsTable(PEOPLE_COLUMNS, "person")
    qtbot.addWidget(people)
    people.add_row({"name": "Hedayatollah Safi", "name_native": "هدایت‌الله صافی"})
    people.add_row({"name": "Second Person"})
    native = [c.key for c in PEOPLE_COLUMNS].index("name_native")
    model = people.table.model()
    assert _cell_direction(people.table, model.index(0, native)) == RTL
    assert _cell_direction(people.table, model.index(1, native)) == RTL
    assert _cell_direction(people.table, model.index(0, 0)) == LTR


def test_a_dari_title_in_details_runs_right_to_left(qtbot) -> None:
    """GIVEN the details pane WHEN a document with a Dari title, then one with an English
    title, is shown THEN the title runs right to left, then left to right again, and a
    Dari form value's cell runs right to left."""
    pane = DetailsPane()
    qtbot.addWidget(pane)
    label = pane.labels["Title"]
    pane.show_details(_details("اظهارنامه متقاضی — پرونده AFG-2024-00210"))
    assert label.layoutDirection() == RTL
    assert _cell_direction(pane.fields, pane.fields.model().index(0, 1)) == RTL
    pane.show_details(_details("Statement of the applicant"))
    assert label.layoutDirection() == LTR


def _details(title: str) -> DocumentDetails:
    document = Document(
        7, "0" * 64, None, "statement.txt", title, "text", "statement", "2024-04-05", 1, 0,
        "2024-04-06T10:00:00", True, {}, "fa",
    )  # fmt: skip
    field = FormField("FamilyName", "صافی", "text", "Family name")
    return DocumentDetails(document, ("/desk/statement.txt",), (), (), (), (field,))


def _cell_direction(view, index) -> Qt.LayoutDirection:
    option = QStyleOptionViewItem()
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.direction


def _ink(image: QImage, band: tuple[int, int], width: int) -> tuple[int, int]:
    """The leftmost and rightmost dark (text) pixels of the rows ``band``."""
    xs = [x for y in range(*band) for x in range(width) if image.pixelColor(x, y).lightness() < 110]
    return (min(xs), max(xs)) if xs else (0, 0)
