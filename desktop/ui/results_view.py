"""The results list: one row per hit with title, kind, case, date, page and snippet.

Signals: ``chosen(Hit)`` when the current row changes; ``opened(Hit)`` on Enter or a
double click.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from index.search import Hit

_KIND_SYMBOLS = {
    "email": "✉",
    "form": "☑",
    "letter": "✎",
    "statement": "❝",
    "note": "✐",
    "case file": "▤",
}


def hit_html(hit: Hit) -> str:
    """The rich-text row for one hit."""
    meta = " · ".join(
        x
        for x in (hit.kind, ", ".join(hit.cases), hit.date, f"page {hit.page}" if hit.page else "")
        if x
    )
    symbol = _KIND_SYMBOLS.get(hit.kind, "▯")
    snippet = hit.snippets[0] if hit.snippets else ""
    snippet = snippet.replace("<mark>", "<b style='background:#fff2a8'>").replace("</mark>", "</b>")
    return (
        f"<div><span style='font-size:large'>{symbol}</span> <b>{_escape(hit.title)}</b>"
        f"<br><span style='color:#555'>{_escape(meta)}</span>"
        f"<br><span style='color:#222'>{snippet}</span></div>"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ResultsView(QListWidget):
    """The hits of the current search."""

    chosen = Signal(object)
    opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setAccessibleName("Search results")
        self.hits: list[Hit] = []
        self.currentRowChanged.connect(self._row_changed)
        self.itemDoubleClicked.connect(lambda _item: self._open_current())

    def show_hits(self, hits: list[Hit]) -> None:
        """Replace the rows with ``hits``; the first becomes current."""
        self.blockSignals(True)
        self.clear()
        self.hits = list(hits)
        for hit in self.hits:
            item = QListWidgetItem(self)
            label = QLabel(hit_html(hit))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            item.setSizeHint(label.sizeHint())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, hit.title)
            self.setItemWidget(item, label)
        self.blockSignals(False)
        if self.hits:
            self.setCurrentRow(0)
            self._row_changed(0)

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
