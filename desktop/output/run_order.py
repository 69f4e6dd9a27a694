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
from dataclasses import dataclass
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
    when nothing changed."""
    reordered = _reordered(operations, runs(operations, text_of), lines)
    result = reordered if reordered is not None else operations
    joined = _joined(result, runs(result, text_of))
    result = joined if joined is not None else result
    spelled = _spelled(result, runs(result, text_of), name_for)
    return spelled if spelled is not None else joined if joined is not None else reordered


def runs(operations: list[Operation], text_of: Callable[[str, int], str]) -> list[Run]:
    """Every ``q … Q`` group holding exactly one text object and no other group."""
    glyphs: dict[int, list[tuple[float, float, str]]] = {}
    for index, shown in shown_glyphs_at(operations):
        glyphs.setdefault(index, []).append((shown.x, shown.y, text_of(shown.font, shown.glyph)))
    found, opened, texts = [], [], 0
    for index, (_operands, operator) in enumerate(operations):
        if operator == b"q":
            opened.append((index, texts))
        elif operator == b"BT":
            texts += 1
        elif operator == b"Q" and opened:
            start, before = opened.pop()
            inner = [g for i in range(start, index) for g in glyphs.get(i, [])]
            if texts - before == 1 and inner and _no_group_inside(operations, start, index):
                found.append(_run(start, index, inner))
    return found


def _no_group_inside(operations: list[Operation], start: int, end: int) -> bool:
    return all(operator != b"q" for _o, operator in operations[start + 1 : end])


def _run(start: int, end: int, glyphs: list[tuple[float, float, str]]) -> Run:
    # The baseline most glyphs stand on: a mark stands above or below it.
    y = Counter(round(g[1], 1) for g in glyphs).most_common(1)[0][0]
    return Run(start, end, min(g[0] for g in glyphs), y, "".join(g[2] for g in glyphs))


def _reordered(
    operations: list[Operation], found: list[Run], lines: list[DrawnLine]
) -> list[Operation] | None:
    """The groups of each right-to-left line, when they follow one another in the
    stream, rewritten in the order of writing."""
    result, changed, used = list(operations), False, set()
    for line in lines:
        on_line = [r for r in found if _on(r, line) and r.start not in used]
        used |= {r.start for r in on_line}
        if len(on_line) < 2 or not _one_after_another(on_line):
            continue
        logical = [run for unit in reversed(_units(on_line)) for run in unit]
        block = [op for run in logical for op in operations[run.start : run.end + 1]]
        first, last = min(r.start for r in on_line), max(r.end for r in on_line)
        if block != result[first : last + 1]:
            result[first : last + 1] = block  # same length: later indexes hold
            changed = True
    return result if changed else None


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


def _stretches(found: list[Run]) -> list[list[Run]]:
    """The left-to-right stretches of the lines read right to left (more right-to-left
    letters than Latin ones) whose groups follow one another in the stream."""
    stretches = []
    for line in _baselines(found):
        if _reads_right_to_left("".join(r.text for r in line)):
            units = _units(line)
            stretches += [u for u in units if u[0].kind == "L" and _one_after_another(u)]
    return stretches


def _joined(operations: list[Operation], found: list[Run]) -> list[Operation] | None:
    """Each stretch's runs after its first placed without passing through the page's
    origin, so that pypdf reads the stretch on one line (see
    :func:`~desktop.output.pdf_glyphs.with_first_moves_folded`)."""
    at = {
        index
        for stretch in _stretches(found)
        for run in sorted(stretch, key=lambda r: r.start)[1:]
        for index in range(run.start, run.end + 1)
        if operations[index][1] == b"Tm"
    }
    return with_first_moves_folded(operations, at) if at else None


def _spelled(
    operations: list[Operation], found: list[Run], name_for: Callable[[str], str]
) -> list[Operation] | None:
    """Each left-to-right stretch on a line read right to left (more right-to-left letters
    than Latin ones) wrapped in a span spelling it for PDFium, when its groups follow one
    another in the stream."""
    spans = [
        (min(r.start for r in unit), max(r.end for r in unit), for_pdfium(_written(unit)))
        for unit in _stretches(found)
    ]
    if not spans:
        return None
    result = list(operations)
    for start, end, text in sorted(spans, reverse=True):
        result[end + 1 : end + 1] = [([], b"EMC")]
        result[start:start] = [([b"/Span", b"/" + name_for(text).encode()], b"BDC")]
    return result


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
