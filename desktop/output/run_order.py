"""A right-to-left line's runs in the order they were written, for every PDF reader.

Qt draws each run of a line (a stretch in one font and one direction: Dari words, a case
id, a number) as its own text object, in a ``q … Q`` group of its own, from left to
right.  Measured (pypdf 7.1, pypdfium2 5.15.2, poppler 22.12; docs/PDF-EXTRACTION.md):

- pypdf reads the text objects in stream order, each on a line of its own: a Dari line
  came out last word first, and the footer's "صفحهٔ ۲ از ۵" as "۵ از ۲ صفحهٔ".  So the
  groups of each right-to-left line (:class:`~desktop.output.drawn_text.DrawnLine`) are
  written in the order of writing: runs from right to left, a stretch of left-to-right
  runs (``AFG-2024-00452``, ``Shabnam Rahimi``) kept together from left to right.
- PDFium sorts a line by position whatever the stream says, then splits it into runs
  of letters, numbers and the rest, reverses their order and turns the right-to-left
  ones round: the left-to-right runs inside a right-to-left line change places
  (``-2024-00452AFG``).  Each such stretch is wrapped in a span whose /ActualText (a
  name in the page's /Properties, which poppler does not read) is spelled so that
  PDFium's reordering puts it back.
- poppler orders a line by position with its own bidirectional algorithm, and read the
  case ids right already; the inline spans of :mod:`desktop.output.actual_text` are the
  only ones it reads.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from desktop.output.actual_text import Operation
from desktop.output.drawn_text import DrawnLine
from desktop.output.pdf_glyphs import shown_glyphs_at, with_first_moves_folded

_SAME_LINE = 1.5  # points between two runs' baselines on one line
_MARGIN = 2.0  # points a run may stand beyond its line's ends


@dataclass(frozen=True)
class Run:
    """A ``q … Q`` group drawing one text object: where it is in the operations, where its
    first glyph stands (points) and its glyphs' text in stream order."""

    start: int
    end: int
    x: float
    y: float
    text: str

    @property
    def kind(self) -> str:
        """ "R" (right-to-left letters), "L" (Latin letters), "N" (digits) or "" (neither)."""
        kinds = {unicodedata.bidirectional(c) for c in self.text}
        if kinds & {"R", "AL"}:
            return "R"
        if "L" in kinds:
            return "L"
        return "N" if kinds & {"EN", "AN"} else ""


def in_logical_order(
    operations: list[Operation],
    lines: list[DrawnLine],
    text_of: Callable[[str, int], str],
    name_for: Callable[[str], str],
) -> list[Operation] | None:
    """``operations`` (one page's) with each right-to-left line's runs in the order of
    writing and each left-to-right stretch inside such a line spelled for PDFium; None
    when nothing changed (a page without right-to-left letters is left at once)."""
    found = runs(operations, text_of)
    if not any(run.kind == "R" for run in found):
        return None
    orders = _line_orders(found, lines)
    sequence = _emitted(found, orders)
    stretches = _stretches(found, sequence, orders)
    if not orders and not stretches:
        return None
    looks = _Looks(name_for)
    for stretch in stretches:
        looks.mark(stretch)
    return _rewritten(operations, found, orders, looks)


@dataclass
class _Looks:
    """What each run's operations get: a move folded into its matrix, a span opened
    before it or closed after it (by the run's start)."""

    name_for: Callable[[str], str]
    folded: set[int] = field(default_factory=set)
    opened: dict[int, str] = field(default_factory=dict)
    closed: set[int] = field(default_factory=set)

    def mark(self, stretch: list[Run]) -> None:
        """A stretch (its runs in the order they are written out)."""
        self.folded |= {run.start for run in stretch[1:]}
        self.opened[stretch[0].start] = self.name_for(for_pdfium(_written(stretch)))
        self.closed.add(stretch[-1].start)

    def of(self, operations: list[Operation], run: Run) -> list[Operation]:
        """The run's operations as written out."""
        own = operations[run.start : run.end + 1]
        if run.start in self.folded:
            own = with_first_moves_folded(own, {i for i, op in enumerate(own) if op[1] == b"Tm"})
        if run.start in self.opened:
            name = b"/" + self.opened[run.start].encode()
            own = [([b"/Span", name], b"BDC"), *own]
        return [*own, ([], b"EMC")] if run.start in self.closed else own


def _line_orders(found: list[Run], lines: list[DrawnLine]) -> dict[int, list[Run]]:
    """Each right-to-left line whose runs follow one another in the stream and are not in
    the order of writing: its runs in that order, by the start of its first run."""
    orders, used = {}, set()
    for line in lines:
        on_line = [r for r in found if _on(r, line) and r.start not in used]
        used |= {r.start for r in on_line}
        if len(on_line) < 2 or not _one_after_another(on_line):
            continue
        logical = [run for unit in reversed(_units(on_line)) for run in unit]
        if logical != sorted(on_line, key=lambda r: r.start):
            orders[min(r.start for r in on_line)] = logical
    return orders


def _emitted(found: list[Run], orders: dict[int, list[Run]]) -> list[Run]:
    """The runs in the order they are written out."""
    moved = {run.start for logical in orders.values() for run in logical}
    sequence = []
    for run in found:
        if run.start in orders:
            sequence += orders[run.start]
        elif run.start not in moved:
            sequence.append(run)
    return sequence


def _rewritten(
    operations: list[Operation], found: list[Run], orders: dict[int, list[Run]], looks: _Looks
) -> list[Operation]:
    by_start = {run.start: run for run in found}
    result: list[Operation] = []
    index = 0
    while index < len(operations):
        run = by_start.get(index)
        if run is None:
            result.append(operations[index])
            index += 1
            continue
        written = orders.get(index, [run])
        for each in written:
            result += looks.of(operations, each)
        index = max(each.end for each in written) + 1
    return result


