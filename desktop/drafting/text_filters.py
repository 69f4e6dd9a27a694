"""Template filters that set typed text as HTML, each paragraph in its own direction.

A paragraph runs the way its first strong character says (Unicode Bidirectional Algorithm,
rules P2–P3; :mod:`desktop.output.bidi`), unless the template says which way (a field
that is always Dari): a Dari paragraph of a letter gets ``dir="rtl"`` — right-aligned,
its full stop at its left end, in Qt's PDF as in a browser or Word opening the HTML — and
an English one stays as it was.  Inside a sentence of the other direction a value is
isolated (FSI … PDI), so a Dari name leaves the numbers and commas after it in place.

``paragraphs``: blank lines separate paragraphs, single newlines break lines; lines of
one paragraph that run different ways become paragraphs of their own (to the algorithm a
newline ends a paragraph).  ``lines``: line breaks kept; a Dari line is a block of its
own.  ``dir``: the attribute for an element holding the value (`` dir="rtl"`` or
nothing).  ``direction``: "rtl" or "ltr".  ``isolate``: the value, isolated when it holds
right-to-left letters.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from desktop.output.bidi import FSI, PDI, Direction, direction, has_right_to_left, isolate

_CHOSEN = {"rtl": "rtl", "ltr": "ltr"}


def paragraphs(value: object, dir: str = "auto") -> Markup:
    """Typed text as HTML paragraphs: blank lines separate them, single newlines break;
    each paragraph (or line, where a paragraph's lines run different ways) in its own
    direction unless ``dir`` is "rtl" or "ltr"."""
    text = str(value or "").replace("\r\n", "\n")
    blocks = [b.strip() for b in text.split("\n\n")]
    return Markup("").join(_paragraph(b, dir) for b in blocks if b)


def _paragraph(block: str, chosen: str) -> Markup:
    rows = [line.strip() for line in block.splitlines() if line.strip()]
    ways = [_way(row, chosen) for row in rows]
    if len(set(ways)) == 1:
        return Markup("<p{}>{}</p>\n").format(_attribute(ways[0]), Markup("<br>\n").join(rows))
    tight = Markup(' style="margin-bottom: 0px"')
    parts = [
        Markup('<p dir="{}"{}>{}</p>\n').format(way, tight if n < len(rows) else "", row)
        for n, (row, way) in enumerate(zip(rows, ways, strict=True), start=1)
    ]
    return Markup("").join(parts)


def lines(value: object, dir: str = "auto") -> Markup:
    """Typed text with its line breaks kept, escaped; when a line runs right to left, each
    line is a block (``div``) in its own direction."""
    rows = [line.strip() for line in str(value or "").splitlines() if line.strip()]
    ways = [_way(row, dir) for row in rows]
    if "rtl" not in ways:
        return Markup("<br>\n").join(escape(row) for row in rows)
    # Each line says its direction: the element holding them may run the other way.
    return Markup("\n").join(
        Markup('<div dir="{}">{}</div>').format(way, row)
        for row, way in zip(rows, ways, strict=True)
    )


def dir_attribute(value: object, dir: str = "auto") -> Markup:
    """`` dir="rtl"`` for an element holding ``value`` when it runs right to left, else
    nothing (left to right is the letter's own direction)."""
    return _attribute(_way(_plain(value), dir))


def direction_of(value: object) -> Direction:
    """ "rtl" or "ltr": the direction of ``value``'s first strong character."""
    return direction(_plain(value))


def isolated(value: object) -> Markup:
    """``value`` escaped, and wrapped in FSI … PDI when it holds right-to-left letters."""
    if isinstance(value, Markup):  # from a macro: already escaped
        return Markup(FSI) + value + Markup(PDI) if has_right_to_left(value.striptags()) else value
    return escape(isolate(str(value or "")))


def _way(text: str, chosen: str) -> Direction:
    return _CHOSEN.get(chosen) or direction(text)  # type: ignore[return-value]


def _attribute(way: str) -> Markup:
    return Markup(' dir="rtl"') if way == "rtl" else Markup("")


def _plain(value: object) -> str:
    """The text of ``value``: markup without its tags (``<span class=…>`` is no letter)."""
    return value.striptags() if isinstance(value, Markup) else str(value or "")
