"""Every text a window shows, and which of them are still in English.

:func:`visible_texts` walks a widget and everything in it - buttons, labels, tooltips,
placeholders, group and tab titles, table headers, spin-box affixes, window titles,
menus and their actions - and names where each text was found.  :func:`untranslated`
keeps those with Latin letters left once the allowed words are taken out: in a Dari or
Pashto window, such a text was not translated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

# Latin text a translated window may show: the product's name, file formats and
# suffixes, units, Latin-script terms of art, the search syntax's field names, examples
# of what to type, keys, paths and case ids.  Keep this short: each entry is a word a
# Dari or Pashto reader sees in Latin letters.
ALLOWED = (
    r"CaseDesk",
    r"PDFs?|HTML|OCR|Word|A4|MB",
    r"\*?\.[a-z]{2,4}\b",  # *.pdf, .docx
    r"A-number",
    r"P-\d|SIV|LGBTQI\+",  # US resettlement programmes, and the term, as written in Latin
    r"YYYY-MM-DD",
    r"AFG-[\d…-]*",  # case ids and their beginnings
    r"CD-\d*",  # the packet stamp
    r"\b(?:Enter|Delete|Ctrl|Shift|Alt)\b",
    r"\(&?[A-Z]\)",  # a mnemonic in Latin after the translated words (tooltips drop &)
    r"English",  # the language menu names each language in its own script
    r"\[redacted\]",  # the marker put in place of a removed value, as the files show it
    r"\b[a-z]+:(?:[a-z]+)?",  # the search syntax: type:form, case:
    r"(?:/[\w.-]+)+",  # paths
    r"about \d{4}",  # an example of an approximate year, as it is typed
)
# Widgets that show an office's own content, not the interface: the templates' names and
# descriptions are written by whoever wrote the templates (templates/).
CONTENT = frozenset({"template-description", "templates", "packet-cover"})
_ALLOWED = re.compile("|".join(f"(?:{allowed})" for allowed in ALLOWED))
_TAG = re.compile(r"<[^>]+>")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Shown:
    """One text and where it is: the widget's class and name, and which of its texts."""

    where: str
    text: str


def untranslated(widget: QWidget) -> list[Shown]:
    """Texts of ``widget`` and everything in it that still have Latin words."""
    return [shown for shown in visible_texts(widget) if is_english(shown.text)]


def is_english(text: str) -> bool:
    """True when ``text`` has Latin letters outside the allowed words and HTML tags."""
    plain = _TAG.sub(" ", text).replace("&amp;", "&").replace("&nbsp;", " ")
    return bool(_LATIN.search(_ALLOWED.sub(" ", plain)))


def visible_texts(widget: QWidget) -> Iterator[Shown]:
    """Every text ``widget`` and its children show or give as a tooltip."""
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.objectName() in CONTENT:
            continue
        yield from _texts_of(child)
        for action in child.actions():
            yield from _action_texts(action, _name(child))
    if isinstance(widget, QMainWindow):
        for action in widget.menuBar().actions():
            yield from _action_texts(action, "menu bar")


def _texts_of(widget: QWidget) -> Iterator[Shown]:
    where = _name(widget)
    if widget.isWindow() or isinstance(widget, QDockWidget):
        yield Shown(f"{where} window title", widget.windowTitle())
    yield Shown(f"{where} tooltip", widget.toolTip())
    if isinstance(widget, QAbstractButton | QLabel):
        yield Shown(f"{where} text", widget.text())
    elif isinstance(widget, QLineEdit):
        yield Shown(f"{where} placeholder", widget.placeholderText())
    elif isinstance(widget, QGroupBox | QMenu):
        yield Shown(f"{where} title", widget.title())
    elif isinstance(widget, QTabWidget):
        for tab in range(widget.count()):
            yield Shown(f"{where} tab {tab}", widget.tabText(tab))
            yield Shown(f"{where} tab {tab} tooltip", widget.tabToolTip(tab))
    elif isinstance(widget, QTableView | QTreeView):
        yield from _headers(widget, where)
    elif isinstance(widget, QComboBox):
        for item in range(widget.count()):
            yield Shown(f"{where} item {item}", widget.itemText(item))
    elif isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield Shown(f"{where} row {row}", widget.item(row).text())
    if isinstance(widget, QAbstractSpinBox):
        yield Shown(f"{where} special value", widget.specialValueText())
        if isinstance(widget, QSpinBox):
            yield Shown(f"{where} prefix", widget.prefix())
            yield Shown(f"{where} suffix", widget.suffix())


def _headers(view: QTableView | QTreeView, where: str) -> Iterator[Shown]:
    model = view.model()
    if model is None:
        return
    for section in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield Shown(f"{where} column {section} header", value)


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    label = f"action '{action.objectName() or action.text()}' of {where}"
    yield Shown(f"{label} text", action.text())
    yield Shown(f"{label} tooltip", action.toolTip())
    menu = action.menu()
    if menu is not None:
        yield Shown(f"{label} menu title", menu.title())
        for inner in menu.actions():
            yield from _action_texts(inner, f"menu '{menu.title()}'")


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}('{widget.objectName()}')"
