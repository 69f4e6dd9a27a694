"""The PDF preview's tools: pages (previous, next, "3 / 12") and zoom (fit width, fit page,
in, out), driving a ``QPdfView``.

Keys: Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the width again (anywhere in the window while
a PDF is shown); Ctrl and the mouse wheel zoom too.  The zoom is a property of the view,
so it stays as chosen from one document to the next; :meth:`PdfTools.zoom_state` and
:meth:`PdfTools.set_zoom_state` let the window remember it between runs.

Signals: ``zoom_changed(str)`` with the new zoom state ("width", "page" or a factor).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QSpinBox, QToolBar, QWidget

from desktop.ui.icons import drawn_icon
from desktop.ui.tr import translate

# Zoom factors offered by Zoom in / Zoom out (1.0: the page at its printed size).
ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
FIT_WIDTH, FIT_PAGE = "width", "page"
_MODES = {FIT_WIDTH: QPdfView.ZoomMode.FitToWidth, FIT_PAGE: QPdfView.ZoomMode.FitInView}


class PdfTools(QToolBar):
    """Page and zoom tools for ``view`` (its document is set by whoever shows it)."""

    zoom_changed = Signal(str)

    def __init__(self, view: QPdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf-tools")
        self.view = view
        self.navigator = view.pageNavigator()
        self.page_box = QSpinBox(objectName="pdf-page", minimum=1, maximum=1)
        self.page_box.setKeyboardTracking(False)  # go when Enter is pressed, not per digit
        self.page_box.setAccessibleName(translate("PdfTools", "Page"))
        self.page_box.setToolTip(
            translate("PdfTools", "The page shown; type a page's number and press Enter")
        )
        self.zoom_label = QLabel(objectName="pdf-zoom")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("400 %") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._add_actions()
        self.navigator.currentPageChanged.connect(self._page_changed)
        self.page_box.valueChanged.connect(lambda number: self.go_to(number - 1))
        view.zoomModeChanged.connect(lambda _mode: self._zoom_shown())
        view.zoomFactorChanged.connect(lambda _factor: self._zoom_shown())
        view.viewport().installEventFilter(self)  # Ctrl + wheel
        self._zoom_shown()

    def _add_actions(self) -> None:
        self.previous_action = self._action(
            "page-previous", translate("PdfTools", "Previous page"), self.previous_page
        )
        self.addWidget(self.page_box)
        self.next_action = self._action(
            "page-next", translate("PdfTools", "Next page"), self.next_page
        )
        self.addSeparator()
        self.zoom_out_action = self._action(
            "zoom-out",
            translate("PdfTools", "Zoom out"),
            self.zoom_out,
            QKeySequence.StandardKey.ZoomOut,
        )
        self.addWidget(self.zoom_label)
        self.zoom_in_action = self._action(
            "zoom-in",
            translate("PdfTools", "Zoom in"),
            self.zoom_in,
            QKeySequence.StandardKey.ZoomIn,
            "Ctrl+=",
        )
        self.fit_width_action = self._action(
            "fit-width", translate("PdfTools", "Fit the page's width"), self.fit_width, "Ctrl+0"
        )
        self.fit_page_action = self._action(
            "fit-page", translate("PdfTools", "Fit the whole page"), self.fit_page
        )
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)

    def _action(
        self,
        icon: str,
        text: str,
        slot: Callable[[], None],
        keys: QKeySequence.StandardKey | str | None = None,
        more_keys: str = "",
    ) -> QAction:
        action = QAction(drawn_icon(icon), text, self)
        if keys is not None:
            main = (
                QKeySequence.keyBindings(keys)
                if isinstance(keys, QKeySequence.StandardKey)
                else [QKeySequence(keys)]
            )
            action.setShortcuts([*main, *([QKeySequence(more_keys)] if more_keys else [])])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            shown = main[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shown})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- pages ----------------------------------------------------------------------

    def document_loaded(self) -> None:
        """A document was loaded into the view: its pages are counted in the page box."""
        count = max(self.view.document().pageCount(), 1)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(count)
        self.page_box.setSuffix(f" / {count}")
        self.page_box.blockSignals(False)
        self._page_changed(self.navigator.currentPage())
        self._zoom_shown()

    def current_page(self) -> int:
        """The page in view (0-based): the one across the upper part of the view."""
        return self.navigator.currentPage()

    def go_to(self, page: int) -> None:
        """Show ``page`` (0-based) from its top."""
        count = self.view.document().pageCount() if self.view.document() else 0
        if not count:
            return
        target = max(0, min(page, count - 1))
        if target == self.navigator.currentPage():
            # The view scrolls only when the navigator's page changes; starting again
            # from the first page makes it scroll to the top of this one as well.
            self.navigator.clear()
            self.view.verticalScrollBar().setValue(0)
        self.navigator.jump(target, QPointF(0, 0), self.view.zoomFactor())

    def next_page(self) -> None:
        """Show the next page."""
        self.go_to(self.current_page() + 1)

    def previous_page(self) -> None:
        """Show the previous page."""
        self.go_to(self.current_page() - 1)

    def _page_changed(self, page: int) -> None:
        count = self.view.document().pageCount() if self.view.document() else 0
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < count - 1)

    # -- zoom -----------------------------------------------------------------------

    def zoom_state(self) -> str:
        """ "width", "page", or the zoom factor chosen (e.g. "1.25")."""
        for state, mode in _MODES.items():
            if self.view.zoomMode() == mode:
                return state
        return f"{self.view.zoomFactor():g}"

    def set_zoom_state(self, state: str) -> None:
        """Zoom as :meth:`zoom_state` said (anything unreadable: fit the width)."""
        if state in _MODES:
            self._set_mode(_MODES[state])
            return
        try:
            factor = float(state)
        except ValueError:
            factor = 0.0
        if ZOOMS[0] <= factor <= ZOOMS[-1]:
            self._set_factor(factor)
        else:
            self.fit_width()

    def fit_width(self) -> None:
        """Scale the pages to the view's width (the default)."""
        self._set_mode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        """Scale the pages so a whole page is in view."""
        self._set_mode(QPdfView.ZoomMode.FitInView)

    def zoom_in(self) -> None:
        """The next larger zoom factor than the one shown now."""
        now = self.effective_zoom()
        self._set_factor(next((z for z in ZOOMS if z > now * 1.01), ZOOMS[-1]))

    def zoom_out(self) -> None:
        """The next smaller zoom factor than the one shown now."""
        now = self.effective_zoom()
        self._set_factor(next((z for z in reversed(ZOOMS) if z < now * 0.99), ZOOMS[0]))

    def effective_zoom(self) -> float:
        """The zoom factor the pages are shown at, also when fitted to the view.

        QPdfView keeps ``zoomFactor`` unchanged while fitting; the fitted factor is
        worked out as it does (the widest page's size at the screen's resolution).
        """
        view, document = self.view, self.view.document()
        mode = view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or document is None or document.pageCount() == 0:
            return view.zoomFactor()
        page = document.pagePointSize(self.current_page()) * _resolution()
        margins, viewport = view.documentMargins(), view.viewport().size()
        wide = (viewport.width() - margins.left() - margins.right()) / max(page.width(), 1)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return wide
        high = (viewport.height() - view.pageSpacing()) / max(page.height(), 1)
        return min(wide, high)

    def _set_mode(self, mode: QPdfView.ZoomMode) -> None:
        self._keeping_place(lambda: self.view.setZoomMode(mode))

    def _set_factor(self, factor: float) -> None:
        def change() -> None:
            self.view.setZoomFactor(factor)
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)

        self._keeping_place(change)

    def _keeping_place(self, change: Callable[[], None]) -> None:
        """Make ``change`` to the zoom and keep the same part of the document in view."""
        bar = self.view.verticalScrollBar()
        place = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        change()
        bar.setValue(round(place * bar.maximum()))
        self.zoom_changed.emit(self.zoom_state())

    def _zoom_shown(self) -> None:
        mode = self.view.zoomMode()
        self.fit_width_action.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_action.setChecked(mode == QPdfView.ZoomMode.FitInView)
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)} %")
        self.zoom_in_action.setEnabled(self.effective_zoom() < ZOOMS[-1] * 0.99)
        self.zoom_out_action.setEnabled(self.effective_zoom() > ZOOMS[0] * 1.01)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl + wheel zooms the pages; the wheel alone scrolls as usual."""
        if event.type() == QEvent.Type.Resize:
            self._zoom_shown()  # a fitted zoom follows the view's size
        elif (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            steps = event.angleDelta().y()
            if steps > 0:
                self.zoom_in()
            elif steps < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)


def _resolution() -> float:
    """Pixels per point on the screen, as QPdfView reckons it."""
    return QGuiApplication.primaryScreen().logicalDotsPerInch() / 72.0
