"""The main window: search as you type, results, facets, preview, details, problems.

All archive work runs on the session's lanes (never on the UI thread); results come
back as signals.  Keyboard: Ctrl+F search, arrows move through results, Enter opens
the original, Ctrl+O adds files, Ctrl+Shift+O adds a folder, Ctrl+S saves the search,
Ctrl+Alt+O opens another archive.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import digits
from desktop.ocr_words import problems_with_scans
from desktop.operations.documents import DocumentDetails
from desktop.ui import about, loading, window_layout, window_state
from desktop.ui.case_work import CaseWork
from desktop.ui.details import DetailsPane
from desktop.ui.errors import ErrorBoundary
from desktop.ui.facets import FacetsView
from desktop.ui.file_actions import ImportAndBackup
from desktop.ui.icon import app_icon
from desktop.ui.ingest_bar import IngestBar
from desktop.ui.language_menu import LanguageMenu
from desktop.ui.office_dialog import OfficeDialog
from desktop.ui.preview import Preview
from desktop.ui.problems import ProblemsPanel
from desktop.ui.recent import RecentMenu, ask_for_archive
from desktop.ui.results_view import ResultsView
from desktop.ui.session import Session
from desktop.ui.tidy import IndexTidier
from desktop.ui.tr import translate
from desktop.ui.workers import Task
from index.ingest.pipeline import IngestOptions
from index.search import Hit, SearchResult

SEARCH_DELAY_MS = 250
ZOOM_KEY = "preview/zoom"  # the PDF preview's zoom, remembered between runs
# Ctrl+Shift+O was taken first by Add folder…, and a shared shortcut fires neither action.
OPEN_ARCHIVE_KEYS = QKeySequence("Ctrl+Alt+O")


class MainWindow(QMainWindow):
    """One window on one archive.

    Signals: ``document_shown(Hit)`` once the preview and details show a hit;
    ``results_shown(SearchResult)`` once a search's results are listed;
    ``archive_chosen(Path)`` when the user asks to open another archive (whoever made the
    window opens it); ``closed()`` once the window has closed and let go of its archive.
    """

    document_shown = Signal(object)
    results_shown = Signal(object)
    archive_chosen = Signal(object)
    closed = Signal()

    def __init__(self, session: Session, settings: QSettings) -> None:
        super().__init__()
        self.session, self.settings = session, settings
        self.errors = ErrorBoundary(session.root / "logs", self)
        self.setWindowTitle(translate("MainWindow", "CaseDesk — {root}").format(root=session.root))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self._generation = self._shown_generation = self._counted_generation = 0
        self._counting: Task | None = None
        self.last_result: SearchResult | None = None
        self.shown_hit: Hit | None = None
        self._closing = False
        self._document_shown: tuple[int, Hit] | None = None
        self._build_widgets()
        self._build_actions()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _t: self._timer.start())
        self._remembered = window_state.restore(self, self.splitter, self.settings)
        self._shown_once = False
        # A Cases dock remembered open keeps its width; opened for the first time, the
        # room is shared out for it.
        self._dock_planned = self._remembered and not self.case_work.dock.isHidden()
        self.preview.tools.set_zoom_state(str(self.settings.value(ZOOM_KEY, "width")))
        self.tidier = IndexTidier(session, self.statusBar(), self)
        self.tidier.schedule()
        session.waiting.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        session.changed.connect(self._changed_elsewhere)
        self.refresh_sidebar()
        self.run_search()

    # -- layout -------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search_box = QLineEdit(
            placeholderText=translate(
                "MainWindow", "Search: names, case numbers, words, type:form…"
            )
        )
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("search-status")
        self.results = ResultsView()
        self.facets = FacetsView()
        self.saved = QListWidget(objectName="saved-searches")
        self.preview, self.details = Preview(), DetailsPane(self.session)
        self.tabs = QTabWidget(objectName="document-tabs")
        self.tabs.addTab(self.preview, translate("MainWindow", "Preview"))
        self.tabs.addTab(self.details, translate("MainWindow", "Details"))
        self.splitter = self._splitter()
        central = QWidget()
        layout = QVBoxLayout(central)
        if self.session.read_only:
            banner = QLabel(
                translate("MainWindow", "Read-only: {busy_message}").format(
                    busy_message=self.session.busy_message
                ),
                objectName="read-only",
            )
            banner.setWordWrap(True)
            layout.addWidget(banner)
        layout.addWidget(self.search_box)
        layout.addWidget(self.status_label)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.problems = ProblemsPanel()
        self.problems_dock = QDockWidget(
            translate("MainWindow", "Problems"), self, objectName="problems-dock"
        )
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        # The Cases dock on the right runs the window's full height; Problems sit under
        # the search only.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.ingest_bar = IngestBar(self)
        self.statusBar().addPermanentWidget(self.ingest_bar)
        self._connect()

    def _splitter(self) -> QSplitter:
        sidebar = QSplitter(Qt.Orientation.Vertical)
        for title, widget in (
            (translate("MainWindow", "Saved searches"), self.saved),
            (translate("MainWindow", "Filters"), self.facets),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(f"<b>{title}</b>"))
            box_layout.addWidget(widget)
            sidebar.addWidget(box)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="main-splitter")
        for widget in (sidebar, self.results, self.tabs):
            splitter.addWidget(widget)
        self.results.setMinimumSize(
            window_layout.HARD_MIN_RESULTS, window_layout.MIN_RESULTS_HEIGHT
        )
        self.tabs.setMinimumWidth(window_layout.HARD_MIN_DOCUMENT)
        splitter.setCollapsible(1, False)  # only the sidebar folds away
        splitter.setCollapsible(2, False)
        shares = window_layout.plan(1280, dock_open=False)  # shared out again once shown
        splitter.setSizes([shares.sidebar, shares.results, shares.document])
        splitter.splitterMoved.connect(lambda _pos, _i: self._sidebar_shown())
        return splitter

    def _connect(self) -> None:
        self.results.chosen.connect(self.show_document)
        self.results.opened.connect(self.open_original)
        self.facets.picked.connect(self.narrow)
        self.saved.itemActivated.connect(lambda item: self.search_box.setText(item.toolTip()))
        self.saved.itemClicked.connect(lambda item: self.search_box.setText(item.toolTip()))
        self.problems.password_given.connect(
            lambda path, pw: self.add([Path(path)], passwords=(pw,))
        )
        self.problems.retry.connect(lambda path: self.add([Path(path)], retry=True))
        self.details.edited.connect(self._document_edited)
        self.details.failed.connect(self._failed)

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self._build_archive_actions(menu)
        for text, keys, slot in (
            (
                translate("MainWindow", "&Add files…"),
                QKeySequence.StandardKey.Open,
                self.choose_files,
            ),
            (
                translate("MainWindow", "Add &folder…"),
                QKeySequence("Ctrl+Shift+O"),
                self.choose_folder,
            ),
            (
                translate("MainWindow", "&Save this search…"),
                QKeySequence.StandardKey.Save,
                self.save_search,
            ),
            (
                translate("MainWindow", "Office &details…"),
                QKeySequence(),
                self.open_office,
            ),
            (translate("MainWindow", "&Quit"), QKeySequence("Ctrl+Q"), self.close),
        ):
            action = QAction(text, self, shortcut=keys, triggered=lambda _c=False, s=slot: s())
            action.setEnabled(
                not (self.session.read_only and slot in (self.choose_files, self.choose_folder))
            )
            menu.addAction(action)
        self.import_and_backup = ImportAndBackup(self, menu)
        find = QAction(
            translate("MainWindow", "Find"), self, shortcut=QKeySequence.StandardKey.Find
        )
        find.triggered.connect(lambda: (self.search_box.setFocus(), self.search_box.selectAll()))
        self.addAction(find)
        view = self.menuBar().addMenu(translate("MainWindow", "&View"))
        self.sidebar_action = QAction(
            translate("MainWindow", "Saved searches and &filters"), self, checkable=True
        )
        self.sidebar_action.toggled.connect(self.show_sidebar)
        view.addAction(self.sidebar_action)
        view.addAction(self.problems_dock.toggleViewAction())
        self.case_work = CaseWork(self)
        view.addAction(self.case_work.dock.toggleViewAction())
        self.case_work.dock.visibilityChanged.connect(
            lambda shown: shown and QTimer.singleShot(0, self, self._cases_shown)
        )
        settings_menu = self.menuBar().addMenu(translate("MainWindow", "&Settings"))
        self.language_menu = LanguageMenu(self.settings, self)
        settings_menu.addMenu(self.language_menu)
        self.digits_action = QAction(
            translate("MainWindow", "Persian &digits (۱۲۳) in Dari and Pashto"),
            self,
            checkable=True,
            checked=self.settings.value(digits.DIGITS_KEY, digits.LATIN) == digits.PERSIAN,
        )
        self.digits_action.setObjectName("persian-digits")
        self.digits_action.toggled.connect(self.use_persian_digits)
        settings_menu.addAction(self.digits_action)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(
            QAction(
                translate("MainWindow", "&About CaseDesk"), self, triggered=lambda: about.show(self)
            )
        )
        help_menu.addAction(
            QAction(
                translate("MainWindow", "&Search help"),
                self,
                triggered=lambda: about.show_search_help(self),
            )
        )

    def open_office(self) -> OfficeDialog:
        """File ▸ Office details…: the office's details and letterhead (not modal)."""
        dialog = OfficeDialog(self.session, self.errors, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _build_archive_actions(self, menu: QMenu) -> None:
        """File ▸ Open archive… and File ▸ Recent archives."""
        open_archive = QAction(
            translate("MainWindow", "&Open archive…"), self, shortcut=OPEN_ARCHIVE_KEYS
        )
        open_archive.triggered.connect(lambda: self.choose_archive())
        menu.addAction(open_archive)
        self.recent_menu = RecentMenu(self.settings, self.session.root, menu)
        self.recent_menu.chosen.connect(self.archive_chosen.emit)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()

    def choose_archive(self) -> None:
        """Ask for another archive's folder; the window's maker opens it."""
        root = ask_for_archive(self)
        if root is not None:
            self.archive_chosen.emit(root)

    # -- searching ----------------------------------------------------------------------

    def run_search(self) -> None:
        """Search for the box's text on the reads lane; newer searches win."""
        if self._closing:
            return
        self._generation += 1
        generation, text = self._generation, self.search_box.text()
        self.session.read(
            lambda archive, _task: loading.search(archive, text),
            on_done=lambda result: self._show_result(generation, result),
            on_error=self._failed,
        )

    def _show_result(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self._shown_generation = generation
        self.last_result = result
        self.results.show_hits(list(result.hits))
        self.facets.setEnabled(False)  # the old counts stay, greyed, until the new ones come
        self._show_status(result)
        if not result.hits:
            self.preview.clear()
            self.details.show_details(None)
        self.results_shown.emit(result)
        if self._counting is not None:
            self._counting.cancel()  # counts for an older query are not wanted any more
        text = self.search_box.text()
        self._counting = self.session.read(
            lambda archive, task: None if task.cancelled else loading.tally(archive, text),
            on_done=lambda counts: self._show_counts(generation, counts),
            on_error=self._failed,
        )

    def _show_counts(self, generation: int, counts: tuple[int, dict] | None) -> None:
        """Show the exact total and the facet counts of the search shown."""
        if self._closing or counts is None or generation != self._shown_generation:
            return
        total, facets = counts
        self._counted_generation = generation
        self.last_result = replace(self.last_result, total=total, facets=facets, exact=True)
        self.facets.show_facets(facets)
        self.facets.setEnabled(True)
        self._show_status(self.last_result)

    def use_persian_digits(self, persian: bool) -> None:
        """Show numbers in Persian digits (in Dari and Pashto) from now on, and remember."""
        self.settings.setValue(digits.DIGITS_KEY, digits.PERSIAN if persian else digits.LATIN)
        digits.want(persian)
        self.results.rewrite()
        if self.last_result is not None:
            self._show_status(self.last_result)

    def _show_status(self, result: SearchResult) -> None:
        shown = digits.number(result.total)
        total = (
            translate("MainWindow", "{total} document(s)").format(total=shown)
            if result.exact
            else translate("MainWindow", "{total}+ documents").format(total=shown)
        )
        notes = [total] + [translate("MainWindow", "note: {n}").format(n=n) for n in result.ignored]
        if result.suggestion:
            notes.append(
                translate("MainWindow", "did you mean: {suggestion}").format(
                    suggestion=result.suggestion
                )
            )
        if not result.exact:
            notes.append(translate("MainWindow", "counting…"))
        self.status_label.setText(" · ".join(notes))

    @property
    def searching(self) -> bool:
        """True while a typed search, or its counts, have not yet been shown."""
        return (
            self._timer.isActive()
            or self._shown_generation != self._generation
            or self._counted_generation != self._generation
        )

    def narrow(self, term: str) -> None:
        """Add a facet's term to the query."""
        text = self.search_box.text().strip()
        if term not in text.split():
            self.search_box.setText(f"{text} {term}".strip())
        self._timer.stop()
        self.run_search()

    def show_document(self, hit: Hit) -> None:
        """Load the hit's details and preview on the reads lane."""
        if self._closing:
            return
        marks = self.last_result.marks if self.last_result else None
        generation = self._shown_generation
        self.session.read(
            lambda archive, _task: loading.document_view(archive, hit, marks),
            on_done=lambda view: self._show_view(generation, hit, view),
            on_error=self._failed,
        )

    @property
    def loading_document(self) -> bool:
        """True while the current hit's preview is not shown yet."""
        current = self.results.current_hit()
        return current is not None and self._document_shown != (self._shown_generation, current)

    def _show_view(self, generation: int, hit: Hit, view: loading.DocumentView) -> None:
        if generation != self._shown_generation or self.results.current_hit() != hit:
            return  # the user has moved on
        self.details.show_details(view.details)
        is_pdf = view.details.document.format == "pdf" and view.original.is_file()
        if view.scan is not None:
            self.preview.show_scan(view.scan)
        elif not (is_pdf and self.preview.show_pdf(view.original, hit.page or 1, view.words)):
            marks = self.last_result.marks if self.last_result else None
            self.preview.show_text(view.pages, hit.page, marks)
        self.shown_hit = hit
        self._document_shown = (generation, hit)
        self.document_shown.emit(hit)

    def _document_edited(self, details: DocumentDetails) -> None:
        """A title or date changed in Details: its results row and the cases show it."""
        doc = details.document
        hit = self.results.retitle(doc.id, doc.title, doc.date)
        current = self.results.current_hit()
        if hit is not None and current is not None and current.id == doc.id:
            self.shown_hit = hit
            self._document_shown = (self._shown_generation, hit)
        self.case_work.cases.refresh()

    def open_original(self, hit: Hit) -> None:
        """Open the original in the system's viewer (a read-only copy with its own name)."""
        if self._closing:
            return
        self.session.read(
            lambda archive, _task: loading.viewable_copy(archive, hit.id),
            on_done=loading.open_in_system_viewer,
            on_error=self._failed,
        )

    def save_search(self) -> None:
        """Save the current query under a name."""
        text = self.search_box.text().strip()
        if not text or self.session.read_only:
            return
        name, ok = QInputDialog.getText(
            self,
            translate("MainWindow", "Save search"),
            translate("MainWindow", "Name for this search:"),
        )
        if ok and name.strip():
            self.store_search(name.strip(), text)

    def store_search(self, name: str, text: str) -> None:
        """Save ``text`` as ``name`` on the writes lane."""
        if self._closing:
            return
        self.session.write(
            lambda archive, _task: archive.catalog.save_search(name, text),
            on_done=lambda _r: self.refresh_sidebar(),
            on_error=self._failed,
        )

    def refresh_sidebar(self) -> None:
        """Reload saved searches and problems."""
        if self._closing:
            return
        self.session.read(
            lambda archive, _task: (
                archive.catalog.saved_searches(),
                problems_with_scans(archive.documents),
            ),
            on_done=self._show_sidebar,
            on_error=self._failed,
        )

    def _show_sidebar(self, loaded: tuple[list[tuple[str, str]], list]) -> None:
        saved, problems = loaded
        self.saved.clear()
        for name, query in saved:
            self.saved.addItem(name)
            self.saved.item(self.saved.count() - 1).setToolTip(query)
        self.problems.show_problems(problems)
        self.problems_dock.setWindowTitle(
            translate("MainWindow", "Problems ({problems_count})").format(
                problems_count=digits.number(len(problems))
            )
        )

    # -- adding documents -------------------------------------------------------------

    def choose_files(self) -> None:
        """Ask for files to add."""
        names, _ = QFileDialog.getOpenFileNames(
            self, translate("MainWindow", "Add files to the archive")
        )
        if names:
            self.add([Path(n) for n in names])

    def choose_folder(self) -> None:
        """Ask for a folder to add."""
        folder = QFileDialog.getExistingDirectory(
            self, translate("MainWindow", "Add a folder to the archive")
        )
        if folder:
            self.add([Path(folder)])

    def add(self, paths: list[Path], passwords: tuple[str, ...] = (), retry: bool = False) -> None:
        """Ingest ``paths`` in the background with progress and Cancel."""
        if self.session.read_only:
            self.errors.report(loading.read_only_error(self.session))
            return
        options = IngestOptions(passwords=passwords, retry=retry)
        task = self.session.write_in_child(
            lambda handover, task: loading.ingest(handover, paths, options, task),
            doing="adding files",
            on_progress=self.ingest_bar.show_progress,
            on_done=self._ingest_done,
            on_error=self._ingest_failed,
        )
        self.ingest_bar.started(task)

    def _ingest_done(self, summary: object) -> None:
        self.ingest_bar.finished(summary)
        if self._closing:
            return
        self.tidier.schedule()
        self.statusBar().showMessage(loading.summary_line(summary), 15_000)
        self.case_work.after_change()

    def _changed_elsewhere(self) -> None:
        """Another window or command changed the archive: show the lists as they are now."""
        if not self._closing:
            self.case_work.after_change()

    def _ingest_failed(self, error: BaseException) -> None:
        self.ingest_bar.finished(None)
        self._failed(error)
        if not self._closing:
            self.refresh_sidebar()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files and folders dragged onto the window."""
        if event.mimeData().hasUrls() and not self.session.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Add what was dropped."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add(paths)

    def _failed(self, error: BaseException) -> None:
        """A background task failed: tell the user, unless the window is closing."""
        if not self._closing:
            self.errors.report(error)

    # -- window state -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: share out the room (nothing remembered, or a remembered
        layout that squeezes the results)."""
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self, self._first_layout)  # once the layout is done

    def _first_layout(self) -> None:
        if self._remembered:
            self.keep_results_readable()
        else:
            self.share_out()

    def share_out(self) -> None:
        """Share the room among the parts as :mod:`~desktop.ui.window_layout` plans."""
        window_layout.share_out(self, self.splitter, self.case_work.dock, self.problems_dock)
        self._sidebar_shown()

    def _cases_shown(self) -> None:
        if self._closing:
            return
        if not self._dock_planned:
            self._dock_planned = True
            self.share_out()
        else:
            self.keep_results_readable()

    def keep_results_readable(self) -> None:
        """Share the room out again if the results column is squeezed."""
        if not self._closing and window_layout.squeezed(self.results, self):
            self.share_out()

    def show_sidebar(self, shown: bool) -> None:
        """Show (or fold away) the saved searches and filters on the left."""
        sizes = self.splitter.sizes()
        if shown != (sizes[0] > 0):
            self.splitter.setSizes(window_layout.sidebar_sizes(sizes, shown))
        self._sidebar_shown()

    def _sidebar_shown(self) -> None:
        self.sidebar_action.blockSignals(True)
        self.sidebar_action.setChecked(self.splitter.sizes()[0] > 0)
        self.sidebar_action.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window, stop background work, close the archive."""
        if not self.case_work.close():
            event.ignore()  # the user kept a draft's unsaved typing
            return
        self._closing = True  # results still on their way are dropped
        self.settings.setValue(ZOOM_KEY, self.preview.tools.zoom_state())
        window_state.save(self, self.splitter, self.settings)
        self._timer.stop()
        self.tidier.stop()
        self.ingest_bar.cancel()
        self.import_and_backup.close()
        self.session.close()
        loading.clear_viewing_copies(self.session.root)
        super().closeEvent(event)
        self.closed.emit()
