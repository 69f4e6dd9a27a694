"""The results list: one row per hit with title, kind, case, date, page and snippet.

Rows are painted by a delegate from their rich text, only when they are on screen, and
all rows have the same height — so listing a search's hits costs the UI thread about a
millisecond, not a widget per row (which took 70-110 ms for 50 rows).

Each row starts with the drawn icon of the document's kind (:mod:`desktop.ui.icons`)
in a column of its own, the text beside it.

Signals: ``chosen(Hit)`` when the current row changes; ``opened(Hit)`` on Enter or a
double click.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop import digits
from desktop.output.bidi import direction
from desktop.ui.case_words import kind_label
from desktop.ui.icons import paint_kind
from desktop.ui.text_direction import latin_run
from desktop.ui.tr import translate
from index.search import Hit


def hit_html(hit: Hit) -> str:
    """The rich-text row for one hit: title, details and snippet, each a block in its own
    direction (a Dari title or snippet right to left and right-aligned, by its first
    strong character; the details are English words and numbers)."""
    meta = " · ".join(
        x
        for x in (
            kind_label(hit.kind),
            ", ".join(hit.cases),
            latin_run(digits.number(hit.date)),
            translate("ResultsView", "page {page}").format(page=digits.number(hit.page))
            if hit.page
            else "",
        )
        if x
    )
    snippet = hit.snippets[0] if hit.snippets else ""
    way = direction(html.unescape(_TAG.sub("", snippet)))
    snippet = snippet.replace("<mark>", "<b style='background:#fff2a8'>").replace("</mark>", "</b>")
    return (
        f"<div dir='{direction(hit.title)}'><b>{_escape(hit.title)}</b></div>"
        f"<div dir='{_interface_direction()}'><span style='color:#555'>{_escape(meta)}</span></div>"
        f"<div dir='{way}'><span style='color:#222'>{snippet}</span></div>"
    )


def _interface_direction() -> str:
    """The details line reads in the interface's direction (its kind is translated)."""
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "rtl" if right_to_left else "ltr"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_TAG = re.compile(r"<[^>]*>")
_HTML_ROLE = Qt.ItemDataRole.UserRole + 1
_KIND_ROLE = Qt.ItemDataRole.UserRole + 2
_MARGIN = 5
ICON_SIZE = 18
_GUTTER = ICON_SIZE + _MARGIN  # the icon's column; the text adds its own margin


def _sample_row() -> str:
    """A row with the title, details and two snippet lines, to measure the row height."""
    hit = Hit(
        0,
        translate("ResultsView", "Title"),
        "note",
        (),
        "",
        0.0,
        "",
        0,
        ("Snippet<br>snippet",),
    )
    return hit_html(hit)


class _RowPainter(QStyledItemDelegate):
    """Paints a row's rich text over the usual item background and selection."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._document = QTextDocument(self)
        self._document.setDocumentMargin(_MARGIN)
        self._heights: dict[str, int] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        rect = option.rect  # type: ignore[attr-defined]
        top = rect.top() + _MARGIN + 1  # beside the title's first line
        paint_kind(
            painter,
            index.data(_KIND_ROLE) or "",
            QRectF(rect.left() + _MARGIN, top, ICON_SIZE, ICON_SIZE),
        )
        self._document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        self._document.setHtml(index.data(_HTML_ROLE) or "")  # clipped to the row below
        self._document.setTextWidth(rect.width() - _GUTTER)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            highlighted = option.palette.color(QPalette.ColorRole.HighlightedText)  # type: ignore[attr-defined]
            context.palette.setColor(QPalette.ColorRole.Text, highlighted)
        painter.save()
        painter.translate(rect.left() + _GUTTER, rect.top())
        height = _whole_lines(self._document, rect.height() - _MARGIN)
        painter.setClipRect(0, 0, rect.width() - _GUTTER, height)  # no part-lines
        self._document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        font = option.font  # type: ignore[attr-defined]
        key = font.key()
        if key not in self._heights:  # the height of a row's four lines in this font
            sample = QTextDocument()
            sample.setDocumentMargin(_MARGIN)
            sample.setDefaultFont(font)
            sample.setHtml(_SAMPLE_ROW)
            self._heights[key] = int(sample.size().height())
        return QSize(200, self._heights[key])


_SAMPLE_ROW = _sample_row()


def _whole_lines(document: QTextDocument, room: float) -> int:
    """The height of the lines of ``document`` that fit whole in ``room`` (a snippet can wrap
    onto a line the row has no room for; no sliver of it is drawn)."""
    bottom = 0.0
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        top = layout.position().y()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            end = top + line.y() + line.height()
            if end > room:
                return int(bottom)
            bottom = end
        block = block.next()
    return int(room)


class ResultsView(QListWidget):
    """The hits of the current search."""

    chosen = Signal(object)
    opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(True)
        self.setItemDelegate(_RowPainter(self))
        self.setAccessibleName(translate("ResultsView", "Search results"))
        self.hits: list[Hit] = []
        self.currentRowChanged.connect(self._row_changed)
        self.itemDoubleClicked.connect(lambda _item: self._open_current())

    def show_hits(self, hits: list[Hit]) -> None:
        """Replace the rows with ``hits``; the first becomes current."""
        self.blockSignals(True)
        self.clear()
        self.hits = list(hits)
        for hit in self.hits:
            item = QListWidgetItem(hit.title, self)  # the plain title: type-ahead, screen readers
            item.setData(_HTML_ROLE, hit_html(hit))
            item.setData(_KIND_ROLE, hit.kind)
            item.setToolTip(hit.title)
        self.blockSignals(False)
        if self.hits:
            self.setCurrentRow(0)
            self._row_changed(0)

    def rewrite(self) -> None:
        """Write every row again (after the digits changed), keeping the current one."""
        for row, hit in enumerate(self.hits):
            self.item(row).setData(_HTML_ROLE, hit_html(hit))

    def retitle(self, doc_id: int, title: str, date: str) -> Hit | None:
        """Show a document's new title and date in its row (if listed); its new hit."""
        for row, hit in enumerate(self.hits):
            if hit.id == doc_id:
                self.hits[row] = replace(hit, title=title, date=date)
                item = self.item(row)
                item.setText(title)
                item.setToolTip(title)
                item.setData(_HTML_ROLE, hit_html(self.hits[row]))
                return self.hits[row]
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the current document; everything else as usual."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
            return
        super().keyPressEvent(event)

    def current_hit(self) -> Hit | None:
        """The hit of the current row."""
        row = self.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.chosen.emit(self.hits[row])

    def _open_current(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.opened.emit(hit)