@dataclass
class _Group:
    """A ``q … Q`` group being read: where it opened, the text objects before it, the
    glyphs shown in it, and whether a group opened inside it."""

    start: int
    texts_before: int
    glyphs: list[tuple[float, float, str]]
    nested: bool = False


def runs(operations: list[Operation], text_of: Callable[[str, int], str]) -> list[Run]:
    """Every ``q … Q`` group holding exactly one text object and no other group."""
    shown: dict[int, list[tuple[float, float, str]]] = {}
    for index, glyph in shown_glyphs_at(operations):
        shown.setdefault(index, []).append((glyph.x, glyph.y, text_of(glyph.font, glyph.glyph)))
    found, opened, texts = [], [], 0
    for index, (_operands, operator) in enumerate(operations):
        if operator == b"q":
            if opened:
                opened[-1].nested = True
            opened.append(_Group(index, texts, []))
        elif operator == b"BT":
            texts += 1
        elif operator == b"Q" and opened:
            group = opened.pop()
            if not group.nested and texts - group.texts_before == 1 and group.glyphs:
                found.append(_run(group.start, index, group.glyphs))
        if index in shown and opened:
            opened[-1].glyphs += shown[index]
    return found


def _run(start: int, end: int, glyphs: list[tuple[float, float, str]]) -> Run:
    # The baseline most glyphs stand on: a mark stands above or below it.
    y = Counter(round(g[1], 1) for g in glyphs).most_common(1)[0][0]
    return Run(start, end, min(g[0] for g in glyphs), y, "".join(g[2] for g in glyphs))


def _on(run: Run, line: DrawnLine) -> bool:
    near = abs(run.y - line.y) < _SAME_LINE
    return near and line.left - _MARGIN <= run.x <= line.right + _MARGIN


def _one_after_another(found: list[Run]) -> bool:
    ordered = sorted(found, key=lambda r: r.start)
    return all(a.end + 1 == b.start for a, b in pairwise(ordered))


def _units(found: list[Run]) -> list[list[Run]]:
    """The runs from left to right, a left-to-right stretch (from a run with Latin letters
    to the last run with letters or digits after it, the spaces between) as one unit."""
    visual = sorted(found, key=lambda r: r.x)
    units: list[list[Run]] = []
    index = 0
    while index < len(visual):
        end = index
        if visual[index].kind == "L":
            for ahead in range(index + 1, len(visual)):
                if visual[ahead].kind == "R":
                    break
                end = ahead if visual[ahead].kind in ("L", "N") else end
        units.append(visual[index : end + 1])
        index = end + 1
    return units


def _stretches(
    found: list[Run], sequence: list[Run], orders: dict[int, list[Run]]
) -> list[list[Run]]:
    """The left-to-right stretches of the lines read right to left (more right-to-left
    letters than Latin ones), each in the order its runs are written out, when nothing
    stands between them."""
    place = {run.start: number for number, run in enumerate(sequence)}
    together = {run.start: first for first, logical in orders.items() for run in logical}
    stretches = []
    for line in _baselines(found):
        if not _reads_right_to_left("".join(r.text for r in line)):
            continue
        for unit in _units(line):
            written = sorted(unit, key=lambda r: place[r.start])
            if unit[0].kind == "L" and _adjacent(written, place, together):
                stretches.append(written)
    return stretches


def _adjacent(written: list[Run], place: dict[int, int], together: dict[int, int]) -> bool:
    """Whether the runs are written out one right after the other."""
    for one, two in pairwise(written):
        if place[two.start] != place[one.start] + 1:
            return False
        same_line = together.get(one.start, -1) == together.get(two.start, -2)
        if not same_line and one.end + 1 != two.start:
            return False
    return True


def _baselines(found: list[Run]) -> list[list[Run]]:
    """The runs grouped by baseline, as PDFium groups a page's lines."""
    lines: list[list[Run]] = []
    for run in sorted(found, key=lambda r: -r.y):
        if lines and abs(lines[-1][0].y - run.y) < _SAME_LINE:
            lines[-1].append(run)
        else:
            lines.append([run])
    return lines


def _reads_right_to_left(text: str) -> bool:
    kinds = [unicodedata.bidirectional(c) for c in text]
    return sum(k in ("R", "AL") for k in kinds) > kinds.count("L")


def _written(unit: list[Run]) -> str:
    """A left-to-right stretch's text as written in a right-to-left line: what stands at
    its right end (a space, "· ") comes before it, what stands at its left end after."""
    text = "".join(run.text for run in sorted(unit, key=lambda r: r.x))
    core = text.strip(_EDGE)
    left = text[: len(text) - len(text.lstrip(_EDGE))]
    right = text[len(text.rstrip(_EDGE)) :]
    return right + core + left


_EDGE = " ·:;,،؛.-–—()[]"


def for_pdfium(text: str) -> str:
    """``text`` spelled so that PDFium, reading it in a right-to-left line, gives it back:
    cut into runs of Latin letters, of digits and their separators, of right-to-left
    letters and of the rest, in the opposite order, the last two kinds turned round."""
    pieces: list[tuple[str, list[str]]] = []
    for char in text:
        kind = _pdfium_kind(char)
        if pieces and pieces[-1][0] == kind:
            pieces[-1][1].append(char)
        else:
            pieces.append((kind, [char]))
    return "".join(
        "".join(reversed(chars) if kind in ("R", "N") else chars)
        for kind, chars in reversed(pieces)
    )


def _pdfium_kind(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind in ("L", "R"):
        return kind
    if kind == "AL":
        return "R"
    return "W" if kind in ("EN", "AN", "ES", "ET", "CS") else "N"
