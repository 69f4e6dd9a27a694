"""The window's cases, drafting and packets: the Cases dock, the Cases menu, "cite these".

:class:`CaseWork` wires :class:`CasesView`, :class:`DraftingDialog` and
:class:`PacketDialog` into a main window, so the window itself only creates it, asks it
before closing, and tells it when an ingest finished.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDockWidget

from desktop.ui.ask import DISCARD, SAVE, save_or_discard
from desktop.ui.cases_view import CasesView
from desktop.ui.drafting_jobs import case_of_hits, citations_from_hits
from desktop.ui.drafting_view import DraftingDialog
from desktop.ui.limits import limit
from desktop.ui.packet_view import PacketDialog
from desktop.ui.tr import translate
from index.search import Hit

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


LAST_TEMPLATE = "drafting/last-template"  # in the window's settings


class CaseWork(QObject):
    """The Cases dock and the drafting dialogs of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.cases = CasesView(window.session, window.errors)
        self.dock = QDockWidget(translate("CaseWork", "Cases"), window, objectName="cases-dock")
        self.dock.setWidget(self.cases)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # until asked for (View or Cases menu); the window remembers it
        window.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._close_when_saved = False  # the window waits for a save before it closes
        self.cases.case_saved.connect(lambda _case: self._saved_before_closing())
        self.cases.save_refused.connect(lambda: setattr(self, "_close_when_saved", False))
        self.cases.draft_requested.connect(self.open_drafting)
        self.cases.packet_requested.connect(self.open_packet)
        self._build_menu()

    def _build_menu(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(translate("CaseWork", "&Cases"))
        show = self.dock.toggleViewAction()
        show.setShortcut(QKeySequence("Ctrl+Shift+C"))
        menu.addAction(show)
        new = QAction(
            translate("CaseWork", "&New case…"), window, shortcut=QKeySequence.StandardKey.New
        )
        new.triggered.connect(self.new_case)
        draft = QAction(
            translate("CaseWork", "&Draft for this case…"), window, shortcut=QKeySequence("Ctrl+D")
        )
        draft.triggered.connect(lambda: self.cases.request_draft())
        cite = QAction(
            translate("CaseWork", "&Cite these in a draft…"),
            window,
            shortcut=QKeySequence("Ctrl+Shift+D"),
        )
        cite.triggered.connect(self.cite_these)
        link = QAction(
            translate("CaseWork", "&Link selected results to this case"), window, shortcut="Ctrl+L"
        )
        link.triggered.connect(self.link_selected)
        packet = QAction(
            translate("CaseWork", "Build a &packet for this case…"), window, shortcut="Ctrl+Shift+P"
        )
        packet.triggered.connect(lambda: self.cases.request_packet())
        gather = QAction(
            translate("CaseWork", "Put selected results in a pac&ket…"),
            window,
            shortcut="Ctrl+Alt+P",
        )
        gather.triggered.connect(self.packet_of_selected)
        for action in (new, link):
            limit(action, window.session, writes=True)
        for action in (new, draft, cite, link):
            menu.addAction(action)
        menu.addSeparator()
        for action in (packet, gather):
            limit(action, window.session, writes=True)
            menu.addAction(action)
        menu.setToolTipsVisible(True)
        for action in (cite, link, gather):  # also on the results' right-click menu
            window.results.addAction(action)
        window.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def new_case(self) -> None:
        """Show the Cases dock with an empty case to fill in."""
        self.dock.show()
        self.cases.new_case()

    def selected_hits(self) -> list[Hit]:
        """The selected results, or the current one."""
        results = self.window.results
        rows = sorted({index.row() for index in results.selectedIndexes()})
        hits = [results.hits[row] for row in rows if row < len(results.hits)]
        current = results.current_hit()
        return hits or ([current] if current else [])

    def cite_these(self) -> None:
        """Open a draft citing the selected results, for their case."""
        hits = self.selected_hits()
        if hits:
            case_id = case_of_hits(hits) or self.cases.shown_case_id()
            self.open_drafting(case_id, citations_from_hits(hits, self.window.search_box.text()))

    def link_selected(self) -> None:
        """Link the selected results to the case shown in the dock."""
        self.cases.link_documents([hit.id for hit in self.selected_hits()])

    def open_drafting(self, case_id: str, cites: list) -> None:
        """A drafting dialog for ``case_id`` citing ``cites`` (not modal)."""
        settings = self.window.settings
        dialog = DraftingDialog(
            self.window.session,
            self.window.errors,
            case_id,
            cites,
            parent=self.window,
            template=str(settings.value(LAST_TEMPLATE, "") or ""),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _kept: self.after_change())
        for used in (dialog.saved, dialog.printed):  # the next draft opens on it
            used.connect(lambda _r, d=dialog: settings.setValue(LAST_TEMPLATE, d.template_name))
        dialog.show()

    def packet_of_selected(self) -> None:
        """Open the Packet builder on the selected results, for their case."""
        hits = self.selected_hits()
        if hits:
            case_id = case_of_hits(hits) or self.cases.shown_case_id()
            self.open_packet(case_id, list(dict.fromkeys(hit.id for hit in hits)))

    def open_packet(self, case_id: str, doc_ids: list[int]) -> PacketDialog:
        """A Packet builder for ``case_id`` on ``doc_ids`` (all of the case's when empty)."""
        dialog = PacketDialog(
            self.window.session, self.window.errors, case_id, doc_ids, parent=self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.built.connect(lambda _kept: self.after_change())
        dialog.show()
        return dialog

    def after_change(self) -> None:
        """Documents or links changed (a draft kept, an ingest done): show it."""
        self.cases.refresh()
        self.window.refresh_sidebar()
        self.window.run_search()

    def close(self) -> bool:
        """Ask about an unsaved case, close the drafting dialogs; False when the user keeps
        unsaved work (or chose to save the case first: the window closes once it is saved)."""
        if not self._case_may_close():
            return False
        for dialog in self.window.findChildren(DraftingDialog):
            if not dialog.close():
                return False
        for dialog in self.window.findChildren(PacketDialog):
            dialog.close()  # a build still running is cancelled: nothing half-kept
        self.cases.closing = True  # results still on their way are dropped
        return True

    def _case_may_close(self) -> bool:
        """Save, discard or keep the case form's unsaved changes before the window closes."""
        cases = self.cases
        if not cases.dirty or self.window.session.read_only:
            return True
        self.dock.show()
        shown = cases.shown_case_id() or translate("CaseWork", "the new case")
        choice = save_or_discard(
            self.window,
            translate(
                "CaseWork", "The changes to {shown} are not saved. Save them before closing?"
            ).format(shown=shown),
        )
        if choice == DISCARD:
            cases.dirty = False
            return True
        if choice == SAVE:
            self._close_when_saved = True
            cases.save()
        return False

    def _saved_before_closing(self) -> None:
        if self._close_when_saved:
            self._close_when_saved = False
            self.window.close()
