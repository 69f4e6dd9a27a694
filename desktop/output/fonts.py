"""Fonts for letters: a serif body, and a font that draws every Persian/Pashto letter.

Qt falls back from font to font one character at a time, and draws an empty box
without any warning when no font has a glyph.  DejaVu Sans has most Arabic-script
letters but not Pashto ``ۍ`` or Persian ``ۀ``: a name falling back for one letter is
shaped in two fonts and its letters no longer join.  So names in Arabic script are set
in one font chosen here, the first installed one that has every letter of the text
(``fonts-noto-core`` provides Noto Naskh Arabic; ``tools/bootstrap.sh`` installs it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGlyphRun,
    QRawFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

BODY_FAMILIES = ("Noto Serif", "DejaVu Serif")
ARABIC_SCRIPT_FAMILIES = (
    "Noto Naskh Arabic",
    "Noto Sans Arabic",
    "Vazirmatn",
    "Scheherazade New",
    "Amiri",
    "DejaVu Sans",
)
_ARABIC_BLOCKS = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)


_ARABIC_LETTER = re.compile("|".join(f"[{chr(low)}-{chr(high)}]" for low, high in _ARABIC_BLOCKS))


@dataclass(frozen=True)
class FontUse:
    """How many glyphs of a laid-out document one font draws, and how many are boxes."""

    family: str
    glyphs: int
    missing: int


def is_arabic_script(char: str) -> bool:
    """True for letters of the Arabic script (Dari, Pashto, Urdu, Arabic)."""
    code = ord(char)
    return any(low <= code <= high for low, high in _ARABIC_BLOCKS)


def installed(family: str) -> bool:
    """True when a font of this family is installed."""
    return family in QFontDatabase.families()


def covers(family: str, text: str) -> bool:
    """True when the installed font ``family`` has a glyph for every letter of ``text``."""
    if not installed(family):
        return False
    raw = QRawFont.fromFont(QFont(family))
    return raw.familyName() == family and all(
        raw.supportsCharacter(ord(c)) for c in text if not c.isspace()
    )


def arabic_script_family(text: str = "") -> str:
    """The font for Arabic-script text: the first installed one that has all of ``text``.

    With none complete, the first installed candidate (some letters may then be boxes;
    :func:`fonts_used` shows it).
    """
    letters = "".join(sorted(set(_ARABIC_LETTER.findall(text))))
    candidates = [f for f in ARABIC_SCRIPT_FAMILIES if installed(f)]
    for family in candidates:
        if covers(family, letters):
            return family
    return candidates[0] if candidates else "sans-serif"


def right_to_left_blocks_in_script_font(document: QTextDocument) -> None:
    """Set the right-to-left paragraphs of ``document`` in the Arabic-script font first.

    Qt takes the spaces, digits and punctuation of a Dari paragraph from the first font
    of the list (the Latin serif) and only the letters from the fallback, so each word
    became a run of its own: spaces of the wrong width, and in the PDF a text object per
    word, which pypdf reads one per line.  Fragments whose first family already is an
    Arabic-script font keep it; Latin words fall back to the serif as before.
    """
    spans = []  # found first: changing formats while walking the fragments breaks the walk
    block = document.begin()
    while block.isValid():
        if block.textDirection() == Qt.LayoutDirection.RightToLeft:
            spans += _fragments(block)
        block = block.next()
    family = arabic_script_family(document.toPlainText()) if spans else ""
    for start, length, families in spans:
        if families[:1] and families[0] in ARABIC_SCRIPT_FAMILIES:
            continue
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        change = QTextCharFormat()
        change.setFontFamilies([family, *(f for f in families if f and f != family)])
        cursor.mergeCharFormat(change)


def _fragments(block: QTextBlock) -> list[tuple[int, int, list[str]]]:
    """Each fragment of ``block``: its position, length and font families."""
    found = []
    for part in block:  # PySide6 iterates a block's fragments, not ``+= 1``: that crashes
        fragment = part.fragment()
        form = fragment.charFormat()
        families = list(form.font().families()) or [form.font().family()]
        found.append((fragment.position(), fragment.length(), [f for f in families if f]))
    return found


def body_font(point_size: float = 11.0) -> QFont:
    """The letter's default font: a serif for Latin text, the Arabic-script font after it."""
    font = QFont()
    families = [f for f in BODY_FAMILIES if installed(f)] or ["serif"]
    font.setFamilies([*families, arabic_script_family()])
    font.setPointSizeF(point_size)
    return font


def fonts_used(document: QTextDocument) -> list[FontUse]:
    """Every font that draws the laid-out ``document``, with its glyph and box counts."""
    document.documentLayout().documentSize()  # make sure it is laid out
    runs = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            runs += layout.lineAt(number).glyphRuns()
        block = block.next()
    return _tally(runs)


def font_of_text(document: QTextDocument, text: str) -> list[FontUse]:
    """The fonts that draw the first occurrence of ``text`` in the laid-out ``document``."""
    document.documentLayout().documentSize()
    found = document.find(text)
    if found.isNull():
        return []
    block = document.findBlock(found.selectionStart())
    start = found.selectionStart() - block.position()
    layout = block.layout()
    runs = []
    for number in range(layout.lineCount()):
        runs += layout.lineAt(number).glyphRuns(start, len(text))
    return _tally(runs)


def _tally(runs: list[QGlyphRun]) -> list[FontUse]:
    counts: dict[str, list[int]] = {}
    for run in runs:
        glyphs = run.glyphIndexes()
        entry = counts.setdefault(run.rawFont().familyName(), [0, 0])
        entry[0] += len(glyphs)
        entry[1] += sum(1 for g in glyphs if g == 0)
    return [FontUse(family, n, missing) for family, (n, missing) in sorted(counts.items())]
