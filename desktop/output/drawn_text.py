"""What each glyph of a laid-out letter stands for, and where one of each was drawn.

Qt's PDF writer names a glyph's text (the font's ToUnicode map) by looking the glyph up
backwards in the font's character map.  A glyph the shaper chose for a letter's place in
a word — the initial or medial ګ, the final ۍ, the two halves of لا — is in no character
map, so it was read back as a control character; a glyph shared by several characters is
named after the lowest (a space read back as a tab, ی as ى).  Qt knows better while it
lays the text out: asked for the glyphs of one character (``QTextLine.glyphRuns`` over a
range of one), it says which glyphs it drew for that character and where.

:class:`DrawnText` asks it once for each distinct word of each line (a word drawn again
draws the same glyphs) and keeps, for every glyph, the text it stood for and one place
on a PDF page where it was drawn; :mod:`desktop.output.text_layer` then finds which
glyph of the PDF's font was drawn there.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextDocument, QTextLayout, QTextLine

# A font as Qt names it (family, style) and a glyph index in it.
GlyphKey = tuple[str, str, int]
# Where a glyph's origin lands: page index, and x and y in PDF points (tenths, rounded).
Spot = tuple[int, int, int]
# From a point of the document's layout to (page index, x, y in PDF points).
PlaceOnPage = Callable[[float, float], tuple[int, float, float]]

_FLAGS = (
    QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
    | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
)


def spot(page: int, x: float, y: float) -> Spot:
    """The rounded place used to meet a glyph of the layout and a glyph of the PDF."""
    return page, round(x * 10), round(y * 10)


@dataclass(frozen=True)
class DrawnLine:
    """A laid-out right-to-left line: its page, its baseline and its ends in PDF points."""

    page: int
    y: float
    left: float
    right: float


@dataclass(frozen=True)
class DrawnGlyph:
    """One glyph as the layout drew it: its font and index, and its origin on the page."""

    key: GlyphKey
    x: float
    y: float


class DrawnText:
    """The text behind the glyphs of one or more layouts drawn on the pages of one PDF."""

    def __init__(self) -> None:
        self.texts: dict[GlyphKey, Counter[str]] = defaultdict(Counter)
        # Glyphs drawn at one place (the lam and alef of لا share an origin), in drawing order.
        self.spots: dict[Spot, list[GlyphKey]] = defaultdict(list)
        # Whole points around each spot: most glyphs of a PDF are at no spot (only one
        # drawing of each word is recorded), and one lookup here tells.
        self.near: set[tuple[int, int, int]] = set()
        self._seen: set[tuple[object, ...]] = set()
        # Every right-to-left line: its runs are put in the order of writing in the PDF.
        self.rtl_lines: list[DrawnLine] = []

    def add_document(self, document: QTextDocument, place: PlaceOnPage) -> None:
        """Every line of the laid-out ``document``; ``place`` puts its points on pages."""
        layout = document.documentLayout()
        block = document.begin()
        while block.isValid():
            text_layout = block.layout()
            corner = layout.blockBoundingRect(block).topLeft()
            origin = corner  # Qt moves the block's rect to its layout's position
            rtl = block.textDirection() == Qt.LayoutDirection.RightToLeft
            for number in range(text_layout.lineCount()):
                line = text_layout.lineAt(number)
                self._add_line(line, block.text(), origin, place)
                self._add_direction(line, rtl, origin, place)
            block = block.next()

    def add_layout(self, text_layout: QTextLayout, origin: QPointF, place: PlaceOnPage) -> None:
        """Every line of a laid-out ``text_layout`` drawn at ``origin`` (a footer)."""
        rtl = text_layout.textOption().textDirection() == Qt.LayoutDirection.RightToLeft
        for number in range(text_layout.lineCount()):
            line = text_layout.lineAt(number)
            self._add_line(line, text_layout.text(), origin, place)
            self._add_direction(line, rtl, origin, place)

    def text_of(self, key: GlyphKey) -> str:
        """The text a glyph stood for most often ("" for one never seen)."""
        counts = self.texts.get(key)
        return counts.most_common(1)[0][0] if counts else ""

    def _add_direction(
        self, line: QTextLine, rtl: bool, origin: QPointF, place: PlaceOnPage
    ) -> None:
        if not rtl or line.textLength() == 0:
            return
        rect = line.naturalTextRect()
        baseline = origin.y() + line.y() + line.ascent()
        page, left, y = place(origin.x() + rect.left(), baseline)
        _page, right, _y = place(origin.x() + rect.right(), baseline)
        self.rtl_lines.append(DrawnLine(page, y, min(left, right), max(left, right)))

    def _add_line(self, line: QTextLine, text: str, origin: QPointF, place: PlaceOnPage) -> None:
        start, end = line.textStart(), line.textStart() + line.textLength()
        for left, right in _segments(text, start, end):
            drawn = _glyphs(line, left, right - left)
            # A word drawn with the same glyphs (and on the same baseline) taught nothing new.
            seen = (text[left:right], tuple(g.key for g in drawn))
            if not drawn or seen in self._seen:
                continue
            self._seen.add(seen)
            for glyph, characters in _texts(line, text, left, right):
                self._keep(glyph, characters, origin, place)

    def _keep(self, glyph: DrawnGlyph, text: str, origin: QPointF, place: PlaceOnPage) -> None:
        if not _invisible(text):  # its place is kept, but it does not name the glyph
            self.texts[glyph.key][one_code(text)] += 1
        page, x, y = place(origin.x() + glyph.x, origin.y() + glyph.y)
        place = spot(page, x, y)
        here = self.spots[place]
        if glyph.key not in here:
            here.append(glyph.key)
        for dx in (-1, 1):
            for dy in (-1, 1):
                self.near.add((page, (place[1] + dx) // 10, (place[2] + dy) // 10))


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut into words and single spaces (shaping never joins across a
    space, so each word's glyphs are its own)."""
    found, left = [], start
    while left < end:
        right = left + 1
        if not text[left].isspace():
            while right < end and not text[right].isspace():
                right += 1
        found.append((left, right))
        left = right
    return found


