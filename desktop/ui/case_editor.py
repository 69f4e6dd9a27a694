"""The form of one case: every field of :class:`~index.cases.model.Case`, in tabs.

The tabs are Case (number, pathway, priority, status, location, volunteer, protection
needs, what is confidential), People, Deadlines and Notes, each named with how many it
holds; the Cases view adds its Documents.  Tabs, not one long form: the case's main
fields fit a laptop screen beside the results without scrolling the whole form.

The form neither reads nor writes the archive: :meth:`CaseEditor.show_case` fills it,
:meth:`CaseEditor.case` reads it back as a ``Case``, and :meth:`CaseEditor.show_problems`
lists what the case store refused, in its words, above the tabs (wrapped, never cut
off).  Signals: ``changed()`` on every edit the user makes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.drafting.context import WITHHELD_WORDS
from desktop.ui.case_parts import (
    DEADLINE_COLUMNS,
    PEOPLE_COLUMNS,
    NotesEditor,
    RowsTable,
    deadline_rows,
    people_rows,
)
from desktop.ui.case_words import choice_box, choice_label, choose, chosen
from desktop.ui.tr import error_text, translate
from index.cases.model import (
    CONFIDENTIAL_FIELDS,
    NEEDS,
    PATHWAYS,
    PRIORITIES,
    STATUSES,
    Case,
    Deadline,
    Person,
)

CASE_ID_HINT = QT_TRANSLATE_NOOP("CaseEditor", "e.g. AFG-2024-00137")
# desktop.drafting.context.WITHHELD_WORDS, for lupdate (that module has no Qt).
_WITHHELD = (
    QT_TRANSLATE_NOOP("CaseEditor", "tazkira numbers"),
    QT_TRANSLATE_NOOP("CaseEditor", "passport numbers"),
    QT_TRANSLATE_NOOP("CaseEditor", "A-numbers"),
    QT_TRANSLATE_NOOP("CaseEditor", "dates of birth"),
    QT_TRANSLATE_NOOP("CaseEditor", "current location"),
    QT_TRANSLATE_NOOP("CaseEditor", "case notes"),
)


class CaseEditor(QWidget):
    """Every field of one case, editable unless the archive is open read-only."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case-editor")
        self.loaded: Case | None = None  # the case as it was shown (None for a new one)
        self.problems = QLabel(objectName="case-problems")
        self.problems.setWordWrap(True)
        self.problems.setContentsMargins(6, 4, 6, 4)  # off the dock's edges
        self.problems.setStyleSheet("color: #9b1c1c;")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        self.case_id = QLineEdit(
            placeholderText=translate("CaseEditor", CASE_ID_HINT), objectName="case-id"
        )
        self.people = RowsTable(PEOPLE_COLUMNS, "person")
        self.pathway = choice_box(("", *PATHWAYS))
        self.needs = QListWidget(objectName="case-needs")
        self.needs.setMaximumHeight(120)
        self.priority = choice_box(PRIORITIES)
        self.status = choice_box(STATUSES)
        self.location = QLineEdit()
        self.volunteer = QLineEdit()
        self.deadlines = RowsTable(DEADLINE_COLUMNS, "deadline")
        self.notes = NotesEditor()
        self.confidential = {
            key: QCheckBox(translate("CaseEditor", WITHHELD_WORDS[key]))
            for key in CONFIDENTIAL_FIELDS
        }
        self._lay_out()
        self._connect()
        self.show_case(None)

    def _lay_out(self) -> None:
        self.tabs = QTabWidget(objectName="case-tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._case_page(), translate("CaseEditor", "&Case"))
        for page in (self.people, self.deadlines, self.notes):
            self.tabs.addTab(page, "")
        self._count_on_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problems)
        layout.addWidget(self.tabs, 1)

    def _case_page(self) -> QWidget:
        secret_box = QWidget()
        grid = QGridLayout(secret_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for number, box in enumerate(self.confidential.values()):
            grid.addWidget(box, number // 2, number % 2)
        secret_box.setToolTip(
            translate(
                "CaseEditor", "What is ticked stays out of letters unless it is chosen there."
            )
        )
        page = QWidget()
        form = QFormLayout()
        rows = QVBoxLayout(page)
        rows.addLayout(form)
        rows.addStretch(1)  # the rows stay together at the top of a tall dock
        form.addRow(translate("CaseEditor", "Case &number"), self.case_id)
        form.addRow(translate("CaseEditor", "Pat&hway"), self.pathway)
        form.addRow(translate("CaseEditor", "P&riority"), self.priority)
        form.addRow(translate("CaseEditor", "&Status"), self.status)
        form.addRow(translate("CaseEditor", "&Location"), self.location)
        form.addRow(translate("CaseEditor", "&Volunteer"), self.volunteer)
        form.addRow(translate("CaseEditor", "Protection &needs"), self.needs)
        form.addRow(translate("CaseEditor", "Confidential"), secret_box)
        scroll = QScrollArea(objectName="case-page")  # scrolls only on a very short screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def add_page(self, page: QWidget, title: str) -> None:
        """Add a tab of the case's (the Cases view adds its documents)."""
        self.tabs.addTab(page, title)

    def set_tab_title(self, page: QWidget, title: str, count: int) -> None:
        """Name ``page``'s tab with how many it holds: "People (3)"."""
        self.tabs.setTabText(self.tabs.indexOf(page), f"{title} ({count})" if count else title)

    def _count_on_tabs(self) -> None:
        for page, title in (
            (self.people, translate("CaseEditor", "&People")),
            (self.deadlines, translate("CaseEditor", "&Deadlines")),
        ):
            self.set_tab_title(page, title, page.table.rowCount())
        self.set_tab_title(self.notes, translate("CaseEditor", "N&otes"), len(self.notes.notes))

    def _connect(self) -> None:
        for line in (self.case_id, self.location, self.volunteer):
            line.textEdited.connect(lambda _t: self.changed.emit())
        for box in (self.pathway, self.priority, self.status):
            box.activated.connect(lambda _i: self.changed.emit())
        for part in (self.people, self.deadlines, self.notes):
            part.changed.connect(self.changed.emit)
            part.changed.connect(self._count_on_tabs)
        self.needs.itemChanged.connect(lambda _item: self.changed.emit())
        for box in self.confidential.values():
            box.clicked.connect(lambda _on: self.changed.emit())

    # -- in and out -----------------------------------------------------------------

    def show_case(self, case: Case | None) -> None:
        """Fill the form with ``case``, or empty it for a new case (no ``changed`` signal)."""
        self.loaded = case
        shown = case or Case(id="")
        self.case_id.setText(shown.id)
        self.case_id.setReadOnly(case is not None)  # a case keeps its number
        self.people.set_rows(people_rows(shown.people))
        choose(self.pathway, shown.pathway)
        self._show_needs(shown.needs)
        choose(self.priority, shown.priority)
        choose(self.status, shown.status)
        self.location.setText(shown.location)
        self.volunteer.setText(shown.volunteer)
        self.deadlines.set_rows(deadline_rows(shown.deadlines))
        self.notes.set_notes(shown.notes)
        for key, box in self.confidential.items():
            box.setChecked(key in shown.confidential)
        self._count_on_tabs()
        self.show_problems(())

    def case(self) -> Case:
        """The case as the form has it now (not checked: the case store does that)."""
        kept = self.loaded or Case(id="")
        return Case(
            id=self.case_id.text().strip(),
            people=tuple(Person(**row) for row in self.people.rows()),
            location=self.location.text(),
            pathway=chosen(self.pathway),
            needs=tuple(self._checked_needs()),
            priority=chosen(self.priority),
            status=chosen(self.status),
            deadlines=tuple(Deadline(**row) for row in self.deadlines.rows()),
            volunteer=self.volunteer.text(),
            notes=tuple(self.notes.notes),
            confidential=tuple(k for k, box in self.confidential.items() if box.isChecked()),
            created_at=kept.created_at,
            updated_at=kept.updated_at,
        )

    def add_deadline(self, deadline: Deadline) -> None:
        """Add ``deadline`` to the Deadlines tab and show it (an edit: emits ``changed``)."""
        self.deadlines.add_row(
            {"kind": deadline.kind, "date": deadline.date, "note": deadline.note}
        )
        self.tabs.setCurrentWidget(self.deadlines)
        self.deadlines.changed.emit()

    def show_problems(self, problems: Sequence[str]) -> None:
        """List what is wrong above the form (nothing: hide the list)."""
        if not problems:
            self.problems.clear()
            self.problems.hide()
            return
        lines = "".join(f"<li>{_escape(error_text(p))}</li>" for p in problems)
        heading = _escape(translate("CaseEditor", "The case was not saved:"))
        self.problems.setText(f"<b>{heading}</b><ul>{lines}</ul>")
        self.problems.show()

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid editing (a read-only archive)."""
        for line in (self.location, self.volunteer):
            line.setReadOnly(read_only)
        self.case_id.setReadOnly(read_only or self.loaded is not None)
        for widget in (self.pathway, self.priority, self.status, *self.confidential.values()):
            widget.setEnabled(not read_only)
        self.needs.setEnabled(not read_only)
        self.people.set_read_only(read_only)
        self.deadlines.set_read_only(read_only)
        self.notes.set_read_only(read_only)

    # -- needs ----------------------------------------------------------------------

    def set_need(self, need: str, checked: bool = True) -> None:
        """Tick (or untick) one protection need, as a click would."""
        for row in range(self.needs.count()):
            item = self.needs.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == need:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _show_needs(self, needs: Sequence[str]) -> None:
        self.needs.blockSignals(True)
        self.needs.clear()
        for need in (*NEEDS, *(n for n in needs if n not in NEEDS)):  # free-text needs kept
            item = QListWidgetItem(choice_label(need), self.needs)
            item.setData(Qt.ItemDataRole.UserRole, need)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = need in needs
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.needs.blockSignals(False)

    def _checked_needs(self) -> list[str]:
        items = (self.needs.item(row) for row in range(self.needs.count()))
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
