"""Lines of a PDF page that mix right-to-left and left-to-right text, in logical order.

PDFium reads a line that mixes Dari or Pashto with Latin letters out of order: in
``پرونده AFG-2024-00137 در سال 2023`` the case number came back ``-2024-00137AFG``, and
in ``Name: شبنم رحیمی 12, Kabul`` the two words of the name swapped — so a phrase search
across such a line failed.  Its own reordering splits a run at every change between
letters, digits and punctuation and gets the runs' order wrong; a line all in one
direction, or Arabic script with numbers, comes back right.

PDFium also puts a mark (the hamza of هٔ, a vowel sign) a word away from its letter.
For a line with right-to-left letters and Latin letters or marks the characters are taken
as they stand on the page — left to right by the centre of each one's box — and put in
logical order by the Unicode Bidirectional Algorithm (python-bidi, which wraps the
``unicode-bidi`` Rust crate that Servo and Firefox use): reordering a line's runs is its
own inverse, so applied to the visual order it gives back the order of writing.  The
line's direction is that of most of its letters (a line of a Dari paragraph may begin
with a case number), on a tie the one PDFium gave it.  A number next
to a name in Arabic script in an English line may come back on the other side of the
name: from the page alone the two writings cannot be told apart.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from bidi import get_display

_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_MARK = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")


def mixed(line: str) -> bool:
    """True for a line PDFium puts out of order: right-to-left letters with Latin letters,
    or with marks over or under them (the hamza of هٔ came out as ``ه ٔ`` a word away)."""
    return bool(_RIGHT_TO_LEFT.search(line) and (_LATIN.search(line) or _MARK.search(line)))


def needs_reordering(text: str) -> bool:
    """True when any line of a page's ``text`` (as PDFium gave it) is :func:`mixed`."""
    return any(mixed(line) for line in text.splitlines())


def logical_text(textpage: pdfium.PdfTextPage) -> str:
    """The page's text line by line as PDFium reads it, each mixed line in logical order."""
    lines = []
    for characters in _lines(textpage):
        line = "".join(c.char for c in characters)
        lines.append(_reordered(characters, line) if mixed(line) else line)
    return "\r\n".join(lines)


@dataclass(frozen=True)
class _Char:
    """A character of the page and its advance box's left and right edges (points)."""

    char: str
    left: float
    right: float
    height: float

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


def _lines(textpage: pdfium.PdfTextPage) -> list[list[_Char]]:
    """Each line's characters in PDFium's order; the characters of one /ActualText span
    (one word, spelled for PDFium in logical order: desktop/output/actual_text.py) as one,
    since PDFium gives them made-up boxes that say nothing of their order."""
    box = pdfium_c.FS_RECTF()
    lines: list[list[_Char]] = [[]]
    spelled_by = None  # the text object whose /ActualText the last character came from
    for index in range(pdfium_c.FPDFText_CountChars(textpage)):
        char = chr(pdfium_c.FPDFText_GetUnicode(textpage, index))
        if char in "\r\n":
            lines += [[]] if char == "\n" else []
            spelled_by = None
            continue
        pdfium_c.FPDFText_GetLooseCharBox(textpage, index, box)
        found = _Char(char, box.left, box.right, box.top - box.bottom)
        source = _spelling_object(textpage, index)
        if source is not None and source == spelled_by and lines[-1]:
            found = _joined(lines[-1].pop(), found)
        lines[-1].append(found)
        spelled_by = source
    return lines


def _spelling_object(textpage: pdfium.PdfTextPage, index: int) -> int | None:
    """The address of the text object character ``index`` comes from when the object is
    marked with an /ActualText, else None."""
    obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
    if not obj:
        return None
    for number in range(pdfium_c.FPDFPageObj_CountMarks(obj)):
        mark = pdfium_c.FPDFPageObj_GetMark(obj, number)
        kind = pdfium_c.FPDFPageObjMark_GetParamValueType(mark, b"ActualText")
        if kind != pdfium_c.FPDF_OBJECT_UNKNOWN:
            return ctypes.cast(obj, ctypes.c_void_p).value
    return None


def _joined(first: _Char, second: _Char) -> _Char:
    return _Char(
        first.char + second.char,
        min(first.left, second.left),
        max(first.right, second.right),
        max(first.height, second.height),
    )


def _reordered(characters: list[_Char], line: str) -> str:
    """The characters of one line from left to right, put in logical order.

    Spaces are taken from the gaps between letters, not from the space characters: a
    space drawn apart from its words (another font) may stand anywhere, and PDFium's
    generated spaces have no place of their own.  A mark goes with the letter it is
    drawn over (the nearest by the centres of their boxes), wherever PDFium put it.
    """
    units = _with_marks([c for c in characters if not c.char.isspace()])
    if _overlapping([base for base, _marks in units]):
        return line  # boxes that say nothing of the order: PDFium's own reading stands
    units.sort(key=lambda unit: unit[0].centre)
    visual, previous = [], None
    for base, marks in units:
        if previous is not None and base.left - previous.right > 0.1 * base.height:
            visual.append(" ")
        # Written mark-first: the reordering turns a right-to-left letter around with them.
        rtl = unicodedata.bidirectional(base.char[0]) in ("R", "AL")
        visual.append(marks[::-1] + base.char[::-1] if rtl else base.char + marks)
        previous = base
    return get_display("".join(visual), base_dir="R" if _runs_right_to_left(line) else "L")


def _with_marks(characters: list[_Char]) -> list[tuple[_Char, str]]:
    """Each letter with the combining marks drawn over or under it, in their order."""
    bases = _clusters([c for c in characters if not _is_mark(c.char)])
    marks: dict[int, str] = {}
    for item in characters:
        if _is_mark(item.char) and bases:
            nearest = min(range(len(bases)), key=lambda i: abs(bases[i].centre - item.centre))
            marks[nearest] = marks.get(nearest, "") + item.char
    return [(base, marks.get(number, "")) for number, base in enumerate(bases)]


def _is_mark(text: str) -> bool:
    return len(text) == 1 and bool(unicodedata.combining(text))


def _clusters(characters: list[_Char]) -> list[_Char]:
    """Characters in a row that share one box (a ligature such as lam-alef) as one, in
    PDFium's order: their box tells nothing of the order among them."""
    merged: list[_Char] = []
    for item in characters:
        last = merged[-1] if merged else None
        if last is not None and (last.left, last.right) == (item.left, item.right):
            merged[-1] = _Char(last.char + item.char, last.left, last.right, last.height)
        else:
            merged.append(item)
    return merged


def _overlapping(bases: list[_Char]) -> bool:
    """True when two letters' boxes cover more than half of the narrower one: glyphs drawn
    over each other (a word drawn twice, text over its own shadow) have no order on the
    page to read."""
    ordered = sorted(bases, key=lambda c: c.left)
    for one, two in pairwise(ordered):
        narrower = min(one.right - one.left, two.right - two.left)
        if narrower > 0 and min(one.right, two.right) - max(one.left, two.left) > narrower / 2:
            return True
    return False


def _runs_right_to_left(line: str) -> bool:
    """The line's direction: that of most of its letters, else of PDFium's first strong
    character.  A line of a Dari paragraph may start with a case number, so its first
    letter alone does not tell."""
    kinds = [unicodedata.bidirectional(c) for c in line]
    right, left = sum(k in ("R", "AL") for k in kinds), kinds.count("L")
    if right != left:
        return right > left
    return next((k != "L" for k in kinds if k in ("L", "R", "AL")), False)
