"""The repeating parts of a case form: people, deadlines (tables) and notes.

:class:`RowsTable` is an editable table whose columns are text or a fixed choice, with
Add and Remove buttons; :class:`NotesEditor` lists the notes and edits the selected one,
with its confidential box.  Both emit ``changed()`` on every edit made by the user, and
neither checks what is typed: the case store does, and says what is wrong in words.  A date
cell's tooltip says what the date typed means — a Solar Hijri day as its Gregorian day, a
stored day in both calendars ("12 May 1990 (22 Sawr 1369)") — so the original calendar is
still to be seen after the store has converted it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.output.bidi import Direction
from desktop.ui.case_words import choice_box, choose, chosen
from desktop.ui.date_words import date_words
from desktop.ui.icons import drawn_icon
from desktop.ui.text_direction import DirectionDelegate, ParagraphsEdit
from desktop.ui.tr import translate
from index.cases.checks import full_date
from index.cases.model import DEADLINE_KINDS, RELATIONSHIPS, Deadline, Note, Person
from index.cases.partial_date import parsed_or_none


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RowsTable`: the value's key, its heading and its choices;
    ``describe`` turns a cell's text into its tooltip (what the date typed means)."""

    key: str
    title: str
    choices: tuple[str, ...] = ()  # a drop-down of these instead of free text
    hint: str = ""
    width: int = 110
    direction: Direction | None = None  # the values' own (names in Arabic script), if any
    describe: Callable[[str], str] | None = None


BIRTH_HINT = QT_TRANSLATE_NOOP(
    "CaseParts",
    "A full date (1990-05-12), a month (1990-05), a year (1990), about a year (about 1985), "
    "or Solar Hijri (1369-02-22, 1369)",
)
DAY_HINT = QT_TRANSLATE_NOOP(
    "CaseParts", "A day: 2025-03-01, or Solar Hijri (1403-12-11 or 11 Hut 1403)"
)


def described_birth(text: str) -> str:
    """What a typed birth date means, both calendars for a day: "12 May 1990 (22 Sawr 1369)"."""
    if not text.strip():
        return translate("CaseParts", BIRTH_HINT)
    known = parsed_or_none(text)
    return (
        known.in_both_calendars(date_words(translate))
        if known
        else translate("CaseParts", "Not a date yet. {hint}.").format(
            hint=translate("CaseParts", BIRTH_HINT)
        )
    )


def described_day(text: str) -> str:
    """What a typed deadline means: "27 January 2025 (8 Dalw 1403)"."""
    if not text.strip():
        return translate("CaseParts", DAY_HINT)
    day = full_date(text)
    known = parsed_or_none(day) if day else None
    return (
        known.in_both_calendars(date_words(translate))
        if known
        else translate("CaseParts", "Not a day yet. {hint}.").format(
            hint=translate("CaseParts", DAY_HINT)
        )
    )


PEOPLE_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("CaseParts", "Name (Latin script)"), width=170),
    Column(
        "name_native",
        QT_TRANSLATE_NOOP("CaseParts", "Name (Arabic script)"),
        width=150,
        direction="rtl",
    ),
    Column("relationship", QT_TRANSLATE_NOOP("CaseParts", "Relationship"), RELATIONSHIPS),
    Column(
        "birth_date",
        QT_TRANSLATE_NOOP("CaseParts", "Born"),
        hint=BIRTH_HINT,
        width=100,
        describe=described_birth,
    ),
    Column("nationality", QT_TRANSLATE_NOOP("CaseParts", "Nationality"), width=100),
    Column("tazkira", QT_TRANSLATE_NOOP("CaseParts", "Tazkira")),
    Column("passport", QT_TRANSLATE_NOOP("CaseParts", "Passport")),
    Column("a_number", QT_TRANSLATE_NOOP("CaseParts", "A-number")),
)
DEADLINE_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("CaseParts", "Kind"), DEADLINE_KINDS, width=130),
    Column(
        "date",
        QT_TRANSLATE_NOOP("CaseParts", "Date"),
        hint=DAY_HINT,
        width=100,
        describe=described_day,
    ),
    Column("note", QT_TRANSLATE_NOOP("CaseParts", "Note")),
)

# The Add and Remove buttons of each kind of row (whole phrases: word order differs).
_BUTTONS = {
    "person": (
        QT_TRANSLATE_NOOP("CaseParts", "Add person"),
        QT_TRANSLATE_NOOP("CaseParts", "Remove person"),
    ),
    "deadline": (
        QT_TRANSLATE_NOOP("CaseParts", "Add deadline"),
        QT_TRANSLATE_NOOP("CaseParts", "Remove deadline"),
    ),
}


class RowsTable(QWidget):
    """An editable table with Add and Remove buttons.  Signals: ``changed()``."""

    changed = Signal()

    def __init__(self, columns: Sequence[Column], noun: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setHorizontalHeaderLabels(
            [translate("CaseParts", c.title) for c in self.columns]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        self.table.setItemDelegate(DirectionDelegate(self.table))
        for number, column in enumerate(self.columns):
            self.table.setColumnWidth(number, column.width)
            if column.direction:
                delegate = DirectionDelegate(self.table, always=column.direction)
                self.table.setItemDelegateForColumn(number, delegate)
            if column.hint:
                self.table.horizontalHeaderItem(number).setToolTip(
                    translate("CaseParts", column.hint)
                )
        self.table.itemChanged.connect(self._edited)
        add, remove = _BUTTONS[noun]
        self.add_button = QPushButton(translate("CaseParts", add))
        self.remove_button = QPushButton(translate("CaseParts", remove))
        self.add_button.clicked.connect(lambda: self._add_by_hand())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_rows(self, rows: Sequence[Mapping[str, str]]) -> None:
        """Replace every row (no ``changed`` signal: this is not an edit)."""
        self.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self.add_row(row)
        self.blockSignals(False)

    def add_row(self, values: Mapping[str, str] | None = None) -> int:
        """Append a row (empty, or with ``values``); returns its number."""
        values = values or {}
        number = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(number)
        for col, column in enumerate(self.columns):
            text = str(values.get(column.key, "") or "")
            if column.choices:
                self.table.setCellWidget(number, col, self._choice(column, text))
            else:
                item = QTableWidgetItem(text)
                item.setToolTip(
                    column.describe(text)
                    if column.describe
                    else translate("CaseParts", column.hint)
                )
                self.table.setItem(number, col, item)
        self.table.blockSignals(False)
        return number

    def _edited(self, item: QTableWidgetItem) -> None:
        describe = self.columns[item.column()].describe
        if describe is not None:
            self.table.blockSignals(True)  # a tooltip is not an edit
            item.setToolTip(describe(item.text()))
            self.table.blockSignals(False)
        self.changed.emit()

    def set_text(self, row: int, key: str, text: str) -> None:
        """Put ``text`` in one cell (as if typed: emits ``changed``)."""
        col = [c.key for c in self.columns].index(key)
        widget = self.table.cellWidget(row, col)
        if isinstance(widget, QComboBox):
            choose(widget, text)
        else:
            self.table.item(row, col).setText(text)

    def rows(self) -> list[dict[str, str]]:
        """Every row as ``{key: text}``; rows left wholly empty are dropped."""
        found = []
        for row in range(self.table.rowCount()):
            values = {c.key: self._text(row, col, c) for col, c in enumerate(self.columns)}
            free = [values[c.key] for c in self.columns if not c.choices]
            if any(v.strip() for v in free):
                found.append(values)
        return found

    def remove_selected(self) -> None:
        """Remove the selected rows (or the current one)."""
        rows = {i.row() for i in self.table.selectedIndexes()} or {self.table.currentRow()}
        for row in sorted((r for r in rows if r >= 0), reverse=True):
            self.table.removeRow(row)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid editing."""
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers
        )
        for row in range(self.table.rowCount()):
            for col in range(len(self.columns)):
                widget = self.table.cellWidget(row, col)
                if widget is not None:
                    widget.setEnabled(not read_only)
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def _add_by_hand(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def _choice(self, column: Column, text: str) -> QComboBox:
        box = choice_box(column.choices)
        # An older spelling is kept (added to the list): the store says if it is wrong.
        choose(box, text or column.choices[0])
        box.currentTextChanged.connect(lambda _t: self.changed.emit())
        return box

    def _text(self, row: int, col: int, column: Column) -> str:
        if column.choices:
            widget = self.table.cellWidget(row, col)
            return chosen(widget) if isinstance(widget, QComboBox) else ""
        item = self.table.item(row, col)
        return item.text() if item is not None else ""


def people_rows(people: Sequence[Person]) -> list[dict[str, str]]:
    """People as table rows."""
    return [{c.key: getattr(p, c.key) for c in PEOPLE_COLUMNS} for p in people]


def deadline_rows(deadlines: Sequence[Deadline]) -> list[dict[str, str]]:
    """Deadlines as table rows."""
    return [{"kind": d.kind, "date": d.date, "note": d.note} for d in deadlines]


class NotesEditor(QWidget):
    """The case's notes: a list, and the selected note's text with its confidential box.

    Signals: ``changed()``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes: list[Note] = []
        self._read_only = False
        self.list = QListWidget()
        self.list.setMaximumHeight(130)
        self.list.setItemDelegate(DirectionDelegate(self.list))
        # Each row as wide as the list (a long note elided), so a Dari note's start shows.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = ParagraphsEdit(
            placeholder=translate("CaseParts", "Select a note, or choose Add note")
        )
        self.confidential = QCheckBox(
            translate("CaseParts", "Confidential: kept out of letters unless chosen")
        )
        self.add_button = QPushButton(translate("CaseParts", "Add note"))
        self.remove_button = QPushButton(translate("CaseParts", "Remove note"))
        buttons = QHBoxLayout()  # the box on a line of its own: the Cases dock is narrow
        for widget in (self.add_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.confidential)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._show_current)
        self.text.textChanged.connect(self._edited)
        self.confidential.toggled.connect(lambda _on: self._edited())
        self.add_button.clicked.connect(lambda: self.add_note())
        self.remove_button.clicked.connect(lambda: self.remove_current())
        self._show_current(-1)

    def set_notes(self, notes: Sequence[Note]) -> None:
        """Show ``notes`` (no ``changed`` signal)."""
        self.notes = list(notes)
        self.list.blockSignals(True)
        self.list.clear()
        for note in self.notes:
            self.list.addItem(_note_item(note))
        self.list.blockSignals(False)
        self.list.setCurrentRow(len(self.notes) - 1 if self.notes else -1)
        self._show_current(self.list.currentRow())

    def add_note(self, text: str = "", confidential: bool = False) -> None:
        """Add a note and select it for typing."""
        self.notes.append(Note(text, confidential))
        self.list.addItem(_note_item(self.notes[-1]))
        self.list.setCurrentRow(len(self.notes) - 1)
        self.text.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        """Remove the selected note."""
        row = self.list.currentRow()
        if 0 <= row < len(self.notes):
            del self.notes[row]
            self.list.takeItem(row)
            self._show_current(self.list.currentRow())
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid editing."""
        self.text.setReadOnly(read_only)
        for widget in (self.confidential, self.add_button, self.remove_button):
            widget.setEnabled(not read_only)
        self._read_only = read_only

    def _show_current(self, row: int) -> None:
        note = self.notes[row] if 0 <= row < len(self.notes) else None
        for widget in (self.text, self.confidential):
            widget.blockSignals(True)
        self.text.setPlainText(note.text if note else "")
        self.confidential.setChecked(bool(note and note.confidential))
        for widget in (self.text, self.confidential):
            widget.blockSignals(False)
        editable = note is not None and not self._read_only
        self.text.setEnabled(note is not None)
        self.confidential.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    def _edited(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.notes):
            return
        note = replace(
            self.notes[row],
            text=self.text.toPlainText(),
            confidential=self.confidential.isChecked(),
        )
        self.notes[row] = note
        _show_note(self.list.item(row), note)
        self.changed.emit()


def _note_item(note: Note) -> QListWidgetItem:
    item = QListWidgetItem()
    _show_note(item, note)
    return item


def _show_note(item: QListWidgetItem, note: Note) -> None:
    """The note's first line and when it was written; a drawn lock when confidential (a
    lock from a font is an empty box on a machine without an emoji font)."""
    first = (
        note.text.strip().splitlines()[0]
        if note.text.strip()
        else translate("CaseParts", "(empty note)")
    )
    when = f"  · {note.at[:16].replace('T', ' ')}" if note.at else ""
    item.setText(f"{first}{when}")
    item.setIcon(drawn_icon("lock") if note.confidential else QIcon())
    item.setToolTip(
        translate("CaseParts", "Confidential: kept out of letters unless chosen")
        if note.confidential
        else ""
    )