def _glyphs(line: QTextLine, start: int, length: int) -> list[DrawnGlyph]:
    """The glyphs ``line`` draws for characters ``start`` .. ``start + length``, in the
    order of the characters (Qt keeps a right-to-left run's glyphs in logical order)."""
    drawn = []
    for run in line.glyphRuns(start, length, _FLAGS):
        raw = run.rawFont()
        family, style = raw.familyName(), raw.styleName()
        for index, point in zip(run.glyphIndexes(), run.positions(), strict=True):
            drawn.append(DrawnGlyph((family, style, index), point.x(), point.y()))
    return drawn


def _texts(line: QTextLine, text: str, left: int, right: int) -> list[tuple[DrawnGlyph, str]]:
    """Each glyph Qt drew for the word ``text[left:right]`` and the characters it stands for.

    Asked for one character, Qt gives the glyphs of the character's whole cluster: ه, then
    ه with its hamza for هٔ; the same ligature glyph for each letter of a ligature.  So a
    glyph goes to the first character that brings it (a second new glyph of one character,
    a letter drawn in two pieces, stands for nothing more), and a character that brings
    no glyph of its own joins the text of its cluster's last glyph.
    """
    found: list[tuple[DrawnGlyph, str]] = []
    seen: dict[DrawnGlyph, int] = {}
    for index in range(left, right):
        glyphs = _glyphs(line, index, 1)
        new = [g for g in glyphs if g not in seen]
        for number, glyph in enumerate(new):
            seen[glyph] = len(found)
            found.append((glyph, text[index] if number == 0 else ""))
        if not new and glyphs:
            at = seen[glyphs[-1]]
            found[at] = (found[at][0], found[at][1] + text[index])
    return found


def _invisible(text: str) -> bool:
    """True for format characters alone (ZWNJ, ZWJ, isolate marks): Qt draws them with the
    space's glyph, and as each Dari word with a ZWNJ counts once and all spaces once, the
    space read back as a ZWNJ in a Dari letter (its words ran together)."""
    return bool(text) and all(unicodedata.category(c) == "Cf" for c in text)


def one_code(chars: str) -> str:
    """Several letters drawn as one glyph, as the one presentation form that stands for
    them when Unicode has it (لا → U+FEFB, which NFKC turns back into لا); else as they are.

    PDF readers put a right-to-left line in logical order by reversing it, and with it
    the letters of a glyph that stands for several: one code point cannot be reversed.
    """
    return _PRESENTATION_FORMS.get(chars, chars) if len(chars) > 1 else chars


def _presentation_forms() -> dict[str, str]:
    """The ligatures of Unicode's Arabic presentation-form blocks by the letters they
    stand for (NFKC), the first form of each."""
    forms: dict[str, str] = {}
    for low, high in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF)):
        for code in range(low, high + 1):
            letters = unicodedata.normalize("NFKC", chr(code))
            if len(letters) > 1 and letters.strip():
                forms.setdefault(letters, chr(code))
    return forms


_PRESENTATION_FORMS = _presentation_forms()
