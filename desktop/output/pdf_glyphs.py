"""The glyphs of a page as Qt's PDF writer draws them: where each lands, in which order.

Qt draws every glyph of a run with its own ``dx dy Td <glyph> Tj`` inside one
``BT … ET`` text object per font run.  :func:`read_operations` splits a content stream
into operators and their operands (raw bytes, kept as written); :func:`shown_glyphs`
follows the graphics and text matrices far enough to give each glyph's origin in PDF
points; :func:`turned_around` reverses the glyphs of the text objects a predicate picks,
working the moves out again so that every glyph stays exactly where it was drawn, and
wraps a word with a mark in the spans :mod:`desktop.output.actual_text` describes.

The tokenizer is ours, not pypdf's ``ContentStream``: Qt's streams hold only numbers,
names, hex strings, arrays and operators, and pypdf's parser took a second for the 760
glyphs of one dense page (it builds an object per token); a stream with anything else
(literal strings, inline images, dictionaries) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate

from desktop.output import actual_text

Operation = actual_text.Operation
Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_TOKEN = re.compile(
    rb"<[0-9A-Fa-f]*>|/[^\s/\[\]()<>{}%]*|[-+]?(?:\d+\.?\d*|\.\d+)|[\[\]]"
    rb"|[A-Za-z'\"*][A-Za-z0-9'\"*]*|%[^\r\n]*|\S"
)
_OPERATOR_START = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'\"*")
_OPERAND_START = frozenset(b"</+-.0123456789[]")


@dataclass(frozen=True)
class ShownGlyph:
    """One glyph shown on a page: its font's resource name, glyph id and origin (points)."""

    font: str
    glyph: int
    x: float
    y: float


def read_operations(data: bytes) -> list[Operation] | None:
    """``data`` (a decoded content stream) as operations, or None when it holds anything
    but numbers, names, hex strings, arrays and operators."""
    operations: list[Operation] = []
    operands: list[bytes] = []
    for token in _TOKEN.findall(data):
        first = token[0]
        if first in _OPERATOR_START:
            operations.append((operands, token))
            operands = []
        elif first in _OPERAND_START and token not in (b"<", b"+", b"-", b"."):
            operands.append(token)
        elif first != ord("%"):
            return None  # a literal string, a dictionary, an inline image: not Qt's text
    return operations


def write_operations(operations: list[Operation]) -> bytes:
    """The content stream of ``operations``, one operation a line."""
    return b"\n".join(b" ".join([*operands, operator]) for operands, operator in operations)


def shown_glyphs(operations: list[Operation]) -> Iterator[ShownGlyph]:
    """Each two-byte glyph shown by ``operations`` (Identity-H fonts, as Qt writes them).
    A string of several glyphs gives its first: Qt never writes one."""
    for _index, shown in shown_glyphs_at(operations):
        yield shown


def shown_glyphs_at(operations: list[Operation]) -> Iterator[tuple[int, ShownGlyph]]:
    """Each glyph as :func:`shown_glyphs` gives it, with the index of its operation."""
    state = _TextState()
    for index, (operands, operator) in enumerate(operations):
        shown = state.apply(operator, operands)
        glyph = _glyph(shown) if shown is not None else None
        if glyph is not None:
            yield index, ShownGlyph(state.font, glyph, *state.origin())


def glyph_ids(block: list[Operation]) -> list[int]:
    """The glyph ids a ``BT … ET`` block shows, in stream order."""
    found = (_glyph(operands[0]) for operands, operator in block if operator == b"Tj")
    return [glyph for glyph in found if glyph is not None]


def _glyph(string: bytes) -> int | None:
    digits = string[1:-1] if string.startswith(b"<") else b""
    return int(digits[:4], 16) if len(digits) >= 4 else None


def turned_around(
    operations: list[Operation],
    backwards: Callable[[str, list[Operation]], bool],
    text_of: Callable[[str, int], str] = lambda _font, _glyph: "",
    name_for: Callable[[str], str] | None = None,
) -> list[Operation] | None:
    """``operations`` with the glyphs of each text object for which ``backwards(font
    resource name, block)`` holds drawn in the opposite order, or None when none was.

    A mark (the hamza of هٔ, a vowel sign) comes just before its letter, as in any
    visual order; with ``name_for`` (which keeps PDFium's spelling of a word in the page's
    /Properties and names it), each word holding a mark is wrapped in the spans of
    :mod:`desktop.output.actual_text` so that poppler and PDFium read it too.  ``text_of``
    gives a glyph's text."""
    result: list[Operation] = []
    changed, opened, font = False, None, ""
    for operands, operator in operations:
        result.append((operands, operator))
        if operator == b"BT":
            opened = len(result) - 1
        elif operator == b"Tf" and operands:
            font = operands[0].decode("latin-1")
        elif operator == b"ET" and opened is not None:
            block = result[opened:]
            texts = lambda glyph, f=font: text_of(f, glyph)  # noqa: E731
            turned = _reversed_block(block, texts, name_for) if backwards(font, block) else None
            if turned is not None:
                result[opened:] = turned
                changed = True
            opened = None
    return result if changed else None


