"""Text in the window laid out in its own direction: a Dari note, name or title right to
left and right-aligned, an English one as before, whichever way the window runs.

The direction of a value is that of its first strong character (Unicode Bidirectional
Algorithm, :mod:`desktop.output.bidi`), or the field's own when it has one (the name in
Arabic script).  Qt already does this for a line edit and for rich text without a
``dir`` of its own; item views lay out every cell in the view's direction, so a Dari note
in a list was left-aligned with its full stop at the wrong end — :class:`DirectionDelegate`
gives each cell its own.  Qt's plain-text editor keeps a Dari paragraph at the left edge:
:class:`ParagraphsEdit` is the box for typed paragraphs.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

from desktop.output.bidi import Direction, direction

_QT = {"rtl": Qt.LayoutDirection.RightToLeft, "ltr": Qt.LayoutDirection.LeftToRight}


def layout_direction(text: str, default: Direction = "ltr") -> Qt.LayoutDirection:
    """Qt's direction for ``text``: that of its first strong character, else ``default``."""
    return _QT[direction(text, default)]


def latin_run(text: str) -> str:
    """``text`` (a date, a number with hyphens) to be read left to right after translated
    words: in a Dari or Pashto window a date that follows Arabic-script words is, by the
    Unicode rules, a run of Arabic numbers that the hyphens split, so 2023-11-14 would read
    14-11-2023; a left-to-right mark before it keeps it whole.  Unchanged in English."""
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return f"\u200e{text}" if right_to_left and text else text


def follow_text(widget: QWidget, text: str) -> None:
    """Lay ``widget`` (a label showing ``text``) out in the direction of ``text``."""
    widget.setLayoutDirection(layout_direction(text))


class DirectionDelegate(QStyledItemDelegate):
    """Draws each cell in the direction of its text (``always`` for a column whose values
    are in one script, such as names in Arabic script), and edits it so."""

    def __init__(self, parent: QWidget | None = None, always: Direction | None = None) -> None:
        super().__init__(parent)
        self.always = always

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The usual option, with the cell's own direction (a left alignment then means
        the start of the text: the right for Dari)."""
        super().initStyleOption(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        option.direction = _QT[self.always] if self.always else layout_direction(text)  # type: ignore[attr-defined]

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """The usual editor; for a right-to-left column, one that starts right to left."""
        editor = super().createEditor(parent, option, index)
        if self.always and isinstance(editor, QLineEdit):
            editor.setLayoutDirection(_QT[self.always])
        return editor


class ParagraphsEdit(QTextEdit):
    """A box for typed plain text whose paragraphs each run, and are aligned, in their own
    direction: a Dari paragraph right to left at the right, an English one at the left.

    Qt's plain-text editor lays a Dari paragraph out right to left but keeps every
    paragraph at the left edge (it has no alignment); the rich-text editor, held to plain
    text, aligns each paragraph by its own direction."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setPlaceholderText(placeholder)
