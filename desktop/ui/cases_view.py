"""The Cases view: the list of cases with its filters, one case's form, and its documents.

Everything that reads or changes the archive runs on the session's lanes (reads on the
reads lane, saving and linking on the writes lane, one at a time); results come back to
the UI thread.  A case the store refuses stays in the form, with the store's reasons
listed above it in plain words.  In a read-only session nothing can be edited.

Signals:

- ``draft_requested(str, list)``: Draft… was chosen for a case (its number, and the ids
  of the documents selected in its list, to cite);
- ``packet_requested(str, list)``: Packet… was chosen (the same: the selected documents,
  or none for all of the case's);
- ``case_saved(object)``: a case was saved (the :class:`~index.cases.model.Case` as stored);
- ``cases_shown(list)``: the list was loaded again (the cases listed);
- ``case_shown(object)``: the form and documents show a case (``None``: a new case);
- ``documents_shown(list)``: the case's ``(Document, how)`` pairs were shown;
- ``suggestions_shown(list)``: the deadlines its documents suggest were offered (the
  :class:`~index.cases.suggestions.SuggestedDeadline` s not already in the form).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.ask import may_discard
from desktop.ui.case_documents import LinkedDocuments
from desktop.ui.case_editor import CaseEditor
from desktop.ui.case_list import SOON_DAYS, CaseList
from desktop.ui.case_suggestions import SuggestionBar
from desktop.ui.case_words import choice_label
from desktop.ui.errors import ErrorBoundary
from desktop.ui.guard import while_alive
from desktop.ui.session import Session
from desktop.ui.tr import error_text, translate
from index.archive import Archive
from index.cases.model import PRIORITIES, STATUSES, Case
from index.cases.suggestions import SuggestedDeadline
from index.errors import CaseConflict, CaseError

ANY = ""


class CasesView(QWidget):
    """Cases of the session's archive: list, filters, editor and linked documents."""

    draft_requested = Signal(str, list)
    packet_requested = Signal(str, list)
    case_saved = Signal(object)
    save_refused = Signal()
    cases_shown = Signal(list)
    case_shown = Signal(object)
    documents_shown = Signal(list)
    suggestions_shown = Signal(list)

    def __init__(
        self,
        session: Session,
        errors: ErrorBoundary,
        parent: QWidget | None = None,
        *,
        today: Callable[[], datetime.date] = datetime.date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cases-view")
        self.session, self.errors, self.today = session, errors, today
        self.closing = False
        self.dirty = False
        self._first_list = True  # the first list shown opens its first case
        self._list_generation = self._case_generation = 0
        self._after_save: SignalInstance | None = None  # asked for once the case is saved
        self._build()
        self._connect()
        self._set_editing()
        self.refresh()

    # -- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.status_filter = _filter(
            translate("CasesView", "Any status"), STATUSES, "case-status-filter"
        )
        self.priority_filter = _filter(
            translate("CasesView", "Any priority"), PRIORITIES, "case-priority-filter"
        )
        self.due_filter = QCheckBox(
            translate("CasesView", "Due within"), objectName="case-due-filter"
        )
        self.due_days = QSpinBox(
            minimum=0, maximum=3650, value=SOON_DAYS, suffix=translate("CasesView", " days")
        )
        self.list = CaseList()
        self.new_button = QPushButton(translate("CasesView", "&New case…"), objectName="new-case")
        self.editor = CaseEditor()
        self.suggestions = SuggestionBar()
        self.save_button = QPushButton(translate("CasesView", "&Save case"), objectName="save-case")
        self.draft_button = QPushButton(translate("CasesView", "&Draft…"), objectName="draft-case")
        self.draft_button.setToolTip(translate("CasesView", "Draft a letter or note for this case"))
        self.packet_button = QPushButton(
            translate("CasesView", "&Packet…"), objectName="packet-case"
        )
        self.packet_button.setToolTip(
            translate(
                "CasesView",
                "A briefing packet: cover, contents and the case's documents in one stamped PDF",
            )
        )
        self.reload_button = QPushButton(
            translate("CasesView", "&Reload case"), objectName="reload-case"
        )
        self.reload_button.setToolTip(
            translate("CasesView", "Show the case as it is saved now (your changes are dropped)")
        )
        self.reload_button.hide()  # offered when another window or command changed the case
        self.message = QLabel(objectName="case-message")
        self.message.setWordWrap(True)
        self.documents = LinkedDocuments()
        self.editor.add_page(self.documents, translate("CasesView", "Doc&uments"))
        # One above the other: the dock is narrow beside the results and preview, and a
        # case's form needs width more than height (its tabs hold the long parts).
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="cases-splitter")
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._case_side())
        splitter.setCollapsible(1, False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 510])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.session.read_only:
            banner = QLabel(
                translate("CasesView", "Read-only: {busy_message}").format(
                    busy_message=self.session.busy_message
                ),
                objectName="read-only",
            )
            banner.setWordWrap(True)
            layout.addWidget(banner)
        layout.addWidget(splitter)

    def _list_side(self) -> QWidget:
        filters = QHBoxLayout()
        for widget in (self.status_filter, self.priority_filter, self.due_filter, self.due_days):
            filters.addWidget(widget)
        filters.addStretch(1)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        return side

    def _case_side(self) -> QWidget:
        buttons = QHBoxLayout()
        for button in (self.save_button, self.draft_button, self.packet_button):
            buttons.addWidget(button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        return side

    def _connect(self) -> None:
        for box in (self.status_filter, self.priority_filter):
            box.currentIndexChanged.connect(lambda _i: self._reload_list())
        self.due_filter.toggled.connect(lambda _on: self._reload_list())
        self.due_days.valueChanged.connect(
            lambda _v: self.due_filter.isChecked() and self._reload_list()
        )
        self.list.chosen.connect(self.open_case)
        self.new_button.clicked.connect(lambda: self.new_case())
        self.save_button.clicked.connect(lambda: self.save())
        self.reload_button.clicked.connect(lambda: self.reload_case())
        self.draft_button.clicked.connect(lambda: self.request_draft())
        self.packet_button.clicked.connect(lambda: self.request_packet())
        self.editor.changed.connect(self._edited)
        self.suggestions.add_requested.connect(self._add_suggested)
        self.documents.link_requested.connect(lambda doc_id: self.link_documents([doc_id]))
        rows = self.documents.table.model()
        for changed in (rows.rowsInserted, rows.rowsRemoved):
            changed.connect(lambda *_: self._count_documents())
        self.documents.unlink_requested.connect(self.unlink_documents)

    def _count_documents(self) -> None:
        count = self.documents.table.rowCount()
        self.editor.set_tab_title(self.documents, translate("CasesView", "Doc&uments"), count)

    # -- the list -------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the list again with the current filters, and the shown case's documents
        (the form is left as it is: nothing typed is lost)."""
        self._reload_documents()
        self._reload_list()

    def _reload_list(self) -> None:
        self._list_generation += 1
        generation = self._list_generation
        status, priority = self.status_filter.currentData(), self.priority_filter.currentData()
        due = self.due_days.value() if self.due_filter.isChecked() else None
        today = self.today()

        def load(archive: Archive, _task: object) -> list[Case]:
            return archive.cases.list(status or None, priority or None, due, today)

        self.session.read(
            load,
            on_done=while_alive(self, lambda cases: self._show_list(generation, cases)),
            on_error=while_alive(self, self.errors.report),
        )

    def _show_list(self, generation: int, cases: list[Case]) -> None:
        if generation != self._list_generation:
            return  # the filters changed again since
        self.list.show_cases(cases, self.today(), keep=self.shown_case_id())
        if self._first_list and cases:
            self.list.select_case(cases[0].id)
        self._first_list = False
        self.cases_shown.emit(cases)

    def _reload_documents(self) -> None:
        case_id = self.shown_case_id()
        if not case_id:
            return
        self.session.read(
            lambda archive, _task: archive.cases.documents(case_id),
            on_done=while_alive(self, lambda docs: self._documents_again(case_id, docs)),
            on_error=while_alive(self, self.errors.report),
        )

    def _documents_again(self, case_id: str, documents: list) -> None:
        if case_id == self.shown_case_id():
            selected = self.documents.selected_ids()
            self.documents.show_documents(documents)
            self.documents.select_ids(selected)
            self.documents_shown.emit(documents)

    def shown_case_id(self) -> str:
        """The number of the case in the form ("" for a new case not saved yet)."""
        return self.editor.loaded.id if self.editor.loaded is not None else ""

    # -- one case -------------------------------------------------------------------

    def open_case(self, case_id: str) -> None:
        """Show case ``case_id`` in the form, with its documents."""
        if case_id == self.shown_case_id() and not self.dirty:
            return
        if self.dirty and not self.confirm_discard():
            self.list.blockSignals(True)
            self.list.select_case(self.shown_case_id())
            self.list.blockSignals(False)
            return
        self._case_generation += 1
        generation = self._case_generation

        def load(archive: Archive, _task: object) -> tuple[Case | None, list, list]:
            case = archive.cases.get(case_id)
            suggested = archive.cases.suggested_deadlines(case) if case else []
            return case, archive.cases.documents(case_id), suggested

        self.session.read(
            load,
            on_done=while_alive(self, lambda found: self._show_case(generation, *found)),
            on_error=while_alive(self, self.errors.report),
        )

    def _show_case(
        self, generation: int, case: Case | None, documents: list, suggested: list
    ) -> None:
        if generation != self._case_generation:
            return
        if case is None:
            self.message.setText(translate("CasesView", "That case is no longer in the archive."))
            self._reload_list()
            return
        self.editor.show_case(case)
        self.list.blockSignals(True)  # the list follows a case opened from elsewhere
        self.list.select_case(case.id)
        self.list.blockSignals(False)
        self.documents.show_documents(documents)
        self.documents.say("")
        self.dirty = False
        self.message.setText("")
        self.reload_button.hide()
        self._set_editing()
        self._offer(suggested)
        self.case_shown.emit(case)
        self.documents_shown.emit(documents)

    def reload_case(self) -> None:
        """Show the shown case as it is saved now, dropping the form's changes."""
        case_id = self.shown_case_id() or self.editor.case().id
        self.dirty = False
        self.editor.loaded = None  # shown again even though its number is the same
        self.open_case(case_id)

    def new_case(self) -> None:
        """Empty the form for a new case."""
        if self.dirty and not self.confirm_discard():
            return
        self._case_generation += 1  # a case still loading is not wanted any more
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentCell(-1, 0)
        self.list.blockSignals(False)
        self.editor.show_case(None)
        self.suggestions.offer(())
        self.documents.show_documents([])
        self.documents.say(translate("CasesView", "Save the case before linking documents to it."))
        self.dirty = False
        self.message.setText(
            translate("CasesView", "New case: fill in its number and people, then Save case.")
        )
        self._set_editing()
        self.editor.case_id.setFocus()
        self.case_shown.emit(None)

    def save(self) -> None:
        """Store the form's case on the writes lane; refusals are listed above the form."""
        if self.session.read_only:
            return
        case, base = self.editor.case(), self.editor.loaded
        self.save_button.setEnabled(False)
        self.message.setText(translate("CasesView", "Saving…"))

        def store(archive: Archive, _task: object) -> tuple[Case, list, list]:
            # Compared with the case as opened: another window's save is never overwritten.
            stored = archive.cases.save(case, base=base)
            suggested = archive.cases.suggested_deadlines(stored)
            return stored, archive.cases.documents(stored.id), suggested

        self.session.write(
            store,
            on_done=while_alive(self, lambda result: self._saved(*result)),
            on_error=while_alive(self, self._save_refused),
        )

    def _saved(self, case: Case, documents: list, suggested: list) -> None:
        self._case_generation += 1
        self.editor.show_case(case)
        self._offer(suggested)
        self.documents.show_documents(documents)
        self.documents.say("")
        self.dirty = False
        self._set_editing()
        self.message.setText(
            translate("CasesView", "Saved {case} at {time}.").format(
                case=case.id, time=f"{datetime.datetime.now():%H:%M}"
            )
        )
        self.case_saved.emit(case)
        self.documents_shown.emit(documents)
        self._reload_list()
        if self._after_save is not None:
            wanted, self._after_save = self._after_save, None
            self._request(wanted)

    def _save_refused(self, error: BaseException) -> None:
        self._after_save = None
        self.save_refused.emit()
        self.save_button.setEnabled(True)
        self.message.setText("")
        if isinstance(error, CaseConflict):
            self.message.setText(error_text(error))
            self.reload_button.show()
        elif isinstance(error, CaseError):
            self.editor.show_problems(error.problems)
        else:
            self.errors.report(error)

    def _edited(self) -> None:
        if not self.dirty:
            self.dirty = True
            self.message.setText(translate("CasesView", "Changed — not saved yet."))
        self._set_editing()

    def confirm_discard(self) -> bool:
        """Ask before unsaved changes are dropped; True to drop them."""
        return may_discard(
            self, translate("CasesView", "The changes to this case are not saved. Discard them?")
        )

    # -- documents and drafting -------------------------------------------------------

    def link_documents(self, doc_ids: list[int]) -> None:
        """Link documents to the case in the form, by hand (on the writes lane)."""
        self._change_links(doc_ids, link=True)

    def unlink_documents(self, doc_ids: list[int]) -> None:
        """Take documents out of the case in the form (on the writes lane)."""
        self._change_links(doc_ids, link=False)

    def _change_links(self, doc_ids: list[int], *, link: bool) -> None:
        case_id = self.shown_case_id()
        if not case_id or self.session.read_only or not doc_ids:
            return
        ids = list(doc_ids)

        def change(archive: Archive, _task: object) -> tuple[int, list, list]:
            store = archive.cases
            changed = sum((store.link if link else store.unlink)(case_id, doc_id) for doc_id in ids)
            stored = store.get(case_id)
            suggested = archive.cases.suggested_deadlines(stored) if stored else []
            return changed, store.documents(case_id), suggested

        self.session.write(
            change,
            on_done=while_alive(self, lambda result: self._links_changed(case_id, link, *result)),
            on_error=while_alive(self, self._link_refused),
        )

    def _links_changed(
        self, case_id: str, link: bool, changed: int, documents: list, suggested: list
    ) -> None:
        if case_id != self.shown_case_id():
            return
        self.documents.show_documents(documents)
        self._offer(suggested)
        if link:
            self.documents.say(
                translate("CasesView", "{changed} document(s) linked.").format(changed=changed)
                if changed
                else translate("CasesView", "Already linked.")
            )
        else:
            self.documents.say(
                translate("CasesView", "{changed} document(s) taken out of the case.").format(
                    changed=changed
                )
            )
        self.documents_shown.emit(documents)

    def _link_refused(self, error: BaseException) -> None:
        if isinstance(error, CaseError):
            self.documents.say(error_text(error), problem=True)
        else:
            self.errors.report(error)

    # -- deadlines the documents suggest ------------------------------------------------

    def _offer(self, suggested: list[SuggestedDeadline]) -> None:
        """Offer the suggestions whose deadline the form does not have yet."""
        offered = self.suggestions.offer(suggested, self.editor.case().deadlines)
        self.suggestions_shown.emit(offered)

    def _add_suggested(self, suggestion: SuggestedDeadline) -> None:
        self.editor.add_deadline(suggestion.deadline)

    def request_draft(self) -> None:
        """Ask for a draft of the case (saving unsaved changes first)."""
        self._request(self.draft_requested)

    def request_packet(self) -> None:
        """Ask for a packet of the case (saving unsaved changes first)."""
        self._request(self.packet_requested)

    def _request(self, signal: SignalInstance) -> None:
        case_id = self.shown_case_id()
        if not case_id:
            return
        if self.dirty and not self.session.read_only:
            self._after_save = signal
            self.save()
            return
        signal.emit(case_id, self.documents.selected_ids())

    # -- state ----------------------------------------------------------------------

    def _set_editing(self) -> None:
        writable = not self.session.read_only
        saved = self.editor.loaded is not None
        self.editor.set_read_only(not writable)
        self.new_button.setEnabled(writable)
        self.save_button.setEnabled(writable and (self.dirty or not saved))
        self.draft_button.setEnabled(saved)
        self.packet_button.setEnabled(saved)
        if not writable:
            self.save_button.setToolTip(self.session.busy_message)
        self.documents.set_editable(writable and saved)
        self.suggestions.set_editable(writable)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Results still on their way are dropped once the view is closed."""
        self.closing = True
        super().closeEvent(event)


def _filter(anything: str, choices: tuple[str, ...], name: str) -> QComboBox:
    box = QComboBox(objectName=name)
    box.addItem(anything, ANY)
    for choice in choices:
        box.addItem(choice_label(choice).capitalize(), choice)
    return box
