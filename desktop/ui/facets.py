"""Facet filters: counts per kind, case, year, language and tag; clicking one narrows the search.

Signal: ``picked(str)`` with a query term such as ``type:email`` or ``case:AFG-2024-00137``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.ui.case_words import kind_label, language_label
from desktop.ui.tr import translate
from index.text.language import LANGUAGE_NAMES

_TITLES = {
    "kind": QT_TRANSLATE_NOOP("Facets", "Kind"),
    "case": QT_TRANSLATE_NOOP("Facets", "Case"),
    "year": QT_TRANSLATE_NOOP("Facets", "Year"),
    "language": QT_TRANSLATE_NOOP("Facets", "Language"),
    "tag": QT_TRANSLATE_NOOP("Facets", "Tag"),
}
_FIELD = {"kind": "type", "case": "case", "year": "date", "language": "lang", "tag": "tag"}


def facet_term(facet: str, value: str) -> str:
    """The query term that selects ``value`` of ``facet``."""
    quoted = f'"{value}"' if " " in value else value
    return f"{_FIELD[facet]}:{quoted}"


class FacetsView(QTreeWidget):
    """A tree of facets and their values with counts."""

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facets")
        self.setHeaderLabels([translate("Facets", "Filter"), translate("Facets", "Documents")])
        self.setRootIsDecorated(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def show_facets(self, facets: dict[str, dict[str, int]]) -> None:
        """Show the counts of the current search."""
        self.clear()
        for facet, counts in facets.items():
            if not counts:
                continue
            parent = QTreeWidgetItem(self, [translate("Facets", _TITLES.get(facet, facet)), ""])
            for value, count in counts.items():
                label = (
                    language_label(LANGUAGE_NAMES.get(value, value))
                    if facet == "language"
                    else kind_label(value)
                    if facet == "kind"
                    else value
                )
                child = QTreeWidgetItem(parent, [label, str(count)])
                child.setData(0, Qt.ItemDataRole.UserRole, facet_term(facet, value))
            parent.setExpanded(True)
        self.resizeColumnToContents(0)

    def item_for(self, term: str) -> QTreeWidgetItem | None:
        """The row that selects ``term`` (for tests and keyboard users)."""
        for i in range(self.topLevelItemCount()):
            parent = self.topLevelItem(i)
            for j in range(parent.childCount()):
                if parent.child(j).data(0, Qt.ItemDataRole.UserRole) == term:
                    return parent.child(j)
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        term = item.data(0, Qt.ItemDataRole.UserRole)
        if term:
            self.picked.emit(term)