def _reversed_block(
    block: list[Operation], text_of: Callable[[int], str], name_for: Callable[[str], str] | None
) -> list[Operation] | None:
    """A ``BT … ET`` block of Qt's shape (settings, then ``Td``/``Tj`` pairs) with its
    glyphs in the opposite order and each move worked out again, a word with a mark in
    its spans; None for any other shape."""
    body = block[1:-1]
    first = next((i for i, (_o, op) in enumerate(body) if op == b"Td"), len(body))
    moves, shows = body[first:][0::2], body[first:][1::2]
    shaped = len(moves) == len(shows) >= 2 and all(op == b"Td" for _o, op in moves)
    if not shaped or any(op != b"Tj" or not o for o, op in shows):
        return None
    # Each Td moves from the previous glyph's origin: add them up to get every origin.
    at = list(accumulate(((float(o[0]), float(o[1])) for o, _op in moves), _plus))
    texts = [text_of(glyph) if (glyph := _glyph(o[0])) is not None else "" for o, _op in shows]
    turned: list[Operation] = []
    previous = (0.0, 0.0)
    for word in reversed(_words(texts)):
        text = "".join(texts[index] for index in word)
        spanned = name_for is not None and actual_text.has_mark(text)
        if spanned and name_for is not None:
            turned += actual_text.opening(text, name_for(actual_text.for_pdfium(text)))
        for index in reversed(word):
            # Each move as written, not as meant, is where the next starts: no drift.
            step = [_number(at[index][0] - previous[0]), _number(at[index][1] - previous[1])]
            turned += [(step, b"Td"), shows[index]]
            previous = (previous[0] + float(step[0]), previous[1] + float(step[1]))
        if spanned:
            turned += actual_text.CLOSING
    return [block[0], *body[:first], *turned, block[-1]]


def _words(texts: list[str]) -> list[range]:
    """The glyphs' indexes cut into words and single spaces, in stream (logical) order."""
    words: list[range] = []
    start = 0
    for index, text in enumerate(texts):
        if text.isspace():
            words += [range(start, index)] if index > start else []
            words.append(range(index, index + 1))
            start = index + 1
    return words + ([range(start, len(texts))] if start < len(texts) else [])


def with_first_moves_folded(operations: list[Operation], at: set[int]) -> list[Operation]:
    """``operations`` with the ``Tm`` at each index of ``at`` and the text object's first
    ``Td`` after it written as one ``Tm`` (the same place).  Qt sets every text object's
    matrix at the page's origin and then moves: pypdf takes that passage through the
    origin for a new line, so each run of a case id (``AFG-``, ``2024``, ``-``…) came
    out on a line of its own."""
    result: list[Operation] = []
    matrix: int | None = None  # where in ``result`` the text object's Tm is
    for index, (operands, operator) in enumerate(operations):
        if operator == b"Tm" and len(operands) == 6 and index in at:
            matrix = len(result)
        elif operator == b"Td" and matrix is not None and len(operands) == 2:
            result[matrix] = (_moved(result[matrix][0], operands), b"Tm")
            matrix = None
            continue
        elif operator not in (b"BDC", b"EMC"):
            matrix = None
        result.append((operands, operator))
    return result


def _moved(matrix: list[bytes], move: list[bytes]) -> list[bytes]:
    a, b, c, d, e, f = (float(v) for v in matrix)
    x, y = float(move[0]), float(move[1])
    return [*matrix[:4], _number(x * a + y * c + e), _number(x * b + y * d + f)]


def _number(value: float) -> bytes:
    return b"%.6f" % value


def _plus(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    return a[0] + b[0], a[1] + b[1]


class _TextState:
    """The graphics and text matrices as far as glyph origins need them."""

    def __init__(self) -> None:
        self.ctm: Matrix = _IDENTITY
        self.stack: list[Matrix] = []
        self.tm: Matrix = _IDENTITY
        self.line: Matrix = _IDENTITY
        self.font = ""

    def apply(self, operator: bytes, operands: list[bytes]) -> bytes | None:
        """Follow one operator; the string it shows, if it shows one."""
        if operator in (b"q", b"Q", b"cm"):
            self._graphics(operator, operands)
        elif operator == b"BT":
            self.tm = self.line = _IDENTITY
        elif operator == b"Tf" and operands:
            self.font = operands[0].decode("latin-1")
        elif operator == b"Tm" and len(operands) >= 6:
            self.tm = self.line = _matrix(operands)
        elif operator in (b"Td", b"TD") and len(operands) >= 2:
            a, b, c, d, e, f = self.line  # a move: only the translation changes
            x, y = float(operands[0]), float(operands[1])
            self.tm = self.line = (a, b, c, d, x * a + y * c + e, x * b + y * d + f)
        elif operator in (b"Tj", b"TJ"):
            return next((o for o in operands if o.startswith(b"<")), None)
        return None

    def _graphics(self, operator: bytes, operands: list[bytes]) -> None:
        if operator == b"q":
            self.stack.append(self.ctm)
        elif operator == b"Q":
            self.ctm = self.stack.pop() if self.stack else _IDENTITY
        elif len(operands) >= 6:
            self.ctm = _times(_matrix(operands), self.ctm)

    def origin(self) -> tuple[float, float]:
        """Where the next glyph's origin lands, in PDF points."""
        x, y = self.tm[4], self.tm[5]
        a, b, c, d, e, f = self.ctm
        return x * a + y * c + e, x * b + y * d + f


def _matrix(operands: list[bytes]) -> Matrix:
    a, b, c, d, e, f = (float(v) for v in operands[:6])
    return a, b, c, d, e, f


def _times(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (row vectors, as PDF matrices compose)."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )
